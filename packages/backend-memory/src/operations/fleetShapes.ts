/**
 * EC2 Fleet's response shapes: a stored fleet (`FleetRecord`) as `FleetData` (DescribeFleets), its instances and
 * errors as `CreateFleetInstance`/`DescribeFleetsInstances` and `CreateFleetError`/`DescribeFleetError`, grouped by
 * override, market and type as AWS groups them (EC2 User Guide `manage-ec2-fleet.md` examples, read 2026-12-06).
 *
 * @internal
 */
import type { Ec2Shapes } from "@ec2kit/core"
import type { FleetErrorRecord, FleetInstanceRecord, FleetRecord } from "../internal/records/Purchasing.js"
import type { InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { tagsOut } from "./filters.js"
import { liveUnits } from "./fleetLaunch.js"

/** An override as the response shape has it (request-only members dropped). */
export const overridesOut = (o: Readonly<Record<string, unknown>>): Ec2Shapes.FleetLaunchTemplateOverrides => {
  const keep = ["InstanceType", "MaxPrice", "SubnetId", "AvailabilityZone", "WeightedCapacity", "Priority", "ImageId", "BlockDeviceMappings", "AvailabilityZoneId"]
  const out: Record<string, unknown> = Object.fromEntries(keep.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]))
  const placement = o["Placement"] as { readonly GroupName?: string } | undefined
  if (placement?.GroupName !== undefined) out["Placement"] = { GroupName: placement.GroupName }
  return out as Ec2Shapes.FleetLaunchTemplateOverrides
}

/** A config's launch template specification as given. */
export const specOut = (f: FleetRecord, config: number): Ec2Shapes.FleetLaunchTemplateSpecification => {
  const spec = (f.LaunchTemplateConfigs[config]?.["LaunchTemplateSpecification"] ?? {}) as Ec2Shapes.FleetLaunchTemplateSpecification
  return {
    ...(spec.LaunchTemplateId !== undefined ? { LaunchTemplateId: spec.LaunchTemplateId } : {}),
    ...(spec.LaunchTemplateName !== undefined ? { LaunchTemplateName: spec.LaunchTemplateName } : {}),
    ...(spec.Version !== undefined ? { Version: spec.Version } : {})
  }
}

/** `LaunchTemplateAndOverrides` of a config and override (`-1`: none). */
export const andOverrides = (f: FleetRecord, config: number, override: number): Ec2Shapes.LaunchTemplateAndOverridesResponse => {
  const overrides = (f.LaunchTemplateConfigs[config]?.["Overrides"] ?? []) as ReadonlyArray<Readonly<Record<string, unknown>>>
  const o = override >= 0 ? overrides[override] : undefined
  return { LaunchTemplateSpecification: specOut(f, config), ...(o !== undefined ? { Overrides: overridesOut(o) } : {}) }
}

/** Instances grouped by override, market and type (and AZ/subnet for CreateFleet's answer). */
export const groupInstances = (w: World, f: FleetRecord, list: ReadonlyArray<FleetInstanceRecord>, withPlace: boolean) => {
  const groups = new Map<string, { first: FleetInstanceRecord; ids: Array<string>; r: InstanceRecord | undefined }>()
  for (const i of list) {
    const r = w.get("instances", i.InstanceId)
    const key = [i.Config, i.Override, i.Lifecycle, i.InstanceType, withPlace ? r?.SubnetId : ""].join("|")
    const g = groups.get(key)
    if (g === undefined) groups.set(key, { first: i, ids: [i.InstanceId], r })
    else g.ids.push(i.InstanceId)
  }
  return [...groups.values()].map(({ first, ids, r }) => ({
    LaunchTemplateAndOverrides: andOverrides(f, first.Config, first.Override),
    Lifecycle: first.Lifecycle,
    InstanceIds: ids,
    InstanceType: first.InstanceType,
    ...(withPlace && r !== undefined ? { AvailabilityZone: r.AvailabilityZone, SubnetId: r.SubnetId } : {})
  }))
}

