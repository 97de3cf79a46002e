/**
 * RunInstances: ClientToken idempotency (the request's fingerprint), then every check, then the launch of
 * `pending` instances.
 *
 * @internal
 */
import { Ec2Error, type Ec2Shapes, Identifier, InstanceType, InstanceTypeCatalogue, Lifecycle, MetadataOptions, PlacementGroup, Tags, UserData, VcpuQuota } from "@ec2kit/core"
import { Effect } from "effect"
import * as Fleet from "../internal/Fleet.js"
import { privateDnsName } from "../internal/Net.js"
import type { InstanceBlockDevice, InstanceRecord, NetworkInterfaceRecord, PlacementGroupRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { creditsAtLaunch } from "./credits.js"
import { associate, resolveProfile } from "./iamInstanceProfiles.js"
import { attempt, newId, type RunInstancesRequest, stableStringify, toInstance } from "./instanceShapes.js"
import { freeCapacity, insufficientCapacity, MaxRequestCount, membersOf, vcpuQuotaFor, vcpusInUse } from "./launchCapacity.js"
import { type PlannedDevice, planBlockDevices } from "./launchDevices.js"
import { checkNetworkInterfaceSpecs, groupIdsByName, groupsFor, type PlannedEni, planNetworkInterfaces } from "./launchInterfaces.js"
import { attachmentLimit, ipAllocator } from "./networkInterfaces.js"
import { checkSpotLaunch, type SpotFulfilment, type SpotLaunch, spotRequestFor } from "./spotLaunch.js"
import { hostZone } from "./hosts.js"
import { admitLaunch, type LaunchAdmission } from "./reservationAdmission.js"

/**
 * Members of the request that make up the idempotency fingerprint: all but ClientToken, DryRun and the
 * Availability Zone. "If you retry a successful request using the same client token, but one or more of the
 * parameters are different, other than the Region or Availability Zone, the retry fails with an
 * IdempotentParameterMismatch error." — https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html
 * (read 2026-12). The Region is not a request member (it is the endpoint), so only the AZ is dropped here.
 */
const fingerprint = (req: RunInstancesRequest): string => {
  const { ClientToken: _t, DryRun: _d, ...rest } = req
  if (rest.Placement === undefined) return stableStringify(rest)
  const { AvailabilityZone: _a, AvailabilityZoneId: _z, ...placement } = rest.Placement as typeof rest.Placement & {
    readonly AvailabilityZone?: unknown
    readonly AvailabilityZoneId?: unknown
  }
  // a Placement that held only the AZ is the same request as none
  return stableStringify(Object.keys(placement).length === 0 ? { ...rest, Placement: undefined } : { ...rest, Placement: placement })
}

/**
 * ClientToken idempotency (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html, read 2026-11):
 * the reservation a retry of an earlier request answers, `undefined` when the token is new (or absent).
 */
const priorLaunch = (w: World, req: RunInstancesRequest) =>
  Effect.gen(function*() {
    const prior = req.ClientToken === undefined ? undefined : w.get("clientTokens", req.ClientToken)
    if (prior === undefined) return undefined
    if (prior.Fingerprint !== fingerprint(req)) {
      // OBS: AWS's answer quoted in rust-lang/bors#830 and hashicorp/terraform-provider-aws#39625 (read 2026-12)
      return yield* Ec2Error.fail(
        "IdempotentParameterMismatch",
        "Arguments on this idempotent request are inconsistent with arguments used in previous request(s)."
      )
    }
    const live = prior.InstanceIds.map((id) => w.get("instances", id)).filter((r) => r !== undefined)
    if (live.length === 0 || live.every((r) => r.Lifecycle.State === "terminated")) {
      // OBS: "The client token you have provided is associated with a terminated instance. Please use a different
      // client token" (boto/boto3#4406, 2025, https://github.com/boto/boto3/issues/4406, quoted up to "clien", and a
      // public README quoting the whole sentence; read 2026-12). The quote shows no final period.
      return yield* Ec2Error.fail(
        "IdempotentInstanceTerminated",
        "The client token you have provided is associated with a terminated instance. Please use a different client token"
      )
    }
    return reservationOf(w, prior.ReservationId, live)
  })

/** MinCount and MaxCount: integers, 1 ≤ MinCount ≤ MaxCount, within EC2's 32-bit `Integer`. */
const checkCounts = (req: RunInstancesRequest) =>
  Effect.gen(function*() {
    if (!Number.isInteger(req.MinCount) || req.MinCount < 1) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.MinCount}' for MinCount. Must be greater than or equal to 1.`)
    }
    if (!Number.isInteger(req.MaxCount) || req.MaxCount < req.MinCount) {
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${req.MaxCount}' for MaxCount. Must be greater than or equal to MinCount.`)
    }
    for (const [name, n] of [["MinCount", req.MinCount], ["MaxCount", req.MaxCount]] as const) {
      if (n > MaxRequestCount) return yield* Effect.fail(Ec2Error.invalidValue(String(n), name))
    }
  })

