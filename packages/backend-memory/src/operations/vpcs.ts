/**
 * VPCs: CreateVpc, DescribeVpcs, DeleteVpc, Modify/DescribeVpcAttribute, CreateDefaultVpc and
 * DescribeAccountAttributes. Each new VPC comes with its main route table (`local` route), default
 * network ACL and default security group; DeleteVpc removes those three itself and refuses while
 * anything else depends on the VPC.
 *
 * Facts and their sources: /work/shared/docs/networking-facts.md §1, §2, §5, §7 (read 2026-12-06).
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import { canonicalCidr, defaultNetworkAcl, defaultSecurityGroup, defaultSubnets, isLinkLocal, MaxPrefix, MinPrefix, newRouteTable } from "../internal/Fabric.js"
import { parseCidr } from "../internal/Net.js"
import type { SubnetRecord, VpcRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, freshId, paginate, tagsFromSpecs, tagsOut } from "./tags.js"

type Req<K extends keyof Ec2.Implementation> = Parameters<Ec2.Implementation[K]>[0]

/**
 * VPCs per Region: 5, the default VPC included
 * (https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html, read 2026-12-06).
 */
export const MaxVpcs = 5

/** The VPC of an id, or AWS's `InvalidVpcID.NotFound`. */
export const findVpc = (w: World, id: string) => {
  const v = w.get("vpcs", id)
  return v === undefined ? Effect.fail(Identifier.notFound("vpc", id)) : Effect.succeed(v)
}

/** `DependencyViolation` of DeleteVpc (OBS terraform-aws-modules/terraform-aws-vpc#540, networking-facts §5). */
const vpcDependencies = (id: string) => Ec2Error.make("DependencyViolation", `The vpc '${id}' has dependencies and cannot be deleted.`)

/** The SDK `Vpc` shape of a record (`State` overridable: Create* answer `pending`, CLIEX create-vpc). */
export const vpcOut = (w: World, v: VpcRecord, state: "pending" | "available" = "available") => ({
  VpcId: v.VpcId,
  OwnerId: v.OwnerId,
  InstanceTenancy: v.InstanceTenancy ?? "default",
  State: state,
  CidrBlock: v.CidrBlock,
  ...(w.meta.DhcpOptionsId !== undefined ? { DhcpOptionsId: w.meta.DhcpOptionsId } : {}),
  IsDefault: v.IsDefault,
  CidrBlockAssociationSet: [{
    ...(v.CidrBlockAssociationId !== undefined ? { AssociationId: v.CidrBlockAssociationId } : {}),
    CidrBlock: v.CidrBlock,
    CidrBlockState: { State: "associated" as const }
  }],
  Ipv6CidrBlockAssociationSet: [],
  ...tagsOut(w, v.VpcId)
})

/** Rejects the IPv6 / IPAM / encryption-control options this backend does not model. */
const unsupportedOptions = (req: Req<"createVpc">) => {
  const given = (["Ipv6Pool", "Ipv6CidrBlock", "Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6IpamPoolId", "Ipv6NetmaskLength", "Ipv6CidrBlockNetworkBorderGroup", "VpcEncryptionControl"] as const)
    .filter((k) => req[k] !== undefined)
  if (req.AmazonProvidedIpv6CidrBlock === true) given.push("AmazonProvidedIpv6CidrBlock" as never)
  return given.length === 0
    ? Effect.void
    : Ec2Error.fail("UnsupportedOperation", `The memory backend does not model ${given.join(", ")} (IPv6 and IPAM pools).`)
}

/** A VPC block: canonical form, /16–/28, not link-local (`InvalidVpc.Range`, OBS grycap/im#1011). */
export const checkVpcCidr = (cidr: string) => {
  const c = canonicalCidr(cidr)
  if (c === undefined || isLinkLocal(c)) return Ec2Error.fail("InvalidVpc.Range", `The CIDR '${cidr}' is invalid.`)
  const { prefix } = parseCidr(c)
  return prefix < MinPrefix || prefix > MaxPrefix
    ? Ec2Error.fail("InvalidVpc.Range", `The CIDR '${cidr}' is invalid.`)
    : Effect.succeed(c)
}

const checkVpcQuota = (w: World) =>
  w.count("vpcs") >= MaxVpcs
    ? Ec2Error.fail("VpcLimitExceeded", "The maximum number of VPCs has been reached.")
    : Effect.void

