/**
 * What a launch may take: free capacity per AZ and type, the vCPU quota in use, EC2's 32-bit request counts, and
 * the members of a placement group.
 *
 * @internal
 */
import { PlacementGroup, VcpuQuota } from "@ec2kit/core"
import { vcpuQuotaKey } from "../internal/Records.js"
import type { World } from "../internal/World.js"

/**
 * Free capacity for a type in an AZ under the hypervisor's instance-count limits (Infinity when
 * unlimited), from the World's active-instance counters (no scan). The fleet of hosts (`Fleet`) is a
 * second, independent limit.
 */
export const freeCapacity = (w: World, az: string, instanceType: string): number => {
  const cap = w.meta.Capacity
  const byType = cap[`${az}|${instanceType}`]
  const byAz = cap[`${az}|*`]
  let free = Infinity
  if (byType !== undefined) free = Math.min(free, byType - w.activeInstances(az, instanceType))
  if (byAz !== undefined) free = Math.min(free, byAz - w.activeInstances(az, "*"))
  return Math.max(0, free)
}

/** `InsufficientInstanceCapacity` with AWS's observed text (which lives in core). */
export const insufficientCapacity = PlacementGroup.insufficientCapacity

/**
 * The largest `MinCount`/`MaxCount` RunInstances accepts: EC2 models both as `Integer`, a signed
 * 32-bit number in Smithy ("integer: 32-bit signed integer ranging from -2^31 to (2^31)-1",
 * https://smithy.io/2.0/spec/simple-types.html, read 2026-12), so a larger value is not a number EC2
 * can take. What EC2 answers is not published: strictest plausible, `InvalidParameterValue` in the
 * house shape (`Ec2Error.invalidValue`). Below it, a MaxCount above what fits launches what fits
 * ("If you specify a value that is more capacity than Amazon EC2 can launch in the target
 * Availability Zone, Amazon EC2 launches the largest possible number of instances above the
 * specified minimum count", SDK RunInstancesRequest.MaxCount, read 2026-12).
 */
export const MaxRequestCount = 2_147_483_647

/** The vCPU quota (option `vcpuQuotas`) of a market and an instance type's bucket, if the world has one. */
export const vcpuQuotaFor = (w: World, market: VcpuQuota.Market, instanceType: string) => {
  const bucket = VcpuQuota.bucketOf(instanceType)
  if (bucket._tag === "None") return undefined
  const limit = w.meta.VcpuQuotas?.[vcpuQuotaKey(market, bucket.value)]
  return limit === undefined ? undefined : { bucket: bucket.value, limit }
}

/**
 * vCPUs that the instances of a market and bucket use now (`Fleet.holdsVcpus`: what holds hardware),
 * from the World's index (no scan).
 */
export const vcpusInUse = (w: World, market: VcpuQuota.Market, bucket: VcpuQuota.Bucket): number =>
  w.vcpusInUse(vcpuQuotaKey(market, bucket))

/** Placement-group members (core's view) from the instances of a group. */
export const membersOf = (w: World, groupName: string): Array<PlacementGroup.Member> => {
  const out: Array<PlacementGroup.Member> = []
  for (const r of w.all("instances")) {
    if (r.PlacementGroupName !== groupName) continue
    out.push({
      InstanceId: r.InstanceId,
      InstanceType: r.InstanceType,
      AvailabilityZone: r.AvailabilityZone,
      State: r.Lifecycle.State,
      Tenancy: r.Tenancy,
      ...(r.PartitionNumber !== undefined ? { PartitionNumber: r.PartitionNumber } : {}),
      ...(r.Slot !== undefined ? { Slot: r.Slot } : {}),
      // terminating a stopped instance (stopped → shutting-down) puts nothing back on a rack
      ...(r.Lifecycle.State === "shutting-down" && r.RackId === undefined ? { Occupying: false } : {})
    })
  }
  return out
}
