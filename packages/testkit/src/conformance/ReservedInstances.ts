/**
 * Conformance group: Reserved Instances (issue 12 §3). DescribeReservedInstancesOfferings' shape, request
 * parameters, filters and pages; PurchaseReservedInstancesOffering → DescribeReservedInstances; AWS's
 * error codes for an unknown offering or RI and for conflicting parameters.
 *
 * An RI purchase cannot be cancelled and is billed for its whole term, so against a live account
 * (`time: "live"`) the purchase is only checked with `DryRun`; emulated worlds buy for real.
 *
 * @since 0.2.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite } from "./Suite.js"

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.2.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, InstanceType } = s
  // one regional, one-year, Standard, No Upfront Linux offering of the suite's type
  const regional = {
    InstanceType,
    OfferingClass: "standard",
    OfferingType: "No Upfront",
    ProductDescription: "Linux/UNIX",
    InstanceTenancy: "default",
    MinDuration: 31_536_000,
    MaxDuration: 31_536_000,
    Filters: [{ Name: "scope", Values: ["Region"] }]
  } as const

  describe("reserved instances", () => {
    it("DescribeReservedInstancesOfferings answers AWS's shape for the request's class, term, payment option and scope", () =>
      world((t) => Effect.gen(function*() {
        const r = yield* H.orDieWithCode(t.ec2.describeReservedInstancesOfferings(regional))
        const offers = r.ReservedInstancesOfferings ?? []
        expect(offers.length).toBeGreaterThanOrEqual(1)
        for (const o of offers) {
          expect(o.ReservedInstancesOfferingId).toMatch(uuid)
          expect(o).toMatchObject({
            InstanceType, Duration: 31_536_000, CurrencyCode: "USD", InstanceTenancy: "default", OfferingClass: "standard",
            OfferingType: "No Upfront", ProductDescription: "Linux/UNIX", Scope: "Region", FixedPrice: 0
          })
          expect(o.AvailabilityZone).toBeUndefined()
          const hourly = (o.RecurringCharges ?? []).filter((c) => c.Frequency === "Hourly")
          expect(hourly.length).toBe(1)
          expect(hourly[0]!.Amount).toBeGreaterThan(0)
        }
      })))

    it("zonal offerings name their AZ; MaxResults pages; the marketplace filter 'true' finds no AWS offering", () =>
      world((t) => Effect.gen(function*() {
        const az = (yield* t.zones)[0]!
        const zonal = yield* H.orDieWithCode(t.ec2.describeReservedInstancesOfferings({ InstanceType, AvailabilityZone: az, MaxResults: 5 }))
        const first = zonal.ReservedInstancesOfferings ?? []
        expect(first.length).toBeGreaterThanOrEqual(1)
        expect(first.length).toBeLessThanOrEqual(5)
        for (const o of first) expect(o).toMatchObject({ AvailabilityZone: az, Scope: "Availability Zone", InstanceType })
        expect(zonal.NextToken).toBeDefined()
        const next = yield* H.orDieWithCode(
          t.ec2.describeReservedInstancesOfferings({ InstanceType, AvailabilityZone: az, MaxResults: 5, NextToken: zonal.NextToken! })
        )
        const seen = new Set(first.map((o) => o.ReservedInstancesOfferingId))
        for (const o of next.ReservedInstancesOfferings ?? []) expect(seen.has(o.ReservedInstancesOfferingId)).toBe(false)
        const market = yield* H.orDieWithCode(t.ec2.describeReservedInstancesOfferings({
          ...regional, IncludeMarketplace: true, Filters: [{ Name: "marketplace", Values: ["true"] }]
        }))
        for (const o of market.ReservedInstancesOfferings ?? []) expect(o.Marketplace).toBe(true)
      })))

    it("purchase → DescribeReservedInstances (DryRun only against a live account)", () =>
      world((t) => Effect.gen(function*() {
        const offer = (yield* H.orDieWithCode(t.ec2.describeReservedInstancesOfferings(regional))).ReservedInstancesOfferings![0]!
        const request = { ReservedInstancesOfferingId: offer.ReservedInstancesOfferingId!, InstanceCount: 1 }
        const dry = yield* Effect.flip(t.ec2.purchaseReservedInstancesOffering({ ...request, DryRun: true }))
        expect(dry.code).toBe("DryRunOperation")
        if (s.time === "live") return
        const bought = yield* H.orDieWithCode(t.ec2.purchaseReservedInstancesOffering(request))
        expect(bought.ReservedInstancesId).toMatch(uuid)
        const described = yield* H.orDieWithCode(t.ec2.describeReservedInstances({ ReservedInstancesIds: [bought.ReservedInstancesId!] }))
        const ri = described.ReservedInstances![0]!
        expect(ri).toMatchObject({
          ReservedInstancesId: bought.ReservedInstancesId, InstanceType, InstanceCount: 1, Scope: "Region", OfferingClass: "standard",
          OfferingType: "No Upfront", Duration: 31_536_000, CurrencyCode: "USD", InstanceTenancy: "default"
        })
        expect(["payment-pending", "active"]).toContain(ri.State)
        expect(ri.End!.getTime() - ri.Start!.getTime()).toBe(31_536_000_000)
        const byFilter = yield* H.orDieWithCode(t.ec2.describeReservedInstances({
          Filters: [{ Name: "reserved-instances-id", Values: [bought.ReservedInstancesId!] }, { Name: "instance-type", Values: [InstanceType] }]
        }))
        expect(byFilter.ReservedInstances!.map((x) => x.ReservedInstancesId)).toEqual([bought.ReservedInstancesId])
      })))

    it("refusals: unknown offering, unknown RI, AvailabilityZone with AvailabilityZoneId, an unknown filter", () =>
      world((t) => Effect.gen(function*() {
        const none = "00000000-0000-4000-8000-000000000000"
        const e1 = yield* Effect.flip(t.ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: none, InstanceCount: 1 }))
        expect(e1.code).toBe("InvalidReservedInstancesOfferingId")
        const e2 = yield* Effect.flip(t.ec2.describeReservedInstances({ ReservedInstancesIds: [none] }))
        expect(e2.code).toBe("InvalidReservedInstancesId")
        const az = (yield* t.zones)[0]!
        const e3 = yield* Effect.flip(t.ec2.describeReservedInstancesOfferings({ InstanceType, AvailabilityZone: az, AvailabilityZoneId: "use1-az1" }))
        expect(e3.code).toBe("InvalidParameterCombination")
        const e4 = yield* Effect.flip(t.ec2.describeReservedInstancesOfferings({ InstanceType, Filters: [{ Name: "no-such-filter", Values: ["x"] }] }))
        expect(e4.code).toBe("InvalidParameterValue")
      })))
  })
}
