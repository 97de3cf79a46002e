/**
 * `@ec2kit/testkit` (private): the shared conformance suite and property tests every `Ec2` backend runs.
 *
 * @since 0.1.0
 */

/**
 * `Conformance.suite(name, makeLayer, options)`.
 *
 * @since 0.1.0
 */
export * as Conformance from "./Conformance.js"

/**
 * AWS's documented values (state codes, state changes), written out independently of core.
 *
 * @since 0.1.0
 */
export * as AwsFacts from "./AwsFacts.js"

/**
 * The harness: time modes, waiting, error assertions.
 *
 * @since 0.1.0
 */
export * as Harness from "./Harness.js"

/**
 * The property tests (registered by the suite).
 *
 * @since 0.1.0
 */
export * as Properties from "./Properties.js"
