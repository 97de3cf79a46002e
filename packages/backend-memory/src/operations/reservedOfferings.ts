/**
 * The Reserved Instance offerings catalogue and DescribeReservedInstancesOfferings (issue 12 §3).
 *
 * Offerings (ec2kit's choices, documented in docs/purchasing/reserved-instances.md):
 * - every instance type of the price table (`Pricing.usEast1`) × scope (`Region`, and each AZ of the world)
 *   × class (`standard`, `convertible`) × term (1 yr = 31,536,000 s, 3 yr = 94,608,000 s; purchasing-facts
 *   §6.1) × payment option (`No Upfront`, `Partial Upfront`, `All Upfront`) × product description
 *   (`Linux/UNIX` and `Linux/UNIX (Amazon VPC)`: the SDK's `RIProductDescription` has both and AWS no
 *   longer sells EC2-Classic, so both apply to every Linux instance; same price). Tenancy `default` only:
 *   the table has no dedicated-tenancy or Windows price, so there are no such offerings.
 * - Prices: the table's published price of the type where it has one, else derived from the on-demand
 *   price by the table's `ReservedRatios` (see core `internal/reservedPriceData.ts`); derived upfronts are
 *   rounded to the cent and hourly charges to 1e-6 USD. `UsagePrice` is 0 and the hourly price is the
 *   `RecurringCharges` entry (`Frequency: Hourly`), as AWS shows current offerings; All Upfront offerings
 *   have no recurring charge.
 * - No Reserved Instance Marketplace: `Marketplace` is always false, `IncludeMarketplace` changes nothing
 *   and the `marketplace` filter with `true` matches nothing; `MaxInstanceCount` (a Marketplace limit) is
 *   accepted and ignored.
 * - Ids: uuid-shaped like AWS's, deterministic: the first group encodes the offering's position in the
 *   catalogue, the rest is a SHA-1 of its attributes and Region (so an id is decoded without a table of
 *   all ~230,000 offerings, and a forged id fails the check).
 *
 * Request rules (SDK 3.1169 `DescribeReservedInstancesOfferingsRequest`, read 2026-12-06): `AvailabilityZone`
 * and `AvailabilityZoneId` not both; `InstanceTenancy` `host` "cannot be used"; `MinDuration` default
 * 2,592,000, `MaxDuration` default 94,608,000; `MaxResults` at most 100, default 100; filters
 * `availability-zone`, `availability-zone-id`, `duration`, `fixed-price`, `instance-type`, `marketplace`,
 * `product-description`, `reserved-instances-offering-id`, `scope`, `usage-price`.
 *
 * @internal
 */
import { createHash } from "node:crypto"
import { Effect } from "effect"
import { type Ec2, Ec2Error, Pricing } from "@ec2kit/core"
import type { World } from "../internal/World.js"
import { compileFilters, type Extractors, pageParams } from "./filters.js"

/** Offering classes, in catalogue order. */
export const offeringClasses = ["standard", "convertible"] as const
/** Terms in years, in catalogue order. */
export const terms = [1, 3] as const
/** Payment options, in catalogue order. */
export const paymentOptions = ["No Upfront", "Partial Upfront", "All Upfront"] as const
/** Product descriptions offered, in catalogue order. */
export const productDescriptions = ["Linux/UNIX", "Linux/UNIX (Amazon VPC)"] as const

/** Seconds of a term (purchasing-facts §6.1). */
export const durationOf = (years: 1 | 3): number => (years === 1 ? 31_536_000 : 94_608_000)

/** The price of one offering kind of a type. */
export interface OfferingPrice {
  readonly FixedPrice: number
  readonly HourlyPrice: number
  /** True when computed from the on-demand price by a ratio (no published price). */
  readonly Derived: boolean
}

/**
 * The price of a (type, class, term, payment option) in `table`: published where the table has it,
 * else derived from on-demand by the table's ratio; `undefined` when neither can be had.
 */
