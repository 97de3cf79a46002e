/**
 * `ec2kit cost`: the bill of a window of an emulated world, from a state file (`--state FILE`, as
 * `ec2kit serve --state FILE` keeps it) or from a running `ec2kit serve` (`--endpoint URL`, through
 * `POST /_ec2kit/hypervisor/bill`), as a table (`CostReport`) or, with `--json`, the raw bill.
 *
 * - The window: `--from`/`--to`, ISO 8601 (`2026-11-01`, `2026-11-01T12:00:00Z`; no offset means
 *   UTC) or relative to the world's current time (`-30d`, `-12h`, `-90m`, `-45s`, `-2w`, `now`).
 *   Default: from the world's first usage to its current time (the virtual time of a `--time virtual`
 *   world, the wall clock of a real-time one).
 * - `--prices FILE`: a price table (JSON of `@ec2kit/core` `Pricing.PriceTable`) instead of the shipped
 *   `Pricing.usEast1`.
 * - A state file is read, never written or locked: a copy is opened (so a running `ec2kit serve`
 *   keeps its lock and its file as they are), and its virtual time is read from the clock file beside
 *   it (`<FILE>.clock`, written by `ec2kit serve --time virtual`; absent: the wall clock).
 *
 * Errors are one line, `error: <Code>: <message>` on stderr (`{"error":{"code","message"}}` on
 * stdout with `--json`), exit code 1: `InvalidParameterValue` (a bad flag value, an unreadable state or
 * price file), `InvalidParameterCombination` (not exactly one of `--state`, `--endpoint`; `--from` after
 * `--to`), `MissingParameter`, `NetworkError` (nothing answers at `--endpoint`) or the error code the
 * emulator answered.
 *
 * @since 0.2.0
 */
import type { Billing, Hypervisor } from "@ec2kit/backend-memory"
import type { Pricing } from "@ec2kit/core"
import { Clock, Console, Context, Data, Effect, Layer, Option, Result, type Scope } from "effect"
import { Command, Flag } from "effect/cli"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as CostReport from "./CostReport.js"

/**
 * A refused `cost` request, with an AWS-style code; printed as one line, exit code 1.
 *
 * @since 0.2.0
 * @category errors
 */
export class CostError extends Data.TaggedError("CostError")<{ readonly code: string; readonly message: string }> {}

const refuse = (code: string, message: string) => new CostError({ code, message })
const invalid = (message: string) => refuse("InvalidParameterValue", message)

/**
 * The flags as given, before checking.
 *
 * @since 0.2.0
 * @category models
 */
export interface Flags {
  readonly state: Option.Option<string>
  readonly endpoint: Option.Option<string>
  readonly from: Option.Option<string>
  readonly to: Option.Option<string>
  readonly prices: Option.Option<string>
  readonly json: boolean
}

// ------------------------------------------------------------------------------------------------
// times
// ------------------------------------------------------------------------------------------------

const units: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }
const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,3})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/

/**
 * Reads a `--from`/`--to` value: ISO 8601 (a date, or a date and time; no offset means UTC), `now`,
 * or `-<n><unit>` before `now` (units `s`, `m`, `h`, `d`, `w`). `now` is the world's current time.
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseTime = (flag: string, text: string, now: number): Result.Result<number, CostError> => {
  const value = text.trim()
  if (value === "now") return Result.succeed(now)
  const relative = /^-(\d+(?:\.\d+)?)([smhdw])$/.exec(value)
  // (before the epoch there is nothing to bill: clamped to it)
  if (relative !== null) return Result.succeed(Math.max(0, now - Math.round(Number(relative[1]) * units[relative[2]!]!)))
  const m = iso.exec(value)
  if (m !== null) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    // Date.parse rolls 2026-02-30 over to March: refuse a day the month does not have.
    if (month >= 1 && month <= 12 && date.getUTCDate() === day && date.getUTCMonth() === month - 1) {
      const withZone = m[4] === undefined ? `${value}T00:00:00Z` : m[8] === undefined ? `${value}Z` : value
      const ms = Date.parse(withZone)
      if (Number.isFinite(ms) && ms >= 0) return Result.succeed(ms)
    }
  }
  return Result.fail(
    invalid(`Invalid value '${text}' for ${flag}: give an ISO 8601 time (2026-11-01, 2026-11-01T12:00:00Z) or one relative to the world's current time (now, -30d, -12h, -90m, -45s, -2w)`)
  )
}

// ------------------------------------------------------------------------------------------------
// where the bill comes from
// ------------------------------------------------------------------------------------------------

/**
 * A world to bill: its current time and its meter.
 *
 * @since 0.2.0
 * @category models
 */
