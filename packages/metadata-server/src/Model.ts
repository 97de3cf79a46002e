/**
 * The resolved model of one instance, as the metadata service sees it: every value the tree
 * serves, consistent across categories (the identity document, `meta-data/` and the network
 * interfaces all come from this one record). Built from a standalone configuration by
 * {@link fromConfig}; anything the configuration leaves out is generated, deterministically from a
 * seed, with AWS's formats.
 *
 * @since 0.1.0
 */
import * as Identifier from "@ec2kit/core/Identifier"
import type * as Shapes from "@ec2kit/core/Ec2Shapes"
import * as MetadataOptions from "@ec2kit/core/MetadataOptions"
import { Effect, Random, Result } from "effect"
import { createHmac } from "node:crypto"
import * as Config from "./Config.js"

/**
 * One elastic network interface.
 *
 * @since 0.1.0
 * @category models
 */
export interface Eni {
  readonly interfaceId: string
  readonly mac: string
  readonly deviceNumber: number
  readonly networkCardIndex: number
  readonly ownerId: string
  readonly subnetId: string
  readonly vpcId: string
  readonly subnetCidr: string
  readonly subnetIpv6Cidrs: ReadonlyArray<string>
  readonly vpcCidr: string
  readonly vpcIpv6Cidrs: ReadonlyArray<string>
  readonly privateIps: ReadonlyArray<string>
  readonly localHostname: string
  /** Public IPv4 → the private IPv4 it is associated with. */
  readonly publicIps: ReadonlyArray<{ readonly publicIp: string; readonly privateIp: string }>
  readonly publicHostname: string | undefined
  readonly ipv6s: ReadonlyArray<string>
  readonly securityGroups: ReadonlyArray<{ readonly name: string; readonly id: string }>
}

/**
 * A time-driven notice, relative to the server's start (`Model.bootMillis`).
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduledEvent {
  readonly code: "instance-reboot" | "system-reboot" | "system-maintenance" | "instance-retirement" | "instance-stop"
  readonly eventId: string
  /** When the event appears (epoch ms). */
  readonly dueMillis: number
  /** The event's `NotBefore` (epoch ms); default ten minutes after `dueMillis`. Set by live sources. */
  readonly notBeforeMillis?: number | undefined
  /** The event's `NotAfter` (epoch ms); default a two-hour window for reboots and maintenance. */
  readonly notAfterMillis?: number | undefined
  /** The event's `Description`; default AWS's text for the code. */
  readonly description?: string | undefined
}

/**
 * The instance as IMDS serves it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Model {
  readonly accountId: string
  readonly region: string
  readonly partition: "aws" | "aws-cn" | "aws-us-gov"
  readonly domain: string
  readonly availabilityZone: string
  readonly availabilityZoneId: string
  readonly placementGroupName: string | undefined
  readonly partitionNumber: number | undefined
  readonly hostId: string | undefined
  readonly instanceId: string
  readonly instanceType: string
  readonly imageId: string
  readonly kernelId: string | undefined
  readonly ramdiskId: string | undefined
  readonly amiLaunchIndex: number
  readonly architecture: string
  readonly reservationId: string
  readonly lifeCycle: "on-demand" | "spot" | "scheduled" | "capacity-block"
  /** Launch (pending) time, epoch ms, whole seconds. */
  readonly pendingMillis: number
  /** The server's start: time-driven delays count from here (epoch ms). */
  readonly bootMillis: number
  /** Changes on every restart; tokens are bound to it. */
  readonly bootId: string
  readonly enis: ReadonlyArray<Eni>
  readonly keyName: string | undefined
  readonly publicKey: string | undefined
  readonly blockDevices: ReadonlyArray<readonly [string, string]>
  readonly productCodes: ReadonlyArray<string>
  readonly role: { readonly name: string; readonly profileArn: string; readonly profileId: string } | undefined
  readonly tags: ReadonlyArray<readonly [string, string]>
  readonly userData: Uint8Array | undefined
  readonly options: {
    readonly HttpTokens: MetadataOptions.HttpTokensState
    readonly HttpEndpoint: MetadataOptions.EndpointState
    readonly InstanceMetadataTags: MetadataOptions.TagsState
    /**
     * The IP TTL of the answers to token PUTs: a client more hops away never gets them (see
     * `Router.hopLimitDrops`). 1–64, default 1.
     */
    readonly HttpPutResponseHopLimit: number
  }
  readonly monitoring: "enabled" | "disabled"
  readonly autoscaling: { readonly state: string; readonly dueMillis: number } | undefined
  readonly spot: { readonly action: "stop" | "hibernate" | "terminate"; readonly dueMillis: number } | undefined
  readonly scheduledEvents: ReadonlyArray<ScheduledEvent>
  readonly rebalanceDueMillis: number | undefined
  /** Secret from which rotating credentials are derived. */
  readonly credentialSeed: string
}

