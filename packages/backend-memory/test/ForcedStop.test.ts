/**
 * StopInstances/TerminateInstances `Force` and `SkipOsShutdown`, and the `Hypervisor.hangOsShutdown`
 * fault (an OS that never finishes its graceful shutdown). Sources: see `ShutdownOptions` in
 * `src/operations/instances.ts`.
 */
import { Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { type Ec2Error, Lifecycle } from "@ec2kit/core"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { AwsFacts } from "@ec2kit/testkit"
import { STUCK_TERMINATION_MS } from "../src/operations/instances.js"

type World = Effect.Success<ReturnType<typeof Ec2Memory.make>>

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const world = (options: Ec2Memory.Options = { seed: 1 }) => Ec2Memory.make(options)

/** Launches one t3.micro and lets it reach `running` (default pending delay: 5 s). */
const running = (m: World, extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const ImageId = yield* m.hypervisor.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId)
    const r = yield* m.ec2.runInstances({ ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ...extra })
    yield* TestClock.adjust("5 seconds")
    yield* m.hypervisor.tick
    return r.Instances![0]!.InstanceId!
  })

/** A running instance whose OS never finishes a graceful shutdown. */
const hung = (m: World) => Effect.tap(running(m), (id) => m.hypervisor.hangOsShutdown(id))

const state = (m: World, id: string) => m.hypervisor.inspect((w) => w.get("instances", id)?.Lifecycle.State)
const record = (m: World, id: string) => m.hypervisor.inspect((w) => w.get("instances", id)!)
const after = (m: World, ms: number) => Effect.andThen(TestClock.adjust(ms), m.hypervisor.tick)
const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) =>
  Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))
const change = (id: string, from: Lifecycle.StateName, to: Lifecycle.StateName) => [
  // AWS's literal codes (testkit AwsFacts), not the backend's own Lifecycle table
  { InstanceId: id, PreviousState: AwsFacts.instanceState(from), CurrentState: AwsFacts.instanceState(to) }
]

/** Default delays: stopping and shutting-down complete 5 s after the call. */
const DELAY = 5_000

describe("Force and SkipOsShutdown without a fault shorten nothing", () => {
  const variants = [{}, { Force: true }, { SkipOsShutdown: true }, { Force: true, SkipOsShutdown: true }] as const

  it.each(variants)("StopInstances %o: running → stopping, stopped after the normal delay", (opts) =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* running(m)
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id], ...opts })).StoppingInstances).toEqual(change(id, "running", "stopping"))
      yield* after(m, DELAY - 1)
      expect(yield* state(m, id)).toBe("stopping")
      yield* after(m, 1)
      expect(yield* state(m, id)).toBe("stopped")
      expect((yield* record(m, id)).OsShutdownOverridden).toBeUndefined()
    })))

  it.each(variants)("TerminateInstances %o: running → shutting-down, terminated after the normal delay", (opts) =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* running(m)
      expect((yield* m.ec2.terminateInstances({ InstanceIds: [id], ...opts })).TerminatingInstances).toEqual(
        change(id, "running", "shutting-down")
      )
      yield* after(m, DELAY - 1)
      expect(yield* state(m, id)).toBe("shutting-down")
      yield* after(m, 1)
      expect(yield* state(m, id)).toBe("terminated")
    })))

  it("Force on an instance already stopping keeps its earlier completion", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* running(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* after(m, 3_000)
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id], Force: true })).StoppingInstances).toEqual(
        change(id, "stopping", "stopping")
      )
      yield* after(m, DELAY - 3_000)
      expect(yield* state(m, id)).toBe("stopped")
    })))
})

