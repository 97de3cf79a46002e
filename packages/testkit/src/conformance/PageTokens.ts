/**
 * Conformance group "pagination tokens": a `NextToken` is opaque and tied to the request that issued it.
 * The SDK paginators repeat the request with only the token changed, so the same request with a token
 * (even twice, or with another `MaxResults`) continues; a token given to another operation or to the same
 * operation with other filters is refused with `InvalidParameterValue` (EC2's answer to a token it did not
 * issue, OBS boto/boto3#2673; EC2 documents no answer for a token of another request, so this is the
 * strictest plausible one, see backend-memory's `pageTokens.ts`).
 *
 * @since 0.1.0
 */
import type { Ec2, Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"

/**
 * What a test body of this group uses from the suite's per-test context.
 *
 * @since 0.1.0
 * @category models
 */
export interface Ctx {
  readonly ec2: Ec2.Service
  readonly runId: string
  readonly launch: (
    extra?: Partial<H.RequestOf<"runInstances">>,
    tags?: ReadonlyArray<{ Key: string; Value: string }>
  ) => Effect.Effect<ReadonlyArray<Ec2Shapes.Instance>>
}

/**
 * Runs one test body in a fresh world of the suite.
 *
 * @since 0.1.0
 * @category models
 */
export type Runner = (body: (t: Ctx) => Effect.Effect<void, unknown, Ec2.Ec2>) => Promise<void>

const ids = (r: Ec2Shapes.DescribeInstancesResult) =>
  (r.Reservations ?? []).flatMap((x) => (x.Instances ?? []).map((i) => i.InstanceId!))

/** EC2's text for a token it does not accept (OBS boto/boto3#2673, 2020, read 2026-12). */
const refused = /^Value \( .* \) for parameter NextToken is invalid\. The token is invalid\.$/

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = (run: Runner, tagKey: string): void => {
  describe("pagination tokens", () => {
    /** The first page of this test's instances (7 launched, pages of 5) and its token. */
    const firstPage = (t: Ctx) =>
      Effect.gen(function*() {
        yield* t.launch({ MinCount: 7, MaxCount: 7 })
        const Filters = [{ Name: `tag:${tagKey}`, Values: [t.runId] }]
        const page = yield* H.orDieWithCode(t.ec2.describeInstances({ Filters, MaxResults: 5 }))
        expect(page.NextToken).toBeTypeOf("string")
        return { Filters, page, NextToken: page.NextToken! }
      })

    it("the same request repeated with the token continues, also twice and with another MaxResults", () =>
      run((t) => Effect.gen(function*() {
        const { Filters, page, NextToken } = yield* firstPage(t)
        const second = yield* H.orDieWithCode(t.ec2.describeInstances({ Filters, MaxResults: 5, NextToken }))
        const again = yield* H.orDieWithCode(t.ec2.describeInstances({ Filters, MaxResults: 5, NextToken }))
        expect(ids(again)).toEqual(ids(second))
        expect([...ids(page), ...ids(second)]).toHaveLength(7)
        expect(new Set([...ids(page), ...ids(second)]).size).toBe(7)
        const wider = yield* H.orDieWithCode(t.ec2.describeInstances({ Filters, MaxResults: 100, NextToken }))
        expect(ids(wider)).toEqual(ids(second))
      })))

    it("a DescribeInstances token given to DescribeVolumes is InvalidParameterValue", () =>
      run((t) => Effect.gen(function*() {
        const { NextToken } = yield* firstPage(t)
        yield* H.expectError(t.ec2.describeVolumes({ MaxResults: 5, NextToken }), "InvalidParameterValue", refused)
      })))

    it("a token given to the same operation with other filters is InvalidParameterValue, not an empty page", () =>
      run((t) => Effect.gen(function*() {
        const { NextToken } = yield* firstPage(t)
        const other = [{ Name: "instance-state-name", Values: ["pending", "running"] }]
        yield* H.expectError(t.ec2.describeInstances({ Filters: other, MaxResults: 5, NextToken }), "InvalidParameterValue", refused)
        yield* H.expectError(t.ec2.describeInstances({ MaxResults: 5, NextToken }), "InvalidParameterValue", refused)
      })))
  })
}
