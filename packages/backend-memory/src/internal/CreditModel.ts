/**
 * The CPU credit arithmetic of a burstable (T2/T3/T3a/T4g) instance over one piece of virtual time
 * in which its conditions (running or not, credit option, CPU utilisation) are constant: pure
 * functions, no world. `operations/cpuCredits.ts` keeps the segments and asks this module what
 * happened within them.
 *
 * Rules (Amazon EC2 User Guide, awsdocs/amazon-ec2-user-guide @ e3707c4 `doc_source/`, read 2026-12-06;
 * shared/docs/purchasing-facts.md §8):
 * - "One CPU credit is equal to one vCPU running at 100% utilization for one minute"; credits are
 *   earned and spent "at a millisecond-level resolution" (`burstable-credits-baseline-concepts.md`):
 *   earned per hour = baseline % × vCPUs × 60, spent per hour = utilisation % × vCPUs × 60, where the
 *   utilisation is the instance's (CloudWatch `CPUUtilization`, the share of all its vCPUs).
 * - the accrued (earned) balance is capped at 24 hours of earnings; launch credits are outside the cap
 *   and "spent first" (`burstable-performance-instances-standard-mode-concepts.md`).
 * - `standard`: once the balance (launch and earned credits) is empty the instance is held to its
 *   baseline. AWS says it "gradually" comes down to the baseline; here it is held at once (strictest).
 * - `unlimited`: with an empty balance the instance spends surplus credits; credits earned later pay
 *   them down first. "Spent surplus credits above the maximum are charged at the end of the hour"
 *   (`burstable-performance-instances-unlimited-mode-concepts.md`): the surplus balance
 *   (`CPUSurplusCreditBalance`) stays at the 24-hour maximum and what is spent beyond it waits
 *   (`PendingCharge`, not repaid by earnings) until the end of the clock hour (UTC), when it is charged
 *   — as in AWS's t3.nano example (`unlimited-mode-examples.md` P5–P6: the balance "remains at 144",
 *   304 credits charged "at the end of the hour").
 *
 * @internal
 */

/** Milliseconds per hour. */
export const HOUR = 3_600_000

/** The credit figures of an instance type (core's catalogue, `burstable-baseline-2023`). */
export interface CreditRates {
  readonly Vcpus: number
  /** Credits earned per hour (baseline % × vCPUs × 60). */
  readonly EarnedPerHour: number
  /** The accrued-balance cap: 24 hours of earnings. */
  readonly Max: number
  /** Baseline utilisation per vCPU, percent (also the instance's baseline `CPUUtilization`). */
  readonly BaselinePercent: number
}

/** The credit option (`standard` | `unlimited`). */
export type CreditMode = "standard" | "unlimited"

/** The conditions of a piece of time. */
export interface Conditions {
  readonly Running: boolean
  readonly Mode: CreditMode
  /** Requested CPU utilisation of the instance, 0–100 %. */
  readonly Utilization: number
}

/**
 * The credit state at an instant. Every member ≥ 0; `Surplus > 0` only with an empty `Balance`
 * (earnings repay the surplus before they accrue); `PendingCharge > 0` only in `unlimited` mode.
 */
export interface CreditState {
  /** Accrued earned credits (≤ `Max`). */
  readonly Balance: number
  /** T2 standard launch credits left (outside the cap). */
  readonly LaunchCredits: number
  /** Surplus credits spent and not yet repaid (`CPUSurplusCreditBalance`, ≤ `Max`). */
  readonly Surplus: number
  /** Surplus spent beyond `Max` this clock hour, charged at its end. */
  readonly PendingCharge: number
}

/** A state with nothing in it. */
export const emptyState: CreditState = { Balance: 0, LaunchCredits: 0, Surplus: 0, PendingCharge: 0 }

/** Surplus credits charged at an instant. */
export interface Charge {
  readonly Time: number
  readonly Credits: number
}

/** What happened over `[from, to]`. */
export interface Advance {
  readonly State: CreditState
  /** Credits spent (earned, launch and surplus credits; `CPUCreditUsage`). */
  readonly Used: number
  /** Credits earned (including those that repaid surplus or were lost at the cap). */
  readonly Earned: number
  /** Earned credits that did not accrue because the balance was at the cap. */
  readonly Forfeited: number
  /** Surplus credits spent (both those that stay in `Surplus` and those charged). */
  readonly SurplusSpent: number
  /** Running time within the piece, ms. */
  readonly RunningMs: number
  /** End-of-hour charges, by time (a charge at `to` itself is included). */
  readonly Charges: ReadonlyArray<Charge>
}

/** Credits per ms of `percent` utilisation of `vcpus`. */
const perMs = (percent: number, vcpus: number) => (percent / 100) * vcpus * 60 / HOUR

/** The next clock hour strictly after `t`. */
const nextHour = (t: number) => (Math.floor(t / HOUR) + 1) * HOUR

/** Rates of change (per ms) in one regime and which threshold ends it. */
interface Regime {
  readonly dBalance: number
  readonly dLaunch: number
  readonly dSurplus: number
  readonly dPending: number
  /** Credits spent per ms. */
  readonly use: number
  /** Earned credits per ms that are lost at the cap. */
  readonly forfeit: number
  /** Time (ms from now) at which a member reaches its threshold, and the state there; Infinity = none. */
  readonly until: number
  readonly snap: (s: CreditState) => CreditState
}

const noSnap = (s: CreditState) => s

