/**
 * Conformance group: termination and stop protection (DisableApiTermination, DisableApiStop). Registered by
 * `Conformance.suite`, whose body held it before it had a module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { idOf, st, type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("protection", () => {
    it("DisableApiTermination → OperationNotPermitted; lifting it lets TerminateInstances through", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch({ DisableApiTermination: true }))
        yield* t.running(id)
        yield* H.expectError(
          t.ec2.terminateInstances({ InstanceIds: [id] }),
          "OperationNotPermitted",
          `The instance '${id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`
        )
        expect((yield* t.describe(id)).State).toEqual(st("running"))
        yield* H.orDieWithCode(t.ec2.modifyInstanceAttribute({ InstanceId: id, DisableApiTermination: { Value: false } }))
        const r = yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id] }))
        expect(r.TerminatingInstances?.[0]?.CurrentState).toEqual(st("shutting-down"))
      })))

    it("DisableApiStop → OperationNotPermitted", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch({ DisableApiStop: true }))
        yield* t.running(id)
        yield* H.expectError(
          t.ec2.stopInstances({ InstanceIds: [id] }),
          "OperationNotPermitted",
          `The instance '${id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`
        )
        expect((yield* t.describe(id)).State).toEqual(st("running"))
      })))
  })
}
