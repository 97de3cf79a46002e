/**
 * Where a launch or a start runs as far as purchasing goes: its tenancy (`default`, `dedicated` — asked for,
 * or from a dedicated VPC —, `host`), the Dedicated Host of a `host` instance, and the Capacity Reservation
 * slot of an On-Demand instance; and how many instances that capacity admits. RunInstances
 * (`runInstances.ts`) and StartInstances (`instanceLifecycle.ts`) call it once each.
 *
 * Capacity Reservations (purchasing-facts §5; SDK `CapacityReservationSpecification`, read 2026-12-06):
 * - preference `open` (the default): the instance runs in any active `open` reservation that matches it
 *   (type, platform, AZ, tenancy), else as On-Demand outside reservations;
 * - `none`: never in a reservation; `capacity-reservations-only`: only in an open reservation, else the launch
 *   fails; a `CapacityReservationTarget` names one reservation (open or targeted): only there, else it fails;
 * - the failure is `ReservationCapacityExceeded`, "The requested reservation does not have sufficient
 *   compatible and available capacity for this request." (OBS: RunInstances and StartInstances, quoted in
 *   scylladb/scylla-cluster-tests#8839 and hashicorp/terraform-provider-aws#35745, read 2026-12-06);
 * - a reservation's free slots always admit a matching launch: it is not refused for capacity then (the
 *   slots were held out of the AZ's capacity when the reservation was made, see `reservedCapacity.ts`);
 * - Spot instances and instances on Dedicated Hosts never use reservations.
 *
 * Dedicated Hosts (purchasing-facts §7): `Placement.HostId` targets a host; without it, a `host` launch goes to
 * hosts of the AZ with `AutoPlacement` `on` that run the type (filled in allocation order); the host's capacity
 * (`hostCapacity.ts`) bounds the launch (`InsufficientHostCapacity`); `Affinity` `host` makes a start return to
 * the same host; `HostResourceGroupArn` is refused (`UnsupportedOperation`); a T3 instance on a host runs
 * `standard` credits only (SDK `RunInstancesRequest.CreditSpecification`: "T3 instances with host tenancy do
 * not support the unlimited CPU credit option").
 *
 * @internal
 */
