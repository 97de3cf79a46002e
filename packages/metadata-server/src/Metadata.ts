/**
 * The `Metadata` service: the state the server answers from (the tree of one instance, its
 * metadata options and the token authority), held in a `Ref` so a source can replace it while the
 * server runs. Two sources: standalone (a configuration file, {@link standalone}) and live (any
 * `Ec2` layer plus an instance id, {@link live}).
 *
 * @since 0.1.0
 */
import * as Ec2 from "@ec2kit/core/Ec2"
import * as Ec2Error from "@ec2kit/core/Ec2Error"
import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Clock, Context, Deferred, Effect, Layer, Option, Random, Ref, Result } from "effect"
import type * as Scope from "effect/Scope"
import * as Config from "./Config.js"
import * as Model from "./Model.js"
import * as Router from "./Router.js"
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
  /**
   * Live sources: brings `state` up to date with the instance before a request is answered (the
   * server runs it before every request; see {@link live}). Absent for standalone sources.
   */
  readonly refresh?: Effect.Effect<void> | undefined
  /**
   * Sources that may have no instance to serve (e.g. `ec2kit serve`'s metadata listeners, bound to
   * an instance chosen by id or tag): while this holds a response, every request gets it instead of
   * an answer from `state`. Absent or `undefined`: answers come from `state`.
   */
  readonly standIn?: Ref.Ref<Router.Response | undefined> | undefined
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
    options: {
      HttpTokens: model.options.HttpTokens,
      HttpEndpoint: model.options.HttpEndpoint,
      HttpPutResponseHopLimit: model.options.HttpPutResponseHopLimit
    },
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

/**
 * Answers one request with the current state at the current time (`Clock`), after bringing a live
 * source up to date. What the server does per request, as an Effect (tests use it under `TestClock`
 * without a server).
 *
 * @since 0.1.0
 * @category handling
 */
export const handle = (request: Router.Request): Effect.Effect<Router.Response, never, Metadata> =>
  Effect.gen(function*() {
    const m = yield* Metadata
    if (m.refresh !== undefined) yield* m.refresh
    let state = yield* Ref.get(m.state)
    if (state.identityPending === true && request.url.includes("dynamic")) {
      yield* Deferred.await(m.signer).pipe(Effect.ignore)
      state = yield* Ref.get(m.state)
    }
    const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
    return Router.handle(request, state, now)
  })

/**
 * Options of {@link live}.
 *
 * @since 0.1.0
 * @category models
 */
export interface LiveOptions {
  /** The instance to serve, as the `Ec2` backend knows it. */
  readonly instanceId: string
  /** Use this signer instead of making one. */
  readonly signer?: Signing.Signer | undefined
  /**
   * Without `signer`: where the signer comes from, awaited in the background while the server
   * already answers (default: `Signing.make()`). Lets several live sources share one signer whose
   * keys are still being made.
   */
  readonly signerSource?: Effect.Effect<Signing.Signer, Signing.SigningError> | undefined
}

/**
 * The `Hypervisor` of `@ec2kit/backend-memory`, as far as the live source uses it (read-only
 * inspection of the instance's record). Structural, so this package does not depend on the backend.
 */
interface HypervisorView {
  readonly inspect: <A>(f: (view: {
    readonly get: (table: any, id: string) => any
    readonly all: (table: any) => ReadonlyArray<any>
  }) => A) => Effect.Effect<A>
}
const HypervisorKey = Context.Service<HypervisorView>("@ec2kit/backend-memory/Hypervisor")

interface InspectedFacts {
  readonly spotAction: Model.LiveFacts["spotAction"]
  readonly rebalanceMillis: number | undefined
  readonly bootCount: number | undefined
  readonly subnetCidrs: Record<string, string>
  readonly vpcCidrs: Record<string, string>
  /** The role of the instance's IAM instance profile (null: a profile without a role); undefined: no profile known. */
  readonly roleName: string | null | undefined
}

