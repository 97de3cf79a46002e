import { Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { VolumeRecord } from "../src/internal/Records.js"
import * as I from "../src/operations/instances.js"
import { failure, launch, makeWorld, type StorageWorld, storageState } from "./storageWorld.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const AZ = "us-east-1a"

const volume = (m: StorageWorld, id: string) =>
  Effect.map(m.ec2.describeVolumes({ VolumeIds: [id] }), (r) => r.Volumes![0]!)

const newVolume = (m: StorageWorld, extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const v = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 10, VolumeType: "gp3", ...extra })
    yield* TestClock.adjust("2 seconds")
    return v.VolumeId!
  })

describe("CreateVolume", () => {
  it("creates a volume creating → available with the effective performance and tags", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const v = yield* m.ec2.createVolume({
        AvailabilityZone: AZ,
        Size: 100,
        VolumeType: "gp3",
        TagSpecifications: [{ ResourceType: "volume", Tags: [{ Key: "Name", Value: "data" }] }]
      })
      expect(v.State).toBe("creating")
      expect(v).toMatchObject({ Size: 100, VolumeType: "gp3", Iops: 3000, Throughput: 125, SnapshotId: "", AvailabilityZoneId: "use1-az1" })
      expect(v.Tags).toEqual([{ Key: "Name", Value: "data" }])
      yield* TestClock.adjust("1 second")
      expect((yield* volume(m, v.VolumeId!)).State).toBe("creating")
      yield* TestClock.adjust("1 second")
      expect((yield* volume(m, v.VolumeId!)).State).toBe("available")
      const gp2 = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 100 })
      expect(gp2).toMatchObject({ VolumeType: "gp2", Iops: 300 })
      expect(gp2.Throughput).toBeUndefined()
    })))

  it("fails with AWS's errors and changes nothing", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const before = yield* storageState(m)
      expect(yield* failure(m.ec2.createVolume({ Size: 10 }))).toEqual({
        code: "MissingParameter",
        message: "The request must contain the parameter zone"
      })
      expect(yield* failure(m.ec2.createVolume({ AvailabilityZone: "us-east-1z", Size: 10 }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid availability zone: [us-east-1z]"
      })
      expect(yield* failure(m.ec2.createVolume({ AvailabilityZone: AZ, Size: 10, VolumeType: "gp3", Iops: 6000 }))).toEqual({
        code: "InvalidParameterValue",
        message: "Iops to volume size ratio of 600.000000 is too high; maximum is 500"
      })
      expect(yield* failure(m.ec2.createVolume({ AvailabilityZone: AZ, SnapshotId: "snap-0123456789abcdef0" }))).toEqual({
        code: "InvalidSnapshot.NotFound",
        message: "The snapshot 'snap-0123456789abcdef0' does not exist."
      })
      expect(yield* failure(m.ec2.createVolume({ AvailabilityZone: AZ, SnapshotId: "snap-nope" }))).toMatchObject({
        code: "InvalidSnapshotID.Malformed"
      })
      expect(yield* failure(m.ec2.createVolume({
        AvailabilityZone: AZ,
        Size: 1,
        TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "a", Value: "b" }] }]
      }))).toEqual({ code: "InvalidParameterValue", message: "'instance' is not a valid taggable resource type for this operation." })
      expect(yield* failure(m.ec2.createVolume({ AvailabilityZone: AZ, Size: 10, DryRun: true }))).toEqual({
        code: "DryRunOperation",
        message: "Request would have succeeded, but DryRun flag is set."
      })
      expect(yield* storageState(m)).toBe(before)
    })))
})

