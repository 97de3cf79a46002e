/**
 * The `ec2kit-metadata` program, bundled into `dist/server.cjs` and started by the launcher `bin.ts`
 * (which gives it V8's code cache). Exit codes: 0 after a clean stop (SIGINT or
 * SIGTERM) or `--help`; 2 for bad flags or a bad configuration file; 1 when the server cannot
 * start (e.g. the port is in use).
 *
 * A start reads its flags with `Argv.ts` (Node's `util.parseArgs`) and runs `Run.main` directly.
 * When that reader declines the arguments (`--help`, `--version`, a parse error, anything unusual),
 * the program is `mainCli.ts` instead, on `effect/cli`: its own bundle, `mainCli.cjs` beside this
 * one (tsup.config.ts), required only then. Loading the CLI library was a third of the cold start
 * over bare Node (issue 8 §4: < 100 ms to the first answer).
 *
 * @since 0.1.0
 */
// First import: starts the key search (internal/keys.ts) before effect and the rest are evaluated,
// so the two overlap.
import { started } from "./internal/prewarm.js"
import { Effect } from "effect"
import * as path from "node:path"
import * as Argv from "./Argv.js"
import { report } from "./internal/exitCode.js"
import * as Run from "./Run.js"

void started
const flags = Argv.parse(process.argv.slice(2), process.env)
if (flags === undefined) {
  // `mainCli.ts`'s bundle, beside this one in dist/ (a computed path: the bundler leaves it alone)
  require(path.join(__dirname, "mainCli.cjs"))
} else {
  void Effect.runPromiseExit(Run.main(flags)).then((exit) => {
    // Exit explicitly: a client may keep a connection half-open after the server closed.
    process.exit(report(exit))
  })
}
