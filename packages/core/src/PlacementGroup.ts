/**
 * Placement groups: validation of `CreatePlacementGroup` / `DeletePlacementGroup` and a pure,
 * all-or-nothing admission decision for launching, starting or moving instances into a group
 * (`cluster`, `partition`, `spread`, `precision-time`).
 *
 * Everything here is a plain function over data returning `Result<_, Ec2Error>`; the memory backend
 * keeps the state and applies the decisions (see {@link applyAdmission}).
 *
 * Sources (read 2026-11):
 * - API: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreatePlacementGroup.html (2025-12)
 * - Limits: https://docs.amazonaws.cn/en_us/AWSEC2/latest/UserGuide/limitations-placement-groups.html (current)
 * - UG23: awsdocs/amazon-ec2-user-guide @ e3707c43, doc_source/placement-groups.md (2023-05)
 * - Observed errors: GitHub issues quoted next to each message below.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import * as Ec2Error from "./Ec2Error.js"

// ---------------------------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------------------------

/**
 * A placement strategy as accepted by `CreatePlacementGroup` (`PlacementStrategy` enum).
 *
 * `precision-time` ("places instances on supported hardware with direct access to high-precision
 * time sources", @aws-sdk/client-ec2 3.1169.0 `CreatePlacementGroupCommand`, 2026-11) has no public
 * rules we could find; it is modelled like `cluster`: single AZ, pinned by the first launch, and
 * instance types must support `cluster` (strictest plausible).
 *
 * @since 0.1.0
 * @category models
 */
export type Strategy = "cluster" | "partition" | "spread" | "precision-time"

/**
 * Every strategy `CreatePlacementGroup` accepts.
 *
 * @since 0.1.0
 * @category constants
 */
export const strategies: ReadonlyArray<Strategy> = ["cluster", "partition", "spread", "precision-time"]

/**
 * A strategy as listed by DescribeInstanceTypes `PlacementGroupInfo.SupportedStrategies`
 * (`PlacementGroupStrategy` enum: no `precision-time`).
 *
 * @since 0.1.0
 * @category models
 */
export type TypeStrategy = "cluster" | "partition" | "spread"

/**
 * How a spread group spreads instances: `rack` (default) or `host` (Outposts only).
 *
 * @since 0.1.0
 * @category models
 */
export type SpreadLevel = "host" | "rack"

/**
 * Placement group state (`PlacementGroupState`).
 *
 * @since 0.1.0
 * @category models
 */
export type State = "pending" | "available" | "deleting" | "deleted"

/**
 * Instance state names (`InstanceStateName`).
 *
 * @since 0.1.0
 * @category models
 */
export type InstanceStateName = "pending" | "running" | "shutting-down" | "terminated" | "stopping" | "stopped"

/**
 * Instance tenancy (`Tenancy`).
 *
 * @since 0.1.0
 * @category models
 */
export type Tenancy = "default" | "dedicated" | "host"

/**
 * Spot `InstanceInterruptionBehavior`.
 *
 * @since 0.1.0
 * @category models
 */
export type InterruptionBehavior = "hibernate" | "stop" | "terminate"

/**
 * A placement group as DescribePlacementGroups reports it.
 *
 * @since 0.1.0
 * @category models
 */
export interface PlacementGroup {
  readonly GroupName: string
  readonly GroupId: string
  readonly Strategy: Strategy
  readonly State: State
  /** Only for `partition`. */
  readonly PartitionCount?: number
  /** Only for `spread`. */
  readonly SpreadLevel?: SpreadLevel
}

/**
 * An instance that is (or was) in the group. `PartitionNumber` for partition groups; `Slot` is the
 * distinct rack (rack-level spread) or host (host-level spread) an active instance occupies.
 *
 * @since 0.1.0
 * @category models
 */
export interface Member {
  readonly InstanceId: string
  readonly InstanceType: string
  readonly AvailabilityZone: string
  readonly State: InstanceStateName
  readonly Tenancy?: Tenancy
  readonly PartitionNumber?: number
  readonly Slot?: number
  /**
   * Whether the instance holds hardware now, when the caller knows better than its state: a stopped
   * instance that is being terminated goes `stopped` → `shutting-down` without a rack, so it must not
   * count toward the spread limit (see `holdsHardware`). Absent: `isActive(State)`.
   */
  readonly Occupying?: boolean
}

// ---------------------------------------------------------------------------------------------
// Limits (each with its source)
// ---------------------------------------------------------------------------------------------

/**
 * Max placement groups per account per Region.
 *
 * @since 0.1.0
 * @category constants
 */
// 500 — "You can create a maximum of 500 placement groups per account in each Region."
// https://docs.amazonaws.cn/en_us/AWSEC2/latest/UserGuide/limitations-placement-groups.html (current, read 2026-11);
// also https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-placement-group.html (read 2026-11)
export const MaxGroupsPerRegion = 500

/**
 * Max length of `GroupName` ("Up to 255 ASCII characters").
 *
 * @since 0.1.0
 * @category constants
 */
// 255 — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreatePlacementGroup.html (2025-12, read 2026-11)
export const MaxGroupNameLength = 255

/**
 * Smallest `PartitionCount`.
 *
 * @since 0.1.0
 * @category constants
 */
