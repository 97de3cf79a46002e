/**
 * Properties of the CPU credit arithmetic (`internal/CreditModel.ts`) over random types, states and
 * sequences of pieces of constant conditions. At least 1,000 runs when CI is set.
 */
import { Duration, Effect, Option } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { InstanceTypeCatalogue } from "@ec2kit/core"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { type Advance, advance, type Conditions, type CreditRates, type CreditState, HOUR } from "../src/internal/CreditModel.js"
import { ratesOf, surplusCharges } from "../src/operations/cpuCredits.js"

const numRuns = process.env["CI"] ? 1_000 : 200
/** Whole-backend runs (a world each): as many in CI, fewer locally. */
const worldRuns = process.env["CI"] ? 1_000 : 40
const EPS = 1e-6

/** Every type with credit figures in the catalogue (T2/T3/T3a/T4g). */
const burstable: ReadonlyArray<readonly [string, CreditRates]> = InstanceTypeCatalogue.all().flatMap((i) =>
  i.burstable !== undefined && i.vCpus !== undefined
    ? [[i.instanceType, {
      Vcpus: i.vCpus,
      EarnedPerHour: i.burstable.cpuCreditsEarnedPerHour,
      Max: i.burstable.maximumEarnedCreditsAccrued,
      BaselinePercent: i.burstable.baselineUtilizationPerVcpuPercent
    }] as const]
    : []
)

const rates = fc.constantFrom(...burstable.map(([, r]) => r))

/** A valid state for `r` in `mode`: surplus only with an empty balance, launch credits only in standard. */
const stateFor = (r: CreditRates, mode: Conditions["Mode"]): fc.Arbitrary<CreditState> =>
  fc.record({
    balance: fc.double({ min: 0, max: r.Max, noNaN: true }),
    launch: mode === "standard" ? fc.constantFrom(0, 30 * r.Vcpus, 7.5) : fc.constant(0),
    surplus: mode === "unlimited" ? fc.double({ min: 0, max: r.Max, noNaN: true }) : fc.constant(0),
    pending: mode === "unlimited" ? fc.constantFrom(0, 0, 3.25) : fc.constant(0),
    useSurplus: fc.boolean()
  }).map((x) => ({
    Balance: x.useSurplus && mode === "unlimited" ? 0 : x.balance,
    LaunchCredits: x.launch,
    Surplus: x.useSurplus ? x.surplus : 0,
    PendingCharge: x.useSurplus ? x.pending : 0
  }))

const conditions: fc.Arbitrary<Conditions> = fc.record({
  Running: fc.constantFrom(true, true, true, false), // mostly running; stopped pieces still checked
  Mode: fc.constantFrom("standard" as const, "unlimited" as const),
  Utilization: fc.oneof(fc.constantFrom(0, 5, 10, 20, 40, 100), fc.double({ min: 0, max: 100, noNaN: true }))
})

/** A piece: conditions and a duration (ms, up to 3 days). */
const piece = fc.tuple(conditions, fc.oneof(fc.integer({ min: 0, max: 3 * 24 * HOUR }), fc.integer({ min: 0, max: 72 }).map((h) => h * HOUR)))

/** The members of a state within their bounds (launch credits outside the cap). */
const checkBounds = (r: CreditRates, s: CreditState) => {
  expect(s.Balance).toBeGreaterThanOrEqual(0)
  expect(s.Balance).toBeLessThanOrEqual(r.Max + EPS)
  expect(s.LaunchCredits).toBeGreaterThanOrEqual(0)
  expect(s.LaunchCredits).toBeLessThanOrEqual(30 * r.Vcpus + EPS)
  expect(s.Surplus).toBeGreaterThanOrEqual(0)
  expect(s.Surplus).toBeLessThanOrEqual(r.Max + EPS)
  expect(s.PendingCharge).toBeGreaterThanOrEqual(0)
}