describe("AttachVolume / DetachVolume", () => {
  it("attaches attaching → attached and detaches detaching → available, in the instance's block devices", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const vol = yield* newVolume(m)
      const a = yield* m.ec2.attachVolume({ VolumeId: vol, InstanceId: inst.InstanceId, Device: "/dev/sdf" })
      expect(a).toMatchObject({ VolumeId: vol, InstanceId: inst.InstanceId, Device: "/dev/sdf", State: "attaching", DeleteOnTermination: false })
      let v = yield* volume(m, vol)
      expect(v.State).toBe("in-use")
      expect(v.Attachments![0]!.State).toBe("attaching")
      yield* TestClock.adjust("2 seconds")
      v = yield* volume(m, vol)
      expect(v.Attachments![0]!.State).toBe("attached")
      const filtered = yield* m.ec2.describeVolumes({
        Filters: [{ Name: "attachment.instance-id", Values: [inst.InstanceId] }, { Name: "attachment.device", Values: ["/dev/sd?"] }]
      })
      expect(filtered.Volumes!.map((x) => x.VolumeId)).toEqual([vol])
      const bdm = yield* m.engine.read((w) => w.get("instances", inst.InstanceId)!.BlockDeviceMappings.map((b) => b.DeviceName))
      expect(bdm).toEqual(["/dev/xvda", "/dev/sdf"])
      const d = yield* m.ec2.detachVolume({ VolumeId: vol })
      expect(d.State).toBe("detaching")
      expect((yield* volume(m, vol)).Attachments![0]!.State).toBe("detaching")
      yield* TestClock.adjust("2 seconds")
      v = yield* volume(m, vol)
      expect(v.State).toBe("available")
      expect(v.Attachments).toEqual([])
      const after = yield* m.engine.read((w) => w.get("instances", inst.InstanceId)!.BlockDeviceMappings.map((b) => b.DeviceName))
      expect(after).toEqual(["/dev/xvda"])
    })))

  it("answers every attach error with AWS's code and message, changing nothing", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const other = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const vol = yield* newVolume(m)
      const elsewhere = yield* newVolume(m, { AvailabilityZone: "us-east-1b" })
      yield* m.ec2.attachVolume({ VolumeId: vol, InstanceId: inst.InstanceId, Device: "/dev/sdf" })
      const before = yield* storageState(m)
      const i = inst.InstanceId
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: elsewhere, InstanceId: i, Device: "/dev/sdg" }))).toEqual({
        code: "InvalidVolume.ZoneMismatch",
        message: `The volume '${elsewhere}' is not in the same availability zone as instance '${i}'`
      })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: vol, InstanceId: other.InstanceId, Device: "/dev/sdf" }))).toEqual({
        code: "VolumeInUse",
        message: `${vol} is already attached to an instance`
      })
      const third = yield* newVolume(m)
      const before2 = yield* storageState(m)
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: third, InstanceId: i, Device: "/dev/sdf" }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid value '/dev/sdf' for unixDevice. Attachment point /dev/sdf is already in use"
      })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: third, InstanceId: i, Device: "/dev/xvda" }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid value '/dev/xvda' for unixDevice. Attachment point /dev/xvda is already in use"
      })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: third, InstanceId: i, Device: "/dev/foo" }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value (/dev/foo) for parameter device is invalid. /dev/foo is not a valid EBS device name."
      })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: "vol-0123456789abcdef0", InstanceId: i, Device: "/dev/sdh" }))).toEqual({
        code: "InvalidVolume.NotFound",
        message: "The volume 'vol-0123456789abcdef0' does not exist."
      })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: third, InstanceId: "i-0123456789abcdef0", Device: "/dev/sdh" }))).toMatchObject({
        code: "InvalidInstanceID.NotFound"
      })
      const pending = yield* launch(m, { Placement: { AvailabilityZone: AZ } }, false)
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: third, InstanceId: pending.InstanceId, Device: "/dev/sdh" }))).toEqual({
        code: "IncorrectState",
        message: `Instance '${pending.InstanceId}' is not 'running'.`
      })
      const creating = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 1 })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: creating.VolumeId!, InstanceId: i, Device: "/dev/sdh" }))).toEqual({
        code: "IncorrectState",
        message: `${creating.VolumeId} is not 'available'.`
      })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: third, InstanceId: i, Device: "/dev/sdh", DryRun: true }))).toMatchObject({
        code: "DryRunOperation"
      })
      const now = JSON.parse(yield* storageState(m))
      const was = JSON.parse(before2)
      // only the two volumes created since (and the pending instance's root volume) differ
      expect(now.volumes.filter((v: VolumeRecord) => v.VolumeId !== creating.VolumeId && v.VolumeId !== third && !v.Attachments.some((a) => a.InstanceId === pending.InstanceId)))
        .toEqual(was.volumes.filter((v: VolumeRecord) => v.VolumeId !== third))
      expect(before).toBeDefined()
    })))

  it("attaches to a stopped instance; refuses to detach a running instance's root volume", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const root = yield* m.engine.read((w) => w.get("instances", inst.InstanceId)!.BlockDeviceMappings[0]!.VolumeId)
      for (const Force of [false, true]) {
        expect(yield* failure(m.ec2.detachVolume({ VolumeId: root, Force }))).toEqual({
          code: "IncorrectState",
          message: `Unable to detach root volume '${root}' from instance '${inst.InstanceId}'`
        })
      }
      yield* m.engine.transact((w) => I.stopInstances(w, [inst.InstanceId]))
      yield* TestClock.adjust("5 seconds")
      const vol = yield* newVolume(m)
      const a = yield* m.ec2.attachVolume({ VolumeId: vol, InstanceId: inst.InstanceId, Device: "xvdh" })
      expect(a.State).toBe("attaching")
      const d = yield* m.ec2.detachVolume({ VolumeId: root, InstanceId: inst.InstanceId })
      expect(d.State).toBe("detaching")
    })))

  it("answers detach errors with AWS's code and message", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const other = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const vol = yield* newVolume(m)
      expect(yield* failure(m.ec2.detachVolume({ VolumeId: vol }))).toEqual({
        code: "IncorrectState",
        message: `Volume '${vol}' is in the 'available' state.`
      })
      yield* m.ec2.attachVolume({ VolumeId: vol, InstanceId: inst.InstanceId, Device: "/dev/sdf" })
      yield* TestClock.adjust("2 seconds")
      expect(yield* failure(m.ec2.detachVolume({ VolumeId: vol, InstanceId: other.InstanceId }))).toEqual({
        code: "InvalidAttachment.NotFound",
        message: `The volume '${vol}' is not attached to instance '${other.InstanceId}'.`
      })
      expect(yield* failure(m.ec2.detachVolume({ VolumeId: vol, Device: "/dev/sdg" }))).toEqual({
        code: "InvalidAttachment.NotFound",
        message: `The volume '${vol}' is not attached with device '/dev/sdg'.`
      })
      expect(yield* failure(m.ec2.detachVolume({ VolumeId: vol, DryRun: true }))).toMatchObject({ code: "DryRunOperation" })
      yield* m.ec2.detachVolume({ VolumeId: vol })
      expect(yield* failure(m.ec2.detachVolume({ VolumeId: vol }))).toEqual({
        code: "IncorrectState",
        message: `Volume '${vol}' is in the 'detaching' state.`
      })
      // Force re-detaches a stuck detachment
      expect((yield* m.ec2.detachVolume({ VolumeId: vol, Force: true })).State).toBe("detaching")
      // an instance in transition (here stopping) keeps its data volumes
      const data = yield* newVolume(m)
      yield* m.ec2.attachVolume({ VolumeId: data, InstanceId: other.InstanceId, Device: "/dev/sdf" })
      yield* TestClock.adjust("2 seconds")
      yield* m.ec2.stopInstances({ InstanceIds: [other.InstanceId] })
      const before = yield* storageState(m)
      expect(yield* failure(m.ec2.detachVolume({ VolumeId: data }))).toEqual({
        code: "IncorrectInstanceState",
        message: `Unable to detach volume '${data}' from instance '${other.InstanceId}'. The instance is not in a state in which volumes can be detached.`
      })
      expect(yield* storageState(m)).toBe(before)
    })))

  it("Multi-Attach: an io2 volume attaches to up to 16 Nitro instances in its AZ", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const vol = yield* newVolume(m, { VolumeType: "io2", Size: 10, Iops: 100, MultiAttachEnabled: true })
      const ids: Array<string> = []
      for (let n = 0; n < 17; n++) ids.push((yield* launch(m, { Placement: { AvailabilityZone: AZ } }, false)).InstanceId)
      yield* TestClock.adjust("5 seconds")
      for (const id of ids.slice(0, 16)) yield* m.ec2.attachVolume({ VolumeId: vol, InstanceId: id, Device: "/dev/sdf" })
      const v = yield* volume(m, vol)
      expect(v.Attachments!.length).toBe(16)
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: vol, InstanceId: ids[16]!, Device: "/dev/sdf" }))).toEqual({
        code: "AttachmentLimitExceeded",
        message: `The volume '${vol}' is already attached to the maximum of 16 instances.`
      })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: vol, InstanceId: ids[0]!, Device: "/dev/sdg" }))).toEqual({
        code: "VolumeInUse",
        message: `${vol} is already attached to an instance`
      })
      expect(yield* failure(m.ec2.detachVolume({ VolumeId: vol }))).toEqual({
        code: "MissingParameter",
        message: `The request must contain the parameter InstanceId: volume '${vol}' is attached to 16 instances.`
      })
    })))

  it("limits a Nitro instance to 28 attachments (ENIs included)", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld({ delays: { volumeCreating: "immediate" } })
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      // root volume + primary ENI = 2; 26 more volumes fill the 28 attachments
      const devices = "fghijklmnopqrstuvwxyz".split("").map((c) => `/dev/sd${c}`).concat(["/dev/xvdba", "/dev/xvdbb", "/dev/xvdbc", "/dev/xvdbd", "/dev/xvdbe", "/dev/xvdbf"])
      for (const Device of devices.slice(0, 26)) {
        const v = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 1 })
        yield* m.ec2.attachVolume({ VolumeId: v.VolumeId!, InstanceId: inst.InstanceId, Device })
      }
      const extra = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 1 })
      expect(yield* failure(m.ec2.attachVolume({ VolumeId: extra.VolumeId!, InstanceId: inst.InstanceId, Device: devices[26]! }))).toEqual({
        code: "AttachmentLimitExceeded",
        message: `Instance '${inst.InstanceId}' has reached its maximum number of attachments (28).`
      })
    })))

  it("detaches volumes of a terminated instance (DeleteOnTermination false)", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const vol = yield* newVolume(m)
      yield* m.ec2.attachVolume({ VolumeId: vol, InstanceId: inst.InstanceId, Device: "/dev/sdf" })
      yield* m.engine.transact((w) => I.terminateInstances(w, [inst.InstanceId]))
      yield* TestClock.adjust("5 seconds")
      const v = yield* volume(m, vol)
      expect(v.State).toBe("available")
      expect(v.Attachments).toEqual([])
    })))
})