// 1 — "Must be at least 1" (Pulumi/Terraform aws_placement_group docs,
// https://pub.dev/documentation/pulumi_aws/latest/ec2/PlacementGroup/partitionCount.html, read 2026-11)
export const MinPartitionCount = 1

/**
 * Largest `PartitionCount` (partitions per AZ).
 *
 * @since 0.1.0
 * @category constants
 */
// 7 — "a maximum of seven partitions per Availability Zone", UG23 placement-groups.md (2023-05) and the
// limitations page above (current, read 2026-11). hashicorp/terraform-provider-aws#45034 (2025-11) claims the
// limit can be raised; we keep the documented 7.
export const MaxPartitionCount = 7

/**
 * `PartitionCount` when a partition group is created without one.
 *
 * @since 0.1.0
 * @category constants
 */
// 2 — "(default is 2)", https://pub.dev/documentation/pulumi_aws/latest/ec2/PlacementGroupState/partitionCount.html
// (read 2026-11; mirrors the Terraform provider docs). Not stated by AWS's own API reference.
export const DefaultPartitionCount = 2

/**
 * Max active instances per AZ in a rack-level spread group.
 *
 * @since 0.1.0
 * @category constants
 */
// 7 — "a maximum of seven running instances per Availability Zone per group", UG23 placement-groups.md (2023-05)
// and the limitations page (current, read 2026-11).
export const MaxSpreadRackInstancesPerAz = 7

/**
 * Max distinct partitions Dedicated Instances may use in a partition group.
 *
 * @since 0.1.0
 * @category constants
 */
// 2 — "Dedicated Instances can have a maximum of two partitions", limitations page (current, read 2026-11).
// Counted across the whole group as distinct (AZ, partition) pairs: strictest plausible reading.
export const MaxDedicatedPartitions = 2

// ---------------------------------------------------------------------------------------------
// Errors (codes and texts; sources inline)
// ---------------------------------------------------------------------------------------------

/**
 * `InvalidPlacementGroup.Unknown`: the group does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
// Text (capital P and G) observed: bcbio/bcbio-nextgen-vm#37 (2014-11-26):
// "The Placement Group 'bcbio_cluster_pg' is unknown."
export const unknownGroup = (name: string): Ec2Error.Ec2Error =>
  Ec2Error.make("InvalidPlacementGroup.Unknown", `The Placement Group '${name}' is unknown.`)

/**
 * `InvalidPlacementGroup.Duplicate`: a group of that name already exists.
 *
 * @since 0.1.0
 * @category errors
 */
// Observed: cybertronai/ncluster#35 (2019-05-20), FDio/csit#1504 (2025-01-30):
// "The placement group 'unnamedrun-0-es2yw-xbp88' already exists."
export const duplicateGroup = (name: string): Ec2Error.Ec2Error =>
  Ec2Error.make("InvalidPlacementGroup.Duplicate", `The placement group '${name}' already exists.`)

/**
 * `InvalidPlacementGroup.InUse` from DeletePlacementGroup while instances are in the group.
 *
 * @since 0.1.0
 * @category errors
 */
// Observed: scylladb/scylla-cluster-tests#6742 (2023-10-31): "The placement group
// 'perf-regression-i4i-ubuntu-placement_group-2babbc08' is in use and may not be deleted."
export const groupInUse = (name: string): Ec2Error.Ec2Error =>
  Ec2Error.make("InvalidPlacementGroup.InUse", `The placement group '${name}' is in use and may not be deleted.`)

/**
 * `InvalidPlacementGroup.InUse`: a cluster (or precision-time) group is pinned to another AZ.
 *
 * @since 0.1.0
 * @category errors
 */
// Observed (no trailing period): bcbio/bcbio-nextgen-vm#45 (2014-12-03) "The placement group 'bcbio_cluster_pg'
// is in use in another availability zone: us-east-1c"; hashicorp/terraform#16183 (2017-09-26) "... zone: null".
// Which AZ AWS prints (the group's or the requested one) is unverified: we print the AZ the group is in use in,
// the natural reading of the sentence.
export const inUseInAnotherAz = (name: string, pinnedAz: string): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "InvalidPlacementGroup.InUse",
    `The placement group '${name}' is in use in another availability zone: ${pinnedAz}`
  )

/**
 * `InsufficientInstanceCapacity` with AWS's message.
 *
 * @since 0.1.0
 * @category errors
 */
// Observed many times, e.g. hashicorp/terraform-provider-aws#1496 (2018-11), commonwarexyz/monorepo#2859 (2026-01):
// "We currently do not have sufficient t4g.xlarge capacity in the Availability Zone you requested (eu-north-1a).
// Our system will be working on provisioning additional capacity. You can currently get t4g.xlarge capacity by not
// specifying an Availability Zone in your request or choosing eu-north-1b, eu-north-1c."
// The variant without other AZs (sentence ends after "in your request.") is unverified.
export const insufficientCapacity = (
  instanceType: string,
  az: string,
  otherAzs: ReadonlyArray<string> = []
): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "InsufficientInstanceCapacity",
    `We currently do not have sufficient ${instanceType} capacity in the Availability Zone you requested (${az}). ` +
      `Our system will be working on provisioning additional capacity. You can currently get ${instanceType} capacity ` +
      `by not specifying an Availability Zone in your request` +
      (otherAzs.length > 0 ? ` or choosing ${otherAzs.join(", ")}.` : ".")
  )

