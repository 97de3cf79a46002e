/**
 * IMDSv2 session tokens: the TTL rule for `PUT /latest/api/token` and a service that issues and
 * verifies tokens bound to one instance and one boot of it.
 *
 * Real IMDS (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html,
 * read 2026-11-22): a token is requested with a TTL of 1–21600 seconds, is "instance-specific"
 * (rejected on other instances), and is refused once expired. Whether tokens survive a stop/start is
 * not documented; ec2kit binds every token to a boot id so a restart invalidates them (the strictest
 * plausible behaviour, see /work/shared/docs/imds-reference.md §4.2 and §8).
 *
 * This module knows nothing about HTTP: the metadata server maps `parseTtl` failures
 * (`InvalidParameterValue`) to `400 - Missing or Invalid Parameters`, and any rejected token to 401.
 *
 * Token format (ec2kit's own; real tokens are opaque 56-character base64 strings such as `AQAEAH…==`):
 * 48 bytes, base64url without padding = 64 characters of `[A-Za-z0-9_-]`, safe in any HTTP header.
 *
 * | bytes | field |
 * | --- | --- |
 * | 0 | format version (1) |
 * | 1–2 | TTL in seconds, unsigned big-endian |
 * | 3–10 | issue time, epoch milliseconds, signed big-endian |
 * | 11–19 | random nonce (72 bits, `node:crypto` `randomBytes`) |
 * | 20–23 | instance tag: HMAC-SHA256(secret, instance id), truncated |
 * | 24–31 | boot tag: HMAC-SHA256(secret, instance id + boot id), truncated |
 * | 32–47 | HMAC-SHA256(secret, bytes 0–31), truncated to 128 bits |
 *
 * The signature is checked first (constant time, `timingSafeEqual`), so a token that passes it was
 * issued by this process; the tags then say whether it was issued for this instance and this boot.
 *
 * @since 0.1.0
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import { Clock, Context, Effect, Layer, Redacted, Result } from "effect"
import * as Ec2Error from "./Ec2Error.js"

// TTL bounds: "a minimum of one second, and a maximum of six hours" (21,600 s) —
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html (read 2026-11-22)
/**
 * The shortest token lifetime IMDS accepts, in seconds.
 *
 * @since 0.1.0
 * @category constants
 */
export const minTtlSeconds = 1

/**
 * The longest token lifetime IMDS accepts, in seconds (six hours).
 *
 * @since 0.1.0
 * @category constants
 */
export const maxTtlSeconds = 21_600

// Header name — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html (read 2026-11-22)
const ttlParameter = "X-aws-ec2-metadata-token-ttl-seconds"

/**
 * Length in characters of every token this module issues.
 *
 * @since 0.1.0
 * @category constants
 */
export const tokenLength = 64

const VERSION = 1
const BODY_LENGTH = 32
const MAC_LENGTH = 16
const TOKEN_BYTES = BODY_LENGTH + MAC_LENGTH // 48 bytes -> 64 base64url characters, no padding
const NONCE_LENGTH = 9
const INSTANCE_TAG_LENGTH = 4
const BOOT_TAG_LENGTH = 8
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{64}$/
// Canonical decimal without sign, spaces, leading zeros, exponent or fraction; at most 5 digits
// (21600). What real IMDS does with "+60", "060" or " 60" is undocumented (imds-reference.md §8):
// strictest plausible behaviour, rejected. HTTP itself strips surrounding whitespace from header
// values (RFC 9110 §5.5), so the server should hand over the already-trimmed field value.
const TTL_PATTERN = /^[1-9][0-9]{0,4}$/

const shown = (text: string): string => {
  const cut = text.length > 32 ? `${text.slice(0, 32)}…` : text
  return cut.replace(/[^\x20-\x7e…]/g, "?")
}

const ttlError = (text: string | undefined): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "InvalidParameterValue",
    text === undefined
      ? `Missing ${ttlParameter}: expected an integer number of seconds from ${minTtlSeconds} to ${maxTtlSeconds}.`
      : `Invalid value '${shown(text)}' for ${ttlParameter}: expected an integer number of seconds from ${minTtlSeconds} to ${maxTtlSeconds}.`
  )

