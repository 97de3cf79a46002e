/**
 * `@ec2kit/cli`: the `ec2kit` command line as a library, so it can be embedded or tested.
 *
 * @module \@ec2kit/cli
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Cli from "./Cli.js"
/** @since 0.1.0 */
export * as Report from "./Report.js"
/** @since 0.1.0 */
export * as Serve from "./Serve.js"
/** @since 0.1.0 */
export * as Demo from "./Demo.js"
/** @since 0.2.0 */
export * as Cost from "./Cost.js"
/** @since 0.2.0 */
export * as CostReport from "./CostReport.js"