// Availability Zone id prefixes ("use1-az4"):
// https://docs.aws.amazon.com/ram/latest/userguide/working-with-az-ids.html (read 2026-11)
const azIdPrefix: Record<string, string> = {
  "us-east-1": "use1", "us-east-2": "use2", "us-west-1": "usw1", "us-west-2": "usw2",
  "ca-central-1": "cac1", "eu-west-1": "euw1", "eu-west-2": "euw2", "eu-west-3": "euw3",
  "eu-central-1": "euc1", "eu-central-2": "euc2", "eu-north-1": "eun1", "eu-south-1": "eus1",
  "ap-south-1": "aps1", "ap-southeast-1": "apse1", "ap-southeast-2": "apse2", "ap-northeast-1": "apne1",
  "ap-northeast-2": "apne2", "ap-northeast-3": "apne3", "ap-east-1": "ape1", "sa-east-1": "sae1",
  "me-south-1": "mes1", "af-south-1": "afs1", "cn-north-1": "cnn1", "cn-northwest-1": "cnnw1",
  "us-gov-west-1": "usgw1", "us-gov-east-1": "usge1"
}

const regionPrefix = (region: string) =>
  azIdPrefix[region] ?? region.split("-").map((p, i, all) => (i === all.length - 1 ? p : p[0] ?? "")).join("")

/**
 * Partition and DNS suffix of a Region (`aws`/`amazonaws.com`, `aws-cn`/`amazonaws.com.cn`, `aws-us-gov`).
 *
 * @since 0.1.0
 * @category rules
 */
export const partitionOf = (region: string): { readonly partition: Model["partition"]; readonly domain: string } =>
  region.startsWith("cn-")
    ? { partition: "aws-cn", domain: "amazonaws.com.cn" }
    : region.startsWith("us-gov-")
    ? { partition: "aws-us-gov", domain: "amazonaws.com" }
    : { partition: "aws", domain: "amazonaws.com" }

/**
 * The private (IP-based) DNS name EC2 gives an address: `ip-10-0-0-12.ec2.internal` in us-east-1,
 * `ip-10-0-0-12.eu-west-1.compute.internal` elsewhere
 * (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html, read 2026-11).
 *
 * @since 0.1.0
 * @category rules
 */
export const privateDnsName = (ip: string, region: string): string =>
  `ip-${ip.replaceAll(".", "-")}.${region === "us-east-1" ? "ec2.internal" : `${region}.compute.internal`}`

/**
 * The public DNS name EC2 gives a public IPv4: `ec2-203-0-113-25.compute-1.amazonaws.com` in
 * us-east-1, `ec2-203-0-113-25.eu-west-1.compute.amazonaws.com` elsewhere (same page).
 *
 * @since 0.1.0
 * @category rules
 */
export const publicDnsName = (ip: string, region: string): string => {
  const { domain } = partitionOf(region)
  return `ec2-${ip.replaceAll(".", "-")}.${region === "us-east-1" ? "compute-1" : `${region}.compute`}.${domain}`
}

/** Deterministic bytes for a label. */
const bytesOf = (seed: string, label: string): Buffer => createHmac("sha256", seed).update(label).digest()
const intOf = (seed: string, label: string, max: number): number => bytesOf(seed, label).readUInt32BE(0) % max

const idOf = <K extends Identifier.Kind>(seed: string, kind: K, label: string): string =>
  Effect.runSync(Identifier.generate(kind).pipe(Random.withSeed(`${seed}/${label}`)))

