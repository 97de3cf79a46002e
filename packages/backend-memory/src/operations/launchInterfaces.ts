/**
 * The network interfaces and security groups of a launch: the request-level interface rules, the ENIs each
 * instance gets (new or existing), their addresses, and the groups by id or by name.
 *
 * @internal
 */
import { Ec2Error, Identifier } from "@ec2kit/core"
import { Effect } from "effect"
import { assignableRange, contains, ipToInt } from "../internal/Net.js"
import type { NetworkInterfaceRecord, SubnetRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, type RunInstancesRequest } from "./instanceShapes.js"
import { eniLimits, ipAllocator } from "./networkInterfaces.js"


/** One ENI RunInstances creates for each instance. */
export interface PlannedEni {
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
export const checkNetworkInterfaceSpecs = (req: RunInstancesRequest, instanceType: string) =>
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
export const planNetworkInterfaces = (
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
export const groupsFor = (w: World, groups: ReadonlyArray<string>, subnet: SubnetRecord) =>
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
export const groupIdsByName = (w: World, names: ReadonlyArray<string>, subnet: SubnetRecord) =>
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
