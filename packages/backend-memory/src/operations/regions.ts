/**
 * DescribeAvailabilityZones / DescribeRegions.
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters } from "./tags.js"

/**
 * Commercial Regions and whether they need opting in — https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 * (read 2026-11): Regions introduced after 20 March 2019 are opt-in.
 */
export const commercialRegions: ReadonlyArray<readonly [string, boolean]> = [
  ["us-east-1", false], ["us-east-2", false], ["us-west-1", false], ["us-west-2", false],
  ["af-south-1", true], ["ap-east-1", true], ["ap-south-1", false], ["ap-south-2", true],
  ["ap-southeast-1", false], ["ap-southeast-2", false], ["ap-southeast-3", true], ["ap-southeast-4", true],
  ["ap-southeast-5", true], ["ap-southeast-7", true], ["ap-northeast-1", false], ["ap-northeast-2", false],
  ["ap-northeast-3", false], ["ca-central-1", false], ["ca-west-1", true], ["eu-central-1", false],
  ["eu-central-2", true], ["eu-west-1", false], ["eu-west-2", false], ["eu-west-3", false],
  ["eu-south-1", true], ["eu-south-2", true], ["eu-north-1", false], ["il-central-1", true],
  ["me-south-1", true], ["me-central-1", true], ["mx-central-1", true], ["sa-east-1", false]
]

// text as the hypervisor's setCapacity (unverified)
export const invalidZone = (z: string) => Ec2Error.make("InvalidParameterValue", `Invalid availability zone: [${z}]`)
// text unverified
export const invalidRegion = (r: string) => Ec2Error.make("InvalidParameterValue", `Invalid region: ${r}`)

interface Zone {
  readonly ZoneName: string
  readonly ZoneId: string
  readonly RegionName: string
}

const zoneOut = (z: Zone) => ({
  ZoneName: z.ZoneName,
  ZoneId: z.ZoneId,
  State: "available" as const,
  OptInStatus: "opt-in-not-required" as const,
  Messages: [],
  RegionName: z.RegionName,
  GroupName: z.RegionName,
  NetworkBorderGroup: z.RegionName,
  ZoneType: "availability-zone"
})

export const describeAvailabilityZones = (w: World, req: Parameters<Ec2.Implementation["describeAvailabilityZones"]>[0]) =>
  Effect.gen(function*() {
    const region = w.meta.Region
    const zones: ReadonlyArray<Zone> = w.meta.Zones.map((z) => ({ ...z, RegionName: region }))
    for (const n of req.ZoneNames ?? []) if (!zones.some((z) => z.ZoneName === n)) return yield* Effect.fail(invalidZone(n))
    for (const n of req.ZoneIds ?? []) if (!zones.some((z) => z.ZoneId === n)) return yield* Effect.fail(invalidZone(n))
    const pred = yield* attempt(compileFilters<Zone>(req.Filters, {
      "zone-name": (z) => [z.ZoneName],
      "zone-id": (z) => [z.ZoneId],
      "region-name": (z) => [z.RegionName],
      "group-name": (z) => [z.RegionName],
      "network-border-group": (z) => [z.RegionName],
      state: () => ["available"],
      "opt-in-status": () => ["opt-in-not-required"],
      "zone-type": () => ["availability-zone"]
    }))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const selected = zones.filter((z) =>
      (req.ZoneNames === undefined || req.ZoneNames.includes(z.ZoneName)) &&
      (req.ZoneIds === undefined || req.ZoneIds.includes(z.ZoneId)) &&
      pred(z)
    )
    return { AvailabilityZones: selected.map(zoneOut) }
  })

interface RegionRow {
  readonly RegionName: string
  readonly Endpoint: string
  readonly OptInStatus: "opt-in-not-required" | "opted-in" | "not-opted-in"
}

/** DescribeRegions: enabled Regions unless `AllRegions`; the world's own Region is always enabled. */
export const describeRegions = (w: World, req: Parameters<Ec2.Implementation["describeRegions"]>[0]) =>
  Effect.gen(function*() {
    const own = w.meta.Region
    const rows: Array<RegionRow> = commercialRegions.map(([name, optIn]) => ({
      RegionName: name,
      Endpoint: `ec2.${name}.amazonaws.com`,
      OptInStatus: !optIn ? "opt-in-not-required" : name === own ? "opted-in" : "not-opted-in"
    }))
    if (!rows.some((r) => r.RegionName === own)) rows.push({ RegionName: own, Endpoint: `ec2.${own}.amazonaws.com`, OptInStatus: "opt-in-not-required" })
    for (const n of req.RegionNames ?? []) if (!rows.some((r) => r.RegionName === n)) return yield* Effect.fail(invalidRegion(n))
    const pred = yield* attempt(compileFilters<RegionRow>(req.Filters, {
      endpoint: (r) => [r.Endpoint],
      "region-name": (r) => [r.RegionName],
      "opt-in-status": (r) => [r.OptInStatus]
    }))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const selected = rows.filter((r) =>
      (req.AllRegions === true || r.OptInStatus !== "not-opted-in") &&
      (req.RegionNames === undefined || req.RegionNames.includes(r.RegionName)) &&
      pred(r)
    )
    return { Regions: selected.map((r) => ({ ...r })) }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeAvailabilityZones" | "describeRegions"> => ({
  describeAvailabilityZones: (req) => engine.transact((w) => describeAvailabilityZones(w, req)),
  describeRegions: (req) => engine.transact((w) => describeRegions(w, req))
})
