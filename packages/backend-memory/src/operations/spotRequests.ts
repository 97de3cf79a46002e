/**
 * Spot Instance requests and the Spot price history (issue 12 §1): RequestSpotInstances,
 * DescribeSpotInstanceRequests, CancelSpotInstanceRequests, DescribeSpotPriceHistory, and the
 * `Hypervisor` controls `setSpotPrice`/`setSpotCapacity`. The state machine, fulfilment and
 * interruptions are `spotMarket.ts`'s; prices and capacity `internal/SpotPricing.ts`'s.
 *
 * RequestSpotInstances rules (SDK 3.1169.0 `RequestSpotInstancesRequest`, purchasing-facts §3.3/3.4, read
 * 2026-12-06): `Type` default `one-time`; `InstanceCount` default 1 (one request per instance, as AWS
 * answers); `ValidFrom` in the future; `ValidUntil` default 7 days after creation, after ValidFrom;
 * `InstanceInterruptionBehavior` default `terminate`, `stop`/`hibernate` only for persistent requests;
 * `SpotPrice` the maximum (default the On-Demand price, must exceed $0.001); `BlockDurationMinutes`
 * deprecated (refused); tags only on `spot-instances-request`. The launch specification is checked as
 * RunInstances checks it (a dry run of the same path), so a request that could never launch is refused
 * now instead of failing later. `LaunchGroup` and `AvailabilityZoneGroup` are kept and shown but not
 * modelled as constraints. Requests are kept after they end (AWS deletes them four hours after they are
 * cancelled and their instances terminated — not modelled).
 *
 * @internal
 */
import { Ec2, Ec2Error, type Ec2Shapes, Pricing } from "@ec2kit/core"
import { Effect, Exit, Random } from "effect"
import type { HypervisorShape } from "../Hypervisor.js"
import type { Engine, TimerHandler } from "../internal/Engine.js"
import type { SpotLaunchSpecificationRecord } from "../internal/records/Purchasing.js"
import type { SpotInstanceRequestRecord } from "../internal/Records.js"
import { hasPool, poolKey, spotInstancesOf } from "../internal/SpotPricing.js"
import type { World } from "../internal/World.js"
import type { SpotCapacityInput, SpotPriceInput } from "../SpotMarket.js"
import { bool, compileFilters, type Extractors, iso, pageParams, paginate, tagsFor, tagsOut } from "./filters.js"
import { type RunInstancesRequest, stableStringify } from "./instanceShapes.js"
import { runInstances } from "./runInstances.js"
import { MinMaxPrice, newSpotRequestId, parsePrice } from "./spotLaunch.js"
import * as Market from "./spotMarket.js"
import { describeSpotPriceHistory, priceText, ProductDescription } from "./spotPriceHistory.js"
import { statusMessage } from "./spotStatus.js"

const DAY = 86_400_000
/** "ValidUntil … Default: 7 days from the current date" (purchasing-facts §3.3). */
const DefaultValidity = 7 * DAY
/** At most this many instances per request (ours: AWS's own bound is the vCPU quota; a bound keeps a request cheap). */
const MaxInstanceCount = 1000

// ------------------------------------------------------------------------------------------------
// shapes
// ------------------------------------------------------------------------------------------------

const date = (ms: number) => new Date(ms)

