/**
 * The records the world stores: plain, immutable data (numbers, strings, booleans, arrays and
 * objects; no `undefined` values, no class instances), so that msgpackr snapshots them byte for
 * byte and the journal can replay them. Times are epoch milliseconds of virtual time.
 *
 * Member names follow AWS's (PascalCase) where the record mirrors an AWS shape.
 *
 * @internal
 */
import type { Lifecycle, MetadataOptions, PlacementGroup } from "@ec2kit/core"
import type {
  CapacityReservationRecord,
  CpuCreditRecord,
  DedicatedHostRecord,
  FleetRecord,
  ReservedInstancesRecord,
  SavingsPlanRecord,
  SpotInstanceRequestRecord,
  SpotPoolRecord,
  UsageRecord
} from "./records/Purchasing.js"

// every purchasing record type, for the modules that import records from here
export type * from "./records/Purchasing.js"

/** World-wide settings and counters (table `meta`, id `world`). */
export interface MetaRecord {
  readonly AccountId: string
  readonly Region: string
  /** AZ name → AZ id, in order (us-east-1a → use1-az1, …). */
  readonly Zones: ReadonlyArray<{ readonly ZoneName: string; readonly ZoneId: string }>
  /** The RNG state (see `Rng`). */
  readonly RngState: number
  /** Monotonic sequence number for timers (orders timers due at the same millisecond). */
  readonly TimerSeq: number
  readonly DefaultVpcId: string
  readonly DefaultSecurityGroupId: string
  /** `"<az>|<instanceType>"` or `"<az>|*"` → max active (pending/running/stopping) instances. */
  readonly Capacity: Readonly<Record<string, number>>
  /**
   * The fleet (see `Fleet`): AZ name, or `"*"` for every AZ without its own → its shape. Absent:
   * `Fleet.defaultFleet`.
   */
  readonly Fleet?: Readonly<Record<string, { readonly RacksPerAz: number; readonly HostsPerRack: number; readonly VCpusPerHost: number }>>
  /** `vcpuQuotaKey(market, bucket)` (`on-demand|Standard`, `spot|G and VT`, …) → vCPU quota (core's `VcpuQuota`). Absent: no quota. */
  readonly VcpuQuotas?: Readonly<Record<string, number>>
  /** EnableEbsEncryptionByDefault (a per-Region account setting); absent = false, AWS's default. */
  readonly EbsEncryptionByDefault?: boolean
  /** The account's default DHCP options set (`AmazonProvidedDNS`), shown on every VPC. */
  readonly DhcpOptionsId?: string
}

/** One scheduled transition: data, so snapshots capture pending timers. */
export interface TimerRecord {
  readonly TimerId: string
  readonly DueAt: number
  readonly Seq: number
  /** Which handler applies it (see `Engine.registerTimer`). */
  readonly Kind: string
  /** The resource it is about. */
  readonly Target: string
  /** Handler-specific data (plain). */
  readonly Data?: Readonly<Record<string, unknown>>
}

export interface VpcRecord {
  readonly VpcId: string
  readonly CidrBlock: string
  readonly IsDefault: boolean
  readonly State: "available"
  readonly OwnerId: string
  /** `vpc-cidr-assoc-…` of the primary block (absent in worlds written before networking). */
  readonly CidrBlockAssociationId?: string
  /** `default` (absent) or `dedicated`. */
  readonly InstanceTenancy?: "default" | "dedicated"
  /** Absent = true (AWS's default for every VPC). */
  readonly EnableDnsSupport?: boolean
  /** Absent = `IsDefault` (true in a default VPC, false otherwise). */
  readonly EnableDnsHostnames?: boolean
  /** Absent = false. */
  readonly EnableNetworkAddressUsageMetrics?: boolean
}

/** An internet gateway (attached to at most one VPC). */
export interface InternetGatewayRecord {
  readonly InternetGatewayId: string
  readonly OwnerId: string
  /** The VPC it is attached to (state `available`); absent when detached. */
  readonly VpcId?: string
}

