/**
 * DescribeNetworkInterfaces: each instance's primary ENI (and any ENI the world holds), with its
 * attachment, security groups and public IPv4 association.
 *
 * @internal
 */
import { Effect, Option } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier, InstanceType, InstanceTypeCatalogue } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import { privateDnsName, publicDnsName } from "../internal/Net.js"
import type { NetworkInterfaceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, paginate } from "./tags.js"

const association = (w: World, e: NetworkInterfaceRecord) => {
  if (e.PublicIp === undefined) return undefined
  const a = e.AllocationId === undefined ? undefined : w.get("addresses", e.AllocationId)
  return {
    PublicIp: e.PublicIp,
    PublicDnsName: publicDnsName(e.PublicIp, w.meta.Region),
    // auto-assigned addresses are owned by "amazon", Elastic IPs by the account
    IpOwnerId: a === undefined ? "amazon" : w.meta.AccountId,
    ...(a !== undefined ? { AllocationId: a.AllocationId, ...(a.AssociationId !== undefined ? { AssociationId: a.AssociationId } : {}) } : {})
  }
}

const eniOut = (w: World, e: NetworkInterfaceRecord) => {
  const assoc = association(w, e)
  const dns = privateDnsName(e.PrivateIpAddress, w.meta.Region)
  const tags = w.tagsOf(e.NetworkInterfaceId)
  const subnet = w.get("subnets", e.SubnetId)
  return {
    NetworkInterfaceId: e.NetworkInterfaceId,
    SubnetId: e.SubnetId,
    VpcId: e.VpcId,
    AvailabilityZone: e.AvailabilityZone,
    ...(subnet !== undefined ? { AvailabilityZoneId: subnet.AvailabilityZoneId } : {}),
    Description: e.Description,
    OwnerId: e.OwnerId,
    RequesterManaged: false,
    Status: e.Status,
    MacAddress: e.MacAddress,
    PrivateIpAddress: e.PrivateIpAddress,
    PrivateDnsName: dns,
    SourceDestCheck: e.SourceDestCheck ?? true,
    InterfaceType: e.InterfaceType,
    Groups: e.GroupIds.map((id) => ({ GroupId: id, GroupName: w.get("securityGroups", id)?.GroupName ?? "" })),
    ...(e.Attachment !== undefined
      ? {
        Attachment: {
          AttachmentId: e.Attachment.AttachmentId,
          InstanceId: e.Attachment.InstanceId,
          InstanceOwnerId: e.OwnerId,
          DeviceIndex: e.Attachment.DeviceIndex,
          NetworkCardIndex: 0,
          Status: e.Attachment.Status,
          AttachTime: new Date(e.Attachment.AttachTime),
          DeleteOnTermination: e.Attachment.DeleteOnTermination
        }
      }
      : {}),
    ...(assoc !== undefined ? { Association: assoc } : {}),
    PrivateIpAddresses: [
      { Primary: true, PrivateIpAddress: e.PrivateIpAddress, PrivateDnsName: dns, ...(assoc !== undefined ? { Association: assoc } : {}) },
      ...(e.SecondaryPrivateIpAddresses ?? []).map((ip) => ({ Primary: false, PrivateIpAddress: ip, PrivateDnsName: privateDnsName(ip, w.meta.Region) }))
    ],
    Ipv6Addresses: [],
    TagSet: tags.map(([Key, Value]) => ({ Key, Value }))
  }
}

