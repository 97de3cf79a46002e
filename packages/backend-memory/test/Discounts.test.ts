/**
 * Commitments applied to compute usage (internal/Discounts.ts): worked examples of AWS's rules and the
 * issue's properties (a reservation never discounts more than it covers, covered cost ≤ on-demand,
 * fees independent of usage, additive over adjacent hour-aligned windows).
 */
import { Pricing } from "@ec2kit/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { applyRecords, type ComputeHour, planDiscount } from "../src/internal/Discounts.js"
import { normalizationFactor } from "../src/internal/Normalization.js"
import type { ReservedInstancesRecord, SavingsPlanRecord } from "../src/internal/records/Purchasing.js"

const numRuns = process.env.CI ? 1_000 : 200
const HOUR = 3_600_000
const T0 = Date.UTC(2026, 0, 1)
const YEAR_S = 31_536_000

const table: Pricing.PriceTable = {
  ...Pricing.usEast1,
  SavingsPlanDiscounts: [
    { SavingsPlanType: "Compute", Years: 1, PaymentOption: "No Upfront", Discount: 0.3, Source: "test" },
    { SavingsPlanType: "EC2Instance", Years: 1, PaymentOption: "No Upfront", Discount: 0.4, Source: "test" },
    { SavingsPlanType: "Compute", Years: 1, PaymentOption: "All Upfront", Discount: 0.35, Source: "test" },
    { SavingsPlanType: "EC2Instance", Years: 1, PaymentOption: "All Upfront", Discount: 0.45, Source: "test" }
  ]
}

const ri = (over: Partial<ReservedInstancesRecord> = {}): ReservedInstancesRecord => ({
  ReservedInstancesId: "ri-1",
  ReservedInstancesOfferingId: "off-1",
  InstanceType: "m5.large",
  Scope: "Region",
  Start: T0,
  End: T0 + YEAR_S * 1000,
  Duration: YEAR_S,
  FixedPrice: 0,
  UsagePrice: 0,
  InstanceCount: 1,
  ProductDescription: "Linux/UNIX",
  InstanceTenancy: "default",
  OfferingClass: "standard",
  OfferingType: "No Upfront",
  RecurringCharges: [{ Amount: 0.06, Frequency: "Hourly" }],
  CurrencyCode: "USD",
  State: "active",
  PurchasedAt: T0,
  ...over
})

const plan = (over: Partial<SavingsPlanRecord> = {}): SavingsPlanRecord => ({
  SavingsPlanId: "sp-1",
  SavingsPlanArn: "arn:aws:savingsplans::123456789012:savingsplan/sp-1",
  SavingsPlanType: "Compute",
  PaymentOption: "No Upfront",
  Commitment: 0.1,
  Region: "us-east-1",
  TermDurationInSeconds: YEAR_S,
  Start: T0,
  End: T0 + YEAR_S * 1000,
  UpfrontPaymentAmount: 0,
  RecurringPaymentAmount: 0.1,
  State: "active",
  ...over
})

const use = (over: Partial<ComputeHour> = {}): ComputeHour => ({
  InstanceId: "i-1",
  InstanceType: "m5.large",
  AvailabilityZone: "us-east-1a",
  Platform: "Linux/UNIX",
  Tenancy: "default",
  Market: "on-demand",
  HourStart: T0,
  Seconds: 3600,
  OnDemandRate: 0.096,
  ...over
})

const window = { From: T0, To: T0 + 24 * HOUR }
const sumBy = <A>(xs: ReadonlyArray<A>, f: (a: A) => number) => xs.reduce((s, x) => s + f(x), 0)

