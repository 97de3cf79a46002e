/**
 * `ec2kit serve` (also the `ec2kit-serve` executable): the local EC2 emulator in the foreground.
 * This module parses and checks the flags into `@ec2kit/api-server`'s `Emulator.Options` and runs
 * the emulator until SIGINT or SIGTERM; the emulator itself lives in `@ec2kit/api-server`.
 *
 * Exit codes: 0 after `--help` or a clean stop (SIGINT/SIGTERM: the listener closed, the state file
 * closed); 2 for a bad flag (the message names it); 1 when the emulator cannot start (port in use,
 * state file held by another process or damaged).
 *
 * @since 0.1.0
 */
import { Control, Emulator, LiveMetadata, LocalEc2 } from "@ec2kit/api-server"
import { Context, Data, Effect, Layer, Option, Result } from "effect"
import { Command, Flag } from "effect/cli"
import * as Demo from "./Demo.js"
import * as Signals from "./Signals.js"

/**
 * A bad flag: printed with the flag's name, exit code 2.
 *
 * @since 0.1.0
 * @category errors
 */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

/**
 * The emulator could not start: printed, exit code 1.
 *
 * @since 0.1.0
 * @category errors
 */
export class StartError extends Data.TaggedError("StartError")<{ readonly message: string }> {}

/**
 * The flags as given, before checking.
 *
 * @since 0.1.0
 * @category models
 */
export interface Flags {
  readonly host: string
  readonly port: string
  readonly region: string
  readonly accountId: Option.Option<string>
  readonly seed: Option.Option<string>
  readonly delays: ReadonlyArray<string>
  readonly time: string
  readonly state: Option.Option<string>
  readonly quiet: boolean
  readonly logFormat: string
  /** A port, `off`, or `auto` (the EC2 port + 1; a free port when the EC2 port is 0). */
  readonly metadataPort: string
  readonly metadataInstance: Option.Option<string>
  /** `--no-metadata` makes it false. */
  readonly metadata: boolean
}

/**
 * What `serve` runs with.
 *
 * @since 0.1.0
 * @category models
 */
export interface Settings {
  readonly emulator: Omit<Emulator.Options, "log">
  readonly quiet: boolean
  readonly logFormat: "text" | "json"
}

type DelayKind = keyof typeof LocalEc2.realTimeDelays
const delayKinds = Object.keys(LocalEc2.realTimeDelays) as ReadonlyArray<DelayKind>

const fail = (message: string) => Result.fail(new UsageError({ message }))

/** The longest delay accepted: 30 days (a timer beyond node's 2^31 ms could never fire). */
const maxDelayMs = 30 * 86_400_000

/**
 * Reads `--delays` values: comma-separated `KIND=DELAY` or `KIND=immediate` items, or `immediate`
 * for every kind; later items win.
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseDelays = (values: ReadonlyArray<string>): Result.Result<Emulator.Options["delays"], UsageError> => {
  const delays: Partial<Record<DelayKind, "immediate" | number>> = {}
  for (const item of values.flatMap((v) => v.split(",")).map((s) => s.trim()).filter((s) => s !== "")) {
    if (item === "immediate") {
      for (const kind of delayKinds) delays[kind] = "immediate"
      continue
    }
    const eq = item.indexOf("=")
    const kind = item.slice(0, eq) as DelayKind
    if (eq <= 0 || !delayKinds.includes(kind)) {
      return fail(`--delays: '${item}' must be KIND=DELAY or immediate, KIND one of ${delayKinds.join(", ")}`)
    }
    const text = item.slice(eq + 1)
    const ms = text === "immediate" ? 0 : Control.parseDuration(text)
    if (ms === undefined || ms > maxDelayMs) {
      return fail(`--delays: invalid delay '${text}' for ${kind} (e.g. immediate, 500ms, 2s, 5m, 1h; at most 30d)`)
    }
    delays[kind] = text === "immediate" ? "immediate" : ms
  }
  return Result.succeed(Object.keys(delays).length === 0 ? undefined : delays)
}

/**
 * The instance metadata flags: the default listener's port (`auto`: the EC2 port + 1, e.g. 4591,
 * or a free port when `--port 0`) and instance, or none (`--metadata-port off`, `--no-metadata`).
 */
