/**
 * EC2 Fleet allocation strategies (internal/Allocation.ts): each strategy's guarantee as a property, and a few
 * worked examples.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocateOnDemand, allocateSpot, type Allocation, comparablePrices, type Pool, type SpotStrategy } from "../src/internal/Allocation.js"

const CI = process.env.CI === "true" || process.env.CI === "1"
const numRuns = CI ? 1_000 : 300

const poolArb = (index: number) =>
  fc.record({
    price: fc.integer({ min: 1, max: 5_000 }),
    od: fc.integer({ min: 1, max: 5_000 }),
    capacity: fc.oneof(fc.integer({ min: 0, max: 25 }), fc.constant(Infinity)),
    weight: fc.constantFrom(1, 1, 1, 2, 3, 0.5, 4, 16),
    priority: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined })
  }).map((r): Pool => ({
    Index: index,
    AvailabilityZone: `us-east-1${"abcdef"[index % 6]}`,
    InstanceType: `m5.${index}`,
    Price: r.price / 1000,
    OnDemandPrice: r.od / 1000,
    Capacity: r.capacity,
    WeightedCapacity: r.weight,
    ...(r.priority !== undefined ? { Priority: r.priority } : {})
  }))

const poolsArb = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => poolArb(i))))
const targetArb = fc.integer({ min: 1, max: 60 })
const strategies: ReadonlyArray<SpotStrategy> = ["lowest-price", "diversified", "capacity-optimized", "capacity-optimized-prioritized", "price-capacity-optimized"]

const countOf = (a: Allocation, index: number) => a.Takes.find((t) => t.Index === index)?.Count ?? 0
const exhausted = (a: Allocation, p: Pool) => countOf(a, p.Index) >= p.Capacity
const used = (a: Allocation, pools: ReadonlyArray<Pool>) => pools.filter((p) => countOf(a, p.Index) > 0)
const unitsOf = (pools: ReadonlyArray<Pool>) => pools.reduce((s, p) => s + p.Capacity * p.WeightedCapacity, 0)
const rank = (p: Pool) => p.Priority ?? Infinity

/** Invariants every strategy keeps: within capacity, units add up, no needless overshoot, fulfils when it can. */
const checkCommon = (a: Allocation, pools: ReadonlyArray<Pool>, target: number, eligible: ReadonlyArray<Pool>) => {
  for (const t of a.Takes) {
    const p = pools.find((q) => q.Index === t.Index)!
    expect(t.Count).toBeGreaterThan(0)
    expect(t.Count).toBeLessThanOrEqual(p.Capacity)
  }
  expect(new Set(a.Takes.map((t) => t.Index)).size).toBe(a.Takes.length)
  const units = a.Takes.reduce((s, t) => s + t.Count * pools.find((q) => q.Index === t.Index)!.WeightedCapacity, 0)
  expect(a.Units).toBeCloseTo(units, 9)
  const maxWeight = Math.max(0, ...used(a, pools).map((p) => p.WeightedCapacity))
  // instances are added only while units are below the target: the overshoot is less than one instance
  expect(a.Units).toBeLessThan(target + maxWeight + 1e-9)
  if (unitsOf(eligible) >= target) expect(a.Units).toBeGreaterThanOrEqual(target - 1e-9)
}

