/**
 * On-Demand Capacity Reservations (issue 12 §3): Create/Describe/Modify/CancelCapacityReservation and their
 * expiry at `EndDate`. The accounting (free slots, the capacity they hold) is `reservedCapacity.ts`;
 * launches and starts into them are admitted by `reservationAdmission.ts`.
 *
 * Rules (purchasing-facts §5; SDK 3.1169.0 `CreateCapacityReservationRequest`,
 * `ModifyCapacityReservationRequest`, `DescribeCapacityReservationsRequest`; UG23
 * `capacity-reservations-using.md`; read 2026-12-06):
 * - attributes: AZ (or AZ id), instance type, platform, tenancy `default`|`dedicated`, 1–1000 instances;
 * - `EndDateType` `unlimited` (no `EndDate`) or `limited` (`EndDate` required); AWS ends a limited reservation
 *   "within an hour from the specified time" — here exactly at `EndDate` (state `expired`);
 * - `InstanceMatchCriteria` `open` (default: matching new and running instances use it automatically) or
 *   `targeted`; changing it needs the reservation "completely idle (zero usage)";
 * - a modification changes the count by at most 1000 per request;
 * - cancel: state `cancelled`; its instances keep running as On-Demand.
 * Reserved capacity is real: a reservation is created (or grown) only if the AZ has room for its new slots,
 * else `InsufficientInstanceCapacity`. Future-dated reservations (`StartDate`), Outposts, placement groups,
 * Capacity Blocks and commitments are refused with `UnsupportedOperation`.
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error, Ec2Shapes, InstanceTypeCatalogue, PlacementGroup, Tags } from "@ec2kit/core"
import type { Engine, TimerHandler } from "../internal/Engine.js"
import * as Fleet from "../internal/Fleet.js"
import type { CapacityReservationRecord, InstanceRecord } from "../internal/Records.js"
import { observeRecords, type World } from "../internal/World.js"
import { zoneOf } from "./hosts.js"
import { stableStringify } from "./instanceShapes.js"
import { isReservationId, reservationMalformed, reservationNotFound } from "./purchasingIds.js"
import { availableSlots, holdsSlot, matches, platformOf, sharedFree, slotsInUse } from "./reservedCapacity.js"
import { attempt, compileFilters, paginate } from "./tags.js"

type Req<K extends keyof Ec2.Implementation> = Parameters<Ec2.Implementation[K]>[0]

/** Timer kind of a reservation's expiry at its `EndDate`. */
export const ExpireTimer = "capacityReservation.expire"

/** Most instances of one reservation, and the most one modification may add or remove (SDK; purchasing-facts §5). */
export const MaxInstanceCount = 1000

export { isReservationId, reservationMalformed, reservationNotFound }

/** The reservation of an id: well formed and existing, else AWS's errors. */
export const findReservation = (w: World, id: string) =>
  Effect.gen(function*() {
    if (!isReservationId(id)) return yield* Effect.fail(reservationMalformed(id))
    const cr = w.get("capacityReservations", id)
    if (cr === undefined) return yield* Effect.fail(reservationNotFound(id))
    return cr
  })

/**
 * `IncorrectState` for a change to a reservation that is no longer active: "expired, cancelled, unsupported,
 * or failed state - You can't modify the Capacity Reservation in any way" (API_ModifyCapacityReservation, AWS
 * API reference, read 2026-12-06). The code is errors-overview's; the text is unverified.
 */
const notActive = (cr: CapacityReservationRecord) =>
  Ec2Error.make("IncorrectState", `The capacity reservation '${cr.CapacityReservationId}' is ${cr.State} and cannot be modified.`)

const unsupported = (member: string) =>
  Ec2Error.make("UnsupportedOperation", `${member} is not supported by this backend's Capacity Reservations.`)

const newReservationId = (w: World): string => {
  for (;;) {
    const hex = Array.from({ length: 3 }, () => w.rng.nextUint32().toString(16).padStart(8, "0")).join("").slice(0, 17)
    const id = `cr-${hex}`
    if (w.get("capacityReservations", id) === undefined) return id
  }
}

const iso = (ms: number) => new Date(ms).toISOString()

