/**
 * What `ec2kit-metadata` does once its flags are parsed: validate them (with the configuration file
 * and the user data file) into `Settings`, and run the server until SIGINT or SIGTERM. Kept apart
 * from the flag definitions (`Cli.ts`, on `effect/cli`) so that the executable's usual start, whose
 * flags `Argv.ts` reads, never loads the CLI library (issue 8 §4: cold start).
 *
 * @since 0.1.0
 */
import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Data, Deferred, Effect, Option, Result } from "effect"
import * as fs from "node:fs"
import * as Config from "./Config.js"
import * as Metadata from "./Metadata.js"
import * as Server from "./Server.js"

/**
 * A problem with the flags or the configuration file: printed, exit code 2.
 *
 * @since 0.1.0
 * @category errors
 */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

/**
 * The flags, as given (before validation).
 *
 * @since 0.1.0
 * @category models
 */
export interface Flags {
  readonly host: string
  readonly port: string
  readonly config: Option.Option<string>
  readonly httpTokens: Option.Option<string>
  readonly httpEndpoint: Option.Option<string>
  readonly instanceMetadataTags: Option.Option<string>
  readonly httpPutResponseHopLimit: Option.Option<string>
  readonly clientHops: Option.Option<string>
  readonly tag: ReadonlyArray<string>
  readonly userDataFile: Option.Option<string>
  readonly spotInterruption: Option.Option<string>
  readonly scheduledEvent: ReadonlyArray<string>
  readonly rebalanceRecommendation: Option.Option<string>
  readonly maxConnections: Option.Option<string>
  readonly idleTimeout: Option.Option<string>
  readonly requestTimeout: Option.Option<string>
  readonly printCertificate: boolean
  readonly quiet: boolean
}

/**
 * What the server runs with once flags and configuration are merged and validated.
 *
 * @since 0.1.0
 * @category models
 */
export interface Settings {
  readonly host: string
  readonly port: number
  readonly config: Config.ConfigFile
  /** The limits given by flags (the others are `Server.defaultLimits`). */
  readonly limits: Partial<Server.Limits>
  readonly printCertificate: boolean
  readonly quiet: boolean
}

const fail = (message: string) => Result.fail(new UsageError({ message }))

const choice = (flag: string, value: Option.Option<string>, allowed: ReadonlyArray<string>) =>
  Option.match(value, {
    onNone: () => Result.succeed(undefined),
    onSome: (v) =>
      allowed.includes(v) ? Result.succeed(v) : fail(`--${flag}: '${v}' is not one of ${allowed.join(", ")}`)
  })

// Both hop counts are "Integers from 1 to 64" (HttpPutResponseHopLimit —
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html, read 2026-12-03).
const hops = (flag: string, value: Option.Option<string>) =>
  Option.match(value, {
    onNone: () => Result.succeed(undefined),
    onSome: (v) =>
      /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 64
        ? Result.succeed(Number(v))
        : fail(`--${flag}: '${v}' is not an integer from 1 to 64`)
  })

const spotActions = ["stop", "hibernate", "terminate"] as const
const eventCodes = ["instance-reboot", "system-reboot", "system-maintenance", "instance-retirement", "instance-stop"] as const

const atDelay = <A extends string>(flag: string, text: string, allowed: ReadonlyArray<A>) => {
  const at = text.lastIndexOf("@")
  const what = at === -1 ? text : text.slice(0, at)
  if (at === -1) return fail(`--${flag}: '${text}' must be ${allowed.join("|")}@DELAY, e.g. ${allowed[0]}@90s`)
  if (!(allowed as ReadonlyArray<string>).includes(what)) return fail(`--${flag}: '${what}' is not one of ${allowed.join(", ")}`)
  const delay = text.slice(at + 1)
  if (Result.isFailure(Config.parseDelay(delay))) return fail(`--${flag}: invalid delay '${delay}' (expected e.g. 0s, 90s, 2m, 1h)`)
  return Result.succeed({ what: what as A, delay })
}

/**
 * Reads at most `limit` bytes of a file: one more byte than that means "too large", without
 * reading the rest (`/dev/zero`, a huge file or an endless pipe never fills memory).
 */