/** The image to launch: well-formed, existing and not deregistered, of an architecture the instance type runs. */
const launchImage = (w: World, imageId: string, archs: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    yield* attempt(Identifier.parse("image", imageId))
    const image = w.get("images", imageId)
    if (image === undefined || image.State === "deregistered") return yield* Effect.fail(Identifier.notFound("image", imageId))
    if (archs.length > 0 && !archs.includes(image.Architecture)) {
      // OBS: AWS's answer quoted in skypilot-org/skypilot#6315 and hashicorp/packer-plugin-amazon#649 (read 2026-12)
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `The architecture '${archs[0] ?? "x86_64"}' of the specified instance type does not match the architecture '${image.Architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI.`
      )
    }
    return image
  })

/**
 * Where the launch goes: the requested subnet (checked against the requested AZ), else a default subnet (in the
 * requested AZ, the AZ a cluster group is pinned to, or the one with room for MinCount), and the placement group.
 */
const launchPlacement = (w: World, req: RunInstancesRequest, requestedSubnetId: string | undefined, instanceType: string) =>
  Effect.gen(function*() {
    const zones = w.meta.Zones.map((z) => z.ZoneName)
    let subnet = requestedSubnetId !== undefined ? w.get("subnets", requestedSubnetId) : undefined
    if (requestedSubnetId !== undefined) {
      yield* attempt(Identifier.parse("subnet", requestedSubnetId))
      if (subnet === undefined) return yield* Effect.fail(Identifier.notFound("subnet", requestedSubnetId))
    }
    // a launch on a Dedicated Host without an AZ goes to the host's AZ
    const az = req.Placement?.AvailabilityZone ?? (requestedSubnetId === undefined ? hostZone(w, req.Placement?.HostId) : undefined)
    if (az !== undefined && !zones.includes(az)) {
      // OBS: "Invalid availability zone: [us-east-1f]" (newsapps/beeswithmachineguns#90, read 2026-12)
      return yield* Ec2Error.fail("InvalidParameterValue", `Invalid availability zone: [${az}]`)
    }
    if (subnet !== undefined && az !== undefined && subnet.AvailabilityZone !== az) {
      // OBS: "InvalidParameterValue: Value (us-east-1e) for parameter availabilityZone is invalid. Subnet 'subnet-a076ed9d' is
      // in the availability zone us-east-1d" (RunInstances; InQuicker/kaws#11, 2016, https://github.com/InQuicker/kaws/pull/11;
      // same text in a public Terraform example's comment, read 2026-12)
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `Value (${az}) for parameter availabilityZone is invalid. Subnet '${subnet.SubnetId}' is in the availability zone ${subnet.AvailabilityZone}`
      )
    }
    // placement group (existence here; admission after capacity, in runInstances)
    const groupName = req.Placement?.GroupName
    let group: PlacementGroupRecord | undefined
    if (groupName !== undefined && groupName !== "") {
      group = w.get("placementGroups", groupName)
      if (group === undefined || group.State === "deleted" || group.State === "deleting") {
        return yield* Effect.fail(PlacementGroup.unknownGroup(groupName))
      }
    }
    const pinnedAz = group !== undefined && (group.Strategy === "cluster" || group.Strategy === "precision-time")
      ? membersOf(w, group.GroupName).find((m) => PlacementGroup.isPresent(m.State))?.AvailabilityZone
      : undefined
    if (subnet === undefined) {
      if (w.get("vpcs", w.meta.DefaultVpcId) === undefined) {
        // the default VPC was deleted — OBS: "VPCIdNotSpecified: No default VPC for this user" (RunInstances through the
        // JS SDK, ryanmurakami/hbfl#40, 2021, https://github.com/ryanmurakami/hbfl/issues/40, read 2026-12-06)
        return yield* Ec2Error.fail("VPCIdNotSpecified", "No default VPC for this user")
      }
      const defaults = [...w.all("subnets")].filter((s) => s.DefaultForAz && s.VpcId === w.meta.DefaultVpcId)
      if (az !== undefined) subnet = defaults.find((s) => s.AvailabilityZone === az)
      else if (pinnedAz !== undefined) subnet = defaults.find((s) => s.AvailabilityZone === pinnedAz)
      else {
        // no AZ asked: the default subnet with the most free capacity (AWS picks one for you)
        subnet = defaults.find((s) =>
          freeCapacity(w, s.AvailabilityZone, instanceType) >= req.MinCount && w.freeIps(s.SubnetId) >= req.MinCount &&
          Fleet.fitAny(w, s.AvailabilityZone, instanceType, req.MinCount) >= req.MinCount
        ) ?? defaults[0]
      }
      if (subnet === undefined) return yield* Ec2Error.fail("MissingInput", "No subnets found for the default VPC. Please specify a subnet.")
    }
    return { zones, subnet, group }
  })

