/**
 * Reserved Instances on the memory backend: the offerings catalogue (prices, ids, filters, pages),
 * PurchaseReservedInstancesOffering (quotas, queueing, errors) and DescribeReservedInstances with the
 * state timeline; the price data's cited numbers.
 */
import { Duration, Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import { Pricing } from "@ec2kit/core"
import { Ec2Memory } from "@ec2kit/backend-memory"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { hourlyOfMonthly, noUpfrontMonthly } from "../../core/src/internal/reservedPriceData.js"
import {
  catalogueTypes,
  findOffering,
  offeringAt,
  offeringPrice
} from "../src/operations/reservedOfferings.js"
import { failure, makeWorld, type StorageWorld } from "./storageWorld.js"

const numRuns = process.env.CI ? 1_000 : 200

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const offerings = (m: StorageWorld, req: Parameters<StorageWorld["ec2"]["describeReservedInstancesOfferings"]>[0]) =>
  m.ec2.describeReservedInstancesOfferings(req)

const one = (m: StorageWorld, req: Parameters<StorageWorld["ec2"]["describeReservedInstancesOfferings"]>[0]) =>
  Effect.map(offerings(m, { ...req, MaxResults: 100 }), (r) => {
    expect(r.ReservedInstancesOfferings).toHaveLength(1)
    return r.ReservedInstancesOfferings![0]!
  })

const regionalM5 = {
  InstanceType: "m5.large",
  OfferingClass: "standard",
  OfferingType: "No Upfront",
  ProductDescription: "Linux/UNIX",
  Filters: [{ Name: "scope", Values: ["Region"] }, { Name: "duration", Values: ["31536000"] }]
} as const

const riState = (m: StorageWorld) => m.engine.read((w) => JSON.stringify([...w.all("reservedInstances")]))

describe("price data", () => {
  it("the cited monthly No Upfront costs are hourly prices × 730 (47 of 48 to the cent)", () => {
    const rows = Object.values(noUpfrontMonthly).flat()
    const off = rows.filter((m) => Math.round(hourlyOfMonthly(m) * 730 * 100) / 100 !== m)
    expect(rows).toHaveLength(48)
    expect(off).toEqual([13.5]) // a1.medium convertible 1 yr: 0.0185 × 730 = 13.505
  })

  it("every priced type has all 12 offerings; effective price below on-demand; more upfront, longer and standard are cheaper", () => {
    const types = catalogueTypes(Pricing.usEast1)
    fc.assert(
      fc.property(fc.constantFrom(...types), (type) => {
        const od = Pricing.usEast1.OnDemandHourly[type]!
        const eff = (c: "standard" | "convertible", y: 1 | 3, p: "No Upfront" | "Partial Upfront" | "All Upfront") => {
          const price = offeringPrice(Pricing.usEast1, type, c, y, p)!
          expect(price.FixedPrice).toBeGreaterThanOrEqual(0)
          expect(price.HourlyPrice).toBeGreaterThanOrEqual(0)
          return price.FixedPrice / (y * 8760) + price.HourlyPrice
        }
        for (const c of ["standard", "convertible"] as const) {
          for (const y of [1, 3] as const) {
            const [no, partial, all] = [eff(c, y, "No Upfront"), eff(c, y, "Partial Upfront"), eff(c, y, "All Upfront")]
            expect(no).toBeLessThan(od)
            // derived offerings are rounded to the cent upfront: allow that much per hour
            expect(partial).toBeLessThanOrEqual(no + 1e-6)
            expect(all).toBeLessThanOrEqual(partial + 0.01 / (y * 8760) + 1e-6)
          }
          expect(eff(c, 3, "No Upfront")).toBeLessThan(eff(c, 1, "No Upfront"))
        }
        expect(eff("standard", 1, "No Upfront")).toBeLessThan(eff("convertible", 1, "No Upfront"))
      }),
      { numRuns }
    )
  })

  it("published prices where cited (m5.large), derived elsewhere", () => {
    expect(offeringPrice(Pricing.usEast1, "m5.large", "standard", 1, "No Upfront")).toEqual({ FixedPrice: 0, HourlyPrice: 0.061, Derived: false })
    expect(offeringPrice(Pricing.usEast1, "m5.large", "convertible", 3, "No Upfront")).toEqual({ FixedPrice: 0, HourlyPrice: 0.049, Derived: false })
    const all = offeringPrice(Pricing.usEast1, "m5.xlarge", "standard", 1, "All Upfront")!
    expect(all).toMatchObject({ HourlyPrice: 0, Derived: true })
    const ratio = Pricing.usEast1.ReservedRatios!.find((r) => r.OfferingClass === "standard" && r.Years === 1 && r.OfferingType === "All Upfront")!
    expect(all.FixedPrice).toBeCloseTo(ratio.EffectiveRatio * 0.192 * 8760, 2)
    const partial = offeringPrice(Pricing.usEast1, "m5.xlarge", "standard", 1, "Partial Upfront")!
    expect(partial.FixedPrice).toBeGreaterThan(0)
    expect(partial.HourlyPrice).toBeGreaterThan(0)
    // a table without RI data has no offerings
    const bare: Pricing.PriceTable = { ...Pricing.usEast1, ReservedInstances: {}, ReservedRatios: [] }
    expect(offeringPrice(bare, "m5.large", "standard", 1, "No Upfront")).toBeUndefined()
  })
})

describe("DescribeReservedInstancesOfferings", () => {
  it("answers AWS's shape, with the cited price", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const o = yield* one(m, regionalM5)
      expect(Object.keys(o).sort()).toEqual([
        "CurrencyCode", "Duration", "FixedPrice", "InstanceTenancy", "InstanceType", "Marketplace", "OfferingClass", "OfferingType",
        "PricingDetails", "ProductDescription", "RecurringCharges", "ReservedInstancesOfferingId", "Scope", "UsagePrice"
      ])
      expect(o).toMatchObject({
        InstanceType: "m5.large", Duration: 31_536_000, FixedPrice: 0, UsagePrice: 0, CurrencyCode: "USD", InstanceTenancy: "default",
        Marketplace: false, OfferingClass: "standard", OfferingType: "No Upfront", ProductDescription: "Linux/UNIX", Scope: "Region",
        RecurringCharges: [{ Amount: 0.061, Frequency: "Hourly" }], PricingDetails: []
      })
      expect(o.ReservedInstancesOfferingId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      const zonal = yield* one(m, { ...regionalM5, AvailabilityZone: "us-east-1b", Filters: [{ Name: "duration", Values: ["31536000"] }] })
      expect(zonal).toMatchObject({ Scope: "Availability Zone", AvailabilityZone: "us-east-1b", AvailabilityZoneId: expect.stringMatching(/^use1-az\d$/) })
      const allUp = yield* one(m, { ...regionalM5, OfferingType: "All Upfront" })
      expect(allUp.RecurringCharges).toEqual([])
      expect(allUp.FixedPrice).toBeGreaterThan(0)
    })))

  it("lists every kind of a type (scopes × classes × terms × payments × descriptions), in pages of at most MaxResults", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const zones = yield* m.engine.read((w) => w.meta.Zones.length)
      const all = yield* offerings(m, { InstanceType: "t3.micro" })
      const expected = (zones + 1) * 2 * 2 * 3 * 2
      expect(expected).toBeGreaterThan(100)
      expect(all.ReservedInstancesOfferings).toHaveLength(100) // default page: 100
      expect(all.NextToken).toBeDefined()
      const ids: Array<string> = []
      let token: string | undefined
      do {
        const page = yield* offerings(m, { InstanceType: "t3.micro", MaxResults: 7, ...(token !== undefined ? { NextToken: token } : {}) })
        expect(page.ReservedInstancesOfferings!.length).toBeLessThanOrEqual(7)
        ids.push(...page.ReservedInstancesOfferings!.map((o) => o.ReservedInstancesOfferingId!))
        token = page.NextToken
      } while (token !== undefined)
      expect(ids).toHaveLength(expected)
      expect(new Set(ids).size).toBe(expected)
      // a page size above 100 is capped at 100
      expect((yield* offerings(m, { MaxResults: 500 })).ReservedInstancesOfferings).toHaveLength(100)
    })))

  it("filters and parameters: duration bounds, scope, product description, class, marketplace, ids", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const count = (req: Parameters<StorageWorld["ec2"]["describeReservedInstancesOfferings"]>[0]) =>
        Effect.gen(function*() {
          let n = 0
          let token: string | undefined
          do {
            const page = yield* offerings(m, { ...req, MaxResults: 100, ...(token !== undefined ? { NextToken: token } : {}) })
            n += page.ReservedInstancesOfferings!.length
            token = page.NextToken
          } while (token !== undefined)
          return n
        })
      const zones = yield* m.engine.read((w) => w.meta.Zones.length)
      const base = { InstanceType: "c5.large" } as const
      expect(yield* count({ ...base, MaxDuration: 31_536_000 })).toBe((zones + 1) * 2 * 3 * 2)
      expect(yield* count({ ...base, MinDuration: 31_536_001 })).toBe((zones + 1) * 2 * 3 * 2)
      expect(yield* count({ ...base, MinDuration: 94_608_001 })).toBe(0)
      expect(yield* count({ ...base, Filters: [{ Name: "scope", Values: ["Region"] }] })).toBe(24)
      expect(yield* count({ ...base, ProductDescription: "Linux/UNIX (Amazon VPC)", OfferingClass: "convertible" })).toBe((zones + 1) * 2 * 3)
      expect(yield* count({ ...base, ProductDescription: "Windows" })).toBe(0)
      expect(yield* count({ ...base, InstanceTenancy: "dedicated" })).toBe(0)
      expect(yield* count({ ...base, OfferingType: "Heavy Utilization" })).toBe(0)
      expect(yield* count({ ...base, Filters: [{ Name: "marketplace", Values: ["true"] }] })).toBe(0)
      expect(yield* count({ ...base, IncludeMarketplace: true })).toBe((zones + 1) * 24)
      expect(yield* count({ Filters: [{ Name: "instance-type", Values: ["c5.lar*"] }, { Name: "availability-zone", Values: ["us-east-1a"] }] })).toBe(24)
      const o = yield* one(m, regionalM5)
      const byId = yield* offerings(m, { ReservedInstancesOfferingIds: [o.ReservedInstancesOfferingId!, "00000000-0000-4000-8000-000000000000"] })
      expect(byId.ReservedInstancesOfferings).toEqual([o])
      expect(yield* count({ Filters: [{ Name: "reserved-instances-offering-id", Values: [o.ReservedInstancesOfferingId!] }], InstanceType: "m5.large" })).toBe(1)
    })))

  it("pages through the whole catalogue once: each NextToken resumes where the last page stopped", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const types = catalogueTypes(Pricing.usEast1).length
      const ids = new Set<string>()
      let pages = 0
      let token: string | undefined
      do {
        const page = yield* offerings(m, {
          OfferingClass: "standard", OfferingType: "All Upfront", ProductDescription: "Linux/UNIX", MinDuration: 94_608_000,
          Filters: [{ Name: "scope", Values: ["Region"] }], ...(token !== undefined ? { NextToken: token } : {})
        })
        pages++
        for (const o of page.ReservedInstancesOfferings!) ids.add(o.ReservedInstancesOfferingId!)
        token = page.NextToken
      } while (token !== undefined)
      expect(ids.size).toBe(types)
      expect(pages).toBe(Math.ceil(types / 100))
    })))

  it("fails with a typed error for bad parameters", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      expect((yield* failure(offerings(m, { AvailabilityZone: "us-east-1a", AvailabilityZoneId: "use1-az1" }))).code).toBe("InvalidParameterCombination")
      expect((yield* failure(offerings(m, { InstanceTenancy: "host" }))).code).toBe("InvalidParameterValue")
      expect(yield* failure(offerings(m, { AvailabilityZone: "us-east-1z" }))).toEqual({
        code: "InvalidParameterValue", message: "Invalid value 'us-east-1z' for AvailabilityZone."
      })
      expect((yield* failure(offerings(m, { Filters: [{ Name: "tenancy", Values: ["default"] }] }))).code).toBe("InvalidParameterValue")
      expect((yield* failure(offerings(m, { MaxResults: 0 }))).code).toBe("InvalidParameterValue")
      expect((yield* failure(offerings(m, { NextToken: "nope" }))).code).toBe("InvalidParameterValue")
      expect((yield* failure(offerings(m, { InstanceType: "m5.large", DryRun: true }))).code).toBe("DryRunOperation")
    })))

  it("ids are deterministic, decode to their offering, and a forged id names none", () =>
    run(Effect.gen(function*() {
      const a = yield* makeWorld({ seed: 1 })
      const b = yield* makeWorld({ seed: 2 })
      const oa = yield* one(a, regionalM5)
      const ob = yield* one(b, regionalM5)
      expect(oa.ReservedInstancesOfferingId).toBe(ob.ReservedInstancesOfferingId)
      const id = oa.ReservedInstancesOfferingId!
      const forged = id.slice(0, -1) + (id.endsWith("0") ? "1" : "0")
      yield* a.engine.read((w) => {
        expect(findOffering(w, Pricing.usEast1, id)?.spec).toMatchObject({ InstanceType: "m5.large", OfferingClass: "standard", Years: 1 })
        expect(findOffering(w, Pricing.usEast1, forged)).toBeUndefined()
        expect(findOffering(w, Pricing.usEast1, "not-an-id")).toBeUndefined()
        // every index of the catalogue round-trips
        const total = catalogueTypes(Pricing.usEast1).length * (w.meta.Zones.length + 1) * 24
        fc.assert(
          fc.property(fc.integer({ min: 0, max: total - 1 }), (i) => {
            const o = offeringAt(w, Pricing.usEast1, i)!
            expect(findOffering(w, Pricing.usEast1, o.ReservedInstancesOfferingId)?.spec).toEqual(o.spec)
          }),
          { numRuns }
        )
      })
    })))
})