/** The `LaunchSpecification` of the SDK's `SpotInstanceRequest`. */
const launchSpecOut = (w: World, s: SpotLaunchSpecificationRecord) => {
  const groups = [
    ...(s.SecurityGroupIds ?? []).map((id) => ({ GroupId: id, GroupName: w.get("securityGroups", id)?.GroupName })),
    ...(s.SecurityGroups ?? []).map((name) => ({
      GroupName: name,
      GroupId: [...w.all("securityGroups")].find((g) => g.GroupName === name && g.VpcId === w.meta.DefaultVpcId)?.GroupId
    }))
  ].map((g) => ({ ...(g.GroupId !== undefined ? { GroupId: g.GroupId } : {}), ...(g.GroupName !== undefined ? { GroupName: g.GroupName } : {}) }))
  return {
    ...(s.ImageId !== undefined ? { ImageId: s.ImageId } : {}),
    ...(s.InstanceType !== undefined ? { InstanceType: s.InstanceType } : {}),
    ...(s.KeyName !== undefined ? { KeyName: s.KeyName } : {}),
    ...(s.SubnetId !== undefined ? { SubnetId: s.SubnetId } : {}),
    ...(groups.length > 0 ? { SecurityGroups: groups } : {}),
    ...(s.Placement !== undefined ? { Placement: s.Placement } : {}),
    ...(s.BlockDeviceMappings !== undefined ? { BlockDeviceMappings: s.BlockDeviceMappings } : {}),
    ...(s.EbsOptimized !== undefined ? { EbsOptimized: s.EbsOptimized } : {}),
    ...(s.IamInstanceProfile !== undefined ? { IamInstanceProfile: s.IamInstanceProfile } : {}),
    ...(s.NetworkInterfaces !== undefined ? { NetworkInterfaces: s.NetworkInterfaces } : {}),
    Monitoring: { Enabled: s.Monitoring?.Enabled ?? false }
  } as Ec2Shapes.LaunchSpecification
}

const zoneIdOf = (w: World, az: string | undefined) => az === undefined ? undefined : w.meta.Zones.find((z) => z.ZoneName === az)?.ZoneId

/** The SDK's `SpotInstanceRequest` of a record. */
export const toSpotInstanceRequest = (w: World, r: SpotInstanceRequestRecord): Ec2Shapes.SpotInstanceRequest => {
  const zoneId = zoneIdOf(w, r.LaunchedAvailabilityZone)
  return {
    SpotInstanceRequestId: r.SpotInstanceRequestId,
    SpotPrice: priceText(r.SpotPrice),
    Type: r.Type,
    State: r.State,
    Status: { Code: r.Status.Code, Message: r.Status.Message, UpdateTime: date(r.Status.UpdateTime) },
    CreateTime: date(r.CreateTime),
    ...(r.ValidFrom !== undefined ? { ValidFrom: date(r.ValidFrom) } : {}),
    ...(r.ValidUntil !== undefined ? { ValidUntil: date(r.ValidUntil) } : {}),
    LaunchSpecification: launchSpecOut(w, r.LaunchSpecification),
    ...(r.InstanceId !== undefined ? { InstanceId: r.InstanceId } : {}),
    ...(r.LaunchedAvailabilityZone !== undefined ? { LaunchedAvailabilityZone: r.LaunchedAvailabilityZone } : {}),
    ...(zoneId !== undefined ? { LaunchedAvailabilityZoneId: zoneId } : {}),
    ...(r.LaunchGroup !== undefined ? { LaunchGroup: r.LaunchGroup } : {}),
    ...(r.AvailabilityZoneGroup !== undefined ? { AvailabilityZoneGroup: r.AvailabilityZoneGroup } : {}),
    ...(r.Fault !== undefined ? { Fault: r.Fault } : {}),
    ProductDescription,
    InstanceInterruptionBehavior: r.InstanceInterruptionBehavior,
    ...tagsOut(w, r.SpotInstanceRequestId)
  }
}

// ------------------------------------------------------------------------------------------------
// RequestSpotInstances
// ------------------------------------------------------------------------------------------------

/** The launch specification as RunInstances takes it (one instance). */
const asRunRequest = (spec: SpotLaunchSpecificationRecord, behavior: SpotInstanceRequestRecord["InstanceInterruptionBehavior"], max: number, type: string): RunInstancesRequest => ({
  ...spec,
  ImageId: spec.ImageId ?? "",
  MinCount: 1,
  MaxCount: 1,
  InstanceMarketOptions: { MarketType: "spot", SpotOptions: { InstanceInterruptionBehavior: behavior, MaxPrice: String(max), SpotInstanceType: type as "one-time" } }
} as RunInstancesRequest)

