/**
 * File persistence: an append-only journal of CRC-checked records.
 *
 * File layout: header `"EC2KJRNL"` (8 bytes) · version (u32 BE) · 4 reserved bytes, then records
 * `length (u32 BE) · crc32(payload) (u32 BE) · payload`. The first record is a full snapshot
 * (msgpack `{ t: "s", d: encodeDump(dump) }`, columnar, see `Codec`), the others are change sets (`{ t: "c", c: changes }`).
 *
 * Guarantees:
 * - `append` writes one record and `fsync`s before returning, so an acknowledged mutation survives
 *   `kill -9` and power loss (as far as the disk honours fsync).
 * - A torn append leaves an incomplete or CRC-failing *last* record; `open` drops it (and truncates
 *   the file there), recovering every acknowledged record before it.
 * - The file only ever appears through `rename` of a fully written and fsynced temp file (creation
 *   and compaction), so its header and base snapshot are always complete.
 * - A bad record followed by more data, a bad header or an unknown version is a `PersistenceError`.
 *
 * All I/O here is synchronous on purpose: it runs under the world lock, and the record must be on
 * disk before the operation is acknowledged.
 *
 * @internal
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as zlib from "node:zlib"
import { checkDump, decodeDump, type Dump, encodeDump, pack, PersistenceError, unpack } from "./Codec.js"
import type { Change } from "./World.js"

export const JOURNAL_MAGIC = "EC2KJRNL"
/** Version 2: the base snapshot is in `Codec`'s columnar encoding (version 1: records as maps). */
export const JOURNAL_VERSION = 2
const HEADER = 16

const crc32 = (b: Uint8Array): number => zlib.crc32(b) >>> 0

const header = (): Buffer => {
  const h = Buffer.alloc(HEADER)
  h.write(JOURNAL_MAGIC, 0, "latin1")
  h.writeUInt32BE(JOURNAL_VERSION, 8)
  return h
}

const frame = (payload: Uint8Array): Buffer => {
  const f = Buffer.alloc(8 + payload.length)
  f.writeUInt32BE(payload.length, 0)
  f.writeUInt32BE(crc32(payload), 4)
  f.set(payload, 8)
  return f
}