/** A fleet's errors in the response shape. */
export const errorsOut = (f: FleetRecord, errors: ReadonlyArray<FleetErrorRecord>) =>
  errors.map((e) => ({
    LaunchTemplateAndOverrides: andOverrides(f, e.Config, e.Override),
    Lifecycle: e.Lifecycle,
    ErrorCode: e.ErrorCode,
    ErrorMessage: e.ErrorMessage
  }))

/** A fleet as DescribeFleets answers it. */
export const fleetOut = (w: World, f: FleetRecord): Ec2Shapes.FleetData => {
  const t = f.TargetCapacitySpecification
  const units = f.Type === "instant"
    ? { od: f.Instances.filter((i) => i.Lifecycle === "on-demand").reduce((s, i) => s + i.Units, 0), all: f.Instances.reduce((s, i) => s + i.Units, 0) }
    : { od: liveUnits(w, f, "on-demand"), all: liveUnits(w, f, "on-demand") + liveUnits(w, f, "spot") }
  return {
    ...(f.ActivityStatus !== undefined ? { ActivityStatus: f.ActivityStatus } : {}),
    CreateTime: new Date(f.CreateTime),
    FleetId: f.FleetId,
    FleetState: f.FleetState,
    ...(f.ClientToken !== undefined ? { ClientToken: f.ClientToken } : {}),
    ...(f.ExcessCapacityTerminationPolicy !== undefined ? { ExcessCapacityTerminationPolicy: f.ExcessCapacityTerminationPolicy } : {}),
    FulfilledCapacity: units.all,
    FulfilledOnDemandCapacity: units.od,
    LaunchTemplateConfigs: f.LaunchTemplateConfigs.map((c, i) => ({
      LaunchTemplateSpecification: specOut(f, i),
      ...(Array.isArray(c["Overrides"]) ? { Overrides: (c["Overrides"] as ReadonlyArray<Readonly<Record<string, unknown>>>).map(overridesOut) } : {})
    })),
    TargetCapacitySpecification: {
      TotalTargetCapacity: t.TotalTargetCapacity,
      OnDemandTargetCapacity: t.OnDemandTargetCapacity,
      SpotTargetCapacity: t.SpotTargetCapacity,
      DefaultTargetCapacityType: t.DefaultTargetCapacityType,
      ...(t.TargetCapacityUnitType !== undefined ? { TargetCapacityUnitType: t.TargetCapacityUnitType as Ec2Shapes.TargetCapacityUnitType } : {})
    },
    TerminateInstancesWithExpiration: f.TerminateInstancesWithExpiration ?? false,
    Type: f.Type,
    ...(f.ValidFrom !== undefined ? { ValidFrom: new Date(f.ValidFrom) } : {}),
    ...(f.ValidUntil !== undefined ? { ValidUntil: new Date(f.ValidUntil) } : {}),
    ReplaceUnhealthyInstances: f.ReplaceUnhealthyInstances ?? false,
    SpotOptions: (f.SpotOptions ?? {}) as Ec2Shapes.SpotOptions,
    OnDemandOptions: (f.OnDemandOptions ?? {}) as Ec2Shapes.OnDemandOptions,
    ...tagsOut(w, f.FleetId),
    ...(f.Type === "instant" ? { Instances: groupInstances(w, f, f.Instances, false), Errors: errorsOut(f, f.Errors) } : {}),
    ...(f.Type !== "instant" && f.Errors.length > 0 ? { Errors: errorsOut(f, f.Errors) } : {}),
    ...(f.Context !== undefined ? { Context: f.Context } : {})
  }
}

/** CreateFleet's answer: the id, and for an instant fleet its instances and errors. */
export const answer = (w: World, f: FleetRecord, instances: ReadonlyArray<FleetInstanceRecord>, errors: ReadonlyArray<FleetErrorRecord>): Ec2Shapes.CreateFleetResult =>
  f.Type !== "instant"
    ? { FleetId: f.FleetId }
    : { FleetId: f.FleetId, Errors: errorsOut(f, errors), Instances: groupInstances(w, f, instances, true) }
