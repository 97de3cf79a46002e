#!/usr/bin/env node
// `pnpm install`'s build step (the root package's `prepare`): builds every package as `pnpm build`
// does, but sends tsup's output to a log file, so the quick start's first screen is the emulator,
// not ~300 lines of build log. Prints one line on success; on failure the log's tail (on stderr,
// which pnpm shows) and where the whole log is, and exits with the build's code.
import { spawn } from "node:child_process"
import { mkdirSync, openSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const logDir = join(root, "node_modules", ".ec2kit")
const logPath = join(logDir, "build.log")
mkdirSync(logDir, { recursive: true })
const log = openSync(logPath, "w")

// pnpm sets npm_execpath to its own entry script, so this runs the pnpm that runs us (also when it
// came from `npx pnpm@10`, where no `pnpm` may be on PATH for other programs).
const pnpm = process.env["npm_execpath"]
const [command, args] = pnpm !== undefined && /pnpm/.test(pnpm) && /\.c?js$/.test(pnpm)
  ? [process.execPath, [pnpm]]
  : ["pnpm", []]
const started = performance.now()
const child = spawn(command, [...args, "-r", "--filter", "./packages/**", "build"], {
  cwd: root,
  stdio: ["ignore", log, log]
})
child.on("error", (e) => finish(1, `cannot run pnpm: ${e.message}`))
child.on("exit", (code, signal) => finish(code ?? 1, signal !== null ? `stopped by ${signal}` : undefined))

function finish(code, why) {
  const where = relative(process.cwd(), logPath) || logPath
  if (code === 0) {
    console.log(`ec2kit: built the packages in ${Math.round((performance.now() - started) / 1000)} s (log: ${where})`)
    process.exit(0)
  }
  const tail = readFileSync(logPath, "utf8").split("\n").slice(-60).join("\n")
  process.stderr.write(`${tail}\nec2kit: the build failed${why !== undefined ? ` (${why})` : ""}; the whole log: ${where}\n`)
  process.exit(code === 0 ? 1 : code)
}
