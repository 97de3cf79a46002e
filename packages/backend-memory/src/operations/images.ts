/**
 * AMI operations over the world: DescribeImages, CreateImage (snapshots of the instance's volumes),
 * RegisterImage (from snapshots) and DeregisterImage (snapshots remain unless asked), and the image
 * timer (pending → available once its snapshots are completed).
 *
 * @internal
 */
import { Effect, Result } from "effect"
import { Ebs, Ec2, Ec2Error, type Ec2Shapes, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { ImageBlockDevice, ImageRecord, TimerRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { bool, compileFilters, type Extractors, iso, pageParams, paginate, tagsFor, tagsOut } from "./filters.js"
import { findInstances, newId } from "./instances.js"
import { findSnapshot, imagesUsing, startSnapshot } from "./snapshots.js"

const attempt = <A>(r: Result.Result<A, Ec2Error.Ec2Error>): Effect.Effect<A, Ec2Error.Ec2Error> =>
  Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)

// ------------------------------------------------------------------------------------------------
// Lookups and shapes
// ------------------------------------------------------------------------------------------------

/** Whether the account may see/launch an image: its own and public ones. */
export const isVisible = (w: World, i: ImageRecord) => i.OwnerId === w.meta.AccountId || i.Public

/** A visible image of an id, or AWS's `InvalidAMIID.NotFound`. */
export const findImage = (w: World, id: string): Effect.Effect<ImageRecord, Ec2Error.Ec2Error> => {
  const i = w.get("images", id)
  return i === undefined || i.State === "deregistered" || !isVisible(w, i)
    ? Effect.fail(Identifier.notFound("image", id))
    : Effect.succeed(i)
}

/** The AWS `Image` shape of a record. */
export const toImage = (w: World, i: ImageRecord): Ec2Shapes.Image => ({
  ImageId: i.ImageId,
  ImageLocation: `${i.ImageOwnerAlias ?? i.OwnerId}/${i.Name}`,
  State: i.State,
  OwnerId: i.OwnerId,
  ...(i.ImageOwnerAlias !== undefined ? { ImageOwnerAlias: i.ImageOwnerAlias } : {}),
  CreationDate: iso(i.CreationDate),
  Public: i.Public,
  Architecture: i.Architecture,
  ImageType: "machine",
  Name: i.Name,
  Description: i.Description,
  RootDeviceName: i.RootDeviceName,
  RootDeviceType: i.RootDeviceType,
  VirtualizationType: i.VirtualizationType,
  Hypervisor: "xen",
  EnaSupport: i.EnaSupport,
  PlatformDetails: i.PlatformDetails,
  UsageOperation: "RunInstances",
  BlockDeviceMappings: i.BlockDeviceMappings.map((b) => ({
    DeviceName: b.DeviceName,
    Ebs: {
      ...(b.SnapshotId !== undefined ? { SnapshotId: b.SnapshotId } : {}),
      VolumeSize: b.VolumeSize,
      VolumeType: b.VolumeType as Ebs.VolumeType,
      DeleteOnTermination: b.DeleteOnTermination,
      Encrypted: b.Encrypted
    }
  })),
  ...(i.ImdsSupport !== undefined ? { ImdsSupport: i.ImdsSupport } : {}),
  ...(i.BootMode !== undefined ? { BootMode: i.BootMode as "legacy-bios" | "uefi" | "uefi-preferred" } : {}),
  ...tagsOut(w, i.ImageId)
})

/**
 * AMI name rules: "3-128 alphanumeric characters, parentheses (()), square brackets ([]), spaces ( ),
 * periods (.), slashes (/), dashes (-), single quotes ('), at-signs (@), or underscores(_)" (SDK
 * `CreateImageRequest.Name`, 3.1169.0).
 */
const amiName = /^[A-Za-z0-9()[\] ./\-'@_]{3,128}$/

const checkName = (w: World, name: string) =>
  Effect.gen(function*() {
    if (!amiName.test(name)) {
      // OBS: "InvalidAMIName.Malformed: AMI names must be between 3 and 128 characters long, and may contain letters,
      // numbers, '(', ')', '.', '-', '/' and '_'" (openshift/svt#268, 2017, https://github.com/openshift/svt/issues/268;
      // base2Services/shelvery-aws-backups#28, 2018, CreateImage; read 2026-12). The text lists fewer characters than
      // the SDK constraint above accepts; AWS's text is kept as it is.
      return yield* Ec2Error.fail(
        "InvalidAMIName.Malformed",
        "AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'"
      )
    }
    for (const i of w.all("images")) {
      if (i.OwnerId === w.meta.AccountId && i.State !== "deregistered" && i.Name === name) {
        // OBS: "An error occurred (InvalidAMIName.Duplicate) when calling the CreateImage operation: AMI name
        // Wazuh_v5.0.0-latest_aarch64 is already in use by AMI ami-0acbb1b1d983269eb" (wazuh/wazuh-virtual-machines#654,
        // 2026, https://github.com/wazuh/wazuh-virtual-machines/issues/654; mozilla-releng/OpenCloudConfig#77, 2017; read 2026-12)
        return yield* Ec2Error.fail("InvalidAMIName.Duplicate", `AMI name ${name} is already in use by AMI ${i.ImageId}`)
      }
    }
  })

/** pending → available, once every snapshot of the image is completed. */
const scheduleAvailable = (w: World, imageId: string) =>
  w.schedule("image.available", imageId, Math.max(w.delay("image"), w.delay("snapshot")))

// ------------------------------------------------------------------------------------------------
// DescribeImages
// ------------------------------------------------------------------------------------------------

const bdm = (f: (b: ImageBlockDevice) => string | undefined) => (_: World, i: ImageRecord) => i.BlockDeviceMappings.map(f)

const imageFilters: Extractors<ImageRecord> = {
  "architecture": (_, i) => [i.Architecture],
  "block-device-mapping.delete-on-termination": bdm((b) => bool(b.DeleteOnTermination)),
  "block-device-mapping.device-name": bdm((b) => b.DeviceName),
  "block-device-mapping.snapshot-id": bdm((b) => b.SnapshotId),
  "block-device-mapping.volume-size": bdm((b) => String(b.VolumeSize)),
  "block-device-mapping.volume-type": bdm((b) => b.VolumeType),
  "block-device-mapping.encrypted": bdm((b) => bool(b.Encrypted)),
  "creation-date": (_, i) => [iso(i.CreationDate)],
  "description": (_, i) => [i.Description],
  "ena-support": (_, i) => [bool(i.EnaSupport)],
  "free-tier-eligible": () => [],
  "hypervisor": () => ["xen"],
  "image-allowed": () => ["true"],
  "image-id": (_, i) => [i.ImageId],
  "image-type": () => ["machine"],
  "is-public": (_, i) => [bool(i.Public)],
  "kernel-id": () => [],
  "manifest-location": (_, i) => [`${i.ImageOwnerAlias ?? i.OwnerId}/${i.Name}`],
  "name": (_, i) => [i.Name],
  "owner-alias": (_, i) => [i.ImageOwnerAlias],
  "owner-id": (_, i) => [i.OwnerId],
  "platform": () => [],
  "platform-details": (_, i) => [i.PlatformDetails],
  "product-code": () => [],
  "product-code.type": () => [],
  "public-ssm-parameter-name": () => [],
  "ramdisk-id": () => [],
  "root-device-name": (_, i) => [i.RootDeviceName],
  "root-device-type": (_, i) => [i.RootDeviceType],
  "source-image-id": () => [],
  "source-image-region": () => [],
  "source-instance-id": () => [],
  "state": (_, i) => [i.State],
  "state-reason-code": () => [],
  "state-reason-message": () => [],
  "sriov-net-support": () => [],
  "virtualization-type": (_, i) => [i.VirtualizationType],
  "usage-operation": () => ["RunInstances"]
}

const ownedBy = (w: World, i: ImageRecord, owner: string) =>
  owner === "self" ? i.OwnerId === w.meta.AccountId : owner === i.ImageOwnerAlias || owner === i.OwnerId

const executableBy = (w: World, i: ImageRecord, user: string) => {
  if (user === "all") return i.Public
  const account = user === "self" ? w.meta.AccountId : user
  return i.Public || i.OwnerId === account
}

/**
 * DescribeImages. Without ImageIds/Owners/ExecutableUsers: every image the account may launch (its
 * own and public ones). MaxResults 5–1000 (API reference "You can specify a value between 5 and
 * 1000"; larger values capped); with ImageIds, strictest plausible: `InvalidParameterCombination`
 * as for instances, volumes and snapshots (AWS's text for images cited below).
 */
export const describeImages = (w: World, req: Ec2Shapes.DescribeImagesRequest) =>
  Effect.gen(function*() {
    const ids = req.ImageIds ?? []
    // OBS: "api error InvalidParameterCombination: The parameter imageIdsSet cannot be used with the parameter maxResults"
    // (comment in turbot/steampipe-plugin-aws's DescribeImages paginator, https://github.com/turbot/steampipe-plugin-aws;
    // same text in AWS's aws-sdk-ruby customizations/resource.rb, 2024, https://github.com/aws/aws-sdk-ruby; read 2026-12)
    const page = yield* pageParams(req, { min: 5, max: 1000, idsParameter: "imageIdsSet", idsGiven: ids.length > 0 })
    const pred = yield* compileFilters(req.Filters, imageFilters, (i) => i.ImageId)
    const candidates = ids.length > 0
      ? yield* Effect.forEach([...new Set(ids)], (id) => findImage(w, id))
      : [...w.all("images")].filter((i) => i.State !== "deregistered" && isVisible(w, i))
    if (req.DryRun === true) return yield* Ec2.dryRun
    const owners = req.Owners ?? []
    const users = req.ExecutableUsers ?? []
    const matched = candidates.filter((i) =>
      (owners.length === 0 || owners.some((o) => ownedBy(w, i, o))) &&
      (users.length === 0 || users.some((u) => executableBy(w, i, u))) &&
      pred(w, i)
    )
    const { page: items, ...next } = paginate(matched, page)
    return { Images: items.map((i) => toImage(w, i)), ...next } satisfies Ec2Shapes.DescribeImagesResult
  })

// ------------------------------------------------------------------------------------------------
// CreateImage
// ------------------------------------------------------------------------------------------------

/**
 * CreateImage: a snapshot of every EBS volume of the instance (`Created by CreateImage(i-…) for ami-…`),
 * the image `pending` until they complete. `NoReboot`: the emulator does not model the reboot AWS
 * performs without it (a reboot changes no observable state here). Request `BlockDeviceMappings`:
 * `NoDevice` excludes a device; other overrides are ignored.
 */
export const createImage = (w: World, req: Ec2Shapes.CreateImageRequest) =>
  Effect.gen(function*() {
    const [inst] = yield* findInstances(w, [req.InstanceId])
    const instance = inst!
    const state = instance.Lifecycle.State
    if (state !== "running" && state !== "stopping" && state !== "stopped") {
      // OBS: "Exception Message from CreateImage API: [Invalid value 'i-02270eb84383eb2c3' for instanceId. Instance is not
      // in state 'running' or 'stopping' or 'stopped' (Service: AmazonEC2; Status Code: 400; Error Code:
      // InvalidParameterValue; …)]" (aws-samples/aws-systemsmanagerautomation-with-asglifecyclehooks#2, 2023,
      // https://github.com/aws-samples/aws-systemsmanagerautomation-with-asglifecyclehooks/issues/2, read 2026-12).
      // AWS's own text names the states it accepts, 'stopping' included, so they are accepted here.
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `Invalid value '${instance.InstanceId}' for instanceId. Instance is not in state 'running' or 'stopping' or 'stopped'`
      )
    }
    yield* checkName(w, req.Name)
    const tags = yield* tagsFor(req.TagSpecifications, ["image", "snapshot"])
    const excluded = new Set((req.BlockDeviceMappings ?? []).filter((b) => b.NoDevice !== undefined).map((b) => b.DeviceName))
    const devices = instance.BlockDeviceMappings.filter((b) => !excluded.has(b.DeviceName))
    const volumes = devices.map((b) => [b, w.get("volumes", b.VolumeId)] as const)
    if (req.DryRun === true) return yield* Ec2.dryRun
    const imageId = yield* newId(w, "image", "images")
    const mappings: Array<ImageBlockDevice> = []
    for (const [b, v] of volumes) {
      if (v === undefined) continue
      // AWS's description of CreateImage snapshots (widely quoted in snapshot listings)
      const s = yield* startSnapshot(
        w,
        { VolumeId: v.VolumeId, VolumeSize: v.Size, Encrypted: v.Encrypted },
        `Created by CreateImage(${instance.InstanceId}) for ${imageId}`,
        tags.get("snapshot") ?? []
      )
      mappings.push({
        DeviceName: b.DeviceName,
        SnapshotId: s.SnapshotId,
        VolumeSize: v.Size,
        VolumeType: v.VolumeType,
        DeleteOnTermination: b.DeleteOnTermination,
        Encrypted: v.Encrypted
      })
    }
    const source = w.get("images", instance.ImageId)
    const record: ImageRecord = {
      ImageId: imageId,
      Name: req.Name,
      Description: req.Description ?? "",
      OwnerId: w.meta.AccountId,
      Architecture: instance.Architecture,
      RootDeviceName: instance.RootDeviceName,
      RootDeviceType: "ebs",
      VirtualizationType: "hvm",
      BlockDeviceMappings: mappings,
      State: "pending",
      CreationDate: w.now,
      Public: false,
      EnaSupport: source?.EnaSupport ?? true,
      PlatformDetails: source?.PlatformDetails ?? "Linux/UNIX",
      ...(source?.ImdsSupport !== undefined ? { ImdsSupport: source.ImdsSupport } : {}),
      ...(source?.BootMode !== undefined ? { BootMode: source.BootMode } : {})
    }
    w.put("images", record)
    const imageTags = tags.get("image") ?? []
    if (imageTags.length > 0) w.setTags(imageId, imageTags)
    scheduleAvailable(w, imageId)
    return { ImageId: imageId } satisfies Ec2Shapes.CreateImageResult
  })

// ------------------------------------------------------------------------------------------------
// RegisterImage
// ------------------------------------------------------------------------------------------------

/**
 * RegisterImage from EBS snapshots (`BlockDeviceMappings` with `Ebs.SnapshotId`, `RootDeviceName`
 * among them); other EBS mappings may name only a `VolumeSize` (an empty volume each launch
 * creates). Instance-store AMIs (`ImageLocation`) are not supported. Mappings without `Ebs`
 * (ephemeral, NoDevice) are not recorded.
 */
export const registerImage = (w: World, req: Ec2Shapes.RegisterImageRequest) =>
  Effect.gen(function*() {
    if (req.ImageLocation !== undefined) {
      return yield* Effect.fail(Ec2.unsupported("RegisterImage with ImageLocation (instance store-backed AMIs)"))
    }
    yield* checkName(w, req.Name)
    const arch = req.Architecture ?? "x86_64" // SDK: default i386 for instance-store; x86_64 here (strict: only x86_64/arm64 modelled)
    if (arch !== "x86_64" && arch !== "arm64") return yield* Effect.fail(Ec2Error.invalidValue(arch, "Architecture"))
    if (req.VirtualizationType !== undefined && req.VirtualizationType !== "hvm") {
      return yield* Effect.fail(Ec2Error.invalidValue(req.VirtualizationType, "VirtualizationType"))
    }
    if (req.RootDeviceName === undefined) {
      // text: AWS's MissingParameter shape (aws/aws-sdk-java#1131); strictest plausible for EBS-backed AMIs
      return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter RootDeviceName")
    }
    const mappings: Array<ImageBlockDevice> = []
    yield* attempt(Ebs.checkSizeOrSnapshot(req.BlockDeviceMappings ?? []))
    for (const b of req.BlockDeviceMappings ?? []) {
      if (b.Ebs === undefined || b.NoDevice !== undefined) continue
      const device = b.DeviceName ?? ""
      if (mappings.some((m) => m.DeviceName === device)) {
        // text unverified for RegisterImage. Seen elsewhere: RunInstances "The device 'xvdb' is used in more than one
        // block-device mapping" (hashicorp/terraform#7233, 2016, device named without "/dev/"); CreateImage
        // "InvalidBlockDeviceMapping: /dev/sde is being assigned to multiple times." (hashicorp/packer#2320, 2015,
        // https://github.com/hashicorp/packer/pull/2320, read 2026-12)
        return yield* Ec2Error.fail("InvalidBlockDeviceMapping", `The device '${device}' is used in more than one block-device mapping`)
      }
      if (b.Ebs.SnapshotId === undefined) {
        // an empty volume: validated as CreateVolume would (size range, IOPS and throughput rules)
        const type = b.Ebs.VolumeType ?? Ebs.defaultVolumeType
        const spec = yield* attempt(Ebs.validateCreateVolume({
          VolumeType: type,
          Size: b.Ebs.VolumeSize,
          Iops: b.Ebs.Iops,
          Throughput: b.Ebs.Throughput
        }))
        mappings.push({
          DeviceName: device,
          VolumeSize: spec.Size,
          VolumeType: spec.VolumeType,
          DeleteOnTermination: b.Ebs.DeleteOnTermination ?? true,
          Encrypted: b.Ebs.Encrypted === true
        })
        continue
      }
      const s = yield* findSnapshot(w, b.Ebs.SnapshotId)
      const size = b.Ebs.VolumeSize ?? s.VolumeSize
      if (size < s.VolumeSize) {
        // text as observed on RunInstances (see core Ebs.validateCreateVolume), code InvalidBlockDeviceMapping
        return yield* Ec2Error.fail(
          "InvalidBlockDeviceMapping",
          `Volume of size ${size}GB is smaller than  snapshot '${s.SnapshotId}', expect size >= ${s.VolumeSize}GB`
        )
      }
      const type = b.Ebs.VolumeType ?? Ebs.defaultVolumeType
      if (device === req.RootDeviceName) yield* attempt(Ebs.checkBootVolume({ VolumeType: type }))
      mappings.push({
        DeviceName: device,
        SnapshotId: s.SnapshotId,
        VolumeSize: size,
        VolumeType: type,
        DeleteOnTermination: b.Ebs.DeleteOnTermination ?? true,
        Encrypted: s.Encrypted || b.Ebs.Encrypted === true
      })
    }
    if (!mappings.some((m) => m.DeviceName === req.RootDeviceName && m.SnapshotId !== undefined)) {
      // code: InvalidBlockDeviceMapping (API reference error list); text unverified
      return yield* Ec2Error.fail(
        "InvalidBlockDeviceMapping",
        `The root device name '${req.RootDeviceName}' does not match any EBS block-device mapping with a snapshot.`
      )
    }
    const tags = (yield* tagsFor(req.TagSpecifications, ["image"])).get("image") ?? []
    if (req.DryRun === true) return yield* Ec2.dryRun
    const imageId = yield* newId(w, "image", "images")
    w.put("images", {
      ImageId: imageId,
      Name: req.Name,
      Description: req.Description ?? "",
      OwnerId: w.meta.AccountId,
      Architecture: arch,
      RootDeviceName: req.RootDeviceName,
      RootDeviceType: "ebs",
      VirtualizationType: "hvm",
      BlockDeviceMappings: mappings,
      State: "pending",
      CreationDate: w.now,
      Public: false,
      EnaSupport: req.EnaSupport ?? false,
      PlatformDetails: "Linux/UNIX",
      ...(req.ImdsSupport !== undefined ? { ImdsSupport: req.ImdsSupport } : {}),
      ...(req.BootMode !== undefined ? { BootMode: req.BootMode } : {})
    })
    if (tags.length > 0) w.setTags(imageId, tags)
    scheduleAvailable(w, imageId)
    return { ImageId: imageId } satisfies Ec2Shapes.RegisterImageResult
  })

// ------------------------------------------------------------------------------------------------
// DeregisterImage
// ------------------------------------------------------------------------------------------------

/**
 * DeregisterImage: the image goes; its snapshots remain ("When you deregister an AMI, it doesn't
 * affect any snapshots" — DeregisterImage API reference, read 2026-11) unless
 * `DeleteAssociatedSnapshots` asks to delete them (those no other AMI uses).
 */
export const deregisterImage = (w: World, req: Ec2Shapes.DeregisterImageRequest) =>
  Effect.gen(function*() {
    const i = yield* findImage(w, req.ImageId)
    if (i.OwnerId !== w.meta.AccountId) {
      // OBS: "A client error (AuthFailure) occurred when calling the DeregisterImage operation: Not authorized for
      // image:ami-7466801b" (cloudcaptainsh/cloudcaptain#66, 2016, https://github.com/cloudcaptainsh/cloudcaptain/issues/66, read 2026-12)
      return yield* Ec2Error.fail("AuthFailure", `Not authorized for image:${i.ImageId}`)
    }
    if (req.DryRun === true) return yield* Ec2.dryRun
    w.cancelTimers(i.ImageId)
    w.del("images", i.ImageId)
    w.setTags(i.ImageId, [])
    if (req.DeleteAssociatedSnapshots !== true) return { Return: true } satisfies Ec2Shapes.DeregisterImageResult
    const results: Array<{ SnapshotId: string; ReturnCode: "success" | "skipped" }> = []
    for (const b of i.BlockDeviceMappings) {
      const s = b.SnapshotId === undefined ? undefined : w.get("snapshots", b.SnapshotId)
      if (s === undefined) continue
      if (s.OwnerId !== w.meta.AccountId || imagesUsing(w, s.SnapshotId).length > 0) {
        results.push({ SnapshotId: s.SnapshotId, ReturnCode: "skipped" })
        continue
      }
      w.cancelTimers(s.SnapshotId)
      w.del("snapshots", s.SnapshotId)
      w.setTags(s.SnapshotId, [])
      results.push({ SnapshotId: s.SnapshotId, ReturnCode: "success" })
    }
    return { Return: true, DeleteSnapshotResults: results } satisfies Ec2Shapes.DeregisterImageResult
  })

// ------------------------------------------------------------------------------------------------
// Timers
// ------------------------------------------------------------------------------------------------

const available = (w: World, t: TimerRecord) => {
  const i = w.get("images", t.Target)
  if (i === undefined || i.State !== "pending") return
  const waiting = i.BlockDeviceMappings.some((b) => b.SnapshotId !== undefined && w.get("snapshots", b.SnapshotId)?.State === "pending")
  if (waiting) {
    w.schedule("image.available", i.ImageId, Math.max(1, w.delay("snapshot")))
    return
  }
  const failed = i.BlockDeviceMappings.some((b) => b.SnapshotId !== undefined && w.get("snapshots", b.SnapshotId) === undefined)
  w.put("images", { ...i, State: failed ? "failed" : "available" })
}

/** Timer handlers of this module, by kind. */
export const timers = {
  "image.available": available
} as const

// ------------------------------------------------------------------------------------------------
// Ec2.Implementation
// ------------------------------------------------------------------------------------------------

/** The image operations of `Ec2.Implementation`, each one atomic transaction of the engine. */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "describeImages" | "createImage" | "registerImage" | "deregisterImage"
> => ({
  describeImages: (req) => engine.transact((w) => describeImages(w, req)),
  createImage: (req) => engine.transact((w) => createImage(w, req)),
  registerImage: (req) => engine.transact((w) => registerImage(w, req)),
  deregisterImage: (req) => engine.transact((w) => deregisterImage(w, req))
})
