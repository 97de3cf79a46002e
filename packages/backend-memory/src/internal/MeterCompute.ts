/**
 * The billing meter's compute charges (issue 12 §4): an instance's running (and hibernating) periods
 * from the usage ledger, billed per second with the 60-s minimum per entry into `running`, hourly for
 * SUSE, at the on-demand or the Spot price in effect, with Reserved Instance and Savings Plan coverage
 * applied (`Discounts.applyCommitments`). Rules and sources (shared/docs/purchasing-facts.md):
 *
 * - Per second, 60-s minimum each time the instance enters `running`: Linux without OS fee (WN17),
 *   Windows (WN21, since 2021-06-11), RHEL (WN24, since 2024-04-01), Ubuntu Pro (KC). SUSE: per hour,
 *   a partial hour is a full hour, one hour minimum per start (KC; IRQ).
 * - Only `running` bills, and `stopping` for a hibernation (UG23 ec2-instance-lifecycle.md).
 * - Spot: the Spot price in effect, per second (SPWP; WN17). Interrupted by EC2 (StateReason
 *   `Server.SpotInstanceTermination`/`Shutdown`): within the first hour nothing is charged; later,
 *   seconds used — SUSE full hours only, the partial hour free (IRQ, facts §3.6).
 * - Dedicated Host instances: the host is billed, not the instance (UG23 dedicated-hosts-overview.md).
 *
 * The minimum (or SUSE's rounding up) is charged at the period's end, as the extra seconds it adds,
 * so bills of adjacent windows add up; a period still open is billed for the time it has run.
 *
 * @internal
 */
import { Pricing } from "@ec2kit/core"
import type { BilledResourceType, LineItemType, UsageUnit } from "../Billing.js"
import { applyCommitments, type ComputeHour, type Covered } from "./Discounts.js"
import { segments, type UsageSegment } from "./UsageLedger.js"
import { spotPrice, spotPriceSegments } from "./SpotPricing.js"
import type { World } from "./World.js"

/** One hour, ms. */
export const HOUR = 3_600_000
/** The per-second billing minimum per entry into `running`, ms (WN17). */
const MINIMUM = 60_000

/** A priced (or unpriced) amount of usage, before lines are merged. */
export interface Charge {
  readonly ResourceId: string
  readonly ResourceType: BilledResourceType
  readonly LineItemType: LineItemType
  readonly UsageType: string
  readonly Operation: string
  readonly Description: string
  readonly Start: number
  readonly End: number
  readonly Quantity: number
  readonly Unit: UsageUnit
  /** Absent: unpriced (`Unpriced` says why). */
  readonly Rate?: number
  readonly Unpriced?: string
  readonly CoveredBy?: string
  /** When given (commitments' own figures), the cost; else `Rate × Quantity` (0 unpriced). */
  readonly Cost?: number
}

/**
 * AWS's `UsageOperation` per platform (EC2 User Guide, "AMI billing information fields": the billing
 * codes of `PlatformDetails`); unknown platforms get plain `RunInstances`.
 */
const operations: Readonly<Record<string, string>> = {
  "Linux/UNIX": "RunInstances",
  "Red Hat Enterprise Linux": "RunInstances:0010",
  "Red Hat Enterprise Linux with HA": "RunInstances:1010",
  "SUSE Linux": "RunInstances:000g",
  "Ubuntu Pro": "RunInstances:0g00",
  "Windows": "RunInstances:0002",
  "Windows BYOL": "RunInstances:0800",
  "Windows with SQL Server Standard": "RunInstances:0006",
  "Windows with SQL Server Enterprise": "RunInstances:0102",
  "Windows with SQL Server Web": "RunInstances:0202"
}

/** The `RunInstances…` operation of a platform. */
export const operationOf = (platform: string | undefined): string =>
  platform !== undefined && Object.hasOwn(operations, platform) ? operations[platform]! : "RunInstances"

/** SUSE is still billed per hour (KC; facts §9: no newer announcement found). */
const hourly = (platform: string | undefined): boolean => platform !== undefined && platform.startsWith("SUSE")

