/**
 * The pure request → response function of the metadata service. No I/O, no clock and no
 * randomness of its own: time comes in as `now` (epoch ms, from `Clock` in the server) and tokens
 * go through the {@link TokenAuthority} it is given. The HTTP server is a thin `node:http` handler
 * around it.
 *
 * Order of checks (each step wins over the next), from the User Guide
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html and
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html,
 * read 2026-11; see imds-reference.md §4):
 * 0. Live source and the instance is not `running` → 503 for everything (`State.unavailable`).
 * 1. `HttpEndpoint=disabled` → 403 for everything.
 * 2. The token path (`/latest/api/token`): PUT (OPTIONS answers the `Allow` header; others 405), no
 *    `X-Forwarded-For` (403), TTL 1–21600 (else 400); the same path under a dated version → 403.
 * 3. Authorisation before routing: a token that is present but invalid/expired → 401 in every
 *    mode; no token with `HttpTokens=required` → 401, whatever the path (listings and unknown
 *    paths included). A GET carrying a token and `X-Forwarded-For` → 403 (observed on EC2).
 * 4. Data: GET and HEAD only (else 405, `Allow: GET, HEAD`, ec2kit's choice: AWS's answer is not documented).
 * 5. Routing: repeated and trailing slashes are ignored (no redirects); the query string is
 *    ignored; segments are never decoded nor resolved (`..` and `%2e` are plain names → 404).
 * 6. The PUT response hop limit (after the answer is made, see {@link hopLimitDrops}): the answer
 *    to a PUT on the token path is marked `dropped` when the client is more IP hops away than
 *    `HttpPutResponseHopLimit`; the server then never sends it.
 *
 * @since 0.1.0
 */
import * as ImdsToken from "@ec2kit/core/ImdsToken"
import * as MetadataOptions from "@ec2kit/core/MetadataOptions"
import { Result } from "effect"
import * as Tree from "./Tree.js"

/**
 * The API versions `/` lists, oldest first, `latest` last (UG "Retrieve instance metadata",
 * example "Get the available versions of the instance metadata", read 2026-11). Every one of them
 * serves the same tree here (EC2 hides categories newer than the version; ec2kit does not).
 *
 * @since 0.1.0
 * @category constants
 */
export const versions: ReadonlyArray<string> = [
  "1.0",
  "2007-01-19",
  "2007-03-01",
  "2007-08-29",
  "2007-10-10",
  "2007-12-15",
  "2008-02-01",
  "2008-09-01",
  "2009-04-04",
  "2011-01-01",
  "2011-05-01",
  "2012-01-12",
  "2014-02-25",
  "2014-11-05",
  "2015-10-20",
  "2016-04-19",
  "2016-06-30",
  "2016-09-02",
  "2018-03-28",
  "2018-08-17",
  "2018-09-24",
  "2019-10-01",
  "2020-10-27",
  "2021-01-03",
  "2021-03-23",
  "2021-07-15",
  "2022-09-24",
  "latest"
]
const versionSet: ReadonlySet<string> = new Set(versions)

/**
 * A request as the router sees it. Header names are lower case (as `node:http` gives them).
 *
 * @since 0.1.0
 * @category models
 */
export interface Request {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  /**
   * How many IP hops away the client is: 1 (the default) for a process on the instance, 2 for a
   * process in a container on a bridge network of the instance. A Node server cannot see this
   * (nor set an IP TTL), so it is configured (`Server.ServerOptions.clientHops`).
   */
  readonly clientHops?: number | undefined
}

/**
 * A response. `body` is what GET sends; for HEAD the server sends the headers only.
 *
 * @since 0.1.0
 * @category models
 */
export interface Response {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
  /**
   * `"hop-limit"`: the answer exists but never reaches the client (its IP packets would expire on
   * the way, see {@link hopLimitDrops}); the server sends nothing at all.
   */
  readonly dropped?: "hop-limit" | undefined
}

/**
 * Issues and verifies IMDSv2 tokens for the instance being served (synchronous, at `now`).
 * The server implements it with `@ec2kit/core`'s `ImdsTokens`.
 *
 * @since 0.1.0
 * @category models
 */
export interface TokenAuthority {
  readonly issue: (ttlSeconds: number, now: number) => string
  readonly verify: (token: string, now: number) => boolean
}

/**
 * Everything a request is answered from.
 *
 * @since 0.1.0
 * @category models
 */
