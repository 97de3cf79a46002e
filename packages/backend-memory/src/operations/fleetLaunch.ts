/**
 * How an EC2 Fleet launches: its launch-template configs resolved into capacity pools (type × AZ/subnet per
 * override, priced from the Spot market or core's On-Demand prices, with the capacity the world has now),
 * an allocation strategy (`internal/Allocation.ts`) choosing how many instances each pool gives, and every
 * launch made by RunInstances itself (`runInstances`, with the template merged as `launchTemplateMerge.ts`
 * merges it), so a fleet's instance is validated exactly as a RunInstances launch. A launch that fails is
 * undone (savepoint) and becomes a `CreateFleetError` with RunInstances' code and message, and the fleet
 * draws from the next pool.
 *
 * Rules (sources read 2026-12-06; purchasing-facts §4):
 * - an override without `SubnetId` or `AvailabilityZone` is a pool in every AZ (its default subnet): EC2
 *   chooses the AZ ("If you don't specify … EC2 Fleet chooses", UG23 `ec2-fleet-examples.md`, paraphrased);
 * - Spot pools: the Spot price and capacity of `internal/SpotPricing.ts`; `MaxPrice` defaults to the On-Demand
 *   price (UG23 `ec2-fleet-price-overrides.md`); a pool whose price is above it gives nothing
 *   (`SpotMaxPriceTooLow`, a code AWS ParallelCluster handles, aws/aws-parallelcluster-node
 *   `slurm_resources.py`; text unverified);
 * - what is left unfulfilled is reported per pool: `InsufficientInstanceCapacity` when some instances of the
 *   market launched, `InsufficientCapacity` when none did, `ErrorMessage` "" (UG23 `manage-ec2-fleet.md`
 *   examples);
 * - `SingleInstanceType` / `SingleAvailabilityZone`: every instance of the market of one type / in one AZ;
 *   `MinTargetCapacity`: below it nothing of that market launches (SDK `SpotOptionsRequest`,
 *   `OnDemandOptionsRequest`);
 * - instances carry `aws:ec2:fleet-id` (as on AWS) and the launch template's `aws:ec2launchtemplate:*` tags.
 *
 * @internal
 */
import { Ec2Error, type Ec2Shapes, Pricing } from "@ec2kit/core"
import { Effect, Exit, Random } from "effect"
import { allocateOnDemand, allocateSpot, type Allocation, type OnDemandStrategy, type Pool, type SpotStrategy } from "../internal/Allocation.js"
import { fitAny } from "../internal/Fleet.js"
import type { FleetErrorRecord, FleetInstanceRecord, FleetRecord } from "../internal/records/Purchasing.js"
import { spotCapacityAvailable, spotPrice } from "../internal/SpotPricing.js"
import type { InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { fromRunInstancesRequest } from "./instances.js"
import { freeCapacity } from "./launchCapacity.js"
import { resolveForLaunch } from "./launchTemplateLookup.js"
import { mergeRequest } from "./launchTemplateMerge.js"
import { runInstances } from "./runInstances.js"

/** The tag every instance a fleet launches carries (interface contract 5; as on AWS). */
export const FleetIdTag = "aws:ec2:fleet-id"

/** A market of a fleet. */
export type Market = "spot" | "on-demand"

/** A launch-template config with its template resolved. */
export interface ResolvedConfig {
  readonly Config: number
  readonly LaunchTemplateId: string
  readonly VersionNumber: number
  readonly Data: Readonly<Record<string, unknown>>
  /** The overrides as given (`[]`: none, the template alone). */
  readonly Overrides: ReadonlyArray<Readonly<Record<string, unknown>>>
  /** `LaunchTemplateSpecificationUserData` (base64), when given. */
  readonly UserData?: string
}

/** A capacity pool of a fleet: an override in one AZ (and subnet), in one market. */
export interface FleetPool extends Pool {
  readonly Config: number
  readonly Override: number
  readonly Market: Market
  /** Why the pool has no capacity (reported when the target is not met). */
  readonly Empty?: { readonly ErrorCode: string; readonly ErrorMessage: string }
}

/** A price that sorts after every real one, for a type without an On-Demand price in the table. */
const Unpriced = 1e9

const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined)
const num = (u: unknown): number | undefined => (typeof u === "number" ? u : undefined)
const rec = (u: unknown): Readonly<Record<string, unknown>> | undefined =>
  u !== null && typeof u === "object" && !Array.isArray(u) ? (u as Readonly<Record<string, unknown>>) : undefined

