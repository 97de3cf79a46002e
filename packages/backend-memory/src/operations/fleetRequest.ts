/**
 * CreateFleet's request checks: AWS's constraints on the target capacity, the markets' options, the
 * configs and overrides, the dates and the fleet quotas, each with its source. Pure over the request and
 * a few counts of the world; nothing here launches.
 *
 * Codes and texts: where AWS's text is not published the code is the one AWS uses for that kind of
 * mistake (`InvalidParameterValue`, `InvalidParameterCombination`, `MissingParameter`, and
 * `InvalidFleetConfig`, seen from EC2 Fleet: "InvalidFleetConfig: Invalid: Parameter: InstanceTypes. …",
 * hashicorp/terraform-provider-aws#41272, 2025) and the text is ours, marked unverified.
 *
 * @internal
 */
import { Ec2Error, type Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import type { World } from "../internal/World.js"

/** Pools (overrides × subnets) per fleet — UG23 `fleet-quotas.md` ("Launch specifications per EC2 Fleet: 300"). */
export const MaxPools = 300
/** Target capacity per fleet — UG23 `fleet-quotas.md` ("Target capacity per EC2 Fleet: 10,000"). */
export const MaxTargetCapacity = 10_000
/** `request` and `maintain` fleets per Region in active, deleted_running (or submitted) states — UG23 `fleet-quotas.md`: 1,000. */
export const MaxFleets = 1_000
/** `MinTargetCapacity` at most — SDK `SpotOptionsRequest.MinTargetCapacity` ("Maximum value of 1000"). */
export const MaxMinTargetCapacity = 1_000

const invalid = (message: string) => Ec2Error.fail("InvalidParameterValue", message)
const combination = (message: string) => Ec2Error.fail("InvalidParameterCombination", message)
const config = (message: string) => Ec2Error.fail("InvalidFleetConfig", message)

/** What CreateFleet's checks decided: the type and the units of each market. */
export interface Checked {
  readonly Type: "instant" | "request" | "maintain"
  readonly OnDemandTarget: number
  readonly SpotTarget: number
  readonly DefaultTargetCapacityType: "spot" | "on-demand"
}

const isCount = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0)

/** The target capacity: whole numbers, on-demand + spot ≤ total ≤ 10,000, a default market for the rest. */
const checkTarget = (t: Ec2Shapes.TargetCapacitySpecificationRequest, type: Checked["Type"]) =>
  Effect.gen(function*() {
    for (const [name, n] of [["TotalTargetCapacity", t.TotalTargetCapacity], ["OnDemandTargetCapacity", t.OnDemandTargetCapacity], ["SpotTargetCapacity", t.SpotTargetCapacity]] as const) {
      if (!isCount(n)) return yield* invalid(`Value (${n}) for parameter ${name} is invalid. Expected a whole number of 0 or more.`)
    }
    const total = t.TotalTargetCapacity
    const od = t.OnDemandTargetCapacity ?? 0
    const spot = t.SpotTargetCapacity ?? 0
    if (total > MaxTargetCapacity) return yield* invalid(`Value (${total}) for parameter TotalTargetCapacity is invalid. The target capacity of a fleet is at most ${MaxTargetCapacity}.`)
    if (type === "instant" && total < 1) return yield* invalid(`Value (${total}) for parameter TotalTargetCapacity is invalid. An instant fleet needs a target capacity of at least 1.`)
    if (od + spot > total) {
      return yield* config(`The sum of OnDemandTargetCapacity (${od}) and SpotTargetCapacity (${spot}) cannot exceed TotalTargetCapacity (${total}).`)
    }
    if (t.TargetCapacityUnitType !== undefined && t.TargetCapacityUnitType !== "units") {
      // "You can specify this parameter only when using attributed-based instance type selection" (SDK)
      return yield* combination("TargetCapacityUnitType can be specified only with InstanceRequirements (attribute-based instance type selection), which is not supported here.")
    }
    const kind = t.DefaultTargetCapacityType
    if (kind === undefined) {
      // strictest plausible: AWS's examples always give it; the rest of the total has no market without it
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter TargetCapacitySpecification.DefaultTargetCapacityType")
    }
    if (kind !== "spot" && kind !== "on-demand") {
      return yield* Ec2Error.fail("UnsupportedOperation", `DefaultTargetCapacityType '${kind}' (Capacity Blocks and reserved capacity) is not supported.`)
    }
    const rest = total - od - spot
    return { OnDemandTarget: od + (kind === "on-demand" ? rest : 0), SpotTarget: spot + (kind === "spot" ? rest : 0), DefaultTargetCapacityType: kind }
  })

