// `ec2kit cost` in-process, exactly as the executable runs it (Cli.main), against a world kept by the
// emulator in a state file (virtual time) and against the same emulator's endpoint.
import { DescribeImagesCommand, EC2Client, RunInstancesCommand, StopInstancesCommand } from "@aws-sdk/client-ec2"
import { ControlClient, Emulator } from "@ec2kit/api-server"
import { Pricing } from "@ec2kit/core"
import { Effect, ManagedRuntime } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import { Cli, CostReport } from "../src/index.js"
import { expectSameBill } from "./sameBill.js"

let out: Array<string> = []
let err: Array<string> = []
beforeEach(() => {
  out = []
  err = []
  vi.spyOn(console, "log").mockImplementation((...a: Array<unknown>) => void out.push(a.join(" ")))
  vi.spyOn(console, "error").mockImplementation((...a: Array<unknown>) => void err.push(a.join(" ")))
})
afterEach(() => vi.restoreAllMocks())

const cost = async (...args: Array<string>) => {
  out = []
  err = []
  const code = await Cli.main(["cost", ...args])
  return { code, stdout: out.join("\n"), stderr: err.join("\n") }
}

const HOUR = 3_600_000
// m5.large, Linux, us-east-1: $0.096 per hour (Pricing.usEast1, AWS Price List of 2026-07-20)
const m5Large = 0.096

const immediate = { instancePending: "immediate", instanceStopping: "immediate", volumeCreating: "immediate", volumeAttaching: "immediate" } as const