export interface Source {
  /** The world's current time (epoch ms): virtual time, or the wall clock of a real-time world. */
  readonly now: number
  /** The world's Region (a bill priced with another Region's table says so). */
  readonly region: string
  readonly bill: (options: Billing.BillOptions) => Effect.Effect<Billing.Bill, CostError>
}

const describeIoError = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException
  return err.code === "ENOENT" ? "no such file" : err.code !== undefined ? `${err.code} (${err.message})` : String(e)
}

/**
 * The virtual time `ec2kit serve --time virtual --state FILE` keeps beside the file (api-server's
 * `Emulator.clockFile`: `<FILE>.clock`, JSON with the epoch ms in `ms`); `undefined` when there is
 * none (a real-time world, whose current time is the wall clock).
 */
const readVirtualTime = (file: string): Effect.Effect<number | undefined, CostError> =>
  Effect.try({
    try: () => {
      let text: string
      try {
        text = fs.readFileSync(`${file}.clock`, "utf8")
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined
        throw e
      }
      const ms = (JSON.parse(text) as { ms?: unknown }).ms
      if (typeof ms !== "number" || !Number.isSafeInteger(ms) || ms < 0) throw new Error("no virtual time in it")
      return ms
    },
    catch: (e) => invalid(`--state: cannot read the virtual time in ${file}.clock: ${e instanceof Error ? e.message : String(e)}`)
  })

/**
 * Opens the world of a state file without touching it: the file is copied (one read; a record a
 * running `ec2kit serve` is appending at that moment is a torn tail, which the copy drops) and the
 * copy is opened, so the original's lock and bytes stay as they are. The copy goes when the scope closes.
 *
 * @since 0.2.0
 * @category sources
 */
export const stateSource = (file: string): Effect.Effect<Source, CostError, Scope.Scope> =>
  Effect.gen(function*() {
    const dir = yield* Effect.acquireRelease(
      Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-cost-"))),
      (d) => Effect.sync(() => fs.rmSync(d, { recursive: true, force: true }))
    )
    const copy = path.join(dir, path.basename(file))
    yield* Effect.try({
      try: () => fs.copyFileSync(file, copy),
      catch: (e) => invalid(`--state: cannot read ${file}: ${describeIoError(e)}`)
    })
    const now = (yield* readVirtualTime(file)) ?? (yield* Clock.currentTimeMillis)
    // loaded here, not at the top: the other ec2kit commands start without them
    const { Ec2Memory, Hypervisor } = yield* Effect.promise(() => import("@ec2kit/backend-memory"))
    const { TestClock } = yield* Effect.promise(() => import("effect/testing"))
    // The world stands still at `now` while it is billed (no timer runs on; two bills agree).
    const clock = TestClock.layer({ warningDelay: "20 days" }).pipe(
      Layer.tap((c) => TestClock.setTime(now).pipe(Effect.provideContext(c)))
    )
    const world = yield* Layer.build(Ec2Memory.layer({ persistence: { path: copy } }).pipe(Layer.provideMerge(clock))).pipe(
      // The journal names the copy; the user knows the file they gave.
      Effect.mapError((e) => invalid(`--state: ${("reason" in e && typeof e.reason === "object" ? e.reason.message : e.message).replaceAll(copy, file)}`))
    )
    const hv: Hypervisor.HypervisorShape = Context.get(world, Hypervisor.Hypervisor)
    const region = yield* hv.inspect((w) => w.region).pipe(Effect.provideContext(world as Context.Context<never>))
    return {
      now,
      region,
      bill: (options) =>
        hv.bill(options).pipe(
          Effect.provideContext(world as Context.Context<never>),
          Effect.mapError((e) => refuse(e.code, e.reason.message))
        )
    }
  })

