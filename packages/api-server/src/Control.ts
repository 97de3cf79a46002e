/**
 * The emulator's control endpoints, for tests in any language, on the EC2 endpoint's own port under
 * a reserved prefix that no EC2 request uses (EC2 requests go to `/`):
 *
 * - `GET  /_ec2kit/health` — `{"status":"ok","region","accountId","time":"real"|"virtual","now"}`
 * - `POST /_ec2kit/reset` — the world as it was at start (resources, ids, capacity)
 * - `POST /_ec2kit/advance` — `{"by":"5m"}` (or `?by=5m`): moves virtual time; 409 in real time
 * - `POST /_ec2kit/hypervisor/<method>` — the `Hypervisor`'s fault injection (`setCapacity`,
 *   `interruptSpot`, `scheduleEvent`, `recommendRebalance`, `setStatus`, …); the body is the JSON
 *   array of the method's arguments (or its single argument), checked before the call
 * - `POST /moto-api/reset` — moto's reset, so suites written for moto's server switch by URL
 *
 * Answers are JSON. Bad input gets a 4xx with `{"error":{"code","message"}}` (the Hypervisor's own
 * `Ec2Error` code where it refuses) and changes nothing; nothing here answers a 5xx for bad input.
 *
 * @since 0.1.0
 */
import { Hypervisor } from "@ec2kit/backend-memory"
import { Ec2Error } from "@ec2kit/core"
import { Cause, Effect, Result, Schema } from "effect"
import * as LiveMetadata from "./LiveMetadata.js"
import * as PriceTableJson from "./PriceTableJson.js"
import type * as QueryCodec from "./QueryCodec.js"
import type * as Ec2Server from "./Ec2Server.js"

/**
 * The reserved prefix of the control endpoints.
 *
 * @since 0.1.0
 * @category constants
 */
export const prefix = "/_ec2kit/"

/**
 * What the control endpoints act on.
 *
 * @since 0.1.0
 * @category models
 */
export interface World {
  readonly hypervisor: Hypervisor.HypervisorShape
  /** `"virtual"`: {@link World.advance} moves the clock. */
  readonly time: "real" | "virtual"
  /** Puts the world back as it was at start. */
  readonly reset: Effect.Effect<void, unknown>
  /** Moves virtual time by `ms` and applies what is due; only called in virtual time. */
  readonly advance: (ms: number) => Effect.Effect<void>
  /** The instance metadata listeners (`/_ec2kit/metadata`); absent: those endpoints answer 404. */
  readonly metadata?: LiveMetadata.Listeners | undefined
}

