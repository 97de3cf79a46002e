/**
 * File persistence: an append-only journal of checksummed records, with one writer at a time.
 *
 * ## Format (version 3)
 * Header `"EC2KJRNL"` (8 bytes) · version (u32 BE) · 4 reserved bytes (zero), then records
 * `length (u32 BE) · crc32(payload) (u32 BE) · crc32(the 8 bytes before) (u32 BE) · payload`.
 * The first record is a full snapshot (msgpack `{ t: "s", d: encodeDump(dump) }`, columnar, see
 * `Codec`), the others are change sets (`{ t: "c", c: [[table, id, record | null]…] }`).
 * Version 3 added the header checksum: in version 2 (`length · crc · payload`) a damaged length
 * field could not be told from a torn write, and eight zero bytes (length 0, crc32 of nothing 0)
 * were a valid empty record. A length is never 0 and the header checksum of eight zero bytes is not
 * zero, so a zero-filled area is never a record. Only the current version is read: an older or a
 * newer file is refused with `PersistenceError` `Version` (formats are not converted before 1.0).
 *
 * ## What is durable when
 * - `append` writes one record and `fsync`s it before returning: the engine acknowledges a mutation
 *   only after that, so an acknowledged mutation survives `kill -9` and power loss (as far as the
 *   disk honours fsync).
 * - The file only ever appears through `rename` of a fully written and fsynced temp file (creation,
 *   compaction and restore), so its header and base snapshot are always complete.
 * - Between two fsyncs at most one record is being written, so what a crash can leave after the last
 *   durable record is one torn record. `parse` drops exactly that and nothing else:
 *   fewer bytes than a record header; a header whose checksum holds announcing more bytes than the
 *   file has; a last record whose payload has a whole sector of zeros (512 bytes aligned on the
 *   file, or up to its end: blocks the disk never wrote after a power loss); an all-zero header
 *   with no valid record anywhere after it. Anything else that is not a record — a damaged header,
 *   a checksum mismatch with more data after it, a valid record with content we cannot load — is
 *   `PersistenceError` `Corrupt` with the byte offset, and the file is left untouched. (A damaged
 *   *last* record that is not zero-filled is refused too: it cannot be told from an acknowledged
 *   record hit by a bad disk, and dropping it would lose an acknowledged write silently.)
 * - A failed append (disk full, file-size limit, I/O error) cuts the file back to its last durable
 *   record (best effort) and leaves the journal failed: every later append answers the same error
 *   (see `Engine`: the world is rolled back and stays read-only until it is reopened). Retrying on
 *   the same descriptor is not safe: after a failed fsync Linux may report later fsyncs as
 *   successful although the pages were dropped.
 *
 * ## One writer
 * A journal is opened by one process at a time, through its lock file (`LockFile`): a second opener
 * fails at once with `PersistenceError` `Locked`, a lock left by a dead process is taken over. Each
 * append first checks that the lock file is still ours, so a journal whose lock was deleted or taken
 * by another process refuses to write instead of interleaving.
 *
 * All I/O here is synchronous on purpose: it runs under the world lock, and the record must be on
 * disk before the operation is acknowledged.
 *
 * @internal
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { crc32, type Dump, decodeDump, encodeDump, pack, PersistenceError, unpack, versionMessage } from "./Codec.js"
import { Lock } from "./LockFile.js"
import { checkDumpWhy, checkRecord } from "./RecordCheck.js"
import { keyOf, type TableName, tableNames } from "./Records.js"
import type { Change } from "./World.js"

/** The first 8 bytes of every journal. */
export const JOURNAL_MAGIC = "EC2KJRNL"
/** Version 3: record headers carry their own checksum (see the module comment). */
export const JOURNAL_VERSION = 3
/** Bytes of the file header. */
export const HEADER = 16
/** Bytes of a record header: length, payload crc, header crc. */
export const FRAME_HEADER = 12
/** The unit a disk writes atomically, as far as a torn record is concerned. */
const SECTOR = 512

/**
 * The file-system calls the journal makes. A seam for tests that make writes fail as a full disk
 * or a broken device would (root ignores file permissions, so a read-only file cannot do it).
 */
