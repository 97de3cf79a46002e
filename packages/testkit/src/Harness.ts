/**
 * The harness the conformance suite and the property tests share: how a test gets a world, how it
 * waits (virtual or real time), how it asserts AWS errors, and how it launches instances it owns.
 *
 * @since 0.1.0
 */
import { Ec2, type Ec2Error, Waiters } from "@ec2kit/core"
import { Duration, Effect, Fiber, Layer } from "effect"
import { TestClock } from "effect/testing"
import { expect } from "vitest"

/**
 * How the suite experiences time: `"virtual"` provides `TestClock` and advances it while a waiter
 * runs (in-memory backends); `"live"` uses the real clock (a backend over the wire).
 *
 * @since 0.1.0
 * @category models
 */
export type TimeMode = "virtual" | "live"

/**
 * Optional world control a backend may offer (the in-memory `Hypervisor`): snapshot a world to
 * bytes and build a world from bytes. Enables the snapshot group and fast property-test worlds.
 *
 * @since 0.1.0
 * @category models
 */
export interface Control<R> {
  /** Snapshot of the current world (needs the layer's services). */
  readonly snapshot: Effect.Effect<Uint8Array, unknown, R>
  /** A fresh world restored from a snapshot. */
  readonly layerFrom: (bytes: Uint8Array) => Layer.Layer<Ec2.Ec2 | R, unknown>
}

/**
 * Optional vCPU-quota control a backend may offer (the in-memory `Ec2Memory.layer({ vcpuQuotas })`):
 * enables the vCPU-quota property (random operations against a small On-Demand Standard quota; the
 * backend must check the quota before answering a DryRun, as the property probes it with DryRun launches).
 *
 * @since 0.1.0
 * @category models
 */
export interface VcpuQuotaControl<R> {
  /** A fresh world whose On-Demand Standard vCPU quota ("Running On-Demand Standard instances") is `vCpus`. */
  readonly makeLayer: (vCpus: number) => Layer.Layer<Ec2.Ec2 | R, unknown>
}

/**
 * Options of `Conformance.suite`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options<R> {
  /** Default `"virtual"`. */
  readonly time?: TimeMode
  /** How to find an x86_64 AMI to launch; default: DescribeImages owned by `amazon`. */
  readonly imageId?: Effect.Effect<string, unknown, Ec2.Ec2 | R>
  /** Instance type of every launch; default `t3.micro`. */
  readonly instanceType?: string
  /** World control (snapshot/restore); enables the `Hypervisor` group and fast property worlds. */
  readonly control?: Control<R>
  /**
   * Property tests (random concurrent operation sequences). `false` disables them (the default for
   * `time: "live"`); `operations` is the minimum number of random operations over all properties.
   */
  readonly properties?: false | { readonly operations?: number }
  /** Longest a waiter may take; default 10 minutes. */
  readonly maxWaitTime?: Duration.Input
  /**
   * The name of an IAM instance profile (with a role) that exists in the world: IAM is not part of
   * the EC2 API, so the suite cannot create one. Enables the IAM instance profile group.
   */
  readonly instanceProfile?: string
  /** vCPU-quota control; enables the vCPU-quota property. */
  readonly vcpuQuota?: VcpuQuotaControl<R>
}

/**
 * The request type of an `Ec2` operation.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestOf<K extends keyof Ec2.Service> = Parameters<Ec2.Service[K]>[0]

/**
 * Runs `self` so that it completes in both time modes: in virtual time, forks it and advances the
 * `TestClock` one second at a time until it is done.
 *
 * @since 0.1.0
 * @category time
 */
export const settle = (time: TimeMode) => <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  time === "live" ? self : Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(self)
    yield* Effect.yieldNow
    // 6 hours of virtual time at most: more than any waiter's maxWaitTime in the suite
    for (let i = 0; i < 6 * 3600 && fiber.pollUnsafe() === undefined; i++) {
      yield* TestClock.adjust("1 second")
    }
    return yield* Fiber.join(fiber)
  })

