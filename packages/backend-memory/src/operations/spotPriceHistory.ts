/**
 * DescribeSpotPriceHistory over the Spot market's model (`internal/SpotPricing.ts`).
 *
 * AWS's rules encoded here (SDK 3.1169.0 `DescribeSpotPriceHistoryRequest` and the command's text, read
 * 2026-12-06):
 * - `StartTime` is "up to the past 90 days", `EndTime` "up to the current date": a StartTime before
 *   that is clamped to 90 days ago and an EndTime after now to now (AWS says what it keeps, not that it
 *   refuses more; clamping is the reading that never invents history), a StartTime after EndTime → none;
 * - "When you specify a start and end time, the operation returns the prices … within that time range.
 *   It also returns the last price change before the start time, which is the effective price as of
 *   the start time" — so each pool's first entry may carry a `Timestamp` before `StartTime`;
 * - without StartTime the whole kept history (90 days) is described; without EndTime, up to now;
 * - most recent first: "with the most recent set of prices listed first" (API reference 2013-02-01,
 *   ApiReference-query-DescribeSpotPriceHistory.html);
 * - `AvailabilityZone` and `AvailabilityZoneId`: "Either … can be specified, but not both";
 * - filters `availability-zone`, `availability-zone-id`, `instance-type`, `product-description`,
 *   `spot-price` (exact text or wildcards, as printed: six decimals), `timestamp` (wildcards over the
 *   time in the SDK text's form "ddd MMM dd HH:mm:ss UTC YYYY" or in ISO form `YYYY-MM-DDTHH:MM:SS.sssZ`,
 *   which older API text shows; either matches — which one AWS compares is unverified).
 * - The model prices `Linux/UNIX` only (the price table is Linux on-demand): other product
 *   descriptions match nothing.
 * - MaxResults: no bounds in the SDK text; we accept 1–1000 and page 1000 by default (unverified).
 *
 * Pages walk the window a day at a time from its end (each day's entries sorted newest first), so a
 * page costs a day of every pool, not the whole 90 days; the inner token is `<day>.<offset>`.
 *
 * @internal
 */
import { Ec2, Ec2Error, type Ec2Shapes, Pricing } from "@ec2kit/core"
import { Effect } from "effect"
import { HOUR, hasPool, spotPriceSegments } from "../internal/SpotPricing.js"
import type { World } from "../internal/World.js"
import { invalidNextToken, wildcard } from "./describeInstances.js"

const DAY = 24 * HOUR
/** "up to the past 90 days". */
export const HistoryDays = 90
/** Our page bound (unverified). */
const MaxPage = 1000
/** The only product the model prices. */
export const ProductDescription = "Linux/UNIX" as const

/** One entry before shaping. */
interface Entry {
  readonly az: string
  readonly type: string
  readonly at: number
  readonly price: number
}

/** A price as AWS prints it: six decimals ("0.030000"). */
export const priceText = (price: number): string => price.toFixed(6)

const Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
const Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const two = (n: number) => String(n).padStart(2, "0")

