/**
 * A real `kill -9`: a child Node process (the BUILT dist, `test/fixtures/kill9-child.mjs`) opens a
 * persisted world and performs mutations, printing each acknowledged one; the test kills it with
 * SIGKILL at a random moment (random delay, also during compactions: `compactBytes` is tiny), then
 * reopens the file in-process and checks that it loads and holds every acknowledged mutation. The
 * rounds continue the same file, so a world recovered from a kill is also appended to and killed
 * again. `pnpm test` builds before running vitest; without a build this test fails and says so.
 * The kill delays come from a seed shown in the test's name and in every failure message: replay a
 * failure with `EC2KIT_KILL9_SEED=<seed> pnpm vitest run packages/backend-memory/test/KillNine.test.ts`.
 *
 * The same file checks, with real processes, that a journal has one writer (a second opener fails
 * while the child holds it, and takes over the lock its killed owner left behind) and what a real
 * file-size limit (`ulimit -f`, EFBIG from the kernel) does to a world (`fixtures/disk-full-child.mjs`).
 */
import { Effect } from "effect"
import fc from "fast-check"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { Ec2Memory } from "@ec2kit/backend-memory"
import * as Codec from "../src/internal/Codec.js"
import * as Journal from "../src/internal/Journal.js"
import { ipToInt } from "../src/internal/Net.js"
import { Rng } from "../src/internal/Rng.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const child = path.join(here, "fixtures", "kill9-child.mjs")
const diskFullChild = path.join(here, "fixtures", "disk-full-child.mjs")
/** The seed of the kill delays: given, or drawn once and shown in the test name. */
const seed = process.env.EC2KIT_KILL9_SEED !== undefined ? Number(process.env.EC2KIT_KILL9_SEED) : Math.floor(Math.random() * 2 ** 31)
const dist = path.join(here, "..", "dist", "index.js")

interface Acks {
  readonly runs: Array<{ readonly id: string; readonly name: string }>
  readonly tags: Array<{ readonly id: string; readonly value: string }>
  readonly terms: Array<string>
}

/** Runs the child until `killAfterMs` after its first acknowledgement, then SIGKILLs it. */
const runAndKill = (file: string, round: number, killAfterMs: number, compactBytes: number) =>
  new Promise<{ readonly lines: Array<string>; readonly signal: NodeJS.Signals | null; readonly stderr: string }>(
    (resolve, reject) => {
      const p = spawn(process.execPath, [child, file, String(round), String(compactBytes)], {
        stdio: ["ignore", "pipe", "pipe"]
      })
      let out = ""
      let stderr = ""
      let timer: NodeJS.Timeout | undefined
      const guard = setTimeout(() => p.kill("SIGKILL"), 60_000)
      p.stdout.setEncoding("utf8")
      p.stdout.on("data", (chunk: string) => {
        out += chunk
        if (timer === undefined && out.includes("ack ")) timer = setTimeout(() => p.kill("SIGKILL"), killAfterMs)
      })
      p.stderr.setEncoding("utf8")
      p.stderr.on("data", (chunk: string) => (stderr += chunk))
      p.on("error", reject)
      p.on("close", (_code, signal) => {
        clearTimeout(guard)
        if (timer !== undefined) clearTimeout(timer)
        // only complete lines are acknowledgements
        const lines = out.split("\n")
        lines.pop()
        resolve({ lines, signal, stderr })
      })
    }
  )

const reopen = (file: string) =>
  Effect.runPromise(Effect.scoped(Effect.gen(function*() {
    const m = yield* Ec2Memory.make({ persistence: { path: file } })
    return yield* m.hypervisor.inspect((w) => ({
      instances: new Map(w.all("instances").map((i) => [i.InstanceId, i.Lifecycle.State] as const)),
      tags: new Map(w.all("instances").map((i) => [i.InstanceId, new Map(w.tagsOf(i.InstanceId))] as const))
    }))
  })))