/**
 * Lets time pass: `TestClock.adjust` in virtual time, a real sleep otherwise.
 *
 * @since 0.1.0
 * @category time
 */
export const pass = (time: TimeMode) => (d: Duration.Input): Effect.Effect<void> =>
  time === "live" ? Effect.sleep(d) : TestClock.adjust(d)

/**
 * Fails the test unless `self` fails with an `Ec2Error` of `code` whose message is `message` (exact
 * string) or matches it (RegExp). Returns the error.
 *
 * @since 0.1.0
 * @category assertions
 */
export const expectError = <A, R>(
  self: Effect.Effect<A, Ec2Error.Ec2Error, R>,
  code: string,
  message: string | RegExp
): Effect.Effect<Ec2Error.Ec2Error, never, R> =>
  Effect.gen(function*() {
    const result = yield* Effect.result(self)
    if (result._tag === "Success") {
      expect.fail(`expected ${code} but the call succeeded: ${JSON.stringify(result.success).slice(0, 300)}`)
    }
    const e = (result as { readonly failure: Ec2Error.Ec2Error }).failure
    expect({ code: e.code, message: e.reason.message }).toEqual({
      code,
      message: typeof message === "string" ? message : expect.stringMatching(message)
    })
    return e
  })

/**
 * Unwraps an `Ec2Error` failure into a test failure with AWS's code and message (so an
 * `UnsupportedOperation` shows up as what it is).
 *
 * @since 0.1.0
 * @category assertions
 */
export const orDieWithCode = <A, R>(self: Effect.Effect<A, Ec2Error.Ec2Error, R>): Effect.Effect<A, never, R> =>
  Effect.catch(self, (e) => Effect.die(new Error(`${e.code}: ${e.reason.message}`)))

/**
 * Builds the `Ec2` + clock environment of one test: a fresh world from `makeLayer()`, `TestClock`
 * in virtual time.
 *
 * @since 0.1.0
 * @category running
 */
export const runWith = <R, E>(makeLayer: () => Layer.Layer<Ec2.Ec2 | R, E>, time: TimeMode) =>
<A, E2>(body: Effect.Effect<A, E2, Ec2.Ec2 | R>): Promise<A> => {
  const withWorld = Effect.provide(body, Layer.fresh(makeLayer()))
  return Effect.runPromise(
    (time === "virtual" ? Effect.provide(withWorld, TestClock.layer()) : withWorld) as Effect.Effect<A, unknown>
  )
}

/**
 * Default waiter options.
 *
 * @since 0.1.0
 * @category time
 */
export const waiterOptions = (maxWaitTime: Duration.Input = "10 minutes"): Waiters.WaiterOptions => ({ maxWaitTime })

/**
 * The default AMI lookup: the newest available x86_64 image owned by `amazon`.
 *
 * @since 0.1.0
 * @category fixtures
 */
export const defaultImageId: Effect.Effect<string, Ec2Error.Ec2Error, Ec2.Ec2> = Ec2.Ec2.use((ec2) =>
  ec2.describeImages({
    Owners: ["amazon"],
    Filters: [{ Name: "architecture", Values: ["x86_64"] }, { Name: "state", Values: ["available"] }]
  })
).pipe(Effect.flatMap((r) => {
  const images = [...(r.Images ?? [])].sort((a, b) => String(b.CreationDate ?? "").localeCompare(String(a.CreationDate ?? "")))
  const id = images[0]?.ImageId
  return id === undefined ? Effect.die(new Error("no amazon x86_64 image")) : Effect.succeed(id)
}))

/**
 * A duration in milliseconds.
 *
 * @since 0.1.0
 * @category time
 */
export const millis = (d: Duration.Input): number => Duration.toMillis(Duration.fromInputUnsafe(d))
