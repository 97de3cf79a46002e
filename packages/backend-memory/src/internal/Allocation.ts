/**
 * EC2 Fleet's allocation strategies as pure functions: which capacity pools (instance type × AZ/subnet
 * of a launch-template override) a target capacity is drawn from, and how many instances each gives.
 *
 * Sources (read 2026-12-06; /work/shared/docs/purchasing-facts.md §4):
 * - SDK `SpotOptionsRequest.AllocationStrategy` and `InstancePoolsToUseCount`, `OnDemandOptionsRequest`,
 *   `FleetLaunchTemplateOverridesRequest.WeightedCapacity` / `Priority` (@aws-sdk/client-ec2 3.1169.0);
 * - UG23 `ec2-fleet-allocation-strategy.md`, `ec2-fleet-instance-weighting.md`.
 *
 * Rules encoded (quotes from the SDK's documentation):
 * - Spot `lowest-price` (the default): "requests instances from the lowest priced Spot Instance pool that
 *   has available capacity … If a pool runs out of capacity … drawing from the next lowest priced pool".
 *   With `InstancePoolsToUseCount` N: "selects the cheapest Spot pools and evenly allocates your target Spot
 *   capacity across the number of Spot pools that you specify … best effort … If a pool runs out … the next
 *   cheapest pool".
 * - `diversified`: "requests instances from all of the Spot Instance pools that you specify"; never from a
 *   pool whose Spot price is at or above the On-Demand price (UG23). Spread one instance per pool per round.
 * - `capacity-optimized`: "the pools with the highest capacity availability for the number of instances
 *   that are launching": here, the pool with the most available capacity first.
 * - `capacity-optimized-prioritized`: the same, "honors … priorities on a best-effort basis, but optimizes for
 *   capacity first": among the pools that can take the whole remaining request, the best priority; when no
 *   pool can, the pool with most capacity.
 * - `price-capacity-optimized`: "identifies the pools with the highest capacity availability for the number
 *   of instances that are launching … then requests Spot Instances from the lowest priced of these pools":
 *   among the pools that can take the whole remaining request, the cheapest (per unit); when none can, the
 *   pool with most capacity.
 * - On-Demand `lowest-price` (default): by On-Demand price, cheapest first; `prioritized`: by `Priority`
 *   ("The lower the number, the higher the priority. If no number is set, … the lowest priority").
 * - Weights: "If the target capacity divided by this value is not a whole number, Amazon EC2 rounds the
 *   number of instances to the next whole number" — instances are added while the fulfilled units are below
 *   the target, so the last one may overshoot by less than its weight. Prices compare "per unit hour (where
 *   the instance price is divided by the specified weight). However, if all the specified weights are above
 *   the requested TargetCapacity, … the price used is per instance hour."
 *
 * Ties are broken by the pool's position in the request (its `Index`), so every strategy is deterministic.
 *
 * @internal
 */

/** One capacity pool: a launch-template override resolved to an instance type in one AZ. */
export interface Pool {
  /** The pool's position in the request (override order); ties break on it. */
  readonly Index: number
  readonly AvailabilityZone: string
  readonly SubnetId?: string
  readonly InstanceType: string
  /** USD per instance-hour in this market (Spot price for Spot pools, On-Demand price for On-Demand). */
  readonly Price: number
  /** The type's On-Demand price per hour (`diversified` never uses a pool priced at or above it). */
  readonly OnDemandPrice?: number
  /** How many more instances the pool can take now (≥ 0; `Infinity` = unlimited). */
  readonly Capacity: number
  /** Units one instance provides (default 1; > 0). */
  readonly WeightedCapacity: number
  /** Lower = higher priority; absent = lowest. */
  readonly Priority?: number
}

/** Spot allocation strategies (SDK `SpotAllocationStrategy`). */
export type SpotStrategy = "lowest-price" | "diversified" | "capacity-optimized" | "capacity-optimized-prioritized" | "price-capacity-optimized"

/** On-Demand allocation strategies (SDK `FleetOnDemandAllocationStrategy`). */
export type OnDemandStrategy = "lowest-price" | "prioritized"

/** How many instances one pool gives. */
export interface Take {
  /** The pool's `Index`. */
  readonly Index: number
  readonly Count: number
}

