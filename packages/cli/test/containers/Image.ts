/**
 * Runs a Dockerfile's image the way a container runtime would, without one: the Dockerfile is read
 * (so the test cannot drift from it), its COPY instructions lay out the image's files, and its
 * ENTRYPOINT + CMD run as PID 1 in their own PID, network and mount namespaces (`unshare`, as
 * root), with the image's ENV, WORKDIR and USER, the files under their image paths (a tmpfs over
 * the first directory of each), an empty /tmp, and only a loopback interface. Checks run inside
 * the same network namespace (`nsenter --net`).
 *
 * Supported: FROM, ENV, WORKDIR, COPY (no flags), USER node, EXPOSE, STOPSIGNAL, ENTRYPOINT and CMD
 * in exec (JSON) form. Anything else (RUN, ADD, ARG, multi-stage builds, …) is an error, so a
 * Dockerfile this cannot run faithfully fails the test instead of being half-run.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

/** A Dockerfile, read. */
export interface Dockerfile {
  readonly from: string
  readonly env: ReadonlyArray<readonly [string, string]>
  readonly workdir: string
  /** Context-relative sources and their absolute image paths (files). */
  readonly copies: ReadonlyArray<{ readonly source: string; readonly target: string }>
  readonly user: string
  readonly expose: ReadonlyArray<number>
  readonly stopSignal: string
  readonly entrypoint: ReadonlyArray<string>
  readonly cmd: ReadonlyArray<string>
}

/** Splits `K=V K2="v 2"` (ENV's form with `=`). */
const envPairs = (text: string): Array<[string, string]> => {
  const pairs: Array<[string, string]> = []
  const re = /([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|(\S*))/g
  let rest = text
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    pairs.push([m[1]!, m[3] ?? m[4] ?? ""])
    rest = rest.replace(m[0], "")
  }
  if (rest.trim() !== "") throw new Error(`ENV ${text}: only the KEY=VALUE form is supported`)
  return pairs
}

const jsonArray = (instruction: string, text: string): Array<string> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = undefined
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new Error(`${instruction} ${text}: only the exec (JSON array) form is supported`)
  }
  return value
}