/** Writes a new VPC and its main route table, default network ACL and default security group. */
const createFabric = (w: World, vpc: VpcRecord, subnets: ReadonlyArray<SubnetRecord>) =>
  Effect.gen(function*() {
    const main = yield* newRouteTable(w.meta.AccountId, vpc.VpcId, vpc.CidrBlock, true)
    const acl = yield* defaultNetworkAcl(w.meta.AccountId, vpc.VpcId, subnets.map((s) => s.SubnetId))
    const sgId = yield* freshId("securityGroup", (id) => w.get("securityGroups", id) !== undefined)
    const sg = yield* defaultSecurityGroup(w.meta.AccountId, vpc.VpcId, sgId)
    w.put("vpcs", vpc)
    for (const s of subnets) w.put("subnets", s)
    w.put("routeTables", main)
    w.put("networkAcls", acl)
    w.put("securityGroups", sg)
    return { main, sg }
  })

export const createVpc = (w: World, req: Req<"createVpc">) =>
  Effect.gen(function*() {
    yield* unsupportedOptions(req)
    if (req.CidrBlock === undefined) {
      // MissingParameter with AWS's wording for a missing member (networking-facts: CidrBlock is required without IPAM)
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter cidrBlock")
    }
    const cidr = yield* checkVpcCidr(req.CidrBlock)
    if (req.InstanceTenancy !== undefined && req.InstanceTenancy !== "default" && req.InstanceTenancy !== "dedicated") {
      // SDK CreateVpcRequest.InstanceTenancy: "host" is not supported for VPCs; text unverified
      return yield* Ec2Error.fail("InvalidParameterValue", `Value (${req.InstanceTenancy}) for parameter instanceTenancy is invalid.`)
    }
    const tags = yield* attempt(tagsFromSpecs(req.TagSpecifications, "vpc"))
    yield* checkVpcQuota(w)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const vpc: VpcRecord = {
      VpcId: yield* freshId("vpc", (id) => w.get("vpcs", id) !== undefined),
      CidrBlock: cidr,
      IsDefault: false,
      State: "available",
      OwnerId: w.meta.AccountId,
      CidrBlockAssociationId: yield* Identifier.generate("vpcCidrAssociation"),
      ...(req.InstanceTenancy === "dedicated" ? { InstanceTenancy: "dedicated" as const } : {})
    }
    yield* createFabric(w, vpc, [])
    if (tags.length > 0) w.setTags(vpc.VpcId, tags)
    return { Vpc: vpcOut(w, vpc, "pending") }
  })

/**
 * CreateDefaultVpc: 172.31.0.0/16 with a /20 default subnet per AZ (public IPv4 on launch), an
 * attached internet gateway and a 0.0.0.0/0 route to it, DNS hostnames on (V23:default-vpc).
 */
export const createDefaultVpc = (w: World, req: Req<"createDefaultVpc">) =>
  Effect.gen(function*() {
    if ([...w.all("vpcs")].some((v) => v.IsDefault)) {
      // OBS aws-samples/aws-blockchain-node-runners lib/solana/README.md (networking-facts §2)
      return yield* Ec2Error.fail("DefaultVpcAlreadyExists", "A Default VPC already exists for this account in this region.")
    }
    yield* checkVpcQuota(w)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const VpcId = yield* freshId("vpc", (id) => w.get("vpcs", id) !== undefined)
    const vpc: VpcRecord = {
      VpcId,
      CidrBlock: "172.31.0.0/16",
      IsDefault: true,
      State: "available",
      OwnerId: w.meta.AccountId,
      CidrBlockAssociationId: yield* Identifier.generate("vpcCidrAssociation"),
      EnableDnsHostnames: true
    }
    const subnets = yield* defaultSubnets(
      w.meta.Zones,
      VpcId,
      w.meta.AccountId,
      freshId("subnet", (id) => w.get("subnets", id) !== undefined)
    )
    const { main, sg } = yield* createFabric(w, vpc, subnets)
    const igwId = yield* freshId("internetGateway", (id) => w.get("internetGateways", id) !== undefined)
    w.put("internetGateways", { InternetGatewayId: igwId, OwnerId: w.meta.AccountId, VpcId })
    w.put("routeTables", { ...main, Routes: [...main.Routes, { DestinationCidrBlock: "0.0.0.0/0", GatewayId: igwId, Origin: "CreateRouteTable" }] })
    w.put("meta", { ...w.meta, DefaultVpcId: VpcId, DefaultSecurityGroupId: sg.GroupId })
    return { Vpc: vpcOut(w, vpc, "pending") }
  })

