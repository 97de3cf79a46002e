/**
 * vCPU-based instance quotas: EC2 limits the vCPUs of an account's instances per Region and per
 * *bucket* of instance families, separately for On-Demand and Spot. A launch or start that would
 * go over fails with `VcpuLimitExceeded` (On-Demand) or `MaxSpotInstanceCountExceeded` (Spot).
 *
 * Sources (read 2026-12):
 * - Bucket names: Service Quotas' "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances",
 *   "Running On-Demand G and VT instances", … and the Spot list "All DL / F / G and VT / Inf / P /
 *   Standard (A, C, D, H, I, M, R, T, Z) / Trn / X Spot Instance Requests" —
 *   https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-limits.html. Quotas differ per
 *   account (new accounts start low, AWS raises them with use), so there is no default here: a
 *   caller that models one states its value.
 * - "Spot Instance quotas are managed in terms of the number of virtual central processing units
 *   (vCPUs) that your running Spot Instances are either using or will use" (same page).
 * - The On-Demand error, quoted by many users (aws/amazon-cloudwatch-agent-test#256, 2023;
 *   bentoml/bentoctl#202, 2022; firesim/firesim#410, 2019): "You have requested more vCPU capacity
 *   than your current vCPU limit of 32 allows for the instance bucket that the specified instance
 *   type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an
 *   adjustment to this limit."
 * - The Spot error: "Max spot instance count exceeded" (same Spot page); code
 *   `MaxSpotInstanceCountExceeded` (EC2 API error codes).
 *
 * Which states use vCPUs is not stated beyond "running": strictest plausible, every state that holds
 * hardware counts (`pending`, `running`, `stopping`, `shutting-down`), as for placement groups.
 *
 * @since 0.1.0
 */
import { Option, Result } from "effect"
import * as Ec2Error from "./Ec2Error.js"
import * as InstanceType from "./InstanceType.js"
import type { StateName } from "./Lifecycle.js"

/**
 * A bucket of instance families sharing one vCPU quota.
 *
 * @since 0.1.0
 * @category models
 */
export type Bucket = "Standard" | "DL" | "F" | "G and VT" | "High Memory" | "HPC" | "Inf" | "P" | "Trn" | "X"

/**
 * Every bucket, in Service Quotas' order.
 *
 * @since 0.1.0
 * @category constants
 */
export const buckets: ReadonlyArray<Bucket> = ["Standard", "DL", "F", "G and VT", "High Memory", "HPC", "Inf", "P", "Trn", "X"]

/**
 * The purchase option a quota is for.
 *
 * @since 0.1.0
 * @category models
 */
export type Market = "on-demand" | "spot"

// series → bucket. Previous-generation series go with their family letter (cc/cr/hi/hs are C/R/I/H,
// cg1 was a GPU type). `mac` has none: Mac instances run on Dedicated Hosts, which have their own
// per-host quotas.
const BUCKET_OF_SERIES: Readonly<Record<string, Bucket>> = {
  a: "Standard", c: "Standard", d: "Standard", h: "Standard", i: "Standard", m: "Standard", r: "Standard",
  t: "Standard", z: "Standard", im: "Standard", is: "Standard", cc: "Standard", cr: "Standard", hi: "Standard",
  hs: "Standard",
  dl: "DL",
  f: "F",
  g: "G and VT", gr: "G and VT", vt: "G and VT", cg: "G and VT",
  u: "High Memory",
  hpc: "HPC",
  inf: "Inf",
  p: "P",
  trn: "Trn",
  x: "X"
}

/**
 * The bucket of an instance type (none for a malformed name or a series without a vCPU quota, such
 * as `mac`).
 *
 * @since 0.1.0
 * @category lookups
 */
export const bucketOf = (instanceType: string): Option.Option<Bucket> => {
  const parsed = InstanceType.parse(instanceType)
  if (Result.isFailure(parsed)) return Option.none()
  return Option.fromUndefinedOr(BUCKET_OF_SERIES[parsed.success.series])
}

/**
 * The Service Quotas name of a bucket's quota.
 *
 * @since 0.1.0
 * @category lookups
 */
export const quotaName = (bucket: Bucket, market: Market): string => {
  const label = bucket === "Standard" ? "Standard (A, C, D, H, I, M, R, T, Z)" : bucket
  return market === "on-demand" ? `Running On-Demand ${label} instances` : `All ${label} Spot Instance Requests`
}

/**
 * Whether an instance in this state uses vCPUs of its quota (see the module comment). `occupying`,
 * when the caller knows it, says whether the instance holds hardware and wins over the state: a
 * *stopped* instance being terminated is `shutting-down` but holds no host, so it uses no vCPUs
 * (as `PlacementGroup.holdsHardware` for the spread limit; counting it made usage exceed the quota).
 *
 * @example
 * ```ts
 * import { VcpuQuota } from "@ec2kit/core"
 * VcpuQuota.usesVcpus("shutting-down") // true: terminated while running
 * VcpuQuota.usesVcpus("shutting-down", false) // false: terminated while stopped
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const usesVcpus = (state: StateName, occupying?: boolean): boolean =>
  occupying ?? (state === "pending" || state === "running" || state === "stopping" || state === "shutting-down")

/**
 * AWS's error when a request would go over a quota of `limit` vCPUs.
 *
 * @since 0.1.0
 * @category errors
 */
export const exceeded = (market: Market, limit: number): Ec2Error.Ec2Error =>
  market === "on-demand"
    ? Ec2Error.make(
      "VcpuLimitExceeded",
      `You have requested more vCPU capacity than your current vCPU limit of ${limit} allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.`
    )
    : Ec2Error.make("MaxSpotInstanceCountExceeded", "Max spot instance count exceeded")

/**
 * How many instances of `vCpus` each fit in a quota of `limit` of which `used` are taken: as many as
 * fit up to `max`, or the quota's error when fewer than `min` fit (RunInstances: "Amazon EC2 launches
 * the largest possible number of instances above the specified minimum count", SDK `MaxCount`).
 *
 * @since 0.1.0
 * @category rules
 */
export const fit = (options: {
  readonly market: Market
  readonly limit: number
  readonly used: number
  readonly vCpus: number
  readonly min: number
  readonly max: number
}): Result.Result<number, Ec2Error.Ec2Error> => {
  const free = Math.max(0, options.limit - options.used)
  const n = Math.min(options.max, Math.floor(free / Math.max(1, options.vCpus)))
  return n < options.min ? Result.fail(exceeded(options.market, options.limit)) : Result.succeed(n)
}
