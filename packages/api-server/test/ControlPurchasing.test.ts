// The purchasing controls of issue 12 over HTTP (`POST /_ec2kit/hypervisor/<method>`): each member
// checked by its schema (a 400 that changes nothing) and reaching the Hypervisor with JSON's forms
// of its arguments (a released pool as an absent key or null).
import { type _InstanceType, DescribeImagesCommand, DescribeSpotPriceHistoryCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2"
import { ControlClient, Emulator, PriceTableJson } from "@ec2kit/api-server"
import { Pricing } from "@ec2kit/core"
import { Effect, ManagedRuntime, Result } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const startEmulator = async (options: Emulator.Options) => {
  const runtime = ManagedRuntime.make(Emulator.layer({ port: 0, ...options }))
  const running = await runtime.runPromise(Emulator.Emulator.use((e) => Effect.succeed(e)))
  return { runtime, running }
}

const call = async (url: string, method: string, body: unknown) => {
  const res = await fetch(`${url}/_ec2kit/hypervisor/${method}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as { error?: { code: string; message: string } } & Record<string, unknown> }
}

// a small price table (the shipped one is large; test names print the bodies)
const table = { ...Pricing.usEast1, OnDemandHourly: { "m5.large": 0.096 }, ReservedInstances: {}, ReservedRatios: [], SavingsPlanDiscounts: [], Sources: [] }

describe("purchasing controls: schemas", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let url = ""
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "purchasing-schemas", time: "virtual" })
    url = emulator.running.url
  })
  afterAll(() => emulator.runtime.dispose())

  it.each([
    ["setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Price: "cheap" }, "Price"],
    ["setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Price: -0.01 }, "Price"],
    ["setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Price: 0 }, "Price"],
    ["setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Prize: 0.02 }, "Prize"],
    ["setSpotPrice", { AvailabilityZone: "us-east-1a", Price: 0.02 }, "InstanceType"],
    ["setSpotCapacity", { AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Count: 1.5 }, "Count"],
    ["setSpotCapacity", { AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Count: -1 }, "Count"],
    ["setSpotCapacity", { AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Count: "5" }, "Count"],
    ["purchaseSavingsPlan", { SavingsPlanType: "Fargate", Commitment: 1 }, "SavingsPlanType"],
    ["purchaseSavingsPlan", { SavingsPlanType: "Compute", Commitment: 0 }, "Commitment"],
    ["bill", { StartTime: "2026-01-01", EndTime: 0 }, "StartTime"],
    ["bill", { StartTime: 0, EndTime: 1.5 }, "EndTime"],
    ["bill", { StartTime: 0, EndTime: 1, PriceTable: { ...table, Currency: "dollars" } }, "ISO 4217"],
    ["bill", { StartTime: 0, EndTime: 1, PriceTable: { ...table, OnDemandHourly: { "m5.large": -1 } } }, "OnDemandHourly"],
    ["bill", { StartTime: 0, EndTime: 1, PriceTable: { ...table, PublicIPv4Hourly: 0.005 } }, "PublicIPv4Hourly"],
    ["setCpuUtilization", ["i-0123456789abcdef0", 101], "100"],
    ["setCpuUtilization", ["i-0123456789abcdef0", "50%"], "number"],
    ["cpuCreditMetrics", ["i-0123456789abcdef0", { StartTime: 0, EndTime: 1, PeriodSeconds: 0 }], "PeriodSeconds"]
  ])("%s refuses %o with a 400 naming %s", async (method, body, named) => {
    const { json, status } = await call(url, method, body)
    expect(status).toBe(400)
    expect(json.error?.code).toBe("InvalidParameterValue")
    expect(json.error?.message).toContain(method)
    expect(json.error?.message).toContain(named)
  })
})

const HOUR = 3_600_000

describe("purchasing controls: through the endpoint", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let url = ""
  let ec2: EC2Client
  let imageId = ""
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "purchasing-controls", time: "virtual", delays: { instancePending: "immediate" } })
    url = emulator.running.url
    ec2 = new EC2Client({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
    const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))
    imageId = Images![0]!.ImageId!
  })
  afterAll(async () => {
    ec2.destroy()
    await emulator.runtime.dispose()
  })

  const now = async () => Date.parse((await ControlClient.make(url).health()).now)
  const advance = (by: string) => ControlClient.make(url).advance(by)
  const launch = (InstanceType: _InstanceType, spot = false) =>
    ec2.send(new RunInstancesCommand({
      ImageId: imageId,
      InstanceType,
      MinCount: 1,
      MaxCount: 1,
      Placement: { AvailabilityZone: "us-east-1a" },
      ...(spot ? { InstanceMarketOptions: { MarketType: "spot" } } : {})
    })).then((r) => r.Instances![0]!.InstanceId!)
  const latestSpotPrice = async () => {
    const { SpotPriceHistory } = await ec2.send(new DescribeSpotPriceHistoryCommand({
      AvailabilityZone: "us-east-1a",
      InstanceTypes: ["c5.large"],
      ProductDescriptions: ["Linux/UNIX"],
      StartTime: new Date(await now())
    }))
    return Number(SpotPriceHistory![0]!.SpotPrice)
  }

  it("setSpotPrice pins a pool's price, and releases it with the key left out or null", async () => {
    expect(await call(url, "setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "c5.large", Price: 0.0321 })).toEqual({ status: 200, json: { ok: true } })
    expect(await latestSpotPrice()).toBe(0.0321)
    await advance("1h")
    expect((await call(url, "setSpotPrice", { AvailabilyZone: "us-east-1a", InstanceType: "c5.large" })).status).toBe(400)
    expect((await call(url, "setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "c5.large" })).status).toBe(200)
    await advance("1h")
    expect(await latestSpotPrice()).not.toBe(0.0321)
    expect((await call(url, "setSpotPrice", [{ AvailabilityZone: "us-east-1a", InstanceType: "c5.large", Price: 0.0322 }])).status).toBe(200)
    expect(await latestSpotPrice()).toBe(0.0322)
    await advance("1h")
    expect((await call(url, "setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "c5.large", Price: null })).status).toBe(200)
    await advance("1h")
    expect(await latestSpotPrice()).not.toBe(0.0322)
    // the Hypervisor's own refusal: a pin above the On-Demand price
    const above = await call(url, "setSpotPrice", { AvailabilityZone: "us-east-1a", InstanceType: "c5.large", Price: 5 })
    expect(above.status).toBe(400)
    expect(above.json.error).toMatchObject({ code: "InvalidParameterValue", message: expect.stringContaining("Invalid Spot price 5") })
  })

  it("setSpotCapacity empties a pool (Spot launches fail) and gives it back (Count left out)", async () => {
    expect(await call(url, "setSpotCapacity", { AvailabilityZone: "us-east-1a", InstanceType: "c5.xlarge", Count: 0 })).toEqual({ status: 200, json: { ok: true } })
    await expect(launch("c5.xlarge", true)).rejects.toMatchObject({ name: "InsufficientInstanceCapacity" })
    expect((await call(url, "setSpotCapacity", { AvailabilityZone: "us-east-1a", InstanceType: "c5.xlarge" })).status).toBe(200)
    expect(await launch("c5.xlarge", true)).toMatch(/^i-/)
    expect((await call(url, "setSpotCapacity", { AvailabilityZone: "us-east-1a", InstanceType: "c5.xlarge", Count: null })).status).toBe(200)
  })

  it("ControlClient (Promise and Effect) sends an undefined Price or Count as a release", async () => {
    const pool = { AvailabilityZone: "us-east-1a", InstanceType: "c5.large" }
    await ControlClient.make(url).hypervisor.setSpotPrice({ ...pool, Price: 0.0333 })
    expect(await latestSpotPrice()).toBe(0.0333)
    await advance("1h")
    const effect = ControlClient.makeEffect(url)
    expect(await Effect.runPromise(effect.hypervisor.setSpotPrice({ ...pool, Price: undefined }))).toEqual({ ok: true })
    await advance("1h")
    expect(await latestSpotPrice()).not.toBe(0.0333)
    expect(await Effect.runPromise(effect.hypervisor.setSpotCapacity({ ...pool, Count: 0 }))).toEqual({ ok: true })
    await expect(launch("c5.large", true)).rejects.toMatchObject({ name: "InsufficientInstanceCapacity" })
    await ControlClient.make(url).hypervisor.setSpotCapacity({ ...pool, Count: undefined })
    expect(await launch("c5.large", true)).toMatch(/^i-/)
    const refused = await Effect.runPromise(Effect.flip(effect.hypervisor.bill({ StartTime: 0, EndTime: Number.MAX_SAFE_INTEGER })))
    expect(refused).toMatchObject({ _tag: "ControlError", status: 400, code: "InvalidParameterValue" })
  })

  it("purchaseSavingsPlan records a plan and answers it", async () => {
    const { json, status } = await call(url, "purchaseSavingsPlan", { SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "r5", Commitment: 0.5, PaymentOption: "All Upfront" })
    expect(status).toBe(200)
    expect(json).toMatchObject({ SavingsPlanType: "EC2Instance", Ec2InstanceFamily: "r5", Commitment: 0.5, PaymentOption: "All Upfront", TermDurationInSeconds: 31_536_000 })
    expect(json["SavingsPlanId"]).toEqual(expect.any(String))
  })

  it("bill answers the bill of a window, priced by the shipped table or the caller's", async () => {
    const start = await now()
    const id = await launch("m5.large")
    await advance("1h")
    const body = { StartTime: start, EndTime: start + HOUR }
    const line = (bill: Record<string, unknown>) =>
      (bill["LineItems"] as ReadonlyArray<{ ResourceId: string; UsageType: string; Quantity: number; Cost: number }>).find((l) => l.ResourceId === id)
    const shipped = await call(url, "bill", body)
    expect(shipped.status).toBe(200)
    expect(shipped.json).toMatchObject({ StartTime: start, EndTime: start + HOUR, Region: "us-east-1", PriceTableDate: Pricing.usEast1.EffectiveDate })
    expect(line(shipped.json)).toMatchObject({ UsageType: "BoxUsage:m5.large", Quantity: 1 })
    expect(line(shipped.json)!.Cost).toBeCloseTo(0.096, 12)
    const mine = await call(url, "bill", { ...body, PriceTable: { ...Pricing.usEast1, Region: "eu-west-1", OnDemandHourly: { "m5.large": 2 } } })
    expect(mine.json).toMatchObject({ Region: "eu-west-1" })
    expect(line(mine.json)!.Cost).toBe(2)
    // the same through ControlClient (the Promise client is typed by the Hypervisor)
    expect(await ControlClient.make(url).hypervisor.bill(body)).toEqual(shipped.json)
    const future = await call(url, "bill", { StartTime: start, EndTime: start + 2 * HOUR })
    expect(future.status).toBe(400)
    expect(future.json.error?.code).toBe("InvalidParameterValue")
  })

  it("setCpuUtilization sets a T instance's load and cpuCreditMetrics reads its credit series", async () => {
    const id = await launch("t3.micro")
    expect(await call(url, "setCpuUtilization", [id, 40])).toEqual({ status: 200, json: { ok: true } })
    // periods are aligned on multiples of the period, as CloudWatch's: a window of six whole ones
    const start = Math.ceil((await now()) / 300_000) * 300_000
    await advance("1h")
    const { json, status } = await call(url, "cpuCreditMetrics", [id, { StartTime: start, EndTime: start + HOUR / 2, PeriodSeconds: 300 }])
    expect(status).toBe(200)
    const usage = json["CPUCreditUsage"] as ReadonlyArray<{ Timestamp: number; Value: number }>
    expect(usage.map((d) => d.Timestamp)).toEqual([0, 1, 2, 3, 4, 5].map((i) => start + i * 300_000))
    // 40 % of t3.micro's 2 vCPUs for 5 minutes: 0.4 × 2 × 5 = 4 credits per datapoint
    for (const d of usage) expect(d.Value).toBeCloseTo(4, 9)
    const unknown = await call(url, "setCpuUtilization", ["i-0123456789abcdef0", 10])
    expect(unknown.status).toBe(400)
    expect(unknown.json.error?.code).toBe("InvalidInstanceID.NotFound")
  })
})

describe("PriceTableJson", () => {
  it("takes the shipped table as JSON gives it back, and refuses unknown members", () => {
    const decoded = PriceTableJson.decode(JSON.parse(JSON.stringify(Pricing.usEast1)))
    expect(Result.isSuccess(decoded) && decoded.success).toEqual(Pricing.usEast1)
    const misspelt = PriceTableJson.decode({ ...Pricing.usEast1, EbsStorageGbMonths: {} })
    expect(Result.isFailure(misspelt) && misspelt.failure).toContain("EbsStorageGbMonths")
    expect(Result.isFailure(PriceTableJson.decode({ ...Pricing.usEast1, EffectiveDate: "July 2026" }))).toBe(true)
  })
})
