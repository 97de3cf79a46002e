/**
 * CreateTags / DeleteTags / DescribeTags over every taggable resource of the world, and the helpers
 * the network and account operations share (filters, pagination, TagSpecifications).
 *
 * @internal
 */
import { Effect, Result } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier, Tags } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { TableName } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { invalidNextToken, wildcard } from "./describeInstances.js"
import { taggableKindOf } from "./purchasingIds.js"

// ------------------------------------------------------------------------------------------------
// shared helpers
// ------------------------------------------------------------------------------------------------

/** A `Result` as an Effect. */
export const attempt = <A>(r: Result.Result<A, Ec2Error.Ec2Error>): Effect.Effect<A, Ec2Error.Ec2Error> =>
  Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)

/** A fresh id of a kind not used by `used`. */
export const freshId = <K extends Identifier.Kind>(kind: K, used: (id: string) => boolean) =>
  Effect.gen(function*() {
    for (;;) {
      const id = yield* Identifier.generate(kind)
      if (!used(id)) return id
    }
  })

/** A request filter (SDK shape). */
export interface FilterInput {
  readonly Name?: string | undefined
  readonly Values?: ReadonlyArray<string> | undefined
}

// OBS: "An error occurred (InvalidParameterValue) when calling the DescribeInstances operation: The filter 'public-ip' is invalid"
// (boto/boto3#1299, 2017, https://github.com/boto/boto3/issues/1299, read 2026-12); same text seen for DescribeAddresses
// and DescribeFpgaImages
export const unknownFilter = (name: string) => Ec2Error.make("InvalidParameterValue", `The filter '${name}' is invalid`)

/**
 * Compiles filters: each known name maps to the values of an item; `tag:<k>`, `tag-key`, `tag-value`
 * are answered from `tagsOf`. Values match with AWS's `*`/`?` wildcards; filters AND, values OR.
 */
export const compileFilters = <A>(
  filters: ReadonlyArray<FilterInput> | undefined,
  fields: Readonly<Record<string, (a: A) => ReadonlyArray<string | undefined>>>,
  tagsOf?: (a: A) => ReadonlyArray<readonly [string, string]>
): Result.Result<(a: A) => boolean, Ec2Error.Ec2Error> => {
  const preds: Array<(a: A) => boolean> = []
  for (const f of filters ?? []) {
    const name = f.Name ?? ""
    const ms = (f.Values ?? []).map(wildcard)
    const any = (vs: ReadonlyArray<string | undefined>) => vs.some((v) => v !== undefined && ms.some((m) => m(v)))
    const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined
    if (field !== undefined) preds.push((a) => any(field(a)))
    else if (tagsOf !== undefined && name.startsWith("tag:")) {
      const key = name.slice(4)
      preds.push((a) => any(tagsOf(a).filter(([k]) => k === key).map(([, v]) => v)))
    } else if (tagsOf !== undefined && name === "tag-key") preds.push((a) => any(tagsOf(a).map(([k]) => k)))
    else if (tagsOf !== undefined && name === "tag-value") preds.push((a) => any(tagsOf(a).map(([, v]) => v)))
    else return Result.fail(unknownFilter(name))
  }
  return Result.succeed((a) => preds.every((p) => p(a)))
}

/**
 * One page of `items`: `MaxResults` within `[min, max]` (else `InvalidParameterValue`), an opaque
 * `NextToken` (an offset), everything when `MaxResults` is absent.
 */
export const paginate = <A>(
  items: ReadonlyArray<A>,
  req: { readonly MaxResults?: number | undefined; readonly NextToken?: string | undefined },
  limits: { readonly min: number; readonly max: number }
): Result.Result<{ readonly page: ReadonlyArray<A>; readonly NextToken?: string }, Ec2Error.Ec2Error> => {
  const max = req.MaxResults
  if (max !== undefined && (!Number.isInteger(max) || max < limits.min || max > limits.max)) {
    // text unverified; the limits are per operation (see callers)
    return Result.fail(Ec2Error.make("InvalidParameterValue", `Value ( ${max} ) for parameter maxResults is invalid. Parameter must be between ${limits.min} and ${limits.max}.`))
  }
  let start = 0
  if (req.NextToken !== undefined) {
    const raw = Buffer.from(req.NextToken, "base64url").toString("utf8")
    const n = Number.parseInt(raw.replace(/^o:/, ""), 10)
    if (!raw.startsWith("o:") || !Number.isInteger(n) || n < 0 || n > items.length) {
      return Result.fail(invalidNextToken(req.NextToken))
    }
    start = n
  }
  const end = max === undefined ? items.length : Math.min(items.length, start + max)
  return Result.succeed({
    page: items.slice(start, end),
    ...(end < items.length ? { NextToken: Buffer.from(`o:${end}`).toString("base64url") } : {})
  })
}

