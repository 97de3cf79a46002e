/**
 * Conformance group: EBS snapshots. Registered by `Conformance.suite`, whose body held it before it had a module
 * of its own.
 *
 * @since 0.1.0
 */
import { Waiters } from "@ec2kit/core"
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
  const { world, waitOpts, settle } = s
  describe("snapshots", () => {
    it("snapshot → completed; restore into another AZ; size below the snapshot is rejected; delete → NotFound", () =>
      world((t) => Effect.gen(function*() {
        const [az, other] = yield* t.zones
        const v = yield* H.orDieWithCode(t.ec2.createVolume({ AvailabilityZone: az!, Size: 20, VolumeType: "gp3" }))
        yield* settle(Waiters.waitUntilVolumeAvailable({ VolumeIds: [v.VolumeId!] }, waitOpts))
        const s = yield* H.orDieWithCode(t.ec2.createSnapshot({ VolumeId: v.VolumeId!, Description: t.runId }))
        expect(s.State).toBe("pending")
        expect([s.VolumeId, s.VolumeSize]).toEqual([v.VolumeId, 20])
        const done = yield* settle(Waiters.waitUntilSnapshotCompleted({ SnapshotIds: [s.SnapshotId!] }, waitOpts))
        expect(done.Snapshots?.[0]?.State).toBe("completed")
        const restored = yield* H.orDieWithCode(t.ec2.createVolume({ AvailabilityZone: other!, SnapshotId: s.SnapshotId! }))
        expect([restored.Size, restored.SnapshotId, restored.AvailabilityZone]).toEqual([20, s.SnapshotId, other])
        yield* H.expectError(
          t.ec2.createVolume({ AvailabilityZone: other!, SnapshotId: s.SnapshotId!, Size: 10 }),
          "InvalidParameterValue",
          /size/i
        )
        yield* H.orDieWithCode(t.ec2.deleteSnapshot({ SnapshotId: s.SnapshotId! }))
        yield* H.expectError(
          t.ec2.describeSnapshots({ SnapshotIds: [s.SnapshotId!] }),
          "InvalidSnapshot.NotFound",
          `The snapshot '${s.SnapshotId}' does not exist.`
        )
      })))
  })
}