export const io = {
  openSync: fs.openSync,
  writeSync: fs.writeSync as (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => number,
  fsyncSync: fs.fsyncSync,
  ftruncateSync: fs.ftruncateSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync
}

const header = (): Buffer => {
  const h = Buffer.alloc(HEADER)
  h.write(JOURNAL_MAGIC, 0, "latin1")
  h.writeUInt32BE(JOURNAL_VERSION, 8)
  return h
}

/** One record: header (length, payload crc, header crc) and payload. */
export const frame = (payload: Uint8Array): Buffer => {
  const f = Buffer.allocUnsafe(FRAME_HEADER + payload.length)
  f.writeUInt32BE(payload.length, 0)
  f.writeUInt32BE(crc32(payload), 4)
  f.writeUInt32BE(crc32(f.subarray(0, 8)), 8)
  f.set(payload, FRAME_HEADER)
  return f
}

/** Whether a record header at `at` is intact (its checksum holds and its length is not 0). */
const headerOk = (buf: Buffer, at: number): boolean =>
  buf.readUInt32BE(at) > 0 && crc32(buf.subarray(at, at + 8)) === buf.readUInt32BE(at + 8)

/** Whether a whole valid record (header and payload checksums) starts at `at`. */
const recordAt = (buf: Buffer, at: number): boolean => {
  const len = buf.readUInt32BE(at)
  const end = at + FRAME_HEADER + len
  return len > 0 && end <= buf.length && headerOk(buf, at) &&
    crc32(buf.subarray(at + FRAME_HEADER, end)) === buf.readUInt32BE(at + 4)
}

/** The first offset ≥ `from` where a valid record starts, if any (a linear scan; damaged files only). */
const nextRecord = (buf: Buffer, from: number): number | undefined => {
  for (let at = from; at + FRAME_HEADER <= buf.length; at++) if (recordAt(buf, at)) return at
  return undefined
}

const isZero = (buf: Buffer, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (buf[i] !== 0) return false
  return true
}

/** Whether `[from, to)` (to = end of file) holds a sector of zeros: aligned, 512 bytes or up to the end. */
const hasZeroSector = (buf: Buffer, from: number, to: number): boolean => {
  for (let s = Math.ceil(from / SECTOR) * SECTOR; s < to; s += SECTOR) {
    if (isZero(buf, s, Math.min(to, s + SECTOR))) return true
  }
  return false
}

/** What a journal file holds: the base snapshot and the change sets after it. */
export interface Loaded {
  readonly base: Dump
  readonly changes: ReadonlyArray<ReadonlyArray<Change>>
  /** Byte offset of each change record (parallel to `changes`), for errors found while replaying. */
  readonly offsets: ReadonlyArray<number>
  /** Byte length of the valid prefix (a torn tail starts here). */
  readonly validLength: number
  readonly fileLength: number
}

/** Why a decoded change set cannot be applied (`undefined` when it can). */
const checkChanges = (c: unknown): string | undefined => {
  if (!Array.isArray(c) || c.length === 0) return "a change record holds no changes"
  for (const change of c) {
    if (!Array.isArray(change) || change.length !== 3) return "a change is not [table, id, record]"
    const [table, id, record] = change as [unknown, unknown, unknown]
    if (!tableNames.includes(table as TableName)) return `unknown table '${String(table)}'`
    if (typeof id !== "string") return `a ${String(table)} change has no id`
    if (record === null) {
      if (table === "meta") return "a change deletes the world's meta record"
      continue
    }
    const why = checkRecord(table as TableName, record)
    if (why !== undefined) return why
    const key = (keyOf[table as TableName] as (r: unknown) => unknown)(record)
    if (key !== id) return `a ${String(table)} change for '${id}' holds the record of '${String(key)}'`
  }
  return undefined
}

/**
 * Parses journal bytes; pure (used by `open` and by tests that simulate torn writes and damage).
 * See the module comment for what is a torn tail and what is `Corrupt`.
 */
export const parse = (bytes: Uint8Array, file = "<bytes>"): Loaded | PersistenceError => {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const n = buf.length
  if (n < HEADER || buf.subarray(0, 8).toString("latin1") !== JOURNAL_MAGIC) {
    return new PersistenceError({ reason: "Foreign", path: file, message: `Not an ec2kit journal: ${file}` })
  }
  const version = buf.readUInt32BE(8)
  if (version !== JOURNAL_VERSION) {
    return new PersistenceError({ reason: "Version", path: file, message: versionMessage("journal", version, JOURNAL_VERSION, file) })
  }
  if (buf.readUInt32BE(12) !== 0) {
    // reserved, written as zeros: anything else is damage (no field of the header goes unchecked)
    return new PersistenceError({ reason: "Corrupt", path: file, offset: 12, message: `Corrupt ec2kit journal ${file} at byte 12: damaged file header` })
  }
  let base: Dump | undefined
  const changes: Array<ReadonlyArray<Change>> = []
  const offsets: Array<number> = []
  const corrupt = (at: number, why: string) =>
    new PersistenceError({ reason: "Corrupt", path: file, offset: at, message: `Corrupt ec2kit journal ${file} at byte ${at}: ${why}` })
  /** A damaged area that reaches the end of the file: say how to drop it if it is a crash's leftover. */
  const hint = (at: number) =>
    ` (nothing valid follows: if these ${n - at} bytes are the remains of a write interrupted by a crash, truncating the file to ${at} bytes drops them)`
  let offset = HEADER
  while (offset < n) {
    if (n - offset < FRAME_HEADER) {
      if (base === undefined) return corrupt(offset, "truncated base snapshot")
      break // torn record header
    }
    if (!headerOk(buf, offset)) {
      if (base === undefined) return corrupt(offset, "damaged base snapshot header")
      const next = nextRecord(buf, offset + 1)
      if (next !== undefined) return corrupt(offset, `damaged record header (a valid record follows at byte ${next})`)
      if (isZero(buf, offset, offset + FRAME_HEADER)) break // zero-filled tail: a record the disk never wrote
      return corrupt(offset, `damaged record header${hint(offset)}`)
    }
    const len = buf.readUInt32BE(offset)
    const end = offset + FRAME_HEADER + len
    if (end > n) {
      if (base === undefined) return corrupt(offset, "truncated base snapshot")
      break // torn payload: the (intact) header announces more than was written
    }
    const payload = buf.subarray(offset + FRAME_HEADER, end)
    if (crc32(payload) !== buf.readUInt32BE(offset + 4)) {
      if (base !== undefined && end === n && hasZeroSector(buf, offset + FRAME_HEADER, end)) break // torn last record
      return corrupt(offset, `record checksum mismatch${end === n ? hint(offset) : ""}`)
    }
    let record: unknown
    try {
      record = unpack(payload)
    } catch (e) {
      return corrupt(offset, `undecodable record (${String(e)})`)
    }
    const r = (typeof record === "object" && record !== null ? record : {}) as { t?: unknown; d?: unknown; c?: unknown }
    if (base === undefined) {
      if (r.t !== "s") return corrupt(offset, "the first record is not a world snapshot")
      let dump: unknown
      try {
        dump = decodeDump(r.d)
      } catch (e) {
        return corrupt(offset, `undecodable world snapshot (${String(e)})`)
      }
      const why = checkDumpWhy(dump)
      if (why !== undefined) return corrupt(offset, `the world snapshot is not loadable: ${why}`)
      base = dump as Dump
    } else if (r.t === "c") {
      const why = checkChanges(r.c)
      if (why !== undefined) return corrupt(offset, why)
      changes.push(r.c as ReadonlyArray<Change>)
      offsets.push(offset)
    } else {
      return corrupt(offset, "unknown record type")
    }
    offset = end
  }
  if (base === undefined) return corrupt(HEADER, "missing base snapshot")
  return { base, changes, offsets, validLength: offset, fileLength: n }
}

// ------------------------------------------------------------------------------------------------
// the journal
// ------------------------------------------------------------------------------------------------

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

const describe = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException
  return err.code !== undefined ? `${err.code} (${err.message})` : String(e)
}

