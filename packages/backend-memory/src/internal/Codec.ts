/**
 * Binary formats: world snapshots (`snapshot()` / `restore(bytes)`) and the persistence journal,
 * both msgpack (msgpackr, without record extensions so the bytes depend only on the data).
 *
 * Snapshot bytes: `"EC2KSNAP"` (8 bytes) · version (u32 BE) · msgpack `[[table, column]…]`, each
 * table's records in the columnar encoding below (version 2; version 1 packed the records as maps,
 * which took ≈ 2.5 s to write and 2 s to read for 100,000 instances).
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
export const SNAPSHOT_VERSION = 2

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
  const idx = new Uint32Array(n)
  let lastV: unknown = undefined
  let lastK = -1
  for (let i = 0; i < n; i++) {
    const v = values[i]
    if (v === lastV && lastK >= 0) {
      idx[i] = lastK // runs of the same value (often the very same string): no hashing
      continue
    }
    let k = dict.get(v)
    if (k === undefined) {
      if (!isPrimitive(v) || dict.size >= limit) return undefined
      dict.set(v, k = dict.size)
    }
    idx[i] = k
    lastV = v
    lastK = k
  }
  const width = dict.size <= 0x100 ? 1 : dict.size <= 0x10000 ? 2 : 4
  const bytes = new Uint8Array(n * width)
  if (width === 1) for (let i = 0; i < n; i++) bytes[i] = idx[i]!
  else if (width === 2) {
    for (let i = 0; i < n; i++) {
      const k = idx[i]!
      bytes[2 * i] = k & 0xff
      bytes[2 * i + 1] = k >>> 8
    }
  } else {
    const dv = new DataView(bytes.buffer)
    for (let i = 0; i < n; i++) dv.setUint32(4 * i, idx[i]!, true)
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
      const lengths: Array<number> = []
      const elements: Array<unknown> = []
      for (let j = 0; j < n; j++) {
        const a = values[j] as ReadonlyArray<unknown>
        lengths.push(a.length)
        for (let k = 0; k < a.length; k++) elements.push(a[k])
      }
      return [3, encodeColumn(lengths), encodeColumn(elements)]
    }
  }
  return dictionary(values) ?? [0, values]
}

type Pusher = (o: Record<string, unknown>, cols: ReadonlyArray<Array<unknown>>) => void
type Builder = (cols: ReadonlyArray<ReadonlyArray<unknown>>, at: Array<number>) => Record<string, unknown>

/** Keys that a generated object literal can spell safely (`__proto__` would set the prototype). */
const literalKeys = (keys: ReadonlyArray<string>): boolean => keys.every((k) => k !== "__proto__")

/**
 * Per shape, a generated function that appends an object's values to the shape's columns: named
 * property loads instead of megamorphic keyed loads (keys are quoted with `JSON.stringify`).
 */
const makePusher = (keys: ReadonlyArray<string>): Pusher => {
  if (!literalKeys(keys)) {
    return (o, cols) => {
      for (let k = 0; k < keys.length; k++) cols[k]!.push(o[keys[k]!])
    }
  }
  const body = keys.map((k, i) => `c[${i}].push(o[${JSON.stringify(k)}]);`).join("")
  return new Function("o", "c", body) as Pusher
}

/**
 * Per shape, a generated function that builds one object as a literal (keys in the shape's order)
 * from the columns `cols[slot]` at positions `at[slot]` (and advances them); `undefined` for shapes that cannot be
 * spelled as a literal (the caller then assigns key by key).
 */
const makeBuilder = (keys: ReadonlyArray<string>, slots: ReadonlyArray<number>): Builder | undefined => {
  if (!literalKeys(keys)) return undefined
  const body = `return {${keys.map((k, j) => `${JSON.stringify(k)}: c[${slots[j]}][a[${slots[j]}]++]`).join(",")}}`
  return new Function("c", "a", body) as Builder
}

const encodeObjects = (values: ReadonlyArray<Record<string, unknown>>): Column => {
  const n = values.length
  const shapeIds = new Map<string, number>()
  const shapes: Array<ReadonlyArray<string>> = []
  /** per shape: the column of each of its keys */
  const shapeColumns: Array<Array<Array<unknown>>> = []
  const shapeOf: Array<number> = []
  const columns = new Map<string, Array<unknown>>()
  let lastKeys: ReadonlyArray<string> = []
  let lastCols: Array<Array<unknown>> = []
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
        const cols = keys.map((k) => {
          let col = columns.get(k)
          if (col === undefined) columns.set(k, col = [])
          return col
        })
        shapeColumns.push(cols)
        pushers.push(makePusher(keys))
      }
      lastId = id
      lastKeys = shapes[id]!
      lastCols = shapeColumns[id]!
      lastPush = pushers[id]!
    }
    shapeOf.push(lastId)
    lastPush(o, lastCols)
  }
  return [2, shapes, encodeColumn(shapeOf), [...columns].map(([k, col]) => [k, encodeColumn(col)] as const)]
}

const EMPTY: ReadonlyArray<unknown> = Object.freeze([])

/** An empty array whose elements are tagged values (never unboxed doubles). */
const generic = (): Array<unknown> => {
  const a: Array<unknown> = [null]
  a.pop()
  return a
}

const malformed = (): never => {
  throw new Error("malformed column")
}

