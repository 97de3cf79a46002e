import { Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { failure, makeWorld, type StorageWorld, storageState } from "./storageWorld.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const AZ = "us-east-1a"

const snapshot = (m: StorageWorld, id: string) =>
  Effect.map(m.ec2.describeSnapshots({ SnapshotIds: [id] }), (r) => r.Snapshots![0]!)

const newVolume = (m: StorageWorld, Size = 10) =>
  Effect.gen(function*() {
    const v = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size })
    yield* TestClock.adjust("2 seconds")
    return v.VolumeId!
  })

const seedSnapshot = (m: StorageWorld) => m.engine.read((w) => [...w.all("snapshots")][0]!.SnapshotId)

describe("CreateSnapshot", () => {
  it("goes pending 0% → 50% → completed 100%, with tags and description", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const vol = yield* newVolume(m)
      const s = yield* m.ec2.createSnapshot({
        VolumeId: vol,
        Description: "nightly",
        TagSpecifications: [{ ResourceType: "snapshot", Tags: [{ Key: "k", Value: "v" }] }]
      })
      expect(s).toMatchObject({ VolumeId: vol, VolumeSize: 10, State: "pending", Progress: "0%", OwnerId: "123456789012", Description: "nightly", Encrypted: false })
      expect(s.Tags).toEqual([{ Key: "k", Value: "v" }])
      yield* TestClock.adjust("5 seconds")
      expect(yield* snapshot(m, s.SnapshotId!)).toMatchObject({ State: "pending", Progress: "50%" })
      yield* TestClock.adjust("5 seconds")
      expect(yield* snapshot(m, s.SnapshotId!)).toMatchObject({ State: "completed", Progress: "100%" })
    })))

  it("fails with AWS's errors and changes nothing", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const creating = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: 1 })
      const before = yield* storageState(m)
      expect(yield* failure(m.ec2.createSnapshot({ VolumeId: "vol-0123456789abcdef0" }))).toEqual({
        code: "InvalidVolume.NotFound",
        message: "The volume 'vol-0123456789abcdef0' does not exist."
      })
      expect(yield* failure(m.ec2.createSnapshot({ VolumeId: creating.VolumeId! }))).toEqual({
        code: "IncorrectState",
        message: `The volume '${creating.VolumeId}' is in the 'creating' state.`
      })
      yield* TestClock.adjust("2 seconds")
      const before2 = yield* storageState(m)
      expect(yield* failure(m.ec2.createSnapshot({ VolumeId: creating.VolumeId!, DryRun: true }))).toEqual({
        code: "DryRunOperation",
        message: "Request would have succeeded, but DryRun flag is set."
      })
      expect(yield* failure(m.ec2.createSnapshot({
        VolumeId: creating.VolumeId!,
        TagSpecifications: [{ ResourceType: "snapshot", Tags: [{ Key: "aws:x", Value: "1" }] }]
      }))).toEqual({ code: "InvalidParameterValue", message: "Tag keys starting with 'aws:' are reserved for internal use" })
      expect(yield* storageState(m)).toBe(before2)
      expect(before).not.toBe(before2) // the volume became available in between
    })))
})

describe("restore", () => {
  it("creates a volume from a snapshot in any AZ of the region, size ≥ snapshot", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const vol = yield* newVolume(m, 20)
      const s = yield* m.ec2.createSnapshot({ VolumeId: vol })
      expect(yield* failure(m.ec2.createVolume({ AvailabilityZone: "us-east-1c", SnapshotId: s.SnapshotId! }))).toEqual({
        code: "IncorrectState",
        message: `Snapshot '${s.SnapshotId}' is not 'completed'.`
      })
      yield* TestClock.adjust("10 seconds")
      const r = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1c", SnapshotId: s.SnapshotId! })
      expect(r).toMatchObject({ Size: 20, SnapshotId: s.SnapshotId, AvailabilityZone: "us-east-1c" })
      const bigger = yield* m.ec2.createVolume({ AvailabilityZoneId: "use1-az6", SnapshotId: s.SnapshotId!, Size: 30 })
      expect(bigger).toMatchObject({ Size: 30, AvailabilityZone: "us-east-1f" })
      expect(yield* failure(m.ec2.createVolume({ AvailabilityZone: AZ, SnapshotId: s.SnapshotId!, Size: 10 }))).toEqual({
        code: "InvalidParameterValue",
        message: `Volume of size 10GB is smaller than  snapshot '${s.SnapshotId}', expect size >= 20GB`
      })
      // public (amazon) snapshots restore too
      const pub = yield* seedSnapshot(m)
      expect((yield* m.ec2.createVolume({ AvailabilityZone: AZ, SnapshotId: pub })).Size).toBe(8)
    })))
})

