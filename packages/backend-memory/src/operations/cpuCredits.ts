/**
 * Burstable CPU credits over virtual time (issue 12 §5): each T2/T3/T3a/T4g instance's credit history
 * as segments of constant conditions (`CpuCreditRecord`), kept by an observer of the `instances`
 * table (launch, start, stop, terminate, ModifyInstanceCreditSpecification, a type change) and by
 * `Hypervisor.setCpuUtilization`; the arithmetic within a segment is `internal/CreditModel.ts`. No
 * timer: balances, usage and charges are computed from the segments when asked.
 *
 * Transitions (Amazon EC2 User Guide, awsdocs/amazon-ec2-user-guide @ e3707c4 `doc_source/`, read
 * 2026-12-06; shared/docs/purchasing-facts.md §8):
 * - credits are earned and spent only while `running`; a new instance starts with no earned credits;
 * - T2 `standard` receives 30 launch credits per vCPU "at each launch or start", at most 100 launches
 *   or starts per account per Region in a rolling 24 hours (`burstable-performance-instances-standard-mode-concepts.md`);
 *   here they are granted when the instance enters `running`;
 * - leaving `running` (stop, hibernate, terminate): an `unlimited` instance's spent surplus is charged
 *   then ("The instance is stopped or terminated"); a T2 loses its whole balance (launch credits too);
 *   T3/T3a/T4g keep their accrued credits for seven days after the stop ("CPUCreditBalance persists for
 *   seven days after an instance stops", same page), lost if it starts later than that;
 * - `unlimited` → `standard`: "The CPUSurplusCreditBalance value is immediately charged", the balance
 *   carries over; `standard` → `unlimited`: T2 launch credits are removed, earned credits carry over
 *   (`burstable-performance-instances-unlimited-mode-concepts.md`);
 * - a type change (ModifyInstanceAttribute, only while stopped): the balance is kept up to the new
 *   type's cap (AWS does not say; strictest plausible); a type without credit figures earns and spends
 *   nothing.
 * - utilisation: 0 % (idle, as in AWS's t3.nano example P1) until `setCpuUtilization`; kept across
 *   stop/start.
 *
 * @internal
 */
import { Effect, Option } from "effect"
import { Ec2Error, Identifier, InstanceType, InstanceTypeCatalogue } from "@ec2kit/core"
import type { CpuCreditMetrics, CpuCreditMetricsOptions, Datapoint } from "../CpuCredits.js"
import type { HypervisorShape } from "../Hypervisor.js"
import { type Advance, advance, type Conditions, type CreditRates, type CreditState, emptyState, HOUR } from "../internal/CreditModel.js"
import type { Engine, TimerHandler } from "../internal/Engine.js"
import type { CpuCreditRecord, InstanceRecord } from "../internal/Records.js"
import type { CpuCreditSegment } from "../internal/records/Purchasing.js"
import { observeRecords, type World } from "../internal/World.js"
import { notSupported } from "./credits.js"

const DAY = 24 * HOUR
/** T3/T3a/T4g keep accrued credits this long after a stop (see the module comment). */
const KEPT_AFTER_STOP = 7 * DAY
/** T2 standard launch credits per vCPU, and the account's launches or starts receiving them per rolling 24 h. */
const LAUNCH_CREDITS_PER_VCPU = 30
const LAUNCH_CREDIT_GRANTS_PER_DAY = 100

const ratesCache = new Map<string, CreditRates | undefined>()

/** The credit figures of a type (core's catalogue, `burstable-baseline-2023`); undefined = none. */
export const ratesOf = (instanceType: string): CreditRates | undefined => {
  if (ratesCache.has(instanceType)) return ratesCache.get(instanceType)
  const info = Option.getOrUndefined(InstanceTypeCatalogue.lookup(instanceType))
  const b = info?.burstable
  const rates = b !== undefined && info?.vCpus !== undefined
    ? { Vcpus: info.vCpus, EarnedPerHour: b.cpuCreditsEarnedPerHour, Max: b.maximumEarnedCreditsAccrued, BaselinePercent: b.baselineUtilizationPerVcpuPercent }
    : undefined
  ratesCache.set(instanceType, rates)
  return rates
}

