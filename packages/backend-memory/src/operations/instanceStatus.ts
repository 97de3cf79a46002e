/**
 * DescribeInstanceStatus: instance and system status checks (from `Hypervisor.setStatus`), scheduled
 * events (from `Hypervisor.scheduleEvent`), filters and pagination.
 *
 * API reference — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceStatus.html (read 2026-11).
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error, type Ec2Shapes, Lifecycle } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { fromFilters, invalidNextToken, wildcard } from "./describeInstances.js"
import { findInstances } from "./instances.js"

type Extract = (w: World, r: InstanceRecord) => ReadonlyArray<string | undefined>

const summary = (r: InstanceRecord, which: "SystemStatus" | "InstanceStatus") =>
  r.Lifecycle.State !== "running" ? "not-applicable" : r[which]

/** Filter name → values (DescribeInstanceStatus's documented filters). */
const extractors: Readonly<Record<string, Extract>> = {
  "availability-zone": (_, r) => [r.AvailabilityZone],
  "event.code": (_, r) => r.Events.map((e) => e.Code),
  "event.description": (_, r) => r.Events.map((e) => e.Description),
  "event.not-after": (_, r) => r.Events.map((e) => e.NotAfter === undefined ? undefined : new Date(e.NotAfter).toISOString()),
  "event.not-before": (_, r) => r.Events.map((e) => new Date(e.NotBefore).toISOString()),
  "event.instance-event-id": (_, r) => r.Events.map((e) => e.InstanceEventId),
  "instance-state-name": (_, r) => [r.Lifecycle.State],
  "instance-state-code": (_, r) => [String(Lifecycle.codes[r.Lifecycle.State])],
  "instance-status.status": (_, r) => [summary(r, "InstanceStatus")],
  "instance-status.reachability": (_, r) => [reachability(summary(r, "InstanceStatus"))],
  "system-status.status": (_, r) => [summary(r, "SystemStatus")],
  "system-status.reachability": (_, r) => [reachability(summary(r, "SystemStatus"))]
}

const reachability = (s: string) => (s === "ok" ? "passed" : s === "impaired" ? "failed" : s)

// OBS: "An error occurred (InvalidParameterValue) when calling the DescribeInstanceStatus operation: The filter 'tag:Name'
// is invalid" (aws/aws-cli#7225, 2022, https://github.com/aws/aws-cli/issues/7225, read 2026-12): also why `tag:` filters
// are unknown here
const unknownFilter = (name: string) => Ec2Error.make("InvalidParameterValue", `The filter '${name}' is invalid`)

const statusSummary = (r: InstanceRecord, which: "SystemStatus" | "InstanceStatus"): Ec2Shapes.InstanceStatusSummary => {
  const s = summary(r, which)
  return s === "not-applicable"
    ? { Status: "not-applicable" }
    : { Status: s, Details: [{ Name: "reachability", Status: reachability(s) as "passed" | "failed" | "initializing" }] }
}

const toStatus = (w: World, r: InstanceRecord): Ec2Shapes.InstanceStatus => {
  const zone = w.meta.Zones.find((z) => z.ZoneName === r.AvailabilityZone)
  return {
    InstanceId: r.InstanceId,
    AvailabilityZone: r.AvailabilityZone,
    ...(zone !== undefined ? { AvailabilityZoneId: zone.ZoneId } : {}),
    InstanceState: Lifecycle.state(r.Lifecycle.State),
    InstanceStatus: statusSummary(r, "InstanceStatus"),
    SystemStatus: statusSummary(r, "SystemStatus"),
    ...(r.Events.length > 0
      ? {
        Events: r.Events.map((e) => ({
          InstanceEventId: e.InstanceEventId,
          Code: e.Code,
          Description: e.Description,
          NotBefore: new Date(e.NotBefore),
          ...(e.NotAfter !== undefined ? { NotAfter: new Date(e.NotAfter) } : {})
        }))
      }
      : {})
  }
}

/** Most instance ids one DescribeInstanceStatus call may name (see below). */
const MaxStatusInstanceIds = 100

