/**
 * Route tables (Create/Delete/DescribeRouteTables, Create/Delete/ReplaceRoute,
 * Associate/DisassociateRouteTable) and DescribeNetworkAcls (each VPC's default ACL).
 *
 * Rules (networking-facts §4, §5, read 2026-12-06): one `local` route per VPC block, not deletable;
 * the main table is made with the VPC, serves subnets without an explicit association and cannot be
 * deleted or disassociated; a subnet has one explicit table at most; a route has one IPv4
 * destination (canonical form) and one target (an internet gateway attached to the table's VPC,
 * an instance with exactly one interface, or an interface of the VPC); a route whose target is gone
 * is shown as `blackhole`.
 *
 * Not modelled (refused with `UnsupportedOperation`): IPv6 and prefix-list destinations, and NAT,
 * transit, peering, local, carrier, egress-only gateways, VPC endpoints and core networks as
 * targets, except that a `nat-` id answers `InvalidGatewayID.NotFound` (there are no NAT gateways).
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import { canonicalCidr, defaultAclEntries, newRouteTable } from "../internal/Fabric.js"
import type { NetworkAclRecord, RouteRecord, RouteTableRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { findSubnet } from "./subnets.js"
import { attempt, compileFilters, paginate, tagsFromSpecs, tagsOut } from "./tags.js"
import { findVpc } from "./vpcs.js"

type Req<K extends keyof Ec2.Implementation> = Parameters<Ec2.Implementation[K]>[0]

/** Route tables per VPC (main included) 200, routes per table 50 (amazon-vpc-limits.html, read 2026-12-06); texts unverified. */
export const MaxRouteTablesPerVpc = 200
export const MaxRoutesPerTable = 50

/** The table of an id, or AWS's `InvalidRouteTableID.NotFound`. */
export const findTable = (w: World, id: string) => {
  const t = w.get("routeTables", id)
  return t === undefined ? Effect.fail(Identifier.notFound("routeTable", id)) : Effect.succeed(t)
}

const tableDependencies = (id: string) =>
  // OBS hashicorp/terraform-provider-aws#73, ansible/ansible#20114 (networking-facts §5)
  Ec2Error.make("DependencyViolation", `The routeTable '${id}' has dependencies and cannot be deleted.`)

/** `active`, or `blackhole` when the target is gone (or, for a gateway, no longer attached to the VPC). */
const routeState = (w: World, t: RouteTableRecord, r: RouteRecord): "active" | "blackhole" => {
  if (r.GatewayId !== undefined && r.GatewayId !== "local") {
    return w.get("internetGateways", r.GatewayId)?.VpcId === t.VpcId ? "active" : "blackhole"
  }
  if (r.NetworkInterfaceId !== undefined) {
    const eni = w.get("networkInterfaces", r.NetworkInterfaceId)
    if (eni === undefined) return "blackhole"
    if (r.InstanceId !== undefined) return eni.Attachment?.InstanceId === r.InstanceId ? "active" : "blackhole"
    return "active"
  }
  return "active"
}

const routeOut = (w: World, t: RouteTableRecord, r: RouteRecord) => ({
  DestinationCidrBlock: r.DestinationCidrBlock,
  ...(r.GatewayId !== undefined ? { GatewayId: r.GatewayId } : {}),
  ...(r.InstanceId !== undefined ? { InstanceId: r.InstanceId, InstanceOwnerId: w.meta.AccountId } : {}),
  ...(r.NetworkInterfaceId !== undefined ? { NetworkInterfaceId: r.NetworkInterfaceId } : {}),
  Origin: r.Origin,
  State: routeState(w, t, r)
})

const tableOut = (w: World, t: RouteTableRecord) => ({
  RouteTableId: t.RouteTableId,
  VpcId: t.VpcId,
  OwnerId: t.OwnerId,
  Routes: t.Routes.map((r) => routeOut(w, t, r)),
  Associations: t.Associations.map((a) => ({
    Main: a.Main,
    RouteTableAssociationId: a.RouteTableAssociationId,
    RouteTableId: t.RouteTableId,
    ...(a.SubnetId !== undefined ? { SubnetId: a.SubnetId } : {}),
    AssociationState: { State: "associated" as const }
  })),
  PropagatingVgws: [],
  ...tagsOut(w, t.RouteTableId)
})