describe("allocation strategies (property)", () => {
  it("every strategy: counts within each pool's capacity, total within target (ceil for weights), fulfilled when capacity allows", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, fc.constantFrom(...strategies), (pools, target, strategy) => {
        const a = allocateSpot(pools, target, strategy)
        const eligible = strategy === "diversified" ? pools.filter((p) => p.Price < p.OnDemandPrice!) : pools
        checkCommon(a, pools, target, eligible)
        for (const s of ["lowest-price", "prioritized"] as const) checkCommon(allocateOnDemand(pools, target, s), pools, target, pools)
      }),
      { numRuns }
    ))

  it("spot lowest-price never draws from a dearer pool while a cheaper one had capacity left", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, (pools, target) => {
        const a = allocateSpot(pools, target, "lowest-price")
        const price = comparablePrices(pools, target)
        for (const p of used(a, pools)) {
          for (const q of pools) if (price.get(q.Index)! < price.get(p.Index)!) expect(exhausted(a, q)).toBe(true)
        }
      }),
      { numRuns }
    ))

  it("spot lowest-price with InstancePoolsToUseCount N: the N cheapest pools share evenly, others only when one of them ran out", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, fc.integer({ min: 2, max: 5 }), (pools, target, n) => {
        const a = allocateSpot(pools, target, "lowest-price", { InstancePoolsToUseCount: n })
        const price = comparablePrices(pools, target)
        const cheapest = pools.filter((p) => p.Capacity > 0)
          .sort((x, y) => (price.get(x.Index)! - price.get(y.Index)!) || x.Index - y.Index)
          .slice(0, n)
        const outside = used(a, pools).filter((p) => !cheapest.includes(p))
        if (outside.length > 0) expect(cheapest.some((p) => exhausted(a, p))).toBe(true)
        if (!cheapest.some((p) => exhausted(a, p)) && cheapest.every((p) => p.WeightedCapacity === cheapest[0]!.WeightedCapacity)) {
          const counts = cheapest.map((p) => countOf(a, p.Index))
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns }
    ))

  it("diversified spreads (pool counts differ by at most 1 where capacity allows) and never uses a pool priced at or above On-Demand", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, (pools, target) => {
        const a = allocateSpot(pools, target, "diversified")
        for (const p of used(a, pools)) expect(p.Price).toBeLessThan(p.OnDemandPrice!)
        const eligible = pools.filter((p) => p.Capacity > 0 && p.Price < p.OnDemandPrice!)
        for (const p of eligible) {
          for (const q of eligible) {
            if (countOf(a, p.Index) > countOf(a, q.Index) + 1) expect(exhausted(a, q)).toBe(true)
          }
        }
      }),
      { numRuns }
    ))

  it("capacity-optimized draws from the pool(s) with most available capacity first", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, (pools, target) => {
        const a = allocateSpot(pools, target, "capacity-optimized")
        const open = pools.filter((p) => p.Capacity > 0)
        if (open.length === 0) {
          expect(a.Takes).toEqual([])
          return
        }
        // the first pool: the most capacity among those that can take the whole request (else among all)
        const whole = open.filter((p) => p.Capacity * p.WeightedCapacity >= target)
        const first = pools.find((p) => p.Index === a.Takes[0]!.Index)!
        expect(first.Capacity).toBe(Math.max(...(whole.length > 0 ? whole : open).map((p) => p.Capacity)))
        // in instances (unit weights): never a pool while a bigger one had capacity left
        if (pools.every((p) => p.WeightedCapacity === 1)) {
          for (const p of used(a, pools)) for (const q of pools) if (q.Capacity > p.Capacity) expect(exhausted(a, q)).toBe(true)
        }
      }),
      { numRuns }
    ))

  it("capacity-optimized-prioritized: when pools can take the whole request, one pool of the best priority among them", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, (pools, target) => {
        const a = allocateSpot(pools, target, "capacity-optimized-prioritized")
        const whole = pools.filter((p) => p.Capacity > 0 && p.Capacity * p.WeightedCapacity >= target)
        if (whole.length === 0) return
        const u = used(a, pools)
        expect(u).toHaveLength(1)
        expect(whole).toContain(u[0])
        expect(rank(u[0]!)).toBe(Math.min(...whole.map(rank)))
      }),
      { numRuns }
    ))

  it("price-capacity-optimized: when pools can take the whole request, the cheapest (per unit) of them", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, (pools, target) => {
        const a = allocateSpot(pools, target, "price-capacity-optimized")
        const price = comparablePrices(pools, target)
        const whole = pools.filter((p) => p.Capacity > 0 && p.Capacity * p.WeightedCapacity >= target)
        if (whole.length === 0) return
        const u = used(a, pools)
        expect(u).toHaveLength(1)
        expect(whole).toContain(u[0])
        expect(price.get(u[0]!.Index)).toBe(Math.min(...whole.map((p) => price.get(p.Index)!)))
      }),
      { numRuns }
    ))

  it("on-demand prioritized honours priorities; on-demand lowest-price never skips a cheaper pool with capacity", () =>
    fc.assert(
      fc.property(poolsArb, targetArb, (pools, target) => {
        const pr = allocateOnDemand(pools, target, "prioritized")
        for (const p of used(pr, pools)) for (const q of pools) if (rank(q) < rank(p)) expect(exhausted(pr, q)).toBe(true)
        const lp = allocateOnDemand(pools, target, "lowest-price")
        const price = comparablePrices(pools, target)
        for (const p of used(lp, pools)) for (const q of pools) if (price.get(q.Index)! < price.get(p.Index)!) expect(exhausted(lp, q)).toBe(true)
      }),
      { numRuns }
    ))
})