describe("Hypervisor.hangOsShutdown: an instance stuck in stopping", () => {
  it("a default stop stays stopping; repeating it is a no-op; Force completes it one delay later", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      expect((yield* record(m, id)).OsShutdownHangs).toBe(true)
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id] })).StoppingInstances).toEqual(change(id, "running", "stopping"))
      yield* after(m, 3_600_000)
      expect(yield* state(m, id)).toBe("stopping")
      expect(yield* m.hypervisor.inspect((w) => w.timers().filter((t) => t.Target === id && t.Kind === "instance.complete"))).toEqual([])
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id] })).StoppingInstances).toEqual(change(id, "stopping", "stopping"))
      yield* after(m, 86_400_000)
      expect(yield* state(m, id)).toBe("stopping")
      // the stuck instance still reports AWS's stop reason
      const reason = (yield* record(m, id)).Lifecycle.StateReason
      expect(reason).toEqual(Lifecycle.stateReasons.userInitiatedShutdown)
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id], Force: true })).StoppingInstances).toEqual(
        change(id, "stopping", "stopping")
      )
      yield* after(m, DELAY - 1)
      expect(yield* state(m, id)).toBe("stopping")
      yield* after(m, 1)
      expect(yield* state(m, id)).toBe("stopped")
      const r = yield* record(m, id)
      expect(r.OsShutdownOverridden).toBeUndefined()
      expect(r.OsShutdownHangs).toBe(true) // the fault stays until released
    })))

  it("SkipOsShutdown from running completes in the normal delay despite the hang", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id], SkipOsShutdown: true })
      yield* after(m, DELAY)
      expect(yield* state(m, id)).toBe("stopped")
    })))

  it("SkipOsShutdown on a stuck stop bypasses the graceful shutdown; a later default stop does not undo it", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* after(m, 60_000)
      yield* m.ec2.stopInstances({ InstanceIds: [id], SkipOsShutdown: true })
      yield* after(m, 1_000)
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id] })).StoppingInstances).toEqual(change(id, "stopping", "stopping"))
      yield* after(m, DELAY - 1_000)
      expect(yield* state(m, id)).toBe("stopped")
    })))

  it("the hang survives stop/start; the override ends with the stop it applied to", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id], Force: true })
      yield* after(m, DELAY)
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* after(m, DELAY)
      expect(yield* state(m, id)).toBe("running")
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* after(m, 3_600_000)
      expect(yield* state(m, id)).toBe("stopping")
    })))

  it("releasing the hang lets a stuck stop complete one delay later; no hang, no stuck", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* after(m, 600_000)
      yield* m.hypervisor.hangOsShutdown(id, false)
      expect((yield* record(m, id)).OsShutdownHangs).toBeUndefined()
      yield* after(m, DELAY - 1)
      expect(yield* state(m, id)).toBe("stopping")
      yield* after(m, 1)
      expect(yield* state(m, id)).toBe("stopped")
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* after(m, DELAY)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* after(m, DELAY)
      expect(yield* state(m, id)).toBe("stopped")
    })))

  it("hangOsShutdown on an unknown instance fails like AWS's lookups", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      expect(yield* err(m.hypervisor.hangOsShutdown("i-0123456789abcdef0"))).toEqual({
        code: "InvalidInstanceID.NotFound",
        message: "The instance ID 'i-0123456789abcdef0' does not exist"
      })
    })))
})

describe("Hypervisor.hangOsShutdown: terminate", () => {
  it("a default terminate stays shutting-down until EC2 forces it 3 hours later", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      expect((yield* m.ec2.terminateInstances({ InstanceIds: [id] })).TerminatingInstances).toEqual(
        change(id, "running", "shutting-down")
      )
      yield* after(m, STUCK_TERMINATION_MS - 1)
      expect(yield* state(m, id)).toBe("shutting-down")
      yield* after(m, 1)
      expect(yield* state(m, id)).toBe("terminated")
    })))

  it.each([{ Force: true }, { SkipOsShutdown: true }] as const)("%o on a stuck terminate completes it one delay later", (opts) =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.terminateInstances({ InstanceIds: [id] })
      yield* after(m, 600_000)
      expect((yield* m.ec2.terminateInstances({ InstanceIds: [id], ...opts })).TerminatingInstances).toEqual(
        change(id, "shutting-down", "shutting-down")
      )
      yield* after(m, DELAY - 1)
      expect(yield* state(m, id)).toBe("shutting-down")
      yield* after(m, 1)
      expect(yield* state(m, id)).toBe("terminated")
    })))

  it("SkipOsShutdown terminate from running is not held by the hang", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.terminateInstances({ InstanceIds: [id], SkipOsShutdown: true })
      yield* after(m, DELAY)
      expect(yield* state(m, id)).toBe("terminated")
    })))

  it("terminating an instance stuck in stopping: stuck again unless forced", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* after(m, 60_000)
      expect((yield* m.ec2.terminateInstances({ InstanceIds: [id] })).TerminatingInstances).toEqual(
        change(id, "stopping", "shutting-down")
      )
      yield* after(m, 3_600_000)
      expect(yield* state(m, id)).toBe("shutting-down")
      yield* m.ec2.terminateInstances({ InstanceIds: [id], Force: true })
      yield* after(m, DELAY)
      expect(yield* state(m, id)).toBe("terminated")
    })))

  it("a forced stop in progress carries into a terminate of the same session", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id], Force: true })
      yield* after(m, 1_000)
      yield* m.ec2.terminateInstances({ InstanceIds: [id] })
      yield* after(m, DELAY)
      expect(yield* state(m, id)).toBe("terminated")
    })))
})

