/**
 * DescribeInstances: filters (with `*`/`?` wildcards), tag index lookups, pagination.
 *
 * Filter names — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html (read 2026-11).
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error, Lifecycle } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import { publicDnsName } from "../internal/Net.js"
import type { InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { findInstances } from "./instanceLifecycle.js"
import { type Instance, toInstance } from "./instanceShapes.js"

export interface Filter {
  readonly Name: string
  readonly Values: ReadonlyArray<string>
}

export interface DescribeInstancesRequest {
  readonly InstanceIds?: ReadonlyArray<string>
  readonly Filters?: ReadonlyArray<Filter>
  readonly MaxResults?: number
  readonly NextToken?: string
  readonly DryRun?: boolean
}

type Extract = (w: World, r: InstanceRecord) => ReadonlyArray<string | undefined>

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, ".000Z")

/** Filter name → values of an instance. */
const extractors: Readonly<Record<string, Extract>> = {
  "instance-id": (_, r) => [r.InstanceId],
  "instance-state-name": (_, r) => [r.Lifecycle.State],
  "instance-state-code": (_, r) => [String(Lifecycle.codes[r.Lifecycle.State])],
  "instance-type": (_, r) => [r.InstanceType],
  "availability-zone": (_, r) => [r.AvailabilityZone],
  "placement-group-name": (_, r) => [r.PlacementGroupName],
  "subnet-id": (_, r) => [r.Lifecycle.State === "terminated" ? undefined : r.SubnetId],
  "vpc-id": (_, r) => [r.Lifecycle.State === "terminated" ? undefined : r.VpcId],
  "key-name": (_, r) => [r.KeyName],
  "image-id": (_, r) => [r.ImageId],
  "private-ip-address": (_, r) => [r.Lifecycle.State === "terminated" ? undefined : r.PrivateIpAddress],
  "ip-address": (_, r) => [r.PublicIpAddress],
  "launch-time": (_, r) => [iso(r.LaunchTime)],
  "architecture": (_, r) => [r.Architecture],
  "reservation-id": (_, r) => [r.ReservationId],
  "owner-id": (w) => [w.meta.AccountId],
  "tenancy": (_, r) => [r.Tenancy],
  // Dedicated Hosts and Capacity Reservations (SDK DescribeInstancesRequest filters `affinity`, `host-id`,
  // `capacity-reservation-id`)
  "affinity": (_, r) => [r.DedicatedHostId !== undefined ? r.Affinity ?? "default" : undefined],
  "host-id": (_, r) => [r.DedicatedHostId],
  "capacity-reservation-id": (_, r) => [r.CapacityReservationId],
  "instance-lifecycle": (_, r) => [r.Spot !== undefined ? "spot" : undefined],
  "client-token": (_, r) => [r.ClientToken],
  "private-dns-name": (_, r) => [r.PrivateDnsName],
  "root-device-type": (_, r) => [r.Lifecycle.RootDeviceType],
  "root-device-name": (_, r) => [r.RootDeviceName],
  "state-reason-code": (_, r) => [r.Lifecycle.StateReason?.Code],
  "instance.group-id": (_, r) => r.SecurityGroupIds,
  "network-interface.network-interface-id": (_, r) => [r.PrimaryNetworkInterfaceId],
  "metadata-options.http-tokens": (_, r) => [r.MetadataOptions.HttpTokens],
  "metadata-options.http-endpoint": (_, r) => [r.MetadataOptions.HttpEndpoint],
  "availability-zone-id": (w, r) => [w.meta.Zones.find((z) => z.ZoneName === r.AvailabilityZone)?.ZoneId],
  "placement-partition-number": (_, r) => [r.PartitionNumber === undefined ? undefined : String(r.PartitionNumber)],
  "iam-instance-profile.arn": (_, r) => [r.IamInstanceProfileArn],
  "iam-instance-profile.id": (_, r) => [r.IamInstanceProfileId],
  "ebs-optimized": (_, r) => [String(r.EbsOptimized)],
  "source-dest-check": (_, r) => [String(r.SourceDestCheck ?? true)],
  "hibernation-options.configured": (_, r) => [String(r.Lifecycle.HibernationConfigured)],
  "instance.group-name": (w, r) => r.SecurityGroupIds.map((id) => w.get("securityGroups", id)?.GroupName),
  "group-id": (_, r) => r.SecurityGroupIds,
  "group-name": (w, r) => r.SecurityGroupIds.map((id) => w.get("securityGroups", id)?.GroupName),
  "block-device-mapping.device-name": (_, r) => r.BlockDeviceMappings.map((b) => b.DeviceName),
  "block-device-mapping.volume-id": (_, r) => r.BlockDeviceMappings.map((b) => b.VolumeId),
  "block-device-mapping.delete-on-termination": (_, r) => r.BlockDeviceMappings.map((b) => String(b.DeleteOnTermination)),
  "block-device-mapping.status": (_, r) => r.BlockDeviceMappings.map(() => "attached"),
  "block-device-mapping.attach-time": (_, r) => r.BlockDeviceMappings.map((b) => iso(b.AttachTime)),
  "network-interface.subnet-id": (_, r) => [r.Lifecycle.State === "terminated" ? undefined : r.SubnetId],
  "network-interface.vpc-id": (_, r) => [r.Lifecycle.State === "terminated" ? undefined : r.VpcId],
  "network-interface.private-ip-address": (_, r) => [r.Lifecycle.State === "terminated" ? undefined : r.PrivateIpAddress],
  "network-interface.addresses.private-ip-address": (_, r) => [r.Lifecycle.State === "terminated" ? undefined : r.PrivateIpAddress],
  "dns-name": (w, r) => [r.PublicIpAddress === undefined ? undefined : publicDnsName(r.PublicIpAddress, w.meta.Region)],
  "spot-instance-request-id": (_, r) => [r.Spot?.SpotInstanceRequestId],
  "metadata-options.http-put-response-hop-limit": (_, r) => [String(r.MetadataOptions.HttpPutResponseHopLimit)],
  "metadata-options.instance-metadata-tags": (_, r) => [r.MetadataOptions.InstanceMetadataTags],
  "tag-key": (w, r) => w.tagsOf(r.InstanceId).map(([k]) => k),
  "tag-value": (w, r) => w.tagsOf(r.InstanceId).map(([, v]) => v)
}

