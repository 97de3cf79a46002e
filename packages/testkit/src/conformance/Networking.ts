/**
 * Conformance groups "networking" (VPCs, subnets, internet gateways, route tables, network ACLs)
 * and "network interfaces" (ENIs), registered by `Conformance.suite` so every backend (the memory
 * backend, the wire path, AWS) runs them. Every test creates its own VPC and deletes what it made,
 * in dependency order, whatever happens (AWS's default quota is 5 VPCs per Region).
 *
 * Expected codes and texts: /work/shared/docs/networking-facts.md (read 2026-12-06).
 *
 * @since 0.1.0
 */
import type { Ec2, Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"

type Svc = Ec2.Service

/** What a test body gets from the suite: the service and its launch helpers (tagged, cleaned up by the suite). */
export interface Ctx {
  readonly ec2: Svc
  /** RunInstances of one instance of the suite's type with the suite's tag; fails the test on error. */
  readonly launch: (extra?: Partial<H.RequestOf<"runInstances">>) => Effect.Effect<ReadonlyArray<Ec2Shapes.Instance>>
  /** Waits until the instance is terminated (virtual or real time). */
  readonly terminated: (id: string) => Effect.Effect<unknown, unknown, Ec2.Ec2>
  /** Waits until the instance is running. */
  readonly running: (id: string) => Effect.Effect<unknown, unknown, Ec2.Ec2>
}

/** Runs a test body against a fresh world (or the live account). */
export type Runner = <A>(body: (t: Ctx) => Effect.Effect<A, unknown, Ec2.Ec2>) => Promise<A>

/** Things a test made, deleted in reverse dependency order at its end (errors ignored: best effort). */
class Made {
  readonly enis: Array<string> = []
  readonly subnets: Array<string> = []
  readonly tables: Array<string> = []
  readonly igws: Array<readonly [string, string | undefined]> = []
  readonly vpcs: Array<string> = []
  constructor(readonly ec2: Svc) {}
  cleanup = Effect.suspend(() => {
    const ec2 = this.ec2
    const ig = <A, E>(e: Effect.Effect<A, E>) => Effect.ignore(e)
    return Effect.gen(function*(this: Made) {
      for (const id of this.enis) yield* ig(ec2.deleteNetworkInterface({ NetworkInterfaceId: id as never }))
      for (const id of this.subnets) yield* ig(ec2.deleteSubnet({ SubnetId: id as never }))
      for (const id of this.tables) yield* ig(ec2.deleteRouteTable({ RouteTableId: id as never }))
      for (const [id, vpc] of this.igws) {
        if (vpc !== undefined) yield* ig(ec2.detachInternetGateway({ InternetGatewayId: id as never, VpcId: vpc as never }))
        yield* ig(ec2.deleteInternetGateway({ InternetGatewayId: id as never }))
      }
      for (const id of this.vpcs) yield* ig(ec2.deleteVpc({ VpcId: id as never }))
    }.bind(this))
  })
}

const ok = H.orDieWithCode

/**
 * Registers the two groups (called inside `Conformance.suite`'s describe).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = (run: Runner): void => {
  /** A test with its own cleanup list. */
  const test = (body: (ec2: Svc, made: Made, t: Ctx) => Effect.Effect<void, unknown, Ec2.Ec2>) =>
    run((t) => {
      const made = new Made(t.ec2)
      return body(t.ec2, made, t).pipe(Effect.ensuring(made.cleanup))
    })

  const newVpc = (ec2: Svc, made: Made, CidrBlock = "10.20.0.0/16") =>
    Effect.map(ok(ec2.createVpc({ CidrBlock })), (r) => {
      made.vpcs.unshift(r.Vpc!.VpcId!)
      return r.Vpc!
    })
  const newSubnet = (ec2: Svc, made: Made, VpcId: string, CidrBlock: string, AvailabilityZone?: string) =>
    Effect.map(ok(ec2.createSubnet({ VpcId: VpcId as never, CidrBlock, ...(AvailabilityZone !== undefined ? { AvailabilityZone } : {}) })), (r) => {
      made.subnets.unshift(r.Subnet!.SubnetId!)
      return r.Subnet!
    })
  const zoneNames = (ec2: Svc) =>
    Effect.map(ok(ec2.describeAvailabilityZones({})), (r) => (r.AvailabilityZones ?? []).filter((z) => z.State === "available"))

  describe("networking", () => {
    it("CreateVpc: canonical block, pending then available, with its main route table, default ACL and default security group", () =>
      test((ec2, made) => Effect.gen(function*() {
        const created = yield* ok(ec2.createVpc({ CidrBlock: "10.20.0.18/16" }))
        const vpc = created.Vpc!
        made.vpcs.unshift(vpc.VpcId!)
        expect(vpc.CidrBlock).toBe("10.20.0.0/16")
        expect(vpc.IsDefault).toBe(false)
        expect(vpc.InstanceTenancy).toBe("default")
        expect(["pending", "available"]).toContain(vpc.State)
        expect(vpc.CidrBlockAssociationSet?.[0]?.CidrBlockState?.State).toBe("associated")
        expect(vpc.VpcId).toMatch(/^vpc-[0-9a-f]{17}$/)
        const d = yield* ok(ec2.describeVpcs({ VpcIds: [vpc.VpcId as never] }))
        expect(d.Vpcs?.map((v) => [v.VpcId, v.State, v.CidrBlock])).toEqual([[vpc.VpcId, "available", "10.20.0.0/16"]])
        const byVpc = [{ Name: "vpc-id", Values: [vpc.VpcId!] }]
        const tables = yield* ok(ec2.describeRouteTables({ Filters: byVpc }))
        expect(tables.RouteTables).toHaveLength(1)
        const main = tables.RouteTables![0]!
        expect(main.Associations?.map((a) => a.Main)).toEqual([true])
        expect(main.Routes?.map((r) => [r.DestinationCidrBlock, r.GatewayId, r.Origin, r.State])).toEqual([
          ["10.20.0.0/16", "local", "CreateRouteTable", "active"]
        ])
        const acls = yield* ok(ec2.describeNetworkAcls({ Filters: byVpc }))
        expect(acls.NetworkAcls?.map((a) => a.IsDefault)).toEqual([true])
        const groups = yield* ok(ec2.describeSecurityGroups({ Filters: byVpc }))
        expect(groups.SecurityGroups?.map((g) => g.GroupName)).toEqual(["default"])
        const dns = yield* ok(ec2.describeVpcAttribute({ VpcId: vpc.VpcId as never, Attribute: "enableDnsSupport" }))
        expect(dns.EnableDnsSupport?.Value).toBe(true)
        const hostnames = yield* ok(ec2.describeVpcAttribute({ VpcId: vpc.VpcId as never, Attribute: "enableDnsHostnames" }))
        expect(hostnames.EnableDnsHostnames?.Value).toBe(false)
        yield* ok(ec2.modifyVpcAttribute({ VpcId: vpc.VpcId as never, EnableDnsHostnames: { Value: true } }))
        const after = yield* ok(ec2.describeVpcAttribute({ VpcId: vpc.VpcId as never, Attribute: "enableDnsHostnames" }))
        expect(after.EnableDnsHostnames?.Value).toBe(true)
      })))

    it("CreateVpc refuses blocks larger than /16 or smaller than /28 (InvalidVpc.Range)", () =>
      test((ec2) => Effect.gen(function*() {
        yield* H.expectError(ec2.createVpc({ CidrBlock: "10.0.0.0/8" }), "InvalidVpc.Range", "The CIDR '10.0.0.0/8' is invalid.")
        const e = yield* Effect.flip(ec2.createVpc({ CidrBlock: "10.0.0.0/29" }))
        expect(e.code).toMatch(/^InvalidVpc\.?Range$/)
      })))

    it("the default VPC: IsDefault, 172.31.0.0/16, a default subnet per AZ mapping public IPs, an attached internet gateway", () =>
      test((ec2) => Effect.gen(function*() {
        const d = yield* ok(ec2.describeVpcs({ Filters: [{ Name: "is-default", Values: ["true"] }] }))
        expect(d.Vpcs).toHaveLength(1)
        const vpc = d.Vpcs![0]!
        expect(vpc.CidrBlock).toBe("172.31.0.0/16")
        const attrs = yield* ok(ec2.describeAccountAttributes({ AttributeNames: ["default-vpc"] }))
        expect(attrs.AccountAttributes?.[0]?.AttributeValues?.[0]?.AttributeValue).toBe(vpc.VpcId)
        const subnets = yield* ok(ec2.describeSubnets({ Filters: [{ Name: "vpc-id", Values: [vpc.VpcId!] }, { Name: "default-for-az", Values: ["true"] }] }))
        const zones = yield* zoneNames(ec2)
        expect(new Set(subnets.Subnets?.map((s) => s.AvailabilityZone))).toEqual(new Set(zones.map((z) => z.ZoneName)))
        for (const s of subnets.Subnets ?? []) {
          expect(s.MapPublicIpOnLaunch).toBe(true)
          expect(s.CidrBlock).toMatch(/^172\.31\.\d+\.0\/20$/)
        }
        const igws = yield* ok(ec2.describeInternetGateways({ Filters: [{ Name: "attachment.vpc-id", Values: [vpc.VpcId!] }] }))
        expect(igws.InternetGateways?.[0]?.Attachments).toEqual([{ State: "available", VpcId: vpc.VpcId }])
        yield* H.expectError(ec2.createDefaultVpc({}), "DefaultVpcAlreadyExists", "A Default VPC already exists for this account in this region.")
      })))

    it("CreateSubnet: inside the VPC, no overlap, AZ by name or id, 251 free addresses in a /24", () =>
      test((ec2, made) => Effect.gen(function*() {
        const vpc = yield* newVpc(ec2, made)
        const [z0, z1] = yield* zoneNames(ec2)
        const s = yield* newSubnet(ec2, made, vpc.VpcId!, "10.20.1.0/24", z0!.ZoneName)
        expect(s.AvailableIpAddressCount).toBe(251)
        expect(s.MapPublicIpOnLaunch).toBe(false)
        expect(s.DefaultForAz).toBe(false)
        expect(s.State).toBe("available")
        expect(s.AvailabilityZoneId).toBe(z0!.ZoneId)
        const byId = yield* ok(ec2.createSubnet({ VpcId: vpc.VpcId as never, CidrBlock: "10.20.2.0/28", AvailabilityZoneId: z1!.ZoneId! }))
        made.subnets.unshift(byId.Subnet!.SubnetId!)
        expect(byId.Subnet?.AvailabilityZone).toBe(z1!.ZoneName)
        expect(byId.Subnet?.AvailableIpAddressCount).toBe(11)
        yield* H.expectError(
          ec2.createSubnet({ VpcId: vpc.VpcId as never, CidrBlock: "10.20.1.128/25" }),
          "InvalidSubnet.Conflict",
          "The CIDR '10.20.1.128/25' conflicts with another subnet"
        )
        yield* H.expectError(
          ec2.createSubnet({ VpcId: vpc.VpcId as never, CidrBlock: "10.21.1.0/24" }),
          "InvalidSubnet.Range",
          "The CIDR '10.21.1.0/24' is invalid."
        )
        yield* H.expectError(
          ec2.createSubnet({ VpcId: vpc.VpcId as never, CidrBlock: "10.20.3.0/24", AvailabilityZone: "xx-nowhere-1z" }),
          "InvalidParameterValue",
          /^Value \(xx-nowhere-1z\) for parameter availabilityZone is invalid\. Subnets can currently only be created in the following availability zones: /
        )
        const found = yield* ok(ec2.describeSubnets({ Filters: [{ Name: "vpc-id", Values: [vpc.VpcId!] }, { Name: "cidr-block", Values: ["10.20.1.0/24"] }] }))
        expect(found.Subnets?.map((x) => x.SubnetId)).toEqual([s.SubnetId])
      })))

    it("a launch takes an address of its subnet and follows MapPublicIpOnLaunch; deletions in the wrong order are DependencyViolation", () =>
      test((ec2, made, t) => Effect.gen(function*() {
        const vpc = yield* newVpc(ec2, made)
        const s = yield* newSubnet(ec2, made, vpc.VpcId!, "10.20.1.0/24")
        const first = (yield* t.launch({ SubnetId: s.SubnetId as never }))[0]!
        expect(first.PublicIpAddress).toBeUndefined()
        expect(first.VpcId).toBe(vpc.VpcId)
        const free = (yield* ok(ec2.describeSubnets({ SubnetIds: [s.SubnetId as never] }))).Subnets![0]!.AvailableIpAddressCount
        expect(free).toBe(250)
        yield* H.expectError(
          ec2.deleteSubnet({ SubnetId: s.SubnetId as never }),
          "DependencyViolation",
          `The subnet '${s.SubnetId}' has dependencies and cannot be deleted.`
        )
        yield* H.expectError(ec2.deleteVpc({ VpcId: vpc.VpcId as never }), "DependencyViolation", `The vpc '${vpc.VpcId}' has dependencies and cannot be deleted.`)
        yield* ok(ec2.modifySubnetAttribute({ SubnetId: s.SubnetId as never, MapPublicIpOnLaunch: { Value: true } }))
        const second = (yield* t.launch({ SubnetId: s.SubnetId as never }))[0]!
        expect(second.PublicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
        yield* ok(ec2.terminateInstances({ InstanceIds: [first.InstanceId as never, second.InstanceId as never] }))
        yield* t.terminated(first.InstanceId!)
        yield* t.terminated(second.InstanceId!)
        const back = (yield* ok(ec2.describeSubnets({ SubnetIds: [s.SubnetId as never] }))).Subnets![0]!.AvailableIpAddressCount
        expect(back).toBe(251)
        yield* ok(ec2.deleteSubnet({ SubnetId: s.SubnetId as never }))
        made.subnets.splice(0)
        yield* ok(ec2.deleteVpc({ VpcId: vpc.VpcId as never }))
        made.vpcs.splice(0)
        yield* H.expectError(ec2.describeVpcs({ VpcIds: [vpc.VpcId as never] }), "InvalidVpcID.NotFound", `The vpc ID '${vpc.VpcId}' does not exist`)
      })))
  })

  describe("networking: gateways, route tables, filters and pages", () => {
    it("internet gateway and routes: one gateway per VPC, a route to it, blackhole once detached; deletions in order", () =>
      test((ec2, made) => Effect.gen(function*() {
        const vpc = yield* newVpc(ec2, made)
        const s = yield* newSubnet(ec2, made, vpc.VpcId!, "10.20.1.0/24")
        const igw = (yield* ok(ec2.createInternetGateway({}))).InternetGateway!
        made.igws.unshift([igw.InternetGatewayId!, undefined])
        expect(igw.Attachments ?? []).toEqual([])
        const igwId = igw.InternetGatewayId! as never
        const rtb = (yield* ok(ec2.createRouteTable({ VpcId: vpc.VpcId as never }))).RouteTable!
        made.tables.unshift(rtb.RouteTableId!)
        const rtbId = rtb.RouteTableId! as never
        yield* H.expectError(
          ec2.createRoute({ RouteTableId: rtbId, DestinationCidrBlock: "0.0.0.0/0", GatewayId: igw.InternetGatewayId! }),
          "InvalidParameterValue",
          `route table ${rtb.RouteTableId} and network gateway ${igw.InternetGatewayId} belong to different networks`
        )
        yield* ok(ec2.attachInternetGateway({ InternetGatewayId: igwId, VpcId: vpc.VpcId as never }))
        made.igws[0] = [igw.InternetGatewayId!, vpc.VpcId!]
        const other = (yield* ok(ec2.createInternetGateway({}))).InternetGateway!.InternetGatewayId!
        made.igws.unshift([other, undefined])
        yield* H.expectError(
          ec2.attachInternetGateway({ InternetGatewayId: other as never, VpcId: vpc.VpcId as never }),
          "InvalidParameterValue",
          `Network ${vpc.VpcId} already has an internet gateway attached`
        )
        yield* ok(ec2.createRoute({ RouteTableId: rtbId, DestinationCidrBlock: "0.0.0.0/0", GatewayId: igw.InternetGatewayId! }))
        yield* H.expectError(
          ec2.createRoute({ RouteTableId: rtbId, DestinationCidrBlock: "0.0.0.0/0", GatewayId: igw.InternetGatewayId! }),
          "RouteAlreadyExists",
          "The route identified by 0.0.0.0/0 already exists."
        )
        const assoc = yield* ok(ec2.associateRouteTable({ RouteTableId: rtbId, SubnetId: s.SubnetId as never }))
        expect(assoc.AssociationId).toMatch(/^rtbassoc-[0-9a-f]{17}$/)
        expect(assoc.AssociationState?.State).toBe("associated")
        const bySubnet = yield* ok(ec2.describeRouteTables({ Filters: [{ Name: "association.subnet-id", Values: [s.SubnetId!] }] }))
        expect(bySubnet.RouteTables?.map((t) => t.RouteTableId)).toEqual([rtb.RouteTableId])
        yield* H.expectError(
          ec2.deleteRouteTable({ RouteTableId: rtbId }),
          "DependencyViolation",
          `The routeTable '${rtb.RouteTableId}' has dependencies and cannot be deleted.`
        )
        yield* H.expectError(
          ec2.deleteInternetGateway({ InternetGatewayId: igwId }),
          "DependencyViolation",
          `The internetGateway '${igw.InternetGatewayId}' has dependencies and cannot be deleted.`
        )
        yield* ok(ec2.detachInternetGateway({ InternetGatewayId: igwId, VpcId: vpc.VpcId as never }))
        made.igws[1] = [igw.InternetGatewayId!, undefined]
        const routes = (yield* ok(ec2.describeRouteTables({ RouteTableIds: [rtbId] }))).RouteTables![0]!.Routes
        expect(routes?.map((r) => [r.DestinationCidrBlock, r.State])).toEqual([["10.20.0.0/16", "active"], ["0.0.0.0/0", "blackhole"]])
        yield* ok(ec2.deleteRoute({ RouteTableId: rtbId, DestinationCidrBlock: "0.0.0.0/0" }))
        yield* ok(ec2.disassociateRouteTable({ AssociationId: assoc.AssociationId! as never }))
        const main = (yield* ok(ec2.describeRouteTables({ Filters: [{ Name: "vpc-id", Values: [vpc.VpcId!] }, { Name: "association.main", Values: ["true"] }] })))
          .RouteTables![0]!
        yield* H.expectError(
          ec2.disassociateRouteTable({ AssociationId: main.Associations![0]!.RouteTableAssociationId! as never }),
          "InvalidParameterValue",
          `cannot disassociate the main route table association ${main.Associations![0]!.RouteTableAssociationId}`
        )
        yield* ok(ec2.deleteRouteTable({ RouteTableId: rtbId }))
        made.tables.splice(0)
        yield* H.expectError(ec2.describeRouteTables({ RouteTableIds: [rtbId] }), "InvalidRouteTableID.NotFound", `The routeTable ID '${rtb.RouteTableId}' does not exist`)
      })))

    it("DescribeSubnets and DescribeVpcs: tag filters and pages (MaxResults, NextToken)", () =>
      test((ec2, made) => Effect.gen(function*() {
        const vpc = yield* newVpc(ec2, made)
        const mark = Math.random().toString(36).slice(2, 10)
        yield* ok(ec2.createTags({ Resources: [vpc.VpcId!], Tags: [{ Key: "ec2kit:net", Value: mark }] }))
        const ids: Array<string> = []
        for (let k = 0; k < 7; k++) {
          const r = yield* ok(ec2.createSubnet({
            VpcId: vpc.VpcId as never,
            CidrBlock: `10.20.${k}.0/24`,
            TagSpecifications: [{ ResourceType: "subnet", Tags: [{ Key: "ec2kit:net", Value: mark }] }]
          }))
          made.subnets.unshift(r.Subnet!.SubnetId!)
          ids.push(r.Subnet!.SubnetId!)
        }
        const byTag = [{ Name: "tag:ec2kit:net", Values: [mark] }]
        const seen: Array<string> = []
        let NextToken: string | undefined
        let pages = 0
        do {
          const page = yield* ok(ec2.describeSubnets({ Filters: byTag, MaxResults: 5, ...(NextToken !== undefined ? { NextToken } : {}) }))
          seen.push(...(page.Subnets ?? []).map((x) => x.SubnetId!))
          NextToken = page.NextToken
          pages++
        } while (NextToken !== undefined && pages < 10)
        expect(seen.sort()).toEqual([...ids].sort())
        expect(pages).toBeGreaterThanOrEqual(2)
        const vpcs = yield* ok(ec2.describeVpcs({ Filters: [{ Name: "tag:ec2kit:net", Values: [mark] }] }))
        expect(vpcs.Vpcs?.map((v) => v.VpcId)).toEqual([vpc.VpcId])
        expect(vpcs.Vpcs?.[0]?.Tags).toEqual([{ Key: "ec2kit:net", Value: mark }])
        yield* H.expectError(
          ec2.describeSubnets({ Filters: [{ Name: "no-such-filter", Values: ["x"] }] }),
          "InvalidParameterValue",
          "The filter 'no-such-filter' is invalid"
        )
      })))
  })

  describe("network interfaces", () => {
    it("CreateNetworkInterface takes addresses of its subnet; attach, detach, delete; AvailableIpAddressCount follows", () =>
      test((ec2, made, t) => Effect.gen(function*() {
        const vpc = yield* newVpc(ec2, made)
        const [z0] = yield* zoneNames(ec2)
        const s = yield* newSubnet(ec2, made, vpc.VpcId!, "10.20.1.0/24", z0!.ZoneName)
        const free = () => Effect.map(ok(ec2.describeSubnets({ SubnetIds: [s.SubnetId as never] })), (r) => r.Subnets![0]!.AvailableIpAddressCount)
        const created = yield* ok(ec2.createNetworkInterface({ SubnetId: s.SubnetId as never, Description: "conformance", SecondaryPrivateIpAddressCount: 2 }))
        const eni = created.NetworkInterface!
        made.enis.unshift(eni.NetworkInterfaceId!)
        expect(eni.NetworkInterfaceId).toMatch(/^eni-[0-9a-f]{17}$/)
        expect(eni.VpcId).toBe(vpc.VpcId)
        expect(eni.AvailabilityZone).toBe(z0!.ZoneName)
        expect(eni.InterfaceType).toBe("interface")
        expect(eni.SourceDestCheck).toBe(true)
        expect(eni.PrivateIpAddresses?.map((p) => p.Primary)).toEqual([true, false, false])
        expect(new Set(eni.PrivateIpAddresses?.map((p) => p.PrivateIpAddress)).size).toBe(3)
        expect(eni.Groups?.map((g) => g.GroupName)).toEqual(["default"])
        expect(yield* free()).toBe(248)
        const d = yield* ok(ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eni.NetworkInterfaceId as never] }))
        expect(d.NetworkInterfaces?.[0]?.Status).toBe("available")
        yield* H.expectError(
          ec2.createNetworkInterface({ SubnetId: s.SubnetId as never, PrivateIpAddress: eni.PrivateIpAddress! }),
          "InvalidIPAddress.InUse",
          `Address ${eni.PrivateIpAddress} is in use.`
        )
        const assigned = yield* ok(ec2.assignPrivateIpAddresses({ NetworkInterfaceId: eni.NetworkInterfaceId as never, SecondaryPrivateIpAddressCount: 1 }))
        expect(assigned.AssignedPrivateIpAddresses).toHaveLength(1)
        expect(yield* free()).toBe(247)
        yield* ok(ec2.unassignPrivateIpAddresses({
          NetworkInterfaceId: eni.NetworkInterfaceId as never,
          PrivateIpAddresses: [assigned.AssignedPrivateIpAddresses![0]!.PrivateIpAddress!]
        }))
        expect(yield* free()).toBe(248)
        // m5.large: 10 private IPv4 addresses per interface (the ENI holds 3; a t3.micro allows 2)
        const inst = (yield* t.launch({ SubnetId: s.SubnetId as never, InstanceType: "m5.large" }))[0]!
        yield* t.running(inst.InstanceId!)
        const att = yield* ok(ec2.attachNetworkInterface({ NetworkInterfaceId: eni.NetworkInterfaceId as never, InstanceId: inst.InstanceId as never, DeviceIndex: 1 }))
        expect(att.AttachmentId).toMatch(/^eni-attach-[0-9a-f]{8,17}$/)
        const inUse = (yield* ok(ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eni.NetworkInterfaceId as never] }))).NetworkInterfaces![0]!
        expect([inUse.Status, inUse.Attachment?.InstanceId, inUse.Attachment?.DeviceIndex]).toEqual(["in-use", inst.InstanceId, 1])
        yield* H.expectError(ec2.deleteNetworkInterface({ NetworkInterfaceId: eni.NetworkInterfaceId as never }), "InvalidParameterValue", `Network interface '${eni.NetworkInterfaceId}' is currently in use.`)
        const primary = inst.NetworkInterfaces?.find((n) => n.Attachment?.DeviceIndex === 0)
        yield* H.expectError(
          ec2.detachNetworkInterface({ AttachmentId: primary!.Attachment!.AttachmentId! as never }),
          "OperationNotPermitted",
          "The network interface at device index 0 and networkCard index 0 cannot be detached."
        )
        yield* ok(ec2.detachNetworkInterface({ AttachmentId: att.AttachmentId! as never }))
        const detached = (yield* ok(ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eni.NetworkInterfaceId as never] }))).NetworkInterfaces![0]!
        expect(["available", "detaching"]).toContain(detached.Status)
        yield* ok(ec2.terminateInstances({ InstanceIds: [inst.InstanceId as never] }))
        yield* t.terminated(inst.InstanceId!)
        yield* ok(ec2.deleteNetworkInterface({ NetworkInterfaceId: eni.NetworkInterfaceId as never }))
        made.enis.splice(0)
        expect(yield* free()).toBe(251)
        yield* H.expectError(
          ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eni.NetworkInterfaceId as never] }),
          "InvalidNetworkInterfaceID.NotFound",
          `The networkInterface ID '${eni.NetworkInterfaceId}' does not exist`
        )
      })))

    it("RunInstances with an existing interface as eth0: its subnet and address; in use for a second launch; kept (available) after termination", () =>
      test((ec2, made, t) => Effect.gen(function*() {
        const vpc = yield* newVpc(ec2, made)
        const s = yield* newSubnet(ec2, made, vpc.VpcId!, "10.20.1.0/24")
        const eni = (yield* ok(ec2.createNetworkInterface({ SubnetId: s.SubnetId as never, PrivateIpAddress: "10.20.1.50" }))).NetworkInterface!
        made.enis.unshift(eni.NetworkInterfaceId!)
        const spec = [{ DeviceIndex: 0, NetworkInterfaceId: eni.NetworkInterfaceId as never }]
        const inst = (yield* t.launch({ NetworkInterfaces: spec }))[0]!
        expect([inst.SubnetId, inst.VpcId, inst.PrivateIpAddress]).toEqual([s.SubnetId, vpc.VpcId, "10.20.1.50"])
        expect(inst.NetworkInterfaces?.find((n) => n.Attachment?.DeviceIndex === 0)?.NetworkInterfaceId).toBe(eni.NetworkInterfaceId)
        const again = yield* Effect.flip(ec2.runInstances({ ImageId: (yield* H.defaultImageId) as never, MinCount: 1, MaxCount: 1, InstanceType: "t3.micro", NetworkInterfaces: spec }))
        expect([again.code, again.reason.message]).toEqual(["InvalidNetworkInterface.InUse", `Interface: [${eni.NetworkInterfaceId}] in use.`])
        yield* ok(ec2.terminateInstances({ InstanceIds: [inst.InstanceId as never] }))
        yield* t.terminated(inst.InstanceId!)
        const after = (yield* ok(ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eni.NetworkInterfaceId as never] }))).NetworkInterfaces![0]!
        expect([after.Status, after.Attachment]).toEqual(["available", undefined])
      })))

    it("a device index in use and too many interfaces for the type are refused", () =>
      test((ec2, made, t) => Effect.gen(function*() {
        const vpc = yield* newVpc(ec2, made)
        const [z0] = yield* zoneNames(ec2)
        const s = yield* newSubnet(ec2, made, vpc.VpcId!, "10.20.1.0/24", z0!.ZoneName)
        const inst = (yield* t.launch({ SubnetId: s.SubnetId as never, InstanceType: "t3.nano" }))[0]!
        yield* t.running(inst.InstanceId!)
        const enis: Array<string> = []
        for (let k = 0; k < 2; k++) {
          const e = (yield* ok(ec2.createNetworkInterface({ SubnetId: s.SubnetId as never }))).NetworkInterface!.NetworkInterfaceId!
          made.enis.unshift(e)
          enis.push(e)
        }
        yield* H.expectError(
          ec2.attachNetworkInterface({ NetworkInterfaceId: enis[0] as never, InstanceId: inst.InstanceId as never, DeviceIndex: 0 }),
          "InvalidParameterValue",
          `Instance '${inst.InstanceId}' already has an interface attached at device index '0'.`
        )
        yield* ok(ec2.attachNetworkInterface({ NetworkInterfaceId: enis[0] as never, InstanceId: inst.InstanceId as never, DeviceIndex: 1 }))
        // t3.nano: two interfaces (EC2 instance type specifications, network)
        yield* H.expectError(
          ec2.attachNetworkInterface({ NetworkInterfaceId: enis[1] as never, InstanceId: inst.InstanceId as never, DeviceIndex: 2 }),
          "AttachmentLimitExceeded",
          "Interface count 3 exceeds the limit for t3.nano"
        )
        yield* ok(ec2.terminateInstances({ InstanceIds: [inst.InstanceId as never] }))
        yield* t.terminated(inst.InstanceId!)
      })))
  })
}
