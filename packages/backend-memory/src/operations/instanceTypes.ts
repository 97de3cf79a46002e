/**
 * DescribeInstanceTypes / DescribeInstanceTypeOfferings from core's catalogue. Offering model
 * (deterministic): every catalogue type is offered in the Region and in every AZ.
 *
 * @internal
 */
import { Effect, Option } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, InstanceTypeCatalogue } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, paginate } from "./tags.js"

// OBS: "The following supplied instance types do not exist: [i8ge.xlarge]" (scylladb/scylla-cluster-tests#12419, 2025)
export const unknownTypes = (names: ReadonlyArray<string>) =>
  Ec2Error.make("InvalidInstanceType", `The following supplied instance types do not exist: [${names.join(", ")}]`)

type Shape = InstanceTypeCatalogue.DescribeInstanceTypesShape

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
      "ebs-info.ebs-optimized-support": (s) => [s.EbsInfo?.EbsOptimizedSupport]
    }))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const infos = requested === undefined
      ? InstanceTypeCatalogue.all()
      : [...new Set(requested)].map((n) => Option.getOrThrow(InstanceTypeCatalogue.lookup(n)))
    const selected = infos.map(InstanceTypeCatalogue.toDescribeInstanceTypesShape).filter(pred)
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
