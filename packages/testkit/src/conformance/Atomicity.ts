/**
 * Conformance group: multi-resource requests are atomic: a bad member fails the whole request and changes
 * nothing. Registered by `Conformance.suite`, whose body held it before it had a module of its own.
 *
 * @since 0.1.0
 */
import { Waiters } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Ctx, idOf, type RunInput, st, type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, waitOpts, settle } = s
  describe("atomicity", () => {
    // "If you specify multiple instances and the request fails (for example, because of a single incorrect
    // instance ID), none of the instances are terminated"; with termination protection, "The specified
    // instances that are in the same Availability Zone as the protected instance are not terminated" —
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html (read 2026-12).
    // Every other multi-resource request is atomic (docs/contributing.md); the one documented exception,
    // protection across zones, has its own test below.
    const ghost = "i-0000000000000dead"
    const terminationProtected = (id: string) =>
      `The instance '${id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`
    // console text "Failed to stop the instance i-…. The instance 'i-…' may not be stopped. Modify its
    // 'disableApiStop' instance attribute and try again." (core Lifecycle.stopProtected cites it)
    const stopProtected = (id: string) =>
      `The instance '${id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`
    // OBS burstable-ai/burst#42, cloud-custodian (ec2-facts §5.2)
    const cannotStart = (id: string) => `The instance '${id}' is not in a state from which it can be started.`
    // text unverified (Eucalyptus's; ec2-facts §5.2)
    const cannotStop = (id: string) => `This instance '${id}' is not in a state from which it can be stopped.`
    // text unverified, shaped like the start text (core Lifecycle.cannotReboot)
    const cannotReboot = (id: string) => `The instance '${id}' is not in a state from which it can be rebooted.`

    /** What a client can see of `ids`: every instance as DescribeInstances answers it, in id order. */
    const view = (t: Ctx, ids: ReadonlyArray<string>) =>
      H.orDieWithCode(t.ec2.describeInstances({ InstanceIds: [...ids] })).pipe(
        Effect.map((r) =>
          (r.Reservations ?? []).flatMap((x) => x.Instances ?? []).sort((a, b) => a.InstanceId!.localeCompare(b.InstanceId!))
        )
      )
    /** `call` fails with `code`/`message` and every instance of `ids` is as it was before (describe before == after). */
    const refusedAndUnchanged = <A>(
      t: Ctx,
      ids: ReadonlyArray<string>,
      call: Effect.Effect<A, import("@ec2kit/core").Ec2Error.Ec2Error>,
      code: string,
      message: string
    ) =>
      Effect.gen(function*() {
        const before = yield* view(t, ids)
        expect(before).toHaveLength(ids.length)
        yield* H.expectError(call, code, message)
        expect(yield* view(t, ids)).toEqual(before)
      })
    /** Two instances from one launch and a third in the same AZ with `extra`, all running. */
    const threeInOneAz = (t: Ctx, extra: Partial<RunInput>) =>
      Effect.gen(function*() {
        const pair = yield* t.launch({ MinCount: 2, MaxCount: 2 })
        expect(pair).toHaveLength(2)
        const az = pair[0]!.Placement!.AvailabilityZone!
        const third = idOf(yield* t.launch({ ...extra, Placement: { AvailabilityZone: az } }))
        const [a, b] = [idOf(pair, 0), idOf(pair, 1)]
        for (const id of [a, b, third]) yield* t.running(id)
        return [a, b, third] as const
      })

    it("one unknown id in TerminateInstances terminates none", () =>
      world((t) => Effect.gen(function*() {
        const ids = (yield* t.launch({ MinCount: 2, MaxCount: 2 })).map((i) => i.InstanceId!)
        expect(ids).toHaveLength(2)
        yield* Effect.forEach(ids, t.running)
        yield* refusedAndUnchanged(
          t,
          ids,
          t.ec2.terminateInstances({ InstanceIds: [ids[0]!, ghost, ids[1]!] }),
          "InvalidInstanceID.NotFound",
          `The instance ID '${ghost}' does not exist`
        )
        for (const id of ids) expect((yield* t.describe(id)).State).toEqual(st("running"))
      })))

    it("one termination-protected instance in TerminateInstances fails the request and terminates none", () =>
      world((t) => Effect.gen(function*() {
        const [a, b, p] = yield* threeInOneAz(t, { DisableApiTermination: true })
        // wherever the protected id stands in the list
        for (const InstanceIds of [[a, p, b], [p, a, b], [a, b, p]]) {
          yield* refusedAndUnchanged(t, [a, b, p], t.ec2.terminateInstances({ InstanceIds }), "OperationNotPermitted", terminationProtected(p))
        }
        // …and when the protected instance is stopped
        yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [p] }))
        yield* t.stopped(p)
        yield* refusedAndUnchanged(t, [a, b, p], t.ec2.terminateInstances({ InstanceIds: [a, p, b] }), "OperationNotPermitted", terminationProtected(p))
        for (const id of [a, b]) expect((yield* t.describe(id)).State).toEqual(st("running"))
        expect((yield* t.describe(p)).State).toEqual(st("stopped"))
      })))

    it("a termination-protected instance in one AZ keeps its AZ's instances; other AZs' instances terminate (AWS's documented split)", () =>
      world((t) => Effect.gen(function*() {
        // AWS's own example: A, B in one zone, not protected; C protected and D in another zone.
        // "Instance A and Instance B are successfully terminated …; Instance C and Instance D fail to
        // terminate" and "the request reports failure" (API_TerminateInstances, read 2026-12-06)
        const zones = yield* t.zones
        expect(zones.length).toBeGreaterThanOrEqual(2)
        const [z1, z2] = [zones[0]!, zones[1]!]
        const a = idOf(yield* t.launch({ Placement: { AvailabilityZone: z1 } }))
        const b = idOf(yield* t.launch({ Placement: { AvailabilityZone: z1 } }))
        const c = idOf(yield* t.launch({ Placement: { AvailabilityZone: z2 }, DisableApiTermination: true }))
        const d = idOf(yield* t.launch({ Placement: { AvailabilityZone: z2 } }))
        for (const id of [a, b, c, d]) yield* t.running(id)
        const before = yield* view(t, [c, d])
        yield* H.expectError(t.ec2.terminateInstances({ InstanceIds: [a, c, b, d] }), "OperationNotPermitted", terminationProtected(c))
        expect(yield* view(t, [c, d])).toEqual(before)
        for (const id of [a, b]) expect(["shutting-down", "terminated"]).toContain((yield* t.describe(id)).State?.Name)
        // DryRun answers the protection and terminates nothing
        const e = idOf(yield* t.launch({ Placement: { AvailabilityZone: z1 } }))
        yield* t.running(e)
        yield* refusedAndUnchanged(t, [c, d, e], t.ec2.terminateInstances({ InstanceIds: [e, c], DryRun: true }), "OperationNotPermitted", terminationProtected(c))
      })))

    it("one stop-protected instance in StopInstances fails the request and stops none", () =>
      world((t) => Effect.gen(function*() {
        const [a, b, p] = yield* threeInOneAz(t, { DisableApiStop: true })
        for (const InstanceIds of [[a, p, b], [p, a, b], [a, b, p]]) {
          yield* refusedAndUnchanged(t, [a, b, p], t.ec2.stopInstances({ InstanceIds }), "OperationNotPermitted", stopProtected(p))
        }
        yield* refusedAndUnchanged(t, [a, b, p], t.ec2.stopInstances({ InstanceIds: [a, p, b], Force: true }), "OperationNotPermitted", stopProtected(p))
        for (const id of [a, b, p]) expect((yield* t.describe(id)).State).toEqual(st("running"))
      })))

    it("one pending instance in StopInstances stops none", () =>
      world((t) => Effect.gen(function*() {
        const a = idOf(yield* t.launch())
        yield* t.running(a)
        const b = idOf(yield* t.launch())
        const before = yield* view(t, [a])
        yield* H.expectError(
          t.ec2.stopInstances({ InstanceIds: [a, b] }),
          "IncorrectInstanceState",
          `Instance '${b}' cannot be stopped as it has never reached the 'running' state.`
        )
        // (b itself may have moved on to running meanwhile in real time; it never stops)
        expect(yield* view(t, [a])).toEqual(before)
        expect(["pending", "running"]).toContain((yield* t.describe(b)).State?.Name)
      })))

    it("one terminated instance in StopInstances stops none", () =>
      world((t) => Effect.gen(function*() {
        const [a, b, c] = yield* threeInOneAz(t, {})
        yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [c] }))
        yield* t.terminated(c)
        yield* refusedAndUnchanged(t, [a, b, c], t.ec2.stopInstances({ InstanceIds: [a, c, b] }), "IncorrectInstanceState", cannotStop(c))
      })))

    it("one terminated instance in StartInstances starts none", () =>
      world((t) => Effect.gen(function*() {
        const [a, b, c] = yield* threeInOneAz(t, {})
        yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [a, b] }))
        yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [c] }))
        yield* t.stopped(a)
        yield* t.stopped(b)
        yield* t.terminated(c)
        for (const InstanceIds of [[a, c, b], [c, a, b], [a, b, c]]) {
          yield* refusedAndUnchanged(t, [a, b, c], t.ec2.startInstances({ InstanceIds }), "IncorrectInstanceState", cannotStart(c))
        }
        for (const id of [a, b]) expect((yield* t.describe(id)).State).toEqual(st("stopped"))
      })))

    it("one stopped instance in RebootInstances reboots none", () =>
      world((t) => Effect.gen(function*() {
        const [a, b, s] = yield* threeInOneAz(t, {})
        yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [s] }))
        yield* t.stopped(s)
        yield* refusedAndUnchanged(t, [a, b, s], t.ec2.rebootInstances({ InstanceIds: [a, s, b] }), "IncorrectInstanceState", cannotReboot(s))
        // and without the stopped one, the same request succeeds
        yield* H.orDieWithCode(t.ec2.rebootInstances({ InstanceIds: [a, b] }))
      })))

    it("one unknown resource in CreateTags/DeleteTags tags and untags none", () =>
      world((t) => Effect.gen(function*() {
        const a = idOf(yield* t.launch({}, [{ Key: "keep", Value: "1" }]))
        const notFound = `The instance ID '${ghost}' does not exist`
        yield* refusedAndUnchanged(
          t,
          [a],
          t.ec2.createTags({ Resources: [a, ghost], Tags: [{ Key: "added", Value: "x" }] }),
          "InvalidInstanceID.NotFound",
          notFound
        )
        yield* refusedAndUnchanged(t, [a], t.ec2.deleteTags({ Resources: [ghost, a], Tags: [{ Key: "keep" }] }), "InvalidInstanceID.NotFound", notFound)
        expect((yield* t.describe(a)).Tags?.find((x) => x.Key === "keep")?.Value).toBe("1")
      })))

    it("one resource at its 50-tag limit in CreateTags tags none", () =>
      world((t) => Effect.gen(function*() {
        const a = idOf(yield* t.launch())
        const full = idOf(yield* t.launch())
        // the run tag + 49 = 50 user tags
        yield* H.orDieWithCode(t.ec2.createTags({ Resources: [full], Tags: Array.from({ length: 49 }, (_, i) => ({ Key: `k${i}`, Value: "v" })) }))
        // OBS: "The resultant tag set must not have more than 50 user tags." (openshift/hive#2679, 2025)
        yield* refusedAndUnchanged(
          t,
          [a, full],
          t.ec2.createTags({ Resources: [a, full], Tags: [{ Key: "one-more", Value: "x" }] }),
          "TagLimitExceeded",
          "The resultant tag set must not have more than 50 user tags."
        )
      })))

    it("a refused AttachVolume, DetachVolume, DeleteVolume or ModifyVolume changes no volume and no instance", () =>
      world((t) => Effect.gen(function*() {
        const inst = (yield* t.launch())[0]!
        const id = inst.InstanceId!
        const az = inst.Placement!.AvailabilityZone!
        const other = (yield* t.zones).find((z) => z !== az)!
        const running = yield* t.running(id)
        const rootDevice = running.RootDeviceName!
        const root = (running.BlockDeviceMappings ?? []).find((m) => m.DeviceName === rootDevice)?.Ebs?.VolumeId
        expect(root).toMatch(/^vol-/)
        const create = (AvailabilityZone: string) =>
          H.orDieWithCode(t.ec2.createVolume({ AvailabilityZone, Size: 8, VolumeType: "gp3" })).pipe(Effect.map((v) => v.VolumeId!))
        const [attached, free, far] = [yield* create(az), yield* create(az), yield* create(other)]
        for (const v of [attached, free, far]) yield* settle(Waiters.waitUntilVolumeAvailable({ VolumeIds: [v] }, waitOpts))
        yield* H.orDieWithCode(t.ec2.attachVolume({ VolumeId: attached, InstanceId: id, Device: "/dev/sdf" }))
        yield* settle(Waiters.waitUntilVolumeInUse({ VolumeIds: [attached] }, waitOpts))
        const volumes = [root!, attached, free, far]
        const modifications = (VolumeId: string) =>
          Effect.result(t.ec2.describeVolumesModifications({ VolumeIds: [VolumeId] })).pipe(
            Effect.map((r) => (r._tag === "Success" ? { ok: r.success.VolumesModifications ?? [] } : { error: r.failure.code }))
          )
        const everything = Effect.gen(function*() {
          const v = yield* H.orDieWithCode(t.ec2.describeVolumes({ VolumeIds: volumes }))
          const m = yield* Effect.forEach(volumes, modifications)
          return { volumes: [...(v.Volumes ?? [])].sort((x, y) => x.VolumeId!.localeCompare(y.VolumeId!)), modifications: m, instances: yield* view(t, [id]) }
        })
        const refused = <A>(call: Effect.Effect<A, import("@ec2kit/core").Ec2Error.Ec2Error>, code: string, message: string) =>
          Effect.gen(function*() {
            const before = yield* everything
            yield* H.expectError(call, code, message)
            expect(yield* everything).toEqual(before)
          })
        // AttachVolume: a volume from another AZ; a device the instance already uses (a data volume's, the root's);
        // a volume already attached
        yield* refused(
          t.ec2.attachVolume({ VolumeId: far, InstanceId: id, Device: "/dev/sdg" }),
          "InvalidVolume.ZoneMismatch",
          `The volume '${far}' is not in the same availability zone as instance '${id}'`
        )
        // OBS kopeio/etcd-manager#323, thenickdude/snap-to-s3#9
        for (const Device of ["/dev/sdf", rootDevice]) {
          yield* refused(
            t.ec2.attachVolume({ VolumeId: free, InstanceId: id, Device }),
            "InvalidParameterValue",
            `Invalid value '${Device}' for unixDevice. Attachment point ${Device} is already in use`
          )
        }
        // OBS diux-dev/cluster#23
        yield* refused(
          t.ec2.attachVolume({ VolumeId: attached, InstanceId: id, Device: "/dev/sdh" }),
          "VolumeInUse",
          `${attached} is already attached to an instance`
        )
        // DetachVolume of the root volume of a running instance ("To detach the root volume, stop the instance
        // first", API_DetachVolume); OBS text in backend-memory volumes.ts
        yield* refused(
          t.ec2.detachVolume({ VolumeId: root! }),
          "IncorrectState",
          `Unable to detach root volume '${root}' from instance '${id}'`
        )
        // DeleteVolume of an attached volume (OBS NixOS/nixops-aws#104)
        for (const VolumeId of [attached, root!]) {
          yield* refused(t.ec2.deleteVolume({ VolumeId }), "VolumeInUse", `Volume ${VolumeId} is currently attached to ${id}`)
        }
        // ModifyVolume: a valid size with an invalid IOPS, and a valid IOPS with a smaller size, change nothing
        // (gp3 max 80,000 IOPS, quoted in kubernetes-sigs/aws-ebs-csi-driver; aws/aws-cli#4216 for the shrink)
        yield* refused(
          t.ec2.modifyVolume({ VolumeId: free, Size: 1000, Iops: 200_000 }),
          "InvalidParameterValue",
          "Volume iops of 200000 is too high; maximum is 80000"
        )
        yield* refused(
          t.ec2.modifyVolume({ VolumeId: attached, Size: 4, Iops: 4000 }),
          "InvalidParameterValue",
          "New size cannot be smaller than existing size"
        )
      })))
  })
}