const isT2 = (instanceType: string) => {
  const p = InstanceType.parseOption(instanceType)
  return Option.isSome(p) && p.value.series === "t" && p.value.generation === 2
}

const stateOf = (s: CpuCreditSegment): CreditState => ({
  Balance: s.Balance,
  LaunchCredits: s.LaunchCredits,
  Surplus: s.Surplus,
  PendingCharge: s.PendingCharge
})

const conditionsOf = (s: CpuCreditSegment, rates: CreditRates | undefined): Conditions => ({
  Running: s.Running && rates !== undefined,
  Mode: s.CpuCredits,
  Utilization: s.Utilization
})

/** Where segment `i` of `rec` ends: the next one's start, else `now`. */
const endOf = (rec: CpuCreditRecord, i: number, now: number) => rec.Segments[i + 1]?.From ?? Math.max(now, rec.Segments[i]!.From)

/** Segment `seg` advanced from its start to `to` (≥ its start). */
const run = (seg: CpuCreditSegment, to: number): Advance => {
  const rates = ratesOf(seg.InstanceType)
  return advance(rates ?? { Vcpus: 0, EarnedPerHour: 0, Max: 0, BaselinePercent: 0 }, stateOf(seg), conditionsOf(seg, rates), seg.From, to)
}

const historyOf = (w: World, instanceId: string) => w.get("cpuCredits", instanceId)
const historiesOf = (w: World) => w.all("cpuCredits")

const last = (rec: CpuCreditRecord) => rec.Segments[rec.Segments.length - 1]!

/** How many T2 launch-credit grants the account made in the 24 hours before `now`. */
const grantsInLastDay = (w: World, now: number) => {
  let n = 0
  for (const r of historiesOf(w)) for (const t of r.LaunchCreditGrants ?? []) if (t > now - DAY) n++
  return n
}

/** The conditions an instance record asks for. */
interface Wanted {
  readonly InstanceType: string
  readonly Running: boolean
  readonly CpuCredits: "standard" | "unlimited"
}

const wantedOf = (i: InstanceRecord): Wanted | undefined =>
  i.CpuCredits === undefined ? undefined : { InstanceType: i.InstanceType, Running: i.Lifecycle.State === "running", CpuCredits: i.CpuCredits }

/**
 * The record after the instance's conditions change to `next` at `w.now` (see the module comment for
 * the rules), or `undefined` when nothing changes.
 */
const transition = (w: World, rec: CpuCreditRecord | undefined, instanceId: string, next: Wanted, utilization?: number): CpuCreditRecord | undefined => {
  const now = w.now
  const prev = rec === undefined ? undefined : last(rec)
  const util = utilization ?? prev?.Utilization ?? 0
  if (
    prev !== undefined && prev.InstanceType === next.InstanceType && prev.Running === next.Running &&
    prev.CpuCredits === next.CpuCredits && prev.Utilization === util
  ) return undefined
  let s: CreditState = prev === undefined ? emptyState : run(prev, now).State
  let charged = 0
  let stoppedAt = rec?.StoppedAt
  let grants = (rec?.LaunchCreditGrants ?? []).filter((t) => t > now - DAY)
  const wasRunning = prev?.Running === true
  if (wasRunning && !next.Running) {
    if (prev!.CpuCredits === "unlimited") {
      charged += s.Surplus + s.PendingCharge
      s = { ...s, Surplus: 0, PendingCharge: 0 }
    }
    s = isT2(prev!.InstanceType) ? emptyState : { ...s, LaunchCredits: 0 }
    stoppedAt = now
  }
  if (prev !== undefined && prev.CpuCredits !== next.CpuCredits) {
    if (next.CpuCredits === "standard") {
      charged += s.Surplus + s.PendingCharge
      s = { ...s, Surplus: 0, PendingCharge: 0 }
    } else s = { ...s, LaunchCredits: 0 }
  }
  if (prev?.InstanceType !== next.InstanceType) s = { ...s, Balance: Math.min(s.Balance, ratesOf(next.InstanceType)?.Max ?? 0) }
  if (!wasRunning && next.Running) {
    if (!isT2(next.InstanceType) && stoppedAt !== undefined && now - stoppedAt >= KEPT_AFTER_STOP) s = { ...s, Balance: 0 }
    const rates = ratesOf(next.InstanceType)
    if (isT2(next.InstanceType) && next.CpuCredits === "standard" && rates !== undefined && grantsInLastDay(w, now) < LAUNCH_CREDIT_GRANTS_PER_DAY) {
      s = { ...s, LaunchCredits: LAUNCH_CREDITS_PER_VCPU * rates.Vcpus }
      grants = [...grants, now]
    }
  }
  const segment: CpuCreditSegment = {
    From: now,
    InstanceType: next.InstanceType,
    Running: next.Running,
    CpuCredits: next.CpuCredits,
    Utilization: util,
    Balance: s.Balance,
    LaunchCredits: s.LaunchCredits,
    Surplus: s.Surplus,
    PendingCharge: s.PendingCharge,
    ...(charged > 0 ? { Charged: charged } : {})
  }
  // a change at the instant of the last segment's start replaces it (nothing happened in between),
  // keeping what that instant charged
  const keep = rec === undefined ? [] : prev!.From === now ? rec.Segments.slice(0, -1) : rec.Segments
  const merged = prev !== undefined && prev.From === now && prev.Charged !== undefined
    ? { ...segment, Charged: prev.Charged + charged }
    : segment
  return {
    InstanceId: instanceId,
    Segments: [...keep, merged],
    ...(stoppedAt !== undefined ? { StoppedAt: stoppedAt } : {}),
    ...(grants.length > 0 ? { LaunchCreditGrants: grants } : {})
  }
}