/**
 * How many instances of the request can launch and where: as many as fit (vCPU quota, free addresses of the
 * subnets, capacity, the placement group's admission, hosts of the fleet), at least MinCount, else AWS's error.
 */
const fitLaunch = (
  w: World,
  req: RunInstancesRequest,
  instanceType: string,
  enis: ReadonlyArray<PlannedEni>,
  zone: string,
  zones: ReadonlyArray<string>,
  group: PlacementGroupRecord | undefined,
  purchasing: LaunchAdmission,
  spotLaunch: SpotLaunch | undefined
) =>
  Effect.gen(function*() {
    const spot = spotLaunch !== undefined ? { InstanceInterruptionBehavior: spotLaunch.Behavior } : undefined
    // the account's vCPU quota for the type's bucket (option vcpuQuotas), checked before capacity: as many
    // as fit, at least MinCount
    const market: VcpuQuota.Market = spot !== undefined ? "spot" : "on-demand"
    const quota = vcpuQuotaFor(w, market, instanceType)
    const quotaFits = quota === undefined ? Infinity : yield* attempt(VcpuQuota.fit({
      market,
      limit: quota.limit,
      used: vcpusInUse(w, market, quota.bucket),
      vCpus: Fleet.vCpusOf(instanceType),
      min: req.MinCount,
      max: req.MaxCount
    }))
    // addresses per instance and subnet (requested addresses are already reserved, counted once),
    // before capacity: they bound the request, so nothing below works for more instances than the
    // subnets can address, whatever MaxCount says (a MaxCount of 1e9 plans a few thousand at most)
    const need = new Map<string, number>()
    for (const e of enis) {
      if (e.Existing === undefined) need.set(e.Subnet.SubnetId, (need.get(e.Subnet.SubnetId) ?? 0) + 1 + e.SecondaryIps.length + e.SecondaryCount)
    }
    let fitIps = Infinity
    for (const [subnetId, n] of need) {
      const fits = Math.floor(w.freeIps(subnetId) / n)
      if (fits < req.MinCount) {
        return yield* Ec2Error.fail("InsufficientFreeAddressesInSubnet", `There are not enough free addresses in subnet '${subnetId}' to satisfy the requested number of instances.`)
      }
      fitIps = Math.min(fitIps, fits)
    }
    // at most this many can launch; at least MinCount (checked above)
    const bound = Math.min(req.MaxCount, quotaFits, fitIps)
    // capacity (the zones to suggest are worked out only for the error): reservation slots, Dedicated
    // Hosts or the AZ's free capacity outside reservations (reservationAdmission.ts)
    // a Spot launch also takes no more than its pool's room (SpotPricing.spotCapacityAvailable)
    const free = Math.min(purchasing.free, spotLaunch?.Room ?? Infinity)
    const others = () =>
      zones.filter((z) =>
        z !== zone && freeCapacity(w, z, instanceType) >= req.MinCount && Fleet.fitAny(w, z, instanceType, req.MinCount) >= req.MinCount
      )
    if (free < req.MinCount) return yield* Effect.fail(insufficientCapacity(instanceType, zone, others()))
    let placements: ReadonlyArray<PlacementGroup.Placement> | undefined
    let pinAfter: string | undefined
    if (group !== undefined) {
      const admission = yield* attempt(PlacementGroup.admitLaunch(group, membersOf(w, group.GroupName), {
        MinCount: req.MinCount,
        MaxCount: bound,
        AvailabilityZone: zone,
        InstanceType: instanceType,
        ...(req.Placement?.PartitionNumber !== undefined ? { PartitionNumber: req.Placement.PartitionNumber } : {}),
        Tenancy: req.Placement?.Tenancy ?? "default",
        ...(spot !== undefined ? { SpotInterruptionBehavior: spot.InstanceInterruptionBehavior } : {}),
        ...(Number.isFinite(free) ? { Capacity: free } : {}),
        OtherAvailabilityZones: others()
      }))
      placements = admission.Placements
      pinAfter = admission.PinnedAvailabilityZone
    }
    // the fleet: a host for each instance under the group's rack rules; as many as fit, at least MinCount
    const vCpus = Fleet.vCpusOf(instanceType)
    const want = Math.min(bound, free, placements?.length ?? Infinity)
    const planner = new Fleet.Planner(w)
    const rules = Fleet.rulesFor(
      w,
      planner,
      group,
      zone,
      vCpus,
      Array.from({ length: want }, (_, i) => placements?.[i]?.PartitionNumber)
    )
    const hosts: Array<Fleet.Slot> = []
    for (const rule of rules) {
      const slot = planner.place(zone, vCpus, rule)
      if (slot === undefined) break
      hosts.push(slot)
    }
    if (hosts.length < req.MinCount) return yield* Effect.fail(insufficientCapacity(instanceType, zone, others()))
    return { spot, placements, pinAfter, hosts }
  })