// The Hypervisor members reachable over HTTP, with the schema of their JSON arguments. Every member
// of HypervisorShape is classified here or in `internalOnly` (the `satisfies` makes a member added
// later fail the typecheck until it is), so the endpoints follow the service without per-method code.
const Zone = Schema.String
const InstanceId = Schema.String
const Count = Schema.NullOr(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)))
const Positive = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))
const Time = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
/** A price or commitment in USD: finite and above zero. */
const UsdRate = Schema.Finite.check(Schema.isGreaterThan(0))
/** A CPU utilisation in percent. */
const Percent = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 100 }))
// setCapacity's two forms are told apart by `Count` (present, possibly null: the limit form) and
// keys of one form are refused in the other, so that a malformed limit (`"Count":"5"`, `-1`, a
// misspelt key) is a 400 instead of falling through to a fleet reshape that changes nothing.
const FleetCapacity = Schema.Struct({
  AvailabilityZone: Zone,
  RacksPerAz: Schema.optionalKey(Positive),
  HostsPerRack: Schema.optionalKey(Positive),
  VCpusPerHost: Schema.optionalKey(Positive)
}).check(Schema.makeFilter((f) =>
  f.RacksPerAz !== undefined || f.HostsPerRack !== undefined || f.VCpusPerHost !== undefined
    ? undefined
    : "give Count (null: no limit) or at least one of RacksPerAz, HostsPerRack, VCpusPerHost"
))
const exposed = {
  setCapacity: Schema.Tuple([
    Schema.Union([Schema.Struct({ AvailabilityZone: Zone, InstanceType: Schema.optionalKey(Schema.String), Count }), FleetCapacity])
  ]),
  setVcpuQuota: Schema.Tuple([
    Schema.Struct({
      Market: Schema.Literals(["on-demand", "spot"]),
      Bucket: Schema.String,
      Vcpus: Count
    })
  ]),
  interruptSpot: Schema.Tuple([
    InstanceId,
    Schema.optionalKey(Schema.Struct({ Action: Schema.optionalKey(Schema.Literals(["hibernate", "stop", "terminate"])) }))
  ]),
  scheduleEvent: Schema.Tuple([
    InstanceId,
    Schema.Struct({
      Code: Schema.Literals(["instance-reboot", "system-reboot", "system-maintenance", "instance-retirement", "instance-stop"]),
      Description: Schema.optionalKey(Schema.String),
      NotBefore: Schema.optionalKey(Time),
      NotAfter: Schema.optionalKey(Time)
    })
  ]),
  recommendRebalance: Schema.Tuple([InstanceId]),
  hangOsShutdown: Schema.Tuple([InstanceId, Schema.optionalKey(Schema.Boolean)]),
  setStatus: Schema.Tuple([
    InstanceId,
    Schema.Struct({
      SystemStatus: Schema.optionalKey(Schema.Literals(["ok", "impaired"])),
      InstanceStatus: Schema.optionalKey(Schema.Literals(["ok", "impaired"]))
    })
  ]),
  createInstanceProfile: Schema.Tuple([
    Schema.Struct({
      InstanceProfileName: Schema.String,
      RoleName: Schema.optionalKey(Schema.String),
      Path: Schema.optionalKey(Schema.String)
    })
  ]),
  // The purchasing controls (issue 12). "Release" members (`Price`, `Count`): the Hypervisor takes
  // `undefined` to hand a pool back to the market's model, which JSON cannot say: leave the key out
  // or send null (`releaseKeys` puts the key back as undefined).
  setSpotPrice: Schema.Tuple([
    Schema.Struct({ AvailabilityZone: Zone, InstanceType: Schema.String, Price: Schema.optionalKey(Schema.NullOr(UsdRate)) })
  ]),
  setSpotCapacity: Schema.Tuple([
    Schema.Struct({ AvailabilityZone: Zone, InstanceType: Schema.String, Count: Schema.optionalKey(Count) })
  ]),
  purchaseSavingsPlan: Schema.Tuple([
    Schema.Struct({
      SavingsPlanType: Schema.Literals(["Compute", "EC2Instance"]),
      Commitment: UsdRate,
      Ec2InstanceFamily: Schema.optionalKey(Schema.String),
      // 1 or 3 years — https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html (read 2026-12-06)
      TermDurationInSeconds: Schema.optionalKey(Schema.Literals([31_536_000, 94_608_000])),
      PaymentOption: Schema.optionalKey(Schema.Literals(["No Upfront", "Partial Upfront", "All Upfront"])),
      PurchaseTime: Schema.optionalKey(Time)
    })
  ]),
  bill: Schema.Tuple([Schema.Struct({ StartTime: Time, EndTime: Time, PriceTable: Schema.optionalKey(PriceTableJson.schema) })]),
  setCpuUtilization: Schema.Tuple([InstanceId, Percent]),
  cpuCreditMetrics: Schema.Tuple([
    InstanceId,
    Schema.Struct({ StartTime: Time, EndTime: Time, PeriodSeconds: Schema.optionalKey(Positive) })
  ]),
  tick: Schema.Tuple([])
} as const
// The input member whose `undefined` releases a pool back to the market (a required key of the
// Hypervisor's input): absent or null in the JSON, it is passed as an undefined key.
const releaseKeys: Partial<Record<keyof typeof exposed, string>> = { setSpotPrice: "Price", setSpotCapacity: "Count" }
// Members taking or giving Effect values, functions or bytes: not reachable over HTTP.
const internalOnly = ["onFirstBoot", "events", "inspect", "snapshot", "restore"] as const
type Classified = keyof typeof exposed | (typeof internalOnly)[number]
// Fails to typecheck when a Hypervisor member is in neither list (or a listed one no longer exists).
const everyMemberClassified: [Exclude<keyof Hypervisor.HypervisorShape, Classified>, Exclude<Classified, keyof Hypervisor.HypervisorShape>] extends
  [never, never] ? true : never = true