/** The launch templates of a fleet's configs (AWS's launch-template errors when one is missing). */
export const resolveConfigs = (w: World, configs: ReadonlyArray<Readonly<Record<string, unknown>>>) =>
  Effect.forEach(configs, (c, i) =>
    Effect.gen(function*() {
      const spec = rec(c["LaunchTemplateSpecification"]) ?? {}
      const t = yield* resolveForLaunch(w, {
        LaunchTemplateId: str(spec["LaunchTemplateId"]),
        LaunchTemplateName: str(spec["LaunchTemplateName"]),
        Version: str(spec["Version"])
      })
      const overrides = Array.isArray(c["Overrides"]) ? (c["Overrides"] as ReadonlyArray<Readonly<Record<string, unknown>>>) : []
      const userData = str(spec["LaunchTemplateSpecificationUserData"])
      return {
        Config: i,
        LaunchTemplateId: t.LaunchTemplateId,
        VersionNumber: t.VersionNumber,
        Data: t.Data,
        Overrides: overrides,
        ...(userData !== undefined ? { UserData: userData } : {})
      } satisfies ResolvedConfig
    }))

/** The template's subnet (instance-level, or its primary interface's). */
const templateSubnet = (data: Readonly<Record<string, unknown>>): string | undefined => {
  const direct = str(data["SubnetId"])
  if (direct !== undefined) return direct
  const nis = Array.isArray(data["NetworkInterfaces"]) ? (data["NetworkInterfaces"] as ReadonlyArray<Readonly<Record<string, unknown>>>) : []
  return str(nis.find((n) => (num(n["DeviceIndex"]) ?? 0) === 0)?.["SubnetId"])
}

/** Where an override launches: `[AZ, subnet?]` pairs (one, or every AZ when it names neither). */
const placesOf = (w: World, c: ResolvedConfig, o: Readonly<Record<string, unknown>>): ReadonlyArray<readonly [string, string | undefined]> => {
  const subnetId = str(o["SubnetId"]) ?? templateSubnet(c.Data)
  if (subnetId !== undefined) {
    // an unknown subnet keeps its place: RunInstances answers for it at launch
    return [[w.get("subnets", subnetId)?.AvailabilityZone ?? str(o["AvailabilityZone"]) ?? "", subnetId]]
  }
  const az = str(o["AvailabilityZone"]) ?? str(rec(c.Data["Placement"])?.["AvailabilityZone"])
  if (az !== undefined) return [[az, undefined]]
  return w.meta.Zones.map((z) => [z.ZoneName, undefined] as const)
}

/**
 * The instance pools a fleet's configs name (type and subnet, or AZ, or `*` for any AZ), one per override,
 * for the duplicate check: "InvalidFleetConfig: The fleet configuration contains duplicate instance pools."
 * (AWS's answer, github-aws-runners/terraform-aws-github-runner#2904 and 4dn-dcic/tibanna#389, 2023).
 */
export const duplicatePool = (configs: ReadonlyArray<ResolvedConfig>): boolean => {
  const seen = new Set<string>()
  for (const c of configs) {
    for (const o of c.Overrides.length > 0 ? c.Overrides : [{}]) {
      const where = str(o["SubnetId"]) ?? templateSubnet(c.Data) ?? str(o["AvailabilityZone"]) ?? str(rec(c.Data["Placement"])?.["AvailabilityZone"]) ?? "*"
      const key = `${typeOf(c, o)}|${where}`
      if (seen.has(key)) return true
      seen.add(key)
    }
  }
  return false
}

/** The instance type of an override (RunInstances' default when neither it nor the template names one). */
export const typeOf = (c: ResolvedConfig, o: Readonly<Record<string, unknown>>): string =>
  str(o["InstanceType"]) ?? str(c.Data["InstanceType"]) ?? "m1.small"

