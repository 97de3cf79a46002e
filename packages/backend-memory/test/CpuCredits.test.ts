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
})
