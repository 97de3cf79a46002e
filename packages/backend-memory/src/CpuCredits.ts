/**
 * Burstable CPU credits of the in-memory backend (issue 12 §5): what `Hypervisor.setCpuUtilization`
 * and `Hypervisor.cpuCreditMetrics` take and give.
 *
 * Every T2/T3/T3a/T4g instance earns credits at its baseline while `running` (core's catalogue:
 * earned per hour = baseline % × vCPUs × 60, accrued up to 24 hours of earnings), receives T2
 * `standard` launch credits (30 per vCPU at each launch or start, at most 100 per account per rolling
 * 24 h), spends them at the CPU utilisation a test sets (`setCpuUtilization`, 0 % until then), is held
 * to its baseline in `standard` mode once its balance is empty, and in `unlimited` mode spends surplus
 * credits that later earnings repay, charged at the end of the clock hour beyond the 24-hour maximum,
 * at a stop or terminate, and at a switch to `standard`. A T2 loses its credits at a stop; T3/T3a/T4g
 * keep them for 7 days. Everything is computed from segments of constant conditions, with no timer.
 * Rules and sources: `operations/cpuCredits.ts`, `internal/CreditModel.ts`; guide:
 * docs/purchasing/cpu-credits.md.
 *
 * Errors (AWS-like): an unknown instance is `InvalidInstanceID.NotFound`; a type without credits
 * `InstanceCreditSpecification.NotSupported`; a utilisation outside 0–100 `InvalidParameterValue`; a
 * terminated instance's utilisation `IncorrectInstanceState`; a window with `StartTime ≥ EndTime` or a
 * period that is not a multiple of 300 s `InvalidParameterValue`; more than 1,440 datapoints
 * `InvalidParameterCombination` (CloudWatch GetMetricStatistics' limit).
 *
 * @since 0.2.0
 */

/**
 * One datapoint of a CloudWatch-like series: `Timestamp` is the start of its period (epoch ms of
 * virtual time), `Value` in credits (vCPU-minutes) or, for `CPUUtilization`, percent.
 *
 * @since 0.2.0
 * @category models
 */
export interface Datapoint {
  readonly Timestamp: number
  readonly Value: number
}

/**
 * `Hypervisor.cpuCreditMetrics` answer: CloudWatch's series for a T instance, one datapoint per period
 * in which the instance ran or was charged (CloudWatch has no data for a stopped instance), in time
 * order. `CPUCreditUsage` and `CPUSurplusCreditsCharged` are the period's sums; `CPUCreditBalance`
 * (earned plus T2 launch credits) and `CPUSurplusCreditBalance` the values at the period's end (or
 * now); `CPUUtilization` the effective utilisation (held to the baseline in `standard` mode with an
 * empty balance). Every series has the same timestamps except `CPUUtilization`, which has only the
 * periods with running time.
 *
 * @since 0.2.0
 * @category models
 */
export interface CpuCreditMetrics {
  readonly CPUCreditUsage: ReadonlyArray<Datapoint>
  readonly CPUCreditBalance: ReadonlyArray<Datapoint>
  readonly CPUSurplusCreditBalance: ReadonlyArray<Datapoint>
  readonly CPUSurplusCreditsCharged: ReadonlyArray<Datapoint>
  /** The effective CPU utilisation (%), averaged over the running time of each period. */
  readonly CPUUtilization: ReadonlyArray<Datapoint>
}

/**
 * `Hypervisor.cpuCreditMetrics` options: a window (epoch ms; periods are aligned to multiples of the
 * period since the epoch, as CloudWatch aligns them, and the first is the one holding `StartTime`) and
 * the period of its datapoints in seconds (default 300, a multiple of 300: the credit metrics are
 * published every 5 minutes).
 *
 * @since 0.2.0
 * @category models
 */
export interface CpuCreditMetricsOptions {
  readonly StartTime: number
  readonly EndTime: number
  readonly PeriodSeconds?: number
}
