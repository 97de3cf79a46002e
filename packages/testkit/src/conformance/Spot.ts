/**
 * Conformance group "spot": RequestSpotInstances → DescribeSpotInstanceRequests → CancelSpotInstanceRequests,
 * DescribeSpotPriceHistory's shape and pages, RunInstances with `InstanceMarketOptions`, and the error cases
 * (maximum price at or below $0.001, SpotMaxPriceTooLow, SpotMarketOptions combinations, unknown request ids).
 * Uses only `Ec2`, so it runs on the memory backend and through the wire endpoint alike. Every instance and
 * request it makes is terminated or cancelled at the end of its test.
 *
 * @since 0.2.0
 */
import type { Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Ctx, RunTagKey, type Suite } from "./Suite.js"

const ok = H.orDieWithCode

/** Cancels requests and terminates their instances (test cleanup). */
const dispose = (t: Ctx, requestIds: ReadonlyArray<string>) =>
  requestIds.length === 0
    ? Effect.void
    : Effect.gen(function*() {
      const d = yield* Effect.option(t.ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [...requestIds] }))
      yield* Effect.ignore(t.ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: [...requestIds] }))
      const instances = d._tag === "Some" ? (d.value.SpotInstanceRequests ?? []).flatMap((q) => (q.InstanceId !== undefined ? [q.InstanceId] : [])) : []
      if (instances.length > 0) yield* Effect.ignore(t.ec2.terminateInstances({ InstanceIds: instances }))
    })

