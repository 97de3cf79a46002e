import { Duration, Effect, type Scope } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import { Pricing } from "@ec2kit/core"
import { Ec2Memory, type Billing } from "@ec2kit/backend-memory"
import { segments, type UsageSegment } from "../src/internal/UsageLedger.js"
import { spotPriceSegments } from "../src/internal/SpotPricing.js"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** EBS prorates monthly rates over 30 days (AWS's EBS pricing example). */
const MONTH = 30 * DAY

type Memory = Effect.Success<ReturnType<typeof world>>

/** Instances run, stop and terminate at once, so times are exact. */
const world = () =>
  Ec2Memory.make({
    seed: 1,
    delays: { instancePending: "immediate", instanceStopping: "immediate", instanceShuttingDown: "immediate", volumeCreating: "immediate", snapshot: "immediate" }
  })

const imageOf = (m: Memory) => m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)

const launch = (m: Memory, InstanceType = "t3.micro", extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const ImageId = yield* imageOf(m)
    const r = yield* m.ec2.runInstances({ ImageId, InstanceType, MinCount: 1, MaxCount: 1, ...extra })
    return r.Instances![0]!.InstanceId!
  })

const wait = (ms: number) => TestClock.adjust(Duration.millis(ms))

const linesOf = (bill: Billing.Bill, resourceId: string, usageType?: string) =>
  bill.LineItems.filter((l) => l.ResourceId === resourceId && (usageType === undefined || l.UsageType === usageType))

const quantity = (bill: Billing.Bill, resourceId: string, usageType: string) =>
  linesOf(bill, resourceId, usageType).reduce((q, l) => q + l.Quantity, 0)

const cost = (bill: Billing.Bill, resourceId: string, usageType?: string) =>
  linesOf(bill, resourceId, usageType).reduce((q, l) => q + l.Cost, 0)

/** Writes ledger segments directly, to price usage the seed world cannot produce (other platforms). */
const putUsage = (m: Memory, records: ReadonlyArray<UsageSegment>) =>
  m.engine.transact((w) => Effect.sync(() => records.forEach((r) => w.put("usage", r))))

const t3micro = Pricing.onDemandHourly(Pricing.usEast1, "t3.micro")!