void everyMemberClassified

// The purchasing members' schemas take exactly the members of the Hypervisor's inputs: an input member
// added, renamed or removed there fails the typecheck here until the schema follows it. (Values are
// checked by the schemas above and again by the Hypervisor, which has the last word.)
type MembersOf<T> = { readonly [I in keyof T]: T[I] extends object ? keyof T[I] : "(value)" }
type SameMembers<K extends keyof typeof exposed & keyof Hypervisor.HypervisorShape> = [
  MembersOf<Schema.Schema.Type<(typeof exposed)[K]>>,
  MembersOf<Parameters<Extract<Hypervisor.HypervisorShape[K], (...args: ReadonlyArray<never>) => unknown>>>
] extends [infer A, infer B] ? [A] extends [B] ? [B] extends [A] ? true : false : false : false
const purchasingSchemasFollowTheHypervisor: [
  SameMembers<"setSpotPrice">,
  SameMembers<"setSpotCapacity">,
  SameMembers<"purchaseSavingsPlan">,
  SameMembers<"bill">,
  SameMembers<"setCpuUtilization">,
  SameMembers<"cpuCreditMetrics">
] = [true, true, true, true, true, true]
void purchasingSchemasFollowTheHypervisor

/**
 * The Hypervisor methods reachable at `POST /_ec2kit/hypervisor/<method>`.
 *
 * @since 0.1.0
 * @category constants
 */
export const hypervisorMethods = Object.keys(exposed) as ReadonlyArray<HypervisorMethod>

/**
 * The name of a Hypervisor method reachable at `POST /_ec2kit/hypervisor/<method>`.
 *
 * @since 0.1.0
 * @category models
 */
export type HypervisorMethod = keyof typeof exposed

/**
 * The answer of `GET /_ec2kit/health`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Health {
  readonly status: "ok"
  readonly region: string
  readonly accountId: string
  readonly time: "real" | "virtual"
  /** The world's clock (ISO 8601): the wall clock in real time, the virtual clock in virtual time. */
  readonly now: string
}

const json = (status: number, value: unknown): QueryCodec.Answer => ({
  status,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(value ?? null)
})

const error = (status: number, code: string, message: string) => json(status, { error: { code, message } })

/** Control answers for a refused Hypervisor call: its AWS code, 400 (the caller's input was refused). */
const refused = (e: unknown) =>
  Ec2Error.isEc2Error(e)
    ? error(400, e.code, e.reason.message)
    : error(400, "InvalidParameterValue", e instanceof Error ? e.message : String(e))

const parseBody = (body: Uint8Array): Result.Result<unknown, QueryCodec.Answer> => {
  if (body.byteLength === 0) return Result.succeed(undefined)
  try {
    return Result.succeed(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)))
  } catch (e) {
    return Result.fail(error(400, "MalformedJson", `The body is not JSON: ${(e as Error).message}`))
  }
}

const durationUnits: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * Reads a duration written like `90s`, `2m`, `1.5h`, `500ms`, `1d` or as Effect writes it
 * (`5 minutes`); `undefined` when it is none of these or is negative or not finite.
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseDuration = (text: string): number | undefined => {
  const short = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim())
  if (short !== null) return Number(short[1]) * durationUnits[short[2]!]!
  const long = /^(\d+(?:\.\d+)?) (millis|seconds?|minutes?|hours?|days?|weeks?)$/.exec(text.trim())
  if (long === null) return undefined
  const unit = long[2]!.replace(/s$/, "")
  const per: Record<string, number> = { milli: 1, second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 }
  return Number(long[1]) * per[unit === "milli" ? "milli" : unit]!
}

