/**
 * Malformed Query requests, in-process (no socket, so many runs are cheap): whatever the request, the
 * codec answers — a 4xx error document or a 200 — never a 5xx, never a throw, and the backend still
 * answers correctly afterwards.
 */
import { Ec2 } from "@ec2kit/core"
import { Ec2Operations, QueryCodec } from "@ec2kit/api-server"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { ManagedRuntime } from "effect"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"

const runtime = ManagedRuntime.make(Ec2Memory.layer({ seed: "fuzz" }))
afterAll(() => runtime.dispose())

const serve = (request: QueryCodec.Request) => runtime.runPromise(Ec2.Ec2.use((ec2) => QueryCodec.serve(ec2, request, "fuzz")))

// Parameter names that exist somewhere in EC2 requests, with indexes, plus noise: most requests reach
// the decoder of a real operation and many reach the backend.
const segment = fc.oneof(
  fc.constantFrom("InstanceId", "Filter", "Name", "Value", "Tag", "Key", "MinCount", "MaxCount", "DryRun", "ImageId", "InstanceType", "MaxResults", "NextToken", "BlockDeviceMapping", "Ebs", "VolumeSize", "TagSpecification", "ResourceType", "ResourceId", "Size", "Iops"),
  fc.integer({ min: -1, max: 3 }).map(String),
  fc.string({ maxLength: 6 })
)
const key = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("."))
const value = fc.oneof(fc.constantFrom("", "true", "false", "1", "-1", "1e309", "NaN", "i-0123456789abcdef0", "t3.micro", "gp3", "x".repeat(300)), fc.string({ maxLength: 10 }))
const action = fc.oneof(fc.constantFrom(...Ec2Operations.implemented.map((o) => o.action)), fc.constantFrom("CreateNatGateway", "Bogus", ""))
const formBody = fc
  .tuple(action, fc.constantFrom("2016-11-15", "2016-11-15", "2014-01-01", ""), fc.array(fc.tuple(key, value), { maxLength: 8 }))
  .map(([a, v, pairs]) => `Action=${encodeURIComponent(a)}&Version=${v}&${new URLSearchParams(pairs).toString()}`)
const rawBody = fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.uint8Array({ maxLength: 80 }))

describe("fuzzing the codec with malformed Query requests", () => {
  it("never a 5xx, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(formBody, rawBody), fc.constantFrom("POST", "GET"), async (body, method) => {
        const request: QueryCodec.Request =
          method === "GET" && typeof body === "string" ? { method, query: body } : { method, body }
        const answer = await serve(request)
        expect(answer.status).toBeGreaterThanOrEqual(200)
        expect(answer.status).toBeLessThan(500)
        expect(answer.body.startsWith(`<?xml version="1.0" encoding="UTF-8"?>`)).toBe(true)
      }),
      { numRuns: process.env.CI ? 10_000 : 500 }
    )
    const after = await serve({ method: "POST", body: "Action=DescribeRegions&Version=2016-11-15&RegionName.1=us-east-1" })
    expect(after.status).toBe(200)
    expect(after.body).toContain("<regionName>us-east-1</regionName>")
  })
})
