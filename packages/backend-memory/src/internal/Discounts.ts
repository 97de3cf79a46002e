/**
 * Commitments applied to compute usage (issue 12 §3–4, contract 2 of the helpers): Reserved
 * Instances, then EC2 Instance Savings Plans, then Compute Savings Plans, per clock-hour.
 *
 * Rules and sources (purchasing-facts §6, read 2026-12-06):
 * - Order RIs → EC2 Instance SPs → Compute SPs (https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-applying.html);
 *   within a plan kind, usage with the highest savings first, ties to the lower plan rate (same page).
 * - An RI discounts at most 3,600 s per clock-hour per instance it reserves (UG23
 *   `concepts-reserved-instances-application.md`); zonal RIs first (exact type and AZ), then regional
 *   RIs: any AZ; Linux/UNIX default-tenancy regional RIs are size-flexible by normalization factor,
 *   smallest size first (UG23 `apply_ri.md`; see `Normalization`).
 * - RIs apply to on-demand usage of their platform and tenancy only; Savings Plans to any OS and
 *   tenancy (EC2 Instance SPs to one family); neither to Spot. Dedicated Host (`host`) usage is billed
 *   per host, not per instance, so it is not per-instance usage here.
 * - Fees: the upfront payment at the term's start and the recurring charge for every clock-hour of the
 *   term, used or not (RIs: UG23 concepts page; SPs: the Savings Plans user guide). Covered usage costs
 *   nothing more: its price is in the fees, as AWS's invoice shows RI-covered hours at $0.00 and
 *   Savings Plans usage negated against the recurring fee. Unused commitment is therefore the part of
 *   the recurring fee no usage drew on; it is inside the fees, not an extra charge.
 * - The term's clock-hours are `[floorHour(Start), floorHour(End))`: exactly `Duration / 3600` hours.
 *   An hour is covered by an RI/plan whose term holds it (ec2kit's choice for a mid-hour purchase: the
 *   whole first hour, no proration — AWS's text does not say).
 *
 * Savings Plans rates are the on-demand rate times `1 − Discount` of the table's `SavingsPlanDiscounts`
 * entry for the plan's type, term and payment option (AWS publishes a rate per instance type; see the
 * table's sources); a plan without an entry has the on-demand rate (no saving).
 *
 * @internal
 */
import type { Pricing } from "@ec2kit/core"
import { familyOf, normalizationFactor, sizeFlexibleType } from "./Normalization.js"
import type { ReservedInstancesRecord, SavingsPlanRecord } from "./records/Purchasing.js"
import type { World } from "./World.js"

const HOUR = 3_600_000

/** One instance's billed seconds in one clock-hour, as the meter gives them. */
export interface ComputeHour {
  readonly InstanceId: string
  readonly InstanceType: string
  readonly AvailabilityZone: string
  /** `Linux/UNIX`, `Windows`, … as a `ProductDescription` (a trailing ` (Amazon VPC)` is ignored). */
  readonly Platform: string
  readonly Tenancy: "default" | "dedicated" | "host"
  readonly Market: "on-demand" | "spot"
  /** Epoch ms of the clock hour. */
  readonly HourStart: number
  /** Billed seconds in that hour (0–3,600). */
  readonly Seconds: number
  /** USD per hour on demand. */
  readonly OnDemandRate: number
}

/** Who pays for a covered share or a fee. */
export type CommitmentKind = "ReservedInstances" | "SavingsPlan"

/** Seconds of one instance-hour paid by a commitment, billed at `Cost` instead of on demand. */
export interface Covered {
  readonly InstanceId: string
  readonly HourStart: number
  readonly Seconds: number
  readonly By: CommitmentKind
  /** `ReservedInstancesId` or `SavingsPlanId`. */
  readonly Id: string
  /** USD (0: the commitment's fees pay for it). */
  readonly Cost: number
}