const readAtMost = (flag: string, path: string, limit: number) => {
  let fd: number | undefined
  try {
    fd = fs.openSync(path, "r")
    const buffer = Buffer.alloc(limit + 1)
    let length = 0
    for (let n = -1; n !== 0 && length <= limit;) {
      n = fs.readSync(fd, buffer, length, limit + 1 - length, null)
      length += n
    }
    if (length <= limit) return Result.succeed(buffer.subarray(0, length))
    const stat = fs.fstatSync(fd)
    const size = stat.isFile() ? `${stat.size} bytes` : `more than ${limit} bytes`
    return fail(`${flag}: ${path} is ${size}`)
  } catch (e) {
    return fail(`${flag}: cannot read '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/**
 * The largest configuration file read (1 MiB): a configuration holds at most 16 KB of user data
 * (22 KB in base64) and two PEM keys, a few KB each.
 */
const configLimit = 1_048_576

// Server limits: a count from 1 to 1,000,000, delays like the other DELAY flags, 1 ms to 1 h.
const count = (flag: string, value: Option.Option<string>) =>
  Option.match(value, {
    onNone: () => Result.succeed(undefined),
    onSome: (v) =>
      /^\d{1,7}$/.test(v) && Number(v) >= 1 && Number(v) <= 1_000_000
        ? Result.succeed(Number(v))
        : fail(`--${flag}: '${v}' is not an integer from 1 to 1000000`)
  })
const delay = (flag: string, value: Option.Option<string>) =>
  Option.match(value, {
    onNone: () => Result.succeed(undefined),
    onSome: (v) => {
      const ms = Config.parseDelay(v)
      return Result.isSuccess(ms) && ms.success >= 1 && ms.success <= 3_600_000
        ? Result.succeed(ms.success)
        : fail(`--${flag}: invalid delay '${v}' (expected 1ms to 1h, e.g. 500ms, 5s, 1m)`)
    }
  })

/**
 * Validates the flags, reads the configuration file and the user data file, and merges them
 * (flags win over the file).
 *
 * @since 0.1.0
 * @category parsing
 */
export const settings = (flags: Flags): Result.Result<Settings, UsageError> =>
  Result.gen(function*() {
    if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65535) {
      return yield* fail(`--port: '${flags.port}' is not a port number (0-65535)`)
    }
    const fromFile: Record<string, unknown> = yield* Option.match(flags.config, {
      onNone: () => Result.succeed({}),
      onSome: (path) =>
        Result.flatMap(readAtMost("--config", path, configLimit), (bytes) => {
          try {
            const json: unknown = JSON.parse(bytes.toString("utf8"))
            return typeof json === "object" && json !== null && !Array.isArray(json)
              ? Result.succeed(json as Record<string, unknown>)
              : fail(`--config: ${path}: the configuration must be a JSON object`)
          } catch (e) {
            return fail(`--config: ${path}: not valid JSON: ${(e as Error).message}`)
          }
        })
    })
    const base: Record<string, unknown> = typeof fromFile["Instance"] === "object" && fromFile["Instance"] !== null
      ? { ...(fromFile["Instance"] as Record<string, unknown>), ...fromFile, Instance: undefined }
      : { ...fromFile }
    delete base["Instance"]
    const httpTokens = yield* choice("http-tokens", flags.httpTokens, ["optional", "required"])
    const httpEndpoint = yield* choice("http-endpoint", flags.httpEndpoint, ["enabled", "disabled"])
    const tags = yield* choice("instance-metadata-tags", flags.instanceMetadataTags, ["enabled", "disabled"])
    const hopLimit = yield* hops("http-put-response-hop-limit", flags.httpPutResponseHopLimit)
    const clientHops = yield* hops("client-hops", flags.clientHops)
    const options = { ...(base["MetadataOptions"] as Record<string, unknown> | undefined) }
    if (httpTokens !== undefined) options["HttpTokens"] = httpTokens
    if (httpEndpoint !== undefined) options["HttpEndpoint"] = httpEndpoint
    if (tags !== undefined) options["InstanceMetadataTags"] = tags
    if (hopLimit !== undefined) options["HttpPutResponseHopLimit"] = hopLimit
    base["MetadataOptions"] = options
    if (clientHops !== undefined) base["ClientHops"] = clientHops
    if (flags.tag.length > 0) {
      const current = Array.isArray(base["Tags"]) ? (base["Tags"] as Array<{ Key: string; Value: string }>) : []
      const byKey = new Map(current.map((t) => [t.Key, t]))
      for (const t of flags.tag) {
        const eq = t.indexOf("=")
        if (eq <= 0) return yield* fail(`--tag: '${t}' must be KEY=VALUE`)
        byKey.set(t.slice(0, eq), { Key: t.slice(0, eq), Value: t.slice(eq + 1) })
      }
      base["Tags"] = [...byKey.values()]
    }
    if (Option.isSome(flags.userDataFile)) {
      // "The user data is limited to 16 KB, in raw form" —
      // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html (read 2026-11): no more is read.
      const bytes = yield* Result.mapError(
        readAtMost("--user-data-file", flags.userDataFile.value, Config.userDataLimit),
        (e) => e.message.includes("cannot read") ? e : new UsageError({ message: `${e.message}; EC2 allows ${Config.userDataLimit} (16 KB of raw user data)` })
      )
      base["UserDataBase64"] = bytes.toString("base64")
      delete base["UserData"]
    }
    if (Option.isSome(flags.spotInterruption)) {
      const s = yield* atDelay("spot-interruption", flags.spotInterruption.value, spotActions)
      base["SpotInterruption"] = { Action: s.what, Delay: s.delay }
    }
    if (flags.scheduledEvent.length > 0) {
      const events = Array.isArray(base["ScheduledEvents"]) ? [...(base["ScheduledEvents"] as Array<unknown>)] : []
      for (const e of flags.scheduledEvent) {
        const s = yield* atDelay("scheduled-event", e, eventCodes)
        events.push({ Code: s.what, Delay: s.delay })
      }
      base["ScheduledEvents"] = events
    }
    if (Option.isSome(flags.rebalanceRecommendation)) {
      const d = flags.rebalanceRecommendation.value
      if (Result.isFailure(Config.parseDelay(d))) return yield* fail(`--rebalance-recommendation: invalid delay '${d}' (expected e.g. 0s, 90s, 2m, 1h)`)
      base["RebalanceRecommendation"] = { Delay: d }
    }
    const config = yield* Result.mapError(
      Config.fromUnknown(base),
      (e) => new UsageError({ message: `${Option.isSome(flags.config) ? `--config: ${flags.config.value}: ` : ""}${e.message}` })
    )
    const maxConnections = yield* count("max-connections", flags.maxConnections)
    const idleTimeoutMs = yield* delay("idle-timeout", flags.idleTimeout)
    const requestTimeoutMs = yield* delay("request-timeout", flags.requestTimeout)
    const limits: { -readonly [K in keyof Server.Limits]?: Server.Limits[K] } = {}
    if (maxConnections !== undefined) limits.maxConnections = maxConnections
    if (idleTimeoutMs !== undefined) limits.idleTimeoutMs = idleTimeoutMs
    if (requestTimeoutMs !== undefined) limits.requestTimeoutMs = requestTimeoutMs
    return { host: flags.host, port: Number(flags.port), config, limits, printCertificate: flags.printCertificate, quiet: flags.quiet }
  })

/**
 * Runs the server until SIGINT or SIGTERM, then closes it.
 *
 * @since 0.1.0
 * @category running
 */
export const serve = (s: Settings): Effect.Effect<void, UsageError | Server.ServerError> =>
  Effect.scoped(Effect.gen(function*() {
    const metadata = yield* Metadata.standalone(s.config).pipe(Effect.provide(ImdsToken.ImdsTokens.layer))
    if (s.printCertificate) {
      const signer = yield* Deferred.await(metadata.signer).pipe(Effect.mapError((e) => new UsageError({ message: e.message })))
      process.stdout.write(signer.rsaCertificatePem + signer.dsaCertificatePem)
    } else {
      // A bad signing key in the configuration is a configuration error: report it (exit 2).
      yield* Effect.forkScoped(Deferred.await(metadata.signer).pipe(
        Effect.catch((e) => Effect.sync(() => {
          process.stderr.write(`ec2kit-metadata: ${e.message}\n`)
          process.exit(2)
        }))
      ))
    }
    const clientHops = s.config.ClientHops ?? 1
    const hopLimit = s.config.MetadataOptions?.HttpPutResponseHopLimit ?? 1
    const address = yield* Server.serve({
      host: s.host,
      port: s.port,
      clientHops,
      limits: s.limits,
      log: s.quiet ? undefined : (line) => void process.stdout.write(`${line}\n`)
    }).pipe(Effect.provideService(Metadata.Metadata, metadata))
    process.stderr.write(
      `ec2kit-metadata: serving ${address.url} (HttpTokens=${s.config.MetadataOptions?.HttpTokens ?? "optional"}, HttpPutResponseHopLimit=${hopLimit}, clients ${clientHops} hop${clientHops === 1 ? "" : "s"} away${
        clientHops > hopLimit ? ": token requests will get no answer" : ""
      })\n`
    )
    yield* Effect.callback<void>((resume) => {
      const stop = (signal: string) => () => {
        process.stderr.write(`ec2kit-metadata: ${signal}, stopping\n`)
        resume(Effect.void)
      }
      process.once("SIGINT", stop("SIGINT"))
      process.once("SIGTERM", stop("SIGTERM"))
    })
  }))

/**
 * The command's handler: validates the flags, then serves (a bad flag fails with `UsageError`
 * before anything listens).
 *
 * @since 0.1.0
 * @category running
 */
export const main = (flags: Flags): Effect.Effect<void, UsageError | Server.ServerError> =>
  Effect.suspend(() => {
    const s = settings(flags)
    return Result.isFailure(s) ? Effect.fail(s.failure) : serve(s.success)
  })
