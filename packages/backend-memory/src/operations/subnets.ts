/**
 * Subnets: CreateSubnet, DescribeSubnets, DeleteSubnet and ModifySubnetAttribute. A subnet lies
 * inside its VPC's block, overlaps no other subnet of the VPC, sits in one AZ (by name or id) and
 * loses five addresses to AWS (`Net.assignableRange`); `AvailableIpAddressCount` is the world's count
 * of free addresses, kept on every write of an ENI (instances' interfaces included).
 *
 * Facts and their sources: /work/shared/docs/networking-facts.md §3, §5 (read 2026-12-06).
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import { canonicalCidr, MaxPrefix, MinPrefix, overlaps, within } from "../internal/Fabric.js"
import { parseCidr } from "../internal/Net.js"
import type { SubnetRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, freshId, paginate, tagsFromSpecs, tagsOut } from "./tags.js"
import { findVpc } from "./vpcs.js"

type Req<K extends keyof Ec2.Implementation> = Parameters<Ec2.Implementation[K]>[0]

/** Subnets per VPC: 200 (amazon-vpc-limits.html, read 2026-12-06; code `SubnetLimitExceeded` from ERR, text unverified). */
export const MaxSubnetsPerVpc = 200

/** The subnet of an id, or AWS's `InvalidSubnetID.NotFound`. */
export const findSubnet = (w: World, id: string) => {
  const s = w.get("subnets", id)
  return s === undefined ? Effect.fail(Identifier.notFound("subnet", id)) : Effect.succeed(s)
}

/** The SDK `Subnet` shape; `AvailableIpAddressCount` counts free assignable addresses now. */
export const subnetOut = (w: World, s: SubnetRecord) => ({
  SubnetId: s.SubnetId,
  SubnetArn: w.arn("subnet", s.SubnetId),
  VpcId: s.VpcId,
  OwnerId: s.OwnerId,
  AvailabilityZone: s.AvailabilityZone,
  AvailabilityZoneId: s.AvailabilityZoneId,
  CidrBlock: s.CidrBlock,
  AvailableIpAddressCount: w.freeIps(s.SubnetId),
  State: s.State,
  DefaultForAz: s.DefaultForAz,
  MapPublicIpOnLaunch: s.MapPublicIpOnLaunch,
  MapCustomerOwnedIpOnLaunch: false,
  AssignIpv6AddressOnCreation: false,
  Ipv6CidrBlockAssociationSet: [],
  EnableDns64: false,
  Ipv6Native: false,
  PrivateDnsNameOptionsOnLaunch: { HostnameType: "ip-name" as const, EnableResourceNameDnsARecord: false, EnableResourceNameDnsAAAARecord: false },
  ...tagsOut(w, s.SubnetId)
})

/** The AZ of a CreateSubnet request: by name or id (not both), else the AZ with fewest subnets of the VPC. */
const zoneOf = (w: World, req: Req<"createSubnet">) =>
  Effect.gen(function*() {
    const zones = w.meta.Zones
    if (req.AvailabilityZone !== undefined && req.AvailabilityZoneId !== undefined) {
      // SDK CreateSubnetRequest: "use either AvailabilityZone or AvailabilityZoneId"; text unverified
      return yield* Ec2Error.fail("InvalidParameterCombination", "Only one of availabilityZone or availabilityZoneId may be specified.")
    }
    const invalid = (name: string, value: string) =>
      // OBS Coalfire-Research/npk#10 (networking-facts §3); the AZ-id variant is shaped like it (unverified)
      Ec2Error.fail(
        "InvalidParameterValue",
        `Value (${value}) for parameter ${name} is invalid. Subnets can currently only be created in the following availability zones: ${
          zones.map((z) => name === "availabilityZoneId" ? z.ZoneId : z.ZoneName).join(", ")
        }.`
      )
    if (req.AvailabilityZone !== undefined) {
      const z = zones.find((z) => z.ZoneName === req.AvailabilityZone)
      return z ?? (yield* invalid("availabilityZone", req.AvailabilityZone))
    }
    if (req.AvailabilityZoneId !== undefined) {
      const z = zones.find((z) => z.ZoneId === req.AvailabilityZoneId)
      return z ?? (yield* invalid("availabilityZoneId", req.AvailabilityZoneId))
    }
    // "If you don't specify … we choose one for you" (SDK): the AZ with the fewest subnets of the VPC
    const inVpc = [...w.all("subnets")].filter((s) => s.VpcId === req.VpcId)
    const count = (zone: string) => inVpc.filter((s) => s.AvailabilityZone === zone).length
    return zones.reduce((best, z) => (count(z.ZoneName) < count(best.ZoneName) ? z : best), zones[0]!)
  })

