/**
 * The `ec2kit-metadata` program, bundled into `dist/server.cjs` and started by the launcher `bin.ts`
 * (which gives it V8's code cache). Exit codes: 0 after a clean stop (SIGINT or
 * SIGTERM) or `--help`; 2 for bad flags or a bad configuration file; 1 when the server cannot
 * start (e.g. the port is in use).
 *
 * @since 0.1.0
 */
// First import: starts the key search (internal/keys.ts) before effect and the CLI are evaluated,
// so the two overlap; that is most of the cold start.
import { started } from "./internal/prewarm.js"
import { Cause, Effect, Exit } from "effect"
import { run } from "./Cli.js"
import * as Environment from "./CliEnvironment.js"

const report = (exit: Exit.Exit<void, unknown>): number => {
  if (Exit.isSuccess(exit)) return 0
  const error = Cause.squash(exit.cause) as { readonly _tag?: unknown; readonly message?: unknown } | undefined
  if (error?._tag === "UsageError") {
    process.stderr.write(`ec2kit-metadata: ${String(error.message)}\n`)
    return 2
  }
  // effect/cli has printed the help and the parse errors.
  if (error?._tag === "ShowHelp") return 2
  if (error?._tag === "ServerError") {
    process.stderr.write(`ec2kit-metadata: ${String(error.message)}\n`)
    return 1
  }
  process.stderr.write(`${Cause.pretty(exit.cause)}\n`)
  return 1
}

void started
const args = process.argv.slice(2)
void Effect.runPromiseExit(run(args).pipe(Effect.provide(Environment.layer(args)))).then((exit) => {
  // Exit explicitly: a client may keep a connection half-open after the server closed.
  process.exit(report(exit))
})