/** One route of a route table. */
export interface RouteRecord {
  readonly DestinationCidrBlock: string
  /** `local`, or an `igw-` id. */
  readonly GatewayId?: string
  readonly InstanceId?: string
  readonly NetworkInterfaceId?: string
  readonly Origin: "CreateRouteTable" | "CreateRoute"
}

/** A subnet association (or the main association, `Main` true and no subnet). */
export interface RouteTableAssociationRecord {
  readonly RouteTableAssociationId: string
  readonly Main: boolean
  readonly SubnetId?: string
}

export interface RouteTableRecord {
  readonly RouteTableId: string
  readonly VpcId: string
  readonly OwnerId: string
  readonly Routes: ReadonlyArray<RouteRecord>
  readonly Associations: ReadonlyArray<RouteTableAssociationRecord>
}

/** A network ACL; only each VPC's default ACL exists (allow all, then the fixed deny). */
export interface NetworkAclRecord {
  readonly NetworkAclId: string
  readonly VpcId: string
  readonly IsDefault: boolean
  readonly OwnerId: string
  readonly Associations: ReadonlyArray<{ readonly NetworkAclAssociationId: string; readonly SubnetId: string }>
}

export interface SubnetRecord {
  readonly SubnetId: string
  readonly VpcId: string
  readonly AvailabilityZone: string
  readonly AvailabilityZoneId: string
  readonly CidrBlock: string
  readonly DefaultForAz: boolean
  readonly MapPublicIpOnLaunch: boolean
  readonly State: "available"
  readonly OwnerId: string
}

export interface SecurityGroupRuleRecord {
  readonly SecurityGroupRuleId: string
  readonly IsEgress: boolean
  readonly IpProtocol: string
  readonly FromPort: number
  readonly ToPort: number
  readonly CidrIpv4?: string
  readonly CidrIpv6?: string
  readonly ReferencedGroupId?: string
  readonly PrefixListId?: string
  readonly Description?: string
}

export interface SecurityGroupRecord {
  readonly GroupId: string
  readonly GroupName: string
  readonly Description: string
  readonly VpcId: string
  readonly OwnerId: string
  readonly Rules: ReadonlyArray<SecurityGroupRuleRecord>
}

export interface ImageBlockDevice {
  readonly DeviceName: string
  /** Absent for an empty volume (RegisterImage with `VolumeSize` only): launches create it blank. */
  readonly SnapshotId?: string
  readonly VolumeSize: number
  readonly VolumeType: string
  readonly DeleteOnTermination: boolean
  readonly Encrypted: boolean
}

export interface ImageRecord {
  readonly ImageId: string
  readonly Name: string
  readonly Description: string
  readonly OwnerId: string
  /** `amazon` for the seed images. */
  readonly ImageOwnerAlias?: string
  readonly Architecture: "x86_64" | "arm64"
  readonly RootDeviceName: string
  readonly RootDeviceType: "ebs"
  readonly VirtualizationType: "hvm"
  readonly BlockDeviceMappings: ReadonlyArray<ImageBlockDevice>
  readonly State: "pending" | "available" | "failed" | "deregistered"
  readonly CreationDate: number
  readonly Public: boolean
  readonly EnaSupport: boolean
  readonly PlatformDetails: string
  readonly ImdsSupport?: MetadataOptions.ImdsSupport
  readonly BootMode?: string
}

export interface SnapshotRecord {
  readonly SnapshotId: string
  readonly VolumeId: string
  readonly VolumeSize: number
  readonly State: "pending" | "completed" | "error"
  /** 0..100 */
  readonly Progress: number
  readonly StartTime: number
  readonly OwnerId: string
  /** `amazon` for the seed snapshots. */
  readonly OwnerAlias?: string
  readonly Description: string
  readonly Encrypted: boolean
}

export interface VolumeAttachmentRecord {
  readonly InstanceId: string
  readonly Device: string
  readonly State: "attaching" | "attached" | "detaching" | "detached"
  readonly AttachTime: number
  readonly DeleteOnTermination: boolean
}

