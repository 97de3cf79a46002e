/**
 * EC2 Fleet (issue 12 §2): CreateFleet (`instant`, `request`, `maintain`), DescribeFleets,
 * DescribeFleetInstances, DeleteFleets, and the timers and record observers that fulfil, maintain, heal and end
 * fleets. The request's checks are `fleetRequest.ts`, the pools, strategies and launches `fleetLaunch.ts` (over
 * `internal/Allocation.ts` and RunInstances), the response shapes `fleetShapes.ts`.
 *
 * Behaviour (sources read 2026-12-06; purchasing-facts §4, SDK @aws-sdk/client-ec2 3.1169.0):
 * - `instant`: synchronous; answers the instances it launched and `Errors` for what it could not; its state is
 *   `active`, its activity `fulfilled` (see `activityOf`) ("The EC2 Fleet places a synchronous one-time request … and returns errors for any instances that
 *   could not be launched", SDK `CreateFleetRequest.Type`).
 * - `request` and `maintain`: asynchronous; `submitted`, then at `ValidFrom` (or at once) a timer fulfils it and it
 *   is `active` with `ActivityStatus` `fulfilled`, `pending_fulfillment` or `error` (`activityOf`). A `maintain` fleet replaces an instance
 *   that is terminated (observed on the instance records: no polling) and retries when capacity frees up
 *   (an instance leaves the active states, or a Spot pool changes); a `request` fleet does not ("does not maintain
 *   Spot capacity if Spot Instances are interrupted", SDK).
 * - `ValidUntil`: a timer ends the fleet — `deleted_terminating` (instances terminated) with
 *   `TerminateInstancesWithExpiration`, else `deleted_running` (our reading of "no new EC2 Fleet requests are placed
 *   or able to fulfill the request"; AWS documents no state for an expired fleet).
 * - DeleteFleets: `deleted_terminating` (its instances terminated; `deleted` once they all are) or
 *   `deleted_running`; the per-fleet failures as the EC2 User Guide lists them (see {@link deleteFleets}).
 * - DescribeFleetInstances of an instant fleet: "An error occurred (Unsupported) when calling the
 *   DescribeFleetInstances operation: Fleet <fleet_id> is instant fleet. Describe fleet instances is not supported
 *   by this type of fleet" (boto/boto3#4005, 2024).
 * - Fleet ids: `fleet-` and a UUID (as AWS's, e.g. `fleet-3bcfb7bc-4a75-4d3d-8258-1b3654ff337b`,
 *   hashicorp/terraform-provider-aws#41272); the errors for unknown and malformed ids follow the house shape
 *   (`InvalidFleetId.NotFound` / `.Malformed`, unverified).
 *
 * @internal
 */
import { type Ec2, Ec2Error, type Ec2Shapes, Lifecycle } from "@ec2kit/core"
import { Effect } from "effect"
import type { Engine, TimerHandler } from "../internal/Engine.js"
import type { FleetErrorRecord, FleetInstanceRecord, FleetRecord } from "../internal/records/Purchasing.js"
import type { InstanceRecord, TimerRecord } from "../internal/Records.js"
import { observeRecords, type World } from "../internal/World.js"
import { compileFilters, type Extractors, pageParams, paginate, tagsFor } from "./filters.js"
import { duplicatePool, FleetIdTag, isActive, launchMarket, liveUnits, type ResolvedConfig, resolveConfigs, targets } from "./fleetLaunch.js"
import { answer, fleetOut } from "./fleetShapes.js"
import { checkCreateFleet } from "./fleetRequest.js"
import { applyTransition } from "./instanceLifecycle.js"
import { cancel as cancelSpotRequest } from "./spotMarket.js"
import { stableStringify } from "./instanceShapes.js"
import { toPlain } from "./launchTemplateLookup.js"

