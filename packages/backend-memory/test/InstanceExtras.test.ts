import { Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { defaultCredits } from "../src/operations/credits.js"
import { failure, makeWorld, type StorageWorld } from "./storageWorld.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const imageOf = (m: StorageWorld) =>
  m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)

const launch = (m: StorageWorld, InstanceType: string, extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const ImageId = yield* imageOf(m)
    const r = yield* m.ec2.runInstances({ ImageId, InstanceType, MinCount: 1, MaxCount: 1, ...extra })
    return r.Instances![0]!.InstanceId!
  })

describe("credit specifications", () => {
  it("T2 launches standard, T3/T3a unlimited; a request's option wins; a type without credits refuses one", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const t2 = yield* launch(m, "t2.micro")
      const t3 = yield* launch(m, "t3.micro")
      const t3a = yield* launch(m, "t3a.micro", { CreditSpecification: { CpuCredits: "standard" } })
      const m5 = yield* launch(m, "m5.large")
      const d = yield* m.ec2.describeInstanceCreditSpecifications({ InstanceIds: [t2, t3, t3a] })
      expect(d.InstanceCreditSpecifications).toEqual([
        { InstanceId: t2, CpuCredits: "standard" },
        { InstanceId: t3, CpuCredits: "unlimited" },
        { InstanceId: t3a, CpuCredits: "standard" }
      ])
      // without ids: the unlimited ones
      expect((yield* m.ec2.describeInstanceCreditSpecifications({})).InstanceCreditSpecifications).toEqual([{ InstanceId: t3, CpuCredits: "unlimited" }])
      expect(yield* failure(m.ec2.describeInstanceCreditSpecifications({ InstanceIds: [m5] }))).toEqual({
        code: "InstanceCreditSpecification.NotSupported",
        message: "The m5.large instance type does not support T2 Unlimited."
      })
      expect(yield* failure(launch(m, "m5.large", { CreditSpecification: { CpuCredits: "standard" } }))).toEqual({
        code: "InstanceCreditSpecification.NotSupported",
        message: "The m5.large instance type does not support T2 Unlimited."
      })
      const mod = yield* m.ec2.modifyInstanceCreditSpecification({
        InstanceCreditSpecifications: [{ InstanceId: t2, CpuCredits: "unlimited" }, { InstanceId: m5, CpuCredits: "unlimited" }, { InstanceId: "i-0123456789abcdef0", CpuCredits: "standard" }]
      })
      expect(mod.SuccessfulInstanceCreditSpecifications).toEqual([{ InstanceId: t2 }])
      expect(mod.UnsuccessfulInstanceCreditSpecifications?.map((x) => [x.InstanceId, x.Error?.Code])).toEqual([
        [m5, "InstanceCreditSpecification.NotSupported"],
        ["i-0123456789abcdef0", "InvalidInstanceID.NotFound"]
      ])
      expect((yield* m.ec2.describeInstanceCreditSpecifications({ InstanceIds: [t2] })).InstanceCreditSpecifications).toEqual([{ InstanceId: t2, CpuCredits: "unlimited" }])
      expect(yield* failure(m.ec2.modifyInstanceCreditSpecification({ InstanceCreditSpecifications: [{ InstanceId: t2, CpuCredits: "turbo" }] }))).toMatchObject({ code: "InvalidParameterValue" })
    })))

  it("defaults by family (property over T names): generation 2 standard, later unlimited, other series none", () =>
    fc.assert(
      fc.property(fc.constantFrom("t", "m", "c", "r"), fc.integer({ min: 2, max: 9 }), fc.constantFrom("", "a", "g"), fc.constantFrom("nano", "micro", "large"), (series, gen, opt, size) => {
        const d = defaultCredits(`${series}${gen}${opt}.${size}`)
        expect(d).toBe(series !== "t" ? undefined : gen === 2 ? "standard" : "unlimited")
      }),
      { numRuns: CI ? 1_000 : 100 }
    ))
})

describe("console output", () => {
  it("empty before the first boot; then a base64 boot log naming the instance, with the boot's time", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const id = yield* launch(m, "t3.micro")
      expect(yield* m.ec2.getConsoleOutput({ InstanceId: id })).toEqual({ InstanceId: id })
      yield* TestClock.adjust("10 seconds")
      const out = yield* m.ec2.getConsoleOutput({ InstanceId: id, Latest: true })
      const text = Buffer.from(out.Output!, "base64").toString("utf8")
      expect(Buffer.from(text, "utf8").toString("base64")).toBe(out.Output)
      expect(text).toContain("Cloud-init")
      expect(text).toContain("login:")
      const launched = (yield* m.ec2.describeInstances({ InstanceIds: [id] })).Reservations![0]!.Instances![0]!.LaunchTime!
      expect(out.Timestamp!.getTime()).toBeGreaterThan(launched.getTime())
      expect(yield* m.ec2.getConsoleOutput({ InstanceId: id })).toEqual(out)
      expect(yield* failure(m.ec2.getConsoleOutput({ InstanceId: "i-0123456789abcdef0" }))).toEqual({
        code: "InvalidInstanceID.NotFound",
        message: "The instance ID 'i-0123456789abcdef0' does not exist"
      })
    })))
})

