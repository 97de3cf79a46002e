/**
 * Conformance group: DescribeInstances pagination (MaxResults, NextToken). Registered by `Conformance.suite`,
 * whose body held it before it had a module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { idOf, RunTagKey, type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("DescribeInstances pagination", () => {
    const scoped = (runId: string) => [{ Name: `tag:${RunTagKey}`, Values: [runId] }]
    it("MaxResults 5 pages with NextToken and returns every instance exactly once", () =>
      world((t) => Effect.gen(function*() {
        const launched: Array<string> = []
        for (let i = 0; i < 7; i++) launched.push(idOf(yield* t.launch()))
        const seen: Array<string> = []
        let NextToken: string | undefined
        let pages = 0
        do {
          const page = yield* H.orDieWithCode(
            t.ec2.describeInstances({ Filters: scoped(t.runId), MaxResults: 5, ...(NextToken ? { NextToken } : {}) })
          )
          const ids = (page.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId!))
          expect(ids.length).toBeLessThanOrEqual(5)
          seen.push(...ids)
          NextToken = page.NextToken
          pages++
        } while (NextToken !== undefined && pages < 10)
        expect(pages).toBeGreaterThanOrEqual(2)
        expect([...seen].sort()).toEqual([...launched].sort())
      })))

    it("without MaxResults everything comes back and there is no NextToken", () =>
      world((t) => Effect.gen(function*() {
        yield* t.launch({ MinCount: 7, MaxCount: 7 })
        const r = yield* H.orDieWithCode(t.ec2.describeInstances({ Filters: scoped(t.runId) }))
        expect((r.Reservations ?? []).flatMap((x) => x.Instances ?? [])).toHaveLength(7)
        expect(r.NextToken).toBeUndefined()
      })))

    it("MaxResults outside 5–1000 is InvalidParameterValue", () =>
      world((t) => Effect.gen(function*() {
        yield* H.expectError(
          t.ec2.describeInstances({ MaxResults: 4 }),
          "InvalidParameterValue",
          "Value ( 4 ) for parameter maxResults is invalid. Expecting a value greater than 5."
        )
        yield* H.expectError(t.ec2.describeInstances({ MaxResults: 1001 }), "InvalidParameterValue", /maxResults/)
      })))

    it("a NextToken the service did not issue is InvalidParameterValue", () =>
      world((t) =>
        Effect.asVoid(H.expectError(
          t.ec2.describeInstances({ NextToken: "garbage" }),
          "InvalidParameterValue",
          "Value ( garbage ) for parameter NextToken is invalid. The token is invalid."
        ))
      ))

    it("InstanceIds with MaxResults is InvalidParameterCombination", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* H.expectError(
          t.ec2.describeInstances({ InstanceIds: [id], MaxResults: 5 }),
          "InvalidParameterCombination",
          "The parameter instancesSet cannot be used with the parameter maxResults"
        )
      })))
  })
}
