/**
 * Binary formats: world snapshots (`snapshot()` / `restore(bytes)`) and the persistence journal,
 * both msgpack (msgpackr, without record extensions so the bytes depend only on the data).
 *
 * Snapshot bytes: `"EC2KSNAP"` (8 bytes) · version (u32 BE) · msgpack `[[table, [records…]]…]`.
 *
 * @internal
 */
import { Data } from "effect"
import { Packr } from "msgpackr"
import { type TableName, tableNames } from "./Records.js"

/**
 * A snapshot or persistence file that cannot be used: not ours, a version we do not read, or
 * damaged beyond a torn tail.
 *
 * @since 0.1.0
 * @category errors
 */
export class PersistenceError extends Data.TaggedError("PersistenceError")<{
  readonly reason: "Foreign" | "Version" | "Corrupt" | "Io"
  readonly message: string
  readonly path?: string
}> {}

const packr = new Packr({ useRecords: false, moreTypes: false, bundleStrings: false })

export const pack = (value: unknown): Uint8Array => packr.pack(value)
export const unpack = (bytes: Uint8Array): unknown => packr.unpack(bytes)

export const SNAPSHOT_MAGIC = "EC2KSNAP"
export const SNAPSHOT_VERSION = 1

export type Dump = ReadonlyArray<readonly [TableName, ReadonlyArray<unknown>]>

export const encodeSnapshot = (dump: Dump): Uint8Array => {
  const body = pack(dump)
  const out = new Uint8Array(12 + body.length)
  out.set(Buffer.from(SNAPSHOT_MAGIC, "latin1"), 0)
  new DataView(out.buffer).setUint32(8, SNAPSHOT_VERSION)
  out.set(body, 12)
  return out
}

/** Checks the shape of a decoded dump (tables known, arrays of objects). */
export const checkDump = (u: unknown): Dump | undefined => {
  if (!Array.isArray(u)) return undefined
  for (const entry of u) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined
    if (!tableNames.includes(entry[0])) return undefined
    if (!Array.isArray(entry[1])) return undefined
  }
  const meta = u.find((e) => e[0] === "meta")
  if (meta === undefined || meta[1].length !== 1) return undefined
  return u as Dump
}

export const decodeSnapshot = (bytes: Uint8Array): Dump | PersistenceError => {
  if (bytes.length < 12 || Buffer.from(bytes.subarray(0, 8)).toString("latin1") !== SNAPSHOT_MAGIC) {
    return new PersistenceError({ reason: "Foreign", message: "Not an ec2kit world snapshot (bad magic header)" })
  }
  const version = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8)
  if (version !== SNAPSHOT_VERSION) {
    return new PersistenceError({
      reason: "Version",
      message: `Unsupported ec2kit snapshot version ${version} (this build reads version ${SNAPSHOT_VERSION})`
    })
  }
  let decoded: unknown
  try {
    decoded = unpack(bytes.subarray(12))
  } catch (e) {
    return new PersistenceError({ reason: "Corrupt", message: `Corrupt ec2kit snapshot: ${String(e)}` })
  }
  return checkDump(decoded) ??
    new PersistenceError({ reason: "Corrupt", message: "Corrupt ec2kit snapshot: unexpected structure" })
}