describe("Force and SkipOsShutdown: errors and accepted states", () => {
  it("Hibernate with SkipOsShutdown: InvalidParameterCombination, nothing changes", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* running(m, { HibernationOptions: { Configured: true } })
      expect(yield* err(m.ec2.stopInstances({ InstanceIds: [id], Hibernate: true, SkipOsShutdown: true }))).toEqual({
        code: "InvalidParameterCombination",
        message: "The parameter SkipOsShutdown cannot be used with the parameter Hibernate"
      })
      expect(yield* state(m, id)).toBe("running")
      // Hibernate with Force is accepted
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id], Hibernate: true, Force: true })).StoppingInstances).toEqual(
        change(id, "running", "stopping")
      )
      expect((yield* record(m, id)).Lifecycle.Hibernating).toBe(true)
    })))

  it("a forced stop is accepted in pending (first launch); a default stop is not", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const ImageId = yield* m.hypervisor.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId)
      const id = (yield* m.ec2.runInstances({ ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })).Instances![0]!.InstanceId!
      expect(yield* err(m.ec2.stopInstances({ InstanceIds: [id] }))).toEqual({
        code: "IncorrectInstanceState",
        message: `Instance '${id}' cannot be stopped as it has never reached the 'running' state.`
      })
      expect((yield* m.ec2.stopInstances({ InstanceIds: [id], Force: true })).StoppingInstances).toEqual(change(id, "pending", "stopping"))
      yield* after(m, 60_000)
      expect(yield* state(m, id)).toBe("stopped")
    })))

  it("Force does not lift stop protection, nor stop a shutting-down instance", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* running(m, { DisableApiStop: true })
      expect(yield* err(m.ec2.stopInstances({ InstanceIds: [id], Force: true, SkipOsShutdown: true }))).toEqual({
        code: "OperationNotPermitted",
        message: `The instance '${id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`
      })
      const other = yield* running(m)
      yield* m.ec2.terminateInstances({ InstanceIds: [other] })
      expect(yield* err(m.ec2.stopInstances({ InstanceIds: [other], Force: true }))).toEqual({
        code: "IncorrectInstanceState",
        message: `This instance '${other}' is not in a state from which it can be stopped.`
      })
    })))

  it("DryRun with Force/SkipOsShutdown changes nothing, even on a stuck instance", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      const dry = yield* err(m.ec2.stopInstances({ InstanceIds: [id], Force: true, DryRun: true }))
      expect(dry.code).toBe("DryRunOperation")
      expect(dry.message).toBe("Request would have succeeded, but DryRun flag is set.")
      expect((yield* record(m, id)).OsShutdownOverridden).toBeUndefined()
      yield* after(m, 3_600_000)
      expect(yield* state(m, id)).toBe("stopping")
    })))
})

describe("the hang in snapshots and persistence", () => {
  it("snapshot → new world: still hanging and stuck; Force completes the stop", async () => {
    const bytes = await run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* hung(m)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      return { id, snap: yield* m.hypervisor.snapshot }
    }))
    await run(Effect.gen(function*() {
      const m = yield* world({ snapshot: bytes.snap })
      const r = yield* record(m, bytes.id)
      expect([r.Lifecycle.State, r.OsShutdownHangs]).toEqual(["stopping", true])
      yield* after(m, 3_600_000)
      expect(yield* state(m, bytes.id)).toBe("stopping")
      yield* m.ec2.stopInstances({ InstanceIds: [bytes.id], Force: true })
      // the override is in the world too: a snapshot taken now and restored still completes
      const again = yield* m.hypervisor.snapshot
      yield* m.hypervisor.restore(again)
      expect((yield* record(m, bytes.id)).OsShutdownOverridden).toBe(true)
      yield* after(m, DELAY)
      expect(yield* state(m, bytes.id)).toBe("stopped")
    }))
  })

  it("instances with and without the new fields round-trip byte for byte", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const [a, b, c] = [yield* running(m), yield* running(m), yield* running(m)]
      yield* m.hypervisor.hangOsShutdown(a)
      yield* m.hypervisor.hangOsShutdown(b)
      yield* m.ec2.stopInstances({ InstanceIds: [a] })
      yield* m.ec2.stopInstances({ InstanceIds: [b], Force: true })
      const records = () => m.hypervisor.inspect((w) => [a, b, c].map((id) => w.get("instances", id)!))
      const before = yield* records()
      expect(before.map((r) => [r.OsShutdownHangs, r.OsShutdownOverridden])).toEqual([[true, undefined], [true, true], [undefined, undefined]])
      const snap = yield* m.hypervisor.snapshot
      yield* m.hypervisor.restore(snap)
      expect(yield* records()).toEqual(before)
      expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(snap))).toBe(true)
    })))

  it("persistence: a reopened world keeps the hang", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-")), "world.ec2kit")
    const id = await run(Effect.gen(function*() {
      const m = yield* world({ seed: 3, persistence: { path: file } })
      const id = yield* hung(m)
      return id
    }))
    await run(Effect.gen(function*() {
      const m = yield* world({ seed: 3, persistence: { path: file } })
      expect((yield* record(m, id)).OsShutdownHangs).toBe(true)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* after(m, 3_600_000)
      expect(yield* state(m, id)).toBe("stopping")
    }))
  })
})