/** The current Spot price of a pool, as DescribeSpotPriceHistory gives it (StartTime = EndTime = now: the effective price). */
const currentPrice = (t: Ctx, az: string, instanceType: string) =>
  Effect.gen(function*() {
    const now = new Date(yield* Effect.clockWith((c) => c.currentTimeMillis))
    const h = yield* ok(t.ec2.describeSpotPriceHistory({ InstanceTypes: [instanceType as never], AvailabilityZone: az, ProductDescriptions: ["Linux/UNIX"], StartTime: now, EndTime: now }))
    const latest = [...(h.SpotPriceHistory ?? [])].sort((a, b) => b.Timestamp!.getTime() - a.Timestamp!.getTime())[0]
    return latest === undefined ? undefined : Number(latest.SpotPrice)
  })

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.2.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, InstanceType, pass } = s
  describe("spot", () => {
    it("RequestSpotInstances → DescribeSpotInstanceRequests (fulfilled, the instance names its request) → Cancel keeps the instance", () =>
      world((t) =>
        Effect.gen(function*() {
          const [az] = yield* t.zones
          const made = yield* ok(t.ec2.requestSpotInstances({
            InstanceCount: 1,
            LaunchSpecification: { ImageId: t.ImageId as never, InstanceType: InstanceType as never, Placement: { AvailabilityZone: az! } },
            TagSpecifications: [{ ResourceType: "spot-instances-request", Tags: [{ Key: RunTagKey, Value: t.runId }] }]
          }))
          const ids = (made.SpotInstanceRequests ?? []).map((q) => q.SpotInstanceRequestId!)
          return yield* Effect.gen(function*() {
            expect(ids).toHaveLength(1)
            const id = ids[0]!
            expect(id).toMatch(/^sir-[0-9a-z]{8}$/)
            const q0 = made.SpotInstanceRequests![0]!
            expect(q0.State).toBe("open")
            expect(q0.Type).toBe("one-time")
            expect(q0.ProductDescription).toBe("Linux/UNIX")
            let q: Ec2Shapes.SpotInstanceRequest | undefined
            for (let i = 0; i < 60; i++) {
              const d = yield* ok(t.ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [id] }))
              q = d.SpotInstanceRequests![0]!
              if (q.Status?.Code === "fulfilled") break
              yield* pass("5 seconds")
            }
            expect([q!.State, q!.Status?.Code]).toEqual(["active", "fulfilled"])
            expect(q!.Status?.UpdateTime).toBeInstanceOf(Date)
            expect(q!.LaunchedAvailabilityZone).toBe(az)
            expect(q!.Tags).toEqual([{ Key: RunTagKey, Value: t.runId }])
            const byFilter = yield* ok(t.ec2.describeSpotInstanceRequests({ Filters: [{ Name: `tag:${RunTagKey}`, Values: [t.runId] }, { Name: "state", Values: ["active"] }] }))
            expect((byFilter.SpotInstanceRequests ?? []).map((x) => x.SpotInstanceRequestId)).toEqual([id])
            const inst = yield* t.describe(q!.InstanceId!)
            expect(inst.InstanceLifecycle).toBe("spot")
            expect(inst.SpotInstanceRequestId).toBe(id)
            const c = yield* ok(t.ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: [id] }))
            expect(c.CancelledSpotInstanceRequests).toEqual([{ SpotInstanceRequestId: id, State: "cancelled" }])
            const after = yield* ok(t.ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [id] }))
            expect([after.SpotInstanceRequests![0]!.State, after.SpotInstanceRequests![0]!.Status?.Code]).toEqual(["cancelled", "request-canceled-and-instance-running"])
            expect((yield* t.describe(q!.InstanceId!)).State?.Name).not.toMatch(/^(shutting-down|terminated)$/)
          }).pipe(Effect.ensuring(dispose(t, ids)))
        })
      ))

    it("DescribeSpotPriceHistory: SpotPrice as text, Timestamp as a date, newest first, pages that add up", () =>
      world((t) =>
        Effect.gen(function*() {
          const [az] = yield* t.zones
          const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
          const req = { InstanceTypes: [InstanceType as never], AvailabilityZone: az!, ProductDescriptions: ["Linux/UNIX"], StartTime: new Date(now - 3 * 86_400_000), EndTime: new Date(now) }
          const all = yield* ok(t.ec2.describeSpotPriceHistory(req))
          const h = all.SpotPriceHistory ?? []
          expect(h.length).toBeGreaterThan(0)
          for (const e of h) {
            expect(e.SpotPrice).toMatch(/^\d+\.\d+$/)
            expect(e.Timestamp).toBeInstanceOf(Date)
            expect([e.AvailabilityZone, e.InstanceType, e.ProductDescription]).toEqual([az, InstanceType, "Linux/UNIX"])
          }
          for (let i = 1; i < h.length; i++) expect(h[i]!.Timestamp!.getTime()).toBeLessThanOrEqual(h[i - 1]!.Timestamp!.getTime())
          if (all.NextToken === undefined && h.length > 5) {
            const paged: Array<Ec2Shapes.SpotPrice> = []
            let token: string | undefined
            do {
              const page = yield* ok(t.ec2.describeSpotPriceHistory({ ...req, MaxResults: 5, ...(token !== undefined ? { NextToken: token } : {}) }))
              expect((page.SpotPriceHistory ?? []).length).toBeLessThanOrEqual(5)
              paged.push(...(page.SpotPriceHistory ?? []))
              token = page.NextToken
            } while (token !== undefined)
            expect(paged.map((e) => [e.Timestamp!.getTime(), e.SpotPrice])).toEqual(h.map((e) => [e.Timestamp!.getTime(), e.SpotPrice]))
          }
        })
      ))

    it("RunInstances with InstanceMarketOptions: a Spot instance with its one-time request; SpotMaxPriceTooLow, bad maximum and option combinations refused", () =>
      world((t) =>
        Effect.gen(function*() {
          const [az] = yield* t.zones
          const launched = yield* t.launch({ Placement: { AvailabilityZone: az! }, InstanceMarketOptions: { MarketType: "spot", SpotOptions: {} } })
          const inst = launched[0]!
          expect(inst.InstanceLifecycle).toBe("spot")
          const reqId = inst.SpotInstanceRequestId!
          expect(reqId).toMatch(/^sir-/)
          const d = yield* ok(t.ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [reqId] }))
          const q = d.SpotInstanceRequests![0]!
          expect([q.Type, q.State, q.InstanceId]).toEqual(["one-time", "active", inst.InstanceId])
          const price = yield* currentPrice(t, az!, InstanceType)
          if (price !== undefined && price > 0.0011) {
            yield* H.expectError(
              t.tryLaunch({ Placement: { AvailabilityZone: az! }, InstanceMarketOptions: { MarketType: "spot", SpotOptions: { MaxPrice: "0.0011" } } }),
              "SpotMaxPriceTooLow",
              /^Your Spot request price of 0\.0011 is lower than the minimum required Spot request fulfillment price of [0-9.]+\.$/
            )
          }
          yield* H.expectError(
            t.tryLaunch({ Placement: { AvailabilityZone: az! }, InstanceMarketOptions: { MarketType: "spot", SpotOptions: { MaxPrice: "0.0005" } } }),
            "InvalidParameterValue",
            /./
          )
          yield* H.expectError(
            t.tryLaunch({ Placement: { AvailabilityZone: az! }, InstanceMarketOptions: { MarketType: "spot", SpotOptions: { SpotInstanceType: "persistent", InstanceInterruptionBehavior: "terminate" } } }),
            "InvalidParameterCombination",
            /./
          )
          yield* ok(t.ec2.terminateInstances({ InstanceIds: [inst.InstanceId!] }))
        })
      ))

    it("errors: unknown request ids, a maximum of $0.001, stop behaviour on a one-time request", () =>
      world((t) =>
        Effect.gen(function*() {
          yield* H.expectError(t.ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: ["sir-00000000"] }), "InvalidSpotInstanceRequestID.NotFound", /sir-00000000/)
          yield* H.expectError(t.ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: ["sir-00000000"] }), "InvalidSpotInstanceRequestID.NotFound", /sir-00000000/)
          const spec = { ImageId: t.ImageId as never, InstanceType: InstanceType as never }
          yield* H.expectError(t.ec2.requestSpotInstances({ SpotPrice: "0.001", LaunchSpecification: spec }), "InvalidParameterValue", /./)
          yield* H.expectError(
            t.ec2.requestSpotInstances({ Type: "one-time", InstanceInterruptionBehavior: "stop", LaunchSpecification: spec }),
            "InvalidParameterCombination",
            /./
          )
          const left = yield* ok(t.ec2.describeSpotInstanceRequests({ Filters: [{ Name: `tag:${RunTagKey}`, Values: [t.runId] }] }))
          expect(left.SpotInstanceRequests ?? []).toEqual([])
        })
      ))
  })
}
