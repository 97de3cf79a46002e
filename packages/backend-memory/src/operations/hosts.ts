/**
 * Dedicated Hosts (issue 12 §3): AllocateHosts, DescribeHosts, ReleaseHosts, and what a host holds (the
 * instances whose `DedicatedHostId` names it). Launches onto hosts are admitted by
 * `reservationAdmission.ts`; the per-type capacity is `hostCapacity.ts`'s derivation.
 *
 * Rules (purchasing-facts §7; SDK 3.1169.0 `AllocateHostsRequest`, `DescribeHostsRequest`, `Host`, read 2026-12-06):
 * - a host supports one `InstanceType`, or every size of one `InstanceFamily` (then
 *   `AllowsMultipleInstanceTypes` is `on`); "You cannot specify InstanceType and InstanceFamily in the
 *   same request";
 * - `AutoPlacement` default `off` (only launches naming its `HostId`), `HostRecovery` default `off`,
 *   `HostMaintenance` default `on` (SDK);
 * - a host with instances cannot be released: `Client.InvalidHost.Occupied`, "Dedicated host 'h-…' cannot
 *   be released as it is occupied" (API_ReleaseHosts example response, AWS API reference, read 2026-12-06);
 *   released hosts stay visible in state `released` with their `ReleaseTime`.
 *
 * @internal
 */
