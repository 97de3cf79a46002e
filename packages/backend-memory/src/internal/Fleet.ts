/**
 * The modelled fleet behind placement admission: per AZ a number of racks, each with hosts, each
 * host offering a number of vCPUs. Every active instance (pending, running, stopping) occupies one
 * host, recorded on the instance (`RackId`, `HostId`: internal, never shown by the API); a stopped
 * or shutting-down instance holds none (a start is a new placement and may fail with
 * `InsufficientInstanceCapacity`, as on EC2).
 *
 * Placement rules (EC2 publishes none of its real fleet; the rules follow the placement-group
 * descriptions of https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-strategies.html, read 2026-11):
 * - no group: the first host (rack by rack, host by host) with room;
 * - rack-level **spread**: every active member of the group in the AZ on a distinct rack ("each
 *   instance on distinct hardware … each rack has its own network and power source"), so the spread
 *   limit is min(7, racks with room);
 * - **cluster** (and `precision-time`): all active members of the group in the AZ on one "cluster",
 *   a rack pair `{2k, 2k+1}` ("a low-latency group in a single Availability Zone"). While the group
 *   has active members the cluster is the pair of the first one (insertion order); when it has none,
 *   a launch or start picks the pair with room for the most instances of the type (lowest on ties).
 *   The rack pair is our choice: AWS does not document the size of a cluster;
 * - **partition**: partition `p` of a group with `n` partitions uses the racks `r` with
 *   `r mod n = p - 1` ("each partition … has its own set of racks"; "no two partitions … share the
 *   same racks"), so partitions of a group never share a rack; with fewer racks than partitions the
 *   extra partitions have no racks and a launch into them fails with `InsufficientInstanceCapacity`.
 *
 * The index of used vCPUs per host lives in the `World` (kept on every write of an instance, so
 * rollback, journal replay and restore rebuild it); `Planner` places a request against it plus the
 * request's own tentative placements, without writing.
 *
 * @internal
 */
import { InstanceTypeCatalogue, VcpuQuota } from "@ec2kit/core"
import { Option } from "effect"
import { type InstanceRecord, type MetaRecord, vcpuQuotaKey } from "./Records.js"
import type { World } from "./World.js"

/** The shape of an AZ's fleet. */
export interface FleetConfig {
  readonly RacksPerAz: number
  readonly HostsPerRack: number
  readonly VCpusPerHost: number
}

/**
 * Default fleet: generous, so ordinary tests and the 100,000-instance benchmarks never hit it
 * (32 × 48 × 896 = 1,376,256 vCPUs per AZ; 896 vCPUs is the largest type in the catalogue,
 * u7i-12tb.224xlarge, so every type fits on a host).
 */
export const defaultFleet: FleetConfig = { RacksPerAz: 32, HostsPerRack: 48, VCpusPerHost: 896 }

/** Hosts per rack are encoded with racks in one number key: `rack * HOST_RADIX + host`. */
export const HOST_RADIX = 65_536

/** Upper bounds of the configuration (memory and key encoding). */
export const MaxRacksPerAz = 10_000
export const MaxHostsPerRack = HOST_RADIX

/** The fleet of an AZ: its own setting, else the world's (`"*"`), else the default. */
export const configOf = (meta: MetaRecord, az: string): FleetConfig => meta.Fleet?.[az] ?? meta.Fleet?.["*"] ?? defaultFleet

/** vCPUs an instance type takes on a host (catalogue `VCpuInfo.DefaultVCpus`; 1 when unknown). */
export const vCpusOf = (instanceType: string): number => {
  const info = InstanceTypeCatalogue.lookup(instanceType)
  return Option.isSome(info) ? info.value.vCpus ?? 1 : 1
}

/** Whether an instance record occupies a host. */
export const occupies = (r: InstanceRecord): boolean => {
  const s = r.Lifecycle.State
  return (s === "pending" || s === "running" || s === "stopping") && r.RackId !== undefined && r.HostId !== undefined
}

/**
 * Whether an instance uses vCPUs of its quota: core's `VcpuQuota.usesVcpus`, told that a
 * `shutting-down` instance without a host (terminated while stopped) holds no hardware.
 */
export const holdsVcpus = (r: InstanceRecord): boolean =>
  VcpuQuota.usesVcpus(r.Lifecycle.State, r.Lifecycle.State === "shutting-down" && r.RackId === undefined ? false : undefined)

const bucketCache = new Map<string, VcpuQuota.Bucket | null>()

/** The bucket of an instance type (`undefined`: no vCPU quota applies), looked up once per type. */
export const bucketOf = (instanceType: string): VcpuQuota.Bucket | undefined => {
  let b = bucketCache.get(instanceType)
  if (b === undefined) {
    const found = VcpuQuota.bucketOf(instanceType)
    bucketCache.set(instanceType, b = Option.isSome(found) ? found.value : null)
  }
  return b ?? undefined
}