describe("kill -9 (child process, built dist)", () => {
  it(`every acknowledged mutation survives SIGKILL at a random moment, and the file always loads (seed ${seed})`, async () => {
    expect(fs.existsSync(dist), `${dist} is missing: run \`pnpm build\` (pnpm test builds first)`).toBe(true)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-kill9-"))
    const file = path.join(dir, "world.ec2kit")
    const acks: Acks = { runs: [], tags: [], terms: [] }
    // different kill timings: right after the first ack, a little later, later still (seeded jitter)
    const rng = new Rng(seed)
    const delays = [0, 15, 60, 150, 400].map((d) => d + (rng.nextUint32() % 40))
    const replay = `kill delays ${delays} ms from seed ${seed}: replay with EC2KIT_KILL9_SEED=${seed}`
    let killedMidway = 0
    for (const [round, delay] of delays.entries()) {
      const r = await runAndKill(file, round, delay, 4096)
      expect(r.stderr, replay).toBe("")
      expect(r.signal, replay).toBe("SIGKILL")
      expect(r.lines[0], replay).toBe("ready")
      for (const line of r.lines.slice(1)) {
        const [ack, kind, id, value] = line.split(" ")
        expect(ack, replay).toBe("ack")
        if (kind === "run") acks.runs.push({ id: id!, name: value! })
        else if (kind === "tag") acks.tags.push({ id: id!, value: value! })
        else if (kind === "term") acks.terms.push(id!)
        else throw new Error(`unexpected line from the child: ${line}`)
      }
      expect(r.lines.length, replay).toBeGreaterThan(1)
      // the raw file parses (a torn tail is allowed and cut off on open)
      const parsed = Journal.parse(fs.readFileSync(file), file)
      expect(parsed, `${parsed instanceof Codec.PersistenceError ? parsed.message : ""} (${replay})`).not.toBeInstanceOf(Codec.PersistenceError)
      if (!(parsed instanceof Codec.PersistenceError) && parsed.validLength < parsed.fileLength) killedMidway++
      const w = await reopen(file)
      for (const { id, name } of acks.runs) {
        expect(w.instances.has(id), `acknowledged RunInstances ${id} (${name}) lost (${replay})`).toBe(true)
        expect(w.tags.get(id)?.get("Name"), replay).toBe(name)
      }
      for (const { id, value } of acks.tags) expect(w.tags.get(id)?.get("Mark"), replay).toBe(value)
      for (const id of acks.terms) expect(["shutting-down", "terminated"], replay).toContain(w.instances.get(id))
    }
    expect(acks.runs.length, replay).toBeGreaterThanOrEqual(delays.length)
    // a kill during compaction may leave its temp file behind; the journal itself never depends on it
    fs.rmSync(dir, { recursive: true, force: true })
    if (process.env.EC2KIT_KILL9_VERBOSE !== undefined) {
      console.log(`kill -9: ${acks.runs.length} runs, ${acks.tags.length} tags, ${acks.terms.length} terminations acknowledged; ` +
        `${killedMidway} of ${delays.length} kills left a torn tail (delays ${delays} ms)`)
    }
  })
})

