/**
 * Burstable CPU credits of the in-memory backend (issue 12 §5). SCAFFOLD: the types are being written
 * in this session.
 *
 * @since 0.2.0
 */

/**
 * One datapoint of a CloudWatch-like series.
 *
 * @since 0.2.0
 * @category models
 */
export interface Datapoint {
  readonly Timestamp: number
  readonly Value: number
}

/**
 * `Hypervisor.cpuCreditMetrics` answer: CloudWatch's series for a T instance.
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
 * `Hypervisor.cpuCreditMetrics` options: a window and the period of its datapoints (default 300 s).
 *
 * @since 0.2.0
 * @category models
 */
export interface CpuCreditMetricsOptions {
  readonly StartTime: number
  readonly EndTime: number
  readonly PeriodSeconds?: number
}