const metadataSettings = (flags: Flags): Result.Result<Pick<Emulator.Options, "metadataPort" | "metadataInstance">, UsageError> =>
  Result.gen(function*() {
    const instance = Option.getOrUndefined(flags.metadataInstance)
    const off = !flags.metadata || flags.metadataPort === "off"
    if (off) {
      return instance === undefined
        ? {}
        : yield* fail(`--metadata-instance: there is no metadata listener (--metadata-port off or --no-metadata)`)
    }
    const ec2Port = Number(flags.port)
    let port: number
    if (flags.metadataPort === "auto") {
      if (ec2Port === 65535) return yield* fail("--metadata-port: give one (auto is the EC2 port + 1, and --port is 65535)")
      port = ec2Port === 0 ? 0 : ec2Port + 1
    } else if (!/^\d{1,5}$/.test(flags.metadataPort) || Number(flags.metadataPort) > 65535) {
      return yield* fail(`--metadata-port: '${flags.metadataPort}' is not a port number (0-65535; 0 picks a free port), auto or off`)
    } else {
      port = Number(flags.metadataPort)
      if (port !== 0 && port === ec2Port) return yield* fail(`--metadata-port: ${port} is the EC2 endpoint's port (--port)`)
    }
    const selector = instance === undefined ? undefined : LiveMetadata.parseSelector(instance)
    if (selector !== undefined && Result.isFailure(selector)) return yield* fail(`--metadata-instance: ${selector.failure}`)
    return { metadataPort: port, ...(selector !== undefined ? { metadataInstance: selector.success } : {}) }
  })

/**
 * Checks the flags.
 *
 * @since 0.1.0
 * @category parsing
 */
export const settings = (flags: Flags): Result.Result<Settings, UsageError> =>
  Result.gen(function*() {
    if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65535) {
      return yield* fail(`--port: '${flags.port}' is not a port number (0-65535; 0 picks a free port)`)
    }
    if (flags.host.trim() === "") return yield* fail("--host: empty address")
    // Region names: https://docs.aws.amazon.com/general/latest/gr/rande.html (e.g. us-east-1, ap-southeast-4, us-gov-west-1)
    if (!/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(flags.region)) {
      return yield* fail(`--region: '${flags.region}' is not a region name like us-east-1`)
    }
    // An AWS account id is 12 digits: https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html
    const accountId = Option.getOrUndefined(flags.accountId)
    if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
      return yield* fail(`--account-id: '${accountId}' is not a 12-digit account id`)
    }
    if (flags.time !== "real" && flags.time !== "virtual") return yield* fail(`--time: '${flags.time}' is not one of real, virtual`)
    if (flags.logFormat !== "text" && flags.logFormat !== "json") {
      return yield* fail(`--log-format: '${flags.logFormat}' is not one of text, json`)
    }
    const state = Option.getOrUndefined(flags.state)
    if (state !== undefined && state.trim() === "") return yield* fail("--state: empty file name")
    const metadata = yield* metadataSettings(flags)
    const delays = yield* parseDelays(flags.delays)
    const seed = Option.getOrUndefined(flags.seed)
    return {
      emulator: {
        host: flags.host,
        port: Number(flags.port),
        region: flags.region,
        time: flags.time,
        ...(accountId !== undefined ? { accountId } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(delays !== undefined ? { delays } : {}),
        ...(state !== undefined ? { state } : {}),
        ...metadata
      },
      quiet: flags.quiet,
      logFormat: flags.logFormat
    }
  })

