/**
 * Records of EC2's purchasing side (issue 12): Spot requests and the Spot market's pools, fleets,
 * Capacity Reservations, Dedicated Hosts, Reserved Instances, Savings Plans, the billing meter's
 * usage ledger and CPU credit balances. Plain data, as every record (see `Records`).
 *
 * Each interface is owned by the module that writes it (named on each); the key member is fixed
 * here because `Records.keyOf` reads it.
 *
 * @internal
 */
import type { SavingsPlan } from "../../SavingsPlans.js"

/**
 * What a Spot request launches: RequestSpotInstances' `LaunchSpecification` (or the RunInstances request
 * that made a one-time request), as given; RunInstances validates it at each launch.
 */
export interface SpotLaunchSpecificationRecord {
  readonly ImageId?: string
  readonly InstanceType?: string
  readonly KeyName?: string
  readonly SubnetId?: string
  readonly SecurityGroupIds?: ReadonlyArray<string>
  /** Group names (default VPC). */
  readonly SecurityGroups?: ReadonlyArray<string>
  readonly Placement?: { readonly AvailabilityZone?: string; readonly GroupName?: string; readonly Tenancy?: "default" | "dedicated" | "host" }
  readonly NetworkInterfaces?: ReadonlyArray<{ readonly DeviceIndex?: number; readonly SubnetId?: string; readonly [member: string]: unknown }>
  readonly BlockDeviceMappings?: ReadonlyArray<Readonly<Record<string, unknown>>>
  readonly IamInstanceProfile?: { readonly Arn?: string; readonly Name?: string }
  readonly EbsOptimized?: boolean
  readonly UserData?: string
  readonly Monitoring?: { readonly Enabled?: boolean }
}

/**
 * A Spot Instance request (`operations/spotRequests.ts`, `spotMarket.ts`), AWS's `SpotInstanceRequest` with
 * times as epoch ms and `SpotPrice` (the maximum) as a number. One request launches one instance (AWS
 * makes `InstanceCount` requests). Key: `SpotInstanceRequestId` (`sir-` + 8 characters).
 */
export interface SpotInstanceRequestRecord {
  readonly SpotInstanceRequestId: string
  readonly Type: "one-time" | "persistent"
  /** SDK `SpotInstanceState`. */
  readonly State: "open" | "active" | "closed" | "cancelled" | "failed" | "disabled"
  readonly Status: { readonly Code: string; readonly Message: string; readonly UpdateTime: number }
  /** The maximum price, USD per hour (default: the On-Demand price). */
  readonly SpotPrice: number
  readonly CreateTime: number
  readonly ValidFrom?: number
  readonly ValidUntil?: number
  readonly InstanceInterruptionBehavior: "hibernate" | "stop" | "terminate"
  readonly LaunchSpecification: SpotLaunchSpecificationRecord
  readonly InstanceId?: string
  readonly LaunchedAvailabilityZone?: string
  readonly LaunchGroup?: string
  readonly AvailabilityZoneGroup?: string
  readonly Fault?: { readonly Code: string; readonly Message: string }
  /** Why EC2 is interrupting (or interrupted) the request's instance; cleared when it runs again. */
  readonly Interruption?: "price" | "capacity"
  /** RequestSpotInstances' `ClientToken` and the fingerprint of the call's other members (idempotency). */
  readonly ClientToken?: string
  readonly Fingerprint?: string
}

/** One override of a Spot pool's price: from `From` (epoch ms) the price is `Price` (USD/h), or the market model's when absent. */
export interface SpotPricePin {
  readonly From: number
  readonly Price?: number
}

/**
 * A Spot capacity pool's overrides (`Hypervisor.setSpotPrice`/`setSpotCapacity`); a pool without a
 * record follows the market model (`internal/SpotPricing.ts`). Key: `"<az>|<instanceType>"`.
 */
export interface SpotPoolRecord {
  readonly Key: string
  readonly AvailabilityZone: string
  readonly InstanceType: string
  /**
   * Price pins in time order (never two with one `From`): kept as history so that the price history and
   * the meter see each pin from the time it was set.
   */
  readonly Pins?: ReadonlyArray<SpotPricePin>
  /** `setSpotCapacity`: the number of Spot instances the pool holds at most; absent = the fleet's free capacity. */
  readonly Capacity?: number
}

/** One instance an EC2 Fleet launched (`FleetRecord.Instances`). */
export interface FleetInstanceRecord {
  readonly InstanceId: string
  /** The market it was launched in (SDK `InstanceLifecycle`). */
  readonly Lifecycle: "spot" | "on-demand"
  /** The index of its `LaunchTemplateConfigs` entry. */
  readonly Config: number
  /** The index of its override in that entry (`-1`: the entry has no overrides). */
  readonly Override: number
  readonly InstanceType: string
  /** Units it provides (its override's `WeightedCapacity`, default 1). */
  readonly Units: number
}