export interface State {
  /** The version directory (`dynamic`, `meta-data`, `user-data`). */
  readonly tree: Tree.Dir
  readonly options: {
    readonly HttpTokens: MetadataOptions.HttpTokensState
    readonly HttpEndpoint: MetadataOptions.EndpointState
    /** IP TTL of the answers to token PUTs, 1–64; default 1 (EC2's default). */
    readonly HttpPutResponseHopLimit?: number | undefined
  }
  readonly tokens: TokenAuthority
  /**
   * True while the identity signatures are not made yet (key generation at start); the server
   * then holds requests under `dynamic/` until the state with signatures replaces this one.
   */
  readonly identityPending?: boolean | undefined
  /**
   * Live sources: the instance cannot be reached (not `running`, or gone, or the `Ec2` backend
   * failed). Every request is then 503, before anything else (see `Metadata.live`).
   */
  readonly unavailable?: boolean | undefined
}

const encoder = new TextEncoder()

// The XHTML page EC2 answers errors with (404 body quoted in awslabs/ec2-spot-labs#23 and
// imds-reference.md §4.1); the same page is used for the other statuses with their titles
// (their real bodies are not documented, imds-reference §8).
const page = (title: string) =>
  encoder.encode(`<?xml version="1.0" encoding="iso-8859-1"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
	"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head>
  <title>${title}</title>
 </head>
 <body>
  <h1>${title}</h1>
 </body>
</html>
`)

const pages = {
  400: page("400 - Missing or Invalid Parameters"),
  401: page("401 - Unauthorized"),
  403: page("403 - Forbidden"),
  404: page("404 - Not Found"),
  405: page("405 - Method Not Allowed"),
  // Only the server's refusal of a connection beyond its cap (Server.Limits.maxConnections): EC2
  // documents a limit on simultaneous connections but not its answer (imds-reference §8, which
  // recommends 429).
  429: page("429 - Too Many Requests"),
  503: page("503 - Service Unavailable")
} as const

const baseHeaders = { Server: "EC2ws" }

// Answers without per-request headers are made once and shared (responses are immutable): the
// server caches the raw header list of each response object, so a shared one costs nothing per request.
const errors = new Map<number, Response>()

/**
 * An error response with EC2's XHTML page.
 *
 * @since 0.1.0
 * @category responses
 */
export const error = (status: keyof typeof pages, extra?: Record<string, string>): Response => {
  if (extra === undefined) {
    const cached = errors.get(status)
    if (cached !== undefined) return cached
  }
  const response: Response = { status, headers: { ...baseHeaders, "Content-Type": "text/html", ...extra }, body: pages[status] }
  if (extra === undefined) errors.set(status, response)
  return response
}

const ok = (body: Uint8Array, contentType: string, extra?: Record<string, string>): Response => ({
  status: 200,
  headers: extra === undefined ? { ...baseHeaders, "Content-Type": contentType } : { ...baseHeaders, "Content-Type": contentType, ...extra },
  body
})

// Leaves live as long as their tree (time-driven ones are rebuilt when they change), so their
// answers are kept beside them.
const leafAnswers = new WeakMap<Tree.Leaf, Response>()
const leafAnswer = (leaf: Tree.Leaf): Response => {
  let response = leafAnswers.get(leaf)
  if (response === undefined) leafAnswers.set(leaf, response = ok(leaf.body, leaf.contentType))
  return response
}

const header = (req: Request, name: string): string | undefined => {
  const v = req.headers[name]
  return v === undefined ? undefined : typeof v === "string" ? v : v.join(", ")
}

/**
 * The path's segments: query string dropped, empty segments (from `//` or a trailing `/`)
 * dropped, nothing decoded. A request-target that is not a path (`*`, an absolute URL) yields
 * `undefined`.
 *
 * @since 0.1.0
 * @category routing
 */
export const segments = (url: string): ReadonlyArray<string> | undefined => {
  if (url.charCodeAt(0) !== 47 /* / */) return undefined
  const q = url.indexOf("?")
  const path = q === -1 ? url : url.slice(0, q)
  const out: Array<string> = []
  let start = 1
  for (let i = 1; i <= path.length; i++) {
    if (i === path.length || path.charCodeAt(i) === 47) {
      if (i > start) out.push(path.slice(start, i))
      start = i + 1
    }
  }
  return out
}

const versionsAnswer = ok(encoder.encode(versions.join("\n")), "text/plain")

const tokenEndpoint = (req: Request, state: State, now: number): Response => {
  // EC2 answers GET with 405 and `Allow: OPTIONS, PUT` (imds-reference §4.1, OBS-405); as the
  // header names OPTIONS, OPTIONS gets an empty 200 with it (EC2's own answer is undocumented).
  if (req.method === "OPTIONS") return { status: 200, headers: { ...baseHeaders, Allow: "OPTIONS, PUT" }, body: new Uint8Array(0) }
  if (req.method !== "PUT") return error(405, { Allow: "OPTIONS, PUT" })
  // "IMDSv2 … will not accept token requests containing X-Forwarded-For" (UG, "How IMDSv2 works").
  if (req.headers["x-forwarded-for"] !== undefined) return error(403)
  const ttl = ImdsToken.parseTtl(header(req, "x-aws-ec2-metadata-token-ttl-seconds")?.trim())
  if (Result.isFailure(ttl)) return error(400)
  const token = state.tokens.issue(ttl.success, now)
  return ok(encoder.encode(token), "text/plain", { "X-Aws-Ec2-Metadata-Token-Ttl-Seconds": String(ttl.success) })
}