/**
 * An override's `MaxPrice` per instance-hour: the SDK documents it as "The maximum price per unit hour", so an
 * instance of weight w may cost w × MaxPrice (`undefined`: none given, the On-Demand price applies).
 */
const maxInstancePrice = (o: Readonly<Record<string, unknown>>, weight: number): number | undefined => {
  const given = str(o["MaxPrice"])
  return given === undefined ? undefined : Number((Number(given) * weight).toFixed(6))
}

/** The pools of a fleet for one market, with their prices and the capacity the world has now. */
export const poolsFor = (w: World, configs: ReadonlyArray<ResolvedConfig>, market: Market, target: number): Array<FleetPool> => {
  const pools: Array<FleetPool> = []
  for (const c of configs) {
    const overrides = c.Overrides.length > 0 ? c.Overrides : [{}]
    overrides.forEach((o, oi) => {
      const type = typeOf(c, o)
      const weight = num(o["WeightedCapacity"]) ?? 1
      const priority = num(o["Priority"])
      const onDemand = Pricing.onDemandHourly(Pricing.usEast1, type)
      for (const [az, subnetId] of placesOf(w, c, o)) {
        const known = w.meta.Zones.some((z) => z.ZoneName === az) && (subnetId === undefined || w.get("subnets", subnetId) !== undefined)
        const want = Math.max(1, Math.ceil(target / weight))
        const base = {
          Index: pools.length,
          Config: c.Config,
          Override: c.Overrides.length > 0 ? oi : -1,
          Market: market,
          AvailabilityZone: az,
          ...(subnetId !== undefined ? { SubnetId: subnetId } : {}),
          InstanceType: type,
          WeightedCapacity: weight,
          ...(priority !== undefined ? { Priority: priority } : {}),
          ...(onDemand !== undefined ? { OnDemandPrice: onDemand } : {})
        }
        if (!known) {
          // a launch is tried so that RunInstances answers with AWS's error for the subnet or AZ
          pools.push({ ...base, Price: onDemand ?? Unpriced, Capacity: want })
          continue
        }
        if (market === "on-demand") {
          const free = freeCapacity(w, az, type)
          pools.push({ ...base, Price: onDemand ?? Unpriced, Capacity: Math.min(free, fitAny(w, az, type, want)) })
          continue
        }
        const price = spotPrice(w, az, type)
        if (price === undefined) {
          pools.push({
            ...base,
            Price: Unpriced,
            Capacity: 0,
            Empty: { ErrorCode: "InsufficientInstanceCapacity", ErrorMessage: `There is no Spot capacity available that matches your request.` }
          })
          continue
        }
        const maxPrice = maxInstancePrice(o, weight) ?? onDemand ?? Infinity
        if (price > maxPrice) {
          pools.push({
            ...base,
            Price: price,
            Capacity: 0,
            // AWS's Spot wording (text unverified for fleets)
            Empty: {
              ErrorCode: "SpotMaxPriceTooLow",
              ErrorMessage: `Your Spot request price of ${maxPrice} is lower than the minimum required Spot request fulfillment price of ${price}.`
            }
          })
          continue
        }
        // not capped at what the request wants: the capacity strategies prefer the pools with most room
        pools.push({ ...base, Price: price, Capacity: spotCapacityAvailable(w, az, type) })
      }
    })
  }
  return pools
}

/** The strategy options of a fleet's market. */
export interface MarketOptions {
  readonly Strategy: SpotStrategy | OnDemandStrategy
  readonly InstancePoolsToUseCount?: number
  readonly SingleInstanceType?: boolean
  readonly SingleAvailabilityZone?: boolean
  readonly MinTargetCapacity?: number
  readonly InstanceInterruptionBehavior?: "hibernate" | "stop" | "terminate"
}