const fsyncDir = (dir: string) => {
  try {
    const fd = fs.openSync(dir, "r")
    try {
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  } catch {
    // some platforms cannot fsync a directory; the rename is still atomic
  }
}

/** Writes `bytes` to `file` atomically: temp file, fsync, rename, fsync of the directory. */
export const writeAtomic = (file: string, bytes: Uint8Array): void => {
  const tmp = `${file}.tmp-${process.pid}`
  const fd = fs.openSync(tmp, "w")
  try {
    fs.writeSync(fd, bytes)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(tmp, file)
  fsyncDir(path.dirname(path.resolve(file)))
}

/** What a journal file holds: the base snapshot and the change sets after it. */
export interface Loaded {
  readonly base: Dump
  readonly changes: ReadonlyArray<ReadonlyArray<Change>>
  /** Byte length of the valid prefix (a torn tail starts here). */
  readonly validLength: number
  readonly fileLength: number
}

/** Parses journal bytes; pure (used by `open` and by tests that simulate torn writes). */
export const parse = (bytes: Uint8Array, file = "<bytes>"): Loaded | PersistenceError => {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.length < HEADER || buf.subarray(0, 8).toString("latin1") !== JOURNAL_MAGIC) {
    return new PersistenceError({ reason: "Foreign", path: file, message: `Not an ec2kit journal: ${file}` })
  }
  const version = buf.readUInt32BE(8)
  if (version !== JOURNAL_VERSION) {
    return new PersistenceError({
      reason: "Version",
      path: file,
      message: `Unsupported ec2kit journal version ${version} in ${file} (this build reads version ${JOURNAL_VERSION})`
    })
  }
  let offset = HEADER
  let base: Dump | undefined
  const changes: Array<ReadonlyArray<Change>> = []
  const corrupt = (why: string) =>
    new PersistenceError({ reason: "Corrupt", path: file, message: `Corrupt ec2kit journal ${file} at byte ${offset}: ${why}` })
  while (offset < buf.length) {
    if (offset + 8 > buf.length) break // torn length/crc
    const len = buf.readUInt32BE(offset)
    const crc = buf.readUInt32BE(offset + 4)
    const end = offset + 8 + len
    if (end > buf.length) break // torn payload
    const payload = buf.subarray(offset + 8, end)
    if (crc32(payload) !== crc) {
      if (end === buf.length && base !== undefined) break // torn last record (partially written pages)
      return corrupt("CRC mismatch")
    }
    let record: unknown
    try {
      record = unpack(payload)
    } catch (e) {
      return corrupt(`undecodable record (${String(e)})`)
    }
    const r = record as { t?: unknown; d?: unknown; c?: unknown }
    if (base === undefined) {
      let dump: Dump | undefined
      try {
        dump = r.t === "s" ? checkDump(decodeDump(r.d)) : undefined
      } catch {
        dump = undefined
      }
      if (dump === undefined) return corrupt("the first record is not a world snapshot")
      base = dump
    } else if (r.t === "c" && Array.isArray(r.c)) {
      changes.push(r.c as ReadonlyArray<Change>)
    } else {
      return corrupt("unknown record type")
    }
    offset = end
  }
  if (base === undefined) return corrupt("missing base snapshot")
  return { base, changes, validLength: offset, fileLength: buf.length }
}

/** Journal options. */
export interface JournalOptions {
  /** Compact when the change records after the base exceed this many bytes (default 16 MiB). */
  readonly compactBytes?: number
}

/** An open journal file. */
export class Journal {
  private fd: number
  private size: number
  private sinceBase = 0

  private constructor(readonly file: string, fd: number, size: number, private readonly compactBytes: number) {
    this.fd = fd
    this.size = size
  }

  /**
   * Opens a journal: `undefined` contents when the file does not exist yet (the caller then calls
   * `create` with the initial world), else the loaded contents (a torn tail is cut off).
   */
  static open(
    file: string,
    options: JournalOptions = {}
  ): PersistenceError | { readonly journal: Journal; readonly loaded: Loaded } | undefined {
    let bytes: Buffer
    try {
      bytes = fs.readFileSync(file)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined
      return new PersistenceError({ reason: "Io", path: file, message: `Cannot read ${file}: ${String(e)}` })
    }
    const loaded = parse(bytes, file)
    if (loaded instanceof PersistenceError) return loaded
    try {
      const fd = fs.openSync(file, "r+")
      if (loaded.validLength < loaded.fileLength) {
        fs.ftruncateSync(fd, loaded.validLength)
        fs.fsyncSync(fd)
      }
      const j = new Journal(file, fd, loaded.validLength, options.compactBytes ?? 16 * 1024 * 1024)
      return { journal: j, loaded }
    } catch (e) {
      return new PersistenceError({ reason: "Io", path: file, message: `Cannot open ${file}: ${String(e)}` })
    }
  }

  /** Creates (or replaces, atomically) a journal holding just `dump`. */
  static create(file: string, dump: Dump, options: JournalOptions = {}): Journal {
    const bytes = Buffer.concat([header(), frame(pack({ t: "s", d: encodeDump(dump) }))])
    writeAtomic(file, bytes)
    const fd = fs.openSync(file, "r+")
    return new Journal(file, fd, bytes.length, options.compactBytes ?? 16 * 1024 * 1024)
  }

  /** Appends one change set and fsyncs; returns whether compaction is due. */
  append(changes: ReadonlyArray<Change>): boolean {
    if (changes.length === 0) return false
    const f = frame(pack({ t: "c", c: changes }))
    let written = 0
    while (written < f.length) written += fs.writeSync(this.fd, f, written, f.length - written, this.size + written)
    fs.fsyncSync(this.fd)
    this.size += f.length
    this.sinceBase += f.length
    return this.sinceBase > this.compactBytes
  }

  /** Replaces the file with one holding just `dump` (temp file + fsync + rename). */
  compact(dump: Dump): void {
    fs.closeSync(this.fd)
    const bytes = Buffer.concat([header(), frame(pack({ t: "s", d: encodeDump(dump) }))])
    writeAtomic(this.file, bytes)
    this.fd = fs.openSync(this.file, "r+")
    this.size = bytes.length
    this.sinceBase = 0
  }

  close(): void {
    try {
      fs.closeSync(this.fd)
    } catch {
      // already closed
    }
  }
}