export const createRouteTable = (w: World, req: Req<"createRouteTable">) =>
  Effect.gen(function*() {
    const vpc = yield* findVpc(w, req.VpcId)
    const tags = yield* attempt(tagsFromSpecs(req.TagSpecifications, "route-table"))
    if ([...w.all("routeTables")].filter((t) => t.VpcId === vpc.VpcId).length >= MaxRouteTablesPerVpc) {
      return yield* Ec2Error.fail("RouteTableLimitExceeded", "The maximum number of route tables has been reached.")
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    let t: RouteTableRecord
    do t = yield* newRouteTable(w.meta.AccountId, vpc.VpcId, vpc.CidrBlock, false)
    while (w.get("routeTables", t.RouteTableId) !== undefined)
    w.put("routeTables", t)
    if (tags.length > 0) w.setTags(t.RouteTableId, tags)
    return { RouteTable: tableOut(w, t), ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken } : {}) }
  })

export const deleteRouteTable = (w: World, req: Req<"deleteRouteTable">) =>
  Effect.gen(function*() {
    const t = yield* findTable(w, req.RouteTableId)
    // the main table counts as having dependencies (aws/aws-cli#1549 reports a dependency error; exact text unverified)
    if (t.Associations.length > 0) return yield* Effect.fail(tableDependencies(t.RouteTableId))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.del("routeTables", t.RouteTableId)
    w.setTags(t.RouteTableId, [])
    return {}
  })