import { Effect, Result } from "effect"
import { type Ec2, Ec2Error, InstanceTypeCatalogue, Tags } from "@ec2kit/core"
import type { Engine, TimerHandler } from "../internal/Engine.js"
import type { DedicatedHostRecord, InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { hostMalformed, hostNotFound, isHostId } from "./purchasingIds.js"
import { familyOf, fitOnHost, hostShape, hostUnits, typesOfFamily, typesOnHost, vCpusOfType } from "./hostCapacity.js"
import { attempt, compileFilters, paginate } from "./tags.js"

type Req<K extends keyof Ec2.Implementation> = Parameters<Ec2.Implementation[K]>[0]

/** States in which an instance holds its place on a Dedicated Host (a stopped one does not). */
export const holdsHost = (r: InstanceRecord): boolean => {
  const s = r.Lifecycle.State
  return s === "pending" || s === "running" || s === "stopping" || s === "shutting-down"
}

/** The instances holding a place on each host (one scan of the instances). */
export const hostOccupants = (w: World): Map<string, Array<InstanceRecord>> => {
  const out = new Map<string, Array<InstanceRecord>>()
  if (w.count("dedicatedHosts") === 0) return out
  for (const r of w.all("instances")) {
    if (r.DedicatedHostId === undefined || !holdsHost(r)) continue
    const list = out.get(r.DedicatedHostId)
    if (list === undefined) out.set(r.DedicatedHostId, [r])
    else list.push(r)
  }
  return out
}

/** Capacity units a host has free given its occupants (see `hostCapacity.ts`). */
export const freeUnits = (h: DedicatedHostRecord, occupants: ReadonlyArray<InstanceRecord>): number =>
  hostUnits(h.InstanceFamily, h) - occupants.reduce((n, r) => n + vCpusOfType(r.InstanceType), 0)

/** How many more instances of a type a host takes now (0 when it does not run the type or is released). */
export const hostRoom = (h: DedicatedHostRecord, occupants: ReadonlyArray<InstanceRecord>, instanceType: string): number =>
  h.State !== "available" || !typesOnHost(h).includes(instanceType) ? 0 : fitOnHost(freeUnits(h, occupants), instanceType)

/** A fresh `h-` id (17 hex digits, from the world's generator). */
const newHostId = (w: World): string => {
  for (;;) {
    const hex = Array.from({ length: 3 }, () => w.rng.nextUint32().toString(16).padStart(8, "0")).join("").slice(0, 17)
    const id = `h-${hex}`
    if (w.get("dedicatedHosts", id) === undefined) return id
  }
}

export { hostMalformed, hostNotFound, isHostId }

/**
 * The AZ of a Dedicated Host a launch names (`Placement.HostId`), so that a launch on a host without an AZ or
 * subnet goes to the host's AZ, as on EC2; `undefined` for no host or an unknown one (admission answers that).
 */
export const hostZone = (w: World, hostId: string | undefined): string | undefined =>
  hostId === undefined ? undefined : w.get("dedicatedHosts", hostId)?.AvailabilityZone

/**
 * Most allocated hosts of one family. AWS's limit is a per-Region account quota per family ("Running
 * Dedicated <family> Hosts", Service Quotas) whose defaults ec2kit does not store; `HostLimitExceeded` is
 * AWS's code (errors-overview, read 2026-12-06), the figure and text are ours — chosen so that no request
 * can make the world allocate without bound.
 */
export const MaxHostsPerFamily = 500

const onOff = (v: string | undefined, name: string, dflt: "on" | "off"): Result.Result<"on" | "off", Ec2Error.Ec2Error> =>
  v === undefined ? Result.succeed(dflt) : v === "on" || v === "off" ? Result.succeed(v) : Result.fail(Ec2Error.invalidValue(v, name))

/** AllocateHosts: every check first, then `Quantity` hosts in state `available`. */
export const allocateHosts = (w: World, req: Req<"allocateHosts">) =>
  Effect.gen(function*() {
    if (req.InstanceType !== undefined && req.InstanceFamily !== undefined) {
      // SDK AllocateHostsRequest: "You cannot specify InstanceType and InstanceFamily in the same request."
      return yield* Ec2Error.fail("InvalidParameterCombination", "You cannot specify InstanceType and InstanceFamily in the same request.")
    }
    if (req.InstanceType === undefined && req.InstanceFamily === undefined) {
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter InstanceType or InstanceFamily.") // text unverified
    }
    if (req.AssetIds !== undefined || req.OutpostArn !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "Dedicated Hosts on AWS Outposts (AssetIds, OutpostArn) are not supported by this backend.")
    }
    let family: string
    if (req.InstanceType !== undefined) {
      if (InstanceTypeCatalogue.lookup(req.InstanceType)._tag === "None") {
        return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.InstanceType}' for InstanceType.`)
      }
      family = familyOf(req.InstanceType)
    } else {
      family = req.InstanceFamily!
      const types = typesOfFamily(family)
      // strictest plausible: multi-size hosts are a Nitro feature ("Nitro-based instance families",
      // UG23 dedicated-hosts-overview; 2023 list A1, C5, M5, R5, C5n, M5n, R5n, T3 — purchasing-facts §7)
      // (bare-metal sizes run no hypervisor: the family's virtual sizes decide)
      if (types.length === 0 || !types.filter((t) => !t.bareMetal).every((t) => t.hypervisor === "nitro")) {
        return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${family}' for InstanceFamily. Specify a Nitro-based instance family that supports multiple instance sizes.`)
      }
    }
    const shape = hostShape(family)
    if (shape === undefined) return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${family}' for InstanceFamily.`)
    const zone = yield* zoneOf(w, req.AvailabilityZone, req.AvailabilityZoneId)
    const quantity = req.Quantity ?? 1
    // Quantity: "The number of Dedicated Hosts to allocate" (SDK); at least 1. AWS's per-Region host quota
    // (per family, Service Quotas) is not modelled.
    if (!Number.isInteger(quantity) || quantity < 1) return yield* Effect.fail(Ec2Error.invalidValue(String(quantity), "Quantity"))
    const allocated = [...w.all("dedicatedHosts")].filter((h) => h.State === "available" && h.InstanceFamily === family).length
    if (allocated + quantity > MaxHostsPerFamily) {
      return yield* Ec2Error.fail(
        "HostLimitExceeded",
        `You have requested more Dedicated Hosts of family ${family} than your current limit of ${MaxHostsPerFamily} allows.`
      )
    }
    const AutoPlacement = yield* attempt(onOff(req.AutoPlacement, "AutoPlacement", "off"))
    const HostRecovery = yield* attempt(onOff(req.HostRecovery, "HostRecovery", "off"))
    const HostMaintenance = yield* attempt(onOff(req.HostMaintenance, "HostMaintenance", "on"))
    const tags = yield* attempt(Result.map(Tags.fromSpecifications(req.TagSpecifications, ["dedicated-host"]), (m) => m.get("dedicated-host") ?? []))
    if (req.ClientToken !== undefined) {
      // idempotency: a retry answers the hosts of the first call
      const prior = [...w.all("dedicatedHosts")].filter((h) => h.ClientToken === req.ClientToken)
      if (prior.length > 0) return { HostIds: prior.map((h) => h.HostId) }
    }
    const HostIds: Array<string> = []
    for (let i = 0; i < quantity; i++) {
      const HostId = newHostId(w)
      const host: DedicatedHostRecord = {
        HostId,
        OwnerId: w.meta.AccountId,
        AvailabilityZone: zone.ZoneName,
        AvailabilityZoneId: zone.ZoneId,
        ...(req.InstanceType !== undefined ? { InstanceType: req.InstanceType } : {}),
        InstanceFamily: family,
        AllowsMultipleInstanceTypes: req.InstanceType !== undefined ? "off" : "on",
        AutoPlacement,
        HostRecovery,
        HostMaintenance,
        Sockets: shape.Sockets,
        Cores: shape.Cores,
        TotalVCpus: shape.TotalVCpus,
        State: "available",
        AllocationTime: w.now,
        ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken } : {})
      }
      w.put("dedicatedHosts", host)
      if (tags.length > 0) w.setTags(HostId, tags)
      HostIds.push(HostId)
    }
    return { HostIds }
  })