export const describeVpcs = (w: World, req: Req<"describeVpcs">) =>
  Effect.gen(function*() {
    for (const id of req.VpcIds ?? []) yield* findVpc(w, id)
    const b = (x: boolean) => String(x)
    const pred = yield* attempt(compileFilters<VpcRecord>(req.Filters, {
      cidr: (v) => [v.CidrBlock],
      "cidr-block-association.cidr-block": (v) => [v.CidrBlock],
      "cidr-block-association.association-id": (v) => [v.CidrBlockAssociationId],
      "cidr-block-association.state": () => ["associated"],
      "dhcp-options-id": () => [w.meta.DhcpOptionsId],
      "is-default": (v) => [b(v.IsDefault)],
      isDefault: (v) => [b(v.IsDefault)],
      "owner-id": (v) => [v.OwnerId],
      state: (v) => [v.State],
      "vpc-id": (v) => [v.VpcId],
      "ipv6-cidr-block-association.ipv6-cidr-block": () => [],
      "ipv6-cidr-block-association.ipv6-pool": () => [],
      "ipv6-cidr-block-association.association-id": () => [],
      "ipv6-cidr-block-association.state": () => []
    }, (v) => w.tagsOf(v.VpcId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ids = req.VpcIds === undefined ? undefined : new Set<string>(req.VpcIds)
    const selected = [...w.all("vpcs")].filter((v) => (ids === undefined || ids.has(v.VpcId)) && pred(v))
    // MaxResults 5–1000 (API DescribeVpcs)
    const { NextToken, page } = yield* attempt(paginate(selected, req, { min: 5, max: 1000 }))
    return { Vpcs: page.map((v) => vpcOut(w, v)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/** What keeps a VPC from being deleted (the main table, default ACL and default SG go with it). */
export const vpcHasDependencies = (w: World, vpcId: string): boolean =>
  [...w.all("subnets")].some((s) => s.VpcId === vpcId) ||
  [...w.all("networkInterfaces")].some((e) => e.VpcId === vpcId) ||
  [...w.all("securityGroups")].some((g) => g.VpcId === vpcId && g.GroupName !== "default") ||
  [...w.all("routeTables")].some((t) => t.VpcId === vpcId && !t.Associations.some((a) => a.Main)) ||
  [...w.all("internetGateways")].some((g) => g.VpcId === vpcId) ||
  [...w.all("instances")].some((i) => i.VpcId === vpcId && i.Lifecycle.State !== "terminated")

export const deleteVpc = (w: World, req: Req<"deleteVpc">) =>
  Effect.gen(function*() {
    const vpc = yield* findVpc(w, req.VpcId)
    if (vpcHasDependencies(w, vpc.VpcId)) return yield* Effect.fail(vpcDependencies(vpc.VpcId))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    for (const t of [...w.all("routeTables")].filter((t) => t.VpcId === vpc.VpcId)) {
      w.del("routeTables", t.RouteTableId)
      w.setTags(t.RouteTableId, [])
    }
    for (const a of [...w.all("networkAcls")].filter((a) => a.VpcId === vpc.VpcId)) {
      w.del("networkAcls", a.NetworkAclId)
      w.setTags(a.NetworkAclId, [])
    }
    for (const g of [...w.all("securityGroups")].filter((g) => g.VpcId === vpc.VpcId)) {
      w.del("securityGroups", g.GroupId)
      w.setTags(g.GroupId, [])
    }
    w.del("vpcs", vpc.VpcId)
    w.setTags(vpc.VpcId, [])
    if (w.meta.DefaultVpcId === vpc.VpcId) w.put("meta", { ...w.meta, DefaultVpcId: "", DefaultSecurityGroupId: "" })
    return {}
  })

const attributeNames = ["enableDnsSupport", "enableDnsHostnames", "enableNetworkAddressUsageMetrics"] as const

const attributeOf = (v: VpcRecord, name: (typeof attributeNames)[number]): boolean =>
  name === "enableDnsSupport" ? v.EnableDnsSupport ?? true
  : name === "enableDnsHostnames" ? v.EnableDnsHostnames ?? v.IsDefault
  : v.EnableNetworkAddressUsageMetrics ?? false

export const describeVpcAttribute = (w: World, req: Req<"describeVpcAttribute">) =>
  Effect.gen(function*() {
    const vpc = yield* findVpc(w, req.VpcId)
    const name = attributeNames.find((n) => n === req.Attribute)
    if (name === undefined) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Value (${String(req.Attribute)}) for parameter attribute is invalid. Unknown attribute.`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const key = name === "enableDnsSupport" ? "EnableDnsSupport" : name === "enableDnsHostnames" ? "EnableDnsHostnames" : "EnableNetworkAddressUsageMetrics"
    return { VpcId: vpc.VpcId, [key]: { Value: attributeOf(vpc, name) } }
  })

/**
 * ModifyVpcAttribute: exactly one attribute per call (SDK ModifyVpcAttributeRequest: "You can only
 * enable DNS hostnames if you've enabled DNS support"); the error texts are unverified.
 */
export const modifyVpcAttribute = (w: World, req: Req<"modifyVpcAttribute">) =>
  Effect.gen(function*() {
    const vpc = yield* findVpc(w, req.VpcId)
    const given = ([
      ["enableDnsHostnames", req.EnableDnsHostnames],
      ["enableDnsSupport", req.EnableDnsSupport],
      ["enableNetworkAddressUsageMetrics", req.EnableNetworkAddressUsageMetrics]
    ] as const).filter(([, v]) => v !== undefined)
    if (given.length === 0) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter enableDnsSupport, enableDnsHostnames or enableNetworkAddressUsageMetrics")
    if (given.length > 1) {
      return yield* Ec2Error.fail("InvalidParameterCombination", `Fields for multiple attribute types specified: ${given.map(([n]) => n).join(", ")}`)
    }
    const [name, attr] = given[0]!
    if (attr?.Value === undefined) return yield* Ec2Error.fail("MissingParameter", `The request must contain the parameter ${name}.value`)
    const value = attr.Value
    const next: VpcRecord = name === "enableDnsSupport"
      ? { ...vpc, EnableDnsSupport: value }
      : name === "enableDnsHostnames"
      ? { ...vpc, EnableDnsHostnames: value }
      : { ...vpc, EnableNetworkAddressUsageMetrics: value }
    if ((next.EnableDnsSupport ?? true) === false && (next.EnableDnsHostnames ?? next.IsDefault) === true) {
      return yield* Ec2Error.fail("InvalidParameterValue", "DNS hostnames require DNS support: enable DNS support for the VPC first.")
    }
    w.put("vpcs", next)
    return {}
  })

/**
 * DescribeAccountAttributes: the six attributes of a VPC-only account (SDK; networking-facts §7).
 * `max-instances` 20 is AWS's example value (the attribute is no longer supported).
 */
export const describeAccountAttributes = (w: World, req: Req<"describeAccountAttributes">) =>
  Effect.gen(function*() {
    for (const n of req.AttributeNames ?? []) {
      if (n !== "default-vpc" && n !== "supported-platforms") {
        return yield* Ec2Error.fail("InvalidParameterValue", `Value (${String(n)}) for parameter attributeName is invalid. Unknown attribute.`)
      }
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const all: ReadonlyArray<readonly [string, string]> = [
      ["supported-platforms", "VPC"],
      ["vpc-max-security-groups-per-interface", "5"],
      ["max-elastic-ips", "5"],
      ["max-instances", "20"],
      ["vpc-max-elastic-ips", "5"],
      ["default-vpc", w.meta.DefaultVpcId !== "" && w.get("vpcs", w.meta.DefaultVpcId) !== undefined ? w.meta.DefaultVpcId : "none"]
    ]
    const wanted = req.AttributeNames === undefined || req.AttributeNames.length === 0 ? undefined : new Set<string>(req.AttributeNames)
    return {
      AccountAttributes: all.filter(([n]) => wanted === undefined || wanted.has(n)).map(([AttributeName, v]) => ({
        AttributeName,
        AttributeValues: [{ AttributeValue: v }]
      }))
    }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "createVpc" | "describeVpcs" | "deleteVpc" | "modifyVpcAttribute" | "describeVpcAttribute" | "createDefaultVpc" | "describeAccountAttributes"
> => ({
  createVpc: (req) => engine.transact((w) => createVpc(w, req)),
  describeVpcs: (req) => engine.transact((w) => describeVpcs(w, req)),
  deleteVpc: (req) => engine.transact((w) => deleteVpc(w, req)),
  modifyVpcAttribute: (req) => engine.transact((w) => modifyVpcAttribute(w, req)),
  describeVpcAttribute: (req) => engine.transact((w) => describeVpcAttribute(w, req)),
  createDefaultVpc: (req) => engine.transact((w) => createDefaultVpc(w, req)),
  describeAccountAttributes: (req) => engine.transact((w) => describeAccountAttributes(w, req))
})
