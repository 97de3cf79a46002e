import { Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import * as I from "../src/operations/instances.js"
import { failure, launch, makeWorld, type StorageWorld, storageState } from "./storageWorld.js"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const AZ = "us-east-1a"

const image = (m: StorageWorld, id: string) => Effect.map(m.ec2.describeImages({ ImageIds: [id] }), (r) => r.Images![0]!)

const completedSnapshot = (m: StorageWorld, Size = 8) =>
  Effect.gen(function*() {
    const v = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size })
    yield* TestClock.adjust("2 seconds")
    const s = yield* m.ec2.createSnapshot({ VolumeId: v.VolumeId! })
    yield* TestClock.adjust("10 seconds")
    return s.SnapshotId!
  })

describe("DescribeImages", () => {
  it("lists Amazon's seed images by owner, name wildcard, architecture and state", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const amazon = yield* m.ec2.describeImages({ Owners: ["amazon"] })
      expect(amazon.Images!.map((i) => i.Architecture)).toEqual(["x86_64", "arm64"])
      expect(amazon.Images![0]).toMatchObject({
        OwnerId: "137112412989",
        ImageOwnerAlias: "amazon",
        State: "available",
        Public: true,
        RootDeviceName: "/dev/xvda",
        RootDeviceType: "ebs",
        ImageType: "machine",
        ImdsSupport: "v2.0"
      })
      expect(amazon.Images![0]!.BlockDeviceMappings![0]!.Ebs).toMatchObject({ VolumeSize: 8, VolumeType: "gp3", DeleteOnTermination: true })
      const arm = yield* m.ec2.describeImages({
        Filters: [{ Name: "name", Values: ["al2023-ami-2023.*-kernel-6.1-*"] }, { Name: "architecture", Values: ["arm64"] }, { Name: "state", Values: ["available"] }]
      })
      expect(arm.Images!.map((i) => i.Name)).toEqual(["al2023-ami-2023.6.20241212.0-kernel-6.1-arm64"])
      expect((yield* m.ec2.describeImages({ Owners: ["self"] })).Images).toEqual([])
      expect((yield* m.ec2.describeImages({ ExecutableUsers: ["all"] })).Images!.length).toBe(2)
      expect(yield* failure(m.ec2.describeImages({ Filters: [{ Name: "colour", Values: ["x"] }] }))).toEqual({
        code: "InvalidParameterValue",
        message: "The filter 'colour' is invalid"
      })
      expect(yield* failure(m.ec2.describeImages({ ImageIds: ["ami-0123456789abcdef0"] }))).toEqual({
        code: "InvalidAMIID.NotFound",
        message: "The image id '[ami-0123456789abcdef0]' does not exist"
      })
      expect(yield* failure(m.ec2.describeImages({ ImageIds: ["ami-zz"] }))).toMatchObject({ code: "InvalidAMIID.Malformed" })
      expect(yield* failure(m.ec2.describeImages({ ImageIds: [amazon.Images![0]!.ImageId!], MaxResults: 5 }))).toEqual({
        code: "InvalidParameterCombination",
        message: "The parameter imageIdsSet cannot be used with the parameter maxResults"
      })
      expect(yield* failure(m.ec2.describeImages({ DryRun: true }))).toMatchObject({ code: "DryRunOperation" })
    })))
})

