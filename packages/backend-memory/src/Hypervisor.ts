/**
 * The `Hypervisor` control service of the in-memory backend: capacity, fault injection, first-boot
 * hooks, state-change events, inspection, snapshot and restore.
 *
 * @since 0.1.0
 */
import { Context, type Effect, type Stream } from "effect"
import type { Ec2Error, VcpuQuota } from "@ec2kit/core"
import type { Bill, BillOptions } from "./Billing.js"
import type { CpuCreditMetrics, CpuCreditMetricsOptions } from "./CpuCredits.js"
import type { PersistenceError } from "./internal/Codec.js"
import type { SavingsPlan, SavingsPlanInput } from "./SavingsPlans.js"
import type { SpotCapacityInput, SpotPriceInput } from "./SpotMarket.js"
import type * as Records from "./internal/Records.js"
import type { FirstBoot, StateChangeEvent } from "./internal/World.js"

export type { FirstBoot, PersistenceError, Records, StateChangeEvent }

/**
 * Read-only view of the world handed to `inspect`.
 *
 * @since 0.1.0
 * @category models
 */
export interface WorldView {
  readonly now: number
  readonly accountId: string
  readonly region: string
  readonly get: <T extends Records.TableName>(table: T, id: string) => Records.Tables[T] | undefined
  readonly all: <T extends Records.TableName>(table: T) => ReadonlyArray<Records.Tables[T]>
  readonly tagsOf: (id: string) => ReadonlyArray<readonly [string, string]>
  readonly timers: () => ReadonlyArray<Records.TimerRecord>
}

/**
 * A scheduled event to inject (DescribeInstanceStatus `Events`).
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduledEventInput {
  readonly Code: Records.InstanceEventRecord["Code"]
  readonly Description?: string
  /** Epoch ms; default now + 14 days. */
  readonly NotBefore?: number
  readonly NotAfter?: number
}

/**
 * An IAM instance profile of the world (IAM's `InstanceProfile`: `InstanceProfileId` is `AIPA` + 17
 * characters; `Roles` holds role names, at most one as in IAM; `CreateDate` in epoch milliseconds).
 *
 * @since 0.1.0
 * @category models
 */
export type InstanceProfile = Records.InstanceProfileRecord

/**
 * What `createInstanceProfile` (and `Ec2Memory.layer`'s option `instanceProfiles`) takes:
 * `InstanceProfileName`, optional `RoleName` (roles are not modelled, any valid name is accepted) and
 * `Path` (default `/`).
 *
 * @since 0.1.0
 * @category models
 */
export interface InstanceProfileInput {
  readonly InstanceProfileName: string
  readonly RoleName?: string
  readonly Path?: string
}

/**
 * `setCapacity` form limiting the number of active (pending, running, stopping) instances.
 *
 * @since 0.1.0
 * @category models
 */
export interface CapacityLimit {
  readonly AvailabilityZone: string
  readonly InstanceType?: string
  readonly Count: number | undefined
}

/**
 * `setCapacity` form reshaping an AZ's fleet of racks and hosts (see docs/backend-memory.md).
 *
 * @since 0.1.0
 * @category models
 */
export interface FleetCapacity {
  /** An AZ of the Region, or `"*"` for every AZ without its own shape. */
  readonly AvailabilityZone: string
  readonly RacksPerAz?: number
  readonly HostsPerRack?: number
  readonly VCpusPerHost?: number
}

/**
 * `setVcpuQuota` input: the vCPU quota of a market and bucket (core's `VcpuQuota`); `Vcpus: undefined`
 * removes it.
 *
 * @since 0.1.0
 * @category models
 */
export interface VcpuQuotaInput {
  readonly Market: VcpuQuota.Market
  readonly Bucket: VcpuQuota.Bucket
  readonly Vcpus: number | undefined
}

/**
 * The control surface.
 *
 * @since 0.1.0
 * @category models
 */
