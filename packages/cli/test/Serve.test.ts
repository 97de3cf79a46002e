/**
 * `ec2kit-serve` as users run it: the built executable (dist/, `pnpm build` first) as a child
 * process on a free port, driven by the real AWS CLI (the first `aws` on PATH, v1 or v2), the JS SDK
 * and fetch.
 */
import { DescribeImagesCommand, DescribeInstancesCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2"
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Option, Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { Serve } from "../src/index.js"
import { onPath } from "./clients/harness.js"

const dist = fileURLToPath(new URL("../dist/", import.meta.url))
const serveBin = path.join(dist, "serveBin.js")
const mainBin = path.join(dist, "bin.js")
const credentials = { AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_DEFAULT_REGION: "us-east-1" }

interface Served {
  readonly child: ChildProcess
  readonly url: string
  readonly stdout: () => string
  readonly stderr: () => string
  readonly exit: Promise<number | null>
}

const children: Array<ChildProcess> = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL")
})

/** Starts the executable and resolves once it has printed its endpoint (or rejects with its output). */
const serve = (args: ReadonlyArray<string>, bin = serveBin): Promise<Served> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] })
    children.push(child)
    let out = ""
    let err = ""
    const exit = new Promise<number | null>((r) => child.on("exit", (code) => r(code)))
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString()
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0]
      if (url !== undefined) resolve({ child, url, stdout: () => out, stderr: () => err, exit })
    })
    child.stderr!.on("data", (d: Buffer) => void (err += d.toString()))
    void exit.then((code) => reject(new Error(`exited ${code} before serving: ${out}${err}`)))
  })

/** Runs the executable to completion (bad flags, --help). */
const runToEnd = (args: ReadonlyArray<string>, bin = serveBin) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr }))
  })

/**
 * The `aws` a user of this shell runs (the first on PATH, which depends on how the tests were started:
 * under `npx pnpm` node's /usr/bin comes first, Debian's v2, else pyenv's v1), and its major version.
 */
const awsCli = (() => {
  const file = onPath("aws")[0]
  if (file === undefined) return undefined
  const version = spawnSync(file, ["--version"], { encoding: "utf8", env: { ...process.env, AWS_PAGER: "" }, timeout: 30_000 })
  const major = /^aws-cli\/(\d+)\./.exec(`${version.stdout ?? ""}${version.stderr ?? ""}`.trim())?.[1]
  return { file, major: Number(major) }
})()

/**
 * The CLI's exit code for an error the service returned, by major version: v2 exits 254 ("the
 * service returned an error", https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-returncodes.html),
 * v1 exits 255 ("errors from either the CLI or the service",
 * https://docs.aws.amazon.com/cli/v1/userguide/cli-usage-returncodes.html), both read 2026-12-06.
 */
const serviceErrorExit = (major: number | undefined) => major === 2 ? 254 : major === 1 ? 255 : undefined

const aws = (url: string, args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    if (awsCli === undefined) {
      reject(new Error("this test needs the AWS CLI (`aws`, v1 or v2) on PATH: pip install awscli, or Debian's awscli"))
      return
    }
    // AWS_PAGER="": v2 may page its output through `less` otherwise
    execFile(awsCli.file, ["--endpoint-url", url, ...args], { env: { ...process.env, ...credentials, AWS_PAGER: "" }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr })
    })
  })

const clientOf = (endpoint: string) =>
  new EC2Client({ endpoint, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })

const imageOf = async (ec2: EC2Client) => (await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))).Images?.[0]?.ImageId ?? ""

const instanceIds = async (ec2: EC2Client) =>
  ((await ec2.send(new DescribeInstancesCommand({}))).Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId)