/** The options of a market as the fleet record holds them. */
export const marketOptions = (fleet: FleetRecord, market: Market): MarketOptions => {
  const o = (market === "spot" ? fleet.SpotOptions : fleet.OnDemandOptions) ?? {}
  const strategy = str(o["AllocationStrategy"]) ?? "lowest-price"
  const n = num(o["InstancePoolsToUseCount"])
  const min = num(o["MinTargetCapacity"])
  const behavior = str(o["InstanceInterruptionBehavior"]) as MarketOptions["InstanceInterruptionBehavior"]
  return {
    Strategy: strategy as MarketOptions["Strategy"],
    ...(n !== undefined ? { InstancePoolsToUseCount: n } : {}),
    ...(o["SingleInstanceType"] === true ? { SingleInstanceType: true } : {}),
    ...(o["SingleAvailabilityZone"] === true ? { SingleAvailabilityZone: true } : {}),
    ...(min !== undefined ? { MinTargetCapacity: min } : {}),
    ...(behavior !== undefined ? { InstanceInterruptionBehavior: behavior } : {})
  }
}

/** The allocation of a market's strategy over `pools`. */
const allocate = (pools: ReadonlyArray<FleetPool>, target: number, market: Market, opts: MarketOptions): Allocation =>
  market === "spot"
    ? allocateSpot(pools, target, opts.Strategy as SpotStrategy, opts.InstancePoolsToUseCount !== undefined ? { InstancePoolsToUseCount: opts.InstancePoolsToUseCount } : {})
    : allocateOnDemand(pools, target, opts.Strategy as OnDemandStrategy)

/**
 * `SingleInstanceType` / `SingleAvailabilityZone`: the pools of the one type and/or AZ whose allocation
 * fulfils most (ties: the group the strategy draws from first).
 */
const singleGroup = (pools: ReadonlyArray<FleetPool>, target: number, market: Market, opts: MarketOptions): ReadonlyArray<FleetPool> => {
  if (opts.SingleInstanceType !== true && opts.SingleAvailabilityZone !== true) return pools
  const keyOf = (p: FleetPool) => `${opts.SingleInstanceType === true ? p.InstanceType : ""}|${opts.SingleAvailabilityZone === true ? p.AvailabilityZone : ""}`
  const groups = new Map<string, Array<FleetPool>>()
  for (const p of pools) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p])
  const first = allocate(pools, target, market, opts).Takes[0]?.Index
  let best: { units: number; first: boolean; pools: ReadonlyArray<FleetPool> } | undefined
  for (const g of groups.values()) {
    const units = Math.min(target, allocate(g, target, market, opts).Units)
    const isFirst = g.some((p) => p.Index === first)
    if (best === undefined || units > best.units || (units === best.units && isFirst && !best.first)) best = { units, first: isFirst, pools: g }
  }
  return best?.pools ?? []
}

/** What launching one market of a fleet did. */
export interface Launched {
  readonly Instances: ReadonlyArray<FleetInstanceRecord>
  readonly Errors: ReadonlyArray<FleetErrorRecord>
  /** Units launched. */
  readonly Units: number
}

/** The RunInstances request of `n` instances of one pool (the template's data under the override's members). */
const launchRequest = (c: ResolvedConfig, pool: FleetPool, n: number, opts: MarketOptions, tags: ReadonlyArray<Ec2Shapes.TagSpecification>) => {
  const o = pool.Override >= 0 ? c.Overrides[pool.Override]! : {}
  const members: Record<string, unknown> = { MinCount: 1, MaxCount: n, InstanceType: pool.InstanceType }
  for (const k of ["KeyName", "ImageId", "BlockDeviceMappings", "IamInstanceProfile", "MetadataOptions"] as const) {
    if (o[k] !== undefined) members[k] = o[k]
  }
  const placement = { ...rec(c.Data["Placement"]), ...rec(o["Placement"]) }
  const templateNis = Array.isArray(c.Data["NetworkInterfaces"]) ? (c.Data["NetworkInterfaces"] as ReadonlyArray<Record<string, unknown>>) : undefined
  if (pool.SubnetId !== undefined && templateNis !== undefined && templateNis.length > 0) {
    // the override's subnet goes to the template's primary interface (RunInstances takes no SubnetId with interfaces)
    members["NetworkInterfaces"] = templateNis.map((ni) => ((num(ni["DeviceIndex"]) ?? 0) === 0 ? { ...ni, SubnetId: pool.SubnetId } : ni))
  } else if (pool.SubnetId !== undefined) {
    members["SubnetId"] = pool.SubnetId
  } else {
    placement["AvailabilityZone"] = pool.AvailabilityZone
  }
  if (Object.keys(placement).length > 0) members["Placement"] = placement
  if (pool.Market === "spot") {
    const behavior = opts.InstanceInterruptionBehavior ?? "terminate"
    const maxPrice = maxInstancePrice(o, pool.WeightedCapacity)
    members["InstanceMarketOptions"] = {
      MarketType: "spot",
      SpotOptions: {
        ...(maxPrice !== undefined ? { MaxPrice: String(maxPrice) } : {}),
        // one-time always: the fleet, not a persistent request, replaces what is terminated (a persistent request
        // would relaunch a terminated instance beside the fleet's replacement); an instance the market stops is
        // restarted through its request all the same (spotMarket.ts)
        SpotInstanceType: "one-time",
        InstanceInterruptionBehavior: behavior
      }
    }
  }
  // the spec's user data (instant fleets, SDK FleetLaunchTemplateSpecificationRequest) wins over the template's
  if (c.UserData !== undefined) members["UserData"] = c.UserData
  if (tags.length > 0) members["TagSpecifications"] = tags
  return mergeRequest(c.Data, members as Ec2Shapes.RunInstancesRequest)
}