describe("allocation strategies (hostile inputs)", () => {
  it("every strategy ends and stays within capacity for any weights, prices and capacities (NaN, Infinity, tiny, huge)", () => {
    const wild = fc.oneof(fc.double(), fc.constantFrom(Infinity, -Infinity, Number.NaN, 0, 1e-12, 1e12, -1))
    const hostilePool = (i: number) =>
      fc.record({ price: wild, capacity: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constant(Infinity), fc.constant(Number.NaN)), weight: wild, od: wild })
        .map((r): Pool => ({ Index: i, AvailabilityZone: "us-east-1a", InstanceType: `x.${i}`, Price: r.price, OnDemandPrice: r.od, Capacity: r.capacity, WeightedCapacity: r.weight }))
    const pools = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => hostilePool(i))))
    fc.assert(
      fc.property(pools, fc.integer({ min: 1, max: 200 }), fc.constantFrom(...strategies), fc.integer({ min: 1, max: 6 }), (ps, target, strategy, n) => {
        const all = [allocateSpot(ps, target, strategy, { InstancePoolsToUseCount: n }), allocateOnDemand(ps, target, "lowest-price"), allocateOnDemand(ps, target, "prioritized")]
        for (const a of all) {
          for (const t of a.Takes) {
            const p = ps.find((q) => q.Index === t.Index)!
            expect(Number.isInteger(t.Count) && t.Count > 0 && t.Count <= p.Capacity).toBe(true)
            expect(p.WeightedCapacity > 0 && Number.isFinite(p.WeightedCapacity)).toBe(true)
          }
        }
      }),
      { numRuns }
    )
  })
})

describe("allocation strategies (examples)", () => {
  const pool = (Index: number, Price: number, Capacity: number, extra: Partial<Pool> = {}): Pool => ({
    Index,
    AvailabilityZone: "us-east-1a",
    InstanceType: `c5.${Index}`,
    Price,
    OnDemandPrice: 1,
    Capacity,
    WeightedCapacity: 1,
    ...extra
  })

  it("weights: price per unit-hour, instances rounded up", () => {
    // 0.4/4 = 0.1 per unit beats 0.15 per unit; 10 units at weight 4 → 3 instances (12 units)
    const a = allocateSpot([pool(0, 0.15, 100), pool(1, 0.4, 100, { WeightedCapacity: 4 })], 10, "lowest-price")
    expect(a).toEqual({ Takes: [{ Index: 1, Count: 3 }], Units: 12 })
  })

  it("weights all above the target: price per instance-hour (one instance)", () => {
    const a = allocateSpot([pool(0, 0.5, 9, { WeightedCapacity: 4 }), pool(1, 0.9, 9, { WeightedCapacity: 8 })], 3, "lowest-price")
    expect(a.Takes).toEqual([{ Index: 0, Count: 1 }])
  })

  it("diversified: round robin over the pools below On-Demand", () => {
    const a = allocateSpot([pool(0, 0.1, 100), pool(1, 1.2, 100), pool(2, 0.3, 1), pool(3, 0.2, 100)], 7, "diversified")
    expect(a.Takes).toEqual([{ Index: 0, Count: 3 }, { Index: 2, Count: 1 }, { Index: 3, Count: 3 }])
  })

  it("capacity-optimized-prioritized: priority among the pools that hold the request, else the biggest", () => {
    const pools = [pool(0, 0.1, 5, { Priority: 0 }), pool(1, 0.2, 50, { Priority: 2 }), pool(2, 0.3, 40, { Priority: 1 })]
    expect(allocateSpot(pools, 10, "capacity-optimized-prioritized").Takes).toEqual([{ Index: 2, Count: 10 }])
    expect(allocateSpot(pools, 4, "capacity-optimized-prioritized").Takes).toEqual([{ Index: 0, Count: 4 }])
    expect(allocateSpot(pools, 60, "capacity-optimized-prioritized").Takes).toEqual([{ Index: 1, Count: 50 }, { Index: 2, Count: 10 }])
  })

  it("no capacity anywhere: nothing", () => {
    expect(allocateSpot([pool(0, 0.1, 0)], 3, "price-capacity-optimized")).toEqual({ Takes: [], Units: 0 })
  })
})