describe("billing meter: compute", () => {
  it("bills a running instance per second at the table's on-demand rate, with its EBS and public IPv4", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(2 * HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
      expect(bill.Region).toBe("us-east-1")
      expect(bill.Currency).toBe("USD")
      expect(bill.PriceTableDate).toBe(Pricing.usEast1.EffectiveDate)
      const box = linesOf(bill, id, "BoxUsage:t3.micro")
      expect(box).toHaveLength(1)
      expect(box[0]).toMatchObject({ LineItemType: "Usage", Operation: "RunInstances", Quantity: 2, Unit: "Hrs", Rate: t3micro })
      expect(box[0]!.Cost).toBeCloseTo(2 * t3micro, 12)
      // the seed AMI's 8 GiB gp3 root volume: 8 GB × 2 h of a 720-h month × $0.08
      const vol = bill.LineItems.find((l) => l.UsageType === "EBS:VolumeUsage.gp3")!
      expect(vol.Quantity).toBeCloseTo(8 * 2 * HOUR / MONTH, 12)
      expect(vol.Cost).toBeCloseTo(8 * 2 * HOUR / MONTH * 0.08, 12)
      // gp3 at its free baseline (3,000 IOPS, 125 MiB/s): no IOPS or throughput line
      expect(bill.LineItems.some((l) => l.UsageType.startsWith("EBS:VolumeP-"))).toBe(false)
      const ip = bill.LineItems.find((l) => l.UsageType === "PublicIPv4:InUseAddress")!
      expect(ip).toMatchObject({ ResourceType: "public-ipv4", Quantity: 2, Rate: 0.005 })
      expect(bill.Total).toBeCloseTo(bill.LineItems.reduce((t, l) => t + l.Cost, 0), 12)
      expect(bill.Resources.map((r) => r.ResourceId).sort()).toEqual([...new Set(bill.LineItems.map((l) => l.ResourceId))].sort())
      expect(bill.UnpricedLineItems).toBe(0)
    })))

  it("a stopped instance bills its EBS but no compute; its auto-assigned address goes with the stop", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(HOUR)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* wait(5 * HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 6 * HOUR })
      expect(quantity(bill, id, "BoxUsage:t3.micro")).toBe(1)
      const vol = bill.LineItems.find((l) => l.UsageType === "EBS:VolumeUsage.gp3")!
      expect(vol.Quantity).toBeCloseTo(8 * 6 * HOUR / MONTH, 12)
      expect(bill.LineItems.filter((l) => l.UsageType === "PublicIPv4:InUseAddress").reduce((q, l) => q + l.Quantity, 0)).toBe(1)
      const later = yield* m.hypervisor.bill({ StartTime: 2 * HOUR, EndTime: 6 * HOUR })
      expect(linesOf(later, id)).toEqual([])
    })))

  it("charges at least 60 s each time an instance enters running (WN17), at the stop", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(10_000)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* wait(1_000)
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* wait(90_000)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 101_000 })
      // 10 s → 60 s, then 90 s
      expect(quantity(bill, id, "BoxUsage:t3.micro") * 3600).toBeCloseTo(150, 9)
      // the minimum's extra 50 s belongs to the stop's instant
      const before = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 10_000 })
      const after = yield* m.hypervisor.bill({ StartTime: 10_000, EndTime: 101_000 })
      expect(quantity(before, id, "BoxUsage:t3.micro") * 3600).toBeCloseTo(10, 9)
      expect(quantity(after, id, "BoxUsage:t3.micro") * 3600).toBeCloseTo(140, 9)
    })))

  it("an instance whose image is deregistered keeps its platform's price (after a stop and start too)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const v = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 8, VolumeType: "gp3" })
      const s = yield* m.ec2.createSnapshot({ VolumeId: v.VolumeId! })
      const img = yield* m.ec2.registerImage({
        Name: "mine", RootDeviceName: "/dev/xvda", Architecture: "x86_64", VirtualizationType: "hvm", EnaSupport: true,
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: s.SnapshotId!, VolumeType: "gp3" } }]
      })
      yield* wait(60_000)
      const r = yield* m.ec2.runInstances({ ImageId: img.ImageId!, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })
      const id = r.Instances![0]!.InstanceId!
      yield* wait(HOUR)
      yield* m.ec2.deregisterImage({ ImageId: img.ImageId! })
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* wait(HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 60_000, EndTime: 60_000 + 2 * HOUR })
      const box = linesOf(bill, id, "BoxUsage:t3.micro")
      expect(box.every((l) => l.Unpriced === undefined)).toBe(true)
      expect(box.reduce((q, l) => q + l.Quantity, 0)).toBeCloseTo(2, 9)
    })))

  it("a type change between a stop and a start in one clock hour bills each type at its own rate", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(10 * 60_000)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* m.ec2.modifyInstanceAttribute({ InstanceId: id, InstanceType: { Value: "m5.large" } })
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* wait(20 * 60_000)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 30 * 60_000 })
      const m5 = Pricing.onDemandHourly(Pricing.usEast1, "m5.large")!
      expect(quantity(bill, id, "BoxUsage:t3.micro") * 60).toBeCloseTo(10, 9)
      expect(quantity(bill, id, "BoxUsage:m5.large") * 60).toBeCloseTo(20, 9)
      expect(cost(bill, id)).toBeCloseTo(t3micro / 6 + m5 / 3, 12)
    })))

  it("an instance still running is billed for the time it ran (its minimum is not known yet)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(20_000)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 20_000 })
      expect(quantity(bill, id, "BoxUsage:t3.micro") * 3600).toBeCloseTo(20, 9)
    })))

  it("SUSE is billed by the started hour, one hour minimum (KC)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* wait(10 * HOUR)
      const seg = { ResourceId: "i-0000000000000005e", Meter: "compute", InstanceType: "t3.micro", AvailabilityZone: "us-east-1a", Platform: "SUSE Linux", Tenancy: "default", Market: "on-demand" } as const
      yield* putUsage(m, [
        { ...seg, Key: "a", Start: 0, End: 90 * 60_000, PeriodStart: 0 },
        { ...seg, Key: "b", Start: 3 * HOUR, End: 3 * HOUR + 5_000, PeriodStart: 3 * HOUR }
      ])
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 10 * HOUR })
      const lines = linesOf(bill, seg.ResourceId)
      expect(lines.every((l) => l.Operation === "RunInstances:000g" && l.Unpriced !== undefined)).toBe(true)
      // 1.5 h → 2 h; 5 s → 1 h
      expect(lines.reduce((q, l) => q + l.Quantity, 0)).toBeCloseTo(3, 12)
    })))

  it("lists usage the table cannot price (Windows) as unpriced, with the reason, and prices nothing for it", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* wait(2 * HOUR)
      yield* putUsage(m, [{
        Key: "w", ResourceId: "i-00000000000000077", Meter: "compute", Start: 0, End: HOUR, PeriodStart: 0,
        InstanceType: "m5.large", AvailabilityZone: "us-east-1a", Platform: "Windows", Tenancy: "default", Market: "on-demand"
      }])
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
      const [line] = linesOf(bill, "i-00000000000000077")
      expect(line).toMatchObject({ UsageType: "BoxUsage:m5.large", Operation: "RunInstances:0002", Quantity: 1, Cost: 0 })
      expect(line!.Rate).toBeUndefined()
      expect(line!.Unpriced).toMatch(/Linux\/UNIX on-demand prices only.*Windows/)
      expect(bill.UnpricedLineItems).toBe(1)
      expect(bill.Total).toBe(0)
      expect(bill.Resources[0]).toMatchObject({ UnpricedLineItems: 1, Cost: 0 })
    })))

  it("a caller's price table replaces the shipped one (its rate, Region and date on the bill)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(HOUR)
      const table: Pricing.PriceTable = { Region: "eu-west-1", Currency: "USD", EffectiveDate: "2026-01-01", Sources: ["negotiated"], OnDemandHourly: { "t3.micro": 0.5 } }
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: HOUR, PriceTable: table })
      expect(bill).toMatchObject({ Region: "eu-west-1", PriceTableDate: "2026-01-01" })
      expect(cost(bill, id, "BoxUsage:t3.micro")).toBeCloseTo(0.5, 12)
      // no EBS or IPv4 rates in that table: unpriced, not guessed
      expect(bill.LineItems.filter((l) => l.ResourceId !== id).every((l) => l.Unpriced !== undefined && l.Cost === 0)).toBe(true)
    })))
})

