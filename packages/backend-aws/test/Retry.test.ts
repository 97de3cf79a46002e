import { Ec2Error } from "@ec2kit/core"
import { Duration } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Retry } from "@ec2kit/backend-aws"

const numRuns = process.env.CI ? 1000 : 200
const throttled = Ec2Error.make("RequestLimitExceeded", "Request limit exceeded.")
const internal = Ec2Error.make("InternalError", "An internal error has occurred.")
const notFound = Ec2Error.make("InvalidInstanceID.NotFound", "The instance ID 'i-1' does not exist")

describe("Retry policy", () => {
  it("retries throttling, server and transport errors; not client errors, nor capacity errors answered with 500", () => {
    const transport = new Ec2Error.Ec2Error({ reason: new Ec2Error.Transport({ code: "ECONNRESET", message: "socket hang up" }) })
    const capacity500 = Ec2Error.make("InsufficientInstanceCapacity", "We currently do not have sufficient capacity.", { statusCode: 500 })
    expect([throttled, internal, transport].map(Retry.isRetryable)).toEqual([true, true, true])
    expect([notFound, Ec2Error.make("UnauthorizedOperation", "no", { statusCode: 403 }), capacity500].map(Retry.isRetryable)).toEqual([false, false, false])
  })

  it("the SDK's defaults: 3 attempts, 50 ms base, 1 s when throttled, 20 s cap", () => {
    expect(Retry.defaults.maxAttempts).toBe(3)
    expect(Retry.delayCeiling({}, internal, 1)).toBe(50)
    expect(Retry.delayCeiling({}, throttled, 1)).toBe(1000)
    expect(Retry.delayCeiling({}, throttled, 3)).toBe(4000)
    expect(Retry.delayCeiling({}, throttled, 20)).toBe(20_000)
  })

  it("delay ceilings double per retry, never pass maxDelay and never shrink (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 120_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (base, max, retry, isThrottled) => {
          const options = { baseDelay: Duration.millis(base), throttlingBaseDelay: Duration.millis(base), maxDelay: Duration.millis(max) }
          const e = isThrottled ? throttled : internal
          const here = Retry.delayCeiling(options, e, retry)
          const next = Retry.delayCeiling(options, e, retry + 1)
          expect(here).toBeLessThanOrEqual(max)
          expect(next).toBeGreaterThanOrEqual(here)
          expect(here).toBe(Math.min(max, base * 2 ** (retry - 1)))
        }
      ),
      { numRuns }
    )
  })
})