/**
 * Creates (or attaches, for an existing one) the planned interfaces of one new instance, addresses from `alloc`;
 * the first is its primary interface.
 */
const attachInterfaces = (
  w: World,
  instanceId: string,
  enis: ReadonlyArray<PlannedEni>,
  zone: string,
  alloc: ReturnType<typeof ipAllocator>,
  now: number
) =>
  Effect.gen(function*() {
    const created: Array<NetworkInterfaceRecord> = []
    for (const e of enis) {
      if (e.Existing !== undefined) {
        // an existing interface is attached as it is (no public IPv4: only a new eth0 gets one, networking-facts §6)
        const attached: NetworkInterfaceRecord = {
          ...e.Existing,
          Status: "in-use",
          Attachment: {
            AttachmentId: yield* Identifier.generate("networkInterfaceAttachment"),
            InstanceId: instanceId,
            DeviceIndex: e.DeviceIndex,
            DeleteOnTermination: false,
            Status: "attached",
            AttachTime: now
          }
        }
        w.put("networkInterfaces", attached)
        created.push(attached)
        continue
      }
      const eniId = yield* newId(w, "networkInterface", "networkInterfaces")
      const primaryIp = e.PrivateIpAddress ?? alloc.allocate(e.Subnet.SubnetId)
      const secondaries = [...e.SecondaryIps]
      for (let k = 0; k < e.SecondaryCount; k++) {
        const ip = alloc.allocate(e.Subnet.SubnetId)
        if (ip === undefined) break
        secondaries.push(ip)
      }
      if (primaryIp === undefined || secondaries.length < e.SecondaryIps.length + e.SecondaryCount) {
        // strict: cannot happen (free addresses were counted above); the engine rolls back
        return yield* Ec2Error.fail("InsufficientFreeAddressesInSubnet", `There are not enough free addresses in subnet '${e.Subnet.SubnetId}' to satisfy the requested number of instances.`)
      }
      // a public IPv4 only for an instance with one interface ("Public IPs can only be assigned to instances
      // with one network interface", aws-samples/aws-efa-nccl-baseami-pipeline#1 quoting AWS, 2020)
      const publicIp = enis.length === 1 && (e.AssociatePublicIpAddress ?? e.Subnet.MapPublicIpOnLaunch) ? w.allocatePublicIp() : undefined
      const record: NetworkInterfaceRecord = {
        NetworkInterfaceId: eniId,
        SubnetId: e.Subnet.SubnetId,
        VpcId: e.Subnet.VpcId,
        AvailabilityZone: zone,
        PrivateIpAddress: primaryIp,
        MacAddress: w.macAddress(),
        Status: "in-use",
        Description: e.Description,
        GroupIds: e.GroupIds,
        OwnerId: w.meta.AccountId,
        InterfaceType: "interface",
        ...(secondaries.length > 0 ? { SecondaryPrivateIpAddresses: secondaries } : {}),
        Attachment: {
          AttachmentId: `eni-attach-${eniId.slice(4)}`,
          InstanceId: instanceId,
          DeviceIndex: e.DeviceIndex,
          DeleteOnTermination: e.DeleteOnTermination,
          Status: "attached",
          AttachTime: now
        },
        ...(publicIp !== undefined ? { PublicIp: publicIp } : {})
      }
      w.put("networkInterfaces", record)
      created.push(record)
    }
    return created
  })

