/**
 * The lifecycle operations: Start/Stop (with hibernation)/Reboot/TerminateInstances with AWS's state
 * transitions, shutdown options and per-zone termination, public IPs on start and stop, and
 * ModifyInstanceMetadataOptions.
 *
 * @internal
 */
import { Ec2Error, Identifier, Lifecycle, MetadataOptions, PlacementGroup, VcpuQuota } from "@ec2kit/core"
import { Effect } from "effect"
import * as Fleet from "../internal/Fleet.js"
import { type InstanceRecord, vcpuQuotaKey } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, type StateChange } from "./instanceShapes.js"
import { insufficientCapacity, membersOf, vcpuQuotaFor, vcpusInUse } from "./launchCapacity.js"
import { admitStarts, type StartAdmission } from "./reservationAdmission.js"
import { refuseOneTimeStop, refuseUserStart } from "./spotLaunch.js"


/** Looks up every id first (malformed, then not found), so a bad id changes nothing. */
export const findInstances = (w: World, ids: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    for (const id of ids) yield* attempt(Identifier.parse("instance", id))
    const missing = ids.filter((id) => w.get("instances", id) === undefined)
    if (missing.length === 1) return yield* Effect.fail(Identifier.notFound("instance", missing[0]!))
    if (missing.length > 1) {
      return yield* Ec2Error.fail("InvalidInstanceID.NotFound", `The instance IDs '${missing.join(", ")}' do not exist`)
    }
    return ids.map((id) => w.get("instances", id)!)
  })

const delayFor = (s: Lifecycle.StateName) =>
  s === "pending" ? "instancePending" as const : s === "stopping" ? "instanceStopping" as const : "instanceShuttingDown" as const

/**
 * StopInstances/TerminateInstances `Force` and `SkipOsShutdown`.
 *
 * What they change here (sources: "Methods for stopping an instance" and "Methods for terminating an
 * instance" — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-stop-methods.html,
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-terminate-methods.html; "Troubleshoot
 * Amazon EC2 instance stop issues" — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesStopping.html;
 * "Troubleshoot Amazon EC2 instance termination issues" —
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesShuttingDown.html; all 2025, read 2026-12):
 * - an ordinary OS shuts down in the normal delay whichever option is given: AWS documents no
 *   timing difference beyond "faster state transitions" (2025-07-23 release note), so nothing is
 *   shortened;
 * - they matter when the guest OS hangs (`Hypervisor.hangOsShutdown`): a default stop then stays
 *   `stopping` (repeating it is a no-op), a default terminate stays `shutting-down` until EC2 forces it
 *   ("After several hours in the shutting-down state, Amazon EC2 treats the instance as stuck and
 *   forcibly terminates it"); `Force` ("Attempts a default stop first; if instance fails to stop, then
 *   forcibly stops the instance") and `SkipOsShutdown` ("If used while a default stop with graceful OS
 *   shutdown is in progress, the graceful OS shutdown will be bypassed") complete it one normal delay
 *   after the call — we model the force timeout as the normal delay rather than invent a figure;
 * - the override lasts for the stop or terminate in progress ("Bypassing the graceful OS shutdown is
 *   irreversible for the instance's current state transition session");
 * - a forced stop is accepted in `pending` (see `Lifecycle.TransitionOptions`).
 */
export interface ShutdownOptions {
  readonly Force?: boolean
  readonly SkipOsShutdown?: boolean
}

/**
 * How long a terminate of an instance whose OS shutdown hangs stays `shutting-down` without `Force`
 * or `SkipOsShutdown`. AWS gives no figure: "After several hours in the shutting-down state, Amazon
 * EC2 treats the instance as stuck and forcibly terminates it" (TroubleshootingInstancesShuttingDown.html)
 * and "Amazon EC2 automatically forces it to terminate within a few hours"
 * (TroubleshootingInstancesStopping.html), both read 2026-12; 3 hours is our choice.
 */
export const STUCK_TERMINATION_MS = 3 * 3_600_000

const isShutdown = (s: Lifecycle.StateName) => s === "stopping" || s === "shutting-down"

/** The pending `instance.complete` timer of an instance, if any. */
const completionOf = (w: World, id: string) => w.timersOf(id).find((t) => t.Kind === "instance.complete")

/**
 * Makes a stop/terminate in progress complete one normal delay from now at the latest (a `Force` or
 * `SkipOsShutdown` on an instance already `stopping`/`shutting-down`, or an OS that stops hanging).
 */
const completeWithin = (w: World, r: InstanceRecord): void => {
  const s = r.Lifecycle.State
  if (!isShutdown(s)) return
  const due = w.now + w.delay(delayFor(s))
  const current = completionOf(w, r.InstanceId)
  if (current !== undefined && current.DueAt <= due) return
  w.cancelTimers(r.InstanceId, "instance.complete")
  w.schedule("instance.complete", r.InstanceId, due - w.now)
}

