/**
 * Binary formats: world snapshots (`snapshot()` / `restore(bytes)`) and the persistence journal,
 * both msgpack (msgpackr, without record extensions so the bytes depend only on the data).
 *
 * Snapshot bytes: `"EC2KSNAP"` (8 bytes) · version (u32 BE) · crc32 of the body (u32 BE) · body:
 * msgpack `[[table, column]…]`, each table's records in the columnar encoding below. Version 3 added
 * the checksum (version 2 had none, so a flipped bit loaded silently as different data); version 2
 * introduced the columnar encoding (version 1 packed the records as maps, which took ≈ 2.5 s to write
 * and 2 s to read for 100,000 instances). Only the current version is read: a file of another
 * version is refused with `PersistenceError` `Version` (formats are not migrated before 1.0).
 *
 * Decoded records are checked before a `World` is built from them (`RecordCheck`), so damaged or
 * foreign data is a `PersistenceError`, never a `TypeError` while loading.
 *
 * ## Columnar encoding (`encodeColumn` / `decodeColumn`)
 * A column is a list of values; it is encoded as one of
 * - `[0, values]` raw: the values as they are (mixed kinds, or few/unique primitives);
 * - `[1, dictionary, width, indices]` dictionary: repeated primitives (states, zones, types, subnet
 *   ids, …) as the distinct values in order of first appearance plus one little-endian index of
 *   `width` bytes per value (a binary string). Decoded values share the dictionary's strings;
 * - `[2, shapes, shapeColumn, [[key, column]…]]` objects: every distinct key order ("shape") once,
 *   the shape of each object, and one column per key holding the values of the objects that have it
 *   (in object order), recursively encoded; objects are rebuilt with their keys in their own order;
 * - `[3, lengthColumn, elementColumn]` arrays: the lengths and the concatenated elements.
 * It is a pure function of the data (no shared state between calls), so equal worlds give equal bytes
 * and snapshot → restore → snapshot is byte-identical.
 *
 * Speed (a 100,000-instance world, see docs/benchmarks.md): encoding fills pre-sized columns through
 * generated per-shape functions; decoding reads every column as a validated `Source` and builds the
 * records with generated per-shape literals, without materialising the columns.
 *
 * @internal
 */
import { Data } from "effect"
import { Packr } from "msgpackr"
import * as zlib from "node:zlib"
import { checkDumpWhy } from "./RecordCheck.js"
import type { TableName } from "./Records.js"

/**
 * A snapshot or persistence file that cannot be used, or a journal that cannot be written:
 * - `Foreign`: not an ec2kit file;
 * - `Version`: written by a build with another format version (the message says older or newer);
 * - `Corrupt`: damaged beyond a torn tail (`offset`: the byte where the damage starts);
 * - `Locked`: the journal is open in another process (or already in this one);
 * - `Io`: the file system refused a read or a write (the message carries the system's error).
 *
 * @since 0.1.0
 * @category errors
 */
export class PersistenceError extends Data.TaggedError("PersistenceError")<{
  readonly reason: "Foreign" | "Version" | "Corrupt" | "Locked" | "Io"
  readonly message: string
  readonly path?: string
  /** Byte offset of the damaged record (`Corrupt` journals). */
  readonly offset?: number
}> {}

/** CRC-32 (IEEE, as zip and PNG), unsigned. */
export const crc32 = (b: Uint8Array): number => zlib.crc32(b) >>> 0

const packr = new Packr({ useRecords: false, moreTypes: false, bundleStrings: false })

export const pack = (value: unknown): Uint8Array => packr.pack(value)
export const unpack = (bytes: Uint8Array): unknown => packr.unpack(bytes)

export const SNAPSHOT_MAGIC = "EC2KSNAP"
/** Version 3: a crc32 of the body follows the version (see the module comment). */
export const SNAPSHOT_VERSION = 3
/** Magic, version and checksum. */
export const SNAPSHOT_HEADER = 16

export type Dump = ReadonlyArray<readonly [TableName, ReadonlyArray<unknown>]>

// ------------------------------------------------------------------------------------------------
// columnar encoding
// ------------------------------------------------------------------------------------------------

