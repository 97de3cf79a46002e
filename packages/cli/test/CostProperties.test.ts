// Properties of `ec2kit cost`'s pure parts: the window's times and the table.
import type { Billing } from "@ec2kit/backend-memory"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Cost, CostReport } from "../src/index.js"

const numRuns = process.env["CI"] ? 1000 : 200
// 0001-01-01 … 9999-12-31 would need years before the epoch; times are epoch ms ≥ 0, up to year 9999
const epochMs = fc.integer({ min: 0, max: 253_402_300_799_999 })
const units = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const

describe("Cost.parseTime", () => {
  it("reads back every instant as printed (ISO 8601, UTC)", () => {
    fc.assert(
      fc.property(epochMs, (ms) => {
        expect(Cost.parseTime("--from", CostReport.instant(ms), 0)).toEqual(Result.succeed(ms))
      }),
      { numRuns }
    )
  })

  it("reads a local time with its offset as the same instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: 86_400_000, max: 253_402_214_399_000 }), fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), (ms, offset) => {
        const local = new Date(ms + offset * 60_000).toISOString().replace("Z", "")
        const sign = offset < 0 ? "-" : "+"
        const abs = Math.abs(offset)
        const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`
        expect(Cost.parseTime("--to", text, 0)).toEqual(Result.succeed(ms))
      }),
      { numRuns }
    )
  })

  it("reads -<n><unit> as that long before now, never before the epoch", () => {
    fc.assert(
      fc.property(epochMs, fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(...(Object.keys(units) as Array<keyof typeof units>)), (now, n, unit) => {
        expect(Cost.parseTime("--from", `-${n}${unit}`, now)).toEqual(Result.succeed(Math.max(0, now - n * units[unit])))
      }),
      { numRuns }
    )
  })

  it("answers any other text with InvalidParameterValue naming the flag and the value, never a throw", () => {
    fc.assert(
      fc.property(fc.string(), epochMs, (text, now) => {
        const r = Cost.parseTime("--to", text, now)
        if (Result.isFailure(r)) {
          expect(r.failure).toMatchObject({ _tag: "CostError", code: "InvalidParameterValue" })
          expect(r.failure.message).toContain(`Invalid value '${text}' for --to`)
        } else {
          expect(Number.isSafeInteger(r.success) && r.success >= 0).toBe(true)
        }
      }),
      { numRuns }
    )
  })

  it("refuses days a month does not have and hours past 23", () => {
    for (const text of ["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-11-01T24:00:00Z", "2026-11-01T12:60Z", "20261101"]) {
      expect(Result.isFailure(Cost.parseTime("--from", text, 0)), text).toBe(true)
    }
    expect(Cost.parseTime("--from", "2028-02-29", 0)).toEqual(Result.succeed(Date.UTC(2028, 1, 29)))
  })
})

describe("Cost.joinRelativeTimes", () => {
  it("joins only --from/--to values of ec2kit cost that start with -<digit>, and is idempotent", () => {
    const arg = fc.oneof(fc.constantFrom("--from", "--to", "--json", "--state", "-30d", "-1h", "x", "--from=-2d"), fc.string())
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 8 }), (rest) => {
        const args = ["cost", ...rest]
        const joined = Cost.joinRelativeTimes(args)
        expect(Cost.joinRelativeTimes(joined)).toEqual(joined)
        // splitting every `--from=-…`/`--to=-…` back gives the same words: only joins happened
        const split = (a: ReadonlyArray<string>) => a.flatMap((w) => /^--(from|to)=-\d/.test(w) ? [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)] : [w])
        expect(split(joined)).toEqual(split(args))
        expect(joined.some((w, i) => (w === "--from" || w === "--to") && /^-\d/.test(joined[i + 1] ?? ""))).toBe(false)
        expect(Cost.joinRelativeTimes(["volume", ...rest])).toEqual(["volume", ...rest])
      }),
      { numRuns }
    )
  })
})

const lineItem = fc.record({
  ResourceId: fc.constantFrom("i-0123456789abcdef0", "vol-0123456789abcdef0", "3.84.23.245", "ri-1"),
  ResourceType: fc.constantFrom("instance", "volume", "public-ipv4", "reserved-instances") as fc.Arbitrary<Billing.BilledResourceType>,
  LineItemType: fc.constantFrom("Usage", "DiscountedUsage", "RIFee") as fc.Arbitrary<Billing.LineItemType>,
  UsageType: fc.constantFrom("BoxUsage:m5.large", "SpotUsage:m5.large", "EBS:VolumeUsage.gp3", "PublicIPv4:InUseAddress"),
  Quantity: fc.double({ min: 0, max: 1e6, noNaN: true }),
  Unit: fc.constantFrom("Hrs", "GB-Mo") as fc.Arbitrary<Billing.UsageUnit>,
  Rate: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined })
})

const billOf = (items: ReadonlyArray<typeof lineItem extends fc.Arbitrary<infer A> ? A : never>): Billing.Bill => {
  const LineItems = items.map((l) => ({
    ...l,
    Operation: "RunInstances",
    Description: "",
    UsageStartTime: 0,
    UsageEndTime: 3_600_000,
    Cost: l.Rate === undefined ? 0 : l.Rate * l.Quantity,
    ...(l.Rate === undefined ? { Unpriced: "no rate" } : {})
  })).map(({ Rate, ...l }) => (Rate === undefined ? l : { ...l, Rate }))
  const ids = [...new Set(LineItems.map((l) => l.ResourceId))].sort()
  const Resources = ids.map((id) => {
    const mine = LineItems.filter((l) => l.ResourceId === id)
    return { ResourceId: id, ResourceType: mine[0]!.ResourceType, Cost: mine.reduce((s, l) => s + l.Cost, 0), UnpricedLineItems: mine.filter((l) => l.Unpriced !== undefined).length }
  })
  return {
    StartTime: 0,
    EndTime: 3_600_000,
    Region: "us-east-1",
    Currency: "USD",
    PriceTableDate: "2026-07-20",
    LineItems,
    Resources,
    Total: LineItems.reduce((s, l) => s + l.Cost, 0),
    UnpricedLineItems: LineItems.filter((l) => l.Unpriced !== undefined).length
  }
}

describe("CostReport.text", () => {
  it("shows every resource once with its total, every line item under it, and the total", () => {
    fc.assert(
      fc.property(fc.array(lineItem, { minLength: 1, maxLength: 12 }), (items) => {
        const bill = billOf(items)
        const lines = CostReport.text(bill).split("\n")
        const resources = lines.filter((l) => /^\S/.test(l) && / \((instance|volume|public-ipv4|reserved-instances)\)\s/.test(l))
        expect(resources.map((l) => l.split(" ")[0])).toEqual(bill.Resources.map((r) => r.ResourceId))
        for (const [i, r] of bill.Resources.entries()) expect(resources[i]!.trimEnd().endsWith(CostReport.money(r.Cost))).toBe(true)
        expect(lines.filter((l) => l.startsWith("  ")).length).toBe(bill.LineItems.length)
        expect(lines.find((l) => l.startsWith("TOTAL"))).toMatch(new RegExp(` ${CostReport.money(bill.Total).replace(".", "\\.")}  USD$`))
        expect(lines.some((l) => l.includes("unpriced"))).toBe(bill.UnpricedLineItems > 0)
      }),
      { numRuns }
    )
  })
})