const charged = (a: Advance) => a.Charges.reduce((x, c) => x + c.Credits, 0)

/** A scenario: rates, a start time (any ms), and pieces whose mode follows the state's. */
const scenario = rates.chain((r) =>
  fc.constantFrom("standard" as const, "unlimited" as const).chain((mode) =>
    fc.tuple(fc.constant(r), stateFor(r, mode), fc.oneof(fc.integer({ min: 0, max: 10 * 24 * HOUR }), fc.integer({ min: 0, max: 240 }).map((h) => h * HOUR)), fc.array(piece.map(([c, d]) => [{ ...c, Mode: mode }, d] as const), { minLength: 1, maxLength: 6 }))
  )
)

describe("CPU credit model (properties)", () => {
  it("the balance is never negative nor above the cap (+ launch credits); the surplus never above the 24-h maximum", () =>
    fc.assert(
      fc.property(scenario, ([r, s0, t0, pieces]) => {
        let s = s0
        let t = t0
        for (const [c, d] of pieces) {
          // also at a point inside the piece
          checkBounds(r, advance(r, s, c, t, t + Math.floor(d / 3)).State)
          const a = advance(r, s, c, t, t + d)
          checkBounds(r, a.State)
          s = a.State
          t += d
        }
      }),
      { numRuns }
    ))

  it("earned − forfeited − spent reconciles with the change of balance, surplus and charges", () =>
    fc.assert(
      fc.property(scenario, ([r, s0, t0, pieces]) => {
        let s = s0
        let t = t0
        for (const [c, d] of pieces) {
          const a = advance(r, s, c, t, t + d)
          const net = (x: CreditState) => x.Balance + x.LaunchCredits - x.Surplus - x.PendingCharge
          // surplus spent raises the debt; charges clear it
          expect(net(a.State) - net(s)).toBeCloseTo(a.Earned - a.Forfeited - a.Used + charged(a), 6)
          expect(a.Earned).toBeCloseTo(c.Running ? r.EarnedPerHour * d / HOUR : 0, 6)
          s = a.State
          t += d
        }
      }),
      { numRuns }
    ))

  it("standard mode never spends more than its balance plus its earnings, and never spends surplus", () =>
    fc.assert(
      fc.property(scenario, ([r, s0, t0, pieces]) => {
        let s = s0
        let t = t0
        for (const [c, d] of pieces) {
          const a = advance(r, s, c, t, t + d)
          if (c.Mode === "standard") {
            expect(a.Used).toBeLessThanOrEqual(s.Balance + s.LaunchCredits + a.Earned + EPS)
            expect(a.SurplusSpent).toBe(0)
            expect(a.Charges).toEqual([])
            // held to the baseline at worst: at least min(requested, baseline) utilisation is served
            const baseline = Math.min(c.Utilization, r.BaselinePercent)
            if (c.Running) expect(a.Used).toBeGreaterThanOrEqual((baseline / 100) * r.Vcpus * 60 * d / HOUR - EPS)
          }
          s = a.State
          t += d
        }
      }),
      { numRuns }
    ))

  it("unlimited mode serves the utilisation asked; surplus beyond the maximum is charged by the end of its clock hour", () =>
    fc.assert(
      fc.property(scenario, ([r, s0, t0, pieces]) => {
        let s = s0
        let t = t0
        for (const [c, d] of pieces) {
          const a = advance(r, s, c, t, t + d)
          if (c.Mode === "unlimited" && c.Running) {
            expect(a.Used).toBeCloseTo((c.Utilization / 100) * r.Vcpus * 60 * d / HOUR, 6)
            for (const ch of a.Charges) {
              expect(ch.Time % HOUR).toBe(0)
              expect(ch.Time).toBeGreaterThan(t)
              expect(ch.Time).toBeLessThanOrEqual(t + d)
              expect(ch.Credits).toBeGreaterThan(0)
            }
            // a piece that ends on a clock hour leaves nothing waiting; otherwise at most what it spent waits
            if (d > 0 && (t + d) % HOUR === 0) expect(a.State.PendingCharge).toBe(0)
            expect(a.State.PendingCharge).toBeLessThanOrEqual(s.PendingCharge + a.Used + EPS)
          }
          s = a.State
          t += d
        }
      }),
      { numRuns }
    ))

  it("is additive over adjacent pieces: [a, c) = [a, b) then [b, c)", () =>
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 1, noNaN: true }), ([r, s0, t0, pieces], f) => {
        const [c, d] = pieces[0]!
        const mid = t0 + Math.floor(d * f)
        const whole = advance(r, s0, c, t0, t0 + d)
        const left = advance(r, s0, c, t0, mid)
        const right = advance(r, left.State, c, mid, t0 + d)
        expect(right.State.Balance).toBeCloseTo(whole.State.Balance, 6)
        expect(right.State.LaunchCredits).toBeCloseTo(whole.State.LaunchCredits, 6)
        expect(right.State.Surplus).toBeCloseTo(whole.State.Surplus, 6)
        expect(right.State.PendingCharge).toBeCloseTo(whole.State.PendingCharge, 6)
        expect(left.Used + right.Used).toBeCloseTo(whole.Used, 6)
        expect(left.Earned + right.Earned).toBeCloseTo(whole.Earned, 6)
        const both = [...left.Charges, ...right.Charges]
        expect(both.map((x) => x.Time)).toEqual(whole.Charges.map((x) => x.Time))
        both.forEach((x, i) => expect(x.Credits).toBeCloseTo(whole.Charges[i]!.Credits, 6))
      }),
      { numRuns }
    ))

  it("the catalogue's figures hold the formulas the model relies on (earned/h = baseline × vCPUs × 60, cap = 24 h)", () => {
    expect(burstable.length).toBeGreaterThanOrEqual(28)
    for (const [name, r] of burstable) {
      expect([name, r.EarnedPerHour]).toEqual([name, expect.closeTo(r.BaselinePercent / 100 * r.Vcpus * 60, 6)])
      expect([name, r.Max]).toEqual([name, expect.closeTo(24 * r.EarnedPerHour, 6)])
    }
    expect(Option.getOrThrow(InstanceTypeCatalogue.lookup("t3.nano")).burstable).toEqual({
      cpuCreditsEarnedPerHour: 6,
      maximumEarnedCreditsAccrued: 144,
      baselineUtilizationPerVcpuPercent: 5
    })
  })
})

