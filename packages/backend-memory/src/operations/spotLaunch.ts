/**
 * RunInstances on the Spot market (`InstanceMarketOptions.MarketType: spot`): the `SpotMarketOptions`
 * rules, the price and capacity checks of the same market RequestSpotInstances uses, and the one-time
 * Spot request AWS records for each instance so launched (DescribeInstances shows its
 * `SpotInstanceRequestId`). Also used when a Spot request is fulfilled (then the request exists).
 *
 * Rules (SDK 3.1169.0 `SpotMarketOptions`, read 2026-12-06):
 * - "If you specify a maximum price, it must be more than USD $0.001. Specifying a value below USD $0.001
 *   will result in an InvalidParameterValue error" (text of the error ours);
 * - "For RunInstances, persistent Spot Instance requests are only supported when the instance
 *   interruption behavior is either hibernate or stop";
 * - `ValidUntil`: "Supported only for persistent requests … For a one-time request, ValidUntil is not
 *   supported";
 * - "If Configured (for HibernationOptions) is set to true, the InstanceInterruptionBehavior parameter is
 *   automatically set to hibernate. If you set it to stop or terminate, you'll get an error";
 * - `BlockDurationMinutes`: "Deprecated" — refused (Spot blocks are no longer offered; strictest reading);
 * - the maximum price defaults to the On-Demand price (purchasing-facts §3.5);
 * - a maximum below the current price: `SpotMaxPriceTooLow`, OBS "Your Spot request price of 0.001 is lower
 *   than the minimum required Spot request fulfillment price of 0.0374." (RunInstances,
 *   aws/aws-parallelcluster-node#415, 2022; kubermatic/machine-controller#1754, 2024);
 * - no Spot capacity: `InsufficientInstanceCapacity` (RunInstances' own error, through `fitLaunch`).
 * Error texts not quoted above are ours (unverified).
 *
 * @internal
 */
import { Ec2Error, Pricing } from "@ec2kit/core"
import { Effect } from "effect"
import type { SpotLaunchSpecificationRecord } from "../internal/records/Purchasing.js"
import type { InstanceRecord, SpotInstanceRequestRecord } from "../internal/Records.js"
import { spotCapacityAvailable, spotPrice } from "../internal/SpotPricing.js"
import type { World } from "../internal/World.js"
import type { RunInstancesRequest } from "./instanceShapes.js"
import { statusMessage } from "./spotStatus.js"

/** What a Spot launch may take: its interruption behaviour, maximum price and the pool's room. */
export interface SpotLaunch {
  readonly Behavior: "hibernate" | "stop" | "terminate"
  readonly MaxPrice: number
  readonly Type: "one-time" | "persistent"
  readonly ValidUntil?: number
  /** How many more Spot instances the pool takes now. */
  readonly Room: number
}

/** A launch that fulfils an existing Spot request (RequestSpotInstances) instead of making one. */
export interface SpotFulfilment {
  readonly SpotInstanceRequestId: string
}

/** The smallest maximum price: "it must be more than USD $0.001". */
export const MinMaxPrice = 0.001

/** Parses a price text (`"0.05"`) as AWS's `SpotPrice`/`MaxPrice`: a positive decimal number. */
export const parsePrice = (text: string, parameter: string): Effect.Effect<number, Ec2Error.Ec2Error> => {
  const n = /^\s*\d*(\.\d+)?\s*$/.test(text) && text.trim() !== "" && text.trim() !== "." ? Number(text) : Number.NaN
  if (!Number.isFinite(n) || n <= MinMaxPrice) {
    return Ec2Error.fail("InvalidParameterValue", `Invalid value '${text}' for ${parameter}. The maximum price must be greater than 0.001.`)
  }
  return Effect.succeed(n)
}

/** `Unsupported` for a type the Spot market has no pool of (AWS's generic text, OBS in many launch errors). */
export const noSpotPool = (instanceType: string, zone: string) =>
  Ec2Error.make(
    "Unsupported",
    `The requested configuration is currently not supported. Please check the documentation for supported configurations. (Spot: ${instanceType} in ${zone})`
  )

/** `SpotMaxPriceTooLow` with AWS's text (see the module comment). */
export const maxPriceTooLow = (max: number, price: number) =>
  Ec2Error.make("SpotMaxPriceTooLow", statusMessage("price-too-low", { max, price }))

