/**
 * EBS encryption by default: Get/Enable/DisableEbsEncryptionByDefault, a per-Region account setting
 * (`MetaRecord.EbsEncryptionByDefault`; one world = one account and Region).
 *
 * "Enables EBS encryption by default for your account in the current Region. After you enable encryption by
 * default, the EBS volumes that you create are always encrypted, either using the default KMS key or the KMS key
 * that you specified when you created each volume. … Enabling encryption by default has no effect on the
 * encryption status of your existing volumes." (API reference EnableEbsEncryptionByDefault, read 2026-12-06; off
 * until enabled). So while enabled a new volume is encrypted whatever `Encrypted` says. That snapshot copies
 * follow it too is the user guide's account as we remember it, not re-read here (unverified). The volumes it
 * applies to here: CreateVolume, RunInstances' block devices, CopySnapshot's copies (hooks in volumes.ts,
 * instances.ts, snapshots.ts call {@link encryptedByDefault}). Not modelled: "After you enable encryption by
 * default, you can no longer launch instances using instance types that do not support encryption" (the
 * previous-generation c1/m1/m2/t1 launch as before).
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
