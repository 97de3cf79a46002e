/**
 * Savings Plans on the memory backend (`Hypervisor.purchaseSavingsPlan`): validation, amounts, the
 * queued → active → retired timeline, and their application through the world (`applyCommitments`).
 */
import { Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import { Pricing } from "@ec2kit/core"
import { describe, expect, it } from "vitest"
import { applyCommitments } from "../src/internal/Discounts.js"
import { purchaseSavingsPlan } from "../src/operations/savingsPlans.js"
import type { SavingsPlanInput } from "../src/SavingsPlans.js"
import { failure, makeWorld, type StorageWorld } from "./storageWorld.js"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const buy = (m: StorageWorld, input: SavingsPlanInput) => m.engine.transact((w) => purchaseSavingsPlan(w, input))
const plans = (m: StorageWorld) => m.engine.read((w) => JSON.stringify([...w.all("savingsPlans")]))

describe("purchaseSavingsPlan", () => {
  it("records a plan with AWS's members, amounts by payment option, and an ARN", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const noUp = yield* buy(m, { SavingsPlanType: "Compute", Commitment: 0.5 })
      expect(noUp).toMatchObject({
        SavingsPlanType: "Compute", PaymentOption: "No Upfront", Commitment: 0.5, Region: "us-east-1", TermDurationInSeconds: 31_536_000,
        Start: 0, End: 31_536_000_000, UpfrontPaymentAmount: 0, RecurringPaymentAmount: 0.5, State: "active"
      })
      expect(noUp.SavingsPlanArn).toBe(`arn:aws:savingsplans::123456789012:savingsplan/${noUp.SavingsPlanId}`)
      expect(noUp.Ec2InstanceFamily).toBeUndefined()
      const partial = yield* buy(m, { SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "m5", Commitment: 1, PaymentOption: "Partial Upfront", TermDurationInSeconds: 94_608_000 })
      expect(partial).toMatchObject({ Ec2InstanceFamily: "m5", UpfrontPaymentAmount: 0.5 * 26_280, RecurringPaymentAmount: 0.5 })
      const all = yield* buy(m, { SavingsPlanType: "Compute", Commitment: 0.25, PaymentOption: "All Upfront" })
      expect(all).toMatchObject({ UpfrontPaymentAmount: 0.25 * 8760, RecurringPaymentAmount: 0 })
    })))

  it("refuses bad input with ValidationException and records nothing", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const before = yield* plans(m)
      const bad: ReadonlyArray<SavingsPlanInput> = [
        { SavingsPlanType: "Compute", Commitment: 0 },
        { SavingsPlanType: "Compute", Commitment: 5000.5 },
        { SavingsPlanType: "Compute", Commitment: 0.0005 },
        { SavingsPlanType: "Compute", Commitment: 0.1234 },
        { SavingsPlanType: "Compute", Commitment: Number.NaN },
        { SavingsPlanType: "EC2Instance", Commitment: 1 },
        { SavingsPlanType: "EC2Instance", Commitment: 1, Ec2InstanceFamily: "M5!" },
        { SavingsPlanType: "Compute", Commitment: 1, Ec2InstanceFamily: "m5" },
        { SavingsPlanType: "Compute", Commitment: 1, TermDurationInSeconds: 1000 },
        { SavingsPlanType: "Compute", Commitment: 1, PurchaseTime: -1 },
        { SavingsPlanType: "Compute", Commitment: 1, PurchaseTime: 4 * 31_536_000_000 },
        { SavingsPlanType: "Lambda" as "Compute", Commitment: 1 },
        { SavingsPlanType: "Compute", Commitment: 1, PaymentOption: "Some Upfront" as "No Upfront" }
      ]
      for (const input of bad) expect((yield* failure(buy(m, input))).code).toBe("ValidationException")
      expect(yield* plans(m)).toBe(before)
    })))

  it("a queued plan becomes active at PurchaseTime; every plan retires at the end of its term", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const p = yield* buy(m, { SavingsPlanType: "Compute", Commitment: 1, PurchaseTime: 3_600_000 })
      const state = m.engine.read((w) => w.get("savingsPlans", p.SavingsPlanId)!.State)
      expect(p).toMatchObject({ State: "queued", Start: 3_600_000, End: 3_600_000 + 31_536_000_000 })
      yield* TestClock.adjust("1 hour")
      expect(yield* state).toBe("active")
      yield* TestClock.adjust("365 days")
      expect(yield* state).toBe("retired")
    })))

  it("the world's plans pay for matching usage up to their commitment; fees follow the plan", () =>
    run(Effect.gen(function*() {
      const m = yield* makeWorld()
      const p = yield* buy(m, { SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "m5", Commitment: 0.05 })
      const table = Pricing.usEast1
      const discount = table.SavingsPlanDiscounts!.find((d) => d.SavingsPlanType === "EC2Instance" && d.Years === 1 && d.PaymentOption === "No Upfront")!.Discount
      const result = yield* m.engine.read((w) =>
        applyCommitments(w, [
          { InstanceId: "i-1", InstanceType: "m5.large", AvailabilityZone: "us-east-1a", Platform: "Windows", Tenancy: "default", Market: "on-demand", HourStart: 0, Seconds: 3600, OnDemandRate: 0.096 },
          { InstanceId: "i-2", InstanceType: "c5.large", AvailabilityZone: "us-east-1a", Platform: "Linux/UNIX", Tenancy: "default", Market: "on-demand", HourStart: 0, Seconds: 3600, OnDemandRate: 0.085 }
        ], table, { From: 0, To: 3_600_000 })
      )
      // any OS of the family; the plan rate is (1 − discount) × on-demand, the commitment buys this much of the hour
      expect(result.covered).toHaveLength(1)
      expect(result.covered[0]).toMatchObject({ InstanceId: "i-1", By: "SavingsPlan", Id: p.SavingsPlanId, Cost: 0 })
      expect(result.covered[0]!.Seconds).toBeCloseTo(Math.min(3600, (0.05 / ((1 - discount) * 0.096)) * 3600), 6)
      expect(result.fees).toEqual([{
        By: "SavingsPlan", Id: p.SavingsPlanId, Time: 0, UsageType: "EC2SP:m5.1yrNoUpfront", Description: "Recurring fee, EC2Instance Savings Plan, USD 0.05/h, No Upfront",
        Quantity: 1, Unit: "Hrs", Rate: 0.05, Cost: 0.05
      }])
    })))
})
