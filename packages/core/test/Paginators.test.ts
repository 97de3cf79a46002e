import { Effect, Layer, Stream } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Ec2 from "../src/Ec2.js"
import * as Paginators from "../src/Paginators.js"

// A fake paged DescribeVolumes / DescribeInstances over `n` items, `size` per page.
const paged = (n: number, size: number, tokens: Array<string | undefined>) => {
  const ids = Array.from({ length: n }, (_, i) => `vol-${i.toString(16).padStart(8, "0")}`)
  const page = (token: string | undefined) => {
    tokens.push(token)
    const start = token === undefined ? 0 : Number(token.slice(1))
    const next = start + size < n ? `t${start + size}` : undefined
    return { start, next }
  }
  return Layer.succeed(Ec2.Ec2, Ec2.makePartial({
    describeVolumes: (r) => Effect.sync(() => {
      const { start, next } = page(r.NextToken)
      return { Volumes: ids.slice(start, start + size).map((VolumeId) => ({ VolumeId })), ...(next ? { NextToken: next } : {}) }
    }),
    describeInstances: (r) => Effect.sync(() => {
      const { start, next } = page(r.NextToken)
      return { Reservations: [{ Instances: ids.slice(start, start + size).map((v) => ({ InstanceId: v.replace("vol-", "i-") })) }], ...(next ? { NextToken: next } : {}) }
    })
  }))
}

describe("paginators", () => {
  it("property: every item once, in order, following NextToken", async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }), async (n, size) => {
      const tokens: Array<string | undefined> = []
      const items = await Effect.runPromise(Stream.runCollect(Paginators.describeVolumes({ MaxResults: size })).pipe(Effect.provide(paged(n, size, tokens))))
      expect(items.map((v) => v.VolumeId)).toEqual(Array.from({ length: n }, (_, i) => `vol-${i.toString(16).padStart(8, "0")}`))
      expect(tokens[0]).toBeUndefined()
      expect(tokens).toHaveLength(Math.max(1, Math.ceil(n / size)))
    }), { numRuns: 1000 })
  })

  it("pages stream the responses; instances flattens reservations", async () => {
    const tokens: Array<string | undefined> = []
    const layer = paged(7, 3, tokens)
    const pages = await Effect.runPromise(Stream.runCollect(Paginators.describeVolumesPages()).pipe(Effect.provide(layer)))
    expect(pages.map((p) => p.NextToken)).toEqual(["t3", "t6", undefined])
    const instances = await Effect.runPromise(Stream.runCollect(Paginators.instances({})).pipe(Effect.provide(layer)))
    expect(instances.map((i) => i.InstanceId)).toEqual(Array.from({ length: 7 }, (_, i) => `i-${i.toString(16).padStart(8, "0")}`))
  })

  it("errors end the stream with the Ec2Error", async () => {
    const e: any = await Effect.runPromise(Effect.flip(Stream.runCollect(Paginators.describeVolumes({ VolumeIds: ["nope"] })).pipe(Effect.provide(paged(3, 1, [])))))
    expect([e.code, e.reason.message]).toEqual(["InvalidVolumeID.Malformed", 'Invalid id: "nope" (expecting "vol-...")'])
  })
})
