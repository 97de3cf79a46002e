/**
 * The billing meter's usage ledger (issue 12 §4): what each billable resource was, and when, as
 * segments in the `usage` table, kept by record observers (`observeRecords`) so that no operation has
 * to call the meter. A segment is written when a billable attribute changes (a state change, a
 * ModifyVolume, an address association), never per hour: a month of a running instance is one record.
 *
 * Segments (see `UsageRecord`): the open one of a resource and meter has key
 * `<ResourceId>#<Meter>` and no `End`; closing it writes it again under `<ResourceId>#<Meter>#<Start>`
 * with its `End`. Both live in the `usage` table, so snapshots and the journal keep them, and replay
 * (which does not run observers) restores them as written.
 *
 * What is metered, and when (shared/docs/purchasing-facts.md §1, sources there):
 * - `compute`: an instance while `running`, and while `stopping` for a hibernation ("billed while
 *   stopping (hibernating), not while stopped", UG23 ec2-instance-lifecycle.md). `PeriodStart` is the
 *   entry into `running` the segment belongs to (each entry starts a new 60-s minimum, WN17).
 * - `volume`: an EBS volume from its creation until `deleting` (size, type, IOPS, throughput as the
 *   record has them, so a ModifyVolume starts a new segment when the backend applies it).
 * - `snapshot`: a snapshot until deleted (its `VolumeSize`; blocks are not modelled).
 * - `address` (Elastic IP; in use while associated) and `public-ip` (an ENI's auto-assigned public
 *   IPv4, always in use): "AWS charges for all public IPv4 addresses" (SDK models_1).
 * - `host`: a Dedicated Host while allocated (UG23 dedicated-hosts-overview.md).
 * - `reservation`: the unused slots of an active Capacity Reservation (its count minus the running
 *   instances that name it), billed at on-demand (UG23 capacity-reservations-pricing-billing.md).
 *
 * @internal
 */
import type { InstanceRecord } from "./Records.js"
import type { UsageMeter, UsageRecord } from "./records/Purchasing.js"
import { observeRecords, type World } from "./World.js"

/** A segment of the ledger: the `usage` table's record (see `UsageRecord`). */
export type UsageSegment = UsageRecord

export type { UsageMeter }

const finite = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v)
const text = (v: unknown): boolean => typeof v === "string"
const optionalFinite = (v: unknown): boolean => v === undefined || (finite(v) && (v as number) >= 0)

/** What each meter's pricing reads, beyond the times (a restored snapshot is schema-free: see `RecordCheck`). */
const meterFields: Readonly<Record<UsageMeter, (s: UsageSegment) => boolean>> = {
  compute: (s) => text(s.InstanceType) && text(s.AvailabilityZone) && optionalFinite(s.PeriodStart),
  volume: (s) => text(s.VolumeType) && finite(s.Size) && s.Size! >= 0 && optionalFinite(s.Iops) && optionalFinite(s.Throughput),
  snapshot: (s) => finite(s.Size) && s.Size! >= 0,
  address: () => true,
  "public-ip": () => true,
  host: (s) => text(s.InstanceFamily),
  reservation: (s) => text(s.InstanceType) && finite(s.Count) && s.Count! >= 0
}

/**
 * Whether a segment can be priced: its times and its meter's members well-formed. A malformed one (only
 * from a hand-made snapshot) is left out of bills rather than priced as NaN.
 */
const wellFormed = (s: UsageSegment): boolean =>
  text(s.ResourceId) && Object.hasOwn(meterFields, s.Meter) && finite(s.Start) &&
  (s.End === undefined || (finite(s.End) && s.End >= s.Start)) && meterFields[s.Meter](s)

/** The ledger's well-formed segments (the `usage` table). */
export const segments = function*(w: World): Iterable<UsageSegment> {
  for (const s of w.all("usage")) if (wellFormed(s)) yield s
}

/** The segment stored under `key`, if any. */
const openSegment = (w: World, key: string): UsageSegment | undefined => w.get("usage", key)

/** The billable attributes of a segment (everything but its key, resource, meter and times). */
type Attributes = Omit<UsageSegment, "Key" | "ResourceId" | "Meter" | "Start" | "End">

const openKey = (resourceId: string, meter: UsageMeter): string => `${resourceId}#${meter}`