/** Codes of a dry-run launch that do not make the request invalid: it waits for capacity or price instead. */
const waitable = new Set(["DryRunOperation", "InsufficientInstanceCapacity", "SpotMaxPriceTooLow", "InsufficientFreeAddressesInSubnet", "VcpuLimitExceeded", "MaxSpotInstanceCountExceeded"])

/** Dates as ISO text, so a fingerprint sees them (`stableStringify` treats a Date as an empty object). */
const plain = (u: unknown): unknown =>
  u instanceof Date
    ? u.toISOString()
    : Array.isArray(u)
    ? u.map(plain)
    : u !== null && typeof u === "object"
    ? Object.fromEntries(Object.entries(u).map(([k, v]) => [k, plain(v)]))
    : u

/** The idempotency fingerprint of a RequestSpotInstances call: every member but ClientToken and DryRun. */
const fingerprint = (req: Ec2Shapes.RequestSpotInstancesRequest): string => {
  const { ClientToken: _t, DryRun: _d, ...rest } = req
  return stableStringify(plain(rest))
}

/**
 * ClientToken idempotency (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html, read
 * 2026-12): a retry answers the requests the first call made, as they are now; the same token with other
 * arguments is `IdempotentParameterMismatch` (RunInstances' observed text, see runInstances.ts).
 */
const priorRequests = (w: World, req: Ec2Shapes.RequestSpotInstancesRequest) =>
  Effect.gen(function*() {
    if (req.ClientToken === undefined) return undefined
    const prior = [...w.all("spotInstanceRequests")].filter((r) => r.ClientToken === req.ClientToken)
    if (prior.length === 0) return undefined
    if (prior[0]!.Fingerprint !== fingerprint(req)) {
      return yield* Ec2Error.fail(
        "IdempotentParameterMismatch",
        "Arguments on this idempotent request are inconsistent with arguments used in previous request(s)."
      )
    }
    return prior
  })