const macOf = (seed: string, label: string): string => {
  const b = bytesOf(seed, `mac/${label}`)
  // Locally administered unicast, as EC2's MACs are (e.g. 02:29:96:8f:6a:2d, 0e:…, 12:…).
  const first = ((b[0] ?? 0) & 0xfc) | 0x02
  return [first, ...b.subarray(1, 6)].map((x) => x.toString(16).padStart(2, "0")).join(":")
}

const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
/**
 * Upper-case base32 characters (`A–Z2–7`) for IAM-style ids (`AIPA…`, `ASIA…`).
 *
 * @since 0.1.0
 * @category rules
 */
export const iamChars = (bytes: Uint8Array, n: number): string =>
  Array.from({ length: n }, (_, i) => base32[(bytes[i % bytes.length] ?? 0) % 32]).join("")

const ipv4ToInt = (ip: string) => ip.split(".").reduce((n, o) => n * 256 + Number(o), 0)
const intToIpv4 = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".")

const durationOrZero = (text: string | undefined) =>
  text === undefined ? 0 : Result.getOrElse(Config.parseDelay(text), () => 0)

const architectureOf = (instanceType: string): string => {
  const family = instanceType.split(".")[0] ?? ""
  // Graviton families carry a "g" after the generation digit (m7g, c6gn, t4g, im4gn); a1 is arm64 too.
  return /^[a-z]+\d+[a-z]*g[a-z]*$/.test(family) && !/^(g|p)\d/.test(family) || family === "a1" ? "arm64" : "x86_64"
}

/**
 * Options of {@link fromConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export interface FromConfigOptions {
  /** Seed of every generated value (default: the configuration's `Seed`, else the instance id, else "ec2kit"). */
  readonly seed?: string | undefined
  /** The server's start, epoch ms (from `Clock`). */
  readonly bootMillis: number
  /** Id of this boot (changes on every restart). */
  readonly bootId: string
}