/** The quota an instance's vCPUs count against (`vcpuQuotaKey(market, bucket)`), if any. */
export const quotaKeyOf = (r: InstanceRecord): string | undefined => {
  const bucket = bucketOf(r.InstanceType)
  return bucket === undefined ? undefined : vcpuQuotaKey(r.Spot !== undefined ? "spot" : "on-demand", bucket)
}

/** The host an instance occupies. */
export interface Slot {
  readonly RackId: number
  readonly HostId: number
}

/** What a placement group asks of one instance. */
export type Rule =
  | { readonly Kind: "any" }
  /** A rack not in `used` (which grows with each placement). */
  | { readonly Kind: "distinct"; readonly used: Set<number> }
  /** One of these racks, in order. */
  | { readonly Kind: "racks"; readonly racks: ReadonlyArray<number> }

/** Racks of partition `p` (1-based) of a group with `count` partitions. */
export const partitionRacks = (config: FleetConfig, count: number, p: number): Array<number> => {
  const out: Array<number> = []
  for (let r = p - 1; r < config.RacksPerAz; r += count) out.push(r)
  return out
}

/** The rack pair (cluster) holding a rack. */
export const pairOf = (config: FleetConfig, rack: number): Array<number> => {
  const first = rack - (rack % 2)
  return first + 1 < config.RacksPerAz ? [first, first + 1] : [first]
}

/**
 * Places instances against the world's host index plus this planner's own tentative placements
 * (nothing is written; the caller records the slots on the instances it writes).
 */
export class Planner {
  private readonly overlay = new Map<string, number>()
  /**
   * `"<az>|<vCpus>"` → host key before which no host has room for `vCpus` (counting this planner's
   * placements). Free room only shrinks within a planner, so first-fit resumes there: placing n
   * instances costs O(n + hosts), not O(n × hosts).
   */
  private readonly cursors = new Map<string, number>()
  constructor(private readonly w: World) {}

  private free(az: string, config: FleetConfig, key: number): number {
    return config.VCpusPerHost - this.w.hostUsed(az, key) - (this.overlay.get(`${az}|${key}`) ?? 0)
  }

  private take(az: string, key: number, vCpus: number): Slot {
    const k = `${az}|${key}`
    this.overlay.set(k, (this.overlay.get(k) ?? 0) + vCpus)
    return { RackId: Math.floor(key / HOST_RADIX), HostId: key % HOST_RADIX }
  }

  /** The first host of a rack with room, or `undefined`. */
  private inRack(az: string, config: FleetConfig, rack: number, vCpus: number): number | undefined {
    for (let h = 0; h < config.HostsPerRack; h++) {
      const key = rack * HOST_RADIX + h
      if (this.free(az, config, key) >= vCpus) return key
    }
    return undefined
  }

  /**
   * First fit over the whole AZ, from the world's hint (hosts before it are full) or this planner's
   * cursor for the size, whichever is further. The world's hint moves only on a scan that started
   * at it (hosts between it and a cursor may still have room in the world).
   */
  private any(az: string, config: FleetConfig, vCpus: number): number | undefined {
    const hint = this.w.hostHint(az)
    const cursorKey = `${az}|${vCpus}`
    const cursor = this.cursors.get(cursorKey)
    const start = cursor !== undefined && cursor > hint ? cursor : hint
    const fromHint = start === hint
    const end = config.RacksPerAz * HOST_RADIX
    let newHint: number | undefined
    for (let r = Math.floor(start / HOST_RADIX); r < config.RacksPerAz; r++) {
      for (let h = r === Math.floor(start / HOST_RADIX) ? start % HOST_RADIX : 0; h < config.HostsPerRack; h++) {
        const key = r * HOST_RADIX + h
        if (fromHint && newHint === undefined && config.VCpusPerHost - this.w.hostUsed(az, key) > 0) newHint = key
        if (this.free(az, config, key) >= vCpus) {
          if (fromHint) this.w.setHostHint(az, newHint ?? key)
          this.cursors.set(cursorKey, key)
          return key
        }
      }
    }
    if (fromHint) this.w.setHostHint(az, newHint ?? end)
    this.cursors.set(cursorKey, end)
    return undefined
  }