import { Effect } from "effect"
import { Ec2Error } from "@ec2kit/core"
import type { CapacityReservationRecord, DedicatedHostRecord, InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { findReservation } from "./capacityReservations.js"
import { hostMalformed, hostNotFound, hostOccupants, hostRoom, isHostId } from "./hosts.js"
import { availableSlots, matches, platformOf, sharedFree, type SlotCandidate, slotsInUse } from "./reservedCapacity.js"

/** The members of a RunInstances request this module reads. */
export interface PurchasingRequest {
  readonly MinCount: number
  /** Slots and host places are listed up to this many (no request needs more). */
  readonly MaxCount: number
  readonly Placement?: {
    readonly Tenancy?: string
    readonly HostId?: string
    readonly Affinity?: string
    readonly HostResourceGroupArn?: string
    readonly GroupName?: string
  }
  readonly CapacityReservationSpecification?: {
    readonly CapacityReservationPreference?: string
    readonly CapacityReservationTarget?: { readonly CapacityReservationId?: string; readonly CapacityReservationResourceGroupArn?: string }
  }
  readonly CreditSpecification?: { readonly CpuCredits?: string }
  readonly InstanceMarketOptions?: { readonly MarketType?: string }
}

/** What the launch is: its type, AZ, image (for the platform) and VPC (for a dedicated VPC). */
export interface LaunchContext {
  readonly InstanceType: string
  readonly AvailabilityZone: string
  readonly ImageId: string
  readonly VpcId: string
  /** The credit option RunInstances worked out (T family only). */
  readonly CpuCredits?: "standard" | "unlimited"
}

/** Purchasing members of one new instance's record. */
export type PurchasingMembers =
  & Pick<InstanceRecord, "Tenancy">
  & Partial<Pick<InstanceRecord, "CapacityReservationId" | "CapacityReservationSpecification" | "DedicatedHostId" | "Affinity" | "CpuCredits">>

/** The admission of a launch. */
export interface LaunchAdmission {
  /** How many instances the capacity admits (reserved slots, Dedicated Hosts' room, or the AZ's free capacity). */
  readonly free: number
  /** The purchasing members of the `i`-th instance (slots and hosts go to the first instances in order). */
  readonly members: (i: number) => PurchasingMembers
}

/** `ReservationCapacityExceeded` with AWS's observed text. */
export const reservationCapacityExceeded = () =>
  Ec2Error.make("ReservationCapacityExceeded", "The requested reservation does not have sufficient compatible and available capacity for this request.")

/**
 * `InsufficientHostCapacity` (code as AWS's errors-overview: "There is not enough capacity to fulfill your
 * Dedicated Host request", read 2026-12-06; this text names the host and type, unverified).
 */
export const insufficientHostCapacity = (instanceType: string, where: string) =>
  Ec2Error.make("InsufficientHostCapacity", `There is not enough capacity on ${where} to launch ${instanceType} instances.`)

const combination = (message: string) => Ec2Error.make("InvalidParameterCombination", message)

/** The instance's tenancy: asked for, else its VPC's (`dedicated` VPC → dedicated; UG23 `dedicated-usage-overview.md`). */
const tenancyOf = (w: World, req: PurchasingRequest, vpcId: string) =>
  Effect.gen(function*() {
    const asked = req.Placement?.Tenancy ?? (req.Placement?.HostId !== undefined ? "host" : undefined)
    if (asked !== undefined && asked !== "default" && asked !== "dedicated" && asked !== "host") {
      return yield* Effect.fail(Ec2Error.invalidValue(asked, "tenancy"))
    }
    const vpcDedicated = w.get("vpcs", vpcId)?.InstanceTenancy === "dedicated"
    // "a dedicated VPC ... instances launched into it are Dedicated Instances regardless of the tenancy you specify"
    if (vpcDedicated && (asked === undefined || asked === "default")) return "dedicated" as const
    return asked ?? "default"
  })

/** The Dedicated Hosts a `host` launch goes to: `count` hosts ids (one per admitted instance) and the free total. */
const hostPlacement = (w: World, req: PurchasingRequest, ctx: LaunchContext) =>
  Effect.gen(function*() {
    const occupants = hostOccupants(w)
    const hostId = req.Placement?.HostId
    let hosts: Array<DedicatedHostRecord>
    if (hostId !== undefined) {
      if (!isHostId(hostId)) return yield* Effect.fail(hostMalformed(hostId))
      const h = w.get("dedicatedHosts", hostId)
      if (h === undefined || h.State !== "available") return yield* Effect.fail(hostNotFound(hostId))
      if (h.AvailabilityZone !== ctx.AvailabilityZone) {
        return yield* Ec2Error.fail(
          "InvalidParameterValue",
          `The host '${hostId}' is in the Availability Zone ${h.AvailabilityZone}; launch it in that zone (Placement.AvailabilityZone or a subnet there).`
        )
      }
      if (hostRoom(h, [], ctx.InstanceType) === 0) {
        return yield* Ec2Error.fail("InvalidParameterValue", `The host '${hostId}' does not support instance type '${ctx.InstanceType}'.`) // text unverified
      }
      hosts = [h]
    } else {
      hosts = [...w.all("dedicatedHosts")].filter((h) =>
        h.AvailabilityZone === ctx.AvailabilityZone && h.AutoPlacement === "on" && hostRoom(h, [], ctx.InstanceType) > 0
      )
    }
    const order: Array<string> = []
    for (const h of hosts) {
      const room = hostRoom(h, occupants.get(h.HostId) ?? [], ctx.InstanceType)
      for (let k = 0; k < room && order.length < req.MaxCount; k++) order.push(h.HostId)
    }
    if (order.length < req.MinCount) {
      return yield* Effect.fail(insufficientHostCapacity(ctx.InstanceType, hostId !== undefined ? `host '${hostId}'` : `the auto-placement Dedicated Hosts of ${ctx.AvailabilityZone}`))
    }
    return order
  })

/** The reservation slots (reservation ids, one per slot, in order) an On-Demand launch may use, and whether it must. */
const reservationSlots = (w: World, req: PurchasingRequest, c: SlotCandidate, used: ReadonlyMap<string, number>) =>
  Effect.gen(function*() {
    const spec = req.CapacityReservationSpecification
    const target = spec?.CapacityReservationTarget
    if (target?.CapacityReservationResourceGroupArn !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "Capacity Reservation resource groups (CapacityReservationResourceGroupArn) are not supported by this backend.")
    }
    const pref = spec?.CapacityReservationPreference
    if (target !== undefined && pref !== undefined) {
      return yield* Effect.fail(combination("CapacityReservationPreference and CapacityReservationTarget cannot be specified together.")) // text unverified
    }
    if (pref !== undefined && pref !== "open" && pref !== "none" && pref !== "capacity-reservations-only") {
      return yield* Effect.fail(Ec2Error.invalidValue(pref, "CapacityReservationPreference"))
    }
    if (target !== undefined) {
      if (target.CapacityReservationId === undefined) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter CapacityReservationId.")
      const cr = yield* findReservation(w, target.CapacityReservationId)
      const n = Math.min(req.MaxCount, cr.State === "active" && matches(cr, c) ? availableSlots(cr, used) : 0)
      if (n < req.MinCount) return yield* Effect.fail(reservationCapacityExceeded())
      return { slots: Array.from({ length: n }, () => cr.CapacityReservationId), only: true }
    }
    if (pref === "none") return { slots: [] as Array<string>, only: false }
    const slots: Array<string> = []
    for (const cr of w.all("capacityReservations") as IterableIterator<CapacityReservationRecord>) {
      if (cr.State !== "active" || cr.InstanceMatchCriteria !== "open" || !matches(cr, c)) continue
      const n = availableSlots(cr, used)
      for (let k = 0; k < n && slots.length < req.MaxCount; k++) slots.push(cr.CapacityReservationId)
    }
    const only = pref === "capacity-reservations-only"
    if (only && slots.length < req.MinCount) return yield* Effect.fail(reservationCapacityExceeded())
    return { slots, only }
  })

