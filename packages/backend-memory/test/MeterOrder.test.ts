/**
 * The meter's line items do not depend on the order the world lists its records in: a world replayed
 * from its journal or snapshot lists them in another order, and `ec2kit cost --state` must print the
 * same bill, to the last bit, as the live emulator (floating-point sums depend on the order).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lineItems } from "../src/internal/Meter.js"
import type { Charge } from "../src/internal/MeterCompute.js"

const runs = process.env.CI ? 1_000 : 200

const charge: fc.Arbitrary<Charge> = fc.record({
  ResourceId: fc.constantFrom("i-0123456789abcdef0", "i-0123456789abcdef1", "vol-0123456789abcdef0"),
  ResourceType: fc.constant("instance" as const),
  LineItemType: fc.constant("Usage" as const),
  UsageType: fc.constantFrom("BoxUsage:m5.large", "EBS:VolumeUsage.gp3"),
  Operation: fc.constant("RunInstances"),
  Description: fc.constant("d"),
  Start: fc.integer({ min: 0, max: 10 }).map((h) => h * 3_600_000),
  End: fc.integer({ min: 11, max: 20 }).map((h) => h * 3_600_000),
  // fractions of hours and odd rates: sums whose value depends on the order of addition
  Quantity: fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 3_600),
  Unit: fc.constant("Hrs" as const),
  Rate: fc.constantFrom(0.096, 0.0104, 0.0384)
}) as fc.Arbitrary<Charge>

describe("Meter line items", () => {
  it("are the same, bit for bit, whatever order the charges come in", () => {
    fc.assert(
      fc.property(fc.array(charge, { minLength: 2, maxLength: 30 }), fc.integer(), (charges, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(charges, { minLength: charges.length, maxLength: charges.length }), { seed, numRuns: 1 })[0]!
        expect(lineItems(shuffled)).toStrictEqual(lineItems(charges))
      }),
      { numRuns: runs }
    )
  })
})
