/**
 * The `ec2kit-serve` executable once its signal handlers are installed (see `serveBin`): runs the
 * command line and exits with its code (0 after `--help` or a clean stop, 2 for a bad flag, 1 when
 * the emulator cannot start).
 *
 * @since 0.1.0
 */
import * as Environment from "@ec2kit/metadata-server/CliEnvironment"
import { Cause, Effect, Exit } from "effect"
import { run } from "./Serve.js"

const name = process.env["EC2KIT_SERVE_NAME"] ?? "ec2kit-serve"

const report = (exit: Exit.Exit<void, unknown>): number => {
  if (Exit.isSuccess(exit)) return 0
  const error = Cause.squash(exit.cause) as { readonly _tag?: unknown; readonly message?: unknown } | undefined
  if (error?._tag === "UsageError") {
    process.stderr.write(`${name}: ${String(error.message)}\n`)
    return 2
  }
  // effect/cli has printed the help and the parse error (an unknown flag, a missing value).
  if (error?._tag === "ShowHelp") return 2
  // --demo / --self-check: the demo instance could not be launched, or the self-check failed.
  if (error?._tag === "DemoError") {
    process.stderr.write(`${name}: ${String(error.message)}\n`)
    return 1
  }
  if (error?._tag === "StartError") {
    process.stderr.write(`${name}: cannot start: ${String(error.message)}\n`)
    return 1
  }
  process.stderr.write(`${Cause.pretty(exit.cause)}\n`)
  return 1
}

const args = process.argv.slice(2)
void Effect.runPromiseExit(run(args, name).pipe(Effect.provide(Environment.layer(args, name)))).then((exit) => {
  // Exit explicitly: a client may keep a connection half-open after the server closed.
  process.exit(report(exit))
})
