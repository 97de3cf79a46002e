/**
 * Waiters over any `Ec2`, mirroring the AWS SDK for JavaScript v3 (`@aws-sdk/client-ec2` 3.1169.0
 * `dist-es/waiters/waitFor*.js` and `@smithy/core` 3.41.0 `util-waiter`, read 2026-11):
 *
 * - **Acceptors** exactly as the SDK's generated code: e.g. `InstanceRunning` succeeds when every
 *   instance is `running` (and there is at least one), fails as soon as one is `shutting-down`,
 *   `terminated` or `stopping`, and retries otherwise. As in the SDK's JavaScript, an error from the
 *   describe call is a *retry* (the generated `catch` returns RETRY for every exception, matching
 *   `InvalidInstanceID.NotFound` explicitly where the model lists it), so a waiter started right after
 *   `RunInstances` survives eventual consistency.
 * - **Schedule**: no delay before the first attempt; before attempt `n` (n ≥ 1) a delay drawn
 *   uniformly from `[minDelay, min(maxDelay, minDelay·2^(n-1))]`, or exactly `maxDelay` once
 *   `n > log2(maxDelay/minDelay) + 1`; a delay that would pass the deadline is cut to
 *   `remaining − 500 ms`; if even that would pass the deadline the waiter times out. Defaults per
 *   waiter as the SDK's (`minDelay` 15 s, or 5 s for `InstanceExists`; `maxDelay` 120 s). Jitter comes
 *   from Effect's `Random` and time from `Clock`, so `TestClock` and `Random.withSeed` make runs exact.
 * - **Outcome**: the last response on success; `WaiterFailure` when a failure acceptor matches;
 *   `WaiterTimeout` when `maxWaitTime` runs out (the SDK's `TimeoutError`).
 *
 * @since 0.1.0
 */
import { Clock, Data, Duration, Effect, Random, Result } from "effect"
import { Ec2 } from "./Ec2.js"
import type * as Ec2Error from "./Ec2Error.js"
import type * as Shapes from "./Ec2Shapes.js"

/**
 * Options of a waiter (the SDK's `WaiterConfiguration` without the client). `maxWaitTime` is
 * required, as in the SDK.
 *
 * @since 0.1.0
 * @category models
 */
export interface WaiterOptions {
  /** Give up after this long (SDK: `maxWaitTime`, seconds). */
  readonly maxWaitTime: Duration.Input
  /** Shortest delay between attempts (SDK default for EC2 waiters: 15 s). */
  readonly minDelay?: Duration.Input
  /** Longest delay between attempts (SDK default: 120 s). */
  readonly maxDelay?: Duration.Input
}

/**
 * A failure acceptor matched: the resource reached a state from which the awaited one cannot follow.
 *
 * @since 0.1.0
 * @category errors
 */
export class WaiterFailure extends Data.TaggedError("WaiterFailure")<{
  /** The waiter, e.g. `InstanceRunning`. */
  readonly waiter: string
  /** The response (or error) the failure acceptor matched. */
  readonly reason: unknown
  /** Attempts made. */
  readonly attempts: number
}> {
  override get message(): string {
    return `Waiter ${this.waiter} failed after ${this.attempts} attempt(s): a failure state was reached`
  }
}

/**
 * `maxWaitTime` ran out before a success or failure acceptor matched.
 *
 * @since 0.1.0
 * @category errors
 */
export class WaiterTimeout extends Data.TaggedError("WaiterTimeout")<{
  /** The waiter, e.g. `InstanceRunning`. */
  readonly waiter: string
  /** Attempts made. */
  readonly attempts: number
  /** The last response or error observed, if any. */
  readonly last: unknown
}> {
  override get message(): string {
    return `Waiter ${this.waiter} has timed out after ${this.attempts} attempt(s)`
  }
}

/**
 * What an acceptor decides about one attempt.
 *
 * @since 0.1.0
 * @category models
 */
export type AcceptorState = "success" | "failure" | "retry"

/**
 * The delay before attempt `attempt` (≥ 1), in milliseconds, given a uniform draw `u` in `[0, 1)`,
 * the current time and the deadline: `@smithy/core`'s `exponentialBackoffWithJitter`.
 *
 * @since 0.1.0
 * @category schedule
 */
