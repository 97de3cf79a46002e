/**
 * The Spot market's side effects (issue 12 §1): Spot Instance requests' state machine, their fulfilment
 * through RunInstances, and interruptions when a pool's price rises above a request's maximum or its
 * capacity is reclaimed. Prices and capacity are `internal/SpotPricing.ts`'s.
 *
 * States and status codes are AWS's (purchasing-facts §3.1–3.3: UG23 `spot-requests.md`,
 * `spot-request-status.md`; docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instances-request-status-lifecycle.html,
 * read 2026-12-06). Status messages: where one is marked OBS it was seen in an AWS answer (source named);
 * the others are ours, in AWS's style (unverified).
 *
 * Timers (no polling): `spot.evaluate` (a request: now, at `ValidFrom`, when the price falls to its
 * maximum, when capacity may have returned), `spot.expire` (a request's `ValidUntil`), `spot.priceWatch`
 * (an instance: the first time the pool's price exceeds its maximum, computed from the price segments;
 * re-planned when a pin changes the pool).
 *
 * @internal
 */
import { Ec2Error, Lifecycle } from "@ec2kit/core"
import { Effect, Exit, Random } from "effect"
import type { InstanceRecord, SpotInstanceRequestRecord, TimerRecord } from "../internal/Records.js"
import { firstPriceAbove, HOUR, spotCapacityAvailable, spotInstancesOf, spotPrice, spotPriceSegments } from "../internal/SpotPricing.js"
import { observeRecords, type World } from "../internal/World.js"
import { startInstances, terminateInstances } from "./instanceLifecycle.js"
import type { RunInstancesRequest } from "./instanceShapes.js"
import { runInstances } from "./runInstances.js"
import { setStatus, statusMessage, withStatus } from "./spotStatus.js"

/** How far ahead a price watch looks (then it looks again): 30 days. */
const WatchHorizon = 30 * 24 * HOUR

// ------------------------------------------------------------------------------------------------
// evaluation and fulfilment
// ------------------------------------------------------------------------------------------------

/** Schedules an evaluation of a request `delay` ms from now (replacing any pending one). */
export const scheduleEvaluation = (w: World, requestId: string, delay = 0) => {
  w.cancelTimers(requestId, "spot.evaluate")
  w.schedule("spot.evaluate", requestId, Math.max(0, delay))
}

/** The AZ a request's launch specification names (its Placement, else its subnet's). */
const requestedZone = (w: World, r: SpotInstanceRequestRecord): string | undefined => {
  const spec = r.LaunchSpecification
  if (spec.Placement?.AvailabilityZone !== undefined) return spec.Placement.AvailabilityZone
  const subnetId = spec.SubnetId ?? spec.NetworkInterfaces?.find((n) => n.DeviceIndex === 0)?.SubnetId
  return subnetId === undefined ? undefined : w.get("subnets", subnetId)?.AvailabilityZone
}

/**
 * Where a request would launch now: its AZ when it names one, else the AZ (with a default subnet)
 * whose price is lowest among those at or below the maximum with room (AWS chooses for you), else the
 * cheapest one (to report why it waits).
 */
const chooseZone = (w: World, r: SpotInstanceRequestRecord, type: string): string | undefined => {
  const named = requestedZone(w, r)
  if (named !== undefined) return named
  const zones = [...w.all("subnets")].filter((s) => s.DefaultForAz && s.VpcId === w.meta.DefaultVpcId).map((s) => s.AvailabilityZone)
  const priced = zones.flatMap((az) => {
    const p = spotPrice(w, az, type)
    return p === undefined ? [] : [{ az, p }]
  }).sort((a, b) => a.p - b.p)
  return priced.find((z) => z.p <= r.SpotPrice && spotCapacityAvailable(w, z.az, type) > 0)?.az ?? priced[0]?.az
}

/** The RunInstances request that fulfils one Spot request (one instance). */
const launchRequest = (r: SpotInstanceRequestRecord, zone: string): RunInstancesRequest => {
  const { Placement, ...spec } = r.LaunchSpecification
  return {
    ...spec,
    ImageId: spec.ImageId ?? "",
    MinCount: 1,
    MaxCount: 1,
    Placement: { ...Placement, AvailabilityZone: zone },
    InstanceMarketOptions: {
      MarketType: "spot",
      SpotOptions: {
        InstanceInterruptionBehavior: r.InstanceInterruptionBehavior,
        MaxPrice: String(r.SpotPrice),
        SpotInstanceType: r.Type
      }
    }
  } as RunInstancesRequest
}