/** Whether two attribute sets bill the same (a change of any member starts a new segment). */
const notAttributes = new Set(["Key", "ResourceId", "Meter", "Start", "End", "InterruptedByEc2"])
const sameAttributes = (a: Attributes, b: Attributes): boolean => {
  const ka = Object.keys(a).filter((k) => !notAttributes.has(k))
  const kb = Object.keys(b).filter((k) => !notAttributes.has(k))
  return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
}

/**
 * Moves a resource's meter to `next` attributes (`undefined`: not billable) at `w.now`: closes the
 * open segment when the attributes change and opens the next one. `closing` adds members to the closed
 * segment (e.g. that EC2 interrupted it).
 */
const advance = (
  w: World,
  resourceId: string,
  meter: UsageMeter,
  next: Attributes | undefined,
  closing: Partial<Pick<UsageSegment, "InterruptedByEc2">> = {}
): void => {
  const key = openKey(resourceId, meter)
  const open = openSegment(w, key)
  if (open !== undefined && next !== undefined && sameAttributes(open, next)) return
  if (open === undefined && next === undefined) return
  if (open !== undefined) {
    let closedKey = `${key}#${open.Start}`
    // two segments starting in the same millisecond (a zero-length one): keep both, in order
    while (w.get("usage", closedKey) !== undefined) closedKey += "+"
    w.del("usage", key)
    w.put("usage", { ...open, ...closing, Key: closedKey, End: w.now })
  }
  if (next !== undefined) w.put("usage", { ...next, Key: key, ResourceId: resourceId, Meter: meter, Start: w.now })
}

// --- instances --------------------------------------------------------------------------------------

/** Whether the instance's compute bills now, and as what. */
const computeState = (r: InstanceRecord): "running" | "hibernating" | undefined =>
  r.Lifecycle.State === "running" ? "running" : r.Lifecycle.State === "stopping" && r.Lifecycle.Hibernating ? "hibernating" : undefined

/** Spot interruptions by EC2 carry these state reasons (core `Lifecycle.stateReasons`; IRQ, facts §3.6). */
const interruptedByEc2 = (r: InstanceRecord | undefined): boolean => {
  const code = r?.Lifecycle.StateReason?.Code
  return code === "Server.SpotInstanceTermination" || code === "Server.SpotInstanceShutdown"
}

/** The platform an instance's earlier compute segments recorded (a scan: only when its image is gone). */
const launchedPlatform = (w: World, instanceId: string): string | undefined => {
  for (const s of segments(w)) if (s.Meter === "compute" && s.ResourceId === instanceId && s.Platform !== undefined) return s.Platform
  return undefined
}

const computeAttributes = (w: World, r: InstanceRecord, periodStart: number, open: UsageSegment | undefined): Attributes => {
  // an image deregistered after the launch: the platform the instance launched with still holds
  const platform = w.get("images", r.ImageId)?.PlatformDetails ?? open?.Platform ?? launchedPlatform(w, r.InstanceId)
  return {
    InstanceType: r.InstanceType,
    AvailabilityZone: r.AvailabilityZone,
    ...(platform !== undefined ? { Platform: platform } : {}),
    Tenancy: r.Tenancy,
    Market: r.Spot !== undefined ? "spot" : "on-demand",
    PeriodStart: periodStart,
    ...(r.DedicatedHostId !== undefined ? { DedicatedHostId: r.DedicatedHostId } : {})
  }
}

const observeCompute = (w: World, prev: InstanceRecord | undefined, next: InstanceRecord | undefined): void => {
  const id = (next ?? prev)!.InstanceId
  const state = next === undefined ? undefined : computeState(next)
  const closing = interruptedByEc2(next) ? { InterruptedByEc2: true } : {}
  if (next === undefined || state === undefined) return advance(w, id, "compute", undefined, closing)
  const open = openSegment(w, openKey(id, "compute"))
  // running → stopping (hibernating) goes on with the same period; entering running starts one
  const continues = open !== undefined && prev !== undefined && computeState(prev) !== undefined
  const periodStart = continues ? open.PeriodStart ?? open.Start : w.now
  advance(w, id, "compute", { ...computeAttributes(w, next, periodStart, open), ...(state === "hibernating" ? { Hibernating: true } : {}) }, closing)
}

