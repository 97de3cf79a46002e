/**
 * `Emulator`: one in-memory EC2 world (`Ec2Memory`) served over HTTP — the EC2 Query endpoint
 * (`Ec2Server`) and, on the same port, the control endpoints (`Control`: health, reset, virtual
 * time, the Hypervisor's fault injection, moto's reset). This is what `ec2kit serve` runs; the
 * command line only parses flags into {@link Options}.
 *
 * The world's context (its `Ec2` and `Hypervisor` services, and the clock in virtual time) is built
 * once here and shared by every listener in the emulator's scope: the EC2 endpoint and the instance
 * metadata listeners (`LiveMetadata`: the default one on {@link Options.metadataPort}, more through
 * `POST /_ec2kit/metadata`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Emulator } from "@ec2kit/api-server"
 *
 * const program = Effect.gen(function*() {
 *   const { url } = yield* Emulator.Emulator
 *   return url // e.g. http://127.0.0.1:49152 — give it to any EC2 client as its endpoint
 * })
 * Effect.runPromise(Effect.scoped(Effect.provide(program, Emulator.layer({ port: 0, seed: "demo" }))))
 * ```
 * @since 0.1.0
 */
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import type { Ec2, Ec2Error } from "@ec2kit/core"
import * as fs from "node:fs"
import { Clock, Context, Data, Effect, Layer, type Scope } from "effect"
import { TestClock } from "effect/testing"
import * as Control from "./Control.js"
import * as Ec2Server from "./Ec2Server.js"
import * as LiveMetadata from "./LiveMetadata.js"
import * as LocalEc2 from "./LocalEc2.js"

/**
 * The default port: clashes with neither moto's server (5000) nor LocalStack (4566).
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultPort = 4590

/**
 * The default port of `ec2kit serve`'s instance metadata listener: the EC2 endpoint's + 1, clear of
 * moto's server (5000), LocalStack (4566 and its 4510-4559 service range), amazon-ec2-metadata-mock
 * (1338) and the ECS local container endpoints (51679).
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultMetadataPort = 4591

/**
 * The state file's virtual clock could not be read or written (see {@link clockFile}).
 *
 * @since 0.1.0
 * @category errors
 */
export class ClockFileError extends Data.TaggedError("ClockFileError")<{ readonly message: string }> {}

/**
 * The file beside a state file that keeps the virtual time (`--time virtual`): Ec2Memory's journal
 * keeps the world's records, which carry times, but not the clock itself; in virtual time the clock
 * moves only by `advance`, so writing it there (before the move) is enough for a restart to go on
 * from the last virtual time instead of the wall clock's.
 *
 * @since 0.1.0
 * @category persistence
 */
export const clockFile = (state: string): string => `${state}.clock`

const readClock = (state: string): Effect.Effect<number | undefined, ClockFileError> =>
  Effect.try({
    try: () => {
      const file = clockFile(state)
      if (!fs.existsSync(file)) return undefined
      const ms = (JSON.parse(fs.readFileSync(file, "utf8")) as { readonly ms?: unknown }).ms
      if (typeof ms !== "number" || !Number.isSafeInteger(ms) || ms < 0) throw new Error("no virtual time in it")
      return ms
    },
    catch: (e) => new ClockFileError({ message: `${clockFile(state)}: cannot read the virtual time: ${e instanceof Error ? e.message : String(e)}` })
  })

/** Writes the virtual time beside the state file: a temporary file, fsynced, renamed over it. */
const writeClock = (state: string, ms: number): Effect.Effect<void, ClockFileError> =>
  Effect.try({
    try: () => {
      const file = clockFile(state)
      const tmp = `${file}.tmp`
      const fd = fs.openSync(tmp, "w")
      try {
        fs.writeSync(fd, `${JSON.stringify({ virtualTime: new Date(ms).toISOString(), ms })}\n`)
        fs.fsyncSync(fd)
      } finally {
        fs.closeSync(fd)
      }
      fs.renameSync(tmp, file)
    },
    catch: (e) => new ClockFileError({ message: `${clockFile(state)}: cannot write the virtual time: ${e instanceof Error ? e.message : String(e)}` })
  })

/**
 * One line of the request log.
 *
 * @since 0.1.0
 * @category models
 */
export interface LogEntry {
  /** The EC2 action (`RunInstances`, …), or the control request (`POST /_ec2kit/reset`). */
  readonly action: string
  readonly status: number
  readonly ms: number
  readonly requestId: string
}

