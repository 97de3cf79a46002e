/**
 * The network fabric of a VPC: CIDR block rules and the records every VPC is born with (main route
 * table with its `local` route, default network ACL, default security group), shared by the seed
 * (default VPC, `vpcs` layer option) and CreateVpc/CreateDefaultVpc.
 *
 * Sources (read 2026-12-06; see /work/shared/docs/networking-facts.md §1–§4):
 * - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html: IPv4 blocks /16 to /28.
 * - SDK `CreateVpcRequest.CidrBlock`: "We modify the specified CIDR block to its canonical form; for
 *   example, if you specify 100.68.0.18/18, we modify it to 100.68.0.0/18" (host bits zeroed, not refused).
 * - https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html: a main route table with a
 *   `local` route per VPC block; https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html;
 *   https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html (default ACL allows all).
 *
 * @internal
 */
import { Effect } from "effect"
import { Identifier } from "@ec2kit/core"
import { intToIp, parseCidr } from "./Net.js"
import type { NetworkAclRecord, RouteTableRecord, SecurityGroupRecord, SubnetRecord } from "./Records.js"

/** Smallest and largest IPv4 prefix of a VPC or subnet block. */
export const MinPrefix = 16
export const MaxPrefix = 28

const cidrRe = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

/**
 * A syntactically valid IPv4 CIDR in canonical form (host bits zeroed, as AWS does), or `undefined`.
 * The prefix range is not checked here.
 */
export const canonicalCidr = (cidr: string): string | undefined => {
  const m = cidrRe.exec(cidr)
  if (m === null) return undefined
  const octets = [1, 2, 3, 4].map((i) => Number(m[i]))
  const prefix = Number(m[5])
  if (octets.some((o) => o > 255) || prefix > 32) return undefined
  // no leading zeros ("010.0.0.0/16" is not a canonical address); AWS's answer unverified: refused
  if ([1, 2, 3, 4].some((i) => m[i]!.length > 1 && m[i]!.startsWith("0"))) return undefined
  const { network } = parseCidr(cidr)
  return `${intToIp(network)}/${prefix}`
}

/** Whether two blocks share an address. */
export const overlaps = (a: string, b: string): boolean => {
  const x = parseCidr(a)
  const y = parseCidr(b)
  return x.network < y.network + y.size && y.network < x.network + x.size
}

/** Whether `inner` lies entirely inside `outer`. */
export const within = (inner: string, outer: string): boolean => {
  const i = parseCidr(inner)
  const o = parseCidr(outer)
  return i.network >= o.network && i.network + i.size <= o.network + o.size
}

/** `169.254.0.0/16` is link-local: never assignable to a VPC (vpc-cidr-blocks.html). */
export const isLinkLocal = (cidr: string): boolean => overlaps(cidr, "169.254.0.0/16")

/** The default security group of a VPC: all traffic from itself, all traffic out (default-security-group.html). */
export const defaultSecurityGroup = (accountId: string, vpcId: string, sgId: string) =>
  Effect.gen(function*() {
    const group: SecurityGroupRecord = {
      GroupId: sgId,
      GroupName: "default",
      Description: "default VPC security group",
      VpcId: vpcId,
      OwnerId: accountId,
      Rules: [
        {
          SecurityGroupRuleId: yield* Identifier.generate("securityGroupRule"),
          IsEgress: false,
          IpProtocol: "-1",
          FromPort: -1,
          ToPort: -1,
          ReferencedGroupId: sgId
        },
        {
          SecurityGroupRuleId: yield* Identifier.generate("securityGroupRule"),
          IsEgress: true,
          IpProtocol: "-1",
          FromPort: -1,
          ToPort: -1,
          CidrIpv4: "0.0.0.0/0"
        }
      ]
    }
    return group
  })

/** A route table of a VPC with only the `local` route (`main`: with the VPC's main association). */
export const newRouteTable = (accountId: string, vpcId: string, cidr: string, main: boolean) =>
  Effect.gen(function*() {
    const table: RouteTableRecord = {
      RouteTableId: yield* Identifier.generate("routeTable"),
      VpcId: vpcId,
      OwnerId: accountId,
      Routes: [{ DestinationCidrBlock: cidr, GatewayId: "local", Origin: "CreateRouteTable" }],
      Associations: main ? [{ RouteTableAssociationId: yield* Identifier.generate("routeTableAssociation"), Main: true }] : []
    }
    return table
  })

/** The default network ACL of a VPC, associated with `subnetIds`. */
export const defaultNetworkAcl = (accountId: string, vpcId: string, subnetIds: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const acl: NetworkAclRecord = {
      NetworkAclId: yield* Identifier.generate("networkAcl"),
      VpcId: vpcId,
      IsDefault: true,
      OwnerId: accountId,
      Associations: yield* Effect.forEach(subnetIds, (SubnetId) =>
        Effect.map(Identifier.generate("networkAclAssociation"), (NetworkAclAssociationId) => ({ NetworkAclAssociationId, SubnetId })))
    }
    return acl
  })

/**
 * The entries of a default network ACL as DescribeNetworkAcls shows them: rule 100 allows all
 * traffic, rule 32767 (`*`) denies what no rule matched, both directions
 * (https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html, read 2026-12-06).
 */
export const defaultAclEntries = [true, false].flatMap((Egress) => [
  { CidrBlock: "0.0.0.0/0", Egress, Protocol: "-1", RuleAction: "allow" as const, RuleNumber: 100 },
  { CidrBlock: "0.0.0.0/0", Egress, Protocol: "-1", RuleAction: "deny" as const, RuleNumber: 32767 }
])

/**
 * The default VPC's subnets, one per zone: 172.31.0.0/20, 172.31.16.0/20, …, default for their zone
 * and mapping public IPs on launch — https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html
 * (read 2026-11). Shared by the seed and CreateDefaultVpc; `newId` makes each subnet id.
 */
export const defaultSubnets = <E, R>(
  zones: ReadonlyArray<{ readonly ZoneName: string; readonly ZoneId: string }>,
  vpcId: string,
  ownerId: string,
  newId: Effect.Effect<string, E, R>
): Effect.Effect<Array<SubnetRecord>, E, R> =>
  Effect.forEach(zones, (z, i) =>
    Effect.map(newId, (SubnetId): SubnetRecord => ({
      SubnetId,
      VpcId: vpcId,
      AvailabilityZone: z.ZoneName,
      AvailabilityZoneId: z.ZoneId,
      CidrBlock: `172.31.${i * 16}.0/20`,
      DefaultForAz: true,
      MapPublicIpOnLaunch: true,
      State: "available",
      OwnerId: ownerId
    })))
