/**
 * The `ec2kit-metadata` program on the full `effect/cli` command line (`Cli.ts`): `--help`,
 * `--version`, completions, parse errors and their exit codes, then the same `Run.main` as the
 * usual start. Built as its own bundle and embedded in `dist/server.cjs` as a function that only
 * runs when `main.ts`'s flag reader (`Argv.ts`) declines the arguments, so a plain start neither
 * evaluates nor (with the code cache) compiles the CLI library. See tsup.config.ts.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { run } from "./Cli.js"
import * as Environment from "./CliEnvironment.js"
import { report } from "./internal/exitCode.js"

const args = process.argv.slice(2)
void Effect.runPromiseExit(run(args).pipe(Effect.provide(Environment.layer(args)))).then((exit) => {
  // Exit explicitly: a client may keep a connection half-open after the server closed.
  process.exit(report(exit))
})
