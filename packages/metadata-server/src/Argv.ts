/**
 * The executable's usual flags, read with Node's `util.parseArgs` instead of `effect/cli`, so a
 * plain start does not load (and evaluate) the CLI library: that was a third of the cold start over
 * bare Node (issue 8 §4 asks for < 100 ms to the first answer).
 *
 * The reader is deliberately narrow: it accepts only arguments it reads exactly as `effect/cli`
 * reads them with the flags of `Cli.ts` (long flags of that command, `--flag value` or
 * `--flag=value`, `--tag`/`--scheduled-event` repeated, each other flag at most once) and returns
 * `undefined` for everything else: `--help`, `--version`, `--completions`, `--wizard`,
 * `--log-level`, short or unknown flags, positional arguments, `--`, a repeated single flag, an empty
 * value, a value that looks like a flag. The caller then runs the real command line (`Cli.run`),
 * so help, parse errors and their exit codes stay those of `effect/cli`. `test/Argv.test.ts`
 * checks, on random argument lists, that whatever this reader accepts `effect/cli` reads the same.
 *
 * @since 0.1.0
 */
import { Option } from "effect"
import { parseArgs } from "node:util"
import type * as Run from "./Run.js"

/** The flags that take one value at most once, by their name on the command line. */
const single = [
  "host",
  "port",
  "config",
  "http-tokens",
  "http-endpoint",
  "instance-metadata-tags",
  "http-put-response-hop-limit",
  "client-hops",
  "user-data-file",
  "spot-interruption",
  "rebalance-recommendation",
  "max-connections",
  "idle-timeout",
  "request-timeout"
] as const

/** The repeatable flags. */
const repeated: ReadonlyArray<string> = ["tag", "scheduled-event"]

/** The boolean flags (`--quiet`; `--quiet=false`, `--quiet false` and `--no-quiet` are declined). */
const booleans = ["print-certificate", "quiet"] as const

const options = Object.fromEntries([
  ...single.map((name) => [name, { type: "string" as const }]),
  ...repeated.map((name) => [name, { type: "string" as const, multiple: true }]),
  ...booleans.map((name) => [name, { type: "boolean" as const }])
])

/**
 * The fallback of `--host` and `--port` (`Flag.withFallbackConfig` in `Cli.ts`): the environment
 * variable when it is set and not empty, else the default; `undefined` (decline) when the variable
 * is empty or another variable extends its name (`EC2KIT_METADATA_PORT_X`), cases where Effect's
 * environment provider has rules of its own.
 */
const fromEnv = (env: Readonly<Record<string, string | undefined>>, name: string, fallback: string): string | undefined => {
  const value = env[name]
  if (value === "" || Object.keys(env).some((k) => k.startsWith(`${name}_`) && env[k] !== undefined)) return undefined
  return value ?? fallback
}

/**
 * Reads the arguments (without `node` and the script) into the command's `Flags`, or returns
 * `undefined` when `effect/cli` must read them (see the module's description).
 *
 * @since 0.1.0
 * @category parsing
 */
export const parse = (
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>
): Run.Flags | undefined => {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; tokens: true; strict: true; allowPositionals: false }>>
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: false, tokens: true })
  } catch {
    return undefined // an unknown flag, a missing value, a value that looks like a flag, a positional
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens) {
    if (token.kind !== "option") return undefined // `--` (a positional would have thrown)
    if (token.rawName !== `--${token.name}`) return undefined // a short flag
    if (token.value === "") return undefined
    if (!repeated.includes(token.name)) {
      if (seen.has(token.name)) return undefined
      seen.add(token.name)
    }
  }
  const values = parsed.values as Record<string, string | Array<string> | boolean | undefined>
  const text = (name: typeof single[number]): Option.Option<string> => {
    const v = values[name]
    return typeof v === "string" ? Option.some(v) : Option.none()
  }
  const list = (name: string): ReadonlyArray<string> => {
    const v = values[name]
    return Array.isArray(v) ? v : []
  }
  const host = Option.getOrUndefined(text("host")) ?? fromEnv(env, "EC2KIT_METADATA_HOST", "127.0.0.1")
  const port = Option.getOrUndefined(text("port")) ?? fromEnv(env, "EC2KIT_METADATA_PORT", "1338")
  if (host === undefined || port === undefined) return undefined
  return {
    host,
    port,
    config: text("config"),
    httpTokens: text("http-tokens"),
    httpEndpoint: text("http-endpoint"),
    instanceMetadataTags: text("instance-metadata-tags"),
    httpPutResponseHopLimit: text("http-put-response-hop-limit"),
    clientHops: text("client-hops"),
    tag: list("tag"),
    userDataFile: text("user-data-file"),
    spotInterruption: text("spot-interruption"),
    scheduledEvent: list("scheduled-event"),
    rebalanceRecommendation: text("rebalance-recommendation"),
    maxConnections: text("max-connections"),
    idleTimeout: text("idle-timeout"),
    requestTimeout: text("request-timeout"),
    printCertificate: values["print-certificate"] === true,
    quiet: values["quiet"] === true
  }
}