/** The `CapacityReservation` shape of a record (`used`: slots in use per reservation). */
export const reservationOut = (w: World, cr: CapacityReservationRecord, used: ReadonlyMap<string, number>) => {
  const tags = w.tagsOf(cr.CapacityReservationId)
  return {
    CapacityReservationId: cr.CapacityReservationId,
    OwnerId: cr.OwnerId,
    CapacityReservationArn: w.arn("capacity-reservation", cr.CapacityReservationId),
    AvailabilityZoneId: cr.AvailabilityZoneId,
    InstanceType: cr.InstanceType,
    InstancePlatform: cr.InstancePlatform as Ec2Shapes.CapacityReservationInstancePlatform,
    AvailabilityZone: cr.AvailabilityZone,
    Tenancy: cr.Tenancy,
    TotalInstanceCount: cr.TotalInstanceCount,
    AvailableInstanceCount: availableSlots(cr, used),
    EbsOptimized: cr.EbsOptimized,
    EphemeralStorage: cr.EphemeralStorage,
    State: cr.State,
    StartDate: new Date(cr.StartDate),
    ...(cr.EndDate !== undefined ? { EndDate: new Date(cr.EndDate) } : {}),
    EndDateType: cr.EndDateType,
    InstanceMatchCriteria: cr.InstanceMatchCriteria,
    CreateDate: new Date(cr.CreateDate),
    ...(tags.length > 0 ? { Tags: tags.map(([Key, Value]) => ({ Key, Value })) } : {}),
    ReservationType: "default" as const
  }
}

/** `EndDateType`/`EndDate` as AWS pairs them (SDK: "You must provide an EndDate value if EndDateType is limited. Omit EndDate if EndDateType is unlimited."). */
const endOf = (w: World, type: string | undefined, date: Date | undefined, current?: CapacityReservationRecord) =>
  Effect.gen(function*() {
    const EndDateType = type ?? (date !== undefined ? undefined : current?.EndDateType ?? "unlimited")
    if (EndDateType === undefined) {
      // strictest plausible: an EndDate needs EndDateType limited to say what it means
      return yield* Ec2Error.fail("InvalidParameterCombination", "EndDate can only be specified when EndDateType is limited.")
    }
    if (EndDateType !== "limited" && EndDateType !== "unlimited") return yield* Effect.fail(Ec2Error.invalidValue(EndDateType, "EndDateType"))
    if (EndDateType === "unlimited") {
      if (date !== undefined) return yield* Ec2Error.fail("InvalidParameterCombination", "EndDate cannot be specified when EndDateType is unlimited.")
      return { EndDateType } as const
    }
    const end = date?.getTime() ?? (type === undefined ? current?.EndDate : undefined)
    if (end === undefined || Number.isNaN(end)) return yield* Ec2Error.fail("MissingParameter", "EndDate is required when EndDateType is limited.")
    if (end <= w.now) return yield* Ec2Error.fail("InvalidParameterValue", `The end date ${iso(end)} must be in the future.`)
    return { EndDateType, EndDate: end } as const
  })

/** Running (or pending) instances an `open` reservation takes at once: matching, `open` preference, in no reservation, On-Demand. */
const adoptable = (w: World, cr: CapacityReservationRecord, limit: number): Array<InstanceRecord> => {
  const out: Array<InstanceRecord> = []
  if (limit <= 0 || cr.InstanceMatchCriteria !== "open") return out
  for (const r of w.all("instances")) {
    if (out.length >= limit) break
    const s = r.Lifecycle.State
    if ((s !== "pending" && s !== "running") || r.CapacityReservationId !== undefined || r.Spot !== undefined) continue
    if ((r.CapacityReservationSpecification?.CapacityReservationPreference ?? (r.CapacityReservationSpecification?.CapacityReservationTarget !== undefined ? "targeted" : "open")) !== "open") continue
    if (r.Tenancy === "host") continue
    if (!matches(cr, { InstanceType: r.InstanceType, AvailabilityZone: r.AvailabilityZone, Platform: platformOf(w, r.ImageId), Tenancy: r.Tenancy })) continue
    out.push(r)
  }
  return out
}

/** Room for `need` new slots of a type in an AZ (the hypervisor's limits less other reservations, and the fleet's hosts). */
const checkRoom = (w: World, az: string, instanceType: string, need: number) =>
  need <= 0 || (sharedFree(w, az, instanceType) >= need && Fleet.fitAny(w, az, instanceType, need) >= need)
    ? Effect.void
    : Effect.fail(PlacementGroup.insufficientCapacity(instanceType, az, []))

const platforms: ReadonlyArray<string> = Ec2Shapes.CapacityReservationInstancePlatform.literals