/** The longest single advance: a year (a TestClock adjust walks every timer due on the way). */
const maxAdvanceMs = 366 * 86_400_000

const advance = (world: World, request: Ec2Server.RouteRequest, body: unknown): Effect.Effect<QueryCodec.Answer> => {
  if (world.time !== "virtual") {
    return Effect.succeed(error(409, "NotVirtualTime", "Time moves by itself here; start the emulator with virtual time (--time virtual) to advance it"))
  }
  const fromQuery = new URLSearchParams(request.query).get("by")
  const by = fromQuery ?? (typeof body === "object" && body !== null ? (body as { by?: unknown }).by : undefined)
  const ms = typeof by === "string" ? parseDuration(by) : typeof by === "number" && Number.isFinite(by) && by >= 0 ? by : undefined
  if (ms === undefined || ms > maxAdvanceMs) {
    return Effect.succeed(error(400, "InvalidParameterValue", "Give the duration as {\"by\":\"5m\"} or ?by=5m (ms, s, m, h, d; at most 366d)"))
  }
  return world.advance(ms).pipe(Effect.as(json(200, { advancedMs: ms })))
}

const callHypervisor = (world: World, method: string, body: unknown): Effect.Effect<QueryCodec.Answer> => {
  if (!Object.hasOwn(exposed, method)) {
    return Effect.succeed(error(404, "UnknownMethod", `No Hypervisor method '${method}'; available: ${hypervisorMethods.join(", ")}`))
  }
  const schema = exposed[method as keyof typeof exposed] as unknown as Schema.Codec<ReadonlyArray<unknown>>
  const args = body === undefined ? [] : Array.isArray(body) ? body : [body]
  const decoded = Schema.decodeUnknownResult(schema)(args, { onExcessProperty: "error" })
  if (Result.isFailure(decoded)) {
    return Effect.succeed(error(400, "InvalidParameterValue", `${method}: ${decoded.failure.message}`))
  }
  // JSON has no undefined: null means "remove the limit" where the Hypervisor takes undefined.
  const values = decoded.success.map((a) =>
    typeof a === "object" && a !== null && !Array.isArray(a)
      ? Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v === null ? undefined : v]))
      : a
  )
  const release = releaseKeys[method as HypervisorMethod]
  if (release !== undefined && typeof values[0] === "object" && values[0] !== null && !(release in values[0])) {
    values[0] = { ...values[0], [release]: undefined }
  }
  const member = world.hypervisor[method as keyof typeof exposed]
  const run = (Effect.isEffect(member) ? member : (member as (...a: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>)(...values)) as Effect.Effect<
    unknown,
    unknown
  >
  return run.pipe(
    Effect.map((result) => json(200, result === undefined ? { ok: true } : result)),
    Effect.catch((e) => Effect.succeed(refused(e))),
    Effect.catchCause((cause) => Effect.succeed(error(400, "InvalidParameterValue", Cause.pretty(cause).split("\n")[0] ?? "refused")))
  )
}

// POST /_ec2kit/metadata: which instance (at most one of instanceId and tag; neither: the newest),
// where, and how far its clients are.
const OpenBody = Schema.Struct({
  instanceId: Schema.optionalKey(Schema.String),
  tag: Schema.optionalKey(Schema.String),
  port: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0), Schema.isLessThanOrEqualTo(65535))),
  clientHops: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(1), Schema.isLessThanOrEqualTo(64)))
})

const listenerRefused = (e: LiveMetadata.ListenerError) => error(e.status, e.code, e.message)

