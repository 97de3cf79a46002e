/**
 * The `Metadata` service: the state the server answers from (the tree of one instance, its
 * metadata options and the token authority), held in a `Ref` so a source can replace it while the
 * server runs. This release has the standalone source (a configuration file); the live source
 * (an `Ec2` layer) comes with the hypervisor issue.
 *
 * @since 0.1.0
 */
import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Clock, Context, Deferred, Effect, Layer, Random, Ref, Result } from "effect"
import type * as Scope from "effect/Scope"
import * as Config from "./Config.js"
import * as Model from "./Model.js"
import type * as Router from "./Router.js"
import * as Signing from "./Signing.js"
import * as Tree from "./Tree.js"

/**
 * What the server reads on every request.
 *
 * @since 0.1.0
 * @category models
 */
export interface MetadataShape {
  /** The router's state; replaced as a whole when the instance changes. */
  readonly state: Ref.Ref<Router.State>
  /** The instance being served. */
  readonly model: Ref.Ref<Model.Model>
  /**
   * Signs identity documents; its certificates verify them. Completed once the keys exist
   * (generated in the background at start, so the server answers before they are ready).
   */
  readonly signer: Deferred.Deferred<Signing.Signer, Signing.SigningError>
}

/**
 * The metadata of the instance being served.
 *
 * @since 0.1.0
 * @category services
 */
export class Metadata extends Context.Service<Metadata, MetadataShape>()("@ec2kit/metadata-server/Metadata") {}

const verifiedCacheSize = 10_000

/**
 * A token authority for one instance and boot, backed by core's `ImdsTokens`. The token's own
 * time checks run with the server's `Clock` (the `now` argument is the same instant).
 *
 * @since 0.1.0
 * @category constructors
 */
export const tokenAuthority = (
  instanceId: string,
  bootId: string
): Effect.Effect<Router.TokenAuthority, never, ImdsToken.ImdsTokens> =>
  Effect.gen(function*() {
    const tokens = yield* ImdsToken.ImdsTokens
    const binding = { instanceId, bootId }
    const verified = new Map<string, number>()
    // The router passes the request's instant (read from the server's Clock); core's token
    // service reads Clock too, so it runs with a clock frozen at that instant.
    let instant = 0
    const nanos = () => BigInt(instant) * 1_000_000n
    const frozen: Clock.Clock = {
      currentTimeMillisUnsafe: () => instant,
      currentTimeMillis: Effect.sync(() => instant),
      currentTimeNanosUnsafe: nanos,
      currentTimeNanos: Effect.sync(nanos),
      monotonicTimeNanosUnsafe: nanos,
      monotonicTimeNanos: Effect.sync(nanos),
      sleep: () => Effect.void
    }
    const at = <A, E>(now: number, effect: Effect.Effect<A, E>): Effect.Effect<A, E> => {
      instant = now
      return Effect.provideService(effect, Clock.Clock, frozen)
    }
    return {
      issue: (ttlSeconds, now) =>
        Effect.runSync(at(now, tokens.issue({ instanceId, bootId, ttlSeconds })).pipe(
          Effect.map((t) => t.token),
          // The router only calls issue with a parsed TTL; an error here is a bug, not a client error.
          Effect.orDie
        )),
      verify: (token, now) => {
        // Tokens are unforgeable and bound to this instance and boot (this authority's binding),
        // so a verified token stays valid until its expiry: remember it and skip the HMACs on the
        // next requests. Only successes are kept, at most `verifiedCacheSize` of them.
        const expiresAt = verified.get(token)
        if (expiresAt !== undefined) {
          if (now < expiresAt) return true
          verified.delete(token)
          return false
        }
        const result = Effect.runSync(at(now, tokens.verify(token, binding)))
        if (Result.isFailure(result)) return false
        if (verified.size >= verifiedCacheSize) verified.clear()
        verified.set(token, result.success.expiresAt)
        return true
      }
    }
  })

/**
 * Builds the router state for a model.
 *
 * @since 0.1.0
 * @category constructors
 */
export const stateOf = (
  model: Model.Model,
  signer: Signing.Signer | undefined
): Effect.Effect<Router.State, never, ImdsToken.ImdsTokens> =>
  Effect.map(tokenAuthority(model.instanceId, model.bootId), (tokens) => ({
    tree: Tree.make(model, signer),
    options: { HttpTokens: model.options.HttpTokens, HttpEndpoint: model.options.HttpEndpoint },
    tokens,
    identityPending: signer === undefined
  }))

