/**
 * Savings Plans as a billing construct of the in-memory backend (issue 12 §3): there is no EC2 API for
 * them (they belong to the `savingsplans` service), so `Hypervisor.purchaseSavingsPlan` records one and
 * the billing meter applies it after Reserved Instances — EC2 Instance Savings Plans before Compute
 * Savings Plans (https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-applying.html, read 2026-12-06).
 *
 * A plan commits to `Commitment` USD per hour for its term (1 or 3 years), used or not; in each clock-hour
 * it pays for eligible on-demand usage at the plan rate (the on-demand rate less the price table's
 * `SavingsPlanDiscounts` entry — unverified figures, see docs/purchasing/reserved-instances.md) up to the
 * commitment; the rest is billed on demand. Compute plans cover any family, size, AZ, OS and tenancy;
 * EC2 Instance plans one family (`Ec2InstanceFamily`). Neither covers Spot. Payment: All Upfront (the
 * whole term's commitment at the start), Partial Upfront (half at the start — AWS requires at least
 * half — and half hourly), No Upfront (hourly).
 *
 * @example
 * ```ts
 * import { Hypervisor } from "@ec2kit/backend-memory"
 * import { Effect } from "effect"
 * const commit = Effect.gen(function*() {
 *   const hv = yield* Hypervisor.Hypervisor
 *   return yield* hv.purchaseSavingsPlan({ SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "m5", Commitment: 0.5 })
 * })
 * ```
 *
 * @since 0.2.0
 */

/**
 * `Hypervisor.purchaseSavingsPlan` input (names as the `savingsplans` API's, in PascalCase).
 *
 * @since 0.2.0
 * @category models
 */
export interface SavingsPlanInput {
  /** `Compute` (any EC2 usage) or `EC2Instance` (one family in the Region). */
  readonly SavingsPlanType: "Compute" | "EC2Instance"
  /** USD per hour, 0.001–5,000 with at most 3 decimals (ec2kit's bounds; see the docs). */
  readonly Commitment: number
  /** The family an `EC2Instance` plan covers, e.g. `m5` (required for it, refused for `Compute`). */
  readonly Ec2InstanceFamily?: string
  /** 31,536,000 (1 year, the default) or 94,608,000 (3 years). */
  readonly TermDurationInSeconds?: number
  /** Default `No Upfront`. */
  readonly PaymentOption?: "No Upfront" | "Partial Upfront" | "All Upfront"
  /** Epoch ms of virtual time to start the plan (queued until then); default now. */
  readonly PurchaseTime?: number
}

/**
 * A Savings Plan of the world.
 *
 * @since 0.2.0
 * @category models
 */
export interface SavingsPlan {
  /** A uuid, as AWS's. */
  readonly SavingsPlanId: string
  /** `arn:aws:savingsplans::<account>:savingsplan/<id>`. */
  readonly SavingsPlanArn: string
  readonly SavingsPlanType: "Compute" | "EC2Instance"
  readonly PaymentOption: "No Upfront" | "Partial Upfront" | "All Upfront"
  readonly Commitment: number
  readonly Ec2InstanceFamily?: string
  readonly Region: string
  readonly TermDurationInSeconds: number
  /** Epoch ms. */
  readonly Start: number
  /** Epoch ms. */
  readonly End: number
  /** USD paid at `Start`. */
  readonly UpfrontPaymentAmount: number
  /** USD per hour of the term. */
  readonly RecurringPaymentAmount: number
  /** `queued` before `Start`, `active` during the term, `retired` after. */
  readonly State: "payment-pending" | "active" | "retired" | "queued"
}
