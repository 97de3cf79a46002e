// The executable's own flag reader (Argv.ts, node's util.parseArgs) must read every argument list
// it accepts exactly as effect/cli reads it with Cli.ts's flags; everything else it declines, and
// the executable then runs effect/cli itself (help, errors, exit codes: Cli.test.ts).
import { ConfigProvider, Effect, Option } from "effect"
import { Command } from "effect/cli"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Argv from "../src/Argv.js"
import * as Cli from "../src/Cli.js"
import * as Environment from "../src/CliEnvironment.js"

type Env = Record<string, string | undefined>

/** What effect/cli hands the command's handler for these arguments, or undefined when it refuses them. */
const viaEffectCli = (args: ReadonlyArray<string>, env: Env): Cli.Flags | undefined => {
  let got: Cli.Flags | undefined
  const command = Command.make("ec2kit-metadata", Cli.flags, (flags) => Effect.sync(() => void (got = flags)))
  const defined = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined))
  const exit = Effect.runSyncExit(
    Command.runWith(command, { version: "0.1.0", renderErrors: false })(args).pipe(
      Effect.provide(Environment.layer(args)),
      Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: defined }))
    )
  )
  return exit._tag === "Success" ? got : undefined
}

const defaults: Cli.Flags = {
  host: "127.0.0.1",
  port: "1338",
  config: Option.none(),
  httpTokens: Option.none(),
  httpEndpoint: Option.none(),
  instanceMetadataTags: Option.none(),
  httpPutResponseHopLimit: Option.none(),
  clientHops: Option.none(),
  tag: [],
  userDataFile: Option.none(),
  spotInterruption: Option.none(),
  scheduledEvent: [],
  rebalanceRecommendation: Option.none(),
  maxConnections: Option.none(),
  idleTimeout: Option.none(),
  requestTimeout: Option.none(),
  printCertificate: false,
  quiet: false
}

