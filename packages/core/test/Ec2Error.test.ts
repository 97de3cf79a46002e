import { Effect, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2Error } from "@ec2kit/core"

describe("Ec2Error", () => {
  it("classifies AWS codes into reasons with AWS's HTTP status", () => {
    const cases: Array<[string, string, number, boolean]> = [
      ["InvalidInstanceID.NotFound", "NotFound", 400, false],
      ["InvalidInstanceID.Malformed", "InvalidRequest", 400, false],
      ["InvalidParameterValue", "InvalidRequest", 400, false],
      ["IncorrectInstanceState", "Conflict", 400, false],
      ["InvalidPermission.Duplicate", "Conflict", 400, false],
      ["InvalidPlacementGroup.Unknown", "NotFound", 400, false],
      // a server error at AWS (500-series, errors-overview; observed 500), not retried: see Ec2Error.ts
      ["InsufficientInstanceCapacity", "LimitExceeded", 500, false],
      ["InsufficientCapacity", "LimitExceeded", 500, false],
      ["AuthFailure", "Unauthorized", 401, false],
      ["InternalFailure", "ServiceError", 500, true],
      ["ServiceUnavailable", "ServiceError", 503, true],
      ["TagLimitExceeded", "LimitExceeded", 400, false],
      ["UnauthorizedOperation", "Unauthorized", 403, false],
      ["DryRunOperation", "DryRun", 412, false],
      ["RequestLimitExceeded", "Throttled", 503, true],
      ["InternalError", "ServiceError", 500, true],
      ["Unavailable", "ServiceError", 503, true]
    ]
    for (const [code, tag, status, retryable] of cases) {
      const e = Ec2Error.make(code, "m")
      expect([e.reason._tag, e.httpStatus, e.isRetryable, e.code]).toEqual([tag, status, retryable, code])
    }
  })

  it("message names the code and AWS's text", () => {
    const e = Ec2Error.invalidValue("m9.huge", "InstanceType")
    expect(e.message).toBe("InvalidParameterValue: Invalid value 'm9.huge' for InstanceType.")
    expect(e.reason.message).toBe("Invalid value 'm9.huge' for InstanceType.")
  })

  it("dryRunOperation carries AWS's text", () => {
    const e = Ec2Error.dryRunOperation()
    expect([e.code, e.reason.message, e.httpStatus]).toEqual([
      "DryRunOperation",
      "Request would have succeeded, but DryRun flag is set.",
      412
    ])
  })

  it("can be caught by reason", async () => {
    const out = await Effect.runPromise(
      Ec2Error.fail("InvalidVolume.NotFound", "The volume 'vol-1' does not exist.").pipe(
        Effect.catchReason("Ec2Error", "NotFound", (r) => Effect.succeed(r.code))
      )
    )
    expect(out).toBe("InvalidVolume.NotFound")
  })

  it("property: survives an encode/decode round trip with the same reason", () => {
    const codec = Schema.toCodecJson(Ec2Error.Ec2Error)
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom("InvalidParameterValue", "IncorrectInstanceState", "RequestLimitExceeded", "X.NotFound", "constructor", "__proto__", "toString"), fc.string()),
        fc.string(),
        (code, message) => {
          const e = Ec2Error.make(code, message)
          const back = Schema.decodeUnknownSync(codec)(JSON.parse(JSON.stringify(Schema.encodeSync(codec)(e))))
          expect(back).toBeInstanceOf(Ec2Error.Ec2Error)
          expect([back.reason._tag, back.code, back.reason.message, back.isRetryable]).toEqual([
            e.reason._tag,
            code,
            message,
            e.isRetryable
          ])
        }
      ),
      { numRuns: 1000 }
    )
  })
})