/**
 * One request-log line, as text (`RunInstances 200 3.1ms <request id>`) or JSON.
 *
 * @since 0.1.0
 * @category formatting
 */
export const logLine = (format: "text" | "json", entry: Emulator.LogEntry): string => {
  const ms = Math.round(entry.ms * 10) / 10
  return format === "json"
    ? JSON.stringify({ action: entry.action, status: entry.status, ms, requestId: entry.requestId })
    : `${entry.action} ${entry.status} ${ms}ms ${entry.requestId}`
}

// The handlers are installed by the executable before it loads anything (see `Signals`); a signal
// received while the emulator started is answered at once.
const waitForSignal = Effect.callback<Signals.StopSignal>((resume) => {
  const cancel = Signals.onStop((signal) => resume(Effect.succeed(signal)))
  return Effect.sync(cancel)
})

/**
 * Runs the emulator until SIGINT or SIGTERM, then stops it (listener, then world and state file).
 * `demo` (`--demo`, `--self-check`; see `Demo`): `"demo"` first launches a demo instance and prints
 * how to see it; `"self-check"` then checks the emulator with the AWS CLI and stops instead of waiting.
 *
 * @since 0.1.0
 * @category running
 */
export const serve = (s: Settings, demo: "off" | "demo" | "self-check" = "off"): Effect.Effect<void, StartError | Demo.DemoError> =>
  Effect.scoped(Effect.gen(function*() {
    const log = s.quiet ? undefined : (entry: Emulator.LogEntry) => void process.stdout.write(`${logLine(s.logFormat, entry)}\n`)
    const running = yield* Layer.build(Emulator.layer({ ...s.emulator, log })).pipe(
      Effect.map((context) => Context.get(context, Emulator.Emulator)),
      Effect.mapError((e) => new StartError({ message: "message" in e && typeof e.message === "string" && e.message !== "" ? e.message : String(e) }))
    )
    // Stopped while it started: no banner, the endpoints are closing.
    if (Signals.received() === undefined) {
      process.stdout.write(
        s.quiet
          ? `ec2kit serve: ${running.url}\n${running.metadata !== undefined ? `ec2kit serve: metadata ${running.metadata.url}\n` : ""}`
          : `ec2kit serve: the EC2 emulator is running\n${Emulator.usage(running)}\n${demo === "off" ? "\nCtrl-C stops it.\n" : ""}`
      )
    }
    // Stopped while it started: no demo instance either (the emulator is stopping; a launch would only delay it).
    if (demo !== "off" && Signals.received() === undefined) {
      const instance = yield* Demo.launch(running)
      process.stdout.write(`\n${Demo.text(running, instance)}\n`)
      if (demo === "self-check") return yield* Demo.selfCheck(running, instance)
      process.stdout.write(`\nCtrl-C stops it.\n`)
    }
    const signal = yield* waitForSignal
    process.stderr.write(`ec2kit serve: ${signal}, stopping${s.emulator.state !== undefined ? ` (state kept in ${s.emulator.state})` : ""}\n`)
  }))

const text = (name: string, description: string) => Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

/**
 * The `serve` command (named `ec2kit-serve` when run as its own executable).
 *
 * @since 0.1.0
 * @category commands
 */