export const backoffDelay = (
  minDelayMs: number,
  maxDelayMs: number,
  attempt: number,
  nowMs: number,
  waitUntilMs: number,
  u: number
): number => {
  const attemptCountCeiling = Math.log(maxDelayMs / minDelayMs) / Math.log(2) + 1
  if (attempt > attemptCountCeiling) return maxDelayMs
  const capped = Math.min(minDelayMs * 2 ** (attempt - 1), maxDelayMs)
  const waitFor = minDelayMs + u * (capped - minDelayMs)
  if (nowMs + waitFor > waitUntilMs) return Math.max(0, waitUntilMs - nowMs - 500)
  return waitFor
}

const invalid = (message: string) => Effect.die(new Error(message))

/**
 * Polls `attempt` with AWS's schedule until `acceptor` says success or failure, or time runs out.
 *
 * @since 0.1.0
 * @category constructors
 */
export const poll = <A, R>(
  waiter: string,
  defaults: { readonly minDelay: Duration.Input; readonly maxDelay: Duration.Input },
  options: WaiterOptions,
  attempt: Effect.Effect<A, Ec2Error.Ec2Error, R>,
  acceptor: (outcome: Result.Result<A, Ec2Error.Ec2Error>) => AcceptorState
): Effect.Effect<A, WaiterFailure | WaiterTimeout, R> =>
  Effect.gen(function*() {
    const maxWait = Duration.toMillis(Duration.fromInputUnsafe(options.maxWaitTime))
    const minDelay = Duration.toMillis(Duration.fromInputUnsafe(options.minDelay ?? defaults.minDelay))
    const maxDelay = Duration.toMillis(Duration.fromInputUnsafe(options.maxDelay ?? defaults.maxDelay))
    // validateWaiterOptions (@smithy/core util-waiter): programming errors, so defects
    if (maxWait <= 0) return yield* invalid("WaiterConfiguration.maxWaitTime must be greater than 0")
    if (minDelay <= 0) return yield* invalid("WaiterConfiguration.minDelay must be greater than 0")
    if (maxDelay <= 0) return yield* invalid("WaiterConfiguration.maxDelay must be greater than 0")
    if (maxWait <= minDelay) {
      return yield* invalid(`WaiterConfiguration.maxWaitTime [${maxWait / 1000}] must be greater than WaiterConfiguration.minDelay [${minDelay / 1000}] for this waiter`)
    }
    if (maxDelay < minDelay) {
      return yield* invalid(`WaiterConfiguration.maxDelay [${maxDelay / 1000}] must be greater than WaiterConfiguration.minDelay [${minDelay / 1000}] for this waiter`)
    }
    const waitUntil = (yield* Clock.currentTimeMillis) + maxWait
    let attempts = 0
    let last: unknown = undefined
    while (true) {
      if (attempts > 0) {
        const now = yield* Clock.currentTimeMillis
        const delay = backoffDelay(minDelay, maxDelay, attempts, now, waitUntil, yield* Random.next)
        if (now + delay > waitUntil) return yield* new WaiterTimeout({ waiter, attempts, last })
        yield* Effect.sleep(Duration.millis(delay))
      }
      const outcome = yield* Effect.result(attempt)
      attempts += 1
      last = Result.isSuccess(outcome) ? outcome.success : outcome.failure
      const state = acceptor(outcome)
      if (state === "success" && Result.isSuccess(outcome)) return outcome.success
      if (state === "failure") return yield* new WaiterFailure({ waiter, reason: last, attempts })
    }
  })

const instanceStates = (r: Shapes.DescribeInstancesResult): ReadonlyArray<string | undefined> =>
  (r.Reservations ?? []).flatMap((res) => (res.Instances ?? []).map((i) => i.State?.Name))

const allEq = (xs: ReadonlyArray<string | undefined>, v: string) => xs.length > 0 && xs.every((x) => x === v)
const anyEq = (xs: ReadonlyArray<string | undefined>, vs: ReadonlyArray<string>) => xs.some((x) => x !== undefined && vs.includes(x))

const stateAcceptor = <A>(project: (a: A) => ReadonlyArray<string | undefined>, success: string, failures: ReadonlyArray<string>) =>
(outcome: Result.Result<A, Ec2Error.Ec2Error>): AcceptorState => {
  // SDK: an exception is RETRY (explicitly for InvalidInstanceID.NotFound where modelled, and by the
  // generated fall-through for every other error).
  if (Result.isFailure(outcome)) return "retry"
  const xs = project(outcome.success)
  if (allEq(xs, success)) return "success"
  if (anyEq(xs, failures)) return "failure"
  return "retry"
}

