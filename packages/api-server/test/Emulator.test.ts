import { DescribeImagesCommand, DescribeInstancesCommand, DescribeInstanceStatusCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2"
import { Control, Emulator } from "@ec2kit/api-server"
import { Effect, ManagedRuntime } from "effect"
import fc from "fast-check"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const startEmulator = async (options: Emulator.Options) => {
  const runtime = ManagedRuntime.make(Emulator.layer({ port: 0, ...options }))
  const running = await runtime.runPromise(Emulator.Emulator.use((e) => Effect.succeed(e)))
  return { runtime, running }
}

const clientOf = (endpoint: string, region = "us-east-1") =>
  new EC2Client({ endpoint, region, credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })

const launch = async (ec2: EC2Client) => {
  const { Images } = await ec2.send(new DescribeImagesCommand({}))
  const run = await ec2.send(new RunInstancesCommand({ ImageId: Images?.[0]?.ImageId ?? "", InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
  return run.Instances?.[0]?.InstanceId ?? ""
}

const count = async (ec2: EC2Client) =>
  ((await ec2.send(new DescribeInstancesCommand({}))).Reservations ?? []).flatMap((r) => r.Instances ?? []).length

const post = (url: string, body?: unknown) =>
  fetch(url, { method: "POST", ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}) })

describe("Emulator (real time)", () => {
  const log: Array<Emulator.LogEntry> = []
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let url = ""
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "emu", log: (e) => log.push(e) })
    url = emulator.running.url
  })
  afterAll(() => emulator.runtime.dispose())

  it("serves EC2 and answers health with the world's region and account", async () => {
    expect(emulator.running).toMatchObject({ region: "us-east-1", accountId: "123456789012", time: "real" })
    const res = await fetch(`${url}/_ec2kit/health`)
    expect(res.status).toBe(200)
    const health = (await res.json()) as Record<string, unknown>
    expect(health).toEqual({ status: "ok", region: "us-east-1", accountId: "123456789012", time: "real", now: expect.any(String) })
    expect(Math.abs(Date.parse(String(health["now"])) - Date.now())).toBeLessThan(60_000)
  })

  it("logs one entry per request with the EC2 action, status, ms and request id", async () => {
    log.length = 0
    const ec2 = clientOf(url)
    await launch(ec2)
    ec2.destroy()
    expect(log.map((e) => [e.action, e.status])).toEqual([["DescribeImages", 200], ["RunInstances", 200]])
    expect(log[1]!.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(log[1]!.ms).toBeGreaterThanOrEqual(0)
  })

  it("logs a request refused for its size (413) like any other answer", async () => {
    log.length = 0
    const res = await post(`${url}/?Action=RunInstances`, "x".repeat(1024 * 1024 + 1))
    expect(res.status).toBe(413)
    await res.arrayBuffer()
    await new Promise((r) => setTimeout(r, 50))
    expect(log.map((e) => [e.action, e.status])).toEqual([["RunInstances", 413]])
    expect(log[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("reset (ours and moto's) empties the world of what was launched", async () => {
    const ec2 = clientOf(url)
    await launch(ec2)
    expect(await count(ec2)).toBeGreaterThan(0)
    expect((await post(`${url}/_ec2kit/reset`)).status).toBe(200)
    expect(await count(ec2)).toBe(0)
    await launch(ec2)
    const moto = await post(`${url}/moto-api/reset`)
    expect(moto.status).toBe(200)
    expect(await count(ec2)).toBe(0)
    ec2.destroy()
  })

  it("injects faults through the Hypervisor's methods (impaired status, capacity)", async () => {
    const ec2 = clientOf(url)
    const id = await launch(ec2)
    await new Promise((r) => setTimeout(r, 300)) // pending → running (100 ms in real-time mode)
    const status = await post(`${url}/_ec2kit/hypervisor/setStatus`, [id, { SystemStatus: "impaired" }])
    expect(status.status).toBe(200)
    const described = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id] }))
    expect(described.InstanceStatuses?.[0]?.SystemStatus?.Status).toBe("impaired")
    const capacity = await post(`${url}/_ec2kit/hypervisor/setCapacity`, { AvailabilityZone: "us-east-1a", Count: 0 })
    expect(capacity.status).toBe(200)
    const { Images } = await ec2.send(new DescribeImagesCommand({}))
    const refused = await ec2
      .send(new RunInstancesCommand({ ImageId: Images?.[0]?.ImageId ?? "", MinCount: 1, MaxCount: 1, Placement: { AvailabilityZone: "us-east-1a" } }))
      .catch((e: { name: string }) => e)
    expect(refused).toMatchObject({ name: "InsufficientInstanceCapacity" })
    expect((await post(`${url}/_ec2kit/hypervisor/setCapacity`, { AvailabilityZone: "us-east-1a", Count: null })).status).toBe(200)
    ec2.destroy()
  })

  it("refuses bad control input with a 4xx and a code naming the problem", async () => {
    const cases: Array<[string, unknown, number, string]> = [
      ["hypervisor/setStatus", ["i-0123456789abcdef0", { SystemStatus: "impaired" }], 400, "InvalidInstanceID.NotFound"],
      ["hypervisor/setStatus", ["i-0123456789abcdef0", { SystemStatus: "broken" }], 400, "InvalidParameterValue"],
      ["hypervisor/scheduleEvent", [42], 400, "InvalidParameterValue"],
      ["hypervisor/setCapacity", { AvailabilityZone: "mars-1a", Count: 1 }, 400, "InvalidParameterValue"],
      ["hypervisor/inspect", [], 404, "UnknownMethod"],
      ["hypervisor/restore", [], 404, "UnknownMethod"],
      ["hypervisor/constructor", [], 404, "UnknownMethod"],
      ["advance", { by: "5m" }, 409, "NotVirtualTime"],
      ["nope", undefined, 404, "NotFound"],
      ["reset", "{not json", 400, "MalformedJson"]
    ]
    for (const [path, body, status, code] of cases) {
      const res = await post(`${url}/_ec2kit/${path}`, body)
      expect([path, res.status]).toEqual([path, status])
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code)
    }
    expect((await fetch(`${url}/_ec2kit/reset`)).status).toBe(405)
  })

  it("setCapacity: Count null removes the limit; a malformed limit or a mix of the two forms is a 400 that changes nothing", async () => {
    // was: each of these fell through to the fleet form and answered 200 without doing anything
    const bad: ReadonlyArray<unknown> = [
      { AvailabilityZone: "us-east-1a", Count: "5" },
      { AvailabilityZone: "us-east-1a", Count: -1 },
      { AvailabilityZone: "us-east-1a", Count: 1.5 },
      { AvailabilityZone: "us-east-1a", InstanceType: null, Count: 1 },
      { AvailabilityZone: "us-east-1a", Count: null, RacksPerAz: 2 },
      { AvailabilityZone: "us-east-1a", Cuont: 0 },
      { AvailabilityZone: "us-east-1a" },
      ["i-0123456789abcdef0", { Action: "stop", Bogus: 1 }]
    ]
    for (const body of bad) {
      const method = Array.isArray(body) ? "interruptSpot" : "setCapacity"
      const res = await post(`${url}/_ec2kit/hypervisor/${method}`, body)
      expect([body, res.status]).toEqual([body, 400])
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("InvalidParameterValue")
    }
    const ec2 = clientOf(url)
    const { Images } = await ec2.send(new DescribeImagesCommand({}))
    const runIn1b = () =>
      ec2.send(new RunInstancesCommand({ ImageId: Images?.[0]?.ImageId ?? "", MinCount: 1, MaxCount: 1, Placement: { AvailabilityZone: "us-east-1b" } }))
        .then(() => "launched", (e: { name: string }) => e.name)
    expect((await post(`${url}/_ec2kit/hypervisor/setCapacity`, { AvailabilityZone: "us-east-1b", Count: 0 })).status).toBe(200)
    expect(await runIn1b()).toBe("InsufficientInstanceCapacity")
    expect((await post(`${url}/_ec2kit/hypervisor/setCapacity`, { AvailabilityZone: "us-east-1b", Count: null })).status).toBe(200)
    expect(await runIn1b()).toBe("launched")
    expect((await post(`${url}/_ec2kit/hypervisor/setCapacity`, { AvailabilityZone: "us-east-1b", RacksPerAz: 2 })).status).toBe(200)
    ec2.destroy()
  })

  it("control paths are not EC2 actions, and EC2 actions are not control paths", async () => {
    const asAction = await post(`${url}/`, "Action=_ec2kit/reset&Version=2016-11-15")
    expect(asAction.status).toBe(400)
    expect(await asAction.text()).toContain("<Code>InvalidAction</Code>")
  })

  it("never answers a 5xx to random control requests", async () => {
    const method = fc.constantFrom("GET", "POST", "PUT", "DELETE")
    const path = fc.oneof(
      fc.constantFrom("health", "reset", "advance", "nope", "metadata", "metadata/1", ...Control.hypervisorMethods.map((m) => `hypervisor/${m}`)),
      fc.string()
    )
    const body = fc.oneof(fc.constant(undefined), fc.json(), fc.string())
    await fc.assert(
      fc.asyncProperty(method, path, body, async (m, p, b) => {
        const res = await fetch(`${url}/_ec2kit/${encodeURIComponent(p).replaceAll("%2F", "/")}`, {
          method: m,
          ...(b !== undefined && m !== "GET" ? { body: b } : {})
        })
        await res.arrayBuffer()
        expect(res.status).toBeLessThan(500)
      }),
      { numRuns: process.env["CI"] ? 1000 : 200 }
    )
    expect((await fetch(`${url}/_ec2kit/health`)).status).toBe(200)
  })
})