/** What an EC2 Fleet could not launch (`CreateFleetError` / `DescribeFleetError`). */
export interface FleetErrorRecord {
  readonly Config: number
  readonly Override: number
  readonly Lifecycle: "spot" | "on-demand"
  readonly ErrorCode: string
  readonly ErrorMessage: string
}

/**
 * An EC2 Fleet (`operations/fleets.ts`). Key: `FleetId` (`fleet-` and a UUID). The request's members are kept
 * as AWS's shapes in plain data (times as epoch ms), so DescribeFleets answers them and the fleet's timers can
 * fulfil and maintain it.
 */
export interface FleetRecord {
  readonly FleetId: string
  readonly Type: "instant" | "request" | "maintain"
  /** SDK `FleetStateCode`. */
  readonly FleetState: "submitted" | "active" | "modifying" | "deleted" | "deleted_running" | "deleted_terminating" | "failed"
  /** SDK `FleetActivityStatus`; absent for instant fleets. */
  readonly ActivityStatus?: "error" | "pending_fulfillment" | "pending_termination" | "fulfilled"
  readonly CreateTime: number
  readonly ClientToken?: string
  /** The idempotency fingerprint of the request (with a `ClientToken`). */
  readonly Fingerprint?: string
  /** `FleetLaunchTemplateConfigRequest`s as given (plain). */
  readonly LaunchTemplateConfigs: ReadonlyArray<Readonly<Record<string, unknown>>>
  readonly TargetCapacitySpecification: {
    readonly TotalTargetCapacity: number
    readonly OnDemandTargetCapacity: number
    readonly SpotTargetCapacity: number
    readonly DefaultTargetCapacityType: "spot" | "on-demand"
    readonly TargetCapacityUnitType?: string
  }
  /** `SpotOptionsRequest` as given (plain). */
  readonly SpotOptions?: Readonly<Record<string, unknown>>
  /** `OnDemandOptionsRequest` as given (plain). */
  readonly OnDemandOptions?: Readonly<Record<string, unknown>>
  readonly ExcessCapacityTerminationPolicy?: "no-termination" | "termination"
  readonly TerminateInstancesWithExpiration?: boolean
  readonly ReplaceUnhealthyInstances?: boolean
  readonly ValidFrom?: number
  readonly ValidUntil?: number
  readonly Context?: string
  /** Every instance it launched (also those since terminated). */
  readonly Instances: ReadonlyArray<FleetInstanceRecord>
  /** What it could not launch (the last fulfilment's errors). */
  readonly Errors: ReadonlyArray<FleetErrorRecord>
}

/** One point of a Capacity Reservation's history: from `Time` on, its size and state (the meter bills unused slots from it). */
export interface CapacityReservationChange {
  /** Epoch ms of virtual time. */
  readonly Time: number
  readonly TotalInstanceCount: number
  readonly State: "active" | "expired" | "cancelled"
}

/**
 * An On-Demand Capacity Reservation (`operations/capacityReservations.ts`), AWS's `CapacityReservation`
 * shape with times as epoch ms of virtual time. `AvailableInstanceCount` is not stored: it is
 * `TotalInstanceCount` minus the active instances whose `CapacityReservationId` names it (derived on every
 * read, so it can never drift). Key: `CapacityReservationId` (`cr-` + 17 hex digits).
 */
export interface CapacityReservationRecord {
  readonly CapacityReservationId: string
  readonly OwnerId: string
  readonly InstanceType: string
  /** `CapacityReservationInstancePlatform` (`Linux/UNIX`, `Windows`, …), matched against the image's `PlatformDetails`. */
  readonly InstancePlatform: string
  readonly AvailabilityZone: string
  readonly AvailabilityZoneId: string
  readonly Tenancy: "default" | "dedicated"
  readonly TotalInstanceCount: number
  readonly EbsOptimized: boolean
  readonly EphemeralStorage: boolean
  /** `active` until cancelled (`cancelled`) or its `EndDate` passes (`expired`). */
  readonly State: "active" | "expired" | "cancelled"
  /** Epoch ms: when it became active (its creation: future-dated reservations are not modelled). */
  readonly StartDate: number
  /** Epoch ms; only when `EndDateType` is `limited`. */
  readonly EndDate?: number
  readonly EndDateType: "unlimited" | "limited"
  readonly InstanceMatchCriteria: "open" | "targeted"
  readonly CreateDate: number
  /** When it left `active` (cancelled or expired). */
  readonly EndedAt?: number
  /** CreateCapacityReservation idempotency: the token and the request's fingerprint. */
  readonly ClientToken?: string
  readonly Fingerprint?: string
  /** Size and state over time, oldest first; the first entry is the creation. */
  readonly History: ReadonlyArray<CapacityReservationChange>
}