export interface VolumeModificationRecord {
  readonly ModificationState: "modifying" | "optimizing" | "completed" | "failed"
  readonly TargetSize: number
  readonly TargetVolumeType: string
  readonly TargetIops?: number
  readonly TargetThroughput?: number
  readonly OriginalSize: number
  readonly OriginalVolumeType: string
  readonly OriginalIops?: number
  readonly OriginalThroughput?: number
  readonly Progress: number
  readonly StartTime: number
  readonly EndTime?: number
}

export interface VolumeRecord {
  readonly VolumeId: string
  readonly Size: number
  readonly VolumeType: string
  readonly Iops?: number
  readonly Throughput?: number
  readonly AvailabilityZone: string
  readonly State: "creating" | "available" | "in-use" | "deleting" | "deleted" | "error"
  readonly SnapshotId?: string
  readonly CreateTime: number
  readonly Encrypted: boolean
  readonly MultiAttachEnabled: boolean
  readonly Attachments: ReadonlyArray<VolumeAttachmentRecord>
  readonly Modifications: ReadonlyArray<VolumeModificationRecord>
}

export interface NetworkInterfaceRecord {
  readonly NetworkInterfaceId: string
  readonly SubnetId: string
  readonly VpcId: string
  readonly AvailabilityZone: string
  readonly PrivateIpAddress: string
  readonly MacAddress: string
  readonly Status: "available" | "in-use" | "attaching" | "detaching"
  readonly Description: string
  readonly GroupIds: ReadonlyArray<string>
  readonly OwnerId: string
  readonly InterfaceType: "interface"
  /** ModifyNetworkInterfaceAttribute `SourceDestCheck` of an unattached ENI; absent = true. */
  readonly SourceDestCheck?: boolean
  /** Secondary private IPv4 addresses (RunInstances `SecondaryPrivateIpAddressCount` / `PrivateIpAddresses`). */
  readonly SecondaryPrivateIpAddresses?: ReadonlyArray<string>
  readonly Attachment?: {
    readonly AttachmentId: string
    readonly InstanceId: string
    readonly DeviceIndex: number
    readonly DeleteOnTermination: boolean
    readonly Status: "attaching" | "attached" | "detaching" | "detached"
    readonly AttachTime: number
  }
  /** The public IPv4 (auto-assigned or an EIP). */
  readonly PublicIp?: string
  /** Set when `PublicIp` is an Elastic IP. */
  readonly AllocationId?: string
}

export interface AddressRecord {
  readonly AllocationId: string
  readonly PublicIp: string
  readonly Domain: "vpc"
  readonly AssociationId?: string
  readonly InstanceId?: string
  readonly NetworkInterfaceId?: string
  readonly PrivateIpAddress?: string
}

export interface KeyPairRecord {
  readonly KeyPairId: string
  readonly KeyName: string
  readonly KeyType: "rsa" | "ed25519"
  readonly KeyFingerprint: string
  readonly PublicKey: string
  readonly CreateTime: number
}

/**
 * An IAM instance profile (IAM's `InstanceProfile`; IAM is not an EC2 API, so profiles are created
 * through the `Hypervisor`). Key: the name (IAM names are unique per account, case-insensitively).
 */
export interface InstanceProfileRecord {
  readonly InstanceProfileName: string
  /** `AIPA` + 17 characters, like IAM's unique ids. */
  readonly InstanceProfileId: string
  /** `arn:aws:iam::<account>:instance-profile/<path><name>` */
  readonly Arn: string
  /** `/` by default; starts and ends with `/`. */
  readonly Path: string
  /** Names of the roles in the profile (IAM allows at most one). */
  readonly Roles: ReadonlyArray<string>
  readonly CreateDate: number
}

/** An EC2 IAM instance profile association (`IamInstanceProfileAssociation`). */
export interface IamInstanceProfileAssociationRecord {
  /** `iip-assoc-` + 17 hex digits. */
  readonly AssociationId: string
  readonly InstanceId: string
  readonly InstanceProfileArn: string
  readonly InstanceProfileId: string
  readonly State: "associating" | "associated" | "disassociating" | "disassociated"
  /** When the association was made (virtual epoch ms). */
  readonly Timestamp: number
}