describe("DeleteVolume", () => {
  it("deletes available volumes (deleting → gone) and refuses attached or creating ones", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const vol = yield* newVolume(m)
      yield* m.ec2.attachVolume({ VolumeId: vol, InstanceId: inst.InstanceId, Device: "/dev/sdf" })
      expect(yield* failure(m.ec2.deleteVolume({ VolumeId: vol }))).toEqual({
        code: "VolumeInUse",
        message: `Volume ${vol} is currently attached to ${inst.InstanceId}`
      })
      yield* m.ec2.detachVolume({ VolumeId: vol })
      yield* TestClock.adjust("2 seconds")
      expect(yield* failure(m.ec2.deleteVolume({ VolumeId: vol, DryRun: true }))).toMatchObject({ code: "DryRunOperation" })
      yield* m.ec2.deleteVolume({ VolumeId: vol })
      // deleting → gone before the next request is served
      expect(yield* m.engine.read((w) => [...w.all("timers")].filter((t) => t.Target === vol).map((t) => t.Kind))).toEqual([])
      expect(yield* failure(m.ec2.deleteVolume({ VolumeId: vol }))).toEqual({
        code: "InvalidVolume.NotFound",
        message: `The volume '${vol}' does not exist.`
      })
      const creating = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 1 })
      expect(yield* failure(m.ec2.deleteVolume({ VolumeId: creating.VolumeId! }))).toEqual({
        code: "IncorrectState",
        message: `The volume '${creating.VolumeId}' is in the 'creating' state.`
      })
      expect(yield* failure(m.ec2.describeVolumes({ VolumeIds: [vol] }))).toEqual({
        code: "InvalidVolume.NotFound",
        message: `The volume '${vol}' does not exist.`
      })
      expect(yield* failure(m.ec2.deleteVolume({ VolumeId: "vol-x" }))).toMatchObject({ code: "InvalidVolumeID.Malformed" })
    })))
})