// Keeps each burstable instance's segments as its record changes (launch, start, stop, terminate,
// credit option, type); not on replay, where the cpuCredits records come from the journal.
observeRecords("instances", (w, _prev, next) => {
  if (next === undefined) return // the instance vanished: its history stays for the bill and metrics
  const wanted = wantedOf(next)
  const rec = historyOf(w, next.InstanceId)
  if (wanted === undefined) {
    if (rec === undefined) return
    // no longer a credit instance (a type change that dropped the option): frozen, not running
    const frozen = transition(w, rec, next.InstanceId, { ...last(rec), Running: false })
    if (frozen !== undefined) w.put("cpuCredits", frozen)
    return
  }
  if (rec === undefined && ratesOf(wanted.InstanceType) === undefined) return
  const updated = transition(w, rec, next.InstanceId, wanted)
  if (updated !== undefined) w.put("cpuCredits", updated)
})

/** A surplus-credit charge (contract 3 of issue 12). */
export interface SurplusCharge {
  readonly InstanceId: string
  readonly InstanceType: string
  /** When AWS charges them (end of a clock hour, a stop/terminate, a switch to `standard`), epoch ms. */
  readonly Time: number
  readonly Credits: number
}

/**
 * The surplus credits AWS charges in `[from, to)` (contract 3 of issue 12, for the billing meter, which
 * prices them: $0.05 per vCPU-hour on Linux, i.e. per 60 credits), in time order. Charges after
 * `w.now` are not known yet and not listed. Additive: the charges of `[a, b)` and `[b, c)` are those of
 * `[a, c)` (each charge is computed from its segment's start, whatever the window).
 */
export const surplusCharges = (w: World, from: number, to: number): ReadonlyArray<SurplusCharge> => {
  const out: Array<SurplusCharge> = []
  const until = Math.min(to, w.now)
  for (const rec of historiesOf(w)) {
    rec.Segments.forEach((seg, i) => {
      if (seg.Charged !== undefined && seg.From >= from && seg.From < to) {
        out.push({ InstanceId: rec.InstanceId, InstanceType: seg.InstanceType, Time: seg.From, Credits: seg.Charged })
      }
      // end-of-hour charges: only a running unlimited segment spends surplus
      if (!seg.Running || seg.CpuCredits !== "unlimited" || seg.From >= until) return
      const end = Math.min(endOf(rec, i, w.now), until)
      if (end < from) return
      for (const c of run(seg, end).Charges) {
        if (c.Time >= from && c.Time < to) out.push({ InstanceId: rec.InstanceId, InstanceType: seg.InstanceType, Time: c.Time, Credits: c.Credits })
      }
    })
  }
  return out.sort((a, b) => a.Time - b.Time || (a.InstanceId < b.InstanceId ? -1 : a.InstanceId > b.InstanceId ? 1 : 0))
}