/**
 * Launches `n` instances of `pool` through RunInstances; a failure is undone and returned as the error.
 * Synchronous over the world (used from operations and timers alike).
 */
const launchPool = (
  w: World,
  fleetId: string,
  c: ResolvedConfig,
  pool: FleetPool,
  n: number,
  opts: MarketOptions,
  tags: ReadonlyArray<Ec2Shapes.TagSpecification>
): { readonly ids: ReadonlyArray<string> } | { readonly error: Ec2Error.Ec2Error } => {
  const req = launchRequest(c, pool, n, opts, tags)
  const mark = w.savepoint()
  const exit = Effect.runSyncExit(
    Effect.suspend(() =>
      req.ImageId === undefined
        ? Ec2Error.fail("MissingParameter", "The request must contain the parameter ImageId")
        : runInstances(w, fromRunInstancesRequest({ ...req, ImageId: req.ImageId }))
    ).pipe(Effect.provideService(Random.Random, w.rng))
  )
  if (Exit.isFailure(exit)) {
    w.rollback(mark)
    const e = exit.cause.reasons.find((r) => r._tag === "Fail")
    const error = e !== undefined && e._tag === "Fail"
      ? (e.error as Ec2Error.Ec2Error)
      : Ec2Error.make("InternalError", "An internal error has occurred.")
    return { error }
  }
  const ids = exit.value.Instances.map((i) => i.InstanceId).filter((id): id is string => id !== undefined)
  for (const id of ids) {
    const own = w.tagsOf(id).filter(([k]) => k !== FleetIdTag && !k.startsWith("aws:ec2launchtemplate:"))
    w.setTags(id, [
      ...own,
      ["aws:ec2launchtemplate:id", c.LaunchTemplateId],
      ["aws:ec2launchtemplate:version", String(c.VersionNumber)],
      [FleetIdTag, fleetId]
    ])
  }
  return { ids }
}

/**
 * Launches up to `target` units of one market for a fleet: allocate, launch each take (a failed pool is
 * reported and left out), allocate the rest again, until the target is met or no pool can give more.
 * `MinTargetCapacity` not met: everything of the market is undone.
 */