/**
 * Applies an accepted (non-noop) lifecycle transition: record, timers, event. `user` is set for a
 * user stop/terminate, whose graceful OS shutdown may hang (see `ShutdownOptions`).
 */
export const applyTransition = (w: World, r: InstanceRecord, t: Lifecycle.Transition, user?: ShutdownOptions): InstanceRecord => {
  const to = t.CurrentState.Name
  const override = user !== undefined && (user.Force === true || user.SkipOsShutdown === true)
  const next: InstanceRecord = { ...r, Lifecycle: t.Instance, ...(override ? { OsShutdownOverridden: true } : {}) }
  w.put("instances", next)
  if (to === "pending" || to === "stopping" || to === "shutting-down") {
    w.cancelTimers(r.InstanceId, "instance.complete")
    const stuck = user !== undefined && isShutdown(to) && next.OsShutdownHangs === true && next.OsShutdownOverridden !== true
    // a stuck stop has no completion: it stays `stopping` until forced, skipped or released
    if (!stuck) w.schedule("instance.complete", r.InstanceId, w.delay(delayFor(to)))
    else if (to === "shutting-down") w.schedule("instance.complete", r.InstanceId, STUCK_TERMINATION_MS)
  }
  w.emitStateChange(r.InstanceId, to)
  return next
}

