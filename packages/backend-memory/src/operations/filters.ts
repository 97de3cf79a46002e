/**
 * Shared helpers of the describe operations over storage (volumes, snapshots, images): filters with
 * AWS's `*`/`?` wildcards (the matcher is `describeInstances.ts`'s `wildcard`), `tag:K`/`tag-key`/
 * `tag-value`, NextToken pagination, TagSpecifications, and the shapes' date/tag conversions.
 *
 * @internal
 */
import { Effect, Result } from "effect"
import { type Ec2, Ec2Error, Tags } from "@ec2kit/core"
import type { World } from "../internal/World.js"
import { invalidNextToken, wildcard } from "./describeInstances.js"

/** A filter as decoded by core (both members optional in the SDK model). */
export interface FilterInput {
  readonly Name?: string | undefined
  readonly Values?: ReadonlyArray<string> | undefined
}

/** Filter name → the values of a record (undefined = absent, never matches). */
export type Extractors<R> = Readonly<Record<string, (w: World, r: R) => ReadonlyArray<string | undefined>>>

// OBS: "An error occurred (InvalidParameterValue) when calling the DescribeInstances operation: The filter 'public-ip' is invalid"
// (boto/boto3#1299, 2017, https://github.com/boto/boto3/issues/1299, read 2026-12); same text seen for DescribeAddresses
// and DescribeFpgaImages
const unknownFilter = (name: string) => Ec2Error.make("InvalidParameterValue", `The filter '${name}' is invalid`)

// OBS: "FilterLimitExceeded: The maximum number of filter values specified on a single call is 200", HTTP 400, from
// DescribeInstances (gjbae1212/gossm#47, 2021, https://github.com/gjbae1212/gossm/issues/47; convox/rack#2205, 2017;
// nchammas/flintrock#193, 2017, with 201 values in one filter; read 2026-12). AWS documents no number; the count is taken
// over all filters of the call (the strictest reading of "on a single call").
/** Most filter values one call may carry, summed over its filters. */
export const MaxFilterValues = 200
// OBS: "An error occurred (FilterLimitExceeded) when calling the DescribeInstances operation: The maximum length for a
// filter value is 255 characters" (ansible-collections/amazon.aws#2393, 2024, read 2026-12)
/** Longest filter value, in characters. */
export const MaxFilterValueLength = 255

/**
 * AWS's per-call filter limits (`FilterLimitExceeded`): at most {@link MaxFilterValues} values in all, each at most
 * {@link MaxFilterValueLength} characters. `undefined` when the filters are within them.
 */
export const filterLimitError = (filters: ReadonlyArray<FilterInput> | undefined): Ec2Error.Ec2Error | undefined => {
  let count = 0
  for (const f of filters ?? []) {
    for (const v of f.Values ?? []) {
      count++
      if (v.length > MaxFilterValueLength) {
        return Ec2Error.make("FilterLimitExceeded", `The maximum length for a filter value is ${MaxFilterValueLength} characters`)
      }
    }
  }
  return count > MaxFilterValues
    ? Ec2Error.make("FilterLimitExceeded", `The maximum number of filter values specified on a single call is ${MaxFilterValues}`)
    : undefined
}

/**
 * The implementation with AWS's filter limits checked before every operation whose request has `Filters`
 * (every Describe, today's and those added later), so no Describe can forget them.
 */
export const withFilterLimits = (impl: Ec2.Implementation): Ec2.Implementation =>
  Object.fromEntries(
    Object.entries(impl).map(([name, run]) => [
      name,
      (input: { readonly Filters?: ReadonlyArray<FilterInput> | undefined }) => {
        const e = filterLimitError(input.Filters)
        return e === undefined ? (run as (i: unknown) => Effect.Effect<unknown, Ec2Error.Ec2Error>)(input) : Effect.fail(e)
      }
    ])
  ) as unknown as Ec2.Implementation

/**
 * Compiles the filters of a request into one predicate (AND across filters, OR across values of one
 * filter), failing with `InvalidParameterValue` for an unknown filter name.
 */