/** Reads a Dockerfile (see the module's comment for what is supported). */
export const parse = (text: string): Dockerfile => {
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"))
  let from: string | undefined
  const env: Array<[string, string]> = []
  let workdir = "/"
  const copies: Array<{ source: string; target: string }> = []
  let user = "root"
  const expose: Array<number> = []
  let stopSignal = "SIGTERM"
  let entrypoint: Array<string> = []
  let cmd: Array<string> = []
  for (const line of lines) {
    const [, instruction = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? []
    switch (instruction.toUpperCase()) {
      case "FROM":
        if (from !== undefined) throw new Error("multi-stage builds are not supported")
        from = args
        break
      case "ENV":
        env.push(...envPairs(args))
        break
      case "WORKDIR":
        workdir = path.posix.resolve(workdir, args)
        break
      case "COPY": {
        const parts = args.split(/\s+/)
        if (parts.some((p) => p.startsWith("--"))) throw new Error(`COPY ${args}: flags are not supported`)
        const dest = parts.pop()!
        const destPath = path.posix.resolve(workdir, dest)
        const intoDir = dest.endsWith("/") || parts.length > 1
        for (const source of parts) {
          copies.push({ source, target: intoDir ? path.posix.join(destPath, path.posix.basename(source)) : destPath })
        }
        break
      }
      case "USER":
        user = args
        break
      case "EXPOSE":
        expose.push(...args.split(/\s+/).map((p) => Number(p.replace(/\/tcp$/, ""))))
        break
      case "STOPSIGNAL":
        stopSignal = args
        break
      case "ENTRYPOINT":
        // Docker: ENTRYPOINT resets the base image's CMD (not one set in this Dockerfile), so the
        // CMD is this file's or none.
        entrypoint = jsonArray("ENTRYPOINT", args)
        break
      case "CMD":
        cmd = jsonArray("CMD", args)
        break
      default:
        throw new Error(`${instruction}: not supported by this test's image runner`)
    }
  }
  if (from === undefined) throw new Error("no FROM")
  if (entrypoint.length === 0) throw new Error("no ENTRYPOINT: the base image's would run, which this runner does not know")
  return { from, env, workdir, copies, user, expose, stopSignal, entrypoint, cmd }
}

/**
 * The sources a `.dockerignore` of the form `*` then `!path` lines lets through: this repository's
 * files send only what their image copies. Any other form is an error (so the check stays exact).
 */
export const dockerignoreIncludes = (text: string): ReadonlySet<string> => {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"))
  if (lines[0] !== "*") throw new Error(".dockerignore must start with `*` (send nothing by default)")
  const included = new Set<string>()
  for (const line of lines.slice(1)) {
    if (!line.startsWith("!") || /[*?[]/.test(line)) throw new Error(`.dockerignore: '${line}': only exact !path lines are supported`)
    included.add(path.posix.normalize(line.slice(1)))
  }
  return included
}

/** The user the official node images run as: `node`, uid and gid 1000. */
const users: Record<string, readonly [number, number]> = { node: [1000, 1000] }

/** The PATH of the official node images (Debian's default plus /usr/local). */
const imagePath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

const sh = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

/** A running image. */
export interface Running {
  /** The host's pid of the container's PID 1. */
  readonly pid: number
  readonly stdout: () => string
  readonly stderr: () => string
  /** The container's exit: its PID 1's code (or the signal that killed it). */
  readonly exit: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>
  readonly child: ChildProcess
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The host pid of `parent`'s only child (unshare --fork's child, the namespace's PID 1). */
const childOf = async (parent: number): Promise<number> => {
  for (let i = 0; i < 200; i++) {
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
        // pid (comm) state ppid …: comm may contain spaces, so read after the last ')'.
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
        if (ppid === parent) return Number(entry)
      } catch {
        // The process ended while we looked.
      }
    }
    await sleep(25)
  }
  throw new Error(`unshare (pid ${parent}) started no child`)
}

/**
 * Starts the image of `dockerfile` (its build context: `context`) as a runtime would, with `args`
 * after the image name (none: the image's CMD). Fails if a COPY source is missing (build first).
 */
export const run = async (context: string, dockerfile: Dockerfile, args?: ReadonlyArray<string>): Promise<Running> => {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-image-"))
  const tops = new Set<string>()
  for (const { source, target } of dockerfile.copies) {
    const from = path.join(context, source)
    if (!fs.existsSync(from)) throw new Error(`COPY ${source}: ${from} does not exist (run pnpm build first)`)
    const to = path.join(stage, target)
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o755 })
    fs.copyFileSync(from, to)
    fs.chmodSync(to, 0o644)
    tops.add(`/${target.split("/")[1]}`)
  }
  for (const top of tops) {
    if (["/", "/tmp", "/proc", "/usr", "/etc", "/bin", "/lib", "/dev"].includes(top)) throw new Error(`COPY into ${top} is not supported`)
  }
  const ids = users[dockerfile.user]
  if (ids === undefined) throw new Error(`USER ${dockerfile.user}: only node is supported`)
  const [uid, gid] = ids
  const env = [["PATH", imagePath], ["HOME", "/home/node"], ["HOSTNAME", "ec2kit-test"], ...dockerfile.env]
  const command = [...dockerfile.entrypoint, ...(args ?? dockerfile.cmd)]
  const script = [
    "set -e",
    "ip link set lo up",
    ...[...tops].flatMap((top) => [`mount -t tmpfs -o mode=755 tmpfs ${top}`, `cp -a ${sh(path.join(stage, top))}/. ${top}/`]),
    "mount -t tmpfs -o mode=1777 tmpfs /tmp",
    `cd ${sh(dockerfile.workdir)}`,
    `exec setpriv --reuid=${uid} --regid=${gid} --clear-groups env -i ${env.map(([k, v]) => sh(`${k}=${v}`)).join(" ")} ${command.map(sh).join(" ")}`
  ].join("\n")
  const child = spawn("unshare", ["--pid", "--net", "--mount", "--fork", "--mount-proc", "sh", "-c", script], {
    stdio: ["ignore", "pipe", "pipe"]
  })
  let out = ""
  let err = ""
  child.stdout!.on("data", (d: Buffer) => void (out += d.toString()))
  child.stderr!.on("data", (d: Buffer) => void (err += d.toString()))
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      fs.rmSync(stage, { recursive: true, force: true })
      resolve({ code, signal })
    })
  )
  const pid = await childOf(child.pid!)
  return { pid, stdout: () => out, stderr: () => err, exit, child }
}

/** Runs `node script args…` in the container's network namespace; resolves with its stdout. */
export const probe = (running: Running, script: string, args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile("nsenter", ["--target", String(running.pid), "--net", process.execPath, script, ...args], { timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr }))
  })