/** Tags in the SDK shape (`undefined` when none, as AWS omits the member). */
export const tagsOut = (w: World, id: string) => {
  const tags = w.tagsOf(id)
  return tags.length > 0 ? { Tags: tags.map(([Key, Value]) => ({ Key, Value })) } : {}
}

// Tag rules (limits, texts) live in core `Tags`, shared by CreateTags and every TagSpecifications path.
export const MaxTagsPerResource = Tags.MaxTagsPerResource
export const MaxKeyLength = Tags.MaxKeyLength
export const MaxValueLength = Tags.MaxValueLength

/** Validates one tag key as CreateTags/DeleteTags do (core `Tags.validateKey`). */
export const validateKey = (key: string | undefined): Result.Result<string, Ec2Error.Ec2Error> => Tags.validateKey(key, "CreateTags")

/** `TagLimitExceeded` (core `Tags.limitExceeded`). */
export const tagLimitExceeded = Tags.limitExceeded

/** Merges validated tags into a resource's tags (same key → value replaced), checking the limit (CreateTags). */
export const mergeTags = (
  current: ReadonlyArray<readonly [string, string]>,
  add: ReadonlyArray<Tags.TagInput>
): Result.Result<ReadonlyArray<readonly [string, string]>, Ec2Error.Ec2Error> => Tags.merge(current, add, "CreateTags")

/** The tags of `TagSpecifications` for one resource type (other types → InvalidParameterValue; core `Tags`). */
export const tagsFromSpecs = (
  specs: ReadonlyArray<Tags.TagSpecificationInput> | undefined,
  resourceType: string
): Result.Result<ReadonlyArray<readonly [string, string]>, Ec2Error.Ec2Error> =>
  Result.map(Tags.fromSpecifications(specs, [resourceType]), (byType) => byType.get(resourceType) ?? [])

// ------------------------------------------------------------------------------------------------
// resources
// ------------------------------------------------------------------------------------------------

/** Resource kinds that can carry tags: table and DescribeTags `resource-type`. */
const taggable: Partial<Record<Identifier.Kind, { readonly table: TableName; readonly type: string }>> = {
  instance: { table: "instances", type: "instance" },
  volume: { table: "volumes", type: "volume" },
  snapshot: { table: "snapshots", type: "snapshot" },
  image: { table: "images", type: "image" },
  securityGroup: { table: "securityGroups", type: "security-group" },
  networkInterface: { table: "networkInterfaces", type: "network-interface" },
  allocation: { table: "addresses", type: "elastic-ip" },
  keyPair: { table: "keyPairs", type: "key-pair" },
  placementGroup: { table: "placementGroups", type: "placement-group" },
  launchTemplate: { table: "launchTemplates", type: "launch-template" },
  subnet: { table: "subnets", type: "subnet" },
  vpc: { table: "vpcs", type: "vpc" },
  internetGateway: { table: "internetGateways", type: "internet-gateway" },
  routeTable: { table: "routeTables", type: "route-table" },
  networkAcl: { table: "networkAcls", type: "network-acl" }
}

/** Whether a resource exists (key pairs and placement groups are stored by name, found by id). */
const exists = (w: World, kind: Identifier.Kind, id: string): boolean => {
  if (kind === "keyPair") return [...w.all("keyPairs")].some((k) => k.KeyPairId === id)
  if (kind === "placementGroup") return [...w.all("placementGroups")].some((g) => g.GroupId === id)
  const t = taggable[kind]
  if (t === undefined) return false
  const r = w.get(t.table, id) as unknown
  if (r === undefined) return false
  if (kind === "instance") return (r as { readonly Lifecycle: { readonly State: string } }).Lifecycle.State !== "terminated"
  return true
}