/**
 * Parses the text of the `X-aws-ec2-metadata-token-ttl-seconds` header: an integer 1–21600 written
 * canonically (no sign, spaces, leading zeros, fraction, exponent or hex). Missing, empty or invalid
 * values fail with `InvalidParameterValue`, which the metadata server answers with
 * `400 - Missing or Invalid Parameters`.
 *
 * @example
 * ```ts
 * import { ImdsToken } from "@ec2kit/core"
 * ImdsToken.parseTtl("21600") // Result.succeed(21600)
 * ImdsToken.parseTtl("0")     // Result.fail(InvalidParameterValue)
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseTtl = (text: string | undefined): Result.Result<number, Ec2Error.Ec2Error> => {
  if (typeof text !== "string") return Result.fail(ttlError(undefined))
  if (!TTL_PATTERN.test(text)) return Result.fail(ttlError(text))
  const n = Number(text)
  return n >= minTtlSeconds && n <= maxTtlSeconds ? Result.succeed(n) : Result.fail(ttlError(text))
}

const checkTtlSeconds = (n: number): Result.Result<number, Ec2Error.Ec2Error> =>
  Number.isInteger(n) && n >= minTtlSeconds && n <= maxTtlSeconds
    ? Result.succeed(n)
    : Result.fail(ttlError(String(n)))

/**
 * What a token is issued for: one instance, one boot of it, one lifetime.
 *
 * @since 0.1.0
 * @category models
 */
export interface IssueRequest {
  /** The instance the token is valid on, e.g. `i-0123456789abcdef0`. */
  readonly instanceId: string
  /** Identifies one boot of the instance; must change on every stop/start (e.g. a boot counter as text). */
  readonly bootId: string
  /** Lifetime in seconds, an integer 1–21600. */
  readonly ttlSeconds: number
}

/**
 * The instance and boot a token is presented on.
 *
 * @since 0.1.0
 * @category models
 */
export interface TokenBinding {
  /** The instance receiving the request. */
  readonly instanceId: string
  /** The current boot of that instance. */
  readonly bootId: string
}

/**
 * A freshly issued token, the body of the `PUT /latest/api/token` answer.
 *
 * @since 0.1.0
 * @category models
 */
export interface IssuedToken {
  /** The token text: 64 characters of base64url. */
  readonly token: string
  /** The lifetime granted, in seconds. */
  readonly ttlSeconds: number
  /** Issue time, epoch milliseconds from `Clock`. */
  readonly issuedAt: number
  /** First instant (epoch ms) at which the token is no longer accepted: `issuedAt + ttlSeconds * 1000`. */
  readonly expiresAt: number
}

/**
 * A token that passed every check.
 *
 * @since 0.1.0
 * @category models
 */
export interface VerifiedToken {
  /** The instance it was issued for (the one it was presented on). */
  readonly instanceId: string
  /** The boot it was issued in (the current one). */
  readonly bootId: string
  /** The lifetime granted at issue, in seconds. */
  readonly ttlSeconds: number
  /** Issue time, epoch milliseconds. */
  readonly issuedAt: number
  /** First instant (epoch ms) at which the token is no longer accepted. */
  readonly expiresAt: number
}

/**
 * Why a token was refused. The metadata server answers every reason with 401; the reason is for
 * logs and tests.
 *
 * - `Malformed`: not 64 base64url characters, or an unknown format version.
 * - `BadSignature`: not issued by this process (forged, altered, or signed with another secret).
 * - `WrongInstance`: issued by this process for another instance.
 * - `WrongBoot`: issued for this instance in an earlier (or other) boot.
 * - `Expired`: the clock has reached `expiresAt`.
 *
 * @since 0.1.0
 * @category models
 */
export type TokenRejection =
  | { readonly _tag: "Malformed"; readonly message: string }
  | { readonly _tag: "BadSignature"; readonly message: string }
  | { readonly _tag: "WrongInstance"; readonly message: string }
  | { readonly _tag: "WrongBoot"; readonly message: string }
  | { readonly _tag: "Expired"; readonly message: string; readonly expiresAt: number }

