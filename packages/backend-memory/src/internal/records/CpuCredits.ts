/**
 * Records of burstable CPU credits (issue 12 §5), written by `operations/cpuCredits.ts`. Plain data,
 * as every record (see `Records`).
 *
 * @internal
 */

/**
 * One piece of a burstable instance's credit history in which its conditions are constant: from
 * `From` until the next segment's `From` (the last one: until now). The credit state is the state at
 * `From`, after that instant's transition (launch credits granted, credits lost at a stop, surplus
 * charged); `internal/CreditModel.ts` computes everything within the segment from it.
 */
export type CpuCreditSegment = {
  readonly From: number
  /** The instance's type during the segment (ModifyInstanceAttribute may change it while stopped). */
  readonly InstanceType: string
  /** Whether the instance is `running` (only then does it earn and spend credits). */
  readonly Running: boolean
  readonly CpuCredits: "standard" | "unlimited"
  /** Requested CPU utilisation, 0–100 % (`Hypervisor.setCpuUtilization`). */
  readonly Utilization: number
  /** `CPUCreditBalance` at `From`: accrued earned credits. */
  readonly Balance: number
  /** T2 standard launch credits left at `From` (part of `CPUCreditBalance`). */
  readonly LaunchCredits: number
  /** `CPUSurplusCreditBalance` at `From`. */
  readonly Surplus: number
  /** Surplus spent beyond the 24-hour maximum, charged at the end of the clock hour. */
  readonly PendingCharge: number
  /** Surplus credits charged at `From` (stop, terminate, switch to `standard`); absent = none. */
  readonly Charged?: number
}

/**
 * A burstable instance's CPU credit history (`operations/cpuCredits.ts`): the `cpuCredits` table's
 * record. Key: `InstanceId`. (A type alias, not an interface, so that it fits the table's record type.)
 */
export type CpuCreditHistory = {
  readonly InstanceId: string
  /** In time order; never empty. Kept after the instance vanishes (the bill and metrics read it). */
  readonly Segments: ReadonlyArray<CpuCreditSegment>
  /** When the instance last left `running` (for T3/T3a/T4g's 7 days of kept credits); absent = never. */
  readonly StoppedAt?: number
  /** When it last received T2 launch credits, within the last 24 h (the account's rolling limit). */
  readonly LaunchCreditGrants?: ReadonlyArray<number>
}
