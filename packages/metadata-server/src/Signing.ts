/**
 * Signatures of the instance identity document, made with `node:crypto`.
 *
 * EC2 serves three signatures of `dynamic/instance-identity/document`
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-identity-documents.html and
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/verify-iid.html, read 2026-11):
 * - `signature`: base64 of a SHA-256 / RSA (PKCS #1 v1.5) signature of the document bytes;
 * - `pkcs7`: base64 PKCS #7 SignedData over the document, SHA-1 / DSA;
 * - `rsa2048`: base64 PKCS #7 SignedData over the document, SHA-256 / RSA-2048.
 *
 * AWS verifies them against per-region public certificates. Here the certificates are self-signed,
 * made at start from keys generated at start (or given as PEM), and printed by
 * `ec2kit-metadata --print-certificate`: RSA first (for `signature` and `rsa2048`), then DSA
 * (for `pkcs7`). The PKCS #7 structures carry no signed attributes and no certificates, so the
 * signature covers the document bytes themselves (`openssl smime -verify -inform PEM -certfile
 * cert.pem -noverify` accepts them).
 *
 * @since 0.1.0
 */
import { Clock, Data, Effect } from "effect"
import * as crypto from "node:crypto"
import * as Der from "./internal/der.js"
import * as Keys from "./internal/keys.js"

/**
 * Keys or certificates could not be made or read.
 *
 * @since 0.1.0
 * @category errors
 */
export class SigningError extends Data.TaggedError("SigningError")<{ readonly message: string }> {}

/**
 * The three signatures EC2 serves next to the identity document, base64 without line breaks.
 *
 * @since 0.1.0
 * @category models
 */
export interface IdentitySignatures {
  readonly signature: string
  readonly pkcs7: string
  readonly rsa2048: string
}

/**
 * Signs identity documents and exposes the self-signed certificates to verify them.
 *
 * @since 0.1.0
 * @category models
 */
export interface Signer {
  /** PEM certificate of the RSA-2048 key (verifies `signature` and `rsa2048`). */
  readonly rsaCertificatePem: string
  /** PEM certificate of the DSA key (verifies `pkcs7`). */
  readonly dsaCertificatePem: string
  /** Signs the exact bytes of an identity document. */
  readonly sign: (document: string) => IdentitySignatures
}

const OID = {
  rsaEncryption: "1.2.840.113549.1.1.1",
  sha256WithRSA: "1.2.840.113549.1.1.11",
  dsa: "1.2.840.10040.4.1",
  dsaWithSha256: "2.16.840.1.101.3.4.3.2",
  sha1: "1.3.14.3.2.26",
  sha256: "2.16.840.1.101.3.4.2.1",
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  countryName: "2.5.4.6",
  stateOrProvinceName: "2.5.4.8",
  localityName: "2.5.4.7",
  organizationName: "2.5.4.10",
  commonName: "2.5.4.3"
} as const

const algorithm = (dotted: string, withNull: boolean) =>
  withNull ? Der.sequence(Der.oid(dotted), Der.nul()) : Der.sequence(Der.oid(dotted))

// The subject/issuer of AWS's public IMDS certificates (C=US, ST=Washington State, L=Seattle,
// O=Amazon Web Services LLC), marked as an emulator in the common name.
const issuerName = Der.sequence(
  Der.set(Der.sequence(Der.oid(OID.countryName), Der.printableString("US"))),
  Der.set(Der.sequence(Der.oid(OID.stateOrProvinceName), Der.utf8String("Washington State"))),
  Der.set(Der.sequence(Der.oid(OID.localityName), Der.utf8String("Seattle"))),
  Der.set(Der.sequence(Der.oid(OID.organizationName), Der.utf8String("Amazon Web Services LLC"))),
  Der.set(Der.sequence(Der.oid(OID.commonName), Der.utf8String("ec2kit metadata-server (emulator)")))
)