const FulfilTimer = "fleet.fulfil"
const HealthTimer = "fleet.unhealthy"
/**
 * How long an impaired instance of a fleet with `ReplaceUnhealthyInstances` runs before the fleet replaces it:
 * "EC2 Fleet checks the health status of the instances in the fleet every two minutes … An instance is
 * determined as unhealthy when the status of either the instance status check or the system status check is
 * impaired for three consecutive health status checks" (EC2 User Guide, "Create an EC2 Fleet that replaces
 * unhealthy Spot Instances", read 2026-12-06): three checks two minutes apart, six minutes at the latest.
 */
export const UnhealthyAfterMs = 6 * 60_000
/**
 * How long a `request`/`maintain` fleet stays `submitted` before it is fulfilled (ms). AWS publishes no figure
 * (fulfilment is asynchronous, typically seconds); ours is one second, so a test sees `submitted` first.
 */
export const FulfilDelayMs = 1_000
const ExpireTimer = "fleet.expire"

const fleetIdPattern = /^fleet-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** `InvalidFleetId.Malformed` (house shape; unverified). */
const malformed = (id: string) => Ec2Error.make("InvalidFleetId.Malformed", `Invalid id: "${id}" (expecting "fleet-...")`)
/** `InvalidFleetId.NotFound` (house shape; unverified). */
const notFound = (id: string) => Ec2Error.make("InvalidFleetId.NotFound", `The fleet ID '${id}' does not exist`)

const findFleet = (w: World, id: string) =>
  Effect.gen(function*() {
    if (!fleetIdPattern.test(id)) return yield* Effect.fail(malformed(id))
    const f = w.get("fleets", id)
    return f ?? (yield* Effect.fail(notFound(id)))
  })

/** The configs of a stored fleet, resolved again (a template deleted since: nothing launches for it). */
const configsOf = (w: World, f: FleetRecord): ReadonlyArray<ResolvedConfig> | undefined => {
  const exit = Effect.runSyncExit(resolveConfigs(w, f.LaunchTemplateConfigs))
  return exit._tag === "Success" ? exit.value : undefined
}

/** Errors that say "not enough capacity (at this price) now", not that something is wrong with the request. */
const capacityCodes: ReadonlySet<string> = new Set(["InsufficientInstanceCapacity", "InsufficientCapacity", "SpotMaxPriceTooLow"])

/**
 * A fleet's `ActivityStatus` after a fulfilment (SDK `FleetData.ActivityStatus`): an instant fleet is `fulfilled`
 * "regardless of whether target capacity is met (this is the only possible status for instant fleets)"; a
 * request/maintain fleet is `fulfilled` "when the fleet size meets or exceeds target capacity",
 * `pending_fulfillment` "after all requests are placed" (short of capacity) and `error` "if there's an error"
 * (a launch failed for another reason than capacity).
 */
const activityOf = (type: FleetRecord["Type"], short: boolean, errors: ReadonlyArray<FleetErrorRecord>): NonNullable<FleetRecord["ActivityStatus"]> =>
  type === "instant" || !short ? "fulfilled" : errors.some((e) => !capacityCodes.has(e.ErrorCode)) ? "error" : "pending_fulfillment"

/**
 * Launches what each market of a fleet lacks (both markets, on-demand first) and records the instances, the
 * errors and the activity. Synchronous (operations and timers).
 */
const fulfil = (w: World, f: FleetRecord, configs: ReadonlyArray<ResolvedConfig>, tags: ReadonlyArray<Ec2Shapes.TagSpecification> = []) => {
  const want = targets(f)
  const instances: Array<FleetInstanceRecord> = []
  const errors: Array<FleetErrorRecord> = []
  let short = false
  for (const market of ["on-demand", "spot"] as const) {
    const missing = want[market] - liveUnits(w, f, market)
    if (missing <= 0) continue
    const r = launchMarket(w, f, configs, market, missing, tags)
    instances.push(...r.Instances)
    errors.push(...r.Errors)
    if (r.Units < missing) short = true
  }
  const next: FleetRecord = {
    ...f,
    FleetState: "active",
    ActivityStatus: activityOf(f.Type, short, errors),
    // a request/maintain fleet forgets instances that vanished (about an hour after termination), so a month
    // of replacements does not grow its record; an instant fleet keeps the list it answered
    Instances: [...(f.Type === "instant" ? f.Instances : f.Instances.filter((i) => w.get("instances", i.InstanceId) !== undefined)), ...instances],
    Errors: errors
  }
  w.put("fleets", next)
  return { fleet: next, instances, errors }
}

