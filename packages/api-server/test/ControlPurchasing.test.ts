// The purchasing controls of issue 12 over HTTP (`POST /_ec2kit/hypervisor/<method>`): each member
// checked by its schema (a 400 that changes nothing) and reaching the Hypervisor with JSON's forms
// of its arguments (a released pool as an absent key or null).
import { Emulator, PriceTableJson } from "@ec2kit/api-server"
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
    ["bill", { StartTime: 0, EndTime: 1, PriceTable: { ...Pricing.usEast1, Currency: "dollars" } }, "ISO 4217"],
    ["bill", { StartTime: 0, EndTime: 1, PriceTable: { ...Pricing.usEast1, OnDemandHourly: { "m5.large": -1 } } }, "OnDemandHourly"],
    ["bill", { StartTime: 0, EndTime: 1, PriceTable: { ...Pricing.usEast1, PublicIPv4Hourly: 0.005 } }, "PublicIPv4Hourly"],
    ["setCpuUtilization", ["i-0123456789abcdef0", 101], "100"],
    ["setCpuUtilization", ["i-0123456789abcdef0", "50%"], "number"],
    ["cpuCreditMetrics", ["i-0123456789abcdef0", { StartTime: 0, EndTime: 1, PeriodSeconds: 0 }], "PeriodSeconds"]
  ])("%s refuses %j with a 400 naming %s", async (method, body, named) => {
    const { json, status } = await call(url, method, body)
    expect(status).toBe(400)
    expect(json.error?.code).toBe("InvalidParameterValue")
    expect(json.error?.message).toContain(method)
    expect(json.error?.message).toContain(named)
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
