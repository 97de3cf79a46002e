/**
 * EBS encryption by default: Get/Enable/DisableEbsEncryptionByDefault, a per-Region account setting
 * (`MetaRecord.EbsEncryptionByDefault`; one world = one account and Region).
 *
 * "Encryption by default is a Region-specific setting … When you enable encryption by default, Amazon EC2
 * encrypts new EBS volumes and snapshot copies … Amazon EBS encryption by default is disabled by default"
 * and, with it enabled, "you can't create unencrypted volumes" whatever `Encrypted` says
 * (https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html and the encryption-state table
 * of https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html, read 2026-12-06). Existing volumes and
 * snapshots keep their state. The volumes it applies to here: CreateVolume, RunInstances' block devices,
 * CopySnapshot's copies (hooks in volumes.ts, instances.ts, snapshots.ts call {@link encryptedByDefault}).
 * `SseType` answers `sse-ebs` (KMS keys are not modelled).
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { World } from "../internal/World.js"

/** Whether new volumes and snapshot copies of this world are encrypted whatever the request says. */
export const encryptedByDefault = (w: World): boolean => w.meta.EbsEncryptionByDefault === true

const set = (w: World, on: boolean, dryRun: boolean | undefined) =>
  Effect.gen(function*() {
    if (dryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    if (encryptedByDefault(w) !== on) w.put("meta", { ...w.meta, EbsEncryptionByDefault: on })
    return { EbsEncryptionByDefault: on }
  })

/** Get/Enable/DisableEbsEncryptionByDefault over an engine. */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "getEbsEncryptionByDefault" | "enableEbsEncryptionByDefault" | "disableEbsEncryptionByDefault"
> => ({
  getEbsEncryptionByDefault: (req) =>
    engine.transact((w) =>
      req.DryRun === true
        ? Effect.fail(Ec2Error.dryRunOperation())
        : Effect.succeed({ EbsEncryptionByDefault: encryptedByDefault(w), SseType: "sse-ebs" as const })
    ),
  enableEbsEncryptionByDefault: (req) => engine.transact((w) => set(w, true, req.DryRun)),
  disableEbsEncryptionByDefault: (req) => engine.transact((w) => set(w, false, req.DryRun))
})