const inspectFacts = (hv: HypervisorView, instanceId: string): Effect.Effect<InspectedFacts> =>
  hv.inspect((w) => {
    const r = w.get("instances", instanceId) as {
      readonly SpotInstanceAction?: { readonly Action: "hibernate" | "stop" | "terminate"; readonly Time: number }
      readonly RebalanceRecommendationTime?: number
      readonly BootCount?: number
      readonly SubnetId?: string
      readonly VpcId?: string
      readonly IamInstanceProfileArn?: string
    } | undefined
    const subnetCidrs: Record<string, string> = {}
    const vpcCidrs: Record<string, string> = {}
    const subnet = r?.SubnetId === undefined ? undefined : w.get("subnets", r.SubnetId) as { readonly CidrBlock?: string } | undefined
    if (r?.SubnetId !== undefined && subnet?.CidrBlock !== undefined) subnetCidrs[r.SubnetId] = subnet.CidrBlock
    const vpc = r?.VpcId === undefined ? undefined : w.get("vpcs", r.VpcId) as { readonly CidrBlock?: string } | undefined
    if (r?.VpcId !== undefined && vpc?.CidrBlock !== undefined) vpcCidrs[r.VpcId] = vpc.CidrBlock
    // the memory backend's instance profiles (`Hypervisor.createInstanceProfile`): the profile's role
    const profileArn = r?.IamInstanceProfileArn
    const profile = profileArn === undefined
      ? undefined
      : (w.all("instanceProfiles") as ReadonlyArray<{ readonly Arn?: string; readonly Roles?: ReadonlyArray<string> }>)
        .find((p) => p.Arn === profileArn)
    return {
      spotAction: r?.SpotInstanceAction === undefined
        ? undefined
        : { action: r.SpotInstanceAction.Action, timeMillis: r.SpotInstanceAction.Time },
      rebalanceMillis: r?.RebalanceRecommendationTime,
      roleName: profile?.Roles === undefined ? undefined : profile.Roles[0] ?? null,
      bootCount: r?.BootCount,
      subnetCidrs,
      vpcCidrs
    }
  })

/**
 * The live source: the instance `instanceId` of the `Ec2` service in context, re-read on every
 * request burst so that every answer reflects its current state. With `@ec2kit/backend-memory`'s
 * `Hypervisor` in context, spot interruption notices and rebalance recommendations come from it too.
 *
 * Per refresh: DescribeInstances (ids, type, image, placement, addresses, DNS names, key name,
 * security groups, ENIs, tags, metadata options, launch time, `Reservation.OwnerId` as the account)
 * and DescribeInstanceStatus (scheduled events, `IncludeAllInstances`). Once per boot:
 * DescribeInstanceAttribute `userData` (user data can only change while the instance is stopped).
 * Once per key name: DescribeKeyPairs with `IncludePublicKey` (IMDS keeps the key given at launch).
 *
 * Behaviour:
 * - Only a `running` instance answers. In any other state (pending, stopping, stopped,
 *   shutting-down, terminated), when it no longer exists, or when the backend fails, every request
 *   is 503 (ec2kit's choice: on EC2 nothing could ask, the instance being down; a refusal is the
 *   strictest answer an emulator can give).
 * - A stop/start is a new boot: seen as a state other than `running` between two requests, or as a
 *   new `LaunchTime` (EC2 sets it at every start) or, with the Hypervisor, a new boot count. Tokens
 *   of an earlier boot are refused (401), credentials and the identity document's `pendingTime`
 *   are new.
 * - Metadata options are those in force: while a ModifyInstanceMetadataOptions is `pending`, the
 *   previously `applied` options are served.
 * - `tags/instance/` only while `InstanceMetadataTags` is enabled.
 * - Bursts are coalesced: requests arriving while a refresh runs share the next one, which starts
 *   after they arrived, so no answer is older than its request, and a burst of any size costs at
 *   most two refreshes.
 *
 * Fails with the backend's `Ec2Error` if the instance cannot be described at start.
 *
 * @since 0.1.0
 * @category constructors
 */
