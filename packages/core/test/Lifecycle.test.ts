import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Lifecycle from "../src/Lifecycle.js"

const ID = "i-0123456789abcdef0"

// AWS's values written out here on purpose, so a wrong entry in Lifecycle's own tables cannot pass its
// own check. Codes: "0 : pending, 16 : running, 32 : shutting-down, 48 : terminated, 64 : stopping,
// 80 : stopped" — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html (read 2026-12).
const AWS_CODES: Record<string, number> = { pending: 0, running: 16, "shutting-down": 32, terminated: 48, stopping: 64, stopped: 80 }
// Documented state changes — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html, plus a
// forced stop from pending (TroubleshootingInstancesStopping.html), both read 2026-12. Staying put is not an edge.
const AWS_EDGES = new Set([
  "pending→running", "pending→stopping", "pending→shutting-down",
  "running→stopping", "running→shutting-down",
  "stopping→stopped", "stopping→shutting-down",
  "stopped→pending", "stopped→shutting-down",
  "shutting-down→terminated"
])
const awsEdge = (from: string, to: string) => AWS_EDGES.has(`${from}→${to}`)
const actionArb = fc.constantFrom(...Lifecycle.allActions)
const stateArb = fc.constantFrom(...Lifecycle.allStates)
const contextArb = fc.record({
  State: stateArb,
  RootDeviceType: fc.constantFrom("ebs" as const, "instance-store" as const),
  DisableApiTermination: fc.boolean(),
  DisableApiStop: fc.boolean(),
  HibernationConfigured: fc.boolean(),
  InstanceInitiatedShutdownBehavior: fc.constantFrom("stop" as const, "terminate" as const),
  HasReachedRunning: fc.boolean(),
  Hibernating: fc.boolean()
}).map((c): Lifecycle.InstanceContext => ({ ...c, InstanceId: ID, StateTransitionReason: "" }))
const launchArb = fc.record({
  RootDeviceType: fc.constantFrom("ebs" as const, "instance-store" as const),
  DisableApiTermination: fc.boolean(),
  DisableApiStop: fc.boolean(),
  HibernationConfigured: fc.boolean(),
  InstanceInitiatedShutdownBehavior: fc.constantFrom("stop" as const, "terminate" as const)
}).map((o) => Lifecycle.launched(ID, o))
const nowArb = fc.integer({ min: 0, max: 4_102_444_800_000 })

const at = (State: Lifecycle.StateName, extra: Partial<Lifecycle.InstanceContext> = {}): Lifecycle.InstanceContext => ({
  ...Lifecycle.launched(ID),
  State,
  HasReachedRunning: State !== "pending",
  ...extra
})
const err = (r: Result.Result<Lifecycle.Transition, { readonly code: string; readonly reason: { readonly message: string } }>) =>
  Result.isFailure(r) ? [r.failure.code, r.failure.reason.message] : ["ok", r.success.CurrentState.Name]