describe("Reserved Instances", () => {
  it("cover at most 3,600 s per clock-hour: four 15-minute instances use one RI hour, a fifth is on demand", () => {
    const hours = [1, 2, 3, 4, 5].map((n) => use({ InstanceId: `i-${n}`, Seconds: 900 }))
    const { covered } = applyRecords([ri({ Scope: "Availability Zone", AvailabilityZone: "us-east-1a" })], [], hours, table, window)
    expect(sumBy(covered, (c) => c.Seconds)).toBe(3600)
    expect(covered.map((c) => c.InstanceId)).toEqual(["i-1", "i-2", "i-3", "i-4"])
  })

  it("zonal: exact type and AZ only", () => {
    const hours = [use({ InstanceId: "i-1", AvailabilityZone: "us-east-1b" }), use({ InstanceId: "i-2", InstanceType: "m5.xlarge", OnDemandRate: 0.192 })]
    const { covered } = applyRecords([ri({ Scope: "Availability Zone", AvailabilityZone: "us-east-1a" })], [], hours, table, window)
    expect(covered).toEqual([])
  })

  it("regional Linux default tenancy is size-flexible, smallest size first (one m5.xlarge RI = two m5.large hours)", () => {
    const hours = [
      use({ InstanceId: "i-big", InstanceType: "m5.2xlarge", OnDemandRate: 0.384 }),
      use({ InstanceId: "i-a" }),
      use({ InstanceId: "i-b", AvailabilityZone: "us-east-1c" })
    ]
    const { covered } = applyRecords([ri({ InstanceType: "m5.xlarge" })], [], hours, table, window)
    expect(covered.map((c) => [c.InstanceId, c.Seconds])).toEqual([["i-a", 3600], ["i-b", 3600]])
  })

  it("a larger usage is covered in part: an m5.large RI pays a quarter of an m5.2xlarge hour", () => {
    const { covered } = applyRecords([ri()], [], [use({ InstanceType: "m5.2xlarge", OnDemandRate: 0.384 })], table, window)
    expect(covered.map((c) => c.Seconds)).toEqual([900])
  })

  it("Windows, dedicated tenancy and Spot get no Linux default-tenancy RI; a Windows RI is not size-flexible", () => {
    const hours = [
      use({ InstanceId: "i-w", Platform: "Windows" }),
      use({ InstanceId: "i-d", Tenancy: "dedicated" }),
      use({ InstanceId: "i-s", Market: "spot" })
    ]
    expect(applyRecords([ri()], [], hours, table, window).covered).toEqual([])
    const windows = ri({ ProductDescription: "Windows", InstanceType: "m5.xlarge" })
    expect(applyRecords([windows], [], [use({ Platform: "Windows" })], table, window).covered).toEqual([])
  })

  it("`Linux/UNIX (Amazon VPC)` matches Linux/UNIX usage", () => {
    const { covered } = applyRecords([ri({ ProductDescription: "Linux/UNIX (Amazon VPC)" })], [], [use()], table, window)
    expect(covered).toHaveLength(1)
  })

  it("apply only within the term and not after a failed payment", () => {
    const hours = [use({ HourStart: T0 - HOUR }), use({ InstanceId: "i-2" })]
    expect(applyRecords([ri()], [], hours, table, window).covered.map((c) => c.InstanceId)).toEqual(["i-2"])
    expect(applyRecords([ri({ State: "payment-failed" })], [], hours, table, window).covered).toEqual([])
  })

  it("fees: upfront at the start, the hourly charge for every hour of the term in the window, used or not", () => {
    const r = ri({ OfferingType: "Partial Upfront", FixedPrice: 250, RecurringCharges: [{ Amount: 0.03, Frequency: "Hourly" }], InstanceCount: 2 })
    const { fees } = applyRecords([r], [], [], table, window)
    expect(fees.map((f) => [f.Unit, f.Quantity, f.Rate, f.Time])).toEqual([["Reservation", 2, 250, T0], ["Hrs", 48, 0.03, T0]])
    expect(sumBy(fees, (f) => f.Cost)).toBeCloseTo(500 + 48 * 0.03, 9)
    // a window starting after the purchase has no upfront line
    const later = applyRecords([r], [], [], table, { From: T0 + HOUR, To: T0 + 3 * HOUR }).fees
    expect(later.map((f) => [f.Unit, f.Quantity])).toEqual([["Hrs", 4]])
  })
})

