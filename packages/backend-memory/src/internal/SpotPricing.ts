/**
 * The Spot market's prices and capacity (issue 12 §1): a pure function of the world's seed, the pool
 * (AZ and instance type) and virtual time, plus the pins and capacity overrides that
 * `Hypervisor.setSpotPrice`/`setSpotCapacity` keep in the `spotPools` table. No timers: a price is
 * computed, never stored, so a month of prices costs nothing until someone asks for it.
 *
 * ## The model (our choice; AWS publishes none)
 * AWS: "Amazon EC2 sets the Spot price per instance type per Availability Zone, adjusted gradually
 * based on the long-term supply of and demand for Spot capacity"; history is kept for 3 months; savings
 * are "up to 90%" off On-Demand (purchasing-facts §3.5, UG23 `using-spot-instances.md`,
 * `spot-best-practices.md`, read 2026-12-06). So:
 * - a price changes only at whole virtual hours: at every hour that is a multiple of 24 (UTC midnight)
 *   and at about one in {@link changeOdds} other hours, chosen by the seed — about four changes a day;
 * - its level is the pool's base ratio of the On-Demand price (seeded, 15–55 %) moved by a slow value
 *   noise with control points a week apart (±35 % of the base) and a small per-change jitter (±3 %),
 *   so neighbouring prices are close ("gradually");
 * - it is rounded to $0.0001 and held in [max(10 % of On-Demand, $0.0011), On-Demand) — never more
 *   than a 90 % saving, always below On-Demand, and above the $0.001 floor of `MaxPrice`
 *   ("must be greater than $0.001", SDK `SpotMarketOptions.MaxPrice`).
 * - a pool exists for every type with an On-Demand price in core's `Pricing.usEast1` in every AZ of the
 *   world (the catalogue says nothing of Spot support per type).
 *
 * The world's seed is read through `meta`: the default VPC id is the first id the seeded generator
 * draws, so the same seed gives the same id and the same prices (and a restored world keeps them).
 *
 * @internal
 */
import { Pricing } from "@ec2kit/core"
import { freeCapacity } from "../operations/launchCapacity.js"
import { fitAny } from "./Fleet.js"
import type { SpotPricePin } from "./records/Purchasing.js"
import type { InstanceRecord, SpotPoolRecord } from "./Records.js"
import type { World } from "./World.js"

/** One hour of virtual time (ms): prices change only at whole hours. */
export const HOUR = 3_600_000

/** Every this many hours a price changes for sure (UTC midnight). */
const forcedEvery = 24
/** The odds that another hour changes the price. */
const changeOdds = 1 / 8
/** Hours between the control points of the slow noise (a week). */
const noiseSpan = 168
/** Prices are multiples of this many dollars. */
const tick = 1e-4
/** The lowest Spot price (USD/h): the `MaxPrice` floor is $0.001 exclusive. */
const floorPrice = 0.0011

/** The key of a Spot pool (`spotPools` records, timers). */
export const poolKey = (az: string, instanceType: string): string => `${az}|${instanceType}`

// ------------------------------------------------------------------------------------------------
// deterministic noise
// ------------------------------------------------------------------------------------------------