export const live = (
  options: LiveOptions
): Effect.Effect<MetadataShape, Ec2Error.Ec2Error, Ec2.Ec2 | ImdsToken.ImdsTokens | Scope.Scope> =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    const tokensService = yield* ImdsToken.ImdsTokens
    const hypervisor = yield* Effect.serviceOption(HypervisorKey)
    const clock = yield* Effect.clockWith(Effect.succeed)
    const scope = yield* Effect.scope
    const instanceId = options.instanceId
    const signer = yield* Deferred.make<Signing.Signer, Signing.SigningError>()
    const withServices = <A, E>(effect: Effect.Effect<A, E, ImdsToken.ImdsTokens>): Effect.Effect<A, E> =>
      effect.pipe(Effect.provideService(ImdsToken.ImdsTokens, tokensService), Effect.provideService(Clock.Clock, clock))

    // What the last refresh saw.
    let boot: { readonly key: string; readonly id: string; readonly millis: number; readonly userData: Uint8Array | undefined } | undefined
    let bootCounter = 0
    let sawDown = false
    let appliedOptions: Model.Model["options"] | undefined
    const publicKeys = new Map<string, string | undefined>()
    let fingerprint = ""
    let current: { readonly model: Model.Model; readonly state: Router.State } | undefined
    let signerValue: Signing.Signer | undefined = options.signer

    const placeholder: Router.State = {
      tree: { _tag: "Dir", entries: [] } as unknown as Router.State["tree"],
      options: { HttpTokens: "required", HttpEndpoint: "enabled" },
      tokens: { issue: () => "", verify: () => false },
      unavailable: true
    }
    const stateRef = yield* Ref.make<Router.State>(placeholder)
    const modelRef = yield* Ref.make<Model.Model | undefined>(undefined)

    const unavailable = Effect.suspend(() =>
      Ref.set(stateRef, current === undefined ? placeholder : { ...current.state, unavailable: true }).pipe(
        Effect.andThen(Effect.sync(() => {
          fingerprint = ""
        }))
      )
    )

    const userDataOf = ec2.describeInstanceAttribute({ InstanceId: instanceId, Attribute: "userData" }).pipe(
      Effect.map((r) => {
        const v = r.UserData?.Value
        return v === undefined || v === "" ? undefined : new Uint8Array(Buffer.from(v, "base64"))
      })
    )

    const publicKeyOf = (name: string): Effect.Effect<string | undefined> =>
      publicKeys.has(name)
        ? Effect.succeed(publicKeys.get(name))
        : ec2.describeKeyPairs({ KeyNames: [name], IncludePublicKey: true }).pipe(
          Effect.map((r) => r.KeyPairs?.[0]?.PublicKey?.trim()),
          // A key pair deleted after launch: IMDS keeps serving the key name; without its text
          // the model generates one (strictest we can do without the original).
          Effect.orElseSucceed(() => undefined),
          Effect.tap((k) => Effect.sync(() => publicKeys.set(name, k)))
        )

    /** One refresh: describe, detect a new boot, rebuild the state if anything changed. */
    const refreshOnce = (initial: boolean): Effect.Effect<void, Ec2Error.Ec2Error> =>
      Effect.gen(function*() {
        const described = yield* ec2.describeInstances({ InstanceIds: [instanceId] }).pipe(Effect.result)
        if (Result.isFailure(described)) {
          if (initial) return yield* Effect.fail(described.failure)
          return yield* unavailable
        }
        const reservation = described.success.Reservations?.find((r) => r.Instances?.some((i) => i.InstanceId === instanceId))
        const instance = reservation?.Instances?.find((i) => i.InstanceId === instanceId)
        if (reservation === undefined || instance === undefined) {
          if (initial) {
            return yield* Ec2Error.fail("InvalidInstanceID.NotFound", `The instance ID '${instanceId}' does not exist`)
          }
          return yield* unavailable
        }
        if (instance.State?.Name !== "running") {
          sawDown = true
          return yield* unavailable
        }
        const facts = Option.isSome(hypervisor) ? yield* inspectFacts(hypervisor.value, instanceId) : undefined
        const launchMillis = instance.LaunchTime?.getTime() ?? 0
        const key = `${launchMillis}/${facts?.bootCount ?? ""}`
        if (boot === undefined || sawDown || boot.key !== key) {
          const userData = yield* userDataOf.pipe(Effect.orElseSucceed(() => undefined))
          bootCounter++
          const rand = yield* Random.nextIntBetween(0, 2 ** 31)
          boot = { key, id: `${launchMillis.toString(36)}-${bootCounter}-${rand.toString(36)}`, millis: launchMillis, userData }
          sawDown = false
        }
        const mo = instance.MetadataOptions
        if (mo !== undefined && (mo.State !== "pending" || appliedOptions === undefined)) {
          appliedOptions = {
            HttpTokens: mo.HttpTokens === "required" ? "required" : "optional",
            HttpEndpoint: mo.HttpEndpoint === "disabled" ? "disabled" : "enabled",
            InstanceMetadataTags: mo.InstanceMetadataTags === "enabled" ? "enabled" : "disabled",
            // The hop limit in force decides whether token answers reach the client (Router.hopLimitDrops).
            HttpPutResponseHopLimit: mo.HttpPutResponseHopLimit ?? 1
          }
        }
        const status = yield* ec2.describeInstanceStatus({ InstanceIds: [instanceId], IncludeAllInstances: true }).pipe(
          Effect.map((r) => r.InstanceStatuses?.find((s) => s.InstanceId === instanceId)?.Events ?? []),
          Effect.orElseSucceed(() => [])
        )
        const publicKey = instance.KeyName === undefined ? undefined : yield* publicKeyOf(instance.KeyName)
        const liveFacts: Model.LiveFacts = {
          instance,
          ownerId: reservation.OwnerId,
          reservationId: reservation.ReservationId,
          userData: boot.userData,
          publicKey,
          events: status,
          subnetCidrs: facts?.subnetCidrs,
          vpcCidrs: facts?.vpcCidrs,
          spotAction: facts?.spotAction,
          rebalanceMillis: facts?.rebalanceMillis,
          roleName: facts?.roleName,
          options: appliedOptions ??
            { HttpTokens: "optional", HttpEndpoint: "enabled", InstanceMetadataTags: "disabled", HttpPutResponseHopLimit: 1 }
        }
        const print = JSON.stringify({ ...liveFacts, userData: undefined, boot: boot.id, signed: signerValue !== undefined })
        if (print === fingerprint && current !== undefined) {
          // Nothing changed; only clear a previous "unavailable".
          return
        }
        const model = Model.fromInstance(liveFacts, { bootMillis: boot.millis, bootId: boot.id })
        const built = yield* withServices(stateOf(model, signerValue))
        // Keep the token authority (and its cache of verified tokens) within one boot.
        const state: Router.State = current !== undefined && current.model.bootId === model.bootId
          ? { ...built, tokens: current.state.tokens }
          : built
        current = { model, state }
        fingerprint = print
        yield* Ref.set(modelRef, model)
        yield* Ref.set(stateRef, state)
      })

    // Coalescing: at most one refresh runs; requests arriving meanwhile wait for the next one
    // (which starts after they arrived), and all of them share it.
    let running: Deferred.Deferred<void> | undefined
    let queued: Deferred.Deferred<void> | undefined
    const runLoop = (d: Deferred.Deferred<void>): Effect.Effect<void> =>
      refreshOnce(false).pipe(
        Effect.catchCause(() => unavailable),
        Effect.exit,
        Effect.flatMap((exit) => Deferred.done(d, exit)),
        Effect.andThen(Effect.suspend(() => {
          const next = queued
          queued = undefined
          running = next
          return next === undefined ? Effect.void : runLoop(next)
        }))
      )
    const refresh: Effect.Effect<void> = Effect.suspend(() => {
      if (running === undefined) {
        const d = Deferred.makeUnsafe<void>()
        running = d
        return Effect.forkIn(runLoop(d), scope).pipe(Effect.andThen(Deferred.await(d)))
      }
      const d = queued ?? (queued = Deferred.makeUnsafe<void>())
      return Deferred.await(d)
    })

    yield* refreshOnce(true).pipe(Effect.catchIf((e) => e.code === "IncorrectInstanceState", () => Effect.void))
    const model = yield* Ref.get(modelRef)
    const modelOut = yield* Ref.make<Model.Model>(model ?? Model.placeholder(instanceId, "down"))

    if (options.signer !== undefined) {
      yield* Deferred.succeed(signer, options.signer)
    } else {
      const sign = (options.signerSource ?? Signing.make()).pipe(
        Effect.tap((s) =>
          Effect.sync(() => {
            signerValue = s
            fingerprint = ""
          })
        ),
        Effect.exit,
        Effect.flatMap((exit) => Deferred.done(signer, exit)),
        Effect.andThen(refresh)
      )
      yield* Effect.forkIn(sign, scope)
    }
    // `model` follows the state: kept in step by refreshes.
    const syncModel = Effect.flatMap(Ref.get(modelRef), (m) => (m === undefined ? Effect.void : Ref.set(modelOut, m)))
    return { state: stateRef, model: modelOut, signer, refresh: Effect.andThen(refresh, syncModel) }
  })

/**
 * The `Metadata` layer of the live source (needs an `Ec2` layer, e.g. `Ec2Memory.layer`, and
 * `ImdsTokens`; uses `@ec2kit/backend-memory`'s `Hypervisor` when it is in context). See {@link live}.
 *
 * @example
 * ```ts
 * import { ImdsToken } from "@ec2kit/core"
 * import { Ec2Memory } from "@ec2kit/backend-memory"
 * import { Metadata } from "@ec2kit/metadata-server"
 * import { Layer } from "effect"
 * const world = Ec2Memory.layer({ seed: 1 })
 * const metadata = (instanceId: string) =>
 *   Metadata.layerLive({ instanceId }).pipe(Layer.provide([world, ImdsToken.ImdsTokens.layer]))
 * ```
 * @since 0.1.0
 * @category layers
 */
export const layerLive = (
  options: LiveOptions
): Layer.Layer<Metadata, Ec2Error.Ec2Error, Ec2.Ec2 | ImdsToken.ImdsTokens> => Layer.effect(Metadata, live(options))
