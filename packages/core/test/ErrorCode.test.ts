import { describe, expect, it } from "vitest"
import { Ec2Error, ErrorCode, Identifier } from "@ec2kit/core"

describe("ErrorCode", () => {
  it("knows EC2's documented codes and every code of core's identifiers", () => {
    expect(ErrorCode.documented.length).toBeGreaterThan(350)
    for (const code of ["InvalidInstanceID.NotFound", "IncorrectInstanceState", "FilterLimitExceeded", "InsufficientInstanceCapacity", "DryRunOperation"]) {
      expect([code, ErrorCode.isKnown(code)]).toEqual([code, true])
    }
    for (const kind of Identifier.allKinds) {
      const malformed = Identifier.malformed(kind, "x").code
      expect([malformed, ErrorCode.isKnown(malformed)]).toEqual([malformed, true])
    }
    expect(ErrorCode.isKnown("InvalidInstanceId.NotFound")).toBe(false)
    expect(new Set([...ErrorCode.documented, ...ErrorCode.additional]).size).toBe(ErrorCode.documented.length + ErrorCode.additional.length)
  })

  it("Ec2Error.code is a known code or any string; hasCode takes known codes only (a typo does not compile)", () => {
    const e = Ec2Error.make("InvalidInstanceID.NotFound", "The instance ID 'i-1234abcd' does not exist")
    const code: ErrorCode.Code = e.code
    const asString: string = code
    expect(asString).toBe("InvalidInstanceID.NotFound")
    expect(Ec2Error.hasCode(e, "InvalidInstanceID.NotFound")).toBe(true)
    expect(Ec2Error.hasCode(e, "IncorrectInstanceState")).toBe(false)
    expect(Ec2Error.hasCode(new Error("x"), "InvalidInstanceID.NotFound")).toBe(false)
    // @ts-expect-error: a misspelt code is not a known code
    expect(Ec2Error.hasCode(e, "InvalidInstanceId.NotFound")).toBe(false)
    // a code AWS adds later is still a Code
    const later: ErrorCode.Code = "SomeFutureCode"
    expect(Ec2Error.make(later, "m").code).toBe("SomeFutureCode")
  })
})
