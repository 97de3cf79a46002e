import { Effect, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Ec2 from "../src/Ec2.js"
import * as Shapes from "../src/Ec2Shapes.js"
import * as Identifier from "../src/Identifier.js"
import type { DescribeInstanceTypesShape } from "../src/InstanceTypeCatalogue.js"

const seen: Array<unknown> = []
const ec2 = Ec2.makePartial({
  terminateInstances: (input) => Effect.sync(() => (seen.push(input), { TerminatingInstances: [] })),
  describeVolumes: (input) => Effect.sync(() => (seen.push(input), { Volumes: [] })),
  attachVolume: (input) => Effect.sync(() => (seen.push(input), { VolumeId: input.VolumeId, InstanceId: input.InstanceId })),
  runInstances: (input) => Effect.sync(() => (seen.push(input), { ReservationId: "r-0123abcd" }))
})
const fail = (e: Effect.Effect<unknown, unknown>) => Effect.runPromise(Effect.flip(e)) as Promise<any>

// Each id member of a request and the kind it is checked as.
const idMembers: ReadonlyArray<readonly [string, (id: string) => (e: Ec2.Service) => Effect.Effect<unknown, unknown>, Identifier.Kind]> = [
  ["TerminateInstances.InstanceIds", (id) => (e) => e.terminateInstances({ InstanceIds: [id] }), "instance"],
  ["DescribeVolumes.VolumeIds", (id) => (e) => e.describeVolumes({ VolumeIds: [id] }), "volume"],
  ["AttachVolume.VolumeId", (id) => (e) => e.attachVolume({ VolumeId: id, InstanceId: "i-0123abcd", Device: "/dev/sdf" }), "volume"],
  ["AttachVolume.InstanceId", (id) => (e) => e.attachVolume({ VolumeId: "vol-0123abcd", InstanceId: id, Device: "/dev/sdf" }), "instance"],
  ["RunInstances.ImageId", (id) => (e) => e.runInstances({ MinCount: 1, MaxCount: 1, ImageId: id }), "image"],
  ["RunInstances.SubnetId", (id) => (e) => e.runInstances({ MinCount: 1, MaxCount: 1, SubnetId: id }), "subnet"],
  ["RunInstances.SecurityGroupIds", (id) => (e) => e.runInstances({ MinCount: 1, MaxCount: 1, SecurityGroupIds: [id] }), "securityGroup"],
  ["RunInstances.Placement.GroupId", (id) => (e) => e.runInstances({ MinCount: 1, MaxCount: 1, Placement: { GroupId: id } }), "placementGroup"],
  ["RunInstances.BlockDeviceMappings.Ebs.SnapshotId", (id) => (e) => e.runInstances({ MinCount: 1, MaxCount: 1, BlockDeviceMappings: [{ DeviceName: "/dev/sdf", Ebs: { SnapshotId: id } }] }), "snapshot"],
  ["RunInstances.NetworkInterfaces.NetworkInterfaceId", (id) => (e) => e.runInstances({ MinCount: 1, MaxCount: 1, NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: id }] }), "networkInterface"]
]