/**
 * Evaluates an open request: expired → `schedule-expired`; before ValidFrom → `not-scheduled-yet`; max below
 * the price → `price-too-low` (re-evaluated when the price first falls to the max); no room →
 * `capacity-not-available` (re-evaluated when room may return); else launches one instance through
 * RunInstances (its validation; a failure → `bad-parameters`, `failed`, with AWS's error as `Fault`).
 */
export const evaluate = (w: World, id: string) => {
  let r = w.get("spotInstanceRequests", id)
  if (r === undefined) return
  if (r.State === "disabled") return restartStopped(w, r)
  if (r.State !== "open") return
  if (r.ValidUntil !== undefined && w.now >= r.ValidUntil) return expire(w, r)
  if (r.ValidFrom !== undefined && w.now < r.ValidFrom) {
    setStatus(w, r, "open", "not-scheduled-yet")
    return scheduleEvaluation(w, id, r.ValidFrom - w.now)
  }
  const type = r.LaunchSpecification.InstanceType ?? "m1.small"
  const zone = chooseZone(w, r, type)
  const price = zone === undefined ? undefined : spotPrice(w, zone, type)
  if (zone === undefined || price === undefined) {
    setStatus(w, r, "failed", "bad-parameters")
    return
  }
  if (price > r.SpotPrice) {
    setStatus(w, r, "open", "price-too-low", statusMessage("price-too-low", { max: r.SpotPrice, price }))
    const back = firstPriceAtOrBelow(w, zone, type, r.SpotPrice, w.now, w.now + WatchHorizon)
    return scheduleEvaluation(w, id, (back ?? w.now + WatchHorizon) - w.now)
  }
  if (spotCapacityAvailable(w, zone, type) < 1) {
    // re-evaluated by the instances observer when an instance of the pool ends, and by capacity controls
    setStatus(w, r, "open", "capacity-not-available")
    return
  }
  const mark = w.savepoint()
  const exit = Effect.runSyncExit(runInstances(w, launchRequest(r, zone), { SpotInstanceRequestId: id }).pipe(Effect.provideService(Random.Random, w.rng)))
  if (Exit.isFailure(exit)) {
    w.rollback(mark)
    r = w.get("spotInstanceRequests", id)!
    const err = exit.cause.reasons.map((x) => (x._tag === "Fail" ? x.error : undefined)).find((e) => e !== undefined)
    if (err?.code === "InsufficientInstanceCapacity") {
      setStatus(w, r, "open", "capacity-not-available")
      return
    }
    const fault = err instanceof Ec2Error.Ec2Error ? { Code: err.code, Message: err.reason.message } : { Code: "InternalError", Message: "An internal error has occurred" }
    w.put("spotInstanceRequests", withStatus(w, r, "failed", "bad-parameters", { Fault: fault }, fault.Message))
  }
}

/** The first time in [from, to) the price is at or below `max` (`undefined`: none). */
const firstPriceAtOrBelow = (w: World, az: string, type: string, max: number, from: number, to: number): number | undefined =>
  spotPriceSegments(w, az, type, from, to).find((s) => s.Price <= max)?.From

/** `ValidUntil` passed: an open (or disabled) request is cancelled with `schedule-expired`. */
const expire = (w: World, r: SpotInstanceRequestRecord) => {
  w.cancelTimers(r.SpotInstanceRequestId, "spot.evaluate")
  if (r.State === "open") forgetLater(w, setStatus(w, r, "cancelled", "schedule-expired"))
  else if (r.State === "active" || r.State === "disabled") {
    // a persistent request's end: the request is cancelled, its instance keeps running (as on cancel);
    // what AWS shows here is unverified
    setStatus(w, r, "cancelled", r.State === "active" ? "request-canceled-and-instance-running" : "schedule-expired")
  }
}

