/**
 * Conformance group: placement groups. Registered by `Conformance.suite`, whose body held it before it had a
 * module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, InstanceType } = s
  describe("placement groups", () => {
    it("spread (rack): 7 running instances per AZ, the 8th is InsufficientInstanceCapacity", () =>
      world((t) => Effect.gen(function*() {
        const GroupName = `spread-${t.runId}`
        yield* H.orDieWithCode(t.ec2.createPlacementGroup({ GroupName, Strategy: "spread" }))
        const az = (yield* t.zones)[0]!
        const Placement = { GroupName, AvailabilityZone: az }
        const seven = yield* t.launch({ MinCount: 7, MaxCount: 7, Placement })
        expect(seven).toHaveLength(7)
        yield* H.expectError(
          t.tryLaunch({ Placement }),
          "InsufficientInstanceCapacity",
          new RegExp(`^We currently do not have sufficient ${InstanceType.replace(".", "\\.")} capacity in the Availability Zone you requested \\(${az}\\)`)
        )
        const [, other] = yield* t.zones
        expect(yield* t.launch({ Placement: { GroupName, AvailabilityZone: other! } })).toHaveLength(1)
      })))

    it("cluster: a second AZ is InvalidPlacementGroup.InUse; DeletePlacementGroup in use is refused", () =>
      world((t) => Effect.gen(function*() {
        const GroupName = `cluster-${t.runId}`
        yield* H.orDieWithCode(t.ec2.createPlacementGroup({ GroupName, Strategy: "cluster" }))
        const [az, other] = yield* t.zones
        // cluster needs a supported type; c5.large is the smallest common one
        yield* t.launch({ InstanceType: "c5.large", Placement: { GroupName, AvailabilityZone: az! } })
        yield* H.expectError(
          t.tryLaunch({ InstanceType: "c5.large", Placement: { GroupName, AvailabilityZone: other! } }),
          "InvalidPlacementGroup.InUse",
          `The placement group '${GroupName}' is in use in another availability zone: ${az}`
        )
        yield* H.expectError(
          t.ec2.deletePlacementGroup({ GroupName }),
          "InvalidPlacementGroup.InUse",
          `The placement group '${GroupName}' is in use and may not be deleted.`
        )
        yield* H.expectError(
          t.ec2.createPlacementGroup({ GroupName, Strategy: "cluster" }),
          "InvalidPlacementGroup.Duplicate",
          `The placement group '${GroupName}' already exists.`
        )
        yield* H.expectError(
          t.tryLaunch({ Placement: { GroupName: `none-${t.runId}` } }),
          "InvalidPlacementGroup.Unknown",
          `The Placement Group 'none-${t.runId}' is unknown.`
        )
      })))
  })
}