/** One entry into `running` and what followed it until compute stopped billing. */
interface Period {
  readonly InstanceId: string
  readonly Start: number
  /** Absent while the instance still bills. */
  readonly End?: number
  readonly Segments: ReadonlyArray<UsageSegment>
  readonly Interrupted: boolean
}

/** The compute periods of the ledger (every segment of a period, even outside the window: its end decides its minimum). */
const periodsOf = (usage: Iterable<UsageSegment>): Array<Period> => {
  const groups = new Map<string, Array<UsageSegment>>()
  for (const s of usage) {
    if (s.Meter !== "compute") continue
    const key = `${s.ResourceId}|${s.PeriodStart ?? s.Start}`
    let g = groups.get(key)
    if (g === undefined) groups.set(key, g = [])
    g.push(s)
  }
  const out: Array<Period> = []
  for (const segs of groups.values()) {
    segs.sort((a, b) => a.Start - b.Start || (a.End ?? Infinity) - (b.End ?? Infinity))
    const first = segs[0]!
    const open = segs.some((s) => s.End === undefined)
    const end = open ? undefined : segs.reduce((e, s) => Math.max(e, s.End!), -Infinity)
    out.push({
      InstanceId: first.ResourceId,
      Start: first.PeriodStart ?? first.Start,
      ...(end !== undefined ? { End: end } : {}),
      Segments: segs,
      Interrupted: segs.some((s) => s.InterruptedByEc2 === true) && first.Market === "spot"
    })
  }
  return out
}

/** A billed stretch of one segment, `[From, To)`, or the extra ms of a minimum at `From` (`Extra`). */
interface Stretch {
  readonly Segment: UsageSegment
  readonly From: number
  readonly To: number
  /** ms charged at `From` beyond the time run (the 60-s minimum, SUSE's full hour). */
  readonly Extra: number
  /** Usage EC2 does not charge (the first hour of an interrupted Spot instance). */
  readonly Free: boolean
}

/** What a period bills, before the window cuts it. */
const stretchesOf = (p: Period, now: number): Array<Stretch> => {
  const suse = hourly(p.Segments[0]!.Platform)
  const run = p.Segments.map((s) => ({ Segment: s, From: s.Start, To: s.End ?? now, Extra: 0, Free: false }))
  if (p.End === undefined) return run
  const d = p.End - p.Start
  const last = p.Segments[p.Segments.length - 1]!
  if (p.Interrupted) {
    if (d < HOUR) return run.map((r) => ({ ...r, Free: true }))
    if (!suse) return run
    // SUSE after the first hour: full hours only, the partial hour free (IRQ)
    const cut = p.Start + Math.floor(d / HOUR) * HOUR
    return run.map((r) => r.To <= cut ? r : r.From >= cut ? { ...r, Free: true } : { ...r, To: cut }).concat(
      run.filter((r) => r.From < cut && r.To > cut).map((r) => ({ ...r, From: cut, Free: true }))
    )
  }
  const extra = suse ? Math.max(1, Math.ceil(d / HOUR)) * HOUR - d : Math.max(0, MINIMUM - d)
  return extra > 0 ? [...run, { Segment: last, From: p.End, To: p.End, Extra: extra, Free: false }] : run
}

/** A stretch cut to one clock hour of the window. */
interface Piece {
  readonly Segment: UsageSegment
  readonly From: number
  readonly To: number
  /** Billed ms (`To − From`, plus a minimum's extra). */
  readonly Ms: number
  readonly HourStart: number
  readonly Free: boolean
}

/**
 * The stretches cut to the window; `hourly`: also at every clock hour, as commitments apply per clock
 * hour (without any, a stretch stays whole: a month of an instance is one piece, not 720).
 */