describe("ec2kit-serve", () => {
  it("serves the AWS CLI and the JS SDK, logs each request, answers control endpoints, stops on SIGTERM with 0", async () => {
    const s = await serve(["--port", "0", "--seed", "cli"])
    expect(s.stdout()).toContain(`aws --endpoint-url ${s.url}`)
    expect(s.stdout()).toContain(`AWS_ENDPOINT_URL_EC2=${s.url}`)
    expect(s.stdout()).toContain(`endpoint_url="${s.url}"`)
    const ec2 = clientOf(s.url)
    const ami = await imageOf(ec2)
    const run = await aws(s.url, ["ec2", "run-instances", "--image-id", ami, "--instance-type", "t3.micro", "--count", "1", "--query", "Instances[0].InstanceId", "--output", "text"])
    expect(run.stderr).toBe("")
    expect(run.code).toBe(0)
    const id = run.stdout.trim()
    expect(id).toMatch(/^i-[0-9a-f]{17}$/)
    expect(await instanceIds(ec2)).toEqual([id])
    // an EC2 error through the CLI: AWS's code and message, the CLI's exit code for service errors
    const missing = await aws(s.url, ["ec2", "stop-instances", "--instance-ids", "i-0123456789abcdef0"])
    expect(missing.code, `${awsCli?.file} is aws-cli/${awsCli?.major}`).toBe(serviceErrorExit(awsCli?.major))
    expect(missing.stderr).toContain("InvalidInstanceID.NotFound")

    const health = await fetch(`${s.url}/_ec2kit/health`)
    expect(await health.json()).toMatchObject({ status: "ok", region: "us-east-1", time: "real" })
    const impaired = await fetch(`${s.url}/_ec2kit/hypervisor/setStatus`, { method: "POST", body: JSON.stringify([id, { InstanceStatus: "impaired" }]) })
    expect(impaired.status).toBe(200)
    const moto = await fetch(`${s.url}/moto-api/reset`, { method: "POST" })
    expect(moto.status).toBe(200)
    expect(await instanceIds(ec2)).toEqual([])
    ec2.destroy()

    expect(s.stdout()).toMatch(/^RunInstances 200 [\d.]+ms [0-9a-f-]{36}$/m)
    expect(s.stdout()).toMatch(/^StopInstances 400 /m)
    expect(s.stdout()).toMatch(/^POST \/moto-api\/reset 200 /m)
    s.child.kill("SIGTERM")
    expect(await s.exit).toBe(0)
    expect(s.stderr()).toContain("SIGTERM, stopping")
  })

  it("keeps the world in --state across a SIGINT stop, a restart and kill -9", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-serve-"))
    const state = path.join(dir, "world.ec2kit")
    try {
      const first = await serve(["--port", "0", "--state", state, "--quiet"])
      expect(first.stdout()).toMatch(new RegExp(`^ec2kit serve: ${first.url}\nec2kit serve: metadata http://127\\.0\\.0\\.1:\\d+\n$`))
      const ec2 = clientOf(first.url)
      const run = await ec2.send(new RunInstancesCommand({ ImageId: await imageOf(ec2), MinCount: 2, MaxCount: 2 }))
      const ids = (run.Instances ?? []).map((i) => i.InstanceId).sort()
      ec2.destroy()
      first.child.kill("SIGINT")
      expect(await first.exit).toBe(0)

      const second = await serve(["--port", "0", "--state", state, "--quiet"])
      const again = clientOf(second.url)
      expect((await instanceIds(again)).sort()).toEqual(ids)
      again.destroy()
      // one process per state file: a second one is refused while this one runs (exit 1)
      const third = await runToEnd(["--port", "0", "--state", state])
      expect(third.code).toBe(1)
      expect(third.stderr).toContain("cannot start")
      // an acknowledged launch survives kill -9 (the journal is written before the answer)
      const more = clientOf(second.url)
      const late = (await more.send(new RunInstancesCommand({ ImageId: await imageOf(more), MinCount: 1, MaxCount: 1 }))).Instances?.[0]?.InstanceId
      more.destroy()
      second.child.kill("SIGKILL")
      await second.exit
      const fourth = await serve(["--port", "0", "--state", state, "--quiet"])
      const after = clientOf(fourth.url)
      expect((await instanceIds(after)).sort()).toEqual([...ids, late].sort())
      after.destroy()
      fourth.child.kill("SIGTERM")
      expect(await fourth.exit).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("serves the newest instance's live metadata on the metadata port, printed at start", async () => {
    const s = await serve(["--port", "0", "--delays", "instancePending=immediate,metadataOptions=immediate"])
    await new Promise((r) => setTimeout(r, 50))
    const metadataUrl = /AWS_EC2_METADATA_SERVICE_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+)/.exec(s.stdout())?.[1] ?? ""
    expect(metadataUrl).not.toBe("")
    const token = async () =>
      fetch(`${metadataUrl}/latest/api/token`, { method: "PUT", headers: { "X-aws-ec2-metadata-token-ttl-seconds": "60" } })
    expect((await token()).status).toBe(404)
    const ec2 = clientOf(s.url)
    const run = await ec2.send(
      new RunInstancesCommand({ ImageId: await imageOf(ec2), MinCount: 1, MaxCount: 1, MetadataOptions: { HttpTokens: "required", InstanceMetadataTags: "enabled" }, TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: "web" }] }] })
    )
    const id = run.Instances?.[0]?.InstanceId
    const t = await (await token()).text()
    const get = (p: string, headers: Record<string, string> = { "X-aws-ec2-metadata-token": t }) =>
      fetch(`${metadataUrl}/latest/meta-data/${p}`, { headers }).then(async (r) => [r.status, await r.text()])
    expect(await get("instance-id")).toEqual([200, id])
    expect(await get("tags/instance/Name")).toEqual([200, "web"])
    expect((await get("instance-id", {}))[0]).toBe(401)
    ec2.destroy()
    s.child.kill("SIGTERM")
    expect(await s.exit).toBe(0)
  })

  it("logs JSON lines with --log-format json, and runs as `ec2kit serve`", async () => {
    const s = await serve(["serve", "--port", "0", "--log-format", "json"], mainBin)
    await fetch(`${s.url}/?Action=DescribeRegions&Version=2016-11-15`)
    await new Promise((r) => setTimeout(r, 50))
    const line = s.stdout().split("\n").find((l) => l.startsWith("{")) ?? ""
    expect(JSON.parse(line)).toMatchObject({ action: "DescribeRegions", status: 200, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) })
    s.child.kill("SIGTERM")
    expect(await s.exit).toBe(0)
  })

  it("exits 2 naming the flag for bad flags, 1 for a port in use, 0 for --help", async () => {
    const [badPort, unknown] = await Promise.all([runToEnd(["--port", "http"]), runToEnd(["--nope"])])
    expect(badPort.code).toBe(2)
    expect(badPort.stderr).toContain("ec2kit-serve: --port: 'http' is not a port number")
    expect(unknown.code).toBe(2)
    const s = await serve(["--port", "0", "--quiet"])
    const taken = await runToEnd(["--port", new URL(s.url).port])
    expect(taken.code).toBe(1)
    expect(taken.stderr).toContain("cannot start")
    s.child.kill("SIGTERM")
    expect(await s.exit).toBe(0)
    const help = await runToEnd(["serve", "--help"], mainBin)
    expect(help.code).toBe(0)
    for (const flag of ["--host", "--port", "--region", "--account-id", "--seed", "--delays", "--time", "--state", "--quiet", "--log-format", "--metadata-port", "--metadata-instance", "--metadata"]) {
      expect(help.stdout).toContain(flag)
    }
  })
})