/** The outcome of one allocation. */
export interface Allocation {
  /** Instances per pool, in the order the pools were first drawn from; no zero counts. */
  readonly Takes: ReadonlyArray<Take>
  /** Units fulfilled (Σ count × weight). */
  readonly Units: number
}

/** Units of capacity the request still needs after `fulfilled`. */
const remainingUnits = (target: number, fulfilled: number) => Math.max(0, target - fulfilled)

/**
 * The price a strategy compares: per unit-hour, unless every weight is above the target (then one instance
 * fulfils it and the price is per instance-hour), as the SDK documents for `WeightedCapacity`.
 */
export const comparablePrices = (pools: ReadonlyArray<Pool>, target: number): ReadonlyMap<number, number> => {
  const perInstance = pools.length > 0 && pools.every((p) => p.WeightedCapacity > target)
  return new Map(pools.map((p) => [p.Index, perInstance ? p.Price : p.Price / p.WeightedCapacity]))
}

/** Mutable bookkeeping of one allocation. */
class Ledger {
  readonly used = new Map<number, number>()
  readonly order: Array<number> = []
  units = 0
  constructor(readonly target: number) {}
  left(p: Pool): number {
    return p.Capacity - (this.used.get(p.Index) ?? 0)
  }
  get remaining(): number {
    return remainingUnits(this.target, this.units)
  }
  /** Instances of `p` still useful: enough to cover the remaining units (ceil, at least one), within its capacity. */
  wanted(p: Pool): number {
    return Math.min(this.left(p), Math.max(1, Math.ceil(this.remaining / p.WeightedCapacity - 1e-9)))
  }
  /** Whether `p` alone can take the whole remaining request. */
  holdsAll(p: Pool): boolean {
    return this.left(p) * p.WeightedCapacity >= this.remaining - 1e-9
  }
  take(p: Pool, n: number): void {
    if (n <= 0) return
    if (!this.used.has(p.Index)) this.order.push(p.Index)
    this.used.set(p.Index, (this.used.get(p.Index) ?? 0) + n)
    this.units += n * p.WeightedCapacity
  }
  result(): Allocation {
    return { Takes: this.order.map((Index) => ({ Index, Count: this.used.get(Index)! })), Units: this.units }
  }
}

/** Most instances one pool is asked for: EC2's `Integer` (RunInstances' MaxCount is one). */
const MaxCount = 2_147_483_647

/**
 * Pools a strategy may draw from: some capacity, a finite price, a finite positive weight large enough that the
 * target needs a countable number of instances (else nothing is drawn from it).
 */
const usable = (pools: ReadonlyArray<Pool>, target: number) =>
  pools.filter((p) =>
    p.Capacity > 0 && Number.isFinite(p.Price) && p.Price >= 0 &&
    p.WeightedCapacity > 0 && Number.isFinite(p.WeightedCapacity) && Math.ceil(target / p.WeightedCapacity) <= MaxCount
  )

/** Fills pools whole, one after the other, in `order` (lowest-price, prioritized). */
const fillInOrder = (pools: ReadonlyArray<Pool>, target: number, order: (a: Pool, b: Pool) => number): Allocation => {
  const l = new Ledger(target)
  for (const p of [...usable(pools, target)].sort(order)) {
    if (l.remaining <= 0) break
    l.take(p, l.wanted(p))
  }
  return l.result()
}

/** Ascending order of two numbers that may be `Infinity` (where subtraction gives NaN). */
const asc = (x: number, y: number) => (x === y ? 0 : x < y ? -1 : 1)

/** Capacity first (most available first; `Infinity` ties), then position. */
const byCapacity = (a: Pool, b: Pool) => asc(b.Capacity, a.Capacity) || a.Index - b.Index

/** Priority rank: lower first, unset last. */
const rank = (p: Pool) => p.Priority ?? Infinity

/**
 * Repeatedly: among the pools that can take the whole remaining request, the best by `choose`; when none
 * can, the pool with most capacity, filled (capacity-optimized family).
 */