/**
 * How to run the emulator.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default `127.0.0.1`. */
  readonly host?: string | undefined
  /** Default {@link defaultPort}; 0 picks a free port. */
  readonly port?: number | undefined
  /** The world's region, and the endpoint's: requests signed for another get AWS's answer. Default `us-east-1`. */
  readonly region?: string | undefined
  readonly accountId?: string | undefined
  /** Seed of ids and addresses (the same seed gives the same ids). Default random. */
  readonly seed?: string | undefined
  /**
   * Per-kind transition delays over the time mode's defaults: in real time
   * `LocalEc2.realTimeDelays` (short, so waiters finish at once), in virtual time Ec2Memory's.
   */
  readonly delays?: Ec2Memory.Options["delays"] | undefined
  /** A journal file: the world is loaded from it and every change is written to it (Ec2Memory's persistence). */
  readonly state?: string | undefined
  /** `"real"` (default) or `"virtual"`: the clock stands still until `POST /_ec2kit/advance`. */
  readonly time?: LocalEc2.TimeMode | undefined
  /** Receives one entry per answered request. */
  readonly log?: ((entry: LogEntry) => void) | undefined
  /**
   * Port of the default instance metadata listener (0 picks a free one); `undefined` (the
   * library's default; `ec2kit serve` uses {@link defaultMetadataPort}): none. Listeners can also
   * be opened through `POST /_ec2kit/metadata` either way.
   */
  readonly metadataPort?: number | undefined
  /** The default listener's instance (`LiveMetadata.Selector`); default: the newest instance. */
  readonly metadataInstance?: LiveMetadata.Selector | undefined
}

/**
 * The running emulator.
 *
 * @since 0.1.0
 * @category models
 */
export interface Running {
  /** The EC2 endpoint, e.g. `http://127.0.0.1:4590`. */
  readonly url: string
  readonly host: string
  readonly port: number
  readonly region: string
  readonly accountId: string
  readonly time: LocalEc2.TimeMode
  /** The default instance metadata listener, if one was asked for ({@link Options.metadataPort}). */
  readonly metadata: LiveMetadata.Listener | undefined
}

/**
 * The running emulator's address and world.
 *
 * @since 0.1.0
 * @category services
 */
export class Emulator extends Context.Service<Emulator, Running>()("@ec2kit/api-server/Emulator") {}

/** The request's EC2 action, read only for the log (the codec reads it again to serve). */
const actionOf = (request: Ec2Server.RouteRequest): string => {
  if (request.path !== "/" && request.path !== "") return `${request.method} ${request.path}`
  const form = request.body.byteLength > 0 ? new URLSearchParams(Buffer.from(request.body).toString("utf8")) : undefined
  return form?.get("Action") ?? new URLSearchParams(request.query).get("Action") ?? "-"
}

/** The world's options for Ec2Memory, from the emulator's. */
const memoryOptions = (options: Options, time: LocalEc2.TimeMode): Ec2Memory.Options => {
  const delays = time === "real" ? { ...LocalEc2.realTimeDelays, ...options.delays } : options.delays
  return {
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.accountId !== undefined ? { accountId: options.accountId } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(delays !== undefined ? { delays } : {})
  }
}

/**
 * The state `reset` returns to: a fresh world from the same options. Without a state file that is
 * the world as started; with one, the world loaded from the file is not "fresh", so a throwaway
 * world (same options, no file) gives it.
 */
const freshSnapshot = (options: Ec2Memory.Options, hv: Hypervisor.HypervisorShape, persisted: boolean) =>
  persisted
    ? Effect.scoped(Effect.flatMap(Ec2Memory.make(options), (m) => m.hypervisor.snapshot))
    : hv.snapshot

