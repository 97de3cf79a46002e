// The worked example of docs/cost.md: a small fleet (three m5.large) for 30 virtual days, billed three
// ways: on demand, with 1-year Reserved Instances, and as Spot instances. Each month runs in its own
// in-memory world in virtual time, so the program takes milliseconds.
// packages/cli/test/CostExample.test.ts runs it and checks the three totals against hand-computed ones.
import { Billing, Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { CostReport } from "@ec2kit/cli"
import { Ec2 } from "@ec2kit/core"
import { Effect, Layer } from "effect"
import { TestClock } from "effect/testing"

/** The month: 30 days from 2026-11-01T00:00:00Z (virtual time; Reserved Instances bill per clock-hour). */
export const start = Date.parse("2026-11-01T00:00:00Z")
export const month = 30 * 86_400_000

/** The workload: three m5.large in us-east-1a, from an Amazon Linux image, running all month. */
const launchFleet = (market: "on-demand" | "spot") =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    const { Images } = yield* ec2.describeImages({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] })
    yield* ec2.runInstances({
      ImageId: Images![0]!.ImageId!,
      InstanceType: "m5.large",
      MinCount: 3,
      MaxCount: 3,
      Placement: { AvailabilityZone: "us-east-1a" },
      ...(market === "spot" ? { InstanceMarketOptions: { MarketType: "spot" } } : {})
    })
  })

/** Three 1-year Standard Reserved Instances for m5.large, No Upfront, regional (any AZ of the Region). */
const buyReservedInstances = Effect.gen(function*() {
  const ec2 = yield* Ec2.Ec2
  const { ReservedInstancesOfferings } = yield* ec2.describeReservedInstancesOfferings({
    InstanceType: "m5.large",
    ProductDescription: "Linux/UNIX",
    InstanceTenancy: "default",
    OfferingClass: "standard",
    OfferingType: "No Upfront",
    MinDuration: 31_536_000,
    MaxDuration: 31_536_000,
    Filters: [{ Name: "scope", Values: ["Region"] }]
  })
  const offering = ReservedInstancesOfferings![0]!
  yield* ec2.purchaseReservedInstancesOffering({ ReservedInstancesOfferingId: offering.ReservedInstancesOfferingId!, InstanceCount: 3 })
})

/**
 * The Spot price of m5.large in us-east-1a pinned at $0.0384 an hour (60 % off on-demand) for the month,
 * so that the bill can be checked by hand; left alone, the simulated market moves the price.
 */
const pinSpotPrice = Effect.gen(function*() {
  const hv = yield* Hypervisor.Hypervisor
  yield* hv.setSpotPrice({ AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Price: 0.0384 })
})

/** One month of the workload in a fresh world: `prepare`, launch, 30 days, the bill of the month. */
const billOfMonth = <E, R>(prepare: Effect.Effect<void, E, R>, market: "on-demand" | "spot") =>
  Effect.gen(function*() {
    yield* prepare
    yield* launchFleet(market)
    yield* TestClock.adjust(month)
    const hv = yield* Hypervisor.Hypervisor
    return yield* hv.bill({ StartTime: start, EndTime: start + month })
  }).pipe(
    Effect.provide(
      Ec2Memory.layer({ seed: "cost-example", delays: { instancePending: "immediate" } }).pipe(
        Layer.provideMerge(TestClock.layer().pipe(Layer.tap((clock) => TestClock.setTime(start).pipe(Effect.provideContext(clock)))))
      )
    )
  )

/** The three bills of the same month. */
export const threeBills = Effect.all({
  onDemand: billOfMonth(Effect.void, "on-demand"),
  reserved: billOfMonth(buyReservedInstances, "on-demand"),
  spot: billOfMonth(pinSpotPrice, "spot")
})

/** The three bills as `ec2kit cost` prints them, then their totals side by side. */
export const report = (bills: { readonly [K in "onDemand" | "reserved" | "spot"]: Billing.Bill }): string =>
  [
    "== On-demand ==",
    CostReport.text(bills.onDemand),
    "",
    "== 1-year Standard Reserved Instances, No Upfront ==",
    CostReport.text(bills.reserved),
    "",
    "== Spot at $0.0384/h ==",
    CostReport.text(bills.spot),
    "",
    `Totals: on-demand ${CostReport.money(bills.onDemand.Total)}, reserved ${CostReport.money(bills.reserved.Total)}, spot ${CostReport.money(bills.spot.Total)} USD`
  ].join("\n")

/** Prints the report. */
export const main = Effect.map(threeBills, (bills) => console.log(report(bills)))