/**
 * A Dedicated Host (`operations/hosts.ts`), AWS's `Host` shape with times as epoch ms of virtual time. The
 * instances on it are not stored here: they are the instances whose `DedicatedHostId` names it. The meter
 * bills it per second from `AllocationTime` to `ReleaseTime` (or now). Key: `HostId` (`h-` + 17 hex digits).
 */
export interface DedicatedHostRecord {
  readonly HostId: string
  readonly OwnerId: string
  readonly AvailabilityZone: string
  readonly AvailabilityZoneId: string
  /** The one instance type it supports (`AllowsMultipleInstanceTypes` `off`); absent for a family host. */
  readonly InstanceType?: string
  /** Its instance family (`m5`); every size of it fits when `AllowsMultipleInstanceTypes` is `on`. */
  readonly InstanceFamily: string
  readonly AllowsMultipleInstanceTypes: "on" | "off"
  readonly AutoPlacement: "on" | "off"
  readonly HostRecovery: "on" | "off"
  readonly HostMaintenance: "on" | "off"
  /** `HostProperties` (see `operations/hostCapacity.ts` for how they are derived). */
  readonly Sockets: number
  readonly Cores: number
  readonly TotalVCpus: number
  readonly State: "available" | "released"
  readonly AllocationTime: number
  readonly ReleaseTime?: number
  readonly ClientToken?: string
}

/**
 * A Reserved Instance purchase (`operations/reservedInstances.ts`), AWS's `ReservedInstances` shape with
 * times as epoch ms of virtual time. Key: `ReservedInstancesId` (a uuid, as AWS's).
 *
 * `Start`/`End` bound the term (`End = Start + Duration × 1000`); a queued purchase has its future
 * `Start`. `State` moves `payment-pending` → `active` → `retired` (or `queued` → `active`, `queued-deleted`)
 * by timers; the discount (`internal/Discounts.ts`) reads `Start`/`End`, not `State`, so a bill of the
 * past does not depend on when it is asked.
 */
export interface ReservedInstancesRecord {
  readonly ReservedInstancesId: string
  /** The offering bought (ec2kit keeps it; AWS's `ReservedInstances` shape has no such member). */
  readonly ReservedInstancesOfferingId: string
  readonly InstanceType: string
  /** Zonal RIs only. */
  readonly AvailabilityZone?: string
  /** Zonal RIs only. */
  readonly AvailabilityZoneId?: string
  /** `Availability Zone` (zonal) or `Region`. */
  readonly Scope: "Availability Zone" | "Region"
  /** Epoch ms: start of the term (the purchase time, or the queued `PurchaseTime`). */
  readonly Start: number
  /** Epoch ms: end of the term. */
  readonly End: number
  /** Term in seconds (31,536,000 or 94,608,000). */
  readonly Duration: number
  /** Upfront price per instance, USD. */
  readonly FixedPrice: number
  /** Usage price per instance-hour, USD (0 for current offerings: AWS puts the hourly fee in `RecurringCharges`). */
  readonly UsagePrice: number
  readonly InstanceCount: number
  readonly ProductDescription: string
  readonly InstanceTenancy: "default" | "dedicated"
  readonly OfferingClass: "standard" | "convertible"
  readonly OfferingType: "No Upfront" | "Partial Upfront" | "All Upfront"
  /** Hourly charges per instance (`Frequency: "Hourly"`), every hour of the term, used or not. */
  readonly RecurringCharges: ReadonlyArray<{ readonly Amount: number; readonly Frequency: "Hourly" }>
  readonly CurrencyCode: "USD"
  readonly State: "payment-pending" | "payment-failed" | "active" | "retired" | "queued" | "queued-deleted"
  /** Epoch ms of the purchase call (for the monthly purchase quota). */
  readonly PurchasedAt: number
}

/**
 * A Savings Plan commitment (`Hypervisor.purchaseSavingsPlan`): the public `SavingsPlan` itself (the
 * Savings Plans API's `SavingsPlan` shape in PascalCase, times as epoch ms of virtual time).
 * Key: `SavingsPlanId` (a uuid, as AWS's).
 */
export type SavingsPlanRecord = SavingsPlan

