/**
 * The instance timers: transitions completing, terminated instances vanishing, metadata options applied,
 * status checks done and Spot interruptions.
 *
 * @internal
 */
import { Lifecycle, MetadataOptions } from "@ec2kit/core"
import { Result } from "effect"
import type { InstanceRecord, TimerRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { instanceTerminated } from "./iamInstanceProfiles.js"
import { applyTransition, releasePublicIp } from "./instanceLifecycle.js"


const complete = (w: World, t: TimerRecord) => {
  const r = w.get("instances", t.Target)
  if (r === undefined) return
  const tr = Lifecycle.transition(r.Lifecycle, "complete", w.now)
  if (Result.isFailure(tr) || tr.success.Noop) return
  // the Force/SkipOsShutdown override ends with the stop or terminate it applied to
  const { OsShutdownOverridden: _o, ...base } = r
  let next: InstanceRecord = { ...base, Lifecycle: tr.success.Instance }
  const to = tr.success.CurrentState.Name
  if (to === "running") {
    // each boot's status checks start `initializing` and pass after the `instanceStatusChecks` delay (see statusChecksDone)
    const checks = w.delay("instanceStatusChecks") === 0 ? "ok" : "initializing"
    next = { ...next, BootCount: r.BootCount + 1, SystemStatus: r.SystemStatus === "impaired" ? "impaired" : checks, InstanceStatus: r.InstanceStatus === "impaired" ? "impaired" : checks }
    if (checks === "initializing") w.schedule("instance.statusChecks", r.InstanceId, w.delay("instanceStatusChecks"), { BootCount: r.BootCount + 1 })
    if (!r.FirstBootDone) {
      next = { ...next, FirstBootDone: true }
      w.firstBoot({ InstanceId: r.InstanceId, ...(r.UserData !== undefined ? { UserData: r.UserData } : {}) })
    }
  }
  if (to === "stopped") {
    // a stopped instance releases its host (a start is a new placement)
    const { SpotInstanceAction: _s, RackId: _r, HostId: _h, ...rest } = next
    next = { ...rest, SystemStatus: "ok", InstanceStatus: "ok" }
  }
  w.put("instances", next)
  if (to === "stopped") releasePublicIp(w, next)
  if (to === "terminated") terminated(w, next)
  w.emitStateChange(r.InstanceId, to)
}

/** shutting-down → terminated: DeleteOnTermination volumes and the primary ENI go with the instance. */
const terminated = (w: World, r: InstanceRecord) => {
  for (const b of r.BlockDeviceMappings) {
    const v = w.get("volumes", b.VolumeId)
    if (v === undefined) continue
    const rest = v.Attachments.filter((a) => a.InstanceId !== r.InstanceId)
    if (b.DeleteOnTermination) {
      w.del("volumes", v.VolumeId)
      w.setTags(v.VolumeId, [])
    } else w.put("volumes", { ...v, Attachments: rest, State: rest.length > 0 ? "in-use" : "available" })
  }
  // ENIs: DeleteOnTermination ones go (with their Elastic IP association), the others are detached
  // and become `available` (API InstanceNetworkInterfaceSpecification DeleteOnTermination, read 2026-11)
  for (const id of [r.PrimaryNetworkInterfaceId, ...(r.SecondaryNetworkInterfaceIds ?? [])]) {
    const eni = w.get("networkInterfaces", id)
    if (eni === undefined || eni.Attachment?.InstanceId !== r.InstanceId) continue
    const a = eni.AllocationId !== undefined ? w.get("addresses", eni.AllocationId) : undefined
    if (eni.Attachment.DeleteOnTermination) {
      if (a !== undefined) {
        const { AssociationId: _a, InstanceId: _i, NetworkInterfaceId: _n, PrivateIpAddress: _p, ...free } = a
        w.put("addresses", free)
      }
      w.del("networkInterfaces", eni.NetworkInterfaceId)
    } else {
      const { Attachment: _att, PublicIp: _ip, AllocationId: _al, ...rest } = eni
      // an Elastic IP stays associated with the interface; an auto-assigned public IPv4 is released
      w.put("networkInterfaces", {
        ...rest,
        Status: "available",
        ...(a !== undefined && eni.PublicIp !== undefined ? { PublicIp: eni.PublicIp, AllocationId: a.AllocationId } : {})
      })
      if (a !== undefined) {
        const { InstanceId: _i, ...kept } = a
        w.put("addresses", kept)
      }
    }
  }
  const { PublicIpAddress: _p, SpotInstanceAction: _s, RackId: _r, HostId: _h, ...rest } = r
  w.put("instances", { ...rest, TerminatedAt: w.now, BlockDeviceMappings: [] })
  w.cancelTimers(r.InstanceId)
  instanceTerminated(w, r.InstanceId)
  w.schedule("instance.vanish", r.InstanceId, w.delay("instanceVanish"))
}

const vanish = (w: World, t: TimerRecord) => {
  const r = w.get("instances", t.Target)
  if (r === undefined || r.Lifecycle.State !== "terminated") return
  w.del("instances", r.InstanceId)
  w.setTags(r.InstanceId, [])
  // the reservation goes with its last instance (a count kept by the World: scanning the reservation
  // here made vanishing a large launch quadratic, minutes for 16,000 instances)
  if (w.instancesInReservation(r.ReservationId) === 0) w.del("reservations", r.ReservationId)
}

const metadataApplied = (w: World, t: TimerRecord) => {
  const r = w.get("instances", t.Target)
  if (r === undefined || r.MetadataOptions.State === "applied") return
  w.put("instances", { ...r, MetadataOptions: MetadataOptions.applied(r.MetadataOptions) })
}

/**
 * The status checks of a boot pass: `initializing` → `ok` (an `impaired` set by `Hypervisor.setStatus` stays). A
 * timer of an earlier boot (the instance stopped and started again meanwhile) does nothing. "initializing" is one of
 * `SummaryStatus`'s values (SDK 3.1169); AWS documents no duration for it (see `Ec2Memory.defaultDelays`).
 */
const statusChecksDone = (w: World, t: TimerRecord) => {
  const r = w.get("instances", t.Target)
  if (r === undefined || r.Lifecycle.State !== "running" || r.BootCount !== t.Data?.["BootCount"]) return
  const pass = (s: InstanceRecord["SystemStatus"]) => (s === "initializing" ? "ok" : s)
  w.put("instances", { ...r, SystemStatus: pass(r.SystemStatus), InstanceStatus: pass(r.InstanceStatus) })
}

/** Spot interruption at the end of the notice: stop, hibernate or terminate per the request. */
const spotInterrupt = (w: World, t: TimerRecord) => {
  const r = w.get("instances", t.Target)
  if (r === undefined) return
  const action = (t.Data?.["Action"] ?? "terminate") as "hibernate" | "stop" | "terminate"
  const tr = Lifecycle.transition(r.Lifecycle, `spot-interrupt-${action}`, w.now)
  if (Result.isFailure(tr) || tr.success.Noop) return
  applyTransition(w, r, tr.success)
}

/** Timer handlers of this module, by kind. */
export const timers = {
  "instance.complete": complete,
  "instance.vanish": vanish,
  "instance.metadataApplied": metadataApplied,
  "instance.spotInterrupt": spotInterrupt,
  "instance.statusChecks": statusChecksDone
} as const