/**
 * Resolves a configuration into a complete, consistent model; generates what is missing.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromConfig = (c: Config.ConfigFile, o: FromConfigOptions): Model => {
  const seed = o.seed ?? c.Seed ?? c.InstanceId ?? "ec2kit"
  const regionFromAz = c.Placement?.AvailabilityZone?.replace(/[a-z]$/, "")
  const region = c.Region ?? regionFromAz ?? "us-east-1"
  const az = c.Placement?.AvailabilityZone ?? `${region}${"abc"[intOf(seed, "az", 3)]}`
  const azId = c.Placement?.AvailabilityZoneId ?? `${regionPrefix(region)}-az${(az.charCodeAt(az.length - 1) - 96 + intOf(seed, "azid", 3)) % 6 + 1}`
  const { domain, partition } = partitionOf(region)
  const accountId = c.AccountId ?? String(100_000_000_000 + intOf(seed, "account", 899_999_999) * 1000 + intOf(seed, "account2", 1000)).slice(0, 12)
  const instanceId = c.InstanceId ?? idOf(seed, "instance", "instance")
  const instanceType = c.InstanceType ?? "t3.micro"
  const vpcId = c.VpcId ?? idOf(seed, "vpc", "vpc")
  const subnetId = c.SubnetId ?? idOf(seed, "subnet", "subnet")
  // Default-VPC layout: 172.31.0.0/16 with /20 subnets.
  const subnetBase = ipv4ToInt("172.31.0.0") + intOf(seed, "subnet-index", 6) * 4096
  const genPrivate = (label: string) => intToIpv4(subnetBase + 4 + intOf(seed, `ip/${label}`, 4000))
  const genPublic = (label: string) =>
    `${["3", "18", "34", "52", "54"][intOf(seed, `pub0/${label}`, 5)]}.${intOf(seed, `pub1/${label}`, 256)}.${
      intOf(seed, `pub2/${label}`, 256)
    }.${1 + intOf(seed, `pub3/${label}`, 254)}`
  const defaultGroups = (c.SecurityGroups ?? [{ GroupName: "default" }]).map((g, i) => ({
    name: g.GroupName ?? `sg-${i}`,
    id: g.GroupId ?? idOf(seed, "securityGroup", `sg/${g.GroupName ?? i}`)
  }))
  const primaryPrivate = c.PrivateIpAddress ?? c.NetworkInterfaces?.[0]?.PrivateIpAddress ?? genPrivate("0")
  const primaryPublic = c.PublicIpAddress === null
    ? undefined
    : c.PublicIpAddress ?? c.NetworkInterfaces?.[0]?.Association?.PublicIp ?? genPublic("0")
  const enisIn = c.NetworkInterfaces !== undefined && c.NetworkInterfaces.length > 0 ? c.NetworkInterfaces : [{}]
  const enis: Array<Eni> = enisIn.map((n: Config.ConfigFile["NetworkInterfaces"] extends ReadonlyArray<infer A> | undefined ? A : never, i) => {
    const privates = n.PrivateIpAddresses?.map((p) => p.PrivateIpAddress).filter((x): x is string => x !== undefined) ?? []
    const first = n.PrivateIpAddress ?? privates[0] ?? (i === 0 ? primaryPrivate : genPrivate(String(i)))
    const privateIps = [first, ...privates.filter((p) => p !== first)]
    const publicIps: Array<{ publicIp: string; privateIp: string }> = []
    const mainPublic = n.Association?.PublicIp ?? (i === 0 ? primaryPublic : undefined)
    if (mainPublic !== undefined) publicIps.push({ publicIp: mainPublic, privateIp: first })
    for (const p of n.PrivateIpAddresses ?? []) {
      const pub = p.Association?.PublicIp
      if (pub !== undefined && p.PrivateIpAddress !== undefined && !publicIps.some((x) => x.publicIp === pub)) {
        publicIps.push({ publicIp: pub, privateIp: p.PrivateIpAddress })
      }
    }
    const subnetCidr = n.SubnetCidrBlock ?? (n.SubnetId === undefined || n.SubnetId === subnetId
      ? `${intToIpv4(subnetBase)}/20`
      : `${first.split(".").slice(0, 3).join(".")}.0/24`)
    const ipv6s = (n.Ipv6Addresses ?? []).map((a) => a.Ipv6Address).filter((x): x is string => x !== undefined)
    if (i === 0 && c.Ipv6Address !== undefined && !ipv6s.includes(c.Ipv6Address)) ipv6s.unshift(c.Ipv6Address)
    return {
      interfaceId: n.NetworkInterfaceId ?? idOf(seed, "networkInterface", `eni/${i}`),
      mac: n.MacAddress ?? macOf(seed, String(i)),
      deviceNumber: n.Attachment?.DeviceIndex ?? i,
      networkCardIndex: n.Attachment?.NetworkCardIndex ?? 0,
      ownerId: n.OwnerId ?? accountId,
      subnetId: n.SubnetId ?? subnetId,
      vpcId: n.VpcId ?? vpcId,
      subnetCidr,
      subnetIpv6Cidrs: n.SubnetIpv6CidrBlocks ?? [],
      vpcCidr: n.VpcCidrBlock ?? "172.31.0.0/16",
      vpcIpv6Cidrs: n.VpcIpv6CidrBlocks ?? [],
      privateIps,
      localHostname: n.PrivateDnsName ?? (i === 0 && c.PrivateDnsName !== undefined ? c.PrivateDnsName : privateDnsName(first, region)),
      publicIps,
      publicHostname: mainPublic === undefined
        ? undefined
        : n.Association?.PublicDnsName ?? (i === 0 && c.PublicDnsName ? c.PublicDnsName : publicDnsName(mainPublic, region)),
      ipv6s,
      securityGroups: n.Groups?.map((g, j) => ({ name: g.GroupName ?? `sg-${j}`, id: g.GroupId ?? idOf(seed, "securityGroup", `sg/${g.GroupName ?? j}`) })) ?? defaultGroups
    }
  })
  const launch = c.LaunchTime !== undefined && !Number.isNaN(Date.parse(c.LaunchTime)) ? Date.parse(c.LaunchTime) : o.bootMillis
  const rootDevice = c.RootDeviceName ?? "/dev/xvda"
  const blockDevices: Array<readonly [string, string]> = [["ami", rootDevice]]
  let ebs = 0
  for (const m of c.BlockDeviceMappings ?? []) {
    if (m.DeviceName === rootDevice) continue
    blockDevices.push([`ebs${++ebs}`, m.DeviceName])
  }
  blockDevices.push(["root", rootDevice])
  const roleName = c.RoleName === null
    ? undefined
    : c.RoleName ?? (c.IamInstanceProfile?.Arn?.split("/").pop() ?? (c.IamInstanceProfile === null ? undefined : "ec2kit-instance-role"))
  const profileName = c.IamInstanceProfile?.Arn?.split("/").pop() ?? roleName
  const keyName = c.KeyName ?? (c.PublicKey !== undefined ? "ec2kit-key" : undefined)
  const userData = c.UserDataBase64 !== undefined
    ? new Uint8Array(Buffer.from(c.UserDataBase64, "base64"))
    : c.UserData !== undefined
    ? new TextEncoder().encode(c.UserData)
    : undefined
  const tagsEnabled = c.MetadataOptions?.InstanceMetadataTags ?? "disabled"
  const at = (d: string | undefined) => o.bootMillis + durationOrZero(d)
  return {
    accountId,
    region,
    partition,
    domain,
    availabilityZone: az,
    availabilityZoneId: azId,
    placementGroupName: c.Placement?.GroupName || undefined,
    partitionNumber: c.Placement?.PartitionNumber,
    hostId: c.Placement?.HostId || undefined,
    instanceId,
    instanceType,
    imageId: c.ImageId ?? idOf(seed, "image", "image"),
    kernelId: c.KernelId,
    ramdiskId: c.RamdiskId,
    amiLaunchIndex: c.AmiLaunchIndex ?? 0,
    architecture: c.Architecture ?? architectureOf(instanceType),
    reservationId: idOf(seed, "reservation", "reservation"),
    lifeCycle: c.InstanceLifecycle ?? (c.SpotInterruption !== undefined ? "spot" : "on-demand"),
    pendingMillis: Math.floor(launch / 1000) * 1000,
    bootMillis: o.bootMillis,
    bootId: o.bootId,
    enis,
    keyName,
    publicKey: keyName === undefined
      ? undefined
      : c.PublicKey ?? `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${bytesOf(seed, "ssh").toString("base64").replace(/=+$/, "")} ${keyName}`,
    blockDevices,
    productCodes: (c.ProductCodes ?? []).map((p) => p.ProductCodeId),
    role: roleName === undefined ? undefined : {
      name: roleName,
      profileArn: c.IamInstanceProfile?.Arn ?? `arn:${partition}:iam::${accountId}:instance-profile/${profileName ?? roleName}`,
      profileId: c.IamInstanceProfile?.Id ?? `AIPA${iamChars(bytesOf(seed, "profile-id"), 17)}`
    },
    tags: (c.Tags ?? []).map((t) => [t.Key, t.Value] as const),
    userData,
    options: {
      HttpTokens: c.MetadataOptions?.HttpTokens ?? "optional",
      HttpEndpoint: c.MetadataOptions?.HttpEndpoint ?? "enabled",
      InstanceMetadataTags: tagsEnabled,
      // Service default 1 (core's MetadataOptions.defaults; API_InstanceMetadataOptionsRequest, read 2026-12-03).
      HttpPutResponseHopLimit: c.MetadataOptions?.HttpPutResponseHopLimit ?? MetadataOptions.defaults().HttpPutResponseHopLimit
    },
    monitoring: c.Monitoring?.State === "enabled" ? "enabled" : "disabled",
    autoscaling: c.AutoscalingTargetLifecycleState === undefined
      ? undefined
      : { state: c.AutoscalingTargetLifecycleState, dueMillis: at(c.AutoscalingTargetLifecycleStateDelay) },
    spot: c.SpotInterruption === undefined ? undefined : { action: c.SpotInterruption.Action, dueMillis: at(c.SpotInterruption.Delay) },
    scheduledEvents: (c.ScheduledEvents ?? []).map((e, i) => ({
      code: e.Code,
      eventId: `instance-event-${bytesOf(seed, `event/${i}`).toString("hex").slice(0, 17)}`,
      dueMillis: at(e.Delay)
    })),
    rebalanceDueMillis: c.RebalanceRecommendation === undefined ? undefined : at(c.RebalanceRecommendation.Delay),
    credentialSeed: `${seed}/${o.bootId}/credentials`
  }
}

/**
 * What a live source knows about an instance: DescribeInstances' `Instance` and its reservation,
 * plus what DescribeInstances does not carry (user data, public key text, scheduled events,
 * subnet blocks and, with the in-memory backend's `Hypervisor`, spot and rebalance notices).
 *
 * @since 0.1.0
 * @category models
 */