describe("properties", () => {
  type Step =
    | { readonly _tag: "stop" | "terminate"; readonly Force: boolean; readonly SkipOsShutdown: boolean }
    | { readonly _tag: "hang"; readonly hang: boolean }
    | { readonly _tag: "tick"; readonly ms: number }
  // the options are mostly off and the hang mostly on, so that stuck stops and terminates are common
  const rarely = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ _tag: fc.constantFrom("stop" as const, "terminate" as const), Force: rarely, SkipOsShutdown: rarely }) },
    { weight: 2, arbitrary: fc.record({ _tag: fc.constant("hang" as const), hang: rarely.map((b) => !b) }) },
    { weight: 3, arbitrary: fc.record({ _tag: fc.constant("tick" as const), ms: fc.constantFrom(1, 1_000, 4_999, 5_000, 3_600_000, STUCK_TERMINATION_MS) }) }
  )

  it("property: states move along AWS's documented state changes; a stuck stop/terminate only ends through Force, SkipOsShutdown, release or EC2's forced termination", async () => {
    let stuckSeen = 0
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), (steps) =>
        run(Effect.gen(function*() {
          const m = yield* world()
          const id = yield* running(m)
          // an independent model of the fault
          let last: Lifecycle.StateName = "running"
          let hang = false
          let overridden = false // Force/SkipOsShutdown applied to the stop/terminate in progress
          let stuck = false // the stop/terminate in progress waits on the hung OS
          let stuckTerminateAt: number | undefined
          let now = 5_000
          for (const s of steps) {
            if (s._tag === "tick") {
              yield* after(m, s.ms)
              now += s.ms
            } else if (s._tag === "hang") {
              yield* m.hypervisor.hangOsShutdown(id, s.hang)
              if (hang && !s.hang) stuck = false
              hang = s.hang
            } else {
              const req = { InstanceIds: [id], Force: s.Force, SkipOsShutdown: s.SkipOsShutdown }
              const r = yield* Effect.result(
                s._tag === "stop" ? Effect.asVoid(m.ec2.stopInstances(req)) : Effect.asVoid(m.ec2.terminateInstances(req))
              )
              const cur = (yield* state(m, id)) ?? "terminated"
              if (r._tag === "Success" && (cur === "stopping" || cur === "shutting-down")) {
                if (s.Force || s.SkipOsShutdown) {
                  overridden = true
                  stuck = false
                }
                if (cur !== last) {
                  stuck = hang && !overridden
                  if (stuck && cur === "shutting-down") stuckTerminateAt = now
                }
              }
            }
            // a terminated instance vanishes an hour later (a long tick may pass both)
            const cur = (yield* state(m, id)) ?? "terminated"
            if (cur !== last) expect(AwsFacts.isEdge(last, cur), `${last} → ${cur}`).toBe(true)
            if (last === "stopping" && cur === "stopped") expect(stuck).toBe(false)
            if (last === "shutting-down" && cur === "terminated" && stuck) {
              expect(now - stuckTerminateAt!).toBeGreaterThanOrEqual(STUCK_TERMINATION_MS)
            }
            if (stuck && (cur === "stopping" || cur === "shutting-down")) stuckSeen++
            if (cur === "terminated") break
            if (cur === "stopped") {
              overridden = false
              stuck = false
              yield* m.ec2.startInstances({ InstanceIds: [id] })
              yield* after(m, DELAY)
              now += DELAY
              last = (yield* state(m, id))!
              continue
            }
            last = cur
          }
        }))
      ),
      { numRuns: 1000 }
    )
    expect(stuckSeen).toBeGreaterThan(100) // ≈ 440 per 1,000 runs: far from flaking, far from vacuous
  }, 600_000)
})