// Unverified: standard AWS MissingParameter text shape.
const missingParameter = (parameter: string): Ec2Error.Ec2Error =>
  Ec2Error.make("MissingParameter", `The request must contain the parameter ${parameter}`)

// Unverified texts (code InvalidParameterCombination is AWS's generic code for this class of error,
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html, read 2026-11).
const combination = (message: string): Ec2Error.Ec2Error => Ec2Error.make("InvalidParameterCombination", message)

/**
 * The unverified messages this module uses for `InvalidParameterCombination` and state errors, so
 * callers and tests can refer to them.
 *
 * @since 0.1.0
 * @category errors
 */
export const messages = {
  partitionCountWithoutPartition: "PartitionCount is only valid when Strategy is 'partition'.",
  spreadLevelWithoutSpread: "SpreadLevel is only valid when Strategy is 'spread'.",
  // "Host – You can use host only with Outpost placement groups." (API reference above); text unverified
  hostSpreadOutsideOutpost: "SpreadLevel 'host' can only be used with Outpost placement groups.",
  // "You can't launch Dedicated Hosts in placement groups." (limitations page, current)
  hostTenancy: "You can't launch Dedicated Hosts in placement groups.",
  // "You can't launch a Spot Instance that is configured to stop or hibernate on interruption in a placement group."
  spotStopHibernate:
    "You can't launch a Spot Instance that is configured to stop or hibernate on interruption in a placement group.",
  // Spread: "not supported for Dedicated Instances" (limitations page, current)
  dedicatedSpread: "Spread placement groups are not supported for Dedicated Instances.",
  dedicatedPartitions: "Dedicated Instances can have a maximum of two partitions in a partition placement group.",
  partitionNumberWithoutPartition: "PartitionNumber is only valid for placement groups with the 'partition' strategy.",
  // OBS for cluster: "An error occurred (InvalidParameterCombination) when calling the RunInstances operation: Cluster
  // placement groups are not supported by the 't3.xlarge' instance type. Specify a supported instance type or change the
  // placement group strategy, and try again." (dstackai/dstack#2872, 2025, https://github.com/dstackai/dstack/issues/2872,
  // read 2026-12); the other strategies' texts are this shape with their own name (unverified)
  unsupportedType: (instanceType: string, strategy: Strategy) =>
    `${strategy.charAt(0).toUpperCase()}${strategy.slice(1)} placement groups are not supported by the '${instanceType}' ` +
    `instance type. Specify a supported instance type or change the placement group strategy, and try again.`,
  notAvailable: (name: string) => `The placement group '${name}' is not in the 'available' state.`,
  notStopped: (id: string) => `The instance '${id}' is not in the 'stopped' state.`,
  limitExceeded: `You have reached the maximum number of placement groups (${MaxGroupsPerRegion}) for this Region.`
} as const

// ---------------------------------------------------------------------------------------------
// CreatePlacementGroup / DeletePlacementGroup / lookup
// ---------------------------------------------------------------------------------------------

/**
 * CreatePlacementGroup request members (`TagSpecifications` is accepted and ignored here).
 *
 * @since 0.1.0
 * @category models
 */
export interface CreatePlacementGroupRequest {
  readonly GroupName?: string | undefined
  readonly Strategy?: string | undefined
  readonly PartitionCount?: number | undefined
  readonly SpreadLevel?: string | undefined
  readonly TagSpecifications?: ReadonlyArray<unknown> | undefined
}

/**
 * What creation must know about the account: its groups in this Region, and whether the group is
 * created for an Outpost (the only place `SpreadLevel=host` is allowed).
 *
 * @since 0.1.0
 * @category models
 */
export interface CreateContext {
  readonly existing: ReadonlyArray<{ readonly GroupName: string; readonly State: State }>
  readonly outpost?: boolean
}

/**
 * A validated creation request with AWS's defaults filled in.
 *
 * @since 0.1.0
 * @category models
 */
export interface CreateSpec {
  readonly GroupName: string
  readonly Strategy: Strategy
  readonly PartitionCount?: number
  readonly SpreadLevel?: SpreadLevel
}

// Printable ASCII only: "Up to 255 ASCII characters" (API reference); control characters rejected (strictest).
const isPrintableAscii = (s: string): boolean => /^[\x20-\x7e]+$/.test(s)

const isStrategy = (s: string): s is Strategy => (strategies as ReadonlyArray<string>).includes(s)

/**
 * Validates a CreatePlacementGroup request against AWS's rules and the account's existing groups.
 *
 * Decisions (AWS unverified, strictest plausible): `GroupName` and `Strategy` are required (the API
 * marks them optional without documenting a default); names compare case-insensitively for
 * uniqueness; groups in `deleting` still hold their name and count toward the 500 limit.
 *
 * @example
 * ```ts
 * import { PlacementGroup } from "@ec2kit/core"
 * PlacementGroup.validateCreate({ GroupName: "kafka", Strategy: "partition" }, { existing: [] })
 * // Success({ GroupName: "kafka", Strategy: "partition", PartitionCount: 2 })
 * ```
 * @since 0.1.0
 * @category validation
 */