/** A line of a commitment's own charges in the window. */
export interface Fee {
  readonly By: CommitmentKind
  readonly Id: string
  /** Epoch ms: the upfront payment's time, or the first clock-hour of the window a recurring line sums. */
  readonly Time: number
  /** AWS-like usage type, e.g. `HeavyUsage:m5.large` (RI) or `ComputeSP:1yrNoUpfront`/`EC2SP:m5.1yrNoUpfront` (SP), as billing exports name them (second-hand). */
  readonly UsageType: string
  readonly Description: string
  readonly Quantity: number
  /** `Quantity`'s unit: `Reservation`/`Plan` (upfront) or `Hrs`. */
  readonly Unit: string
  /** USD per unit. */
  readonly Rate: number
  /** USD = `Quantity × Rate`. */
  readonly Cost: number
}

/** What `applyCommitments` gives the meter. */
export interface Commitments {
  readonly covered: ReadonlyArray<Covered>
  readonly fees: ReadonlyArray<Fee>
}

/** A window of virtual time, `[From, To)` epoch ms. */
export interface Window {
  readonly From: number
  readonly To: number
}

const floorHour = (t: number): number => Math.floor(t / HOUR) * HOUR
const ceilHour = (t: number): number => Math.ceil(t / HOUR) * HOUR
const platformOf = (description: string): string => description.replace(/ \(Amazon VPC\)$/, "")

/** Whether a commitment's term holds the clock-hour starting at `hour`. */
const holdsHour = (term: { readonly Start: number; readonly End: number }, hour: number): boolean =>
  floorHour(term.Start) <= hour && hour < floorHour(term.End)

/** RIs whose purchase went through (a failed payment or deleted queued purchase never applies). */
const countsRi = (r: ReservedInstancesRecord): boolean => r.State !== "payment-failed" && r.State !== "queued-deleted"

/** Order of application: zonal RIs first, then regional; older purchases first. */
const riOrder = (a: ReservedInstancesRecord, b: ReservedInstancesRecord): number =>
  (a.Scope === b.Scope ? 0 : a.Scope === "Availability Zone" ? -1 : 1) || a.Start - b.Start ||
  (a.ReservedInstancesId < b.ReservedInstancesId ? -1 : a.ReservedInstancesId > b.ReservedInstancesId ? 1 : 0)

const byId = (a: { readonly InstanceId: string }, b: { readonly InstanceId: string }) =>
  a.InstanceId < b.InstanceId ? -1 : a.InstanceId > b.InstanceId ? 1 : 0

/** A usage entry with its uncovered seconds (mutated while commitments are applied). */
interface Open {
  readonly hour: ComputeHour
  left: number
}

/** Whether the regional RI applies by normalized units (size flexibility). */
const flexible = (ri: ReservedInstancesRecord): boolean =>
  ri.Scope === "Region" && ri.InstanceTenancy === "default" && platformOf(ri.ProductDescription) === "Linux/UNIX" &&
  sizeFlexibleType(ri.InstanceType)

/** Applies one RI to one hour's open usage, appending what it covers. */
const applyRi = (ri: ReservedInstancesRecord, open: ReadonlyArray<Open>, out: Array<Covered>): void => {
  const platform = platformOf(ri.ProductDescription)
  const matches = (u: ComputeHour) =>
    u.Market === "on-demand" && u.Tenancy === ri.InstanceTenancy && platformOf(u.Platform) === platform
  const cover = (o: Open, seconds: number) => {
    o.left -= seconds
    out.push({ InstanceId: o.hour.InstanceId, HourStart: o.hour.HourStart, Seconds: seconds, By: "ReservedInstances", Id: ri.ReservedInstancesId, Cost: 0 })
  }
  if (flexible(ri)) {
    const family = familyOf(ri.InstanceType)
    let units = ri.InstanceCount * normalizationFactor(ri.InstanceType)! * 3600
    const candidates = open
      .filter((o) => o.left > 0 && matches(o.hour) && familyOf(o.hour.InstanceType) === family && normalizationFactor(o.hour.InstanceType) !== undefined)
      .sort((a, b) => normalizationFactor(a.hour.InstanceType)! - normalizationFactor(b.hour.InstanceType)! || byId(a.hour, b.hour))
    for (const o of candidates) {
      if (units <= 0) break
      const f = normalizationFactor(o.hour.InstanceType)!
      const seconds = Math.min(o.left, units / f)
      units -= seconds * f
      cover(o, seconds)
    }
    return
  }
  let seconds = ri.InstanceCount * 3600
  for (const o of open) {
    if (seconds <= 0) break
    if (o.left <= 0 || !matches(o.hour) || o.hour.InstanceType !== ri.InstanceType) continue
    if (ri.Scope === "Availability Zone" && o.hour.AvailabilityZone !== ri.AvailabilityZone) continue
    const s = Math.min(o.left, seconds)
    seconds -= s
    cover(o, s)
  }
}