/** RequestSpotInstances. */
export const requestSpotInstances = (w: World, req: Ec2Shapes.RequestSpotInstancesRequest) =>
  Effect.gen(function*() {
    const prior = yield* priorRequests(w, req)
    if (prior !== undefined) {
      if (req.DryRun === true) return yield* Ec2.dryRun
      return { SpotInstanceRequests: prior.map((r) => toSpotInstanceRequest(w, r)) } satisfies Ec2Shapes.RequestSpotInstancesResult
    }
    const spec = (req.LaunchSpecification ?? {}) as SpotLaunchSpecificationRecord
    if (spec.ImageId === undefined) {
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter LaunchSpecification.ImageId")
    }
    const count = req.InstanceCount ?? 1
    if (!Number.isInteger(count) || count < 1) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${count}' for InstanceCount. Must be greater than or equal to 1.`)
    }
    if (count > MaxInstanceCount) {
      return yield* Ec2Error.fail("MaxSpotInstanceCountExceeded", `Max spot instance count exceeded: a request may ask for at most ${MaxInstanceCount} instances.`)
    }
    if (req.BlockDurationMinutes !== undefined) {
      return yield* Ec2Error.fail("InvalidParameterValue", "Spot Instances with a defined duration (BlockDurationMinutes) are no longer supported.")
    }
    const type = req.Type ?? "one-time"
    const behavior = req.InstanceInterruptionBehavior ?? "terminate"
    if (behavior !== "terminate" && type !== "persistent") {
      // "stop | hibernate: persistent request (no launch group)" (purchasing-facts §3.4); text ours
      return yield* Ec2Error.fail(
        "InvalidParameterCombination",
        `The instance interruption behavior '${behavior}' is supported only for persistent Spot Instance requests.`
      )
    }
    if (behavior !== "terminate" && req.LaunchGroup !== undefined) {
      return yield* Ec2Error.fail("InvalidParameterCombination", `The instance interruption behavior '${behavior}' is not supported with a launch group.`)
    }
    const instanceType = spec.InstanceType ?? "m1.small"
    const onDemand = Pricing.onDemandHourly(Pricing.usEast1, instanceType)
    const max = req.SpotPrice !== undefined ? yield* parsePrice(req.SpotPrice, "SpotPrice") : onDemand ?? MinMaxPrice * 2
    const now = w.now
    const validFrom = req.ValidFrom?.getTime()
    if (validFrom !== undefined && validFrom <= now) {
      return yield* Ec2Error.fail("InvalidParameterValue", "ValidFrom must be in the future.")
    }
    const validUntil = req.ValidUntil?.getTime() ?? (validFrom ?? now) + DefaultValidity
    if (validUntil <= now || (validFrom !== undefined && validUntil <= validFrom)) {
      return yield* Ec2Error.fail("InvalidParameterValue", "ValidUntil must be in the future and after ValidFrom.")
    }
    const tags = (yield* tagsFor(req.TagSpecifications, ["spot-instances-request"])).get("spot-instances-request") ?? []
    // the launch specification, checked by the RunInstances path itself (a dry run; waiting is no error)
    const zone = spec.Placement?.AvailabilityZone
    if (zone !== undefined && !w.meta.Zones.some((z) => z.ZoneName === zone)) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid availability zone: [${zone}]`)
    }
    const mark = w.savepoint()
    const trial = Effect.runSyncExit(
      runInstances(w, { ...asRunRequest(spec, behavior, max, type), DryRun: true }, { SpotInstanceRequestId: "sir-00000000" }).pipe(
        Effect.provideService(Random.Random, w.rng)
      )
    )
    w.rollback(mark)
    if (Exit.isFailure(trial)) {
      const err = trial.cause.reasons.map((x) => (x._tag === "Fail" ? x.error : undefined)).find((e) => e !== undefined)
      if (err !== undefined && !waitable.has(err.code)) return yield* Effect.fail(err)
    }
    if (zone !== undefined && !hasPool(w, zone, instanceType)) {
      return yield* Ec2Error.fail("Unsupported", "The requested configuration is currently not supported. Please check the documentation for supported configurations.")
    }
    if (req.DryRun === true) return yield* Ec2.dryRun
    const out: Array<SpotInstanceRequestRecord> = []
    for (let i = 0; i < count; i++) {
      const id = newSpotRequestId(w)
      const record: SpotInstanceRequestRecord = {
        SpotInstanceRequestId: id,
        Type: type,
        State: "open",
        Status: { Code: "pending-evaluation", Message: statusMessage("pending-evaluation"), UpdateTime: now },
        SpotPrice: max,
        CreateTime: now,
        ...(validFrom !== undefined ? { ValidFrom: validFrom } : {}),
        ValidUntil: validUntil,
        InstanceInterruptionBehavior: behavior,
        LaunchSpecification: spec,
        ...(req.LaunchGroup !== undefined ? { LaunchGroup: req.LaunchGroup } : {}),
        ...(req.AvailabilityZoneGroup !== undefined ? { AvailabilityZoneGroup: req.AvailabilityZoneGroup } : {}),
        ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken, Fingerprint: fingerprint(req) } : {})
      }
      w.put("spotInstanceRequests", record)
      if (tags.length > 0) w.setTags(id, tags)
      // evaluated at the next step of virtual time (AWS: "submitted for review, and is pending evaluation"),
      // also with a future ValidFrom: the evaluation holds it as `not-scheduled-yet` until then (facts §3.2)
      Market.scheduleEvaluation(w, id, 0)
      w.schedule("spot.expire", id, validUntil - now)
      out.push(record)
    }
    return { SpotInstanceRequests: out.map((r) => toSpotInstanceRequest(w, r)) } satisfies Ec2Shapes.RequestSpotInstancesResult
  })

// ------------------------------------------------------------------------------------------------
// DescribeSpotInstanceRequests
// ------------------------------------------------------------------------------------------------

/** `InvalidSpotInstanceRequestID.NotFound` (code as AWS's error list; text in the house style of NotFound answers, unverified). */
const notFound = (ids: ReadonlyArray<string>) =>
  Ec2Error.make(
    "InvalidSpotInstanceRequestID.NotFound",
    ids.length === 1 ? `The spot instance request ID '${ids[0]}' does not exist` : `The spot instance request IDs '${ids.join(", ")}' do not exist`
  )

const findRequests = (w: World, ids: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const missing = ids.filter((id) => w.get("spotInstanceRequests", id) === undefined)
    if (missing.length > 0) return yield* Effect.fail(notFound(missing))
    return ids.map((id) => w.get("spotInstanceRequests", id)!)
  })

type R = SpotInstanceRequestRecord
const bdms = (r: R) => (r.LaunchSpecification.BlockDeviceMappings ?? []) as ReadonlyArray<{ readonly DeviceName?: string; readonly Ebs?: Readonly<Record<string, unknown>> }>
const enis = (r: R) => (r.LaunchSpecification.NetworkInterfaces ?? []) as ReadonlyArray<Readonly<Record<string, unknown>>>
const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v))

/** The filters of DescribeSpotInstanceRequests (the SDK's list, 3.1169.0). */
const requestFilters: Extractors<R> = {
  "availability-zone-group": (_, r) => [r.AvailabilityZoneGroup],
  "create-time": (_, r) => [iso(r.CreateTime)],
  "fault-code": (_, r) => [r.Fault?.Code],
  "fault-message": (_, r) => [r.Fault?.Message],
  "instance-id": (_, r) => [r.InstanceId],
  "launch-group": (_, r) => [r.LaunchGroup],
  "launch.block-device-mapping.delete-on-termination": (_, r) => bdms(r).map((b) => text(b.Ebs?.["DeleteOnTermination"])),
  "launch.block-device-mapping.device-name": (_, r) => bdms(r).map((b) => b.DeviceName),
  "launch.block-device-mapping.snapshot-id": (_, r) => bdms(r).map((b) => text(b.Ebs?.["SnapshotId"])),
  "launch.block-device-mapping.volume-size": (_, r) => bdms(r).map((b) => text(b.Ebs?.["VolumeSize"])),
  "launch.block-device-mapping.volume-type": (_, r) => bdms(r).map((b) => text(b.Ebs?.["VolumeType"])),
  "launch.group-id": (w, r) => launchSpecOut(w, r.LaunchSpecification).SecurityGroups?.map((g) => g.GroupId) ?? [],
  "launch.group-name": (w, r) => launchSpecOut(w, r.LaunchSpecification).SecurityGroups?.map((g) => g.GroupName) ?? [],
  "launch.image-id": (_, r) => [r.LaunchSpecification.ImageId],
  "launch.instance-type": (_, r) => [r.LaunchSpecification.InstanceType ?? "m1.small"],
  "launch.kernel-id": () => [],
  "launch.key-name": (_, r) => [r.LaunchSpecification.KeyName],
  "launch.monitoring-enabled": (_, r) => [bool(r.LaunchSpecification.Monitoring?.Enabled ?? false)],
  "launch.ramdisk-id": () => [],
  "launched-availability-zone": (_, r) => [r.LaunchedAvailabilityZone],
  "launched-availability-zone-id": (w, r) => [zoneIdOf(w, r.LaunchedAvailabilityZone)],
  "network-interface.addresses.primary": (_, r) => enis(r).flatMap((e) => ((e["PrivateIpAddresses"] ?? []) as ReadonlyArray<{ Primary?: boolean }>).map((a) => text(a.Primary))),
  "network-interface.delete-on-termination": (_, r) => enis(r).map((e) => text(e["DeleteOnTermination"])),
  "network-interface.description": (_, r) => enis(r).map((e) => text(e["Description"])),
  "network-interface.device-index": (_, r) => enis(r).map((e) => text(e["DeviceIndex"])),
  "network-interface.group-id": (_, r) => enis(r).flatMap((e) => (e["Groups"] ?? []) as ReadonlyArray<string>),
  "network-interface.network-interface-id": (_, r) => enis(r).map((e) => text(e["NetworkInterfaceId"])),
  "network-interface.private-ip-address": (_, r) => enis(r).map((e) => text(e["PrivateIpAddress"])),
  "network-interface.subnet-id": (_, r) => enis(r).map((e) => text(e["SubnetId"])),
  "product-description": () => [ProductDescription],
  "spot-instance-request-id": (_, r) => [r.SpotInstanceRequestId],
  "spot-price": (_, r) => [priceText(r.SpotPrice)],
  "state": (_, r) => [r.State],
  "status-code": (_, r) => [r.Status.Code],
  "status-message": (_, r) => [r.Status.Message],
  "type": (_, r) => [r.Type],
  "valid-from": (_, r) => [r.ValidFrom === undefined ? undefined : iso(r.ValidFrom)],
  "valid-until": (_, r) => [r.ValidUntil === undefined ? undefined : iso(r.ValidUntil)]
}

/**
 * DescribeSpotInstanceRequests. MaxResults: "We recommend that you set MaxResults to a value between 5 and
 * 1000" (SDK command text) — held to 5–1000 as the other describes hold their documented bounds.
 */
export const describeSpotInstanceRequests = (w: World, req: Ec2Shapes.DescribeSpotInstanceRequestsRequest) =>
  Effect.gen(function*() {
    const ids = req.SpotInstanceRequestIds ?? []
    const page = yield* pageParams(req, { min: 5, max: 1000 })
    const pred = yield* compileFilters(req.Filters, requestFilters, (r) => r.SpotInstanceRequestId)
    const candidates = ids.length > 0 ? yield* findRequests(w, [...new Set(ids)]) : [...w.all("spotInstanceRequests")]
    if (req.DryRun === true) return yield* Ec2.dryRun
    const { page: items, ...next } = paginate(candidates.filter((r) => pred(w, r)), page)
    return { SpotInstanceRequests: items.map((r) => toSpotInstanceRequest(w, r)), ...next } satisfies Ec2Shapes.DescribeSpotInstanceRequestsResult
  })

// ------------------------------------------------------------------------------------------------
// CancelSpotInstanceRequests
// ------------------------------------------------------------------------------------------------

/** CancelSpotInstanceRequests: all ids must exist (atomic); each request cancelled as `spotMarket.cancel` says. */
export const cancelSpotInstanceRequests = (w: World, req: Ec2Shapes.CancelSpotInstanceRequestsRequest) =>
  Effect.gen(function*() {
    const ids = [...new Set(req.SpotInstanceRequestIds)]
    if (ids.length === 0) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter SpotInstanceRequestId")
    const records = yield* findRequests(w, ids)
    if (req.DryRun === true) return yield* Ec2.dryRun
    for (const r of records) Market.cancel(w, r)
    return {
      CancelledSpotInstanceRequests: ids.map((id) => {
        const s = w.get("spotInstanceRequests", id)!.State
        // SDK `CancelSpotInstanceRequestState`: active | open | closed | cancelled | completed
        const State = s === "failed" || s === "disabled" ? "closed" : s
        return { SpotInstanceRequestId: id, State }
      })
    } satisfies Ec2Shapes.CancelSpotInstanceRequestsResult
  })

// ------------------------------------------------------------------------------------------------
// Hypervisor controls
// ------------------------------------------------------------------------------------------------

const badPool = (az: string, type: string) =>
  Ec2Error.make("InvalidParameterValue", `There is no Spot pool for instance type '${type}' in availability zone '${az}'.`)

/**
 * `setSpotPrice`: pins a pool's price from now (kept as history), or releases it (`Price: undefined`); a pinned
 * price must be above $0.001 and at most the On-Demand price (AWS's Spot price never exceeds it; pins may
 * reach it so a maximum below On-Demand can be crossed). Re-plans the pool's price watches and re-evaluates
 * waiting requests.
 */
export const setSpotPrice = (w: World, input: SpotPriceInput) =>
  Effect.gen(function*() {
    const { AvailabilityZone: az, InstanceType: type, Price } = input
    if (!hasPool(w, az, type)) return yield* Effect.fail(badPool(az, type))
    const onDemand = Pricing.onDemandHourly(Pricing.usEast1, type)!
    if (Price !== undefined && (!Number.isFinite(Price) || Price <= MinMaxPrice || Price > onDemand)) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid Spot price ${Price} for '${type}': it must be greater than 0.001 and at most the On-Demand price ${onDemand}.`)
    }
    const key = poolKey(az, type)
    const prev = w.get("spotPools", key) ?? { Key: key, AvailabilityZone: az, InstanceType: type }
    const pins = (prev.Pins ?? []).filter((p) => p.From < w.now)
    w.put("spotPools", { ...prev, Pins: [...pins, Price === undefined ? { From: w.now } : { From: w.now, Price }] })
    Market.poolChanged(w, az, type)
  })

