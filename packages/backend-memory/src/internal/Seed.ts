/**
 * The initial world: account, region with its AZs, default VPC and subnets, default security group,
 * Amazon-owned seed AMIs with their root snapshots.
 *
 * @internal
 */
import { Effect } from "effect"
import { Ec2Error, Identifier } from "@ec2kit/core"
import { defaultNetworkAcl, defaultSecurityGroup, defaultSubnets, newRouteTable } from "./Fabric.js"
import { ipToInt, parseCidr } from "./Net.js"
import type { ImageRecord, MetaRecord, SnapshotRecord, SubnetRecord, TableName, VpcRecord } from "./Records.js"

/**
 * AZ letters and AZ-id prefixes of some Regions. AZ ids are per account in reality (the name → id
 * mapping is shuffled per account); here `a` → `az1`, `b` → `az2`… for reproducibility.
 * Sources: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html
 * (read 2026-11): us-east-1 has six AZs (use1-az1…az6), us-west-2 four, most others three.
 */
const regionZones: Readonly<Record<string, { readonly letters: string; readonly idPrefix: string }>> = {
  "us-east-1": { letters: "abcdef", idPrefix: "use1" },
  "us-east-2": { letters: "abc", idPrefix: "use2" },
  "us-west-1": { letters: "bc", idPrefix: "usw1" },
  "us-west-2": { letters: "abcd", idPrefix: "usw2" },
  "eu-west-1": { letters: "abc", idPrefix: "euw1" },
  "eu-west-2": { letters: "abc", idPrefix: "euw2" },
  "eu-central-1": { letters: "abc", idPrefix: "euc1" },
  "eu-north-1": { letters: "abc", idPrefix: "eun1" },
  "ap-northeast-1": { letters: "acd", idPrefix: "apne1" },
  "ap-southeast-1": { letters: "abc", idPrefix: "apse1" },
  "ap-southeast-2": { letters: "abc", idPrefix: "apse2" },
  "ap-south-1": { letters: "abc", idPrefix: "aps1" }
}

const idPrefixOf = (region: string): string => {
  const known = regionZones[region]
  if (known) return known.idPrefix
  // e.g. sa-east-1 → sae1 (AWS's scheme: area, direction initials, number)
  const [area = "xx", dir = "x", n = "1"] = region.split("-")
  return `${area}${dir.replace(/(north|south|east|west|central)/g, (m) => m[0]!)}${n}`
}

/** The AZs of a Region (name and id). */
export const zonesOf = (region: string): ReadonlyArray<{ readonly ZoneName: string; readonly ZoneId: string }> => {
  const letters = regionZones[region]?.letters ?? "abc"
  const prefix = idPrefixOf(region)
  return [...letters].map((l) => ({ ZoneName: `${region}${l}`, ZoneId: `${prefix}-az${"abcdef".indexOf(l) + 1}` }))
}

/**
 * Public IPv4 pools per Region, from AWS's published EC2 ranges
 * (https://ip-ranges.amazonaws.com/ip-ranges.json, service EC2, read 2026-11). One block per Region.
 */
const publicPools: Readonly<Record<string, string>> = {
  "us-east-1": "3.80.0.0/12",
  "us-east-2": "3.128.0.0/13",
  "us-west-1": "13.52.0.0/16",
  "us-west-2": "34.208.0.0/12",
  "eu-west-1": "34.240.0.0/13",
  "eu-central-1": "3.120.0.0/14",
  "ap-northeast-1": "3.112.0.0/14"
}

export const publicPoolOf = (region: string): string => publicPools[region] ?? "3.0.0.0/9"

/** The Amazon account that owns Amazon Linux AMIs (`amazon` alias). */
export const amazonOwnerId = "137112412989"

/**
 * An extra (non-default) VPC with its subnets, e.g. to hold more instances than the default /20
 * subnets can (4,091 addresses each). AWS allows VPC and subnet blocks from /16 to /28 —
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html (read 2026-11) — so one subnet
 * holds at most 65,531 instances; 100,000 instances need at least two subnets (or VPCs).
 */
export interface VpcOption {
  readonly CidrBlock: string
  readonly Subnets: ReadonlyArray<{
    readonly AvailabilityZone: string
    readonly CidrBlock: string
    /** Default false, as for a non-default subnet. */
    readonly MapPublicIpOnLaunch?: boolean
  }>
}

/** Options of the seeded world. */
export interface SeedOptions {
  readonly accountId: string
  readonly region: string
  readonly vpcs?: ReadonlyArray<VpcOption>
}

const cidrRe = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