describe("CreateImage", () => {
  it("snapshots the instance's volumes and goes pending → available", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      const data = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 50 })
      yield* TestClock.adjust("2 seconds")
      yield* m.ec2.attachVolume({ VolumeId: data.VolumeId!, InstanceId: inst.InstanceId, Device: "/dev/sdf" })
      yield* TestClock.adjust("2 seconds")
      const r = yield* m.ec2.createImage({
        InstanceId: inst.InstanceId,
        Name: "my-app (v1) [2026]",
        NoReboot: true,
        TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "app", Value: "web" }] }, { ResourceType: "snapshot", Tags: [{ Key: "app", Value: "web" }] }]
      })
      const img = yield* image(m, r.ImageId!)
      expect(img).toMatchObject({ State: "pending", OwnerId: "123456789012", Public: false, Architecture: "x86_64", RootDeviceName: "/dev/xvda" })
      expect(img.Tags).toEqual([{ Key: "app", Value: "web" }])
      expect(img.BlockDeviceMappings!.map((b) => [b.DeviceName, b.Ebs!.VolumeSize])).toEqual([["/dev/xvda", 8], ["/dev/sdf", 50]])
      const snaps = yield* m.ec2.describeSnapshots({ OwnerIds: ["self"] })
      expect(snaps.Snapshots!.map((s) => s.Description)).toEqual([
        `Created by CreateImage(${inst.InstanceId}) for ${r.ImageId}`,
        `Created by CreateImage(${inst.InstanceId}) for ${r.ImageId}`
      ])
      expect(snaps.Snapshots!.every((s) => s.Tags?.[0]?.Key === "app")).toBe(true)
      yield* TestClock.adjust("10 seconds")
      expect((yield* image(m, r.ImageId!)).State).toBe("available")
      expect((yield* m.ec2.describeImages({ Owners: ["self"], Filters: [{ Name: "tag:app", Values: ["web"] }] })).Images!.length).toBe(1)
      // the new AMI launches
      const again = yield* m.engine.transact((w) => I.runInstances(w, { ImageId: r.ImageId!, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
      expect(again.Instances.length).toBe(1)
    })))

  it("answers errors with AWS's codes and changes nothing", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const inst = yield* launch(m, { Placement: { AvailabilityZone: AZ } })
      yield* m.ec2.createImage({ InstanceId: inst.InstanceId, Name: "taken" })
      const before = yield* storageState(m)
      const taken = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Name === "taken")!.ImageId)
      expect(yield* failure(m.ec2.createImage({ InstanceId: inst.InstanceId, Name: "taken" }))).toEqual({
        code: "InvalidAMIName.Duplicate",
        message: `AMI name taken is already in use by AMI ${taken}`
      })
      expect(yield* failure(m.ec2.createImage({ InstanceId: inst.InstanceId, Name: "ab" }))).toEqual({
        code: "InvalidAMIName.Malformed",
        message: "AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'"
      })
      expect(yield* failure(m.ec2.createImage({ InstanceId: inst.InstanceId, Name: "bad*name" }))).toMatchObject({ code: "InvalidAMIName.Malformed" })
      expect(yield* failure(m.ec2.createImage({ InstanceId: "i-0123456789abcdef0", Name: "x-1" }))).toMatchObject({ code: "InvalidInstanceID.NotFound" })
      expect(yield* failure(m.ec2.createImage({ InstanceId: inst.InstanceId, Name: "fresh", DryRun: true }))).toMatchObject({ code: "DryRunOperation" })
      const pending = yield* launch(m, { Placement: { AvailabilityZone: AZ } }, false)
      const before2 = yield* storageState(m)
      expect(yield* failure(m.ec2.createImage({ InstanceId: pending.InstanceId, Name: "fresh" }))).toEqual({
        code: "InvalidParameterValue",
        message: `Invalid value '${pending.InstanceId}' for instanceId. Instance is not in state 'running' or 'stopping' or 'stopped'`
      })
      expect(yield* storageState(m)).toBe(before2)
      expect(before).toBeDefined()
      // the states AWS's text names are accepted, 'stopping' included
      yield* m.ec2.stopInstances({ InstanceIds: [inst.InstanceId] })
      expect((yield* m.ec2.describeInstances({ InstanceIds: [inst.InstanceId] })).Reservations![0]!.Instances![0]!.State!.Name).toBe("stopping")
      expect((yield* m.ec2.createImage({ InstanceId: inst.InstanceId, Name: "while-stopping" })).ImageId).toMatch(/^ami-[0-9a-f]{17}$/)
    })))
})