describe("ec2kit-serve signals", () => {
  it.each([["ec2kit-serve", [serveBin]], ["ec2kit serve", [mainBin, "serve"]]])("%s stops with 0 on a SIGTERM that arrives while the emulator starts (was: killed, 143)", async (_name, command) => {
    // A preload makes the start deterministic: it announces the first listen() and holds it 400 ms,
    // the window in which the signal is sent.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-serve-sig-"))
    const preload = path.join(dir, "slow-listen.mjs")
    fs.writeFileSync(
      preload,
      `import net from "node:net"
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  process.stderr.write("preload: listen\\n")
  setTimeout(() => listen.apply(this, args), 400)
  return this
}
`
    )
    try {
      const child = spawn(process.execPath, ["--import", pathToFileURL(preload).href, ...command, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] })
      children.push(child)
      let out = ""
      let err = ""
      child.stdout!.on("data", (d: Buffer) => void (out += d.toString()))
      const listening = new Promise<void>((resolve) =>
        child.stderr!.on("data", (d: Buffer) => {
          err += d.toString()
          if (err.includes("preload: listen")) resolve()
        })
      )
      const exit = new Promise<[number | null, string | null]>((r) => child.on("exit", (code, signal) => r([code, signal])))
      // a child that exits before it listens fails here, with its output, instead of waiting for the timeout
      const early = await Promise.race([listening.then(() => undefined), exit])
      expect(early, `exited before listening: ${out}${err}`).toBeUndefined()
      child.kill("SIGTERM")
      expect(await exit).toEqual([0, null])
      expect(err).toContain("SIGTERM, stopping")
      expect(out).not.toContain("is running")
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("Serve.settings", () => {
  const flags: Serve.Flags = {
    host: "127.0.0.1",
    port: "0",
    region: "us-east-1",
    accountId: Option.none(),
    seed: Option.none(),
    delays: [],
    time: "real",
    state: Option.none(),
    quiet: false,
    logFormat: "text",
    metadataPort: "auto",
    metadataInstance: Option.none(),
    metadata: true
  }
  it("refuses each bad flag with a message naming it", () => {
    const bad: ReadonlyArray<[Partial<Serve.Flags>, string]> = [
      [{ port: "http" }, "--port"],
      [{ port: "70000" }, "--port"],
      [{ host: " " }, "--host"],
      [{ region: "Mars" }, "--region"],
      [{ accountId: Option.some("12") }, "--account-id"],
      [{ delays: ["instancePending"] }, "--delays"],
      [{ delays: ["warp=1s"] }, "--delays"],
      [{ delays: ["instancePending=soon"] }, "--delays"],
      [{ delays: ["instancePending=31d"] }, "--delays"],
      [{ logFormat: "xml" }, "--log-format"],
      [{ time: "later" }, "--time"],
      [{ state: Option.some("") }, "--state"],
      [{ metadataPort: "http" }, "--metadata-port"],
      [{ port: "4590", metadataPort: "4590" }, "--metadata-port"],
      [{ port: "65535" }, "--metadata-port"],
      [{ metadataInstance: Option.some("i-12") }, "--metadata-instance"],
      [{ metadataInstance: Option.some("web") }, "--metadata-instance"],
      [{ metadataPort: "off", metadataInstance: Option.some("newest") }, "--metadata-instance"]
    ]
    for (const [change, flag] of bad) {
      const r = Serve.settings({ ...flags, ...change })
      expect(Result.isFailure(r) ? r.failure.message.startsWith(`${flag}: `) : r).toBe(true)
    }
  })
  it("accepts good flags", () => {
    const r = Serve.settings({ ...flags, port: "4590", accountId: Option.some("000000000000"), seed: Option.some("s"), delays: ["immediate"], time: "virtual", state: Option.some("w"), logFormat: "json" })
    expect(r).toMatchObject({ success: { emulator: { port: 4590, accountId: "000000000000", seed: "s", time: "virtual", state: "w" }, logFormat: "json" } })
  })
})

describe("Serve.settings: the metadata listener", () => {
  const flags: Serve.Flags = {
    host: "127.0.0.1",
    port: "4590",
    region: "us-east-1",
    accountId: Option.none(),
    seed: Option.none(),
    delays: [],
    time: "real",
    state: Option.none(),
    quiet: false,
    logFormat: "text",
    metadataPort: "auto",
    metadataInstance: Option.none(),
    metadata: true
  }
  const emulator = (change: Partial<Serve.Flags>) => {
    const r = Serve.settings({ ...flags, ...change })
    return Result.isSuccess(r) ? r.success.emulator : r.failure.message
  }
  it("is on the EC2 port + 1 by default, a free port with --port 0, off with off or --no-metadata", () => {
    expect(emulator({})).toMatchObject({ metadataPort: 4591 })
    expect(emulator({ port: "0" })).toMatchObject({ metadataPort: 0 })
    expect(emulator({ metadataPort: "8000" })).toMatchObject({ metadataPort: 8000 })
    expect(emulator({ metadataPort: "off" })).not.toHaveProperty("metadataPort")
    expect(emulator({ metadata: false })).not.toHaveProperty("metadataPort")
  })
  it("serves the instance --metadata-instance names", () => {
    expect(emulator({ metadataInstance: Option.some("Name=web") })).toMatchObject({ metadataInstance: { _tag: "Tag", key: "Name", value: "web" } })
    expect(emulator({ metadataInstance: Option.some("i-0123456789abcdef0") })).toMatchObject({ metadataInstance: { _tag: "Id" } })
  })
})

describe("Serve.parseDelays", () => {
  it("reads KIND=DELAY lists and immediate", () => {
    expect(Serve.parseDelays(["instancePending=2s,volumeCreating=immediate"])).toMatchObject({ success: { instancePending: 2000, volumeCreating: "immediate" } })
    const all = Serve.parseDelays(["immediate", "instancePending=1s"])
    expect(all).toMatchObject({ success: { instancePending: 1000, instanceStopping: "immediate", spotNotice: "immediate" } })
    expect(Serve.parseDelays([])).toMatchObject({ success: undefined })
  })
})
