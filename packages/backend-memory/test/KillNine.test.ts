/**
 * A real `kill -9`: a child Node process (the BUILT dist, `test/fixtures/kill9-child.mjs`) opens a
 * persisted world and performs mutations, printing each acknowledged one; the test kills it with
 * SIGKILL at a random moment (random delay, also during compactions: `compactBytes` is tiny), then
 * reopens the file in-process and checks that it loads and holds every acknowledged mutation. The
 * rounds continue the same file, so a world recovered from a kill is also appended to and killed
 * again. `pnpm test` builds before running vitest; without a build this test fails and says so.
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

const here = path.dirname(fileURLToPath(import.meta.url))
const child = path.join(here, "fixtures", "kill9-child.mjs")
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
  it("every acknowledged mutation survives SIGKILL at a random moment, and the file always loads", async () => {
    expect(fs.existsSync(dist), `${dist} is missing: run \`pnpm build\` (pnpm test builds first)`).toBe(true)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-kill9-"))
    const file = path.join(dir, "world.ec2kit")
    const acks: Acks = { runs: [], tags: [], terms: [] }
    // different kill timings: right after the first ack, a little later, later still (random jitter)
    const delays = [0, 15, 60, 150, 400].map((d) => d + Math.floor(Math.random() * 40))
    let killedMidway = 0
    for (const [round, delay] of delays.entries()) {
      const r = await runAndKill(file, round, delay, 4096)
      expect(r.stderr).toBe("")
      expect(r.signal).toBe("SIGKILL")
      expect(r.lines[0]).toBe("ready")
      for (const line of r.lines.slice(1)) {
        const [ack, kind, id, value] = line.split(" ")
        expect(ack).toBe("ack")
        if (kind === "run") acks.runs.push({ id: id!, name: value! })
        else if (kind === "tag") acks.tags.push({ id: id!, value: value! })
        else if (kind === "term") acks.terms.push(id!)
        else throw new Error(`unexpected line from the child: ${line}`)
      }
      expect(r.lines.length).toBeGreaterThan(1)
      // the raw file parses (a torn tail is allowed and cut off on open)
      const parsed = Journal.parse(fs.readFileSync(file), file)
      expect(parsed).not.toBeInstanceOf(Codec.PersistenceError)
      if (!(parsed instanceof Codec.PersistenceError) && parsed.validLength < parsed.fileLength) killedMidway++
      const w = await reopen(file)
      for (const { id, name } of acks.runs) {
        expect(w.instances.has(id), `acknowledged RunInstances ${id} (${name}) lost (kill delays ${delays})`).toBe(true)
        expect(w.tags.get(id)?.get("Name")).toBe(name)
      }
      for (const { id, value } of acks.tags) expect(w.tags.get(id)?.get("Mark")).toBe(value)
      for (const id of acks.terms) expect(["shutting-down", "terminated"]).toContain(w.instances.get(id))
    }
    expect(acks.runs.length).toBeGreaterThanOrEqual(delays.length)
    // a kill during compaction may leave its temp file behind; the journal itself never depends on it
    fs.rmSync(dir, { recursive: true, force: true })
    if (process.env.EC2KIT_KILL9_VERBOSE !== undefined) {
      console.log(`kill -9: ${acks.runs.length} runs, ${acks.tags.length} tags, ${acks.terms.length} terminations acknowledged; ` +
        `${killedMidway} of ${delays.length} kills left a torn tail (delays ${delays} ms)`)
    }
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
