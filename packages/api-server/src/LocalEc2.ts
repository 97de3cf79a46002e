/**
 * `LocalEc2`: the in-memory hypervisor (`Ec2Memory`) for code that does not use Effect — a Promise
 * API around one world, handing out ordinary `EC2Client`s that talk to it in-process through
 * {@link Ec2Handler} (the SDK's real serialization both ways, no socket).
 *
 * Time runs in one of two modes:
 * - `"real"` (the default): the world's transitions take wall-clock time. Unless `delays` says
 *   otherwise, the short transitions (pending, stopping, shutting-down, volume and snapshot states, …)
 *   take {@link shortDelay}, so the SDK's own waiters (`waitUntilInstanceRunning` with `minDelay: 1`)
 *   see the target state at their first or second poll; AWS's long documented delays (terminated
 *   instances visible for an hour, the two-minute Spot notice) are kept.
 * - `"virtual"`: the world's clock stands still until {@link LocalEc2.advance} moves it (Effect's
 *   `TestClock`), with Ec2Memory's default, realistic delays. Advance past a transition, then an SDK
 *   waiter's first poll (which happens at once) sees the new state.
 *
 * @example
 * ```ts
 * import { DescribeInstancesCommand, RunInstancesCommand } from "@aws-sdk/client-ec2"
 * import { LocalEc2 } from "@ec2kit/api-server"
 *
 * const local = await LocalEc2.start({ seed: "t1", time: "virtual" })
 * const ec2 = local.client()
 * const { Instances } = await ec2.send(new RunInstancesCommand({ ImageId: "ami-…", MinCount: 1, MaxCount: 1 }))
 * await local.advance("5 minutes") // pending → running
 * await local.close()
 * ```
 * @since 0.1.0
 */
import type { EC2Client, EC2ClientConfig } from "@aws-sdk/client-ec2"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { Duration, Effect, Layer, ManagedRuntime, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Ec2Handler from "./Ec2Handler.js"
import { Sdk } from "./internal/clientEc2.js"

/**
 * How the world experiences time: `"real"` (wall clock, short delays by default) or `"virtual"`
 * (stands still until `advance`).
 *
 * @since 0.1.0
 * @category models
 */
export type TimeMode = "real" | "virtual"

/**
 * Options of {@link start}: Ec2Memory's options (seed, region, delays, vpcs, fleet, instance
 * profiles, vCPU quotas, snapshot, persistence) and the time mode.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends Ec2Memory.Options {
  /** Default `"real"`. */
  readonly time?: TimeMode
}

/**
 * The delay of every short transition in real-time mode unless `delays` says otherwise: long
 * enough that a mutating call returns the transitional state (as on AWS), short enough that a
 * waiter's first or second poll sees the end state.
 *
 * @since 0.1.0
 * @category constants
 */
export const shortDelay: Duration.Input = "100 millis"

/**
 * Real-time mode's default delays: {@link shortDelay} for every transition Ec2Memory lets take
 * under a minute; the longer ones are AWS's documented durations (terminated instances visible for
 * about an hour, the two-minute Spot interruption notice) and are kept.
 *
 * @since 0.1.0
 * @category constants
 */
export const realTimeDelays: Readonly<Record<keyof typeof Ec2Memory.defaultDelays, Ec2Memory.Delay>> = Object.fromEntries(
  Object.entries(Ec2Memory.defaultDelays).map(([kind, delay]) => [
    kind,
    delay !== "immediate" && (Duration.toMillis(Duration.fromInputUnsafe(delay)) < 60_000 || kind === "instanceStatusChecks") ? shortDelay : delay
  ])
) as Record<keyof typeof Ec2Memory.defaultDelays, Ec2Memory.Delay>

/**
 * A Hypervisor member as a Promise: a method returning an Effect becomes a method returning a
 * Promise of its value; an Effect member (`tick`, `snapshot`) becomes a method with no argument.
 *
 * @since 0.1.0
 * @category models
 */
export type Promised<M> = M extends (...args: infer A) => Effect.Effect<infer V, infer _E, infer _R> ? (...args: A) => Promise<V>
  : M extends Effect.Effect<infer V, infer _E, infer _R> ? () => Promise<V>
  : never

/**
 * The Hypervisor control service (`@ec2kit/backend-memory`'s `Hypervisor`) as Promises, derived
 * from its members: every method that returns an Effect, and every Effect member, is here with the
 * same name. A failing call rejects with its error (an `Ec2Error` with AWS's `code`). Two members
 * take or give Effect values and are adapted by hand: `onFirstBoot` takes a hook returning a
 * Promise (or nothing), and `events` is an async iterable.
 *
 * @since 0.1.0
 * @category models
 */