/** The markets' options: strategies' own parameters, instant-only options, MinTargetCapacity. */
const checkOptions = (req: Ec2Shapes.CreateFleetRequest, type: Checked["Type"], target: { readonly OnDemandTarget: number; readonly SpotTarget: number }) =>
  Effect.gen(function*() {
    const spot = req.SpotOptions ?? {}
    const n = spot.InstancePoolsToUseCount
    if (n !== undefined) {
      if (!Number.isInteger(n) || n < 1) return yield* invalid(`Value (${n}) for parameter InstancePoolsToUseCount is invalid. Expected a whole number of 1 or more.`)
      // "Supported only when Spot AllocationStrategy is set to lowest-price" (SDK)
      if ((spot.AllocationStrategy ?? "lowest-price") !== "lowest-price") {
        return yield* combination("InstancePoolsToUseCount is supported only with the lowest-price Spot allocation strategy.")
      }
    }
    for (const [market, o, units] of [["Spot", spot, target.SpotTarget], ["OnDemand", req.OnDemandOptions ?? {}, target.OnDemandTarget]] as const) {
      // "Supported only for fleets of type instant" (SDK: SingleInstanceType, SingleAvailabilityZone, MinTargetCapacity)
      for (const k of ["SingleInstanceType", "SingleAvailabilityZone", "MinTargetCapacity"] as const) {
        if (o[k] !== undefined && type !== "instant") return yield* combination(`${market}Options.${k} is supported only for fleets of type instant.`)
      }
      const min = o.MinTargetCapacity
      if (min !== undefined) {
        if (!Number.isInteger(min) || min < 0 || min > MaxMinTargetCapacity) {
          return yield* invalid(`Value (${min}) for parameter ${market}Options.MinTargetCapacity is invalid. Expected a whole number from 0 to ${MaxMinTargetCapacity}.`)
        }
        // "At least one of the following must be specified: SingleAvailabilityZone | SingleInstanceType" (SDK)
        if (o.SingleInstanceType !== true && o.SingleAvailabilityZone !== true) {
          return yield* combination(`${market}Options.MinTargetCapacity requires SingleInstanceType or SingleAvailabilityZone.`)
        }
        if (min > units) return yield* invalid(`${market}Options.MinTargetCapacity (${min}) cannot exceed the ${market} target capacity (${units}).`)
      }
      if (o.MaxTotalPrice !== undefined) {
        // ec2kit does not cap a fleet's hourly spend: refusing beats ignoring a cap the caller relies on
        return yield* Ec2Error.fail("UnsupportedOperation", `${market}Options.MaxTotalPrice is not supported.`)
      }
    }
    const behavior = spot.InstanceInterruptionBehavior
    if ((behavior === "stop" || behavior === "hibernate") && type !== "maintain") {
      // stop/hibernate: "persistent Spot request or … EC2 Fleet of type maintain" (UG23 stop-spot-instances.md)
      return yield* combination(`InstanceInterruptionBehavior '${behavior}' is supported only for fleets of type maintain.`)
    }
    if (req.ReplaceUnhealthyInstances === true && type !== "maintain") {
      // "Supported only for fleets of type maintain" (SDK CreateFleetRequest.ReplaceUnhealthyInstances)
      return yield* combination("ReplaceUnhealthyInstances is supported only for fleets of type maintain.")
    }
    if (spot.MaintenanceStrategies?.CapacityRebalance !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "Capacity Rebalancing (MaintenanceStrategies.CapacityRebalance) is not supported.")
    }
    if (req.ReservedCapacityOptions !== undefined || req.OnDemandOptions?.CapacityReservationOptions !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "Capacity Reservation options of EC2 Fleet are not supported.")
    }
  })