describe("EBS encryption by default", () => {
  it("off by default; when on, new volumes, launch volumes and snapshot copies are encrypted; existing ones keep their state", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      expect(yield* m.ec2.getEbsEncryptionByDefault({})).toEqual({ EbsEncryptionByDefault: false, SseType: "sse-ebs" })
      const before = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 8 })
      expect(before.Encrypted).toBe(false)
      expect(yield* m.ec2.enableEbsEncryptionByDefault({})).toEqual({ EbsEncryptionByDefault: true })
      expect((yield* m.ec2.getEbsEncryptionByDefault({})).EbsEncryptionByDefault).toBe(true)
      const after = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 8, Encrypted: false })
      expect(after.Encrypted).toBe(true)
      expect((yield* m.ec2.describeVolumes({ VolumeIds: [before.VolumeId!] })).Volumes![0]!.Encrypted).toBe(false)
      const id = yield* launch(m, "t3.micro")
      const vols = yield* m.ec2.describeVolumes({ Filters: [{ Name: "attachment.instance-id", Values: [id] }] })
      expect(vols.Volumes!.length).toBeGreaterThan(0)
      expect(vols.Volumes!.every((v) => v.Encrypted === true)).toBe(true)
      yield* TestClock.adjust("5 seconds")
      const snap = yield* m.ec2.createSnapshot({ VolumeId: before.VolumeId! })
      expect(snap.Encrypted).toBe(false)
      yield* TestClock.adjust("1 minute")
      const copy = yield* m.ec2.copySnapshot({ SourceSnapshotId: snap.SnapshotId!, SourceRegion: "us-east-1" })
      expect((yield* m.ec2.describeSnapshots({ SnapshotIds: [copy.SnapshotId!] })).Snapshots![0]!.Encrypted).toBe(true)
      expect(yield* m.ec2.disableEbsEncryptionByDefault({})).toEqual({ EbsEncryptionByDefault: false })
      expect((yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 8 })).Encrypted).toBe(false)
    })))

  it("the setting survives snapshot → restore, and another world (Region) has its own", () =>
    run(Effect.gen(function*() {
      const a = yield* Ec2Memory.make({ seed: 1 })
      yield* a.ec2.enableEbsEncryptionByDefault({})
      const b = yield* Ec2Memory.make({ snapshot: yield* a.hypervisor.snapshot })
      expect((yield* b.ec2.getEbsEncryptionByDefault({})).EbsEncryptionByDefault).toBe(true)
      const other = yield* Ec2Memory.make({ seed: 1, region: "eu-west-1" })
      expect((yield* other.ec2.getEbsEncryptionByDefault({})).EbsEncryptionByDefault).toBe(false)
    })))
})

describe("DescribeInstanceTypes catalogue fields", () => {
  it("CurrentGeneration and the family-derived members as AWS's own answers show them", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const r = yield* m.ec2.describeInstanceTypes({ InstanceTypes: ["t3.micro", "m5.large", "m3.medium"] })
      const by = new Map(r.InstanceTypes!.map((t) => [t.InstanceType, t]))
      // as in aws/amazon-ec2-instance-selector's recorded answers (shared/data/describe-instance-types-samples)
      expect(by.get("t3.micro")).toMatchObject({
        CurrentGeneration: true,
        SupportedRootDeviceTypes: ["ebs"],
        PlacementGroupInfo: { SupportedStrategies: ["partition", "spread"] },
        EbsInfo: { EncryptionSupport: "supported", NvmeSupport: "required" },
        NetworkInfo: { EnaSupport: "required", MaximumNetworkInterfaces: 2, DefaultNetworkCardIndex: 0, NetworkCards: [{ NetworkCardIndex: 0, MaximumNetworkInterfaces: 2 }] }
      })
      expect(by.get("m5.large")).toMatchObject({ CurrentGeneration: true, PlacementGroupInfo: { SupportedStrategies: ["cluster", "partition", "spread"] } })
      expect(by.get("m3.medium")).toMatchObject({
        CurrentGeneration: false,
        SupportedRootDeviceTypes: ["ebs", "instance-store"],
        SupportedVirtualizationTypes: ["hvm", "paravirtual"]
      })
      const current = yield* m.ec2.describeInstanceTypes({ Filters: [{ Name: "current-generation", Values: ["false"] }], MaxResults: 100 })
      expect(current.InstanceTypes!.every((t) => t.CurrentGeneration === false)).toBe(true)
    })))
})
