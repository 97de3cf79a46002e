/**
 * `LiveMetadata`: the emulator's instance metadata listeners. Each listener is an IMDS endpoint
 * (`@ec2kit/metadata-server`'s `Server`) bound to a {@link Selector} — an instance id, a tag, or
 * "the newest instance" — resolved against the world on every request, and answering from the live
 * source (`Metadata.live`) of the instance selected, so a process pointed at it
 * (`AWS_EC2_METADATA_SERVICE_ENDPOINT`) acts as that instance and sees its metadata follow the world:
 * state, tags, security groups, IAM credentials, Spot notices, scheduled events, metadata options,
 * tokens dying on stop/start.
 *
 * One live source per instance is shared by every listener that selects it, as EC2 has one IMDS per
 * instance: a token issued through one listener is valid on another for the same instance and boot.
 *
 * A listener whose selector matches no instance answers every request (the token PUT included)
 * `404` with a plain-text explanation: the strictest answer that still tells a person with curl why
 * (on a machine that is not an instance nothing answers at all; clients treat a 404 as "no IMDS
 * data" and move on, e.g. botocore falls back from the token to IMDSv1 and then finds no
 * credentials).
 *
 * @since 0.1.0
 */
import { Hypervisor } from "@ec2kit/backend-memory"
import { type Ec2, ImdsToken } from "@ec2kit/core"
import { Metadata, Model, type Router, Server, Signing } from "@ec2kit/metadata-server"
import { Context, Data, Deferred, Effect, Exit, Layer, Option, Ref, Result, Scope, Semaphore } from "effect"

/**
 * Which instance a listener serves:
 * - `Newest`: the instance launched last (RunInstances order) that is not `shutting-down` or
 *   `terminated`;
 * - `Id`: that instance, in every state, for as long as it exists (while it is not `running` the
 *   live source answers 503, as in `Metadata.live`);
 * - `Tag`: the newest (as `Newest`) instance carrying the tag `key=value`.
 *
 * @since 0.1.0
 * @category models
 */
export type Selector =
  | { readonly _tag: "Newest" }
  | { readonly _tag: "Id"; readonly instanceId: string }
  | { readonly _tag: "Tag"; readonly key: string; readonly value: string }

/** An instance id as EC2 writes them (8 or 17 hex digits). */
const instanceIdPattern = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/

/**
 * Reads a selector as the command line and the control endpoint write it: `newest`, an instance id
 * (`i-0123456789abcdef0`), or a tag `Key=Value` (also `tag:Key=Value`; the value may contain `=`).
 * Fails with a message saying what is expected.
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseSelector = (t: string): Result.Result<Selector, string> => {
  if (t === "newest") return Result.succeed({ _tag: "Newest" })
  if (t.startsWith("i-")) {
    return instanceIdPattern.test(t)
      ? Result.succeed({ _tag: "Id", instanceId: t })
      : Result.fail(`'${t}' is not an instance id (i- and 8 or 17 hex digits)`)
  }
  const tag = t.startsWith("tag:") ? t.slice(4) : t
  const eq = tag.indexOf("=")
  // Tag keys: 1-128 characters (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html, read 2026-12)
  if (eq <= 0 || eq > 128) return Result.fail(`'${t}' is not newest, an instance id (i-…) or a tag Key=Value`)
  return Result.succeed({ _tag: "Tag", key: tag.slice(0, eq), value: tag.slice(eq + 1) })
}

/**
 * A selector as {@link parseSelector} reads it.
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatSelector = (selector: Selector): string =>
  selector._tag === "Newest"
    ? "newest"
    : selector._tag === "Id"
    ? selector.instanceId
    // `tag:` only where the key alone would read as something else
    : `${selector.key.startsWith("i-") || selector.key.startsWith("tag:") ? "tag:" : ""}${selector.key}=${selector.value}`

/**
 * A metadata listener.
 *
 * @since 0.1.0
 * @category models
 */