export interface PlacementGroupRecord extends PlacementGroup.PlacementGroup {
  /** The AZ a cluster group is pinned to once it has instances. */
  readonly PinnedAvailabilityZone?: string
}

export interface InstanceBlockDevice {
  readonly DeviceName: string
  readonly VolumeId: string
  readonly DeleteOnTermination: boolean
  readonly AttachTime: number
}

/** A scheduled event (DescribeInstanceStatus `Events`). */
export interface InstanceEventRecord {
  readonly InstanceEventId: string
  readonly Code: "instance-reboot" | "system-reboot" | "system-maintenance" | "instance-retirement" | "instance-stop"
  readonly Description: string
  readonly NotBefore: number
  readonly NotAfter?: number
}

export interface InstanceRecord {
  readonly InstanceId: string
  readonly ReservationId: string
  readonly ImageId: string
  readonly InstanceType: string
  readonly Architecture: "x86_64" | "arm64"
  readonly KeyName?: string
  readonly LaunchTime: number
  readonly AmiLaunchIndex: number
  readonly AvailabilityZone: string
  readonly SubnetId: string
  readonly VpcId: string
  readonly PrivateIpAddress: string
  readonly PrivateDnsName: string
  readonly PublicIpAddress?: string
  readonly SecurityGroupIds: ReadonlyArray<string>
  readonly PrimaryNetworkInterfaceId: string
  /** ENIs attached at launch with DeviceIndex ≥ 1, in device-index order. */
  readonly SecondaryNetworkInterfaceIds?: ReadonlyArray<string>
  readonly RootDeviceName: string
  readonly BlockDeviceMappings: ReadonlyArray<InstanceBlockDevice>
  /** Lifecycle context from core (state, protections, reasons). */
  readonly Lifecycle: Lifecycle.InstanceContext
  readonly MetadataOptions: MetadataOptions.MetadataOptions
  /** Base64, as given to RunInstances. */
  readonly UserData?: string
  readonly ClientToken?: string
  readonly Tenancy: "default" | "dedicated" | "host"
  readonly PlacementGroupName?: string
  readonly PartitionNumber?: number
  readonly Slot?: number
  /** The rack (0-based, per AZ) of the host an active instance occupies (internal; see `Fleet`). */
  readonly RackId?: number
  /** The host (0-based, per rack) an active instance occupies (internal; see `Fleet`). */
  readonly HostId?: number
  readonly IamInstanceProfileArn?: string
  /** `IamInstanceProfile.Id` echoed by DescribeInstances (the profile of the instance's current association). */
  readonly IamInstanceProfileId?: string
  /** ModifyInstanceAttribute `sourceDestCheck`; absent = true. */
  readonly SourceDestCheck?: boolean
  readonly EbsOptimized: boolean
  /** Spot: set when launched with InstanceMarketOptions. */
  readonly Spot?: {
    readonly InstanceInterruptionBehavior: "hibernate" | "stop" | "terminate"
    /** The Spot request that launched it (RequestSpotInstances, or the one-time request RunInstances makes). */
    readonly SpotInstanceRequestId?: string
    /** The request's maximum price (USD/h): the market interrupts the instance when the Spot price rises above it. */
    readonly MaxPrice?: number
  }
  /** Spot interruption notice (IMDS `spot/instance-action`). */
  readonly SpotInstanceAction?: { readonly Action: "hibernate" | "stop" | "terminate"; readonly Time: number }
  /** Rebalance recommendation (IMDS `events/recommendations/rebalance`). */
  readonly RebalanceRecommendationTime?: number
  readonly Events: ReadonlyArray<InstanceEventRecord>
  readonly SystemStatus: "ok" | "impaired" | "initializing"
  readonly InstanceStatus: "ok" | "impaired" | "initializing"
  /** Whether the first-boot hook has received this instance (true after the first pending → running). */
  readonly FirstBootDone: boolean
  /** Boot counter: increments on every pending → running (IMDS tokens bind to a boot). */
  readonly BootCount: number
  /** T-family credit option (`standard` | `unlimited`); absent for other families (see `creditSpecifications.ts`). */
  readonly CpuCredits?: "standard" | "unlimited"
  /** When the instance reached `terminated` (it vanishes about an hour later). */
  readonly TerminatedAt?: number
  /**
   * RunInstances `CapacityReservationSpecification` as AWS echoes it (`CapacityReservationPreference`
   * `open` | `none` | `capacity-reservations-only`, or a `CapacityReservationTarget`); absent = `open`
   * (see `operations/reservationAdmission.ts`).
   */
  readonly CapacityReservationSpecification?: {
    readonly CapacityReservationPreference?: "open" | "none" | "capacity-reservations-only"
    readonly CapacityReservationTarget?: { readonly CapacityReservationId: string }
  }
  /** The On-Demand Capacity Reservation (`cr-…`) the instance runs in; it holds a slot only while active. */
  readonly CapacityReservationId?: string
  /** The Dedicated Host (`h-…`, AllocateHosts) of a `host`-tenancy instance. Not `HostId`, which is the simulator's rack host. */
  readonly DedicatedHostId?: string
  /** `Placement.Affinity` of a `host`-tenancy instance: `host` restarts on the same Dedicated Host; absent = `default`. */
  readonly Affinity?: "default" | "host"
  /**
   * Fault injection (`Hypervisor.hangOsShutdown`): the guest OS never finishes a graceful shutdown,
   * so a user stop stays `stopping` and a user terminate stays `shutting-down` unless forced or
   * skipped. Kept across stop/start until released. Absent = false.
   */
  readonly OsShutdownHangs?: boolean
  /**
   * Set when `Force` or `SkipOsShutdown` applied to the current stop/terminate: it completes whatever
   * the guest OS does ("irreversible for the instance's current state transition session").
   * Cleared when the instance reaches `stopped` or `terminated`. Absent = false.
   */
  readonly OsShutdownOverridden?: boolean
}

