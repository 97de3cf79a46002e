/**
 * Conformance group: RunInstances ClientToken idempotency. Registered by `Conformance.suite`, whose body held it
 * before it had a module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { idOf, type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("ClientToken idempotency", () => {
    it("same token and parameters → the same reservation, nothing new launched", () =>
      world((t) => Effect.gen(function*() {
        const ClientToken = `tok-${t.runId}`
        const a = yield* H.orDieWithCode(t.tryLaunch({ ClientToken }))
        const b = yield* H.orDieWithCode(t.tryLaunch({ ClientToken }))
        expect(b.ReservationId).toBe(a.ReservationId)
        expect((b.Instances ?? []).map((i) => i.InstanceId)).toEqual((a.Instances ?? []).map((i) => i.InstanceId))
        expect(yield* t.mine()).toHaveLength(1)
      })))

    it("same token, different parameters → IdempotentParameterMismatch", () =>
      world((t) => Effect.gen(function*() {
        const ClientToken = `tok-${t.runId}`
        yield* H.orDieWithCode(t.tryLaunch({ ClientToken }))
        yield* H.expectError(
          t.tryLaunch({ ClientToken, InstanceType: "t3.small" }),
          "IdempotentParameterMismatch",
          "Arguments on this idempotent request are inconsistent with arguments used in previous request(s)."
        )
        expect(yield* t.mine()).toHaveLength(1)
      })))

    it("token of a terminated instance → IdempotentInstanceTerminated", () =>
      world((t) => Effect.gen(function*() {
        const ClientToken = `tok-${t.runId}`
        const id = idOf((yield* H.orDieWithCode(t.tryLaunch({ ClientToken }))).Instances ?? [])
        yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id] }))
        yield* t.terminated(id)
        // AWS's text begins "The client token you have provided is associated with a terminated instance. Please use a
        // different clien…" (boto/boto3#4406, 2025, https://github.com/boto/boto3/issues/4406, read 2026-12; truncated there)
        yield* H.expectError(t.tryLaunch({ ClientToken }), "IdempotentInstanceTerminated", /client token/i)
      })))
  })
}