export const launchMarket = (
  w: World,
  fleet: FleetRecord,
  configs: ReadonlyArray<ResolvedConfig>,
  market: Market,
  target: number,
  tags: ReadonlyArray<Ec2Shapes.TagSpecification> = []
): Launched => {
  if (!(target > 0)) return { Instances: [], Errors: [], Units: 0 }
  const opts = marketOptions(fleet, market)
  const mark = w.savepoint()
  const instances: Array<FleetInstanceRecord> = []
  const errors = new Map<number, FleetErrorRecord>()
  const closed = new Set<number>()
  let units = 0
  let pools: ReadonlyArray<FleetPool> = []
  // each round fulfils the target or closes at least one pool, so this ends
  for (let round = 0; units < target; round++) {
    const fresh = poolsFor(w, configs, market, target - units)
    pools = fresh
    const open = singleGroup(fresh.map((p) => (closed.has(p.Index) ? { ...p, Capacity: 0 } : p)), target, market, opts)
    const allocation = allocate(open, target - units, market, opts)
    if (allocation.Takes.length === 0 || round > fresh.length + 1) break
    for (const take of allocation.Takes) {
      if (units >= target) break
      const pool = fresh[take.Index]!
      const c = configs[pool.Config]!
      const r = launchPool(w, fleet.FleetId, c, pool, take.Count, opts, tags)
      if ("error" in r) {
        closed.add(pool.Index)
        errors.set(pool.Index, { Config: pool.Config, Override: pool.Override, Lifecycle: market, ErrorCode: r.error.code, ErrorMessage: r.error.reason.message })
        continue
      }
      if (r.ids.length < take.Count) closed.add(pool.Index)
      for (const id of r.ids) {
        instances.push({ InstanceId: id, Lifecycle: market, Config: pool.Config, Override: pool.Override, InstanceType: pool.InstanceType, Units: pool.WeightedCapacity })
        units += pool.WeightedCapacity
      }
    }
  }
  if (opts.MinTargetCapacity !== undefined && units < opts.MinTargetCapacity) {
    w.rollback(mark)
    return {
      Instances: [],
      Errors: [{ Config: 0, Override: configs[0]?.Overrides.length ? 0 : -1, Lifecycle: market, ErrorCode: "InsufficientCapacity", ErrorMessage: "" }],
      Units: 0
    }
  }
  if (units < target) {
    // what is left unfulfilled, per pool that gave nothing more (UG23 manage-ec2-fleet examples)
    const seen = new Set<string>([...errors.values()].map((e) => `${e.Config}|${e.Override}`))
    for (const p of pools) {
      const key = `${p.Config}|${p.Override}`
      if (seen.has(key)) continue
      seen.add(key)
      errors.set(-1 - p.Index, {
        Config: p.Config,
        Override: p.Override,
        Lifecycle: market,
        ErrorCode: p.Empty?.ErrorCode ?? (units > 0 ? "InsufficientInstanceCapacity" : "InsufficientCapacity"),
        ErrorMessage: p.Empty?.ErrorMessage ?? ""
      })
    }
  }
  return { Instances: instances, Errors: [...errors.values()], Units: units }
}

// ------------------------------------------------------------------------------------------------
// what a fleet holds and lacks
// ------------------------------------------------------------------------------------------------

/** Whether an instance is pending or running. */
export const isActive = (r: InstanceRecord | undefined) => r !== undefined && (r.Lifecycle.State === "pending" || r.Lifecycle.State === "running")

/**
 * Whether an instance counts toward its fleet's capacity: pending or running, or a Spot instance interrupted
 * with `stop`/`hibernate`, which its maintain fleet restarts rather than replaces (UG23 stop-spot-instances.md).
 */
export const holdsCapacity = (r: InstanceRecord | undefined) =>
  isActive(r) || (r !== undefined && r.Spot !== undefined && r.Spot.InstanceInterruptionBehavior !== "terminate" &&
    (r.Lifecycle.State === "stopping" || r.Lifecycle.State === "stopped"))

/** The units of a fleet's market its instances provide now (see {@link holdsCapacity}). */
export const liveUnits = (w: World, f: FleetRecord, market: Market) =>
  f.Instances.reduce((s, i) => (i.Lifecycle === market && holdsCapacity(w.get("instances", i.InstanceId)) ? s + i.Units : s), 0)

/** The units each market of a fleet is to have. */
export const targets = (f: FleetRecord) => {
  const t = f.TargetCapacitySpecification
  const rest = t.TotalTargetCapacity - t.OnDemandTargetCapacity - t.SpotTargetCapacity
  return {
    "on-demand": t.OnDemandTargetCapacity + (t.DefaultTargetCapacityType === "on-demand" ? rest : 0),
    spot: t.SpotTargetCapacity + (t.DefaultTargetCapacityType === "spot" ? rest : 0)
  } as const
}