const isTokenPathOf = (segs: ReadonlyArray<string> | undefined): boolean =>
  segs !== undefined && segs.length === 3 && segs[1] === "api" && segs[2] === "token" && versionSet.has(segs[0]!)

// EC2's default HttpPutResponseHopLimit (core's MetadataOptions.defaults): "Default: 1" —
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html (read 2026-12-03).
const defaultHopLimit = MetadataOptions.defaults().HttpPutResponseHopLimit

/**
 * Whether the answer to this request never reaches the client because of the PUT response hop
 * limit.
 *
 * On EC2 the answer to `PUT /latest/api/token` leaves with an IP TTL (hop limit) of the
 * instance's `HttpPutResponseHopLimit` ("The maximum number of hops that the metadata token can
 * travel", 1–64, default 1 —
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html,
 * read 2026-12-03). A client farther away (a container on a bridge network is one hop more than
 * the instance) never receives it: "if the hop limit is 1 in a container environment, the call
 * might not receive a response at all because going to the container is considered an additional
 * network hop" (UG "How Instance Metadata Service Version 2 works",
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html,
 * 2025 text, read 2026-12-03); the client times out and SDKs fall back to IMDSv1. GET and HEAD
 * answers are not limited.
 *
 * Which answers are affected is documented for the token response only. ec2kit takes the strictest
 * plausible reading: every answer to a PUT on a token path (`/latest/api/token` and its dated
 * forms), errors included (400 bad TTL, 403 `X-Forwarded-For`, dated path or endpoint disabled),
 * since they are IP packets of the same exchange. A live instance that is not running answers
 * 503 as before (ec2kit's answer for "no instance to ask").
 *
 * @since 0.1.0
 * @category routing
 */
export const hopLimitDrops = (req: Request, state: State): boolean =>
  req.method === "PUT" && state.unavailable !== true && (req.clientHops ?? 1) >
      (state.options.HttpPutResponseHopLimit ?? defaultHopLimit) && isTokenPathOf(segments(req.url))

/**
 * Answers one request at time `now` (epoch ms). An answer that the PUT response hop limit keeps
 * from the client is still made (for the log) and marked `dropped: "hop-limit"`.
 *
 * @since 0.1.0
 * @category routing
 */
export const handle = (req: Request, state: State, now: number): Response => {
  const response = answer(req, state, now)
  return hopLimitDrops(req, state) ? { ...response, dropped: "hop-limit" } : response
}

const answer = (req: Request, state: State, now: number): Response => {
  const segs = segments(req.url)
  const isTokenPath = isTokenPathOf(segs)
  const token = header(req, "x-aws-ec2-metadata-token")
  // 0. Live source, instance not running: nothing on the instance could ask (ec2kit's choice, the
  // strictest plausible answer; see Metadata.live).
  if (state.unavailable === true) return error(503)
  // 1. Endpoint disabled (MetadataOptions.authorize decides it before anything else).
  if (state.options.HttpEndpoint === "disabled") return error(403)
  // 2. Token endpoint.
  if (isTokenPath) return segs![0] === "latest" ? tokenEndpoint(req, state, now) : error(403)
  // 3. Authorisation before routing.
  const decision = MetadataOptions.authorize({
    options: state.options,
    hasToken: token !== undefined,
    tokenValid: token !== undefined && state.tokens.verify(token, now)
  })
  if (decision._tag === "EndpointDisabled") return error(403)
  if (decision._tag === "Unauthorized") return error(401)
  if (token !== undefined && req.headers["x-forwarded-for"] !== undefined) return error(403)
  // 4. Methods.
  if (req.method !== "GET" && req.method !== "HEAD") return error(405, { Allow: "GET, HEAD" })
  // 5. Routing.
  if (segs === undefined) return error(404)
  if (segs.length === 0) return versionsAnswer
  if (!versionSet.has(segs[0]!)) return error(404)
  const node = Tree.lookup(state.tree, segs, 1, now)
  if (node === undefined) return error(404)
  if (node._tag === "Leaf") return leafAnswer(node)
  return ok(encoder.encode(Tree.listing(node, now)), "text/plain")
}