/** A request disabled by an interruption that stopped its instance: EC2 starts the instance again when it can. */
const restartStopped = (w: World, r: SpotInstanceRequestRecord) => {
  const inst = r.InstanceId === undefined ? undefined : w.get("instances", r.InstanceId)
  if (inst === undefined || inst.Lifecycle.State !== "stopped" || r.Interruption === undefined) return
  const price = spotPrice(w, inst.AvailabilityZone, inst.InstanceType)
  if (price === undefined) return
  if (price > r.SpotPrice) {
    const back = firstPriceAtOrBelow(w, inst.AvailabilityZone, inst.InstanceType, r.SpotPrice, w.now, w.now + WatchHorizon)
    return scheduleEvaluation(w, r.SpotInstanceRequestId, (back ?? w.now + WatchHorizon) - w.now)
  }
  if (spotCapacityAvailable(w, inst.AvailabilityZone, inst.InstanceType) < 1) return
  const mark = w.savepoint()
  const exit = Effect.runSyncExit(startInstances(w, [inst.InstanceId]).pipe(Effect.provideService(Random.Random, w.rng)))
  if (Exit.isFailure(exit)) w.rollback(mark)
}

// ------------------------------------------------------------------------------------------------
// interruptions
// ------------------------------------------------------------------------------------------------

/**
 * How long before a price interruption the rebalance recommendation comes: AWS says only that it "can
 * arrive sooner than the two-minute Spot Instance interruption notice" (UG23 `rebalance-recommendations.md`);
 * 10 minutes is ours. A capacity reclaim gives it with the notice (it cannot be foreseen).
 */
export const RebalanceLead = 10 * 60_000

/**
 * Plans (or re-plans) the price watch of a Spot instance: one timer at the first price above its maximum,
 * and one {@link RebalanceLead} before it for the rebalance recommendation.
 */
export const watchPrice = (w: World, r: InstanceRecord) => {
  w.cancelTimers(r.InstanceId, "spot.priceWatch")
  w.cancelTimers(r.InstanceId, "spot.rebalance")
  const max = r.Spot?.MaxPrice
  if (max === undefined || r.Lifecycle.State !== "running" && r.Lifecycle.State !== "pending") return
  const at = firstPriceAbove(w, r.AvailabilityZone, r.InstanceType, max, w.now, w.now + WatchHorizon)
  w.schedule("spot.priceWatch", r.InstanceId, (at ?? w.now + WatchHorizon) - w.now)
  if (at !== undefined && at - RebalanceLead > w.now) w.schedule("spot.rebalance", r.InstanceId, at - RebalanceLead - w.now)
}

/** `spot.rebalance`: the price will exceed the maximum within the lead — the instance gets its recommendation. */
const rebalance = (w: World, t: TimerRecord) => {
  const r = w.get("instances", t.Target)
  const max = r?.Spot?.MaxPrice
  if (r === undefined || max === undefined || r.Lifecycle.State !== "running" || r.SpotInstanceAction !== undefined) return
  if (r.RebalanceRecommendationTime !== undefined && r.RebalanceRecommendationTime >= r.LaunchTime) return
  if (firstPriceAbove(w, r.AvailabilityZone, r.InstanceType, max, w.now, w.now + RebalanceLead + 1) === undefined) return
  w.put("instances", { ...r, RebalanceRecommendationTime: w.now })
}

/**
 * EC2 interrupts a Spot instance: the interruption notice now, with a rebalance recommendation unless one
 * came ahead of it (`spot.rebalance`, price interruptions; AWS: the recommendation "may come at the same
 * time" as the notice, purchasing-facts §3.5), then the request's
 * behaviour when the notice ends (2 minutes; hibernation has no lead: "no 2-min lead", purchasing-facts
 * §3.4) through the existing `instance.spotInterrupt` timer.
 */
export const interrupt = (w: World, r: InstanceRecord, reason: "price" | "capacity") => {
  if (r.Lifecycle.State !== "running" || r.SpotInstanceAction !== undefined || r.Spot === undefined) return
  const action = r.Spot.InstanceInterruptionBehavior
  const lead = action === "hibernate" ? 0 : w.delay("spotNotice")
  w.cancelTimers(r.InstanceId, "spot.priceWatch")
  w.cancelTimers(r.InstanceId, "spot.rebalance")
  // a recommendation given ahead of this interruption stands; otherwise it comes with the notice
  const recommended = r.RebalanceRecommendationTime !== undefined && r.RebalanceRecommendationTime >= r.LaunchTime
  w.put("instances", { ...r, SpotInstanceAction: { Action: action, Time: w.now + lead }, RebalanceRecommendationTime: recommended ? r.RebalanceRecommendationTime! : w.now })
  w.schedule("instance.spotInterrupt", r.InstanceId, lead, { Action: action })
  markRequest(w, r, action, reason)
}