describe("normalization factors", () => {
  it("AWS's table (UG23 apply_ri.md): sizes, metal sizes per family, none outside the table", () => {
    expect([normalizationFactor("t3.nano"), normalizationFactor("m5.large"), normalizationFactor("m5.24xlarge"), normalizationFactor("x1e.32xlarge")]).toEqual([0.25, 4, 192, 256])
    const metal = ["a1", "m5zn", "z1d", "c6g", "i3", "m6g", "r6g", "c5n", "c5", "m5", "r5"].map((f) => normalizationFactor(`${f}.metal`))
    expect(metal).toEqual([32, 96, 96, 128, 128, 128, 128, 144, 192, 192, 192])
    expect(normalizationFactor("u-6tb1.metal")).toBe(896)
    expect(normalizationFactor("m7i.metal-24xl")).toBe(192)
    expect(normalizationFactor("m7i.48xlarge")).toBeUndefined()
    expect(normalizationFactor("m7i.metal-48xl")).toBeUndefined()
  })
})

describe("Savings Plans", () => {
  it("apply after RIs, EC2 Instance plans before Compute plans, up to the hourly commitment at the plan rate", () => {
    const hours = [use({ InstanceId: "i-1" }), use({ InstanceId: "i-2" }), use({ InstanceId: "i-3", InstanceType: "c5.large", OnDemandRate: 0.085 })]
    const ec2 = plan({ SavingsPlanId: "sp-ec2", SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "m5", Commitment: 0.0288 })
    const compute = plan({ SavingsPlanId: "sp-c", Commitment: 1 })
    const { covered } = applyRecords([ri()], [compute, ec2], hours, table, window)
    // i-1 by the RI; the m5 plan (rate 0.6 × 0.096 = 0.0576/h) pays half an hour of i-2; Compute the rest
    expect(covered.map((c) => [c.InstanceId, c.Id, Math.round(c.Seconds)])).toEqual([
      ["i-1", "ri-1", 3600],
      ["i-2", "sp-ec2", 1800],
      ["i-3", "sp-c", 3600],
      ["i-2", "sp-c", 1800]
    ])
  })

  it("an EC2 Instance plan covers its family only, and no plan covers Spot", () => {
    const ec2 = plan({ SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "c5" })
    expect(applyRecords([], [ec2], [use(), use({ InstanceId: "i-s", InstanceType: "c5.large", Market: "spot" })], table, window).covered).toEqual([])
  })

  it("a plan without a discount in the table covers at the on-demand rate", () => {
    const p = plan({ TermDurationInSeconds: 3 * YEAR_S, End: T0 + 3 * YEAR_S * 1000, Commitment: 0.048 })
    expect(planDiscount(table, p)).toBe(0)
    expect(applyRecords([], [p], [use()], table, window).covered.map((c) => c.Seconds)).toEqual([1800])
  })
})

// ------------------------------------------------------------------------------------------------
// properties
// ------------------------------------------------------------------------------------------------

const types = ["m5.large", "m5.xlarge", "m5.2xlarge", "m5.metal", "t3.micro", "t3.nano", "c5.large", "g4dn.xlarge"] as const
const azs = ["us-east-1a", "us-east-1b"] as const