describe("billing meter: Spot", () => {
  it("bills Spot usage at the Spot price in effect, second by second (SpotUsage)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "m5.large", { InstanceMarketOptions: { MarketType: "spot" } })
      yield* wait(30 * HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 30 * HOUR })
      const az = yield* m.engine.read((w) => w.get("instances", id)!.AvailabilityZone)
      const expected = yield* m.engine.read((w) => spotPriceSegments(w, az, "m5.large", 0, 30 * HOUR).reduce((c, s) => c + s.Price * (s.To - s.From) / HOUR, 0))
      const lines = linesOf(bill, id, "SpotUsage:m5.large")
      expect(lines.length).toBeGreaterThan(0)
      expect(lines.reduce((q, l) => q + l.Quantity, 0)).toBeCloseTo(30, 9)
      expect(cost(bill, id)).toBeCloseTo(expected, 9)
      expect(cost(bill, id)).toBeLessThan(30 * Pricing.onDemandHourly(Pricing.usEast1, "m5.large")!)
    })))

  it("an instance EC2 interrupts in its first hour costs nothing (IRQ); one the user stops pays its seconds", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const spotOptions = { InstanceMarketOptions: { MarketType: "spot" } }
      const byEc2 = yield* launch(m, "m5.large", spotOptions)
      const byUser = yield* launch(m, "m5.large", spotOptions)
      yield* wait(20 * 60_000)
      yield* m.hypervisor.interruptSpot(byEc2, { Action: "terminate" })
      yield* m.ec2.terminateInstances({ InstanceIds: [byUser] })
      yield* wait(HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: HOUR })
      // EC2's: 22 minutes (notice included), all free
      expect(quantity(bill, byEc2, "SpotUsage:m5.large") * 60).toBeCloseTo(22, 9)
      expect(cost(bill, byEc2, "SpotUsage:m5.large")).toBe(0)
      expect(cost(bill, byUser, "SpotUsage:m5.large")).toBeGreaterThan(0)
    })))

  it("SUSE Spot interrupted by EC2 after its first hour: full hours charged, the partial hour free (IRQ)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* wait(3 * HOUR)
      yield* putUsage(m, [{
        Key: "s", ResourceId: "i-000000000000000aa", Meter: "compute", Start: 0, End: 150 * 60_000, PeriodStart: 0, InterruptedByEc2: true,
        InstanceType: "m5.large", AvailabilityZone: "us-east-1a", Platform: "SUSE Linux", Tenancy: "default", Market: "spot"
      }])
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 3 * HOUR })
      const lines = linesOf(bill, "i-000000000000000aa", "SpotUsage:m5.large")
      const free = lines.filter((l) => l.Rate === 0).reduce((q, l) => q + l.Quantity, 0)
      const charged = lines.filter((l) => l.Rate !== 0).reduce((q, l) => q + l.Quantity, 0)
      expect(free).toBeCloseTo(0.5, 12)
      // charged, though unpriced here: the market's prices are Linux/UNIX prices
      expect(charged).toBeCloseTo(2, 12)
    })))
})