// ------------------------------------------------------------------------------------------------
// controls
// ------------------------------------------------------------------------------------------------

/** The instance's record or the AWS-like error for an unknown or non-burstable instance. */
const creditInstance = (w: World, instanceId: string): Effect.Effect<CpuCreditRecord | undefined, Ec2Error.Ec2Error> => {
  const rec = historyOf(w, instanceId)
  const inst = w.get("instances", instanceId)
  if (rec === undefined && inst === undefined) return Effect.fail(Identifier.notFound("instance", instanceId))
  if (inst !== undefined && (inst.CpuCredits === undefined || ratesOf(inst.InstanceType) === undefined) && rec === undefined) {
    return Effect.fail(notSupported(inst.InstanceType))
  }
  return Effect.succeed(rec)
}

/** `Hypervisor.setCpuUtilization` (see `CpuCredits`). */
export const setCpuUtilization = (w: World, instanceId: string, percent: number) =>
  Effect.gen(function*() {
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
      return yield* Effect.fail(Ec2Error.make("InvalidParameterValue", `Invalid value '${percent}' for CPU utilization: a percentage from 0 to 100 is required.`))
    }
    const rec = yield* creditInstance(w, instanceId)
    const inst = w.get("instances", instanceId)
    if (inst === undefined || inst.Lifecycle.State === "terminated" || inst.Lifecycle.State === "shutting-down") {
      return yield* Effect.fail(Ec2Error.make("IncorrectInstanceState", `The instance '${instanceId}' is not in a state from which its CPU utilization can be set.`))
    }
    const wanted = wantedOf(inst)
    if (wanted === undefined) return yield* Effect.fail(notSupported(inst.InstanceType))
    const updated = transition(w, rec, instanceId, wanted, percent)
    if (updated !== undefined) w.put("cpuCredits", updated)
  })

/** CloudWatch's cap on the datapoints of one GetMetricStatistics answer (per series here). */
const MAX_DATAPOINTS = 1440

/** The options' checks, AWS-like (CloudWatch GetMetricStatistics' codes). */
const checkWindow = (o: CpuCreditMetricsOptions): Effect.Effect<number, Ec2Error.Ec2Error> => {
  const period = o.PeriodSeconds ?? 300
  if (!Number.isFinite(o.StartTime) || !Number.isFinite(o.EndTime) || o.StartTime >= o.EndTime) {
    return Effect.fail(Ec2Error.make("InvalidParameterValue", "The parameter StartTime must be less than the parameter EndTime."))
  }
  // T-instance credit metrics are published every 5 minutes (basic monitoring); a finer period would
  // invent data CloudWatch does not have, so only multiples of 300 s are accepted (strictest)
  if (!Number.isInteger(period) || period <= 0 || period % 300 !== 0) {
    return Effect.fail(Ec2Error.make("InvalidParameterValue", `The parameter Period must be a multiple of 300 for CPU credit metrics (got ${period}).`))
  }
  const first = Math.floor(o.StartTime / (period * 1000)) * period * 1000
  const count = Math.ceil((o.EndTime - first) / (period * 1000))
  if (count > MAX_DATAPOINTS) {
    return Effect.fail(Ec2Error.make(
      "InvalidParameterCombination",
      `You have requested up to ${count} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`
    ))
  }
  return Effect.succeed(period * 1000)
}

/** One period's sums and end-of-period state. */
interface Bucket {
  used: number
  runningMs: number
  charged: number
  charges: number
  /** Credits the running time could have spent at 100 % (for the effective utilisation). */
  capacity: number
  state: CreditState | undefined
}

/**
 * The series of `rec` over the periods of `periodMs` that start in `[StartTime, EndTime)` (aligned to
 * multiples of the period since the epoch, as CloudWatch aligns them), up to `now`. A period appears
 * only if the instance ran in it or was charged in it (CloudWatch has no data for a stopped instance).
 * `CPUCreditUsage` and `CPUSurplusCreditsCharged` are the period's sums; `CPUCreditBalance` (earned
 * plus T2 launch credits) and `CPUSurplusCreditBalance` the values at the period's end;
 * `CPUUtilization` the effective utilisation averaged over the running time (in `standard` mode held
 * to the baseline when the balance is empty).
 */