/** Checks extra VPC options: CIDR syntax, /16–/28, subnets inside their VPC, no overlaps, known AZs. */
export const validateVpcs = (
  zones: ReadonlyArray<{ readonly ZoneName: string }>,
  vpcs: ReadonlyArray<VpcOption>
): Ec2Error.Ec2Error | undefined => {
  const ok = (cidr: string) => {
    const m = cidrRe.exec(cidr)
    if (m === null || [1, 2, 3, 4].some((i) => Number(m[i]) > 255)) return false
    const prefix = Number(m[5])
    return prefix >= 16 && prefix <= 28 && parseCidr(cidr).network === ipToInt(cidr.split("/")[0]!)
  }
  const overlaps = (a: string, b: string) => {
    const x = parseCidr(a)
    const y = parseCidr(b)
    return x.network < y.network + y.size && y.network < x.network + x.size
  }
  const all = ["172.31.0.0/16", ...vpcs.map((v) => v.CidrBlock)]
  for (const [i, v] of vpcs.entries()) {
    // texts: CreateVpc / CreateSubnet answers, read 2026-12 — OBS `<Code>InvalidVpc.Range</Code><Message>The CIDR '10.0.0.0/8' is
    // invalid.</Message>` (grycap/im#1011, 2020, https://github.com/grycap/im/issues/1011); "InvalidSubnet.Range: The CIDR
    // '10.10.1.0/24' is invalid." (pulumi/pulumi-awsx#111, 2019, https://github.com/pulumi/pulumi-awsx/issues/111);
    // "InvalidSubnet.Conflict: The CIDR '10.0.1.0/24' conflicts with another subnet" (hashicorp/terraform#33470, 2023,
    // https://github.com/hashicorp/terraform/issues/33470); "Value (us-east-1c) for parameter availabilityZone is invalid.
    // Subnets can currently only be created in the following availability zones: us-east-1d, us-east-1a, us-east-1e,
    // us-east-1b." (kz8s/tack#67, 2016, https://github.com/kz8s/tack/issues/67). The VPC-overlap rule and its text are this
    // world's own (AWS allows overlapping VPCs; unverified).
    if (!ok(v.CidrBlock)) return Ec2Error.make("InvalidVpc.Range", `The CIDR '${v.CidrBlock}' is invalid.`)
    if (all.some((c, j) => j !== i + 1 && overlaps(c, v.CidrBlock))) {
      return Ec2Error.make("InvalidVpc.Range", `The CIDR '${v.CidrBlock}' overlaps another VPC of this world.`)
    }
    for (const [k, s] of v.Subnets.entries()) {
      if (!ok(s.CidrBlock) || !overlaps(v.CidrBlock, s.CidrBlock) || parseCidr(s.CidrBlock).prefix < parseCidr(v.CidrBlock).prefix) {
        return Ec2Error.make("InvalidSubnet.Range", `The CIDR '${s.CidrBlock}' is invalid.`)
      }
      if (v.Subnets.some((o, l) => l !== k && overlaps(o.CidrBlock, s.CidrBlock))) {
        return Ec2Error.make("InvalidSubnet.Conflict", `The CIDR '${s.CidrBlock}' conflicts with another subnet`)
      }
      if (!zones.some((z) => z.ZoneName === s.AvailabilityZone)) {
        return Ec2Error.make("InvalidParameterValue", `Value (${s.AvailabilityZone}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: ${zones.map((z) => z.ZoneName).join(", ")}.`)
      }
    }
  }
  return undefined
}

const defaultGroup = defaultSecurityGroup

/**
 * Builds the seed records (needs `Random`, for ids).
 */