const startEmulator = async (state: string) => {
  const runtime = ManagedRuntime.make(Emulator.layer({ port: 0, state, time: "virtual", seed: "cost", delays: immediate }))
  const running = await runtime.runPromise(Emulator.Emulator.use((e) => Effect.succeed(e)))
  const ec2 = new EC2Client({ endpoint: running.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
  return { runtime, url: running.url, ec2, control: ControlClient.make(running.url) }
}

describe("ec2kit cost", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-cost-test-"))
  const state = path.join(dir, "world.ec2kit")
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let launchedAt = 0
  let now = 0
  let ids: Array<string> = []

  // Two m5.large from the start; one stopped after 10 hours, the other running for 20.
  beforeAll(async () => {
    emulator = await startEmulator(state)
    const { ec2, control } = emulator
    const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))
    launchedAt = Date.parse((await control.health()).now)
    const run = await ec2.send(new RunInstancesCommand({ ImageId: Images![0]!.ImageId!, InstanceType: "m5.large", MinCount: 2, MaxCount: 2 }))
    ids = run.Instances!.map((i) => i.InstanceId!)
    await control.advance(10 * HOUR)
    await ec2.send(new StopInstancesCommand({ InstanceIds: [ids[1]!] }))
    await control.advance(10 * HOUR)
    now = Date.parse((await control.health()).now)
  })
  afterAll(async () => {
    emulator.ec2.destroy()
    await emulator.runtime.dispose()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const boxUsage = (bill: { LineItems: ReadonlyArray<{ ResourceId: string; UsageType: string; Quantity: number; Cost: number }> }, id: string) =>
    bill.LineItems.filter((l) => l.ResourceId === id && l.UsageType === "BoxUsage:m5.large")

  it("bills a state file while ec2kit serve holds it, without its lock and without changing a byte", async () => {
    const before = fs.readFileSync(state)
    const lock = fs.readFileSync(`${state}.lock`)
    const { code, stdout, stderr } = await cost("--state", state, "--json")
    expect(stderr).toBe("")
    expect(code).toBe(0)
    const bill = JSON.parse(stdout)
    // default window: the first usage (the launch) to the world's current virtual time
    expect(bill).toMatchObject({ StartTime: launchedAt, EndTime: now, Region: "us-east-1", Currency: "USD", PriceTableDate: Pricing.usEast1.EffectiveDate })
    expect(boxUsage(bill, ids[0]!).reduce((s, l) => s + l.Quantity, 0)).toBeCloseTo(20, 9)
    expect(boxUsage(bill, ids[1]!).reduce((s, l) => s + l.Quantity, 0)).toBeCloseTo(10, 9)
    expect(boxUsage(bill, ids[0]!).reduce((s, l) => s + l.Cost, 0)).toBeCloseTo(20 * m5Large, 9)
    expect(bill.Total).toBeCloseTo(bill.LineItems.reduce((s: number, l: { Cost: number }) => s + l.Cost, 0), 9)
    expect(fs.readFileSync(state).equals(before)).toBe(true)
    expect(fs.readFileSync(`${state}.lock`).equals(lock)).toBe(true)
    expect(fs.readdirSync(dir).sort()).toEqual(["world.ec2kit", "world.ec2kit.clock", "world.ec2kit.lock"])
    // the emulator still owns and writes its file
    await emulator.control.hypervisor.setStatus(ids[0]!, { InstanceStatus: "ok" })
    expect(fs.readFileSync(state).length).toBeGreaterThan(before.length)
  })

  it("gives the emulator's own bill through --endpoint, for the same window", async () => {
    const from = now - 5 * HOUR
    const { code, stdout } = await cost("--endpoint", emulator.url, "--from", "-5h", "--json")
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(await emulator.control.hypervisor.bill({ StartTime: from, EndTime: now }))
    const wholeState = JSON.parse((await cost("--state", state, "--json")).stdout)
    const wholeEndpoint = JSON.parse((await cost("--endpoint", emulator.url, "--json")).stdout)
    expectSameBill(wholeEndpoint, wholeState)
  })

  it("prints the table: resources with their line items, rates, costs, the total and the price table", async () => {
    const { code, stdout } = await cost("--state", state, "--to", "now")
    expect(code).toBe(0)
    const bill = JSON.parse((await cost("--state", state, "--json")).stdout)
    expect(stdout).toBe(CostReport.text(bill))
    const lines = stdout.split("\n")
    expect(lines[0]).toBe(`Bill from ${CostReport.instant(launchedAt)} to ${CostReport.instant(now)} (20 hours)`)
    expect(lines[1]).toBe(`Prices: us-east-1, price table of ${Pricing.usEast1.EffectiveDate}, USD`)
    expect(lines[3]).toMatch(/^RESOURCE \/ USAGE TYPE\s+LINE ITEM TYPE\s+QUANTITY\s+RATE\s+COST\s+NOTE$/)
    expect(stdout).toMatch(new RegExp(`^${ids[0]} \\(instance\\)\\s+${CostReport.money(20 * m5Large)}$`, "m"))
    expect(stdout).toMatch(/^ {2}BoxUsage:m5\.large\s+Usage\s+20 Hrs\s+0\.096\s+1\.9200$/m)
    expect(stdout).toMatch(/^ {2}BoxUsage:m5\.large\s+Usage\s+10 Hrs\s+0\.096\s+0\.9600$/m)
    expect(lines.at(-1)).toMatch(new RegExp(`^TOTAL \\(${bill.Resources.length} resources\\)\\s+${CostReport.money(bill.Total).replace(".", "\\.")}\\s+USD$`))
  })

  it("prices with a user's table (--prices)", async () => {
    const file = path.join(dir, "prices.json")
    fs.writeFileSync(file, JSON.stringify({ ...Pricing.usEast1, Region: "eu-west-1", EffectiveDate: "2026-01-02", OnDemandHourly: { "m5.large": 1 } }))
    try {
      const bill = JSON.parse((await cost("--state", state, "--prices", file, "--json")).stdout)
      expect(bill).toMatchObject({ Region: "eu-west-1", PriceTableDate: "2026-01-02" })
      expect(boxUsage(bill, ids[0]!).reduce((s, l) => s + l.Cost, 0)).toBeCloseTo(20, 9)
      const viaEndpoint = JSON.parse((await cost("--endpoint", emulator.url, "--prices", file, "--json")).stdout)
      expectSameBill(viaEndpoint, bill)
      // a table of another Region than the world's is said so
      const text = (await cost("--state", state, "--prices", file)).stdout.split("\n")
      expect(text.slice(1, 3)).toEqual([
        "Prices: eu-west-1, price table of 2026-01-02, USD",
        "Note: the world is in us-east-1, the prices are eu-west-1's: pass us-east-1's with --prices"
      ])
      expect((await cost("--state", state)).stdout).not.toContain("Note:")
    } finally {
      fs.rmSync(file)
    }
  })

  it("bills an empty window before the first usage as nothing", async () => {
    const { code, stdout } = await cost("--state", state, "--from", CostReport.instant(launchedAt - HOUR), "--to", CostReport.instant(launchedAt))
    expect(code).toBe(0)
    expect(stdout).toContain(`No usage in this window. Total: 0.0000 USD`)
  })

  it("bills a real-time world's state file up to the wall clock (no clock file beside it)", async () => {
    const realTime = path.join(dir, "real.ec2kit")
    const runtime = ManagedRuntime.make(Emulator.layer({ port: 0, state: realTime, seed: "cost-real", delays: { instancePending: "immediate" } }))
    const running = await runtime.runPromise(Emulator.Emulator.use((e) => Effect.succeed(e)))
    const ec2 = new EC2Client({ endpoint: running.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
    const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))
    await ec2.send(new RunInstancesCommand({ ImageId: Images![0]!.ImageId!, InstanceType: "m5.large", MinCount: 1, MaxCount: 1 }))
    ec2.destroy()
    await runtime.dispose()
    expect(fs.existsSync(`${realTime}.clock`)).toBe(false)
    const before = Date.now()
    const { code, stdout } = await cost("--state", realTime, "--json")
    expect(code).toBe(0)
    const bill = JSON.parse(stdout)
    expect(bill.EndTime).toBeGreaterThanOrEqual(before)
    expect(bill.EndTime).toBeLessThanOrEqual(Date.now())
    expect(bill.LineItems.map((l: { UsageType: string }) => l.UsageType)).toContain("BoxUsage:m5.large")
  })

  it.each([
    [[], "MissingParameter", "--state FILE"],
    [["--state", "x", "--endpoint", "http://127.0.0.1:1"], "InvalidParameterCombination", "not both"],
    [["--state", "/nonexistent/world.ec2kit"], "InvalidParameterValue", "--state: cannot read /nonexistent/world.ec2kit: no such file"],
    [["--state", "STATE", "--from", "yesterday"], "InvalidParameterValue", "Invalid value 'yesterday' for --from"],
    [["--state", "STATE", "--from", "2026-02-30"], "InvalidParameterValue", "Invalid value '2026-02-30' for --from"],
    [["--state", "STATE", "--to", "-3x"], "InvalidParameterValue", "Invalid value '-3x' for --to"],
    [["--state", "STATE", "--from", "-1h", "--to", "-2h"], "InvalidParameterCombination", "is after --to"],
    [["--state", "STATE", "--to", "2999-01-01"], "InvalidParameterValue", "after the world's current time"],
    [["--state", "STATE", "--from", "2999-01-01"], "InvalidParameterValue", "--from 2999-01-01T00:00:00Z is after the world's current time"],
    [["--state", "STATE", "--prices", "/nonexistent.json"], "InvalidParameterValue", "--prices: cannot read /nonexistent.json: no such file"],
    [["--endpoint", "127.0.0.1:4590"], "InvalidParameterValue", "Invalid value '127.0.0.1:4590' for --endpoint"],
    [["--endpoint", "http://127.0.0.1:1"], "NetworkError", "nothing answers at http://127.0.0.1:1"]
  ])("refuses %j with %s in one line and exit code 1", async (args, code, message) => {
    const given = args.map((a) => (a === "STATE" ? state : a))
    const text = await cost(...given)
    expect(text.code).toBe(1)
    expect(text.stdout).toBe("")
    expect(text.stderr.split("\n")).toHaveLength(1)
    expect(text.stderr).toMatch(new RegExp(`^error: ${code}: `))
    expect(text.stderr).toContain(message)
    const json = await cost(...given, "--json")
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toEqual({ error: { code, message: expect.stringContaining(message) } })
  })

  it("refuses a file that is not a state file, and a price table that is not one, naming what is wrong", async () => {
    const notState = path.join(dir, "notes.txt")
    const badPrices = path.join(dir, "bad-prices.json")
    fs.writeFileSync(notState, "hello")
    fs.writeFileSync(badPrices, JSON.stringify({ ...Pricing.usEast1, OnDemandHourly: { "m5.large": "cheap" } }))
    try {
      const a = await cost("--state", notState)
      expect(a.code).toBe(1)
      expect(a.stderr).toBe(`error: InvalidParameterValue: --state: Not an ec2kit journal: ${notState}`)
      const b = await cost("--state", state, "--prices", badPrices)
      expect(b.code).toBe(1)
      expect(b.stderr).toMatch(/^error: InvalidParameterValue: --prices: .* is not a price table: .*OnDemandHourly/)
      expect(fs.readFileSync(notState, "utf8")).toBe("hello")
    } finally {
      fs.rmSync(notState)
      fs.rmSync(badPrices)
    }
  })
})