/** A time as the SDK's filter text shows it: "ddd MMM dd HH:mm:ss UTC YYYY" (`Sun Dec 06 07:43:25 UTC 2026`). */
const awsTime = (ms: number): string => {
  const d = new Date(ms)
  return `${Days[d.getUTCDay()]} ${Months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
}

const filterNames = new Set(["availability-zone", "availability-zone-id", "instance-type", "product-description", "spot-price", "timestamp"])

/** The request's filters as one predicate over entries (AND across filters, OR across values). */
const compile = (w: World, filters: ReadonlyArray<Ec2Shapes.Filter> | undefined) =>
  Effect.gen(function*() {
    const preds: Array<(e: Entry) => boolean> = []
    for (const f of filters ?? []) {
      const name = f.Name ?? ""
      if (!filterNames.has(name)) {
        return yield* Ec2Error.fail("InvalidParameterValue", `The filter '${name}' is invalid`)
      }
      const ms = (f.Values ?? []).map(wildcard)
      const any = (v: string | undefined) => v !== undefined && ms.some((m) => m(v))
      switch (name) {
        case "availability-zone":
          preds.push((e) => any(e.az))
          break
        case "availability-zone-id":
          preds.push((e) => any(w.meta.Zones.find((z) => z.ZoneName === e.az)?.ZoneId))
          break
        case "instance-type":
          preds.push((e) => any(e.type))
          break
        case "product-description":
          preds.push(() => any(ProductDescription))
          break
        case "spot-price":
          preds.push((e) => any(priceText(e.price)))
          break
        case "timestamp":
          preds.push((e) => any(new Date(e.at).toISOString()) || any(awsTime(e.at)))
          break
      }
    }
    return (e: Entry) => preds.every((p) => p(e))
  })

/** Decodes our inner token `o:<day>.<offset>` (the outer seal is `pageTokens`'). */
const openToken = (token: string | undefined): { readonly day: number; readonly offset: number } | undefined | "bad" => {
  if (token === undefined) return undefined
  const raw = Buffer.from(token, "base64url").toString("utf8")
  const m = /^o:(\d{1,9})\.(\d{1,9})$/.exec(raw)
  return m === null ? "bad" : { day: Number(m[1]), offset: Number(m[2]) }
}

const sealToken = (day: number, offset: number) => Buffer.from(`o:${day}.${offset}`).toString("base64url")

/** DescribeSpotPriceHistory. */
export const describeSpotPriceHistory = (w: World, req: Ec2Shapes.DescribeSpotPriceHistoryRequest) =>
  Effect.gen(function*() {
    if (req.AvailabilityZone !== undefined && req.AvailabilityZoneId !== undefined) {
      // "Either AvailabilityZone or AvailabilityZoneId can be specified, but not both" (SDK); the error text is ours
      return yield* Ec2Error.fail("InvalidParameterCombination", "Either AvailabilityZone or AvailabilityZoneId can be specified, but not both.")
    }
    if (req.MaxResults !== undefined && (!Number.isInteger(req.MaxResults) || req.MaxResults < 1 || req.MaxResults > MaxPage)) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Value ( ${req.MaxResults} ) for parameter maxResults is invalid. Expecting a value between 1 and ${MaxPage}.`)
    }
    const cursor = openToken(req.NextToken)
    if (cursor === "bad") return yield* Effect.fail(invalidNextToken(req.NextToken!))
    const pred = yield* compile(w, req.Filters)
    if (req.DryRun === true) return yield* Ec2.dryRun
    const now = w.now
    const start = Math.max(req.StartTime?.getTime() ?? -Infinity, now - HistoryDays * DAY)
    // exclusive bound one millisecond after EndTime: a change at EndTime (e.g. a price set now) is listed
    const end = Math.min(req.EndTime?.getTime() ?? Infinity, now) + 1
    const zones = w.meta.Zones.filter((z) =>
      (req.AvailabilityZone === undefined || z.ZoneName === req.AvailabilityZone) &&
      (req.AvailabilityZoneId === undefined || z.ZoneId === req.AvailabilityZoneId)
    ).map((z) => z.ZoneName)
    const products = req.ProductDescriptions
    const types = products !== undefined && products.length > 0 && !products.includes(ProductDescription)
      ? []
      : req.InstanceTypes !== undefined && req.InstanceTypes.length > 0
      ? [...new Set(req.InstanceTypes)]
      : Object.keys(Pricing.usEast1.OnDemandHourly).sort()
    const pools: Array<readonly [string, string]> = []
    for (const az of zones) for (const type of types) if (hasPool(w, az, type)) pools.push([az, type])
    const size = req.MaxResults ?? MaxPage
    const days = end > start ? Math.ceil((end - start) / DAY) : 0
    /**
     * Day `d` (0 = the newest) of the window, `[lo, hi)`: the price changes in it, newest first; the oldest
     * day adds each pool's price in force at `start` (with the time it was set, when that lies within a
     * day before; else the day-earlier bound: the model changes at least daily, a pin may hold longer).
     */
    const dayEntries = (d: number): Array<Entry> => {
      const hi = end - d * DAY
      const lo = Math.max(start, hi - DAY)
      const oldest = d === days - 1
      const out: Array<Entry> = []
      for (const [az, type] of pools) {
        // from a day before `lo`: a segment starting in [lo, hi) is then a real change, not the window's edge
        const segs = spotPriceSegments(w, az, type, lo - DAY, Math.max(hi, lo + 1))
        for (const s of segs) {
          const inDay = s.From >= lo && s.From < hi
          const effective = oldest && s.From <= start && s.To > start && !inDay
          if (!inDay && !effective) continue
          const e = { az, type, at: s.From, price: s.Price }
          if (pred(e)) out.push(e)
        }
      }
      out.sort((a, b) => b.at - a.at || (a.az < b.az ? -1 : a.az > b.az ? 1 : 0) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
      return out
    }
    const page: Array<Entry> = []
    let day = cursor?.day ?? 0
    let offset = cursor?.offset ?? 0
    let next: string | undefined
    while (day < days) {
      const entries = dayEntries(day)
      if (offset > entries.length) return yield* Effect.fail(invalidNextToken(req.NextToken!))
      const room = size - page.length
      page.push(...entries.slice(offset, offset + room))
      if (offset + room < entries.length) {
        next = sealToken(day, offset + room)
        break
      }
      day++
      offset = 0
      if (page.length === size) {
        if (day < days) next = sealToken(day, 0)
        break
      }
    }
    return {
      SpotPriceHistory: page.map((e) => ({
        AvailabilityZone: e.az,
        ...(zoneId(w, e.az) !== undefined ? { AvailabilityZoneId: zoneId(w, e.az)! } : {}),
        InstanceType: e.type,
        ProductDescription,
        SpotPrice: priceText(e.price),
        Timestamp: new Date(e.at)
      })),
      ...(next !== undefined ? { NextToken: next } : {})
    } satisfies Ec2Shapes.DescribeSpotPriceHistoryResult
  })

const zoneId = (w: World, az: string) => w.meta.Zones.find((z) => z.ZoneName === az)?.ZoneId