export const seed = (options: SeedOptions, now: number, rngState: number) =>
  Effect.gen(function*() {
    const zones = zonesOf(options.region)
    const vpcId = yield* Identifier.generate("vpc")
    const sgId = yield* Identifier.generate("securityGroup")
    const subnets = yield* defaultSubnets(zones, vpcId, options.accountId, Identifier.generate("subnet"))
    // Amazon Linux 2023 seed images (names as published; ids are per Region, generated here).
    const created = Date.UTC(2024, 11, 12)
    const images: Array<ImageRecord> = []
    const snapshots: Array<SnapshotRecord> = []
    for (const arch of ["x86_64", "arm64"] as const) {
      const snapshotId = yield* Identifier.generate("snapshot")
      snapshots.push({
        SnapshotId: snapshotId,
        VolumeId: "vol-ffffffff",
        VolumeSize: 8,
        State: "completed",
        Progress: 100,
        StartTime: created,
        OwnerId: amazonOwnerId,
        OwnerAlias: "amazon",
        Description: `al2023 root volume (${arch})`,
        Encrypted: false
      })
      images.push({
        ImageId: yield* Identifier.generate("image"),
        Name: `al2023-ami-2023.6.20241212.0-kernel-6.1-${arch}`,
        Description: "Amazon Linux 2023 AMI 2023.6.20241212.0 " + arch + " HVM kernel-6.1",
        OwnerId: amazonOwnerId,
        ImageOwnerAlias: "amazon",
        Architecture: arch,
        RootDeviceName: "/dev/xvda",
        RootDeviceType: "ebs",
        VirtualizationType: "hvm",
        BlockDeviceMappings: [{
          DeviceName: "/dev/xvda",
          SnapshotId: snapshotId,
          VolumeSize: 8,
          VolumeType: "gp3",
          DeleteOnTermination: true,
          Encrypted: false
        }],
        State: "available",
        CreationDate: created,
        Public: true,
        EnaSupport: true,
        PlatformDetails: "Linux/UNIX",
        ImdsSupport: "v2.0",
        BootMode: "uefi-preferred"
      })
    }
    const meta: MetaRecord = {
      AccountId: options.accountId,
      Region: options.region,
      Zones: zones,
      RngState: rngState,
      TimerSeq: 0,
      DefaultVpcId: vpcId,
      DefaultSecurityGroupId: sgId,
      Capacity: {}
    }
    void now
    const records: Array<readonly [TableName, ReadonlyArray<unknown>]> = [
      ["meta", [meta]],
      ["vpcs", [{ VpcId: vpcId, CidrBlock: "172.31.0.0/16", IsDefault: true, State: "available", OwnerId: options.accountId }]],
      ["subnets", subnets],
      ["securityGroups", [yield* defaultGroup(options.accountId, vpcId, sgId)]],
      ["images", images],
      ["snapshots", snapshots]
    ]
    // extra VPCs last, so the default world's ids do not depend on them
    const extraVpcs: Array<unknown> = []
    const extraSubnets: Array<SubnetRecord> = []
    const extraGroups: Array<unknown> = []
    for (const v of options.vpcs ?? []) {
      const id = yield* Identifier.generate("vpc")
      extraVpcs.push({ VpcId: id, CidrBlock: v.CidrBlock, IsDefault: false, State: "available", OwnerId: options.accountId })
      extraGroups.push(yield* defaultGroup(options.accountId, id, yield* Identifier.generate("securityGroup")))
      for (const s of v.Subnets) {
        extraSubnets.push({
          SubnetId: yield* Identifier.generate("subnet"),
          VpcId: id,
          AvailabilityZone: s.AvailabilityZone,
          AvailabilityZoneId: zones.find((z) => z.ZoneName === s.AvailabilityZone)!.ZoneId,
          CidrBlock: s.CidrBlock,
          DefaultForAz: false,
          MapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false,
          State: "available",
          OwnerId: options.accountId
        })
      }
    }
    // the network fabric last (ids of everything above stay what they were before it existed):
    // each VPC's main route table and default network ACL; the default VPC's internet gateway, with
    // the main table's 0.0.0.0/0 route to it (https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html, read 2026-12-06)
    const allVpcs = [...(records.find(([t]) => t === "vpcs")![1] as ReadonlyArray<VpcRecord>), ...(extraVpcs as ReadonlyArray<VpcRecord>)]
    const allSubnets = [...subnets, ...extraSubnets]
    const vpcs: Array<VpcRecord> = []
    const tables: Array<unknown> = []
    const acls: Array<unknown> = []
    const igwId = yield* Identifier.generate("internetGateway")
    for (const v of allVpcs) {
      const main = yield* newRouteTable(options.accountId, v.VpcId, v.CidrBlock, true)
      tables.push(v.IsDefault
        ? { ...main, Routes: [...main.Routes, { DestinationCidrBlock: "0.0.0.0/0", GatewayId: igwId, Origin: "CreateRouteTable" }] }
        : main)
      acls.push(yield* defaultNetworkAcl(options.accountId, v.VpcId, allSubnets.filter((s) => s.VpcId === v.VpcId).map((s) => s.SubnetId)))
      vpcs.push({
        ...v,
        CidrBlockAssociationId: yield* Identifier.generate("vpcCidrAssociation"),
        ...(v.IsDefault ? { EnableDnsHostnames: true } : {})
      })
    }
    const dhcp = yield* Identifier.generate("dhcpOptions")
    return [
      ...records.map(([t, rows]) =>
        t === "meta" ? [t, [{ ...(rows[0] as MetaRecord), DhcpOptionsId: dhcp }]] as const
        : t === "vpcs" ? [t, vpcs] as const
        : t === "subnets" ? [t, allSubnets] as const
        : t === "securityGroups" ? [t, [...rows, ...extraGroups]] as const
        : [t, rows] as const
      ),
      ["internetGateways", [{ InternetGatewayId: igwId, OwnerId: options.accountId, VpcId: allVpcs[0]!.VpcId }]] as const,
      ["routeTables", tables] as const,
      ["networkAcls", acls] as const
    ]
  })