const yearsOf = (seconds: number): 1 | 3 => (seconds > 31_536_000 ? 3 : 1)

/** The plan's discount off on-demand (0 when the table has none for its kind). */
export const planDiscount = (table: Pricing.PriceTable, plan: SavingsPlanRecord): number =>
  table.SavingsPlanDiscounts?.find((d) =>
    d.SavingsPlanType === plan.SavingsPlanType && d.Years === yearsOf(plan.TermDurationInSeconds) && d.PaymentOption === plan.PaymentOption
  )?.Discount ?? 0

/** Applies one Savings Plan to one hour's open usage: plan-rate dollars up to its hourly commitment. */
const applyPlan = (plan: SavingsPlanRecord, discount: number, open: ReadonlyArray<Open>, out: Array<Covered>): void => {
  let dollars = plan.Commitment
  const candidates = open
    .filter((o) =>
      o.left > 0 && o.hour.Market === "on-demand" && o.hour.Tenancy !== "host" &&
      (plan.SavingsPlanType === "Compute" || familyOf(o.hour.InstanceType) === plan.Ec2InstanceFamily)
    )
    // one discount per plan: every entry saves the same share, so the lower plan rate goes first (SPA's tie rule)
    .sort((a, b) => a.hour.OnDemandRate - b.hour.OnDemandRate || byId(a.hour, b.hour))
  for (const o of candidates) {
    if (dollars <= 0) break
    const rate = (1 - discount) * o.hour.OnDemandRate
    const seconds = rate <= 0 ? o.left : Math.min(o.left, (dollars / rate) * 3600)
    dollars -= (seconds / 3600) * rate
    o.left -= seconds
    out.push({ InstanceId: o.hour.InstanceId, HourStart: o.hour.HourStart, Seconds: seconds, By: "SavingsPlan", Id: plan.SavingsPlanId, Cost: 0 })
  }
}

/** The clock-hours of a term inside a window: `[first, first + count × 1 h)`. */
const termHoursIn = (term: { readonly Start: number; readonly End: number }, window: Window) => {
  const first = Math.max(floorHour(term.Start), ceilHour(window.From))
  const end = Math.min(floorHour(term.End), ceilHour(window.To))
  return { first, count: Math.max(0, (end - first) / HOUR) }
}

const inWindow = (t: number, window: Window) => window.From <= t && t < window.To

/** The upfront and recurring fee lines of the RIs in a window. */
const riFees = (ris: ReadonlyArray<ReservedInstancesRecord>, window: Window): Array<Fee> => {
  const fees: Array<Fee> = []
  for (const ri of ris) {
    const usageType = `HeavyUsage:${ri.InstanceType}`
    const what = `${ri.ProductDescription} ${ri.InstanceType} ${ri.OfferingClass} ${ri.OfferingType} Reserved Instance`
    if (ri.FixedPrice > 0 && inWindow(ri.Start, window)) {
      fees.push({
        By: "ReservedInstances", Id: ri.ReservedInstancesId, Time: ri.Start, UsageType: usageType,
        Description: `Upfront fee, ${what}`, Quantity: ri.InstanceCount, Unit: "Reservation", Rate: ri.FixedPrice,
        Cost: ri.InstanceCount * ri.FixedPrice
      })
    }
    const hourly = ri.UsagePrice + ri.RecurringCharges.reduce((s, c) => s + c.Amount, 0)
    const { count, first } = termHoursIn(ri, window)
    if (hourly > 0 && count > 0) {
      const quantity = count * ri.InstanceCount
      fees.push({
        By: "ReservedInstances", Id: ri.ReservedInstancesId, Time: first, UsageType: usageType,
        Description: `USD ${hourly} hourly fee per ${what}`, Quantity: quantity, Unit: "Hrs", Rate: hourly, Cost: quantity * hourly
      })
    }
  }
  return fees
}