describe("ModifyVolume", () => {
  it("moves modifying → optimizing (new size visible) → completed; one at a time; 4 per rolling 24 h", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const vol = yield* newVolume(m, { VolumeType: "gp2", Size: 10 })
      const r = yield* m.ec2.modifyVolume({ VolumeId: vol, Size: 20, VolumeType: "gp3" })
      expect(r.VolumeModification).toMatchObject({
        VolumeId: vol,
        ModificationState: "modifying",
        OriginalSize: 10,
        OriginalVolumeType: "gp2",
        OriginalIops: 100,
        TargetSize: 20,
        TargetVolumeType: "gp3",
        TargetIops: 3000,
        TargetThroughput: 125,
        Progress: 0
      })
      expect((yield* volume(m, vol)).Size).toBe(10)
      expect(yield* failure(m.ec2.modifyVolume({ VolumeId: vol, Size: 30 }))).toEqual({
        code: "IncorrectModificationState",
        message: `Volume ${vol} cannot be modified in modification state MODIFYING`
      })
      yield* TestClock.adjust("10 seconds")
      const mid = yield* m.ec2.describeVolumesModifications({ VolumeIds: [vol] })
      expect(mid.VolumesModifications![0]!.ModificationState).toBe("optimizing")
      expect(yield* volume(m, vol)).toMatchObject({ Size: 20, VolumeType: "gp3", Iops: 3000, Throughput: 125 })
      expect(yield* failure(m.ec2.modifyVolume({ VolumeId: vol, Size: 30 }))).toMatchObject({ code: "IncorrectModificationState" })
      yield* TestClock.adjust("10 seconds")
      const done = yield* m.ec2.describeVolumesModifications({ Filters: [{ Name: "modification-state", Values: ["completed"] }] })
      expect(done.VolumesModifications!.map((x) => [x.VolumeId, x.Progress])).toEqual([[vol, 100]])
      expect(done.VolumesModifications![0]!.EndTime).toBeInstanceOf(Date)
      expect(yield* failure(m.ec2.modifyVolume({ VolumeId: vol, Size: 5 }))).toEqual({
        code: "InvalidParameterValue",
        message: "New size cannot be smaller than existing size"
      })
      for (const Size of [30, 40, 50]) {
        yield* m.ec2.modifyVolume({ VolumeId: vol, Size })
        yield* TestClock.adjust("20 seconds")
      }
      const limited = yield* failure(m.ec2.modifyVolume({ VolumeId: vol, Size: 60 }))
      expect(limited.code).toBe("VolumeModificationRateExceeded")
      expect(limited.message).toBe(
        `You've reached the maximum modification rate per volume limit. You can modify volume ${vol} again after ${new Date(24 * 3_600_000 + 2_000).toISOString()}.`
      )
      expect(yield* failure(m.ec2.modifyVolume({ VolumeId: vol, Size: 60, DryRun: true }))).toMatchObject({ code: "VolumeModificationRateExceeded" })
      yield* TestClock.adjust("24 hours")
      expect((yield* m.ec2.modifyVolume({ VolumeId: vol, Size: 60 })).VolumeModification!.ModificationState).toBe("modifying")
    })))
})

