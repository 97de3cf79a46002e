/**
 * A member whose value is `undefined` is absent, at every depth: the AWS SDK omits it from the wire, so
 * `ec2.runInstances({ ImageId: undefined, … })` must decode like the request without the key.
 */
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Ec2 from "../src/Ec2.js"
import type * as Shapes from "../src/Ec2Shapes.js"

const CI = process.env.CI !== undefined

/** Requests, valid and invalid, with nested structures and lists of structures. */
const samples: ReadonlyArray<readonly [Shapes.OperationName, unknown]> = [
  ["runInstances", {
    ImageId: "ami-0123456789abcdef0",
    MinCount: 1,
    MaxCount: 2,
    TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "a", Value: "b" }] }],
    BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 8, VolumeType: "gp3" } }],
    MetadataOptions: { HttpTokens: "required" },
    Placement: { AvailabilityZone: "us-east-1a" }
  }],
  ["runInstances", { MinCount: 1, MaxCount: 1, LaunchTemplate: { LaunchTemplateName: "web", Version: "$Latest" } }],
  ["runInstances", { ImageId: "ami-0123456789abcdef0", MinCount: "one", MaxCount: 1 }],
  ["describeInstances", { Filters: [{ Name: "instance-state-name", Values: ["running"] }], MaxResults: 5 }],
  ["terminateInstances", { InstanceIds: ["i-1"] }],
  ["createTags", { Resources: ["i-0123456789abcdef0"], Tags: [{ Key: "k", Value: "v" }] }],
  ["createTags", { Tags: [{ Key: "k", Value: "v" }] }]
]

/** Every plain object of a value (the request and the structures inside it). */
const objectsOf = (u: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> => {
  if (Array.isArray(u)) u.forEach((x) => objectsOf(x, out))
  else if (typeof u === "object" && u !== null) {
    out.push(u as Record<string, unknown>)
    Object.values(u).forEach((x) => objectsOf(x, out))
  }
  return out
}

const names = fc.oneof(
  fc.constantFrom("ImageId", "MinCount", "MaxCount", "DryRun", "Ebs", "Tags", "Key", "Value", "Filters", "InstanceIds", "Resources", "ClientToken", "Version"),
  fc.string({ minLength: 1, maxLength: 10 })
)

const decode = (op: Shapes.OperationName, input: unknown) => Effect.runSyncExit(Ec2.decodeRequest(op, input))

describe("undefined-valued members are absent", () => {
  it("runInstances({ ImageId: undefined }) decodes like the request without ImageId", () => {
    const without = { MinCount: 1, MaxCount: 1 }
    const withUndefined = { ImageId: undefined, MinCount: 1, MaxCount: 1 }
    expect(decode("runInstances", withUndefined)).toEqual(decode("runInstances", without))
    expect(Exit.isSuccess(decode("runInstances", withUndefined))).toBe(true)
  })

  it("a request with random undefined members added, at any depth, decodes like the one without them", () =>
    fc.assert(fc.property(
      fc.constantFrom(...samples),
      fc.array(fc.tuple(fc.nat(), names), { minLength: 1, maxLength: 8 }),
      ([op, request], additions) => {
        const copy = structuredClone(request)
        const objects = objectsOf(copy)
        for (const [at, key] of additions) {
          const o = objects[at % objects.length]!
          if (!Object.hasOwn(o, key)) Object.defineProperty(o, key, { value: undefined, enumerable: true, writable: true, configurable: true })
        }
        expect(decode(op, copy)).toEqual(decode(op, request))
      }
    ), { numRuns: CI ? 1000 : 200 }))
})