describe("Lifecycle", () => {
  it("property: random action sequences from launch only move along the graph", () =>
    fc.assert(
      fc.property(launchArb, fc.array(actionArb, { maxLength: 40 }), nowArb, (start, actions, now) => {
        let inst = start
        for (const a of actions) {
          const r = Lifecycle.transition(inst, a, now)
          if (Result.isFailure(r)) continue
          const t = r.success
          expect(t.PreviousState.Name).toBe(inst.State)
          if (t.CurrentState.Name !== t.PreviousState.Name) {
            expect(awsEdge(t.PreviousState.Name, t.CurrentState.Name), `${t.PreviousState.Name} → ${t.CurrentState.Name}`).toBe(true)
          }
          expect([t.PreviousState.Code, t.CurrentState.Code]).toEqual([AWS_CODES[t.PreviousState.Name], AWS_CODES[t.CurrentState.Name]])
          expect(t.Instance.State).toBe(t.CurrentState.Name)
          inst = t.Instance
        }
      }),
      { numRuns: 2000 }
    ))

  it("property: terminated is absorbing", () =>
    fc.assert(
      fc.property(contextArb, actionArb, nowArb, (ctx, a, now) => {
        const r = Lifecycle.transition({ ...ctx, State: "terminated" }, a, now)
        if (Result.isSuccess(r)) expect(r.success.CurrentState.Name).toBe("terminated")
      }),
      { numRuns: 2000 }
    ))

  it("property: codes match names, and only the low byte counts", () =>
    fc.assert(
      fc.property(stateArb, fc.integer({ min: 0, max: 255 }), (s, k) => {
        const st = Lifecycle.state(s)
        expect(st).toEqual({ Code: AWS_CODES[s], Name: s })
        expect(Lifecycle.stateFromCode(st.Code + 256 * k)).toEqual(st)
      }),
      { numRuns: 2000 }
    ))

  it("property: transitions report codes matching names", () =>
    fc.assert(
      fc.property(contextArb, actionArb, nowArb, (ctx, a, now) => {
        const r = Lifecycle.transition(ctx, a, now)
        if (Result.isSuccess(r)) {
          for (const s of [r.success.PreviousState, r.success.CurrentState]) expect(s.Code).toBe(AWS_CODES[s.Name])
        }
      }),
      { numRuns: 2000 }
    ))

  it("property: errors never change state; no-ops keep previous === current and the instance", () =>
    fc.assert(
      fc.property(contextArb, actionArb, nowArb, (ctx, a, now) => {
        const before = structuredClone(ctx)
        const r = Lifecycle.transition(ctx, a, now)
        if (Result.isFailure(r)) {
          expect(ctx).toEqual(before) // the instance is untouched and no next state is produced
          expect("success" in r).toBe(false)
        } else if (r.success.Noop) {
          expect(r.success.CurrentState).toEqual(r.success.PreviousState)
          expect(r.success.Instance).toEqual(ctx)
        }
      }),
      { numRuns: 2000 }
    ))

  it("property: transition never mutates its input", () =>
    fc.assert(
      fc.property(contextArb, actionArb, nowArb, (ctx, a, now) => {
        const before = structuredClone(ctx)
        Lifecycle.transition(Object.freeze(ctx), a, now)
        expect(ctx).toEqual(before)
      }),
      { numRuns: 2000 }
    ))

  it("property: protection always blocks user terminate/stop, never Spot interruption", () =>
    fc.assert(
      fc.property(contextArb, nowArb, (ctx, now) => {
        const prot = { ...ctx, DisableApiTermination: true, DisableApiStop: true }
        expect(err(Lifecycle.transition(prot, "terminate", now))[0]).toBe("OperationNotPermitted")
        expect(err(Lifecycle.transition(prot, "stop", now))[0]).toBe("OperationNotPermitted")
        expect(err(Lifecycle.transition(prot, "stop-hibernate", now))[0]).toBe("OperationNotPermitted")
        const running = { ...prot, State: "running" as const, RootDeviceType: "ebs" as const }
        for (const a of ["spot-interrupt-stop", "spot-interrupt-hibernate", "spot-interrupt-terminate"] as const) {
          const r = Lifecycle.transition(running, a, now)
          expect(Result.isSuccess(r) && r.success.CurrentState.Name).toBe(a === "spot-interrupt-terminate" ? "shutting-down" : "stopping")
        }
      }),
      { numRuns: 2000 }
    ))

  it("property: instance-store roots can only run or terminate", () =>
    fc.assert(
      fc.property(launchArb, fc.array(actionArb, { maxLength: 40 }), nowArb, (start, actions, now) => {
        let inst: Lifecycle.InstanceContext = { ...start, RootDeviceType: "instance-store" }
        for (const a of actions) {
          const r = Lifecycle.transition(inst, a, now)
          if (Result.isSuccess(r)) inst = r.success.Instance
          expect(["pending", "running", "shutting-down", "terminated"]).toContain(inst.State)
        }
      }),
      { numRuns: 2000 }
    ))

  it("property: the reason text is User initiated (YYYY-MM-DD HH:MM:SS GMT) in UTC", () =>
    fc.assert(
      fc.property(nowArb, (now) => {
        const text = Lifecycle.userInitiatedReason(now)
        const iso = new Date(Math.floor(now / 1000) * 1000).toISOString()
        expect(text).toBe(`User initiated (${iso.slice(0, 10)} ${iso.slice(11, 19)} GMT)`)
      }),
      { numRuns: 2000 }
    ))

  it("reason text for fixed times", () => {
    expect(Lifecycle.userInitiatedReason(0)).toBe("User initiated (1970-01-01 00:00:00 GMT)")
    expect(Lifecycle.userInitiatedReason(Date.UTC(2020, 3, 26, 18, 28, 48, 999))).toBe("User initiated (2020-04-26 18:28:48 GMT)")
  })

  it("stateFromCode masks the high byte and rejects unknown codes", () => {
    expect(Lifecycle.stateFromCode(272)).toEqual({ Code: 16, Name: "running" })
    expect(Lifecycle.stateFromCode(80 + 512)).toEqual({ Code: 80, Name: "stopped" })
    expect(Lifecycle.stateFromCode(17)).toBeUndefined()
  })

  describe("AWS errors (code and message)", () => {
    const cases: Array<[string, Lifecycle.InstanceContext, Lifecycle.Action, string, string]> = [
      ...(["stopping", "shutting-down", "terminated"] as const).map((s): [string, Lifecycle.InstanceContext, Lifecycle.Action, string, string] => [
        `start in ${s}`, at(s), "start", "IncorrectInstanceState", `The instance '${ID}' is not in a state from which it can be started.`
      ]),
      ["stop in pending (never ran)", at("pending"), "stop", "IncorrectInstanceState", `Instance '${ID}' cannot be stopped as it has never reached the 'running' state.`],
      ["hibernate in pending (never ran)", at("pending", { HibernationConfigured: true }), "stop-hibernate", "IncorrectInstanceState", `Instance '${ID}' cannot be stopped as it has never reached the 'running' state.`],
      ["stop in pending after a restart", at("pending", { HasReachedRunning: true }), "stop", "IncorrectInstanceState", `This instance '${ID}' is not in a state from which it can be stopped.`],
      ["stop in shutting-down", at("shutting-down"), "stop", "IncorrectInstanceState", `This instance '${ID}' is not in a state from which it can be stopped.`],
      ["stop in terminated", at("terminated"), "stop", "IncorrectInstanceState", `This instance '${ID}' is not in a state from which it can be stopped.`],
      ...(["pending", "stopping", "stopped", "shutting-down"] as const).map((s): [string, Lifecycle.InstanceContext, Lifecycle.Action, string, string] => [
        `reboot in ${s}`, at(s), "reboot", "IncorrectInstanceState", `The instance '${ID}' is not in a state from which it can be rebooted.`
      ]),
      ["stop instance-store", at("running", { RootDeviceType: "instance-store" }), "stop", "UnsupportedOperation", `The instance '${ID}' does not have an 'ebs' root device type and cannot be stopped.`],
      ["hibernate instance-store", at("running", { RootDeviceType: "instance-store", HibernationConfigured: true }), "stop-hibernate", "UnsupportedOperation", `The instance '${ID}' does not have an 'ebs' root device type and cannot be stopped.`],
      ["spot stop instance-store", at("running", { RootDeviceType: "instance-store" }), "spot-interrupt-stop", "UnsupportedOperation", `The instance '${ID}' does not have an 'ebs' root device type and cannot be stopped.`],
      ["start instance-store", at("running", { RootDeviceType: "instance-store" }), "start", "UnsupportedOperation", `The instance '${ID}' does not have an 'ebs' root device type and cannot be started.`],
      ["terminate protected", at("running", { DisableApiTermination: true }), "terminate", "OperationNotPermitted", `The instance '${ID}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`],
      ["stop protected", at("running", { DisableApiStop: true }), "stop", "OperationNotPermitted", `The instance '${ID}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`],
      ["hibernate protected", at("running", { DisableApiStop: true, HibernationConfigured: true }), "stop-hibernate", "OperationNotPermitted", `The instance '${ID}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`],
      ["hibernate not configured", at("running"), "stop-hibernate", "UnsupportedHibernationConfiguration", `The instance can't be hibernated because it was not configured at launch for hibernation: ${ID}`]
    ]
    it.each(cases)("%s", (_, ctx, action, code, message) => {
      const r = Lifecycle.transition(ctx, action, 0)
      expect(err(r)).toEqual([code, message])
      if (Result.isFailure(r)) expect(r.failure.httpStatus).toBe(400)
    })
  })

  describe("successful transitions", () => {
    it("launch completes to running with an empty reason", () => {
      const r = Lifecycle.transition(Lifecycle.launched(ID), "complete", 0)
      expect(Result.isSuccess(r) && r.success).toMatchObject({
        PreviousState: { Code: 0, Name: "pending" },
        CurrentState: { Code: 16, Name: "running" },
        StateTransitionReason: "",
        Noop: false,
        Instance: { HasReachedRunning: true }
      })
    })

    it("user stop sets Client.UserInitiatedShutdown and the reason text; completion carries them", () => {
      const r = Lifecycle.transition(at("running"), "stop", 1_587_925_728_000)
      expect(Result.isSuccess(r) && r.success).toMatchObject({
        PreviousState: { Code: 16, Name: "running" },
        CurrentState: { Code: 64, Name: "stopping" },
        StateReason: { Code: "Client.UserInitiatedShutdown", Message: "Client.UserInitiatedShutdown: User initiated shutdown" },
        StateTransitionReason: "User initiated (2020-04-26 18:28:48 GMT)"
      })
      if (Result.isFailure(r)) return
      const done = Lifecycle.transition(r.success.Instance, "complete", 0)
      expect(Result.isSuccess(done) && done.success).toMatchObject({
        CurrentState: { Code: 80, Name: "stopped" },
        StateReason: { Code: "Client.UserInitiatedShutdown" },
        StateTransitionReason: "User initiated (2020-04-26 18:28:48 GMT)"
      })
    })

    it("hibernate sets Client.UserInitiatedHibernate and bills while stopping", () => {
      const r = Lifecycle.transition(at("running", { HibernationConfigured: true }), "stop-hibernate", 0)
      expect(Result.isSuccess(r) && r.success.StateReason).toEqual({
        Code: "Client.UserInitiatedHibernate",
        Message: "Client.UserInitiatedHibernate: User initiated hibernate"
      })
      expect(Result.isSuccess(r) && Lifecycle.isBilled(r.success.CurrentState.Name, { hibernating: r.success.Instance.Hibernating })).toBe(true)
    })

    it("terminate goes to shutting-down then terminated", () => {
      const r = Lifecycle.transition(at("stopped"), "terminate", 0)
      expect(err(r)).toEqual(["ok", "shutting-down"])
      if (Result.isSuccess(r)) expect(err(Lifecycle.transition(r.success.Instance, "complete", 0))).toEqual(["ok", "terminated"])
    })

    it("start from stopped goes to pending, and stopping after it is refused with the generic text", () => {
      const r = Lifecycle.transition(at("stopped"), "start", 0)
      expect(err(r)).toEqual(["ok", "pending"])
      if (Result.isSuccess(r)) expect(r.success.Instance.HasReachedRunning).toBe(true)
    })

    it("OS shutdown follows InstanceInitiatedShutdownBehavior; instance-store always terminates", () => {
      const reason = { Code: "Client.InstanceInitiatedShutdown", Message: "Client.InstanceInitiatedShutdown: Instance initiated shutdown" }
      const stop = Lifecycle.transition(at("running"), "os-shutdown", 0)
      expect(Result.isSuccess(stop) && [stop.success.CurrentState.Name, stop.success.StateReason]).toEqual(["stopping", reason])
      expect(err(Lifecycle.transition(at("running", { InstanceInitiatedShutdownBehavior: "terminate" }), "os-shutdown", 0))).toEqual(["ok", "shutting-down"])
      expect(err(Lifecycle.transition(at("running", { RootDeviceType: "instance-store" }), "os-shutdown", 0))).toEqual(["ok", "shutting-down"])
    })

    it("Spot interruption reasons", () => {
      const t = Lifecycle.transition(at("running"), "spot-interrupt-terminate", 0)
      expect(Result.isSuccess(t) && [t.success.StateReason?.Code, t.success.StateTransitionReason]).toEqual([
        "Server.SpotInstanceTermination",
        "Server.SpotInstanceTermination"
      ])
      const s = Lifecycle.transition(at("running"), "spot-interrupt-hibernate", 0)
      expect(Result.isSuccess(s) && [s.success.StateReason?.Code, s.success.Instance.Hibernating]).toEqual(["Server.SpotInstanceShutdown", true])
    })

    it("no-ops", () => {
      const cases: Array<[Lifecycle.StateName, Lifecycle.Action]> = [
        ["pending", "start"], ["running", "start"], ["stopping", "stop"], ["stopped", "stop"],
        ["shutting-down", "terminate"], ["terminated", "terminate"], ["terminated", "reboot"]
      ]
      for (const [s, a] of cases) {
        const r = Lifecycle.transition(at(s), a, 0)
        expect(Result.isSuccess(r) && [r.success.Noop, r.success.PreviousState.Name, r.success.CurrentState.Name]).toEqual([true, s, s])
      }
    })

    it("reboot in running keeps the state and is not a no-op", () => {
      const r = Lifecycle.transition(at("running"), "reboot", 0)
      expect(Result.isSuccess(r) && [r.success.Noop, r.success.CurrentState.Name]).toEqual([false, "running"])
    })
  })

  it("isBilled: running bills, stopping only when hibernating, others never", () => {
    for (const s of Lifecycle.allStates) {
      expect(Lifecycle.isBilled(s, { hibernating: false })).toBe(s === "running")
      expect(Lifecycle.isBilled(s, { hibernating: true })).toBe(s === "running" || s === "stopping")
    }
  })

  it("property: Force only widens stop (not hibernate) to pending; every other answer is unchanged", () =>
    fc.assert(
      fc.property(contextArb, actionArb, nowArb, (ctx, a, now) => {
        const plain = Lifecycle.transition(ctx, a, now)
        const forced = Lifecycle.transition(ctx, a, now, { Force: true })
        const widened = a === "stop" && ctx.State === "pending" && Result.isFailure(plain) &&
          plain.failure.code === "IncorrectInstanceState"
        if (widened) {
          expect(Result.isSuccess(forced) && [forced.success.CurrentState.Name, forced.success.StateReason]).toEqual([
            "stopping",
            Lifecycle.stateReasons.userInitiatedShutdown
          ])
          expect(awsEdge("pending", "stopping")).toBe(true)
        } else expect(forced).toEqual(plain)
      }),
      { numRuns: 2000 }
    ))

  describe("Force and SkipOsShutdown", () => {
    it("a forced stop is accepted in pending, first launch or not; a forced hibernation is not", () => {
      for (const HasReachedRunning of [false, true]) {
        const r = Lifecycle.transition(at("pending", { HasReachedRunning }), "stop", 0, { Force: true })
        expect(err(r)).toEqual(["ok", "stopping"])
      }
      expect(err(Lifecycle.transition(at("pending", { HasReachedRunning: false, HibernationConfigured: true }), "stop-hibernate", 0, { Force: true })))
        .toEqual(["IncorrectInstanceState", `Instance '${ID}' cannot be stopped as it has never reached the 'running' state.`])
    })

    it("a forced stop still honours stop protection and the root device", () => {
      expect(err(Lifecycle.transition(at("pending", { DisableApiStop: true }), "stop", 0, { Force: true }))[0]).toBe("OperationNotPermitted")
      expect(err(Lifecycle.transition(at("running", { RootDeviceType: "instance-store" }), "stop", 0, { Force: true }))).toEqual([
        "UnsupportedOperation",
        `The instance '${ID}' does not have an 'ebs' root device type and cannot be stopped.`
      ])
    })

    it("SkipOsShutdown with Hibernate is InvalidParameterCombination", () => {
      expect([Lifecycle.skipOsShutdownWithHibernate.code, Lifecycle.skipOsShutdownWithHibernate.reason.message]).toEqual([
        "InvalidParameterCombination",
        "The parameter SkipOsShutdown cannot be used with the parameter Hibernate"
      ])
    })
  })

  it("the graph has no edge out of terminated and every edge is between distinct states", () => {
    expect(Lifecycle.edges.terminated).toEqual([])
    for (const s of Lifecycle.allStates) for (const t of Lifecycle.edges[s]) expect(t).not.toBe(s)
  })

  it("the tables are AWS's: every code and every edge, no more, no less", () => {
    expect(Object.fromEntries(Lifecycle.allStates.map((s) => [s, Lifecycle.codes[s]]))).toEqual(AWS_CODES)
    expect(new Set(Lifecycle.allStates.flatMap((s) => Lifecycle.edges[s].map((t) => `${s}→${t}`)))).toEqual(AWS_EDGES)
    for (const from of Lifecycle.allStates) {
      for (const to of Lifecycle.allStates) expect(Lifecycle.isAllowedEdge(from, to), `${from} → ${to}`).toBe(awsEdge(from, to))
    }
    for (const [name, code] of Object.entries(AWS_CODES)) expect(Lifecycle.stateFromCode(code)).toEqual({ Code: code, Name: name })
  })
})
