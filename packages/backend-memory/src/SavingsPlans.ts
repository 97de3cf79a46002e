/**
 * Savings Plans as a billing construct of the in-memory backend (issue 12 §3): there is no EC2 API for
 * them, so `Hypervisor.purchaseSavingsPlan` records one. SCAFFOLD: the types are being written in this session.
 *
 * @since 0.2.0
 */

/**
 * `Hypervisor.purchaseSavingsPlan` input.
 *
 * @since 0.2.0
 * @category models
 */
export interface SavingsPlanInput {
  /** `Compute` or `EC2Instance`. */
  readonly SavingsPlanType: "Compute" | "EC2Instance"
  /** USD per hour. */
  readonly Commitment: number
}

/**
 * A Savings Plan of the world.
 *
 * @since 0.2.0
 * @category models
 */
export interface SavingsPlan extends SavingsPlanInput {
  readonly SavingsPlanId: string
}