describe("DescribeSnapshots", () => {
  it("selects by OwnerIds (self, amazon, account), RestorableByUserIds, filters and pages", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const vol = yield* newVolume(m)
      const mine: Array<string> = []
      for (let n = 0; n < 6; n++) mine.push((yield* m.ec2.createSnapshot({ VolumeId: vol, Description: `s${n}` })).SnapshotId!)
      const ids = (r: { readonly Snapshots?: ReadonlyArray<{ readonly SnapshotId?: string }> }) => r.Snapshots!.map((s) => s.SnapshotId)
      expect(ids(yield* m.ec2.describeSnapshots({ OwnerIds: ["self"] }))).toEqual(mine)
      expect(ids(yield* m.ec2.describeSnapshots({ OwnerIds: ["123456789012"] }))).toEqual(mine)
      const amazon = yield* m.ec2.describeSnapshots({ OwnerIds: ["amazon"] })
      expect(amazon.Snapshots!.length).toBe(2)
      expect(amazon.Snapshots!.every((s) => s.OwnerAlias === "amazon")).toBe(true)
      expect((yield* m.ec2.describeSnapshots({})).Snapshots!.length).toBe(8)
      expect((yield* m.ec2.describeSnapshots({ RestorableByUserIds: ["all"] })).Snapshots!.length).toBe(2)
      expect((yield* m.ec2.describeSnapshots({ RestorableByUserIds: ["self"] })).Snapshots!.length).toBe(8)
      const filtered = yield* m.ec2.describeSnapshots({
        Filters: [{ Name: "description", Values: ["s[0-9]", "s?"] }, { Name: "volume-id", Values: [vol] }, { Name: "status", Values: ["pending"] }]
      })
      expect(ids(filtered)).toEqual(mine)
      const page1 = yield* m.ec2.describeSnapshots({ OwnerIds: ["self"], MaxResults: 5 })
      expect(ids(page1)).toEqual(mine.slice(0, 5))
      const page2 = yield* m.ec2.describeSnapshots({ OwnerIds: ["self"], MaxResults: 5, NextToken: page1.NextToken! })
      expect(ids(page2)).toEqual(mine.slice(5))
      expect(page2.NextToken).toBeUndefined()
      expect(yield* failure(m.ec2.describeSnapshots({ Filters: [{ Name: "colour", Values: ["x"] }] }))).toEqual({
        code: "InvalidParameterValue",
        message: "The filter 'colour' is invalid"
      })
      expect(yield* failure(m.ec2.describeSnapshots({ SnapshotIds: [mine[0]!], MaxResults: 5 }))).toEqual({
        code: "InvalidParameterCombination",
        message: "The parameter snapshotSet cannot be used with the parameter maxResults"
      })
      expect(yield* failure(m.ec2.describeSnapshots({ SnapshotIds: ["snap-0123456789abcdef0"] }))).toEqual({
        code: "InvalidSnapshot.NotFound",
        message: "The snapshot 'snap-0123456789abcdef0' does not exist."
      })
      expect(yield* failure(m.ec2.describeSnapshots({ MaxResults: 1 }))).toMatchObject({ code: "InvalidParameterValue" })
    })))
})