export interface ReservationRecord {
  readonly ReservationId: string
  readonly OwnerId: string
  readonly InstanceIds: ReadonlyArray<string>
}

/**
 * A launch template (CreateLaunchTemplate); its versions are `LaunchTemplateVersionRecord`s and its
 * tags live in the tags table. Key: the id (names are unique per Region, checked by the operations).
 */
export interface LaunchTemplateRecord {
  readonly LaunchTemplateId: string
  readonly LaunchTemplateName: string
  readonly CreateTime: number
  /** `arn:aws:iam::<account>:root`, the caller AWS shows. */
  readonly CreatedBy: string
  readonly DefaultVersionNumber: number
  readonly LatestVersionNumber: number
}

/**
 * One immutable version of a launch template. Key: `<LaunchTemplateId>:<VersionNumber>`. `Data` is the
 * request's `LaunchTemplateData` as plain data (a Date member stored as epoch milliseconds, see
 * `launchTemplates.ts`).
 */
export interface LaunchTemplateVersionRecord {
  readonly Key: string
  readonly LaunchTemplateId: string
  readonly VersionNumber: number
  readonly VersionDescription?: string
  readonly CreateTime: number
  readonly Data: Readonly<Record<string, unknown>>
}

/** RunInstances idempotency: ClientToken → request fingerprint and the reservation it created. */
export interface ClientTokenRecord {
  readonly ClientToken: string
  readonly Fingerprint: string
  readonly ReservationId: string
  readonly InstanceIds: ReadonlyArray<string>
  /** CreateVolume idempotency (key `CreateVolume:<token>`): the volume it created. */
  readonly VolumeId?: string
  readonly CreatedAt: number
}

/** Tags of one resource, in insertion order. */
export interface TagsRecord {
  readonly ResourceId: string
  readonly Tags: ReadonlyArray<readonly [string, string]>
}