/**
 * The request of an instance EC2 is interrupting shows it (an active request only; a cancelled one keeps its
 * status): `marked-for-stop` / `marked-for-termination`, or at once `instance-terminated-no-capacity` for a
 * capacity reclaim that terminates ("set at once, no marked-for-termination", purchasing-facts §3.2).
 * Hibernation shows `marked-for-stop` (AWS lists no hibernation code).
 */
const markRequest = (w: World, r: InstanceRecord, action: "hibernate" | "stop" | "terminate", reason: "price" | "capacity") => {
  const req = r.Spot?.SpotInstanceRequestId === undefined ? undefined : w.get("spotInstanceRequests", r.Spot.SpotInstanceRequestId)
  if (req === undefined || req.State !== "active" || req.InstanceId !== r.InstanceId) return
  const code = action === "terminate" ? (reason === "capacity" ? "instance-terminated-no-capacity" : "marked-for-termination") : "marked-for-stop"
  w.put("spotInstanceRequests", withStatus(w, req, req.State, code, { Interruption: reason }))
}

/** `spot.priceWatch`: the price reached the instance's maximum (or the horizon passed: look again). */
const priceWatch = (w: World, t: TimerRecord) => {
  const r = w.get("instances", t.Target)
  // a pending instance is watched again when it runs (followInstance); a stopped or ending one not at all
  if (r === undefined || r.Spot?.MaxPrice === undefined || r.Lifecycle.State !== "running") return
  const price = spotPrice(w, r.AvailabilityZone, r.InstanceType)
  if (price !== undefined && price > r.Spot.MaxPrice) return interrupt(w, r, "price")
  watchPrice(w, r)
}

/**
 * A pool's capacity fell below its running Spot instances: the newest are reclaimed first (our choice;
 * AWS does not say which), as many as exceed the capacity.
 */
export const reclaimExcess = (w: World, az: string, instanceType: string, capacity: number) => {
  const active = spotInstancesOf(w, az, instanceType).filter((r) => r.SpotInstanceAction === undefined)
  const excess = active.length - capacity
  if (excess <= 0) return
  const newestFirst = [...active].sort((a, b) => b.LaunchTime - a.LaunchTime)
  for (const r of newestFirst.slice(0, excess)) interrupt(w, r, "capacity")
}

/** Re-plans the price watches of a pool's instances and re-evaluates its waiting requests (after a pin or capacity change). */
export const poolChanged = (w: World, az: string, instanceType: string) => {
  for (const r of spotInstancesOf(w, az, instanceType)) if (r.SpotInstanceAction === undefined) watchPrice(w, r)
  reevaluateWaiting(w)
}

/** Schedules an evaluation of every request waiting for price or capacity (or stopped by an interruption). */
export const reevaluateWaiting = (w: World) => {
  for (const q of w.all("spotInstanceRequests")) {
    const waiting = q.State === "open" && (q.Status.Code === "capacity-not-available" || q.Status.Code === "price-too-low")
    const stopped = q.State === "disabled" && q.Interruption !== undefined
    if (waiting || stopped) scheduleEvaluation(w, q.SpotInstanceRequestId)
  }
}

// ------------------------------------------------------------------------------------------------
// the request follows its instance
// ------------------------------------------------------------------------------------------------

const active = (s: string | undefined) => s === "pending" || s === "running" || s === "stopping"
const interrupted = (r: InstanceRecord) =>
  r.Lifecycle.StateReason?.Code === Lifecycle.stateReasons.spotInstanceTermination.Code ||
  r.Lifecycle.StateReason?.Code === Lifecycle.stateReasons.spotInstanceShutdown.Code

/**
 * The request of a Spot instance follows the instance's state (purchasing-facts §3.2/3.3): interrupted →
 * `instance-terminated-by-price`/`-no-capacity` (one-time: `closed`; persistent: `open` again and
 * re-evaluated) or `instance-stopped-…` (`disabled`, restarted by EC2 when it can); stopped by the user →
 * `disabled`/`instance-stopped-by-user`; started again → `active`/`fulfilled`; terminated by the user →
 * `instance-terminated-by-user` (one-time `closed`, persistent re-opened; a cancelled request stays
 * cancelled). And an instance leaving a pool frees room for waiting requests.
 */