/**
 * Writes `bytes` to a fresh temp file next to `file` and fsyncs it; returns a descriptor open on it
 * and its name. On failure the temp file is removed and the error thrown.
 */
const writeTemp = (file: string, bytes: Uint8Array): { readonly fd: number; readonly tmp: string } => {
  const tmp = `${file}.tmp-${process.pid}`
  let fd: number | undefined
  try {
    fd = io.openSync(tmp, "w+")
    let written = 0
    while (written < bytes.length) written += io.writeSync(fd, bytes, written, bytes.length - written, written)
    io.fsyncSync(fd)
    return { fd, tmp }
  } catch (e) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd)
      } catch {
        // the error that matters is the one thrown
      }
    }
    fs.rmSync(tmp, { force: true })
    throw e
  }
}

/** Journal options. */
export interface JournalOptions {
  /** Compact when the change records after the base exceed this many bytes (default 16 MiB). */
  readonly compactBytes?: number
}

/** An open journal file (holding its lock). */
export class Journal {
  private fd: number | undefined
  private size = 0
  private sinceBase = 0
  /** Set by the first failed append: the journal refuses every later write. */
  failure: PersistenceError | undefined
  private readonly compactBytes: number

  private constructor(readonly file: string, private readonly lock: Lock, options: JournalOptions) {
    this.compactBytes = options.compactBytes ?? 16 * 1024 * 1024
  }

