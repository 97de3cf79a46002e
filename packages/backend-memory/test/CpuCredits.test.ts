import { Duration, Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { advance, type CreditRates, emptyState, HOUR } from "../src/internal/CreditModel.js"
import { surplusCharges } from "../src/operations/cpuCredits.js"
import { failure } from "./storageWorld.js"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

/** A world whose instances run at once (no pending delay), so phases start on clock hours. */
const world = () => Ec2Memory.make({ seed: 1, delays: { instancePending: "immediate", instanceStopping: "immediate", instanceShuttingDown: "immediate" } })

const launch = (m: Effect.Success<ReturnType<typeof world>>, InstanceType: string, extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
    const r = yield* m.ec2.runInstances({ ImageId, InstanceType, MinCount: 1, MaxCount: 1, ...extra })
    return r.Instances![0]!.InstanceId!
  })

const hours = (n: number) => TestClock.adjust(Duration.millis(n * HOUR))

const t3nano: CreditRates = { Vcpus: 2, EarnedPerHour: 6, Max: 144, BaselinePercent: 5 }

describe("credit model", () => {
  // AWS's "Example 1: Explain credit use with T3 Unlimited" (UG23 unlimited-mode-examples.md): a t3.nano
  // launched unlimited; P1 idle 24 h, P2 2.5 % 12 h, P3 7 % 24 h, P4 2.5 % 12 h, P5 100 % 5 h, P6 5 % 13 h,
  // P7 idle 24 h.
  it("reproduces AWS's t3.nano unlimited example (P1–P7)", () => {
    const phases: ReadonlyArray<readonly [number, number]> = [[0, 24], [2.5, 12], [7, 24], [2.5, 12], [100, 5], [5, 13], [0, 24]]
    let s = emptyState
    let t = 0
    const after: Array<{ balance: number; surplus: number; charged: number }> = []
    for (const [u, h] of phases) {
      const a = advance(t3nano, s, { Running: true, Mode: "unlimited", Utilization: u }, t, t + h * HOUR)
      s = a.State
      t += h * HOUR
      after.push({ balance: s.Balance, surplus: s.Surplus, charged: a.Charges.reduce((x, c) => x + c.Credits, 0) })
    }
    // P1: "the CPUCreditBalance value reaches its maximum of 144"
    expect(after[0]!.balance).toBeCloseTo(144, 9)
    // P2: "cannot exceed its maximum of 144 credits"
    expect(after[1]!.balance).toBeCloseTo(144, 9)
    // P3: "a spend of 57.6 credits … reduces to 86.4 credits"
    expect(after[2]!.balance).toBeCloseTo(86.4, 9)
    // P4: "increases to 122 credits" (122.4)
    expect(after[3]!.balance).toBeCloseTo(122.4, 9)
    // P5: 570 credits net of earnings, 448 surplus, 144 kept, "an additional charge at the end of the hour for
    // 304 credits" (303.6 exactly: 5 h × (120 − 6) − 122.4 − 144)
    expect(after[4]!.balance).toBe(0)
    expect(after[4]!.surplus).toBeCloseTo(144, 9)
    expect(after[4]!.charged).toBeCloseTo(303.6, 9)
    // P6: "The CPUSurplusCreditBalance value remains at 144 credits"
    expect(after[5]!.surplus).toBeCloseTo(144, 9)
    expect(after[5]!.charged).toBe(0)
    // P7: 144 credits earned pay the surplus down
    expect(after[6]!.surplus).toBeCloseTo(0, 9)
    expect(after[6]!.charged).toBe(0)
  })

  it("standard mode holds an empty balance to the baseline", () => {
    const a = advance(t3nano, { ...emptyState, Balance: 12 }, { Running: true, Mode: "standard", Utilization: 100 }, 0, 2 * HOUR)
    // 12 credits last 12 / (120 − 6) h, then it spends exactly what it earns (6/h)
    const drain = 12 / 114
    expect(a.State.Balance).toBe(0)
    expect(a.Used).toBeCloseTo(120 * drain + 6 * (2 - drain), 9)
    expect(a.Charges).toEqual([])
  })
})

