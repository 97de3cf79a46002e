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