/**
 * A running `ec2kit serve` at `url` (its EC2 endpoint): its time from `GET /_ec2kit/health`, its
 * bill from `POST /_ec2kit/hypervisor/bill`.
 *
 * @since 0.2.0
 * @category sources
 */
export const endpointSource = (url: string): Effect.Effect<Source, CostError> =>
  Effect.gen(function*() {
    let parsed: URL | undefined
    try {
      parsed = new URL(url)
    } catch {
      parsed = undefined
    }
    if (parsed === undefined || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
      return yield* invalid(`Invalid value '${url}' for --endpoint: give the URL of a running ec2kit serve, e.g. http://127.0.0.1:4590`)
    }
    const { ControlClient } = yield* Effect.promise(() => import("@ec2kit/api-server"))
    const control = ControlClient.makeEffect(url)
    const answered = <A>(effect: Effect.Effect<A, InstanceType<typeof ControlClient.ControlError>>) =>
      Effect.mapError(effect, (e) =>
        e.code === "NetworkError"
          ? refuse("NetworkError", `nothing answers at ${url} (${e.message}): is ec2kit serve running there?`)
          : e.status === 404 && e.code !== "UnknownMethod"
          ? refuse(e.code, `${url} is not an ec2kit serve endpoint (${e.message})`)
          : refuse(e.code, e.message))
    const health = yield* answered(control.health)
    return {
      now: Date.parse(health.now),
      region: health.region,
      bill: (options) => answered(control.hypervisor.bill(options)) as Effect.Effect<Billing.Bill, CostError>
    }
  })

// ------------------------------------------------------------------------------------------------
// the command
// ------------------------------------------------------------------------------------------------

/** Reads and checks `--prices FILE`. */
const readPrices = (file: string): Effect.Effect<Pricing.PriceTable, CostError> =>
  Effect.gen(function*() {
    const json = yield* Effect.try({
      try: () => JSON.parse(fs.readFileSync(file, "utf8")) as unknown,
      catch: (e) => invalid(`--prices: cannot read ${file}: ${e instanceof SyntaxError ? `not JSON (${e.message})` : describeIoError(e)}`)
    })
    const { PriceTableJson } = yield* Effect.promise(() => import("@ec2kit/api-server"))
    const table = PriceTableJson.decode(json)
    return Result.isSuccess(table) ? table.success : yield* invalid(`--prices: ${file} is not a price table: ${table.failure}`)
  })

/**
 * The window's start when `--from` is not given: the world's first usage before `to` (the earliest
 * line item of the bill from the epoch), or `to` when there is none (an empty window).
 */
const firstUsage = (source: Source, to: number, table: Pricing.PriceTable | undefined) =>
  Effect.map(source.bill({ StartTime: 0, EndTime: to, ...(table !== undefined ? { PriceTable: table } : {}) }), (all) =>
    all.LineItems.reduce((first, line) => Math.min(first, line.UsageStartTime), to))

/**
 * The bill `ec2kit cost` prints for these flags (the flags checked, the source opened and closed), and
 * the Region of the world it bills.
 *
 * @since 0.2.0
 * @category running
 */