type Column = readonly [0, ReadonlyArray<unknown>]
  | readonly [1, ReadonlyArray<unknown>, number, Uint8Array]
  | readonly [2, ReadonlyArray<ReadonlyArray<string>>, unknown, ReadonlyArray<readonly [string, unknown]>]
  | readonly [3, unknown, unknown]

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v)

const isPrimitive = (v: unknown): boolean =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean"

/**
 * A pre-sized array of `n` tagged elements (a null stored first makes the elements generic, so
 * numbers are never unboxed into a double array and re-boxed on every read).
 */
const tagged = (n: number): Array<unknown> => {
  const a = new Array<unknown>(n)
  if (n > 0) a[0] = null
  return a
}

/** Dictionary-encodes repeated primitives; `undefined` when the column is not worth it. */
const dictionary = (values: ReadonlyArray<unknown>): Column | undefined => {
  const n = values.length
  if (n < 8) return undefined
  const limit = Math.max(1, n >>> 2)
  // cheap rejection of high-cardinality columns (ids, addresses): sample the head first
  const sample = Math.min(n, 256)
  const seen = new Set<unknown>()
  for (let i = 0; i < sample; i++) seen.add(values[i])
  if (seen.size > Math.min(limit, sample >>> 2)) return undefined
  const dict = new Map<unknown, number>()
  // indices are written as bytes while the dictionary has at most 256 entries (the usual case: no
  // 4-byte index array per column, which was ≈ 80 MB of short-lived buffers per 100,000-instance
  // snapshot and enough to trigger full collections); wider ones move to 32-bit indices
  const idx8 = new Uint8Array(n)
  let idx32: Uint32Array | undefined
  let lastV: unknown = undefined
  let lastK = -1
  for (let i = 0; i < n; i++) {
    const v = values[i]
    let k: number | undefined
    if (v === lastV && lastK >= 0) k = lastK // runs of the same value (often the very same string): no hashing
    else {
      k = dict.get(v)
      if (k === undefined) {
        if (!isPrimitive(v) || dict.size >= limit) return undefined
        dict.set(v, k = dict.size)
        if (k === 0x100 && idx32 === undefined) {
          idx32 = new Uint32Array(n)
          for (let j = 0; j < i; j++) idx32[j] = idx8[j]!
        }
      }
      lastV = v
      lastK = k
    }
    if (idx32 === undefined) idx8[i] = k
    else idx32[i] = k
  }
  const width = dict.size <= 0x100 ? 1 : dict.size <= 0x10000 ? 2 : 4
  let bytes: Uint8Array
  if (idx32 === undefined) bytes = idx8
  else if (width === 2) {
    bytes = new Uint8Array(n * 2)
    for (let i = 0; i < n; i++) {
      const k = idx32[i]!
      bytes[2 * i] = k & 0xff
      bytes[2 * i + 1] = k >>> 8
    }
  } else {
    bytes = new Uint8Array(n * 4)
    const dv = new DataView(bytes.buffer)
    for (let i = 0; i < n; i++) dv.setUint32(4 * i, idx32[i]!, true)
  }
  return [1, [...dict.keys()], width, bytes]
}

/** Encodes a list of values column-wise (see the module comment). */
export const encodeColumn = (values: ReadonlyArray<unknown>): Column => {
  const n = values.length
  if (n === 0) return [0, values]
  const first = values[0]
  const kind = typeof first !== "object" || first === null ? 0 : Array.isArray(first) ? 3 : isPlainObject(first) ? 2 : 0
  if (kind === 2) {
    let i = 1
    while (i < n && isPlainObject(values[i])) i++
    if (i === n) return encodeObjects(values as ReadonlyArray<Record<string, unknown>>)
  } else if (kind === 3) {
    let i = 1
    while (i < n && Array.isArray(values[i])) i++
    if (i === n) {
      // pre-sized (two passes) instead of grown by `push`: fewer copies and less garbage
      let total = 0
      for (let j = 0; j < n; j++) total += (values[j] as ReadonlyArray<unknown>).length
      const lengths = tagged(n)
      const elements = tagged(total)
      let at = 0
      for (let j = 0; j < n; j++) {
        const a = values[j] as ReadonlyArray<unknown>
        lengths[j] = a.length
        for (let k = 0; k < a.length; k++) elements[at++] = a[k]
      }
      return [3, encodeColumn(lengths), encodeColumn(elements)]
    }
  }
  return dictionary(values) ?? [0, values]
}

