/**
 * Conformance group: instance lifecycle: states and their codes through run, stop, start, reboot and terminate.
 * Registered by `Conformance.suite`, whose body held it before it had a module of its own.
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
  const { world, pass, InstanceType } = s
  describe("lifecycle", () => {
    it("RunInstances answers pending (0); the InstanceRunning waiter then sees running (16)", () =>
      world((t) => Effect.gen(function*() {
        const [i] = yield* t.launch()
        expect(i!.State).toEqual(st("pending"))
        expect(i!.InstanceType).toBe(InstanceType)
        const running = yield* t.running(i!.InstanceId!)
        expect(running.State).toEqual(st("running"))
        expect(running.PrivateIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
      })))

    it("StopInstances on a pending instance is IncorrectInstanceState (never reached running)", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* H.expectError(
          t.ec2.stopInstances({ InstanceIds: [id] }),
          "IncorrectInstanceState",
          `Instance '${id}' cannot be stopped as it has never reached the 'running' state.`
        )
      })))

    it("stop → stopping → stopped; start → pending → running, each answer with Current and Previous state", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        const stop = yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [id] }))
        expect(stop.StoppingInstances).toEqual([{ InstanceId: id, CurrentState: st("stopping"), PreviousState: st("running") }])
        expect((yield* t.stopped(id)).State).toEqual(st("stopped"))
        const start = yield* H.orDieWithCode(t.ec2.startInstances({ InstanceIds: [id] }))
        expect(start.StartingInstances).toEqual([{ InstanceId: id, CurrentState: st("pending"), PreviousState: st("stopped") }])
        expect((yield* t.running(id)).State).toEqual(st("running"))
      })))

    it("no-ops: start on running and stop on stopped succeed with Current = Previous", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        const start = yield* H.orDieWithCode(t.ec2.startInstances({ InstanceIds: [id] }))
        expect(start.StartingInstances).toEqual([{ InstanceId: id, CurrentState: st("running"), PreviousState: st("running") }])
        yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [id] }))
        yield* t.stopped(id)
        const stop = yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [id] }))
        expect(stop.StoppingInstances).toEqual([{ InstanceId: id, CurrentState: st("stopped"), PreviousState: st("stopped") }])
      })))

    it("StartInstances on a terminated instance is IncorrectInstanceState", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id] }))
        yield* t.terminated(id)
        yield* H.expectError(
          t.ec2.startInstances({ InstanceIds: [id] }),
          "IncorrectInstanceState",
          `The instance '${id}' is not in a state from which it can be started.`
        )
      })))

    it("TerminateInstances is idempotent: shutting-down, then terminated → terminated", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        const first = yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id] }))
        expect(first.TerminatingInstances).toEqual([{ InstanceId: id, CurrentState: st("shutting-down"), PreviousState: st("running") }])
        yield* t.terminated(id)
        const again = yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id] }))
        expect(again.TerminatingInstances).toEqual([{ InstanceId: id, CurrentState: st("terminated"), PreviousState: st("terminated") }])
      })))

    // "Force stop: Attempts a default stop first"; skip OS shutdown only bypasses the guest's graceful
    // shutdown — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-stop-methods.html and
    // instance-terminate-methods.html (2025, read 2026-12): the answers and states are a default stop's
    it("Force and SkipOsShutdown stop and terminate through the same states and answers as the defaults", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        const stop = yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [id], Force: true, SkipOsShutdown: true }))
        expect(stop.StoppingInstances).toEqual([{ InstanceId: id, CurrentState: st("stopping"), PreviousState: st("running") }])
        yield* t.stopped(id)
        const again = yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [id], Force: true }))
        expect(again.StoppingInstances).toEqual([{ InstanceId: id, CurrentState: st("stopped"), PreviousState: st("stopped") }])
        yield* H.orDieWithCode(t.ec2.startInstances({ InstanceIds: [id] }))
        yield* t.running(id)
        const term = yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id], Force: true, SkipOsShutdown: true }))
        expect(term.TerminatingInstances).toEqual([{ InstanceId: id, CurrentState: st("shutting-down"), PreviousState: st("running") }])
        expect((yield* t.terminated(id)).State).toEqual(st("terminated"))
      })))

    it("a terminated instance stays visible for a while and keeps its state", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id] }))
        yield* t.terminated(id)
        yield* pass("1 minute")
        expect((yield* t.describe(id)).State).toEqual(st("terminated"))
      })))
  })
}