/**
 * DescribeInstanceStatus. Without `IncludeAllInstances` only `running` instances are listed
 * (AWS default); MaxResults 5–1000 with NextToken; InstanceIds + MaxResults is
 * `InvalidParameterCombination` (as DescribeInstances; strictest plausible behaviour).
 */
export const describeInstanceStatus = (w: World, req: Ec2Shapes.DescribeInstanceStatusRequest) =>
  Effect.gen(function*() {
    const ids = req.InstanceIds ?? []
    if (ids.length > MaxStatusInstanceIds) {
      // "Constraints: Maximum 100 explicitly specified instance IDs." (SDK 3.1169 DescribeInstanceStatusRequest, read
      // 2026-12). OBS, AWS's text with its typo: "InvalidRequest: 554 exceeds the maximum number of instance IDs that can be
      // specificied (100). Please specify fewer than 100 instance IDs." (bastillion-io/Bastillion-EC2#8, 2014,
      // https://github.com/bastillion-io/Bastillion-EC2/issues/8; sensu-plugins/sensu-plugins-aws#195, 2017; read 2026-12)
      return yield* Ec2Error.fail(
        "InvalidRequest",
        `${ids.length} exceeds the maximum number of instance IDs that can be specificied (${MaxStatusInstanceIds}). Please specify fewer than ${MaxStatusInstanceIds} instance IDs.`
      )
    }
    if (ids.length > 0 && req.MaxResults !== undefined) {
      // OBS: "An error occurred (InvalidParameterCombination) when calling the DescribeInstanceStatus operation: The parameter
      // instanceIdsSet cannot be used with the parameter maxResults" ("Sample exception" comment in the botoplier Python
      // library's smart_query, read 2026-12; single source)
      return yield* Ec2Error.fail("InvalidParameterCombination", "The parameter instanceIdsSet cannot be used with the parameter maxResults")
    }
    if (req.MaxResults !== undefined && (!Number.isInteger(req.MaxResults) || req.MaxResults < 5 || req.MaxResults > 1000)) {
      // MaxResults 5–1000 (API reference); text as DescribeInstances' (OBS aws/aws-sdk-ruby#2575, 2021, read 2026-12), unverified here
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `Value ( ${req.MaxResults} ) for parameter maxResults is invalid. Expecting a value greater than 5.`
      )
    }
    const filters = fromFilters(req.Filters) ?? []
    for (const f of filters) if (extractors[f.Name] === undefined) return yield* Effect.fail(unknownFilter(f.Name))
    let start = 0
    if (req.NextToken !== undefined) {
      const text = Buffer.from(req.NextToken, "base64url").toString("utf8")
      const n = Number.parseInt(text.replace(/^s:/, ""), 10)
      if (!text.startsWith("s:") || !Number.isFinite(n) || n < 0) {
        return yield* Effect.fail(invalidNextToken(req.NextToken))
      }
      start = n
    }
    const candidates = ids.length > 0 ? yield* findInstances(w, [...new Set(ids)]) : [...w.all("instances")]
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const includeAll = req.IncludeAllInstances === true
    const predicates = filters.map((f) => {
      const ex = extractors[f.Name]!
      const ms = f.Values.map(wildcard)
      return (r: InstanceRecord) => ex(w, r).some((v) => v !== undefined && ms.some((m) => m(v)))
    })
    const matched = candidates.filter((r) =>
      (includeAll || r.Lifecycle.State === "running") && predicates.every((p) => p(r))
    )
    const end = req.MaxResults === undefined ? matched.length : Math.min(matched.length, start + req.MaxResults)
    return {
      InstanceStatuses: matched.slice(start, end).map((r) => toStatus(w, r)),
      ...(end < matched.length ? { NextToken: Buffer.from(`s:${end}`).toString("base64url") } : {})
    }
  })

/** DescribeInstanceStatus over an engine. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "describeInstanceStatus"> => ({
  describeInstanceStatus: (req) => engine.transact((w) => describeInstanceStatus(w, req))
})