export const bill = (flags: Flags): Effect.Effect<{ readonly bill: Billing.Bill; readonly worldRegion: string }, CostError> =>
  Effect.scoped(Effect.gen(function*() {
    const state = Option.getOrUndefined(flags.state)
    const endpoint = Option.getOrUndefined(flags.endpoint)
    if (state === undefined && endpoint === undefined) {
      return yield* refuse("MissingParameter", "Give the world to bill: --state FILE (a state file of ec2kit serve --state) or --endpoint URL (a running ec2kit serve)")
    }
    if (state !== undefined && endpoint !== undefined) {
      return yield* refuse("InvalidParameterCombination", "Give --state or --endpoint, not both")
    }
    if (state !== undefined && state.trim() === "") return yield* invalid("--state: empty file name")
    // A malformed time is refused before the world is opened (its value needs the world's time).
    for (const [flag, text] of [["--from", flags.from], ["--to", flags.to]] as const) {
      if (Option.isSome(text)) yield* Effect.fromResult(parseTime(flag, text.value, 0))
    }
    const prices = Option.getOrUndefined(flags.prices)
    const table = prices === undefined ? undefined : yield* readPrices(prices)
    const source = state !== undefined ? yield* stateSource(state) : yield* endpointSource(endpoint!)
    const time = (flag: string, text: Option.Option<string>) =>
      Option.match(text, { onNone: () => Effect.succeed(undefined), onSome: (t) => Effect.fromResult(parseTime(flag, t, source.now)) })
    const to = (yield* time("--to", flags.to)) ?? source.now
    if (to > source.now) {
      return yield* invalid(`--to ${CostReport.instant(to)} is after the world's current time ${CostReport.instant(source.now)}`)
    }
    const from = (yield* time("--from", flags.from)) ?? (yield* firstUsage(source, to, table))
    if (from > to) {
      return yield* Option.isSome(flags.to)
        ? refuse("InvalidParameterCombination", `--from ${CostReport.instant(from)} is after --to ${CostReport.instant(to)}`)
        : invalid(`--from ${CostReport.instant(from)} is after the world's current time ${CostReport.instant(to)}`)
    }
    const bill = yield* source.bill({ StartTime: from, EndTime: to, ...(table !== undefined ? { PriceTable: table } : {}) })
    return { bill, worldRegion: source.region }
  }))

/**
 * Runs `ec2kit cost`: prints the bill, or the error as one line (then fails with it: exit code 1).
 *
 * @since 0.2.0
 * @category running
 */
export const run = (flags: Flags): Effect.Effect<void, CostError> =>
  bill(flags).pipe(
    Effect.flatMap(({ bill, worldRegion }) => Console.log(flags.json ? JSON.stringify(bill, null, 2) : CostReport.text(bill, worldRegion))),
    Effect.tapError((e) =>
      flags.json
        ? Console.log(JSON.stringify({ error: { code: e.code, message: e.message } }))
        : Console.error(`error: ${e.code}: ${e.message}`)
    )
  )

/**
 * The command line with `--from -30d` written as `--from=-30d`: effect/cli reads a value that starts
 * with `-` as a flag, and a relative time is exactly that. Only the values of `--from` and `--to` of
 * `ec2kit cost` that look like `-<digits>…` are joined.
 *
 * @since 0.2.0
 * @category parsing
 */
export const joinRelativeTimes = (args: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (args[0] !== "cost") return args
  const out: Array<string> = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const next = args[i + 1]
    if ((arg === "--from" || arg === "--to") && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else {
      out.push(arg)
    }
  }
  return out
}

const text = (name: string, description: string) => Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

/**
 * The `cost` command.
 *
 * @since 0.2.0
 * @category commands
 */
export const command = Command.make(
  "cost",
  {
    state: text("state", "A state file of `ec2kit serve --state FILE` (read only: a running serve keeps its lock)"),
    endpoint: text("endpoint", "The URL of a running `ec2kit serve`, e.g. http://127.0.0.1:4590"),
    from: text("from", "Window start: ISO 8601 (2026-11-01, 2026-11-01T12:00:00Z; UTC unless an offset is given) or relative to the world's current time (-30d, -12h, now); default: the world's first usage"),
    to: text("to", "Window end (exclusive), as --from; default: the world's current time"),
    prices: text("prices", "A price table (JSON of @ec2kit/core Pricing.PriceTable) instead of the shipped us-east-1 table"),
    json: Flag.Boolean("json").pipe(Flag.withDescription("Print the raw bill (JSON) instead of the table"), Flag.withDefault(false))
  },
  run
).pipe(
  Command.withDescription(
    "The bill of an emulated world over a window: line items per resource, usage type, quantity, rate and cost, with the price table's date and Region (`--state FILE` or `--endpoint URL`)"
  )
)
