/**
 * Conformance group: EBS volumes. Registered by `Conformance.suite`, whose body held it before it had a module
 * of its own.
 *
 * @since 0.1.0
 */
import { Waiters } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite, type Svc } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, waitOpts, settle, pass } = s
  describe("volumes", () => {
    const volumeAvailable = (id: string) => settle(Waiters.waitUntilVolumeAvailable({ VolumeIds: [id] }, waitOpts))
    const volumeInUse = (id: string) => settle(Waiters.waitUntilVolumeInUse({ VolumeIds: [id] }, waitOpts))
    /**
     * Waits until DeleteVolume has finished, as the SDK's `VolumeDeleted` waiter does (success on state
     * `deleted` or `InvalidVolume.NotFound`, retry every 15 s, 40 attempts — botocore ec2 waiters-2.json).
     * AWS answers DeleteVolume while the volume is still `deleting` ("The volume can remain in the deleting
     * state for several minutes" — https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-volume.html,
     * read 2026-11), so asserting NotFound right after DeleteVolume races the backend.
     */
    const volumeDeleted = (ec2: Svc, VolumeId: string) =>
      Effect.gen(function*() {
        for (let attempt = 0; attempt < 40; attempt++) {
          const r = yield* Effect.result(ec2.describeVolumes({ VolumeIds: [VolumeId] }))
          if (r._tag === "Failure") {
            expect(r.failure.code).toBe("InvalidVolume.NotFound")
            return
          }
          const state = r.success.Volumes?.[0]?.State
          if (state === "deleted") return
          expect(state, `${VolumeId} after DeleteVolume`).toBe("deleting")
          yield* pass("15 seconds")
        }
        expect.fail(`${VolumeId} still deleting after 40 attempts`)
      })

    it("create → available, attach in the same AZ → in-use; DeleteVolume while attached is VolumeInUse", () =>
      world((t) => Effect.gen(function*() {
        const inst = (yield* t.launch())[0]!
        const id = inst.InstanceId!
        const az = inst.Placement!.AvailabilityZone!
        yield* t.running(id)
        const v = yield* H.orDieWithCode(t.ec2.createVolume({ AvailabilityZone: az, Size: 8, VolumeType: "gp3" }))
        expect(v.State).toBe("creating")
        expect([v.Iops, v.Throughput]).toEqual([3000, 125])
        yield* volumeAvailable(v.VolumeId!)
        const att = yield* H.orDieWithCode(t.ec2.attachVolume({ VolumeId: v.VolumeId!, InstanceId: id, Device: "/dev/sdf" }))
        expect(att.State).toBe("attaching")
        yield* volumeInUse(v.VolumeId!)
        yield* H.expectError(
          t.ec2.deleteVolume({ VolumeId: v.VolumeId! }),
          "VolumeInUse",
          `Volume ${v.VolumeId} is currently attached to ${id}`
        )
        yield* H.expectError(
          t.ec2.attachVolume({ VolumeId: v.VolumeId!, InstanceId: id, Device: "/dev/sdg" }),
          "VolumeInUse",
          `${v.VolumeId} is already attached to an instance`
        )
        yield* H.orDieWithCode(t.ec2.detachVolume({ VolumeId: v.VolumeId! }))
        yield* volumeAvailable(v.VolumeId!)
        yield* H.orDieWithCode(t.ec2.deleteVolume({ VolumeId: v.VolumeId! }))
        yield* volumeDeleted(t.ec2, v.VolumeId!)
        yield* H.expectError(
          t.ec2.describeVolumes({ VolumeIds: [v.VolumeId!] }),
          "InvalidVolume.NotFound",
          `The volume '${v.VolumeId}' does not exist.`
        )
      })))

    it("attaching a volume from another AZ is InvalidVolume.ZoneMismatch", () =>
      world((t) => Effect.gen(function*() {
        const inst = (yield* t.launch())[0]!
        const id = inst.InstanceId!
        const az = inst.Placement!.AvailabilityZone!
        const other = (yield* t.zones).find((z) => z !== az)!
        yield* t.running(id)
        const v = yield* H.orDieWithCode(t.ec2.createVolume({ AvailabilityZone: other, Size: 8, VolumeType: "gp3" }))
        yield* volumeAvailable(v.VolumeId!)
        yield* H.expectError(
          t.ec2.attachVolume({ VolumeId: v.VolumeId!, InstanceId: id, Device: "/dev/sdf" }),
          "InvalidVolume.ZoneMismatch",
          `The volume '${v.VolumeId}' is not in the same availability zone as instance '${id}'`
        )
      })))

    it("gp3 IOPS above 500 per GiB is InvalidParameterValue with AWS's ratio text", () =>
      world((t) => Effect.gen(function*() {
        const az = (yield* t.zones)[0]!
        yield* H.expectError(
          t.ec2.createVolume({ AvailabilityZone: az, Size: 10, VolumeType: "gp3", Iops: 6000 }),
          "InvalidParameterValue",
          "Iops to volume size ratio of 600.000000 is too high; maximum is 500"
        )
      })))
  })
}
