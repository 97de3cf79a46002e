/**
 * DescribeInstanceTypes / DescribeInstanceTypeOfferings from core's catalogue. Offering model
 * (deterministic): every catalogue type is offered in the Region and in every AZ.
 *
 * @internal
 */
import { Effect, Option } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, InstanceType, InstanceTypeCatalogue } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, paginate } from "./tags.js"

// OBS: "The following supplied instance types do not exist: [i8ge.xlarge]" (scylladb/scylla-cluster-tests#12419, 2025)
export const unknownTypes = (names: ReadonlyArray<string>) =>
  Ec2Error.make("InvalidInstanceType", `The following supplied instance types do not exist: [${names.join(", ")}]`)

/**
 * Previous-generation families (`CurrentGeneration: false`). Sources, read 2026-12-06: real
 * DescribeInstanceTypes answers (shared/data/describe-instance-types-samples, aws/amazon-ec2-instance-selector,
 * 2020–2023: c1, c3, g2, m1, m2, m3, t1 false; a1 (2020), c4, c5, c5a, c5d, inf1, p3, t3 true); the 2023 user guide's
 * cluster placement-group page names "previous generation A1, C3, cc2.8xlarge, cr1.8xlarge, G2, hs1.8xlarge, I2, R3"
 * (ec2-facts §placement groups), so A1 is previous by 2023; cc1/cg1/hi1 are the other families core's InstanceType
 * marks "(previous generation)". Families retired after 2023 are not known here (unverified: today's list may be longer).
 */
const previousGeneration = new Set(["a1", "c1", "c3", "cc1", "cc2", "cg1", "cr1", "g2", "hi1", "hs1", "i2", "m1", "m2", "m3", "r3", "t1"])
/**
 * Families that also boot paravirtual AMIs: the previous-generation C1, C3, HS1, M1, M2, M3 and T1 (the user guide's
 * "Linux AMI virtualization types" list as we remember it, unverified here); the samples above agree for m1/m2/m3/c3/t1.
 */
const paravirtual = new Set(["c1", "c3", "hs1", "m1", "m2", "m3", "t1"])
/** Previous-generation families with a (non-NVMe) instance store, which may also be the root device (samples: c1, c3, g2, m1–m3). */
const instanceStoreRoot = new Set(["c1", "c3", "cc2", "cr1", "g2", "hi1", "hs1", "i2", "m1", "m2", "m3", "r3"])
/** No EBS encryption (samples: c1, m1, m2, t1 `EncryptionSupport: unsupported`; m3, c3, g2 `supported`). */
const noEbsEncryption = new Set(["c1", "m1", "m2", "t1"])
/**
 * Cluster placement groups: current-generation types except burstable (T) and Mac1, plus previous-generation A1,
 * C3, cc2, cr1, G2, hs1, I2, R3 (user guide 2023, as summarised in ec2-facts); samples: t3.micro, c1, m1–m3, t1
 * answer `["partition","spread"]`.
 */
const clusterPrevious = new Set(["a1", "c3", "cc2", "cr1", "g2", "hs1", "i2", "r3"])

/**
 * The catalogue's shape plus the members AWS derives from the family: `CurrentGeneration`,
 * `SupportedRootDeviceTypes`, `SupportedVirtualizationTypes`, `PlacementGroupInfo`, and `EbsInfo`'s
 * `EncryptionSupport` and `NvmeSupport` (`required` on Nitro, `unsupported` on Xen). Members without data
 * (FreeTierEligible, SupportedUsageClasses, NetworkPerformance, cores and threads, hibernation, auto recovery,
 * dedicated hosts) stay absent rather than guessed.
 */
export const toShape = (info: InstanceTypeCatalogue.InstanceTypeInfo) => {
  const base = InstanceTypeCatalogue.toDescribeInstanceTypesShape(info)
  const parsed = InstanceType.parseOption(info.instanceType)
  if (Option.isNone(parsed)) return base
  const family = parsed.value.family
  const current = !previousGeneration.has(family)
  const burstable = InstanceType.isBurstable(parsed.value)
  const cluster = current ? !burstable && !family.startsWith("mac1") : clusterPrevious.has(family)
  const nitro = info.hypervisor === "nitro" || info.bareMetal
  const oneCard = (info.networkCards ?? 1) === 1 && info.maximumNetworkInterfaces !== undefined
  return {
    ...base,
    // ENA is "required" on every Nitro type in AWS's recorded answers (t3, a1, c5, c5a); Xen types differ
    // (c1, c4 "unsupported", others "supported"), so theirs stays absent. One network card: index 0 with the
    // type's interfaces and baseline bandwidth (Karpenter's figure, Mbps → Gbps)
    ...(base.NetworkInfo !== undefined || nitro
      ? {
        NetworkInfo: {
          ...base.NetworkInfo,
          ...(nitro ? { EnaSupport: "required" } : {}),
          ...(oneCard
            ? {
              DefaultNetworkCardIndex: 0,
              NetworkCards: [{
                NetworkCardIndex: 0,
                MaximumNetworkInterfaces: info.maximumNetworkInterfaces!,
                ...(info.networkBaselineBandwidthInMbps !== undefined ? { BaselineBandwidthInGbps: info.networkBaselineBandwidthInMbps / 1000 } : {})
              }]
            }
            : {})
        }
      }
      : {}),
    CurrentGeneration: current,
    SupportedRootDeviceTypes: instanceStoreRoot.has(family) ? ["ebs", "instance-store"] : ["ebs"],
    SupportedVirtualizationTypes: paravirtual.has(family) ? ["hvm", "paravirtual"] : ["hvm"],
    PlacementGroupInfo: { SupportedStrategies: cluster ? ["cluster", "partition", "spread"] : ["partition", "spread"] },
    EbsInfo: {
      ...base.EbsInfo,
      EncryptionSupport: noEbsEncryption.has(family) ? "unsupported" : "supported",
      ...(info.hypervisor !== undefined || info.bareMetal ? { NvmeSupport: info.hypervisor === "xen" ? "unsupported" : "required" } : {})
    }
  }
}