export const describeNetworkInterfaces = (w: World, req: Parameters<Ec2.Implementation["describeNetworkInterfaces"]>[0]) =>
  Effect.gen(function*() {
    for (const id of req.NetworkInterfaceIds ?? []) {
      if (w.get("networkInterfaces", id) === undefined) return yield* Effect.fail(Identifier.notFound("networkInterface", id))
    }
    if (req.NetworkInterfaceIds !== undefined && req.MaxResults !== undefined) {
      // OBS: "api error InvalidParameterCombination: The parameter NetworkInterfaceIds cannot be used with the parameter
      // MaxResults" (DescribeNetworkInterfaces; cilium/cilium#39106, 2025, https://github.com/cilium/cilium/issues/39106, read 2026-12)
      return yield* Ec2Error.fail("InvalidParameterCombination", "The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults")
    }
    const s = (b: boolean) => String(b)
    const pred = yield* attempt(compileFilters<NetworkInterfaceRecord>(req.Filters, {
      "network-interface-id": (e) => [e.NetworkInterfaceId],
      "subnet-id": (e) => [e.SubnetId],
      "vpc-id": (e) => [e.VpcId],
      "availability-zone": (e) => [e.AvailabilityZone],
      status: (e) => [e.Status],
      description: (e) => [e.Description],
      "owner-id": (e) => [e.OwnerId],
      "mac-address": (e) => [e.MacAddress],
      "interface-type": (e) => [e.InterfaceType],
      "private-ip-address": (e) => [e.PrivateIpAddress, ...(e.SecondaryPrivateIpAddresses ?? [])],
      "addresses.private-ip-address": (e) => [e.PrivateIpAddress, ...(e.SecondaryPrivateIpAddresses ?? [])],
      "addresses.primary": (e) => (e.SecondaryPrivateIpAddresses ?? []).length > 0 ? ["true", "false"] : ["true"],
      "private-dns-name": (e) => [privateDnsName(e.PrivateIpAddress, w.meta.Region)],
      "group-id": (e) => e.GroupIds,
      "group-name": (e) => e.GroupIds.map((id) => w.get("securityGroups", id)?.GroupName),
      "requester-managed": () => ["false"],
      "source-dest-check": (e) => [s(e.SourceDestCheck ?? true)],
      "availability-zone-id": (e) => [w.get("subnets", e.SubnetId)?.AvailabilityZoneId],
      "attachment.attachment-id": (e) => [e.Attachment?.AttachmentId],
      "attachment.instance-id": (e) => [e.Attachment?.InstanceId],
      "attachment.instance-owner-id": (e) => [e.Attachment === undefined ? undefined : e.OwnerId],
      "attachment.device-index": (e) => [e.Attachment === undefined ? undefined : String(e.Attachment.DeviceIndex)],
      "attachment.status": (e) => [e.Attachment?.Status],
      "attachment.delete-on-termination": (e) => [e.Attachment === undefined ? undefined : s(e.Attachment.DeleteOnTermination)],
      "association.public-ip": (e) => [e.PublicIp],
      "association.allocation-id": (e) => [e.AllocationId],
      "association.association-id": (e) => [e.AllocationId === undefined ? undefined : w.get("addresses", e.AllocationId)?.AssociationId],
      "association.ip-owner-id": (e) => [e.PublicIp === undefined ? undefined : e.AllocationId === undefined ? "amazon" : w.meta.AccountId]
    }, (e) => w.tagsOf(e.NetworkInterfaceId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const selected = [...w.all("networkInterfaces")].filter((e) =>
      (req.NetworkInterfaceIds === undefined || req.NetworkInterfaceIds.includes(e.NetworkInterfaceId as never)) && pred(e)
    )
    // MaxResults 5–1000 — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInterfaces.html (read 2026-11)
    const { NextToken, page } = yield* attempt(paginate(selected, req, { min: 5, max: 1000 }))
    return { NetworkInterfaces: page.map((e) => eniOut(w, e)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeNetworkInterfaces"> => ({
  describeNetworkInterfaces: (req) => engine.transact((w) => describeNetworkInterfaces(w, req))
})

// ------------------------------------------------------------------------------------------------
// Per-type limits and private IPv4 allocation (used by RunInstances, AttachVolume)
// ------------------------------------------------------------------------------------------------

/**
 * ENI limits of an instance type from core's catalogue (`NetworkInfo.MaximumNetworkInterfaces`,
 * `Ipv4AddressesPerInterface`). Where the catalogue has no figure the strictest plausible default is
 * used: 2 interfaces and 2 IPv4 addresses per interface, the smallest values of any current type
 * (t3.nano/t3a.nano/t4g.nano in the catalogue; https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html#gp_network, read 2026-11).
 *
 * @internal
 */
export const eniLimits = (instanceType: string): { readonly MaximumNetworkInterfaces: number; readonly Ipv4AddressesPerInterface: number } => {
  const info = InstanceTypeCatalogue.lookup(instanceType)
  const v = Option.isSome(info) ? info.value : undefined
  return {
    MaximumNetworkInterfaces: v?.maximumNetworkInterfaces ?? 2,
    Ipv4AddressesPerInterface: v?.ipv4AddressesPerInterface ?? 2
  }
}

/**
 * Nitro types with a dedicated EBS attachment limit by size, "not shared with other device
 * attachments" — https://docs.aws.amazon.com/ebs/latest/userguide/volume_limits.html ("Amazon EBS
 * volume limits for Amazon EC2 instances", read 2026-11). Only the families every revision of the page
 * lists are encoded; the others fall back to the shared limit (the stricter rule).
 */
const DEDICATED_FAMILIES: ReadonlySet<string> = new Set(["m7a", "m7i", "m7i-flex", "c7a", "c7i", "c7i-flex", "r7a", "r7i", "r7iz"])
const DEDICATED_BY_SIZE: Readonly<Record<string, number>> = {
  medium: 32,
  large: 32,
  xlarge: 32,
  "2xlarge": 32,
  "4xlarge": 32,
  "8xlarge": 32,
  "12xlarge": 32,
  "16xlarge": 48,
  "24xlarge": 64,
  "32xlarge": 88,
  "48xlarge": 128,
  "metal-16xl": 39,
  "metal-24xl": 39,
  "metal-32xl": 79,
  "metal-48xl": 79
}

/**
 * Shared limit of the other Nitro types: "most … support a maximum of 28 attachments", shared between
 * EBS volumes, network interfaces and NVMe instance store volumes ("You can attach any number of
 * Amazon EBS volumes up to that limit, less the number of attached network interfaces and NVMe
 * instance store volumes") — https://docs.aws.amazon.com/ebs/latest/userguide/volume_limits.html (read 2026-11).
 *
 * @internal
 */
export const NITRO_SHARED_ATTACHMENTS = 28

/**
 * The EBS attachment limit of an instance type:
 * - `dedicated`: EBS volumes only, per the size table above;
 * - `shared`: 28 over EBS volumes + ENIs + NVMe instance store volumes. The catalogue carries the
 *   instance store's total size but not its number of disks, so a type with NVMe instance store
 *   counts one disk (the lower bound; the real count can be higher);
 * - `none`: Xen types (no hard limit, 40 recommended; not enforced).
 *
 * @internal
 */
export const attachmentLimit = (instanceType: string): {
  readonly Kind: "shared" | "dedicated" | "none"
  readonly Limit: number
  readonly InstanceStoreVolumes: number
} => {
  const info = InstanceTypeCatalogue.lookup(instanceType)
  const v = Option.isSome(info) ? info.value : undefined
  // bare metal types carry no hypervisor field; they are built on Nitro
  if (v?.hypervisor === "xen") return { Kind: "none", Limit: Infinity, InstanceStoreVolumes: 0 }
  const parsed = InstanceType.parseOption(instanceType)
  if (Option.isSome(parsed)) {
    const [family = "", size = ""] = instanceType.split(".")
    const limit = DEDICATED_BY_SIZE[size]
    if (DEDICATED_FAMILIES.has(family) && limit !== undefined) return { Kind: "dedicated", Limit: limit, InstanceStoreVolumes: 0 }
  }
  const store = v?.instanceStorageNvme === true || (v?.instanceStorageTotalSizeInGB ?? 0) > 0 ? 1 : 0
  return { Kind: "shared", Limit: NITRO_SHARED_ATTACHMENTS, InstanceStoreVolumes: store }
}

/**
 * Private IPv4 allocation for one request. The World's IP index holds every ENI's primary and
 * secondary addresses; addresses requested explicitly in the request are reserved before any
 * automatic allocation.
 *
 * @internal
 */
export const ipAllocator = (w: World) => {
  const reserved = new Set<string>()
  return {
    /** In use by an ENI (primary or secondary) or reserved by this request. */
    isUsed: (subnetId: string, ip: string) => w.isPrivateIpUsed(subnetId, ip) || reserved.has(`${subnetId}|${ip}`),
    reserve: (subnetId: string, ip: string) => void reserved.add(`${subnetId}|${ip}`),
    /** The lowest free address of the subnet, or `undefined` when it is full. */
    allocate: (subnetId: string): string | undefined => {
      for (;;) {
        const ip = w.allocatePrivateIp(subnetId)
        if (ip === undefined) return undefined
        if (!reserved.has(`${subnetId}|${ip}`)) return ip
      }
    }
  }
}