/** The DescribeTags `resource-type` of an id. */
export const resourceTypeOf = (id: string): string => {
  const kind = Identifier.kindOf(id)
  return (kind === undefined ? undefined : taggable[kind]?.type) ?? taggableKindOf(id)?.type ?? "unknown"
}

/** Checks every resource id: a taggable kind that exists. */
const checkResources = (w: World, ids: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    if (ids.length === 0) return yield* Ec2Error.fail("MissingParameter", "The request must contain the parameter ResourceId")
    for (const id of ids) {
      const kind = Identifier.kindOf(id)
      // Capacity Reservations and Dedicated Hosts (ids that are not core Identifier kinds)
      const other = kind === undefined ? taggableKindOf(id) : undefined
      if (other !== undefined) {
        if (w.get(other.table, id) === undefined) return yield* Effect.fail(other.notFound(id))
        continue
      }
      if (kind === undefined || taggable[kind] === undefined) {
        // OBS: "Error creating EIP tags: InvalidID: The ID '107.20.243.249' is not valid" (CreateTags; pulumi/pulumi-aws#502,
        // 2019, https://github.com/pulumi/pulumi-aws/issues/502; cloudavail/aws-missing-tools#71, 2014; read 2026-12)
        return yield* Ec2Error.fail("InvalidID", `The ID '${id}' is not valid`)
      }
      if (!exists(w, kind, id)) return yield* Effect.fail(Identifier.notFound(kind, id))
    }
  })

// ------------------------------------------------------------------------------------------------
// operations
// ------------------------------------------------------------------------------------------------

/** CreateTags: all resources or none (validated first, then applied). */
export const createTags = (w: World, req: Parameters<Ec2.Implementation["createTags"]>[0]) =>
  Effect.gen(function*() {
    yield* checkResources(w, req.Resources)
    const next: Array<readonly [string, ReadonlyArray<readonly [string, string]>]> = []
    for (const id of new Set(req.Resources)) next.push([id, yield* attempt(mergeTags(w.tagsOf(id), req.Tags))])
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    for (const [id, tags] of next) w.setTags(id, tags)
    return {}
  })

/** DeleteTags: no `Tags` → every tag; a Key without Value → whatever its value; Key+Value → only on match. */
export const deleteTags = (w: World, req: Parameters<Ec2.Implementation["deleteTags"]>[0]) =>
  Effect.gen(function*() {
    yield* checkResources(w, req.Resources)
    for (const t of req.Tags ?? []) yield* attempt(validateKey(t.Key))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    for (const id of new Set(req.Resources)) {
      const keep = req.Tags === undefined
        ? []
        : w.tagsOf(id).filter(([k, v]) => !req.Tags!.some((t) => t.Key === k && (t.Value === undefined || t.Value === v)))
      w.setTags(id, keep)
    }
    return {}
  })

interface TagRow {
  readonly ResourceId: string
  readonly ResourceType: string
  readonly Key: string
  readonly Value: string
}

/** DescribeTags: filters `key`, `value`, `resource-id`, `resource-type`; MaxResults 5–1000. */
export const describeTags = (w: World, req: Parameters<Ec2.Implementation["describeTags"]>[0]) =>
  Effect.gen(function*() {
    const pred = yield* attempt(compileFilters<TagRow>(req.Filters, {
      key: (r) => [r.Key],
      value: (r) => [r.Value],
      "resource-id": (r) => [r.ResourceId],
      "resource-type": (r) => [r.ResourceType]
    }))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const rows: Array<TagRow> = []
    const ids = [...w.all("tags")].map((t) => t.ResourceId).sort()
    for (const id of ids) {
      const type = resourceTypeOf(id)
      for (const [Key, Value] of w.tagsOf(id)) {
        const row = { ResourceId: id, ResourceType: type, Key, Value }
        if (pred(row)) rows.push(row)
      }
    }
    // MaxResults 5..1000 — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTags.html (read 2026-11)
    const { NextToken, page } = yield* attempt(paginate(rows, req, { min: 5, max: 1000 }))
    return { Tags: page.map((r) => ({ ...r })), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "createTags" | "deleteTags" | "describeTags"> => ({
  createTags: (req) => engine.transact((w) => createTags(w, req)),
  deleteTags: (req) => engine.transact((w) => deleteTags(w, req)),
  describeTags: (req) => engine.transact((w) => describeTags(w, req)) as never
})
