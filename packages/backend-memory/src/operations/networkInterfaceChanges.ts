/**
 * Network interfaces beyond DescribeNetworkInterfaces: Create/Attach/Detach/DeleteNetworkInterface,
 * ModifyNetworkInterfaceAttribute and Assign/UnassignPrivateIpAddresses. Addresses come from the
 * world's per-subnet index (`World.allocatePrivateIp`), so no address is handed out twice and a
 * subnet's `AvailableIpAddressCount` follows every change; the per-type limits come from core's
 * catalogue (`eniLimits`).
 *
 * Facts and their sources: /work/shared/docs/networking-facts.md §6 (read 2026-12-06). Where AWS's
 * answer is unknown the rule is the strictest plausible one and the text says "unverified".
 * Attach and detach complete at once (AWS shows `attaching`/`detaching` briefly; not modelled).
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import { assignableRange, contains, ipToInt } from "../internal/Net.js"
import type { InstanceRecord, NetworkInterfaceRecord, SubnetRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { describeNetworkInterfaces, eniLimits, ipAllocator } from "./networkInterfaces.js"
import { findSubnet } from "./subnets.js"
import { attempt, freshId, tagsFromSpecs } from "./tags.js"

type Req<K extends keyof Ec2.Implementation> = Parameters<Ec2.Implementation[K]>[0]

/**
 * Private IPv4 addresses of an interface that is not attached: the largest per-interface figure of
 * current types (50, e.g. c5.24xlarge; https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html,
 * read 2026-12-06). Once attached, the instance type's `Ipv4AddressesPerInterface` applies.
 */
export const MaxAddressesUnattached = 50

/** Security groups per interface: 5 by default (amazon-vpc-limits.html, read 2026-12-06). */
export const MaxGroupsPerInterface = 5

const fail = (code: string, message: string) => Ec2Error.fail(code, message)

/** The interface of an id, or AWS's `InvalidNetworkInterfaceID.NotFound`. */
export const findEni = (w: World, id: string) => {
  const e = w.get("networkInterfaces", id)
  return e === undefined ? Effect.fail(Identifier.notFound("networkInterface", id)) : Effect.succeed(e)
}

const inUse = (id: string) =>
  // OBS gruntwork-io/cloud-nuke#431, #1132 (networking-facts §5)
  fail("InvalidParameterValue", `Network interface '${id}' is currently in use.`)

/** A valid IPv4 in the subnet's assignable range (same answer as RunInstances' requested addresses). */
const checkInRange = (subnet: SubnetRecord, ip: string) => {
  const parts = ip.split(".")
  const valid = parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
  const range = assignableRange(subnet.CidrBlock)
  return !valid || !contains(subnet.CidrBlock, ip) || ipToInt(ip) < range.first || ipToInt(ip) > range.last
    // text observed (JamesWoolfenden/terraform-aws-cassandra#18, 2023), as in RunInstances
    ? fail("InvalidParameterValue", `Address ${ip} does not fall within the subnet's address range`)
    : Effect.void
}

const addressInUse = (ip: string) =>
  // text observed: aws/aws-cli#7178 (2022), as in RunInstances
  fail("InvalidIPAddress.InUse", `Address ${ip} is in use.`)

const insufficient = (subnetId: string) =>
  fail("InsufficientFreeAddressesInSubnet", `There are not enough free addresses in subnet '${subnetId}' to satisfy the requested number of instances.`)

const tooManyAddresses = () =>
  // OBS aws/amazon-vpc-cni-k8s#989, cilium/cilium#36428
  fail("PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit.")