/** The regime of a running instance in state `s` (see the module comment for the rules). */
const regimeOf = (r: CreditRates, mode: CreditMode, utilization: number, s: CreditState): Regime => {
  const earn = perMs(r.BaselinePercent, r.Vcpus)
  const spend = perMs(utilization, r.Vcpus)
  const zero = { dBalance: 0, dLaunch: 0, dSurplus: 0, dPending: 0, forfeit: 0, until: Infinity, snap: noSnap }
  const accrue = (net: number): Regime => {
    // the balance grows to the cap, then what is earned beyond the spend is lost
    if (s.Balance >= r.Max) return { ...zero, use: spend, forfeit: net }
    return { ...zero, use: spend, dBalance: net, until: (r.Max - s.Balance) / net, snap: (x) => ({ ...x, Balance: r.Max }) }
  }
  if (mode === "standard") {
    if (s.LaunchCredits > 0 && spend > 0) {
      // launch credits are spent first; earnings accrue meanwhile
      const toCap = s.Balance >= r.Max ? Infinity : (r.Max - s.Balance) / earn
      const toEmpty = s.LaunchCredits / spend
      const dBalance = s.Balance >= r.Max ? 0 : earn
      return {
        ...zero, use: spend, dLaunch: -spend, dBalance, forfeit: earn - dBalance,
        until: Math.min(toCap, toEmpty),
        snap: (x) => toEmpty <= toCap ? { ...x, LaunchCredits: 0 } : { ...x, Balance: r.Max }
      }
    }
    const net = earn - spend
    if (net > 0) return accrue(net)
    if (net === 0) return { ...zero, use: spend }
    if (s.Balance > 0) return { ...zero, use: spend, dBalance: net, until: s.Balance / -net, snap: (x) => ({ ...x, Balance: 0 }) }
    // empty: held to the baseline, spending exactly what it earns
    return { ...zero, use: earn }
  }
  const net = earn - spend
  if (s.Surplus > 0 || s.PendingCharge > 0) {
    if (net > 0) {
      // earnings repay the surplus first (what waits for the end-of-hour charge is not repaid)
      if (s.Surplus > 0) return { ...zero, use: spend, dSurplus: -net, until: s.Surplus / net, snap: (x) => ({ ...x, Surplus: 0 }) }
      return accrue(net)
    }
    if (net === 0) return { ...zero, use: spend }
    if (s.Surplus < r.Max) return { ...zero, use: spend, dSurplus: -net, until: (r.Max - s.Surplus) / -net, snap: (x) => ({ ...x, Surplus: r.Max }) }
    return { ...zero, use: spend, dPending: -net }
  }
  if (net > 0) return accrue(net)
  if (net === 0) return { ...zero, use: spend }
  if (s.Balance > 0) return { ...zero, use: spend, dBalance: net, until: s.Balance / -net, snap: (x) => ({ ...x, Balance: 0 }) }
  // a cap of 0 (no such type, but keep the rule total): straight to the pending charge
  if (r.Max <= 0) return { ...zero, use: spend, dPending: -net }
  return { ...zero, use: spend, dSurplus: -net, until: r.Max / -net, snap: (x) => ({ ...x, Surplus: r.Max }) }
}

const step = (r: CreditRates, s: CreditState, g: Regime, dt: number): CreditState => ({
  Balance: Math.min(Math.max(s.Balance + g.dBalance * dt, 0), r.Max),
  LaunchCredits: Math.max(s.LaunchCredits + g.dLaunch * dt, 0),
  Surplus: Math.max(s.Surplus + g.dSurplus * dt, 0),
  PendingCharge: Math.max(s.PendingCharge + g.dPending * dt, 0)
})

/**
 * The credit state at `to` of an instance in state `state` at `from` under constant `conditions`,
 * with what it spent, earned and was charged at the end of each clock hour within `(from, to]`.
 * Exact (piecewise linear between the instants a member reaches a threshold); the number of steps is
 * the number of thresholds crossed (at most a few) plus the clock hours with a pending charge.
 * A stopped instance neither earns nor spends.
 */
export const advance = (rates: CreditRates, state: CreditState, conditions: Conditions, from: number, to: number): Advance => {
  const charges: Array<Charge> = []
  let s = state
  let used = 0
  let earned = 0
  let forfeited = 0
  let surplusSpent = 0
  if (!conditions.Running || to <= from) {
    return { State: s, Used: 0, Earned: 0, Forfeited: 0, SurplusSpent: 0, RunningMs: 0, Charges: charges }
  }
  const earn = perMs(rates.BaselinePercent, rates.Vcpus)
  let t = from
  while (t < to) {
    const g = regimeOf(rates, conditions.Mode, conditions.Utilization, s)
    // an hour's end matters only while something waits for it
    const hourEnd = s.PendingCharge > 0 || g.dPending > 0 ? nextHour(t) : Infinity
    const threshold = t + g.until
    const end = Math.min(to, threshold, hourEnd)
    const dt = end - t
    s = step(rates, s, g, dt)
    used += g.use * dt
    earned += earn * dt
    forfeited += g.forfeit * dt
    surplusSpent += Math.max(g.dSurplus, 0) * dt + g.dPending * dt
    if (end === threshold) s = g.snap(s)
    t = end
    if (end === hourEnd && s.PendingCharge > 0) {
      charges.push({ Time: end, Credits: s.PendingCharge })
      s = { ...s, PendingCharge: 0 }
    }
  }
  return { State: s, Used: used, Earned: earned, Forfeited: forfeited, SurplusSpent: surplusSpent, RunningMs: to - from, Charges: charges }
}
