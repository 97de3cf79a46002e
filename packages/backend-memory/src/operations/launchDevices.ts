/**
 * The block devices of a launch: the image's mappings with the request's overrides and extra EBS volumes,
 * validated by core's `Ebs` rules.
 *
 * @internal
 */
import { Ebs, Ec2Error, Identifier } from "@ec2kit/core"
import { Effect } from "effect"
import type { ImageRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { encryptedByDefault } from "./encryption.js"
import { attempt, type BlockDeviceMappingRequest } from "./instanceShapes.js"

/** A block device RunInstances will create. */
export interface PlannedDevice {
  readonly DeviceName: string
  readonly Size: number
  readonly VolumeType: string
  readonly Iops?: number
  readonly Throughput?: number
  readonly SnapshotId?: string
  readonly Encrypted: boolean
  readonly DeleteOnTermination: boolean
}

/**
 * The AMI's block devices with the request's overrides (size, type, IOPS, throughput,
 * DeleteOnTermination, `NoDevice`) and additional EBS volumes, validated with core's Ebs rules;
 * st1/sc1 (and Multi-Attach) root volumes are rejected with `Ebs.checkBootVolume`.
 * Instance-store (`VirtualName`) mappings are accepted and have no effect, as on EC2 for NVMe
 * instance store ("NVMe instance store volumes are automatically enumerated and assigned a device
 * name. Including them in your block device mapping has no effect." —
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockDeviceMapping.html, read 2026-12);
 * DescribeInstances lists EBS mappings only. Older (Xen) types' non-NVMe instance store is not modelled.
 */
export const planBlockDevices = (w: World, image: ImageRecord, requested: ReadonlyArray<BlockDeviceMappingRequest>) =>
  Effect.gen(function*() {
    const planned = new Map<string, PlannedDevice>()
    for (const b of image.BlockDeviceMappings) {
      planned.set(b.DeviceName, {
        DeviceName: b.DeviceName,
        Size: b.VolumeSize,
        VolumeType: b.VolumeType,
        ...(b.VolumeType === "gp3" ? { Iops: 3000, Throughput: 125 } : {}),
        ...(b.SnapshotId !== undefined ? { SnapshotId: b.SnapshotId } : {}),
        Encrypted: b.Encrypted || encryptedByDefault(w),
        DeleteOnTermination: b.DeleteOnTermination
      })
    }
    const seen = new Set<string>()
    if (requested.some((m) => m.DeviceName === undefined)) {
      // OBS: "An error occurred (InvalidBlockDeviceMapping) when calling the RunInstances operation: Missing device name"
      // (aws-samples/cdk-image-pipeline#66, 2023, https://github.com/aws-samples/cdk-image-pipeline/issues/66;
      // hashicorp/packer#6138, 2018; read 2026-12)
      return yield* Ec2Error.fail("InvalidBlockDeviceMapping", "Missing device name")
    }
    yield* attempt(Ebs.checkSizeOrSnapshot(requested, (device) => planned.has(device)))
    for (const m of requested) {
      if (m.DeviceName === undefined) continue // refused above
      // "/dev/xvdb" and "xvdb" are one device to EC2 (its answer above names the device without "/dev/")
      const device = m.DeviceName.replace(/^\/dev\//, "")
      if (seen.has(device)) {
        // OBS: "InvalidBlockDeviceMapping: The device 'xvdb' is used in more than one block-device mapping" for a request
        // naming "/dev/xvdb" (hashicorp/terraform#7233, 2016, https://github.com/hashicorp/terraform/issues/7233, read 2026-12);
        // AWS names the device without its "/dev/" prefix (also "The device 'xvda' …" for "/dev/xvda" in Spot's
        // troubleshooting notes quoting EC2)
        return yield* Ec2Error.fail("InvalidBlockDeviceMapping", `The device '${device}' is used in more than one block-device mapping`)
      }
      seen.add(device)
      if (m.NoDevice !== undefined) {
        if (m.DeviceName === image.RootDeviceName) {
          // strictest plausible behaviour (unverified text): the root device cannot be suppressed
          return yield* Ec2Error.fail("InvalidBlockDeviceMapping", `The device '${m.DeviceName}' is the root device and cannot be suppressed`)
        }
        planned.delete(m.DeviceName)
        continue
      }
      if (m.Ebs === undefined) continue // instance store (VirtualName): no effect, see above
      const e = m.Ebs
      const base = planned.get(m.DeviceName)
      let snapshotSize: number | undefined
      const snapshotId = e.SnapshotId ?? base?.SnapshotId
      if (e.SnapshotId !== undefined) {
        yield* attempt(Identifier.parse("snapshot", e.SnapshotId))
        const snap = w.get("snapshots", e.SnapshotId)
        if (snap === undefined) return yield* Effect.fail(Identifier.notFound("snapshot", e.SnapshotId))
        snapshotSize = snap.VolumeSize
      } else if (snapshotId !== undefined) snapshotSize = w.get("snapshots", snapshotId)?.VolumeSize ?? base?.Size
      const typeChanged = e.VolumeType !== undefined && e.VolumeType !== base?.VolumeType
      const type = e.VolumeType ?? base?.VolumeType ?? Ebs.defaultVolumeType
      // (an unknown type is refused by validateCreateVolume below)
      if (Ebs.isVolumeType(type)) yield* attempt(Ebs.checkMappingThroughput(m.DeviceName, type, e.Throughput))
      const spec = yield* attempt(Ebs.validateCreateVolume({
        VolumeType: e.VolumeType ?? base?.VolumeType,
        Size: e.VolumeSize ?? base?.Size,
        Iops: e.Iops ?? (typeChanged ? undefined : base?.VolumeType === "gp3" && e.VolumeType === undefined ? undefined : base?.Iops),
        Throughput: e.Throughput,
        SnapshotId: snapshotId,
        SnapshotSize: snapshotSize
      }))
      planned.set(m.DeviceName, {
        DeviceName: m.DeviceName,
        Size: spec.Size,
        VolumeType: spec.VolumeType,
        ...(spec.VolumeType === "gp3" || spec.VolumeType === "io1" || spec.VolumeType === "io2"
          ? { Iops: spec.Iops }
          : {}),
        ...(spec.VolumeType === "gp3" ? { Throughput: spec.Throughput } : {}),
        ...(snapshotId !== undefined ? { SnapshotId: snapshotId } : {}),
        Encrypted: encryptedByDefault(w) || (e.Encrypted ?? base?.Encrypted ?? false),
        // new EBS mappings default to DeleteOnTermination true (API reference EbsBlockDevice, read 2026-11)
        DeleteOnTermination: e.DeleteOnTermination ?? base?.DeleteOnTermination ?? true
      })
    }
    const root = planned.get(image.RootDeviceName)
    if (root !== undefined) {
      if (!Ebs.isVolumeType(root.VolumeType)) return yield* Effect.fail(Ec2Error.invalidValue(root.VolumeType, "VolumeType"))
      yield* attempt(Ebs.checkBootVolume({ VolumeType: root.VolumeType }, "RunInstances"))
    }
    // root first, then the others in device-name order
    return [...planned.values()].sort((a, b) =>
      a.DeviceName === image.RootDeviceName ? -1 : b.DeviceName === image.RootDeviceName ? 1 : a.DeviceName < b.DeviceName ? -1 : 1
    )
  })