/**
 * The Spot side of a RunInstances request in `zone` (`undefined`: not a Spot launch): the rules above,
 * then price and room. A fulfilment skips the option rules (its request was checked when made).
 */
export const checkSpotLaunch = (
  w: World,
  req: RunInstancesRequest,
  instanceType: string,
  zone: string,
  fulfil?: SpotFulfilment
): Effect.Effect<SpotLaunch | undefined, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    if (req.InstanceMarketOptions?.MarketType !== "spot") return undefined
    const o = req.InstanceMarketOptions.SpotOptions ?? {}
    const type = o.SpotInstanceType ?? "one-time"
    const hibernation = req.HibernationOptions?.Configured === true
    if (hibernation && o.InstanceInterruptionBehavior !== undefined && o.InstanceInterruptionBehavior !== "hibernate") {
      return yield* Ec2Error.fail(
        "InvalidParameterCombination",
        `The instance interruption behavior must be 'hibernate' when hibernation is configured (HibernationOptions.Configured is true).`
      )
    }
    const behavior = o.InstanceInterruptionBehavior ?? (hibernation ? "hibernate" : "terminate")
    if (fulfil === undefined) {
      if (type === "persistent" && behavior === "terminate") {
        return yield* Ec2Error.fail(
          "InvalidParameterCombination",
          "Persistent Spot Instance requests are only supported with the instance interruption behavior 'hibernate' or 'stop'."
        )
      }
      if (o.ValidUntil !== undefined && type !== "persistent") {
        return yield* Ec2Error.fail("InvalidParameterCombination", "ValidUntil is supported only for persistent Spot Instance requests.")
      }
      if (o.ValidUntil !== undefined && o.ValidUntil.getTime() <= w.now) {
        return yield* Ec2Error.fail("InvalidParameterValue", "ValidUntil must be in the future.")
      }
      if (o.BlockDurationMinutes !== undefined) {
        return yield* Ec2Error.fail("InvalidParameterValue", "Spot Instances with a defined duration (BlockDurationMinutes) are no longer supported.")
      }
    }
    const price = spotPrice(w, zone, instanceType)
    const onDemand = Pricing.onDemandHourly(Pricing.usEast1, instanceType)
    if (price === undefined || onDemand === undefined) return yield* Effect.fail(noSpotPool(instanceType, zone))
    const max = o.MaxPrice !== undefined ? yield* parsePrice(o.MaxPrice, "MaxPrice") : onDemand
    if (max < price) return yield* Effect.fail(maxPriceTooLow(max, price))
    return {
      Behavior: behavior,
      MaxPrice: max,
      Type: type,
      ...(o.ValidUntil !== undefined ? { ValidUntil: o.ValidUntil.getTime() } : {}),
      Room: spotCapacityAvailable(w, zone, instanceType)
    }
  })

/** A new Spot request id: `sir-` and 8 lowercase letters or digits (OBS `sir-76dpep3k`, cloudfoundry/bosh#2399, 2022). */
export const newSpotRequestId = (w: World): string => {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
  for (;;) {
    let id = "sir-"
    for (let i = 0; i < 8; i++) id += alphabet[w.rng.nextUint32() % 36]
    if (w.get("spotInstanceRequests", id) === undefined) return id
  }
}

/** The launch specification a RunInstances request gives its one-time Spot request. */
const specOf = (req: RunInstancesRequest, instanceType: string, zone: string): SpotLaunchSpecificationRecord => ({
  ImageId: req.ImageId,
  InstanceType: instanceType,
  ...(req.KeyName !== undefined ? { KeyName: req.KeyName } : {}),
  ...(req.SubnetId !== undefined ? { SubnetId: req.SubnetId } : {}),
  ...(req.SecurityGroupIds !== undefined ? { SecurityGroupIds: req.SecurityGroupIds } : {}),
  ...(req.SecurityGroups !== undefined ? { SecurityGroups: req.SecurityGroups } : {}),
  Placement: { ...req.Placement, AvailabilityZone: zone },
  ...(req.EbsOptimized !== undefined ? { EbsOptimized: req.EbsOptimized } : {}),
  ...(req.IamInstanceProfile !== undefined ? { IamInstanceProfile: req.IamInstanceProfile } : {})
})

/**
 * The `Spot` member of a new instance, and its request: a fulfilment marks the request `active`/`fulfilled`
 * with the instance; a plain RunInstances launch records a one-time (or persistent) request, already
 * fulfilled, as AWS does.
 */
