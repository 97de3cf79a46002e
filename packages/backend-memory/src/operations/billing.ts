/**
 * The billing meter's Hypervisor control (issue 12 §4): `bill({ StartTime, EndTime, PriceTable? })`.
 * The usage it prices is kept by `internal/UsageLedger` (record observers, registered when this module
 * loads); the pricing is `internal/Meter`.
 *
 * @internal
 */
import { Effect } from "effect"
import { Ec2Error, Pricing } from "@ec2kit/core"
import type { BillOptions } from "../Billing.js"
import type { HypervisorShape } from "../Hypervisor.js"
import type { Engine, TimerHandler } from "../internal/Engine.js"
import { bill } from "../internal/Meter.js"
import { ledgerLoaded } from "../internal/UsageLedger.js"

// the ledger's observers must be registered before any world changes
void ledgerLoaded

const invalid = (message: string) => Ec2Error.make("InvalidParameterValue", message)

const isTime = (t: unknown): t is number => typeof t === "number" && Number.isSafeInteger(t) && t >= 0

/** Every rate of a table must be a finite number ≥ 0: a negative one would make a negative cost. */
const badRate = (table: Pricing.PriceTable): string | undefined => {
  const check = (name: string, v: unknown): string | undefined =>
    typeof v === "number" && Number.isFinite(v) && v >= 0 ? undefined : `Invalid value for PriceTable.${name}: a rate must be a finite number >= 0.`
  const maps = ["OnDemandHourly", "EbsStorageGbMonth", "EbsIopsMonth", "EbsThroughputMiBpsMonth", "DedicatedHostHourly", "SurplusCreditVcpuHourly"] as const
  for (const m of maps) {
    const rates = table[m]
    if (rates === undefined) continue
    if (typeof rates !== "object" || rates === null) return `Invalid value for PriceTable.${m}: expected a map of rates.`
    for (const [k, v] of Object.entries(rates)) {
      const bad = check(`${m}.${k}`, v)
      if (bad !== undefined) return bad
    }
  }
  for (const m of ["SnapshotGbMonth", "PublicIpv4Hourly"] as const) {
    if (table[m] !== undefined) {
      const bad = check(m, table[m])
      if (bad !== undefined) return bad
    }
  }
  return undefined
}

/** Checks a window (integers, start ≤ end ≤ now: a bill of the future is not known) and the table. */
const checkOptions = (options: BillOptions, now: number): Ec2Error.Ec2Error | undefined => {
  if (!isTime(options.StartTime)) return invalid(`Invalid value '${String(options.StartTime)}' for StartTime: expected epoch milliseconds >= 0.`)
  if (!isTime(options.EndTime)) return invalid(`Invalid value '${String(options.EndTime)}' for EndTime: expected epoch milliseconds >= 0.`)
  if (options.EndTime < options.StartTime) return invalid("The EndTime must not be before the StartTime.")
  if (options.EndTime > now) return invalid(`The EndTime (${options.EndTime}) is after the current time (${now}): usage after now is not known.`)
  if (options.PriceTable !== undefined) {
    const bad = badRate(options.PriceTable)
    if (bad !== undefined) return invalid(bad)
  }
  return undefined
}

/** The `Hypervisor` controls of this area. */
export const controls = (engine: Engine): Pick<HypervisorShape, "bill"> => ({
  bill: (options) =>
    engine.transact((w) =>
      Effect.suspend(() => {
        const bad = checkOptions(options, w.now)
        return bad !== undefined
          ? Effect.fail(bad)
          : Effect.sync(() => bill(w, options.PriceTable ?? Pricing.usEast1, options.StartTime, options.EndTime))
      })
    )
})

/** The timer handlers of this area (`Kind` → handler): the meter schedules nothing. */
export const timers: Readonly<Record<string, TimerHandler>> = {}
