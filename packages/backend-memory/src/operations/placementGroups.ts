/**
 * Create/Describe/DeletePlacementGroup and ModifyInstancePlacement through core's `PlacementGroup` rules.
 * Deletion is immediate (AWS shows `deleting` then `deleted`; a deleted group is not kept here).
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier, PlacementGroup } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { PlacementGroupRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, freshId, tagsFromSpecs } from "./tags.js"

const groupOut = (w: World, g: PlacementGroupRecord) => ({
  GroupName: g.GroupName,
  GroupId: g.GroupId,
  Strategy: g.Strategy,
  State: g.State,
  ...(g.PartitionCount !== undefined ? { PartitionCount: g.PartitionCount } : {}),
  ...(g.SpreadLevel !== undefined ? { SpreadLevel: g.SpreadLevel } : {}),
  GroupArn: `arn:aws:ec2:${w.meta.Region}:${w.meta.AccountId}:placement-group/${g.GroupName}`,
  Tags: w.tagsOf(g.GroupId).map(([Key, Value]) => ({ Key, Value }))
})

const membersOf = (w: World, name: string): ReadonlyArray<PlacementGroup.Member> =>
  [...w.all("instances")].filter((i) => i.PlacementGroupName === name).map((i) => ({
    InstanceId: i.InstanceId,
    InstanceType: i.InstanceType,
    AvailabilityZone: i.AvailabilityZone,
    State: i.Lifecycle.State,
    Tenancy: i.Tenancy,
    ...(i.PartitionNumber !== undefined ? { PartitionNumber: i.PartitionNumber } : {}),
    ...(i.Slot !== undefined ? { Slot: i.Slot } : {})
  }))

export const createPlacementGroup = (w: World, req: Parameters<Ec2.Implementation["createPlacementGroup"]>[0]) =>
  Effect.gen(function*() {
    const existing = [...w.all("placementGroups")]
    const spec = yield* attempt(PlacementGroup.validateCreate(req, { existing }))
    const tags = yield* attempt(tagsFromSpecs(req.TagSpecifications, "placement-group"))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const GroupId = yield* freshId("placementGroup", (id) => existing.some((g) => g.GroupId === id))
    const g: PlacementGroupRecord = PlacementGroup.fromSpec(spec, GroupId)
    w.put("placementGroups", g)
    if (tags.length > 0) w.setTags(GroupId, tags)
    return { PlacementGroup: groupOut(w, g) }
  })

export const describePlacementGroups = (w: World, req: Parameters<Ec2.Implementation["describePlacementGroups"]>[0]) =>
  Effect.gen(function*() {
    const all = [...w.all("placementGroups")]
    for (const n of req.GroupNames ?? []) yield* attempt(PlacementGroup.find(all, n))
    for (const id of req.GroupIds ?? []) if (!all.some((g) => g.GroupId === id)) return yield* Effect.fail(Identifier.notFound("placementGroup", id))
    const pred = yield* attempt(compileFilters<PlacementGroupRecord>(req.Filters, {
      "group-name": (g) => [g.GroupName],
      "group-arn": (g) => [`arn:aws:ec2:${w.meta.Region}:${w.meta.AccountId}:placement-group/${g.GroupName}`],
      state: (g) => [g.State],
      strategy: (g) => [g.Strategy],
      "spread-level": (g) => [g.SpreadLevel]
    }, (g) => w.tagsOf(g.GroupId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const selected = all.filter((g) =>
      (req.GroupNames === undefined || req.GroupNames.includes(g.GroupName)) &&
      (req.GroupIds === undefined || req.GroupIds.includes(g.GroupId as never)) &&
      pred(g)
    )
    return { PlacementGroups: selected.map((g) => groupOut(w, g)) }
  })

export const deletePlacementGroup = (w: World, req: Parameters<Ec2.Implementation["deletePlacementGroup"]>[0]) =>
  Effect.gen(function*() {
    const g = yield* attempt(PlacementGroup.find([...w.all("placementGroups")], req.GroupName))
    yield* attempt(PlacementGroup.validateDelete(g, membersOf(w, g.GroupName)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.del("placementGroups", g.GroupName)
    w.setTags(g.GroupId, [])
    return {}
  })

/**
 * ModifyInstancePlacement: the instance must be stopped (core `admitMove`); `GroupName: ""` removes it
 * from its group ("To remove an instance from a placement group, specify an empty string" —
 * API_ModifyInstancePlacement, read 2026-11). Tenancy/affinity/host changes are not modelled.
 */
