/**
 * `ec2kit cost` as users run it: the built executable (dist/, `pnpm build` first) as a child process,
 * against `ec2kit serve` started on 127.0.0.1 port 0 (virtual time) and against the state file it keeps.
 */
import { DescribeImagesCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2"
import { ControlClient } from "@ec2kit/api-server"
import { type ChildProcess, execFile, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { expectSameBill } from "./sameBill.js"

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url))

const children: Array<ChildProcess> = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL")
})

/** `ec2kit serve …`, resolved once it printed its endpoint. */
const serve = (args: ReadonlyArray<string>) =>
  new Promise<{ child: ChildProcess; url: string; exit: Promise<number | null> }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] })
    children.push(child)
    let out = ""
    const exit = new Promise<number | null>((r) => child.on("exit", (code) => r(code)))
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString()
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0]
      if (url !== undefined) resolve({ child, url, exit })
    })
    void exit.then((code) => reject(new Error(`serve exited ${code} before serving: ${out}`)))
  })

/** `ec2kit …` to completion. */
const ec2kit = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr }))
  })

describe("ec2kit cost (executable)", () => {
  it("is listed by ec2kit --help", async () => {
    const help = await ec2kit(["--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^ {2}cost {2,}The bill of an emulated world/m)
  })

  it("bills a running ec2kit serve (--endpoint) and the state file it holds (--state), as a table and as JSON", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-cost-bin-"))
    const state = path.join(dir, "world.ec2kit")
    try {
      const s = await serve(["--host", "127.0.0.1", "--port", "0", "--time", "virtual", "--seed", "cost-bin", "--state", state, "--quiet", "--no-metadata"])
      const ec2 = new EC2Client({ endpoint: s.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
      const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))
      const id = (await ec2.send(new RunInstancesCommand({ ImageId: Images![0]!.ImageId!, InstanceType: "m5.large", MinCount: 1, MaxCount: 1 }))).Instances![0]!.InstanceId!
      ec2.destroy()
      const control = ControlClient.make(s.url)
      await control.advance("2h")
      await control.advance("1h")

      const table = await ec2kit(["cost", "--endpoint", s.url, "--from", "-1h"])
      expect(table.stderr).toBe("")
      expect(table.code).toBe(0)
      expect(table.stdout).toMatch(/^Bill from \S+ to \S+ \(1 hour\)$/m)
      expect(table.stdout).toMatch(new RegExp(`^${id} \\(instance\\)\\s+0\\.0960$`, "m"))
      expect(table.stdout).toMatch(/^ {2}BoxUsage:m5\.large\s+Usage\s+1 Hrs\s+0\.096\s+0\.0960$/m)

      const viaEndpoint = await ec2kit(["cost", "--endpoint", s.url, "--json"])
      const viaState = await ec2kit(["cost", "--state", state, "--json"])
      expect(viaState.stderr).toBe("")
      expect(viaState.code).toBe(0)
      expectSameBill(JSON.parse(viaState.stdout), JSON.parse(viaEndpoint.stdout))
      expect(JSON.parse(viaState.stdout).EndTime - JSON.parse(viaState.stdout).StartTime).toBeGreaterThanOrEqual(3 * 3_600_000 - 10_000)

      // the serve still holds its file and writes it
      await control.advance("1h")
      s.child.kill("SIGTERM")
      expect(await s.exit).toBe(0)
      const after = JSON.parse((await ec2kit(["cost", "--state", state, "--from", "-1h", "--json"])).stdout)
      expect(after.LineItems.find((l: { ResourceId: string }) => l.ResourceId === id)).toMatchObject({ UsageType: "BoxUsage:m5.large", Quantity: 1 })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("exits 1 with one line for a bad flag value, and with usage for an unknown flag", async () => {
    const bad = await ec2kit(["cost", "--state", "world.ec2kit", "--from", "last week"])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toBe("")
    expect(bad.stderr).toBe("error: InvalidParameterValue: Invalid value 'last week' for --from: give an ISO 8601 time (2026-11-01, 2026-11-01T12:00:00Z) or one relative to the world's current time (now, -30d, -12h, -90m, -45s, -2w)\n")
    const unknown = await ec2kit(["cost", "--bogus"])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain("Unrecognized flag: --bogus")
    const json = await ec2kit(["cost", "--bogus", "--json"])
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: "UnrecognizedOption", message: expect.stringContaining("--bogus") } })
  })
})