describe("billing meter: storage, addresses, hosts, reservations", () => {
  it("gp3 IOPS above 3,000 and throughput above 125 MiB/s, prorated over a 30-day month", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const v = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 100, VolumeType: "gp3", Iops: 4000, Throughput: 200 })
      yield* wait(MONTH)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: MONTH })
      const id = v.VolumeId!
      expect(linesOf(bill, id, "EBS:VolumeUsage.gp3")[0]).toMatchObject({ Unit: "GB-Mo", Quantity: 100, Rate: 0.08 })
      expect(linesOf(bill, id, "EBS:VolumeP-IOPS.gp3")[0]).toMatchObject({ Unit: "IOPS-Mo", Quantity: 1000, Rate: 0.005 })
      expect(linesOf(bill, id, "EBS:VolumeP-Throughput.gp3")[0]).toMatchObject({ Unit: "MiBps-Mo", Quantity: 75, Rate: 0.04 })
      expect(cost(bill, id)).toBeCloseTo(8 + 5 + 3, 9)
    })))

  it("io1 bills every provisioned IOPS; io2 above 32,000 IOPS is unpriced (tiers unverified)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const io1 = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 30, VolumeType: "io1", Iops: 300 })
      const io2 = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 100, VolumeType: "io2", Iops: 40_000 })
      yield* wait(MONTH)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: MONTH })
      // AWS's (via infracost) io1 example: 30 GB → $3.75, 300 IOPS → $19.50
      expect(cost(bill, io1.VolumeId!, "EBS:VolumeUsage.piops")).toBeCloseTo(3.75, 9)
      expect(cost(bill, io1.VolumeId!, "EBS:VolumeP-IOPS.piops")).toBeCloseTo(19.5, 9)
      const iops = linesOf(bill, io2.VolumeId!, "EBS:VolumeP-IOPS.io2")
      expect(iops.find((l) => l.Unpriced === undefined)).toMatchObject({ Quantity: 32_000 })
      expect(iops.find((l) => l.Unpriced !== undefined)).toMatchObject({ Quantity: 8_000, Cost: 0 })
    })))

  it("a volume deleted within a minute is billed 60 s; a ModifyVolume starts a new rate", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const v = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 10, VolumeType: "gp2" })
      yield* wait(5_000)
      yield* m.ec2.deleteVolume({ VolumeId: v.VolumeId! })
      yield* wait(HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: HOUR })
      expect(quantity(bill, v.VolumeId!, "EBS:VolumeUsage.gp2")).toBeCloseTo(10 * 60_000 / MONTH, 15)
    })))

  it("snapshots bill their size per GB-month; the seed's public AMI snapshots are not the account's", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const v = yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 20, VolumeType: "gp3" })
      const s = yield* m.ec2.createSnapshot({ VolumeId: v.VolumeId! })
      yield* wait(MONTH)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: MONTH })
      const snaps = bill.LineItems.filter((l) => l.UsageType === "EBS:SnapshotUsage")
      expect(snaps.map((l) => l.ResourceId)).toEqual([s.SnapshotId])
      expect(snaps[0]).toMatchObject({ Quantity: 20, Rate: 0.05, Operation: "CreateSnapshot" })
    })))

  it("an Elastic IP bills idle, then in use once associated (all public IPv4 is charged)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const a = yield* m.ec2.allocateAddress({ Domain: "vpc" })
      yield* wait(HOUR)
      const id = yield* launch(m)
      yield* m.ec2.associateAddress({ AllocationId: a.AllocationId!, InstanceId: id })
      yield* wait(2 * HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 3 * HOUR })
      expect(quantity(bill, a.PublicIp!, "PublicIPv4:IdleAddress")).toBeCloseTo(1, 12)
      expect(quantity(bill, a.PublicIp!, "PublicIPv4:InUseAddress")).toBeCloseTo(2, 12)
      expect(cost(bill, a.PublicIp!)).toBeCloseTo(3 * 0.005, 12)
      // the instance's auto-assigned address was released when the EIP replaced it: no time in between
      const total = bill.LineItems.filter((l) => l.ResourceType === "public-ipv4").reduce((q, l) => q + l.Quantity, 0)
      expect(total).toBeCloseTo(3, 12)
    })))

  it("Dedicated Host hours: unpriced in the shipped table, priced from a caller's; 60-s minimum", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* wait(2 * HOUR)
      yield* putUsage(m, [
        { Key: "h1", ResourceId: "h-0123456789abcdef0", Meter: "host", Start: 0, End: HOUR, InstanceFamily: "m5", AvailabilityZone: "us-east-1a" },
        { Key: "h2", ResourceId: "h-0123456789abcdef1", Meter: "host", Start: HOUR, End: HOUR + 1_000, InstanceFamily: "m5", AvailabilityZone: "us-east-1a" }
      ])
      const shipped = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
      expect(linesOf(shipped, "h-0123456789abcdef0")[0]).toMatchObject({ UsageType: "HostUsage:m5", Quantity: 1, Cost: 0 })
      expect(linesOf(shipped, "h-0123456789abcdef0")[0]!.Unpriced).toMatch(/no Dedicated Host price/)
      const mine = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR, PriceTable: { ...Pricing.usEast1, DedicatedHostHourly: { m5: 5 } } })
      expect(cost(mine, "h-0123456789abcdef0")).toBeCloseTo(5, 12)
      expect(quantity(mine, "h-0123456789abcdef1", "HostUsage:m5") * 3600).toBeCloseTo(60, 9)
    })))

  it("unused Capacity Reservation slots at the on-demand rate (UnusedBox)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* wait(HOUR)
      yield* putUsage(m, [{
        Key: "cr", ResourceId: "cr-0123456789abcdef0", Meter: "reservation", Start: 0, End: HOUR,
        InstanceType: "m5.large", AvailabilityZone: "us-east-1a", Platform: "Linux/UNIX", Tenancy: "default", Count: 3, InUse: 2
      }])
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: HOUR })
      const [line] = linesOf(bill, "cr-0123456789abcdef0")
      expect(line).toMatchObject({ ResourceType: "capacity-reservation", UsageType: "UnusedBox:m5.large", Quantity: 3 })
      expect(line!.Cost).toBeCloseTo(3 * Pricing.onDemandHourly(Pricing.usEast1, "m5.large")!, 12)
    })))
})

