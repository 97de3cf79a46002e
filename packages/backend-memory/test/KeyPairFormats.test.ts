/**
 * CreateKeyPair KeyFormat "ppk": the returned KeyMaterial is parsed here independently of the backend's
 * encoder (line structure, canonical base64 blobs, Private-MAC recomputed with node:crypto), and the key
 * is rebuilt with node:crypto from the file's own blobs (sign/verify round trip, fingerprint rules).
 */
import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign,
  timingSafeEqual,
  verify
} from "node:crypto"
import { Ec2 } from "@ec2kit/core"
import type { Ec2Error } from "@ec2kit/core"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Ec2Memory from "../src/Ec2Memory.js"
import { ed25519PpkPrivateBlob, ppkFile, rsaPpkPrivateBlob } from "../src/operations/keyPairs.js"

const runs = (n: number) => (process.env["CI"] ? Math.max(n, 1000) : n)

const run = <A>(self: Effect.Effect<A, Ec2Error.Ec2Error, Ec2.Ec2>): Promise<A> =>
  Effect.runPromise(
    Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer({ seed: 11 })))).pipe(Effect.provide(TestClock.layer())) as Effect.Effect<A>
  )

/** The error's code and message; a success shows up as a code no test expects. */
const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) =>
  Effect.match(e, {
    onFailure: (x) => ({ code: x.code, message: x.reason.message }),
    onSuccess: () => ({ code: "(succeeded)", message: "" })
  })

// ------------------------------------------------------------------------------------------------
// An independent PPK v2 reader (PuTTY manual, Appendix C; sshpubk.c ssh2_load_userkey)
// ------------------------------------------------------------------------------------------------

interface Ppk {
  readonly version: number
  readonly algorithm: string
  readonly encryption: string
  readonly comment: string
  readonly publicBlob: Buffer
  readonly privateBlob: Buffer
  readonly mac: string
}

const lenPrefixed = (b: Buffer | string) => {
  const buf = Buffer.from(b)
  const n = Buffer.alloc(4)
  n.writeUInt32BE(buf.length)
  return Buffer.concat([n, buf])
}

/** Parses an unencrypted PPK v2 file strictly; a string is the reason it was rejected. */
const parsePpk = (text: string): Ppk | string => {
  if (text.includes("\r")) return "CR in file"
  if (text.endsWith("\n")) return "trailing newline"
  const lines = text.split("\n")
  let i = 0
  const header = (name: string): string | undefined => {
    const m = lines[i++]?.match(/^([A-Za-z0-9-]+): (.*)$/)
    return m !== null && m !== undefined && m[1] === name ? m[2] : undefined
  }
  const blob = (name: string): Buffer | undefined => {
    const count = header(name)
    if (count === undefined || !/^[1-9][0-9]*$/.test(count)) return undefined
    const n = Number(count)
    const chunk = lines.slice(i, i + n)
    i += n
    if (chunk.length !== n) return undefined
    if (chunk.some((l, k) => !/^[A-Za-z0-9+/]+={0,2}$/.test(l) || (k < n - 1 ? l.length !== 64 : l.length < 1 || l.length > 64))) {
      return undefined
    }
    const b64 = chunk.join("")
    const bytes = Buffer.from(b64, "base64")
    return bytes.toString("base64") === b64 ? bytes : undefined // canonical base64 only
  }
  const first = lines[i++]?.match(/^PuTTY-User-Key-File-([0-9]+): (.+)$/)
  if (first === null || first === undefined) return "bad first line"
  const encryption = header("Encryption")
  if (encryption !== "none") return "not unencrypted"
  const comment = header("Comment")
  if (comment === undefined) return "no comment"
  const publicBlob = blob("Public-Lines")
  if (publicBlob === undefined) return "bad public lines"
  const privateBlob = blob("Private-Lines")
  if (privateBlob === undefined) return "bad private lines"
  const mac = header("Private-MAC")
  if (mac === undefined || !/^[0-9a-f]{40}$/.test(mac)) return "bad MAC line"
  if (i !== lines.length) return "extra lines"
  const version = Number(first[1])
  const algorithm = first[2]!
  if (version !== 2) return "not version 2"
  const macKey = createHash("sha1").update("putty-private-key-file-mac-key").digest()
  const expected = createHmac("sha1", macKey)
    .update(Buffer.concat([
      lenPrefixed(algorithm),
      lenPrefixed(encryption),
      lenPrefixed(comment),
      lenPrefixed(publicBlob),
      lenPrefixed(privateBlob)
    ]))
    .digest()
  if (!timingSafeEqual(expected, Buffer.from(mac, "hex"))) return "MAC failed"
  return { version, algorithm, encryption, comment, publicBlob, privateBlob, mac }
}

