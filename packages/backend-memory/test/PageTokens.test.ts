/**
 * Pagination tokens are bound to the operation and parameters of the request that issued them
 * (`operations/pageTokens.ts`): the same request (any MaxResults) opens its token, any other refuses it.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { open, scopeOf, seal } from "../src/operations/pageTokens.js"

const CI = process.env.CI !== undefined
const filters = fc.array(fc.record({ Name: fc.string({ maxLength: 12 }), Values: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }) }), { maxLength: 3 })
const request = fc.record({
  Filters: filters,
  InstanceIds: fc.option(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), { nil: undefined }),
  DryRun: fc.option(fc.boolean(), { nil: undefined })
})
const operation = fc.constantFrom("describeInstances", "describeVolumes", "describeSnapshots", "describeVpcs")
const inner = fc.nat().map((n) => Buffer.from(`o:${n}`).toString("base64url"))

describe("request-bound NextToken", () => {
  it("the same operation and parameters open the token, whatever MaxResults and NextToken", () =>
    fc.assert(fc.property(operation, request, inner, fc.nat(), fc.nat(), (op, req, t, m1, m2) => {
      const token = seal(scopeOf(op, { ...req, MaxResults: m1 }), t)
      expect(open(scopeOf(op, { ...req, MaxResults: m2, NextToken: token }), token)).toBe(t)
    }), { numRuns: CI ? 1000 : 200 }))

  it("another operation or other parameters refuse it", () =>
    fc.assert(fc.property(operation, request, operation, request, inner, (op1, r1, op2, r2, t) => {
      fc.pre(op1 !== op2 || JSON.stringify(r1) !== JSON.stringify(r2))
      const token = seal(scopeOf(op1, r1), t)
      expect(open(scopeOf(op2, r2), token)).toBeUndefined()
    }), { numRuns: CI ? 1000 : 200 }))

  it("a token altered in any character is refused", () =>
    fc.assert(fc.property(operation, request, inner, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (op, req, t, at, ch) => {
      const scope = scopeOf(op, req)
      const token = seal(scope, t)
      const i = at % token.length
      const altered = token.slice(0, i) + ch + token.slice(i + 1)
      fc.pre(altered !== token)
      const opened = open(scope, altered)
      // an alteration either breaks the seal or changes the inner token (never the scope)
      expect(opened === undefined || opened !== t).toBe(true)
    }), { numRuns: CI ? 1000 : 200 }))
})