// ------------------------------------------------------------------------------------------------
// CreateFleet
// ------------------------------------------------------------------------------------------------

/** The request as the idempotency fingerprint sees it (all but ClientToken and DryRun). */
const fingerprint = (req: Ec2Shapes.CreateFleetRequest) => {
  const { ClientToken: _t, DryRun: _d, ...rest } = req
  return stableStringify(toPlain(rest))
}

/** CreateFleet. */
export const createFleet = (w: World, req: Ec2Shapes.CreateFleetRequest) =>
  Effect.gen(function*() {
    if (req.ClientToken !== undefined) {
      const prior = [...w.all("fleets")].find((f) => f.ClientToken === req.ClientToken)
      if (prior !== undefined) {
        if (prior.Fingerprint !== fingerprint(req)) {
          return yield* Ec2Error.fail("IdempotentParameterMismatch", "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).")
        }
        return answer(w, prior, prior.Instances, prior.Errors)
      }
    }
    const checked = yield* checkCreateFleet(w, req)
    const configs = yield* resolveConfigs(w, req.LaunchTemplateConfigs.map((c) => toPlain(c) as Readonly<Record<string, unknown>>))
    if (duplicatePool(configs)) return yield* Ec2Error.fail("InvalidFleetConfig", "The fleet configuration contains duplicate instance pools.")
    // tags: `fleet` always; `instance`, `volume`, `network-interface` for instant fleets only (SDK CreateFleetRequest.TagSpecifications)
    const allowed = checked.Type === "instant" ? ["fleet", "instance", "volume", "network-interface"] : ["fleet"]
    const tags = yield* tagsFor(
      (req.TagSpecifications ?? []).map((s) => ({
        ...(s.ResourceType !== undefined ? { ResourceType: s.ResourceType } : {}),
        Tags: (s.Tags ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }))
      })),
      allowed
    )
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())

    const FleetId = `fleet-${w.uuid()}`
    const t = req.TargetCapacitySpecification
    const fleet: FleetRecord = {
      FleetId,
      Type: checked.Type,
      FleetState: checked.Type === "instant" ? "active" : "submitted",
      ActivityStatus: checked.Type === "instant" ? "fulfilled" : "pending_fulfillment",
      CreateTime: w.now,
      ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken, Fingerprint: fingerprint(req) } : {}),
      LaunchTemplateConfigs: req.LaunchTemplateConfigs.map((c) => toPlain(c) as Readonly<Record<string, unknown>>),
      TargetCapacitySpecification: {
        TotalTargetCapacity: t.TotalTargetCapacity,
        OnDemandTargetCapacity: t.OnDemandTargetCapacity ?? 0,
        SpotTargetCapacity: t.SpotTargetCapacity ?? 0,
        DefaultTargetCapacityType: checked.DefaultTargetCapacityType,
        ...(t.TargetCapacityUnitType !== undefined ? { TargetCapacityUnitType: t.TargetCapacityUnitType } : {})
      },
      ...(req.SpotOptions !== undefined ? { SpotOptions: toPlain(req.SpotOptions) as Readonly<Record<string, unknown>> } : {}),
      ...(req.OnDemandOptions !== undefined ? { OnDemandOptions: toPlain(req.OnDemandOptions) as Readonly<Record<string, unknown>> } : {}),
      ...(req.ExcessCapacityTerminationPolicy !== undefined ? { ExcessCapacityTerminationPolicy: req.ExcessCapacityTerminationPolicy } : {}),
      ...(req.TerminateInstancesWithExpiration !== undefined ? { TerminateInstancesWithExpiration: req.TerminateInstancesWithExpiration } : {}),
      ...(req.ReplaceUnhealthyInstances !== undefined ? { ReplaceUnhealthyInstances: req.ReplaceUnhealthyInstances } : {}),
      ...(req.ValidFrom !== undefined ? { ValidFrom: req.ValidFrom.getTime() } : {}),
      ...(req.ValidUntil !== undefined ? { ValidUntil: req.ValidUntil.getTime() } : {}),
      ...(req.Context !== undefined ? { Context: req.Context } : {}),
      Instances: [],
      Errors: []
    }
    w.put("fleets", fleet)
    const fleetTags = tags.get("fleet") ?? []
    if (fleetTags.length > 0) w.setTags(FleetId, fleetTags)
    if (checked.Type === "instant") {
      const launchTags = ["instance", "volume"].flatMap((type) => {
        const list = tags.get(type) ?? []
        return list.length > 0 ? [{ ResourceType: type as Ec2Shapes.ResourceType, Tags: list.map(([Key, Value]) => ({ Key, Value })) }] : []
      })
      const r = fulfil(w, fleet, configs, launchTags)
      return answer(w, r.fleet, r.instances, r.errors)
    }
    w.schedule(FulfilTimer, FleetId, Math.max(FulfilDelayMs, (fleet.ValidFrom ?? w.now) - w.now))
    if (fleet.ValidUntil !== undefined) w.schedule(ExpireTimer, FleetId, fleet.ValidUntil - w.now)
    return { FleetId }
  })