/**
 * AWS's answer to a `NextToken` it did not issue. OBS: "An error occurred (InvalidParameterValue) when calling the
 * DescribeVpcs operation: Value (  ) for parameter NextToken is invalid. The token is invalid." (an empty token;
 * boto/boto3#2673, 2020, https://github.com/boto/boto3/issues/2673, read 2026-12). Used by every describe here
 * (unverified for the operations other than DescribeVpcs).
 */
export const invalidNextToken = (token: string) =>
  Ec2Error.make("InvalidParameterValue", `Value ( ${token} ) for parameter NextToken is invalid. The token is invalid.`)

/** AWS wildcard pattern: `*` any run, `?` one character, `\` escapes. */
export const wildcard = (pattern: string): ((s: string) => boolean) => {
  if (!/[*?]/.test(pattern)) return (s) => s === pattern
  let re = "^"
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === "\\" && i + 1 < pattern.length) re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    else if (c === "*") re += "[\\s\\S]*"
    else if (c === "?") re += "[\\s\\S]"
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  }
  const rx = new RegExp(re + "$")
  return (s) => rx.test(s)
}

// OBS: "An error occurred (InvalidParameterValue) when calling the DescribeInstances operation: The filter 'public-ip' is invalid"
// (boto/boto3#1299, 2017, https://github.com/boto/boto3/issues/1299, read 2026-12); same text seen for DescribeAddresses
// and DescribeFpgaImages
const unknownFilter = (name: string) => Ec2Error.make("InvalidParameterValue", `The filter '${name}' is invalid`)

/** Ids matching a `tag:K` filter, from the tag index (no scan of instances). */
const tagMatches = (w: World, key: string, values: ReadonlyArray<string>): Set<string> => {
  const byValue = w.tagIndex(key)
  const out = new Set<string>()
  for (const v of values) {
    if (!/[*?]/.test(v)) {
      for (const id of byValue.get(v) ?? []) out.add(id)
    } else {
      const m = wildcard(v)
      for (const [value, ids] of byValue) if (m(value)) for (const id of ids) out.add(id)
    }
  }
  return out
}

