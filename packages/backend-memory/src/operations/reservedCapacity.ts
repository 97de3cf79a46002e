/**
 * The accounting of On-Demand Capacity Reservations: which instances hold a reservation's slots, how many
 * slots are free, and how much of an AZ's capacity is left to launches outside reservations.
 *
 * Nothing here is stored: `AvailableInstanceCount` = `TotalInstanceCount` − the active (pending, running,
 * stopping) instances whose `CapacityReservationId` names the reservation, computed from the instances on
 * every read, so it cannot drift from them. An active reservation holds its unused slots out of the AZ's
 * capacity (the hypervisor's `setCapacity` limits): a launch outside it sees that much less room, and a
 * launch into it finds its slots free whatever else runs ("Capacity Reservations ... ensure that you always
 * have access to EC2 capacity when you need it", UG23 `ec2-capacity-reservations.md`, read 2026-12-06).
 *
 * @internal
 */
import type { CapacityReservationRecord, InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"

/** Whether an instance holds a slot of its reservation now (the states that hold capacity). */
export const holdsSlot = (r: InstanceRecord): boolean => {
  const s = r.Lifecycle.State
  return r.CapacityReservationId !== undefined && (s === "pending" || s === "running" || s === "stopping")
}

/** Reservation id → the number of instances holding one of its slots (one scan; empty without reservations). */
export const slotsInUse = (w: World): Map<string, number> => {
  const out = new Map<string, number>()
  if (w.count("capacityReservations") === 0) return out
  for (const r of w.all("instances")) {
    if (!holdsSlot(r)) continue
    out.set(r.CapacityReservationId!, (out.get(r.CapacityReservationId!) ?? 0) + 1)
  }
  return out
}

/** Free slots of a reservation (0 unless `active`; never negative). */
export const availableSlots = (cr: CapacityReservationRecord, used: ReadonlyMap<string, number>): number =>
  cr.State !== "active" ? 0 : Math.max(0, cr.TotalInstanceCount - (used.get(cr.CapacityReservationId) ?? 0))

/** Unused slots of the active reservations of an AZ, of one type or of all (`"*"`). */
export const unusedSlots = (w: World, az: string, instanceType: string | "*", used: ReadonlyMap<string, number>): number => {
  let n = 0
  for (const cr of w.all("capacityReservations")) {
    if (cr.AvailabilityZone !== az || (instanceType !== "*" && cr.InstanceType !== instanceType)) continue
    n += availableSlots(cr, used)
  }
  return n
}

/**
 * Room for a type in an AZ outside every reservation: the hypervisor's instance-count limits (as
 * `launchCapacity.freeCapacity`) less the reservations' unused slots (Infinity when unlimited).
 */
export const sharedFree = (w: World, az: string, instanceType: string, used: ReadonlyMap<string, number> = slotsInUse(w)): number => {
  const cap = w.meta.Capacity
  const byType = cap[`${az}|${instanceType}`]
  const byAz = cap[`${az}|*`]
  let free = Infinity
  if (byType !== undefined) free = Math.min(free, byType - w.activeInstances(az, instanceType) - unusedSlots(w, az, instanceType, used))
  if (byAz !== undefined) free = Math.min(free, byAz - w.activeInstances(az, "*") - unusedSlots(w, az, "*", used))
  return Math.max(0, free)
}

/** What an instance must match for a reservation to take it (UG23 `capacity-reservations-using.md`: type, platform, AZ, tenancy). */
export interface SlotCandidate {
  readonly InstanceType: string
  readonly AvailabilityZone: string
  readonly Platform: string
  readonly Tenancy: "default" | "dedicated" | "host"
}

/** Whether a reservation's attributes match an instance's (state not considered). */
export const matches = (cr: CapacityReservationRecord, c: SlotCandidate): boolean =>
  cr.InstanceType === c.InstanceType && cr.AvailabilityZone === c.AvailabilityZone && cr.InstancePlatform === c.Platform &&
  cr.Tenancy === c.Tenancy

/**
 * The platform of an image as reservations name it: the image's `PlatformDetails` (`Linux/UNIX`,
 * `Windows`, `Red Hat Enterprise Linux`, …; "Ubuntu and BYOL RHEL use Linux/UNIX", purchasing-facts §5).
 */
export const platformOf = (w: World, imageId: string): string => w.get("images", imageId)?.PlatformDetails ?? "Linux/UNIX"
