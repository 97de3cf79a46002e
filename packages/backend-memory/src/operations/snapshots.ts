/**
 * EBS snapshot operations over the world: Create/Describe/Copy/DeleteSnapshot and the snapshot
 * timers (pending → completed, with `Progress`). Snapshots are regional: a volume restored from one
 * can be created in any AZ of the region (`volumes.ts`).
 *
 * @internal
 */
import { Effect } from "effect"
import { Ec2, Ec2Error, type Ec2Shapes, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { SnapshotRecord, TimerRecord, VolumeRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { bool, compileFilters, type Extractors, iso, pageParams, paginate, tagsFor, tagsOut } from "./filters.js"
import { encryptedByDefault } from "./encryption.js"
import { newId } from "./instances.js"
import { findVolume } from "./volumes.js"

// ------------------------------------------------------------------------------------------------
// Lookups and shapes
// ------------------------------------------------------------------------------------------------

/** Whether the account sees a snapshot: its own, and public ones (the seed's `amazon` snapshots). */
export const isVisible = (w: World, s: SnapshotRecord) => s.OwnerId === w.meta.AccountId || s.OwnerAlias === "amazon"

/** A visible snapshot of an id, or AWS's `InvalidSnapshot.NotFound`. */
export const findSnapshot = (w: World, id: string): Effect.Effect<SnapshotRecord, Ec2Error.Ec2Error> => {
  const s = w.get("snapshots", id)
  return s === undefined || !isVisible(w, s) ? Effect.fail(Identifier.notFound("snapshot", id)) : Effect.succeed(s)
}

/** The images (not deregistered) whose block devices use a snapshot. */
export const imagesUsing = (w: World, snapshotId: string) =>
  [...w.all("images")].filter((i) => i.State !== "deregistered" && i.BlockDeviceMappings.some((b) => b.SnapshotId === snapshotId))

/** The AWS `Snapshot` shape of a record. */
export const toSnapshot = (w: World, s: SnapshotRecord): Ec2Shapes.Snapshot => ({
  SnapshotId: s.SnapshotId,
  VolumeId: s.VolumeId,
  VolumeSize: s.VolumeSize,
  State: s.State,
  Progress: `${s.Progress}%`,
  StartTime: new Date(s.StartTime),
  OwnerId: s.OwnerId,
  ...(s.OwnerAlias !== undefined ? { OwnerAlias: s.OwnerAlias } : {}),
  Description: s.Description,
  Encrypted: s.Encrypted,
  StorageTier: "standard",
  ...tagsOut(w, s.SnapshotId)
})

/**
 * Starts a snapshot of a volume (used by CreateSnapshot and CreateImage): a `pending` record at 0 %,
 * 50 % half-way and `completed` at 100 % after the `snapshot` delay.
 */
export const startSnapshot = (
  w: World,
  source: { readonly VolumeId: string; readonly VolumeSize: number; readonly Encrypted: boolean },
  description: string,
  tags: ReadonlyArray<readonly [string, string]>
) =>
  Effect.gen(function*() {
    const id = yield* newId(w, "snapshot", "snapshots")
    const record: SnapshotRecord = {
      SnapshotId: id,
      VolumeId: source.VolumeId,
      VolumeSize: source.VolumeSize,
      State: "pending",
      Progress: 0,
      StartTime: w.now,
      OwnerId: w.meta.AccountId,
      Description: description,
      Encrypted: source.Encrypted
    }
    w.put("snapshots", record)
    if (tags.length > 0) w.setTags(id, tags)
    const delay = w.delay("snapshot")
    w.schedule("snapshot.progress", id, Math.floor(delay / 2))
    w.schedule("snapshot.completed", id, delay)
    return record
  })

const usable = (v: VolumeRecord) => v.State === "available" || v.State === "in-use"

// ------------------------------------------------------------------------------------------------
// Operations
// ------------------------------------------------------------------------------------------------

/** CreateSnapshot. */
export const createSnapshot = (w: World, req: Ec2Shapes.CreateSnapshotRequest) =>
  Effect.gen(function*() {
    const v = yield* findVolume(w, req.VolumeId)
    if (!usable(v)) {
      // strictest plausible (a volume being created or deleted has no data to snapshot); text unverified
      return yield* Ec2Error.fail("IncorrectState", `The volume '${v.VolumeId}' is in the '${v.State}' state.`)
    }
    const tags = (yield* tagsFor(req.TagSpecifications, ["snapshot"])).get("snapshot") ?? []
    if (req.DryRun === true) return yield* Ec2.dryRun
    const s = yield* startSnapshot(w, { VolumeId: v.VolumeId, VolumeSize: v.Size, Encrypted: v.Encrypted }, req.Description ?? "", tags)
    return toSnapshot(w, s)
  })

const snapshotFilters: Extractors<SnapshotRecord> = {
  "description": (_, s) => [s.Description],
  "encrypted": (_, s) => [bool(s.Encrypted)],
  "owner-alias": (_, s) => [s.OwnerAlias],
  "owner-id": (_, s) => [s.OwnerId],
  "progress": (_, s) => [`${s.Progress}%`],
  "snapshot-id": (_, s) => [s.SnapshotId],
  "start-time": (_, s) => [iso(s.StartTime)],
  "status": (_, s) => [s.State],
  "storage-tier": () => ["standard"],
  "transfer-type": () => [],
  "volume-id": (_, s) => [s.VolumeId],
  "volume-size": (_, s) => [String(s.VolumeSize)]
}

/** Whether a snapshot matches one `OwnerIds` value (`self`, `amazon`, or an account id). */
const ownedBy = (w: World, s: SnapshotRecord, owner: string) =>
  owner === "self" ? s.OwnerId === w.meta.AccountId : owner === s.OwnerAlias || owner === s.OwnerId

/** Whether a user (`self`, `all`, an account id) may create volumes from a snapshot. */
const restorableBy = (w: World, s: SnapshotRecord, user: string) => {
  const isPublic = s.OwnerAlias === "amazon"
  if (user === "all") return isPublic
  const account = user === "self" ? w.meta.AccountId : user
  return isPublic || s.OwnerId === account
}

/**
 * DescribeSnapshots. Without SnapshotIds/OwnerIds/RestorableByUserIds: every snapshot the account may
 * create volumes from (its own and public ones) — DescribeSnapshots API reference (read 2026-11).
 * MaxResults "between 5 and 1,000; if MaxResults is given a value larger than 1,000, only 1,000
 * results are returned … cannot specify this parameter and the snapshot IDs parameter in the same
 * request" (API reference, 2016-11-15 API).
 */
export const describeSnapshots = (w: World, req: Ec2Shapes.DescribeSnapshotsRequest) =>
  Effect.gen(function*() {
    const ids = req.SnapshotIds ?? []
    // text: "The parameter snapshotSet cannot be used with the parameter maxResults" (comment quoting the error in AWS's
    // own aws-sdk-ruby, gems/aws-sdk-ec2/lib/aws-sdk-ec2/customizations/resource.rb, 2024, https://github.com/aws/aws-sdk-ruby,
    // read 2026-12; single source)
    const page = yield* pageParams(req, { min: 5, max: 1000, idsParameter: "snapshotSet", idsGiven: ids.length > 0 })
    const pred = yield* compileFilters(req.Filters, snapshotFilters, (s) => s.SnapshotId)
    const candidates = ids.length > 0
      ? yield* Effect.forEach([...new Set(ids)], (id) => findSnapshot(w, id))
      : [...w.all("snapshots")].filter((s) => isVisible(w, s))
    if (req.DryRun === true) return yield* Ec2.dryRun
    const owners = req.OwnerIds ?? []
    const users = req.RestorableByUserIds ?? []
    const matched = candidates.filter((s) =>
      (owners.length === 0 || owners.some((o) => ownedBy(w, s, o))) &&
      (users.length === 0 || users.some((u) => restorableBy(w, s, u))) &&
      pred(w, s)
    )
    const { page: items, ...next } = paginate(matched, page)
    return { Snapshots: items.map((s) => toSnapshot(w, s)), ...next } satisfies Ec2Shapes.DescribeSnapshotsResult
  })

/**
 * CopySnapshot within the world's region. A world emulates one region, so `SourceRegion` (and
 * `DestinationRegion`, when given) must be it; otherwise the request fails with
 * `InvalidParameterValue` (ec2kit's text: AWS itself would copy across regions).
 */
export const copySnapshot = (w: World, req: Ec2Shapes.CopySnapshotRequest) =>
  Effect.gen(function*() {
    const region = w.meta.Region
    for (const [name, value] of [["SourceRegion", req.SourceRegion], ["DestinationRegion", req.DestinationRegion]] as const) {
      if (value !== undefined && value !== region) {
        return yield* Ec2Error.fail(
          "InvalidParameterValue",
          `Invalid value '${value}' for ${name}. This in-memory world emulates the region '${region}' only.`
        )
      }
    }
    const src = yield* findSnapshot(w, req.SourceSnapshotId)
    if (src.State !== "completed") {
      // strictest plausible: only completed snapshots are copied; text as CreateVolume's from a pending snapshot (OBS
      // tschellenbach/Snaptastic#17, 2013, https://github.com/tschellenbach/Snaptastic/issues/17, read 2026-12), unverified for CopySnapshot
      return yield* Ec2Error.fail("IncorrectState", `Snapshot '${src.SnapshotId}' is not 'completed'.`)
    }
    const tags = (yield* tagsFor(req.TagSpecifications, ["snapshot"])).get("snapshot") ?? []
    if (req.DryRun === true) return yield* Ec2.dryRun
    const s = yield* startSnapshot(
      w,
      // "Snapshots created by the CopySnapshot action have an arbitrary volume ID that should not be used
      // for any purpose" (API reference, read 2026-11): AWS shows vol-ffffffff
      // (encryption by default encrypts snapshot copies too, encryption.ts)
      { VolumeId: "vol-ffffffff", VolumeSize: src.VolumeSize, Encrypted: src.Encrypted || req.Encrypted === true || encryptedByDefault(w) },
      // default description: "[Copied snap-… from <region>]" (unverified)
      req.Description ?? `[Copied ${src.SnapshotId} from ${req.SourceRegion}]`,
      tags
    )
    return { SnapshotId: s.SnapshotId, ...tagsOut(w, s.SnapshotId) } satisfies Ec2Shapes.CopySnapshotResult
  })

/** DeleteSnapshot. */
export const deleteSnapshot = (w: World, req: Ec2Shapes.DeleteSnapshotRequest) =>
  Effect.gen(function*() {
    const s = yield* findSnapshot(w, req.SnapshotId)
    const [image] = imagesUsing(w, s.SnapshotId)
    if (image !== undefined) {
      // observed AWS text: sebdah/automated-ebs-snapshots#4, rebuy-de/aws-nuke#81, gruntwork-io/cloud-nuke#727
      return yield* Ec2Error.fail("InvalidSnapshot.InUse", `The snapshot ${s.SnapshotId} is currently in use by ${image.ImageId}`)
    }
    if (s.OwnerId !== w.meta.AccountId) {
      // text: AWS's generic UnauthorizedOperation sentence
      return yield* Ec2Error.fail("UnauthorizedOperation", "You are not authorized to perform this operation.")
    }
    if (req.DryRun === true) return yield* Ec2.dryRun
    w.cancelTimers(s.SnapshotId)
    w.del("snapshots", s.SnapshotId)
    w.setTags(s.SnapshotId, [])
    return {} satisfies Ec2Shapes.DeleteSnapshotResult
  })

// ------------------------------------------------------------------------------------------------
// Timers
// ------------------------------------------------------------------------------------------------

const progress = (w: World, t: TimerRecord) => {
  const s = w.get("snapshots", t.Target)
  if (s === undefined || s.State !== "pending" || s.Progress >= 50) return
  w.put("snapshots", { ...s, Progress: 50 })
}

const completed = (w: World, t: TimerRecord) => {
  const s = w.get("snapshots", t.Target)
  if (s === undefined || s.State !== "pending") return
  w.put("snapshots", { ...s, State: "completed", Progress: 100 })
}

/** Timer handlers of this module, by kind. */
export const timers = {
  "snapshot.progress": progress,
  "snapshot.completed": completed
} as const

// ------------------------------------------------------------------------------------------------
// Ec2.Implementation
// ------------------------------------------------------------------------------------------------

/** The snapshot operations of `Ec2.Implementation`, each one atomic transaction of the engine. */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "createSnapshot" | "describeSnapshots" | "copySnapshot" | "deleteSnapshot"
> => ({
  createSnapshot: (req) => engine.transact((w) => createSnapshot(w, req)),
  describeSnapshots: (req) => engine.transact((w) => describeSnapshots(w, req)),
  copySnapshot: (req) => engine.transact((w) => copySnapshot(w, req)),
  deleteSnapshot: (req) => engine.transact((w) => deleteSnapshot(w, req))
})