export const spotRequestFor = (
  w: World,
  req: RunInstancesRequest,
  launch: SpotLaunch,
  instanceId: string,
  instanceType: string,
  zone: string,
  fulfil?: SpotFulfilment
): NonNullable<InstanceRecord["Spot"]> => {
  const status = { Code: "fulfilled", Message: statusMessage("fulfilled"), UpdateTime: w.now }
  const existing = fulfil === undefined ? undefined : w.get("spotInstanceRequests", fulfil.SpotInstanceRequestId)
  let record: SpotInstanceRequestRecord
  if (existing !== undefined) {
    record = { ...existing, State: "active", Status: status, InstanceId: instanceId, LaunchedAvailabilityZone: zone }
  } else {
    record = {
      SpotInstanceRequestId: newSpotRequestId(w),
      Type: launch.Type,
      State: "active",
      Status: status,
      SpotPrice: launch.MaxPrice,
      CreateTime: w.now,
      ...(launch.ValidUntil !== undefined ? { ValidUntil: launch.ValidUntil } : {}),
      InstanceInterruptionBehavior: launch.Behavior,
      LaunchSpecification: specOf(req, instanceType, zone),
      InstanceId: instanceId,
      LaunchedAvailabilityZone: zone
    }
    if (launch.ValidUntil !== undefined) w.schedule("spot.expire", record.SpotInstanceRequestId, launch.ValidUntil - w.now)
  }
  w.put("spotInstanceRequests", record)
  return { InstanceInterruptionBehavior: launch.Behavior, SpotInstanceRequestId: record.SpotInstanceRequestId, MaxPrice: launch.MaxPrice }
}

/**
 * StopInstances (with or without hibernation) of a Spot instance launched by a one-time request that
 * terminates when interrupted: AWS refuses it, OBS "UnsupportedOperation: You can't stop the Spot Instance
 * 'i-041a702cc9f7f7b5d' because it is associated with a one-time Spot Instance request. You can only stop Spot
 * Instances associated with persistent Spot Instance requests." (StopInstances through the AWS CLI and boto3,
 * quoted in several public guides, read 2026-12-06). Instances whose interruption behaviour is `stop` or
 * `hibernate` (persistent requests, `maintain` fleets) can be stopped.
 */
export const refuseOneTimeStop = (w: World, records: ReadonlyArray<InstanceRecord>): Effect.Effect<void, Ec2Error.Ec2Error> => {
  for (const r of records) {
    const id = r.Spot?.SpotInstanceRequestId
    if (id === undefined || r.Spot?.InstanceInterruptionBehavior !== "terminate") continue
    if (w.get("spotInstanceRequests", id)?.Type !== "one-time") continue
    return Ec2Error.fail(
      "UnsupportedOperation",
      `You can't stop the Spot Instance '${r.InstanceId}' because it is associated with a one-time Spot Instance request. You can only stop Spot Instances associated with persistent Spot Instance requests.`
    )
  }
  return Effect.void
}

/**
 * StartInstances of a stopped Spot instance: only one whose request is `disabled` by its user's stop
 * (`instance-stopped-by-user`) may be started by the user. A Spot instance that EC2 stopped (interrupted:
 * `instance-stopped-by-price`, `instance-stopped-no-capacity`) is restarted by EC2 only, when price and
 * capacity allow (purchasing-facts §3.4: "only EC2 restarts it", UG23 `stop-spot-instances.md`), and a start
 * before the request has turned `disabled` is refused too — OBS "IncorrectSpotRequestState: You can't start
 * the Spot Instance because the associated Spot Instance request is not in an appropriate state" (AWS CLI
 * output quoted in public guides; hashicorp/terraform-provider-aws#33399, 2023, read 2026-12-06).
 */
export const refuseUserStart = (w: World, records: ReadonlyArray<InstanceRecord>): Effect.Effect<void, Ec2Error.Ec2Error> => {
  for (const r of records) {
    const id = r.Spot?.SpotInstanceRequestId
    if (id === undefined || r.Lifecycle.State !== "stopped") continue
    const q = w.get("spotInstanceRequests", id)
    if (q === undefined || (q.State === "disabled" && q.Status.Code === "instance-stopped-by-user")) continue
    return Ec2Error.fail(
      "IncorrectSpotRequestState",
      "You can't start the Spot Instance because the associated Spot Instance request is not in an appropriate state"
    )
  }
  return Effect.void
}
