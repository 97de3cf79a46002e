/**
 * Requests built as a hostile caller would: whatever objects a request is made of (null-prototype
 * objects at any depth, bigints, cycles), every operation answers a typed `Ec2Error` or succeeds;
 * nothing dies with an untyped error.
 */
import { Cause, Effect, Exit } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2, Ec2Error } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor>) =>
  Effect.runPromise(Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer({ seed: 1 })))).pipe(Effect.provide(TestClock.layer())))

const nullProto = (o: object): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, o)

/** Odd values a leaf may become: null-prototype objects (nested, with a bigint, cyclic), arrays of them. */
const oddLeaf = (pick: number): unknown => {
  switch (pick % 6) {
    case 0:
      return nullProto({})
    case 1:
      return nullProto({ a: nullProto({ b: 1 }) })
    case 2:
      return [nullProto({})]
    case 3:
      return nullProto({ n: 1n })
    case 4: {
      const c = nullProto({})
      c["self"] = c
      return c
    }
    default:
      return nullProto({ Key: "k", Value: "v" })
  }
}

/** `u` rebuilt with each object made null-prototype or not, and some leaves replaced, as the draws say. */
const morph = (u: unknown, draw: () => number): unknown => {
  if (Array.isArray(u)) return u.map((x) => morph(x, draw))
  if (u !== null && typeof u === "object" && !(u instanceof Uint8Array)) {
    const o: Record<string, unknown> = draw() < 0.6 ? Object.create(null) : {}
    for (const [k, v] of Object.entries(u)) o[k] = morph(v, draw)
    return o
  }
  const d = draw()
  return d < 0.15 ? oddLeaf(Math.floor(d * 1000)) : u
}

describe("hostile request shapes", () => {
  it("property: null-prototype objects anywhere in a request give a typed answer, never a defect", () =>
    run(Effect.gen(function*() {
      const ec2 = (yield* Ec2.Ec2) as unknown as Record<string, (req: unknown) => Effect.Effect<unknown, Ec2Error.Ec2Error>>
      const hv = yield* Hypervisor.Hypervisor
      const img = yield* hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId)
      const sg = yield* hv.inspect((w) => w.all("securityGroups")[0]!.GroupId)
      const launched = (yield* Effect.orDie(ec2["runInstances"]!({ ImageId: img, MinCount: 1, MaxCount: 1, InstanceType: "t3.micro" }))) as {
        readonly Instances: ReadonlyArray<{ readonly InstanceId: string }>
      }
      const inst = launched.Instances[0]!.InstanceId
      const tags = (type: string) => [{ ResourceType: type, Tags: [{ Key: "a", Value: "b" }] }]
      const templates: ReadonlyArray<readonly [string, unknown]> = [
        ["runInstances", {
          ImageId: img, MinCount: 1, MaxCount: 2, InstanceType: "t3.micro", ClientToken: "tok",
          Placement: { AvailabilityZone: "us-east-1a" }, MetadataOptions: { HttpTokens: "required" },
          BlockDeviceMappings: [{ DeviceName: "/dev/sdf", Ebs: { VolumeSize: 1 } }], TagSpecifications: tags("instance"), UserData: "aGk="
        }],
        ["describeInstances", { Filters: [{ Name: "tag:a", Values: ["b"] }], MaxResults: 5 }],
        ["describeInstances", { InstanceIds: [inst] }],
        ["createVolume", { AvailabilityZone: "us-east-1a", Size: 1, TagSpecifications: tags("volume") }],
        ["createTags", { Resources: [inst], Tags: [{ Key: "k", Value: "v" }] }],
        ["authorizeSecurityGroupIngress", {
          GroupId: sg,
          IpPermissions: [{ IpProtocol: "tcp", FromPort: 1, ToPort: 2, IpRanges: [{ CidrIp: "10.0.0.0/8" }], UserIdGroupPairs: [{ GroupId: sg }] }]
        }],
        ["modifyInstanceAttribute", { InstanceId: inst, UserData: { Value: new Uint8Array([1]) } }],
        ["modifyInstanceAttribute", { InstanceId: inst, DisableApiTermination: { Value: true } }],
        ["createPlacementGroup", { GroupName: "g", Strategy: "partition", PartitionCount: 2, TagSpecifications: tags("placement-group") }],
        ["allocateAddress", { Domain: "vpc", TagSpecifications: tags("elastic-ip") }],
        ["createKeyPair", { KeyName: "kk", TagSpecifications: tags("key-pair") }],
        ["describeTags", { Filters: [{ Name: "key", Values: ["a"] }] }],
        ["stopInstances", { InstanceIds: [inst], Force: true }],
        ["createSecurityGroup", { GroupName: "x", Description: "d", TagSpecifications: tags("security-group") }],
        ["describeInstanceTypes", { InstanceTypes: ["t3.micro"], Filters: [{ Name: "vcpu-info.default-vcpus", Values: ["2"] }] }],
        ["describeImages", { Owners: ["self"], Filters: [{ Name: "name", Values: ["*"] }] }]
      ]
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: templates.length - 1 }),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
          (i, draws) => {
            let k = 0
            const [op, template] = templates[i]!
            const req = morph(template, () => draws[k++ % draws.length]!)
            const exit = Effect.runSyncExit(Effect.suspend(() => ec2[op]!(req)))
            if (Exit.isFailure(exit)) {
              // a failure is an Ec2Error (the typed channel), never a defect such as a TypeError
              expect(Cause.hasDies(exit.cause)).toBe(false)
              expect(Ec2Error.isEc2Error(Cause.squash(exit.cause))).toBe(true)
            }
          }
        ),
        { numRuns: CI ? 1000 : 300 }
      )
    })))
})