export const command = (name: string) =>
  Command.make(
    name,
    {
      host: Flag.String("host").pipe(Flag.withDefault("127.0.0.1"), Flag.withDescription("Address to listen on (default 127.0.0.1; ::1 works)")),
      port: Flag.String("port").pipe(
        Flag.withDefault(String(Emulator.defaultPort)),
        Flag.withDescription(`Port of the EC2 endpoint and the control endpoints (default ${Emulator.defaultPort}, clear of moto's 5000 and LocalStack's 4566; 0 picks a free port)`)
      ),
      region: Flag.String("region").pipe(
        Flag.withDefault("us-east-1"),
        Flag.withDescription("The world's region, and the endpoint's: requests signed for another region are refused as AWS does (default us-east-1)")
      ),
      accountId: text("account-id", "The world's 12-digit account id (default 123456789012)"),
      seed: text("seed", "Seed of ids and addresses: the same seed gives the same ids (default random)"),
      delays: Flag.String("delays").pipe(
        Flag.withDescription(
          `Transition delays, KIND=DELAY[,…] or immediate (repeatable); DELAY like immediate, 500ms, 2s, 5m. KIND: ${delayKinds.join(", ")}. Defaults: 100ms for the short transitions in real time, Ec2Memory's in virtual time`
        ),
        Flag.atLeast(0)
      ),
      time: Flag.String("time").pipe(
        Flag.withDefault("real"),
        Flag.withDescription("real (default): transitions take wall-clock time; virtual: the clock stands still until POST /_ec2kit/advance")
      ),
      state: text("state", "Journal file: the world is loaded from it and every change is written to it before it is answered (survives kill -9); one process per file"),
      metadataPort: Flag.String("metadata-port").pipe(
        Flag.withDefault("auto"),
        Flag.withDescription(
          `Port of the instance metadata listener serving --metadata-instance (AWS_EC2_METADATA_SERVICE_ENDPOINT): auto (default: the EC2 port + 1, ${Emulator.defaultMetadataPort}; a free port with --port 0), a port, 0 (a free one) or off. More listeners: POST /_ec2kit/metadata`
        )
      ),
      metadataInstance: text(
        "metadata-instance",
        "The instance the metadata listener serves: an instance id (i-…), a tag Key=Value (the newest instance carrying it), or newest (default: the newest instance not shutting-down or terminated)"
      ),
      metadata: Flag.Boolean("metadata").pipe(
        Flag.withDefault(true),
        Flag.withDescription("--no-metadata: no instance metadata listener (as --metadata-port off)")
      ),
      quiet: Flag.Boolean("quiet").pipe(Flag.withDefault(false), Flag.withDescription("Print only the endpoint URLs (ec2kit serve: URL, then ec2kit serve: metadata URL); no request log")),
      demo: Flag.Boolean("demo").pipe(
        Flag.withDefault(false),
        Flag.withDescription("Launch a demo instance through the endpoint and print the commands that show it (pnpm start). In CI (env CI set) or with EC2KIT_SELF_CHECK=1 it is --self-check")
      ),
      selfCheck: Flag.Boolean("self-check").pipe(
        Flag.withDefault(false),
        Flag.withDescription("Launch the demo instance, check the emulator with the aws on PATH (describe-instances) and its instance metadata (IMDSv2), print what they answered, and exit: 0 if right, 1 if not")
      ),
      logFormat: Flag.String("log-format").pipe(
        Flag.withDefault("text"),
        Flag.withDescription("text (default) or json: one line per request with the action, HTTP status, milliseconds and request id")
      )
    },
    ({ demo, selfCheck, ...flags }) =>
      Effect.gen(function*() {
        const s = settings(flags)
        if (Result.isFailure(s)) return yield* Effect.fail(s.failure)
        yield* serve(s.success, selfCheck || (demo && Demo.selfCheckRequested(process.env)) ? "self-check" : demo ? "demo" : "off")
      })
  ).pipe(
    Command.withDescription(
      "The local EC2 emulator: one in-memory EC2 world behind EC2's own API (point the AWS CLI, boto3 or any SDK at it), the live instance metadata of its instances (IMDS, on --metadata-port), control endpoints under /_ec2kit/ (health, reset, advance, hypervisor/…, metadata) and moto's POST /moto-api/reset. See docs/emulator.md."
    )
  )

/**
 * Runs `ec2kit-serve` with the given arguments (without `node` and the script).
 *
 * @since 0.1.0
 * @category running
 */
export const run = (args: ReadonlyArray<string>, name = "ec2kit-serve") => Command.runWith(command(name), { version: "0.1.0" })(args)