// ------------------------------------------------------------------------------------------------
// DescribeFleets, DescribeFleetInstances
// ------------------------------------------------------------------------------------------------

const fleetFilters: Extractors<FleetRecord> = {
  "activity-status": (_w, f) => [f.ActivityStatus],
  "excess-capacity-termination-policy": (_w, f) => [f.ExcessCapacityTerminationPolicy],
  "fleet-state": (_w, f) => [f.FleetState],
  "replace-unhealthy-instances": (_w, f) => [String(f.ReplaceUnhealthyInstances ?? false)],
  type: (_w, f) => [f.Type]
}

/** DescribeFleets. */
export const describeFleets = (w: World, req: Ec2Shapes.DescribeFleetsRequest) =>
  Effect.gen(function*() {
    const match = yield* compileFilters(req.Filters, fleetFilters, (f) => f.FleetId)
    // MaxResults: unstated range in the SDK; 1–1000 as DescribeInstances' maximum (unverified)
    const page = yield* pageParams(req, { min: 1, max: 1000 })
    const ids = req.FleetIds ?? []
    const chosen: Array<FleetRecord> = []
    if (ids.length > 0) {
      for (const id of ids) {
        const f = yield* findFleet(w, id)
        if (!chosen.includes(f)) chosen.push(f)
      }
    } else chosen.push(...w.all("fleets"))
    const all = chosen.filter((f) => match(w, f))
    const { page: items, ...next } = paginate(all, page)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    return { Fleets: items.map((f) => fleetOut(w, f)), ...next }
  })

/** DescribeFleetInstances. */
export const describeFleetInstances = (w: World, req: Ec2Shapes.DescribeFleetInstancesRequest) =>
  Effect.gen(function*() {
    const f = yield* findFleet(w, req.FleetId)
    if (f.Type === "instant") {
      return yield* Ec2Error.fail("Unsupported", `Fleet ${f.FleetId} is instant fleet. Describe fleet instances is not supported by this type of fleet`)
    }
    const match = yield* compileFilters(req.Filters, { "instance-type": (_w, i: FleetInstanceRecord) => [i.InstanceType] }, (i) => i.InstanceId)
    const page = yield* pageParams(req, { min: 1, max: 1000 })
    const active = f.Instances.filter((i) => isActive(w.get("instances", i.InstanceId)) && match(w, i))
    const { page: items, ...next } = paginate(active, page)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    return {
      FleetId: f.FleetId,
      ActiveInstances: items.map((i) => {
        // the Spot request a Spot launch recorded (spotLaunch.ts), when it records one
        const sir = (w.get("instances", i.InstanceId)?.Spot as { readonly SpotInstanceRequestId?: string } | undefined)?.SpotInstanceRequestId
        const r = w.get("instances", i.InstanceId)
        const health = r !== undefined && impaired(r) ? "unhealthy" as const : "healthy" as const
        return { InstanceId: i.InstanceId, InstanceType: i.InstanceType, ...(sir !== undefined ? { SpotInstanceRequestId: sir } : {}), InstanceHealth: health }
      }),
      ...next
    }
  })