export const metricsOf = (rec: CpuCreditRecord | undefined, options: CpuCreditMetricsOptions, periodMs: number, now: number): CpuCreditMetrics => {
  const first = Math.floor(options.StartTime / periodMs) * periodMs
  const end = Math.min(options.EndTime, now)
  const buckets: Array<Bucket> = []
  const bucket = (t: number) => {
    const k = Math.floor((t - first) / periodMs)
    return (buckets[k] ??= { used: 0, runningMs: 0, charged: 0, charges: 0, capacity: 0, state: undefined })
  }
  const addCharge = (t: number, credits: number) => {
    const b = bucket(t)
    b.charged += credits
    b.charges++
  }
  if (rec !== undefined && end > first) {
    rec.Segments.forEach((seg, i) => {
      const segEnd = Math.min(endOf(rec, i, now), end)
      if (seg.Charged !== undefined && seg.From >= first && seg.From < end) addCharge(seg.From, seg.Charged)
      if (segEnd <= first || seg.From >= end) return
      // the segment from its start to the window, then period by period
      let t = Math.max(seg.From, first)
      const before = run(seg, t)
      let state = before.State
      // a charge at the window's first instant belongs to its first period
      for (const c of before.Charges) {
        if (c.Time >= first) addCharge(c.Time, c.Credits)
      }
      const rates = ratesOf(seg.InstanceType)
      const r = rates ?? { Vcpus: 0, EarnedPerHour: 0, Max: 0, BaselinePercent: 0 }
      const cond = conditionsOf(seg, rates)
      while (t < segEnd) {
        const to = Math.min(segEnd, first + (Math.floor((t - first) / periodMs) + 1) * periodMs)
        const a = advance(r, state, cond, t, to)
        const b = bucket(t)
        b.used += a.Used
        b.runningMs += a.RunningMs
        b.capacity += r.Vcpus * 60 * a.RunningMs / HOUR
        b.state = a.State
        for (const c of a.Charges) {
          if (c.Time < end) addCharge(c.Time, c.Credits)
        }
        state = a.State
        t = to
      }
    })
  }
  const usage: Array<Datapoint> = []
  const balance: Array<Datapoint> = []
  const surplus: Array<Datapoint> = []
  const charged: Array<Datapoint> = []
  const utilization: Array<Datapoint> = []
  let lastState: CreditState = emptyState
  buckets.forEach((b, k) => {
    if (b === undefined) return
    if (b.state !== undefined) lastState = b.state
    if (b.runningMs === 0 && b.charges === 0) return
    const Timestamp = first + k * periodMs
    usage.push({ Timestamp, Value: b.used })
    balance.push({ Timestamp, Value: lastState.Balance + lastState.LaunchCredits })
    surplus.push({ Timestamp, Value: lastState.Surplus })
    charged.push({ Timestamp, Value: b.charged })
    if (b.capacity > 0) utilization.push({ Timestamp, Value: (b.used / b.capacity) * 100 })
  })
  return {
    CPUCreditUsage: usage,
    CPUCreditBalance: balance,
    CPUSurplusCreditBalance: surplus,
    CPUSurplusCreditsCharged: charged,
    CPUUtilization: utilization
  }
}

/** `Hypervisor.cpuCreditMetrics` (see `CpuCredits`). */
export const cpuCreditMetrics = (w: World, instanceId: string, options: CpuCreditMetricsOptions) =>
  Effect.gen(function*() {
    const periodMs = yield* checkWindow(options)
    const rec = yield* creditInstance(w, instanceId)
    return metricsOf(rec, options, periodMs, w.now)
  })

/** The `Hypervisor` controls of this area. */
export const controls = (engine: Engine): Pick<HypervisorShape, "setCpuUtilization" | "cpuCreditMetrics"> => ({
  setCpuUtilization: (instanceId, percent) => engine.transact((w) => setCpuUtilization(w, instanceId, percent)),
  cpuCreditMetrics: (instanceId, options) =>
    engine.transact((w) => cpuCreditMetrics(w, instanceId, options))
})

/** The timer handlers of this area (`Kind` → handler): none, everything is computed from segments. */
export const timers: Readonly<Record<string, TimerHandler>> = {}
