/**
 * Conformance group: tags. Registered by `Conformance.suite`, whose body held it before it had a module of its
 * own.
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
  describe("tags", () => {
    it("CreateTags/DescribeTags/DeleteTags round trip", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* H.orDieWithCode(t.ec2.createTags({ Resources: [id], Tags: [{ Key: "Env", Value: "test" }] }))
        const d = yield* H.orDieWithCode(t.ec2.describeTags({ Filters: [{ Name: "resource-id", Values: [id] }] }))
        expect((d.Tags ?? []).map((x) => [x.Key, x.Value, x.ResourceType]).sort()).toEqual(
          [["Env", "test", "instance"], [RunTagKey, t.runId, "instance"]].sort()
        )
        yield* H.orDieWithCode(t.ec2.deleteTags({ Resources: [id], Tags: [{ Key: "Env" }] }))
        expect((yield* t.describe(id)).Tags?.map((x) => x.Key)).toEqual([RunTagKey])
      })))

    it("more than 50 tags on a resource is TagLimitExceeded and adds none", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        const tags = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }))
        // 1 existing + 50 = 51
        // OBS: "The resultant tag set must not have more than 50 user tags." (openshift/hive#2679, 2025, read 2026-12)
        yield* H.expectError(
          t.ec2.createTags({ Resources: [id], Tags: tags }),
          "TagLimitExceeded",
          "The resultant tag set must not have more than 50 user tags."
        )
        expect((yield* t.describe(id)).Tags).toHaveLength(1)
        yield* H.orDieWithCode(t.ec2.createTags({ Resources: [id], Tags: tags.slice(0, 49) }))
        expect((yield* t.describe(id)).Tags).toHaveLength(50)
      })))

    it("aws: keys are reserved; unknown resources are NotFound", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* H.expectError(
          t.ec2.createTags({ Resources: [id], Tags: [{ Key: "aws:owner", Value: "x" }] }),
          "InvalidParameterValue",
          /Tag keys starting with 'aws:' are reserved for internal use/
        )
        yield* H.expectError(
          t.ec2.createTags({ Resources: ["i-0123456789abcdef0"], Tags: [{ Key: "a", Value: "b" }] }),
          "InvalidInstanceID.NotFound",
          "The instance ID 'i-0123456789abcdef0' does not exist"
        )
      })))
  })
}