const toPem = (der: Uint8Array, label: string) => {
  const b64 = Buffer.from(der).toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "")
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`
}

interface KeyMaterial {
  readonly privateKey: crypto.KeyObject
  readonly publicKey: crypto.KeyObject
  readonly serial: Uint8Array
  readonly certificateDer: Uint8Array
}

const selfSigned = (
  privateKey: crypto.KeyObject,
  kind: "rsa" | "dsa",
  nowMillis: number
): KeyMaterial => {
  const publicKey = crypto.createPublicKey(privateKey)
  const spki = new Uint8Array(publicKey.export({ type: "spki", format: "der" }))
  const serial = new Uint8Array(crypto.randomBytes(16))
  serial[0] = (serial[0] ?? 0) & 0x7f
  const sigAlg = kind === "rsa" ? algorithm(OID.sha256WithRSA, true) : algorithm(OID.dsaWithSha256, false)
  const tbs = Der.sequence(
    Der.context(0, Der.integer(2)), // v3
    Der.integerBytes(serial),
    sigAlg,
    issuerName,
    Der.sequence(Der.time(nowMillis - 86_400_000), Der.time(nowMillis + 10 * 365 * 86_400_000)),
    issuerName,
    spki
  )
  const sig = new Uint8Array(crypto.sign("sha256", tbs, privateKey))
  const certificateDer = Der.sequence(tbs, sigAlg, Der.bitString(sig))
  return { privateKey, publicKey, serial, certificateDer }
}

const pkcs7 = (
  content: Uint8Array,
  key: KeyMaterial,
  digest: "sha1" | "sha256",
  kind: "rsa" | "dsa"
): Uint8Array => {
  const signature = new Uint8Array(crypto.sign(digest, content, key.privateKey))
  const digestAlg = algorithm(digest === "sha1" ? OID.sha1 : OID.sha256, false)
  const signerInfo = Der.sequence(
    Der.integer(1),
    Der.sequence(issuerName, Der.integerBytes(key.serial)),
    digestAlg,
    kind === "rsa" ? algorithm(OID.rsaEncryption, true) : algorithm(OID.dsa, false),
    Der.octetString(signature)
  )
  const signedData = Der.sequence(
    Der.integer(1),
    Der.set(digestAlg),
    Der.sequence(Der.oid(OID.data), Der.context(0, Der.octetString(content))),
    Der.set(signerInfo)
  )
  return Der.sequence(Der.oid(OID.signedData), Der.context(0, signedData))
}

// EC2 serves these as base64 in 64-character lines, without a trailing newline.
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64").replace(/(.{64})(?=.)/g, "$1\n")

const generate = (type: "rsa" | "dsa") =>
  Effect.tryPromise({
    try: () => Keys.take(type),
    catch: (e) => new SigningError({ message: `cannot generate a ${type} key: ${(e as Error).message}` })
  })

const load = (pem: string, type: "rsa" | "dsa") =>
  Effect.try({
    try: () => {
      const key = crypto.createPrivateKey(pem)
      if (key.asymmetricKeyType !== type) throw new Error(`expected a ${type.toUpperCase()} key, got ${key.asymmetricKeyType}`)
      return key
    },
    catch: (e) => new SigningError({ message: `bad ${type.toUpperCase()} private key: ${(e as Error).message}` })
  })

/**
 * Options of {@link make}: PEM private keys to use instead of fresh ones.
 *
 * @since 0.1.0
 * @category models
 */
export interface SignerOptions {
  readonly rsaPrivateKeyPem?: string | undefined
  readonly dsaPrivateKeyPem?: string | undefined
}

/**
 * Makes a signer: keys generated (in parallel, off the main thread) or loaded, self-signed
 * certificates valid from a day before `Clock`'s now for ten years.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: SignerOptions = {}): Effect.Effect<Signer, SigningError> =>
  Effect.gen(function*() {
    const now = yield* Clock.currentTimeMillis
    const [rsaKey, dsaKey] = yield* Effect.all([
      options.rsaPrivateKeyPem === undefined ? generate("rsa") : load(options.rsaPrivateKeyPem, "rsa"),
      options.dsaPrivateKeyPem === undefined ? generate("dsa") : load(options.dsaPrivateKeyPem, "dsa")
    ], { concurrency: 2 })
    const rsa = selfSigned(rsaKey, "rsa", now)
    const dsa = selfSigned(dsaKey, "dsa", now)
    return {
      rsaCertificatePem: toPem(rsa.certificateDer, "CERTIFICATE"),
      dsaCertificatePem: toPem(dsa.certificateDer, "CERTIFICATE"),
      sign: (document) => {
        const bytes = new TextEncoder().encode(document)
        return {
          signature: b64(new Uint8Array(crypto.sign("sha256", bytes, rsa.privateKey))),
          pkcs7: b64(pkcs7(bytes, dsa, "sha1", "dsa")),
          rsa2048: b64(pkcs7(bytes, rsa, "sha256", "rsa"))
        }
      }
    }
  })