const piecesOf = (stretches: ReadonlyArray<Stretch>, from: number, to: number, hourly: boolean): Array<Piece> => {
  const out: Array<Piece> = []
  for (const s of stretches) {
    if (s.Extra > 0) {
      if (s.From >= from && s.From < to) {
        out.push({ Segment: s.Segment, From: s.From, To: s.From, Ms: s.Extra, HourStart: Math.floor(s.From / HOUR) * HOUR, Free: s.Free })
      }
      continue
    }
    const a = Math.max(s.From, from)
    const b = Math.min(s.To, to)
    for (let t = a; t < b;) {
      const h = Math.floor(t / HOUR) * HOUR
      const e = hourly ? Math.min(b, h + HOUR) : b
      out.push({ Segment: s.Segment, From: t, To: e, Ms: e - t, HourStart: h, Free: s.Free })
      t = e
    }
  }
  return out
}

/** Why an on-demand segment has no price in `table`, or its hourly rate. */
const onDemandRate = (table: Pricing.PriceTable, s: UsageSegment): { readonly Rate: number } | { readonly Unpriced: string } => {
  if (s.Platform !== "Linux/UNIX") {
    return { Unpriced: `the price table has Linux/UNIX on-demand prices only; this instance runs ${s.Platform ?? "an unknown platform (its image is gone)"}` }
  }
  if (s.Tenancy === "dedicated") return { Unpriced: "the price table has no Dedicated Instance prices" }
  const rate = Pricing.onDemandHourly(table, s.InstanceType!)
  return rate === undefined ? { Unpriced: `the price table has no on-demand price for ${s.InstanceType}` } : { Rate: rate }
}

const usageTypeOf = (s: UsageSegment): string =>
  s.Market === "spot" ? `SpotUsage:${s.InstanceType}` : s.Tenancy === "dedicated" ? `DedicatedUsage:${s.InstanceType}` : `BoxUsage:${s.InstanceType}`

const hours = (ms: number) => ms / HOUR

const usd = (n: number) => `$${Number(n.toPrecision(6))}`

/** One instance's on-demand seconds in one clock hour (`covered`: the part commitments took). */
interface Hour {
  readonly first: Piece
  readonly rate: number
  ms: number
  covered: number
  start: number
  end: number
}

/** Covered or on-demand usage of one segment summed over the window's hours. */
interface Group {
  readonly segment: UsageSegment
  readonly by?: Covered
  readonly rate: number
  ms: number
  cost: number
  start: number
  end: number
}

/** Whether any Reserved Instance or Savings Plan exists (they are kept after their term, so: ever bought). */
const hasCommitments = (w: World): boolean => w.count("reservedInstances") > 0 || w.count("savingsPlans") > 0

/** The compute charges of `[from, to)`, commitments applied, and the commitments' own fees. */
export const computeCharges = (w: World, table: Pricing.PriceTable, from: number, to: number): Array<Charge> => {
  const out: Array<Charge> = []
  const onDemand: Array<{ readonly piece: Piece; readonly rate: number }> = []
  const hourly = hasCommitments(w)
  for (const p of periodsOf(segments(w))) {
    if (p.Start >= to || (p.End !== undefined && p.End < from)) continue
    for (const piece of piecesOf(stretchesOf(p, w.now), from, to, hourly)) {
      const s = piece.Segment
      // instances on a Dedicated Host: the host is billed, whatever runs on it
      if (s.Tenancy === "host" || s.DedicatedHostId !== undefined) continue
      const base = {
        ResourceId: s.ResourceId,
        ResourceType: "instance" as const,
        LineItemType: "Usage" as const,
        UsageType: usageTypeOf(s),
        Operation: operationOf(s.Platform),
        Start: piece.From,
        End: piece.To,
        Quantity: hours(piece.Ms),
        Unit: "Hrs" as const
      }
      if (piece.Free) {
        out.push({ ...base, Rate: 0, Description: `$0 per ${s.InstanceType} Spot Instance-hour: not charged, EC2 interrupted the instance (its first hour, or SUSE's partial hour)` })
      } else if (s.Market === "spot") {
        for (const c of spotCharges(w, s, piece, base)) out.push(c)
      } else {
        const r = onDemandRate(table, s)
        if ("Unpriced" in r) out.push({ ...base, Description: `${s.Platform ?? "unknown platform"} ${s.InstanceType} On Demand Instance Hour`, Unpriced: r.Unpriced })
        else onDemand.push({ piece, rate: r.Rate })
      }
    }
  }
  // not push(...): a month of many instances is more lines than a call's arguments may be
  return out.concat(coveredCharges(w, table, from, to, onDemand))
}

