/**
 * A price table (`@ec2kit/core` `Pricing.PriceTable`) as JSON: the schema that checks a user's own
 * table where one crosses a process boundary — the `PriceTable` of `POST /_ec2kit/hypervisor/bill` and
 * the file of `ec2kit cost --prices FILE`. A table that does not match is refused with the member at
 * fault; nothing is guessed (an absent optional member leaves those items unpriced on the bill).
 *
 * @example
 * ```ts
 * import { PriceTableJson } from "@ec2kit/api-server"
 * import { Result } from "effect"
 *
 * const table = PriceTableJson.decode({
 *   Region: "eu-west-1", Currency: "USD", EffectiveDate: "2026-07-20", Sources: ["my rates"],
 *   OnDemandHourly: { "m5.large": 0.107 }
 * })
 * Result.isSuccess(table) // true
 * ```
 * @since 0.2.0
 */
import type { Pricing } from "@ec2kit/core"
import { Result, Schema } from "effect"

/** A price: finite and not negative (a negotiated rate may be 0). */
const Usd = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))
const Ratio = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 1 }))
const Rates = Schema.Record(Schema.String, Usd)
const OfferingClass = Schema.Literals(["standard", "convertible"])
const Years = Schema.Literals([1, 3])
const Payment = Schema.Literals(["No Upfront", "Partial Upfront", "All Upfront"])

const ReservedPrice = Schema.Struct({
  OfferingClass,
  Years,
  OfferingType: Payment,
  FixedPrice: Usd,
  HourlyPrice: Usd,
  Source: Schema.String
})

const ReservedRatio = Schema.Struct({
  OfferingClass,
  Years,
  OfferingType: Payment,
  EffectiveRatio: Ratio,
  UpfrontShare: Ratio,
  Source: Schema.String
})

const SavingsPlanDiscount = Schema.Struct({
  SavingsPlanType: Schema.Literals(["Compute", "EC2Instance"]),
  Years,
  PaymentOption: Payment,
  Discount: Ratio,
  Source: Schema.String
})

/**
 * The schema of a price table in JSON. Region, currency and date are what a bill prints, so they are
 * checked for their shape: a Region name like `us-east-1`, an ISO 4217 code, a `YYYY-MM-DD` date.
 *
 * @since 0.2.0
 * @category schemas
 */
export const schema = Schema.Struct({
  // Region names: https://docs.aws.amazon.com/general/latest/gr/rande.html (e.g. us-east-1, us-gov-west-1)
  Region: Schema.String.check(Schema.isPattern(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, { message: "expected a Region name like us-east-1" })),
  Currency: Schema.String.check(Schema.isPattern(/^[A-Z]{3}$/, { message: "expected an ISO 4217 currency code like USD" })),
  EffectiveDate: Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date like 2026-07-20" })),
  Sources: Schema.Array(Schema.String),
  OnDemandHourly: Rates,
  EbsStorageGbMonth: Schema.optionalKey(Rates),
  EbsIopsMonth: Schema.optionalKey(Rates),
  EbsThroughputMiBpsMonth: Schema.optionalKey(Rates),
  SnapshotGbMonth: Schema.optionalKey(Usd),
  PublicIpv4Hourly: Schema.optionalKey(Usd),
  DedicatedHostHourly: Schema.optionalKey(Rates),
  SurplusCreditVcpuHourly: Schema.optionalKey(Rates),
  ReservedInstances: Schema.optionalKey(Schema.Record(Schema.String, Schema.Array(ReservedPrice))),
  ReservedRatios: Schema.optionalKey(Schema.Array(ReservedRatio)),
  SavingsPlanDiscounts: Schema.optionalKey(Schema.Array(SavingsPlanDiscount))
})

// The schema follows core's type exactly: a member added to (or changed in) Pricing.PriceTable fails
// the typecheck here until the schema has it, so a user's table is never silently cut down.
type Same<A, B> = [A] extends [B] ? [B] extends [A] ? true : false : false
const sameAsCore: Same<typeof schema.Type, Pricing.PriceTable> = true
void sameAsCore

/**
 * Checks `json` (a parsed JSON value) as a price table; the failure is one line naming the member at
 * fault. Unknown members are refused (a misspelt key would otherwise leave its prices out).
 *
 * @since 0.2.0
 * @category decoding
 */
export const decode = (json: unknown): Result.Result<Pricing.PriceTable, string> =>
  Result.mapError(
    Schema.decodeUnknownResult(schema)(json, { onExcessProperty: "error" }),
    (issue) => issue.message.replace(/\s*\n\s*/g, " ")
  )