export interface LiveFacts {
  /** DescribeInstances `Reservations[].Instances[]`. */
  readonly instance: Shapes.Instance
  /** `Reservation.OwnerId` (the account id). */
  readonly ownerId: string | undefined
  /** `Reservation.ReservationId`. */
  readonly reservationId: string | undefined
  /** The Region; default from the Availability Zone's name. */
  readonly region?: string | undefined
  /** DescribeInstanceAttribute `userData`, decoded. */
  readonly userData: Uint8Array | undefined
  /** DescribeKeyPairs `IncludePublicKey` text of `KeyName`. */
  readonly publicKey: string | undefined
  /** DescribeInstanceStatus `Events` of the instance. */
  readonly events: ReadonlyArray<Shapes.InstanceStatusEvent>
  /** Subnet id → IPv4 CIDR block, where known. */
  readonly subnetCidrs?: Readonly<Record<string, string>> | undefined
  /** VPC id → IPv4 CIDR block, where known. */
  readonly vpcCidrs?: Readonly<Record<string, string>> | undefined
  /** Spot interruption: the action and when it happens (epoch ms); the notice shows two minutes before. */
  readonly spotAction?: { readonly action: "stop" | "hibernate" | "terminate"; readonly timeMillis: number } | undefined
  /** Rebalance recommendation time (epoch ms). */
  readonly rebalanceMillis?: number | undefined
  /**
   * The role in the instance's IAM instance profile, where the backend knows it (the memory backend's
   * profiles); `null` for a profile without a role (no credentials are served). Absent: the role is
   * named after the profile (the last segment of its ARN).
   */
  readonly roleName?: string | null | undefined
  /** The metadata options in force (the last `applied` ones). */
  readonly options: Model["options"]
}