export const validateCreate = (
  request: CreatePlacementGroupRequest,
  context: CreateContext
): Result.Result<CreateSpec, Ec2Error.Ec2Error> => {
  const name = request.GroupName
  if (name === undefined) return Result.fail(missingParameter("GroupName"))
  if (name.length === 0 || name.length > MaxGroupNameLength || !isPrintableAscii(name)) {
    return Result.fail(Ec2Error.invalidValue(name, "GroupName"))
  }
  const strategy = request.Strategy
  if (strategy === undefined) return Result.fail(missingParameter("Strategy"))
  if (!isStrategy(strategy)) return Result.fail(Ec2Error.invalidValue(strategy, "Strategy"))

  let partitionCount: number | undefined
  if (request.PartitionCount !== undefined) {
    if (strategy !== "partition") return Result.fail(combination(messages.partitionCountWithoutPartition))
    const n = request.PartitionCount
    if (!Number.isInteger(n) || n < MinPartitionCount || n > MaxPartitionCount) {
      return Result.fail(Ec2Error.invalidValue(String(n), "PartitionCount"))
    }
    partitionCount = n
  } else if (strategy === "partition") {
    partitionCount = DefaultPartitionCount
  }

  let spreadLevel: SpreadLevel | undefined
  if (request.SpreadLevel !== undefined) {
    if (strategy !== "spread") return Result.fail(combination(messages.spreadLevelWithoutSpread))
    if (request.SpreadLevel !== "rack" && request.SpreadLevel !== "host") {
      return Result.fail(Ec2Error.invalidValue(request.SpreadLevel, "SpreadLevel"))
    }
    spreadLevel = request.SpreadLevel
  } else if (strategy === "spread") {
    spreadLevel = "rack" // default: rack (API reference: "Rack – No usage restrictions"; host needs an Outpost)
  }
  if (spreadLevel === "host" && context.outpost !== true) {
    return Result.fail(combination(messages.hostSpreadOutsideOutpost))
  }

  const live = context.existing.filter((g) => g.State !== "deleted")
  const lower = name.toLowerCase()
  if (live.some((g) => g.GroupName.toLowerCase() === lower)) return Result.fail(duplicateGroup(name))
  // Code unverified (strictest plausible; classified LimitExceeded by Ec2Error.reasonOf).
  if (live.length >= MaxGroupsPerRegion) return Result.fail(Ec2Error.make("PlacementGroupLimitExceeded", messages.limitExceeded))

  return Result.succeed({
    GroupName: name,
    Strategy: strategy,
    ...(partitionCount !== undefined ? { PartitionCount: partitionCount } : {}),
    ...(spreadLevel !== undefined ? { SpreadLevel: spreadLevel } : {})
  })
}

/**
 * Builds the group a successful CreatePlacementGroup returns (state `available`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromSpec = (spec: CreateSpec, GroupId: string): PlacementGroup => ({ ...spec, GroupId, State: "available" })

/**
 * Finds a group by name; deleted (or absent) groups fail with `InvalidPlacementGroup.Unknown`.
 *
 * @since 0.1.0
 * @category lookup
 */
export const find = (
  groups: ReadonlyArray<PlacementGroup>,
  name: string
): Result.Result<PlacementGroup, Ec2Error.Ec2Error> => {
  const g = groups.find((x) => x.GroupName === name && x.State !== "deleted")
  return g === undefined ? Result.fail(unknownGroup(name)) : Result.succeed(g)
}

/**
 * Whether an instance in this state is still in the group (anything but `terminated`).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isPresent = (state: InstanceStateName): boolean => state !== "terminated"

/**
 * Whether an instance in this state occupies hardware and counts toward the spread limit.
 *
 * AWS says "running instances"; we are strict and also count `pending`, `stopping` and
 * `shutting-down` (they still hold their rack). `stopped` and `terminated` do not count.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isActive = (state: InstanceStateName): boolean =>
  state === "pending" || state === "running" || state === "stopping" || state === "shutting-down"

/**
 * Whether a member occupies hardware and counts toward the spread limit: its `Occupying` flag when
 * given, else `isActive` of its state.
 *
 * @since 0.1.0
 * @category predicates
 */
export const holdsHardware = (m: Member): boolean => m.Occupying ?? isActive(m.State)

/**
 * Validates DeletePlacementGroup: every instance in the group must be terminated
 * (SDK `DeletePlacementGroup`: "you must terminate all instances in the placement group").
 * Returns the group in state `deleting`.
 *
 * @since 0.1.0
 * @category validation
 */
export const validateDelete = (
  group: PlacementGroup,
  members: ReadonlyArray<Member>
): Result.Result<PlacementGroup, Ec2Error.Ec2Error> => {
  if (group.State === "deleted" || group.State === "deleting") return Result.fail(unknownGroup(group.GroupName))
  if (members.some((m) => isPresent(m.State))) return Result.fail(groupInUse(group.GroupName))
  return Result.succeed({ ...group, State: "deleting" })
}

// ---------------------------------------------------------------------------------------------
// Admission
// ---------------------------------------------------------------------------------------------

/**
 * Free capacity: a number of free instance slots, or a function answering per AZ and type.
 *
 * @since 0.1.0
 * @category models
 */
export type Capacity =
  | number
  | ((query: {
    readonly AvailabilityZone: string
    readonly InstanceType: string
    readonly Strategy: Strategy
    readonly Count: number
  }) => number)

/**
 * "Launch between MinCount and MaxCount instances of one type into this group in this AZ".
 *
 * @since 0.1.0
 * @category models
 */
