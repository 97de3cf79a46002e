/**
 * Conformance group: DryRun and malformed ids. Registered by `Conformance.suite`, whose body held it before it
 * had a module of its own.
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
  describe("DryRun and malformed ids", () => {
    const dry = "Request would have succeeded, but DryRun flag is set."
    it("RunInstances with DryRun → DryRunOperation and launches nothing", () =>
      world((t) => Effect.gen(function*() {
        yield* H.expectError(t.tryLaunch({ DryRun: true }), "DryRunOperation", dry)
        expect(yield* t.mine()).toHaveLength(0)
      })))

    it("Stop/TerminateInstances and DescribeInstances with DryRun → DryRunOperation, nothing changes", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        yield* H.expectError(t.ec2.stopInstances({ InstanceIds: [id], DryRun: true }), "DryRunOperation", dry)
        yield* H.expectError(t.ec2.terminateInstances({ InstanceIds: [id], DryRun: true }), "DryRunOperation", dry)
        yield* H.expectError(t.ec2.describeInstances({ InstanceIds: [id], DryRun: true }), "DryRunOperation", dry)
        expect((yield* t.describe(id)).State).toEqual(st("running"))
      })))

    it("malformed ids → *.Malformed; well-formed unknown ids → *.NotFound", () =>
      world((t) => Effect.gen(function*() {
        yield* H.expectError(t.ec2.terminateInstances({ InstanceIds: ["web-1"] }), "InvalidInstanceID.Malformed", `Invalid id: "web-1"`)
        yield* H.expectError(t.ec2.describeInstances({ InstanceIds: ["i-xyz"] }), "InvalidInstanceID.Malformed", `Invalid id: "i-xyz"`)
        yield* H.expectError(
          t.ec2.describeVolumes({ VolumeIds: ["disk-1"] }),
          "InvalidVolumeID.Malformed",
          `Invalid id: "disk-1" (expecting "vol-...")`
        )
        yield* H.expectError(
          t.ec2.describeInstances({ InstanceIds: ["i-0123456789abcdef0"] }),
          "InvalidInstanceID.NotFound",
          "The instance ID 'i-0123456789abcdef0' does not exist"
        )
        yield* H.expectError(
          t.ec2.describeVolumes({ VolumeIds: ["vol-0123456789abcdef0"] }),
          "InvalidVolume.NotFound",
          "The volume 'vol-0123456789abcdef0' does not exist."
        )
      })))
  })
}