describe("CopySnapshot", () => {
  it("copies within the region; another SourceRegion fails clearly", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const vol = yield* newVolume(m)
      const s = yield* m.ec2.createSnapshot({ VolumeId: vol })
      expect(yield* failure(m.ec2.copySnapshot({ SourceRegion: "us-east-1", SourceSnapshotId: s.SnapshotId! }))).toEqual({
        code: "IncorrectState",
        message: `Snapshot '${s.SnapshotId}' is not 'completed'.`
      })
      yield* TestClock.adjust("10 seconds")
      const before = yield* storageState(m)
      expect(yield* failure(m.ec2.copySnapshot({ SourceRegion: "eu-west-1", SourceSnapshotId: s.SnapshotId! }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid value 'eu-west-1' for SourceRegion. This in-memory world emulates the region 'us-east-1' only."
      })
      expect(yield* failure(m.ec2.copySnapshot({ SourceRegion: "us-east-1", DestinationRegion: "us-west-2", SourceSnapshotId: s.SnapshotId! }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid value 'us-west-2' for DestinationRegion. This in-memory world emulates the region 'us-east-1' only."
      })
      expect(yield* failure(m.ec2.copySnapshot({ SourceRegion: "us-east-1", SourceSnapshotId: s.SnapshotId!, DryRun: true }))).toMatchObject({
        code: "DryRunOperation"
      })
      expect(yield* storageState(m)).toBe(before)
      const c = yield* m.ec2.copySnapshot({
        SourceRegion: "us-east-1",
        SourceSnapshotId: s.SnapshotId!,
        Encrypted: true,
        TagSpecifications: [{ ResourceType: "snapshot", Tags: [{ Key: "copy", Value: "yes" }] }]
      })
      expect(c.Tags).toEqual([{ Key: "copy", Value: "yes" }])
      const copy = yield* snapshot(m, c.SnapshotId!)
      expect(copy).toMatchObject({
        State: "pending",
        VolumeId: "vol-ffffffff",
        VolumeSize: 10,
        Encrypted: true,
        Description: `[Copied ${s.SnapshotId} from us-east-1]`
      })
      yield* TestClock.adjust("10 seconds")
      expect((yield* snapshot(m, c.SnapshotId!)).State).toBe("completed")
    })))
})

describe("DeleteSnapshot", () => {
  it("deletes own snapshots; InvalidSnapshot.InUse while an AMI uses one", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const pub = yield* seedSnapshot(m)
      const ami = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.BlockDeviceMappings[0]!.SnapshotId === pub)!.ImageId)
      expect(yield* failure(m.ec2.deleteSnapshot({ SnapshotId: pub }))).toEqual({
        code: "InvalidSnapshot.InUse",
        message: `The snapshot ${pub} is currently in use by ${ami}`
      })
      const vol = yield* newVolume(m)
      const s = yield* m.ec2.createSnapshot({ VolumeId: vol })
      expect(yield* failure(m.ec2.deleteSnapshot({ SnapshotId: s.SnapshotId!, DryRun: true }))).toMatchObject({ code: "DryRunOperation" })
      yield* m.ec2.deleteSnapshot({ SnapshotId: s.SnapshotId! })
      expect(yield* failure(m.ec2.deleteSnapshot({ SnapshotId: s.SnapshotId! }))).toEqual({
        code: "InvalidSnapshot.NotFound",
        message: `The snapshot '${s.SnapshotId}' does not exist.`
      })
      // its timers went with it: time passing changes nothing
      const before = yield* storageState(m)
      yield* TestClock.adjust("1 minute")
      expect(yield* storageState(m)).toBe(before)
    })))
})

describe("property: snapshot → restore → snapshot", () => {
  it("keeps size and encryption through any chain of restores and copies", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.record({ grow: fc.nat(50), az: fc.nat(5), copy: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        (size, steps) =>
          run(Effect.gen(function*() {
            const m = yield* makeWorld({ delays: { volumeCreating: "immediate", snapshot: "immediate" } })
            const v0 = yield* m.ec2.createVolume({ AvailabilityZone: AZ, Size: size })
            let snap = (yield* m.ec2.createSnapshot({ VolumeId: v0.VolumeId! })).SnapshotId!
            let expected = size
            for (const step of steps) {
              if (step.copy) snap = (yield* m.ec2.copySnapshot({ SourceRegion: "us-east-1", SourceSnapshotId: snap })).SnapshotId!
              const zone = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"][step.az]!
              const v = yield* m.ec2.createVolume({ AvailabilityZone: zone, SnapshotId: snap, Size: expected + step.grow })
              expected = expected + step.grow
              expect(v.Size).toBe(expected)
              snap = (yield* m.ec2.createSnapshot({ VolumeId: v.VolumeId! })).SnapshotId!
              const s = yield* m.ec2.describeSnapshots({ SnapshotIds: [snap] })
              expect(s.Snapshots![0]!.VolumeSize).toBe(expected)
              expect(s.Snapshots![0]!.Encrypted).toBe(false)
            }
          }))
      ),
      { numRuns: CI ? 1000 : 50 }
    )
  })
})