/** Security groups of an interface: ids of the subnet's VPC, at most five; none → the VPC's `default` group. */
const groupsOf = (w: World, groups: ReadonlyArray<string> | undefined, vpcId: string, subnetId: string) =>
  Effect.gen(function*() {
    const ids = [...new Set(groups ?? [])]
    for (const g of ids) {
      yield* attempt(Identifier.parse("securityGroup", g))
      const sg = w.get("securityGroups", g)
      if (sg === undefined) return yield* Effect.fail(Identifier.notFound("securityGroup", g))
      if (sg.VpcId !== vpcId) {
        // OBS ansible/ansible-modules-core#347 (as in RunInstances)
        return yield* fail("InvalidParameter", `Security group ${g} and subnet ${subnetId} belong to different networks.`)
      }
    }
    if (ids.length > MaxGroupsPerInterface) {
      // ERR: SecurityGroupsPerInterfaceLimitExceeded; text unverified
      return yield* fail("SecurityGroupsPerInterfaceLimitExceeded", "The maximum number of security groups per interface has been reached.")
    }
    if (ids.length > 0) return ids
    // unverified: AWS's sources do not say which group an ENI created without Groups gets; the VPC's default is assumed
    return [...w.all("securityGroups")].filter((g) => g.VpcId === vpcId && g.GroupName === "default").map((g) => g.GroupId)
  })

/** The per-interface address limit of an interface now (its instance's type when attached). */
const addressLimitOf = (w: World, e: NetworkInterfaceRecord): number => {
  const i = e.Attachment === undefined ? undefined : w.get("instances", e.Attachment.InstanceId)
  return i === undefined ? MaxAddressesUnattached : eniLimits(i.InstanceType).Ipv4AddressesPerInterface
}

const addressesOf = (e: NetworkInterfaceRecord) => 1 + (e.SecondaryPrivateIpAddresses?.length ?? 0)