/** Reads SSH strings / mpints off a buffer; undefined when malformed. */
const reader = (b: Buffer) => {
  let at = 0
  const string = (): Buffer | undefined => {
    if (at + 4 > b.length) return undefined
    const n = b.readUInt32BE(at)
    if (at + 4 + n > b.length) return undefined
    const out = b.subarray(at + 4, at + 4 + n)
    at += 4 + n
    return out
  }
  /** A canonical positive RFC 4251 mpint as a bigint. */
  const mpint = (): bigint | undefined => {
    const s = string()
    if (s === undefined || s.length === 0 || s[0]! & 0x80) return undefined
    if (s[0] === 0 && (s.length === 1 || !(s[1]! & 0x80))) return undefined // no redundant leading zero
    return BigInt(`0x${s.toString("hex")}`)
  }
  return { string, mpint, done: () => at === b.length }
}

const toB64u = (x: bigint) => {
  const hex = x.toString(16)
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex").toString("base64url")
}
const fromB64u = (s: string) => BigInt(`0x${Buffer.from(s, "base64url").toString("hex")}`)
const modPow = (b: bigint, e: bigint, m: bigint) => {
  let r = 1n
  b %= m
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m
  return r
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b))
const colonHex = (b: Buffer) => b.toString("hex").match(/../g)!.join(":")

interface RsaParts {
  readonly n: bigint
  readonly e: bigint
  readonly d: bigint
  readonly p: bigint
  readonly q: bigint
  readonly iqmp: bigint
}

/** Decodes the RSA blobs of a PPK file (public: string "ssh-rsa", mpint e, mpint n; private: d, p, q, iqmp, no padding). */
const rsaParts = (ppk: Ppk): RsaParts | undefined => {
  const pub = reader(ppk.publicBlob)
  if (pub.string()?.toString() !== "ssh-rsa") return undefined
  const e = pub.mpint()
  const n = pub.mpint()
  const priv = reader(ppk.privateBlob)
  const d = priv.mpint()
  const p = priv.mpint()
  const q = priv.mpint()
  const iqmp = priv.mpint()
  if ([e, n, d, p, q, iqmp].some((x) => x === undefined) || !pub.done() || !priv.done()) return undefined
  return { n: n!, e: e!, d: d!, p: p!, q: q!, iqmp: iqmp! }
}

/** Rebuilds the private key with node:crypto from the PPK components alone. */
const rsaPrivateKey = (k: RsaParts): KeyObject =>
  createPrivateKey({
    key: {
      kty: "RSA",
      n: toB64u(k.n),
      e: toB64u(k.e),
      d: toB64u(k.d),
      p: toB64u(k.p),
      q: toB64u(k.q),
      dp: toB64u(k.d % (k.p - 1n)),
      dq: toB64u(k.d % (k.q - 1n)),
      qi: toB64u(k.iqmp)
    },
    format: "jwk"
  })

/** Decodes the ED25519 blobs (public: string "ssh-ed25519", string(32); private: string(32 seed), no padding). */
const ed25519Parts = (ppk: Ppk): { readonly pub: Buffer; readonly seed: Buffer } | undefined => {
  const pub = reader(ppk.publicBlob)
  if (pub.string()?.toString() !== "ssh-ed25519") return undefined
  const x = pub.string()
  const priv = reader(ppk.privateBlob)
  const seed = priv.string()
  if (x === undefined || seed === undefined || x.length !== 32 || seed.length !== 32 || !pub.done() || !priv.done()) return undefined
  return { pub: x, seed }
}

/** The ED25519 private key for a seed (RFC 8410 PKCS#8 wrapping), through node:crypto. */
const ed25519FromSeed = (seed: Buffer) =>
  createPrivateKey({ key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]), format: "der", type: "pkcs8" })

const mustParse = (text: string | undefined): Ppk => {
  const p = parsePpk(text ?? "")
  if (typeof p === "string") throw new Error(`PPK rejected: ${p}`)
  return p
}

const message = Buffer.from("ec2kit ppk round trip")