/** The request's `CapacityReservationSpecification` as the record keeps it (absent when not given). */
const specMember = (req: PurchasingRequest): Pick<PurchasingMembers, "CapacityReservationSpecification"> => {
  const spec = req.CapacityReservationSpecification
  if (spec === undefined) return {}
  const id = spec.CapacityReservationTarget?.CapacityReservationId
  return {
    CapacityReservationSpecification: {
      ...(spec.CapacityReservationPreference !== undefined
        ? { CapacityReservationPreference: spec.CapacityReservationPreference as "open" | "none" | "capacity-reservations-only" }
        : {}),
      ...(id !== undefined ? { CapacityReservationTarget: { CapacityReservationId: id } } : {})
    }
  }
}

/**
 * The purchasing admission of a RunInstances request (after its placement is known, before the fleet places
 * it): tenancy, Dedicated Hosts, reservation slots, and how many instances the capacity admits.
 */
export const admitLaunch = (w: World, req: PurchasingRequest, ctx: LaunchContext): Effect.Effect<LaunchAdmission, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const p = req.Placement
    if (p?.HostResourceGroupArn !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "Host resource groups (Placement.HostResourceGroupArn) are not supported by this backend.")
    }
    const tenancy = yield* tenancyOf(w, req, ctx.VpcId)
    const spot = req.InstanceMarketOptions?.MarketType === "spot"
    if (tenancy !== "host" && (p?.HostId !== undefined || p?.Affinity !== undefined)) {
      return yield* Effect.fail(combination("HostId and Affinity can only be used with host tenancy.")) // text unverified
    }
    if (tenancy === "host") {
      if (p?.Affinity !== undefined && p.Affinity !== "default" && p.Affinity !== "host") return yield* Effect.fail(Ec2Error.invalidValue(p.Affinity, "affinity"))
      if (spot) return yield* Effect.fail(combination("Spot Instances cannot be launched on Dedicated Hosts.")) // text unverified
      // "You can't launch Dedicated Hosts in placement groups." (ec2-facts)
      if (p?.GroupName !== undefined && p.GroupName !== "") return yield* Effect.fail(combination("Instances on Dedicated Hosts cannot be launched in a placement group.")) // text unverified
      if (req.CapacityReservationSpecification?.CapacityReservationTarget !== undefined) {
        return yield* Effect.fail(combination("Capacity Reservations cannot be used with Dedicated Hosts.")) // UG23: CRs only with Dedicated Instances
      }
      if (ctx.CpuCredits !== undefined && req.CreditSpecification?.CpuCredits === "unlimited") {
        return yield* Effect.fail(combination("T3 instances with host tenancy do not support the unlimited CPU credit option.")) // SDK text
      }
      const order = yield* hostPlacement(w, req, ctx)
      const affinity = p?.Affinity as "default" | "host" | undefined
      return {
        free: order.length,
        members: (i) => ({
          Tenancy: "host",
          ...(order[i] !== undefined ? { DedicatedHostId: order[i] } : {}),
          ...(affinity !== undefined ? { Affinity: affinity } : {}),
          ...(ctx.CpuCredits !== undefined ? { CpuCredits: "standard" as const } : {}),
          ...specMember(req)
        })
      }
    }
    const used = slotsInUse(w)
    const shared = sharedFree(w, ctx.AvailabilityZone, ctx.InstanceType, used)
    if (spot) {
      const spec = req.CapacityReservationSpecification
      if (spec?.CapacityReservationTarget !== undefined || spec?.CapacityReservationPreference === "capacity-reservations-only") {
        return yield* Effect.fail(combination("Spot Instances cannot be launched into a Capacity Reservation.")) // text unverified
      }
      return { free: shared, members: () => ({ Tenancy: tenancy, ...specMember(req) }) }
    }
    const { slots, only } = yield* reservationSlots(w, req, {
      InstanceType: ctx.InstanceType,
      AvailabilityZone: ctx.AvailabilityZone,
      Platform: platformOf(w, ctx.ImageId),
      Tenancy: tenancy
    }, used)
    return {
      free: slots.length + (only ? 0 : shared),
      members: (i) => ({
        Tenancy: tenancy,
        ...(slots[i] !== undefined ? { CapacityReservationId: slots[i] } : {}),
        ...specMember(req)
      })
    }
  })

