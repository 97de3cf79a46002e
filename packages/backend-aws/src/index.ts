/**
 * `@ec2kit/backend-aws`: core's `Ec2` service over real AWS, through `@aws-sdk/client-ec2`.
 *
 * @module \@ec2kit/backend-aws
 * @since 0.1.0
 */

/**
 * The layers (`layer`, `layerConfig`, `fromClient`) and `make`.
 *
 * @since 0.1.0
 */
export * as Ec2Aws from "./Ec2Aws.js"

/**
 * The retry policy, an Effect `Schedule`.
 *
 * @since 0.1.0
 */
export * as Retry from "./Retry.js"

/**
 * What the SDK throws, as `Ec2Error`.
 *
 * @since 0.1.0
 */
export * as SdkError from "./SdkError.js"
