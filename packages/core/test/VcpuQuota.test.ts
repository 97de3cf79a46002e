import { Option, Result } from "effect"
import fc from "fast-check"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { VcpuQuota } from "@ec2kit/core"

const runs = process.env.CI ? 1000 : 200
const names = readFileSync(new URL("./fixtures/instance-type-names.txt", import.meta.url), "utf8").trim().split("\n")

describe("VcpuQuota buckets", () => {
  it("every instance type the SDK knows has a bucket, except Mac (Dedicated Hosts only)", () => {
    const without = names.filter((n) => Option.isNone(VcpuQuota.bucketOf(n)))
    expect(without.length).toBeGreaterThan(0)
    expect(without.every((n) => n.startsWith("mac"))).toBe(true)
  })

  it.each([
    ["t3.micro", "Standard"], ["m7g.large", "Standard"], ["c7i-flex.large", "Standard"], ["z1d.large", "Standard"],
    ["im4gn.large", "Standard"], ["is4gen.xlarge", "Standard"], ["i3.large", "Standard"], ["a1.large", "Standard"],
    ["g5.xlarge", "G and VT"], ["gr6.4xlarge", "G and VT"], ["vt1.3xlarge", "G and VT"], ["p5.48xlarge", "P"],
    ["inf2.xlarge", "Inf"], ["trn1.2xlarge", "Trn"], ["dl1.24xlarge", "DL"], ["f1.2xlarge", "F"], ["hpc7a.12xlarge", "HPC"],
    ["u-6tb1.metal", "High Memory"], ["x2idn.16xlarge", "X"]
  ] as const)("%s → %s", (name, bucket) => {
    expect(VcpuQuota.bucketOf(name)).toEqual(Option.some(bucket))
  })

  it("no bucket for a malformed name or a Mac", () => {
    expect(VcpuQuota.bucketOf("t3micro")).toEqual(Option.none())
    expect(VcpuQuota.bucketOf("mac2.metal")).toEqual(Option.none())
  })

  it("quota names as in Service Quotas", () => {
    expect(VcpuQuota.quotaName("Standard", "on-demand")).toBe("Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances")
    expect(VcpuQuota.quotaName("G and VT", "spot")).toBe("All G and VT Spot Instance Requests")
  })
})

describe("VcpuQuota.fit", () => {
  it("AWS's errors", () => {
    const od = VcpuQuota.fit({ market: "on-demand", limit: 32, used: 30, vCpus: 4, min: 1, max: 1 })
    expect(Result.isFailure(od) && [od.failure.code, od.failure.reason.message]).toEqual([
      "VcpuLimitExceeded",
      "You have requested more vCPU capacity than your current vCPU limit of 32 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit."
    ])
    const spot = VcpuQuota.fit({ market: "spot", limit: 5, used: 0, vCpus: 8, min: 1, max: 1 })
    expect(Result.isFailure(spot) && [spot.failure.code, spot.failure.reason.message]).toEqual(["MaxSpotInstanceCountExceeded", "Max spot instance count exceeded"])
    expect(VcpuQuota.fit({ market: "on-demand", limit: 8, used: 0, vCpus: 2, min: 1, max: 10 })).toEqual(Result.succeed(4))
  })

  it("property: the answer is the most that fit, never over the quota, never under MinCount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 192 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom("on-demand" as const, "spot" as const),
        (limit, used, vCpus, min, extra, market) => {
          const max = min + extra
          const r = VcpuQuota.fit({ market, limit, used, vCpus, min, max })
          const room = Math.max(0, limit - used)
          if (Result.isSuccess(r)) {
            const n = r.success
            expect(n).toBeGreaterThanOrEqual(min)
            expect(n).toBeLessThanOrEqual(max)
            expect(n * vCpus).toBeLessThanOrEqual(room)
            expect(n === max || (n + 1) * vCpus > room).toBe(true)
          } else {
            expect(min * vCpus).toBeGreaterThan(room)
            expect(r.failure.code).toBe(market === "on-demand" ? "VcpuLimitExceeded" : "MaxSpotInstanceCountExceeded")
          }
        }
      ),
      { numRuns: runs }
    )
  })

  it("states that use vCPUs: those on hardware", () => {
    expect(["pending", "running", "stopping", "shutting-down", "stopped", "terminated"].map((s) => VcpuQuota.usesVcpus(s as never)))
      .toEqual([true, true, true, true, false, false])
    // a stopped instance being terminated holds no host: the caller says so and it uses none
    expect(VcpuQuota.usesVcpus("shutting-down", false)).toBe(false)
    expect(VcpuQuota.usesVcpus("shutting-down", true)).toBe(true)
  })
})