/** The Capacity Reservation an instance's running compute fills, if any. */
const reservationFilled = (r: InstanceRecord | undefined): string | undefined =>
  r !== undefined && r.Lifecycle.State === "running" ? r.CapacityReservationId : undefined

const observeReservationUse = (w: World, prev: InstanceRecord | undefined, next: InstanceRecord | undefined): void => {
  const before = reservationFilled(prev)
  const after = reservationFilled(next)
  if (before === after) return
  if (before !== undefined) refreshReservation(w, before, -1)
  if (after !== undefined) refreshReservation(w, after, +1)
}

// --- capacity reservations ----------------------------------------------------------------------------

/**
 * Re-meters a Capacity Reservation's unused slots: `TotalInstanceCount` minus the running instances in
 * it (`InUse`, kept by `delta` as instances enter and leave `running` rather than by a scan).
 */
const refreshReservation = (w: World, id: string, delta: number): void => {
  const cr = w.get("capacityReservations", id)
  const open = openSegment(w, openKey(id, "reservation"))
  const inUse = Math.max(0, (open?.InUse ?? 0) + delta)
  if (cr === undefined || cr.State !== "active") return advance(w, id, "reservation", undefined)
  advance(w, id, "reservation", {
    InstanceType: cr.InstanceType,
    AvailabilityZone: cr.AvailabilityZone,
    Platform: cr.InstancePlatform,
    Tenancy: cr.Tenancy,
    Count: Math.max(0, cr.TotalInstanceCount - inUse),
    InUse: inUse
  })
}

observeRecords("capacityReservations", (w, prev, next) => refreshReservation(w, (next ?? prev)!.CapacityReservationId, 0))

// --- volumes, snapshots -----------------------------------------------------------------------------

observeRecords("volumes", (w, prev, next) => {
  const id = (next ?? prev)!.VolumeId
  const billable = next !== undefined && (next.State === "creating" || next.State === "available" || next.State === "in-use")
  advance(w, id, "volume", billable
    ? {
      VolumeType: next.VolumeType,
      Size: next.Size,
      ...(next.Iops !== undefined ? { Iops: next.Iops } : {}),
      ...(next.Throughput !== undefined ? { Throughput: next.Throughput } : {}),
      AvailabilityZone: next.AvailabilityZone
    }
    : undefined)
})

observeRecords("snapshots", (w, prev, next) => {
  const id = (next ?? prev)!.SnapshotId
  // only the account's own snapshots bill (the seed's public AMIs have Amazon's)
  const own = next !== undefined && w.count("meta") > 0 && next.OwnerId === w.meta.AccountId
  advance(w, id, "snapshot", own && next.State !== "error" ? { Size: next.VolumeSize } : undefined)
})

// --- public IPv4 --------------------------------------------------------------------------------------

observeRecords("addresses", (w, prev, next) => {
  const ip = (next ?? prev)!.PublicIp
  advance(w, ip, "address", next !== undefined
    ? { AllocationId: next.AllocationId, InUse: next.AssociationId !== undefined ? 1 : 0 }
    : undefined)
})

observeRecords("networkInterfaces", (w, prev, next) => {
  // only auto-assigned addresses: an Elastic IP on an ENI is metered as its address record
  const auto = (r: typeof next) => r !== undefined && r.PublicIp !== undefined && r.AllocationId === undefined ? r.PublicIp : undefined
  const before = auto(prev)
  const after = auto(next)
  if (before === after) return
  if (before !== undefined) advance(w, before, "public-ip", undefined)
  if (after !== undefined) advance(w, after, "public-ip", { NetworkInterfaceId: next!.NetworkInterfaceId, InUse: 1 })
})

// --- Dedicated Hosts --------------------------------------------------------------------------------

observeRecords("dedicatedHosts", (w, prev, next) => {
  const id = (next ?? prev)!.HostId
  advance(w, id, "host", next !== undefined && next.State !== "released"
    ? {
      InstanceFamily: next.InstanceFamily,
      ...(next.InstanceType !== undefined ? { InstanceType: next.InstanceType } : {}),
      AvailabilityZone: next.AvailabilityZone
    }
    : undefined)
})

observeRecords("instances", (w, prev, next) => {
  observeCompute(w, prev, next)
  observeReservationUse(w, prev, next)
})

/** Loaded for its observers' registration; the meter calls it so that bundlers keep this module. */
export const ledgerLoaded = true
