import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Option } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as InstanceType from "../src/InstanceType.js"
import * as Catalogue from "../src/InstanceTypeCatalogue.js"

const samplesDir = fileURLToPath(new URL("./fixtures/describe-instance-types-samples/", import.meta.url))
const sample = (file: string, type: string): any => {
  const d = JSON.parse(readFileSync(samplesDir + file, "utf8")) as { InstanceTypes: Array<{ InstanceType: string }> }
  const t = d.InstanceTypes.find((x) => x.InstanceType === type)
  if (t === undefined) throw new Error(`${type} not in ${file}`)
  return t
}
const get = (name: string): Catalogue.InstanceTypeInfo => Option.getOrThrow(Catalogue.lookup(name))

describe("InstanceTypeCatalogue", () => {
  it("covers the union of the data files (1,402 types) and every key parses", () => {
    const names = Catalogue.names()
    expect(names.length).toBe(1402)
    expect(Catalogue.all().length).toBe(1402)
    expect([...names].sort()).toEqual(names)
    for (const n of names) expect(InstanceType.isValid(n)).toBe(true)
  })

  it("t3.micro: 2 vCPU, 1024 MiB, 2 ENIs × 2 IPv4, 12 credits/h, 288 max, 10 % baseline", () => {
    const t = get("t3.micro")
    expect(t.vCpus).toBe(2)
    expect(t.memoryMiB).toBe(1024)
    expect(t.architectures).toEqual(["x86_64"])
    expect(t.hypervisor).toBe("nitro")
    // eks-ami (2026-07), eni-limits-2023 and the 2020 DescribeInstanceTypes sample all say 2 ENIs × 2 IPv4.
    expect(t.maximumNetworkInterfaces).toBe(2)
    expect(t.ipv4AddressesPerInterface).toBe(2)
    expect(t.ipv6AddressesPerInterface).toBe(2)
    expect(t.burstablePerformanceSupported).toBe(true)
    expect(t.burstable).toEqual({ cpuCreditsEarnedPerHour: 12, maximumEarnedCreditsAccrued: 288, baselineUtilizationPerVcpuPercent: 10 })
    expect(t.ebs).toEqual({
      baselineBandwidthInMbps: 87,
      maximumBandwidthInMbps: 2085,
      baselineThroughputInMBps: 10.88,
      maximumThroughputInMBps: 260.62,
      baselineIops: 500,
      maximumIops: 11800,
      burstsToMaximumFor30Minutes: true
    })
    expect(t.networkBaselineBandwidthInMbps).toBe(64)
    expect(t.sources).toEqual(["karpenter", "eks-ami", "eni-limits-2023", "ebs-optimized-2023", "burstable-baseline-2023", "name"])
  })

  it("t3.medium: 3 ENIs × 6 IPv4", () => {
    const t = get("t3.medium")
    expect(t.maximumNetworkInterfaces).toBe(3)
    expect(t.ipv4AddressesPerInterface).toBe(6)
  })

  it("m7g.large is arm64 on Nitro, 2 vCPU, 8 GiB", () => {
    const t = get("m7g.large")
    expect(t.architectures).toEqual(["arm64"])
    expect(t.hypervisor).toBe("nitro")
    expect(t.vCpus).toBe(2)
    expect(t.memoryMiB).toBe(8192)
    expect(t.bareMetal).toBe(false)
    expect(t.instanceStorageSupported).toBe(false)
    expect(t.ebsOptimizedSupport).toBe("default")
  })

  it("p5.48xlarge has 8 H100 GPUs with 80 GiB each and 30,400 GB of NVMe", () => {
    const t = get("p5.48xlarge")
    expect(t.gpus).toEqual({ count: 8, name: "h100", manufacturer: "nvidia", memoryMiB: 81920 })
    expect(t.vCpus).toBe(192)
    expect(t.instanceStorageSupported).toBe(true)
    expect(t.instanceStorageTotalSizeInGB).toBe(30400)
    expect(t.efaSupported).toBe(true)
    expect(t.maximumEfaInterfaces).toBe(32)
    const shape = Catalogue.toDescribeInstanceTypesShape(t)
    expect(shape.GpuInfo).toEqual({
      Gpus: [{ Count: 8, Name: "h100", Manufacturer: "nvidia", MemoryInfo: { SizeInMiB: 81920 } }],
      TotalGpuMemoryInMiB: 655360
    })
  })

  it("bare metal has no hypervisor; mac types get EC2's Mac architectures", () => {
    const m = get("m5.metal")
    expect(m.bareMetal).toBe(true)
    expect(m.hypervisor).toBeUndefined()
    expect(Catalogue.toDescribeInstanceTypesShape(m).Hypervisor).toBeUndefined()
    expect(get("mac1.metal").architectures).toEqual(["x86_64_mac"])
    expect(get("mac2-m2pro.metal").architectures).toEqual(["arm64_mac"])
    expect(get("mac-m4.metal").architectures).toEqual(["arm64_mac"])
    expect(get("bmn-sf1.metal").sources).toContain("eks-ami")
  })

  it("multi-card types count ENIs over all cards (eni-limits-2023) and keep the default card's count", () => {
    const t = get("c6in.32xlarge")
    expect(t.networkCards).toBe(2)
    expect(t.maximumNetworkInterfaces).toBe(14)
    expect(t.defaultNetworkCardMaximumNetworkInterfaces).toBe(8)
  })

  it("accelerators and IPv6-less previous generation", () => {
    expect(get("inf1.2xlarge").accelerators).toEqual({ count: 1, name: "inferentia", manufacturer: "aws" })
    const m1 = get("m1.small")
    expect(m1.ipv6Supported).toBe(false)
    expect(m1.ipv6AddressesPerInterface).toBe(0)
  })

  it("lookup of an unknown or malformed name is None", () => {
    expect(Option.isNone(Catalogue.lookup("m99gd.4xlarge"))).toBe(true)
    expect(Option.isNone(Catalogue.lookup("T3.MICRO"))).toBe(true)
    expect(Option.isNone(Catalogue.lookup(""))).toBe(true)
  })

  it("property: lookup is Some exactly for catalogue names", () => {
    const names = new Set(Catalogue.names())
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...names), fc.string()), (s) => {
        expect(Option.isSome(Catalogue.lookup(s))).toBe(names.has(s))
      }),
      { numRuns: 2000 }
    )
  })

  it("property: every entry is internally consistent", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Catalogue.all()), (i) => {
        const p = Option.getOrThrow(InstanceType.parseOption(i.instanceType))
        expect(i.bareMetal).toBe(InstanceType.isMetal(p))
        if (i.bareMetal) expect(i.hypervisor).toBeUndefined()
        expect(i.sources.length).toBeGreaterThan(0)
        if (i.burstable !== undefined) expect(i.burstable.maximumEarnedCreditsAccrued).toBeCloseTo(i.burstable.cpuCreditsEarnedPerHour * 24, 6)
        if (i.ebs?.baselineBandwidthInMbps !== undefined && i.ebs.maximumBandwidthInMbps !== undefined) {
          expect(i.ebs.baselineBandwidthInMbps).toBeLessThanOrEqual(i.ebs.maximumBandwidthInMbps)
        }
        if (i.instanceStorageTotalSizeInGB !== undefined) expect(i.instanceStorageSupported).toBe(true)
        if (i.vCpus !== undefined) expect(Number.isInteger(i.vCpus) && i.vCpus > 0).toBe(true)
        const shape = Catalogue.toDescribeInstanceTypesShape(i)
        expect(shape.InstanceType).toBe(i.instanceType)
        expect(JSON.parse(JSON.stringify(shape))).toEqual(shape) // no undefined members
      }),
      { numRuns: 2000 }
    )
  })

  it("hasInstanceStore prefers the data, falls back to the name", () => {
    expect(Catalogue.hasInstanceStore("m5d.large")).toBe(true)
    expect(Catalogue.hasInstanceStore("m5.large")).toBe(false)
    expect(Catalogue.hasInstanceStore("g6.xlarge")).toBe(true)
    expect(Catalogue.hasInstanceStore("m99gd.4xlarge")).toBe(true) // unknown to the data: name rule
    expect(Catalogue.hasInstanceStore("not a type")).toBe(false)
  })
})