  /**
   * Takes the journal's lock and reads it: `loaded` is `undefined` when the file does not exist yet
   * (the caller then calls `initialize` with the initial world), else its contents (a torn tail is
   * cut off the file). `close` releases the lock, also when the caller gives up before `initialize`.
   */
  static open(file: string, options: JournalOptions = {}): PersistenceError | { readonly journal: Journal; readonly loaded: Loaded | undefined } {
    const lock = Lock.acquire(file)
    if (lock instanceof PersistenceError) return lock
    const journal = new Journal(file, lock, options)
    const fail = (e: PersistenceError) => {
      journal.close()
      return e
    }
    let bytes: Buffer
    try {
      bytes = fs.readFileSync(file)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { journal, loaded: undefined }
      return fail(new PersistenceError({ reason: "Io", path: file, message: `Cannot read ${file}: ${describe(e)}` }))
    }
    const loaded = parse(bytes, file)
    if (loaded instanceof PersistenceError) return fail(loaded)
    try {
      journal.fd = io.openSync(file, "r+")
      if (loaded.validLength < loaded.fileLength) {
        io.ftruncateSync(journal.fd, loaded.validLength)
        io.fsyncSync(journal.fd)
      }
    } catch (e) {
      return fail(new PersistenceError({ reason: "Io", path: file, message: `Cannot open ${file}: ${describe(e)}` }))
    }
    journal.size = loaded.validLength
    return { journal, loaded }
  }

  /** Writes the first version of the file, holding just `dump` (temp file, fsync, rename). */
  initialize(dump: Dump): PersistenceError | undefined {
    return this.rewrite(dump)
  }

  /**
   * Appends one change set and fsyncs it. Answers whether compaction is due, or the error that
   * failed the journal (then the file is cut back to its last durable record, best effort, and
   * every later append answers the same error).
   */
  append(changes: ReadonlyArray<Change>): boolean | PersistenceError {
    if (this.failure !== undefined) return this.failure
    if (changes.length === 0) return false
    if (!this.lock.intact) {
      return this.failure = new PersistenceError({
        reason: "Locked",
        path: this.file,
        message: `The ec2kit journal ${this.file} lost its lock (${this.lock.file} was deleted or replaced): another process may be writing it`
      })
    }
    const f = frame(pack({ t: "c", c: changes }))
    const fd = this.fd!
    try {
      let written = 0
      while (written < f.length) written += io.writeSync(fd, f, written, f.length - written, this.size + written)
      io.fsyncSync(fd)
    } catch (e) {
      let cut = ""
      try {
        io.ftruncateSync(fd, this.size)
        io.fsyncSync(fd)
      } catch (e2) {
        // the torn record stays: a reopen drops it when it is incomplete, else it may reappear
        cut = `; cutting the file back to ${this.size} bytes failed too: ${describe(e2)}`
      }
      return this.failure = new PersistenceError({
        reason: "Io",
        path: this.file,
        message: `Cannot append to the ec2kit journal ${this.file}: ${describe(e)}${cut}`
      })
    }
    this.size += f.length
    this.sinceBase += f.length
    return this.sinceBase > this.compactBytes
  }

  /**
   * Replaces the file with one holding just `dump`: written to a temp file and fsynced, then renamed
   * over the journal. On failure the journal stays as it was (old file, old descriptor, every record
   * durable) and the error is answered.
   */
  compact(dump: Dump): PersistenceError | undefined {
    if (this.failure !== undefined) return this.failure
    const failed = this.rewrite(dump)
    // (not on every append while the disk stays full: after as many bytes again)
    if (failed !== undefined) this.sinceBase = 0
    return failed
  }

  private rewrite(dump: Dump): PersistenceError | undefined {
    const bytes = Buffer.concat([header(), frame(pack({ t: "s", d: encodeDump(dump) }))])
    let next: { readonly fd: number; readonly tmp: string }
    try {
      next = writeTemp(this.file, bytes)
    } catch (e) {
      return new PersistenceError({ reason: "Io", path: this.file, message: `Cannot write the ec2kit journal ${this.file}: ${describe(e)}` })
    }
    try {
      // the descriptor opened on the temp file follows it through the rename
      io.renameSync(next.tmp, this.file)
    } catch (e) {
      try {
        io.closeSync(next.fd)
      } catch {
        // the rename error is the one that matters
      }
      fs.rmSync(next.tmp, { force: true })
      return new PersistenceError({ reason: "Io", path: this.file, message: `Cannot replace the ec2kit journal ${this.file}: ${describe(e)}` })
    }
    fsyncDir(path.dirname(path.resolve(this.file)))
    const old = this.fd
    this.fd = next.fd
    this.size = bytes.length
    this.sinceBase = 0
    if (old !== undefined) {
      try {
        io.closeSync(old)
      } catch {
        // nothing is written through it any more
      }
    }
    return undefined
  }

  /** Closes the file and releases the lock. */
  close(): void {
    if (this.fd !== undefined) {
      try {
        io.closeSync(this.fd)
      } catch {
        // already closed
      }
      this.fd = undefined
    }
    this.lock.release()
  }
}