export interface LaunchRequest {
  readonly MinCount: number
  readonly MaxCount: number
  readonly AvailabilityZone: string
  readonly InstanceType: string
  /** `Placement.PartitionNumber`; only for partition groups. */
  readonly PartitionNumber?: number
  readonly Tenancy?: Tenancy
  /** Set only for Spot Instances. */
  readonly SpotInterruptionBehavior?: InterruptionBehavior
  /** DescribeInstanceTypes `PlacementGroupInfo.SupportedStrategies`; when absent, {@link defaultSupportedStrategies}. */
  readonly SupportedStrategies?: ReadonlyArray<TypeStrategy>
  /** Whether the AZ is an Outpost (required for host-level spread). */
  readonly Outpost?: boolean
  readonly Capacity?: Capacity
  /** AZs to suggest in the `InsufficientInstanceCapacity` message. */
  readonly OtherAvailabilityZones?: ReadonlyArray<string>
}

/**
 * "Start these stopped members of the group" (StartInstances).
 *
 * @since 0.1.0
 * @category models
 */
export interface StartRequest {
  readonly InstanceIds: ReadonlyArray<string>
  readonly Outpost?: boolean
  readonly Capacity?: Capacity
  readonly OtherAvailabilityZones?: ReadonlyArray<string>
}

/**
 * "Move this stopped instance into this group" (ModifyInstancePlacement).
 *
 * @since 0.1.0
 * @category models
 */
export interface MoveRequest {
  readonly InstanceId: string
  readonly InstanceType: string
  readonly AvailabilityZone: string
  readonly State: InstanceStateName
  readonly PartitionNumber?: number
  readonly Tenancy?: Tenancy
  readonly SpotInterruptionBehavior?: InterruptionBehavior
  readonly SupportedStrategies?: ReadonlyArray<TypeStrategy>
  readonly Outpost?: boolean
}

/**
 * Where one admitted instance goes.
 *
 * @since 0.1.0
 * @category models
 */
export interface Placement {
  readonly AvailabilityZone: string
  /** Partition groups. */
  readonly PartitionNumber?: number
  /** Spread groups: the distinct rack (rack level, 1..7) or host (host level) the instance gets. */
  readonly Slot?: number
  /** Starts and moves: which instance. */
  readonly InstanceId?: string
}

/**
 * The decision: one placement per admitted instance, and the AZ a cluster/precision-time group is
 * pinned to afterwards.
 *
 * @since 0.1.0
 * @category models
 */
export interface Admission {
  readonly Kind: "launch" | "start"
  readonly Placements: ReadonlyArray<Placement>
  readonly PinnedAvailabilityZone?: string
}

const isSingleAz = (s: Strategy): boolean => s === "cluster" || s === "precision-time"

/**
 * Which strategies an instance type supports when DescribeInstanceTypes data is not given:
 * burstable (T*) and Mac1 types don't support `cluster` (UG23 placement-groups.md, 2023-05; the
 * t3.micro/t1.micro samples in aws/amazon-ec2-instance-selector list only partition and spread).
 *
 * @since 0.1.0
 * @category rules
 */
export const defaultSupportedStrategies = (instanceType: string): ReadonlyArray<TypeStrategy> =>
  /^t\d/.test(instanceType) || instanceType.startsWith("mac1.")
    ? ["partition", "spread"]
    : ["cluster", "partition", "spread"]

const typeStrategyOf = (s: Strategy): TypeStrategy => (s === "precision-time" ? "cluster" : s)

const checkGroupState = (group: PlacementGroup): Ec2Error.Ec2Error | undefined =>
  group.State === "deleted" || group.State === "deleting"
    ? unknownGroup(group.GroupName)
    : group.State === "pending"
    // Unverified: code IncorrectState (generic EC2 state code), strictest plausible.
    ? Ec2Error.make("IncorrectState", messages.notAvailable(group.GroupName))
    : undefined

interface InstanceTraits {
  readonly InstanceType: string
  readonly PartitionNumber?: number | undefined
  readonly Tenancy?: Tenancy | undefined
  readonly SpotInterruptionBehavior?: InterruptionBehavior | undefined
  readonly SupportedStrategies?: ReadonlyArray<TypeStrategy> | undefined
}

// Rules that depend only on the group and the instances' traits.
const checkTraits = (group: PlacementGroup, t: InstanceTraits): Ec2Error.Ec2Error | undefined => {
  if (t.Tenancy === "host") return combination(messages.hostTenancy)
  if (t.SpotInterruptionBehavior === "stop" || t.SpotInterruptionBehavior === "hibernate") {
    return combination(messages.spotStopHibernate)
  }
  if (t.PartitionNumber !== undefined && group.Strategy !== "partition") {
    return combination(messages.partitionNumberWithoutPartition)
  }
  const supported = t.SupportedStrategies ?? defaultSupportedStrategies(t.InstanceType)
  if (!supported.includes(typeStrategyOf(group.Strategy))) {
    return combination(messages.unsupportedType(t.InstanceType, group.Strategy))
  }
  if (group.Strategy === "spread" && t.Tenancy === "dedicated") return combination(messages.dedicatedSpread)
  return undefined
}

const partitionCountOf = (group: PlacementGroup): number => group.PartitionCount ?? DefaultPartitionCount