describe("PurchaseReservedInstancesOffering and DescribeReservedInstances", () => {
  it("a purchase is payment-pending, active a minute later, retired at the end of its term", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const o = yield* one(m, { ...regionalM5, OfferingType: "Partial Upfront" })
      const { ReservedInstancesId } = yield* m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: o.ReservedInstancesOfferingId!, InstanceCount: 3 })
      const describeIt = Effect.map(m.ec2.describeReservedInstances({ ReservedInstancesIds: [ReservedInstancesId!] }), (r) => r.ReservedInstances![0]!)
      const ri = yield* describeIt
      expect(ri).toMatchObject({
        ReservedInstancesId, InstanceType: "m5.large", InstanceCount: 3, State: "payment-pending", Scope: "Region", Duration: 31_536_000,
        FixedPrice: o.FixedPrice, UsagePrice: 0, RecurringCharges: o.RecurringCharges, OfferingClass: "standard", OfferingType: "Partial Upfront",
        ProductDescription: "Linux/UNIX", InstanceTenancy: "default", CurrencyCode: "USD"
      })
      expect(ri.End!.getTime() - ri.Start!.getTime()).toBe(31_536_000_000)
      expect(ri.AvailabilityZone).toBeUndefined()
      yield* TestClock.adjust("1 minute")
      expect((yield* describeIt).State).toBe("active")
      yield* TestClock.adjust("365 days")
      expect((yield* describeIt).State).toBe("retired")
      const retired = yield* m.ec2.describeReservedInstances({ Filters: [{ Name: "state", Values: ["retired"] }] })
      expect(retired.ReservedInstances!.map((r) => r.ReservedInstancesId)).toEqual([ReservedInstancesId])
    })))

  it("queues a regional purchase at PurchaseTime; zonal purchases cannot be queued", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const regional = yield* one(m, regionalM5)
      const zonal = yield* one(m, { ...regionalM5, AvailabilityZone: "us-east-1a", Filters: [{ Name: "duration", Values: ["31536000"] }] })
      const at = new Date(24 * 3600_000)
      const before = yield* riState(m)
      expect((yield* failure(m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: zonal.ReservedInstancesOfferingId!, InstanceCount: 1, PurchaseTime: at }))).code)
        .toBe("InvalidParameterCombination")
      expect(yield* riState(m)).toBe(before)
      const { ReservedInstancesId } = yield* m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: regional.ReservedInstancesOfferingId!, InstanceCount: 1, PurchaseTime: at })
      const state = Effect.map(m.ec2.describeReservedInstances({ ReservedInstancesIds: [ReservedInstancesId!] }), (r) => r.ReservedInstances![0]!)
      expect(yield* state).toMatchObject({ State: "queued", Start: at })
      yield* TestClock.adjust("1 day")
      expect((yield* state).State).toBe("payment-pending")
      yield* TestClock.adjust("1 minute")
      expect((yield* state).State).toBe("active")
      const late = new Date(4 * 365 * 24 * 3600_000)
      expect((yield* failure(m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: regional.ReservedInstancesOfferingId!, InstanceCount: 1, PurchaseTime: late }))).code)
        .toBe("InvalidParameterValue")
    })))

  it("holds 20 regional RIs per Region and 20 zonal RIs per AZ per month, counted in instances", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const regional = (yield* one(m, regionalM5)).ReservedInstancesOfferingId!
      const zonalA = (yield* one(m, { ...regionalM5, AvailabilityZone: "us-east-1a", Filters: [] , MaxDuration: 31_536_000 })).ReservedInstancesOfferingId!
      const zonalB = (yield* one(m, { ...regionalM5, AvailabilityZone: "us-east-1b", Filters: [], MaxDuration: 31_536_000 })).ReservedInstancesOfferingId!
      const buy = (id: string, n: number) => m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: id, InstanceCount: n })
      yield* buy(regional, 19)
      yield* buy(regional, 1)
      const before = yield* riState(m)
      expect(yield* failure(buy(regional, 1))).toEqual({
        code: "ReservedInstancesLimitExceeded", message: "Your current quota does not allow you to purchase the required number of reserved instances."
      })
      expect(yield* riState(m)).toBe(before)
      yield* buy(zonalA, 20)
      expect((yield* failure(buy(zonalA, 1))).code).toBe("ReservedInstancesLimitExceeded")
      yield* buy(zonalB, 20)
      // the next calendar month (TestClock starts at 1970-01-01)
      yield* TestClock.adjust("31 days")
      yield* buy(regional, 20)
      yield* buy(zonalA, 20)
    })))

  it("fails with AWS's errors and changes nothing", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const o = yield* one(m, { ...regionalM5, OfferingType: "All Upfront" })
      const before = yield* riState(m)
      const buy = (req: Partial<Parameters<StorageWorld["ec2"]["purchaseReservedInstancesOffering"]>[0]>) =>
        failure(m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: o.ReservedInstancesOfferingId!, InstanceCount: 1, ...req }))
      expect((yield* buy({ ReservedInstancesOfferingId: "00000000-0000-4000-8000-000000000000" })).code).toBe("InvalidReservedInstancesOfferingId")
      expect((yield* buy({ InstanceCount: 0 })).code).toBe("InvalidParameterValue")
      expect((yield* buy({ InstanceCount: 1.5 })).code).toBe("InvalidParameterValue")
      expect((yield* buy({ LimitPrice: { Amount: o.FixedPrice! - 1, CurrencyCode: "USD" } })).code).toBe("InvalidParameterValue")
      expect((yield* buy({ DryRun: true })).code).toBe("DryRunOperation")
      expect(yield* riState(m)).toBe(before)
      expect((yield* failure(m.ec2.describeReservedInstances({ ReservedInstancesIds: ["00000000-0000-4000-8000-000000000000"] }))).code)
        .toBe("InvalidReservedInstancesId")
      expect((yield* failure(m.ec2.describeReservedInstances({ Filters: [{ Name: "nope", Values: ["x"] }] }))).code).toBe("InvalidParameterValue")
      yield* m.ec2.purchaseReservedInstancesOffering({
        ReservedInstancesOfferingId: o.ReservedInstancesOfferingId!, InstanceCount: 2, LimitPrice: { Amount: 2 * o.FixedPrice!, CurrencyCode: "USD" }
      })
    })))

  it("DescribeReservedInstances filters by class, payment option, scope, type, state and id", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const std = yield* one(m, regionalM5)
      const conv = yield* one(m, { ...regionalM5, OfferingClass: "convertible", AvailabilityZone: "us-east-1a", Filters: [], MaxDuration: 31_536_000 })
      const a = (yield* m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: std.ReservedInstancesOfferingId!, InstanceCount: 1 })).ReservedInstancesId!
      const b = (yield* m.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: conv.ReservedInstancesOfferingId!, InstanceCount: 1 })).ReservedInstancesId!
      const ids = (req: Parameters<StorageWorld["ec2"]["describeReservedInstances"]>[0]) =>
        Effect.map(m.ec2.describeReservedInstances(req), (r) => r.ReservedInstances!.map((x) => x.ReservedInstancesId))
      expect(yield* ids({})).toEqual([a, b])
      expect(yield* ids({ OfferingClass: "convertible" })).toEqual([b])
      expect(yield* ids({ OfferingType: "All Upfront" })).toEqual([])
      expect(yield* ids({ Filters: [{ Name: "scope", Values: ["Availability Zone"] }] })).toEqual([b])
      expect(yield* ids({ Filters: [{ Name: "availability-zone", Values: ["us-east-1a"] }] })).toEqual([b])
      expect(yield* ids({ Filters: [{ Name: "instance-type", Values: ["m5.*"] }, { Name: "state", Values: ["payment-pending"] }] })).toEqual([a, b])
      expect(yield* ids({ Filters: [{ Name: "reserved-instances-id", Values: [b] }, { Name: "duration", Values: ["31536000"] }] })).toEqual([b])
    })))
})