describe("billing meter: through the purchasing operations", () => {
  it("a Capacity Reservation bills its unused slots; a matching running instance fills one", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const cr = yield* m.ec2.createCapacityReservation({ InstanceType: "m5.large", InstancePlatform: "Linux/UNIX", AvailabilityZone: "us-east-1a", InstanceCount: 3 })
      const crId = cr.CapacityReservation!.CapacityReservationId!
      yield* wait(HOUR)
      const id = yield* launch(m, "m5.large", { Placement: { AvailabilityZone: "us-east-1a" } })
      yield* wait(HOUR)
      const od = Pricing.onDemandHourly(Pricing.usEast1, "m5.large")!
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
      // 3 slots for an hour, then 2
      expect(quantity(bill, crId, "UnusedBox:m5.large")).toBeCloseTo(5, 9)
      expect(cost(bill, crId)).toBeCloseTo(5 * od, 9)
      expect(quantity(bill, id, "BoxUsage:m5.large")).toBeCloseTo(1, 9)
      yield* m.ec2.cancelCapacityReservation({ CapacityReservationId: crId })
      yield* wait(HOUR)
      const after = yield* m.hypervisor.bill({ StartTime: 2 * HOUR, EndTime: 3 * HOUR })
      expect(linesOf(after, crId)).toEqual([])
    })))

  it("a slot an instance leaves and another running instance takes stays used (no unused hours)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const cr = yield* m.ec2.createCapacityReservation({ InstanceType: "m5.large", InstancePlatform: "Linux/UNIX", AvailabilityZone: "us-east-1a", InstanceCount: 1 })
      const crId = cr.CapacityReservation!.CapacityReservationId!
      const first = yield* launch(m, "m5.large", { Placement: { AvailabilityZone: "us-east-1a" } })
      const second = yield* launch(m, "m5.large", { Placement: { AvailabilityZone: "us-east-1a" } })
      yield* wait(HOUR)
      yield* m.ec2.stopInstances({ InstanceIds: [first] })
      yield* wait(HOUR)
      yield* m.ec2.stopInstances({ InstanceIds: [second] })
      yield* wait(HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 3 * HOUR })
      // used the first two hours (by one instance, then the other), unused the third
      expect(quantity(bill, crId, "UnusedBox:m5.large")).toBeCloseTo(1, 9)
    })))

  it("a Dedicated Host bills per host while allocated; the instances on it are not billed per instance", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const h = yield* m.ec2.allocateHosts({ InstanceType: "m5.large", AvailabilityZone: "us-east-1a", Quantity: 1 })
      const hostId = h.HostIds![0]!
      const id = yield* launch(m, "m5.large", { Placement: { Tenancy: "host", HostId: hostId } })
      yield* wait(2 * HOUR)
      const table = { ...Pricing.usEast1, DedicatedHostHourly: { m5: 4 } }
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR, PriceTable: table })
      expect(quantity(bill, hostId, "HostUsage:m5")).toBeCloseTo(2, 9)
      expect(cost(bill, hostId)).toBeCloseTo(8, 9)
      expect(linesOf(bill, id, "BoxUsage:m5.large")).toEqual([])
    })))

  it("a hibernating instance bills while stopping, not while stopped (UG23 lifecycle)", () =>
    run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 1, delays: { instancePending: "immediate" } })
      const hib = yield* launch(m, "m5.large", { HibernationOptions: { Configured: true } })
      const plain = yield* launch(m, "m5.large")
      yield* wait(HOUR)
      yield* m.ec2.stopInstances({ InstanceIds: [hib], Hibernate: true })
      yield* m.ec2.stopInstances({ InstanceIds: [plain] })
      yield* wait(HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
      const stopping = yield* m.engine.read((w) =>
        [...segments(w)].filter((s) => s.ResourceId === hib && s.Hibernating === true).map((s) => (s.End ?? w.now) - s.Start)
      )
      expect(stopping).toHaveLength(1)
      expect(stopping[0]).toBeGreaterThan(0)
      expect(quantity(bill, plain, "BoxUsage:m5.large")).toBeCloseTo(1, 9)
      expect(quantity(bill, hib, "BoxUsage:m5.large")).toBeCloseTo(1 + stopping[0]! / HOUR, 9)
    })))
})