/**
 * The per-process secret tokens are signed with. Use at least 32 random bytes.
 *
 * @since 0.1.0
 * @category models
 */
export type Secret = Redacted.Redacted<Uint8Array | string>

// ---------------------------------------------------------------------------------------------
// Pure signing and checking (time and randomness passed in)
// ---------------------------------------------------------------------------------------------

const keyOf = (secret: Secret): Buffer => {
  const raw = Redacted.value(secret)
  return typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.from(raw)
}

const lengthPrefixed = (s: string): Buffer => {
  const bytes = Buffer.from(s, "utf8")
  const len = Buffer.alloc(4)
  len.writeUInt32BE(bytes.length)
  return Buffer.concat([len, bytes])
}

const hmac = (key: Buffer, domain: string, ...parts: ReadonlyArray<Buffer>): Buffer => {
  const h = createHmac("sha256", key)
  h.update(lengthPrefixed(domain))
  for (const p of parts) h.update(p)
  return h.digest()
}

const instanceTag = (key: Buffer, instanceId: string): Buffer =>
  hmac(key, "ec2kit/imds-token/v1/instance", lengthPrefixed(instanceId)).subarray(0, INSTANCE_TAG_LENGTH)

const bootTag = (key: Buffer, instanceId: string, bootId: string): Buffer =>
  hmac(key, "ec2kit/imds-token/v1/boot", lengthPrefixed(instanceId), lengthPrefixed(bootId)).subarray(
    0,
    BOOT_TAG_LENGTH
  )

const macOf = (key: Buffer, body: Buffer): Buffer =>
  hmac(key, "ec2kit/imds-token/v1/token", body).subarray(0, MAC_LENGTH)

const sign = (key: Buffer, claims: TokenBinding & { readonly ttlSeconds: number; readonly issuedAt: number }, nonce: Buffer): string => {
  const body = Buffer.alloc(BODY_LENGTH)
  body.writeUInt8(VERSION, 0)
  body.writeUInt16BE(claims.ttlSeconds, 1)
  body.writeBigInt64BE(BigInt(claims.issuedAt), 3)
  nonce.copy(body, 11, 0, NONCE_LENGTH)
  instanceTag(key, claims.instanceId).copy(body, 20)
  bootTag(key, claims.instanceId, claims.bootId).copy(body, 24)
  return Buffer.concat([body, macOf(key, body)]).toString("base64url")
}

const reject = (_tag: Exclude<TokenRejection["_tag"], "Expired">, message: string): Result.Result<never, TokenRejection> =>
  Result.fail({ _tag, message })

const sameBytes = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b)

const check = (
  key: Buffer,
  token: unknown,
  binding: TokenBinding,
  now: number
): Result.Result<VerifiedToken, TokenRejection> => {
  // Length first: a huge string is refused without scanning it.
  if (typeof token !== "string" || token.length !== tokenLength || !TOKEN_PATTERN.test(token)) {
    return reject("Malformed", `The token is not ${tokenLength} base64url characters.`)
  }
  // 64 base64url characters carry exactly 48 bytes (no spare bits), so decoding is one-to-one.
  const bytes = Buffer.from(token, "base64url")
  if (bytes.length !== TOKEN_BYTES || bytes.readUInt8(0) !== VERSION) {
    return reject("Malformed", "The token has an unknown format version.")
  }
  const body = bytes.subarray(0, BODY_LENGTH)
  if (!sameBytes(macOf(key, body), bytes.subarray(BODY_LENGTH))) {
    return reject("BadSignature", "The token signature does not match.")
  }
  if (!sameBytes(instanceTag(key, binding.instanceId), body.subarray(20, 24))) {
    return reject("WrongInstance", `The token was not issued for instance ${binding.instanceId}.`)
  }
  if (!sameBytes(bootTag(key, binding.instanceId, binding.bootId), body.subarray(24, 32))) {
    return reject("WrongBoot", `The token was issued in another boot of instance ${binding.instanceId}.`)
  }
  const ttlSeconds = body.readUInt16BE(1)
  const issuedAt = Number(body.readBigInt64BE(3))
  if (ttlSeconds < minTtlSeconds || ttlSeconds > maxTtlSeconds) {
    return reject("Malformed", "The token carries an invalid lifetime.")
  }
  const expiresAt = issuedAt + ttlSeconds * 1000
  // Boundary: valid while now < expiresAt; at exactly issuedAt + ttl*1000 the token is expired.
  // (AWS does not document the boundary; the strict choice is half-open [issuedAt, expiresAt).)
  if (now >= expiresAt) {
    return Result.fail({ _tag: "Expired", message: `The token expired at ${expiresAt} (epoch ms).`, expiresAt })
  }
  return Result.succeed({ instanceId: binding.instanceId, bootId: binding.bootId, ttlSeconds, issuedAt, expiresAt })
}