const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
describe("Ec2.make decoding", () => {
  it.each(idMembers)("%s: a malformed id gives the kind's *.Malformed code and message", async (_, call, kind) => {
    const e = await fail(call("bogus")(ec2))
    expect(e.code).toBe(Identifier.kinds[kind].malformedCode)
    expect(e.reason.message).toBe(Identifier.malformedMessage(kind, "bogus"))
  })

  it("quotes AWS's instance text", async () => {
    const e = await fail(ec2.terminateInstances({ InstanceIds: ["i-0123abcd", "web-1"] }))
    expect([e.code, e.reason.message]).toEqual(["InvalidInstanceID.Malformed", 'Invalid id: "web-1"'])
  })

  it("a missing required member is MissingParameter", async () => {
    const e = await fail(ec2.runInstances({ MinCount: 1 } as never))
    expect([e.code, e.reason.message]).toEqual(["MissingParameter", "The request must contain the parameter MaxCount"])
    const e2 = await fail(ec2.terminateInstances({} as never))
    expect([e2.code, e2.reason.message]).toEqual(["MissingParameter", "The request must contain the parameter InstanceId"])
  })

  it("a wrong type or enum value is InvalidParameterValue", async () => {
    const e = await fail(ec2.runInstances({ MinCount: "x" as never, MaxCount: 1 }))
    expect([e.code, e.reason.message]).toEqual(["InvalidParameterValue", "Invalid value 'x' for MinCount."])
    const e2 = await fail(ec2.runInstances({ MinCount: 1, MaxCount: 1, InstanceInitiatedShutdownBehavior: "explode" as never }))
    expect([e2.code, e2.reason.message]).toEqual(["InvalidParameterValue", "Invalid value 'explode' for InstanceInitiatedShutdownBehavior."])
    const e3 = await fail(ec2.runInstances({ MinCount: 1, MaxCount: 1, InstanceType: "m7.huge" }))
    expect([e3.code, e3.reason.message]).toEqual(["InvalidParameterValue", "Invalid value 'm7.huge' for InstanceType."])
  })

  it("valid input reaches the backend unchanged", async () => {
    seen.length = 0
    const request = { MinCount: 1, MaxCount: 2, ImageId: "ami-0123abcd", InstanceType: "m7g.large", TagSpecifications: [{ ResourceType: "instance" as const, Tags: [{ Key: "Name", Value: "web" }] }], MetadataOptions: { HttpTokens: "required" as const } }
    expect(await Effect.runPromise(ec2.runInstances(request))).toEqual({ ReservationId: "r-0123abcd" })
    // RunInstances' ClientToken is an idempotency token: filled as the SDKs fill it
    expect(seen).toEqual([{ ...request, ClientToken: expect.stringMatching(uuidV4) }])
  })

  it("an omitted idempotency token is filled with a fresh UUID v4 for exactly the operations whose model marks it", () => {
    const filled = Ec2.operationNames.filter((name) => "ClientToken" in Ec2.withIdempotencyToken(name, {}))
    expect(filled).toEqual([...Ec2.idempotencyTokenOperations])
    expect(filled).not.toContain("modifyInstanceCreditSpecification")
    const a = Ec2.withIdempotencyToken("runInstances", { MinCount: 1 }) as { ClientToken?: string }
    const b = Ec2.withIdempotencyToken("runInstances", { MinCount: 1 }) as { ClientToken?: string }
    expect([a.ClientToken, b.ClientToken]).toEqual([expect.stringMatching(uuidV4), expect.stringMatching(uuidV4)])
    expect(a.ClientToken).not.toBe(b.ClientToken)
    // a token the caller gives is kept; what is not a plain object is left for decoding to refuse
    expect(Ec2.withIdempotencyToken("runInstances", { ClientToken: "mine" })).toEqual({ ClientToken: "mine" })
    expect(Ec2.withIdempotencyToken("runInstances", null)).toBe(null)
    expect(Ec2.withIdempotencyToken("runInstances", [1])).toEqual([1])
  })

  it("unimplemented operations fail with UnsupportedOperation", async () => {
    const e = await fail(ec2.describeRegions({}))
    expect([e.code, e.reason.message]).toEqual(["UnsupportedOperation", "The operation DescribeRegions is not supported by this backend."])
  })

  it("dryRun is DryRunOperation", async () => {
    const e = await fail(Ec2.dryRun)
    expect([e.code, e.reason.message, e.httpStatus]).toEqual(["DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412])
  })

  it("every operation is in the service", () => {
    expect(Ec2.operationNames).toHaveLength(120)
    expect(Ec2.operationNames.every((n) => typeof (ec2 as unknown as Record<string, unknown>)[n] === "function")).toBe(true)
  })

  it("the catalogue's DescribeInstanceTypes shape is an InstanceTypeInfo", () => {
    const f = (s: DescribeInstanceTypesShape): Shapes.InstanceTypeInfo => s
    expect(typeof f).toBe("function")
  })

  const hex = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789abcdef".split("")), minLength: n, maxLength: n })
  const wellFormed = (kind: Identifier.Kind) => fc.oneof(hex(8), hex(17)).map((h) => `${Identifier.kinds[kind].prefix}${h}`)
  const malformed = fc.string().filter((s) => Identifier.kindOf(s) === undefined)

  it("property: well-formed requests decode; one malformed id is rejected with its kind's code", async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: idMembers.length - 1 }), fc.boolean(), malformed, fc.context(), async (i, bad, junk, ctx) => {
      const [, call, kind] = idMembers[i]!
      const id = bad ? junk : fc.sample(wellFormed(kind), 1)[0]!
      ctx.log(id)
      const exit = await Effect.runPromise(Effect.exit(call(id)(ec2)))
      if (bad) {
        expect(exit._tag).toBe("Failure")
        const e = await fail(call(id)(ec2))
        expect([e.code, e.reason.message]).toEqual([Identifier.kinds[kind].malformedCode, Identifier.malformedMessage(kind, id)])
      } else expect(exit._tag).toBe("Success")
    }), { numRuns: 1000 })
  })

  it("a null-prototype object with a bigint or a cycle where a value is expected is a typed error, not a TypeError", async () => {
    const np = (o: object) => Object.assign(Object.create(null) as object, o)
    const cyclic = np({}) as Record<string, unknown>
    cyclic["self"] = cyclic
    const e = await fail(ec2.describeVolumes({ MaxResults: np({ a: 1n }) as never }))
    expect([e.code, e.reason.message]).toEqual(["InvalidParameterValue", `Invalid value '{"a":"1"}' for MaxResults.`])
    const e2 = await fail(ec2.describeVolumes({ Filters: [{ Name: cyclic as never }] }))
    expect([e2.code, e2.reason.message]).toEqual(["InvalidParameterValue", "Invalid value '[object]' for Name."])
    const e3 = await fail(ec2.runInstances(np({ MinCount: 1, MaxCount: cyclic }) as never))
    expect(e3.code).toBe("InvalidParameterValue")
  })

  it("a request whose getters throw is a typed error (decoding never dies)", async () => {
    const hostile = Object.defineProperty(Object.create(null) as object, "MaxResults", {
      enumerable: true,
      get: () => {
        throw new TypeError("boom")
      }
    })
    const e = await fail(ec2.describeVolumes(hostile as never))
    expect([e.code, e.reason.message]).toEqual(["InvalidParameterValue", "The request could not be decoded."])
  })

  it("decodeRequest is the schema's decoding", () => {
    const ok = Effect.runSync(Ec2.decodeRequest("describeVolumes", { VolumeIds: ["vol-0123abcd"] }))
    expect(ok).toEqual(Schema.decodeUnknownSync(Shapes.DescribeVolumesRequest)({ VolumeIds: ["vol-0123abcd"] }))
  })
})