const lifecycleOp = (action: Lifecycle.Action) =>
(w: World, ids: ReadonlyArray<string>, dryRun = false, shutdown: ShutdownOptions = {}) =>
  Effect.gen(function*() {
    if (action === "stop-hibernate" && shutdown.SkipOsShutdown === true) {
      return yield* Effect.fail(Lifecycle.skipOsShutdownWithHibernate)
    }
    const user = action === "stop" || action === "stop-hibernate" || action === "terminate" ? shutdown : undefined
    const records = yield* findInstances(w, ids)
    if (action === "stop" || action === "stop-hibernate") yield* refuseOneTimeStop(w, records)
    const transitions: Array<readonly [InstanceRecord, Lifecycle.Transition]> = []
    const slots = new Map<string, PlacementGroup.Placement>()
    const hosts = new Map<string, Fleet.Slot>()
    const options = shutdown.Force === true ? { Force: true } : {}
    let purchasing: StartAdmission | undefined
    for (const r of records) transitions.push([r, yield* attempt(Lifecycle.transition(r.Lifecycle, action, w.now, options))])
    if (action === "start") {
      // reservation slots and Dedicated Hosts, admitted again (reservationAdmission.ts)
      const starting = new Map(transitions.filter(([, t]) => !t.Noop).map(([r]) => [r.InstanceId, r] as const))
      purchasing = yield* admitStarts(w, [...starting.values()])
      // capacity for starts (those in a reservation slot or on a Dedicated Host excepted)
      const want = new Map<string, number>()
      for (const [r, t] of transitions) {
        if (t.Noop || purchasing.exempt.has(r.InstanceId)) continue
        const k = `${r.AvailabilityZone}|${r.InstanceType}`
        want.set(k, (want.get(k) ?? 0) + 1)
      }
      // vCPU quotas first (as for launches): the starts of each market and bucket together
      const need = new Map<string, { market: VcpuQuota.Market; bucket: VcpuQuota.Bucket; limit: number; vCpus: number }>()
      for (const [r, t] of transitions) {
        if (t.Noop) continue
        const market: VcpuQuota.Market = r.Spot !== undefined ? "spot" : "on-demand"
        const quota = vcpuQuotaFor(w, market, r.InstanceType)
        if (quota === undefined) continue
        const k = vcpuQuotaKey(market, quota.bucket)
        const prior = need.get(k)
        need.set(k, { market, bucket: quota.bucket, limit: quota.limit, vCpus: (prior?.vCpus ?? 0) + Fleet.vCpusOf(r.InstanceType) })
      }
      for (const q of need.values()) {
        if (vcpusInUse(w, q.market, q.bucket) + q.vCpus > q.limit) return yield* Effect.fail(VcpuQuota.exceeded(q.market, q.limit))
      }
      for (const [k, n] of want) {
        const [az, type] = k.split("|") as [string, string]
        if (purchasing.shared(az, type) < n) return yield* Effect.fail(insufficientCapacity(type, az, []))
      }
      // placement groups: core's admission (spread ≤ 7 per AZ, cluster in its AZ, partitions)
      const byGroup = new Map<string, Array<string>>()
      for (const [r, t] of transitions) {
        if (t.Noop || r.PlacementGroupName === undefined) continue
        const list = byGroup.get(r.PlacementGroupName) ?? []
        if (!list.includes(r.InstanceId)) list.push(r.InstanceId)
        byGroup.set(r.PlacementGroupName, list)
      }
      for (const [name, groupIds] of byGroup) {
        const g = w.get("placementGroups", name)
        if (g === undefined) continue
        const admission = yield* attempt(PlacementGroup.admitStart(g, membersOf(w, name), { InstanceIds: groupIds }))
        for (const p of admission.Placements) if (p.InstanceId !== undefined) slots.set(p.InstanceId, p)
      }
      // the fleet: a stopped instance holds no host, so a start is a new placement (may fail with ICE)
      const planner = new Fleet.Planner(w)
      const byRule = new Map<string, Array<InstanceRecord>>()
      const placed = new Set<string>()
      for (const [r, t] of transitions) {
        if (t.Noop || placed.has(r.InstanceId)) continue
        placed.add(r.InstanceId)
        // one key per group and AZ, so a spread group's instances of different types get distinct racks too
        const k = r.PlacementGroupName !== undefined ? `${r.PlacementGroupName}|${r.AvailabilityZone}` : `|${r.AvailabilityZone}|${r.InstanceType}`
        const list = byRule.get(k)
        if (list === undefined) byRule.set(k, [r])
        else list.push(r)
      }
      for (const list of byRule.values()) {
        const first = list[0]!
        const g = first.PlacementGroupName !== undefined ? w.get("placementGroups", first.PlacementGroupName) : undefined
        const vCpus = Fleet.vCpusOf(first.InstanceType)
        const rules = Fleet.rulesFor(w, planner, g, first.AvailabilityZone, vCpus, list.map((r) => r.PartitionNumber))
        for (let i = 0; i < list.length; i++) {
          const r = list[i]!
          const slot = planner.place(r.AvailabilityZone, Fleet.vCpusOf(r.InstanceType), rules[i]!)
          if (slot === undefined) return yield* Effect.fail(insufficientCapacity(r.InstanceType, r.AvailabilityZone, []))
          hosts.set(r.InstanceId, slot)
        }
      }
    }
    if (dryRun) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const out: Array<StateChange> = []
    const seen = new Set<string>()
    for (const [r, t] of transitions) {
      if (seen.has(r.InstanceId)) continue
      seen.add(r.InstanceId)
      if (t.Noop && user !== undefined && (user.Force === true || user.SkipOsShutdown === true)) {
        // Force/SkipOsShutdown on an instance already stopping or shutting down (see ShutdownOptions)
        const cur = w.get("instances", r.InstanceId)!
        if (isShutdown(cur.Lifecycle.State)) {
          const next: InstanceRecord = { ...cur, OsShutdownOverridden: true }
          w.put("instances", next)
          completeWithin(w, next)
        }
      }
      if (!t.Noop && action !== "reboot") {
        let next = applyTransition(w, w.get("instances", r.InstanceId)!, t, user)
        if (action === "start" && next.PublicIpAddress === undefined) next = assignPublicIp(w, next)
        // "The time that the instance was last launched" — SDK Instance.LaunchTime (3.1169.0, read 2026-11):
        // a start is a new launch, so LaunchTime moves to the start.
        if (action === "start") w.put("instances", next = { ...(purchasing?.apply(next) ?? next), LaunchTime: w.now })
        const slot = slots.get(r.InstanceId)?.Slot
        if (slot !== undefined && next.Slot !== slot) w.put("instances", next = { ...next, Slot: slot })
        const host = hosts.get(r.InstanceId)
        if (host !== undefined) w.put("instances", next = { ...next, RackId: host.RackId, HostId: host.HostId })
      }
      out.push({ InstanceId: r.InstanceId, CurrentState: t.CurrentState, PreviousState: t.PreviousState })
    }
    return out
  })

/** StartInstances. */
export const startInstances = lifecycleOp("start")

/**
 * StartInstances as the user calls it: {@link startInstances}, after refusing Spot instances that only EC2
 * may start again (`refuseUserStart`; EC2's own restarts call `startInstances`).
 */
export const userStartInstances = (w: World, ids: ReadonlyArray<string>, dryRun = false) =>
  Effect.flatMap(findInstances(w, ids), (records) => Effect.andThen(refuseUserStart(w, records), startInstances(w, ids, dryRun)))
/** StopInstances (without Hibernate). */
export const stopInstances = lifecycleOp("stop")
/** StopInstances with Hibernate. */
export const hibernateInstances = lifecycleOp("stop-hibernate")
/** TerminateInstances of instances none of which is termination-protected (see {@link terminateByZone}). */
export const terminateInstances = lifecycleOp("terminate")