describe("toDescribeInstanceTypesShape against real DescribeInstanceTypes answers", () => {
  it("t3.micro agrees with the sample on every field we carry", () => {
    const aws = sample("t3_micro_and_p3_16xl.json", "t3.micro")
    const ours = Catalogue.toDescribeInstanceTypesShape(get("t3.micro"))
    expect(ours.InstanceType).toBe(aws.InstanceType)
    expect(ours.VCpuInfo?.DefaultVCpus).toBe(aws.VCpuInfo.DefaultVCpus)
    expect(ours.MemoryInfo).toEqual(aws.MemoryInfo)
    expect(ours.ProcessorInfo).toEqual(aws.ProcessorInfo)
    expect(ours.Hypervisor).toBe(aws.Hypervisor)
    expect(ours.BareMetal).toBe(aws.BareMetal)
    expect(ours.BurstablePerformanceSupported).toBe(aws.BurstablePerformanceSupported)
    expect(ours.InstanceStorageSupported).toBe(aws.InstanceStorageSupported)
    expect(ours.EbsInfo?.EbsOptimizedSupport).toBe(aws.EbsInfo.EbsOptimizedSupport)
    expect(ours.NetworkInfo?.MaximumNetworkInterfaces).toBe(aws.NetworkInfo.MaximumNetworkInterfaces)
    expect(ours.NetworkInfo?.Ipv4AddressesPerInterface).toBe(aws.NetworkInfo.Ipv4AddressesPerInterface)
    expect(ours.NetworkInfo?.Ipv6AddressesPerInterface).toBe(aws.NetworkInfo.Ipv6AddressesPerInterface)
    expect(ours.NetworkInfo?.Ipv6Supported).toBe(aws.NetworkInfo.Ipv6Supported)
    // Differences: the 2020 sample predates EbsOptimizedInfo for t3 and NetworkInfo.EfaSupported; we carry the
    // 2023 guide's EBS figures and Karpenter's EFA flag.
    expect(aws.EbsInfo.EbsOptimizedInfo).toBeUndefined()
    expect(ours.EbsInfo?.EbsOptimizedInfo?.MaximumIops).toBe(11800)
  })

  it("c5d.2xlarge EBS and storage agree with the sample", () => {
    const aws = sample("g2_2xlarge_group.json", "c5d.2xlarge")
    const ours = Catalogue.toDescribeInstanceTypesShape(get("c5d.2xlarge"))
    expect(ours.EbsInfo).toEqual({ EbsOptimizedSupport: aws.EbsInfo.EbsOptimizedSupport, EbsOptimizedInfo: aws.EbsInfo.EbsOptimizedInfo })
    expect(ours.InstanceStorageInfo?.TotalSizeInGB).toBe(aws.InstanceStorageInfo.TotalSizeInGB)
    expect(ours.InstanceStorageSupported).toBe(true)
    expect(ours.NetworkInfo?.EfaSupported).toBe(aws.NetworkInfo.EfaSupported)
  })

  it("agrees with every sample on vCPUs, memory, hypervisor, bare metal, burstable and ENIs", () => {
    const files = ["25_instances.json", "g2_2xlarge_group.json", "pv_instances.json", "t3_micro_and_p3_16xl.json"]
    let compared = 0
    for (const f of files) {
      const d = JSON.parse(readFileSync(samplesDir + f, "utf8")) as { InstanceTypes: Array<any> }
      for (const aws of d.InstanceTypes) {
        const info = Catalogue.lookup(aws.InstanceType)
        if (Option.isNone(info)) continue
        const ours = Catalogue.toDescribeInstanceTypesShape(info.value)
        compared++
        if (ours.VCpuInfo) expect(ours.VCpuInfo.DefaultVCpus).toBe(aws.VCpuInfo.DefaultVCpus)
        if (ours.MemoryInfo) expect(ours.MemoryInfo.SizeInMiB).toBe(aws.MemoryInfo.SizeInMiB)
        if (ours.Hypervisor) expect(ours.Hypervisor).toBe(aws.Hypervisor)
        expect(ours.BareMetal).toBe(aws.BareMetal)
        expect(ours.BurstablePerformanceSupported).toBe(aws.BurstablePerformanceSupported)
        if (ours.InstanceStorageSupported !== undefined) expect(ours.InstanceStorageSupported).toBe(aws.InstanceStorageSupported)
        expect(ours.NetworkInfo?.MaximumNetworkInterfaces).toBe(aws.NetworkInfo.MaximumNetworkInterfaces)
        expect(ours.NetworkInfo?.Ipv4AddressesPerInterface).toBe(aws.NetworkInfo.Ipv4AddressesPerInterface)
        if (aws.EbsInfo.EbsOptimizedInfo) expect(ours.EbsInfo?.EbsOptimizedInfo).toEqual(aws.EbsInfo.EbsOptimizedInfo)
        // Known difference: old x86 types also list i386 in DescribeInstanceTypes; no data file carries it.
        if (ours.ProcessorInfo) expect(aws.ProcessorInfo.SupportedArchitectures).toEqual(expect.arrayContaining([...ours.ProcessorInfo.SupportedArchitectures]))
      }
    }
    expect(compared).toBeGreaterThanOrEqual(45)
  })
})