/** The configs: at least one, each with a launch template, overrides within the fleet's pools, one subnet per AZ. */
const checkConfigs = (w: World, req: Ec2Shapes.CreateFleetRequest, type: Checked["Type"]) =>
  Effect.gen(function*() {
    const configs = req.LaunchTemplateConfigs
    if (configs.length === 0) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter LaunchTemplateConfigs")
    let pools = 0
    const subnetByAz = new Map<string, string>()
    for (const [i, c] of configs.entries()) {
      const spec = c.LaunchTemplateSpecification
      if (spec === undefined || (spec.LaunchTemplateId === undefined && spec.LaunchTemplateName === undefined)) {
        // EC2 Fleet launches from launch templates only (UG23 ec2-fleet.md: "you must specify a launch template")
        return yield* Ec2Error.fail("MissingParameter", `The request must contain the parameter LaunchTemplateConfigs.${i + 1}.LaunchTemplateSpecification`)
      }
      if (spec.Version === undefined) {
        // "The launch template version number, $Latest, or $Default. You must specify a value, otherwise the request
        // fails." (SDK FleetLaunchTemplateSpecificationRequest.Version); code and text in the house shape (unverified)
        return yield* Ec2Error.fail("MissingParameter", `The request must contain the parameter LaunchTemplateConfigs.${i + 1}.LaunchTemplateSpecification.Version`)
      }
      if (spec.LaunchTemplateSpecificationUserData !== undefined && type !== "instant") {
        // "Supported only for fleets of type instant" (SDK)
        return yield* combination("LaunchTemplateSpecificationUserData is supported only for fleets of type instant.")
      }
      const overrides = c.Overrides ?? []
      pools += Math.max(1, overrides.length)
      for (const o of overrides) {
        if (o.InstanceRequirements !== undefined) {
          return yield* Ec2Error.fail("UnsupportedOperation", "Attribute-based instance type selection (InstanceRequirements) is not supported.")
        }
        if (o.WeightedCapacity !== undefined && !(o.WeightedCapacity > 0 && Number.isFinite(o.WeightedCapacity))) {
          return yield* invalid(`Value (${o.WeightedCapacity}) for parameter WeightedCapacity is invalid. It must be greater than 0.`)
        }
        if (o.Priority !== undefined && !(Number.isInteger(o.Priority) && o.Priority >= 0)) {
          // "Valid values are whole numbers starting at 0" (SDK)
          return yield* invalid(`Value (${o.Priority}) for parameter Priority is invalid. Valid values are whole numbers starting at 0.`)
        }
        if (o.MaxPrice !== undefined && !(Number(o.MaxPrice) > 0.001)) {
          // "it must be more than USD $0.001. Specifying a value below USD $0.001 will result in an InvalidParameterValue" (SDK)
          return yield* invalid(`Value (${o.MaxPrice}) for parameter MaxPrice is invalid. It must be more than USD $0.001.`)
        }
        if (type !== "instant") {
          // "Supported only for fleets of type instant" (SDK FleetLaunchTemplateOverridesRequest)
          for (const k of ["KeyName", "BlockDeviceMappings", "IamInstanceProfile", "MetadataOptions", "ImageId"] as const) {
            if (o[k] !== undefined) return yield* combination(`Overrides.${k} is supported only for fleets of type instant.`)
          }
        }
        const subnet = o.SubnetId === undefined ? undefined : w.get("subnets", o.SubnetId)
        if (subnet !== undefined) {
          const other = subnetByAz.get(subnet.AvailabilityZone)
          // "You can't specify different subnets from the same Availability Zone" (UG23 fleet-quotas.md)
          if (other !== undefined && other !== subnet.SubnetId) {
            return yield* config(`The subnets ${other} and ${subnet.SubnetId} are in the same Availability Zone (${subnet.AvailabilityZone}); a fleet takes one subnet per Availability Zone.`)
          }
          subnetByAz.set(subnet.AvailabilityZone, subnet.SubnetId)
        }
      }
    }
    if (pools > MaxPools) return yield* config(`A fleet can have at most ${MaxPools} launch specifications (overrides); the request has ${pools}.`)
    // the instances the target may take at the smallest weight: bounded like the target itself (ours: AWS documents
    // no instance count per fleet, but a tiny weight must not turn 10,000 units into millions of launches)
    const weights = configs.flatMap((c) => (c.Overrides ?? []).map((o) => o.WeightedCapacity ?? 1))
    const smallest = Math.min(1, ...weights)
    if (Math.ceil(req.TargetCapacitySpecification.TotalTargetCapacity / smallest) > MaxTargetCapacity) {
      return yield* config(`The target capacity at the smallest WeightedCapacity (${smallest}) needs more than ${MaxTargetCapacity} instances.`)
    }
  })

/** ValidFrom/ValidUntil: not for instant fleets; ValidUntil after now and after ValidFrom. */
const checkDates = (req: Ec2Shapes.CreateFleetRequest, type: Checked["Type"], now: number) =>
  Effect.gen(function*() {
    const from = req.ValidFrom?.getTime()
    const until = req.ValidUntil?.getTime()
    if (type === "instant" && (from !== undefined || until !== undefined)) {
      return yield* combination("ValidFrom and ValidUntil are not supported for fleets of type instant.")
    }
    if (until !== undefined && until <= now) return yield* invalid("ValidUntil must be in the future.")
    if (from !== undefined && until !== undefined && until <= from) return yield* invalid("ValidUntil must be after ValidFrom.")
  })

/** Every check of CreateFleet, in order (nothing changes). */
export const checkCreateFleet = (w: World, req: Ec2Shapes.CreateFleetRequest) =>
  Effect.gen(function*() {
    const type = req.Type ?? "maintain" // SDK: "The default value is maintain"
    const target = yield* checkTarget(req.TargetCapacitySpecification, type)
    yield* checkOptions(req, type, target)
    yield* checkConfigs(w, req, type)
    yield* checkDates(req, type, w.now)
    if (type !== "instant") {
      let live = 0
      for (const f of w.all("fleets")) {
        if (f.Type !== "instant" && (f.FleetState === "submitted" || f.FleetState === "active" || f.FleetState === "deleted_running" || f.FleetState === "modifying")) live++
      }
      if (live >= MaxFleets) {
        // code and text unverified (Spot Fleet's quota code is MaxSpotFleetRequestCountExceeded)
        return yield* Ec2Error.fail("FleetLimitExceeded", `You have reached the limit of ${MaxFleets} request and maintain fleets in this Region.`)
      }
    }
    return { Type: type, ...target } satisfies Checked
  })