export interface Listener {
  /** The value for `AWS_EC2_METADATA_SERVICE_ENDPOINT`, e.g. `http://127.0.0.1:4591`. */
  readonly url: string
  readonly host: string
  readonly port: number
  /** Its selector, as {@link formatSelector} writes it. */
  readonly instance: string
  /** The listener started with the emulator (`--metadata-port`); it cannot be closed through control. */
  readonly default: boolean
  /** How many IP hops away its clients are (see `Server.ServerOptions.clientHops`). */
  readonly clientHops: number
}

/**
 * A listener and the instance its selector picks now (`null`: none).
 *
 * @since 0.1.0
 * @category models
 */
export interface ListenerStatus extends Listener {
  readonly instanceId: string | null
}

/**
 * A refused listener request: HTTP status, code and message (answered as JSON by the control endpoints).
 *
 * @since 0.1.0
 * @category errors
 */
export class ListenerError extends Data.TaggedError("ListenerError")<{
  readonly status: number
  readonly code: string
  readonly message: string
}> {}

/**
 * What to open.
 *
 * @since 0.1.0
 * @category models
 */
export interface OpenOptions {
  readonly selector: Selector
  /** Default 0: a free port. */
  readonly port?: number | undefined
  /** Default: the emulator's host. */
  readonly host?: string | undefined
  /** 1–64, default 1 (a process on the instance; 2 for a container on a bridge network of it). */
  readonly clientHops?: number | undefined
}

/**
 * The listeners of one emulator.
 *
 * @since 0.1.0
 * @category models
 */
export interface Listeners {
  /** The listener started with the emulator, if any. */
  readonly default: Listener | undefined
  /** Opens a listener (at most {@link maxListeners} besides the default). */
  readonly open: (options: OpenOptions) => Effect.Effect<Listener, ListenerError>
  /** Closes the listener on `port` (not the default one). */
  readonly close: (port: number) => Effect.Effect<void, ListenerError>
  /** Every listener, with the instance each serves now. */
  readonly list: Effect.Effect<ReadonlyArray<ListenerStatus>>
  /** Drops every instance's live source (after a reset of the world: tokens of before are refused). */
  readonly forget: Effect.Effect<void>
}

/**
 * The most listeners opened through control at once: each holds a socket and its connections, and
 * control requests must not exhaust the process's file descriptors.
 *
 * @since 0.1.0
 * @category constants
 */
export const maxListeners = 64

/** The world the listeners serve: its EC2 service and Hypervisor, and its clock. */
type WorldServices = Ec2.Ec2 | Hypervisor.Hypervisor

const encoder = new TextEncoder()

/** The answer of a listener whose selector matches no instance. */
const noInstance = (selector: Selector): Router.Response => {
  const why = selector._tag === "Id"
    ? `the instance ${selector.instanceId} does not exist (any more)`
    : selector._tag === "Tag"
    ? `no instance tagged ${selector.key}=${selector.value} is pending, running, stopping or stopped`
    : "no instance is pending, running, stopping or stopped"
  return {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Server": "EC2ws" },
    body: encoder.encode(
      `ec2kit: this metadata endpoint serves ${formatSelector(selector)}, and ${why}. Launch one (RunInstances) or bind another (POST /_ec2kit/metadata); see docs/emulator.md, "Live instance metadata".\n`
    )
  }
}

/** States in which an instance can still come back: what `Newest` and `Tag` choose from. */
const gone = new Set(["shutting-down", "terminated"])

/**
 * The instance a selector picks in the world now: an id's instance while it exists, else the last
 * one launched (insertion order of the world's table, which is RunInstances order) that is not
 * on its way out and matches.
 */
const resolve = (hv: Hypervisor.HypervisorShape, selector: Selector): Effect.Effect<string | undefined> =>
  hv.inspect((w) => {
    if (selector._tag === "Id") return w.get("instances", selector.instanceId) === undefined ? undefined : selector.instanceId
    const all = w.all("instances")
    for (let i = all.length - 1; i >= 0; i--) {
      const r = all[i]!
      if (gone.has(r.Lifecycle.State)) continue
      if (selector._tag === "Tag" && !w.tagsOf(r.InstanceId).some(([k, v]) => k === selector.key && v === selector.value)) continue
      return r.InstanceId
    }
    return undefined
  })