export const createNetworkInterface = (w: World, req: Req<"createNetworkInterface">) =>
  Effect.gen(function*() {
    const unsupported = (["Ipv4Prefixes", "Ipv4PrefixCount", "Ipv6Prefixes", "Ipv6PrefixCount", "Ipv6Addresses", "ConnectionTrackingSpecification", "Operator"] as const)
      .filter((k) => req[k] !== undefined)
    if ((req.Ipv6AddressCount ?? 0) > 0) unsupported.push("Ipv6AddressCount" as never)
    if (req.EnablePrimaryIpv6 === true) unsupported.push("EnablePrimaryIpv6" as never)
    if (req.InterfaceType !== undefined && req.InterfaceType !== ("interface" as never)) unsupported.push(`InterfaceType ${req.InterfaceType}` as never)
    if (unsupported.length > 0) {
      return yield* fail("UnsupportedOperation", `The memory backend does not model ${unsupported.join(", ")} (prefixes, IPv6, EFA/trunk interfaces).`)
    }
    const subnet = yield* findSubnet(w, req.SubnetId)
    const groups = yield* groupsOf(w, req.Groups, subnet.VpcId, subnet.SubnetId)
    const listed = req.PrivateIpAddresses ?? []
    const primaries = listed.filter((p) => p.Primary === true)
    if (primaries.length > 1 || (primaries.length === 1 && req.PrivateIpAddress !== undefined && primaries[0]!.PrivateIpAddress !== req.PrivateIpAddress)) {
      // SDK: one address of PrivateIpAddresses may be primary; text unverified
      return yield* fail("InvalidParameterValue", "Only one primary private IP address can be specified.")
    }
    if (listed.length > 0 && req.SecondaryPrivateIpAddressCount !== undefined) {
      // SDK: explicit addresses and a count exclude each other; text unverified
      return yield* fail("InvalidParameterCombination", "The parameters privateIpAddresses and secondaryPrivateIpAddressCount cannot be used together.")
    }
    const count = req.SecondaryPrivateIpAddressCount ?? 0
    if (!Number.isInteger(count) || count < 0) return yield* Effect.fail(Ec2Error.invalidValue(String(count), "SecondaryPrivateIpAddressCount"))
    const primaryIp = req.PrivateIpAddress ?? primaries[0]?.PrivateIpAddress
    const secondaryIps = listed.filter((p) => p.Primary !== true).map((p) => p.PrivateIpAddress).filter((ip): ip is string => ip !== undefined)
      .filter((ip) => ip !== primaryIp)
    const explicit = [...(primaryIp !== undefined ? [primaryIp] : []), ...secondaryIps]
    if (new Set(explicit).size !== explicit.length) return yield* addressInUse(explicit.find((ip, i) => explicit.indexOf(ip) !== i)!)
    for (const ip of explicit) {
      yield* checkInRange(subnet, ip)
      if (w.isPrivateIpUsed(subnet.SubnetId, ip)) return yield* addressInUse(ip)
    }
    const total = 1 + secondaryIps.length + count
    if (total > MaxAddressesUnattached) return yield* tooManyAddresses()
    const autos = total - explicit.length
    if (w.freeIps(subnet.SubnetId) - explicit.length < autos) return yield* insufficient(subnet.SubnetId)
    const tags = yield* attempt(tagsFromSpecs(req.TagSpecifications, "network-interface"))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const id = yield* freshId("networkInterface", (x) => w.get("networkInterfaces", x) !== undefined)
    const base: NetworkInterfaceRecord = {
      NetworkInterfaceId: id,
      SubnetId: subnet.SubnetId,
      VpcId: subnet.VpcId,
      AvailabilityZone: subnet.AvailabilityZone,
      PrivateIpAddress: primaryIp ?? "0.0.0.0",
      MacAddress: w.macAddress(),
      Status: "available",
      Description: req.Description ?? "",
      GroupIds: groups,
      OwnerId: w.meta.AccountId,
      InterfaceType: "interface",
      ...(secondaryIps.length > 0 ? { SecondaryPrivateIpAddresses: secondaryIps } : {})
    }
    let record = base
    // explicit addresses are reserved first, so the automatic ones skip them
    const alloc = ipAllocator(w)
    for (const ip of explicit) alloc.reserve(subnet.SubnetId, ip)
    if (primaryIp === undefined) {
      // the placeholder is never indexed: the record is written only once its primary is known
      const ip = alloc.allocate(subnet.SubnetId)
      if (ip === undefined) return yield* insufficient(subnet.SubnetId)
      record = { ...record, PrivateIpAddress: ip }
    }
    w.put("networkInterfaces", record)
    const more: Array<string> = []
    for (let k = 0; k < count; k++) {
      const ip = alloc.allocate(subnet.SubnetId)
      if (ip === undefined) return yield* insufficient(subnet.SubnetId)
      more.push(ip)
    }
    if (more.length > 0) {
      record = { ...record, SecondaryPrivateIpAddresses: [...(record.SecondaryPrivateIpAddresses ?? []), ...more] }
      w.put("networkInterfaces", record)
    }
    if (tags.length > 0) w.setTags(id, tags)
    const out = yield* describeNetworkInterfaces(w, { NetworkInterfaceIds: [id as never] })
    // CLIEX create-network-interface answers `pending` (outside the SDK's enum), then `available`
    return {
      NetworkInterface: { ...out.NetworkInterfaces[0]!, Status: "pending" as never },
      ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken } : {})
    }
  })

/** The instance's interface ids after a change, primary first, then by device index. */
const withInterfaces = (w: World, i: InstanceRecord, add?: string, remove?: string): InstanceRecord => {
  const ids = [...(i.SecondaryNetworkInterfaceIds ?? [])].filter((x) => x !== remove)
  if (add !== undefined) ids.push(add)
  const index = (x: string) => w.get("networkInterfaces", x)?.Attachment?.DeviceIndex ?? 0
  ids.sort((a, b) => index(a) - index(b))
  const { SecondaryNetworkInterfaceIds: _, ...rest } = i
  return ids.length > 0 ? { ...rest, SecondaryNetworkInterfaceIds: ids } : rest
}

