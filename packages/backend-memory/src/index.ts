/**
 * `@ec2kit/backend-memory`: the in-memory virtual hypervisor.
 *
 * @module \@ec2kit/backend-memory
 * @since 0.1.0
 */

/**
 * The layer and its options.
 *
 * @since 0.1.0
 */
export * as Ec2Memory from "./Ec2Memory.js"

/**
 * The `Hypervisor` control service.
 *
 * @since 0.1.0
 */
export * as Hypervisor from "./Hypervisor.js"

/**
 * The Spot market's control inputs.
 *
 * @since 0.2.0
 */
export * as SpotMarket from "./SpotMarket.js"

/**
 * The billing meter's report.
 *
 * @since 0.2.0
 */
export * as Billing from "./Billing.js"

/**
 * Savings Plans (a billing construct).
 *
 * @since 0.2.0
 */
export * as SavingsPlans from "./SavingsPlans.js"

/**
 * Burstable CPU credits.
 *
 * @since 0.2.0
 */
export * as CpuCredits from "./CpuCredits.js"