/**
 * Starts the emulator in the current scope; it stops (closing the listener, then the world and its
 * state file) when the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: Options = {}
): Effect.Effect<
  Running,
  Ec2Server.Ec2ServerError | Hypervisor.PersistenceError | Ec2Error.Ec2Error | LiveMetadata.ListenerError | ClockFileError,
  Scope.Scope
> =>
  Effect.gen(function*() {
    const time = options.time ?? "real"
    const base = memoryOptions(options, time)
    const memory = Ec2Memory.layer({ ...base, ...(options.state !== undefined ? { persistence: { path: options.state } } : {}) })
    // Virtual time: the world runs on a TestClock that stands still until advanced (its warning
    // about a clock nobody advances is for forgotten tests; 20 days stays under node's timer limit).
    // It starts at the wall-clock time of the start, not at 1970, so launch times and event dates
    // read as today's.
    // With a state file, virtual time goes on from where the last run left it (clockFile).
    const wall = yield* Clock.currentTimeMillis
    const kept = time === "virtual" && options.state !== undefined ? yield* readClock(options.state) : undefined
    const startedAt = kept ?? wall
    const virtualClock = TestClock.layer({ warningDelay: "20 days" }).pipe(
      Layer.tap((clock) => TestClock.setTime(startedAt).pipe(Effect.provideContext(clock)))
    )
    const worldLayer: Layer.Layer<Ec2.Ec2 | Hypervisor.Hypervisor, Hypervisor.PersistenceError | Ec2Error.Ec2Error> =
      time === "virtual" ? memory.pipe(Layer.provideMerge(virtualClock)) : memory
    const world = yield* Layer.build(worldLayer)
    const hv = Context.get(world, Hypervisor.Hypervisor)
    // The state file is ours now (Ec2Memory holds its lock): record the virtual time it starts at;
    // in real time a clock file left by a virtual run no longer holds (the world moved with the wall clock).
    if (options.state !== undefined) {
      if (time === "virtual") yield* writeClock(options.state, startedAt)
      else yield* Effect.sync(() => fs.rmSync(clockFile(options.state!), { force: true }))
    }
    const initial = yield* freshSnapshot(base, hv, options.state !== undefined)
    const { accountId, region } = yield* hv.inspect((w) => ({ region: w.region, accountId: w.accountId }))
    const metadata = yield* LiveMetadata.make({
      host: options.host ?? "127.0.0.1",
      defaultListener: options.metadataPort === undefined
        ? undefined
        : { port: options.metadataPort, selector: options.metadataInstance ?? { _tag: "Newest" } }
    }).pipe(Effect.provideContext(world))
    const control: Control.World = {
      hypervisor: hv,
      time,
      metadata,
      // A reset world is a new world: instances of the same id (same seed) are new instances, whose
      // tokens are not the old ones'.
      reset: hv.restore(initial).pipe(Effect.andThen(metadata.forget)),
      advance: (ms) =>
        Effect.gen(function*() {
          // written before the move: a crash after it finds the timers due and applies them at the next call
          if (options.state !== undefined) yield* writeClock(options.state, (yield* Clock.currentTimeMillis) + ms).pipe(Effect.orDie)
          yield* TestClock.adjust(ms)
          yield* hv.tick
        }).pipe(Effect.provideContext(world as Context.Context<never>))
    }
    const log = options.log
    const address = yield* Ec2Server.serve({
      host: options.host,
      port: options.port ?? defaultPort,
      region,
      routes: Control.routes(control, hv.inspect((w) => ({ region, accountId, time, now: new Date(w.now).toISOString() }))),
      onAnswer: log === undefined
        ? undefined
        : (e) => log({ action: actionOf(e.request), status: e.status, ms: e.ms, requestId: e.requestId })
    }).pipe(Effect.provideContext(world))
    return Emulator.of({ url: address.url, host: address.host, port: address.port, region, accountId, time, metadata: metadata.default })
  })

/**
 * The emulator as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<
  Emulator,
  Ec2Server.Ec2ServerError | Hypervisor.PersistenceError | Ec2Error.Ec2Error | LiveMetadata.ListenerError | ClockFileError
> =>
  Layer.effect(Emulator, make(options))

/**
 * The lines to paste to use a running emulator: the AWS CLI, the SDKs' environment variable,
 * boto3 and the JS SDK.
 *
 * @since 0.1.0
 * @category formatting
 */
export const usage = (running: Running): string =>
  [
    `EC2 endpoint: ${running.url}  (region ${running.region}, account ${running.accountId}, ${running.time} time)`,
    ``,
    `  AWS CLI:   aws --endpoint-url ${running.url} --region ${running.region} ec2 describe-instances`,
    `  any SDK:   export AWS_ENDPOINT_URL_EC2=${running.url} AWS_REGION=${running.region}`,
    `  boto3:     boto3.client("ec2", endpoint_url="${running.url}", region_name="${running.region}")`,
    `  JS SDK:    new EC2Client({ endpoint: "${running.url}", region: "${running.region}" })`,
    `  control:   curl ${running.url}${Control.prefix}health   (reset, advance, hypervisor/…: docs/emulator.md)`,
    ...(running.metadata === undefined ? [] : [
      `  metadata:  export AWS_EC2_METADATA_SERVICE_ENDPOINT=${running.metadata.url}   (IMDS of ${running.metadata.instance === "newest" ? "the newest instance" : running.metadata.instance}; per instance: POST ${running.url}${Control.prefix}metadata)`
    ]),
    ``,
    `Any credentials are accepted (e.g. AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test).`
  ].join("\n")