export type PromiseHypervisor =
  & {
    readonly [K in Exclude<keyof Hypervisor.HypervisorShape, "onFirstBoot" | "events">]: Promised<Hypervisor.HypervisorShape[K]>
  }
  & {
    /** Registers a hook receiving each instance's user data once, at its first pending → running. */
    readonly onFirstBoot: (hook: (boot: Hypervisor.FirstBoot) => void | Promise<void>) => Promise<void>
    /** EventBridge-shaped "EC2 Instance State-change Notification" events, from iteration on. */
    readonly events: () => AsyncIterable<Hypervisor.StateChangeEvent>
  }

/**
 * A running in-memory world.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalEc2 {
  /** The world's region (the clients' region). */
  readonly region: string
  /** The time mode it was started with. */
  readonly time: TimeMode
  /**
   * An `EC2Client` talking to this world in-process: its region, dummy credentials, the SDK's
   * retries off (`maxAttempts: 1`, an emulator has nothing to retry) and the `requestHandler`;
   * `config` overrides any of them (except the handler).
   */
  readonly client: (config?: EC2ClientConfig) => EC2Client
  /**
   * Moves virtual time forward by `duration` (e.g. `"5 minutes"`), applying every transition due
   * on the way. Rejects in real-time mode, where time moves by itself.
   */
  readonly advance: (duration: Duration.Input) => Promise<void>
  /** The Hypervisor control service (capacity, Spot interruptions, events, snapshots, …) as Promises. */
  readonly hypervisor: PromiseHypervisor
  /** Puts the world back as it was when started (resources, ids, capacity); the clock is not moved back. */
  readonly reset: () => Promise<void>
  /** Stops the world; later calls of its clients fail. */
  readonly close: () => Promise<void>
}

/**
 * Adapts each member of a service whose members return Effects into Promises, run in `runtime`.
 */
const promised = <S extends object>(service: S, run: <A>(effect: Effect.Effect<A, unknown>) => Promise<A>) =>
  Object.fromEntries(
    Object.entries(service).map(([name, member]) => [
      name,
      typeof member === "function"
        ? (...args: ReadonlyArray<unknown>) => run((member as (...a: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>)(...args))
        : Effect.isEffect(member)
        ? () => run(member as Effect.Effect<unknown, unknown>)
        : member
    ])
  )

/**
 * Starts a world: builds `Ec2Memory.layer(options)` (rejecting with its error, e.g. an invalid
 * `vpcs` block) and, with `time: "virtual"`, a virtual clock for it.
 *
 * @example
 * ```ts
 * import { LocalEc2 } from "@ec2kit/api-server"
 * const local = await LocalEc2.start({ seed: "t1" })
 * await local.close()
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const start = async (options: Options = {}): Promise<LocalEc2> => {
  const { time = "real", ...memoryOptions } = options
  const delays = time === "real" ? { ...realTimeDelays, ...memoryOptions.delays } : memoryOptions.delays
  const memory = Ec2Memory.layer({ ...memoryOptions, ...(delays !== undefined ? { delays } : {}) })
  // Virtual time: the world and every call run on a TestClock. Its warning about a clock nobody
  // advances is meant for tests that forgot to; here standing still is the point (20 days: under
  // the 2^31 ms a node timer can wait).
  const layer: Layer.Layer<Ec2.Ec2 | Hypervisor.Hypervisor, unknown> = time === "virtual"
    ? memory.pipe(Layer.provideMerge(TestClock.layer({ warningDelay: "20 days" })))
    : memory
  const runtime = ManagedRuntime.make(layer)
  const run = <A>(effect: Effect.Effect<A, unknown, Ec2.Ec2 | Hypervisor.Hypervisor>) => runtime.runPromise(effect)
  const hv = await run(Hypervisor.Hypervisor.use(Effect.succeed)).catch(async (e: unknown) => {
    await runtime.dispose()
    throw e
  })
  const initial = await run(hv.snapshot)
  const region = await run(hv.inspect((w) => w.region))
  const context = await runtime.context()
  const requestHandler = Ec2Handler.fromRuntime(runtime)
  const hypervisor = {
    ...promised(hv, run),
    onFirstBoot: (hook: (boot: Hypervisor.FirstBoot) => void | Promise<void>) =>
      run(hv.onFirstBoot((boot) => Effect.promise(async () => hook(boot)))),
    events: () => Stream.toAsyncIterableWith(hv.events, context)
  } as unknown as PromiseHypervisor
  return {
    region,
    time,
    client: (config = {}) =>
      new Sdk.EC2Client({
        region,
        credentials: { accessKeyId: "AKIDLOCALEC2", secretAccessKey: "local-ec2-secret" },
        maxAttempts: 1,
        ...config,
        requestHandler
      }),
    advance: (duration) =>
      time === "virtual"
        ? run(Effect.andThen(TestClock.adjust(duration), hv.tick))
        : Promise.reject(new Error("LocalEc2.advance needs a world started with { time: \"virtual\" }; in real time, time moves by itself")),
    hypervisor,
    reset: () => run(hv.restore(initial)),
    close: () => runtime.dispose()
  }
}