describe("billing meter: commitments and credits", () => {
  it("a Savings Plan covers on-demand usage up to its commitment and adds its recurring fee", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* m.engine.transact((w) =>
        Effect.sync(() =>
          w.put("savingsPlans", {
            SavingsPlanId: "sp-1", SavingsPlanArn: "arn:aws:savingsplans::123456789012:savingsplan/sp-1", SavingsPlanType: "Compute",
            PaymentOption: "No Upfront", Commitment: 0.005, Region: "us-east-1", TermDurationInSeconds: 31_536_000,
            Start: 0, End: 31_536_000_000, UpfrontPaymentAmount: 0, RecurringPaymentAmount: 0.005, State: "active"
          })
        )
      )
      const id = yield* launch(m)
      yield* wait(2 * HOUR)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
      const covered = linesOf(bill, id).filter((l) => l.LineItemType === "SavingsPlanCoveredUsage")
      expect(covered.length).toBeGreaterThan(0)
      expect(covered.every((l) => l.CoveredBy === "sp-1")).toBe(true)
      // covered and on-demand hours together are the hours run
      expect(linesOf(bill, id, "BoxUsage:t3.micro").reduce((q, l) => q + l.Quantity, 0)).toBeCloseTo(2, 9)
      const fees = linesOf(bill, "sp-1")
      expect(fees.length).toBeGreaterThan(0)
      expect(fees.every((l) => l.ResourceType === "savings-plan" && l.Cost >= 0)).toBe(true)
      // cheaper than on demand for the instance
      expect(cost(bill, id)).toBeLessThan(2 * t3micro)
    })))

  it("surplus credits of an unlimited T3 at the Linux vCPU-hour rate (CPUCredits:t3)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "t3.nano")
      yield* m.hypervisor.setCpuUtilization(id, 100)
      yield* wait(5 * HOUR)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 5 * HOUR })
      const credits = linesOf(bill, id, "CPUCredits:t3")
      expect(credits.length).toBeGreaterThan(0)
      expect(credits.every((l) => l.Unit === "vCPU-Hours" && l.Rate === 0.05)).toBe(true)
      expect(cost(bill, id, "CPUCredits:t3")).toBeGreaterThan(0)
    })))
})

