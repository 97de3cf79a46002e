import { Clock, Effect, Fiber, Layer, Random } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import * as Ec2 from "../src/Ec2.js"
import * as Ec2Error from "../src/Ec2Error.js"
import type * as Shapes from "../src/Ec2Shapes.js"
import * as Lifecycle from "../src/Lifecycle.js"
import * as Waiters from "../src/Waiters.js"

type Step = Lifecycle.StateName | "notfound"
// A fake Ec2 whose DescribeInstances answers the scripted states in turn (the last one repeats),
// recording the virtual time of each call.
const scripted = (steps: ReadonlyArray<Step>, calls: Array<number>) => {
  let i = 0
  return Layer.succeed(Ec2.Ec2, Ec2.makePartial({
    describeInstances: () => Effect.gen(function*() {
      calls.push(yield* Clock.currentTimeMillis)
      const s = steps[Math.min(i++, steps.length - 1)]!
      if (s === "notfound") return yield* Ec2Error.fail("InvalidInstanceID.NotFound", "The instance ID 'i-0123abcd' does not exist")
      return { Reservations: [{ Instances: [{ InstanceId: "i-0123abcd", State: Lifecycle.state(s) }] }] } satisfies Shapes.DescribeInstancesResult
    })
  }))
}
const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2>, layer: Layer.Layer<Ec2.Ec2>) =>
  Effect.runPromise(Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(Effect.result(self))
    yield* TestClock.adjust("2 hours")
    return yield* Fiber.join(fiber)
  }).pipe(Effect.provide([layer, TestClock.layer()]), Random.withSeed("waiters")))

const req = { InstanceIds: ["i-0123abcd"] }

describe("waiters", () => {
  it("succeeds with the response once every instance is running", async () => {
    const calls: Array<number> = []
    const r: any = await run(Waiters.waitUntilInstanceRunning(req, { maxWaitTime: "10 minutes" }), scripted(["pending", "pending", "running"], calls))
    expect(r._tag).toBe("Success")
    expect(r.success.Reservations[0].Instances[0].State.Name).toBe("running")
    expect(calls).toHaveLength(3)
    expect(calls[0]).toBe(0)
  })

  it("retries on InvalidInstanceID.NotFound", async () => {
    const calls: Array<number> = []
    const r: any = await run(Waiters.waitUntilInstanceRunning(req, { maxWaitTime: "10 minutes" }), scripted(["notfound", "notfound", "running"], calls))
    expect(r._tag).toBe("Success")
    expect(calls).toHaveLength(3)
  })

  it("a failure acceptor fails with WaiterFailure", async () => {
    const calls: Array<number> = []
    const r: any = await run(Waiters.waitUntilInstanceRunning(req, { maxWaitTime: "10 minutes" }), scripted(["pending", "shutting-down"], calls))
    expect(r._tag).toBe("Failure")
    expect(r.failure).toBeInstanceOf(Waiters.WaiterFailure)
    expect([r.failure.waiter, r.failure.attempts]).toEqual(["InstanceRunning", 2])
  })

  it("times out with WaiterTimeout before maxWaitTime passes", async () => {
    const calls: Array<number> = []
    const r: any = await run(Waiters.waitUntilInstanceStopped(req, { maxWaitTime: "5 minutes" }), scripted(["stopping"], calls))
    expect(r._tag).toBe("Failure")
    expect(r.failure).toBeInstanceOf(Waiters.WaiterTimeout)
    expect(calls.every((t) => t <= 300_000)).toBe(true)
    expect(r.failure.attempts).toBe(calls.length)
  })

  it("delays follow the SDK's backoff: first call at once, then within [min, min(max, min*2^(n-1))], then max", async () => {
    const calls: Array<number> = []
    await run(Waiters.waitUntilInstanceTerminated(req, { maxWaitTime: "30 minutes" }), scripted(["shutting-down"], calls))
    const gaps = calls.slice(1).map((t, i) => t - calls[i]!)
    expect(calls[0]).toBe(0)
    gaps.forEach((g, i) => {
      const n = i + 1
      const ceiling = Math.log(120 / 15) / Math.log(2) + 1
      if (calls[n]! + 1 >= 30 * 60_000 - 120_000) return // last delays may be cut at the deadline
      if (n > ceiling) expect(g).toBeCloseTo(120_000, 3)
      else {
        expect(g).toBeGreaterThanOrEqual(15_000 - 1e-6)
        expect(g).toBeLessThanOrEqual(Math.min(120_000, 15_000 * 2 ** (n - 1)) + 1e-6)
      }
    })
    expect(gaps.length).toBeGreaterThan(5)
  })

  it("backoffDelay mirrors @smithy/core's exponentialBackoffWithJitter", () => {
    expect(Waiters.backoffDelay(15_000, 120_000, 1, 0, 1e9, 0.99)).toBe(15_000)
    expect(Waiters.backoffDelay(15_000, 120_000, 3, 0, 1e9, 0.5)).toBe(15_000 + 0.5 * 45_000)
    expect(Waiters.backoffDelay(15_000, 120_000, 5, 0, 1e9, 0.5)).toBe(120_000)
    expect(Waiters.backoffDelay(15_000, 120_000, 3, 0, 20_000, 0.5)).toBe(19_500)
  })

  it("volume and snapshot waiters use their acceptors", async () => {
    const layer = Layer.succeed(Ec2.Ec2, Ec2.makePartial({
      describeVolumes: () => Effect.succeed({ Volumes: [{ VolumeId: "vol-0123abcd", State: "deleted" as const }] }),
      describeSnapshots: () => Effect.succeed({ Snapshots: [{ SnapshotId: "snap-0123abcd", State: "completed" as const }] })
    }))
    const v: any = await run(Waiters.waitUntilVolumeAvailable({}, { maxWaitTime: "10 minutes" }), layer)
    expect(v.failure).toBeInstanceOf(Waiters.WaiterFailure)
    const s: any = await run(Waiters.waitUntilSnapshotCompleted({}, { maxWaitTime: "10 minutes" }), layer)
    expect(s._tag).toBe("Success")
  })
})