type Shape = ReturnType<typeof toShape>

export const describeInstanceTypes = (_w: World, req: Parameters<Ec2.Implementation["describeInstanceTypes"]>[0]) =>
  Effect.gen(function*() {
    const requested = req.InstanceTypes as ReadonlyArray<string> | undefined
    const missing = (requested ?? []).filter((n) => Option.isNone(InstanceTypeCatalogue.lookup(n)))
    if (missing.length > 0) return yield* Effect.fail(unknownTypes(missing))
    const b = (x: boolean) => String(x)
    const pred = yield* attempt(compileFilters<Shape>(req.Filters, {
      "instance-type": (s) => [s.InstanceType],
      "bare-metal": (s) => [b(s.BareMetal)],
      "burstable-performance-supported": (s) => [b(s.BurstablePerformanceSupported)],
      hypervisor: (s) => [s.Hypervisor],
      "instance-storage-supported": (s) => [String(s.InstanceStorageSupported)],
      "vcpu-info.default-vcpus": (s) => [s.VCpuInfo === undefined ? undefined : String(s.VCpuInfo.DefaultVCpus)],
      "memory-info.size-in-mib": (s) => [s.MemoryInfo === undefined ? undefined : String(s.MemoryInfo.SizeInMiB)],
      "processor-info.supported-architecture": (s) => [...(s.ProcessorInfo?.SupportedArchitectures ?? [])],
      "network-info.maximum-network-interfaces": (s) => [s.NetworkInfo === undefined ? undefined : String(s.NetworkInfo.MaximumNetworkInterfaces)],
      "network-info.efa-supported": (s) => [s.NetworkInfo === undefined ? undefined : String(s.NetworkInfo.EfaSupported)],
      "ebs-info.ebs-optimized-support": (s) => [s.EbsInfo?.EbsOptimizedSupport],
      "current-generation": (s) => ["CurrentGeneration" in s ? b(s.CurrentGeneration) : undefined],
      "supported-root-device-type": (s) => ["SupportedRootDeviceTypes" in s ? s.SupportedRootDeviceTypes : []].flat(),
      "supported-virtualization-type": (s) => ["SupportedVirtualizationTypes" in s ? s.SupportedVirtualizationTypes : []].flat(),
      "placement-group-info.supported-strategies": (s) => ["PlacementGroupInfo" in s ? s.PlacementGroupInfo.SupportedStrategies : []].flat(),
      "ebs-info.encryption-support": (s) => [s.EbsInfo !== undefined && "EncryptionSupport" in s.EbsInfo ? s.EbsInfo.EncryptionSupport : undefined],
      "ebs-info.nvme-support": (s) => [s.EbsInfo !== undefined && "NvmeSupport" in s.EbsInfo ? s.EbsInfo.NvmeSupport as string : undefined],
      "network-info.ena-support": (s) => [s.NetworkInfo !== undefined && "EnaSupport" in s.NetworkInfo ? s.NetworkInfo.EnaSupport as string : undefined]
    }))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const infos = requested === undefined
      ? InstanceTypeCatalogue.all()
      : [...new Set(requested)].map((n) => Option.getOrThrow(InstanceTypeCatalogue.lookup(n)))
    const selected = infos.map(toShape).filter(pred)
    // MaxResults 5–100 — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceTypes.html (read 2026-11)
    const { NextToken, page } = yield* attempt(paginate(selected, req, { min: 5, max: 100 }))
    return { InstanceTypes: page as never, ...(NextToken !== undefined ? { NextToken } : {}) }
  })

interface Offering {
  readonly InstanceType: string
  readonly LocationType: "region" | "availability-zone" | "availability-zone-id"
  readonly Location: string
}

export const describeInstanceTypeOfferings = (w: World, req: Parameters<Ec2.Implementation["describeInstanceTypeOfferings"]>[0]) =>
  Effect.gen(function*() {
    const LocationType = (req.LocationType ?? "region") as Offering["LocationType"]
    if (LocationType !== "region" && LocationType !== "availability-zone" && LocationType !== "availability-zone-id") {
      return yield* Effect.fail(Ec2Error.invalidValue(String(req.LocationType), "LocationType"))
    }
    const pred = yield* attempt(compileFilters<Offering>(req.Filters, {
      location: (o) => [o.Location],
      "instance-type": (o) => [o.InstanceType]
    }))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const locations = LocationType === "region"
      ? [w.meta.Region]
      : w.meta.Zones.map((z) => (LocationType === "availability-zone" ? z.ZoneName : z.ZoneId))
    const out: Array<Offering> = []
    for (const info of InstanceTypeCatalogue.all()) {
      for (const Location of locations) {
        const o = { InstanceType: info.instanceType, LocationType, Location }
        if (pred(o)) out.push(o)
      }
    }
    // MaxResults 5–1000 — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceTypeOfferings.html (read 2026-11)
    const { NextToken, page } = yield* attempt(paginate(out, req, { min: 5, max: 1000 }))
    return { InstanceTypeOfferings: page as never, ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeInstanceTypes" | "describeInstanceTypeOfferings"> => ({
  describeInstanceTypes: (req) => engine.transact((w) => describeInstanceTypes(w, req)),
  describeInstanceTypeOfferings: (req) => engine.transact((w) => describeInstanceTypeOfferings(w, req))
})
