/**
 * DescribeNetworkInterfaces: each instance's primary ENI (and any ENI the world holds), with its
 * attachment, security groups and public IPv4 association.
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
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
    SourceDestCheck: true,
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
    PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: e.PrivateIpAddress, PrivateDnsName: dns, ...(assoc !== undefined ? { Association: assoc } : {}) }],
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
      // as DescribeInstances (strictest plausible; text unverified)
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
      "private-ip-address": (e) => [e.PrivateIpAddress],
      "addresses.private-ip-address": (e) => [e.PrivateIpAddress],
      "addresses.primary": () => ["true"],
      "private-dns-name": (e) => [privateDnsName(e.PrivateIpAddress, w.meta.Region)],
      "group-id": (e) => e.GroupIds,
      "group-name": (e) => e.GroupIds.map((id) => w.get("securityGroups", id)?.GroupName),
      "requester-managed": () => ["false"],
      "source-dest-check": () => ["true"],
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
