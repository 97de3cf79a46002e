/**
 * The RunInstances request shapes this backend works with (SDK member names) and the AWS `Instance` view of an
 * instance record (DescribeInstances, RunInstances and the lifecycle operations answer it), with the small helpers
 * every instance module shares.
 *
 * @internal
 */
import { Ec2Error, type Ec2Shapes, Identifier, Lifecycle, MetadataOptions } from "@ec2kit/core"
import { Effect, Result } from "effect"
import { privateDnsName, publicDnsName } from "../internal/Net.js"
import type { InstanceRecord, NetworkInterfaceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"

// ------------------------------------------------------------------------------------------------
// Requests and responses (SDK member names)
// ------------------------------------------------------------------------------------------------

export interface Tag {
  readonly Key: string
  readonly Value: string
}

export interface RunInstancesRequest {
  readonly ImageId: string
  readonly InstanceType?: string
  readonly MinCount: number
  readonly MaxCount: number
  readonly ClientToken?: string
  readonly KeyName?: string
  readonly SubnetId?: string
  readonly SecurityGroupIds?: ReadonlyArray<string>
  /** "[Default VPC] The names of the security groups." (SDK RunInstancesRequest.SecurityGroups) */
  readonly SecurityGroups?: ReadonlyArray<string>
  readonly Placement?: {
    readonly AvailabilityZone?: string
    readonly Tenancy?: "default" | "dedicated" | "host"
    readonly GroupName?: string
    readonly PartitionNumber?: number
    /** A Dedicated Host (`h-…`) to launch on (`host` tenancy; reservationAdmission.ts). */
    readonly HostId?: string
    /** `default` | `host` (`host` tenancy only). */
    readonly Affinity?: string
    /** Refused with `UnsupportedOperation` (host resource groups are not modelled). */
    readonly HostResourceGroupArn?: string
  }
  /** Capacity Reservation preference or target (reservationAdmission.ts). */
  readonly CapacityReservationSpecification?: {
    readonly CapacityReservationPreference?: string
    readonly CapacityReservationTarget?: { readonly CapacityReservationId?: string; readonly CapacityReservationResourceGroupArn?: string }
  }
  readonly BlockDeviceMappings?: ReadonlyArray<BlockDeviceMappingRequest>
  readonly IamInstanceProfile?: { readonly Arn?: string; readonly Name?: string }
  readonly EbsOptimized?: boolean
  readonly UserData?: string
  readonly MetadataOptions?: MetadataOptions.InstanceMetadataOptionsRequest
  readonly TagSpecifications?: ReadonlyArray<{ readonly ResourceType?: string; readonly Tags?: ReadonlyArray<Tag> }>
  readonly DisableApiTermination?: boolean
  readonly DisableApiStop?: boolean
  readonly InstanceInitiatedShutdownBehavior?: "stop" | "terminate"
  readonly HibernationOptions?: { readonly Configured?: boolean }
  readonly InstanceMarketOptions?: {
    readonly MarketType?: string
    readonly SpotOptions?: {
      readonly InstanceInterruptionBehavior?: "hibernate" | "stop" | "terminate"
      /** USD per hour, as text (SDK `SpotMarketOptions.MaxPrice`). */
      readonly MaxPrice?: string
      readonly SpotInstanceType?: "one-time" | "persistent"
      readonly ValidUntil?: Date
      readonly BlockDurationMinutes?: number
    }
  }
  /** The primary private IPv4 (instance-level; not with `NetworkInterfaces`). */
  readonly PrivateIpAddress?: string
  readonly NetworkInterfaces?: ReadonlyArray<NetworkInterfaceSpecification>
  /** T-family credit option (creditSpecifications.ts). */
  readonly CreditSpecification?: { readonly CpuCredits?: string }
  readonly DryRun?: boolean
}

/** RunInstances `InstanceNetworkInterfaceSpecification` (the members this backend models). */
export interface NetworkInterfaceSpecification {
  readonly AssociatePublicIpAddress?: boolean
  readonly DeleteOnTermination?: boolean
  readonly Description?: string
  readonly DeviceIndex?: number
  readonly Groups?: ReadonlyArray<string>
  readonly NetworkInterfaceId?: string
  readonly PrivateIpAddress?: string
  readonly PrivateIpAddresses?: ReadonlyArray<{ readonly Primary?: boolean; readonly PrivateIpAddress?: string }>
  readonly SecondaryPrivateIpAddressCount?: number
  readonly SubnetId?: string
}

/** RunInstances `BlockDeviceMapping` (EBS only; `NoDevice` suppresses an AMI mapping). */
export interface BlockDeviceMappingRequest {
  readonly DeviceName?: string
  readonly NoDevice?: string
  readonly VirtualName?: string
  readonly Ebs?: {
    readonly DeleteOnTermination?: boolean
    readonly Iops?: number
    readonly SnapshotId?: string
    readonly VolumeSize?: number
    readonly VolumeType?: string
    readonly Throughput?: number
    readonly Encrypted?: boolean
  }
}

export interface StateChange {
  readonly InstanceId: string
  readonly CurrentState: Lifecycle.InstanceState
  readonly PreviousState: Lifecycle.InstanceState
}

// ------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------

/** A core `Result` as an effect (core's pure rules answer `Result`s). */
export const attempt = <A>(r: Result.Result<A, Ec2Error.Ec2Error>): Effect.Effect<A, Ec2Error.Ec2Error> =>
  Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)

