/**
 * Reserved Instances (issue 12 §3): DescribeReservedInstancesOfferings (`reservedOfferings.ts`),
 * PurchaseReservedInstancesOffering, DescribeReservedInstances, and the Savings Plans control
 * (`savingsPlans.ts`). RIs are billing constructs: the meter applies them (`internal/Discounts.ts`).
 *
 * Purchase rules (purchasing-facts §6.1, UG23 `ri-limits.md`, `reserved-instances-scope.md`, read 2026-12-06):
 * - Quota: 20 regional RIs per Region per month and 20 zonal RIs per AZ per month, counted in instances
 *   (awsdocs/amazon-ec2-user-guide PR #241, 2022: "based on Instance Count"), per billing (calendar, UTC)
 *   month (AWS Support via jantman/awslimitchecker#34, 2016) → `ReservedInstancesLimitExceeded` "Your current quota does
 *   not allow you to purchase the required number of reserved instances."
 * - `PurchaseTime` queues a regional purchase (state `queued`) up to 3 years ahead; zonal RIs cannot be
 *   queued. A purchase now is `payment-pending` for {@link PaymentDelayMs}, then `active`; every RI is
 *   `retired` at the end of its term. The term starts at the purchase (or queued) time.
 * - `LimitPrice` (for Marketplace offerings on AWS) is honoured strictly: an order whose upfront total
 *   exceeds it is refused (`InvalidParameterValue`, text unverified).
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error, Pricing } from "@ec2kit/core"
import type { HypervisorShape } from "../Hypervisor.js"
import type { Engine, TimerHandler } from "../internal/Engine.js"
import type { ReservedInstancesRecord } from "../internal/records/Purchasing.js"
import type { World } from "../internal/World.js"
import { compileFilters, type Extractors, iso, tagsOut } from "./filters.js"
import { describeReservedInstancesOfferings, durationOf, findOffering } from "./reservedOfferings.js"
import * as SavingsPlans from "./savingsPlans.js"

/** Regional RIs one Region may buy per month, and zonal RIs one AZ may (UG23 `ri-limits.md`). */
export const MonthlyPurchaseLimit = 20

/**
 * How long a purchase stays `payment-pending` before `active`. AWS gives no figure ("payment-pending"
 * while AWS processes the payment); ec2kit's: one minute of virtual time.
 */
export const PaymentDelayMs = 60_000

const YEAR_MS = 31_536_000_000
const ACTIVATE = "reservedInstancesActivate"
const QUEUED_START = "reservedInstancesQueuedStart"
const RETIRE = "reservedInstancesRetire"

/** The first instant of the UTC calendar month of `t`. */
const monthOf = (t: number): number => {
  const d = new Date(t)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
}

/** Instances of RIs bought this month in the same quota bucket (the Region's regional RIs, or one AZ's zonal RIs). */
const boughtThisMonth = (w: World, zone: string | undefined): number => {
  const month = monthOf(w.now)
  let n = 0
  for (const r of w.all("reservedInstances")) {
    if (monthOf(r.PurchasedAt) !== month || r.State === "queued-deleted" || r.State === "payment-failed") continue
    if (zone === undefined ? r.Scope === "Region" : r.AvailabilityZone === zone) n += r.InstanceCount
  }
  return n
}

type PurchaseRequest = Parameters<Ec2.Implementation["purchaseReservedInstancesOffering"]>[0]

