/**
 * `@ec2kit/api-server`: EC2's own wire protocol (the EC2 Query protocol) for any ec2kit `Ec2` backend,
 * built from `@aws-sdk/client-ec2`'s schemas, so plain SDK code (or any EC2 client) talks to the
 * in-memory hypervisor unchanged.
 *
 * @module \@ec2kit/api-server
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Ec2Operations from "./Ec2Operations.js"
/** @since 0.1.0 */
export * as QueryRequest from "./QueryRequest.js"
/** @since 0.1.0 */
export * as XmlResponse from "./XmlResponse.js"
/** @since 0.1.0 */
export * as QueryCodec from "./QueryCodec.js"
/** @since 0.1.0 */
export * as Ec2Handler from "./Ec2Handler.js"
/** @since 0.1.0 */
export * as Ec2Server from "./Ec2Server.js"
/** @since 0.1.0 */
export * as RequestAuth from "./RequestAuth.js"
/** @since 0.1.0 */
export * as LocalEc2 from "./LocalEc2.js"
/** @since 0.1.0 */
export * as Control from "./Control.js"
/** @since 0.1.0 */
export * as Emulator from "./Emulator.js"
/** @since 0.1.0 */
export * as ControlClient from "./ControlClient.js"
/** @since 0.1.0 */
export * as LiveMetadata from "./LiveMetadata.js"
/** @since 0.2.0 */
export * as PriceTableJson from "./PriceTableJson.js"