/** CreateCapacityReservation: every check, then an `active` reservation that takes matching running instances (open). */
export const createCapacityReservation = (w: World, req: Req<"createCapacityReservation">) =>
  Effect.gen(function*() {
    if (req.StartDate !== undefined && req.StartDate.getTime() > w.now) return yield* Effect.fail(unsupported("A future-dated reservation (StartDate)"))
    if (req.OutpostArn !== undefined) return yield* Effect.fail(unsupported("OutpostArn"))
    if (req.PlacementGroupArn !== undefined) return yield* Effect.fail(unsupported("PlacementGroupArn"))
    if (req.CommitmentDuration !== undefined) return yield* Effect.fail(unsupported("CommitmentDuration"))
    if (InstanceTypeCatalogue.lookup(req.InstanceType)._tag === "None") {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.InstanceType}' for InstanceType.`)
    }
    if (!platforms.includes(req.InstancePlatform)) return yield* Effect.fail(Ec2Error.invalidValue(req.InstancePlatform, "InstancePlatform"))
    const zone = yield* zoneOf(w, req.AvailabilityZone, req.AvailabilityZoneId)
    const tenancy = req.Tenancy ?? "default"
    if (tenancy !== "default" && tenancy !== "dedicated") return yield* Effect.fail(Ec2Error.invalidValue(tenancy, "Tenancy"))
    if (!Number.isInteger(req.InstanceCount) || req.InstanceCount < 1 || req.InstanceCount > MaxInstanceCount) {
      return yield* Effect.fail(Ec2Error.invalidValue(String(req.InstanceCount), "InstanceCount"))
    }
    const end = yield* endOf(w, req.EndDateType, req.EndDate)
    const criteria = req.InstanceMatchCriteria ?? "open"
    if (criteria !== "open" && criteria !== "targeted") return yield* Effect.fail(Ec2Error.invalidValue(criteria, "InstanceMatchCriteria"))
    const tags = yield* attempt(Tags.fromSpecifications(req.TagSpecifications, ["capacity-reservation"]))
    // ClientToken idempotency (as RunInstances: https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html)
    const { ClientToken: _t, DryRun: _d, ...rest } = req
    const fingerprint = stableStringify(rest)
    if (req.ClientToken !== undefined) {
      const prior = [...w.all("capacityReservations")].find((c) => c.ClientToken === req.ClientToken)
      if (prior !== undefined) {
        if (prior.Fingerprint !== fingerprint) {
          return yield* Ec2Error.fail("IdempotentParameterMismatch", "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).")
        }
        return { CapacityReservation: reservationOut(w, prior, slotsInUse(w)) }
      }
    }
    const draft: CapacityReservationRecord = {
      CapacityReservationId: "",
      OwnerId: w.meta.AccountId,
      InstanceType: req.InstanceType,
      InstancePlatform: req.InstancePlatform,
      AvailabilityZone: zone.ZoneName,
      AvailabilityZoneId: zone.ZoneId,
      Tenancy: tenancy,
      TotalInstanceCount: req.InstanceCount,
      EbsOptimized: req.EbsOptimized ?? false,
      EphemeralStorage: req.EphemeralStorage ?? false,
      State: "active",
      StartDate: w.now,
      ...(end.EndDateType === "limited" ? { EndDate: end.EndDate } : {}),
      EndDateType: end.EndDateType,
      InstanceMatchCriteria: criteria,
      CreateDate: w.now,
      ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken, Fingerprint: fingerprint } : {}),
      History: [{ Time: w.now, TotalInstanceCount: req.InstanceCount, State: "active" }]
    }
    const adopted = adoptable(w, draft, req.InstanceCount)
    yield* checkRoom(w, zone.ZoneName, req.InstanceType, req.InstanceCount - adopted.length)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const cr: CapacityReservationRecord = { ...draft, CapacityReservationId: newReservationId(w) }
    w.put("capacityReservations", cr)
    const crTags = tags.get("capacity-reservation") ?? []
    if (crTags.length > 0) w.setTags(cr.CapacityReservationId, crTags)
    for (const r of adopted) w.put("instances", { ...r, CapacityReservationId: cr.CapacityReservationId })
    if (cr.EndDate !== undefined) w.schedule(ExpireTimer, cr.CapacityReservationId, cr.EndDate - w.now)
    return { CapacityReservation: reservationOut(w, cr, slotsInUse(w)) }
  })

/**
 * DescribeCapacityReservations: ids (each must exist), the SDK's filters (and `availability-zone-id`, in the
 * current API reference), pages of `MaxResults` 1–1000
 * (API reference "Valid Range: Minimum value of 1. Maximum value of 1000", read 2026-12-06).
 */