/** `setSpotCapacity`: sets (or restores) a pool's capacity; Spot instances above it are reclaimed. */
export const setSpotCapacity = (w: World, input: SpotCapacityInput) =>
  Effect.gen(function*() {
    const { AvailabilityZone: az, InstanceType: type, Count } = input
    if (!hasPool(w, az, type)) return yield* Effect.fail(badPool(az, type))
    if (Count !== undefined && (!Number.isInteger(Count) || Count < 0)) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid Spot capacity ${Count}: it must be a whole number ≥ 0.`)
    }
    const key = poolKey(az, type)
    const prev = w.get("spotPools", key) ?? { Key: key, AvailabilityZone: az, InstanceType: type }
    const { Capacity: _c, ...rest } = prev
    w.put("spotPools", Count === undefined ? rest : { ...rest, Capacity: Count })
    if (Count !== undefined) Market.reclaimExcess(w, az, type, Count)
    Market.poolChanged(w, az, type)
  })

/** The active Spot instances of a pool (for tests and the Hypervisor's inspection). */
export const poolInstances = spotInstancesOf

// ------------------------------------------------------------------------------------------------
// wiring
// ------------------------------------------------------------------------------------------------

/** The operations of this area over an engine. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeSpotPriceHistory" | "requestSpotInstances" | "describeSpotInstanceRequests" | "cancelSpotInstanceRequests"> => ({
  describeSpotPriceHistory: (req) => engine.transact((w) => describeSpotPriceHistory(w, req)),
  requestSpotInstances: (req) => engine.transact((w) => requestSpotInstances(w, req)),
  describeSpotInstanceRequests: (req) => engine.transact((w) => describeSpotInstanceRequests(w, req)),
  cancelSpotInstanceRequests: (req) => engine.transact((w) => cancelSpotInstanceRequests(w, req))
})

/** The `Hypervisor` controls of this area. */
export const controls = (engine: Engine): Pick<HypervisorShape, "setSpotPrice" | "setSpotCapacity"> => ({
  setSpotPrice: (input) => engine.transact((w) => setSpotPrice(w, input)),
  setSpotCapacity: (input) => engine.transact((w) => setSpotCapacity(w, input))
})

/** The timer handlers of this area (`Kind` → handler). */
export const timers: Readonly<Record<string, TimerHandler>> = Market.timers