// ------------------------------------------------------------------------------------------------

describe("CreateKeyPair KeyFormat ppk", () => {
  it("RSA: a PuTTY-User-Key-File-2 whose blobs rebuild the key, with AWS's created-RSA fingerprint", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const out = yield* ec2.createKeyPair({ KeyName: "putty rsa", KeyFormat: "ppk" })
      const text = out.KeyMaterial!
      expect(text.split("\n").slice(0, 3)).toEqual(["PuTTY-User-Key-File-2: ssh-rsa", "Encryption: none", "Comment: putty rsa"])
      expect(text).toMatch(/\nPublic-Lines: [0-9]+\n/)
      expect(text).toMatch(/\nPrivate-MAC: [0-9a-f]{40}$/)
      const ppk = mustParse(text)
      expect(ppk).toMatchObject({ version: 2, algorithm: "ssh-rsa", encryption: "none", comment: "putty rsa" })

      const k = rsaParts(ppk)!
      expect(k).toBeDefined()
      expect(k.n.toString(2)).toHaveLength(2048)
      expect(k.p * k.q).toBe(k.n)
      expect((k.iqmp * k.q) % k.p).toBe(1n)
      const lambda = ((k.p - 1n) * (k.q - 1n)) / gcd(k.p - 1n, k.q - 1n)
      expect((k.e * k.d) % lambda).toBe(1n)
      expect(modPow(modPow(123456789n, k.e, k.n), k.d, k.n)).toBe(123456789n)

      // the public blob alone, through node:crypto, verifies what the private components sign
      const publicKey = createPublicKey({ key: { kty: "RSA", n: toB64u(k.n), e: toB64u(k.e) }, format: "jwk" })
      const privateKey = rsaPrivateKey(k)
      const sig = sign("sha256", message, privateKey)
      expect(verify("sha256", message, publicKey, sig)).toBe(true)
      expect(verify("sha256", Buffer.from("tampered"), publicKey, sig)).toBe(false)
      const pj = createPublicKey(privateKey).export({ format: "jwk" })
      expect([fromB64u(pj.n!), fromB64u(pj.e!)]).toEqual([k.n, k.e])

      // created RSA: SHA-1 of the PKCS#8 DER private key, colon hex — the same rule as pem
      expect(out.KeyFingerprint).toBe(colonHex(createHash("sha1").update(privateKey.export({ type: "pkcs8", format: "der" })).digest()))
      expect(out.KeyFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/)

      const { KeyPairs } = yield* ec2.describeKeyPairs({ KeyNames: ["putty rsa"], IncludePublicKey: true })
      expect(KeyPairs?.[0]).toMatchObject({ KeyName: "putty rsa", KeyType: "rsa", KeyFingerprint: out.KeyFingerprint })
      expect(KeyPairs?.[0]?.PublicKey).toBe(`ssh-rsa ${ppk.publicBlob.toString("base64")} putty rsa`)
    })))

  it("ED25519: a PuTTY-User-Key-File-2 whose public blob matches the seed, with the base64 SHA-256 fingerprint", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const out = yield* ec2.createKeyPair({ KeyName: "putty-ed", KeyType: "ed25519", KeyFormat: "ppk" })
      const ppk = mustParse(out.KeyMaterial)
      expect(ppk).toMatchObject({ version: 2, algorithm: "ssh-ed25519", encryption: "none", comment: "putty-ed" })
      expect(out.KeyMaterial!.split("\n")[0]).toBe("PuTTY-User-Key-File-2: ssh-ed25519")

      const { pub, seed } = ed25519Parts(ppk)!
      const privateKey = ed25519FromSeed(seed)
      expect(Buffer.from(createPublicKey(privateKey).export({ format: "jwk" }).x!, "base64url").equals(pub)).toBe(true)
      const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: pub.toString("base64url") }, format: "jwk" })
      const sig = sign(null, message, privateKey)
      expect(verify(null, message, publicKey, sig)).toBe(true)
      expect(verify(null, Buffer.from("tampered"), publicKey, sig)).toBe(false)

      // ED25519: base64 SHA-256 of the public blob, '=' padding kept, no "SHA256:" prefix — the same rule as pem
      expect(out.KeyFingerprint).toBe(createHash("sha256").update(ppk.publicBlob).digest("base64"))
      expect(out.KeyFingerprint).toMatch(/^[A-Za-z0-9+/]{43}=$/)

      const { KeyPairs } = yield* ec2.describeKeyPairs({ KeyNames: ["putty-ed"], IncludePublicKey: true })
      expect(KeyPairs?.[0]).toMatchObject({ KeyType: "ed25519", KeyFingerprint: out.KeyFingerprint })
      expect(KeyPairs?.[0]?.PublicKey).toBe(`ssh-ed25519 ${ppk.publicBlob.toString("base64")} putty-ed`)
    })))

  it("pem stays the default, and the fingerprint rule does not depend on the format", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const dflt = yield* ec2.createKeyPair({ KeyName: "d" })
      const pem = yield* ec2.createKeyPair({ KeyName: "p", KeyFormat: "pem" })
      expect(dflt.KeyMaterial).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/)
      expect(pem.KeyMaterial).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/)
      const der = createPrivateKey(pem.KeyMaterial!).export({ type: "pkcs8", format: "der" })
      expect(pem.KeyFingerprint).toBe(colonHex(createHash("sha1").update(der).digest()))
      const edPem = yield* ec2.createKeyPair({ KeyName: "e", KeyType: "ed25519", KeyFormat: "pem" })
      expect(edPem.KeyMaterial).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/)
      expect(edPem.KeyFingerprint).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    })))

  it("keeps CreateKeyPair's error paths for ppk (duplicate name, DryRun, bad name) — code and message", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      yield* ec2.createKeyPair({ KeyName: "dup", KeyType: "ed25519", KeyFormat: "ppk" })
      expect(yield* err(ec2.createKeyPair({ KeyName: "dup", KeyFormat: "ppk" }))).toEqual({
        code: "InvalidKeyPair.Duplicate",
        message: "The keypair 'dup' already exists."
      })
      expect(yield* err(ec2.createKeyPair({ KeyName: "dry", KeyFormat: "ppk", DryRun: true }))).toEqual({
        code: "DryRunOperation",
        message: "Request would have succeeded, but DryRun flag is set."
      })
      expect(yield* err(ec2.createKeyPair({ KeyName: "", KeyFormat: "ppk" }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid value '' for KeyName."
      })
      const { KeyPairs } = yield* ec2.describeKeyPairs({})
      expect(KeyPairs?.map((k) => k.KeyName)).toEqual(["dup"])
    })))

  it("property: every ppk CreateKeyPair returns a file that parses, carries the key name and a valid MAC (ed25519)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const ctx = yield* Effect.context<never>()
      const seen = new Set<string>()
      const name = fc.stringMatching(/^[\x20-\x7e]{1,255}$/).filter((n) => !seen.has(n))
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(name, async (KeyName) => {
            seen.add(KeyName)
            const out = await Effect.runPromiseWith(ctx)(ec2.createKeyPair({ KeyName, KeyType: "ed25519", KeyFormat: "ppk" }))
            const ppk = mustParse(out.KeyMaterial)
            expect(ppk.comment).toBe(KeyName)
            const parts = ed25519Parts(ppk)
            expect(parts).toBeDefined()
            expect(out.KeyFingerprint).toBe(createHash("sha256").update(ppk.publicBlob).digest("base64"))
          }),
          { numRuns: runs(1000) }
        )
      )
    })))

  it("property: the encoder over generated keys round-trips through the reader, and any tampering is rejected", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      // key generation is slow (RSA): make a few keys once, then property-test the encoder over them
      const files: Array<{ readonly name: string; readonly text: string; readonly ppk: Ppk }> = []
      for (const [i, KeyType] of (["rsa", "rsa", "ed25519", "ed25519"] as const).entries()) {
        const out = yield* ec2.createKeyPair({ KeyName: `fixture-${i}`, KeyType, KeyFormat: "ppk" })
        files.push({ name: `fixture-${i}`, text: out.KeyMaterial!, ppk: mustParse(out.KeyMaterial) })
      }
      // the exported encoder reproduces EC2's KeyMaterial byte for byte from the parsed components
      for (const f of files) {
        const rsa = rsaParts(f.ppk)
        const big = (x: bigint) => Buffer.from(toB64u(x), "base64url")
        const priv = rsa !== undefined
          ? rsaPpkPrivateBlob(big(rsa.d), big(rsa.p), big(rsa.q), big(rsa.iqmp))
          : ed25519PpkPrivateBlob(ed25519Parts(f.ppk)!.seed)
        expect(priv.equals(f.ppk.privateBlob)).toBe(true)
        expect(ppkFile(f.ppk.algorithm as "ssh-rsa", f.ppk.publicBlob, priv, f.name)).toBe(f.text)
      }

      const comment = fc.stringMatching(/^[\x20-\x7e]{0,255}$/)
      const file = fc.constantFrom(...files)
      fc.assert(
        fc.property(file, comment, (f, c) => {
          const text = ppkFile(f.ppk.algorithm as "ssh-rsa", f.ppk.publicBlob, f.ppk.privateBlob, c)
          const back = parsePpk(text)
          expect(back).toEqual({ ...f.ppk, comment: c, mac: (back as Ppk).mac })
          // public blob lines: 64 base64 characters each except the last
          const lines = text.split("\n")
          const n = Number(lines[3]!.slice("Public-Lines: ".length))
          expect(lines.slice(4, 4 + n).join("")).toBe(f.ppk.publicBlob.toString("base64"))
        }),
        { numRuns: runs(1000) }
      )

      const hex = "0123456789abcdef"
      const mutation = fc.oneof(
        // a different MAC digit
        fc.record({ kind: fc.constant("mac" as const), at: fc.nat(39), by: fc.integer({ min: 1, max: 15 }) }),
        // a flipped bit in a blob (re-encoded, so the structure stays valid)
        fc.record({ kind: fc.constantFrom("public" as const, "private" as const), at: fc.nat(), bit: fc.nat(7) }),
        // a changed comment
        fc.record({ kind: fc.constant("comment" as const), extra: fc.stringMatching(/^[\x20-\x7e]{1,8}$/) })
      )
      fc.assert(
        fc.property(file, mutation, (f, m) => {
          const { algorithm, comment: c, publicBlob, privateBlob } = f.ppk
          let text: string
          if (m.kind === "mac") {
            const digit = hex[(hex.indexOf(f.ppk.mac[m.at]!) + m.by) % 16]!
            text = f.text.replace(/[0-9a-f]{40}$/, f.ppk.mac.slice(0, m.at) + digit + f.ppk.mac.slice(m.at + 1))
          } else if (m.kind === "comment") {
            text = f.text.replace(`\nComment: ${c}\n`, () => `\nComment: ${c}${m.extra}\n`) // a function: no `$&` patterns
          } else {
            const target = Buffer.from(m.kind === "public" ? publicBlob : privateBlob)
            const at = m.at % target.length
            target[at] = target[at]! ^ (1 << m.bit)
            const macLine = `Private-MAC: ${f.ppk.mac}`
            const tampered = ppkFile(algorithm as "ssh-rsa", m.kind === "public" ? target : publicBlob, m.kind === "private" ? target : privateBlob, c)
            text = tampered.replace(/Private-MAC: [0-9a-f]{40}$/, macLine) // keep the original MAC
          }
          expect(text).not.toBe(f.text)
          expect(parsePpk(text)).toBe("MAC failed")
        }),
        { numRuns: runs(1000) }
      )
    })), 60_000)

  it("property: the RSA private blob is four canonical mpints of the given magnitudes", () => {
    // RSA components are positive: at least one non-zero byte
    const magnitude = fc.uint8Array({ minLength: 1, maxLength: 300 }).filter((b) => b.some((x) => x !== 0))
    fc.assert(
      fc.property(magnitude, magnitude, magnitude, magnitude, (d, p, q, iqmp) => {
        const blob = rsaPpkPrivateBlob(Buffer.from(d), Buffer.from(p), Buffer.from(q), Buffer.from(iqmp))
        const r = reader(blob)
        const read = () => {
          const s = r.string()!
          expect(s.length === 0 || !(s[0]! & 0x80)).toBe(true) // non-negative
          expect(s.length === 0 || s[0] !== 0 || (s.length > 1 && s[1]! & 0x80)).toBeTruthy() // minimal
          return s.length === 0 ? 0n : BigInt(`0x${s.toString("hex")}`)
        }
        const value = (b: Uint8Array) => BigInt(`0x${Buffer.from([0, ...b]).toString("hex")}`)
        expect([read(), read(), read(), read()]).toEqual([value(d), value(p), value(q), value(iqmp)])
        expect(r.done()).toBe(true)
      }),
      { numRuns: runs(1000) }
    )
  })
})