// ------------------------------------------------------------------------------------------------
// DeleteFleets, expiry
// ------------------------------------------------------------------------------------------------

/** Terminates the fleet's live instances (termination-protected ones are left running, as TerminateInstances would refuse them). */
const terminateAll = (w: World, f: FleetRecord) => {
  for (const i of f.Instances) {
    const r = w.get("instances", i.InstanceId)
    if (r === undefined || r.Lifecycle.DisableApiTermination) continue
    const s = r.Lifecycle.State
    if (s === "shutting-down" || s === "terminated") continue
    const t = Lifecycle.transition(r.Lifecycle, "terminate", w.now)
    if (t._tag === "Success" && !t.success.Noop) applyTransition(w, r, t.success)
  }
}

/**
 * "After you delete a fleet request, all Spot requests associated with the fleet are canceled, so that no new Spot
 * Instances are launched" (EC2 User Guide, "Delete an EC2 Fleet request"): the requests its Spot launches
 * recorded are cancelled as CancelSpotInstanceRequests cancels them (a running instance keeps running, a stopped
 * one is terminated, spotMarket.ts).
 */
const cancelSpotRequests = (w: World, f: FleetRecord) => {
  for (const i of f.Instances) {
    const id = w.get("instances", i.InstanceId)?.Spot?.SpotInstanceRequestId
    const req = id === undefined ? undefined : w.get("spotInstanceRequests", id)
    if (req !== undefined) cancelSpotRequest(w, req)
  }
}

/** Whether none of the fleet's instances is left but terminated ones. */
const allGone = (w: World, f: FleetRecord) =>
  f.Instances.every((i) => {
    const r = w.get("instances", i.InstanceId)
    return r === undefined || r.Lifecycle.State === "terminated" || r.Lifecycle.DisableApiTermination
  })

/** Ends a fleet (DeleteFleets, ValidUntil): terminating its instances or leaving them running. */
const endFleet = (w: World, f: FleetRecord, terminate: boolean): FleetRecord => {
  w.cancelTimers(f.FleetId)
  cancelSpotRequests(w, f)
  // the state first, so the instance observer sees an ended fleet while its instances terminate
  const ended: FleetRecord = {
    ...f,
    FleetState: terminate ? "deleted_terminating" : "deleted_running",
    ...(f.Type === "instant" ? {} : { ActivityStatus: terminate ? "pending_termination" as const : f.ActivityStatus ?? "fulfilled" })
  }
  w.put("fleets", ended)
  if (!terminate) return ended
  terminateAll(w, f)
  const now = w.get("fleets", f.FleetId)!
  if (now.FleetState !== "deleted_terminating" || !allGone(w, now)) return now
  const done: FleetRecord = { ...now, FleetState: "deleted" }
  w.put("fleets", done)
  return done
}

/**
 * Most fleet ids per DeleteFleets call: "You can delete up to 25 fleets of type instant … up to 100 fleets of type
 * maintain or request … If you exceed the specified number of fleets to delete, no fleets are deleted." (EC2 User
 * Guide, "Delete an EC2 Fleet request", read 2026-12-06 in a public copy of the guide's source).
 */
const MaxDeleteInstant = 25
const MaxDeleteOther = 100

/**
 * A DeleteFleets failure item. The guide lists `ExceededInstantFleetNumForDeletion` and
 * `NoTerminateInstancesNotSupported` besides the SDK enum's four codes, with the texts used below for those two
 * (same page, "Troubleshoot when a fleet fails to delete"); the other texts are ours.
 */
const failItem = (FleetId: string, Code: string, Message: string): Ec2Shapes.DeleteFleetErrorItem => ({
  FleetId,
  Error: { Code: Code as Ec2Shapes.DeleteFleetErrorCode, Message }
})