export const attachNetworkInterface = (w: World, req: Req<"attachNetworkInterface">) =>
  Effect.gen(function*() {
    const eni = yield* findEni(w, req.NetworkInterfaceId)
    const inst = w.get("instances", req.InstanceId)
    if (inst === undefined || inst.Lifecycle.State === "terminated") return yield* Effect.fail(Identifier.notFound("instance", req.InstanceId))
    if (req.EnaSrdSpecification !== undefined || req.EnaQueueCount !== undefined) {
      return yield* fail("UnsupportedOperation", "The memory backend does not model ENA Express or queue counts.")
    }
    const device = req.DeviceIndex
    if (!Number.isInteger(device) || device < 0) return yield* Effect.fail(Ec2Error.invalidValue(String(device), "DeviceIndex"))
    if ((req.NetworkCardIndex ?? 0) !== 0) {
      // one network card per instance is modelled; strictest: any other card index is refused (text unverified)
      return yield* fail("InvalidParameterValue", `Value (${req.NetworkCardIndex}) for parameter networkCardIndex is invalid.`)
    }
    if (inst.Lifecycle.State !== "running" && inst.Lifecycle.State !== "stopped") {
      // interfaces attach to running or stopped instances (E23 using-eni); text unverified
      return yield* fail("IncorrectInstanceState", `The instance '${inst.InstanceId}' is not in the 'running' or 'stopped' state.`)
    }
    if (eni.Attachment !== undefined || eni.Status !== "available") return yield* inUse(eni.NetworkInterfaceId)
    if (eni.VpcId !== inst.VpcId) {
      return yield* fail("InvalidParameterValue", `Network interface ${eni.NetworkInterfaceId} and instance ${inst.InstanceId} belong to different networks.`)
    }
    if (eni.AvailabilityZone !== inst.AvailabilityZone) {
      // the rule is documented (E23 using-eni: same AZ); code and text unverified
      return yield* fail("InvalidParameterValue", `Network interface ${eni.NetworkInterfaceId} is in availability zone ${eni.AvailabilityZone}, but instance ${inst.InstanceId} is in ${inst.AvailabilityZone}.`)
    }
    const attached = [...w.all("networkInterfaces")].filter((e) => e.Attachment?.InstanceId === inst.InstanceId)
    if (attached.some((e) => e.Attachment!.DeviceIndex === device)) {
      // OBS lstoll/k8s-vpcnet#71, cilium/cilium#42512
      return yield* fail("InvalidParameterValue", `Instance '${inst.InstanceId}' already has an interface attached at device index '${device}'.`)
    }
    const limits = eniLimits(inst.InstanceType)
    if (attached.length + 1 > limits.MaximumNetworkInterfaces) {
      // OBS cilium/cilium#8830, chef/knife-ec2#375
      return yield* fail("AttachmentLimitExceeded", `Interface count ${attached.length + 1} exceeds the limit for ${inst.InstanceType}`)
    }
    if (addressesOf(eni) > limits.Ipv4AddressesPerInterface) {
      // ERR InvalidInterface.IpAddressLimitExceeded; text unverified
      return yield* fail("InvalidInterface.IpAddressLimitExceeded", `The number of private IP addresses of ${eni.NetworkInterfaceId} exceeds the limit of ${limits.Ipv4AddressesPerInterface} per interface for ${inst.InstanceType}.`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const hex = (yield* Identifier.generate("networkInterfaceAttachment")).slice("eni-attach-".length)
    const AttachmentId = `eni-attach-${hex}`
    w.put("networkInterfaces", {
      ...eni,
      Status: "in-use",
      // AttachNetworkInterface has no DeleteOnTermination; believed false (networking-facts §10, unverified)
      Attachment: { AttachmentId, InstanceId: inst.InstanceId, DeviceIndex: device, DeleteOnTermination: false, Status: "attached", AttachTime: w.now }
    })
    w.put("instances", withInterfaces(w, inst, eni.NetworkInterfaceId))
    return { AttachmentId, NetworkCardIndex: 0 }
  })

/** The interface holding an attachment id, or `InvalidAttachmentID.NotFound`. */
const byAttachment = (w: World, attachmentId: string) => {
  const e = [...w.all("networkInterfaces")].find((x) => x.Attachment?.AttachmentId === attachmentId)
  return e === undefined ? Effect.fail(Identifier.notFound("networkInterfaceAttachment", attachmentId)) : Effect.succeed(e)
}

export const detachNetworkInterface = (w: World, req: Req<"detachNetworkInterface">) =>
  Effect.gen(function*() {
    const eni = yield* byAttachment(w, req.AttachmentId)
    const a = eni.Attachment!
    if (a.DeviceIndex === 0) {
      // OBS getmoto/moto#7678, redhat-performance/cloud-governance#950
      return yield* fail("OperationNotPermitted", "The network interface at device index 0 and networkCard index 0 cannot be detached.")
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const { Attachment: _, ...rest } = eni
    w.put("networkInterfaces", { ...rest, Status: "available" })
    const inst = w.get("instances", a.InstanceId)
    if (inst !== undefined) w.put("instances", withInterfaces(w, inst, undefined, eni.NetworkInterfaceId))
    return {}
  })

export const deleteNetworkInterface = (w: World, req: Req<"deleteNetworkInterface">) =>
  Effect.gen(function*() {
    const eni = yield* findEni(w, req.NetworkInterfaceId)
    if (eni.Attachment !== undefined) return yield* inUse(eni.NetworkInterfaceId)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    // an Elastic IP associated with the interface is disassociated (it stays allocated)
    for (const a of [...w.all("addresses")].filter((a) => a.NetworkInterfaceId === eni.NetworkInterfaceId)) {
      const { AssociationId: _a, InstanceId: _i, NetworkInterfaceId: _n, PrivateIpAddress: _p, ...free } = a
      w.put("addresses", free)
    }
    if (eni.PublicIp !== undefined && eni.AllocationId === undefined) w.releasePublicIp(eni.PublicIp)
    w.del("networkInterfaces", eni.NetworkInterfaceId)
    w.setTags(eni.NetworkInterfaceId, [])
    return {}
  })

/** ModifyNetworkInterfaceAttribute: one attribute per call (SDK). */
export const modifyNetworkInterfaceAttribute = (w: World, req: Req<"modifyNetworkInterfaceAttribute">) =>
  Effect.gen(function*() {
    const eni = yield* findEni(w, req.NetworkInterfaceId)
    const unsupported = (["EnaSrdSpecification", "EnablePrimaryIpv6", "ConnectionTrackingSpecification", "AssociatePublicIpAddress", "AssociatedSubnetIds"] as const)
      .filter((k) => req[k] !== undefined)
    if (unsupported.length > 0) return yield* fail("UnsupportedOperation", `The memory backend does not model ${unsupported.join(", ")}.`)
    const given = (["Description", "SourceDestCheck", "Groups", "Attachment"] as const).filter((k) => req[k] !== undefined)
    if (given.length === 0) return yield* fail("MissingParameter", "The request must contain the parameter description, sourceDestCheck, groupSet or attachment")
    if (given.length > 1) {
      // "You can specify only one attribute at a time" (SDK); text unverified
      return yield* fail("InvalidParameterCombination", `Fields for multiple attribute types specified: ${given.join(", ")}`)
    }
    const inst = eni.Attachment === undefined ? undefined : w.get("instances", eni.Attachment.InstanceId)
    const primaryOf = inst !== undefined && inst.PrimaryNetworkInterfaceId === eni.NetworkInterfaceId ? inst : undefined
    switch (given[0]!) {
      case "Description":
        if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
        w.put("networkInterfaces", { ...eni, Description: req.Description?.Value ?? "" })
        return {}
      case "SourceDestCheck": {
        const v = req.SourceDestCheck?.Value
        if (v === undefined) return yield* fail("MissingParameter", "The request must contain the parameter sourceDestCheck.value")
        if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
        w.put("networkInterfaces", { ...eni, SourceDestCheck: v })
        // the instance attribute is its primary interface's (ModifyInstanceAttribute sourceDestCheck)
        if (primaryOf !== undefined) w.put("instances", { ...primaryOf, SourceDestCheck: v })
        return {}
      }
      case "Groups": {
        if ((req.Groups ?? []).length === 0) {
          // "You must specify at least one group, even if it's just the default security group" (SDK); text unverified
          return yield* fail("MissingParameter", "The request must contain the parameter groupSet")
        }
        const groups = yield* groupsOf(w, req.Groups, eni.VpcId, eni.SubnetId)
        if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
        w.put("networkInterfaces", { ...eni, GroupIds: groups })
        if (primaryOf !== undefined) w.put("instances", { ...primaryOf, SecurityGroupIds: groups })
        return {}
      }
      case "Attachment": {
        const change = req.Attachment!
        if (change.AttachmentId === undefined) return yield* fail("MissingParameter", "The request must contain the parameter attachment.attachmentId")
        if (eni.Attachment?.AttachmentId !== change.AttachmentId) {
          return yield* Effect.fail(Identifier.notFound("networkInterfaceAttachment", change.AttachmentId))
        }
        if (change.DeleteOnTermination === undefined) return yield* fail("MissingParameter", "The request must contain the parameter attachment.deleteOnTermination")
        if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
        w.put("networkInterfaces", { ...eni, Attachment: { ...eni.Attachment, DeleteOnTermination: change.DeleteOnTermination } })
        return {}
      }
    }
  })

export const assignPrivateIpAddresses = (w: World, req: Req<"assignPrivateIpAddresses">) =>
  Effect.gen(function*() {
    const eni = yield* findEni(w, req.NetworkInterfaceId)
    if (req.Ipv4Prefixes !== undefined || req.Ipv4PrefixCount !== undefined) {
      return yield* fail("UnsupportedOperation", "The memory backend does not model IPv4 prefixes.")
    }
    const listed = req.PrivateIpAddresses ?? []
    const count = req.SecondaryPrivateIpAddressCount
    if (listed.length > 0 && count !== undefined) {
      return yield* fail("InvalidParameterCombination", "The parameters privateIpAddresses and secondaryPrivateIpAddressCount cannot be used together.")
    }
    if (listed.length === 0 && count === undefined) {
      return yield* fail("MissingParameter", "The request must contain the parameter privateIpAddress or secondaryPrivateIpAddressCount")
    }
    if (count !== undefined && (!Number.isInteger(count) || count < 1)) {
      return yield* Effect.fail(Ec2Error.invalidValue(String(count), "SecondaryPrivateIpAddressCount"))
    }
    const subnet = yield* findSubnet(w, eni.SubnetId)
    const mine = new Set([eni.PrivateIpAddress, ...(eni.SecondaryPrivateIpAddresses ?? [])])
    const fresh = [...new Set(listed)].filter((ip) => !mine.has(ip))
    /** Interfaces that give up an address (AllowReassignment). */
    const takenFrom = new Map<string, NetworkInterfaceRecord>()
    for (const ip of fresh) {
      yield* checkInRange(subnet, ip)
      if (!w.isPrivateIpUsed(subnet.SubnetId, ip)) continue
      const owner = [...w.all("networkInterfaces")].find((e) => e.SubnetId === subnet.SubnetId && (e.SecondaryPrivateIpAddresses ?? []).includes(ip))
      // a primary address is never reassigned; without AllowReassignment no address is
      if (req.AllowReassignment !== true || owner === undefined) return yield* addressInUse(ip)
      const prev = takenFrom.get(owner.NetworkInterfaceId) ?? owner
      takenFrom.set(owner.NetworkInterfaceId, { ...prev, SecondaryPrivateIpAddresses: (prev.SecondaryPrivateIpAddresses ?? []).filter((x) => x !== ip) })
    }
    const adding = count ?? fresh.length
    if (addressesOf(eni) + adding > addressLimitOf(w, eni)) return yield* tooManyAddresses()
    if (count !== undefined && w.freeIps(subnet.SubnetId) < count) return yield* insufficient(subnet.SubnetId)
    if (req.AllowReassignment !== true && fresh.length === 0 && count === undefined) {
      // every listed address is already this interface's: nothing to do
      return { NetworkInterfaceId: eni.NetworkInterfaceId, AssignedPrivateIpAddresses: [] }
    }
    for (const e of takenFrom.values()) {
      const { SecondaryPrivateIpAddresses: s, ...rest } = e
      w.put("networkInterfaces", s !== undefined && s.length > 0 ? e : rest)
    }
    const added = [...fresh]
    for (let k = 0; k < (count ?? 0); k++) {
      const ip = w.allocatePrivateIp(subnet.SubnetId)
      if (ip === undefined) return yield* insufficient(subnet.SubnetId)
      added.push(ip)
    }
    w.put("networkInterfaces", { ...eni, SecondaryPrivateIpAddresses: [...(eni.SecondaryPrivateIpAddresses ?? []), ...added] })
    return { NetworkInterfaceId: eni.NetworkInterfaceId, AssignedPrivateIpAddresses: added.map((PrivateIpAddress) => ({ PrivateIpAddress })) }
  })

export const unassignPrivateIpAddresses = (w: World, req: Req<"unassignPrivateIpAddresses">) =>
  Effect.gen(function*() {
    const eni = yield* findEni(w, req.NetworkInterfaceId)
    if (req.Ipv4Prefixes !== undefined) return yield* fail("UnsupportedOperation", "The memory backend does not model IPv4 prefixes.")
    const listed = [...new Set(req.PrivateIpAddresses ?? [])]
    if (listed.length === 0) return yield* fail("MissingParameter", "The request must contain the parameter privateIpAddress")
    const secondaries = eni.SecondaryPrivateIpAddresses ?? []
    const foreign = listed.filter((ip) => !secondaries.includes(ip))
    if (foreign.length > 0) {
      // the primary address cannot be unassigned, nor an address of another interface; text unverified
      return yield* fail("InvalidParameterValue", `Some of the specified addresses are not assigned to interface ${eni.NetworkInterfaceId}`)
    }
    // an Elastic IP associated with an address that goes is disassociated
    for (const a of [...w.all("addresses")]) {
      if (a.NetworkInterfaceId === eni.NetworkInterfaceId && a.PrivateIpAddress !== undefined && listed.includes(a.PrivateIpAddress)) {
        const { AssociationId: _a, InstanceId: _i, NetworkInterfaceId: _n, PrivateIpAddress: _p, ...free } = a
        w.put("addresses", free)
      }
    }
    const keep = secondaries.filter((ip) => !listed.includes(ip))
    const { SecondaryPrivateIpAddresses: _, ...rest } = eni
    w.put("networkInterfaces", keep.length > 0 ? { ...rest, SecondaryPrivateIpAddresses: keep } : rest)
    return {}
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  | "createNetworkInterface"
  | "attachNetworkInterface"
  | "detachNetworkInterface"
  | "deleteNetworkInterface"
  | "modifyNetworkInterfaceAttribute"
  | "assignPrivateIpAddresses"
  | "unassignPrivateIpAddresses"
> => ({
  createNetworkInterface: (req) => engine.transact((w) => createNetworkInterface(w, req)),
  attachNetworkInterface: (req) => engine.transact((w) => attachNetworkInterface(w, req)),
  detachNetworkInterface: (req) => engine.transact((w) => detachNetworkInterface(w, req)),
  deleteNetworkInterface: (req) => engine.transact((w) => deleteNetworkInterface(w, req)),
  modifyNetworkInterfaceAttribute: (req) => engine.transact((w) => modifyNetworkInterfaceAttribute(w, req)),
  assignPrivateIpAddresses: (req) => engine.transact((w) => assignPrivateIpAddresses(w, req)),
  unassignPrivateIpAddresses: (req) => engine.transact((w) => unassignPrivateIpAddresses(w, req))
})