export interface HypervisorShape {
  /**
   * Sets capacity in an AZ, in one of two forms:
   * - `{ AvailabilityZone, InstanceType?, Count }` limits the active instances of a type (or of all
   *   types without `InstanceType`); `Count: undefined` removes the limit;
   * - `{ AvailabilityZone, RacksPerAz?, HostsPerRack?, VCpusPerHost? }` reshapes the AZ's fleet of
   *   hosts (unset members keep their value; `AvailabilityZone: "*"` sets every AZ without its own).
   *   Instances already on hosts outside the new shape keep running there; new placements use the
   *   new shape only.
   *
   * Both limits apply; a request that does not fit fails with `InsufficientInstanceCapacity`.
   */
  readonly setCapacity: (options: CapacityLimit | FleetCapacity) => Effect.Effect<void, Ec2Error.Ec2Error>
  /**
   * Sets (or, with `Vcpus: undefined`, removes) a vCPU quota, as a quota increase in Service Quotas
   * would; instances already running stay. Later launches and starts are checked against it.
   */
  readonly setVcpuQuota: (options: VcpuQuotaInput) => Effect.Effect<void, Ec2Error.Ec2Error>
  /**
   * Spot interruption: the notice (IMDS `spot/instance-action`) is set now; two minutes later the
   * instance stops/terminates. Hibernation starts at once (AWS gives no lead for hibernate).
   */
  readonly interruptSpot: (
    instanceId: string,
    options?: { readonly Action?: "hibernate" | "stop" | "terminate" }
  ) => Effect.Effect<void, Ec2Error.Ec2Error>
  readonly scheduleEvent: (instanceId: string, event: ScheduledEventInput) => Effect.Effect<Records.InstanceEventRecord, Ec2Error.Ec2Error>
  readonly recommendRebalance: (instanceId: string) => Effect.Effect<void, Ec2Error.Ec2Error>
  /**
   * Makes the instance's guest OS hang on graceful shutdown (`hang`, default true), as an instance
   * "stuck in the stopping state" on EC2; `false` releases it. While it hangs, StopInstances leaves the
   * instance `stopping` (repeating it is a no-op) and TerminateInstances leaves it `shutting-down`
   * until EC2's own forced termination 3 hours later; `Force: true` or `SkipOsShutdown: true` completes
   * either one normal delay after the call. Only stops and terminates requested after the call hang;
   * releasing lets a stuck one complete one normal delay later. Kept across stop/start, snapshots and
   * persistence. Fails with `InvalidInstanceID.NotFound` for an unknown instance.
   *
   * @example
   * ```ts
   * import { Ec2 } from "@ec2kit/core"
   * import { Hypervisor } from "@ec2kit/backend-memory"
   * import { Effect } from "effect"
   * const stuckThenForced = (id: string) =>
   *   Effect.gen(function*() {
   *     const hv = yield* Hypervisor.Hypervisor
   *     const ec2 = yield* Ec2.Ec2
   *     yield* hv.hangOsShutdown(id)
   *     yield* ec2.stopInstances({ InstanceIds: [id] }) // stays "stopping"
   *     yield* ec2.stopInstances({ InstanceIds: [id], Force: true }) // "stopped" one delay later
   *   })
   * ```
   */
  readonly hangOsShutdown: (instanceId: string, hang?: boolean) => Effect.Effect<void, Ec2Error.Ec2Error>
  readonly setStatus: (
    instanceId: string,
    status: { readonly SystemStatus?: "ok" | "impaired"; readonly InstanceStatus?: "ok" | "impaired" }
  ) => Effect.Effect<void, Ec2Error.Ec2Error>
  /**
   * Creates an IAM instance profile in the world (IAM's `CreateInstanceProfile`, plus
   * `AddRoleToInstanceProfile` with `RoleName`; IAM is not part of the EC2 API). RunInstances and
   * AssociateIamInstanceProfile accept only existing profiles, by `Name` or `Arn`
   * (`arn:aws:iam::<account>:instance-profile<Path><name>`). Fails with IAM's errors:
   * `EntityAlreadyExists` ("Instance Profile <name> already exists.", names compared
   * case-insensitively) or `ValidationError` (name 1–128 and role 1–64 characters of `[\w+=,.@-]`,
   * path `/` or `/…/`). Kept in snapshots and persistence.
   *
   * @example
   * ```ts
   * import { Ec2 } from "@ec2kit/core"
   * import { Hypervisor } from "@ec2kit/backend-memory"
   * import { Effect } from "effect"
   * const launchWithRole = Effect.gen(function*() {
   *   const hv = yield* Hypervisor.Hypervisor
   *   const ec2 = yield* Ec2.Ec2
   *   const profile = yield* hv.createInstanceProfile({ InstanceProfileName: "web", RoleName: "web-role" })
   *   return yield* ec2.runInstances({
   *     ImageId: "ami-0123456789abcdef0", MinCount: 1, MaxCount: 1,
   *     IamInstanceProfile: { Arn: profile.Arn }
   *   })
   * })
   * ```
   */
  readonly createInstanceProfile: (input: InstanceProfileInput) => Effect.Effect<InstanceProfile, Ec2Error.Ec2Error>
  /** Pins (or releases) a Spot pool's price; see `SpotMarket`. */
  readonly setSpotPrice: (options: SpotPriceInput) => Effect.Effect<void, Ec2Error.Ec2Error>
  /** Sets (or restores) a Spot pool's capacity, reclaiming Spot instances above it; see `SpotMarket`. */
  readonly setSpotCapacity: (options: SpotCapacityInput) => Effect.Effect<void, Ec2Error.Ec2Error>
  /** Records a Savings Plan commitment (there is no EC2 API for them); see `SavingsPlans`. */
  readonly purchaseSavingsPlan: (input: SavingsPlanInput) => Effect.Effect<SavingsPlan, Ec2Error.Ec2Error>
  /** The bill of a virtual-time window; see `Billing`. */
  readonly bill: (options: BillOptions) => Effect.Effect<Bill, Ec2Error.Ec2Error>
  /** Sets the CPU utilisation (0–100 %) a T instance runs at from now on; see `CpuCredits`. */
  readonly setCpuUtilization: (instanceId: string, percent: number) => Effect.Effect<void, Ec2Error.Ec2Error>
  /** CloudWatch-like CPU credit series of a T instance; see `CpuCredits`. */
  readonly cpuCreditMetrics: (instanceId: string, options: CpuCreditMetricsOptions) => Effect.Effect<CpuCreditMetrics, Ec2Error.Ec2Error>
  /** Registers a hook receiving each instance's user data once, at its first pending → running. */
  readonly onFirstBoot: (hook: (boot: FirstBoot) => Effect.Effect<void>) => Effect.Effect<void>
  /** EventBridge-shaped "EC2 Instance State-change Notification" events, from subscription on. */
  readonly events: Stream.Stream<StateChangeEvent>
  /** Read-only inspection (after applying due transitions). */
  readonly inspect: <A>(f: (view: WorldView) => A) => Effect.Effect<A>
  /** Applies every transition due by the current virtual time. */
  readonly tick: Effect.Effect<void>
  /** The whole world as bytes (msgpack). */
  readonly snapshot: Effect.Effect<Uint8Array>
  /** Replaces the world with a snapshot. */
  readonly restore: (bytes: Uint8Array) => Effect.Effect<void, PersistenceError>
}

/**
 * The `Hypervisor` service, provided by `Ec2Memory.layer`.
 *
 * @since 0.1.0
 * @category services
 */
export class Hypervisor extends Context.Service<Hypervisor, HypervisorShape>()("@ec2kit/backend-memory/Hypervisor") {}