const regionOfZone = (zone: string | undefined): string | undefined =>
  zone === undefined ? undefined : /^([a-z]{2}(?:-[a-z]+)+-\d+)/.exec(zone)?.[1]

const liveLifecycles = new Set(["spot", "scheduled", "capacity-block"])

/**
 * The model of a live instance (e.g. an `Ec2` backend's DescribeInstances answer): every value
 * from the facts, nothing generated that the facts carry. Pure; time-driven items keep their
 * absolute times (spot notice two minutes before the action, events from their `NotBefore`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromInstance = (facts: LiveFacts, o: FromConfigOptions): Model => {
  const i = facts.instance
  const instanceId = i.InstanceId ?? "i-00000000000000000"
  const region = facts.region ?? regionOfZone(i.Placement?.AvailabilityZone) ?? "us-east-1"
  const subnetCidr = (id: string | undefined) => (id === undefined ? undefined : facts.subnetCidrs?.[id])
  const vpcCidr = (id: string | undefined) => (id === undefined ? undefined : facts.vpcCidrs?.[id])
  const enis = [...(i.NetworkInterfaces ?? [])].sort((a, b) => (a.Attachment?.DeviceIndex ?? 0) - (b.Attachment?.DeviceIndex ?? 0))
  const config: Config.ConfigFile = {
    InstanceId: instanceId,
    ...(i.InstanceType !== undefined ? { InstanceType: i.InstanceType } : {}),
    ...(i.ImageId !== undefined ? { ImageId: i.ImageId } : {}),
    ...(i.KernelId !== undefined ? { KernelId: i.KernelId } : {}),
    ...(i.RamdiskId !== undefined ? { RamdiskId: i.RamdiskId } : {}),
    ...(i.AmiLaunchIndex !== undefined ? { AmiLaunchIndex: i.AmiLaunchIndex } : {}),
    ...(i.Architecture === "i386" || i.Architecture === "x86_64" || i.Architecture === "arm64" ? { Architecture: i.Architecture } : {}),
    ...(i.LaunchTime !== undefined ? { LaunchTime: i.LaunchTime.toISOString() } : {}),
    ...(i.InstanceLifecycle !== undefined && liveLifecycles.has(i.InstanceLifecycle)
      ? { InstanceLifecycle: i.InstanceLifecycle as "spot" | "scheduled" | "capacity-block" }
      : {}),
    Placement: {
      ...(i.Placement?.AvailabilityZone !== undefined ? { AvailabilityZone: i.Placement.AvailabilityZone } : {}),
      ...(i.Placement?.AvailabilityZoneId !== undefined ? { AvailabilityZoneId: i.Placement.AvailabilityZoneId } : {}),
      ...(i.Placement?.GroupName !== undefined ? { GroupName: i.Placement.GroupName } : {}),
      ...(i.Placement?.PartitionNumber !== undefined ? { PartitionNumber: i.Placement.PartitionNumber } : {}),
      ...(i.Placement?.HostId !== undefined ? { HostId: i.Placement.HostId } : {})
    },
    ...(i.PrivateIpAddress !== undefined ? { PrivateIpAddress: i.PrivateIpAddress } : {}),
    ...(i.PrivateDnsName ? { PrivateDnsName: i.PrivateDnsName } : {}),
    // No public address is a fact here, not something to generate.
    PublicIpAddress: i.PublicIpAddress ?? null,
    ...(i.PublicDnsName ? { PublicDnsName: i.PublicDnsName } : {}),
    ...(i.Ipv6Address !== undefined ? { Ipv6Address: i.Ipv6Address } : {}),
    ...(i.SubnetId !== undefined ? { SubnetId: i.SubnetId } : {}),
    ...(i.VpcId !== undefined ? { VpcId: i.VpcId } : {}),
    ...(i.KeyName !== undefined ? { KeyName: i.KeyName } : {}),
    ...(facts.publicKey !== undefined ? { PublicKey: facts.publicKey } : {}),
    NetworkInterfaces: enis.map((n) => {
      const subnet = subnetCidr(n.SubnetId)
      const vpc = vpcCidr(n.VpcId)
      return {
        ...(n.NetworkInterfaceId !== undefined ? { NetworkInterfaceId: n.NetworkInterfaceId } : {}),
        ...(n.MacAddress !== undefined ? { MacAddress: n.MacAddress } : {}),
        ...(n.SubnetId !== undefined ? { SubnetId: n.SubnetId } : {}),
        ...(n.VpcId !== undefined ? { VpcId: n.VpcId } : {}),
        ...(n.OwnerId !== undefined ? { OwnerId: n.OwnerId } : {}),
        ...(n.PrivateIpAddress !== undefined ? { PrivateIpAddress: n.PrivateIpAddress } : {}),
        ...(n.PrivateDnsName ? { PrivateDnsName: n.PrivateDnsName } : {}),
        PrivateIpAddresses: (n.PrivateIpAddresses ?? []).map((p) => ({
          ...(p.PrivateIpAddress !== undefined ? { PrivateIpAddress: p.PrivateIpAddress } : {}),
          ...(p.Primary !== undefined ? { Primary: p.Primary } : {}),
          ...(p.Association?.PublicIp !== undefined ? { Association: { PublicIp: p.Association.PublicIp } } : {})
        })),
        Ipv6Addresses: (n.Ipv6Addresses ?? []).flatMap((a) => (a.Ipv6Address !== undefined ? [{ Ipv6Address: a.Ipv6Address }] : [])),
        Groups: (n.Groups ?? []).map((g) => ({
          ...(g.GroupName !== undefined ? { GroupName: g.GroupName } : {}),
          ...(g.GroupId !== undefined ? { GroupId: g.GroupId } : {})
        })),
        ...(n.Association?.PublicIp !== undefined
          ? {
            Association: {
              PublicIp: n.Association.PublicIp,
              ...(n.Association.PublicDnsName ? { PublicDnsName: n.Association.PublicDnsName } : {})
            }
          }
          : {}),
        Attachment: {
          ...(n.Attachment?.DeviceIndex !== undefined ? { DeviceIndex: n.Attachment.DeviceIndex } : {}),
          ...(n.Attachment?.NetworkCardIndex !== undefined ? { NetworkCardIndex: n.Attachment.NetworkCardIndex } : {})
        },
        ...(subnet !== undefined ? { SubnetCidrBlock: subnet } : {}),
        ...(vpc !== undefined ? { VpcCidrBlock: vpc } : {})
      }
    }),
    SecurityGroups: (i.SecurityGroups ?? []).map((g) => ({
      ...(g.GroupName !== undefined ? { GroupName: g.GroupName } : {}),
      ...(g.GroupId !== undefined ? { GroupId: g.GroupId } : {})
    })),
    Tags: (i.Tags ?? []).flatMap((t) => (t.Key !== undefined ? [{ Key: t.Key, Value: t.Value ?? "" }] : [])),
    IamInstanceProfile: i.IamInstanceProfile === undefined
      ? null
      : {
        ...(i.IamInstanceProfile.Arn !== undefined ? { Arn: i.IamInstanceProfile.Arn } : {}),
        ...(i.IamInstanceProfile.Id !== undefined ? { Id: i.IamInstanceProfile.Id } : {})
      },
    ...(i.IamInstanceProfile === undefined ? { RoleName: null } : facts.roleName !== undefined ? { RoleName: facts.roleName } : {}),
    BlockDeviceMappings: (i.BlockDeviceMappings ?? []).flatMap((b) => (b.DeviceName !== undefined ? [{ DeviceName: b.DeviceName }] : [])),
    ...(i.RootDeviceName !== undefined ? { RootDeviceName: i.RootDeviceName } : {}),
    ProductCodes: (i.ProductCodes ?? []).flatMap((p) => (p.ProductCodeId !== undefined ? [{ ProductCodeId: p.ProductCodeId }] : [])),
    ...(i.Monitoring?.State !== undefined ? { Monitoring: { State: i.Monitoring.State } } : {}),
    ...(facts.ownerId !== undefined ? { AccountId: facts.ownerId } : {}),
    Region: region,
    ...(facts.userData !== undefined ? { UserDataBase64: Buffer.from(facts.userData).toString("base64") } : {}),
    Seed: instanceId
  }
  const base = fromConfig(config, o)
  const eventCodes = new Set<string>(["instance-reboot", "system-reboot", "system-maintenance", "instance-retirement", "instance-stop"])
  return {
    ...base,
    reservationId: facts.reservationId ?? base.reservationId,
    options: facts.options,
    lifeCycle: config.InstanceLifecycle ?? (facts.spotAction !== undefined ? "spot" : "on-demand"),
    spot: facts.spotAction === undefined
      ? undefined
      : { action: facts.spotAction.action, dueMillis: facts.spotAction.timeMillis - spotNoticeLeadMillis },
    scheduledEvents: facts.events.flatMap((e, n) =>
      e.Code === undefined || !eventCodes.has(e.Code) || e.NotBefore === undefined
        ? []
        : [{
          code: e.Code as ScheduledEvent["code"],
          eventId: e.InstanceEventId ?? `instance-event-${bytesOf(instanceId, `event/${n}`).toString("hex").slice(0, 17)}`,
          // Scheduled events are listed as soon as they are scheduled (they are in DescribeInstanceStatus).
          dueMillis: 0,
          notBeforeMillis: e.NotBefore.getTime(),
          notAfterMillis: e.NotAfter?.getTime(),
          description: e.Description
        }]
    ),
    rebalanceDueMillis: facts.rebalanceMillis,
    autoscaling: undefined
  }
}

// "two minutes before Amazon EC2 stops or terminates your Spot Instance" —
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html (read 2026-11)
const spotNoticeLeadMillis = 120_000

/**
 * The model a live source holds before it has read its instance (or while the instance cannot be
 * read): the instance id only, metadata options at their strictest (`HttpTokens` required, hop limit
 * 1), no user data, key or events.
 *
 * @since 0.1.0
 * @category constructors
 */
export const placeholder = (instanceId: string, bootId: string): Model =>
  fromInstance({
    instance: { InstanceId: instanceId },
    ownerId: undefined,
    reservationId: undefined,
    userData: undefined,
    publicKey: undefined,
    events: [],
    options: { HttpTokens: "required", HttpEndpoint: "enabled", InstanceMetadataTags: "disabled", HttpPutResponseHopLimit: 1 }
  }, { bootMillis: 0, bootId })
