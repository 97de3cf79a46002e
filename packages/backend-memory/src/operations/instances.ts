/**
 * Instance operations over the world: RunInstances, DescribeInstances, Start/Stop/Reboot/
 * TerminateInstances, ModifyInstanceMetadataOptions, and the instance timers. Shapes follow the
 * SDK (`@aws-sdk/client-ec2`) member names; they are adapted to core's `Ec2` interface in
 * `Ec2Memory.ts` once it exists.
 *
 * @internal
 */
import { Effect, Result } from "effect"
import {
  Ebs,
  Ec2Error,
  type Ec2,
  type Ec2Shapes,
  Identifier,
  InstanceType,
  InstanceTypeCatalogue,
  Lifecycle,
  MetadataOptions,
  PlacementGroup,
  Tags,
  UserData,
  VcpuQuota
} from "@ec2kit/core"
import { assignableRange, contains, ipToInt, privateDnsName, publicDnsName } from "../internal/Net.js"
import {
  type ImageRecord,
  type InstanceBlockDevice,
  type InstanceRecord,
  type NetworkInterfaceRecord,
  type PlacementGroupRecord,
  type SubnetRecord,
  type TimerRecord,
  vcpuQuotaKey
} from "../internal/Records.js"
import * as Fleet from "../internal/Fleet.js"
import { associate, instanceTerminated, resolveProfile } from "./iamInstanceProfiles.js"
import { attachmentLimit, eniLimits, ipAllocator } from "./networkInterfaces.js"
import { launchFromTemplate } from "./launchTemplateMerge.js"
import { creditsAtLaunch } from "./credits.js"
import { encryptedByDefault } from "./encryption.js"
import type { Engine } from "../internal/Engine.js"
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
    readonly SpotOptions?: { readonly InstanceInterruptionBehavior?: "hibernate" | "stop" | "terminate" }
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

const attempt = <A>(r: Result.Result<A, Ec2Error.Ec2Error>): Effect.Effect<A, Ec2Error.Ec2Error> =>
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
      ...(r.PlacementGroupName !== undefined ? groupIdOf(w, r.PlacementGroupName) : {})
    },
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

/**
 * Members of the request that make up the idempotency fingerprint: all but ClientToken, DryRun and the
 * Availability Zone. "If you retry a successful request using the same client token, but one or more of the
 * parameters are different, other than the Region or Availability Zone, the retry fails with an
 * IdempotentParameterMismatch error." — https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html
 * (read 2026-12). The Region is not a request member (it is the endpoint), so only the AZ is dropped here.
 */
const fingerprint = (req: RunInstancesRequest): string => {
  const { ClientToken: _t, DryRun: _d, ...rest } = req
  if (rest.Placement === undefined) return stableStringify(rest)
  const { AvailabilityZone: _a, AvailabilityZoneId: _z, ...placement } = rest.Placement as typeof rest.Placement & {
    readonly AvailabilityZone?: unknown
    readonly AvailabilityZoneId?: unknown
  }
  // a Placement that held only the AZ is the same request as none
  return stableStringify(Object.keys(placement).length === 0 ? { ...rest, Placement: undefined } : { ...rest, Placement: placement })
}

/**
 * Free capacity for a type in an AZ under the hypervisor's instance-count limits (Infinity when
 * unlimited), from the World's active-instance counters (no scan). The fleet of hosts (`Fleet`) is a
 * second, independent limit.
 */
export const freeCapacity = (w: World, az: string, instanceType: string): number => {
  const cap = w.meta.Capacity
  const byType = cap[`${az}|${instanceType}`]
  const byAz = cap[`${az}|*`]
  let free = Infinity
  if (byType !== undefined) free = Math.min(free, byType - w.activeInstances(az, instanceType))
  if (byAz !== undefined) free = Math.min(free, byAz - w.activeInstances(az, "*"))
  return Math.max(0, free)
}

// AWS's observed text lives in core
const insufficientCapacity = PlacementGroup.insufficientCapacity

/**
 * The largest `MinCount`/`MaxCount` RunInstances accepts: EC2 models both as `Integer`, a signed
 * 32-bit number in Smithy ("integer: 32-bit signed integer ranging from -2^31 to (2^31)-1",
 * https://smithy.io/2.0/spec/simple-types.html, read 2026-12), so a larger value is not a number EC2
 * can take. What EC2 answers is not published: strictest plausible, `InvalidParameterValue` in the
 * house shape (`Ec2Error.invalidValue`). Below it, a MaxCount above what fits launches what fits
 * ("If you specify a value that is more capacity than Amazon EC2 can launch in the target
 * Availability Zone, Amazon EC2 launches the largest possible number of instances above the
 * specified minimum count", SDK RunInstancesRequest.MaxCount, read 2026-12).
 */
export const MaxRequestCount = 2_147_483_647

/** The vCPU quota (option `vcpuQuotas`) of a market and an instance type's bucket, if the world has one. */
const vcpuQuotaFor = (w: World, market: VcpuQuota.Market, instanceType: string) => {
  const bucket = VcpuQuota.bucketOf(instanceType)
  if (bucket._tag === "None") return undefined
  const limit = w.meta.VcpuQuotas?.[vcpuQuotaKey(market, bucket.value)]
  return limit === undefined ? undefined : { bucket: bucket.value, limit }
}

/**
 * vCPUs that the instances of a market and bucket use now (`Fleet.holdsVcpus`: what holds hardware),
 * from the World's index (no scan).
 */
const vcpusInUse = (w: World, market: VcpuQuota.Market, bucket: VcpuQuota.Bucket): number =>
  w.vcpusInUse(vcpuQuotaKey(market, bucket))

/** Placement-group members (core's view) from the instances of a group. */
export const membersOf = (w: World, groupName: string): Array<PlacementGroup.Member> => {
  const out: Array<PlacementGroup.Member> = []
  for (const r of w.all("instances")) {
    if (r.PlacementGroupName !== groupName) continue
    out.push({
      InstanceId: r.InstanceId,
      InstanceType: r.InstanceType,
      AvailabilityZone: r.AvailabilityZone,
      State: r.Lifecycle.State,
      Tenancy: r.Tenancy,
      ...(r.PartitionNumber !== undefined ? { PartitionNumber: r.PartitionNumber } : {}),
      ...(r.Slot !== undefined ? { Slot: r.Slot } : {}),
      // terminating a stopped instance (stopped → shutting-down) puts nothing back on a rack
      ...(r.Lifecycle.State === "shutting-down" && r.RackId === undefined ? { Occupying: false } : {})
    })
  }
  return out
}

/** A block device RunInstances will create. */
interface PlannedDevice {
  readonly DeviceName: string
  readonly Size: number
  readonly VolumeType: string
  readonly Iops?: number
  readonly Throughput?: number
  readonly SnapshotId?: string
  readonly Encrypted: boolean
  readonly DeleteOnTermination: boolean
}

/**
 * The AMI's block devices with the request's overrides (size, type, IOPS, throughput,
 * DeleteOnTermination, `NoDevice`) and additional EBS volumes, validated with core's Ebs rules;
 * st1/sc1 (and Multi-Attach) root volumes are rejected with `Ebs.checkBootVolume`.
 * Instance-store (`VirtualName`) mappings are accepted and have no effect, as on EC2 for NVMe
 * instance store ("NVMe instance store volumes are automatically enumerated and assigned a device
 * name. Including them in your block device mapping has no effect." —
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockDeviceMapping.html, read 2026-12);
 * DescribeInstances lists EBS mappings only. Older (Xen) types' non-NVMe instance store is not modelled.
 */