export const describeCapacityReservations = (w: World, req: Req<"describeCapacityReservations">) =>
  Effect.gen(function*() {
    for (const id of req.CapacityReservationIds ?? []) yield* findReservation(w, id)
    const pred = yield* attempt(compileFilters<CapacityReservationRecord>(req.Filters, {
      "instance-type": (c) => [c.InstanceType],
      "owner-id": (c) => [c.OwnerId],
      "instance-platform": (c) => [c.InstancePlatform],
      "availability-zone": (c) => [c.AvailabilityZone],
      "availability-zone-id": (c) => [c.AvailabilityZoneId],
      tenancy: (c) => [c.Tenancy],
      "outpost-arn": () => [],
      state: (c) => [c.State],
      "start-date": (c) => [iso(c.StartDate)],
      "end-date": (c) => [c.EndDate !== undefined ? iso(c.EndDate) : undefined],
      "end-date-type": (c) => [c.EndDateType],
      "instance-match-criteria": (c) => [c.InstanceMatchCriteria],
      "placement-group-arn": () => []
    }, (c) => w.tagsOf(c.CapacityReservationId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ids = req.CapacityReservationIds === undefined ? undefined : new Set(req.CapacityReservationIds)
    const selected = [...w.all("capacityReservations")].filter((c) => (ids === undefined || ids.has(c.CapacityReservationId)) && pred(c))
    const { page, NextToken } = yield* attempt(paginate(selected, req, { min: 1, max: 1000 }))
    const used = slotsInUse(w)
    return { CapacityReservations: page.map((c) => reservationOut(w, c, used)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/** Appends a history point when the size or state changed. */
const withHistory = (w: World, cr: CapacityReservationRecord): CapacityReservationRecord => {
  const last = cr.History[cr.History.length - 1]
  if (last !== undefined && last.TotalInstanceCount === cr.TotalInstanceCount && last.State === cr.State) return cr
  const point = { Time: w.now, TotalInstanceCount: cr.TotalInstanceCount, State: cr.State }
  // two changes at one instant: the later one stands
  const history = last !== undefined && last.Time === w.now ? [...cr.History.slice(0, -1), point] : [...cr.History, point]
  return { ...cr, History: history }
}

/**
 * ModifyCapacityReservation: the count (±1000 per request; not below the instances in it — strictest
 * plausible —, growth only where the AZ has room), the end (`EndDateType`/`EndDate`), the matching criteria
 * (only when idle); `Accept` is accepted and ignored ("Reserved. Capacity Reservations you have created are
 * accepted by default.", SDK).
 */
export const modifyCapacityReservation = (w: World, req: Req<"modifyCapacityReservation">) =>
  Effect.gen(function*() {
    const cr = yield* findReservation(w, req.CapacityReservationId)
    if (req.StartDate !== undefined) return yield* Effect.fail(unsupported("StartDate"))
    if (req.QuoteId !== undefined || req.AcceptModificationTerms !== undefined) return yield* Effect.fail(unsupported("QuoteId"))
    if (cr.State !== "active") return yield* Effect.fail(notActive(cr))
    const used = slotsInUse(w).get(cr.CapacityReservationId) ?? 0
    let next: CapacityReservationRecord = cr
    if (req.InstanceCount !== undefined) {
      const n = req.InstanceCount
      if (!Number.isInteger(n) || n < 1 || n > MaxInstanceCount || Math.abs(n - cr.TotalInstanceCount) > MaxInstanceCount) {
        return yield* Effect.fail(Ec2Error.invalidValue(String(n), "InstanceCount"))
      }
      if (n < used) {
        return yield* Ec2Error.fail(
          "InvalidParameterValue",
          `The instance count ${n} is below the ${used} instances running in capacity reservation '${cr.CapacityReservationId}'.`
        )
      }
      yield* checkRoom(w, cr.AvailabilityZone, cr.InstanceType, n - cr.TotalInstanceCount)
      next = { ...next, TotalInstanceCount: n }
    }
    if (req.EndDateType !== undefined || req.EndDate !== undefined) {
      const end = yield* endOf(w, req.EndDateType, req.EndDate, cr)
      const { EndDate: _e, ...rest } = next
      next = { ...rest, EndDateType: end.EndDateType, ...(end.EndDateType === "limited" ? { EndDate: end.EndDate } : {}) }
    }
    let adopt: Array<InstanceRecord> = []
    if (req.InstanceMatchCriteria !== undefined && req.InstanceMatchCriteria !== cr.InstanceMatchCriteria) {
      if (req.InstanceMatchCriteria !== "open" && req.InstanceMatchCriteria !== "targeted") {
        return yield* Effect.fail(Ec2Error.invalidValue(req.InstanceMatchCriteria, "InstanceMatchCriteria"))
      }
      // SDK: "To modify the instance eligibility, the Capacity Reservation must be completely idle (zero usage)."
      if (used > 0) {
        return yield* Ec2Error.fail("IncorrectState", `The capacity reservation '${cr.CapacityReservationId}' must be idle (zero usage) to modify its instance eligibility.`)
      }
      next = { ...next, InstanceMatchCriteria: req.InstanceMatchCriteria }
      // targeted → open: matching running instances with the open preference use it at once (SDK)
      adopt = adoptable(w, next, next.TotalInstanceCount)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.put("capacityReservations", withHistory(w, next))
    for (const r of adopt) w.put("instances", { ...r, CapacityReservationId: cr.CapacityReservationId })
    if (next.EndDate !== cr.EndDate) {
      w.cancelTimers(cr.CapacityReservationId, ExpireTimer)
      if (next.EndDate !== undefined) w.schedule(ExpireTimer, cr.CapacityReservationId, next.EndDate - w.now)
    }
    return { Return: true }
  })

/** Ends a reservation (`cancelled` or `expired`): its instances keep running, as On-Demand, outside it. */
const end = (w: World, cr: CapacityReservationRecord, state: "cancelled" | "expired"): void => {
  w.put("capacityReservations", withHistory(w, { ...cr, State: state, EndedAt: w.now }))
  w.cancelTimers(cr.CapacityReservationId, ExpireTimer)
  for (const r of w.all("instances")) {
    if (r.CapacityReservationId !== cr.CapacityReservationId) continue
    const { CapacityReservationId: _c, ...rest } = r
    w.put("instances", rest)
  }
}

/** CancelCapacityReservation: state `cancelled`; "instances ... continue to run as On-Demand" (UG23). */
export const cancelCapacityReservation = (w: World, req: Req<"cancelCapacityReservation">) =>
  Effect.gen(function*() {
    const cr = yield* findReservation(w, req.CapacityReservationId)
    if (req.ApplyCancellationCharges !== undefined || req.QuoteId !== undefined) return yield* Effect.fail(unsupported("ApplyCancellationCharges"))
    if (cr.State !== "active") return yield* Effect.fail(notActive(cr))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    end(w, cr, "cancelled")
    return { Return: true }
  })

/**
 * A slot of an `open` reservation that an instance leaves (stop, terminate) is taken at once by a matching
 * running instance with the `open` preference that runs outside reservations, as EC2 does ("instances that
 * match the attributes of an open Capacity Reservation automatically run in it", UG23
 * `capacity-reservations-using.md`; purchasing-facts §5). Cheap unless a slot is freed: then one scan.
 */
const refill = (w: World, prev: InstanceRecord | undefined, next: InstanceRecord | undefined): void => {
  if (prev === undefined || !holdsSlot(prev)) return
  if (next !== undefined && holdsSlot(next) && next.CapacityReservationId === prev.CapacityReservationId) return
  const cr = w.get("capacityReservations", prev.CapacityReservationId!)
  if (cr === undefined || cr.State !== "active" || cr.InstanceMatchCriteria !== "open") return
  if (availableSlots(cr, slotsInUse(w)) <= 0) return
  const [r] = adoptable(w, cr, 1)
  if (r !== undefined) w.put("instances", { ...r, CapacityReservationId: cr.CapacityReservationId })
}

observeRecords("instances", refill)

/** The operations of this area over an engine. */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "createCapacityReservation" | "describeCapacityReservations" | "modifyCapacityReservation" | "cancelCapacityReservation"
> => ({
  createCapacityReservation: (req) => engine.transact((w) => createCapacityReservation(w, req)),
  describeCapacityReservations: (req) => engine.transact((w) => describeCapacityReservations(w, req)),
  modifyCapacityReservation: (req) => engine.transact((w) => modifyCapacityReservation(w, req)),
  cancelCapacityReservation: (req) => engine.transact((w) => cancelCapacityReservation(w, req))
})

/** The timer handlers of this area: a limited reservation expires at its `EndDate`. */
export const timers: Readonly<Record<string, TimerHandler>> = {
  [ExpireTimer]: (w, t) => {
    const cr = w.get("capacityReservations", t.Target)
    if (cr !== undefined && cr.State === "active") end(w, cr, "expired")
  }
}
