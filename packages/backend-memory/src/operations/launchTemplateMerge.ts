/**
 * RunInstances with `LaunchTemplate`: the template's data merged with the request, then launched by
 * RunInstances itself (so the template's values are validated exactly as RunInstances validates
 * request values: one set of checks, not a copy).
 *
 * Merge rules ("The launch template. Any additional parameters that you specify for the new instance
 * overwrite the corresponding parameters included in the launch template." — SDK
 * `RunInstancesRequest.LaunchTemplate`, @aws-sdk/client-ec2 as installed, read 2026-12-06; the per-key tag and
 * per-device mapping merges: /work/shared/docs/networking-facts.md §8):
 * - a member given in the request wins, whole; a member absent from the request takes the template's;
 * - `TagSpecifications` merge per resource type and tag key, the request's value winning;
 * - `BlockDeviceMappings` merge by `DeviceName`, the request's mapping winning;
 * - `NetworkInterfaces` are taken whole from the request when it has any (how AWS merges them is
 *   undocumented: unverified, the whole-member rule). A template with interfaces and a request with
 *   an instance-level `SubnetId`, `SecurityGroupIds` or `PrivateIpAddress` is then RunInstances'
 *   `InvalidParameterCombination`, as for one request naming both;
 * - the template's `RamDiskId` is RunInstances' `RamdiskId`; `InstanceRequirements` (attribute-based
 *   selection, for fleets) has no RunInstances member and is not applied; tag specifications of types
 *   RunInstances here does not tag (`network-interface`, `spot-instances-request`) are not applied;
 * - `MinCount`, `MaxCount`, `ClientToken`, `DryRun` come from the request only;
 * - the instances get AWS's `aws:ec2launchtemplate:id` and `aws:ec2launchtemplate:version` tags
 *   (E23 launch-instances-from-launch-template).
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2Error, Ec2Shapes } from "@ec2kit/core"
import type { World } from "../internal/World.js"
import { resolveForLaunch } from "./launchTemplateLookup.js"

type Req = Ec2Shapes.RunInstancesRequest
type Spec = { readonly ResourceType?: string | undefined; readonly Tags?: ReadonlyArray<{ readonly Key?: string | undefined; readonly Value?: string | undefined }> | undefined }
type Mapping = { readonly DeviceName?: string | undefined }

/** Members RunInstances takes from the request only. */
const requestOnly = new Set(["MinCount", "MaxCount", "ClientToken", "DryRun", "LaunchTemplate", "AdditionalInfo"])
/** Template members RunInstances has under another name. */
const renamed: Readonly<Record<string, string>> = { RamDiskId: "RamdiskId" }
/** Template members RunInstances has no place for. */
const notApplied = new Set(["InstanceRequirements", "ElasticGpuSpecifications"])
/** Tag resource types RunInstances applies here. */
const taggedTypes = new Set(["instance", "volume"])

const mergeTags = (template: ReadonlyArray<Spec>, request: ReadonlyArray<Spec>): Array<Spec> => {
  const byType = new Map<string, Map<string, string>>()
  for (const s of [...template.filter((s) => taggedTypes.has(s.ResourceType ?? "")), ...request]) {
    const type = s.ResourceType ?? ""
    let tags = byType.get(type)
    if (tags === undefined) byType.set(type, tags = new Map())
    for (const t of s.Tags ?? []) tags.set(t.Key ?? "", t.Value ?? "")
  }
  return [...byType].map(([ResourceType, tags]) => ({ ResourceType, Tags: [...tags].map(([Key, Value]) => ({ Key, Value })) }))
}

const mergeMappings = (template: ReadonlyArray<Mapping>, request: ReadonlyArray<Mapping>): Array<Mapping> => {
  const byDevice = new Map<string, Mapping>()
  let unnamed = 0
  // a mapping without a device name is kept (RunInstances refuses it with its own error)
  for (const m of [...template, ...request]) byDevice.set(m.DeviceName ?? `\u0000${unnamed++}`, m)
  return [...byDevice.values()]
}

/**
 * The request RunInstances sees: the template's data under the request (see the module comment).
 * Pure; `LaunchTemplate` is kept so an idempotent retry fingerprints the same request.
 */
export const mergeRequest = (data: Readonly<Record<string, unknown>>, req: Req): Req => {
  const out: Record<string, unknown> = { ...req }
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined || notApplied.has(k)) continue
    const key = renamed[k] ?? k
    if (requestOnly.has(key)) continue
    const mine = (req as Record<string, unknown>)[key]
    if (key === "TagSpecifications") out[key] = mergeTags(v as ReadonlyArray<Spec>, (mine ?? []) as ReadonlyArray<Spec>)
    else if (key === "BlockDeviceMappings") out[key] = mergeMappings(v as ReadonlyArray<Mapping>, (mine ?? []) as ReadonlyArray<Mapping>)
    else if (mine === undefined) out[key] = v
  }
  return out as Req
}

/** The reservation RunInstances answers (only what the tagging below reads). */
interface Launched {
  readonly Instances: ReadonlyArray<{ readonly InstanceId?: string | undefined; readonly Tags?: ReadonlyArray<Ec2Shapes.Tag> | undefined }>
}

/**
 * RunInstances from a launch template: resolve the template and version (AWS's errors for unknown
 * ones), merge, launch with `run` (RunInstances), then tag the instances with the template's id and
 * version as AWS does. The tags are written in the same transaction, so a failed launch writes none.
 */
export const launchFromTemplate = <A extends Launched>(
  w: World,
  req: Req & { readonly LaunchTemplate: NonNullable<Req["LaunchTemplate"]> },
  run: (merged: Req) => Effect.Effect<A, Ec2Error.Ec2Error>
): Effect.Effect<A, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const t = yield* resolveForLaunch(w, req.LaunchTemplate)
    const launched = yield* run(mergeRequest(t.Data, req))
    const system: Array<readonly [string, string]> = [
      ["aws:ec2launchtemplate:id", t.LaunchTemplateId],
      ["aws:ec2launchtemplate:version", String(t.VersionNumber)]
    ]
    const instances = launched.Instances.map((i) => {
      if (i.InstanceId === undefined) return i
      const own = w.tagsOf(i.InstanceId).filter(([k]) => !k.startsWith("aws:ec2launchtemplate:"))
      const tags = [...own, ...system]
      // an idempotent retry answers the original instances: their tags are already there
      w.setTags(i.InstanceId, tags)
      return { ...i, Tags: tags.map(([Key, Value]) => ({ Key, Value })) }
    })
    return { ...launched, Instances: instances } as A
  })
