import { Ec2Error } from "@ec2kit/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { SdkError } from "@ec2kit/backend-aws"

const numRuns = process.env.CI ? 1000 : 200

describe("SdkError.toEc2Error", () => {
  it("is total: any thrown value becomes an Ec2Error, without throwing (property)", () => {
    const errorLike = fc.record({
      name: fc.oneof(fc.string(), fc.constantFrom("TimeoutError", "AbortError", "Throttling", "TypeError")),
      message: fc.string(),
      code: fc.option(fc.constantFrom("ECONNRESET", "ENOTFOUND", "EPIPE", "X"), { nil: undefined }),
      $fault: fc.option(fc.constantFrom("client", "server"), { nil: undefined }),
      $metadata: fc.option(fc.record({ httpStatusCode: fc.integer({ min: 100, max: 599 }), requestId: fc.option(fc.uuid(), { nil: undefined }) }), { nil: undefined })
    }).map((fields) => Object.assign(new Error(fields.message), fields))
    fc.assert(
      fc.property(fc.oneof(fc.anything(), errorLike), (u) => {
        const e = SdkError.toEc2Error(u)
        expect(Ec2Error.isEc2Error(e)).toBe(true)
        expect(typeof e.code).toBe("string")
        expect(Number.isInteger(e.httpStatus)).toBe(true)
      }),
      { numRuns }
    )
  })

  it("a hostile value (throwing on every access) still becomes an Ec2Error", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("hostile") }, getPrototypeOf: () => { throw new Error("hostile") } })
    const e = SdkError.toEc2Error(hostile)
    expect([Ec2Error.isEc2Error(e), e.reason._tag]).toEqual([true, "InvalidRequest"])
  })

  it("uses the SDK's throttling list: ThrottlingException and HTTP 429 are Throttled", () => {
    const sdk = (name: string, status: number) => Object.assign(new Error("slow down"), { name, $fault: "client", $metadata: { httpStatusCode: status } })
    expect(SdkError.toEc2Error(sdk("ThrottlingException", 400)).reason._tag).toBe("Throttled")
    expect(SdkError.toEc2Error(sdk("SomethingElse", 429)).reason._tag).toBe("Throttled")
    expect(SdkError.toEc2Error(sdk("Throttling", 400)).reason._tag).toBe("Throttled")
  })

  it("keeps an Ec2Error as it is", () => {
    const e = Ec2Error.make("IncorrectInstanceState", "The instance is not in a valid state.")
    expect(SdkError.toEc2Error(e)).toBe(e)
  })
})