interface Source {
  readonly shape: Metadata.MetadataShape
  readonly scope: Scope.Closeable
}

/**
 * Starts the listener machinery (and the default listener, when `defaultListener` is given) in the
 * current scope, for the world in context. Every listener stops when the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: {
  /** The host listeners bind to unless told otherwise. */
  readonly host: string
  readonly defaultListener?: { readonly port: number; readonly selector: Selector } | undefined
}): Effect.Effect<Listeners, ListenerError, WorldServices | Scope.Scope> =>
  Effect.gen(function*() {
    const world = yield* Effect.context<WorldServices>()
    const hv = Context.get(world, Hypervisor.Hypervisor)
    const scope = yield* Effect.scope
    // One token secret per emulator: tokens of an earlier process are refused (BadSignature → 401).
    const tokens = Context.get(yield* Layer.build(ImdsToken.ImdsTokens.layer), ImdsToken.ImdsTokens)
    const inWorld = <A, E, R extends WorldServices | ImdsToken.ImdsTokens>(effect: Effect.Effect<A, E, R>) =>
      effect.pipe(Effect.provideService(ImdsToken.ImdsTokens, tokens), Effect.provideContext(world)) as Effect.Effect<A, E>

    // One signer for every instance (EC2 signs identity documents with the Region's key), made in
    // the background when the first instance is served: the emulator starts without waiting for the
    // RSA and DSA keys (nor spending CPU on them while it answers its first requests), and one that
    // never serves metadata never makes them.
    const signer = yield* Deferred.make<Signing.Signer, Signing.SigningError>()
    let signing = false
    const startSigning = Effect.suspend(() => {
      if (signing) return Effect.void
      signing = true
      return Effect.asVoid(Effect.forkIn(Signing.make().pipe(Effect.exit, Effect.flatMap((exit) => Deferred.done(signer, exit))), scope))
    })

    // Live sources by instance id, shared by the listeners.
    const sources = new Map<string, Source>()
    const sourcesLock = yield* Semaphore.make(1)
    const drop = (id: string) =>
      Effect.suspend(() => {
        const s = sources.get(id)
        sources.delete(id)
        return s === undefined ? Effect.void : Scope.close(s.scope, Exit.void)
      })
    const sweep = Effect.flatMap(hv.inspect((w) => [...sources.keys()].filter((id) => w.get("instances", id) === undefined)), (ids) =>
      Effect.forEach(ids, drop, { discard: true }))
    const sourceOf = (id: string): Effect.Effect<Source | undefined> =>
      sourcesLock.withPermits(1)(Effect.gen(function*() {
        const known = sources.get(id)
        if (known !== undefined) return known
        yield* sweep
        yield* startSigning
        const child = yield* Scope.fork(scope)
        // The source answers at once; only identity documents wait for the shared keys.
        const shape = yield* inWorld(
          Metadata.live({ instanceId: id, signerSource: Deferred.await(signer) }).pipe(Scope.provide(child))
        ).pipe(Effect.option)
        if (Option.isNone(shape)) {
          yield* Scope.close(child, Exit.void)
          return undefined
        }
        const source = { shape: shape.value, scope: child }
        sources.set(id, source)
        return source
      }))

    /** The `Metadata` of a listener: the live source of whichever instance its selector picks now. */
    const selecting = (selector: Selector) =>
      Effect.gen(function*() {
        const state = yield* Ref.make<Router.State>({
          tree: { _tag: "Dir", entries: [] } as unknown as Router.State["tree"],
          options: { HttpTokens: "required", HttpEndpoint: "enabled" },
          tokens: { issue: () => "", verify: () => false },
          unavailable: true
        })
        const model = yield* Ref.make<Model.Model>(Model.placeholder("i-00000000", "none"))
        const none = noInstance(selector) // one object: the server caches its wire form
        const standIn = yield* Ref.make<Router.Response | undefined>(none)
        const refresh = Effect.gen(function*() {
          const id = yield* resolve(hv, selector)
          const source = id === undefined ? undefined : yield* sourceOf(id)
          if (source === undefined) return yield* Ref.set(standIn, none)
          if (source.shape.refresh !== undefined) yield* source.shape.refresh
          yield* Ref.set(state, yield* Ref.get(source.shape.state))
          yield* Ref.set(model, yield* Ref.get(source.shape.model))
          yield* Ref.set(standIn, undefined)
        })
        const shape: Metadata.MetadataShape = { state, model, signer, refresh, standIn }
        return shape
      })

    const listenersLock = yield* Semaphore.make(1)
    const listeners = new Map<number, { readonly listener: Listener; readonly selector: Selector; readonly scope: Scope.Closeable }>()
    const start = (o: OpenOptions, isDefault: boolean) =>
      Effect.gen(function*() {
        const shape = yield* selecting(o.selector)
        const child = yield* Scope.fork(scope)
        const clientHops = o.clientHops ?? 1
        const running = yield* inWorld(
          Server.serve({ host: o.host ?? options.host, port: o.port ?? 0, clientHops }).pipe(
            Effect.provideService(Metadata.Metadata, shape),
            Scope.provide(child)
          )
        ).pipe(
          Effect.tapError(() => Scope.close(child, Exit.void)),
          Effect.mapError((e) => new ListenerError({ status: 409, code: "CannotListen", message: e.message }))
        )
        const listener: Listener = {
          url: running.url,
          host: running.host,
          port: running.port,
          instance: formatSelector(o.selector),
          default: isDefault,
          clientHops
        }
        listeners.set(running.port, { listener, selector: o.selector, scope: child })
        return listener
      })

    const defaultListener = options.defaultListener === undefined
      ? undefined
      : yield* start({ selector: options.defaultListener.selector, port: options.defaultListener.port }, true)

    const open = (o: OpenOptions) =>
      listenersLock.withPermits(1)(Effect.suspend(() =>
        listeners.size - (defaultListener === undefined ? 0 : 1) >= maxListeners
          ? Effect.fail(
            new ListenerError({ status: 409, code: "ListenerLimitExceeded", message: `At most ${maxListeners} metadata listeners can be open; close one first (DELETE /_ec2kit/metadata/PORT)` })
          )
          : start(o, false)
      ))

    const close = (port: number) =>
      listenersLock.withPermits(1)(Effect.suspend(() => {
        const l = listeners.get(port)
        if (l === undefined) {
          return Effect.fail(new ListenerError({ status: 404, code: "NoSuchListener", message: `No metadata listener on port ${port}` }))
        }
        if (l.listener.default) {
          return Effect.fail(
            new ListenerError({ status: 409, code: "DefaultListener", message: `The default metadata listener (port ${port}) runs as long as the emulator; start it with --metadata-port off to run without it` })
          )
        }
        listeners.delete(port)
        return Scope.close(l.scope, Exit.void)
      }))

    const list = Effect.suspend(() =>
      Effect.forEach([...listeners.values()], (l) =>
        Effect.map(resolve(hv, l.selector), (id): ListenerStatus => ({ ...l.listener, instanceId: id ?? null })))
    )

    const forget = sourcesLock.withPermits(1)(Effect.suspend(() => Effect.forEach([...sources.keys()], drop, { discard: true })))

    return { default: defaultListener, open, close, list, forget } satisfies Listeners
  })

/**
 * Checks that an instance id is well formed and names an instance of the world, with EC2's codes
 * and texts (`InvalidInstanceID.Malformed`, `InvalidInstanceID.NotFound`), status 400.
 *
 * @since 0.1.0
 * @category validation
 */
export const checkInstance = (
  hv: Hypervisor.HypervisorShape,
  instanceId: string
): Effect.Effect<void, ListenerError> =>
  instanceIdPattern.test(instanceId)
    ? Effect.flatMap(hv.inspect((w) => w.get("instances", instanceId) !== undefined), (exists) =>
      exists
        ? Effect.void
        : Effect.fail(new ListenerError({ status: 400, code: "InvalidInstanceID.NotFound", message: `The instance ID '${instanceId}' does not exist` })))
    : Effect.fail(new ListenerError({ status: 400, code: "InvalidInstanceID.Malformed", message: `Invalid id: "${instanceId}"` }))
