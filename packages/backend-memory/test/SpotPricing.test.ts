/**
 * The Spot market's price model and capacity (`src/internal/SpotPricing.ts`): deterministic per seed,
 * bounded by On-Demand, segments that cover a window exactly and agree with the point price, pins.
 */
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Pricing } from "@ec2kit/core"
import { Ec2Memory } from "@ec2kit/backend-memory"
import type { World } from "../src/internal/World.js"
import { HOUR, poolKey, spotCapacityAvailable, spotPrice, spotPriceSegments } from "../src/internal/SpotPricing.js"

const CI = process.env.CI === "true" || process.env.CI === "1"
const runs = (n: number) => (CI ? Math.max(n, 1000) : n)

const DAY = 24 * HOUR
const AZS = ["us-east-1a", "us-east-1b", "us-east-1f"]
const TYPES = ["t4g.nano", "t3.micro", "m5.large", "c7g.16xlarge", "p5.48xlarge", "u7in-32tb.224xlarge"]

const make = (seed: number) => Effect.runPromise(Effect.scoped(Ec2Memory.make({ seed })).pipe(Effect.provide(TestClock.layer())))
type Made = Awaited<ReturnType<typeof make>>

/** Worlds by seed, made once (the model reads only `meta`). */
const worlds = new Map<number, Made>()
const read = async <A>(seed: number, f: (w: World) => A): Promise<A> => {
  let m = worlds.get(seed)
  if (m === undefined) worlds.set(seed, m = await make(seed))
  return Effect.runPromise(m.engine.read(f))
}

const time = fc.integer({ min: -90 * DAY, max: 120 * DAY })

describe("Spot price model", () => {
  it("is deterministic per seed and differs between seeds", async () => {
    const a = await read(7, (w) => TYPES.map((t) => spotPrice(w, "us-east-1a", t, 5 * DAY)))
    const b = await read(7, (w) => TYPES.map((t) => spotPrice(w, "us-east-1a", t, 5 * DAY)))
    const c = await read(8, (w) => TYPES.map((t) => spotPrice(w, "us-east-1a", t, 5 * DAY)))
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
  })

  it("has no pool for an unknown type or AZ", async () => {
    expect(await read(1, (w) => spotPrice(w, "us-east-1a", "m5.huge"))).toBeUndefined()
    expect(await read(1, (w) => spotPrice(w, "eu-west-1a", "m5.large"))).toBeUndefined()
    expect(await read(1, (w) => spotPriceSegments(w, "eu-west-1a", "m5.large", 0, DAY))).toEqual([])
    expect(await read(1, (w) => spotCapacityAvailable(w, "us-east-1a", "m5.huge"))).toBe(0)
  })

  it("stays in [10 % of On-Demand, On-Demand) and above $0.001", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...AZS), fc.constantFrom(...TYPES), time, async (seed, az, type, at) => {
        const p = (await read(seed, (w) => spotPrice(w, az, type, at)))!
        const od = Pricing.onDemandHourly(Pricing.usEast1, type)!
        expect(p).toBeLessThan(od)
        expect(p).toBeGreaterThanOrEqual(od * 0.1 - 1e-12)
        expect(p).toBeGreaterThan(0.001)
      }),
      { numRuns: runs(300) }
    )
  })

  it("segments cover the window exactly, change price at each cut and agree with spotPrice", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...AZS), fc.constantFrom(...TYPES), time, fc.integer({ min: 1, max: 10 * DAY }), fc.integer({ min: 0, max: 1 }), async (az, type, from, len, probe) => {
        const to = from + len
        const { segs, points, inside } = await read(3, (w) => {
          const segs = spotPriceSegments(w, az, type, from, to)
          const mid = from + Math.floor(len * probe * 0.999)
          return { segs, points: segs.map((s) => spotPrice(w, az, type, s.From)), inside: [mid, spotPrice(w, az, type, mid)] as const }
        })
        expect(segs[0]!.From).toBe(from)
        expect(segs[segs.length - 1]!.To).toBe(to)
        for (let i = 0; i < segs.length; i++) {
          expect(segs[i]!.To).toBeGreaterThan(segs[i]!.From)
          expect(segs[i]!.Price).toBe(points[i])
          if (i > 0) {
            expect(segs[i]!.From).toBe(segs[i - 1]!.To)
            expect(segs[i]!.Price).not.toBe(segs[i - 1]!.Price)
          }
        }
        const hit = segs.find((s) => s.From <= inside[0] && inside[0] < s.To)!
        expect(hit.Price).toBe(inside[1])
      }),
      { numRuns: runs(200) }
    )
  })

  it("changes at whole hours only, gradually (a few times a day)", async () => {
    const segs = await read(1, (w) => spotPriceSegments(w, "us-east-1a", "m5.large", 0, 30 * DAY))
    for (const s of segs) expect(s.From % HOUR).toBe(0)
    expect(segs.length).toBeGreaterThan(30)
    expect(segs.length).toBeLessThan(30 * 8)
  })

  it("sees a pin from the time it was set, and the model again after its release", async () => {
    const m = await make(5)
    const az = "us-east-1a"
    const type = "m5.large"
    await Effect.runPromise(m.engine.transact((w) =>
      Effect.sync(() =>
        w.put("spotPools", { Key: poolKey(az, type), AvailabilityZone: az, InstanceType: type, Pins: [{ From: DAY + 1234, Price: 0.05 }, { From: 2 * DAY + 99 }] })
      )
    ))
    const r = await Effect.runPromise(m.engine.read((w) => ({
      before: spotPrice(w, az, type, DAY + 1233),
      at: spotPrice(w, az, type, DAY + 1234),
      during: spotPrice(w, az, type, 2 * DAY + 98),
      after: spotPrice(w, az, type, 2 * DAY + 99),
      segs: spotPriceSegments(w, az, type, DAY, 3 * DAY)
    })))
    expect(r.at).toBe(0.05)
    expect(r.during).toBe(0.05)
    expect(r.before).not.toBe(0.05)
    expect(r.after).not.toBe(0.05)
    const pinned = r.segs.find((s) => s.Price === 0.05)!
    expect(pinned).toEqual({ From: DAY + 1234, To: 2 * DAY + 99, Price: 0.05 })
  })
})