export const offeringPrice = (
  table: Pricing.PriceTable,
  instanceType: string,
  offeringClass: "standard" | "convertible",
  years: 1 | 3,
  payment: "No Upfront" | "Partial Upfront" | "All Upfront"
): OfferingPrice | undefined => {
  const published = table.ReservedInstances?.[instanceType]?.find((p) =>
    p.OfferingClass === offeringClass && p.Years === years && p.OfferingType === payment
  )
  if (published !== undefined) return { FixedPrice: published.FixedPrice, HourlyPrice: published.HourlyPrice, Derived: false }
  const od = table.OnDemandHourly[instanceType]
  const ratio = table.ReservedRatios?.find((r) => r.OfferingClass === offeringClass && r.Years === years && r.OfferingType === payment)
  if (od === undefined || ratio === undefined) return undefined
  const hours = years * 8760
  const FixedPrice = Math.round(ratio.EffectiveRatio * od * hours * ratio.UpfrontShare * 100) / 100
  const HourlyPrice = Math.round(ratio.EffectiveRatio * od * (1 - ratio.UpfrontShare) * 1e6) / 1e6
  return { FixedPrice, HourlyPrice, Derived: true }
}

/** The attributes that identify an offering. */
export interface OfferingSpec {
  readonly InstanceType: string
  /** Zonal offerings only. */
  readonly Zone?: { readonly ZoneName: string; readonly ZoneId: string }
  readonly OfferingClass: (typeof offeringClasses)[number]
  readonly Years: (typeof terms)[number]
  readonly OfferingType: (typeof paymentOptions)[number]
  readonly ProductDescription: (typeof productDescriptions)[number]
}

/** An offering as the API shows it (plus the spec it came from). */
export interface Offering {
  readonly spec: OfferingSpec
  /** Its id (computed on first read: a walk over the catalogue builds many offerings and shows few). */
  readonly ReservedInstancesOfferingId: string
  readonly FixedPrice: number
  readonly HourlyPrice: number
  readonly Derived: boolean
}

// The catalogue is the priced types (sorted) × scopes × classes × terms × payments × descriptions; an
// offering's index in it is a mixed-radix number, most significant digit first.
const radix = [offeringClasses.length, terms.length, paymentOptions.length, productDescriptions.length] as const
const perScope = radix.reduce((a, b) => a * b, 1)

const typesCache = new WeakMap<Pricing.PriceTable, ReadonlyArray<string>>()
/** The instance types of the catalogue: those of the table with a price, sorted. */
export const catalogueTypes = (table: Pricing.PriceTable): ReadonlyArray<string> => {
  let types = typesCache.get(table)
  if (types === undefined) typesCache.set(table, types = Object.keys(table.OnDemandHourly).sort())
  return types
}

const MASK = 0x5a3c96e1 // spreads the encoded index over the first group, as AWS's look random

const specKey = (region: string, s: OfferingSpec) =>
  `${region}|${s.InstanceType}|${s.Zone?.ZoneName ?? "Region"}|${s.OfferingClass}|${s.Years}|${s.OfferingType}|${s.ProductDescription}|default`

/** The offering id of a spec at catalogue index `index`. */
const idOf = (region: string, index: number, s: OfferingSpec): string => {
  const head = ((index ^ MASK) >>> 0).toString(16).padStart(8, "0")
  const h = createHash("sha1").update(specKey(region, s)).digest("hex")
  const variant = (8 + (Number.parseInt(h[12]!, 16) & 3)).toString(16)
  return `${head}-${h.slice(0, 4)}-4${h.slice(4, 7)}-${variant}${h.slice(7, 10)}-${h.slice(10, 22)}`
}

type Zones = ReadonlyArray<{ readonly ZoneName: string; readonly ZoneId: string }>

/** The spec at a catalogue index, `undefined` past the end. */
const specAt = (types: ReadonlyArray<string>, zones: Zones, index: number): OfferingSpec | undefined => {
  const scopes = zones.length + 1
  if (!Number.isInteger(index) || index < 0 || index >= types.length * scopes * perScope) return undefined
  let n = index
  const d = productDescriptions[n % radix[3]]!
  n = Math.floor(n / radix[3])
  const p = paymentOptions[n % radix[2]]!
  n = Math.floor(n / radix[2])
  const y = terms[n % radix[1]]!
  n = Math.floor(n / radix[1])
  const c = offeringClasses[n % radix[0]]!
  n = Math.floor(n / radix[0])
  const scope = n % scopes
  const type = types[Math.floor(n / scopes)]!
  return {
    InstanceType: type,
    ...(scope === 0 ? {} : { Zone: zones[scope - 1]! }),
    OfferingClass: c,
    Years: y,
    OfferingType: p,
    ProductDescription: d
  }
}

