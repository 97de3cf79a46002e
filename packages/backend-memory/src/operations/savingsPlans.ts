/**
 * `Hypervisor.purchaseSavingsPlan` (issue 12 §3; see the public module `SavingsPlans`): validates a
 * commitment, records it and moves its `State` by timers (`queued` → `active` at `Start`, `retired` at `End`).
 *
 * Rules: terms of 1 or 3 years and the three payment options (purchasing-facts §6.2, AWS CLI `savingsplans`
 * docs); Partial Upfront pays half upfront (AWS: "at least half", ec2kit: exactly half); the commitment
 * is 0.001–5,000 USD/h ("anywhere from $0.001 to $5,000", cloudburn.io/blog/compute-savings-plans, read
 * 2026-12-06, second-hand) with at most 3 decimals (unverified); a queued start is at most 3 years ahead
 * (as RI queueing, unverified for plans). Errors use the savingsplans API's `ValidationException`.
 *
 * @internal
 */
import { Effect } from "effect"
import { Ec2Error } from "@ec2kit/core"
import type { TimerHandler } from "../internal/Engine.js"
import type { SavingsPlanRecord } from "../internal/records/Purchasing.js"
import type { World } from "../internal/World.js"
import type { SavingsPlan, SavingsPlanInput } from "../SavingsPlans.js"

const YEAR_S = 31_536_000
const invalid = (message: string) => Ec2Error.fail("ValidationException", message)

const planOut = (p: SavingsPlanRecord): SavingsPlan => p

/** Purchases a Savings Plan (see the module comment). */
export const purchaseSavingsPlan = (w: World, input: SavingsPlanInput) =>
  Effect.gen(function*() {
    if (input.SavingsPlanType !== "Compute" && input.SavingsPlanType !== "EC2Instance") {
      return yield* invalid(`Invalid SavingsPlanType: ${String(input.SavingsPlanType)}. Expected Compute or EC2Instance.`)
    }
    const c = input.Commitment
    if (typeof c !== "number" || !Number.isFinite(c) || c < 0.001 || c > 5000 || Math.abs(Math.round(c * 1000) - c * 1000) > 1e-6) {
      return yield* invalid(`Invalid commitment: ${String(c)}. The commitment is USD per hour from 0.001 to 5000 with at most 3 decimals.`)
    }
    const family = input.Ec2InstanceFamily
    if (input.SavingsPlanType === "EC2Instance" && (family === undefined || !/^[a-z][a-z0-9-]*$/.test(family))) {
      return yield* invalid("An EC2Instance Savings Plan needs Ec2InstanceFamily, an instance family such as m5.")
    }
    if (input.SavingsPlanType === "Compute" && family !== undefined) {
      return yield* invalid("Ec2InstanceFamily applies to EC2Instance Savings Plans only.")
    }
    const term = input.TermDurationInSeconds ?? YEAR_S
    if (term !== YEAR_S && term !== 3 * YEAR_S) {
      return yield* invalid(`Invalid TermDurationInSeconds: ${String(term)}. Expected ${YEAR_S} or ${3 * YEAR_S}.`)
    }
    const payment = input.PaymentOption ?? "No Upfront"
    if (payment !== "No Upfront" && payment !== "Partial Upfront" && payment !== "All Upfront") {
      return yield* invalid(`Invalid PaymentOption: ${String(payment)}.`)
    }
    const start = input.PurchaseTime ?? w.now
    if (!Number.isFinite(start) || start < w.now || start > w.now + 3 * YEAR_S * 1000) {
      return yield* invalid("PurchaseTime must be between now and 3 years from now.")
    }
    const hours = term / 3600
    const upfrontShare = payment === "All Upfront" ? 1 : payment === "Partial Upfront" ? 0.5 : 0
    const id = w.uuid()
    const plan: SavingsPlanRecord = {
      SavingsPlanId: id,
      SavingsPlanArn: `arn:aws:savingsplans::${w.meta.AccountId}:savingsplan/${id}`,
      SavingsPlanType: input.SavingsPlanType,
      PaymentOption: payment,
      Commitment: c,
      ...(family !== undefined ? { Ec2InstanceFamily: family } : {}),
      Region: w.meta.Region,
      TermDurationInSeconds: term,
      Start: start,
      End: start + term * 1000,
      UpfrontPaymentAmount: Math.round(c * hours * upfrontShare * 100) / 100,
      RecurringPaymentAmount: c * (1 - upfrontShare),
      State: start > w.now ? "queued" : "active"
    }
    w.put("savingsPlans", plan)
    if (start > w.now) w.schedule(START, id, start - w.now)
    w.schedule(RETIRE, id, plan.End - w.now)
    return planOut(plan)
  })

const START = "savingsPlanStart"
const RETIRE = "savingsPlanRetire"

/** Timer handlers: a queued plan starts, a plan retires at the end of its term. */
export const timers: Readonly<Record<string, TimerHandler>> = {
  [START]: (w, t) => {
    const p = w.get("savingsPlans", t.Target)
    if (p !== undefined && p.State === "queued") w.put("savingsPlans", { ...p, State: "active" })
  },
  [RETIRE]: (w, t) => {
    const p = w.get("savingsPlans", t.Target)
    if (p !== undefined && p.State !== "retired") w.put("savingsPlans", { ...p, State: "retired" })
  }
}
