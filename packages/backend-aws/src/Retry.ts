/**
 * The one retry policy of `Ec2Aws`: an Effect `Schedule` over `Ec2Error`, replacing the SDK's own
 * retries (the clients `Ec2Aws` builds have `maxAttempts: 1`, so the two never stack).
 *
 * It follows the AWS SDK's "standard" retry mode as `@smithy/core` 3.41.0 implements it
 * (`@smithy/core/retry`: `StandardRetryStrategy`, `DefaultRetryBackoffStrategy`, `Retry`
 * (retries-2026-config), `constants`, read 2026-11; see also
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html):
 *
 * - **What is retried**: throttling (`Ec2Error` reason `Throttled`: the codes of the SDK's
 *   `THROTTLING_ERROR_CODES` such as `RequestLimitExceeded`, `Throttling`, `ThrottlingException`, and
 *   HTTP 429), transient server errors (reason `ServiceError`: `InternalError`, `Unavailable`, and any
 *   code core does not classify that arrives with a status ≥ 500) and transport failures (reason
 *   `Transport`: network errors and timeouts), i.e. exactly `Ec2Error.isRetryable`. A 4xx is AWS's
 *   final answer. One deliberate difference from the SDK, which retries every 500/502/503/504: an
 *   error core classifies as not retryable stays final whatever its status, so
 *   `InsufficientInstanceCapacity` (which EC2 answers with 500) is not retried, as core's `Ec2Error`
 *   documents for capacity errors; retry such a launch yourself, e.g. in another Availability Zone.
 * - **How many**: `maxAttempts` attempts in all (default 3, the SDK's `DEFAULT_MAX_ATTEMPTS`).
 * - **When**: "full jitter" exponential backoff: before retry `n` (n ≥ 1) a delay drawn uniformly
 *   from `[0, min(maxDelay, base · 2^(n-1)))`, `base` being `throttlingBaseDelay` (1 s, the SDK's
 *   `Retry.throttlingDelay()`) after a throttling error and `baseDelay` (50 ms, `Retry.delay()`)
 *   otherwise, the ceiling capped at `maxDelay` (20 s, `MAXIMUM_RETRY_DELAY`).
 *   Randomness comes from Effect's `Random` and time from `Clock`, so `TestClock` drives it.
 *
 * @since 0.1.0
 */
import { Ec2Error } from "@ec2kit/core"
import { DEFAULT_MAX_ATTEMPTS, MAXIMUM_RETRY_DELAY, Retry } from "@smithy/core/retry"
import { Duration, Effect, Random, Schedule } from "effect"

/**
 * Settings of the retry policy; every member is optional and defaults to the AWS SDK's value.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryOptions {
  /** Attempts in all, the first included (default 3; 1 disables retries). */
  readonly maxAttempts?: number
  /** Base of the exponential backoff after a non-throttling error (default 50 ms). */
  readonly baseDelay?: Duration.Input
  /** Base of the exponential backoff after a throttling error (default 1 s). */
  readonly throttlingBaseDelay?: Duration.Input
  /** Longest delay between two attempts (default 20 s). */
  readonly maxDelay?: Duration.Input
}

/**
 * The defaults, the AWS SDK's standard retry mode: 3 attempts, 50 ms base (1 s when throttled),
 * 20 s cap.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaults = {
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  baseDelay: Duration.millis(Retry.delay()),
  throttlingBaseDelay: Duration.millis(Retry.throttlingDelay()),
  maxDelay: Duration.millis(MAXIMUM_RETRY_DELAY)
} as const

/**
 * Whether the policy retries an error: throttling, transient server errors and transport failures
 * (`Ec2Error.isRetryable`).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRetryable = (error: Ec2Error.Ec2Error): boolean => error.isRetryable

const millisOf = (d: Duration.Input | undefined, fallback: Duration.Duration): number =>
  Duration.toMillis(d === undefined ? fallback : Duration.fromInputUnsafe(d))

/**
 * The highest delay before retry `retry` (≥ 1) after `error`: `min(maxDelay, base · 2^(retry-1))`;
 * the actual delay is drawn uniformly below it.
 *
 * @since 0.1.0
 * @category schedule
 */
export const delayCeiling = (options: RetryOptions, error: Ec2Error.Ec2Error, retry: number): number => {
  const base = error.reason._tag === "Throttled"
    ? millisOf(options.throttlingBaseDelay, defaults.throttlingBaseDelay)
    : millisOf(options.baseDelay, defaults.baseDelay)
  return Math.min(millisOf(options.maxDelay, defaults.maxDelay), base * 2 ** (retry - 1))
}

/**
 * The retry policy as a `Schedule` whose input is the error: it stops on a non-retryable error or
 * after `maxAttempts` attempts, and otherwise waits a full-jitter exponential delay. Use it with
 * `Effect.retry`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Ec2 } from "@ec2kit/core"
 * import { Retry } from "@ec2kit/backend-aws"
 * // retry a whole workflow (not only one call) with the same policy
 * const program = Ec2.Ec2.use((ec2) => ec2.describeRegions({})).pipe(Effect.retry(Retry.schedule({ maxAttempts: 5 })))
 * ```
 * @since 0.1.0
 * @category schedule
 */
export const schedule = (options: RetryOptions = {}): Schedule.Schedule<number, Ec2Error.Ec2Error> => {
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? defaults.maxAttempts))
  const recurs: Schedule.Schedule<number, Ec2Error.Ec2Error> = Schedule.recurs(maxAttempts - 1)
  return recurs.pipe(
    Schedule.while(({ input }) => isRetryable(input)),
    Schedule.modifyDelay(({ attempt, input }) =>
      Effect.map(Random.next, (u) => Duration.millis(Math.floor(u * delayCeiling(options, input, attempt))))
    )
  )
}