const riArb = fc.record({
  id: fc.integer({ min: 0, max: 1e6 }),
  InstanceType: fc.constantFrom(...types),
  zonal: fc.boolean(),
  AvailabilityZone: fc.constantFrom(...azs),
  startHour: fc.integer({ min: -2, max: 8 }),
  startOffset: fc.integer({ min: 0, max: HOUR - 1 }),
  InstanceCount: fc.integer({ min: 1, max: 3 }),
  ProductDescription: fc.constantFrom("Linux/UNIX", "Linux/UNIX (Amazon VPC)", "Windows"),
  InstanceTenancy: fc.constantFrom("default" as const, "dedicated" as const),
  FixedPrice: fc.constantFrom(0, 100, 517),
  hourly: fc.constantFrom(0, 0.01, 0.06)
}).map((a) => {
  const Start = T0 + a.startHour * HOUR + a.startOffset
  return ri({
    ReservedInstancesId: `ri-${a.id}`,
    InstanceType: a.InstanceType,
    Scope: a.zonal ? "Availability Zone" : "Region",
    ...(a.zonal ? { AvailabilityZone: a.AvailabilityZone } : {}),
    Start,
    End: Start + YEAR_S * 1000,
    InstanceCount: a.InstanceCount,
    ProductDescription: a.ProductDescription,
    InstanceTenancy: a.InstanceTenancy,
    FixedPrice: a.FixedPrice,
    RecurringCharges: [{ Amount: a.hourly, Frequency: "Hourly" }]
  })
})

const planArb = fc.record({
  id: fc.integer({ min: 0, max: 1e6 }),
  compute: fc.boolean(),
  family: fc.constantFrom("m5", "c5", "t3"),
  Commitment: fc.constantFrom(0.01, 0.05, 0.2, 1),
  all: fc.boolean(),
  startHour: fc.integer({ min: -2, max: 8 })
}).map((a) =>
  plan({
    SavingsPlanId: `sp-${a.id}`,
    SavingsPlanType: a.compute ? "Compute" : "EC2Instance",
    ...(a.compute ? {} : { Ec2InstanceFamily: a.family }),
    PaymentOption: a.all ? "All Upfront" : "No Upfront",
    Commitment: a.Commitment,
    Start: T0 + a.startHour * HOUR,
    End: T0 + a.startHour * HOUR + YEAR_S * 1000,
    UpfrontPaymentAmount: a.all ? a.Commitment * YEAR_S / 3600 : 0,
    RecurringPaymentAmount: a.all ? 0 : a.Commitment
  })
)

/** Usage of up to 6 instances over 12 hours: one entry per (instance, hour). */
const hoursArb = fc.uniqueArray(
  fc.record({
    instance: fc.integer({ min: 0, max: 5 }),
    hour: fc.integer({ min: 0, max: 11 }),
    Seconds: fc.integer({ min: 0, max: 3600 }),
    Market: fc.constantFrom("on-demand" as const, "on-demand" as const, "spot" as const),
    Platform: fc.constantFrom("Linux/UNIX", "Linux/UNIX", "Windows")
  }),
  { selector: (h) => `${h.instance}|${h.hour}`, maxLength: 40 }
).map((xs) =>
  xs.map((h): ComputeHour => {
    // an instance keeps its type, AZ and tenancy across hours
    const InstanceType = types[h.instance % types.length]!
    return use({
      InstanceId: `i-${h.instance}`,
      InstanceType,
      AvailabilityZone: azs[h.instance % 2]!,
      Tenancy: h.instance === 5 ? "dedicated" : "default",
      Market: h.Market,
      Platform: h.Platform,
      HourStart: T0 + h.hour * HOUR,
      Seconds: h.Seconds,
      OnDemandRate: Pricing.onDemandHourly(Pricing.usEast1, InstanceType) ?? 1
    })
  })
)

const worldArb = fc.record({
  ris: fc.uniqueArray(riArb, { selector: (r) => r.ReservedInstancesId, maxLength: 4 }),
  plans: fc.uniqueArray(planArb, { selector: (p) => p.SavingsPlanId, maxLength: 3 }),
  hours: hoursArb
})

const day = { From: T0, To: T0 + 12 * HOUR }
const key = (x: { readonly InstanceId: string; readonly HourStart: number }) => `${x.InstanceId}|${x.HourStart}`