describe("CPU credits on the memory backend", () => {
  it("surplusCharges: the AWS t3.nano example's P5 charge at the ends of the hours, and the rest at the stop", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "t3.nano")
      const phases: ReadonlyArray<readonly [number, number]> = [[0, 24], [2.5, 12], [7, 24], [2.5, 12], [100, 5]]
      for (const [u, h] of phases) {
        yield* m.hypervisor.setCpuUtilization(id, u)
        yield* hours(h)
      }
      const charges = yield* m.engine.read((w) => surplusCharges(w, 0, 100 * HOUR))
      // the surplus reaches 144 at 72 h + 122.4/114 h + 144/114 h; the excess is charged at 75, 76 and 77 h
      expect(charges.map((c) => c.Time)).toEqual([75 * HOUR, 76 * HOUR, 77 * HOUR])
      expect(charges.every((c) => c.InstanceId === id && c.InstanceType === "t3.nano")).toBe(true)
      expect(charges.reduce((x, c) => x + c.Credits, 0)).toBeCloseTo(303.6, 9)
      // additive over adjacent windows
      const split = yield* m.engine.read((w) => [...surplusCharges(w, 0, 76 * HOUR), ...surplusCharges(w, 76 * HOUR, 100 * HOUR)])
      expect(split).toEqual(charges)
      // a stop charges the 144 surplus credits at once
      yield* hours(0.5)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      const atStop = yield* m.engine.read((w) => surplusCharges(w, 77 * HOUR + 1, 100 * HOUR))
      // half an hour more at 100 %: 57 more surplus credits, charged at the stop with the 144
      expect(atStop.map((c) => c.Time)).toEqual([77.5 * HOUR])
      expect(atStop[0]!.Credits).toBeCloseTo(144 + 57, 9)
    })))

  it("setCpuUtilization refuses bad input and unknown or non-burstable instances", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const t3 = yield* launch(m, "t3.micro")
      const m5 = yield* launch(m, "m5.large")
      expect((yield* failure(m.hypervisor.setCpuUtilization(t3, 101))).code).toBe("InvalidParameterValue")
      expect((yield* failure(m.hypervisor.setCpuUtilization(t3, Number.NaN))).code).toBe("InvalidParameterValue")
      expect((yield* failure(m.hypervisor.setCpuUtilization("i-0123456789abcdef0", 10))).code).toBe("InvalidInstanceID.NotFound")
      expect(yield* failure(m.hypervisor.setCpuUtilization(m5, 10))).toEqual({
        code: "InstanceCreditSpecification.NotSupported",
        message: "The m5.large instance type does not support T2 Unlimited."
      })
    })))

  it("T2 standard: 30 launch credits per vCPU at each launch and start, spent first, lost at a stop; none in unlimited", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "t2.micro") // 1 vCPU, 6 credits/h, cap 144
      const balanceAt = (h: number) =>
        Effect.map(m.hypervisor.cpuCreditMetrics(id, { StartTime: h * HOUR - 300_000, EndTime: h * HOUR }), (x) => x.CPUCreditBalance.at(-1)?.Value)
      yield* hours(1)
      // idle: 30 launch credits + 6 earned
      expect(yield* balanceAt(1)).toBeCloseTo(36, 9)
      // 100 % for 20 min: 20 credits, all from the launch credits; 2 more earned
      yield* m.hypervisor.setCpuUtilization(id, 100)
      yield* hours(1 / 3)
      yield* m.hypervisor.setCpuUtilization(id, 0)
      yield* hours(2 / 3)
      expect(yield* balanceAt(2)).toBeCloseTo(10 + 12, 9)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* hours(1)
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* hours(1)
      // the stop lost everything; the start granted 30 again
      expect(yield* balanceAt(4)).toBeCloseTo(30 + 6, 9)
      // standard → unlimited removes the launch credits, keeps the earned ones
      yield* m.ec2.modifyInstanceCreditSpecification({ InstanceCreditSpecifications: [{ InstanceId: id, CpuCredits: "unlimited" }] })
      yield* hours(1)
      expect(yield* balanceAt(5)).toBeCloseTo(12, 9)
      // a T2 launched unlimited gets none
      const u = yield* launch(m, "t2.micro", { CreditSpecification: { CpuCredits: "unlimited" } })
      yield* hours(1)
      const mu = yield* m.hypervisor.cpuCreditMetrics(u, { StartTime: 5 * HOUR, EndTime: 6 * HOUR })
      expect(mu.CPUCreditBalance.at(-1)?.Value).toBeCloseTo(6, 9)
    })))

  it("T2 launch credits: at most 100 launches or starts per account in a rolling 24 hours receive them", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
      const r = yield* m.ec2.runInstances({ ImageId, InstanceType: "t2.nano", MinCount: 101, MaxCount: 101 })
      const ids = r.Instances!.map((i) => i.InstanceId!)
      yield* hours(0.5)
      const balances = yield* Effect.forEach(ids, (id) =>
        Effect.map(m.hypervisor.cpuCreditMetrics(id, { StartTime: 0, EndTime: HOUR }), (x) => x.CPUCreditBalance.at(-1)!.Value))
      // t2.nano: 1 vCPU → 30 launch credits; 1.5 credits earned in 30 min
      expect(balances.filter((b) => Math.abs(b - 31.5) < 1e-9).length).toBe(100)
      expect(balances.filter((b) => Math.abs(b - 1.5) < 1e-9).length).toBe(1)
      // a day later the window has moved on: a start receives them again
      yield* m.ec2.stopInstances({ InstanceIds: [ids[0]!] })
      yield* hours(24)
      yield* m.ec2.startInstances({ InstanceIds: [ids[0]!] })
      yield* hours(0.5)
      const after = yield* m.hypervisor.cpuCreditMetrics(ids[0]!, { StartTime: 24.5 * HOUR, EndTime: 25 * HOUR })
      expect(after.CPUCreditBalance.at(-1)!.Value).toBeCloseTo(31.5, 9)
    })))

  it("T3 keeps its accrued credits for 7 days after a stop, loses them after", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "t3.micro", { CreditSpecification: { CpuCredits: "standard" } }) // 2 vCPUs, 12/h, cap 288
      yield* hours(30)
      const balance = (from: number) =>
        Effect.map(m.hypervisor.cpuCreditMetrics(id, { StartTime: from * HOUR, EndTime: from * HOUR + 300_000 }), (x) => x.CPUCreditBalance[0]?.Value)
      expect(yield* balance(29.9)).toBeCloseTo(288, 9)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* hours(6 * 24)
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* hours(1 / 12)
      expect(yield* balance(30 + 6 * 24)).toBeCloseTo(288, 9)
      yield* m.ec2.stopInstances({ InstanceIds: [id] })
      yield* hours(7 * 24)
      yield* m.ec2.startInstances({ InstanceIds: [id] })
      yield* hours(1 / 12)
      // 5 min after the start: only what it earned since (1 credit)
      expect(yield* balance(30 + 1 / 12 + 13 * 24)).toBeCloseTo(1, 9)
    })))

  it("unlimited → standard charges the surplus at once and keeps the balance; standard is then held to the baseline", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "t3.micro") // unlimited by default; 2 vCPUs, 12/h, baseline 10 %
      yield* m.hypervisor.setCpuUtilization(id, 60)
      yield* hours(1)
      // spent 72, earned 12: 60 surplus
      const before = yield* m.hypervisor.cpuCreditMetrics(id, { StartTime: 0, EndTime: HOUR })
      expect(before.CPUSurplusCreditBalance.at(-1)!.Value).toBeCloseTo(60, 9)
      expect(before.CPUUtilization.every((d) => Math.abs(d.Value - 60) < 1e-9)).toBe(true)
      expect(before.CPUCreditUsage.length).toBe(12)
      before.CPUCreditUsage.forEach((d, i) => expect(d).toEqual({ Timestamp: i * 300_000, Value: expect.closeTo(6, 9) }))
      yield* m.ec2.modifyInstanceCreditSpecification({ InstanceCreditSpecifications: [{ InstanceId: id, CpuCredits: "standard" }] })
      const charges = yield* m.engine.read((w) => surplusCharges(w, 0, 2 * HOUR))
      expect(charges).toEqual([{ InstanceId: id, InstanceType: "t3.micro", Time: HOUR, Credits: expect.closeTo(60, 9) }])
      yield* hours(1)
      const after = yield* m.hypervisor.cpuCreditMetrics(id, { StartTime: HOUR, EndTime: 2 * HOUR })
      expect(after.CPUSurplusCreditsCharged[0]!.Value).toBeCloseTo(60, 9)
      expect(after.CPUSurplusCreditBalance.every((d) => d.Value === 0)).toBe(true)
      expect(after.CPUCreditBalance.every((d) => d.Value === 0)).toBe(true)
      // held to the 10 % baseline
      expect(after.CPUUtilization.every((d) => Math.abs(d.Value - 10) < 1e-9)).toBe(true)
    })))

  it("cpuCreditMetrics refuses unknown and non-burstable instances and bad windows (CloudWatch's codes)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const t3 = yield* launch(m, "t3.micro")
      const m5 = yield* launch(m, "m5.large")
      const w = { StartTime: 0, EndTime: HOUR }
      expect((yield* failure(m.hypervisor.cpuCreditMetrics("i-0123456789abcdef0", w))).code).toBe("InvalidInstanceID.NotFound")
      expect((yield* failure(m.hypervisor.cpuCreditMetrics(m5, w))).code).toBe("InstanceCreditSpecification.NotSupported")
      expect(yield* failure(m.hypervisor.cpuCreditMetrics(t3, { StartTime: HOUR, EndTime: HOUR }))).toEqual({
        code: "InvalidParameterValue",
        message: "The parameter StartTime must be less than the parameter EndTime."
      })
      expect((yield* failure(m.hypervisor.cpuCreditMetrics(t3, { ...w, PeriodSeconds: 60 }))).code).toBe("InvalidParameterValue")
      expect(yield* failure(m.hypervisor.cpuCreditMetrics(t3, { StartTime: 0, EndTime: 6 * 24 * HOUR }))).toEqual({
        code: "InvalidParameterCombination",
        message: "You have requested up to 1728 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range."
      })
      // a stopped instance has no datapoints (CloudWatch has no data for it); a terminated one keeps its history
      yield* hours(1)
      yield* m.ec2.terminateInstances({ InstanceIds: [t3] })
      yield* hours(3)
      const x = yield* m.hypervisor.cpuCreditMetrics(t3, { StartTime: 0, EndTime: 4 * HOUR, PeriodSeconds: 3600 })
      expect(x.CPUCreditBalance).toEqual([{ Timestamp: 0, Value: expect.closeTo(12, 9) }])
    })))

  it("a window starting on the clock hour of an end-of-hour charge reports that charge (regression: it was dropped)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "arm64")!.ImageId)
      const id = (yield* m.ec2.runInstances({ ImageId, InstanceType: "t4g.small", MinCount: 1, MaxCount: 1 })).Instances![0]!.InstanceId!
      // t4g.small: 2 vCPUs, 24/h, maximum 576; at 100 % the surplus grows 96/h, reaches 576 at 6 h; 96 charged at 7 h
      yield* m.hypervisor.setCpuUtilization(id, 100)
      yield* hours(7.5)
      const x = yield* m.hypervisor.cpuCreditMetrics(id, { StartTime: 7 * HOUR, EndTime: 8 * HOUR, PeriodSeconds: 3600 })
      expect(x.CPUSurplusCreditsCharged).toEqual([{ Timestamp: 7 * HOUR, Value: expect.closeTo(96, 9) }])
    })))

  it("terminate charges the surplus; the charge stays listed after the instance vanished", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "t3.micro") // 2 vCPUs, 12/h
      yield* m.hypervisor.setCpuUtilization(id, 25)
      yield* hours(2) // spends 30/h, earns 12/h: 36 surplus
      yield* m.ec2.terminateInstances({ InstanceIds: [id] })
      expect(yield* m.engine.read((w) => surplusCharges(w, 0, 3 * HOUR))).toEqual([
        { InstanceId: id, InstanceType: "t3.micro", Time: 2 * HOUR, Credits: expect.closeTo(36, 9) }
      ])
      expect((yield* failure(m.hypervisor.setCpuUtilization(id, 10))).code).toBe("IncorrectInstanceState")
      yield* hours(3)
      expect(yield* m.engine.read((w) => w.get("instances", id))).toBeUndefined()
      expect((yield* m.engine.read((w) => surplusCharges(w, 0, 3 * HOUR))).map((c) => c.Credits)).toEqual([expect.closeTo(36, 9)])
    })))

  it("a snapshot keeps the credit history: a world restored from it answers the same series and charges", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = yield* launch(m, "t3.nano")
      yield* m.hypervisor.setCpuUtilization(id, 100)
      yield* hours(3)
      yield* m.hypervisor.setCpuUtilization(id, 0)
      yield* hours(1)
      const window = { StartTime: 0, EndTime: 4 * HOUR, PeriodSeconds: 3600 }
      const before = yield* m.hypervisor.cpuCreditMetrics(id, window)
      const charges = yield* m.engine.read((w) => surplusCharges(w, 0, 4 * HOUR))
      const bytes = yield* m.hypervisor.snapshot
      const r = yield* Ec2Memory.make({ seed: 2, snapshot: bytes })
      expect(yield* r.hypervisor.cpuCreditMetrics(id, window)).toEqual(before)
      expect(yield* r.engine.read((w) => surplusCharges(w, 0, 4 * HOUR))).toEqual(charges)
      expect(charges.length).toBeGreaterThan(0)
    })))
})
