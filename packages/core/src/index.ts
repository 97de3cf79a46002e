/**
 * `@ec2kit/core`: the EC2 domain model. Every module is also importable on its own
 * (`@ec2kit/core/InstanceType`).
 *
 * @module \@ec2kit/core
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Ec2Error from "./Ec2Error.js"
/** @since 0.1.0 */
export * as ErrorCode from "./ErrorCode.js"
/** @since 0.1.0 */
export * as Identifier from "./Identifier.js"
/** @since 0.1.0 */
export * as Lifecycle from "./Lifecycle.js"
/** @since 0.1.0 */
export * as PlacementGroup from "./PlacementGroup.js"
/** @since 0.1.0 */
export * as ImdsToken from "./ImdsToken.js"
/** @since 0.1.0 */
export * as MetadataOptions from "./MetadataOptions.js"
/** @since 0.1.0 */
export * as Ebs from "./Ebs.js"
/** @since 0.1.0 */
export * as InstanceType from "./InstanceType.js"
/** @since 0.1.0 */
export * as InstanceTypeCatalogue from "./InstanceTypeCatalogue.js"
/** @since 0.1.0 */
export * as Ec2 from "./Ec2.js"
/** @since 0.1.0 */
export * as Ec2Shapes from "./Ec2Shapes.js"
/** @since 0.1.0 */
export * as Ec2Input from "./Ec2Input.js"
/** @since 0.1.0 */
export * as Waiters from "./Waiters.js"
/** @since 0.1.0 */
export * as Paginators from "./Paginators.js"
/** @since 0.1.0 */
export * as VcpuQuota from "./VcpuQuota.js"
/** @since 0.1.0 */
export * as Tags from "./Tags.js"
/** @since 0.1.0 */
export * as UserData from "./UserData.js"

/**
 * EC2 price tables (on-demand and, with the billing meter, EBS, IPv4, hosts, reservations).
 *
 * @since 0.2.0
 */
export * as Pricing from "./Pricing.js"