describe("RegisterImage / DeregisterImage", () => {
  it("registers from a snapshot; deregistering keeps the snapshots unless asked", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const snap = yield* completedSnapshot(m, 8)
      const r = yield* m.ec2.registerImage({
        Name: "from-snapshot",
        Architecture: "arm64",
        RootDeviceName: "/dev/xvda",
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: snap, VolumeSize: 16, VolumeType: "gp3" } }],
        ImdsSupport: "v2.0",
        EnaSupport: true
      })
      expect((yield* image(m, r.ImageId!))).toMatchObject({ State: "pending", Architecture: "arm64" })
      yield* TestClock.adjust("10 seconds")
      const img = yield* image(m, r.ImageId!)
      expect(img).toMatchObject({ State: "available", ImdsSupport: "v2.0", EnaSupport: true })
      expect(img.BlockDeviceMappings![0]!.Ebs).toMatchObject({ SnapshotId: snap, VolumeSize: 16, VolumeType: "gp3", DeleteOnTermination: true })
      expect(yield* failure(m.ec2.deleteSnapshot({ SnapshotId: snap }))).toEqual({
        code: "InvalidSnapshot.InUse",
        message: `The snapshot ${snap} is currently in use by ${r.ImageId}`
      })
      expect(yield* failure(m.ec2.deregisterImage({ ImageId: r.ImageId!, DryRun: true }))).toMatchObject({ code: "DryRunOperation" })
      expect(yield* m.ec2.deregisterImage({ ImageId: r.ImageId! })).toEqual({ Return: true })
      expect(yield* failure(m.ec2.describeImages({ ImageIds: [r.ImageId!] }))).toMatchObject({ code: "InvalidAMIID.NotFound" })
      expect((yield* m.ec2.describeSnapshots({ SnapshotIds: [snap] })).Snapshots!.length).toBe(1)
      yield* m.ec2.deleteSnapshot({ SnapshotId: snap })
      // DeleteAssociatedSnapshots
      const snap2 = yield* completedSnapshot(m, 8)
      const r2 = yield* m.ec2.registerImage({
        Name: "second",
        RootDeviceName: "/dev/sda1",
        BlockDeviceMappings: [{ DeviceName: "/dev/sda1", Ebs: { SnapshotId: snap2 } }]
      })
      const d = yield* m.ec2.deregisterImage({ ImageId: r2.ImageId!, DeleteAssociatedSnapshots: true })
      expect(d).toEqual({ Return: true, DeleteSnapshotResults: [{ SnapshotId: snap2, ReturnCode: "success" }] })
      expect(yield* failure(m.ec2.describeSnapshots({ SnapshotIds: [snap2] }))).toMatchObject({ code: "InvalidSnapshot.NotFound" })
    })))

  it("an AMI may carry empty EBS volumes (VolumeSize only); each launch creates them blank", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const snap = yield* completedSnapshot(m, 8)
      const r = yield* m.ec2.registerImage({
        Name: "with-data-disk",
        RootDeviceName: "/dev/xvda",
        BlockDeviceMappings: [
          { DeviceName: "/dev/xvda", Ebs: { SnapshotId: snap } },
          { DeviceName: "/dev/sdf", Ebs: { VolumeSize: 20, VolumeType: "gp3", Iops: 4000 } }
        ]
      })
      yield* TestClock.adjust("10 seconds")
      const img = yield* image(m, r.ImageId!)
      expect(img.State).toBe("available")
      expect(img.BlockDeviceMappings!.map((b) => [b.DeviceName, b.Ebs?.SnapshotId, b.Ebs?.VolumeSize, b.Ebs?.VolumeType])).toEqual([
        ["/dev/xvda", snap, 8, "gp2"],
        ["/dev/sdf", undefined, 20, "gp3"]
      ])
      const inst = yield* launch(m, { ImageId: r.ImageId! })
      const vols = (yield* m.ec2.describeVolumes({ Filters: [{ Name: "attachment.instance-id", Values: [inst.InstanceId] }] })).Volumes!
      const data = vols.find((v) => v.Attachments?.[0]?.Device === "/dev/sdf")!
      expect([data.Size, data.VolumeType, data.SnapshotId]).toEqual([20, "gp3", ""])
      expect(vols.find((v) => v.Attachments?.[0]?.Device === "/dev/xvda")!.SnapshotId).toBe(snap)
      // deregistering with its snapshots touches only the root's snapshot
      const d = yield* m.ec2.deregisterImage({ ImageId: r.ImageId!, DeleteAssociatedSnapshots: true })
      expect(d.DeleteSnapshotResults).toEqual([{ SnapshotId: snap, ReturnCode: "success" }])
      // neither size nor snapshot, and a root without a snapshot, are refused
      expect(yield* failure(m.ec2.registerImage({
        Name: "bad",
        RootDeviceName: "/dev/xvda",
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 8 } }, { DeviceName: "/dev/sdg", Ebs: { VolumeType: "gp3" } }]
      }))).toEqual({ code: "InvalidBlockDeviceMapping", message: "Either snapshot ID or volume size must be provided for: /dev/sdg" })
      expect(yield* failure(m.ec2.registerImage({
        Name: "bad",
        RootDeviceName: "/dev/xvda",
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 8 } }]
      }))).toEqual({
        code: "InvalidBlockDeviceMapping",
        message: "The root device name '/dev/xvda' does not match any EBS block-device mapping with a snapshot."
      })
    })))

  it("answers register/deregister errors with AWS's codes and changes nothing", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const snap = yield* completedSnapshot(m, 8)
      const before = yield* storageState(m)
      const reg = (extra: Record<string, unknown>) =>
        failure(m.ec2.registerImage({
          Name: "img",
          RootDeviceName: "/dev/xvda",
          BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: snap } }],
          ...extra
        }))
      expect(yield* reg({ RootDeviceName: "/dev/sda1" })).toEqual({
        code: "InvalidBlockDeviceMapping",
        message: "The root device name '/dev/sda1' does not match any EBS block-device mapping with a snapshot."
      })
      expect(yield* reg({ BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: snap, VolumeSize: 4 } }] })).toEqual({
        code: "InvalidBlockDeviceMapping",
        message: `Volume of size 4GB is smaller than  snapshot '${snap}', expect size >= 8GB`
      })
      expect(yield* reg({ BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: snap, VolumeSize: 500, VolumeType: "st1" } }] })).toEqual({
        code: "InvalidBlockDeviceMapping",
        message: "Throughput Optimized HDD (st1) and Cold HDD (sc1) volumes can't be used as boot volumes."
      })
      expect(yield* reg({ BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: "snap-0123456789abcdef0" } }] })).toEqual({
        code: "InvalidSnapshot.NotFound",
        message: "The snapshot 'snap-0123456789abcdef0' does not exist."
      })
      expect(yield* failure(m.ec2.registerImage({ Name: "img", BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: snap } }] }))).toEqual({
        code: "MissingParameter",
        message: "The request must contain the parameter RootDeviceName"
      })
      expect(yield* reg({ Architecture: "i386" })).toEqual({ code: "InvalidParameterValue", message: "Invalid value 'i386' for Architecture." })
      expect(yield* reg({ ImageLocation: "bucket/manifest.xml" })).toMatchObject({ code: "UnsupportedOperation" })
      expect(yield* reg({ DryRun: true })).toMatchObject({ code: "DryRunOperation" })
      const amazon = yield* m.engine.read((w) => [...w.all("images")][0]!.ImageId)
      expect(yield* failure(m.ec2.deregisterImage({ ImageId: amazon }))).toEqual({
        code: "AuthFailure",
        message: `Not authorized for image:${amazon}`
      })
      expect(yield* storageState(m)).toBe(before)
    })))
})
