import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Tags from "../src/Tags.js"

const runs = process.env.CI ? 1000 : 200

describe("Tags", () => {
  it("AWS's texts: empty key, aws: prefix (per source), lengths, limit, resource type", () => {
    const msg = <A>(r: Result.Result<A, { readonly code: string; readonly reason: { readonly message: string } }>) =>
      Result.isFailure(r) ? [r.failure.code, r.failure.reason.message] : ["ok"]
    expect(msg(Tags.validateKey("", "CreateTags")))
      .toEqual(["InvalidParameterValue", "Value ( '' ) for parameter Tag key is invalid. Tag key cannot be null or empty."])
    expect(msg(Tags.validateKey("aws:x", "CreateTags")))
      .toEqual(["InvalidParameterValue", "Value ( aws:x ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use"])
    expect(msg(Tags.validateKey("AWS:x", "TagSpecifications")))
      .toEqual(["InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use"])
    expect(msg(Tags.validateTag({ Key: "k", Value: "v".repeat(257) }, "CreateTags")))
      .toEqual(["InvalidParameterValue", "Tag value exceeds the maximum length of 256 characters"])
    // characters, not UTF-16 units: 128 emoji are a valid key
    expect(msg(Tags.validateKey("😀".repeat(128), "CreateTags"))).toEqual(["ok"])
    expect(msg(Tags.fromSpecifications([{ ResourceType: "network-interface", Tags: [] }], ["instance"])))
      .toEqual(["InvalidParameterValue", "'network-interface' is not a valid taggable resource type for this operation."])
    const many = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "" }))
    expect(msg(Tags.merge([], many, "CreateTags"))).toEqual(["TagLimitExceeded", "The resultant tag set must not have more than 50 user tags."])
  })

  it("property: a merge succeeds exactly when every tag is valid and at most 50 distinct keys result; last value wins", () => {
    const key = fc.oneof(fc.constantFrom("", "aws:x", "k".repeat(129)), fc.string({ minLength: 1, maxLength: 4 }).filter((k) => !k.toLowerCase().startsWith("aws:")))
    const tag = fc.record({ Key: key, Value: fc.oneof(fc.string({ maxLength: 3 }), fc.constant("v".repeat(257))) })
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 80 }), fc.array(tag, { maxLength: 80 }), (a, b) => {
        const specs = [{ ResourceType: "instance", Tags: a }, { ResourceType: "instance", Tags: b }]
        const r = Tags.fromSpecifications(specs, ["instance"])
        const all = [...a, ...b]
        const valid = all.every((t) => Result.isSuccess(Tags.validateTag(t, "TagSpecifications")))
        const distinct = new Set(all.map((t) => t.Key)).size
        // the first specification alone may already be over the limit
        const firstOver = new Set(a.map((t) => t.Key)).size > Tags.MaxTagsPerResource && a.every((t) => Result.isSuccess(Tags.validateTag(t, "TagSpecifications")))
        expect(Result.isSuccess(r)).toBe(valid && distinct <= Tags.MaxTagsPerResource && !firstOver)
        if (Result.isSuccess(r)) {
          const out = new Map(r.success.get("instance") ?? [])
          expect(out.size).toBe(distinct)
          for (const [k, v] of out) expect(v).toBe(all.filter((t) => t.Key === k).at(-1)!.Value)
        }
      }),
      { numRuns: runs }
    )
  })
})
