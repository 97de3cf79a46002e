/**
 * The billing meter of the in-memory backend (issue 12 §4): usage and cost of any virtual-time window,
 * per resource and per line item, the way an AWS bill (the Cost and Usage Report) reads it.
 *
 * `Hypervisor.bill({ StartTime, EndTime })` prices the usage the meter recorded in `[StartTime, EndTime)`
 * with a {@link PriceTable} (the shipped `Pricing.usEast1` unless one is passed). Every number is
 * exact (no rounding): bills of adjacent windows add up to the bill of their union; round only to
 * display (AWS shows USD to the cent on the invoice, more digits in the CUR).
 *
 * Usage types are AWS's CUR `lineItem/UsageType` values for us-east-1 (no Region prefix there), e.g.
 * `BoxUsage:t3.micro`, `SpotUsage:t3.micro`, `EBS:VolumeUsage.gp3`, `PublicIPv4:InUseAddress`. The rules
 * and their sources are in docs/purchasing/billing.md.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hypervisor } from "@ec2kit/backend-memory"
 *
 * const monthOf = (start: number) => Effect.gen(function*() {
 *   const hv = yield* Hypervisor.Hypervisor
 *   const bill = yield* hv.bill({ StartTime: start, EndTime: start + 30 * 86_400_000 })
 *   for (const line of bill.LineItems) console.log(line.ResourceId, line.UsageType, line.Quantity, line.Unit, line.Cost)
 *   return bill.Total
 * })
 * ```
 *
 * @since 0.2.0
 */
import type { Pricing } from "@ec2kit/core"

/**
 * A price table (`@ec2kit/core` `Pricing.PriceTable`), re-exported for the bill's options.
 *
 * @since 0.2.0
 * @category models
 */
export type PriceTable = Pricing.PriceTable

/**
 * What `Hypervisor.bill` takes.
 *
 * @since 0.2.0
 * @category models
 */
export interface BillOptions {
  /** Window start, epoch ms of virtual time (inclusive). */
  readonly StartTime: number
  /** Window end, epoch ms of virtual time (exclusive); at most the hypervisor's current time. */
  readonly EndTime: number
  /** The prices to use; the shipped `Pricing.usEast1` when absent. */
  readonly PriceTable?: PriceTable
}

/**
 * The unit of a line item's `Quantity`, as AWS's CUR `pricing/unit` spells it. `Hrs`: hours (instance,
 * host, capacity-reservation and IP-address hours); `GB-Mo`, `IOPS-Mo`, `MiBps-Mo`: provisioned
 * amounts over a 30-day month (prorated per second); `vCPU-Hours`: surplus CPU credits / 60; `Quantity`:
 * a one-off count (an upfront fee).
 *
 * @since 0.2.0
 * @category models
 */
export type UsageUnit = "Hrs" | "GB-Mo" | "IOPS-Mo" | "MiBps-Mo" | "vCPU-Hours" | "Quantity"

/**
 * What a line item is, as the CUR's `lineItem/LineItemType`: `Usage` at the public rate (on-demand or
 * Spot), `DiscountedUsage` covered by a Reserved Instance, `SavingsPlanCoveredUsage` covered by a Savings
 * Plan, `RIFee` (a Reserved Instance's hourly or unused-hour charge), `Fee` (an upfront payment),
 * `SavingsPlanRecurringFee` (a plan's hourly commitment, used or not).
 *
 * @since 0.2.0
 * @category models
 */
export type LineItemType =
  | "Usage"
  | "DiscountedUsage"
  | "SavingsPlanCoveredUsage"
  | "RIFee"
  | "Fee"
  | "SavingsPlanRecurringFee"

/**
 * The kind of resource a line item is for.
 *
 * @since 0.2.0
 * @category models
 */
export type BilledResourceType =
  | "instance"
  | "volume"
  | "snapshot"
  | "public-ipv4"
  | "dedicated-host"
  | "capacity-reservation"
  | "reserved-instances"
  | "savings-plan"

/**
 * One line of a bill: one resource's usage of one usage type at one rate in the window. A resource
 * whose rate changed in the window (a Spot price move) has one line per rate.
 *
 * @since 0.2.0
 * @category models
 */
export interface LineItem {
  /** The resource (`i-…`, `vol-…`, `snap-…`, the public IPv4 address, `h-…`, `cr-…`, the RI or plan id). */
  readonly ResourceId: string
  /** Its kind. */
  readonly ResourceType: BilledResourceType
  /** The CUR line item type. */
  readonly LineItemType: LineItemType
  /** AWS's usage type, e.g. `BoxUsage:t3.micro`, `EBS:VolumeP-IOPS.gp3`, `HostUsage:m5`. */
  readonly UsageType: string
  /** AWS's operation, e.g. `RunInstances`, `CreateVolume-Gp3`, `CreateSnapshot`, `AllocateHosts`. */
  readonly Operation: string
  /** A sentence as on the bill, e.g. `$0.0104 per On Demand Linux t3.micro Instance Hour`. */
  readonly Description: string
  /** First instant of the window this line has usage in (epoch ms). */
  readonly UsageStartTime: number
  /** End of the last usage in the window this line has (epoch ms, exclusive). */
  readonly UsageEndTime: number
  /** How much was used, exact (e.g. 0.5 Hrs for 30 minutes). */
  readonly Quantity: number
  /** The unit of `Quantity`. */
  readonly Unit: UsageUnit
  /** USD (the table's currency) per unit; absent when the line is unpriced. */
  readonly Rate?: number
  /** `Rate × Quantity`, exact; 0 when unpriced. Never negative. */
  readonly Cost: number
  /** Why the line has no price (the table has no rate for it); the bill never guesses one. */
  readonly Unpriced?: string
  /** The Reserved Instance or Savings Plan that covered this usage (for the discounted types). */
  readonly CoveredBy?: string
}

/**
 * One resource's total in the window.
 *
 * @since 0.2.0
 * @category models
 */
export interface ResourceCost {
  readonly ResourceId: string
  readonly ResourceType: BilledResourceType
  /** Sum of its line items' `Cost`, exact. */
  readonly Cost: number
  /** How many of its line items are unpriced. */
  readonly UnpricedLineItems: number
}

/**
 * The bill of a window.
 *
 * @since 0.2.0
 * @category models
 */
export interface Bill {
  /** Window start (epoch ms, inclusive). */
  readonly StartTime: number
  /** Window end (epoch ms, exclusive). */
  readonly EndTime: number
  /** The price table's Region. */
  readonly Region: string
  /** The price table's currency (`USD`). */
  readonly Currency: string
  /** The price table's date (`YYYY-MM-DD`). */
  readonly PriceTableDate: string
  /** The line items, ordered by resource id, then usage type, then usage start. */
  readonly LineItems: ReadonlyArray<LineItem>
  /** Per-resource totals, ordered by resource id. */
  readonly Resources: ReadonlyArray<ResourceCost>
  /** Sum of every line's `Cost`, exact (unpriced lines add 0: see `UnpricedLineItems`). */
  readonly Total: number
  /** How many line items are unpriced; when > 0 the total is a lower bound. */
  readonly UnpricedLineItems: number
}