/** One step of a backend scenario. */
type Action =
  | { readonly _tag: "util"; readonly percent: number }
  | { readonly _tag: "wait"; readonly ms: number }
  | { readonly _tag: "stop" }
  | { readonly _tag: "start" }
  | { readonly _tag: "mode"; readonly mode: "standard" | "unlimited" }

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.constantFrom(0, 5, 20, 50, 100).map((percent) => ({ _tag: "util" as const, percent })), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 18 * HOUR }).map((ms) => ({ _tag: "wait" as const, ms })), weight: 4 },
  { arbitrary: fc.constant({ _tag: "stop" as const }), weight: 1 },
  { arbitrary: fc.constant({ _tag: "start" as const }), weight: 1 },
  { arbitrary: fc.constantFrom("standard" as const, "unlimited" as const).map((mode) => ({ _tag: "mode" as const, mode })), weight: 1 }
)

const backendTypes = ["t2.micro", "t2.large", "t3.nano", "t3.micro", "t3a.large", "t4g.small"] as const

describe("CPU credits on the memory backend (properties)", () => {
  it("metrics and charges are additive over adjacent windows, agree with each other and stay within the bounds", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...backendTypes),
        fc.array(action, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 1000 }),
        (instanceType, actions, cut) =>
          Effect.runPromise(Effect.scoped(Effect.gen(function*() {
            const m = yield* Ec2Memory.make({ seed: 1, delays: { instancePending: "immediate", instanceStopping: "immediate", instanceShuttingDown: "immediate" } })
            const arch = Option.getOrThrow(InstanceTypeCatalogue.lookup(instanceType)).architectures![0]
            const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === arch)!.ImageId)
            const r = yield* m.ec2.runInstances({ ImageId, InstanceType: instanceType, MinCount: 1, MaxCount: 1 })
            const id = r.Instances![0]!.InstanceId!
            for (const a of actions) {
              if (a._tag === "util") yield* m.hypervisor.setCpuUtilization(id, a.percent)
              else if (a._tag === "wait") yield* TestClock.adjust(Duration.millis(a.ms))
              else if (a._tag === "stop") yield* Effect.ignore(m.ec2.stopInstances({ InstanceIds: [id] }))
              else if (a._tag === "start") yield* Effect.ignore(m.ec2.startInstances({ InstanceIds: [id] }))
              else yield* m.ec2.modifyInstanceCreditSpecification({ InstanceCreditSpecifications: [{ InstanceId: id, CpuCredits: a.mode }] })
            }
            yield* TestClock.adjust(Duration.millis(1))
            const end = yield* m.engine.read((w) => w.now)
            // charges: exactly additive at any cut
            const mid = Math.floor((end * cut) / 1000)
            const [whole, left, right] = yield* m.engine.read((w) => [surplusCharges(w, 0, end + 1), surplusCharges(w, 0, mid), surplusCharges(w, mid, end + 1)] as const)
            expect([...left, ...right]).toEqual(whole)
            // metrics: additive over windows cut at a period boundary (hourly periods)
            const hourCut = Math.floor(mid / HOUR) * HOUR
            const all = yield* m.hypervisor.cpuCreditMetrics(id, { StartTime: 0, EndTime: end + 1, PeriodSeconds: 3600 })
            const a1 = yield* m.hypervisor.cpuCreditMetrics(id, { StartTime: 0, EndTime: Math.max(hourCut, 1), PeriodSeconds: 3600 })
            const a2 = yield* m.hypervisor.cpuCreditMetrics(id, { StartTime: hourCut, EndTime: end + 1, PeriodSeconds: 3600 })
            const sum = (ds: ReadonlyArray<{ readonly Value: number }>) => ds.reduce((x, d) => x + d.Value, 0)
            const left1 = hourCut === 0 ? { CPUCreditUsage: [], CPUSurplusCreditsCharged: [] } : a1
            expect(sum(left1.CPUCreditUsage) + sum(a2.CPUCreditUsage)).toBeCloseTo(sum(all.CPUCreditUsage), 6)
            expect(sum(left1.CPUSurplusCreditsCharged) + sum(a2.CPUSurplusCreditsCharged)).toBeCloseTo(sum(all.CPUSurplusCreditsCharged), 6)
            // the two views of the charges agree
            expect(sum(all.CPUSurplusCreditsCharged)).toBeCloseTo(whole.reduce((x, c) => x + c.Credits, 0), 6)
            // bounds: balance in [0, cap + launch credits], surplus in [0, 24-h maximum]
            const rates = ratesOf(instanceType)!
            for (const d of all.CPUCreditBalance) {
              expect(d.Value).toBeGreaterThanOrEqual(0)
              expect(d.Value).toBeLessThanOrEqual(rates.Max + 30 * rates.Vcpus + EPS)
            }
            for (const d of all.CPUSurplusCreditBalance) {
              expect(d.Value).toBeGreaterThanOrEqual(0)
              expect(d.Value).toBeLessThanOrEqual(rates.Max + EPS)
            }
            for (const d of all.CPUUtilization) expect(d.Value).toBeLessThanOrEqual(100 + EPS)
          })).pipe(Effect.provide(TestClock.layer())))
      ),
      { numRuns: worldRuns }
    )
  }, 600_000)
})