const followInstance = (w: World, prev: InstanceRecord | undefined, next: InstanceRecord | undefined) => {
  const before = prev?.Lifecycle.State
  const after = next?.Lifecycle.State
  // a notice given by Hypervisor.interruptSpot (not by the market): the request shows it too; EC2 gives no
  // reason there, and capacity is the reason AWS names first (interruption-reasons.md)
  if (prev !== undefined && next !== undefined && prev.SpotInstanceAction === undefined && next.SpotInstanceAction !== undefined) {
    const req = next.Spot?.SpotInstanceRequestId === undefined ? undefined : w.get("spotInstanceRequests", next.Spot.SpotInstanceRequestId)
    if (req !== undefined && req.Interruption === undefined) markRequest(w, next, next.SpotInstanceAction.Action, "capacity")
  }
  if (before === after) return
  if (next !== undefined && prev === undefined && next.Spot?.MaxPrice !== undefined) watchPrice(w, next)
  if (active(before) && !active(after)) reevaluateWaitingFor(w, (prev ?? next)!)
  const r = next ?? prev!
  const id = r.Spot?.SpotInstanceRequestId
  if (id === undefined || after === undefined) return
  const req = w.get("spotInstanceRequests", id)
  if (req === undefined || req.InstanceId !== r.InstanceId) return
  const byEc2 = interrupted(r)
  const cause = req.Interruption === "price" ? "by-price" : "no-capacity"
  if (after === "running" && before !== "running") {
    if (next?.Spot?.MaxPrice !== undefined) watchPrice(w, next)
    if (req.State === "disabled") {
      const { Interruption: _i, ...rest } = req
      w.put("spotInstanceRequests", withStatus(w, rest as SpotInstanceRequestRecord, "active", "fulfilled"))
    }
    return
  }
  if (after === "stopped" || (after === "stopping" && before === "running")) {
    w.cancelTimers(r.InstanceId, "spot.priceWatch")
    if (after !== "stopped" || req.State === "cancelled") return
    const code = byEc2 ? `instance-stopped-${cause}` : "instance-stopped-by-user"
    const next2 = withStatus(w, req, "disabled", code)
    w.put("spotInstanceRequests", byEc2 ? next2 : (({ Interruption: _i, ...rest }) => rest as SpotInstanceRequestRecord)(next2))
    if (byEc2) scheduleEvaluation(w, id)
    return
  }
  if (after === "shutting-down" || after === "terminated") {
    w.cancelTimers(r.InstanceId, "spot.priceWatch")
    w.cancelTimers(r.InstanceId, "spot.rebalance")
    if (after === "terminated" && req.State === "cancelled") forgetLater(w, req)
    if (before === "shutting-down" || before === "terminated") return
    const code = byEc2 ? `instance-terminated-${cause}` : req.Status.Code === "instance-terminated-by-service" ? req.Status.Code : "instance-terminated-by-user"
    if (req.State === "cancelled" || req.State === "closed" || req.State === "failed") {
      if (req.Status.Code === "request-canceled-and-instance-running") w.put("spotInstanceRequests", withStatus(w, req, req.State, code))
      return
    }
    if (req.Type === "persistent") {
      // re-opened: after an interruption the code says why (open is its request state for a persistent request,
      // facts §3.2); after the user's termination it is evaluated afresh
      const { InstanceId: _x, LaunchedAvailabilityZone: _z, Interruption: _i, ...rest } = req
      w.put("spotInstanceRequests", withStatus(w, rest as SpotInstanceRequestRecord, "open", byEc2 ? code : "pending-evaluation"))
      scheduleEvaluation(w, id)
    } else {
      w.put("spotInstanceRequests", withStatus(w, req, "closed", code))
    }
  }
}

/** An instance left a pool: its waiting requests may launch now. */
const reevaluateWaitingFor = (w: World, _r: InstanceRecord) => {
  // requests may name no AZ (any pool fits), so every waiting one is looked at again
  reevaluateWaiting(w)
}

