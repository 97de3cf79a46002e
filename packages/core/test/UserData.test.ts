import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as UserData from "../src/UserData.js"

const runs = process.env.CI ? 1000 : 200
const code = (r: Result.Result<Uint8Array, { readonly reason: { readonly message: string } }>) =>
  Result.isFailure(r) ? r.failure.reason.message : "ok"

describe("UserData", () => {
  it("16,384 raw bytes pass; one more is AWS's 'User data is limited to 16384 bytes'", () => {
    expect(code(UserData.decode(Buffer.alloc(16_384).toString("base64")))).toBe("ok")
    expect(code(UserData.decode(Buffer.alloc(16_385).toString("base64")))).toBe("User data is limited to 16384 bytes")
    expect(code(UserData.checkRaw(new Uint8Array(16_385)))).toBe("User data is limited to 16384 bytes")
  })

  it("text that is not padded standard base64 is 'Invalid BASE64 encoding of user data'; line breaks are allowed", () => {
    for (const bad of ["#!/bin/sh", "aGk", "a-b_", "aGk=aGk=", "aGk==="]) expect(code(UserData.decode(bad))).toBe("Invalid BASE64 encoding of user data")
    expect(code(UserData.decode("aGVs\nbG8=\r\n"))).toBe("ok")
  })

  it("property: encoded bytes decode back exactly when at most 16 KB", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 16_380, max: 16_390 }).map((n) => new Uint8Array(n).fill(7))), (bytes) => {
        const r = UserData.decode(Buffer.from(bytes).toString("base64"))
        if (bytes.length <= UserData.MaxBytes) expect(Result.isSuccess(r) && Buffer.from(r.success).equals(Buffer.from(bytes))).toBe(true)
        else expect(code(r)).toBe("User data is limited to 16384 bytes")
      }),
      { numRuns: runs }
    )
  })

  it("property: a character outside the base64 alphabet is refused", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 3, maxLength: 30 }), fc.constantFrom("!", "-", "_", "*", " ", "é"), fc.nat(), (bytes, ch, at) => {
        const s = Buffer.from(bytes).toString("base64")
        const i = at % s.length
        expect(code(UserData.decode(s.slice(0, i) + ch + s.slice(i + 1)))).toBe("Invalid BASE64 encoding of user data")
      }),
      { numRuns: runs }
    )
  })
})