/** Creates the planned volumes of one new instance, attached to it, and returns its block device mappings. */
const createVolumes = (
  w: World,
  instanceId: string,
  devices: ReadonlyArray<PlannedDevice>,
  zone: string,
  volumeTags: ReadonlyArray<readonly [string, string]>,
  now: number
) =>
  Effect.gen(function*() {
    const mappings: Array<InstanceBlockDevice> = []
    for (const d of devices) {
      const volumeId = yield* newId(w, "volume", "volumes")
      w.put("volumes", {
        VolumeId: volumeId,
        Size: d.Size,
        VolumeType: d.VolumeType,
        ...(d.Iops !== undefined ? { Iops: d.Iops } : {}),
        ...(d.Throughput !== undefined ? { Throughput: d.Throughput } : {}),
        AvailabilityZone: zone,
        State: "in-use",
        ...(d.SnapshotId !== undefined ? { SnapshotId: d.SnapshotId } : {}),
        CreateTime: now,
        Encrypted: d.Encrypted,
        MultiAttachEnabled: false,
        Attachments: [{ InstanceId: instanceId, Device: d.DeviceName, State: "attached", AttachTime: now, DeleteOnTermination: d.DeleteOnTermination }],
        Modifications: []
      })
      if (volumeTags.length > 0) w.setTags(volumeId, volumeTags)
      mappings.push({ DeviceName: d.DeviceName, VolumeId: volumeId, DeleteOnTermination: d.DeleteOnTermination, AttachTime: now })
    }
    return mappings
  })

/**
 * RunInstances: validates everything, then launches `pending` instances. `fulfil`: the launch fulfils that
 * Spot request (RequestSpotInstances, `spotMarket.ts`) instead of recording a new one.
 */