const capacityFirst = (pools: ReadonlyArray<Pool>, target: number, choose: (a: Pool, b: Pool) => number): Allocation => {
  const l = new Ledger(target)
  const live = usable(pools, target)
  while (l.remaining > 0) {
    const open = live.filter((p) => l.left(p) > 0)
    if (open.length === 0) break
    const whole = open.filter((p) => l.holdsAll(p)).sort(choose)
    const p = whole[0] ?? [...open].sort(byCapacity)[0]!
    l.take(p, l.wanted(p))
  }
  return l.result()
}

/**
 * Round robin over `pools` (one instance each per round, in the given order), replacing a pool that runs
 * out with the next of `spares`.
 */
const roundRobin = (active: Array<Pool>, spares: Array<Pool>, target: number): Allocation => {
  const l = new Ledger(target)
  while (l.remaining > 0 && active.length > 0) {
    // a whole round at once when every active pool can take it and the round stays below the target
    const roundUnits = active.reduce((s, p) => s + p.WeightedCapacity, 0)
    const fullRounds = Math.floor((l.remaining - 1e-9) / roundUnits)
    const minLeft = Math.min(...active.map((p) => l.left(p)))
    const k = Math.min(fullRounds, minLeft)
    if (k >= 1) {
      for (const p of active) l.take(p, k)
    } else {
      for (const p of active) {
        if (l.remaining <= 0) break
        if (l.left(p) > 0) l.take(p, 1)
      }
    }
    for (let i = active.length - 1; i >= 0; i--) {
      if (l.left(active[i]!) <= 0) {
        active.splice(i, 1)
        const next = spares.shift()
        if (next !== undefined) active.push(next)
      }
    }
  }
  return l.result()
}

/**
 * Spot: the instances per pool that `strategy` draws for `target` units.
 *
 * `InstancePoolsToUseCount` applies to `lowest-price` only (SDK); the caller validates it.
 */
export const allocateSpot = (
  pools: ReadonlyArray<Pool>,
  target: number,
  strategy: SpotStrategy,
  options: { readonly InstancePoolsToUseCount?: number } = {}
): Allocation => {
  if (!(target > 0)) return { Takes: [], Units: 0 }
  const price = comparablePrices(pools, target)
  const cheaper = (a: Pool, b: Pool) => asc(price.get(a.Index)!, price.get(b.Index)!) || a.Index - b.Index
  switch (strategy) {
    case "lowest-price": {
      const n = options.InstancePoolsToUseCount
      if (n === undefined || n <= 1) return fillInOrder(pools, target, cheaper)
      const sorted = [...usable(pools, target)].sort(cheaper)
      return roundRobin(sorted.slice(0, n), sorted.slice(n), target)
    }
    case "diversified": {
      // never a pool whose Spot price is at or above the On-Demand price (UG23 ec2-fleet-allocation-strategy)
      const eligible = usable(pools, target).filter((p) => p.OnDemandPrice === undefined || p.Price < p.OnDemandPrice)
      return roundRobin([...eligible].sort((a, b) => a.Index - b.Index), [], target)
    }
    case "capacity-optimized":
      return capacityFirst(pools, target, byCapacity)
    case "capacity-optimized-prioritized":
      return capacityFirst(pools, target, (a, b) => asc(rank(a), rank(b)) || byCapacity(a, b))
    case "price-capacity-optimized":
      return capacityFirst(pools, target, (a, b) => cheaper(a, b))
  }
}

/**
 * On-Demand: the instances per pool that `strategy` draws for `target` units (`Price` is the On-Demand
 * price; pools filled whole in order).
 */
export const allocateOnDemand = (pools: ReadonlyArray<Pool>, target: number, strategy: OnDemandStrategy): Allocation => {
  if (!(target > 0)) return { Takes: [], Units: 0 }
  if (strategy === "prioritized") {
    // equal priorities: the cheaper first (unverified; AWS documents no tie rule), then position
    const price = comparablePrices(pools, target)
    return fillInOrder(pools, target, (a, b) => asc(rank(a), rank(b)) || asc(price.get(a.Index)!, price.get(b.Index)!) || a.Index - b.Index)
  }
  const price = comparablePrices(pools, target)
  return fillInOrder(pools, target, (a, b) => asc(price.get(a.Index)!, price.get(b.Index)!) || a.Index - b.Index)
}
