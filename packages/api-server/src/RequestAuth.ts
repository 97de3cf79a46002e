/**
 * What `Ec2Server` checks of a request's AWS Signature Version 4, by option:
 *
 * - `region`: a request whose credential scope names another region gets AWS's answer,
 *   `SignatureDoesNotMatch` (403) "Credential should be scoped to a valid region, not '<region>'. "
 *   (the Query services' answer, e.g. aws/aws-sdk-php#732, JuliaCloud/AWS.jl#565; EC2's own code for it
 *   is not documented, so theirs is used).
 * - `credentials` (strict mode): the signature is recomputed with `@smithy/signature-v4` from the
 *   configured secret key and compared. No signature → `MissingAuthenticationToken` (403); an access
 *   key not configured → `AuthFailure` (401) "AWS was not able to validate the provided access
 *   credentials" (EC2's text and status as the AWS SDKs report it); a different signature →
 *   `SignatureDoesNotMatch` (403) with AWS's text. Only the `Authorization` header form is verified;
 *   a presigned (query-string) request is refused in strict mode, and the request's age is not checked.
 *
 * Without options nothing is checked: any credentials are accepted.
 *
 * @since 0.1.0
 */
import { Ec2Error } from "@ec2kit/core"
import { HttpRequest, parseQueryString } from "@smithy/core/protocols"
import { Hash } from "@smithy/core/serde"
import { SignatureV4 } from "@smithy/signature-v4"
import { Effect } from "effect"

/**
 * A key pair strict mode accepts.
 *
 * @since 0.1.0
 * @category models
 */
export interface KeyPair {
  readonly accessKeyId: string
  readonly secretAccessKey: string
}

/**
 * What to check.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** The endpoint's region: requests signed for another region are refused. */
  readonly region?: string | undefined
  /** Strict mode: only requests signed with one of these key pairs are served. */
  readonly credentials?: ReadonlyArray<KeyPair> | undefined
}

/**
 * A request as received: method, path with query string, lower-case headers, body bytes.
 *
 * @since 0.1.0
 * @category models
 */
export interface Received {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body: Uint8Array
}

interface Authorization {
  readonly accessKeyId: string
  readonly date: string
  readonly region: string
  readonly service: string
  readonly signedHeaders: ReadonlyArray<string>
  readonly signature: string
}

const headerValue = (v: string | ReadonlyArray<string> | undefined): string | undefined =>
  v === undefined ? undefined : typeof v === "string" ? v : v.join(",")

/** `AWS4-HMAC-SHA256 Credential=AKID/20261206/us-east-1/ec2/aws4_request, SignedHeaders=a;b, Signature=hex` */
const parseAuthorization = (header: string): Authorization | undefined => {
  const m = /^AWS4-HMAC-SHA256\s+Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;_.-]+),\s*Signature=([0-9a-f]{64})\s*$/.exec(header)
  if (m === null) return undefined
  return { accessKeyId: m[1]!, date: m[2]!, region: m[3]!, service: m[4]!, signedHeaders: m[5]!.split(";"), signature: m[6]! }
}

/** The region of a presigned request's `X-Amz-Credential` (AKID/date/region/service/aws4_request). */
const queryRegion = (url: string): string | undefined => {
  const q = url.indexOf("?")
  if (q === -1) return undefined
  const credential = new URLSearchParams(url.slice(q + 1)).get("X-Amz-Credential")
  return credential?.split("/")[2]
}

const wrongRegion = (region: string): Ec2Error.Ec2Error =>
  Ec2Error.make("SignatureDoesNotMatch", `Credential should be scoped to a valid region, not '${region}'. `)

const mismatch = (): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "SignatureDoesNotMatch",
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
  )

const authFailure = (): Ec2Error.Ec2Error =>
  Ec2Error.make("AuthFailure", "AWS was not able to validate the provided access credentials")

/** x-amz-date `20261206T010203Z` as a Date. */
const amzDate = (s: string | undefined): Date | undefined => {
  const m = s === undefined ? null : /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s)
  return m === null ? undefined : new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!))
}

/** Recomputes the signature of `received` with `pair` as the client would have computed it. */
const expectedSignature = async (received: Received, auth: Authorization, pair: KeyPair, signingDate: Date): Promise<string | undefined> => {
  const q = received.url.indexOf("?")
  const headers: Record<string, string> = {}
  for (const name of auth.signedHeaders) {
    const v = headerValue(received.headers[name])
    if (v !== undefined) headers[name] = v
  }
  const request = new HttpRequest({
    method: received.method,
    path: q === -1 ? received.url : received.url.slice(0, q),
    query: q === -1 ? {} : parseQueryString(received.url.slice(q + 1)),
    headers,
    body: received.body
  })
  const signer = new SignatureV4({
    credentials: { accessKeyId: pair.accessKeyId, secretAccessKey: pair.secretAccessKey },
    region: auth.region,
    service: auth.service,
    sha256: Hash.bind(null, "sha256")
  })
  const signed = await signer.sign(request, { signingDate, signableHeaders: new Set(auth.signedHeaders) })
  return /Signature=([0-9a-f]{64})/.exec(headerValue(signed.headers["authorization"]) ?? "")?.[1]
}

/**
 * Checks a received request against the options; succeeds when it may be served.
 *
 * @since 0.1.0
 * @category checking
 */
export const check = (received: Received, options: Options): Effect.Effect<void, Ec2Error.Ec2Error> => {
  if (options.region === undefined && options.credentials === undefined) return Effect.void
  const header = headerValue(received.headers["authorization"])
  const auth = header === undefined ? undefined : parseAuthorization(header)
  const region = auth?.region ?? queryRegion(received.url)
  if (options.region !== undefined && region !== undefined && region !== options.region) return Effect.fail(wrongRegion(region))
  const credentials = options.credentials
  if (credentials === undefined) return Effect.void
  if (header === undefined) {
    return Effect.fail(
      Ec2Error.make("MissingAuthenticationToken", "The request must contain either a valid (registered) AWS access key ID or X.509 certificate.")
    )
  }
  if (auth === undefined) return Effect.fail(Ec2Error.make("IncompleteSignature", "The request signature does not conform to AWS standards."))
  const pair = credentials.find((c) => c.accessKeyId === auth.accessKeyId)
  if (pair === undefined) return Effect.fail(authFailure())
  const signingDate = amzDate(headerValue(received.headers["x-amz-date"]))
  if (signingDate === undefined || !auth.signedHeaders.includes("host")) return Effect.fail(mismatch())
  return Effect.flatMap(
    Effect.promise(() => expectedSignature(received, auth, pair, signingDate).catch(() => undefined)),
    (expected) => (expected === auth.signature ? Effect.void : Effect.fail(mismatch()))
  )
}
