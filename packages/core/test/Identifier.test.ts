import { Effect, Random, Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Identifier from "../src/Identifier.js"

const kindArb = fc.constantFrom(...Identifier.allKinds)
const hexChar = fc.constantFrom(..."0123456789abcdef".split(""))
const hexOf = (n: number) => fc.array(hexChar, { minLength: n, maxLength: n }).map((a) => a.join(""))

const errorOf = <A>(r: Result.Result<A, { readonly code: string; readonly reason: { readonly message: string } }>) =>
  Result.isFailure(r) ? { code: r.failure.code, message: r.failure.reason.message } : undefined

describe("Identifier", () => {
  it("property: generated ids parse and are prefix + 17 lowercase hex (seeded Random)", () =>
    fc.assert(
      fc.property(kindArb, fc.string(), (kind, seed) => {
        const id = Effect.runSync(Identifier.generate(kind).pipe(Random.withSeed(seed)))
        expect(id).toMatch(new RegExp(`^${Identifier.kinds[kind].prefix}[0-9a-f]{17}$`))
        expect(Result.isSuccess(Identifier.parse(kind, id))).toBe(true)
        expect(Schema.is(Identifier.schemas[kind])(id)).toBe(true)
        expect(Identifier.kindOf(id)).toBe(kind)
      }),
      { numRuns: 2000 }
    ))

  it("generation is deterministic for a seed", () => {
    const run = () => Effect.runSync(Identifier.generate("instance").pipe(Random.withSeed("fixed")))
    expect(run()).toBe(run())
  })

  it("property: any 8- or 17-hex form parses", () =>
    fc.assert(
      fc.property(kindArb, fc.oneof(hexOf(8), hexOf(17)), (kind, body) => {
        const s = `${Identifier.kinds[kind].prefix}${body}`
        const r = Identifier.parse(kind, s)
        expect(Result.isSuccess(r) && r.success).toBe(s)
        expect(Identifier.is(kind)(s)).toBe(true)
      }),
      { numRuns: 2000 }
    ))

  it("property: other lengths (1-7, 9-16, 18-24) are rejected with the kind's Malformed code", () =>
    fc.assert(
      fc.property(
        kindArb,
        fc.integer({ min: 0, max: 24 }).filter((n) => n !== 8 && n !== 17).chain(hexOf),
        (kind, body) => {
          const s = `${Identifier.kinds[kind].prefix}${body}`
          expect(errorOf(Identifier.parse(kind, s))).toEqual({
            code: Identifier.kinds[kind].malformedCode,
            message: `Invalid id: "${s}"`
          })
        }
      ),
      { numRuns: 2000 }
    ))

  it("property: non-hex, uppercase and whitespace are rejected", () =>
    fc.assert(
      fc.property(
        kindArb,
        fc.constantFrom(8, 17).chain(hexOf),
        fc.nat(),
        fc.constantFrom("G", "z", "A", "F", " ", "\t", "\n", "-", "_", "é"),
        (kind, body, at, bad) => {
          const i = at % body.length
          const variants = [
            `${Identifier.kinds[kind].prefix}${body.slice(0, i)}${bad}${body.slice(i + 1)}`,
            ` ${Identifier.kinds[kind].prefix}${body}`,
            `${Identifier.kinds[kind].prefix}${body}\n`,
            `${Identifier.kinds[kind].prefix.toUpperCase()}${body}`
          ]
          for (const s of variants) {
            const e = errorOf(Identifier.parse(kind, s))
            expect(e?.code).toBe(Identifier.kinds[kind].malformedCode)
            expect(e?.message.startsWith(`Invalid id: "${s}"`)).toBe(true)
          }
        }
      ),
      { numRuns: 2000 }
    ))

  it("property: a well-formed id of another kind is rejected with this kind's code", () =>
    fc.assert(
      fc.property(kindArb, kindArb, fc.constantFrom(8, 17).chain(hexOf), (kind, other, body) => {
        fc.pre(kind !== other)
        const s = `${Identifier.kinds[other].prefix}${body}`
        const e = errorOf(Identifier.parse(kind, s))
        expect(e?.code).toBe(Identifier.kinds[kind].malformedCode)
        expect(e?.message).toBe(Identifier.malformedMessage(kind, s))
      }),
      { numRuns: 2000 }
    ))

  it("property: random strings never parse unless they match the format", () =>
    fc.assert(
      fc.property(kindArb, fc.string({ maxLength: 30 }), (kind, s) => {
        const wellFormed = new RegExp(`^${Identifier.kinds[kind].prefix}([0-9a-f]{8}|[0-9a-f]{17})$`).test(s)
        const r = Identifier.parse(kind, s)
        expect(Result.isSuccess(r)).toBe(wellFormed)
        if (!wellFormed) expect(errorOf(r)?.code).toBe(Identifier.kinds[kind].malformedCode)
      }),
      { numRuns: 2000 }
    ))

  const malformedCases: Array<[Identifier.Kind, string, string, string]> = [
    ["instance", "i-123", "InvalidInstanceID.Malformed", 'Invalid id: "i-123"'],
    ["instance", "ma1", "InvalidInstanceID.Malformed", 'Invalid id: "ma1"'],
    ["reservation", "r-1", "InvalidReservationID.Malformed", 'Invalid id: "r-1"'],
    ["reservation", "x", "InvalidReservationID.Malformed", 'Invalid id: "x" (expecting "r-...")'],
    ["volume", "vol-malformedvolume", "InvalidVolumeID.Malformed", 'Invalid id: "vol-malformedvolume"'],
    ["volume", "v-1234abcd", "InvalidVolumeID.Malformed", 'Invalid id: "v-1234abcd" (expecting "vol-...")'],
    ["snapshot", "snapshot-wrong", "InvalidSnapshotID.Malformed", 'Invalid id: "snapshot-wrong" (expecting "snap-...")'],
    ["image", "{var.ami_id}", "InvalidAMIID.Malformed", 'Invalid id: "{var.ami_id}" (expecting "ami-...")'],
    ["image", "ami-0ebf472962bc6715", "InvalidAMIID.Malformed", 'Invalid id: "ami-0ebf472962bc6715"'],
    ["securityGroup", "tcp_elb_security_group", "InvalidGroupId.Malformed", 'Invalid id: "tcp_elb_security_group" (expecting "sg-...")'],
    ["securityGroupRule", "49.15.207.58", "InvalidSecurityGroupRuleId.Malformed", 'Invalid id: "49.15.207.58" (expecting "sgr-...")'],
    ["networkInterface", "to-set", "InvalidNetworkInterfaceId.Malformed", 'Invalid id: "to-set" (expecting "eni-...")'],
    ["allocation", "1.2.3.4", "InvalidAllocationID.Malformed", 'Invalid id: "1.2.3.4" (expecting "eipalloc-...")'],
    ["association", "eipassoc-1", "InvalidAssociationID.Malformed", 'Invalid id: "eipassoc-1"'],
    ["keyPair", "my-key", "InvalidKeyPairId.Malformed", 'Invalid id: "my-key" (expecting "key-...")'],
    ["placementGroup", "cluster-1", "InvalidPlacementGroupId.Malformed", 'Invalid id: "cluster-1" (expecting "pg-...")'],
    ["subnet", "foo", "InvalidSubnetID.Malformed", 'Invalid id: "foo" (expecting "subnet-...")'],
    ["vpc", "not-an-id", "InvalidVpcID.Malformed", 'Invalid id: "not-an-id" (expecting "vpc-...")']
  ]
  it.each(malformedCases)("parse(%s, %j) fails with %s", (kind, s, code, message) => {
    const e = Identifier.parse(kind, s)
    expect(errorOf(e)).toEqual({ code, message })
    if (Result.isFailure(e)) expect([e.failure.reason._tag, e.failure.httpStatus]).toEqual(["InvalidRequest", 400])
  })

  const notFoundCases: Array<[Identifier.Kind, string, string, string]> = [
    ["instance", "i-0123abcd", "InvalidInstanceID.NotFound", "The instance ID 'i-0123abcd' does not exist"],
    ["reservation", "r-0123abcd", "InvalidReservationID.NotFound", "The reservation ID 'r-0123abcd' does not exist"],
    ["volume", "vol-0123abcd", "InvalidVolume.NotFound", "The volume 'vol-0123abcd' does not exist."],
    ["snapshot", "snap-0123abcd", "InvalidSnapshot.NotFound", "The snapshot 'snap-0123abcd' does not exist."],
    ["image", "ami-0123abcd", "InvalidAMIID.NotFound", "The image id '[ami-0123abcd]' does not exist"],
    ["securityGroup", "sg-0123abcd", "InvalidGroup.NotFound", "The security group 'sg-0123abcd' does not exist"],
    ["securityGroupRule", "sgr-0123abcd", "InvalidSecurityGroupRuleId.NotFound", "The security group rule ID 'sgr-0123abcd' does not exist"],
    ["networkInterface", "eni-0123abcd", "InvalidNetworkInterfaceID.NotFound", "The networkInterface ID 'eni-0123abcd' does not exist"],
    ["allocation", "eipalloc-0123abcd", "InvalidAllocationID.NotFound", "The allocation ID 'eipalloc-0123abcd' does not exist"],
    ["association", "eipassoc-0123abcd", "InvalidAssociationID.NotFound", "The association ID 'eipassoc-0123abcd' does not exist"],
    ["keyPair", "key-0123abcd", "InvalidKeyPair.NotFound", "The key pair 'key-0123abcd' does not exist"],
    ["placementGroup", "pg-0123abcd", "InvalidPlacementGroup.Unknown", "The Placement Group 'pg-0123abcd' is unknown."],
    ["subnet", "subnet-0123abcd", "InvalidSubnetID.NotFound", "The subnet ID 'subnet-0123abcd' does not exist"],
    ["vpc", "vpc-0123abcd", "InvalidVpcID.NotFound", "The vpc ID 'vpc-0123abcd' does not exist"]
  ]
  it.each(notFoundCases)("notFound(%s, %s) is %s", (kind, id, code, message) => {
    const e = Identifier.notFound(kind, id)
    expect([e.code, e.reason.message, e.reason._tag]).toEqual([code, message, "NotFound"])
  })

  it("every kind has a row and a schema, prefixes are distinct", () => {
    // every kind of the table has a schema, in the same order (the count grows with each issue)
    expect(Identifier.allKinds).toEqual(Object.keys(Identifier.schemas))
    expect(new Set(Identifier.allKinds.map((k) => Identifier.kinds[k].prefix)).size).toBe(Identifier.allKinds.length)
    for (const k of Identifier.allKinds) expect(Schema.is(Identifier.schemas[k])(`${Identifier.kinds[k].prefix}0123abcd`)).toBe(true)
  })

  it("schemas decode with Schema and reject uppercase", () => {
    expect(Schema.decodeUnknownResult(Identifier.InstanceId)("i-0123456789abcdef0")._tag).toBe("Success")
    expect(Schema.decodeUnknownResult(Identifier.InstanceId)("i-0123456789ABCDEF0")._tag).toBe("Failure")
    expect(Schema.decodeUnknownResult(Identifier.VpcId)(42)._tag).toBe("Failure")
  })
})