describe("DescribeVolumes", () => {
  it("filters with wildcards and tags, paginates, and rejects bad parameters", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const ids: Array<string> = []
      for (let n = 0; n < 7; n++) {
        const v = yield* m.ec2.createVolume({
          AvailabilityZone: n % 2 === 0 ? AZ : "us-east-1b",
          Size: 10 + n,
          TagSpecifications: [{ ResourceType: "volume", Tags: [{ Key: "team", Value: n < 3 ? "alpha" : "beta" }] }]
        })
        ids.push(v.VolumeId!)
      }
      const byTag = yield* m.ec2.describeVolumes({ Filters: [{ Name: "tag:team", Values: ["al*"] }] })
      expect(byTag.Volumes!.map((v) => v.VolumeId)).toEqual(ids.slice(0, 3))
      const byKey = yield* m.ec2.describeVolumes({ Filters: [{ Name: "tag-key", Values: ["te?m"] }, { Name: "availability-zone", Values: [AZ] }] })
      expect(byKey.Volumes!.length).toBe(4)
      const bySize = yield* m.ec2.describeVolumes({ Filters: [{ Name: "size", Values: ["10", "16"] }, { Name: "status", Values: ["creating"] }] })
      expect(bySize.Volumes!.map((v) => v.Size)).toEqual([10, 16])
      const all: Array<string> = []
      let token: string | undefined
      do {
        const page = yield* m.ec2.describeVolumes({
          MaxResults: 5,
          Filters: [{ Name: "volume-type", Values: ["gp2"] }, { Name: "encrypted", Values: ["false"] }],
          ...(token !== undefined ? { NextToken: token } : {})
        })
        expect(page.Volumes!.length).toBeLessThanOrEqual(5)
        all.push(...page.Volumes!.map((v) => v.VolumeId!))
        token = page.NextToken
      } while (token !== undefined)
      expect(all).toEqual(ids)
      expect(yield* failure(m.ec2.describeVolumes({ Filters: [{ Name: "volume-colour", Values: ["red"] }] }))).toEqual({
        code: "InvalidParameterValue",
        message: "The filter 'volume-colour' is invalid"
      })
      expect(yield* failure(m.ec2.describeVolumes({ MaxResults: 4 }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value ( 4 ) for parameter maxResults is invalid. Expecting a value greater than 5."
      })
      expect(yield* failure(m.ec2.describeVolumes({ VolumeIds: [ids[0]!], MaxResults: 5 }))).toEqual({
        code: "InvalidParameterCombination",
        message: "The parameter volumeIdsSet cannot be used with the parameter maxResults"
      })
      expect(yield* failure(m.ec2.describeVolumes({ NextToken: "garbage" }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value ( garbage ) for parameter NextToken is invalid. The token is invalid."
      })
      expect(yield* failure(m.ec2.describeVolumes({ DryRun: true }))).toMatchObject({ code: "DryRunOperation" })
    })))
})