type Pusher = (o: Record<string, unknown>, cols: ReadonlyArray<Array<unknown>>, at: Array<number>) => void

/** Keys that a generated object literal can spell safely (`__proto__` would set the prototype). */
const literalKeys = (keys: ReadonlyArray<string>): boolean => keys.every((k) => k !== "__proto__")

/**
 * Per shape, a generated function that stores an object's values in the columns of its keys
 * (`cols[slot][at[slot]++]`, columns pre-sized to the number of objects, so nothing is grown by
 * `push`): named property loads instead of megamorphic keyed access (keys are quoted with
 * `JSON.stringify`).
 */
const makePusher = (keys: ReadonlyArray<string>, slots: ReadonlyArray<number>): Pusher => {
  if (!literalKeys(keys)) {
    return (o, cols, at) => {
      for (let k = 0; k < keys.length; k++) cols[slots[k]!]![at[slots[k]!]!++] = o[keys[k]!]
    }
  }
  const body = keys.map((k, i) => `c[${slots[i]}][a[${slots[i]}]++] = o[${JSON.stringify(k)}];`).join("")
  return new Function("o", "c", "a", body) as Pusher
}

const encodeObjects = (values: ReadonlyArray<Record<string, unknown>>): Column => {
  const n = values.length
  const shapeIds = new Map<string, number>()
  const shapes: Array<ReadonlyArray<string>> = []
  const shapeOf = tagged(n)
  /** key → slot; per slot a column pre-sized to `n` (an object has each key at most once) and its fill */
  const slotOf = new Map<string, number>()
  const columns: Array<Array<unknown>> = []
  const filled: Array<number> = []
  let lastKeys: ReadonlyArray<string> = []
  const pushers: Array<Pusher> = []
  let lastPush: Pusher = () => {}
  let lastId = -1
  for (let i = 0; i < n; i++) {
    const o = values[i]!
    // same key order as the previous object? (for-in, no allocation)
    let j = 0
    let same = lastId >= 0
    if (same) {
      for (const k in o) {
        if (lastKeys[j] !== k) {
          same = false
          break
        }
        j++
      }
      same = same && j === lastKeys.length
    }
    if (!same) {
      const keys = Object.keys(o)
      const sig = keys.join("\u0000")
      let id = shapeIds.get(sig)
      if (id === undefined) {
        shapeIds.set(sig, id = shapes.length)
        shapes.push(keys)
        const slots = keys.map((k) => {
          let slot = slotOf.get(k)
          if (slot === undefined) {
            slotOf.set(k, slot = columns.length)
            columns.push(tagged(n))
            filled.push(0)
          }
          return slot
        })
        pushers.push(makePusher(keys, slots))
      }
      lastId = id
      lastKeys = shapes[id]!
      lastPush = pushers[id]!
    }
    shapeOf[i] = lastId
    lastPush(o, columns, filled)
  }
  // trim each column to the values it received (in place, no copy)
  for (let s = 0; s < columns.length; s++) columns[s]!.length = filled[s]!
  return [2, shapes, encodeColumn(shapeOf), [...slotOf].map(([k, s]) => [k, encodeColumn(columns[s]!)] as const)]
}

const EMPTY: ReadonlyArray<unknown> = Object.freeze([])

const malformed = (): never => {
  throw new Error("malformed column")
}

/**
 * A decoded column as a stream of values read in order, so that a record's nested objects and
 * lists are built directly from the bytes' dictionaries and arrays: no intermediate array per
 * column (≈ 200 columns of 100,000 values for 100,000 instances), which was most of the garbage a
 * restore produced while the old world is still live. Everything is validated when the source is
 * made (counts, dictionary indices, shapes), before a single value is read: a consumer reads exactly
 * `n` values, so `read` needs no bounds checks.
 */
