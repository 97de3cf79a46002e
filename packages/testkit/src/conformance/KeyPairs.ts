/**
 * Conformance group: key pairs. Registered by `Conformance.suite`, whose body held it before it had a module of
 * its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("key pairs", () => {
    const colonHex = (b: Buffer) => b.toString("hex").match(/../g)!.join(":")
    const sshBlob = (parts: ReadonlyArray<Buffer>) =>
      Buffer.concat(parts.flatMap((p) => {
        const len = Buffer.alloc(4)
        len.writeUInt32BE(p.length)
        return [len, p]
      }))
    const ed25519Blob = (publicKey: ReturnType<typeof createPublicKey>) =>
      sshBlob([Buffer.from("ssh-ed25519"), Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url")])
    /**
     * The ED25519 fingerprint as EC2 returns it: base64 SHA-256 of the OpenSSH public blob, WITH the
     * '=' padding (unlike `ssh-keygen -l`, which drops it and prefixes `SHA256:`). Sources: KeyPairInfo
     * "base64-encoded SHA-256 digest" — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_KeyPairInfo.html;
     * observed padded values from real EC2: mulgadc/spinifex#571 (2026-07, us-east-1, e.g.
     * "odzmoB4gyxi1jn9vGD4c+bOpt1XUX1JUyaHaWHHCO2w="), eksctl-io/eksctl#5145/#5151 ("AWS … ends up with an
     * extra padding"), ansible-collections/amazon.aws#2406 ("Pads the standard sha256 fingerprint to match
     * the AWS format") (read 2026-11).
     */
    const awsEd25519Fingerprint = (blob: Buffer) => createHash("sha256").update(blob).digest("base64")
    const readSsh = (b: Buffer, at: number): readonly [Buffer, number] => {
      expect(at + 4, "truncated SSH string").toBeLessThanOrEqual(b.length)
      const n = b.readUInt32BE(at)
      expect(at + 4 + n, "truncated SSH string").toBeLessThanOrEqual(b.length)
      return [b.subarray(at + 4, at + 4 + n), at + 4 + n]
    }
    /**
     * Parses an unencrypted `openssh-key-v1` private key (PROTOCOL.key in OpenSSH) holding one ED25519
     * key; returns the public blob of its header, and the public key derived with node:crypto from the
     * 32-byte seed of its private section (so the fingerprint is checked against the key itself).
     */
    const parseOpensshEd25519 = (pemText: string) => {
      const m = /^-----BEGIN OPENSSH PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END OPENSSH PRIVATE KEY-----\n?$/.exec(pemText)
      expect(m, "KeyMaterial is an OpenSSH private key").not.toBeNull()
      const b = Buffer.from(m![1]!.replace(/\n/g, ""), "base64")
      const magic = Buffer.from("openssh-key-v1\0")
      expect(b.subarray(0, magic.length).equals(magic)).toBe(true)
      let at = magic.length
      const [cipher, a1] = readSsh(b, at)
      const [kdf, a2] = readSsh(b, a1)
      const [, a3] = readSsh(b, a2) // kdf options
      expect([cipher.toString(), kdf.toString()]).toEqual(["none", "none"])
      expect(b.readUInt32BE(a3)).toBe(1) // one key
      const [publicBlob, a4] = readSsh(b, a3 + 4)
      const [priv, end] = readSsh(b, a4)
      expect(end).toBe(b.length)
      expect(priv.readUInt32BE(0)).toBe(priv.readUInt32BE(4)) // check ints
      at = 8
      const [type, p1] = readSsh(priv, at)
      const [pub, p2] = readSsh(priv, p1)
      const [secret] = readSsh(priv, p2)
      expect(type.toString()).toBe("ssh-ed25519")
      expect([pub.length, secret.length]).toEqual([32, 64])
      expect(secret.subarray(32).equals(pub)).toBe(true)
      // PKCS#8 DER of an Ed25519 seed (RFC 8410 §7): fixed 16-byte prefix + the 32-byte seed
      const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), secret.subarray(0, 32)])
      const derived = createPublicKey(createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" }))
      return { publicBlob, derived, pub }
    }

    it("CreateKeyPair rsa: real PEM key; fingerprint = SHA-1 of the DER (PKCS#8) private key", () =>
      world((t) => Effect.gen(function*() {
        const k = yield* H.orDieWithCode(t.ec2.createKeyPair({ KeyName: `rsa-${t.runId}`, KeyType: "rsa" }))
        const key = createPrivateKey(k.KeyMaterial!)
        expect(key.asymmetricKeyType).toBe("rsa")
        expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048)
        const der = key.export({ type: "pkcs8", format: "der" })
        expect(k.KeyFingerprint).toBe(colonHex(createHash("sha1").update(der).digest()))
        yield* H.expectError(
          t.ec2.createKeyPair({ KeyName: `rsa-${t.runId}` }),
          "InvalidKeyPair.Duplicate",
          `The keypair 'rsa-${t.runId}' already exists.`
        )
        const d = yield* H.orDieWithCode(t.ec2.describeKeyPairs({ KeyNames: [`rsa-${t.runId}`] }))
        expect([d.KeyPairs?.[0]?.KeyFingerprint, d.KeyPairs?.[0]?.KeyType]).toEqual([k.KeyFingerprint, "rsa"])
        yield* H.orDieWithCode(t.ec2.deleteKeyPair({ KeyName: `rsa-${t.runId}` }))
        yield* H.expectError(
          t.ec2.describeKeyPairs({ KeyNames: [`rsa-${t.runId}`] }),
          "InvalidKeyPair.NotFound",
          `The key pair 'rsa-${t.runId}' does not exist`
        )
      })))

    it("CreateKeyPair ed25519: OpenSSH private key; fingerprint = padded base64 SHA-256 of its public blob", () =>
      world((t) => Effect.gen(function*() {
        const KeyName = `ed-${t.runId}`
        const k = yield* H.orDieWithCode(t.ec2.createKeyPair({ KeyName, KeyType: "ed25519" }))
        // KeyMaterial for ED25519 is an OpenSSH-format private key ("-----BEGIN OPENSSH PRIVATE KEY-----",
        // what `ssh -i` loads); the API reference only says "unencrypted PEM encoded RSA or ED25519 private
        // key" — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html (read 2026-11)
        const { publicBlob, derived, pub } = parseOpensshEd25519(k.KeyMaterial!)
        // the header's public blob, the private section's public half and the key derived from the seed agree
        expect(publicBlob.equals(sshBlob([Buffer.from("ssh-ed25519"), pub]))).toBe(true)
        expect(publicBlob.equals(ed25519Blob(derived))).toBe(true)
        expect(k.KeyFingerprint).toBe(awsEd25519Fingerprint(publicBlob))
        expect(k.KeyFingerprint).toMatch(/^[A-Za-z0-9+/]{43}=$/)
        const d = yield* H.orDieWithCode(t.ec2.describeKeyPairs({ KeyNames: [KeyName], IncludePublicKey: true }))
        expect([d.KeyPairs?.[0]?.KeyFingerprint, d.KeyPairs?.[0]?.KeyType]).toEqual([k.KeyFingerprint, "ed25519"])
        expect(d.KeyPairs?.[0]?.PublicKey?.split(" ").slice(0, 2)).toEqual(["ssh-ed25519", publicBlob.toString("base64")])
      })))

    it("ImportKeyPair: ed25519 padded base64 SHA-256; rsa MD5 of the DER SubjectPublicKeyInfo", () =>
      world((t) => Effect.gen(function*() {
        const ed = generateKeyPairSync("ed25519")
        const edLine = `ssh-ed25519 ${ed25519Blob(ed.publicKey).toString("base64")} me@host`
        const a = yield* H.orDieWithCode(t.ec2.importKeyPair({ KeyName: `imp-ed-${t.runId}`, PublicKeyMaterial: new Uint8Array(Buffer.from(edLine)) }))
        expect(a.KeyFingerprint).toBe(awsEd25519Fingerprint(ed25519Blob(ed.publicKey)))
        const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 })
        const jwk = rsa.publicKey.export({ format: "jwk" })
        const mpint = (b64: string) => {
          const b = Buffer.from(b64, "base64url")
          return b[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b
        }
        const blob = sshBlob([Buffer.from("ssh-rsa"), mpint(jwk.e!), mpint(jwk.n!)])
        const b = yield* H.orDieWithCode(
          t.ec2.importKeyPair({ KeyName: `imp-rsa-${t.runId}`, PublicKeyMaterial: new Uint8Array(Buffer.from(`ssh-rsa ${blob.toString("base64")}`)) })
        )
        // The API reference says "MD5 public key fingerprint as specified in section 4 of RFC4716" (which
        // reads as MD5 over the SSH wire blob, `ssh-keygen -l -E md5`), but EC2 hashes the DER
        // SubjectPublicKeyInfo: the user guide's verification command is `ssh-keygen -ef key -m PEM |
        // openssl rsa -RSAPublicKey_in -outform DER | openssl md5 -c`
        // (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html#verify-key-pair-fingerprints,
        // quoted in gist msoe/dc420d010cec51de73bdb854bce9b3c8), and live calls confirm it: mulgadc/spinifex#570
        // (2026-07, us-east-1), gist robdew/8b49dc02492522e2e39077f785bfc76d (describe-key-pairs output =
        // `openssl pkey -pubout -outform DER | openssl md5 -c`), apache/libcloud#133 ("extra DER encoding
        // applied to it before hashing") (read 2026-11). The SPKI is rebuilt here from the blob's e/n.
        const spki = createPublicKey({ key: { kty: "RSA", n: jwk.n!, e: jwk.e! }, format: "jwk" }).export({ type: "spki", format: "der" })
        expect(b.KeyFingerprint).toBe(colonHex(createHash("md5").update(spki).digest()))
        // …and not the OpenSSH MD5 of the wire blob
        expect(b.KeyFingerprint).not.toBe(colonHex(createHash("md5").update(blob).digest()))
      })))
  })
}