/** What {@link terminateByZone} did: the state changes, and the error the request answers when some were refused. */
export interface ZonedTermination {
  readonly changes: ReadonlyArray<StateChange>
  readonly refused?: Ec2Error.Ec2Error
}

/**
 * TerminateInstances as AWS documents it for termination protection across zones: "If you terminate
 * multiple instances across multiple Availability Zones, and one or more of the specified instances
 * are enabled for termination protection, the request fails with the following results: The specified
 * instances that are in the same Availability Zone as the protected instance are not terminated. The
 * specified instances that are in different Availability Zones, where no other specified instances are
 * protected, are successfully terminated." —
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html (read 2026-12-06).
 * Any other failure (an unknown id first of all: "none of the instances are terminated") refuses the
 * whole request. The transaction must commit the zones that were terminated, so the refusal is
 * returned as data (`refused`) and turned into the call's failure after the commit.
 */
export const terminateByZone = (
  w: World,
  ids: ReadonlyArray<string>,
  dryRun = false,
  shutdown: ShutdownOptions = {}
): Effect.Effect<ZonedTermination, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const records = yield* findInstances(w, ids)
    const firstProtected = records.find((r) => r.Lifecycle.DisableApiTermination)
    if (firstProtected === undefined) return { changes: yield* terminateInstances(w, ids, dryRun, shutdown) }
    const refused = Lifecycle.terminationProtected(firstProtected.InstanceId)
    if (dryRun) return yield* Effect.fail(refused)
    const blocked = new Set(records.filter((r) => r.Lifecycle.DisableApiTermination).map((r) => r.AvailabilityZone))
    const elsewhere = records.filter((r) => !blocked.has(r.AvailabilityZone)).map((r) => r.InstanceId)
    const changes = elsewhere.length === 0 ? [] : yield* terminateInstances(w, elsewhere, false, shutdown)
    return { changes, refused }
  })
/** RebootInstances. */
export const rebootInstances = (w: World, ids: ReadonlyArray<string>, dryRun = false) =>
  Effect.asVoid(lifecycleOp("reboot")(w, ids, dryRun))

/**
 * Fault injection (`Hypervisor.hangOsShutdown`): makes the guest OS of an instance hang on every
 * later graceful shutdown (`hang` true) or releases it (`false`). Releasing lets a stop or terminate
 * stuck on it complete one normal delay later, as if the OS had finally shut down.
 */
export const setOsShutdownHang = (w: World, instanceId: string, hang: boolean) =>
  Effect.gen(function*() {
    const [r] = yield* findInstances(w, [instanceId])
    const { OsShutdownHangs: _h, ...rest } = r!
    const next: InstanceRecord = hang ? { ...rest, OsShutdownHangs: true } : rest
    w.put("instances", next)
    if (!hang && r!.OsShutdownHangs === true) completeWithin(w, next)
  })

const assignPublicIp = (w: World, r: InstanceRecord): InstanceRecord => {
  const eni = w.get("networkInterfaces", r.PrimaryNetworkInterfaceId)
  const subnet = w.get("subnets", r.SubnetId)
  if (eni === undefined || subnet === undefined || !subnet.MapPublicIpOnLaunch) return r
  const ip = w.allocatePublicIp()
  w.put("networkInterfaces", { ...eni, PublicIp: ip })
  const next = { ...r, PublicIpAddress: ip }
  w.put("instances", next)
  return next
}

/** Releases an auto-assigned public IP (kept when it is an Elastic IP). */
export const releasePublicIp = (w: World, r: InstanceRecord): InstanceRecord => {
  const eni = w.get("networkInterfaces", r.PrimaryNetworkInterfaceId)
  if (eni === undefined || eni.PublicIp === undefined || eni.AllocationId !== undefined) return r
  const { PublicIp: _, ...rest } = eni
  w.put("networkInterfaces", rest)
  const { PublicIpAddress: _p, ...inst } = r
  w.put("instances", inst)
  return inst
}

/** ModifyInstanceMetadataOptions (core rules; unspecified fields unchanged; pending → applied). */
export const modifyInstanceMetadataOptions = (
  w: World,
  req: MetadataOptions.ModifyInstanceMetadataOptionsRequest & { readonly InstanceId: string }
) =>
  Effect.gen(function*() {
    const [r] = yield* findInstances(w, [req.InstanceId])
    const next = yield* attempt(MetadataOptions.modify(r!.MetadataOptions, req))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.put("instances", { ...r!, MetadataOptions: next })
    w.cancelTimers(r!.InstanceId, "instance.metadataApplied")
    w.schedule("instance.metadataApplied", r!.InstanceId, w.delay("metadataOptions"))
    return { InstanceId: r!.InstanceId, InstanceMetadataOptions: next }
  })