const pinnedAzOf = (members: ReadonlyArray<Member>, exclude: ReadonlySet<string>): string | undefined => {
  // Active members first (they define where the group physically is), then stopped ones.
  const active = members.find((m) => !exclude.has(m.InstanceId) && holdsHardware(m))
  if (active !== undefined) return active.AvailabilityZone
  return members.find((m) => !exclude.has(m.InstanceId) && isPresent(m.State))?.AvailabilityZone
}

const dedicatedKey = (az: string, p: number): string => `${az}#${p}`

const dedicatedPartitions = (members: ReadonlyArray<Member>, exclude: ReadonlySet<string>): Set<string> => {
  const set = new Set<string>()
  for (const m of members) {
    if (exclude.has(m.InstanceId) || !isPresent(m.State) || m.Tenancy !== "dedicated") continue
    if (m.PartitionNumber !== undefined) set.add(dedicatedKey(m.AvailabilityZone, m.PartitionNumber))
  }
  return set
}

const capacityOf = (
  capacity: Capacity | undefined,
  query: { AvailabilityZone: string; InstanceType: string; Strategy: Strategy; Count: number }
): number => {
  if (capacity === undefined) return Number.POSITIVE_INFINITY
  const n = typeof capacity === "number" ? capacity : capacity(query)
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : n > 0 ? n : 0
}

const freeSlots = (
  members: ReadonlyArray<Member>,
  az: string,
  n: number,
  max: number,
  exclude: ReadonlySet<string>
): Array<number> => {
  const used = new Set<number>()
  for (const m of members) {
    if (!exclude.has(m.InstanceId) && m.AvailabilityZone === az && holdsHardware(m) && m.Slot !== undefined) {
      used.add(m.Slot)
    }
  }
  const out: Array<number> = []
  for (let s = 1; out.length < n && s <= max; s++) if (!used.has(s)) out.push(s)
  return out
}

interface PlanInput extends InstanceTraits {
  readonly AvailabilityZone: string
  readonly MinCount: number
  readonly MaxCount: number
  readonly Outpost?: boolean | undefined
  readonly Capacity?: Capacity | undefined
  readonly OtherAvailabilityZones?: ReadonlyArray<string> | undefined
}

// Shared by launch and move. `occupying`: whether new instances will run (launch) or stay stopped (move).
const plan = (
  group: PlacementGroup,
  members: ReadonlyArray<Member>,
  req: PlanInput,
  exclude: ReadonlySet<string>,
  occupying: boolean
): Result.Result<{ placements: Array<Placement>; pinned: string | undefined }, Ec2Error.Ec2Error> => {
  const stateError = checkGroupState(group)
  if (stateError) return Result.fail(stateError)
  const traitError = checkTraits(group, req)
  if (traitError) return Result.fail(traitError)
  const az = req.AvailabilityZone
  const ice = () => insufficientCapacity(req.InstanceType, az, req.OtherAvailabilityZones ?? [])

  let room = Number.POSITIVE_INFINITY
  let pinned: string | undefined
  if (isSingleAz(group.Strategy)) {
    const current = pinnedAzOf(members, exclude)
    if (current !== undefined && current !== az) return Result.fail(inUseInAnotherAz(group.GroupName, current))
    pinned = az
  } else if (group.Strategy === "spread") {
    const level = group.SpreadLevel ?? "rack"
    if (level === "host" && req.Outpost !== true) return Result.fail(combination(messages.hostSpreadOutsideOutpost))
    if (level === "rack" && occupying) {
      const active = members.filter((m) => !exclude.has(m.InstanceId) && m.AvailabilityZone === az && holdsHardware(m))
        .length
      room = Math.max(0, MaxSpreadRackInstancesPerAz - active)
    }
  } else if (group.Strategy === "partition" && req.PartitionNumber !== undefined) {
    const p = req.PartitionNumber
    if (!Number.isInteger(p) || p < 1 || p > partitionCountOf(group)) {
      // Text unverified (house shape of InvalidParameterValue).
      return Result.fail(Ec2Error.invalidValue(String(p), "PartitionNumber"))
    }
    if (req.Tenancy === "dedicated") {
      const used = dedicatedPartitions(members, exclude)
      if (!used.has(dedicatedKey(az, p)) && used.size >= MaxDedicatedPartitions) {
        return Result.fail(combination(messages.dedicatedPartitions))
      }
    }
  }

  const cap = occupying
    ? capacityOf(req.Capacity, {
      AvailabilityZone: az,
      InstanceType: req.InstanceType,
      Strategy: group.Strategy,
      Count: req.MaxCount
    })
    : Number.POSITIVE_INFINITY
  const n = Math.min(req.MaxCount, room, cap)
  if (n < req.MinCount) return Result.fail(ice())

  const placements: Array<Placement> = []
  if (group.Strategy === "spread") {
    const level = group.SpreadLevel ?? "rack"
    if (occupying) {
      const max = level === "rack" ? MaxSpreadRackInstancesPerAz : Number.MAX_SAFE_INTEGER
      const slots = freeSlots(members, az, n, max, exclude)
      if (slots.length < n) return Result.fail(ice()) // inconsistent slot data: be strict
      for (const s of slots) placements.push({ AvailabilityZone: az, Slot: s })
    } else {
      for (let i = 0; i < n; i++) placements.push({ AvailabilityZone: az })
    }
  } else if (group.Strategy === "partition") {
    if (req.PartitionNumber !== undefined) {
      for (let i = 0; i < n; i++) placements.push({ AvailabilityZone: az, PartitionNumber: req.PartitionNumber })
    } else {
      // Auto: least-filled partition in this AZ, lowest number on ties; EC2 "distributes instances evenly".
      const count = partitionCountOf(group)
      const fill = Array.from({ length: count + 1 }, () => 0)
      for (const m of members) {
        if (exclude.has(m.InstanceId) || !isPresent(m.State) || m.AvailabilityZone !== az) continue
        const p = m.PartitionNumber
        if (p !== undefined && p >= 1 && p <= count) fill[p] = (fill[p] ?? 0) + 1
      }
      const dedicated = req.Tenancy === "dedicated" ? dedicatedPartitions(members, exclude) : undefined
      for (let i = 0; i < n; i++) {
        let best = 0
        for (let p = 1; p <= count; p++) {
          if (dedicated && !dedicated.has(dedicatedKey(az, p)) && dedicated.size >= MaxDedicatedPartitions) continue
          if (best === 0 || (fill[p] ?? 0) < (fill[best] ?? 0)) best = p
        }
        if (best === 0) return Result.fail(combination(messages.dedicatedPartitions))
        fill[best] = (fill[best] ?? 0) + 1
        dedicated?.add(dedicatedKey(az, best))
        placements.push({ AvailabilityZone: az, PartitionNumber: best })
      }
    }
  } else {
    for (let i = 0; i < n; i++) placements.push({ AvailabilityZone: az })
  }
  return Result.succeed({ placements, pinned })
}