/** Decodes `encodeColumn`'s output; throws on malformed input (the caller maps it to `Corrupt`). */
export const decodeColumn = (c: unknown): Array<unknown> => {
  if (!Array.isArray(c)) return malformed()
  switch (c[0]) {
    case 0:
      return Array.isArray(c[1]) ? c[1] as Array<unknown> : malformed()
    case 1: {
      const dict = c[1]
      const width = c[2]
      const bytes = c[3]
      if (!Array.isArray(dict) || !(bytes instanceof Uint8Array) || (width !== 1 && width !== 2 && width !== 4)) {
        return malformed()
      }
      if (bytes.length % width !== 0) return malformed()
      const n = bytes.length / width
      // generic (tagged) arrays: numbers like times are then boxed once in the dictionary and
      // shared, instead of re-boxed for every value read out of a double array
      const d = generic()
      for (let i = 0; i < dict.length; i++) d.push(dict[i])
      // pre-sized, tagged (a null stored first makes the elements generic before any number)
      const out = new Array<unknown>(n)
      if (n > 0) out[0] = null
      if (width === 1) for (let i = 0; i < n; i++) out[i] = d[bytes[i]!]
      else if (width === 2) for (let i = 0; i < n; i++) out[i] = d[bytes[2 * i]! | (bytes[2 * i + 1]! << 8)]
      else {
        const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        for (let i = 0; i < n; i++) out[i] = d[dv.getUint32(4 * i, true)]
      }
      for (let i = 0; i < n; i++) if (out[i] === undefined) return malformed()
      return out
    }
    case 2: {
      const shapes = c[1]
      const cols = c[3]
      if (!Array.isArray(shapes) || !Array.isArray(cols)) return malformed()
      const shapeOf = decodeColumn(c[2])
      const keys: Array<string> = []
      const data: Array<Array<unknown>> = []
      const slot = new Map<string, number>()
      for (const entry of cols) {
        if (!Array.isArray(entry) || typeof entry[0] !== "string" || slot.has(entry[0])) return malformed()
        slot.set(entry[0], keys.length)
        keys.push(entry[0])
        data.push(decodeColumn(entry[1]))
      }
      const slotsOf = shapes.map((s) => {
        if (!Array.isArray(s)) return malformed()
        return s.map((k) => slot.get(k) ?? malformed())
      })
      const builders = shapes.map((s, i) => makeBuilder(s as ReadonlyArray<string>, slotsOf[i]!))
      const n = shapeOf.length
      // check once that every column holds exactly the values its objects need
      const perShape = new Array<number>(shapes.length).fill(0)
      for (let i = 0; i < n; i++) {
        const id = shapeOf[i]
        if (typeof id !== "number" || !(id >= 0 && id < shapes.length)) return malformed()
        perShape[id]!++
      }
      const need = new Array<number>(keys.length).fill(0)
      for (let id = 0; id < shapes.length; id++) for (const s of slotsOf[id]!) need[s]! += perShape[id]!
      for (let s = 0; s < keys.length; s++) if (need[s] !== data[s]!.length) return malformed()
      const cursor = new Array<number>(keys.length).fill(0)
      const out = new Array<unknown>(n)
      for (let i = 0; i < n; i++) {
        const shape = shapes[shapeOf[i] as number] as ReadonlyArray<string>
        const slots = slotsOf[shapeOf[i] as number]!
        const build = builders[shapeOf[i] as number]
        let o: Record<string, unknown>
        if (build !== undefined) o = build(data, cursor)
        else {
          o = {}
          for (let j = 0; j < slots.length; j++) {
            // defineProperty: `__proto__` must become an own property, not the prototype
            Object.defineProperty(o, shape[j]!, {
              value: data[slots[j]!]![cursor[slots[j]!]!],
              writable: true,
              enumerable: true,
              configurable: true
            })
            cursor[slots[j]!]!++
          }
        }
        out[i] = o
      }
      for (let s = 0; s < keys.length; s++) if (cursor[s] !== data[s]!.length) return malformed()
      return out
    }
    case 3: {
      const lengths = decodeColumn(c[1])
      const elements = decodeColumn(c[2])
      const n = lengths.length
      const out = new Array<unknown>(n)
      // records are immutable: every empty list is one shared frozen array (fewer objects to
      // build and to collect)
      let at = 0
      for (let i = 0; i < n; i++) {
        const len = lengths[i]
        if (typeof len !== "number" || !Number.isInteger(len) || len < 0 || at + len > elements.length) return malformed()
        out[i] = len === 0 ? EMPTY : elements.slice(at, at += len)
      }
      if (at !== elements.length) return malformed()
      return out
    }
    default:
      return malformed()
  }
}

/** A dump in the columnar encoding (what snapshots and journal bases store). */
export const encodeDump = (dump: Dump): unknown => dump.map(([t, rows]) => [t, encodeColumn(rows)])

/** Decodes `encodeDump`'s output; throws on malformed input. */
export const decodeDump = (u: unknown): unknown => {
  if (!Array.isArray(u)) return malformed()
  return u.map((e) => Array.isArray(e) && e.length === 2 ? [e[0], decodeColumn(e[1])] : malformed())
}

export const encodeSnapshot = (dump: Dump): Uint8Array => {
  const body = pack(encodeDump(dump))
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
    decoded = decodeDump(unpack(bytes.subarray(12)))
  } catch (e) {
    return new PersistenceError({ reason: "Corrupt", message: `Corrupt ec2kit snapshot: ${String(e)}` })
  }
  return checkDump(decoded) ??
    new PersistenceError({ reason: "Corrupt", message: "Corrupt ec2kit snapshot: unexpected structure" })
}