export const runInstances = (w: World, req: RunInstancesRequest, fulfil?: SpotFulfilment) =>
  Effect.gen(function*() {
    const instanceType = req.InstanceType ?? "m1.small" // SDK: default m1.small
    // ClientToken idempotency: a retry answers the earlier reservation
    const prior = yield* priorLaunch(w, req)
    if (prior !== undefined) return prior
    yield* checkCounts(req)
    // instance type: name and catalogue
    yield* attempt(InstanceType.parse(instanceType))
    const info = InstanceTypeCatalogue.lookup(instanceType)
    if (info._tag === "None") return yield* Ec2Error.fail("InvalidParameterValue", `Invalid value '${instanceType}' for InstanceType.`)
    yield* checkNetworkInterfaceSpecs(req, instanceType)
    const cpuCredits = yield* creditsAtLaunch(instanceType, req.CreditSpecification)
    const primarySpec = req.NetworkInterfaces?.find((n) => n.DeviceIndex === 0)
    const primaryExisting = primarySpec?.NetworkInterfaceId === undefined ? undefined : w.get("networkInterfaces", primarySpec.NetworkInterfaceId)
    if (primarySpec?.NetworkInterfaceId !== undefined && primaryExisting === undefined) {
      return yield* Effect.fail(Identifier.notFound("networkInterface", primarySpec.NetworkInterfaceId))
    }
    const requestedSubnetId = req.NetworkInterfaces !== undefined && req.NetworkInterfaces.length > 0
      ? primarySpec?.SubnetId ?? primaryExisting?.SubnetId
      : req.SubnetId
    // image
    const image = yield* launchImage(w, req.ImageId, info.value.architectures ?? [])
    // subnet / AZ
    const { zones, subnet, group } = yield* launchPlacement(w, req, requestedSubnetId, instanceType)
    const zone = subnet.AvailabilityZone
    // security groups (instance-level, or the primary interface's)
    const groupIds = primaryExisting !== undefined
      ? primaryExisting.GroupIds
      : yield* groupsFor(
        w,
        primarySpec !== undefined
          ? primarySpec.Groups ?? []
          : [...(req.SecurityGroupIds ?? []), ...(yield* groupIdsByName(w, req.SecurityGroups ?? [], subnet))],
        subnet
      )
    // key pair
    if (req.KeyName !== undefined && w.get("keyPairs", req.KeyName) === undefined) {
      return yield* Ec2Error.fail("InvalidKeyPair.NotFound", `The key pair '${req.KeyName}' does not exist`)
    }
    // IAM instance profile: must exist in the world (see iamInstanceProfiles.ts for AWS's errors)
    const iam = req.IamInstanceProfile !== undefined ? yield* resolveProfile(w, req.IamInstanceProfile) : undefined
    // metadata options (core)
    const metadata = yield* attempt(MetadataOptions.fromRunInstances(req.MetadataOptions, image.ImdsSupport === undefined ? {} : { imdsSupport: image.ImdsSupport }))
    // tags: core's rules as for every TagSpecifications (50 per resource, key/value limits, aws: prefix)
    const tags = yield* attempt(Tags.fromSpecifications(req.TagSpecifications, ["instance", "volume"]))
    const instanceTags = tags.get("instance") ?? []
    const volumeTags = tags.get("volume") ?? []
    // user data: base64 of at most 16 KB (core UserData)
    if (req.UserData !== undefined) yield* attempt(UserData.decode(req.UserData))
    // block devices: the AMI's, with the request's overrides and additions (core Ebs rules)
    const devices = yield* planBlockDevices(w, image, req.BlockDeviceMappings ?? [])
    // network interfaces: requested addresses are checked (and reserved) here
    const alloc = ipAllocator(w)
    const enis = yield* planNetworkInterfaces(w, req, subnet, groupIds, alloc)
    // EBS attachment limit: the volumes this request attaches count against it (with the ENIs and the
    // NVMe instance store where the limit is shared)
    const limit = attachmentLimit(instanceType)
    const attachments = devices.length + (limit.Kind === "shared" ? enis.length + limit.InstanceStoreVolumes : 0)
    if (attachments > limit.Limit) {
      // code as AttachVolume's; text unverified
      return yield* Ec2Error.fail(
        "AttachmentLimitExceeded",
        `Instance type '${instanceType}' supports at most ${limit.Limit} attachments; the request needs ${attachments}.`
      )
    }
    // tenancy, Dedicated Hosts and Capacity Reservation slots (issue 12 §3)
    const purchasing = yield* admitLaunch(w, req, { InstanceType: instanceType, AvailabilityZone: zone, ImageId: image.ImageId, VpcId: subnet.VpcId, ...(cpuCredits !== undefined ? { CpuCredits: cpuCredits } : {}) })
    // the Spot market: SpotMarketOptions rules, maximum price against the pool's price (spotLaunch.ts)
    const spotLaunch = yield* checkSpotLaunch(w, req, instanceType, zone, fulfil)
    const { spot, placements, pinAfter, hosts } = yield* fitLaunch(w, req, instanceType, enis, zone, zones, group, purchasing, spotLaunch)
    const count = hosts.length
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())

    // ---- apply (cannot fail from here) ----
    const now = w.now
    const reservationId = yield* newId(w, "reservation", "reservations")
    if (group !== undefined && pinAfter !== undefined && group.PinnedAvailabilityZone !== pinAfter) {
      w.put("placementGroups", { ...group, PinnedAvailabilityZone: pinAfter })
    }
    const ids: Array<string> = []
    const records: Array<InstanceRecord> = []
    for (let i = 0; i < count; i++) {
      const instanceId = yield* newId(w, "instance", "instances")
      const created = yield* attachInterfaces(w, instanceId, enis, zone, alloc, now)
      const primaryEni = created[0]!
      const ip = primaryEni.PrivateIpAddress
      const publicIp = primaryEni.PublicIp
      const eniId = primaryEni.NetworkInterfaceId
      const mappings = yield* createVolumes(w, instanceId, devices, zone, volumeTags, now)
      const record: InstanceRecord = {
        InstanceId: instanceId,
        ReservationId: reservationId,
        ImageId: image.ImageId,
        InstanceType: instanceType,
        Architecture: image.Architecture,
        ...(req.KeyName !== undefined ? { KeyName: req.KeyName } : {}),
        LaunchTime: now,
        AmiLaunchIndex: i,
        AvailabilityZone: zone,
        SubnetId: subnet.SubnetId,
        VpcId: subnet.VpcId,
        PrivateIpAddress: ip,
        PrivateDnsName: privateDnsName(ip, w.meta.Region),
        ...(publicIp !== undefined ? { PublicIpAddress: publicIp } : {}),
        SecurityGroupIds: groupIds,
        PrimaryNetworkInterfaceId: eniId,
        ...(created.length > 1 ? { SecondaryNetworkInterfaceIds: created.slice(1).map((e) => e.NetworkInterfaceId) } : {}),
        RootDeviceName: image.RootDeviceName,
        BlockDeviceMappings: mappings,
        Lifecycle: Lifecycle.launched(instanceId, {
          DisableApiTermination: req.DisableApiTermination ?? false,
          DisableApiStop: req.DisableApiStop ?? false,
          HibernationConfigured: req.HibernationOptions?.Configured ?? false,
          InstanceInitiatedShutdownBehavior: req.InstanceInitiatedShutdownBehavior ?? "stop"
        }),
        MetadataOptions: metadata,
        ...(req.UserData !== undefined ? { UserData: req.UserData } : {}),
        ...(req.ClientToken !== undefined ? { ClientToken: req.ClientToken } : {}),
        ...(group !== undefined ? { PlacementGroupName: group.GroupName } : {}),
        ...(placements?.[i]?.PartitionNumber !== undefined ? { PartitionNumber: placements[i]!.PartitionNumber } : {}),
        ...(placements?.[i]?.Slot !== undefined ? { Slot: placements[i]!.Slot } : {}),
        RackId: hosts[i]!.RackId,
        HostId: hosts[i]!.HostId,
        ...(iam !== undefined ? { IamInstanceProfileArn: iam.Arn, IamInstanceProfileId: iam.InstanceProfileId } : {}),
        EbsOptimized: req.EbsOptimized ?? false,
        ...(spot !== undefined && spotLaunch !== undefined
          ? { Spot: spotRequestFor(w, req, spotLaunch, instanceId, instanceType, zone, fulfil) }
          : {}),
        ...(cpuCredits !== undefined ? { CpuCredits: cpuCredits } : {}),
        ...purchasing.members(i),
        Events: [],
        SystemStatus: "initializing",
        InstanceStatus: "initializing",
        FirstBootDone: false,
        BootCount: 0
      }
      w.put("instances", record)
      if (iam !== undefined) associate(w, instanceId, iam)
      if (instanceTags.length > 0) w.setTags(instanceId, instanceTags)
      w.schedule("instance.complete", instanceId, w.delay("instancePending"))
      w.schedule("instance.metadataApplied", instanceId, w.delay("metadataOptions"))
      w.emitStateChange(instanceId, "pending")
      ids.push(instanceId)
      records.push(record)
    }
    w.put("reservations", { ReservationId: reservationId, OwnerId: w.meta.AccountId, InstanceIds: ids })
    if (req.ClientToken !== undefined) {
      w.put("clientTokens", { ClientToken: req.ClientToken, Fingerprint: fingerprint(req), ReservationId: reservationId, InstanceIds: ids, CreatedAt: now })
    }
    return reservationOf(w, reservationId, records)
  })

const reservationOf = (w: World, reservationId: string, records: ReadonlyArray<InstanceRecord>) => ({
  ReservationId: reservationId,
  OwnerId: w.meta.AccountId,
  Groups: [] as Array<Ec2Shapes.GroupIdentifier>,
  Instances: records.map((r) => toInstance(w, r))
})