export const describeRouteTables = (w: World, req: Req<"describeRouteTables">) =>
  Effect.gen(function*() {
    for (const id of req.RouteTableIds ?? []) yield* findTable(w, id)
    const routes = <K extends keyof RouteRecord>(k: K) => (t: RouteTableRecord) => t.Routes.map((r) => r[k] as string | undefined)
    const none = () => []
    const pred = yield* attempt(compileFilters<RouteTableRecord>(req.Filters, {
      "association.gateway-id": none,
      "association.route-table-association-id": (t) => t.Associations.map((a) => a.RouteTableAssociationId),
      "association.route-table-id": (t) => t.Associations.length > 0 ? [t.RouteTableId] : [],
      "association.subnet-id": (t) => t.Associations.map((a) => a.SubnetId),
      // "Route tables that do not have an association ID are not returned in the response" (SDK, `association.main`)
      "association.main": (t) => t.Associations.map((a) => String(a.Main)),
      "owner-id": (t) => [t.OwnerId],
      "route-table-id": (t) => [t.RouteTableId],
      "route.destination-cidr-block": routes("DestinationCidrBlock"),
      "route.destination-ipv6-cidr-block": none,
      "route.destination-prefix-list-id": none,
      "route.egress-only-internet-gateway-id": none,
      "route.gateway-id": routes("GatewayId"),
      "route.instance-id": routes("InstanceId"),
      "route.nat-gateway-id": none,
      "route.transit-gateway-id": none,
      "route.origin": routes("Origin"),
      "route.state": (t) => t.Routes.map((r) => routeState(w, t, r)),
      "route.vpc-peering-connection-id": none,
      "vpc-id": (t) => [t.VpcId]
    }, (t) => w.tagsOf(t.RouteTableId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ids = req.RouteTableIds === undefined ? undefined : new Set<string>(req.RouteTableIds)
    const selected = [...w.all("routeTables")].filter((t) => (ids === undefined || ids.has(t.RouteTableId)) && pred(t))
    // MaxResults 5–100 (API DescribeRouteTables)
    const { NextToken, page } = yield* attempt(paginate(selected, req, { min: 5, max: 100 }))
    return { RouteTables: page.map((t) => tableOut(w, t)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/** The IPv4 destination of a route request (other destinations are not modelled). */
const destinationOf = (req: Req<"createRoute"> | Req<"deleteRoute">) =>
  Effect.gen(function*() {
    if (req.DestinationIpv6CidrBlock !== undefined || req.DestinationPrefixListId !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "The memory backend models IPv4 destinations (DestinationCidrBlock) only.")
    }
    if (req.DestinationCidrBlock === undefined) {
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter destinationCidrBlock or destinationIpv6CidrBlock")
    }
    const c = canonicalCidr(req.DestinationCidrBlock)
    if (c === undefined) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Value (${req.DestinationCidrBlock}) for parameter destinationCidrBlock is invalid. This is not a valid IPv4 CIDR block.`)
    }
    return c
  })

/** The one target of CreateRoute/ReplaceRoute, checked against the table's VPC. */
const targetOf = (w: World, t: RouteTableRecord, req: Req<"createRoute">) =>
  Effect.gen(function*() {
    const unsupported = (["VpcEndpointId", "TransitGatewayId", "LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn", "OdbNetworkArn", "EgressOnlyInternetGatewayId", "VpcPeeringConnectionId"] as const)
      .filter((k) => req[k] !== undefined)
    const given = [req.GatewayId, req.InstanceId, req.NetworkInterfaceId, req.NatGatewayId].filter((x) => x !== undefined).length + unsupported.length
    if (given === 0) {
      return yield* Ec2Error.fail("MissingParameter", "The request must contain exactly one of gatewayId, natGatewayId, networkInterfaceId, vpcPeeringConnectionId, egressOnlyInternetGatewayId, transitGatewayId, localGatewayId, carrierGatewayId, vpcEndpointId, coreNetworkArn or instanceId")
    }
    if (given > 1) {
      // SDK CreateRouteRequest: "You must specify exactly one of the following targets"; text unverified
      return yield* Ec2Error.fail("InvalidParameterCombination", "More than one target was specified for the route.")
    }
    if (unsupported.length > 0) return yield* Ec2Error.fail("UnsupportedOperation", `The memory backend does not model the route target ${unsupported[0]}.`)
    if (req.NatGatewayId !== undefined) {
      // there are no NAT gateways: OBS devopsacademyau/academy#906 "The gateway ID 'nat-…' does not exist"
      return yield* Ec2Error.fail("InvalidGatewayID.NotFound", `The gateway ID '${req.NatGatewayId}' does not exist`)
    }
    if (req.GatewayId !== undefined) {
      const g = w.get("internetGateways", req.GatewayId)
      if (g === undefined) return yield* Ec2Error.fail("InvalidGatewayID.NotFound", `The gateway ID '${req.GatewayId}' does not exist`)
      if (g.VpcId !== t.VpcId) {
        // OBS giantswarm/aws-operator#632: "route table rtb-0532436e and network gateway igw-5b54de33 belong to different networks"
        return yield* Ec2Error.fail("InvalidParameterValue", `route table ${t.RouteTableId} and network gateway ${g.InternetGatewayId} belong to different networks`)
      }
      return { GatewayId: g.InternetGatewayId } satisfies Partial<RouteRecord>
    }
    if (req.InstanceId !== undefined) {
      const i = w.get("instances", req.InstanceId)
      if (i === undefined || i.Lifecycle.State === "terminated") return yield* Effect.fail(Identifier.notFound("instance", req.InstanceId))
      const enis = [...w.all("networkInterfaces")].filter((e) => e.Attachment?.InstanceId === i.InstanceId)
      if (enis.length !== 1) {
        // "The operation fails if you specify an instance ID unless exactly one network interface is attached" (SDK); text unverified
        return yield* Ec2Error.fail("InvalidInstanceID", `There are multiple interfaces attached to instance '${i.InstanceId}'. Please specify an interface ID for the operation instead.`)
      }
      if (i.VpcId !== t.VpcId) {
        return yield* Ec2Error.fail("InvalidParameterValue", `route table ${t.RouteTableId} and instance ${i.InstanceId} belong to different networks`)
      }
      return { InstanceId: i.InstanceId, NetworkInterfaceId: enis[0]!.NetworkInterfaceId } satisfies Partial<RouteRecord>
    }
    const eni = w.get("networkInterfaces", req.NetworkInterfaceId!)
    if (eni === undefined) return yield* Effect.fail(Identifier.notFound("networkInterface", req.NetworkInterfaceId!))
    if (eni.VpcId !== t.VpcId) {
      return yield* Ec2Error.fail("InvalidParameterValue", `route table ${t.RouteTableId} and interface ${eni.NetworkInterfaceId} belong to different networks`)
    }
    return {
      NetworkInterfaceId: eni.NetworkInterfaceId,
      ...(eni.Attachment !== undefined ? { InstanceId: eni.Attachment.InstanceId } : {})
    } satisfies Partial<RouteRecord>
  })

export const createRoute = (w: World, req: Req<"createRoute">) =>
  Effect.gen(function*() {
    const t = yield* findTable(w, req.RouteTableId)
    const dest = yield* destinationOf(req)
    const target = yield* targetOf(w, t, req)
    if (t.Routes.some((r) => r.DestinationCidrBlock === dest)) {
      // OBS terraform-aws-modules/terraform-aws-vpc#108
      return yield* Ec2Error.fail("RouteAlreadyExists", `The route identified by ${dest} already exists.`)
    }
    if (t.Routes.length >= MaxRoutesPerTable) return yield* Ec2Error.fail("RouteLimitExceeded", "The maximum number of routes has been reached.")
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.put("routeTables", { ...t, Routes: [...t.Routes, { DestinationCidrBlock: dest, ...target, Origin: "CreateRoute" }] })
    return { Return: true }
  })

/** The route of a destination, or `InvalidRoute.NotFound` (code ERR; text from emulators, unverified). */
const findRoute = (t: RouteTableRecord, dest: string) => {
  const i = t.Routes.findIndex((r) => r.DestinationCidrBlock === dest)
  return i < 0
    ? Ec2Error.fail("InvalidRoute.NotFound", `no route with destination-cidr-block ${dest} in route table ${t.RouteTableId}`)
    : Effect.succeed(i)
}

export const deleteRoute = (w: World, req: Req<"deleteRoute">) =>
  Effect.gen(function*() {
    const t = yield* findTable(w, req.RouteTableId)
    const dest = yield* destinationOf(req)
    const i = yield* findRoute(t, dest)
    if (t.Routes[i]!.GatewayId === "local") {
      // the local route cannot be deleted (VPC_Route_Tables); text from emulators (unverified)
      return yield* Ec2Error.fail("InvalidParameterValue", `cannot remove local route ${dest} in route table ${t.RouteTableId}`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.put("routeTables", { ...t, Routes: t.Routes.filter((_, k) => k !== i) })
    return {}
  })

export const replaceRoute = (w: World, req: Req<"replaceRoute">) =>
  Effect.gen(function*() {
    const t = yield* findTable(w, req.RouteTableId)
    const dest = yield* destinationOf(req)
    const i = yield* findRoute(t, dest)
    const old = t.Routes[i]!
    if (old.GatewayId === "local" || req.LocalTarget === true || req.GatewayId === "local") {
      // "LocalTarget: Specifies whether to reset the local route to its default target (local)" (SDK)
      if (old.GatewayId === "local" && (req.LocalTarget === true || req.GatewayId === "local")) {
        if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
        return {}
      }
      // retargeting the local route to a middlebox is not modelled
      return yield* Ec2Error.fail("UnsupportedOperation", "The memory backend does not model replacing the target of the local route.")
    }
    const target = yield* targetOf(w, t, { ...req, LocalTarget: undefined } as never)
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const routes = [...t.Routes]
    routes[i] = { DestinationCidrBlock: dest, ...target, Origin: old.Origin }
    w.put("routeTables", { ...t, Routes: routes })
    return {}
  })

export const associateRouteTable = (w: World, req: Req<"associateRouteTable">) =>
  Effect.gen(function*() {
    const t = yield* findTable(w, req.RouteTableId)
    if (req.GatewayId !== undefined || req.PublicIpv4Pool !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "The memory backend models subnet associations only (no gateway route tables).")
    }
    if (req.SubnetId === undefined) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter subnetId or gatewayId")
    const s = yield* findSubnet(w, req.SubnetId)
    if (s.VpcId !== t.VpcId) {
      // shaped like AWS's "belong to different networks" answers (text unverified for this call)
      return yield* Ec2Error.fail("InvalidParameterValue", `Route table ${t.RouteTableId} and subnet ${s.SubnetId} belong to different networks`)
    }
    if ([...w.all("routeTables")].some((x) => x.Associations.some((a) => a.SubnetId === s.SubnetId))) {
      // a subnet has one explicit table (VPC_Route_Tables); text unverified
      return yield* Ec2Error.fail("Resource.AlreadyAssociated", `the specified association for route table ${t.RouteTableId} conflicts with an existing association`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const AssociationId = yield* Identifier.generate("routeTableAssociation")
    w.put("routeTables", { ...t, Associations: [...t.Associations, { RouteTableAssociationId: AssociationId, Main: false, SubnetId: s.SubnetId }] })
    return { AssociationId, AssociationState: { State: "associated" as const } }
  })

export const disassociateRouteTable = (w: World, req: Req<"disassociateRouteTable">) =>
  Effect.gen(function*() {
    const t = [...w.all("routeTables")].find((x) => x.Associations.some((a) => a.RouteTableAssociationId === req.AssociationId))
    if (t === undefined) return yield* Effect.fail(Identifier.notFound("routeTableAssociation", req.AssociationId))
    const a = t.Associations.find((x) => x.RouteTableAssociationId === req.AssociationId)!
    if (a.Main) {
      // OBS ansible/ansible#25521 (networking-facts §4)
      return yield* Ec2Error.fail("InvalidParameterValue", `cannot disassociate the main route table association ${a.RouteTableAssociationId}`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.put("routeTables", { ...t, Associations: t.Associations.filter((x) => x !== a) })
    return {}
  })

const aclOut = (w: World, a: NetworkAclRecord) => ({
  NetworkAclId: a.NetworkAclId,
  VpcId: a.VpcId,
  OwnerId: a.OwnerId,
  IsDefault: a.IsDefault,
  Associations: a.Associations.map((x) => ({ NetworkAclAssociationId: x.NetworkAclAssociationId, NetworkAclId: a.NetworkAclId, SubnetId: x.SubnetId })),
  Entries: defaultAclEntries.map((e) => ({ ...e })),
  ...tagsOut(w, a.NetworkAclId)
})

export const describeNetworkAcls = (w: World, req: Req<"describeNetworkAcls">) =>
  Effect.gen(function*() {
    for (const id of req.NetworkAclIds ?? []) {
      if (w.get("networkAcls", id) === undefined) return yield* Effect.fail(Identifier.notFound("networkAcl", id))
    }
    const entries = <K extends keyof (typeof defaultAclEntries)[number]>(k: K) => () => defaultAclEntries.map((e) => String(e[k]))
    const pred = yield* attempt(compileFilters<NetworkAclRecord>(req.Filters, {
      "association.association-id": (a) => a.Associations.map((x) => x.NetworkAclAssociationId),
      "association.network-acl-id": (a) => a.Associations.length > 0 ? [a.NetworkAclId] : [],
      "association.subnet-id": (a) => a.Associations.map((x) => x.SubnetId),
      default: (a) => [String(a.IsDefault)],
      "entry.cidr": entries("CidrBlock"),
      "entry.egress": entries("Egress"),
      "entry.protocol": entries("Protocol"),
      "entry.rule-action": entries("RuleAction"),
      "entry.rule-number": entries("RuleNumber"),
      "entry.icmp.code": () => [],
      "entry.icmp.type": () => [],
      "entry.ipv6-cidr": () => [],
      "entry.port-range.from": () => [],
      "entry.port-range.to": () => [],
      "network-acl-id": (a) => [a.NetworkAclId],
      "owner-id": (a) => [a.OwnerId],
      "vpc-id": (a) => [a.VpcId]
    }, (a) => w.tagsOf(a.NetworkAclId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ids = req.NetworkAclIds === undefined ? undefined : new Set<string>(req.NetworkAclIds)
    const selected = [...w.all("networkAcls")].filter((a) => (ids === undefined || ids.has(a.NetworkAclId)) && pred(a))
    // MaxResults 5–100 (API DescribeNetworkAcls)
    const { NextToken, page } = yield* attempt(paginate(selected, req, { min: 5, max: 100 }))
    return { NetworkAcls: page.map((a) => aclOut(w, a)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  | "createRouteTable"
  | "deleteRouteTable"
  | "describeRouteTables"
  | "createRoute"
  | "deleteRoute"
  | "replaceRoute"
  | "associateRouteTable"
  | "disassociateRouteTable"
  | "describeNetworkAcls"
> => ({
  createRouteTable: (req) => engine.transact((w) => createRouteTable(w, req)),
  deleteRouteTable: (req) => engine.transact((w) => deleteRouteTable(w, req)),
  describeRouteTables: (req) => engine.transact((w) => describeRouteTables(w, req)),
  createRoute: (req) => engine.transact((w) => createRoute(w, req)),
  deleteRoute: (req) => engine.transact((w) => deleteRoute(w, req)),
  replaceRoute: (req) => engine.transact((w) => replaceRoute(w, req)),
  associateRouteTable: (req) => engine.transact((w) => associateRouteTable(w, req)),
  disassociateRouteTable: (req) => engine.transact((w) => disassociateRouteTable(w, req)),
  describeNetworkAcls: (req) => engine.transact((w) => describeNetworkAcls(w, req))
})