/** FNV-1a of a string: a pool's 32-bit seed (hashed once per call, not per hour). */
const hashText = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** A uniform number in [0, 1) for (pool, salt, k): a mulberry32 finaliser over the mixed integers. */
const unit = (pool: number, salt: number, k: number): number => {
  let t = (pool + Math.imul(salt, 0x9e3779b9) + Math.imul(k | 0, 0x85ebca6b) + 0x6d2b79f5) | 0
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Salts of the noise streams. */
const Change = 1
const Base = 2
const Noise = 3
const Jitter = 4

/** The pool's seed: the world's seed (see the module comment), the AZ and the type. */
const poolSeed = (w: World, az: string, instanceType: string): number =>
  hashText(`${w.meta.AccountId}|${w.meta.Region}|${w.meta.DefaultVpcId}|${az}|${instanceType}`)

const mod = (a: number, n: number) => ((a % n) + n) % n

/** Whether the model's price changes at the start of hour `k`. */
const changesAt = (pool: number, k: number): boolean => mod(k, forcedEvery) === 0 || unit(pool, Change, k) < changeOdds

/** The hour (≤ k) at whose start the price in force during hour `k` was set. */
const lastChange = (pool: number, k: number): number => {
  let c = k
  while (!changesAt(pool, c)) c--
  return c
}

/** The model's price (USD/h) set at the start of hour `k` (a change hour). */
const modelPriceAt = (pool: number, onDemand: number, k: number): number => {
  const base = 0.15 + 0.4 * unit(pool, Base, 0)
  const j = Math.floor(k / noiseSpan)
  const f = (k - j * noiseSpan) / noiseSpan
  const s = f * f * (3 - 2 * f)
  const n0 = 2 * unit(pool, Noise, j) - 1
  const n1 = 2 * unit(pool, Noise, j + 1) - 1
  const noise = n0 + (n1 - n0) * s
  const jitter = 2 * unit(pool, Jitter, k) - 1
  const ratio = base * (1 + 0.35 * noise + 0.03 * jitter)
  return clampPrice(ratio * onDemand, onDemand)
}

/** Rounds to the tick and holds a price in [max(10 % OD, $0.0011), OD). */
const clampPrice = (price: number, onDemand: number): number => {
  const lo = Math.max(Math.ceil(onDemand * 0.1 / tick - 1e-9), Math.round(floorPrice / tick))
  const hi = Math.ceil(onDemand / tick - 1e-9) - 1
  const units = Math.min(hi, Math.max(lo, Math.round(price / tick)))
  return Number((units * tick).toFixed(4))
}

// ------------------------------------------------------------------------------------------------
// pools
// ------------------------------------------------------------------------------------------------

/** The On-Demand price of a pool's type when the world has a Spot pool for it (`undefined`: no pool). */
const poolOnDemand = (w: World, az: string, instanceType: string): number | undefined => {
  if (!w.meta.Zones.some((z) => z.ZoneName === az)) return undefined
  return Pricing.onDemandHourly(Pricing.usEast1, instanceType)
}

/** Whether the world has a Spot pool for the type in the AZ. */
export const hasPool = (w: World, az: string, instanceType: string): boolean => poolOnDemand(w, az, instanceType) !== undefined

/** The pin in force at `at` (`undefined`: none ever set before `at`). */
const pinAt = (record: SpotPoolRecord | undefined, at: number): SpotPricePin | undefined => {
  const pins = record?.Pins
  if (pins === undefined) return undefined
  let found: SpotPricePin | undefined
  for (const p of pins) {
    if (p.From > at) break
    found = p
  }
  return found
}

/**
 * The Spot price (USD/h) of a pool at `at` (default `w.now`): a pinned price from the time it was set,
 * else the model's. `undefined` when the world has no Spot pool for that type in that AZ.
 */
export const spotPrice = (w: World, az: string, instanceType: string, at?: number): number | undefined => {
  const onDemand = poolOnDemand(w, az, instanceType)
  if (onDemand === undefined) return undefined
  const t = at ?? w.now
  const pin = pinAt(w.get("spotPools", poolKey(az, instanceType)), t)
  if (pin?.Price !== undefined) return pin.Price
  const pool = poolSeed(w, az, instanceType)
  return modelPriceAt(pool, onDemand, lastChange(pool, Math.floor(t / HOUR)))
}

/**
 * The pool's price as piecewise-constant segments covering `[from, to)` exactly, in time order, with no
 * two neighbours of one price (pins included from the time they were set). Empty when `to <= from`
 * or the world has no such pool.
 */
export const spotPriceSegments = (
  w: World,
  az: string,
  instanceType: string,
  from: number,
  to: number
): ReadonlyArray<{ readonly From: number; readonly To: number; readonly Price: number }> => {
  const onDemand = poolOnDemand(w, az, instanceType)
  if (onDemand === undefined || !(to > from)) return []
  const pool = poolSeed(w, az, instanceType)
  const pins = w.get("spotPools", poolKey(az, instanceType))?.Pins ?? []
  // every instant at which the price may change inside (from, to): model change hours and pins
  const cuts: Array<number> = []
  for (let k = Math.floor(from / HOUR) + 1; k * HOUR < to; k++) if (changesAt(pool, k)) cuts.push(k * HOUR)
  for (const p of pins) if (p.From > from && p.From < to) cuts.push(p.From)
  cuts.sort((a, b) => a - b)
  const out: Array<{ From: number; To: number; Price: number }> = []
  let pinIdx = 0
  const priceAt = (t: number): number => {
    while (pinIdx < pins.length && pins[pinIdx]!.From <= t) pinIdx++
    const pin = pinIdx > 0 ? pins[pinIdx - 1] : undefined
    if (pin?.Price !== undefined) return pin.Price
    return modelPriceAt(pool, onDemand, lastChange(pool, Math.floor(t / HOUR)))
  }
  let start = from
  let price = priceAt(from)
  for (const c of cuts) {
    if (c === start) continue
    const next = priceAt(c)
    if (next === price) continue
    out.push({ From: start, To: c, Price: price })
    start = c
    price = next
  }
  out.push({ From: start, To: to, Price: price })
  return out
}

/**
 * The first time in `[from, to)` at which the pool's price exceeds `maxPrice` (`undefined`: none), as it
 * stands now (a later pin or capacity change reschedules whoever relies on it).
 */
export const firstPriceAbove = (w: World, az: string, instanceType: string, maxPrice: number, from: number, to: number): number | undefined => {
  // a week at a time, so an answer near `from` costs little
  for (let a = from; a < to; a += noiseSpan * HOUR) {
    const b = Math.min(to, a + noiseSpan * HOUR)
    for (const s of spotPriceSegments(w, az, instanceType, a, b)) if (s.Price > maxPrice) return s.From
  }
  return undefined
}

/** Whether an instance is an active (pending, running, stopping) Spot instance of the pool. */
const activeSpotIn = (r: InstanceRecord, az: string, instanceType: string): boolean => {
  if (r.Spot === undefined || r.AvailabilityZone !== az || r.InstanceType !== instanceType) return false
  const s = r.Lifecycle.State
  return s === "pending" || s === "running" || s === "stopping"
}

/** The active Spot instances of a pool, in insertion order (a scan of the instances table). */
export const spotInstancesOf = (w: World, az: string, instanceType: string): Array<InstanceRecord> => {
  const out: Array<InstanceRecord> = []
  for (const r of w.all("instances")) if (activeSpotIn(r, az, instanceType)) out.push(r)
  return out
}

/**
 * How many more Spot instances the pool can take now (≥ 0): the fleet's free room for the type (the
 * hypervisor's `Capacity` limits and the hosts of `Fleet`), Spot using spare capacity as on AWS;
 * with a `setSpotCapacity` count, also at most that count minus the pool's active Spot instances.
 * 0 when the world has no such pool.
 */
export const spotCapacityAvailable = (w: World, az: string, instanceType: string): number => {
  if (!hasPool(w, az, instanceType)) return 0
  const free = freeCapacity(w, az, instanceType)
  let room = fitAny(w, az, instanceType, Number.isFinite(free) ? free : Number.MAX_SAFE_INTEGER)
  const set = w.get("spotPools", poolKey(az, instanceType))?.Capacity
  if (set !== undefined) {
    let active = 0
    for (const r of w.all("instances")) if (activeSpotIn(r, az, instanceType)) active++
    room = Math.min(room, set - active)
  }
  return Math.max(0, room)
}