const compact = (payment: SavingsPlanRecord["PaymentOption"]) => payment.replace(/ /g, "")

/** The upfront and recurring fee lines of the Savings Plans in a window. */
const planFees = (plans: ReadonlyArray<SavingsPlanRecord>, window: Window): Array<Fee> => {
  const fees: Array<Fee> = []
  for (const plan of plans) {
    const term = `${yearsOf(plan.TermDurationInSeconds)}yr${compact(plan.PaymentOption)}`
    // CUR usage types as billing exports show them (second-hand): `ComputeSP:1yrNoUpfront`, `EC2SP:t3.1yrNoUpfront`
    const usageType = plan.SavingsPlanType === "Compute" ? `ComputeSP:${term}` : `EC2SP:${plan.Ec2InstanceFamily ?? ""}.${term}`
    const what = `${plan.SavingsPlanType} Savings Plan, USD ${plan.Commitment}/h, ${plan.PaymentOption}`
    if (plan.UpfrontPaymentAmount > 0 && inWindow(plan.Start, window)) {
      fees.push({
        By: "SavingsPlan", Id: plan.SavingsPlanId, Time: plan.Start, UsageType: usageType, Description: `Upfront fee, ${what}`,
        Quantity: 1, Unit: "Plan", Rate: plan.UpfrontPaymentAmount, Cost: plan.UpfrontPaymentAmount
      })
    }
    const { count, first } = termHoursIn(plan, window)
    if (plan.RecurringPaymentAmount > 0 && count > 0) {
      fees.push({
        By: "SavingsPlan", Id: plan.SavingsPlanId, Time: first, UsageType: usageType, Description: `Recurring fee, ${what}`,
        Quantity: count, Unit: "Hrs", Rate: plan.RecurringPaymentAmount, Cost: count * plan.RecurringPaymentAmount
      })
    }
  }
  return fees
}

/**
 * `applyCommitments` over explicit records (what the World variant reads); for tests and callers
 * holding records.
 */
export const applyRecords = (
  reserved: ReadonlyArray<ReservedInstancesRecord>,
  plans: ReadonlyArray<SavingsPlanRecord>,
  hours: ReadonlyArray<ComputeHour>,
  table: Pricing.PriceTable,
  window: Window
): Commitments => {
  const ris = reserved.filter(countsRi).sort(riOrder)
  const ec2Plans = plans.filter((p) => p.SavingsPlanType === "EC2Instance")
  const computePlans = plans.filter((p) => p.SavingsPlanType === "Compute")
  const byHour = new Map<number, Array<Open>>()
  for (const hour of hours) {
    if (hour.Seconds <= 0) continue
    let list = byHour.get(hour.HourStart)
    if (list === undefined) byHour.set(hour.HourStart, list = [])
    list.push({ hour, left: hour.Seconds })
  }
  const covered: Array<Covered> = []
  for (const [hourStart, open] of [...byHour].sort((a, b) => a[0] - b[0])) {
    open.sort((a, b) => byId(a.hour, b.hour))
    for (const ri of ris) if (holdsHour(ri, hourStart)) applyRi(ri, open, covered)
    for (const plan of ec2Plans) if (holdsHour(plan, hourStart)) applyPlan(plan, planDiscount(table, plan), open, covered)
    for (const plan of computePlans) if (holdsHour(plan, hourStart)) applyPlan(plan, planDiscount(table, plan), open, covered)
  }
  return { covered, fees: [...riFees(ris, window), ...planFees(plans, window)] }
}

/**
 * Applies the world's Reserved Instances and Savings Plans to compute usage: which seconds of which
 * instance-hours they pay for, and their own fees (upfront, recurring) in `window`. The meter bills
 * `covered` seconds at `Cost` instead of on demand and adds every fee as a line. `hours` should lie in
 * `window`; with windows aligned to clock-hours the result is additive over adjacent windows.
 */
export const applyCommitments = (w: World, hours: ReadonlyArray<ComputeHour>, table: Pricing.PriceTable, window: Window): Commitments =>
  applyRecords([...w.all("reservedInstances")], [...w.all("savingsPlans")], hours, table, window)