/** A fresh id of a kind that is not used in the world (core's generator, world's Random). */
export const newId = <K extends Identifier.Kind>(w: World, kind: K, table: Parameters<World["get"]>[0]) =>
  Effect.gen(function*() {
    for (;;) {
      const id = yield* Identifier.generate(kind)
      if (w.get(table, id) === undefined) return id
    }
  })

const date = (ms: number) => new Date(ms)

/** The AWS `Instance` shape of a record (Dates where the SDK has Date). */
export const toInstance = (w: World, r: InstanceRecord) => {
  const state = r.Lifecycle.State
  const tags = w.tagsOf(r.InstanceId)
  const zone = w.meta.Zones.find((z) => z.ZoneName === r.AvailabilityZone)
  return {
    InstanceId: r.InstanceId,
    ImageId: r.ImageId,
    InstanceType: r.InstanceType,
    Architecture: r.Architecture,
    State: Lifecycle.state(state),
    ...(r.KeyName !== undefined ? { KeyName: r.KeyName } : {}),
    LaunchTime: date(r.LaunchTime),
    AmiLaunchIndex: r.AmiLaunchIndex,
    Placement: {
      AvailabilityZone: r.AvailabilityZone,
      ...(zone !== undefined ? { AvailabilityZoneId: zone.ZoneId } : {}),
      Tenancy: r.Tenancy,
      GroupName: r.PlacementGroupName ?? "",
      ...(r.PartitionNumber !== undefined ? { PartitionNumber: r.PartitionNumber } : {}),
      ...(r.PlacementGroupName !== undefined ? groupIdOf(w, r.PlacementGroupName) : {}),
      ...(r.DedicatedHostId !== undefined ? { HostId: r.DedicatedHostId, Affinity: r.Affinity ?? "default" } : {})
    },
    ...(r.CapacityReservationId !== undefined ? { CapacityReservationId: r.CapacityReservationId } : {}),
    // Every instance shows its targeting option, `open` unless the launch chose otherwise: "The action
    // returns the capacityReservationPreference response element if the instance is configured to run in
    // On-Demand capacity, or if it is configured in run in any open Capacity Reservation …; the
    // capacityReservationTarget response element if the instance explicitly targets a specific Capacity
    // Reservation" (API reference, CapacityReservationSpecificationResponse, read 2026-12-06).
    CapacityReservationSpecification: r.CapacityReservationSpecification?.CapacityReservationTarget !== undefined
      ? { CapacityReservationTarget: r.CapacityReservationSpecification.CapacityReservationTarget }
      : { CapacityReservationPreference: r.CapacityReservationSpecification?.CapacityReservationPreference ?? "open" },
    ...(state === "terminated" ? {} : {
      SubnetId: r.SubnetId,
      VpcId: r.VpcId,
      PrivateIpAddress: r.PrivateIpAddress,
      PrivateDnsName: r.PrivateDnsName
    }),
    ...(r.PublicIpAddress !== undefined
      ? { PublicIpAddress: r.PublicIpAddress, PublicDnsName: publicDnsName(r.PublicIpAddress, w.meta.Region) }
      : { PublicDnsName: "" }),
    StateTransitionReason: r.Lifecycle.StateTransitionReason,
    ...(r.Lifecycle.StateReason !== undefined ? { StateReason: r.Lifecycle.StateReason } : {}),
    RootDeviceName: r.RootDeviceName,
    RootDeviceType: r.Lifecycle.RootDeviceType,
    BlockDeviceMappings: state === "terminated" ? [] : blockDevices(r),
    SecurityGroups: r.SecurityGroupIds.map((id) => ({ GroupId: id, GroupName: w.get("securityGroups", id)?.GroupName ?? "" })),
    SourceDestCheck: r.SourceDestCheck ?? true,
    NetworkInterfaces: state === "terminated" ? [] : networkInterfacesOf(w, r),
    MetadataOptions: r.MetadataOptions,
    ...(r.IamInstanceProfileArn !== undefined
      ? { IamInstanceProfile: { Arn: r.IamInstanceProfileArn, ...(r.IamInstanceProfileId !== undefined ? { Id: r.IamInstanceProfileId } : {}) } }
      : {}),
    ...(r.ClientToken !== undefined ? { ClientToken: r.ClientToken } : {}),
    EbsOptimized: r.EbsOptimized,
    Hypervisor: "xen" as const,
    VirtualizationType: "hvm" as const,
    HibernationOptions: { Configured: r.Lifecycle.HibernationConfigured },
    ...(r.Spot !== undefined ? { InstanceLifecycle: "spot" as const } : {}),
    ...(r.Spot?.SpotInstanceRequestId !== undefined ? { SpotInstanceRequestId: r.Spot.SpotInstanceRequestId } : {}),
    ...(tags.length > 0 ? { Tags: tags.map(([Key, Value]) => ({ Key, Value })) } : {})
  } satisfies Ec2Shapes.Instance
}