/** PurchaseReservedInstancesOffering (see the module comment). */
export const purchaseReservedInstancesOffering = (w: World, req: PurchaseRequest, table: Pricing.PriceTable = Pricing.usEast1) =>
  Effect.gen(function*() {
    const count = req.InstanceCount
    if (!Number.isInteger(count) || count < 1) return yield* Effect.fail(Ec2Error.invalidValue(String(count), "InstanceCount"))
    const offering = findOffering(w, table, req.ReservedInstancesOfferingId)
    if (offering === undefined) {
      // code: AWS error-codes list; text unverified
      return yield* Ec2Error.fail(
        "InvalidReservedInstancesOfferingId",
        `The Reserved Instances offering '${req.ReservedInstancesOfferingId}' does not exist.`
      )
    }
    const zone = offering.spec.Zone?.ZoneName
    const start = req.PurchaseTime === undefined ? w.now : req.PurchaseTime.getTime()
    if (req.PurchaseTime !== undefined) {
      if (zone !== undefined) {
        return yield* Ec2Error.fail("InvalidParameterCombination", "PurchaseTime can be used only with regional Reserved Instances offerings.")
      }
      if (!Number.isFinite(start) || start < w.now || start > w.now + 3 * YEAR_MS) {
        return yield* Ec2Error.fail("InvalidParameterValue", "PurchaseTime must be in the future and no more than 3 years from now.")
      }
    }
    if (req.LimitPrice !== undefined) {
      const lp = req.LimitPrice
      if (lp.CurrencyCode !== undefined && lp.CurrencyCode !== "USD") return yield* Effect.fail(Ec2Error.invalidValue(lp.CurrencyCode, "LimitPrice.CurrencyCode"))
      const total = Math.round(offering.FixedPrice * count * 100) / 100
      if (lp.Amount !== undefined && lp.Amount < total) {
        return yield* Ec2Error.fail("InvalidParameterValue", `The order's upfront price (USD ${total}) exceeds LimitPrice (USD ${lp.Amount}).`)
      }
    }
    if (boughtThisMonth(w, zone) + count > MonthlyPurchaseLimit) {
      // AWS's text, as quoted with "(Service: AmazonEC2; Status Code: 400; Error Code: ReservedInstancesLimitExceeded)"
      // on a user's blog (stored copy, read 2026-12-06) and in AWS's error-code list
      return yield* Ec2Error.fail("ReservedInstancesLimitExceeded", "Your current quota does not allow you to purchase the required number of reserved instances.")
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const id = w.uuid()
    const duration = durationOf(offering.spec.Years)
    const queued = start > w.now
    const record: ReservedInstancesRecord = {
      ReservedInstancesId: id,
      ReservedInstancesOfferingId: offering.ReservedInstancesOfferingId,
      InstanceType: offering.spec.InstanceType,
      ...(offering.spec.Zone !== undefined ? { AvailabilityZone: offering.spec.Zone.ZoneName, AvailabilityZoneId: offering.spec.Zone.ZoneId } : {}),
      Scope: offering.spec.Zone === undefined ? "Region" : "Availability Zone",
      Start: start,
      End: start + duration * 1000,
      Duration: duration,
      FixedPrice: offering.FixedPrice,
      UsagePrice: 0,
      InstanceCount: count,
      ProductDescription: offering.spec.ProductDescription,
      InstanceTenancy: "default",
      OfferingClass: offering.spec.OfferingClass,
      OfferingType: offering.spec.OfferingType,
      RecurringCharges: offering.HourlyPrice > 0 ? [{ Amount: offering.HourlyPrice, Frequency: "Hourly" }] : [],
      CurrencyCode: "USD",
      State: queued ? "queued" : "payment-pending",
      PurchasedAt: w.now
    }
    w.put("reservedInstances", record)
    w.schedule(queued ? QUEUED_START : ACTIVATE, id, queued ? start - w.now : PaymentDelayMs)
    w.schedule(RETIRE, id, record.End - w.now)
    return { ReservedInstancesId: id }
  })

/** The API shape of an RI. */
const reservedOut = (w: World, r: ReservedInstancesRecord) => ({
  ReservedInstancesId: r.ReservedInstancesId,
  InstanceType: r.InstanceType,
  ...(r.AvailabilityZone !== undefined ? { AvailabilityZone: r.AvailabilityZone } : {}),
  ...(r.AvailabilityZoneId !== undefined ? { AvailabilityZoneId: r.AvailabilityZoneId } : {}),
  Start: new Date(r.Start),
  End: new Date(r.End),
  Duration: r.Duration,
  UsagePrice: r.UsagePrice,
  FixedPrice: r.FixedPrice,
  InstanceCount: r.InstanceCount,
  ProductDescription: r.ProductDescription as "Linux/UNIX",
  State: r.State,
  ...tagsOut(w, r.ReservedInstancesId),
  InstanceTenancy: r.InstanceTenancy,
  CurrencyCode: r.CurrencyCode,
  OfferingType: r.OfferingType,
  RecurringCharges: r.RecurringCharges.map((c) => ({ ...c })),
  OfferingClass: r.OfferingClass,
  Scope: r.Scope
})

const extractors: Extractors<ReservedInstancesRecord> = {
  "availability-zone": (_, r) => [r.AvailabilityZone],
  "availability-zone-id": (_, r) => [r.AvailabilityZoneId],
  duration: (_, r) => [String(r.Duration)],
  end: (_, r) => [iso(r.End)],
  "fixed-price": (_, r) => [String(r.FixedPrice)],
  "instance-type": (_, r) => [r.InstanceType],
  scope: (_, r) => [r.Scope],
  "product-description": (_, r) => [r.ProductDescription],
  "reserved-instances-id": (_, r) => [r.ReservedInstancesId],
  start: (_, r) => [iso(r.Start)],
  state: (_, r) => [r.State],
  "usage-price": (_, r) => [String(r.UsagePrice)]
}

type DescribeRequest = Parameters<Ec2.Implementation["describeReservedInstances"]>[0]

/** DescribeReservedInstances: by id, class, payment option and filters (no pagination on AWS either). */
export const describeReservedInstances = (w: World, req: DescribeRequest) =>
  Effect.gen(function*() {
    for (const id of req.ReservedInstancesIds ?? []) {
      if (w.get("reservedInstances", id) === undefined) {
        // code: AWS error-codes list; text unverified
        return yield* Ec2Error.fail("InvalidReservedInstancesId", `The Reserved Instance '${id}' does not exist.`)
      }
    }
    const pred = yield* compileFilters(req.Filters, extractors, (r) => r.ReservedInstancesId)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ids = req.ReservedInstancesIds
    const selected = [...w.all("reservedInstances")].filter((r) =>
      (ids === undefined || ids.length === 0 || ids.includes(r.ReservedInstancesId)) &&
      (req.OfferingClass === undefined || r.OfferingClass === req.OfferingClass) &&
      (req.OfferingType === undefined || r.OfferingType === req.OfferingType) &&
      pred(w, r)
    )
    return { ReservedInstances: selected.map((r) => reservedOut(w, r)) }
  })

/** The operations of this area over an engine. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeReservedInstancesOfferings" | "purchaseReservedInstancesOffering" | "describeReservedInstances"> => ({
  describeReservedInstancesOfferings: (req) => engine.transact((w) => describeReservedInstancesOfferings(w, req)),
  purchaseReservedInstancesOffering: (req) => engine.transact((w) => purchaseReservedInstancesOffering(w, req)),
  describeReservedInstances: (req) => engine.transact((w) => describeReservedInstances(w, req))
})

/** The `Hypervisor` controls of this area. */
export const controls = (engine: Engine): Pick<HypervisorShape, "purchaseSavingsPlan"> => ({
  purchaseSavingsPlan: (input) => engine.transact((w) => SavingsPlans.purchaseSavingsPlan(w, input))
})

const setState = (w: World, id: string, from: ReadonlyArray<ReservedInstancesRecord["State"]>, to: ReservedInstancesRecord["State"]) => {
  const r = w.get("reservedInstances", id)
  if (r !== undefined && from.includes(r.State)) w.put("reservedInstances", { ...r, State: to })
}

/** The timer handlers of this area (`Kind` → handler). */
export const timers: Readonly<Record<string, TimerHandler>> = {
  [ACTIVATE]: (w, t) => setState(w, t.Target, ["payment-pending"], "active"),
  [QUEUED_START]: (w, t) => {
    setState(w, t.Target, ["queued"], "payment-pending")
    if (w.get("reservedInstances", t.Target)?.State === "payment-pending") w.schedule(ACTIVATE, t.Target, PaymentDelayMs)
  },
  [RETIRE]: (w, t) => setState(w, t.Target, ["payment-pending", "active"], "retired"),
  ...SavingsPlans.timers
}