export const modifyInstancePlacement = (w: World, req: Parameters<Ec2.Implementation["modifyInstancePlacement"]>[0]) =>
  Effect.gen(function*() {
    const inst = w.get("instances", req.InstanceId)
    if (inst === undefined || inst.Lifecycle.State === "terminated") return yield* Effect.fail(Identifier.notFound("instance", req.InstanceId))
    if (req.HostId !== undefined || req.Affinity !== undefined || req.HostResourceGroupArn !== undefined || (req.Tenancy !== undefined && req.Tenancy !== inst.Tenancy)) {
      return yield* Ec2Error.fail("UnsupportedOperation", "Changing tenancy, affinity or host is not supported by this backend.")
    }
    const all = [...w.all("placementGroups")]
    if (req.GroupName === "" && req.GroupId === undefined) {
      if (inst.Lifecycle.State !== "stopped") {
        return yield* Ec2Error.fail("IncorrectInstanceState", PlacementGroup.messages.notStopped(inst.InstanceId))
      }
      const { PlacementGroupName: _g, PartitionNumber: _p, Slot: _s, ...rest } = inst
      w.put("instances", rest)
      return { Return: true }
    }
    let group: PlacementGroupRecord
    if (req.GroupId !== undefined) {
      const g = all.find((x) => x.GroupId === req.GroupId)
      if (g === undefined) return yield* Effect.fail(Identifier.notFound("placementGroup", req.GroupId))
      group = g
    } else if (req.GroupName !== undefined) {
      group = yield* attempt(PlacementGroup.find(all, req.GroupName)) as Effect.Effect<PlacementGroupRecord, Ec2Error.Ec2Error>
    } else {
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter GroupName or GroupId") // unverified
    }
    const members = membersOf(w, group.GroupName).filter((m) => m.InstanceId !== inst.InstanceId)
    const placed = yield* attempt(PlacementGroup.admitMove(group, members, {
      InstanceId: inst.InstanceId,
      InstanceType: inst.InstanceType,
      AvailabilityZone: inst.AvailabilityZone,
      State: inst.Lifecycle.State,
      Tenancy: inst.Tenancy,
      ...(req.PartitionNumber !== undefined ? { PartitionNumber: req.PartitionNumber } : {})
    }))
    const { PartitionNumber: _p, Slot: _s, ...rest } = inst
    w.put("instances", {
      ...rest,
      PlacementGroupName: group.GroupName,
      ...(placed.PartitionNumber !== undefined ? { PartitionNumber: placed.PartitionNumber } : {}),
      ...(placed.Slot !== undefined ? { Slot: placed.Slot } : {})
    })
    if ((group.Strategy === "cluster" || group.Strategy === "precision-time") && group.PinnedAvailabilityZone === undefined) {
      w.put("placementGroups", { ...group, PinnedAvailabilityZone: placed.AvailabilityZone })
    }
    return { Return: true }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "createPlacementGroup" | "describePlacementGroups" | "deletePlacementGroup" | "modifyInstancePlacement"
> => ({
  createPlacementGroup: (req) => engine.transact((w) => createPlacementGroup(w, req)),
  describePlacementGroups: (req) => engine.transact((w) => describePlacementGroups(w, req)),
  deletePlacementGroup: (req) => engine.transact((w) => deletePlacementGroup(w, req)),
  modifyInstancePlacement: (req) => engine.transact((w) => modifyInstancePlacement(w, req))
})
