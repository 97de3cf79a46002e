/**
 * `@ec2kit/metadata-server`: an emulator of the EC2 instance metadata service (IMDSv1 and IMDSv2)
 * that real clients cannot tell from EC2, for containers, laptops and tests; and its
 * `ec2kit-metadata` command line.
 *
 * @module \@ec2kit/metadata-server
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as CliEnvironment from "./CliEnvironment.js"
/** @since 0.1.0 */
export * as Config from "./Config.js"
/** @since 0.1.0 */
export * as Metadata from "./Metadata.js"
/** @since 0.1.0 */
export * as Model from "./Model.js"
/** @since 0.1.0 */
export * as Router from "./Router.js"
/** @since 0.1.0 */
export * as Server from "./Server.js"
/** @since 0.1.0 */
export * as Signing from "./Signing.js"
/** @since 0.1.0 */
export * as Tree from "./Tree.js"
