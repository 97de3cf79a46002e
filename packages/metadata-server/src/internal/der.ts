/**
 * A minimal DER (X.690) encoder and reader: just enough ASN.1 to build a self-signed X.509
 * certificate and a PKCS #7 SignedData, and to read them back in tests.
 */

const lengthBytes = (n: number): Uint8Array => {
  if (n < 0x80) return Uint8Array.of(n)
  const out: Array<number> = []
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff)
  return Uint8Array.of(0x80 | out.length, ...out)
}

/** Concatenates byte arrays. */
export const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const total = parts.reduce((n, p) => n + p.length, 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** A TLV with the given tag byte and contents. */
export const tlv = (tag: number, ...contents: ReadonlyArray<Uint8Array>): Uint8Array => {
  const body = concat(contents)
  return concat([Uint8Array.of(tag), lengthBytes(body.length), body])
}

/** SEQUENCE. */
export const sequence = (...items: ReadonlyArray<Uint8Array>): Uint8Array => tlv(0x30, ...items)
/** SET (items are sorted as DER requires for SET OF). */
export const set = (...items: ReadonlyArray<Uint8Array>): Uint8Array =>
  tlv(0x31, ...[...items].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))))
/** NULL. */
export const nul = (): Uint8Array => Uint8Array.of(0x05, 0x00)
/** OCTET STRING. */
export const octetString = (bytes: Uint8Array): Uint8Array => tlv(0x04, bytes)
/** BIT STRING with no unused bits. */
export const bitString = (bytes: Uint8Array): Uint8Array => tlv(0x03, Uint8Array.of(0), bytes)
/** UTF8String. */
export const utf8String = (s: string): Uint8Array => tlv(0x0c, new TextEncoder().encode(s))
/** PrintableString. */
export const printableString = (s: string): Uint8Array => tlv(0x13, new TextEncoder().encode(s))
/** Context-specific constructed tag `[n]` (EXPLICIT, or IMPLICIT for constructed types). */
export const context = (n: number, ...items: ReadonlyArray<Uint8Array>): Uint8Array => tlv(0xa0 | n, ...items)

/** INTEGER from unsigned big-endian bytes. */
export const integerBytes = (bytes: Uint8Array): Uint8Array => {
  let start = 0
  while (start < bytes.length - 1 && bytes[start] === 0) start++
  const trimmed = bytes.subarray(start)
  return (trimmed[0] ?? 0) & 0x80 ? tlv(0x02, Uint8Array.of(0), trimmed) : tlv(0x02, trimmed)
}
/** INTEGER from a small non-negative number. */
export const integer = (n: number): Uint8Array => {
  const out: Array<number> = []
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff)
  return integerBytes(Uint8Array.from(out.length === 0 ? [0] : out))
}

/** OBJECT IDENTIFIER from dotted notation. */
export const oid = (dotted: string): Uint8Array => {
  const arcs = dotted.split(".").map(Number)
  const out: Array<number> = [(arcs[0] ?? 0) * 40 + (arcs[1] ?? 0)]
  for (const arc of arcs.slice(2)) {
    const chunk: Array<number> = [arc & 0x7f]
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f))
    out.push(...chunk)
  }
  return tlv(0x06, Uint8Array.from(out))
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0")

/** UTCTime (years 1950–2049) or GeneralizedTime, as RFC 5280 §4.1.2.5 requires. */
export const time = (epochMillis: number): Uint8Array => {
  const d = new Date(epochMillis)
  const y = d.getUTCFullYear()
  const rest = `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${
    pad(d.getUTCSeconds())
  }Z`
  return y >= 1950 && y < 2050
    ? tlv(0x17, new TextEncoder().encode(`${pad(y % 100)}${rest}`))
    : tlv(0x18, new TextEncoder().encode(`${pad(y, 4)}${rest}`))
}

/** One decoded TLV: tag byte, contents, and the whole encoding. */
export interface Node {
  readonly tag: number
  readonly contents: Uint8Array
  readonly encoded: Uint8Array
}

/** Reads the TLV at `offset`; returns it and the offset after it. */
export const read = (bytes: Uint8Array, offset = 0): { readonly node: Node; readonly next: number } => {
  const tag = bytes[offset] ?? 0
  let len = bytes[offset + 1] ?? 0
  let at = offset + 2
  if (len & 0x80) {
    const n = len & 0x7f
    len = 0
    for (let i = 0; i < n; i++) len = len * 256 + (bytes[at + i] ?? 0)
    at += n
  }
  return { node: { tag, contents: bytes.subarray(at, at + len), encoded: bytes.subarray(offset, at + len) }, next: at + len }
}

/** The children of a constructed node. */
export const children = (node: Node): Array<Node> => {
  const out: Array<Node> = []
  for (let at = 0; at < node.contents.length;) {
    const r = read(node.contents, at)
    out.push(r.node)
    at = r.next
  }
  return out
}
