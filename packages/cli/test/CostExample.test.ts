// docs/cost.md's worked example: the program (examples/cost/threeBills.ts) is shown verbatim in the
// doc, runs here, prints what the doc shows, and its three totals equal the ones computed by hand
// below from the shipped price table — so neither the doc nor the meter can drift unnoticed.
import { Pricing } from "@ec2kit/core"
import { Effect } from "effect"
import * as fs from "node:fs"
import { describe, expect, it } from "vitest"
import { month, report, start, threeBills } from "../../../examples/cost/threeBills.js"

const docs = fs.readFileSync(new URL("../../../docs/cost.md", import.meta.url), "utf8")
const program = fs.readFileSync(new URL("../../../examples/cost/threeBills.ts", import.meta.url), "utf8")

/** The fenced block right after `<!-- marker -->` in docs/cost.md. */
const blockAfter = (marker: string): string | undefined =>
  new RegExp(`<!-- ${marker.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\`\\n`).exec(docs)?.[1]

// By hand, for a 30-day month (720 hours) of three m5.large with an 8 GiB gp3 root volume and a public
// IPv4 address each, from Pricing.usEast1 (checked below):
//   m5.large on demand        $0.096/h           3 × 720 × 0.096  = 207.36
//   1-yr Standard RI, No Upfront $0.0610/h      3 × 720 × 0.0610 = 131.76 (every hour of the term; usage covered: $0)
//   Spot, pinned              $0.0384/h          3 × 720 × 0.0384 =  82.944
//   gp3 storage               $0.08/GB-month     3 × 8 × 0.08     =   1.92
//   public IPv4               $0.005/h           3 × 720 × 0.005  =  10.80
const common = 1.92 + 10.8
const expected = {
  onDemand: 207.36 + common, // 220.08
  reserved: 131.76 + common, // 144.48
  spot: 82.944 + common // 95.664
}

describe("docs/cost.md worked example", () => {
  it("uses the rates the hand computation uses", () => {
    const table = Pricing.usEast1
    expect(table.OnDemandHourly["m5.large"]).toBe(0.096)
    expect(table.EbsStorageGbMonth?.["gp3"]).toBe(0.08)
    expect(table.PublicIpv4Hourly).toBe(0.005)
    expect(table.ReservedInstances?.["m5.large"]).toContainEqual(
      expect.objectContaining({ OfferingClass: "standard", Years: 1, OfferingType: "No Upfront", FixedPrice: 0, HourlyPrice: 0.061 })
    )
  })

  it("prints three bills whose totals are the hand-computed ones, exactly as the doc shows them", async () => {
    const bills = await Effect.runPromise(threeBills)
    for (const bill of Object.values(bills)) {
      expect(bill).toMatchObject({ StartTime: start, EndTime: start + month, Region: "us-east-1", UnpricedLineItems: 0 })
    }
    expect(bills.onDemand.Total).toBeCloseTo(expected.onDemand, 9)
    expect(bills.reserved.Total).toBeCloseTo(expected.reserved, 9)
    expect(bills.spot.Total).toBeCloseTo(expected.spot, 9)
    const printed = report(bills)
    expect(printed).toContain("Totals: on-demand 220.0800, reserved 144.4800, spot 95.6640 USD")
    expect(blockAfter("output of examples/cost/threeBills.ts"), "docs/cost.md shows the program's output").toBe(`${printed}\n`)
  })

  it("shows the program verbatim", () => {
    expect(blockAfter("examples/cost/threeBills.ts"), "docs/cost.md has a <!-- examples/cost/threeBills.ts --> block").toBe(program)
  })
})