export const compileFilters = <R>(
  filters: ReadonlyArray<FilterInput> | undefined,
  extractors: Extractors<R>,
  idOf: (r: R) => string
): Effect.Effect<(w: World, r: R) => boolean, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const preds: Array<(w: World, r: R) => boolean> = []
    for (const f of filters ?? []) {
      const name = f.Name ?? ""
      const ms = (f.Values ?? []).map(wildcard)
      if (name.startsWith("tag:")) {
        const key = name.slice(4)
        preds.push((w, r) => w.tagsOf(idOf(r)).some(([k, v]) => k === key && ms.some((m) => m(v))))
      } else if (name === "tag-key") {
        preds.push((w, r) => w.tagsOf(idOf(r)).some(([k]) => ms.some((m) => m(k))))
      } else if (name === "tag-value") {
        preds.push((w, r) => w.tagsOf(idOf(r)).some(([, v]) => ms.some((m) => m(v))))
      } else {
        const ex = extractors[name]
        if (ex === undefined) return yield* Effect.fail(unknownFilter(name))
        preds.push((w, r) => ex(w, r).some((v) => v !== undefined && ms.some((m) => m(v))))
      }
    }
    return (w: World, r: R) => preds.every((p) => p(w, r))
  })

/**
 * Checks MaxResults and decodes NextToken. `min`/`max` are the documented bounds; a value above `max`
 * is capped (AWS: "if MaxResults is given a value larger than <max>, only <max> items are returned").
 * `idsGiven` + MaxResults is `InvalidParameterCombination` where AWS documents it.
 */
export const pageParams = (
  req: { readonly MaxResults?: number | undefined; readonly NextToken?: string | undefined },
  opts: { readonly min: number; readonly max: number; readonly idsParameter?: string; readonly idsGiven?: boolean }
): Effect.Effect<{ readonly start: number; readonly size: number | undefined }, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    if (opts.idsGiven === true && req.MaxResults !== undefined) {
      // AWS's wording (DescribeInstances: "The parameter instancesSet cannot be used with the parameter maxResults");
      // the parameter name differs per operation and each caller cites its source (AssociationIds: unverified)
      return yield* Ec2Error.fail(
        "InvalidParameterCombination",
        `The parameter ${opts.idsParameter ?? "ids"} cannot be used with the parameter maxResults`
      )
    }
    if (req.MaxResults !== undefined && (!Number.isInteger(req.MaxResults) || req.MaxResults < opts.min)) {
      // OBS for DescribeInstances: "Value ( 1 ) for parameter maxResults is invalid. Expecting a value greater than 5."
      // (aws/aws-sdk-ruby#2575, 2021, https://github.com/aws/aws-sdk-ruby/pull/2575, read 2026-12); minimum adapted per operation
      return yield* Ec2Error.fail(
        "InvalidParameterValue",
        `Value ( ${req.MaxResults} ) for parameter maxResults is invalid. Expecting a value greater than ${opts.min}.`
      )
    }
    let start = 0
    if (req.NextToken !== undefined) {
      const raw = Buffer.from(req.NextToken, "base64url").toString("utf8")
      const n = Number.parseInt(raw.slice(2), 10)
      if (!raw.startsWith("o:") || !Number.isFinite(n) || n < 0) {
        return yield* Effect.fail(invalidNextToken(req.NextToken))
      }
      start = n
    }
    return { start, size: req.MaxResults === undefined ? undefined : Math.min(req.MaxResults, opts.max) }
  })

/** One page of `items` and the token of the next, if any. */
export const paginate = <A>(items: ReadonlyArray<A>, p: { readonly start: number; readonly size: number | undefined }) => {
  const end = p.size === undefined ? items.length : Math.min(items.length, p.start + p.size)
  return {
    page: items.slice(p.start, end),
    ...(end < items.length ? { NextToken: Buffer.from(`o:${end}`).toString("base64url") } : {})
  }
}

/**
 * The tags of `TagSpecifications` by resource type (`allowed` types only), validated with core's
 * `Tags` rules: key and value, `aws:` prefix, 50 per resource (last value of a key wins).
 */
export const tagsFor = (
  specs: ReadonlyArray<Tags.TagSpecificationInput> | undefined,
  allowed: ReadonlyArray<string>
): Effect.Effect<ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>, Ec2Error.Ec2Error> => {
  const r = Tags.fromSpecifications(specs, allowed)
  return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
}

/** The `Tags` member of a shape (absent when the resource has none). */
export const tagsOut = (w: World, id: string): { readonly Tags?: Array<{ Key: string; Value: string }> } => {
  const tags = w.tagsOf(id)
  return tags.length > 0 ? { Tags: tags.map(([Key, Value]) => ({ Key, Value })) } : {}
}

/** ISO-8601 with milliseconds, as AWS prints times in string members. */
export const iso = (ms: number): string => new Date(ms).toISOString()

/** A boolean as a filter value. */
export const bool = (b: boolean): string => (b ? "true" : "false")