/** DeleteFleets. */
export const deleteFleets = (w: World, req: Ec2Shapes.DeleteFleetsRequest) =>
  Effect.gen(function*() {
    const known = req.FleetIds.map((id) => w.get("fleets", id))
    const instant = known.filter((f) => f?.Type === "instant").length
    if (req.FleetIds.length - instant > MaxDeleteOther) {
      // no documented answer for more than 100 maintain/request fleets (strictest plausible: the whole call)
      return yield* Ec2Error.fail("InvalidParameterValue", `Can’t delete more than ${MaxDeleteOther} maintain or request fleets in a single request.`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    if (instant > MaxDeleteInstant) {
      return {
        SuccessfulFleetDeletions: [],
        UnsuccessfulFleetDeletions: req.FleetIds.map((id) =>
          failItem(id, "ExceededInstantFleetNumForDeletion", `Can’t delete more than ${MaxDeleteInstant} instant fleets in a single request.`)
        )
      }
    }
    const ok: Array<Ec2Shapes.DeleteFleetSuccessItem> = []
    const failed: Array<Ec2Shapes.DeleteFleetErrorItem> = []
    for (const id of req.FleetIds) {
      if (!fleetIdPattern.test(id)) {
        failed.push(failItem(id, "fleetIdMalformed", `Invalid id: "${id}" (expecting "fleet-...")`))
        continue
      }
      const f = w.get("fleets", id)
      if (f === undefined) {
        failed.push(failItem(id, "fleetIdDoesNotExist", `The fleet ID '${id}' does not exist`))
        continue
      }
      if (f.Type === "instant" && !req.TerminateInstances) {
        failed.push(failItem(id, "NoTerminateInstancesNotSupported", "NoTerminateInstances option is not supported for instant fleet"))
        continue
      }
      if (f.FleetState === "deleted" || f.FleetState === "deleted_terminating" || (f.FleetState === "deleted_running" && !req.TerminateInstances)) {
        failed.push(failItem(id, "fleetNotInDeletableState", `The fleet '${id}' is in the ${f.FleetState} state and cannot be deleted.`))
        continue
      }
      const next = endFleet(w, f, req.TerminateInstances)
      ok.push({ FleetId: id, PreviousFleetState: f.FleetState, CurrentFleetState: next.FleetState })
    }
    // AWS answers both lists, empty or not (the guide's example output)
    return { SuccessfulFleetDeletions: ok, UnsuccessfulFleetDeletions: failed }
  })

// ------------------------------------------------------------------------------------------------
// timers and observers
// ------------------------------------------------------------------------------------------------

/** Schedules a fulfilment of a fleet now, unless one is pending. */
const fulfilSoon = (w: World, fleetId: string) => {
  if (!w.timersOf(fleetId).some((t) => t.Kind === FulfilTimer)) w.schedule(FulfilTimer, fleetId, 0)
}

/** The fulfilment timer: launches what the fleet lacks (request: once; maintain: whenever it lacks). */
const onFulfil = (w: World, t: TimerRecord) => {
  const f = w.get("fleets", t.Target)
  if (f === undefined || f.Type === "instant") return
  if (f.FleetState !== "submitted" && !(f.FleetState === "active" && f.Type === "maintain")) return
  const configs = configsOf(w, f)
  if (configs === undefined) {
    w.put("fleets", { ...f, FleetState: "failed", ActivityStatus: "error" })
    return
  }
  fulfil(w, f, configs)
}

/** The expiry timer (ValidUntil). */
const onExpire = (w: World, t: TimerRecord) => {
  const f = w.get("fleets", t.Target)
  if (f === undefined || f.FleetState === "deleted" || f.FleetState === "deleted_running" || f.FleetState === "deleted_terminating") return
  endFleet(w, f, f.TerminateInstancesWithExpiration === true)
}

/** Whether an instance's system or instance status check is impaired. */
const impaired = (r: InstanceRecord) => r.SystemStatus === "impaired" || r.InstanceStatus === "impaired"

/**
 * The health timer: a Spot instance of a maintain fleet with `ReplaceUnhealthyInstances` still impaired after
 * three checks is terminated; the fleet then replaces it (the instance observer). "EC2 Fleet replaces unhealthy
 * Spot Instances" only (the guide's heading and `ReplaceUnhealthyInstances`' SDK text).
 */
const onUnhealthy = (w: World, t: TimerRecord) => {
  const f = w.get("fleets", t.Target)
  const id = typeof t.Data?.["InstanceId"] === "string" ? t.Data["InstanceId"] : undefined
  const r = id === undefined ? undefined : w.get("instances", id)
  if (f === undefined || r === undefined || f.Type !== "maintain" || f.FleetState !== "active" || f.ReplaceUnhealthyInstances !== true) return
  if (r.Spot === undefined || r.Lifecycle.State !== "running" || !impaired(r)) return
  const tr = Lifecycle.transition(r.Lifecycle, "terminate", w.now)
  if (tr._tag === "Success" && !tr.success.Noop) applyTransition(w, r, tr.success)
}

/** The timer handlers of this area (`Kind` → handler). */
export const timers: Readonly<Record<string, TimerHandler>> = {
  [FulfilTimer]: onFulfil,
  [ExpireTimer]: onExpire,
  [HealthTimer]: onUnhealthy
}

const activeStates = new Set(["pending", "running"])

/** A Spot instance of a maintain fleet that replaces unhealthy instances became impaired: check it again later. */
const watchHealth = (w: World, r: InstanceRecord) => {
  const fleetId = w.tagsOf(r.InstanceId).find(([k]) => k === FleetIdTag)?.[1]
  const f = fleetId === undefined ? undefined : w.get("fleets", fleetId)
  if (f === undefined || f.Type !== "maintain" || f.FleetState !== "active" || f.ReplaceUnhealthyInstances !== true) return
  w.schedule(HealthTimer, f.FleetId, UnhealthyAfterMs, { InstanceId: r.InstanceId })
}

// An instance leaving the active states: its maintain fleet replaces it (terminated), a deleted_terminating fleet
// becomes deleted once all are gone, and maintain fleets short of capacity try again (capacity freed up).
observeRecords("instances", (w, prev, next) => {
  if (prev === undefined || next === undefined) return
  if (impaired(next) && !impaired(prev) && next.Spot !== undefined) watchHealth(w, next)
  const was = prev.Lifecycle.State
  const now = next.Lifecycle.State
  if (was === now || !activeStates.has(was) && was !== "stopping" && was !== "shutting-down") return
  if (activeStates.has(now)) return
  const fleetId = w.tagsOf(next.InstanceId).find(([k]) => k === FleetIdTag)?.[1]
  const f = fleetId === undefined ? undefined : w.get("fleets", fleetId)
  if (f !== undefined && f.FleetState === "deleted_terminating" && now === "terminated" && allGone(w, f)) {
    w.put("fleets", { ...f, FleetState: "deleted" })
  }
  if (now !== "shutting-down" && now !== "terminated" && now !== "stopped") return
  for (const g of w.all("fleets")) {
    if (g.Type !== "maintain" || g.FleetState !== "active") continue
    if (g.FleetId === fleetId || g.ActivityStatus === "pending_fulfillment") fulfilSoon(w, g.FleetId)
  }
})

// A Spot pool's price or capacity changed (Hypervisor.setSpotPrice/setSpotCapacity): maintain fleets short of
// capacity try again.
observeRecords("spotPools", (w) => {
  for (const g of w.all("fleets")) {
    if (g.Type === "maintain" && g.FleetState === "active" && g.ActivityStatus === "pending_fulfillment") fulfilSoon(w, g.FleetId)
  }
})

/** The operations of this area over an engine. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "createFleet" | "describeFleets" | "describeFleetInstances" | "deleteFleets"> => ({
  createFleet: (req) => engine.transact((w) => createFleet(w, req)),
  describeFleets: (req) => engine.transact((w) => describeFleets(w, req)),
  describeFleetInstances: (req) => engine.transact((w) => describeFleetInstances(w, req)),
  deleteFleets: (req) => engine.transact((w) => deleteFleets(w, req))
})