/** The instance's ENIs (primary first, then by device index) in the `Instance.NetworkInterfaces` shape. */
const networkInterfacesOf = (w: World, r: InstanceRecord) => {
  const out: Array<Ec2Shapes.InstanceNetworkInterface> = []
  for (const id of [r.PrimaryNetworkInterfaceId, ...(r.SecondaryNetworkInterfaceIds ?? [])]) {
    const eni = w.get("networkInterfaces", id)
    if (eni === undefined || eni.Attachment?.InstanceId !== r.InstanceId) continue
    out.push(instanceNetworkInterface(w, r, eni))
  }
  return out
}

const instanceNetworkInterface = (w: World, r: InstanceRecord, eni: NetworkInterfaceRecord) => {
  const association = eni.PublicIp !== undefined
    ? {
      Association: {
        PublicIp: eni.PublicIp,
        PublicDnsName: publicDnsName(eni.PublicIp, w.meta.Region),
        IpOwnerId: eni.AllocationId !== undefined ? w.meta.AccountId : "amazon"
      }
    }
    : {}
  return {
    NetworkInterfaceId: eni.NetworkInterfaceId,
    SubnetId: eni.SubnetId,
    VpcId: eni.VpcId,
    Description: eni.Description,
    OwnerId: eni.OwnerId,
    Status: eni.Status,
    MacAddress: eni.MacAddress,
    PrivateIpAddress: eni.PrivateIpAddress,
    PrivateDnsName: privateDnsName(eni.PrivateIpAddress, w.meta.Region),
    SourceDestCheck: r.SourceDestCheck ?? true,
    InterfaceType: eni.InterfaceType,
    Groups: eni.GroupIds.map((id) => ({ GroupId: id, GroupName: w.get("securityGroups", id)?.GroupName ?? "" })),
    ...association,
    ...(eni.Attachment !== undefined
      ? {
        Attachment: {
          AttachmentId: eni.Attachment.AttachmentId,
          DeviceIndex: eni.Attachment.DeviceIndex,
          NetworkCardIndex: 0,
          Status: eni.Attachment.Status,
          AttachTime: date(eni.Attachment.AttachTime),
          DeleteOnTermination: eni.Attachment.DeleteOnTermination
        }
      }
      : {}),
    PrivateIpAddresses: [
      {
        Primary: true,
        PrivateIpAddress: eni.PrivateIpAddress,
        PrivateDnsName: privateDnsName(eni.PrivateIpAddress, w.meta.Region),
        ...association
      },
      ...(eni.SecondaryPrivateIpAddresses ?? []).map((ip) => ({
        Primary: false,
        PrivateIpAddress: ip,
        PrivateDnsName: privateDnsName(ip, w.meta.Region)
      }))
    ]
  } satisfies Ec2Shapes.InstanceNetworkInterface
}

const groupIdOf = (w: World, name: string): { readonly GroupId?: string } => {
  const g = w.get("placementGroups", name)
  return g !== undefined ? { GroupId: g.GroupId } : {}
}

/** `BlockDeviceMappings` of DescribeInstances / DescribeInstanceAttribute. */
export const blockDevices = (r: InstanceRecord) =>
  r.BlockDeviceMappings.map((b) => ({
    DeviceName: b.DeviceName,
    Ebs: { VolumeId: b.VolumeId, Status: "attached" as const, AttachTime: date(b.AttachTime), DeleteOnTermination: b.DeleteOnTermination }
  }) satisfies Ec2Shapes.InstanceBlockDeviceMapping)

export type Instance = ReturnType<typeof toInstance>

/** JSON with sorted keys and `undefined` members dropped (idempotency fingerprints). */
export const stableStringify = (u: unknown): string =>
  u === null || typeof u !== "object"
    ? JSON.stringify(u) ?? "null"
    : Array.isArray(u)
    ? `[${u.map(stableStringify).join(",")}]`
    : `{${Object.keys(u).sort().filter((k) => (u as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((u as Record<string, unknown>)[k])}`).join(",")}}`