/** The offering at a catalogue index (`undefined` past the end or when the table cannot price it). */
export const offeringAt = (w: World, table: Pricing.PriceTable, index: number): Offering | undefined => {
  const spec = specAt(catalogueTypes(table), w.meta.Zones, index)
  if (spec === undefined) return undefined
  const price = offeringPrice(table, spec.InstanceType, spec.OfferingClass, spec.Years, spec.OfferingType)
  if (price === undefined) return undefined
  const region = w.meta.Region
  let id: string | undefined
  return {
    spec,
    get ReservedInstancesOfferingId() {
      return id ??= idOf(region, index, spec)
    },
    ...price
  }
}

/** The offering an id names, `undefined` when it names none of this world's catalogue. */
export const findOffering = (w: World, table: Pricing.PriceTable, id: string): Offering | undefined => {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) return undefined
  const index = (Number.parseInt(id.slice(0, 8), 16) ^ MASK) >>> 0
  const o = offeringAt(w, table, index)
  return o !== undefined && o.ReservedInstancesOfferingId === id ? o : undefined
}

/** The API shape of an offering. */
export const offeringOut = (o: Offering) => ({
  ReservedInstancesOfferingId: o.ReservedInstancesOfferingId,
  InstanceType: o.spec.InstanceType,
  ...(o.spec.Zone !== undefined ? { AvailabilityZone: o.spec.Zone.ZoneName, AvailabilityZoneId: o.spec.Zone.ZoneId } : {}),
  Duration: durationOf(o.spec.Years),
  FixedPrice: o.FixedPrice,
  UsagePrice: 0,
  CurrencyCode: "USD" as const,
  ProductDescription: o.spec.ProductDescription,
  InstanceTenancy: "default" as const,
  Marketplace: false,
  OfferingClass: o.spec.OfferingClass,
  OfferingType: o.spec.OfferingType,
  PricingDetails: [],
  RecurringCharges: o.HourlyPrice > 0 ? [{ Amount: o.HourlyPrice, Frequency: "Hourly" as const }] : [],
  Scope: o.spec.Zone === undefined ? ("Region" as const) : ("Availability Zone" as const)
})

const num = (n: number) => String(n)

const extractors: Extractors<Offering> = {
  "availability-zone": (_, o) => [o.spec.Zone?.ZoneName],
  "availability-zone-id": (_, o) => [o.spec.Zone?.ZoneId],
  duration: (_, o) => [num(durationOf(o.spec.Years))],
  "fixed-price": (_, o) => [num(o.FixedPrice)],
  "instance-type": (_, o) => [o.spec.InstanceType],
  marketplace: () => ["false"],
  "product-description": (_, o) => [o.spec.ProductDescription],
  "reserved-instances-offering-id": (_, o) => [o.ReservedInstancesOfferingId],
  scope: (_, o) => [o.spec.Zone === undefined ? "Region" : "Availability Zone"],
  "usage-price": () => ["0"]
}

/** AWS: "The maximum is 100. Default: 100" (SDK `DescribeReservedInstancesOfferingsRequest.MaxResults`). */
export const MaxOfferingResults = 100

type Request = Parameters<Ec2.Implementation["describeReservedInstancesOfferings"]>[0]