/**
 * Runs a step of the market so that it cannot throw (observers and timer handlers must not): records are
 * schema-free within a version, so a hand-made snapshot may hold a malformed Spot request; its step is
 * undone and skipped instead of failing the operation that triggered it.
 */
const guarded = <A extends ReadonlyArray<unknown>>(f: (w: World, ...args: A) => void) => (w: World, ...args: A): void => {
  const mark = w.savepoint()
  try {
    f(w, ...args)
  } catch {
    w.rollback(mark)
  }
}

observeRecords("instances", guarded(followInstance))
// the hypervisor's capacity and fleet live in `meta`: a change may free room
observeRecords("meta", guarded((w, prev, next) => {
  if (prev === undefined || next === undefined) return
  if (prev.Capacity !== next.Capacity || prev.Fleet !== next.Fleet) reevaluateWaiting(w)
}))

// ------------------------------------------------------------------------------------------------
// forgetting
// ------------------------------------------------------------------------------------------------

/**
 * "Spot Instance requests are deleted four hours after they are canceled and their instances are
 * terminated" (SDK `DescribeSpotInstanceRequests` text, 3.1169.0, read 2026-12-06).
 */
export const ForgetAfter = 4 * 3_600_000

/** Whether a request's instance is gone (none, terminated, or no longer in the world). */
const instanceGone = (w: World, r: SpotInstanceRequestRecord) => {
  if (r.InstanceId === undefined) return true
  const s = w.get("instances", r.InstanceId)?.Lifecycle.State
  return s === undefined || s === "terminated"
}

/** Schedules the deletion of a cancelled request whose instance is gone (four hours from now). */
const forgetLater = (w: World, r: SpotInstanceRequestRecord) => {
  if (r.State !== "cancelled" || !instanceGone(w, r)) return
  w.cancelTimers(r.SpotInstanceRequestId, "spot.forget")
  w.schedule("spot.forget", r.SpotInstanceRequestId, ForgetAfter)
}

/** `spot.forget`: the request (and its tags) is deleted if it is still cancelled with its instance gone. */
const forget = (w: World, t: TimerRecord) => {
  const r = w.get("spotInstanceRequests", t.Target)
  if (r === undefined || r.State !== "cancelled" || !instanceGone(w, r)) return
  w.cancelTimers(r.SpotInstanceRequestId)
  w.setTags(r.SpotInstanceRequestId, [])
  w.del("spotInstanceRequests", r.SpotInstanceRequestId)
}

// ------------------------------------------------------------------------------------------------
// cancel
// ------------------------------------------------------------------------------------------------

/**
 * Cancels a request: open → `canceled-before-fulfillment`; active → `request-canceled-and-instance-running`
 * (the instance keeps running); disabled → its stopped instance is terminated ("Cancelling request/fleet
 * terminates stopped Spot Instances", purchasing-facts §3.4) → `instance-terminated-by-service`. Closed,
 * failed and cancelled requests stay as they are.
 */
export const cancel = (w: World, r: SpotInstanceRequestRecord) => {
  w.cancelTimers(r.SpotInstanceRequestId)
  switch (r.State) {
    case "open":
      forgetLater(w, setStatus(w, r, "cancelled", "canceled-before-fulfillment"))
      return
    case "active":
      setStatus(w, r, "cancelled", "request-canceled-and-instance-running")
      return
    case "disabled": {
      const next = setStatus(w, r, "cancelled", "instance-terminated-by-service")
      const inst = next.InstanceId === undefined ? undefined : w.get("instances", next.InstanceId)
      if (inst !== undefined && inst.Lifecycle.State === "stopped") {
        const mark = w.savepoint()
        const exit = Effect.runSyncExit(terminateInstances(w, [inst.InstanceId]).pipe(Effect.provideService(Random.Random, w.rng)))
        if (Exit.isFailure(exit)) w.rollback(mark)
      }
      return
    }
    default:
      return
  }
}

/** Timer handlers of the market. */
export const timers = {
  "spot.evaluate": guarded((w: World, t: TimerRecord) => evaluate(w, t.Target)),
  "spot.expire": guarded((w: World, t: TimerRecord) => {
    const r = w.get("spotInstanceRequests", t.Target)
    if (r !== undefined) expire(w, r)
  }),
  "spot.priceWatch": guarded(priceWatch),
  "spot.rebalance": guarded(rebalance),
  "spot.forget": guarded(forget)
} as const
