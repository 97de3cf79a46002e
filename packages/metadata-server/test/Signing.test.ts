import { Effect, Exit } from "effect"
import * as crypto from "node:crypto"
import { describe, expect, it } from "vitest"
import * as Signing from "../src/Signing.js"

describe("Signing", () => {
  it("uses PEM keys from the configuration: certificates carry their public keys and verify", async () => {
    const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
    const dsa = crypto.generateKeyPairSync("dsa", { modulusLength: 1024, divisorLength: 160 })
    const signer = await Effect.runPromise(Signing.make({
      rsaPrivateKeyPem: rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      dsaPrivateKeyPem: dsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    }))
    const rsaCert = new crypto.X509Certificate(signer.rsaCertificatePem)
    const dsaCert = new crypto.X509Certificate(signer.dsaCertificatePem)
    expect(rsaCert.publicKey.export({ type: "spki", format: "pem" })).toBe(rsa.publicKey.export({ type: "spki", format: "pem" }))
    expect(dsaCert.publicKey.export({ type: "spki", format: "pem" })).toBe(dsa.publicKey.export({ type: "spki", format: "pem" }))
    expect(rsaCert.subject).toContain("O=Amazon Web Services LLC")
    const sigs = signer.sign("{ }")
    expect(crypto.verify("sha256", Buffer.from("{ }"), rsa.publicKey, Buffer.from(sigs.signature, "base64"))).toBe(true)
    // base64 in 64-character lines, no trailing newline, as EC2 serves them
    for (const s of [sigs.signature, sigs.pkcs7, sigs.rsa2048]) {
      expect(s.split("\n").every((l) => l.length <= 64)).toBe(true)
      expect(s.endsWith("\n")).toBe(false)
    }
  })

  it("a bad or mismatched key fails with SigningError naming the problem", async () => {
    const bad = await Effect.runPromiseExit(Signing.make({ rsaPrivateKeyPem: "not a key" }))
    expect(Exit.isFailure(bad)).toBe(true)
    const ec = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    const wrong = await Effect.runPromise(Effect.flip(Signing.make({ rsaPrivateKeyPem: ec })))
    expect(wrong._tag).toBe("SigningError")
    expect(wrong.message).toBe("bad RSA private key: expected a RSA key, got ec")
  })
})

describe("Signing, checked by openssl (an independent PKCS #7 parser)", () => {
  it("openssl smime -verify accepts rsa2048 and pkcs7; openssl dgst accepts signature", async () => {
    const { spawnSync } = await import("node:child_process")
    const fs = await import("node:fs")
    const os = await import("node:os")
    const path = await import("node:path")
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-sign-"))
    const f = (name: string, content: string) => {
      const p = path.join(dir, name)
      fs.writeFileSync(p, content)
      return p
    }
    const signer = await Effect.runPromise(Signing.make())
    const document = "{\n  \"instanceId\" : \"i-0123456789abcdef0\"\n}"
    const sigs = signer.sign(document)
    const doc = f("document", document)
    const pem = (b64: string) => `-----BEGIN PKCS7-----\n${b64}\n-----END PKCS7-----\n`
    const openssl = (...args: Array<string>) => spawnSync("openssl", args, { encoding: "utf8" })
    expect(openssl("version").status, "openssl is required (apt-get install -y openssl)").toBe(0)
    const rsaCert = f("rsa.pem", signer.rsaCertificatePem)
    const dsaCert = f("dsa.pem", signer.dsaCertificatePem)
    const r1 = openssl("smime", "-verify", "-in", f("rsa2048", pem(sigs.rsa2048)), "-inform", "PEM", "-content", doc, "-certfile", rsaCert, "-noverify", "-out", path.join(dir, "out1"))
    expect(r1.status, r1.stderr).toBe(0)
    const r2 = openssl("smime", "-verify", "-in", f("pkcs7", pem(sigs.pkcs7)), "-inform", "PEM", "-content", doc, "-certfile", dsaCert, "-noverify", "-out", path.join(dir, "out2"))
    expect(r2.status, r2.stderr).toBe(0)
    fs.writeFileSync(path.join(dir, "sig.bin"), Buffer.from(sigs.signature, "base64"))
    const pub = f("pub.pem", openssl("x509", "-in", rsaCert, "-pubkey", "-noout").stdout)
    const r3 = openssl("dgst", "-sha256", "-verify", pub, "-signature", path.join(dir, "sig.bin"), doc)
    expect(r3.stdout.trim(), r3.stderr).toBe("Verified OK")
    const tampered = f("tampered", `${document} `)
    expect(openssl("smime", "-verify", "-in", path.join(dir, "rsa2048"), "-inform", "PEM", "-content", tampered, "-certfile", rsaCert, "-noverify", "-out", path.join(dir, "out3")).status).not.toBe(0)
  })
})