/** Every table of the world and the type of its records. Order here = order in snapshots. */
export interface Tables {
  readonly meta: MetaRecord
  readonly vpcs: VpcRecord
  readonly subnets: SubnetRecord
  readonly securityGroups: SecurityGroupRecord
  readonly images: ImageRecord
  readonly snapshots: SnapshotRecord
  readonly volumes: VolumeRecord
  readonly networkInterfaces: NetworkInterfaceRecord
  readonly addresses: AddressRecord
  readonly keyPairs: KeyPairRecord
  readonly instanceProfiles: InstanceProfileRecord
  readonly iamInstanceProfileAssociations: IamInstanceProfileAssociationRecord
  readonly placementGroups: PlacementGroupRecord
  readonly reservations: ReservationRecord
  readonly instances: InstanceRecord
  readonly clientTokens: ClientTokenRecord
  readonly tags: TagsRecord
  readonly timers: TimerRecord
  readonly launchTemplates: LaunchTemplateRecord
  readonly launchTemplateVersions: LaunchTemplateVersionRecord
  readonly internetGateways: InternetGatewayRecord
  readonly routeTables: RouteTableRecord
  readonly networkAcls: NetworkAclRecord
  readonly spotInstanceRequests: SpotInstanceRequestRecord
  readonly spotPools: SpotPoolRecord
  readonly fleets: FleetRecord
  readonly capacityReservations: CapacityReservationRecord
  readonly dedicatedHosts: DedicatedHostRecord
  readonly reservedInstances: ReservedInstancesRecord
  readonly savingsPlans: SavingsPlanRecord
  readonly usage: UsageRecord
  readonly cpuCredits: CpuCreditRecord
}

export type TableName = keyof Tables

/** The key of a market's and bucket's quota in `MetaRecord.VcpuQuotas`. */
export const vcpuQuotaKey = (market: string, bucket: string): string => `${market}|${bucket}`

export const tableNames: ReadonlyArray<TableName> = [
  "meta",
  "vpcs",
  "subnets",
  "securityGroups",
  "images",
  "snapshots",
  "volumes",
  "networkInterfaces",
  "addresses",
  "keyPairs",
  "instanceProfiles",
  "iamInstanceProfileAssociations",
  "placementGroups",
  "reservations",
  "instances",
  "clientTokens",
  "tags",
  "timers",
  "launchTemplates",
  "launchTemplateVersions",
  "internetGateways",
  "routeTables",
  "networkAcls",
  "spotInstanceRequests",
  "spotPools",
  "fleets",
  "capacityReservations",
  "dedicatedHosts",
  "reservedInstances",
  "savingsPlans",
  "usage",
  "cpuCredits"
]

/** Primary key of each table's records. */
export const keyOf: { readonly [T in TableName]: (r: Tables[T]) => string } = {
  meta: () => "world",
  vpcs: (r) => r.VpcId,
  subnets: (r) => r.SubnetId,
  securityGroups: (r) => r.GroupId,
  images: (r) => r.ImageId,
  snapshots: (r) => r.SnapshotId,
  volumes: (r) => r.VolumeId,
  networkInterfaces: (r) => r.NetworkInterfaceId,
  addresses: (r) => r.AllocationId,
  keyPairs: (r) => r.KeyName,
  instanceProfiles: (r) => r.InstanceProfileName,
  iamInstanceProfileAssociations: (r) => r.AssociationId,
  placementGroups: (r) => r.GroupName,
  reservations: (r) => r.ReservationId,
  instances: (r) => r.InstanceId,
  clientTokens: (r) => r.ClientToken,
  tags: (r) => r.ResourceId,
  timers: (r) => r.TimerId,
  launchTemplates: (r) => r.LaunchTemplateId,
  launchTemplateVersions: (r) => r.Key,
  internetGateways: (r) => r.InternetGatewayId,
  routeTables: (r) => r.RouteTableId,
  networkAcls: (r) => r.NetworkAclId,
  spotInstanceRequests: (r) => r.SpotInstanceRequestId,
  spotPools: (r) => r.Key,
  fleets: (r) => r.FleetId,
  capacityReservations: (r) => r.CapacityReservationId,
  dedicatedHosts: (r) => r.HostId,
  reservedInstances: (r) => r.ReservedInstancesId,
  savingsPlans: (r) => r.SavingsPlanId,
  usage: (r) => r.Key,
  cpuCredits: (r) => r.InstanceId
}