const openListener = (world: World, listeners: LiveMetadata.Listeners, body: unknown): Effect.Effect<QueryCodec.Answer> => {
  const decoded = Schema.decodeUnknownResult(OpenBody)(body ?? {}, { onExcessProperty: "error" })
  if (Result.isFailure(decoded)) {
    return Effect.succeed(error(400, "InvalidParameterValue", `metadata: ${decoded.failure.message} (body: {"instanceId":"i-…"} or {"tag":"Name=web"}, optional "port", "clientHops")`))
  }
  const { clientHops, instanceId, port, tag } = decoded.success
  if (instanceId !== undefined && tag !== undefined) {
    return Effect.succeed(error(400, "InvalidParameterCombination", "metadata: give instanceId or tag, not both"))
  }
  const selector = instanceId !== undefined
    ? Result.succeed<LiveMetadata.Selector>({ _tag: "Id", instanceId })
    : tag !== undefined
    ? LiveMetadata.parseSelector(tag.startsWith("tag:") ? tag : `tag:${tag}`)
    : Result.succeed<LiveMetadata.Selector>({ _tag: "Newest" })
  if (Result.isFailure(selector)) return Effect.succeed(error(400, "InvalidParameterValue", `metadata: tag ${selector.failure}`))
  const check = instanceId !== undefined ? LiveMetadata.checkInstance(world.hypervisor, instanceId) : Effect.void
  return check.pipe(
    Effect.andThen(listeners.open({ selector: selector.success, port, clientHops })),
    Effect.map((listener) => json(201, listener)),
    Effect.catch((e) => Effect.succeed(listenerRefused(e)))
  )
}

const metadataRoutes = (world: World, request: Ec2Server.RouteRequest, rest: string, body: unknown): Effect.Effect<QueryCodec.Answer> => {
  const listeners = world.metadata
  if (listeners === undefined) return Effect.succeed(error(404, "NotFound", `No control endpoint ${request.path}; see docs/emulator.md`))
  if (rest === "metadata") {
    if (request.method === "GET") return Effect.map(listeners.list, (all) => json(200, { listeners: all }))
    if (request.method === "POST") return openListener(world, listeners, body)
    return Effect.succeed(error(405, "MethodNotAllowed", `${request.path} takes GET or POST`))
  }
  const port = rest.slice("metadata/".length)
  if (!/^\d{1,5}$/.test(port)) return Effect.succeed(error(404, "NotFound", `No control endpoint ${request.path}; DELETE /_ec2kit/metadata/PORT closes a listener`))
  return only(request, "DELETE", () =>
    listeners.close(Number(port)).pipe(
      Effect.as(json(200, { closed: Number(port) })),
      Effect.catch((e) => Effect.succeed(listenerRefused(e)))
    ))
}

const only = (request: Ec2Server.RouteRequest, method: string, answer: () => Effect.Effect<QueryCodec.Answer>) =>
  request.method === method ? answer() : Effect.succeed(error(405, "MethodNotAllowed", `${request.path} takes ${method}`))

/**
 * The routes for `Ec2Server`'s `routes` option: an answer for `/_ec2kit/…` and `/moto-api/reset`,
 * `undefined` for everything else (EC2's requests).
 *
 * @since 0.1.0
 * @category routes
 */
export const routes = (world: World, health: Effect.Effect<Omit<Health, "status">>) =>
(request: Ec2Server.RouteRequest): Effect.Effect<QueryCodec.Answer> | undefined => {
  const reset = () =>
    world.reset.pipe(
      Effect.as(json(200, { reset: true })),
      // not the caller's fault (e.g. the state file could not be written): a server error
      Effect.catchCause(() => Effect.succeed(error(500, "InternalError", "The world could not be reset")))
    )
  if (request.path === "/moto-api/reset") return only(request, "POST", reset)
  if (!request.path.startsWith(prefix)) return undefined
  const rest = request.path.slice(prefix.length)
  const body = parseBody(request.body)
  if (Result.isFailure(body)) return Effect.succeed(body.failure)
  if (rest === "health") return only(request, "GET", () => Effect.map(health, (h) => json(200, { status: "ok", ...h })))
  if (rest === "reset") return only(request, "POST", reset)
  if (rest === "advance") return only(request, "POST", () => advance(world, request, body.success))
  if (rest === "metadata" || rest.startsWith("metadata/")) return metadataRoutes(world, request, rest, body.success)
  if (rest.startsWith("hypervisor/")) {
    return only(request, "POST", () => callHypervisor(world, rest.slice("hypervisor/".length), body.success))
  }
  return Effect.succeed(error(404, "NotFound", `No control endpoint ${request.path}; see docs/emulator.md`))
}