const ec2Defaults = { minDelay: "15 seconds", maxDelay: "120 seconds" } as const

/**
 * Waits until every instance the request describes is `running`; fails on `shutting-down`,
 * `terminated` or `stopping`; retries on `InvalidInstanceID.NotFound` (SDK `waitUntilInstanceRunning`).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilInstanceRunning = (request: Parameters<Ec2["Service"]["describeInstances"]>[0], options: WaiterOptions) =>
  poll("InstanceRunning", ec2Defaults, options, Ec2.use((ec2) => ec2.describeInstances(request)),
    stateAcceptor(instanceStates, "running", ["shutting-down", "terminated", "stopping"]))

/**
 * Waits until every instance is `stopped`; fails on `pending` or `terminated` (SDK `waitUntilInstanceStopped`).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilInstanceStopped = (request: Parameters<Ec2["Service"]["describeInstances"]>[0], options: WaiterOptions) =>
  poll("InstanceStopped", ec2Defaults, options, Ec2.use((ec2) => ec2.describeInstances(request)),
    stateAcceptor(instanceStates, "stopped", ["pending", "terminated"]))

/**
 * Waits until every instance is `terminated`; fails on `pending` or `stopping` (SDK `waitUntilInstanceTerminated`).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilInstanceTerminated = (request: Parameters<Ec2["Service"]["describeInstances"]>[0], options: WaiterOptions) =>
  poll("InstanceTerminated", ec2Defaults, options, Ec2.use((ec2) => ec2.describeInstances(request)),
    stateAcceptor(instanceStates, "terminated", ["pending", "stopping"]))

/**
 * Waits until `DescribeInstances` returns at least one reservation; retries on
 * `InvalidInstanceID.NotFound` (SDK `waitUntilInstanceExists`, minDelay 5 s).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilInstanceExists = (request: Parameters<Ec2["Service"]["describeInstances"]>[0], options: WaiterOptions) =>
  poll("InstanceExists", { minDelay: "5 seconds", maxDelay: "120 seconds" }, options,
    Ec2.use((ec2) => ec2.describeInstances(request)),
    (o): AcceptorState => Result.isSuccess(o) && (o.success.Reservations ?? []).length > 0 ? "success" : "retry")

/**
 * Waits until every instance status is `ok`; retries on `InvalidInstanceID.NotFound` (SDK `waitUntilInstanceStatusOk`).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilInstanceStatusOk = (request: Parameters<Ec2["Service"]["describeInstanceStatus"]>[0], options: WaiterOptions) =>
  poll("InstanceStatusOk", ec2Defaults, options, Ec2.use((ec2) => ec2.describeInstanceStatus(request)),
    stateAcceptor((r: Shapes.DescribeInstanceStatusResult) => (r.InstanceStatuses ?? []).map((s) => s.InstanceStatus?.Status), "ok", []))

const volumeStates = (r: Shapes.DescribeVolumesResult) => (r.Volumes ?? []).map((v) => v.State)

/**
 * Waits until every volume is `available`; fails on `deleted` (SDK `waitUntilVolumeAvailable`).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilVolumeAvailable = (request: Parameters<Ec2["Service"]["describeVolumes"]>[0], options: WaiterOptions) =>
  poll("VolumeAvailable", ec2Defaults, options, Ec2.use((ec2) => ec2.describeVolumes(request)),
    stateAcceptor(volumeStates, "available", ["deleted"]))

/**
 * Waits until every volume is `in-use`; fails on `deleted` (SDK `waitUntilVolumeInUse`).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilVolumeInUse = (request: Parameters<Ec2["Service"]["describeVolumes"]>[0], options: WaiterOptions) =>
  poll("VolumeInUse", ec2Defaults, options, Ec2.use((ec2) => ec2.describeVolumes(request)),
    stateAcceptor(volumeStates, "in-use", ["deleted"]))

/**
 * Waits until every snapshot is `completed`; fails on `error` (SDK `waitUntilSnapshotCompleted`).
 *
 * @since 0.1.0
 * @category waiters
 */
export const waitUntilSnapshotCompleted = (request: Parameters<Ec2["Service"]["describeSnapshots"]>[0], options: WaiterOptions) =>
  poll("SnapshotCompleted", ec2Defaults, options, Ec2.use((ec2) => ec2.describeSnapshots(request)),
    stateAcceptor((r: Shapes.DescribeSnapshotsResult) => (r.Snapshots ?? []).map((s) => s.State), "completed", ["error"]))
