/**
 * `ControlClient`: a small typed client of the emulator's control endpoints (`Control`), for tests
 * that run `ec2kit serve` (or `Emulator`) and want its health, reset, virtual time and fault
 * injection without writing the HTTP by hand — as Promises ({@link make}) or as Effects
 * ({@link makeEffect}). The Hypervisor methods take the same arguments as the `Hypervisor` service.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ControlClient, Emulator } from "@ec2kit/api-server"
 *
 * const program = Effect.gen(function*() {
 *   const { url } = yield* Emulator.Emulator
 *   const control = ControlClient.make(url)
 *   const health = yield* Effect.promise(() => control.health())
 *   yield* Effect.promise(() => control.hypervisor.setCapacity({ AvailabilityZone: "us-east-1a", Count: 0 }))
 *   yield* Effect.promise(() => control.reset())
 *   return health.region
 * })
 * Effect.runPromise(Effect.scoped(Effect.provide(program, Emulator.layer({ port: 0 }))))
 * ```
 * @since 0.1.0
 */
import type { Hypervisor } from "@ec2kit/backend-memory"
import { Data, Effect } from "effect"
import * as Control from "./Control.js"
import type * as LiveMetadata from "./LiveMetadata.js"

/**
 * A refused or failed control request: the HTTP status and the endpoint's error code and message
 * (status 0 and code `NetworkError` when no answer came).
 *
 * @since 0.1.0
 * @category errors
 */
export class ControlError extends Data.TaggedError("ControlError")<{
  readonly status: number
  readonly code: string
  readonly message: string
}> {}

type Shape = Hypervisor.HypervisorShape

/** The value a Hypervisor member gives: what its Effect succeeds with. */
type ValueOf<M> = M extends (...args: ReadonlyArray<never>) => Effect.Effect<infer A, infer _E, infer _R> ? A
  : M extends Effect.Effect<infer A, infer _E, infer _R> ? A
  : never

/** The arguments a Hypervisor member takes (none for an Effect member such as `tick`). */
type ArgsOf<M> = M extends (...args: infer P) => Effect.Effect<infer _A, infer _E, infer _R> ? P : []

/**
 * The reachable Hypervisor methods, with their arguments and results.
 *
 * @since 0.1.0
 * @category models
 */
export type HypervisorClient<F extends "promise" | "effect"> = {
  readonly [K in Control.HypervisorMethod]: (
    ...args: ArgsOf<Shape[K]>
  ) => F extends "promise" ? Promise<Json<ValueOf<Shape[K]>>> : Effect.Effect<Json<ValueOf<Shape[K]>>, ControlError>
}

/** What comes back over JSON: `void` results answer `{"ok":true}`. */
type Json<A> = [A] extends [void] ? { readonly ok: true } : A

/**
 * What `POST /_ec2kit/metadata` takes: the instance (by id, or by tag `Key=Value`; neither: the
 * newest instance), the port (default: a free one) and how many hops away the clients are (1–64,
 * default 1).
 *
 * @since 0.1.0
 * @category models
 */
export interface OpenMetadata {
  readonly instanceId?: string | undefined
  readonly tag?: string | undefined
  readonly port?: number | undefined
  readonly clientHops?: number | undefined
}

/**
 * The instance metadata listeners (`/_ec2kit/metadata`), as Promises or Effects.
 *
 * @since 0.1.0
 * @category models
 */
export interface MetadataClient<F extends "promise" | "effect"> {
  /** Every listener, with the instance it serves now. */
  readonly list: () => F extends "promise" ? Promise<ReadonlyArray<LiveMetadata.ListenerStatus>>
    : Effect.Effect<ReadonlyArray<LiveMetadata.ListenerStatus>, ControlError>
  /** Opens a listener; its `url` is the value for `AWS_EC2_METADATA_SERVICE_ENDPOINT`. */
  readonly open: (options?: OpenMetadata) => F extends "promise" ? Promise<LiveMetadata.Listener> : Effect.Effect<LiveMetadata.Listener, ControlError>
  /** Closes the listener on `port`. */
  readonly close: (port: number) => F extends "promise" ? Promise<void> : Effect.Effect<void, ControlError>
}

/**
 * The control endpoints as Promises (rejecting with {@link ControlError}).
 *
 * @since 0.1.0
 * @category models
 */
export interface ControlClient {
  readonly health: () => Promise<Control.Health>
  /** Puts the world back to a fresh one built from its options. */
  readonly reset: () => Promise<void>
  /** Moves virtual time (`"5m"`, `"90s"`, `"5 minutes"` or milliseconds); rejects `NotVirtualTime` in real time. */
  readonly advance: (by: string | number) => Promise<void>
  readonly hypervisor: HypervisorClient<"promise">
  readonly metadata: MetadataClient<"promise">
}