// ---------------------------------------------------------------------------------------------
// Service
// ---------------------------------------------------------------------------------------------

/**
 * The operations of the token service.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImdsTokensShape {
  /**
   * Issues a token for one instance and boot, valid from now (by `Clock`) for `ttlSeconds`.
   * Fails with `InvalidParameterValue` when `ttlSeconds` is not an integer 1–21600.
   */
  readonly issue: (request: IssueRequest) => Effect.Effect<IssuedToken, Ec2Error.Ec2Error>
  /**
   * Checks a token presented on `binding` at the current `Clock` time. Never fails and never dies,
   * whatever the input string; the reason of a rejection is in the `Result`.
   */
  readonly verify: (token: string, binding: TokenBinding) => Effect.Effect<Result.Result<VerifiedToken, TokenRejection>>
}

/**
 * Builds the token service for a secret (for custom layers; most code uses `ImdsTokens.layer`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (secret: Secret): ImdsTokensShape => {
  const key = keyOf(secret)
  return {
    issue: (request) =>
      Effect.gen(function*() {
        const ttlSeconds = checkTtlSeconds(request.ttlSeconds)
        if (Result.isFailure(ttlSeconds)) return yield* Effect.fail(ttlSeconds.failure)
        const issuedAt = Math.floor(yield* Clock.currentTimeMillis)
        const token = sign(
          key,
          { instanceId: request.instanceId, bootId: request.bootId, ttlSeconds: ttlSeconds.success, issuedAt },
          randomBytes(NONCE_LENGTH)
        )
        return { token, ttlSeconds: ttlSeconds.success, issuedAt, expiresAt: issuedAt + ttlSeconds.success * 1000 }
      }),
    verify: (token, binding) => Effect.map(Clock.currentTimeMillis, (now) => check(key, token, binding, now))
  }
}

/**
 * The IMDSv2 token service: issues and verifies session tokens, with time from Effect's `Clock`.
 *
 * @example
 * ```ts
 * import { Effect, Result } from "effect"
 * import { ImdsToken } from "@ec2kit/core"
 *
 * const program = Effect.gen(function*() {
 *   const tokens = yield* ImdsToken.ImdsTokens
 *   const { token } = yield* tokens.issue({ instanceId: "i-0abc", bootId: "1", ttlSeconds: 60 })
 *   const ok = yield* tokens.verify(token, { instanceId: "i-0abc", bootId: "1" })
 *   return Result.isSuccess(ok) // true
 * }).pipe(Effect.provide(ImdsToken.ImdsTokens.layer))
 * ```
 * @since 0.1.0
 * @category services
 */
export class ImdsTokens extends Context.Service<ImdsTokens, ImdsTokensShape>()("@ec2kit/core/ImdsToken/ImdsTokens") {
  /**
   * A fresh random 256-bit secret per build of the layer (one per process in practice), so tokens
   * from an earlier process are refused with `BadSignature`.
   *
   * @since 0.1.0
   * @category layers
   */
  static readonly layer: Layer.Layer<ImdsTokens> = Layer.effect(
    ImdsTokens,
    Effect.sync(() => make(Redacted.make<Uint8Array | string>(randomBytes(32), { label: "ImdsTokenSecret" })))
  )

  /**
   * A layer with a given secret, for deterministic tests or several processes sharing tokens.
   *
   * @since 0.1.0
   * @category layers
   */
  static readonly layerWithSecret = (secret: Secret): Layer.Layer<ImdsTokens> => Layer.succeed(ImdsTokens, make(secret))
}