interface Source {
  /** Number of values. */
  readonly n: number
  /** Every value is `value` (a dictionary of one entry): builders inline it. */
  readonly constant: boolean
  readonly value: unknown
  /** The next value. */
  readonly read: () => unknown
}

const constantSource = (n: number, value: unknown): Source => ({ n, constant: true, value, read: () => value })

const arraySource = (a: ReadonlyArray<unknown>): Source => {
  let i = 0
  return { n: a.length, constant: false, value: undefined, read: () => a[i++] }
}

/** All `n` values of a source (for small columns needed up front: shape ids, list lengths). */
const readAll = (s: Source): Array<unknown> => {
  const out = tagged(s.n)
  for (let i = 0; i < s.n; i++) out[i] = s.read()
  return out
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0

/** Per shape, a generated function that builds one object as a literal, keys in the shape's order. */
const makeBuilder = (keys: ReadonlyArray<string>, slots: ReadonlyArray<number>, sources: ReadonlyArray<Source>) => {
  const used = [...new Set(slots)]
  if (!literalKeys(keys)) {
    // `__proto__` must become an own property, not the prototype: defineProperty, key by key
    return () => {
      const o = {}
      for (let j = 0; j < keys.length; j++) {
        Object.defineProperty(o, keys[j]!, { value: sources[slots[j]!]!.read(), writable: true, enumerable: true, configurable: true })
      }
      return o
    }
  }
  // constants are captured values; the other slots are calls of their source's `read`
  const prelude = used.map((s) => sources[s]!.constant ? `const v${s} = S[${s}].value;` : `const r${s} = S[${s}].read;`)
  const fields = keys.map((k, j) => `${JSON.stringify(k)}: ${sources[slots[j]!]!.constant ? `v${slots[j]}` : `r${slots[j]}()`}`)
  return new Function("S", `${prelude.join("")} return () => ({${fields.join(",")}})`)(sources) as () => unknown
}

/** Validates `encodeColumn`'s output and returns it as a `Source`; throws on malformed input. */
const source = (c: unknown): Source => {
  if (!Array.isArray(c)) return malformed()
  switch (c[0]) {
    case 0:
      return Array.isArray(c[1]) ? arraySource(c[1]) : malformed()
    case 1: {
      const dict = c[1]
      const width = c[2]
      const bytes = c[3]
      if (!Array.isArray(dict) || !(bytes instanceof Uint8Array) || (width !== 1 && width !== 2 && width !== 4)) {
        return malformed()
      }
      if (bytes.length % width !== 0) return malformed()
      const n = bytes.length / width
      for (let i = 0; i < dict.length; i++) if (dict[i] === undefined) return malformed()
      // every index must name an entry
      let max = 0
      const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      if (width === 1) for (let i = 0; i < n; i++) max = Math.max(max, bytes[i]!)
      else if (width === 2) for (let i = 0; i < n; i++) max = Math.max(max, dv.getUint16(2 * i, true))
      else for (let i = 0; i < n; i++) max = Math.max(max, dv.getUint32(4 * i, true))
      if (n > 0 && max >= dict.length) return malformed()
      if (dict.length === 1) return constantSource(n, dict[0])
      // a generic (tagged) copy: numbers like times are then boxed once in the dictionary and
      // shared, instead of re-boxed for every value read out of a double array
      const d = tagged(dict.length)
      for (let i = 0; i < dict.length; i++) d[i] = dict[i]
      let i = 0
      const read = width === 1
        ? () => d[bytes[i++]!]
        : width === 2
        ? () => d[dv.getUint16(2 * i++, true)]
        : () => d[dv.getUint32(4 * i++, true)]
      return { n, constant: false, value: undefined, read }
    }
    case 2: {
      const shapes = c[1]
      const cols = c[3]
      if (!Array.isArray(shapes) || !Array.isArray(cols)) return malformed()
      const shapeSource = source(c[2])
      const n = shapeSource.n
      const slot = new Map<string, number>()
      const sources: Array<Source> = []
      for (const entry of cols) {
        if (!Array.isArray(entry) || typeof entry[0] !== "string" || slot.has(entry[0])) return malformed()
        slot.set(entry[0], sources.length)
        sources.push(source(entry[1]))
      }
      const slotsOf = shapes.map((s) => {
        if (!Array.isArray(s)) return malformed()
        return s.map((k) => slot.get(k) ?? malformed())
      })
      const isShape = (id: unknown): id is number => isCount(id) && id < shapes.length
      // the objects of each shape, then check once that every column holds exactly the values its
      // objects need
      const perShape = new Array<number>(shapes.length).fill(0)
      let ids: Array<unknown> | undefined
      if (shapeSource.constant) {
        if (n > 0 && !isShape(shapeSource.value)) return malformed()
        if (n > 0) perShape[shapeSource.value as number] = n
      } else {
        ids = readAll(shapeSource)
        for (let i = 0; i < n; i++) {
          const id = ids[i]
          if (!isShape(id)) return malformed()
          perShape[id]!++
        }
      }
      const need = new Array<number>(sources.length).fill(0)
      for (let id = 0; id < shapes.length; id++) for (const s of slotsOf[id]!) need[s]! += perShape[id]!
      for (let s = 0; s < sources.length; s++) if (need[s] !== sources[s]!.n) return malformed()
      const builders = shapes.map((s, id) => makeBuilder(s as ReadonlyArray<string>, slotsOf[id]!, sources))
      if (ids === undefined) return { n, constant: false, value: undefined, read: builders[n > 0 ? shapeSource.value as number : 0] ?? (() => undefined) }
      const shapeIds = ids as ReadonlyArray<number>
      let i = 0
      return { n, constant: false, value: undefined, read: () => builders[shapeIds[i++]!]!() }
    }
    case 3: {
      const lengthSource = source(c[1])
      const elements = source(c[2])
      const n = lengthSource.n
      // records are immutable: every empty list is one shared frozen array (fewer objects to
      // build and to collect)
      // exact-size arrays (a `push` from `[]` would reserve 17 slots for a list of one or two)
      const read = elements.read
      const list = (len: number) => {
        switch (len) {
          case 0:
            return EMPTY
          case 1:
            return [read()]
          case 2:
            return [read(), read()]
          default: {
            const a = tagged(len)
            for (let k = 0; k < len; k++) a[k] = read()
            return a
          }
        }
      }
      if (lengthSource.constant) {
        const len = lengthSource.value
        if (n > 0 && (!isCount(len) || len * n !== elements.n)) return malformed()
        if (n === 0 && elements.n !== 0) return malformed()
        return { n, constant: false, value: undefined, read: () => list(len as number) }
      }
      const lengths = readAll(lengthSource)
      let total = 0
      for (let j = 0; j < n; j++) {
        const len = lengths[j]
        if (!isCount(len)) return malformed()
        total += len
      }
      if (total !== elements.n) return malformed()
      let i = 0
      return { n, constant: false, value: undefined, read: () => list(lengths[i++] as number) }
    }
    default:
      return malformed()
  }
}

/** Decodes `encodeColumn`'s output; throws on malformed input (the caller maps it to `Corrupt`). */
export const decodeColumn = (c: unknown): Array<unknown> => readAll(source(c))

/** A dump in the columnar encoding (what snapshots and journal bases store). */
export const encodeDump = (dump: Dump): unknown => dump.map(([t, rows]) => [t, encodeColumn(rows)])

/** Decodes `encodeDump`'s output; throws on malformed input. */
export const decodeDump = (u: unknown): unknown => {
  if (!Array.isArray(u)) return malformed()
  return u.map((e) => Array.isArray(e) && e.length === 2 ? [e[0], decodeColumn(e[1])] : malformed())
}

/**
 * `header` followed by `value` packed, in one buffer of about `guess` bytes. msgpackr writes into a
 * buffer it shares between calls and grows by copying (≈ 5 copies, each up to twice the size, for a
 * 45 MiB world), then the header had to be put in front (one more copy). Here it writes right after
 * the header into a fresh buffer of the guessed size (+ 1/8 and 64 KiB), so a well-guessed body is
 * packed without any copy; when the guess is short msgpackr grows its own buffer and the result is
 * copied once, as before. The answer is a view on a (zeroed) `ArrayBuffer` at most twice its size
 * (else it is copied out, so a small snapshot never holds a big buffer).
 */
export const packAfter = (header: Uint8Array, value: unknown, guess: number): Uint8Array => {
  const buffer = Buffer.alloc(header.length + guess + (guess >>> 3) + 65536)
  packr.useBuffer(buffer)
  // (msgpackr may round the start up to a multiple of 8: the header goes right before the body)
  packr.position = header.length
  let body: Uint8Array
  try {
    body = packr.pack(value)
  } finally {
    // don't leave msgpackr writing into (and keeping alive) the caller's bytes
    packr.useBuffer(Buffer.alloc(8192))
  }
  const size = header.length + body.length
  const at = body.byteOffset - header.length
  if (body.buffer === buffer.buffer && at >= buffer.byteOffset && 2 * size >= buffer.length) {
    const out = new Uint8Array(buffer.buffer, at, size)
    out.set(header, 0)
    return out
  }
  const out = new Uint8Array(size)
  out.set(header, 0)
  out.set(body, header.length)
  return out
}

export const encodeSnapshot = (dump: Dump): Uint8Array => {
  const header = new Uint8Array(SNAPSHOT_HEADER)
  header.set(Buffer.from(SNAPSHOT_MAGIC, "latin1"), 0)
  new DataView(header.buffer).setUint32(8, SNAPSHOT_VERSION)
  // ≈ 128 bytes per record (a world of 100,000 instances with their volumes and ENIs: ≈ 118)
  let records = 0
  for (const [, rows] of dump) records += rows.length
  const out = packAfter(header, encodeDump(dump), records * 128)
  // the checksum is a function of the body, so equal worlds still give equal bytes
  new DataView(out.buffer, out.byteOffset, out.byteLength).setUint32(12, crc32(out.subarray(SNAPSHOT_HEADER)))
  return out
}

export const decodeSnapshot = (bytes: Uint8Array): Dump | PersistenceError => {
  if (bytes.length < 12 || Buffer.from(bytes.subarray(0, 8)).toString("latin1") !== SNAPSHOT_MAGIC) {
    return new PersistenceError({ reason: "Foreign", message: "Not an ec2kit world snapshot (bad magic header)" })
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(8)
  if (version !== SNAPSHOT_VERSION) {
    return new PersistenceError({ reason: "Version", message: versionMessage("snapshot", version, SNAPSHOT_VERSION) })
  }
  if (bytes.length < SNAPSHOT_HEADER) {
    return new PersistenceError({ reason: "Corrupt", message: "Corrupt ec2kit snapshot: truncated header" })
  }
  const body = bytes.subarray(SNAPSHOT_HEADER)
  if (crc32(body) !== view.getUint32(12)) {
    return new PersistenceError({ reason: "Corrupt", message: "Corrupt ec2kit snapshot: checksum mismatch (damaged or truncated)" })
  }
  let decoded: unknown
  try {
    decoded = decodeDump(unpack(body))
  } catch (e) {
    return new PersistenceError({ reason: "Corrupt", message: `Corrupt ec2kit snapshot: ${String(e)}` })
  }
  const why = checkDumpWhy(decoded)
  return why === undefined
    ? decoded as Dump
    : new PersistenceError({ reason: "Corrupt", message: `Corrupt ec2kit snapshot: ${why}` })
}

/**
 * The message for a file of another format version: older files are not migrated (before 1.0 the
 * formats change without conversion), newer ones need a newer build.
 */
export const versionMessage = (kind: "snapshot" | "journal", version: number, current: number, file?: string): string => {
  const what = `ec2kit ${kind}${file === undefined ? "" : ` ${file}`}`
  return version > current
    ? `Unsupported ${what}: format version ${version} was written by a newer ec2kit; this build reads version ${current} only`
    : `Unsupported ${what}: format version ${version} was written by an older ec2kit; this build reads version ${current} only (older formats are not converted)`
}