// ------------------------------------------------------------------------------------------------
// Property: random volume operation sequences keep EBS invariants after every step
// ------------------------------------------------------------------------------------------------

type Op =
  | { readonly _tag: "create"; readonly az: number; readonly size: number; readonly io2: boolean }
  | { readonly _tag: "attach"; readonly v: number; readonly i: number; readonly dev: number }
  | { readonly _tag: "detach"; readonly v: number; readonly i: number; readonly force: boolean }
  | { readonly _tag: "modify"; readonly v: number; readonly size: number }
  | { readonly _tag: "delete"; readonly v: number }
  | { readonly _tag: "snapshot"; readonly v: number }
  | { readonly _tag: "tick"; readonly ms: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ _tag: fc.constant("create" as const), az: fc.nat(2), size: fc.integer({ min: 4, max: 40 }), io2: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ _tag: fc.constant("attach" as const), v: fc.nat(9), i: fc.nat(3), dev: fc.nat(3) }), weight: 4 },
  { arbitrary: fc.record({ _tag: fc.constant("detach" as const), v: fc.nat(9), i: fc.nat(3), force: fc.boolean() }), weight: 2 },
  fc.record({ _tag: fc.constant("modify" as const), v: fc.nat(9), size: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ _tag: fc.constant("delete" as const), v: fc.nat(9) }),
  fc.record({ _tag: fc.constant("snapshot" as const), v: fc.nat(9) }),
  fc.record({ _tag: fc.constant("tick" as const), ms: fc.integer({ min: 0, max: 30_000 }) })
)

const zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
const devices = ["/dev/sdf", "/dev/sdg", "/dev/xvdh", "/dev/xvda"]

