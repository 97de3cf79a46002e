/**
 * Conformance group: world control through the Hypervisor (when the suite is given one). Registered by
 * `Conformance.suite`, whose body held it before it had a module of its own.
 *
 * @since 0.1.0
 */
import { Ec2 } from "@ec2kit/core"
import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, options } = s
  const control = options.control
  if (control !== undefined) {
    describe("world control (Hypervisor)", () => {
      it("snapshot → restore → snapshot is byte-identical, and the restored world answers the same", () =>
        world((t) => Effect.gen(function*() {
          const ids = (yield* t.launch({ MinCount: 3, MaxCount: 3 })).map((i) => i.InstanceId!)
          yield* t.running(ids[0]!)
          const before = yield* H.orDieWithCode(t.ec2.describeInstances({ InstanceIds: ids }))
          const bytes = yield* Effect.orDie(control.snapshot)
          const again = yield* Effect.gen(function*() {
            const ec2 = yield* Ec2.Ec2
            const after = yield* H.orDieWithCode(ec2.describeInstances({ InstanceIds: ids }))
            return { after, bytes: yield* Effect.orDie(control.snapshot) }
          }).pipe(Effect.provide(Layer.fresh(control.layerFrom(bytes))), Effect.orDie)
          expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true)
          expect(again.after).toEqual(before)
        })))
    })
  }
}