/**
 * The control endpoints as Effects (failing with {@link ControlError}; interruption aborts the request).
 *
 * @since 0.1.0
 * @category models
 */
export interface ControlClientEffect {
  readonly health: Effect.Effect<Control.Health, ControlError>
  readonly reset: Effect.Effect<void, ControlError>
  readonly advance: (by: string | number) => Effect.Effect<void, ControlError>
  readonly hypervisor: HypervisorClient<"effect">
  readonly metadata: MetadataClient<"effect">
}

// The Hypervisor takes `undefined` for "no limit" (or "back to the market" for a Spot pool's `Price`)
// where JSON can only say `null` (Control reads `null` back as `undefined` in these members); other
// undefined members are simply left out.
const nullable = new Set(["Count", "Vcpus", "Price"])
const encode = (args: ReadonlyArray<unknown>) => JSON.stringify(args, (k, v: unknown) => (v === undefined && nullable.has(k) ? null : v))

const request = async (base: string, path: string, method: string, body: string | undefined, signal?: AbortSignal): Promise<unknown> => {
  let res: Response
  try {
    res = await fetch(`${base.replace(/\/$/, "")}${path}`, { method, ...(body !== undefined ? { body } : {}), ...(signal !== undefined ? { signal } : {}) })
  } catch (e) {
    throw new ControlError({ status: 0, code: "NetworkError", message: e instanceof Error ? e.message : String(e) })
  }
  const text = await res.text()
  let json: unknown
  try {
    json = text === "" ? undefined : JSON.parse(text)
  } catch {
    throw new ControlError({ status: res.status, code: "MalformedAnswer", message: `not JSON: ${text.slice(0, 200)}` })
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error
    throw new ControlError({ status: res.status, code: String(e?.code ?? res.status), message: String(e?.message ?? text) })
  }
  return json
}

type Send = (path: string, method: string, body?: string) => Promise<unknown>

const operations = (send: Send) => ({
  health: () => send(`${Control.prefix}health`, "GET") as Promise<Control.Health>,
  reset: () => send(`${Control.prefix}reset`, "POST").then(() => undefined),
  advance: (by: string | number) => send(`${Control.prefix}advance`, "POST", JSON.stringify({ by })).then(() => undefined),
  call: (method: Control.HypervisorMethod, args: ReadonlyArray<unknown>) => send(`${Control.prefix}hypervisor/${method}`, "POST", encode(args)),
  listMetadata: () =>
    send(`${Control.prefix}metadata`, "GET").then((r) => (r as { listeners: ReadonlyArray<LiveMetadata.ListenerStatus> }).listeners),
  openMetadata: (options: OpenMetadata = {}) => send(`${Control.prefix}metadata`, "POST", JSON.stringify(options)) as Promise<LiveMetadata.Listener>,
  closeMetadata: (port: number) => send(`${Control.prefix}metadata/${port}`, "DELETE").then(() => undefined)
})

/**
 * A Promise client for the emulator at `url` (the EC2 endpoint, e.g. `http://127.0.0.1:4590`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (url: string): ControlClient => {
  const ops = operations((path, method, body) => request(url, path, method, body))
  return {
    health: ops.health,
    reset: ops.reset,
    advance: ops.advance,
    hypervisor: Object.fromEntries(
      Control.hypervisorMethods.map((m) => [m, (...args: ReadonlyArray<unknown>) => ops.call(m, args)])
    ) as unknown as HypervisorClient<"promise">,
    metadata: { list: ops.listMetadata, open: ops.openMetadata, close: ops.closeMetadata }
  }
}

/**
 * An Effect client for the emulator at `url`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeEffect = (url: string): ControlClientEffect => {
  const lift = <A>(f: (send: Send) => Promise<A>): Effect.Effect<A, ControlError> =>
    Effect.tryPromise({
      try: (signal) => f((path, method, body) => request(url, path, method, body, signal)),
      catch: (e) => e instanceof ControlError ? e : new ControlError({ status: 0, code: "NetworkError", message: String(e) })
    })
  return {
    health: lift((send) => operations(send).health()),
    reset: lift((send) => operations(send).reset()),
    advance: (by) => lift((send) => operations(send).advance(by)),
    hypervisor: Object.fromEntries(
      Control.hypervisorMethods.map((m) => [m, (...args: ReadonlyArray<unknown>) => lift((send) => operations(send).call(m, args))])
    ) as unknown as HypervisorClient<"effect">,
    metadata: {
      list: () => lift((send) => operations(send).listMetadata()),
      open: (options) => lift((send) => operations(send).openMetadata(options)),
      close: (port) => lift((send) => operations(send).closeMetadata(port))
    }
  }
}