/**
 * Decides a RunInstances launch of `MinCount`..`MaxCount` instances into a group: admits as many as
 * fit (at most `MaxCount`) if that is at least `MinCount`, else fails and changes nothing.
 *
 * Checks, in order: group state; host tenancy; Spot stop/hibernate; `PartitionNumber` only for
 * partition groups; instance type supports the strategy; Dedicated Instances not in spread;
 * cluster/precision-time AZ pin (`InvalidPlacementGroup.InUse`); host-level spread only on
 * Outposts; partition number range and the 2-partition Dedicated limit; then room (7 active per AZ
 * for rack spread) and `Capacity`, failing with `InsufficientInstanceCapacity` below `MinCount`.
 *
 * @example
 * ```ts
 * import { PlacementGroup } from "@ec2kit/core"
 * const group = { GroupName: "web", GroupId: "pg-0123456789abcdef0", Strategy: "spread", State: "available" } as const
 * PlacementGroup.admitLaunch(group, [], { MinCount: 1, MaxCount: 9, AvailabilityZone: "us-east-1a", InstanceType: "m5.large" })
 * // Success: 7 placements with Slot 1..7
 * ```
 * @since 0.1.0
 * @category admission
 */
export const admitLaunch = (
  group: PlacementGroup,
  members: ReadonlyArray<Member>,
  request: LaunchRequest
): Result.Result<Admission, Ec2Error.Ec2Error> => {
  if (!Number.isInteger(request.MinCount) || request.MinCount < 1) {
    return Result.fail(Ec2Error.invalidValue(String(request.MinCount), "MinCount")) // text unverified
  }
  if (!Number.isInteger(request.MaxCount) || request.MaxCount < request.MinCount) {
    return Result.fail(Ec2Error.invalidValue(String(request.MaxCount), "MaxCount")) // text unverified
  }
  return Result.map(plan(group, members, request, new Set(), true), ({ pinned, placements }) => ({
    Kind: "launch" as const,
    Placements: placements,
    ...(pinned !== undefined ? { PinnedAvailabilityZone: pinned } : {})
  }))
}

/**
 * Decides StartInstances for members of a group, all-or-nothing. Stopped members restart in
 * their own AZ and keep their partition; spread members get a fresh rack/host slot. Members already
 * `pending`/`running` are a no-op and get no placement.
 *
 * @since 0.1.0
 * @category admission
 */