describe("property: volume invariants", () => {
  it("hold after every step of random sequences; failed requests change nothing", async () => {
    // one world per run, with 4 instances (2 in us-east-1a, 1 in b, 1 in c)
    const succeeded: Record<string, number> = {}
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: CI ? 20 : 40 }), (ops) =>
        run(Effect.gen(function*() {
          const m = yield* makeWorld({
            seed: 7,
            delays: { volumeCreating: "immediate", volumeAttaching: "1 second", volumeDetaching: "1 second", volumeModification: "5 seconds" }
          })
          const instances: Array<string> = []
          for (const az of ["us-east-1a", "us-east-1a", "us-east-1b", "us-east-1c"]) {
            instances.push((yield* launch(m, { Placement: { AvailabilityZone: az } }, false)).InstanceId)
          }
          yield* TestClock.adjust("5 seconds")
          const vols: Array<string> = []
          const maxSize = new Map<string, number>()
          for (const op of ops) {
            const before = yield* storageState(m)
            const vid = (n: number) => vols.length === 0 ? "vol-0123456789abcdef0" : vols[n % vols.length]!
            let eff: Effect.Effect<unknown, import("@ec2kit/core").Ec2Error.Ec2Error>
            switch (op._tag) {
              case "create":
                eff = Effect.map(
                  m.ec2.createVolume(op.io2
                    ? { AvailabilityZone: zones[op.az]!, Size: op.size, VolumeType: "io2", Iops: 100, MultiAttachEnabled: true }
                    : { AvailabilityZone: zones[op.az]!, Size: op.size }),
                  (v) => vols.push(v.VolumeId!)
                )
                break
              case "attach":
                eff = m.ec2.attachVolume({ VolumeId: vid(op.v), InstanceId: instances[op.i]!, Device: devices[op.dev]! })
                break
              case "detach":
                eff = m.ec2.detachVolume({ VolumeId: vid(op.v), InstanceId: instances[op.i]!, Force: op.force })
                break
              case "modify":
                eff = m.ec2.modifyVolume({ VolumeId: vid(op.v), Size: op.size })
                break
              case "delete":
                eff = m.ec2.deleteVolume({ VolumeId: vid(op.v) })
                break
              case "snapshot":
                eff = m.ec2.createSnapshot({ VolumeId: vid(op.v) })
                break
              case "tick":
                eff = TestClock.adjust(op.ms)
                break
            }
            const exit = yield* Effect.exit(eff)
            if (exit._tag === "Failure") expect(yield* storageState(m)).toBe(before)
            else succeeded[op._tag] = (succeeded[op._tag] ?? 0) + 1
            // invariants
            const snap = yield* m.engine.read((w) => ({
              volumes: [...w.all("volumes")],
              instances: [...w.all("instances")],
              now: w.now
            }))
            const byId = new Map(snap.instances.map((i) => [i.InstanceId, i]))
            const perInstanceDevices = new Map<string, Set<string>>()
            for (const i of snap.instances) {
              const devs = i.BlockDeviceMappings.map((b) => b.DeviceName.replace(/^\/dev\//, ""))
              expect(new Set(devs).size).toBe(devs.length)
              perInstanceDevices.set(i.InstanceId, new Set(devs))
            }
            for (const v of snap.volumes) {
              expect(v.Attachments.length).toBeLessThanOrEqual(v.MultiAttachEnabled ? 16 : 1)
              expect(new Set(v.Attachments.map((a) => a.InstanceId)).size).toBe(v.Attachments.length)
              for (const a of v.Attachments) {
                const i = byId.get(a.InstanceId)
                expect(i?.AvailabilityZone).toBe(v.AvailabilityZone)
                expect(i?.BlockDeviceMappings.some((b) => b.VolumeId === v.VolumeId && b.DeviceName === a.Device)).toBe(true)
              }
              expect(v.State === "in-use").toBe(v.Attachments.length > 0)
              const prev = maxSize.get(v.VolumeId) ?? 0
              expect(v.Size).toBeGreaterThanOrEqual(prev)
              maxSize.set(v.VolumeId, v.Size)
              const recent = v.Modifications.filter((x) => x.StartTime > snap.now - 86_400_000)
              expect(recent.length).toBeLessThanOrEqual(4)
              expect(v.Modifications.filter((x) => x.ModificationState === "modifying" || x.ModificationState === "optimizing").length)
                .toBeLessThanOrEqual(1)
            }
          }
        }))
      ),
      { numRuns: CI ? 1000 : 60 }
    )
    // the sequences exercise the success paths, not only the errors
    for (const tag of ["create", "attach", "detach", "modify", "delete", "snapshot"]) expect(succeeded[tag] ?? 0).toBeGreaterThan(0)
  })
})