describe("Argv.parse (the executable's flag reader)", () => {
  it("reads the usual flags as effect/cli does", () => {
    const args = ["--port", "0", "--quiet", "--http-tokens=required", "--tag", "Name=web", "--tag=team=a=b", "--scheduled-event", "system-reboot@2m", "--host", "::1"]
    const expected: Cli.Flags = {
      ...defaults,
      host: "::1",
      port: "0",
      httpTokens: Option.some("required"),
      tag: ["Name=web", "team=a=b"],
      scheduledEvent: ["system-reboot@2m"],
      quiet: true
    }
    expect(Argv.parse(args, {})).toEqual(expected)
    expect(viaEffectCli(args, {})).toEqual(expected)
    expect(Argv.parse([], {})).toEqual(defaults)
    expect(viaEffectCli([], {})).toEqual(defaults)
  })

  it("takes --host and --port from EC2KIT_METADATA_HOST / EC2KIT_METADATA_PORT, flags first", () => {
    const env = { EC2KIT_METADATA_HOST: "0.0.0.0", EC2KIT_METADATA_PORT: "80" }
    expect(Argv.parse([], env)).toEqual({ ...defaults, host: "0.0.0.0", port: "80" })
    expect(Argv.parse(["--port", "1"], env)).toEqual({ ...defaults, host: "0.0.0.0", port: "1" })
    expect(viaEffectCli(["--port", "1"], env)).toEqual({ ...defaults, host: "0.0.0.0", port: "1" })
  })

  it("declines what effect/cli must handle: help, version, built-in flags, errors, unusual forms", () => {
    const declined: ReadonlyArray<ReadonlyArray<string>> = [
      ["--help"],
      ["-h"],
      ["--version"],
      ["-v"],
      ["--wizard"],
      ["--completions", "bash"],
      ["--log-level", "debug"],
      ["--bogus"],
      ["--Port", "1"],
      ["serve"],
      ["--", "--port", "1"],
      ["--port"],
      ["--port", "-1"],
      ["--port", "1", "--port", "2"],
      ["--quiet", "--quiet"],
      ["--quiet=false"],
      ["--quiet", "false"],
      ["--no-quiet"],
      ["--host", ""],
      ["--host="]
    ]
    for (const args of declined) expect(Argv.parse(args, {}), args.join(" ")).toBeUndefined()
    expect(Argv.parse([], { EC2KIT_METADATA_PORT: "" })).toBeUndefined()
    expect(Argv.parse([], { EC2KIT_METADATA_HOST_X: "1" })).toBeUndefined()
  })

  const known = Object.keys(Cli.flags).map((k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
  const names = [...known, "help", "version", "wizard", "completions", "log-level", "no-quiet", "Port", "bogus", "h"]
  const plain = fc.oneof(
    fc.constantFrom("0", "1338", "a=b", "::1", "x y", "required", "-", "system-reboot@2m"),
    fc.string({ minLength: 1, maxLength: 6 }).filter((v) => !v.startsWith("-"))
  )
  const hostile = fc.constantFrom("", "-1", "--", "true", "false", "-h", "--port", "-x")
  const numRuns = process.env.CI ? 1_000 : 200
  /** Asserts that effect/cli reads whatever Argv.parse accepts the same; returns whether it accepted. */
  const agrees = (args: ReadonlyArray<string>, env: Env): boolean => {
    const ours = Argv.parse(args, env)
    if (ours !== undefined) expect(viaEffectCli(args, env), args.join(" ")).toEqual(ours)
    return ours !== undefined
  }

  it("property: well-formed argument lists are accepted and read as effect/cli reads them", () => {
    const flag = fc.tuple(fc.constantFrom(...known), plain, fc.boolean()).map(([n, v, inline]) =>
      n === "quiet" || n === "print-certificate" ? [`--${n}`] : inline ? [`--${n}=${v}`] : [`--${n}`, v]
    )
    // each single flag at most once; --tag and --scheduled-event as often as drawn
    const args = fc.array(flag, { maxLength: 8 }).map((fs) => {
      const seen = new Set<string>()
      return fs.filter(([f]) => {
        const name = f!.split("=")[0]!
        if (name === "--tag" || name === "--scheduled-event") return true
        if (seen.has(name)) return false
        seen.add(name)
        return true
      }).flat()
    })
    const env = fc.record({
      EC2KIT_METADATA_HOST: fc.option(fc.constantFrom("0.0.0.0", "::"), { nil: undefined }),
      EC2KIT_METADATA_PORT: fc.option(fc.constantFrom("80", "abc"), { nil: undefined })
    })
    fc.assert(fc.property(args, env, (a, e) => void expect(agrees(a, e), a.join(" ")).toBe(true)), { numRuns })
  })

  it("property: on any argument list, whatever it accepts effect/cli reads the same", () => {
    const value = fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: hostile })
    const token = fc.oneof(
      fc.constantFrom(...names).map((n) => [`--${n}`]),
      fc.tuple(fc.constantFrom(...names), value).map(([n, v]) => [`--${n}=${v}`]),
      fc.tuple(fc.constantFrom(...names), value).map(([n, v]) => [`--${n}`, v]),
      fc.constantFrom("-h", "-v", "-q", "--", "-").map((t) => [t]),
      value.map((v) => [v])
    )
    const envValue = fc.option(fc.constantFrom("", "0.0.0.0", "80", "abc"), { nil: undefined })
    const env = fc.record({
      EC2KIT_METADATA_HOST: envValue,
      EC2KIT_METADATA_PORT: envValue,
      EC2KIT_METADATA_PORT_X: fc.option(fc.constant("1"), { nil: undefined, freq: 4 })
    })
    fc.assert(fc.property(fc.array(token, { maxLength: 5 }).map((ts) => ts.flat()), env, (a, e) => void agrees(a, e)), { numRuns })
  })
})