/** A Spot piece at the Spot price(s) in effect over it (SPWP); a minimum's extra at the price at its time. */
const spotCharges = (w: World, s: UsageSegment, piece: Piece, base: Omit<Charge, "Description">): Array<Charge> => {
  const describe = (price: number) => `${usd(price)} per ${s.Platform} ${s.InstanceType} Spot Instance-hour`
  if (s.Platform !== "Linux/UNIX") {
    return [{ ...base, Description: `${s.Platform ?? "unknown platform"} ${s.InstanceType} Spot Instance-hour`, Unpriced: "the Spot market's prices are Linux/UNIX prices" }]
  }
  const noPool = { ...base, Description: `${s.InstanceType} Spot Instance-hour`, Unpriced: `no Spot pool for ${s.InstanceType} in ${s.AvailabilityZone}` }
  if (piece.From === piece.To) {
    const price = spotPrice(w, s.AvailabilityZone!, s.InstanceType!, Math.max(s.Start, piece.From - 1))
    return price === undefined ? [noPool] : [{ ...base, Rate: price, Description: describe(price) }]
  }
  const segments = spotPriceSegments(w, s.AvailabilityZone!, s.InstanceType!, piece.From, piece.To)
  if (segments.length === 0) return [noPool]
  return segments.map((g) => ({ ...base, Start: g.From, End: g.To, Quantity: hours(g.To - g.From), Rate: g.Price, Description: describe(g.Price) }))
}

/**
 * On-demand pieces with Reserved Instances and Savings Plans applied (contract 2): the covered seconds
 * of an instance-hour are billed at the commitment's cost, the rest at the on-demand rate; the
 * commitments' fees (upfront, recurring) are lines of their own.
 */