describe("properties", () => {
  it("no usage is covered beyond its seconds, and covered cost ≤ on-demand cost", () => {
    fc.assert(
      fc.property(worldArb, ({ hours, plans, ris }) => {
        const { covered } = applyRecords(ris, plans, hours, table, day)
        const used = new Map(hours.map((h) => [key(h), h]))
        const sums = new Map<string, number>()
        for (const c of covered) {
          expect(c.Seconds).toBeGreaterThan(0)
          sums.set(key(c), (sums.get(key(c)) ?? 0) + c.Seconds)
          const h = used.get(key(c))!
          expect(c.Cost).toBeLessThanOrEqual((c.Seconds / 3600) * h.OnDemandRate + 1e-12)
          expect(h.Market).toBe("on-demand")
        }
        for (const [k, s] of sums) expect(s).toBeLessThanOrEqual(used.get(k)!.Seconds + 1e-6)
      }),
      { numRuns }
    )
  })

  it("a reservation never discounts more than it covers: per hour ≤ 3,600 s × count (× normalization factor); a plan ≤ its commitment", () => {
    fc.assert(
      fc.property(worldArb, ({ hours, plans, ris }) => {
        const { covered } = applyRecords(ris, plans, hours, table, day)
        const used = new Map(hours.map((h) => [key(h), h]))
        const perHour = new Map<string, number>()
        for (const c of covered) {
          const h = used.get(key(c))!
          const k = `${c.Id}|${c.HourStart}`
          if (c.By === "ReservedInstances") {
            const r = ris.find((x) => x.ReservedInstancesId === c.Id)!
            const units = r.InstanceType === h.InstanceType ? 1 : normalizationFactor(h.InstanceType)! / normalizationFactor(r.InstanceType)!
            perHour.set(k, (perHour.get(k) ?? 0) + (c.Seconds * units) / r.InstanceCount)
          } else {
            const p = plans.find((x) => x.SavingsPlanId === c.Id)!
            perHour.set(k, (perHour.get(k) ?? 0) + ((c.Seconds / 3600) * (1 - planDiscount(table, p)) * h.OnDemandRate * 3600) / p.Commitment)
          }
        }
        for (const v of perHour.values()) expect(v).toBeLessThanOrEqual(3600 + 1e-6)
      }),
      { numRuns }
    )
  })

  it("fees do not depend on usage", () => {
    fc.assert(
      fc.property(worldArb, hoursArb, ({ hours, plans, ris }, other) => {
        expect(applyRecords(ris, plans, hours, table, day).fees).toEqual(applyRecords(ris, plans, other, table, day).fees)
      }),
      { numRuns }
    )
  })

  it("additive over adjacent windows aligned to hours", () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 0, max: 12 }), ({ hours, plans, ris }, cut) => {
        const mid = T0 + cut * HOUR
        const whole = applyRecords(ris, plans, hours, table, day)
        const a = applyRecords(ris, plans, hours.filter((h) => h.HourStart < mid), table, { From: T0, To: mid })
        const b = applyRecords(ris, plans, hours.filter((h) => h.HourStart >= mid), table, { From: mid, To: day.To })
        const seconds = (xs: typeof whole.covered) => {
          const m = new Map<string, number>()
          for (const c of xs) m.set(`${key(c)}|${c.Id}`, (m.get(`${key(c)}|${c.Id}`) ?? 0) + c.Seconds)
          return m
        }
        const parts = seconds([...a.covered, ...b.covered])
        const all = seconds(whole.covered)
        expect([...parts.keys()].sort()).toEqual([...all.keys()].sort())
        for (const [k, v] of all) expect(parts.get(k)!).toBeCloseTo(v, 9)
        expect(sumBy([...a.fees, ...b.fees], (f) => f.Cost)).toBeCloseTo(sumBy(whole.fees, (f) => f.Cost), 9)
      }),
      { numRuns }
    )
  })
})