describe("Emulator (virtual time)", () => {
  it("stands still until advanced", async () => {
    const { running, runtime } = await startEmulator({ seed: "virtual", time: "virtual" })
    const ec2 = clientOf(running.url)
    const id = await launch(ec2)
    const state = async () => (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]?.State?.Name
    expect(await state()).toBe("pending")
    const bad = await post(`${running.url}/_ec2kit/advance`, { by: "soon" })
    expect(bad.status).toBe(400)
    const nowOf = async () => Date.parse(((await (await fetch(`${running.url}/_ec2kit/health`)).json()) as { now: string }).now)
    const before = await nowOf()
    // the virtual clock starts at the wall-clock time of the start, not at 1970
    expect(Math.abs(before - Date.now())).toBeLessThan(60_000)
    const launched = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]?.LaunchTime
    expect(Math.abs((launched?.getTime() ?? 0) - before)).toBeLessThan(1000)
    const res = await post(`${running.url}/_ec2kit/advance?by=1m`)
    expect(await res.json()).toEqual({ advancedMs: 60_000 })
    expect(await state()).toBe("running")
    expect(await nowOf()).toBe(before + 60_000)
    ec2.destroy()
    await runtime.dispose()
  })

  it("with a state file, goes on from the last virtual time after a restart (was: the wall clock's)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-emulator-"))
    const state = path.join(dir, "world.ec2kit")
    try {
      const nowOf = async (url: string) => Date.parse(((await (await fetch(`${url}/_ec2kit/health`)).json()) as { now: string }).now)
      const first = await startEmulator({ seed: "clock", time: "virtual", state })
      const ec2 = clientOf(first.running.url)
      const id = await launch(ec2)
      ec2.destroy()
      const started = await nowOf(first.running.url)
      await post(`${first.running.url}/_ec2kit/advance?by=3h`)
      await first.runtime.dispose()
      const second = await startEmulator({ seed: "clock", time: "virtual", state })
      expect(await nowOf(second.running.url)).toBe(started + 3 * 3_600_000)
      const again = clientOf(second.running.url)
      const launched = (await again.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]
      expect(launched?.State?.Name).toBe("running")
      again.destroy()
      await second.runtime.dispose()
      // a real-time run moves the world with the wall clock: the clock file no longer holds
      const real = await startEmulator({ state })
      await real.runtime.dispose()
      expect(fs.existsSync(Emulator.clockFile(state))).toBe(false)
      fs.writeFileSync(Emulator.clockFile(state), "{}")
      await expect(startEmulator({ time: "virtual", state })).rejects.toThrow(/cannot read the virtual time/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("refuses requests signed for another region, as the endpoint's region is the world's", async () => {
    const { running, runtime } = await startEmulator({ region: "eu-west-1", time: "virtual" })
    const wrong = clientOf(running.url, "us-east-1")
    const e = await wrong.send(new DescribeInstancesCommand({})).catch((e: { name: string }) => e)
    expect(e).toMatchObject({ name: "SignatureDoesNotMatch" })
    const right = clientOf(running.url, "eu-west-1")
    expect(await count(right)).toBe(0)
    wrong.destroy()
    right.destroy()
    await runtime.dispose()
  })
})

describe("Control.parseDuration", () => {
  it("reads short and Effect forms, refuses the rest", () => {
    expect(Control.parseDuration("90s")).toBe(90_000)
    expect(Control.parseDuration("2m")).toBe(120_000)
    expect(Control.parseDuration("500ms")).toBe(500)
    expect(Control.parseDuration("5 minutes")).toBe(300_000)
    expect(Control.parseDuration("1 hour")).toBe(3_600_000)
    for (const bad of ["", "-1s", "1x", "Infinity", "1e9s", "s"]) expect(Control.parseDuration(bad)).toBeUndefined()
  })
})