/** The admission of the starts of one StartInstances call. */
export interface StartAdmission {
  /** Instances that start in a reservation slot or on a Dedicated Host: not counted against the AZ's free capacity. */
  readonly exempt: ReadonlySet<string>
  /** Free capacity outside reservations for a type in an AZ (the hypervisor's limits less unused slots). */
  readonly shared: (az: string, instanceType: string) => number
  /** The record of a started instance with its purchasing members (slot, host) updated. */
  readonly apply: (r: InstanceRecord) => InstanceRecord
}

/**
 * The purchasing admission of starts (stopped → pending): a stopped instance holds no slot and no place on a
 * host, so each start is admitted again, in order: a `host` instance on its host when its affinity is `host`
 * (else any auto-placement host, its own first); an On-Demand instance in its reservation when that still has
 * room, else as its preference says (targeted: only there, `ReservationCapacityExceeded` otherwise, also
 * when the target was cancelled or expired: "Stopped instances that target the Capacity Reservation can no
 * longer launch", API_CancelCapacityReservation).
 */
export const admitStarts = (w: World, starts: ReadonlyArray<InstanceRecord>): Effect.Effect<StartAdmission, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const before = slotsInUse(w)
    const used = new Map(before)
    const occupants = hostOccupants(w)
    const exempt = new Set<string>()
    const next = new Map<string, InstanceRecord>()
    for (const r of starts) {
      if (r.Tenancy === "host") {
        const own = r.DedicatedHostId !== undefined ? w.get("dedicatedHosts", r.DedicatedHostId) : undefined
        const candidates = r.Affinity === "host"
          ? own !== undefined ? [own] : []
          : [...(own !== undefined ? [own] : []), ...[...w.all("dedicatedHosts")].filter((h) => h !== own && h.AutoPlacement === "on" && h.AvailabilityZone === r.AvailabilityZone)]
        const h = candidates.find((c) => hostRoom(c, occupants.get(c.HostId) ?? [], r.InstanceType) > 0)
        if (h === undefined) return yield* Effect.fail(insufficientHostCapacity(r.InstanceType, r.DedicatedHostId !== undefined ? `host '${r.DedicatedHostId}'` : "any Dedicated Host"))
        const list = occupants.get(h.HostId) ?? []
        list.push(r)
        occupants.set(h.HostId, list)
        exempt.add(r.InstanceId)
        next.set(r.InstanceId, { ...r, DedicatedHostId: h.HostId })
        continue
      }
      if (r.Spot !== undefined) continue
      const c: SlotCandidate = { InstanceType: r.InstanceType, AvailabilityZone: r.AvailabilityZone, Platform: platformOf(w, r.ImageId), Tenancy: r.Tenancy }
      const fits = (cr: CapacityReservationRecord | undefined) => cr !== undefined && cr.State === "active" && matches(cr, c) && availableSlots(cr, used) > 0
      const targetId = r.CapacityReservationSpecification?.CapacityReservationTarget?.CapacityReservationId
      const pref = r.CapacityReservationSpecification?.CapacityReservationPreference ?? "open"
      let chosen: CapacityReservationRecord | undefined
      if (targetId !== undefined) {
        // "Stopped instances that target the Capacity Reservation can no longer launch" once it is cancelled
        // (API_CancelCapacityReservation, AWS API reference, read 2026-12-06): an ended target refuses too
        const cr = w.get("capacityReservations", targetId)
        if (!fits(cr)) return yield* Effect.fail(reservationCapacityExceeded())
        chosen = cr
      } else if (pref !== "none") {
        const own = r.CapacityReservationId !== undefined ? w.get("capacityReservations", r.CapacityReservationId) : undefined
        chosen = fits(own) ? own : [...w.all("capacityReservations")].find((cr) => cr.InstanceMatchCriteria === "open" && fits(cr))
        if (chosen === undefined && pref === "capacity-reservations-only") return yield* Effect.fail(reservationCapacityExceeded())
      }
      const { CapacityReservationId: _c, ...rest } = r
      if (chosen === undefined) {
        next.set(r.InstanceId, rest)
        continue
      }
      used.set(chosen.CapacityReservationId, (used.get(chosen.CapacityReservationId) ?? 0) + 1)
      exempt.add(r.InstanceId)
      next.set(r.InstanceId, { ...rest, CapacityReservationId: chosen.CapacityReservationId })
    }
    return {
      exempt,
      // the slots these starts take were held out of the AZ's capacity already: count them as unused
      shared: (az, instanceType) => sharedFree(w, az, instanceType, before),
      apply: (r) => {
        const n = next.get(r.InstanceId)
        if (n === undefined) return r
        const { CapacityReservationId: _c, DedicatedHostId: _h, ...rest } = r
        return {
          ...rest,
          ...(n.CapacityReservationId !== undefined ? { CapacityReservationId: n.CapacityReservationId } : {}),
          ...(n.DedicatedHostId !== undefined ? { DedicatedHostId: n.DedicatedHostId } : {})
        }
      }
    }
  })