describe("billing meter: windows and persistence", () => {
  it("the guide's example (docs/purchasing/billing.md): 30 days of a t3.micro with default delays", () =>
    run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 1 })
      const id = yield* launch(m)
      yield* TestClock.adjust(Duration.days(30))
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 720 * HOUR })
      const box = quantity(bill, id, "BoxUsage:t3.micro")
      // pending is not billed: a little under 720 h
      expect(box).toBeLessThan(720)
      expect(box).toBeGreaterThan(719.9)
      expect(bill.LineItems.find((l) => l.UsageType === "EBS:VolumeUsage.gp3")).toMatchObject({ Quantity: 8, Cost: 0.64 })
      expect(bill.Total).toBeCloseTo(720 * t3micro + 0.64 + 720 * 0.005, 1)
    })))


  it("refuses bad windows and tables with InvalidParameterValue", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* wait(HOUR)
      const bad: ReadonlyArray<Billing.BillOptions> = [
        { StartTime: 10, EndTime: 5 },
        { StartTime: 0, EndTime: 2 * HOUR },
        { StartTime: -1, EndTime: 5 },
        { StartTime: 0.5, EndTime: 5 },
        { StartTime: Number.NaN, EndTime: 5 },
        { StartTime: 0, EndTime: 5, PriceTable: { ...Pricing.usEast1, OnDemandHourly: { "t3.micro": -1 } } },
        { StartTime: 0, EndTime: 5, PriceTable: { ...Pricing.usEast1, PublicIpv4Hourly: Number.POSITIVE_INFINITY } }
      ]
      for (const options of bad) {
        const e = yield* Effect.flip(m.hypervisor.bill(options))
        expect(e.code).toBe("InvalidParameterValue")
      }
    })))

  it("a malformed ledger segment (a hand-made snapshot) is left out, never priced as NaN", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(HOUR)
      const bad = [
        { Key: "x1", ResourceId: "vol-1", Meter: "volume", Start: 0, VolumeType: "gp3", Size: "8" },
        { Key: "x2", ResourceId: "i-1", Meter: "compute", Start: "0", InstanceType: "t3.micro", AvailabilityZone: "us-east-1a" },
        { Key: "x3", ResourceId: "i-2", Meter: "compute", Start: 10, End: 5, InstanceType: "t3.micro", AvailabilityZone: "us-east-1a" },
        { Key: "x4", ResourceId: "x", Meter: "nonsense", Start: 0 }
      ] as unknown as ReadonlyArray<UsageSegment>
      yield* putUsage(m, bad)
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: HOUR })
      expect(Number.isFinite(bill.Total)).toBe(true)
      expect(bill.LineItems.every((l) => Number.isFinite(l.Cost) && Number.isFinite(l.Quantity))).toBe(true)
      expect(new Set(bill.LineItems.map((l) => l.ResourceId)).has("vol-1")).toBe(false)
      expect(quantity(bill, id, "BoxUsage:t3.micro")).toBeCloseTo(1, 9)
    })))

  it("an empty window, or one before anything existed, costs 0", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* wait(HOUR)
      yield* launch(m)
      yield* wait(HOUR)
      expect((yield* m.hypervisor.bill({ StartTime: 0, EndTime: HOUR })).Total).toBe(0)
      expect((yield* m.hypervisor.bill({ StartTime: 90 * 60_000, EndTime: 90 * 60_000 })).LineItems).toEqual([])
    })))

  it("the ledger is one segment per state change and survives a snapshot and restore", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m)
      yield* wait(30 * DAY)
      const count = yield* m.engine.read((w) => [...segments(w)].filter((s) => s.ResourceId === id).length)
      expect(count).toBe(1)
      const before = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 30 * DAY })
      const bytes = yield* m.hypervisor.snapshot
      const other = yield* world()
      yield* other.hypervisor.restore(bytes)
      const after = yield* other.hypervisor.bill({ StartTime: 0, EndTime: 30 * DAY })
      expect(after).toEqual(before)
    })))

  it("a month of 200 instances bills, with and without a Savings Plan (was: RangeError, a push of one charge per instance-hour)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const ImageId = yield* imageOf(m)
      for (let k = 0; k < 4; k++) yield* m.ec2.runInstances({ ImageId, InstanceType: "t3.micro", MinCount: 50, MaxCount: 50 })
      yield* wait(30 * DAY)
      const plain = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 30 * DAY })
      expect(plain.LineItems.filter((l) => l.UsageType === "BoxUsage:t3.micro")).toHaveLength(200)
      expect(plain.Total).toBeGreaterThan(200 * 720 * t3micro)
      yield* m.engine.transact((w) =>
        Effect.sync(() =>
          w.put("savingsPlans", {
            SavingsPlanId: "sp-1", SavingsPlanArn: "arn:aws:savingsplans::123456789012:savingsplan/sp-1", SavingsPlanType: "Compute",
            PaymentOption: "No Upfront", Commitment: 0.5, Region: "us-east-1", TermDurationInSeconds: 31_536_000,
            Start: 0, End: 31_536_000_000, UpfrontPaymentAmount: 0, RecurringPaymentAmount: 0.5, State: "active"
          })
        )
      )
      const covered = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 30 * DAY })
      const box = covered.LineItems.filter((l) => l.UsageType === "BoxUsage:t3.micro")
      // per instance at most one on-demand and one covered line
      expect(box.length).toBeLessThanOrEqual(400)
      expect(box.reduce((q, l) => q + l.Quantity, 0)).toBeCloseTo(200 * 720, 6)
    })), 60_000)

  it("the ledger is journaled: a world reopened from its file bills the same (observers do not run on replay)", () =>
    run(Effect.gen(function*() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-billing-"))
      const file = path.join(dir, "world.ec2kit")
      try {
        const before = yield* Effect.scoped(Effect.gen(function*() {
          const m = yield* Ec2Memory.make({ seed: 1, persistence: { path: file }, delays: { instancePending: "immediate", instanceStopping: "immediate" } })
          const id = yield* launch(m)
          yield* wait(HOUR)
          yield* m.ec2.stopInstances({ InstanceIds: [id] })
          yield* wait(HOUR)
          return yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
        }))
        const after = yield* Effect.scoped(Effect.gen(function*() {
          const m = yield* Ec2Memory.make({ persistence: { path: file } })
          return yield* m.hypervisor.bill({ StartTime: 0, EndTime: 2 * HOUR })
        }))
        expect(before.Total).toBeGreaterThan(0)
        expect(after).toEqual(before)
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })))
})