  /** Places one instance of `vCpus` in `az` under `rule`; `undefined` when nothing fits. */
  place(az: string, vCpus: number, rule: Rule): Slot | undefined {
    const config = configOf(this.w.meta, az)
    if (vCpus > config.VCpusPerHost) return undefined
    if (rule.Kind === "any") {
      const key = this.any(az, config, vCpus)
      return key === undefined ? undefined : this.take(az, key, vCpus)
    }
    if (rule.Kind === "distinct") {
      for (let r = 0; r < config.RacksPerAz; r++) {
        if (rule.used.has(r)) continue
        const key = this.inRack(az, config, r, vCpus)
        if (key !== undefined) {
          rule.used.add(r)
          return this.take(az, key, vCpus)
        }
      }
      return undefined
    }
    for (const r of rule.racks) {
      if (r >= config.RacksPerAz) continue
      const key = this.inRack(az, config, r, vCpus)
      if (key !== undefined) return this.take(az, key, vCpus)
    }
    return undefined
  }

  /** How many instances of `vCpus` fit on these racks (counting this planner's placements). */
  fitOn(az: string, racks: ReadonlyArray<number>, vCpus: number): number {
    const config = configOf(this.w.meta, az)
    let n = 0
    for (const r of racks) {
      for (let h = 0; h < config.HostsPerRack; h++) n += Math.floor(Math.max(0, this.free(az, config, r * HOST_RADIX + h)) / vCpus)
    }
    return n
  }
}

/** Active members of a group in an AZ that hold a host, in insertion order. */
const activeMembers = (w: World, groupName: string, az: string, exclude?: ReadonlySet<string>): Array<InstanceRecord> => {
  const out: Array<InstanceRecord> = []
  for (const r of w.all("instances")) {
    if (r.PlacementGroupName === groupName && r.AvailabilityZone === az && occupies(r) && exclude?.has(r.InstanceId) !== true) out.push(r)
  }
  return out
}

/** What the planner must know of an instance's group. */
export interface GroupContext {
  readonly GroupName: string
  readonly Strategy: "cluster" | "partition" | "spread" | "precision-time"
  readonly PartitionCount?: number
}

/**
 * Rules for instances of one group in one AZ (`partitions[i]` is instance i's partition). Cluster
 * racks are chosen here, for `count` instances of `vCpus`.
 */
export const rulesFor = (
  w: World,
  planner: Planner,
  group: GroupContext | undefined,
  az: string,
  vCpus: number,
  partitions: ReadonlyArray<number | undefined>
): Array<Rule> => {
  const n = partitions.length
  if (group === undefined) return Array.from({ length: n }, () => ({ Kind: "any" as const }))
  const config = configOf(w.meta, az)
  const members = activeMembers(w, group.GroupName, az)
  if (group.Strategy === "spread") {
    const used = new Set(members.map((m) => m.RackId!))
    return Array.from({ length: n }, () => ({ Kind: "distinct" as const, used }))
  }
  if (group.Strategy === "partition") {
    const count = group.PartitionCount ?? 2
    return partitions.map((p) => ({ Kind: "racks" as const, racks: p === undefined ? [] : partitionRacks(config, count, p) }))
  }
  // cluster / precision-time
  let racks: Array<number>
  const first = members[0]
  if (first !== undefined) racks = pairOf(config, first.RackId!)
  else {
    racks = pairOf(config, 0)
    let best = -1
    for (let r = 0; r < config.RacksPerAz; r += 2) {
      const pair = pairOf(config, r)
      const fit = planner.fitOn(az, pair, vCpus)
      if (fit > best) {
        best = fit
        racks = pair
      }
      if (fit >= n) break
    }
  }
  return Array.from({ length: n }, () => ({ Kind: "racks" as const, racks }))
}

/**
 * How many instances of a type would fit in an AZ without a group (up to `limit`): first fit fills
 * every host, so it is the sum over hosts of ⌊free / vCPUs⌋, counted from the hosts in use (empty
 * hosts all hold the same number) in O(hosts in use), whatever `limit` is.
 */
export const fitAny = (w: World, az: string, instanceType: string, limit: number): number => {
  const config = configOf(w.meta, az)
  const v = vCpusOf(instanceType)
  if (v > config.VCpusPerHost || limit <= 0) return 0
  const perEmptyHost = Math.floor(config.VCpusPerHost / v)
  const hosts = config.RacksPerAz * config.HostsPerRack
  const used = w.hostsInUse(az)
  // at least this many hosts are empty (some used keys may lie outside a fleet that shrank)
  if ((hosts - used.size) * perEmptyHost >= limit) return limit
  let n = 0
  let usedInFleet = 0
  for (const [key, vCpusUsed] of used) {
    if (Math.floor(key / HOST_RADIX) >= config.RacksPerAz || key % HOST_RADIX >= config.HostsPerRack) continue
    usedInFleet++
    n += Math.floor(Math.max(0, config.VCpusPerHost - vCpusUsed) / v)
    if (n >= limit) return limit
  }
  return Math.min(limit, n + (hosts - usedInFleet) * perEmptyHost)
}