/** Checks the request's parameters; the cheap per-spec test they amount to. */
const specTest = (w: World, req: Request) =>
  Effect.gen(function*() {
    if (req.AvailabilityZone !== undefined && req.AvailabilityZoneId !== undefined) {
      // SDK: "Either AvailabilityZone or AvailabilityZoneId can be specified, but not both"; text unverified
      return yield* Ec2Error.fail("InvalidParameterCombination", "The parameters AvailabilityZone and AvailabilityZoneId cannot be used together.")
    }
    // OBS: "An error occurred (InvalidParameterValue) when calling the DescribeReservedInstancesOfferings operation:
    // Invalid value 'us-east-1a' for AvailabilityZone." (boto/boto3#2233, 2019, read 2026-12-06); the Id's text by analogy
    if (req.AvailabilityZone !== undefined && !w.meta.Zones.some((z) => z.ZoneName === req.AvailabilityZone)) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.AvailabilityZone}' for AvailabilityZone.`)
    }
    if (req.AvailabilityZoneId !== undefined && !w.meta.Zones.some((z) => z.ZoneId === req.AvailabilityZoneId)) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.AvailabilityZoneId}' for AvailabilityZoneId.`)
    }
    if (req.InstanceTenancy === "host") {
      // SDK: "The host value cannot be used with this parameter"; text unverified
      return yield* Ec2Error.fail("InvalidParameterValue", "The value 'host' for parameter InstanceTenancy is invalid. Use 'default' or 'dedicated'.")
    }
    const minDuration = req.MinDuration ?? 2_592_000
    const maxDuration = req.MaxDuration ?? 94_608_000
    for (const [name, v] of [["MinDuration", req.MinDuration], ["MaxDuration", req.MaxDuration], ["MaxInstanceCount", req.MaxInstanceCount]] as const) {
      if (v !== undefined && (!Number.isInteger(v) || v < 0)) return yield* Effect.fail(Ec2Error.invalidValue(String(v), name))
    }
    const tenancy = req.InstanceTenancy ?? "default"
    return (s: OfferingSpec): boolean =>
      tenancy === "default" &&
      (req.InstanceType === undefined || s.InstanceType === req.InstanceType) &&
      (req.AvailabilityZone === undefined || s.Zone?.ZoneName === req.AvailabilityZone) &&
      (req.AvailabilityZoneId === undefined || s.Zone?.ZoneId === req.AvailabilityZoneId) &&
      (req.OfferingClass === undefined || s.OfferingClass === req.OfferingClass) &&
      (req.OfferingType === undefined || s.OfferingType === req.OfferingType) &&
      (req.ProductDescription === undefined || s.ProductDescription === req.ProductDescription) &&
      minDuration <= durationOf(s.Years) && durationOf(s.Years) <= maxDuration
  })

/** DescribeReservedInstancesOfferings over the catalogue of `table`. */
export const describeReservedInstancesOfferings = (w: World, req: Request, table: Pricing.PriceTable = Pricing.usEast1) =>
  Effect.gen(function*() {
    const test = yield* specTest(w, req)
    const pred = yield* compileFilters(req.Filters, extractors, (o) => o.ReservedInstancesOfferingId)
    const page = yield* pageParams(req, { min: 1, max: MaxOfferingResults })
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const size = page.size ?? MaxOfferingResults
    const wanted = req.ReservedInstancesOfferingIds !== undefined && req.ReservedInstancesOfferingIds.length > 0
      ? req.ReservedInstancesOfferingIds
      : undefined
    // By id: decode each (no scan); otherwise walk the catalogue, building only offerings that pass the
    // parameters. A page stops at the first match past it, and its NextToken is where that match is (a
    // catalogue index, or a position in the ids), so each page costs its own stretch of the walk, not all
    // the pages before it.
    const matches: Array<Offering> = []
    let resume: number | undefined
    const take = (o: Offering | undefined, at: number): boolean => {
      if (o === undefined || !test(o.spec) || !pred(w, o)) return true
      if (matches.length === size) {
        resume = at
        return false
      }
      matches.push(o)
      return true
    }
    if (wanted !== undefined) {
      const ids = [...new Set(wanted)]
      for (let k = page.start; k < ids.length; k++) if (!take(findOffering(w, table, ids[k]!), k)) break
    } else {
      const all = catalogueTypes(table)
      const scopes = w.meta.Zones.length + 1
      const first = req.InstanceType !== undefined ? all.indexOf(req.InstanceType) : 0
      const last = req.InstanceType !== undefined ? first : all.length - 1
      if (first >= 0) {
        const end = (last + 1) * scopes * perScope
        for (let i = Math.max(first * scopes * perScope, page.start); i < end; i++) {
          if (test(specAt(all, w.meta.Zones, i)!) && !take(offeringAt(w, table, i), i)) break
        }
      }
    }
    return {
      ReservedInstancesOfferings: matches.map(offeringOut),
      ...(resume !== undefined ? { NextToken: Buffer.from(`o:${resume}`).toString("base64url") } : {})
    }
  })