const planBlockDevices = (w: World, image: ImageRecord, requested: ReadonlyArray<BlockDeviceMappingRequest>) =>
  Effect.gen(function*() {
    const planned = new Map<string, PlannedDevice>()
    for (const b of image.BlockDeviceMappings) {
      planned.set(b.DeviceName, {
        DeviceName: b.DeviceName,
        Size: b.VolumeSize,
        VolumeType: b.VolumeType,
        ...(b.VolumeType === "gp3" ? { Iops: 3000, Throughput: 125 } : {}),
        ...(b.SnapshotId !== undefined ? { SnapshotId: b.SnapshotId } : {}),
        Encrypted: b.Encrypted || encryptedByDefault(w),
        DeleteOnTermination: b.DeleteOnTermination
      })
    }
    const seen = new Set<string>()
    if (requested.some((m) => m.DeviceName === undefined)) {
      // OBS: "An error occurred (InvalidBlockDeviceMapping) when calling the RunInstances operation: Missing device name"
      // (aws-samples/cdk-image-pipeline#66, 2023, https://github.com/aws-samples/cdk-image-pipeline/issues/66;
      // hashicorp/packer#6138, 2018; read 2026-12)
      return yield* Ec2Error.fail("InvalidBlockDeviceMapping", "Missing device name")
    }
    yield* attempt(Ebs.checkSizeOrSnapshot(requested, (device) => planned.has(device)))
    for (const m of requested) {
      if (m.DeviceName === undefined) continue // refused above
      // "/dev/xvdb" and "xvdb" are one device to EC2 (its answer above names the device without "/dev/")
      const device = m.DeviceName.replace(/^\/dev\//, "")
      if (seen.has(device)) {
        // OBS: "InvalidBlockDeviceMapping: The device 'xvdb' is used in more than one block-device mapping" for a request
        // naming "/dev/xvdb" (hashicorp/terraform#7233, 2016, https://github.com/hashicorp/terraform/issues/7233, read 2026-12);
        // AWS names the device without its "/dev/" prefix (also "The device 'xvda' …" for "/dev/xvda" in Spot's
        // troubleshooting notes quoting EC2)
        return yield* Ec2Error.fail("InvalidBlockDeviceMapping", `The device '${device}' is used in more than one block-device mapping`)
      }
      seen.add(device)
      if (m.NoDevice !== undefined) {
        if (m.DeviceName === image.RootDeviceName) {
          // strictest plausible behaviour (unverified text): the root device cannot be suppressed
          return yield* Ec2Error.fail("InvalidBlockDeviceMapping", `The device '${m.DeviceName}' is the root device and cannot be suppressed`)
        }
        planned.delete(m.DeviceName)
        continue
      }
      if (m.Ebs === undefined) continue // instance store (VirtualName): no effect, see above
      const e = m.Ebs
      const base = planned.get(m.DeviceName)
      let snapshotSize: number | undefined
      const snapshotId = e.SnapshotId ?? base?.SnapshotId
      if (e.SnapshotId !== undefined) {
        yield* attempt(Identifier.parse("snapshot", e.SnapshotId))
        const snap = w.get("snapshots", e.SnapshotId)
        if (snap === undefined) return yield* Effect.fail(Identifier.notFound("snapshot", e.SnapshotId))
        snapshotSize = snap.VolumeSize
      } else if (snapshotId !== undefined) snapshotSize = w.get("snapshots", snapshotId)?.VolumeSize ?? base?.Size
      const typeChanged = e.VolumeType !== undefined && e.VolumeType !== base?.VolumeType
      const type = e.VolumeType ?? base?.VolumeType ?? Ebs.defaultVolumeType
      // (an unknown type is refused by validateCreateVolume below)
      if (Ebs.isVolumeType(type)) yield* attempt(Ebs.checkMappingThroughput(m.DeviceName, type, e.Throughput))
      const spec = yield* attempt(Ebs.validateCreateVolume({
        VolumeType: e.VolumeType ?? base?.VolumeType,
        Size: e.VolumeSize ?? base?.Size,
        Iops: e.Iops ?? (typeChanged ? undefined : base?.VolumeType === "gp3" && e.VolumeType === undefined ? undefined : base?.Iops),
        Throughput: e.Throughput,
        SnapshotId: snapshotId,
        SnapshotSize: snapshotSize
      }))
      planned.set(m.DeviceName, {
        DeviceName: m.DeviceName,
        Size: spec.Size,
        VolumeType: spec.VolumeType,
        ...(spec.VolumeType === "gp3" || spec.VolumeType === "io1" || spec.VolumeType === "io2"
          ? { Iops: spec.Iops }
          : {}),
        ...(spec.VolumeType === "gp3" ? { Throughput: spec.Throughput } : {}),
        ...(snapshotId !== undefined ? { SnapshotId: snapshotId } : {}),
        Encrypted: encryptedByDefault(w) || (e.Encrypted ?? base?.Encrypted ?? false),
        // new EBS mappings default to DeleteOnTermination true (API reference EbsBlockDevice, read 2026-11)
        DeleteOnTermination: e.DeleteOnTermination ?? base?.DeleteOnTermination ?? true
      })
    }
    const root = planned.get(image.RootDeviceName)
    if (root !== undefined) {
      if (!Ebs.isVolumeType(root.VolumeType)) return yield* Effect.fail(Ec2Error.invalidValue(root.VolumeType, "VolumeType"))
      yield* attempt(Ebs.checkBootVolume({ VolumeType: root.VolumeType }, "RunInstances"))
    }
    // root first, then the others in device-name order
    return [...planned.values()].sort((a, b) =>
      a.DeviceName === image.RootDeviceName ? -1 : b.DeviceName === image.RootDeviceName ? 1 : a.DeviceName < b.DeviceName ? -1 : 1
    )
  })

// ------------------------------------------------------------------------------------------------
// RunInstances
// ------------------------------------------------------------------------------------------------

/** One ENI RunInstances creates for each instance. */
interface PlannedEni {
  readonly DeviceIndex: number
  readonly Subnet: SubnetRecord
  readonly GroupIds: ReadonlyArray<string>
  /** Requested primary address (only with a single instance). */
  readonly PrivateIpAddress?: string
  /** Requested secondary addresses. */
  readonly SecondaryIps: ReadonlyArray<string>
  /** Secondary addresses to allocate. */
  readonly SecondaryCount: number
  readonly DeleteOnTermination: boolean
  readonly AssociatePublicIpAddress?: boolean
  readonly Description: string
  /** An existing, available interface the launch attaches (`NetworkInterfaceId`) instead of creating one. */
  readonly Existing?: NetworkInterfaceRecord
}

const fail = (code: string, message: string) => Ec2Error.fail(code, message)

/**
 * The request-level rules of `NetworkInterfaces` that need no world: combinations with
 * instance-level members, device indexes, and the per-type ENI and IPv4 limits (core's catalogue).
 */
const checkNetworkInterfaceSpecs = (req: RunInstancesRequest, instanceType: string) =>
  Effect.gen(function*() {
    const specs = req.NetworkInterfaces
    const limits = eniLimits(instanceType)
    const ipLimit = (n: number) =>
      // code and text observed for AssignPrivateIpAddresses (aws/amazon-vpc-cni-k8s#989, 2020); unverified for RunInstances
      n > limits.Ipv4AddressesPerInterface ? fail("PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit.") : Effect.void
    if (specs === undefined || specs.length === 0) return
    // texts observed: aws/aws-cli#809 (2014), aws/aws-sdk-ruby#662 (2014), hashicorp/terraform#687 (2014)
    if (req.SubnetId !== undefined) {
      return yield* fail("InvalidParameterCombination", "Network interfaces and an instance-level subnet ID may not be specified on the same request")
    }
    if ((req.SecurityGroupIds ?? []).length > 0 || (req.SecurityGroups ?? []).length > 0) {
      return yield* fail("InvalidParameterCombination", "Network interfaces and an instance-level security groups may not be specified on the same request")
    }
    if (req.PrivateIpAddress !== undefined) {
      return yield* fail("InvalidParameterCombination", "Network interfaces and an instance-level private IP address may not be specified on the same request")
    }
    const seen = new Set<number>()
    for (const [i, n] of specs.entries()) {
      if (n.NetworkInterfaceId !== undefined && specs.some((m, k) => k !== i && m.NetworkInterfaceId === n.NetworkInterfaceId)) {
        // one interface, one device index (text unverified)
        return yield* fail("InvalidParameterValue", `The network interface ${n.NetworkInterfaceId} is specified more than once`)
      }
      if (n.NetworkInterfaceId !== undefined) {
        // an existing interface carries its own subnet, groups and addresses, and can serve one instance only
        // (SDK InstanceNetworkInterfaceSpecification; texts unverified)
        if (req.MaxCount > 1) {
          return yield* fail("InvalidParameterCombination", "A network interface ID cannot be specified when launching more than one instance")
        }
        const own = (["SubnetId", "Groups", "PrivateIpAddress", "PrivateIpAddresses", "SecondaryPrivateIpAddressCount", "AssociatePublicIpAddress", "Description"] as const)
          .filter((k) => n[k] !== undefined)
        if (own.length > 0) {
          return yield* fail("InvalidParameterCombination", `NetworkInterface.${i + 1}.NetworkInterfaceId cannot be specified with NetworkInterface.${i + 1}.${own[0]}`)
        }
      }
      if (n.DeviceIndex === undefined) {
        // "If you specify a network interface when launching an instance, you must specify the device index"
        // (API InstanceNetworkInterfaceSpecification, read 2026-11). OBS: "api error InvalidParameterValue: Each network
        // interface requires a device index." (aws/aws-sdk-go-v2#1178, 2021, https://github.com/aws/aws-sdk-go-v2/issues/1178;
        // hashicorp/packer#2242, 2015, https://github.com/hashicorp/packer/pull/2242; read 2026-12)
        return yield* fail("InvalidParameterValue", "Each network interface requires a device index.")
      }
      if (!Number.isInteger(n.DeviceIndex) || n.DeviceIndex < 0 || seen.has(n.DeviceIndex)) {
        // text unverified
        return yield* fail("InvalidParameterValue", `Invalid value '${n.DeviceIndex}' for NetworkInterface.${i + 1}.DeviceIndex`)
      }
      seen.add(n.DeviceIndex)
      const primaries = (n.PrivateIpAddresses ?? []).filter((p) => p.Primary === true)
      if (primaries.length > 1 || (primaries[0] !== undefined && n.PrivateIpAddress !== undefined && primaries[0].PrivateIpAddress !== n.PrivateIpAddress)) {
        // "Only one private IPv4 address can be designated as primary" (API InstanceNetworkInterfaceSpecification, read 2026-11); text unverified
        return yield* fail("InvalidParameterValue", "Only one primary private IP address can be specified per network interface")
      }
      const count = n.SecondaryPrivateIpAddressCount ?? 0
      if (!Number.isInteger(count) || count < 0) {
        return yield* Effect.fail(Ec2Error.invalidValue(String(count), `NetworkInterface.${i + 1}.SecondaryPrivateIpAddressCount`))
      }
      const explicit = (n.PrivateIpAddresses ?? []).filter((p) => p.Primary !== true).length
      yield* ipLimit(1 + explicit + count)
      const requestsIp = n.PrivateIpAddress !== undefined || (n.PrivateIpAddresses ?? []).some((p) => p.PrivateIpAddress !== undefined)
      if (requestsIp && req.MaxCount > 1) {
        // "You cannot specify this option if you're launching more than one instance" (API
        // InstanceNetworkInterfaceSpecification PrivateIpAddresses, read 2026-11); text unverified
        return yield* fail("InvalidParameterCombination", "Specific private IP addresses cannot be specified when launching more than one instance")
      }
      if (n.AssociatePublicIpAddress !== undefined && (specs.length > 1 || n.DeviceIndex !== 0)) {
        // "You cannot specify more than one network interface in the request" with AssociatePublicIpAddress
        // (API InstanceNetworkInterfaceSpecification, read 2026-11); text as AWS answered it (erlcloud/erlcloud#284,
        // https://github.com/erlcloud/erlcloud/issues/284, read 2026-12)
        return yield* fail("InvalidParameterCombination", "The associatePublicIPAddress parameter cannot be specified when launching with multiple network interfaces.")
      }
    }
    if (!seen.has(0)) {
      // a primary interface (device index 0) is required. Text as AWS's answer relayed by CloudFormation: "When specifying
      // network interfaces, you must include a device at index 0" (awsdocs/aws-cloudformation-user-guide#449, 2019,
      // https://github.com/awsdocs/aws-cloudformation-user-guide/pull/449, read 2026-12); the code is not shown there
      // (InvalidParameterValue kept, unverified)
      return yield* fail("InvalidParameterValue", "When specifying network interfaces, you must include a device at index 0.")
    }
    if (specs.length > limits.MaximumNetworkInterfaces) {
      // code and text observed: chef/knife-ec2#375 (2015), "AttachmentLimitExceeded => Interface count 3 exceeds the limit for m1.small"
      return yield* fail("AttachmentLimitExceeded", `Interface count ${specs.length} exceeds the limit for ${instanceType}`)
    }
  })

/** A requested private IPv4: inside the subnet's assignable range and not in use. */
const checkRequestedIp = (w: World, alloc: ReturnType<typeof ipAllocator>, subnet: SubnetRecord, ip: string) =>
  Effect.gen(function*() {
    const parts = ip.split(".")
    const valid = parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
    const range = assignableRange(subnet.CidrBlock)
    if (!valid || !contains(subnet.CidrBlock, ip) || ipToInt(ip) < range.first || ipToInt(ip) > range.last) {
      // text observed (JamesWoolfenden/terraform-aws-cassandra#18, 2023); for AWS's five reserved
      // addresses and malformed values the same answer is the strictest plausible (unverified)
      return yield* fail("InvalidParameterValue", `Address ${ip} does not fall within the subnet's address range`)
    }
    if (alloc.isUsed(subnet.SubnetId, ip)) {
      // text observed: aws/aws-cli#7178 (2022), kelseyhightower/kubernetes-the-hard-way#129 (2017)
      return yield* fail("InvalidIPAddress.InUse", `Address ${ip} is in use.`)
    }
    alloc.reserve(subnet.SubnetId, ip)
    void w
  })

/** The ENIs of each instance: the primary (index 0) in `subnet`, the others validated against the world. */
const planNetworkInterfaces = (
  w: World,
  req: RunInstancesRequest,
  subnet: SubnetRecord,
  primaryGroupIds: ReadonlyArray<string>,
  alloc: ReturnType<typeof ipAllocator>
) =>
  Effect.gen(function*() {
    const specs = req.NetworkInterfaces ?? []
    if (specs.length === 0) {
      if (req.PrivateIpAddress !== undefined) {
        if (req.MaxCount > 1) {
          // "You cannot specify this option if you're launching more than one instance" (API RunInstances PrivateIpAddress, read 2026-11); text unverified
          return yield* fail("InvalidParameterCombination", "Specific private IP addresses cannot be specified when launching more than one instance")
        }
        yield* checkRequestedIp(w, alloc, subnet, req.PrivateIpAddress)
      }
      return [{
        DeviceIndex: 0,
        Subnet: subnet,
        GroupIds: primaryGroupIds,
        ...(req.PrivateIpAddress !== undefined ? { PrivateIpAddress: req.PrivateIpAddress } : {}),
        SecondaryIps: [],
        SecondaryCount: 0,
        DeleteOnTermination: true,
        Description: ""
      }] satisfies Array<PlannedEni>
    }
    const out: Array<PlannedEni> = []
    for (const n of [...specs].sort((a, b) => (a.DeviceIndex ?? 0) - (b.DeviceIndex ?? 0))) {
      if (n.NetworkInterfaceId !== undefined) {
        out.push(yield* existingEni(w, n.NetworkInterfaceId, n.DeviceIndex ?? 0, n.DeleteOnTermination, subnet, req.InstanceType ?? "m1.small"))
        continue
      }
      let s = subnet
      let groupIds = primaryGroupIds
      if (n.DeviceIndex !== 0) {
        if (n.SubnetId !== undefined) {
          yield* attempt(Identifier.parse("subnet", n.SubnetId))
          const found = w.get("subnets", n.SubnetId)
          if (found === undefined) return yield* Effect.fail(Identifier.notFound("subnet", n.SubnetId))
          if (found.AvailabilityZone !== subnet.AvailabilityZone) {
            // every ENI of an instance is in the instance's AZ; text unverified
            return yield* fail("InvalidParameterValue", `Subnet ${found.SubnetId} is in availability zone ${found.AvailabilityZone}, but the instance is launched in ${subnet.AvailabilityZone}`)
          }
          s = found
        }
        groupIds = yield* groupsFor(w, n.Groups ?? [], s)
      }
      const primaryIp = n.PrivateIpAddress ?? n.PrivateIpAddresses?.find((p) => p.Primary === true)?.PrivateIpAddress
      const secondaryIps = (n.PrivateIpAddresses ?? []).filter((p) => p.Primary !== true).map((p) => p.PrivateIpAddress)
        .filter((ip): ip is string => ip !== undefined)
      for (const ip of [...(primaryIp !== undefined ? [primaryIp] : []), ...secondaryIps]) yield* checkRequestedIp(w, alloc, s, ip)
      out.push({
        DeviceIndex: n.DeviceIndex ?? 0,
        Subnet: s,
        GroupIds: groupIds,
        ...(primaryIp !== undefined ? { PrivateIpAddress: primaryIp } : {}),
        SecondaryIps: secondaryIps,
        SecondaryCount: n.SecondaryPrivateIpAddressCount ?? 0,
        // "DeleteOnTermination … default true for a network interface created at launch" (API InstanceNetworkInterfaceSpecification, read 2026-11)
        DeleteOnTermination: n.DeleteOnTermination ?? true,
        ...(n.AssociatePublicIpAddress !== undefined ? { AssociatePublicIpAddress: n.AssociatePublicIpAddress } : {}),
        Description: n.Description ?? ""
      })
    }
    return out
  })

/**
 * An existing interface named at launch: available (not attached), in the instance's AZ (and VPC), within the
 * type's address limit. `DeleteOnTermination` defaults to false: AWS allows true only for interfaces the launch
 * creates (networking-facts §6), so true is refused (strictest; text unverified).
 */
const existingEni = (w: World, id: string, device: number, deleteOnTermination: boolean | undefined, subnet: SubnetRecord, instanceType: string) =>
  Effect.gen(function*() {
    yield* attempt(Identifier.parse("networkInterface", id))
    const eni = w.get("networkInterfaces", id)
    if (eni === undefined) return yield* Effect.fail(Identifier.notFound("networkInterface", id))
    if (eni.Attachment !== undefined || eni.Status !== "available") {
      // OBS hashicorp/terraform-provider-aws#27513: "InvalidNetworkInterface.InUse: Interface: [eni-XXX] in use."
      return yield* fail("InvalidNetworkInterface.InUse", `Interface: [${eni.NetworkInterfaceId}] in use.`)
    }
    if (eni.AvailabilityZone !== subnet.AvailabilityZone || eni.VpcId !== subnet.VpcId) {
      // every ENI of an instance is in the instance's AZ; text unverified
      return yield* fail("InvalidParameterValue", `Network interface ${eni.NetworkInterfaceId} is in availability zone ${eni.AvailabilityZone}, but the instance is launched in ${subnet.AvailabilityZone}`)
    }
    if (1 + (eni.SecondaryPrivateIpAddresses?.length ?? 0) > eniLimits(instanceType).Ipv4AddressesPerInterface) {
      return yield* fail("PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit.")
    }
    if (deleteOnTermination === true) {
      return yield* fail("InvalidParameterCombination", `DeleteOnTermination cannot be true for the existing network interface ${eni.NetworkInterfaceId}`)
    }
    const subnetOf = w.get("subnets", eni.SubnetId) ?? subnet
    return {
      DeviceIndex: device,
      Subnet: subnetOf,
      GroupIds: eni.GroupIds,
      PrivateIpAddress: eni.PrivateIpAddress,
      SecondaryIps: [],
      SecondaryCount: 0,
      DeleteOnTermination: false,
      Description: eni.Description,
      Existing: eni
    } satisfies PlannedEni
  })

/** Security groups of an ENI: validated against the subnet's VPC; none given → the VPC's default group. */
const groupsFor = (w: World, groups: ReadonlyArray<string>, subnet: SubnetRecord) =>
  Effect.gen(function*() {
    for (const g of groups) {
      yield* attempt(Identifier.parse("securityGroup", g))
      const sg = w.get("securityGroups", g)
      if (sg === undefined) return yield* Effect.fail(Identifier.notFound("securityGroup", g))
      if (sg.VpcId !== subnet.VpcId) {
        // OBS: AWS's answer quoted in ansible/ansible-modules-core#347 and QT-DevOps/DevOpsIssues#256 (read 2026-12)
        return yield* fail("InvalidParameter", `Security group ${g} and subnet ${subnet.SubnetId} belong to different networks.`)
      }
    }
    return groups.length > 0
      ? [...new Set(groups)]
      : subnet.VpcId === w.meta.DefaultVpcId
      ? [w.meta.DefaultSecurityGroupId]
      : [...w.all("securityGroups")].filter((g) => g.VpcId === subnet.VpcId && g.GroupName === "default").map((g) => g.GroupId)
  })

/**
 * The ids of security groups given by name (`SecurityGroups`): "[Default VPC] The names of the security groups"
 * (SDK RunInstancesRequest.SecurityGroups; "For a nondefault VPC, you must use security group IDs instead",
 * LaunchTemplateData.SecurityGroups, @aws-sdk/client-ec2 3.1169, read 2026-12-06), so a name means the group of
 * that name in the default VPC.
 * - A subnet of another VPC: OBS "InvalidParameterCombination: The parameter groupName cannot be used with the
 *   parameter subnet" (RunInstances, hashicorp/terraform#12123, 2017, and boto/boto#350, 2011, read 2026-12-06).
 * - An unknown name: OBS "InvalidGroup.NotFound: The security group 'r…" from RunInstances
 *   (rancher-archives/quickstart#147, 2021) and, whole, "The security group 'gateway' does not exist in default VPC
 *   'vpc-91bbv6f3'" for a name given to DescribeSecurityGroups (aws/aws-cli#612, 2014; read 2026-12-06).
 */
const groupIdsByName = (w: World, names: ReadonlyArray<string>, subnet: SubnetRecord) =>
  Effect.gen(function*() {
    if (names.length === 0) return []
    const vpcId = w.meta.DefaultVpcId
    if (subnet.VpcId !== vpcId) {
      return yield* fail("InvalidParameterCombination", "The parameter groupName cannot be used with the parameter subnet")
    }
    const ids: Array<string> = []
    for (const name of names) {
      const sg = [...w.all("securityGroups")].find((g) => g.VpcId === vpcId && g.GroupName === name)
      if (sg === undefined) return yield* Ec2Error.fail("InvalidGroup.NotFound", `The security group '${name}' does not exist in default VPC '${vpcId}'`)
      ids.push(sg.GroupId)
    }
    return ids
  })

/** RunInstances: validates everything, then launches `pending` instances. */
export const runInstances = (w: World, req: RunInstancesRequest) =>
  Effect.gen(function*() {
    const instanceType = req.InstanceType ?? "m1.small" // SDK: default m1.small
    // ClientToken idempotency — https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html (read 2026-11)
    if (req.ClientToken !== undefined) {
      const prior = w.get("clientTokens", req.ClientToken)
      if (prior !== undefined) {
        if (prior.Fingerprint !== fingerprint(req)) {
          // OBS: AWS's answer quoted in rust-lang/bors#830 and hashicorp/terraform-provider-aws#39625 (read 2026-12)
          return yield* Ec2Error.fail(
            "IdempotentParameterMismatch",
            "Arguments on this idempotent request are inconsistent with arguments used in previous request(s)."
          )
        }
        const live = prior.InstanceIds.map((id) => w.get("instances", id)).filter((r) => r !== undefined)
        if (live.length === 0 || live.every((r) => r.Lifecycle.State === "terminated")) {
          // OBS: "The client token you have provided is associated with a terminated instance. Please use a different
          // client token" (boto/boto3#4406, 2025, https://github.com/boto/boto3/issues/4406, quoted up to "clien", and a
          // public README quoting the whole sentence; read 2026-12). The quote shows no final period.
          return yield* Ec2Error.fail(
            "IdempotentInstanceTerminated",
            "The client token you have provided is associated with a terminated instance. Please use a different client token"
          )
        }
        return reservationOf(w, prior.ReservationId, live)
      }
    }
    if (!Number.isInteger(req.MinCount) || req.MinCount < 1) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.MinCount}' for MinCount. Must be greater than or equal to 1.`)
    }
    if (!Number.isInteger(req.MaxCount) || req.MaxCount < req.MinCount) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.MaxCount}' for MaxCount. Must be greater than or equal to MinCount.`)
    }
    for (const [name, n] of [["MinCount", req.MinCount], ["MaxCount", req.MaxCount]] as const) {
      if (n > MaxRequestCount) return yield* Effect.fail(Ec2Error.invalidValue(String(n), name))
    }
    // instance type: name and catalogue
    yield* attempt(InstanceType.parse(instanceType))
    const info = InstanceTypeCatalogue.lookup(instanceType)
    if (info._tag === "None") return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${instanceType}' for InstanceType.`)
    yield* checkNetworkInterfaceSpecs(req, instanceType)
    const cpuCredits = yield* creditsAtLaunch(instanceType, req.CreditSpecification)
    const primarySpec = req.NetworkInterfaces?.find((n) => n.DeviceIndex === 0)
    const primaryExisting = primarySpec?.NetworkInterfaceId === undefined ? undefined : w.get("networkInterfaces", primarySpec.NetworkInterfaceId)
    if (primarySpec?.NetworkInterfaceId !== undefined && primaryExisting === undefined) {
      return yield* Effect.fail(Identifier.notFound("networkInterface", primarySpec.NetworkInterfaceId))
    }
    const requestedSubnetId = req.NetworkInterfaces !== undefined && req.NetworkInterfaces.length > 0
      ? primarySpec?.SubnetId ?? primaryExisting?.SubnetId
      : req.SubnetId
    // image
    yield* attempt(Identifier.parse("image", req.ImageId))
    const image = w.get("images", req.ImageId)
    if (image === undefined || image.State === "deregistered") return yield* Effect.fail(Identifier.notFound("image", req.ImageId))
    const archs: ReadonlyArray<string> = info.value.architectures ?? []
    if (archs.length > 0 && !archs.includes(image.Architecture)) {
      // OBS: AWS's answer quoted in skypilot-org/skypilot#6315 and hashicorp/packer-plugin-amazon#649 (read 2026-12)
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `The architecture '${archs[0] ?? "x86_64"}' of the specified instance type does not match the architecture '${image.Architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI.`
      )
    }
    // subnet / AZ
    const zones = w.meta.Zones.map((z) => z.ZoneName)
    let subnet = requestedSubnetId !== undefined ? w.get("subnets", requestedSubnetId) : undefined
    if (requestedSubnetId !== undefined) {
      yield* attempt(Identifier.parse("subnet", requestedSubnetId))
      if (subnet === undefined) return yield* Effect.fail(Identifier.notFound("subnet", requestedSubnetId))
    }
    const az = req.Placement?.AvailabilityZone
    if (az !== undefined && !zones.includes(az)) {
      // OBS: "Invalid availability zone: [us-east-1f]" (newsapps/beeswithmachineguns#90, read 2026-12)
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid availability zone: [${az}]`)
    }
    if (subnet !== undefined && az !== undefined && subnet.AvailabilityZone !== az) {
      // OBS: "InvalidParameterValue: Value (us-east-1e) for parameter availabilityZone is invalid. Subnet 'subnet-a076ed9d' is
      // in the availability zone us-east-1d" (RunInstances; InQuicker/kaws#11, 2016, https://github.com/InQuicker/kaws/pull/11;
      // same text in a public Terraform example's comment, read 2026-12)
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `Value (${az}) for parameter availabilityZone is invalid. Subnet '${subnet.SubnetId}' is in the availability zone ${subnet.AvailabilityZone}`
      )
    }
    // placement group (existence first; admission after capacity below)
    const groupName = req.Placement?.GroupName
    let group: PlacementGroupRecord | undefined
    if (groupName !== undefined && groupName !== "") {
      group = w.get("placementGroups", groupName)
      if (group === undefined || group.State === "deleted" || group.State === "deleting") {
        return yield* Effect.fail(PlacementGroup.unknownGroup(groupName))
      }
    }
    const pinnedAz = group !== undefined && (group.Strategy === "cluster" || group.Strategy === "precision-time")
      ? membersOf(w, group.GroupName).find((m) => PlacementGroup.isPresent(m.State))?.AvailabilityZone
      : undefined
    if (subnet === undefined) {
      if (w.get("vpcs", w.meta.DefaultVpcId) === undefined) {
        // the default VPC was deleted — OBS: "VPCIdNotSpecified: No default VPC for this user" (RunInstances through the
        // JS SDK, ryanmurakami/hbfl#40, 2021, https://github.com/ryanmurakami/hbfl/issues/40, read 2026-12-06)
        return yield* Ec2Error.fail("VPCIdNotSpecified", "No default VPC for this user")
      }
      const defaults = [...w.all("subnets")].filter((s) => s.DefaultForAz && s.VpcId === w.meta.DefaultVpcId)
      if (az !== undefined) subnet = defaults.find((s) => s.AvailabilityZone === az)
      else if (pinnedAz !== undefined) subnet = defaults.find((s) => s.AvailabilityZone === pinnedAz)
      else {
        // no AZ asked: the default subnet with the most free capacity (AWS picks one for you)
        subnet = defaults.find((s) =>
          freeCapacity(w, s.AvailabilityZone, instanceType) >= req.MinCount && w.freeIps(s.SubnetId) >= req.MinCount &&
          Fleet.fitAny(w, s.AvailabilityZone, instanceType, req.MinCount) >= req.MinCount
        ) ?? defaults[0]
      }
      if (subnet === undefined) return yield* Ec2Error.fail("MissingInput", "No subnets found for the default VPC. Please specify a subnet.")
    }
    const zone = subnet.AvailabilityZone
    // security groups (instance-level, or the primary interface's)
    const groupIds = primaryExisting !== undefined
      ? primaryExisting.GroupIds
      : yield* groupsFor(
        w,
        primarySpec !== undefined
          ? primarySpec.Groups ?? []
          : [...(req.SecurityGroupIds ?? []), ...(yield* groupIdsByName(w, req.SecurityGroups ?? [], subnet))],
        subnet
      )
    // key pair
    if (req.KeyName !== undefined && w.get("keyPairs", req.KeyName) === undefined) {
      return yield* Ec2Error.fail("InvalidKeyPair.NotFound", `The key pair '${req.KeyName}' does not exist`)
    }
    // IAM instance profile: must exist in the world (see iamInstanceProfiles.ts for AWS's errors)
    const iam = req.IamInstanceProfile !== undefined ? yield* resolveProfile(w, req.IamInstanceProfile) : undefined
    // metadata options (core)
    const metadata = yield* attempt(MetadataOptions.fromRunInstances(req.MetadataOptions, image.ImdsSupport === undefined ? {} : { imdsSupport: image.ImdsSupport }))
    // tags: core's rules as for every TagSpecifications (50 per resource, key/value limits, aws: prefix)
    const tags = yield* attempt(Tags.fromSpecifications(req.TagSpecifications, ["instance", "volume"]))
    const instanceTags = tags.get("instance") ?? []
    const volumeTags = tags.get("volume") ?? []
    // user data: base64 of at most 16 KB (core UserData)
    if (req.UserData !== undefined) yield* attempt(UserData.decode(req.UserData))
    // block devices: the AMI's, with the request's overrides and additions (core Ebs rules)
    const devices = yield* planBlockDevices(w, image, req.BlockDeviceMappings ?? [])
    // network interfaces: requested addresses are checked (and reserved) here
    const alloc = ipAllocator(w)
    const enis = yield* planNetworkInterfaces(w, req, subnet, groupIds, alloc)
    // EBS attachment limit: the volumes this request attaches count against it (with the ENIs and the
    // NVMe instance store where the limit is shared)
    const limit = attachmentLimit(instanceType)
    const attachments = devices.length + (limit.Kind === "shared" ? enis.length + limit.InstanceStoreVolumes : 0)
    if (attachments > limit.Limit) {
      // code as AttachVolume's; text unverified
      return yield* Ec2Error.fail(
        "AttachmentLimitExceeded",
        `Instance type '${instanceType}' supports at most ${limit.Limit} attachments; the request needs ${attachments}.`
      )
    }
    const spot = req.InstanceMarketOptions?.MarketType === "spot"
      ? { InstanceInterruptionBehavior: req.InstanceMarketOptions.SpotOptions?.InstanceInterruptionBehavior ?? "terminate" }
      : undefined
    // the account's vCPU quota for the type's bucket (option vcpuQuotas), checked before capacity: as many
    // as fit, at least MinCount
    const market: VcpuQuota.Market = spot !== undefined ? "spot" : "on-demand"
    const quota = vcpuQuotaFor(w, market, instanceType)
    const quotaFits = quota === undefined ? Infinity : yield* attempt(VcpuQuota.fit({
      market,
      limit: quota.limit,
      used: vcpusInUse(w, market, quota.bucket),
      vCpus: Fleet.vCpusOf(instanceType),
      min: req.MinCount,
      max: req.MaxCount
    }))
    // addresses per instance and subnet (requested addresses are already reserved, counted once),
    // before capacity: they bound the request, so nothing below works for more instances than the
    // subnets can address, whatever MaxCount says (a MaxCount of 1e9 plans a few thousand at most)
    const need = new Map<string, number>()
    for (const e of enis) {
      if (e.Existing === undefined) need.set(e.Subnet.SubnetId, (need.get(e.Subnet.SubnetId) ?? 0) + 1 + e.SecondaryIps.length + e.SecondaryCount)
    }
    let fitIps = Infinity
    for (const [subnetId, n] of need) {
      const fits = Math.floor(w.freeIps(subnetId) / n)
      if (fits < req.MinCount) {
        return yield* Ec2Error.fail("InsufficientFreeAddressesInSubnet", `There are not enough free addresses in subnet '${subnetId}' to satisfy the requested number of instances.`)
      }
      fitIps = Math.min(fitIps, fits)
    }
    // at most this many can launch; at least MinCount (checked above)
    const bound = Math.min(req.MaxCount, quotaFits, fitIps)
    // capacity (the zones to suggest are worked out only for the error)
    const free = freeCapacity(w, zone, instanceType)
    const others = () =>
      zones.filter((z) =>
        z !== zone && freeCapacity(w, z, instanceType) >= req.MinCount && Fleet.fitAny(w, z, instanceType, req.MinCount) >= req.MinCount
      )
    if (free < req.MinCount) return yield* Effect.fail(insufficientCapacity(instanceType, zone, others()))
    let placements: ReadonlyArray<PlacementGroup.Placement> | undefined
    let pinAfter: string | undefined
    if (group !== undefined) {
      const admission = yield* attempt(PlacementGroup.admitLaunch(group, membersOf(w, group.GroupName), {
        MinCount: req.MinCount,
        MaxCount: bound,
        AvailabilityZone: zone,
        InstanceType: instanceType,
        ...(req.Placement?.PartitionNumber !== undefined ? { PartitionNumber: req.Placement.PartitionNumber } : {}),
        Tenancy: req.Placement?.Tenancy ?? "default",
        ...(spot !== undefined ? { SpotInterruptionBehavior: spot.InstanceInterruptionBehavior } : {}),
        ...(Number.isFinite(free) ? { Capacity: free } : {}),
        OtherAvailabilityZones: others()
      }))
      placements = admission.Placements
      pinAfter = admission.PinnedAvailabilityZone
    }
    // the fleet: a host for each instance under the group's rack rules; as many as fit, at least MinCount
    const vCpus = Fleet.vCpusOf(instanceType)
    const want = Math.min(bound, free, placements?.length ?? Infinity)
    const planner = new Fleet.Planner(w)
    const rules = Fleet.rulesFor(
      w,
      planner,
      group,
      zone,
      vCpus,
      Array.from({ length: want }, (_, i) => placements?.[i]?.PartitionNumber)
    )
    const hosts: Array<Fleet.Slot> = []
    for (const rule of rules) {
      const slot = planner.place(zone, vCpus, rule)
      if (slot === undefined) break
      hosts.push(slot)
    }
    if (hosts.length < req.MinCount) return yield* Effect.fail(insufficientCapacity(instanceType, zone, others()))
    const count = hosts.length
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())

    // ---- apply (cannot fail from here) ----
    const now = w.now
    const reservationId = yield* newId(w, "reservation", "reservations")
    if (group !== undefined && pinAfter !== undefined && group.PinnedAvailabilityZone !== pinAfter) {
      w.put("placementGroups", { ...group, PinnedAvailabilityZone: pinAfter })
    }
    const ids: Array<string> = []
    const records: Array<InstanceRecord> = []
    for (let i = 0; i < count; i++) {
      const instanceId = yield* newId(w, "instance", "instances")
      const created: Array<NetworkInterfaceRecord> = []
      for (const e of enis) {
        if (e.Existing !== undefined) {
          // an existing interface is attached as it is (no public IPv4: only a new eth0 gets one, networking-facts §6)
          const attached: NetworkInterfaceRecord = {
            ...e.Existing,
            Status: "in-use",
            Attachment: {
              AttachmentId: yield* Identifier.generate("networkInterfaceAttachment"),
              InstanceId: instanceId,
              DeviceIndex: e.DeviceIndex,
              DeleteOnTermination: false,
              Status: "attached",
              AttachTime: now
            }
          }
          w.put("networkInterfaces", attached)
          created.push(attached)
          continue
        }
        const eniId = yield* newId(w, "networkInterface", "networkInterfaces")
        const primaryIp = e.PrivateIpAddress ?? alloc.allocate(e.Subnet.SubnetId)
        const secondaries = [...e.SecondaryIps]
        for (let k = 0; k < e.SecondaryCount; k++) {
          const ip = alloc.allocate(e.Subnet.SubnetId)
          if (ip === undefined) break
          secondaries.push(ip)
        }
        if (primaryIp === undefined || secondaries.length < e.SecondaryIps.length + e.SecondaryCount) {
          // strict: cannot happen (free addresses were counted above); the engine rolls back
          return yield* Ec2Error.fail("InsufficientFreeAddressesInSubnet", `There are not enough free addresses in subnet '${e.Subnet.SubnetId}' to satisfy the requested number of instances.`)
        }
        // a public IPv4 only for an instance with one interface ("Public IPs can only be assigned to instances
        // with one network interface", aws-samples/aws-efa-nccl-baseami-pipeline#1 quoting AWS, 2020)
        const publicIp = enis.length === 1 && (e.AssociatePublicIpAddress ?? e.Subnet.MapPublicIpOnLaunch) ? w.allocatePublicIp() : undefined
        const record: NetworkInterfaceRecord = {
          NetworkInterfaceId: eniId,
          SubnetId: e.Subnet.SubnetId,
          VpcId: e.Subnet.VpcId,
          AvailabilityZone: zone,
          PrivateIpAddress: primaryIp,
          MacAddress: w.macAddress(),
          Status: "in-use",
          Description: e.Description,
          GroupIds: e.GroupIds,
          OwnerId: w.meta.AccountId,
          InterfaceType: "interface",
          ...(secondaries.length > 0 ? { SecondaryPrivateIpAddresses: secondaries } : {}),
          Attachment: {
            AttachmentId: `eni-attach-${eniId.slice(4)}`,
            InstanceId: instanceId,
            DeviceIndex: e.DeviceIndex,
            DeleteOnTermination: e.DeleteOnTermination,
            Status: "attached",
            AttachTime: now
          },
          ...(publicIp !== undefined ? { PublicIp: publicIp } : {})
        }
        w.put("networkInterfaces", record)
        created.push(record)
      }
      const primaryEni = created[0]!
      const ip = primaryEni.PrivateIpAddress
      const publicIp = primaryEni.PublicIp
      const eniId = primaryEni.NetworkInterfaceId
      const mappings: Array<InstanceBlockDevice> = []
      for (const d of devices) {
        const volumeId = yield* newId(w, "volume", "volumes")
        w.put("volumes", {
          VolumeId: volumeId,
          Size: d.Size,
          VolumeType: d.VolumeType,
          ...(d.Iops !== undefined ? { Iops: d.Iops } : {}),
          ...(d.Throughput !== undefined ? { Throughput: d.Throughput } : {}),
          AvailabilityZone: zone,
          State: "in-use",
          ...(d.SnapshotId !== undefined ? { SnapshotId: d.SnapshotId } : {}),
          CreateTime: now,
          Encrypted: d.Encrypted,
          MultiAttachEnabled: false,
          Attachments: [{ InstanceId: instanceId, Device: d.DeviceName, State: "attached", AttachTime: now, DeleteOnTermination: d.DeleteOnTermination }],
          Modifications: []
        })
        if (volumeTags.length > 0) w.setTags(volumeId, volumeTags)
        mappings.push({ DeviceName: d.DeviceName, VolumeId: volumeId, DeleteOnTermination: d.DeleteOnTermination, AttachTime: now })
      }
      const record: InstanceRecord = {
        InstanceId: instanceId,
        ReservationId: reservationId,
        ImageId: image.ImageId,
        InstanceType: instanceType,
        Architecture: image.Architecture,
        ...(req.KeyName !== undefined ? { KeyName: req.KeyName } : {}),
        LaunchTime: now,
        AmiLaunchIndex: i,
        AvailabilityZone: zone,
        SubnetId: subnet.SubnetId,
        VpcId: subnet.VpcId,
        PrivateIpAddress: ip,
        PrivateDnsName: privateDnsName(ip, w.meta.Region),
        ...(publicIp !== undefined ? { PublicIpAddress: publicIp } : {}),
        SecurityGroupIds: groupIds,
        PrimaryNetworkInterfaceId: eniId,
        ...(created.length > 1 ? { SecondaryNetworkInterfaceIds: created.slice(1).map((e) => e.NetworkInterfaceId) } : {}),
        RootDeviceName: image.RootDeviceName,
        BlockDeviceMappings: mappings,
        Lifecycle: Lifecycle.launched(instanceId, {
          DisableApiTermination: req.DisableApiTermination ?? false,
          DisableApiStop: req.DisableApiStop ?? false,
          HibernationConfigured: req.HibernationOptions?.Configured ?? false,
          InstanceInitiatedShutdownBehavior: req.InstanceInitiatedShutdownBehavior ?? "stop"
        }),
        MetadataOptions: metadata,
        ...(req.UserData !== undefined ? { UserData: req.UserData } : {}),
        ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken } : {}),
        Tenancy: req.Placement?.Tenancy ?? "default",
        ...(group !== undefined ? { PlacementGroupName: group.GroupName } : {}),
        ...(placements?.[i]?.PartitionNumber !== undefined ? { PartitionNumber: placements[i]!.PartitionNumber } : {}),
        ...(placements?.[i]?.Slot !== undefined ? { Slot: placements[i]!.Slot } : {}),
        RackId: hosts[i]!.RackId,
        HostId: hosts[i]!.HostId,
        ...(iam !== undefined ? { IamInstanceProfileArn: iam.Arn, IamInstanceProfileId: iam.InstanceProfileId } : {}),
        EbsOptimized: req.EbsOptimized ?? false,
        ...(spot !== undefined ? { Spot: spot } : {}),
        ...(cpuCredits !== undefined ? { CpuCredits: cpuCredits } : {}),
        Events: [],
        SystemStatus: "initializing",
        InstanceStatus: "initializing",
        FirstBootDone: false,
        BootCount: 0
      }
      w.put("instances", record)
      if (iam !== undefined) associate(w, instanceId, iam)
      if (instanceTags.length > 0) w.setTags(instanceId, instanceTags)
      w.schedule("instance.complete", instanceId, w.delay("instancePending"))
      w.schedule("instance.metadataApplied", instanceId, w.delay("metadataOptions"))
      w.emitStateChange(instanceId, "pending")
      ids.push(instanceId)
      records.push(record)
    }
    w.put("reservations", { ReservationId: reservationId, OwnerId: w.meta.AccountId, InstanceIds: ids })
    if (req.ClientToken !== undefined) {
      w.put("clientTokens", { ClientToken: req.ClientToken, Fingerprint: fingerprint(req), ReservationId: reservationId, InstanceIds: ids, CreatedAt: now })
    }
    return reservationOf(w, reservationId, records)
  })

const reservationOf = (w: World, reservationId: string, records: ReadonlyArray<InstanceRecord>) => ({
  ReservationId: reservationId,
  OwnerId: w.meta.AccountId,
  Groups: [] as Array<Ec2Shapes.GroupIdentifier>,
  Instances: records.map((r) => toInstance(w, r))
})

// ------------------------------------------------------------------------------------------------
// Lifecycle operations
// ------------------------------------------------------------------------------------------------

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
const applyTransition = (w: World, r: InstanceRecord, t: Lifecycle.Transition, user?: ShutdownOptions): InstanceRecord => {
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
    const transitions: Array<readonly [InstanceRecord, Lifecycle.Transition]> = []
    const slots = new Map<string, PlacementGroup.Placement>()
    const hosts = new Map<string, Fleet.Slot>()
    const options = shutdown.Force === true ? { Force: true } : {}
    for (const r of records) transitions.push([r, yield* attempt(Lifecycle.transition(r.Lifecycle, action, w.now, options))])
    if (action === "start") {
      // capacity for starts
      const want = new Map<string, number>()
      for (const [r, t] of transitions) {
        if (t.Noop) continue
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
        if (freeCapacity(w, az, type) < n) return yield* Effect.fail(insufficientCapacity(type, az, []))
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
        if (action === "start") w.put("instances", next = { ...next, LaunchTime: w.now })
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
const releasePublicIp = (w: World, r: InstanceRecord): InstanceRecord => {
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

// ------------------------------------------------------------------------------------------------
// Timers
// ------------------------------------------------------------------------------------------------

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

// ------------------------------------------------------------------------------------------------
// The Ec2 operations of this area
// ------------------------------------------------------------------------------------------------

/** Core's decoded RunInstances request → this module's request. */
export const fromRunInstancesRequest = (req: Ec2Shapes.RunInstancesRequest & { readonly ImageId: string }): RunInstancesRequest => {
  const { TagSpecifications, ...rest } = req
  return {
    ...rest,
    ...(TagSpecifications !== undefined
      ? {
        TagSpecifications: TagSpecifications.map((t) => ({
          ...(t.ResourceType !== undefined ? { ResourceType: t.ResourceType } : {}),
          Tags: (t.Tags ?? []).map((x) => ({ Key: x.Key ?? "", Value: x.Value ?? "" }))
        }))
      }
      : {})
  }
}

const shutdownOf = (req: { readonly Force?: boolean; readonly SkipOsShutdown?: boolean }): ShutdownOptions => ({
  ...(req.Force !== undefined ? { Force: req.Force } : {}),
  ...(req.SkipOsShutdown !== undefined ? { SkipOsShutdown: req.SkipOsShutdown } : {})
})

/**
 * RunInstances, Start/Stop/Reboot/TerminateInstances and ModifyInstanceMetadataOptions over an
 * engine, in AWS's shapes.
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "runInstances" | "startInstances" | "stopInstances" | "rebootInstances" | "terminateInstances" | "modifyInstanceMetadataOptions"
> => ({
  runInstances: (req) =>
    engine.transact((w) => {
      const launch = (r: Ec2Shapes.RunInstancesRequest) =>
        r.ImageId === undefined
          ? Ec2Error.fail("MissingParameter", "The request must contain the parameter ImageId")
          : runInstances(w, fromRunInstancesRequest({ ...r, ImageId: r.ImageId }))
      // a launch template's data goes through the same RunInstances (launchTemplateMerge.ts)
      const template = req.LaunchTemplate
      return template === undefined ? launch(req) : launchFromTemplate(w, { ...req, LaunchTemplate: template }, launch)
    }),
  startInstances: (req) =>
    engine.transact((w) => Effect.map(startInstances(w, req.InstanceIds, req.DryRun === true), (c) => ({ StartingInstances: c }))),
  // `Force` / `SkipOsShutdown`: see `ShutdownOptions`
  stopInstances: (req) =>
    engine.transact((w) =>
      Effect.map(
        (req.Hibernate === true ? hibernateInstances : stopInstances)(w, req.InstanceIds, req.DryRun === true, shutdownOf(req)),
        (c) => ({ StoppingInstances: c })
      )
    ),
  rebootInstances: (req) => engine.transact((w) => Effect.as(rebootInstances(w, req.InstanceIds, req.DryRun === true), {})),
  terminateInstances: (req) =>
    engine.transact((w) => terminateByZone(w, req.InstanceIds, req.DryRun === true, shutdownOf(req))).pipe(
      Effect.flatMap((r) => r.refused === undefined ? Effect.succeed({ TerminatingInstances: r.changes }) : Effect.fail(r.refused))
    ),
  modifyInstanceMetadataOptions: (req) => engine.transact((w) => modifyInstanceMetadataOptions(w, req))
})

// keep a reference so unused-import checks stay quiet for types used only in docs
export type { TimerRecord }