/** The AZ of a request (`AvailabilityZone` or `AvailabilityZoneId`, one required), else AWS-style errors. */
export const zoneOf = (w: World, name: string | undefined, id: string | undefined) =>
  Effect.gen(function*() {
    if (name !== undefined && id !== undefined) {
      return yield* Ec2Error.fail("InvalidParameterCombination", "The parameters AvailabilityZone and AvailabilityZoneId cannot be used together.") // text unverified
    }
    if (name === undefined && id === undefined) {
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter AvailabilityZone or AvailabilityZoneId.") // text unverified
    }
    const zone = w.meta.Zones.find((z) => (name !== undefined ? z.ZoneName === name : z.ZoneId === id))
    if (zone === undefined) {
      // OBS: "Invalid availability zone: [us-east-1f]" (RunInstances; newsapps/beeswithmachineguns#90, read 2026-12)
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid availability zone: [${name ?? id}]`)
    }
    return zone
  })

/** The `Host` shape of a record (occupants: the instances holding a place on it). */
export const hostOut = (w: World, h: DedicatedHostRecord, occupants: ReadonlyArray<InstanceRecord>) => {
  const free = freeUnits(h, occupants)
  const tags = w.tagsOf(h.HostId)
  const released = h.State !== "available"
  return {
    AutoPlacement: h.AutoPlacement,
    AvailabilityZone: h.AvailabilityZone,
    AvailabilityZoneId: h.AvailabilityZoneId,
    ...(released ? {} : {
      AvailableCapacity: {
        AvailableInstanceCapacity: typesOnHost(h).map((InstanceType) => ({
          InstanceType,
          AvailableCapacity: fitOnHost(free, InstanceType),
          TotalCapacity: fitOnHost(hostUnits(h.InstanceFamily, h), InstanceType)
        })),
        AvailableVCpus: Math.max(0, Math.floor(free * h.TotalVCpus / hostUnits(h.InstanceFamily, h)))
      }
    }),
    ...(h.ClientToken !== undefined ? { ClientToken: h.ClientToken } : {}),
    HostId: h.HostId,
    HostProperties: {
      Cores: h.Cores,
      ...(h.InstanceType !== undefined ? { InstanceType: h.InstanceType } : { InstanceFamily: h.InstanceFamily }),
      Sockets: h.Sockets,
      TotalVCpus: h.TotalVCpus
    },
    Instances: occupants.map((r) => ({ InstanceId: r.InstanceId, InstanceType: r.InstanceType, OwnerId: w.meta.AccountId })),
    State: h.State,
    AllocationTime: new Date(h.AllocationTime),
    ...(h.ReleaseTime !== undefined ? { ReleaseTime: new Date(h.ReleaseTime) } : {}),
    ...(tags.length > 0 ? { Tags: tags.map(([Key, Value]) => ({ Key, Value })) } : {}),
    HostRecovery: h.HostRecovery,
    AllowsMultipleInstanceTypes: h.AllowsMultipleInstanceTypes,
    OwnerId: h.OwnerId,
    MemberOfServiceLinkedResourceGroup: false,
    HostMaintenance: h.HostMaintenance
  }
}

/**
 * DescribeHosts: `HostIds` (each must exist), the SDK's filters (`auto-placement`, `availability-zone`,
 * `client-token`, `host-reservation-id`, `instance-type`, `state`, `tag-key`, `tag:<key>`), pages of
 * `MaxResults` 5–500 ("This value can be between 5 and 500"; "You cannot specify this parameter and the host
 * IDs parameter in the same request" — SDK DescribeHostsRequest). Note the request member is `Filter`.
 */
export const describeHosts = (w: World, req: Req<"describeHosts">) =>
  Effect.gen(function*() {
    if (req.HostIds !== undefined && req.MaxResults !== undefined) {
      return yield* Ec2Error.fail("InvalidParameterCombination", "The parameter HostIds cannot be used with the parameter MaxResults") // text unverified
    }
    for (const id of req.HostIds ?? []) {
      if (!isHostId(id)) return yield* Effect.fail(hostMalformed(id))
      if (w.get("dedicatedHosts", id) === undefined) return yield* Effect.fail(hostNotFound(id))
    }
    const pred = yield* attempt(compileFilters<DedicatedHostRecord>(req.Filter, {
      "auto-placement": (h) => [h.AutoPlacement],
      "availability-zone": (h) => [h.AvailabilityZone],
      "client-token": (h) => [h.ClientToken],
      "host-reservation-id": () => [],
      "instance-type": (h) => [h.InstanceType],
      state: (h) => [h.State]
    }, (h) => w.tagsOf(h.HostId)))
    const ids = req.HostIds === undefined ? undefined : new Set(req.HostIds)
    const selected = [...w.all("dedicatedHosts")].filter((h) => (ids === undefined || ids.has(h.HostId)) && pred(h))
    const { page, NextToken } = yield* attempt(paginate(selected, req, { min: 5, max: 500 }))
    const occupants = hostOccupants(w)
    return {
      Hosts: page.map((h) => hostOut(w, h, occupants.get(h.HostId) ?? [])),
      ...(NextToken !== undefined ? { NextToken } : {})
    }
  })

/**
 * ReleaseHosts: each host answers on its own (`Successful`, or `Unsuccessful` with AWS's code): an occupied
 * host `Client.InvalidHost.Occupied`; an unknown or already released one `Client.InvalidHostID.NotFound`
 * (the `Client.` prefix as in the occupied case; text unverified).
 */
export const releaseHosts = (w: World, req: Req<"releaseHosts">) =>
  Effect.sync(() => {
    const occupants = hostOccupants(w)
    const Successful: Array<string> = []
    const Unsuccessful: Array<{ ResourceId: string; Error: { Code: string; Message: string } }> = []
    for (const id of req.HostIds) {
      const h = w.get("dedicatedHosts", id)
      if (h === undefined || h.State !== "available") {
        Unsuccessful.push({ ResourceId: id, Error: { Code: "Client.InvalidHostID.NotFound", Message: `The host ID '${id}' does not exist` } })
        continue
      }
      if ((occupants.get(id) ?? []).length > 0) {
        Unsuccessful.push({ ResourceId: id, Error: { Code: "Client.InvalidHost.Occupied", Message: `Dedicated host '${id}' cannot be released as it is occupied` } })
        continue
      }
      w.put("dedicatedHosts", { ...h, State: "released", ReleaseTime: w.now })
      Successful.push(id)
    }
    return { Successful, Unsuccessful }
  })

/** The operations of this area over an engine. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "allocateHosts" | "describeHosts" | "releaseHosts"> => ({
  allocateHosts: (req) => engine.transact((w) => allocateHosts(w, req)),
  describeHosts: (req) => engine.transact((w) => describeHosts(w, req)),
  releaseHosts: (req) => engine.transact((w) => releaseHosts(w, req))
})

/** The timer handlers of this area (`Kind` → handler): none, hosts change only on calls. */
export const timers: Readonly<Record<string, TimerHandler>> = {}