export const createSubnet = (w: World, req: Req<"createSubnet">) =>
  Effect.gen(function*() {
    const unsupported = (["Ipv6CidrBlock", "OutpostArn", "Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6IpamPoolId", "Ipv6NetmaskLength"] as const)
      .filter((k) => req[k] !== undefined)
    if (req.Ipv6Native === true) unsupported.push("Ipv6Native" as never)
    if (unsupported.length > 0) {
      return yield* Ec2Error.fail("UnsupportedOperation", `The memory backend does not model ${unsupported.join(", ")} (IPv6, Outposts and IPAM pools).`)
    }
    const vpc = yield* findVpc(w, req.VpcId)
    if (req.CidrBlock === undefined) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter cidrBlock")
    const cidr = canonicalCidr(req.CidrBlock)
    // OBS pulumi/pulumi-awsx#111: outside the VPC (or not a /16–/28 block) → InvalidSubnet.Range
    if (cidr === undefined || parseCidr(cidr).prefix < MinPrefix || parseCidr(cidr).prefix > MaxPrefix || !within(cidr, vpc.CidrBlock)) {
      return yield* Ec2Error.fail("InvalidSubnet.Range", `The CIDR '${req.CidrBlock}' is invalid.`)
    }
    const siblings = [...w.all("subnets")].filter((s) => s.VpcId === vpc.VpcId)
    if (siblings.some((s) => overlaps(s.CidrBlock, cidr))) {
      // OBS hashicorp/terraform#33470 (no final period)
      return yield* Ec2Error.fail("InvalidSubnet.Conflict", `The CIDR '${req.CidrBlock}' conflicts with another subnet`)
    }
    const zone = yield* zoneOf(w, req)
    const tags = yield* attempt(tagsFromSpecs(req.TagSpecifications, "subnet"))
    if (siblings.length >= MaxSubnetsPerVpc) {
      return yield* Ec2Error.fail("SubnetLimitExceeded", "The maximum number of subnets has been reached.")
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const subnet: SubnetRecord = {
      SubnetId: yield* freshId("subnet", (id) => w.get("subnets", id) !== undefined),
      VpcId: vpc.VpcId,
      AvailabilityZone: zone.ZoneName,
      AvailabilityZoneId: zone.ZoneId,
      CidrBlock: cidr,
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
      State: "available",
      OwnerId: w.meta.AccountId
    }
    w.put("subnets", subnet)
    // a new subnet is associated with its VPC's default network ACL (vpc-network-acls.html)
    const acl = [...w.all("networkAcls")].find((a) => a.VpcId === vpc.VpcId && a.IsDefault)
    if (acl !== undefined) {
      const NetworkAclAssociationId = yield* Identifier.generate("networkAclAssociation")
      w.put("networkAcls", { ...acl, Associations: [...acl.Associations, { NetworkAclAssociationId, SubnetId: subnet.SubnetId }] })
    }
    if (tags.length > 0) w.setTags(subnet.SubnetId, tags)
    // CLIEX create-subnet answers `available` at once
    return { Subnet: subnetOut(w, subnet) }
  })

export const describeSubnets = (w: World, req: Req<"describeSubnets">) =>
  Effect.gen(function*() {
    for (const id of req.SubnetIds ?? []) yield* findSubnet(w, id)
    const b = (x: boolean) => String(x)
    const az = (s: SubnetRecord) => [s.AvailabilityZone]
    const azId = (s: SubnetRecord) => [s.AvailabilityZoneId]
    const cidr = (s: SubnetRecord) => [s.CidrBlock]
    const dfa = (s: SubnetRecord) => [b(s.DefaultForAz)]
    const no = () => ["false"]
    const none = () => []
    const pred = yield* attempt(compileFilters<SubnetRecord>(req.Filters, {
      "availability-zone": az,
      availabilityZone: az,
      "availability-zone-id": azId,
      availabilityZoneId: azId,
      "available-ip-address-count": (s) => [String(w.freeIps(s.SubnetId))],
      "cidr-block": cidr,
      cidr,
      cidrBlock: cidr,
      "customer-owned-ipv4-pool": none,
      "default-for-az": dfa,
      defaultForAz: dfa,
      "enable-dns64": no,
      "enable-lni-at-device-index": none,
      "ipv6-cidr-block-association.ipv6-cidr-block": none,
      "ipv6-cidr-block-association.association-id": none,
      "ipv6-cidr-block-association.state": none,
      "ipv6-native": no,
      "map-customer-owned-ip-on-launch": no,
      "map-public-ip-on-launch": (s) => [b(s.MapPublicIpOnLaunch)],
      "outpost-arn": none,
      "owner-id": (s) => [s.OwnerId],
      "private-dns-name-options-on-launch.hostname-type": () => ["ip-name"],
      "private-dns-name-options-on-launch.enable-resource-name-dns-a-record": no,
      "private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record": no,
      state: (s) => [s.State],
      "subnet-arn": (s) => [w.arn("subnet", s.SubnetId)],
      "subnet-id": (s) => [s.SubnetId],
      "vpc-id": (s) => [s.VpcId]
    }, (s) => w.tagsOf(s.SubnetId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ids = req.SubnetIds === undefined ? undefined : new Set<string>(req.SubnetIds)
    const selected = [...w.all("subnets")].filter((s) => (ids === undefined || ids.has(s.SubnetId)) && pred(s))
    // MaxResults 5–1000 (API DescribeSubnets)
    const { NextToken, page } = yield* attempt(paginate(selected, req, { min: 5, max: 1000 }))
    return { Subnets: page.map((s) => subnetOut(w, s)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/** Whether anything lives in a subnet (ENIs, and so instances that are not terminated). */
export const subnetHasDependencies = (w: World, subnetId: string): boolean =>
  [...w.all("networkInterfaces")].some((e) => e.SubnetId === subnetId) ||
  [...w.all("instances")].some((i) => i.SubnetId === subnetId && i.Lifecycle.State !== "terminated")

export const deleteSubnet = (w: World, req: Req<"deleteSubnet">) =>
  Effect.gen(function*() {
    const subnet = yield* findSubnet(w, req.SubnetId)
    if (subnetHasDependencies(w, subnet.SubnetId)) {
      // OBS gruntwork-io/cloud-nuke#285 (networking-facts §5)
      return yield* Ec2Error.fail("DependencyViolation", `The subnet '${subnet.SubnetId}' has dependencies and cannot be deleted.`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    // its route table and network ACL associations go with it
    for (const t of [...w.all("routeTables")]) {
      if (t.Associations.some((a) => a.SubnetId === subnet.SubnetId)) {
        w.put("routeTables", { ...t, Associations: t.Associations.filter((a) => a.SubnetId !== subnet.SubnetId) })
      }
    }
    for (const a of [...w.all("networkAcls")]) {
      if (a.Associations.some((x) => x.SubnetId === subnet.SubnetId)) {
        w.put("networkAcls", { ...a, Associations: a.Associations.filter((x) => x.SubnetId !== subnet.SubnetId) })
      }
    }
    w.del("subnets", subnet.SubnetId)
    w.setTags(subnet.SubnetId, [])
    return {}
  })

/**
 * ModifySubnetAttribute: one attribute per call (SDK). `MapPublicIpOnLaunch` is modelled (launches
 * follow it); `AssignIpv6AddressOnCreation`/`EnableDns64` can only be false here (no IPv6 block), the
 * customer-owned, hostname and LNI options are refused as not modelled.
 */
export const modifySubnetAttribute = (w: World, req: Req<"modifySubnetAttribute">) =>
  Effect.gen(function*() {
    const subnet = yield* findSubnet(w, req.SubnetId)
    const given = ([
      "AssignIpv6AddressOnCreation", "MapPublicIpOnLaunch", "MapCustomerOwnedIpOnLaunch", "CustomerOwnedIpv4Pool", "EnableDns64",
      "PrivateDnsHostnameTypeOnLaunch", "EnableResourceNameDnsARecordOnLaunch", "EnableResourceNameDnsAAAARecordOnLaunch",
      "EnableLniAtDeviceIndex", "DisableLniAtDeviceIndex"
    ] as const).filter((k) => req[k] !== undefined)
    if (given.length === 0) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter mapPublicIpOnLaunch")
    if (given.length > 1) {
      // "You can only modify one attribute at a time" (SDK ModifySubnetAttributeRequest); text unverified
      return yield* Ec2Error.fail("InvalidParameterCombination", `Fields for multiple attribute types specified: ${given.join(", ")}`)
    }
    const name = given[0]!
    if (name === "MapPublicIpOnLaunch") {
      const value = req.MapPublicIpOnLaunch?.Value
      if (value === undefined) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter mapPublicIpOnLaunch.value")
      w.put("subnets", { ...subnet, MapPublicIpOnLaunch: value })
      return {}
    }
    if ((name === "AssignIpv6AddressOnCreation" || name === "EnableDns64") && req[name]?.Value === false) {
      return {}
    }
    if (name === "AssignIpv6AddressOnCreation") {
      // the subnet has no IPv6 block; text unverified
      return yield* Ec2Error.fail("InvalidParameterValue", `Subnet '${subnet.SubnetId}' has no IPv6 CIDR block: IPv6 addresses cannot be assigned on creation.`)
    }
    return yield* Ec2Error.fail("UnsupportedOperation", `The memory backend does not model the subnet attribute ${name}.`)
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "createSubnet" | "describeSubnets" | "deleteSubnet" | "modifySubnetAttribute"
> => ({
  createSubnet: (req) => engine.transact((w) => createSubnet(w, req)),
  describeSubnets: (req) => engine.transact((w) => describeSubnets(w, req)),
  deleteSubnet: (req) => engine.transact((w) => deleteSubnet(w, req)),
  modifySubnetAttribute: (req) => engine.transact((w) => modifySubnetAttribute(w, req))
})
