/**
 * Conformance group: DescribeInstances filters. Registered by `Conformance.suite`, whose body held it before it
 * had a module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { idOf, type Suite, type Instance } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("DescribeInstances filters", () => {
    it("instance-state-name", () =>
      world((t) => Effect.gen(function*() {
        const a = idOf(yield* t.launch())
        const b = idOf(yield* t.launch())
        yield* t.running(a)
        yield* t.running(b)
        yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [b] }))
        yield* t.stopped(b)
        const running = yield* t.mine([{ Name: "instance-state-name", Values: ["running"] }])
        const stopped = yield* t.mine([{ Name: "instance-state-name", Values: ["stopped"] }])
        const both = yield* t.mine([{ Name: "instance-state-name", Values: ["running", "stopped"] }])
        expect(running.map((i) => i.InstanceId)).toEqual([a])
        expect(stopped.map((i) => i.InstanceId)).toEqual([b])
        expect(both.map((i) => i.InstanceId).sort()).toEqual([a, b].sort())
      })))

    // "* specifies that zero or more characters must match, and ? specifies that exactly one character must
    // match. Use a backslash to escape special characters." — EC2 `Filter`, AWS SDK for .NET API reference,
    // https://docs.aws.amazon.com/sdkfornet1/latest/apidocs/html/T_Amazon_EC2_Model_Filter.htm (read 2026-12)
    it("tag:K with * and ? wildcards, tag-key", () =>
      world((t) => Effect.gen(function*() {
        const web1 = idOf(yield* t.launch({}, [{ Key: "Role", Value: "web-1" }]))
        const web22 = idOf(yield* t.launch({}, [{ Key: "Role", Value: "web-22" }]))
        const db1 = idOf(yield* t.launch({}, [{ Key: "Role", Value: "db-1" }]))
        const ids = (xs: ReadonlyArray<Instance>) => xs.map((i) => i.InstanceId).sort()
        const matching = (value: string) => Effect.map(t.mine([{ Name: "tag:Role", Values: [value] }]), ids)
        expect(yield* matching("web-*")).toEqual([web1, web22].sort())
        // ? stands for exactly one character: never two (unlike *), never none
        expect(yield* matching("web-?")).toEqual([web1])
        expect(yield* matching("web-??")).toEqual([web22])
        expect(yield* matching("?b-1")).toEqual([db1])
        expect(yield* matching("*-1")).toEqual([web1, db1].sort())
        expect(yield* matching("w*2")).toEqual([web22])
        expect(yield* matching("w?2")).toEqual([])
        expect(yield* matching("web-1?")).toEqual([])
        expect(yield* matching("web-1*")).toEqual([web1])
        expect(ids(yield* t.mine([{ Name: "tag:Role", Values: ["db-1", "web-22"] }]))).toEqual([db1, web22].sort())
        expect(yield* matching("nothing*")).toEqual([])
        expect(ids(yield* t.mine([{ Name: "tag-key", Values: ["Role"] }]))).toEqual([web1, web22, db1].sort())
        expect(ids(yield* t.mine([{ Name: "tag-key", Values: ["R?le"] }]))).toEqual([web1, web22, db1].sort())
        expect(ids(yield* t.mine([{ Name: "tag-key", Values: ["R?e"] }]))).toEqual([])
      })))

    it("an unknown filter name is InvalidParameterValue", () =>
      world((t) => H.expectError(
        t.ec2.describeInstances({ Filters: [{ Name: "no-such-filter", Values: ["x"] }] }),
        "InvalidParameterValue",
        "The filter 'no-such-filter' is invalid"
      )))
  })
}