/** DescribeInstances. */
export const describeInstances = (w: World, req: DescribeInstancesRequest) =>
  Effect.gen(function*() {
    if (req.InstanceIds !== undefined && req.InstanceIds.length > 0 && req.MaxResults !== undefined) {
      // observed AWS text, getmoto/moto#6282
      return yield* Ec2Error.fail("InvalidParameterCombination", "The parameter instancesSet cannot be used with the parameter maxResults")
    }
    if (req.MaxResults !== undefined && (!Number.isInteger(req.MaxResults) || req.MaxResults < 5 || req.MaxResults > 1000)) {
      // MaxResults 5–1000 (API reference); text OBS: "InvalidParameterValue: Value ( 1 ) for parameter maxResults is invalid.
      // Expecting a value greater than 5." (aws/aws-sdk-ruby#2575, 2021, https://github.com/aws/aws-sdk-ruby/pull/2575, read 2026-12);
      // the same text is kept above 1000 (unverified there)
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `Value ( ${req.MaxResults} ) for parameter maxResults is invalid. Expecting a value greater than 5.`
      )
    }
    const filters = req.Filters ?? []
    for (const f of filters) if (!f.Name.startsWith("tag:") && extractors[f.Name] === undefined) return yield* Effect.fail(unknownFilter(f.Name))
    let start = 0
    if (req.NextToken !== undefined) {
      const n = Number.parseInt(Buffer.from(req.NextToken, "base64url").toString("utf8").replace(/^o:/, ""), 10)
      if (!Buffer.from(req.NextToken, "base64url").toString("utf8").startsWith("o:") || !Number.isFinite(n) || n < 0) {
        return yield* Effect.fail(invalidNextToken(req.NextToken))
      }
      start = n
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    // candidates: explicit ids, else the narrowest tag filter from the index, else all
    let candidates: Iterable<InstanceRecord>
    const tagFilters = filters.filter((f) => f.Name.startsWith("tag:"))
    if (req.InstanceIds !== undefined && req.InstanceIds.length > 0) {
      candidates = yield* findInstances(w, [...new Set(req.InstanceIds)])
    } else if (tagFilters.length > 0) {
      const sets = tagFilters.map((f) => tagMatches(w, f.Name.slice(4), f.Values))
      sets.sort((a, b) => a.size - b.size)
      candidates = [...sets[0]!].map((id) => w.get("instances", id)).filter((r): r is InstanceRecord => r !== undefined)
    } else candidates = w.all("instances")
    const predicates = filters.map((f) => {
      if (f.Name.startsWith("tag:")) {
        const key = f.Name.slice(4)
        const ms = f.Values.map(wildcard)
        return (r: InstanceRecord) => w.tagsOf(r.InstanceId).some(([k, v]) => k === key && ms.some((m) => m(v)))
      }
      const ex = extractors[f.Name]!
      const ms = f.Values.map(wildcard)
      return (r: InstanceRecord) => ex(w, r).some((v) => v !== undefined && ms.some((m) => m(v)))
    })
    const matched: Array<InstanceRecord> = []
    for (const r of candidates) if (predicates.every((p) => p(r))) matched.push(r)
    const end = req.MaxResults === undefined ? matched.length : Math.min(matched.length, start + req.MaxResults)
    const page = matched.slice(start, end)
    const byReservation = new Map<string, Array<Instance>>()
    for (const r of page) {
      let list = byReservation.get(r.ReservationId)
      if (list === undefined) byReservation.set(r.ReservationId, list = [])
      list.push(toInstance(w, r))
    }
    return {
      Reservations: [...byReservation].map(([ReservationId, Instances]) => ({
        ReservationId,
        OwnerId: w.meta.AccountId,
        Groups: [] as Array<never>,
        Instances
      })),
      ...(end < matched.length ? { NextToken: Buffer.from(`o:${end}`).toString("base64url") } : {})
    }
  })

/** Core's decoded filters → this module's (absent name/values are empty). */
export const fromFilters = (filters: ReadonlyArray<{ readonly Name?: string; readonly Values?: ReadonlyArray<string> }> | undefined) =>
  filters === undefined ? undefined : filters.map((f) => ({ Name: f.Name ?? "", Values: f.Values ?? [] }))

/** DescribeInstances over an engine, in AWS's shapes. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeInstances"> => ({
  describeInstances: (req) =>
    engine.transact((w) => {
      const filters = fromFilters(req.Filters)
      return describeInstances(w, {
        ...(req.InstanceIds !== undefined ? { InstanceIds: req.InstanceIds } : {}),
        ...(filters !== undefined ? { Filters: filters } : {}),
        ...(req.MaxResults !== undefined ? { MaxResults: req.MaxResults } : {}),
        ...(req.NextToken !== undefined ? { NextToken: req.NextToken } : {}),
        ...(req.DryRun !== undefined ? { DryRun: req.DryRun } : {})
      })
    })
})