describe("the guide's example (docs/purchasing/reserved-instances.md)", () => {
  it("an m5.xlarge RI pays for two m5.large, a c5 plan for most of a c5.large, and both bill their fees", () =>
    run(Effect.gen(function*() {
      const HOUR = 3_600_000
      const m = yield* Ec2Memory.make({ seed: 1 })
      const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
      const { ReservedInstancesOfferings } = yield* m.ec2.describeReservedInstancesOfferings({
        InstanceType: "m5.xlarge", OfferingClass: "standard", OfferingType: "No Upfront", ProductDescription: "Linux/UNIX",
        MaxDuration: 31_536_000, Filters: [{ Name: "scope", Values: ["Region"] }]
      })
      const offering = ReservedInstancesOfferings![0]!
      expect(offering.FixedPrice).toBe(0)
      expect(offering.RecurringCharges).toEqual([{ Amount: 0.120462, Frequency: "Hourly" }])
      const { ReservedInstancesId } = yield* m.ec2.purchaseReservedInstancesOffering({
        ReservedInstancesOfferingId: offering.ReservedInstancesOfferingId!, InstanceCount: 1
      })
      const plan = yield* m.hypervisor.purchaseSavingsPlan({ SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "c5", Commitment: 0.05 })
      yield* m.ec2.runInstances({ ImageId, InstanceType: "m5.large", MinCount: 2, MaxCount: 2 })
      yield* m.ec2.runInstances({ ImageId, InstanceType: "c5.large", MinCount: 1, MaxCount: 1 })
      yield* TestClock.adjust(Duration.days(30))
      const { ReservedInstances } = yield* m.ec2.describeReservedInstances({ ReservedInstancesIds: [ReservedInstancesId!] })
      expect(ReservedInstances![0]!.State).toBe("active")
      const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: 720 * HOUR })
      const lines = bill.LineItems.filter((l) => l.ResourceType === "instance" || l.LineItemType !== "Usage")
      const of = (type: string) => lines.filter((l) => l.LineItemType === type)
      expect(of("RIFee").map((l) => [l.UsageType, l.Quantity, l.Rate])).toEqual([["HeavyUsage:m5.xlarge", 720, 0.120462]])
      expect(of("SavingsPlanRecurringFee").map((l) => [l.UsageType, l.Quantity, l.Rate, l.Cost])).toEqual([["EC2SP:c5.1yrNoUpfront", 720, 0.05, 36]])
      const discounted = of("DiscountedUsage")
      expect(discounted.map((l) => l.UsageType)).toEqual(["BoxUsage:m5.large", "BoxUsage:m5.large"])
      for (const l of discounted) expect(l.Cost).toBe(0)
      // the c5.large: the plan pays 0.05 / (0.085 × (1 − d)) of each hour, the rest is on demand
      const d = Pricing.usEast1.SavingsPlanDiscounts!.find((x) => x.SavingsPlanType === "EC2Instance" && x.Years === 1 && x.PaymentOption === "No Upfront")!.Discount
      const share = 0.05 / (0.085 * (1 - d))
      const covered = of("SavingsPlanCoveredUsage")
      expect(covered).toHaveLength(1)
      expect(covered[0]!.CoveredBy).toBe(plan.SavingsPlanId)
      const c5 = lines.filter((l) => l.LineItemType === "Usage" && l.UsageType === "BoxUsage:c5.large")
      const c5Hours = covered[0]!.Quantity + c5.reduce((s, l) => s + l.Quantity, 0)
      expect(covered[0]!.Quantity / c5Hours).toBeCloseTo(share, 3)
      expect(lines.some((l) => l.LineItemType === "Usage" && l.UsageType === "BoxUsage:m5.large")).toBe(false)
    })))
})