/**
 * Options of {@link standalone}.
 *
 * @since 0.1.0
 * @category models
 */
export interface StandaloneOptions {
  /** Seed of generated values (default: the configuration's `Seed`, else its instance id). */
  readonly seed?: string | undefined
  /** Use this signer instead of making one. */
  readonly signer?: Signing.Signer | undefined
}

/**
 * The standalone source: the instance described by a configuration, booted now (by `Clock`), with
 * a fresh boot id, so tokens of an earlier run are refused.
 *
 * @since 0.1.0
 * @category constructors
 */
export const standalone = (
  config: Config.ConfigFile,
  options: StandaloneOptions = {}
): Effect.Effect<MetadataShape, never, ImdsToken.ImdsTokens | Scope.Scope> =>
  Effect.gen(function*() {
    const bootMillis = yield* Effect.clockWith((c) => c.currentTimeMillis)
    const bootId = `${bootMillis.toString(36)}-${(yield* Random.nextIntBetween(0, 2 ** 31)).toString(36)}`
    const model = Model.fromConfig(config, { seed: options.seed, bootMillis, bootId })
    const signer = yield* Deferred.make<Signing.Signer, Signing.SigningError>()
    const stateRef = yield* Ref.make(yield* stateOf(model, options.signer))
    const modelRef = yield* Ref.make(model)
    if (options.signer !== undefined) {
      yield* Deferred.succeed(signer, options.signer)
    } else {
      // Keys are generated in the background (100–300 ms for RSA-2048): the server answers
      // meanwhile and holds only requests under dynamic/ (Router.State.identityPending).
      const sign = Signing.make({
        rsaPrivateKeyPem: config.Signing?.RsaPrivateKeyPem,
        dsaPrivateKeyPem: config.Signing?.DsaPrivateKeyPem
      }).pipe(
        Effect.tap((s) => Effect.flatMap(Ref.get(modelRef), (m) => Effect.flatMap(stateOf(m, s), (st) => Ref.set(stateRef, st)))),
        Effect.exit,
        Effect.flatMap((exit) => Deferred.done(signer, exit))
      )
      yield* Effect.forkScoped(sign)
    }
    return { state: stateRef, model: modelRef, signer }
  })

/**
 * The `Metadata` layer of the standalone source (needs `ImdsTokens`, e.g. `ImdsTokens.layer`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerStandalone = (
  config: Config.ConfigFile,
  options: StandaloneOptions = {}
): Layer.Layer<Metadata, never, ImdsToken.ImdsTokens> => Layer.effect(Metadata, standalone(config, options))

/**
 * Replaces the model being served (e.g. after a change of tags or metadata options) and rebuilds
 * the tree; tokens stay valid unless the boot id changed.
 *
 * @since 0.1.0
 * @category updates
 */
export const setModel = (model: Model.Model): Effect.Effect<void, never, Metadata | ImdsToken.ImdsTokens> =>
  Effect.gen(function*() {
    const m = yield* Metadata
    const signer = yield* Deferred.await(m.signer).pipe(Effect.option)
    const state = yield* stateOf(model, signer._tag === "Some" ? signer.value : undefined)
    yield* Ref.set(m.model, model)
    yield* Ref.set(m.state, state)
  })

/**
 * A stop/start of the instance: a new boot (so every token issued before is refused, 401), a new
 * launch time in the identity document ("regenerated when the instance is stopped and started",
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-identity-documents.html, read 2026-11)
 * and new credentials. Ids, addresses and scheduled notices are kept.
 *
 * @since 0.1.0
 * @category updates
 */
export const restart: Effect.Effect<Model.Model, never, Metadata | ImdsToken.ImdsTokens> = Effect.gen(function*() {
  const m = yield* Metadata
  const old = yield* Ref.get(m.model)
  const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
  const bootId = `${now.toString(36)}-${(yield* Random.nextIntBetween(0, 2 ** 31)).toString(36)}`
  const model: Model.Model = {
    ...old,
    bootId,
    bootMillis: now,
    pendingMillis: Math.floor(now / 1000) * 1000,
    credentialSeed: `${old.credentialSeed}/${bootId}`
  }
  yield* setModel(model)
  return model
})