export const admitStart = (
  group: PlacementGroup,
  members: ReadonlyArray<Member>,
  request: StartRequest
): Result.Result<Admission, Ec2Error.Ec2Error> => {
  const stateError = checkGroupState(group)
  if (stateError) return Result.fail(stateError)
  const starting: Array<Member> = []
  for (const id of request.InstanceIds) {
    const m = members.find((x) => x.InstanceId === id)
    // Texts: ec2-facts §5.2 (observed: burstable-ai/burst#42; "does not exist" from SDK error lists).
    if (m === undefined || m.State === "terminated") {
      return Result.fail(Ec2Error.make("InvalidInstanceID.NotFound", `The instance ID '${id}' does not exist`))
    }
    if (m.State === "pending" || m.State === "running") continue
    if (m.State !== "stopped") {
      return Result.fail(
        Ec2Error.make("IncorrectInstanceState", `The instance '${id}' is not in a state from which it can be started.`)
      )
    }
    if (!starting.some((s) => s.InstanceId === id)) starting.push(m)
  }
  const ids = new Set(starting.map((m) => m.InstanceId))
  let pinned: string | undefined
  if (isSingleAz(group.Strategy)) {
    pinned = pinnedAzOf(members, ids) ?? starting[0]?.AvailabilityZone
    for (const m of starting) {
      if (pinned !== undefined && m.AvailabilityZone !== pinned) {
        return Result.fail(inUseInAnotherAz(group.GroupName, pinned))
      }
    }
  }
  const ice = (m: Member) =>
    insufficientCapacity(m.InstanceType, m.AvailabilityZone, request.OtherAvailabilityZones ?? [])
  if (group.Strategy === "spread" && (group.SpreadLevel ?? "rack") === "host" && request.Outpost !== true) {
    return Result.fail(combination(messages.hostSpreadOutsideOutpost))
  }
  // Capacity per (AZ, type).
  const byKey = new Map<string, Array<Member>>()
  for (const m of starting) {
    const k = `${m.AvailabilityZone}\u0000${m.InstanceType}`
    byKey.set(k, [...(byKey.get(k) ?? []), m])
  }
  for (const list of byKey.values()) {
    const first = list[0]!
    const cap = capacityOf(request.Capacity, {
      AvailabilityZone: first.AvailabilityZone,
      InstanceType: first.InstanceType,
      Strategy: group.Strategy,
      Count: list.length
    })
    if (cap < list.length) return Result.fail(ice(first))
  }
  const placements: Array<Placement> = []
  if (group.Strategy === "spread") {
    const level = group.SpreadLevel ?? "rack"
    const byAz = new Map<string, Array<Member>>()
    for (const m of starting) byAz.set(m.AvailabilityZone, [...(byAz.get(m.AvailabilityZone) ?? []), m])
    const slotOf = new Map<string, number>()
    for (const [az, list] of byAz) {
      const max = level === "rack" ? MaxSpreadRackInstancesPerAz : Number.MAX_SAFE_INTEGER
      const slots = freeSlots(members, az, list.length, max, ids)
      if (slots.length < list.length) return Result.fail(ice(list[0]!))
      list.forEach((m, i) => slotOf.set(m.InstanceId, slots[i]!))
    }
    for (const m of starting) {
      placements.push({ InstanceId: m.InstanceId, AvailabilityZone: m.AvailabilityZone, Slot: slotOf.get(m.InstanceId)! })
    }
  } else {
    for (const m of starting) {
      placements.push({
        InstanceId: m.InstanceId,
        AvailabilityZone: m.AvailabilityZone,
        ...(m.PartitionNumber !== undefined ? { PartitionNumber: m.PartitionNumber } : {})
      })
    }
  }
  return Result.succeed({
    Kind: "start",
    Placements: placements,
    ...(pinned !== undefined ? { PinnedAvailabilityZone: pinned } : {})
  })
}

/**
 * Decides ModifyInstancePlacement into a group: the instance must be `stopped` (SDK
 * `ModifyInstancePlacement`; code `IncorrectInstanceState`, text unverified), and the group's
 * rules apply as for a launch except the spread limit and capacity (checked on the next start).
 *
 * @since 0.1.0
 * @category admission
 */
export const admitMove = (
  group: PlacementGroup,
  members: ReadonlyArray<Member>,
  request: MoveRequest
): Result.Result<Placement, Ec2Error.Ec2Error> => {
  if (request.State !== "stopped") {
    return Result.fail(Ec2Error.make("IncorrectInstanceState", messages.notStopped(request.InstanceId)))
  }
  return Result.flatMap(
    plan(group, members, { ...request, MinCount: 1, MaxCount: 1 }, new Set([request.InstanceId]), false),
    ({ placements }) => {
      const p = placements[0]
      return p === undefined
        ? Result.fail(insufficientCapacity(request.InstanceType, request.AvailabilityZone))
        : Result.succeed({ ...p, InstanceId: request.InstanceId })
    }
  )
}

/**
 * Applies an admission to the member list: a launch appends `pending` members (one per placement,
 * paired with `launched.InstanceIds` in order, extra ids ignored); a start turns the placed members
 * `pending` with their new slot.
 *
 * @since 0.1.0
 * @category admission
 */
export const applyAdmission = (
  members: ReadonlyArray<Member>,
  admission: Admission,
  launched?: { readonly InstanceIds: ReadonlyArray<string>; readonly InstanceType: string; readonly Tenancy?: Tenancy }
): ReadonlyArray<Member> => {
  if (admission.Kind === "start") {
    const byId = new Map(admission.Placements.map((p) => [p.InstanceId, p]))
    return members.map((m) => {
      const p = byId.get(m.InstanceId)
      if (p === undefined) return m
      const { Slot: _old, ...rest } = m
      return { ...rest, State: "pending" as const, ...(p.Slot !== undefined ? { Slot: p.Slot } : {}) }
    })
  }
  if (launched === undefined) return members
  const added: Array<Member> = []
  admission.Placements.forEach((p, i) => {
    const id = launched.InstanceIds[i]
    if (id === undefined) return
    added.push({
      InstanceId: id,
      InstanceType: launched.InstanceType,
      AvailabilityZone: p.AvailabilityZone,
      State: "pending",
      ...(launched.Tenancy !== undefined ? { Tenancy: launched.Tenancy } : {}),
      ...(p.PartitionNumber !== undefined ? { PartitionNumber: p.PartitionNumber } : {}),
      ...(p.Slot !== undefined ? { Slot: p.Slot } : {})
    })
  })
  return [...members, ...added]
}