describe("one writer per journal (child process, built dist)", () => {
  it("a second process opening a journal in use fails at once with Locked; the lock a killed owner left is taken over", async () => {
    expect(fs.existsSync(dist), `${dist} is missing: run \`pnpm build\``).toBe(true)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-lock-")), "world.ec2kit")
    const p = spawn(process.execPath, [child, file, "0", String(16 * 1024 * 1024)], { stdio: ["ignore", "pipe", "pipe"] })
    const acked: Array<string> = []
    let out = ""
    try {
      p.stdout.setEncoding("utf8")
      await new Promise<void>((resolve, reject) => {
        p.stdout.on("data", (chunk: string) => {
          out += chunk
          if (out.includes("ack run")) resolve()
        })
        p.on("error", reject)
        p.on("close", () => reject(new Error(`the child ended early: ${out}`)))
      })
      const e = await Effect.runPromise(Effect.flip(Effect.scoped(Ec2Memory.make({ persistence: { path: file } }))))
      expect(e instanceof Codec.PersistenceError ? [e.reason, e.path, e.message] : e).toEqual([
        "Locked",
        file,
        `The ec2kit journal ${file} is in use: process ${p.pid} holds it (lock file ${fs.realpathSync(file)}.lock)`
      ])
    } finally {
      p.kill("SIGKILL")
    }
    await new Promise((resolve) => p.once("close", resolve))
    for (const line of out.split("\n").slice(0, -1)) if (line.startsWith("ack run ")) acked.push(line.split(" ")[2]!)
    // the killed child's lock is still there, stale: the next opener takes it over and finds every acknowledged launch
    expect(fs.existsSync(`${file}.lock`)).toBe(true)
    const w = await reopen(file)
    for (const id of acked) expect(w.instances.has(id)).toBe(true)
    expect(fs.existsSync(`${file}.lock`)).toBe(false)
  })
})

describe("a real file-size limit (ulimit -f, child process, built dist)", () => {
  it("the launch that hits EFBIG fails with InternalError and is not applied; the world refuses changes, answers reads, and reopens with exactly the acknowledged launches", async () => {
    expect(fs.existsSync(dist), `${dist} is missing: run \`pnpm build\``).toBe(true)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-efbig-")), "world.ec2kit")
    // bash's `ulimit -f` counts KiB: a 64 KiB journal holds the base snapshot and a few dozen launches
    const p = spawn("bash", ["-c", `ulimit -f 64 && exec "${process.execPath}" "${diskFullChild}" "${file}"`], { stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    let stderr = ""
    p.stdout.setEncoding("utf8")
    p.stdout.on("data", (c: string) => (out += c))
    p.stderr.setEncoding("utf8")
    p.stderr.on("data", (c: string) => (stderr += c))
    const code = await new Promise((resolve) => p.once("close", resolve))
    expect([code, stderr]).toEqual([0, ""])
    const lines = out.split("\n").slice(0, -1)
    const acked = lines.filter((l) => l.startsWith("ack run ")).map((l) => l.split(" ")[2]!)
    const rest = lines.filter((l) => !l.startsWith("ack run "))
    expect(acked.length).toBeGreaterThan(3)
    expect(rest.length).toBe(3)
    const fail = JSON.parse(rest[0]!.slice("fail ".length))
    expect([fail.tag, fail.code, fail.status]).toEqual(["Ec2Error", "InternalError", 500])
    expect(fail.message).toContain(`Cannot append to the ec2kit journal ${file}: EFBIG`)
    expect(JSON.parse(rest[1]!.slice("refused ".length))).toMatchObject({ tag: "Ec2Error", code: "ServiceUnavailable", status: 503 })
    expect(rest[2]).toBe(`read ${acked.length}`)
    // the file ends with the last acknowledged record and reopens (without the limit) to exactly those launches
    const parsed = Journal.parse(fs.readFileSync(file), file)
    expect(parsed instanceof Codec.PersistenceError ? parsed.message : parsed.validLength).toBe(fs.statSync(file).size)
    const w = await reopen(file)
    expect([...w.instances.keys()]).toEqual(acked)
  })
})

describe("Net.ipToInt", () => {
  const slow = (ip: string): number => {
    const p = ip.split(".").map(Number)
    return (((p[0]! << 24) >>> 0) + (p[1]! << 16) + (p[2]! << 8) + p[3]!) >>> 0
  }
  it("equals the split-based parse on dotted quads and arbitrary strings (property)", () => {
    const quad = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join("."))
    fc.assert(fc.property(fc.oneof(quad, fc.string(), fc.stringMatching(/^[0-9.]{0,16}$/)), (ip) => {
      expect(ipToInt(ip)).toBe(slow(ip))
    }), { numRuns: 2000 })
  })
})