/**
 * What a usage segment meters (`internal/UsageLedger.ts`): an instance's compute, an EBS volume, a
 * snapshot, an Elastic IP (`address`), an auto-assigned public IPv4 (`public-ip`), a Dedicated Host, or
 * a Capacity Reservation's unused slots (`reservation`).
 */
export type UsageMeter = "compute" | "volume" | "snapshot" | "address" | "public-ip" | "host" | "reservation"

/**
 * One segment of the billing meter's usage ledger (`internal/UsageLedger.ts`): a resource's billable
 * attributes over `[Start, End)`, epoch ms of virtual time. Key: `<ResourceId>#<Meter>` while open (no
 * `End`), `<ResourceId>#<Meter>#<Start>` once closed. Only the members of its meter are present.
 */
export interface UsageRecord {
  readonly Key: string
  /** `i-…`, `vol-…`, `snap-…`, the public IPv4 address, `h-…` or `cr-…`. */
  readonly ResourceId: string
  readonly Meter: UsageMeter
  readonly Start: number
  /** Absent while the segment is open (the resource still bills so). */
  readonly End?: number
  /** compute, reservation, host (single-type hosts). */
  readonly InstanceType?: string
  /** compute, volume, host, reservation. */
  readonly AvailabilityZone?: string
  /** compute (the image's `PlatformDetails`; absent when the image was gone), reservation (`InstancePlatform`). */
  readonly Platform?: string
  /** compute, reservation. */
  readonly Tenancy?: "default" | "dedicated" | "host"
  /** compute. */
  readonly Market?: "on-demand" | "spot"
  /** compute: when the instance entered `running` for the period this segment belongs to (60-s minimum). */
  readonly PeriodStart?: number
  /** compute: the segment is a hibernation's `stopping` (billed, UG23 ec2-instance-lifecycle.md). */
  readonly Hibernating?: boolean
  /** compute: the instance's Dedicated Host (its compute is then in the host's price). */
  readonly DedicatedHostId?: string
  /** compute: the segment ended because EC2 interrupted the Spot instance (facts §3.6). */
  readonly InterruptedByEc2?: boolean
  /** volume. */
  readonly VolumeType?: string
  /** volume, snapshot: GiB. */
  readonly Size?: number
  /** volume. */
  readonly Iops?: number
  /** volume: MiB/s. */
  readonly Throughput?: number
  /** address. */
  readonly AllocationId?: string
  /** public-ip. */
  readonly NetworkInterfaceId?: string
  /** address, public-ip: 1 while associated (in use), 0 idle; reservation: running instances in it. */
  readonly InUse?: number
  /** host. */
  readonly InstanceFamily?: string
  /** reservation: unused slots. */
  readonly Count?: number
}

/**
 * One piece of a burstable instance's credit history in which its conditions are constant: from
 * `From` until the next segment's `From` (the last one: until now). The credit state is the state at
 * `From`, after that instant's transition (launch credits granted, credits lost at a stop, surplus
 * charged); `internal/CreditModel.ts` computes everything within the segment from it.
 */
export interface CpuCreditSegment {
  readonly From: number
  /** The instance's type during the segment (ModifyInstanceAttribute may change it while stopped). */
  readonly InstanceType: string
  /** Whether the instance is `running` (only then does it earn and spend credits). */
  readonly Running: boolean
  readonly CpuCredits: "standard" | "unlimited"
  /** Requested CPU utilisation, 0–100 % (`Hypervisor.setCpuUtilization`). */
  readonly Utilization: number
  /** `CPUCreditBalance` at `From`: accrued earned credits. */
  readonly Balance: number
  /** T2 standard launch credits left at `From` (part of `CPUCreditBalance`). */
  readonly LaunchCredits: number
  /** `CPUSurplusCreditBalance` at `From`. */
  readonly Surplus: number
  /** Surplus spent beyond the 24-hour maximum, charged at the end of the clock hour. */
  readonly PendingCharge: number
  /** Surplus credits charged at `From` (stop, terminate, switch to `standard`); absent = none. */
  readonly Charged?: number
}

/**
 * A burstable instance's CPU credit history (`operations/cpuCredits.ts`): the `cpuCredits` table's
 * record. Key: `InstanceId`.
 */
export interface CpuCreditRecord {
  readonly InstanceId: string
  /** In time order; never empty. Kept after the instance vanishes (the bill and metrics read it). */
  readonly Segments: ReadonlyArray<CpuCreditSegment>
  /** When the instance last left `running` (for T3/T3a/T4g's 7 days of kept credits); absent = never. */
  readonly StoppedAt?: number
  /** When it last received T2 launch credits, within the last 24 h (the account's rolling limit). */
  readonly LaunchCreditGrants?: ReadonlyArray<number>
}
