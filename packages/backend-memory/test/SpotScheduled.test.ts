/**
 * A Spot request with a future `ValidFrom`, as a client that describes it while it waits sees it
 * (found by boto3's `spot_instance_request_fulfilled` waiter in RealClients.purchasing.clients.test.ts):
 * after its first evaluation it is `open` / `not-scheduled-yet` until its start date, then fulfilled.
 * AWS: `not-scheduled-yet` — "The Spot request will not be evaluated until the scheduled date"
 * (UG23 `spot-request-status.md`; shared/docs/purchasing-facts.md §3.2).
 */
import { Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2 } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { image } from "./world.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor>) =>
  Effect.runPromise(Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer({ seed: 1 })))).pipe(Effect.provide(TestClock.layer())))

/** Requests one Spot instance valid from `lead` ms ahead, and describes it at `looks` ms after the request. */
const scheduled = (lead: number, looks: ReadonlyArray<number>) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
    const [made] = (yield* ec2.requestSpotInstances({
      ValidFrom: new Date(now + lead),
      LaunchSpecification: { ImageId: yield* image, InstanceType: "m5.large", Placement: { AvailabilityZone: "us-east-1a" } }
    })).SpotInstanceRequests!
    const seen: Array<{ at: number; State?: string; Code?: string; InstanceId?: string }> = []
    let at = 0
    for (const look of looks) {
      yield* TestClock.adjust(Duration.millis(look - at))
      at = look
      const r = (yield* ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [made!.SpotInstanceRequestId!] })).SpotInstanceRequests![0]!
      seen.push({ at, ...(r.State !== undefined ? { State: r.State } : {}), ...(r.Status?.Code !== undefined ? { Code: r.Status.Code } : {}), ...(r.InstanceId !== undefined ? { InstanceId: r.InstanceId } : {}) })
    }
    return { made: { State: made!.State, Code: made!.Status?.Code }, seen }
  })

describe("Spot requests with a future ValidFrom", () => {
  it("are pending-evaluation when made, not-scheduled-yet once evaluated, fulfilled at their start date", async () => {
    const out = await run(scheduled(60_000, [1, 59_999, 60_000]))
    expect(out.made).toEqual({ State: "open", Code: "pending-evaluation" })
    expect(out.seen.map(({ at, State, Code }) => [at, State, Code])).toEqual([
      [1, "open", "not-scheduled-yet"],
      [59_999, "open", "not-scheduled-yet"],
      [60_000, "active", "fulfilled"]
    ])
    expect(out.seen[2]!.InstanceId).toMatch(/^i-[0-9a-f]{17}$/)
  })

  it("property: at any instant before ValidFrom the request is open and not-scheduled-yet, with no instance", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 7 * 24 * 3_600_000 }), fc.double({ min: 0, max: 1, noNaN: true }), async (lead, where) => {
        const look = Math.min(lead - 1, Math.max(1, Math.floor(lead * where)))
        const out = await run(scheduled(lead, [look]))
        expect(out.seen).toEqual([{ at: look, State: "open", Code: "not-scheduled-yet" }])
      }),
      { numRuns: CI ? 1000 : 50 }
    )
  })
})