const coveredCharges = (
  w: World,
  table: Pricing.PriceTable,
  from: number,
  to: number,
  pieces: ReadonlyArray<{ readonly piece: Piece; readonly rate: number }>
): Array<Charge> => {
  // instance → clock hour → its on-demand seconds per type and rate (numeric keys: a month of a fleet is
  // many hours; a stop, a type change and a start can put two types in one hour)
  const byHour = new Map<string, Map<number, Array<Hour>>>()
  const all: Array<Hour> = []
  for (const { piece, rate } of pieces) {
    let ofInstance = byHour.get(piece.Segment.ResourceId)
    if (ofInstance === undefined) byHour.set(piece.Segment.ResourceId, ofInstance = new Map())
    let ofHour = ofInstance.get(piece.HourStart)
    if (ofHour === undefined) ofInstance.set(piece.HourStart, ofHour = [])
    const type = usageTypeOf(piece.Segment)
    const h = ofHour.find((x) => x.rate === rate && usageTypeOf(x.first.Segment) === type)
    if (h === undefined) {
      const fresh: Hour = { first: piece, rate, ms: piece.Ms, covered: 0, start: piece.From, end: piece.To }
      ofHour.push(fresh)
      all.push(fresh)
    } else {
      h.ms += piece.Ms
      h.start = Math.min(h.start, piece.From)
      h.end = Math.max(h.end, piece.To)
    }
  }
  const commitments = !hasCommitments(w)
    ? { covered: [], fees: [] }
    : applyCommitments(w, all.map((h): ComputeHour => {
      const s = h.first.Segment
      return {
        InstanceId: s.ResourceId,
        InstanceType: s.InstanceType!,
        AvailabilityZone: s.AvailabilityZone!,
        Platform: s.Platform!,
        Tenancy: s.Tenancy!,
        Market: "on-demand",
        HourStart: h.first.HourStart,
        Seconds: h.ms / 1000,
        OnDemandRate: h.rate
      }
    }), table, { From: from, To: to })
  // summed per segment and rate (on demand) or commitment (covered): one line each, not one per hour
  const groups = new Map<UsageSegment, Map<string, Group>>()
  const add = (key: string, h: Hour, rate: number, ms: number, cost: number, by?: Covered) => {
    const segment = h.first.Segment
    let inner = groups.get(segment)
    if (inner === undefined) groups.set(segment, inner = new Map())
    const g = inner.get(key)
    if (g === undefined) inner.set(key, { segment, ...(by !== undefined ? { by } : {}), rate, ms, cost, start: h.start, end: h.end })
    else {
      g.ms += ms
      g.cost += cost
      g.start = Math.min(g.start, h.start)
      g.end = Math.max(g.end, h.end)
    }
  }
  for (const c of commitments.covered) {
    if (!(c.Seconds > 0)) continue
    // an instance-hour with two types: the covered seconds fill its entries in order, the cost pro rata
    let left = c.Seconds * 1000
    for (const h of byHour.get(c.InstanceId)?.get(c.HourStart) ?? []) {
      const ms = Math.min(left, h.ms - h.covered)
      if (!(ms > 0)) continue
      h.covered += ms
      add(`${c.By}|${c.Id}`, h, 0, ms, Math.max(0, c.Cost) * ms / (c.Seconds * 1000), c)
      left -= ms
    }
  }
  for (const h of all) {
    const ms = h.ms - h.covered
    // a segment's on-demand rate is one rate: the key needs no more
    if (ms > 0) add("", h, h.rate, ms, h.rate * hours(ms))
  }
  const out: Array<Charge> = []
  for (const g of [...groups.values()].flatMap((inner) => [...inner.values()])) {
    const s = g.segment
    const quantity = hours(g.ms)
    const base = {
      ResourceId: s.ResourceId,
      ResourceType: "instance" as const,
      UsageType: usageTypeOf(s),
      Operation: operationOf(s.Platform),
      Start: g.start,
      End: g.end,
      Quantity: quantity,
      Unit: "Hrs" as const,
      Cost: g.cost
    }
    out.push(g.by === undefined
      ? { ...base, LineItemType: "Usage", Rate: g.rate, Description: `${usd(g.rate)} per On Demand ${s.Platform === "Linux/UNIX" ? "Linux" : s.Platform} ${s.InstanceType} Instance Hour` }
      : {
        ...base,
        LineItemType: g.by.By === "ReservedInstances" ? "DiscountedUsage" : "SavingsPlanCoveredUsage",
        // the effective rate of the covered hours (their cost is in the commitment's fees, often 0 here)
        Rate: g.cost / quantity,
        Description: `${s.InstanceType} ${s.Platform} usage covered by ${g.by.By === "ReservedInstances" ? "Reserved Instances" : "Savings Plan"} ${g.by.Id}`,
        CoveredBy: g.by.Id
      })
  }
  for (const f of commitments.fees) {
    const upfront = f.Unit !== "Hrs"
    out.push({
      ResourceId: f.Id,
      ResourceType: f.By === "ReservedInstances" ? "reserved-instances" : "savings-plan",
      LineItemType: upfront ? "Fee" : f.By === "ReservedInstances" ? "RIFee" : "SavingsPlanRecurringFee",
      UsageType: f.UsageType,
      Operation: f.By === "ReservedInstances" ? "RunInstances" : "SavingsPlanFee",
      Description: f.Description,
      Start: f.Time,
      End: upfront ? f.Time : Math.min(to, Math.max(f.Time, f.Time + f.Quantity * HOUR)),
      Quantity: f.Quantity,
      Unit: upfront ? "Quantity" : "Hrs",
      Rate: Math.max(0, f.Rate),
      Cost: Math.max(0, f.Cost)
    })
  }
  return out
}
