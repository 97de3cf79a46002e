/**
 * The billing meter of the in-memory backend (issue 12 §4): usage and cost of any virtual-time window,
 * per resource and per line item. SCAFFOLD: the types are being written in this session.
 *
 * @since 0.2.0
 */

/**
 * What `Hypervisor.bill` takes.
 *
 * @since 0.2.0
 * @category models
 */
export interface BillOptions {
  /** Window start, epoch ms of virtual time (inclusive). */
  readonly StartTime: number
  /** Window end, epoch ms of virtual time (exclusive). */
  readonly EndTime: number
}

/**
 * The bill of a window.
 *
 * @since 0.2.0
 * @category models
 */
export interface Bill {
  readonly StartTime: number
  readonly EndTime: number
  /** Total in USD. */
  readonly Total: number
}
