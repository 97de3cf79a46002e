import { Effect, Schema } from "effect"
import type * as Scope from "effect/Scope"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { Ec2, type Ec2Error, Ec2Shapes } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"

const CI = process.env.CI === "true" || process.env.CI === "1"

/** Runs a program against a fresh world (TestClock, scoped). */
const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor | Scope.Scope>, options: Ec2Memory.Options = { seed: 1 }) =>
  Effect.runPromise(Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer(options)))).pipe(Effect.provide(TestClock.layer())))

const image = Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId))

const launch = (extra: Partial<(typeof Ec2Shapes.RunInstancesRequest)["Encoded"]> = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    const r = yield* ec2.runInstances({ ImageId: yield* image, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ...extra })
    return r.Instances![0]!
  })

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) =>
  Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))

const instanceOf = (id: string) =>
  Effect.flatMap(Ec2.Ec2, (ec2) => Effect.map(ec2.describeInstances({ InstanceIds: [id] }), (d) => d.Reservations![0]!.Instances![0]!))

const associations = (req: (typeof Ec2Shapes.DescribeIamInstanceProfileAssociationsRequest)["Encoded"] = {}) =>
  Effect.flatMap(Ec2.Ec2, (ec2) => Effect.map(ec2.describeIamInstanceProfileAssociations(req), (d) => d.IamInstanceProfileAssociations ?? []))

const profiles = [{ InstanceProfileName: "web", RoleName: "web-role" }, { InstanceProfileName: "batch", Path: "/jobs/" }] as const

describe("instance profiles (Hypervisor)", () => {
  it("createInstanceProfile returns IAM's shape; the layer option seeds profiles", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const p = yield* hv.createInstanceProfile({ InstanceProfileName: "app", RoleName: "app-role", Path: "/team/" })
      expect(p.Arn).toBe("arn:aws:iam::123456789012:instance-profile/team/app")
      expect(p.InstanceProfileId).toMatch(/^AIPA[A-Z2-7]{17}$/)
      expect([p.InstanceProfileName, p.Path, p.Roles, p.CreateDate]).toEqual(["app", "/team/", ["app-role"], 0])
      const seeded = yield* hv.inspect((w) => w.all("instanceProfiles").map((x) => [x.InstanceProfileName, x.Arn, x.Roles]))
      expect(seeded).toEqual([
        ["web", "arn:aws:iam::123456789012:instance-profile/web", ["web-role"]],
        ["batch", "arn:aws:iam::123456789012:instance-profile/jobs/batch", []],
        ["app", "arn:aws:iam::123456789012:instance-profile/team/app", ["app-role"]]
      ])
      const ids = yield* hv.inspect((w) => new Set(w.all("instanceProfiles").map((x) => x.InstanceProfileId)).size)
      expect(ids).toBe(3)
    }), { seed: 1, instanceProfiles: profiles }))

  it("errors: duplicate names (case-insensitive), invalid name, path and role (code and message)", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      expect(yield* err(hv.createInstanceProfile({ InstanceProfileName: "WEB" }))).toEqual({
        code: "EntityAlreadyExists",
        message: "Instance Profile WEB already exists."
      })
      expect(yield* err(hv.createInstanceProfile({ InstanceProfileName: "bad name" }))).toEqual({
        code: "ValidationError",
        message: "1 validation error detected: Value 'bad name' at 'instanceProfileName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"
      })
      expect(yield* err(hv.createInstanceProfile({ InstanceProfileName: "" }))).toEqual({
        code: "ValidationError",
        message: "1 validation error detected: Value '' at 'instanceProfileName' failed to satisfy constraint: Member must have length greater than or equal to 1"
      })
      const long = "x".repeat(129)
      expect(yield* err(hv.createInstanceProfile({ InstanceProfileName: long }))).toEqual({
        code: "ValidationError",
        message: `1 validation error detected: Value '${long}' at 'instanceProfileName' failed to satisfy constraint: Member must have length less than or equal to 128`
      })
      expect(yield* err(hv.createInstanceProfile({ InstanceProfileName: "p", Path: "jobs" }))).toEqual({
        code: "ValidationError",
        message: "1 validation error detected: Value 'jobs' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"
      })
      expect(yield* err(hv.createInstanceProfile({ InstanceProfileName: "p", RoleName: "r".repeat(65) }))).toEqual({
        code: "ValidationError",
        message: `1 validation error detected: Value '${"r".repeat(65)}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64`
      })
      expect(yield* hv.inspect((w) => w.all("instanceProfiles").length)).toBe(2)
    }), { seed: 1, instanceProfiles: profiles }))

  it("an invalid seeded profile fails the layer", async () => {
    const e = await Effect.runPromise(
      Effect.flip(Effect.scoped(Effect.provide(Effect.void, Ec2Memory.layer({ instanceProfiles: [{ InstanceProfileName: "a" }, { InstanceProfileName: "A" }] }))))
        .pipe(Effect.provide(TestClock.layer()))
    )
    expect(e._tag === "Ec2Error" ? [e.code, e.reason.message] : e._tag).toEqual(["EntityAlreadyExists", "Instance Profile A already exists."])
  })
})

describe("RunInstances with IamInstanceProfile", () => {
  it("by name or ARN: the instance shows the profile; an association goes associating → associated", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const web = (yield* hv.inspect((w) => w.get("instanceProfiles", "web")))!
      const a = yield* launch({ IamInstanceProfile: { Name: "web" } })
      expect(a.IamInstanceProfile).toEqual({ Arn: web.Arn, Id: web.InstanceProfileId })
      const b = yield* launch({ IamInstanceProfile: { Arn: "arn:aws:iam::123456789012:instance-profile/jobs/batch" } })
      expect(b.IamInstanceProfile?.Arn).toBe("arn:aws:iam::123456789012:instance-profile/jobs/batch")
      const listed = yield* associations()
      expect(Schema.decodeUnknownSync(Ec2Shapes.DescribeIamInstanceProfileAssociationsResult)({ IamInstanceProfileAssociations: listed }))
        .toEqual({ IamInstanceProfileAssociations: listed })
      expect(listed.map((x) => [x.InstanceId, x.State, x.IamInstanceProfile?.Arn])).toEqual([
        [a.InstanceId, "associating", web.Arn],
        [b.InstanceId, "associating", "arn:aws:iam::123456789012:instance-profile/jobs/batch"]
      ])
      expect(listed[0]!.AssociationId).toMatch(/^iip-assoc-[0-9a-f]{17}$/)
      expect(listed[0]!.Timestamp).toEqual(new Date(0))
      yield* TestClock.adjust("4999 millis")
      expect((yield* associations()).map((x) => x.State)).toEqual(["associating", "associating"])
      yield* TestClock.adjust("1 millis")
      expect((yield* associations()).map((x) => x.State)).toEqual(["associated", "associated"])
      expect((yield* instanceOf(a.InstanceId!)).IamInstanceProfile).toEqual({ Arn: web.Arn, Id: web.InstanceProfileId })
    }), { seed: 2, instanceProfiles: profiles }))

  it("errors: unknown name, unknown ARN, Name with Arn (code and message); nothing is launched", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      expect(yield* err(launch({ IamInstanceProfile: { Name: "nope" } }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value (nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name"
      })
      // names are matched exactly
      expect((yield* err(launch({ IamInstanceProfile: { Name: "WEB" } }))).code).toBe("InvalidParameterValue")
      const arn = "arn:aws:iam::123456789012:instance-profile/nope"
      expect(yield* err(launch({ IamInstanceProfile: { Arn: arn } }))).toEqual({
        code: "InvalidParameterValue",
        message: `Value (${arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN`
      })
      expect(yield* err(launch({ IamInstanceProfile: {} }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value () for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name"
      })
      expect(yield* err(launch({ IamInstanceProfile: { Name: "web", Arn: "arn:aws:iam::123456789012:instance-profile/web" } }))).toEqual({
        code: "InvalidParameterCombination",
        message: "The parameter 'iamInstanceProfile.name' may not be used in combination with 'iamInstanceProfile.arn'"
      })
      expect(yield* hv.inspect((w) => [w.all("instances").length, w.all("iamInstanceProfileAssociations").length])).toEqual([0, 0])
    }), { seed: 3, instanceProfiles: profiles }))

  it("termination disassociates: the instance loses its profile, the association vanishes with it", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const i = yield* launch({ IamInstanceProfile: { Name: "web" } })
      yield* TestClock.adjust("5 seconds")
      yield* ec2.terminateInstances({ InstanceIds: [i.InstanceId!] })
      expect((yield* instanceOf(i.InstanceId!)).IamInstanceProfile?.Arn).toBe("arn:aws:iam::123456789012:instance-profile/web")
      yield* TestClock.adjust("5 seconds")
      const t = yield* instanceOf(i.InstanceId!)
      expect([t.State?.Name, t.IamInstanceProfile]).toEqual(["terminated", undefined])
      expect((yield* associations()).map((x) => x.State)).toEqual(["disassociated"])
      expect((yield* associations({ Filters: [{ Name: "state", Values: ["associating", "associated", "disassociating"] }] }))).toEqual([])
      yield* TestClock.adjust("1 hour")
      expect(yield* associations()).toEqual([])
    }), { seed: 4, instanceProfiles: profiles }))
})

describe("AssociateIamInstanceProfile", () => {
  it("associates a running or stopped instance; one association per instance", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const i = yield* launch()
      yield* TestClock.adjust("5 seconds")
      const r = yield* ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Name: "web" } })
      expect(Schema.decodeUnknownSync(Ec2Shapes.AssociateIamInstanceProfileResult)(r)).toEqual(r)
      const a = r.IamInstanceProfileAssociation!
      expect([a.InstanceId, a.State, a.IamInstanceProfile?.Arn, a.Timestamp]).toEqual([i.InstanceId, "associating", "arn:aws:iam::123456789012:instance-profile/web", new Date(5000)])
      expect((yield* instanceOf(i.InstanceId!)).IamInstanceProfile?.Arn).toBe("arn:aws:iam::123456789012:instance-profile/web")
      expect(yield* err(ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Name: "batch" } }))).toEqual({
        code: "IncorrectState",
        message: `There is an existing association for instance ${i.InstanceId}`
      })
      // a stopped instance can be associated too
      const j = yield* launch()
      yield* TestClock.adjust("5 seconds")
      yield* ec2.stopInstances({ InstanceIds: [j.InstanceId!] })
      yield* TestClock.adjust("5 seconds")
      const s = yield* ec2.associateIamInstanceProfile({ InstanceId: j.InstanceId!, IamInstanceProfile: { Arn: "arn:aws:iam::123456789012:instance-profile/jobs/batch" } })
      expect(s.IamInstanceProfileAssociation?.State).toBe("associating")
    }), { seed: 5, instanceProfiles: profiles }))

  it("errors: unknown and malformed instance, missing profile, unknown profile, wrong state (code and message)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      expect(yield* err(ec2.associateIamInstanceProfile({ InstanceId: "i-0123456789abcdef0", IamInstanceProfile: { Name: "web" } }))).toEqual({
        code: "InvalidInstanceID.NotFound",
        message: "The instance ID 'i-0123456789abcdef0' does not exist"
      })
      expect((yield* err(ec2.associateIamInstanceProfile({ InstanceId: "i-1", IamInstanceProfile: { Name: "web" } }))).code).toBe("InvalidInstanceID.Malformed")
      expect(yield* err(ec2.associateIamInstanceProfile({ InstanceId: "i-0123456789abcdef0" } as never))).toEqual({
        code: "MissingParameter",
        message: "The request must contain the parameter IamInstanceProfile"
      })
      const i = yield* launch()
      expect(yield* err(ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Name: "nope" } }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value (nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name"
      })
      expect(yield* err(ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Arn: "arn:aws:iam::123456789012:instance-profile/nope" } }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value (arn:aws:iam::123456789012:instance-profile/nope) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN"
      })
      // pending
      expect(yield* err(ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Name: "web" } }))).toEqual({
        code: "IncorrectInstanceState",
        message: `The instance '${i.InstanceId}' is not in the 'running' or 'stopped' states.`
      })
      yield* TestClock.adjust("5 seconds")
      yield* ec2.terminateInstances({ InstanceIds: [i.InstanceId!] })
      expect(yield* err(ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Name: "web" } }))).toEqual({
        code: "IncorrectInstanceState",
        message: `The instance '${i.InstanceId}' is not in the 'running' or 'stopped' states.`
      })
      expect(yield* associations()).toEqual([])
    }), { seed: 6, instanceProfiles: profiles }))
})

describe("ReplaceIamInstanceProfileAssociation and DisassociateIamInstanceProfile", () => {
  it("replace: a new associating association; the old one is disassociated; the instance follows", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const i = yield* launch({ IamInstanceProfile: { Name: "web" } })
      yield* TestClock.adjust("5 seconds")
      const [old] = yield* associations()
      const r = yield* ec2.replaceIamInstanceProfileAssociation({ AssociationId: old!.AssociationId!, IamInstanceProfile: { Name: "batch" } })
      expect(Schema.decodeUnknownSync(Ec2Shapes.ReplaceIamInstanceProfileAssociationResult)(r)).toEqual(r)
      const n = r.IamInstanceProfileAssociation!
      expect(n.AssociationId).not.toBe(old!.AssociationId)
      expect([n.InstanceId, n.State, n.IamInstanceProfile?.Arn]).toEqual([i.InstanceId, "associating", "arn:aws:iam::123456789012:instance-profile/jobs/batch"])
      expect((yield* associations({ AssociationIds: [old!.AssociationId!] }))[0]!.State).toBe("disassociated")
      expect((yield* instanceOf(i.InstanceId!)).IamInstanceProfile).toEqual(n.IamInstanceProfile)
      yield* TestClock.adjust("5 seconds")
      expect((yield* associations({ Filters: [{ Name: "instance-id", Values: [i.InstanceId!] }, { Name: "state", Values: ["associated"] }] })).map((x) => x.AssociationId))
        .toEqual([n.AssociationId])
    }), { seed: 7, instanceProfiles: profiles }))

  it("disassociate: disassociating → disassociated, then the instance has no profile", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const i = yield* launch({ IamInstanceProfile: { Name: "web" } })
      yield* TestClock.adjust("5 seconds")
      const [a] = yield* associations()
      const d = yield* ec2.disassociateIamInstanceProfile({ AssociationId: a!.AssociationId! })
      expect(Schema.decodeUnknownSync(Ec2Shapes.DisassociateIamInstanceProfileResult)(d)).toEqual(d)
      expect([d.IamInstanceProfileAssociation?.AssociationId, d.IamInstanceProfileAssociation?.State]).toEqual([a!.AssociationId, "disassociating"])
      expect((yield* instanceOf(i.InstanceId!)).IamInstanceProfile?.Arn).toBe("arn:aws:iam::123456789012:instance-profile/web")
      yield* TestClock.adjust("5 seconds")
      expect((yield* associations()).map((x) => x.State)).toEqual(["disassociated"])
      expect((yield* instanceOf(i.InstanceId!)).IamInstanceProfile).toBeUndefined()
      // and a new one can be made
      const again = yield* ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Name: "batch" } })
      expect(again.IamInstanceProfileAssociation?.State).toBe("associating")
    }), { seed: 8, instanceProfiles: profiles }))

  it("errors: malformed and unknown association, not active, wrong instance state (code and message)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      for (const bad of ["i-0123456789abcdef0", "iip-assoc-XYZ", "eipassoc-0123456789abcdef0"]) {
        expect(yield* err(ec2.replaceIamInstanceProfileAssociation({ AssociationId: bad, IamInstanceProfile: { Name: "web" } }))).toEqual({
          code: "InvalidParameterValue",
          message: "Invalid value for associationId."
        })
        expect(yield* err(ec2.disassociateIamInstanceProfile({ AssociationId: bad }))).toEqual({
          code: "InvalidParameterValue",
          message: "Invalid value for associationId."
        })
      }
      const unknown = "iip-assoc-0123456789abcdef0"
      const notFound = { code: "InvalidAssociationID.NotFound", message: `The association ID '${unknown}' does not exist` }
      expect(yield* err(ec2.replaceIamInstanceProfileAssociation({ AssociationId: unknown, IamInstanceProfile: { Name: "web" } }))).toEqual(notFound)
      expect(yield* err(ec2.disassociateIamInstanceProfile({ AssociationId: unknown }))).toEqual(notFound)
      expect(yield* err(ec2.describeIamInstanceProfileAssociations({ AssociationIds: [unknown] }))).toEqual(notFound)
      expect(yield* err(ec2.describeIamInstanceProfileAssociations({ AssociationIds: ["nope"] }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid value for associationId."
      })

      const i = yield* launch({ IamInstanceProfile: { Name: "web" } })
      const [a] = yield* associations()
      const id = a!.AssociationId!
      const notActive = { code: "IncorrectState", message: `The association ${id} is not the active association` }
      // associating (and the instance pending)
      expect(yield* err(ec2.replaceIamInstanceProfileAssociation({ AssociationId: id, IamInstanceProfile: { Name: "batch" } }))).toEqual(notActive)
      expect(yield* err(ec2.disassociateIamInstanceProfile({ AssociationId: id }))).toEqual({
        code: "IncorrectInstanceState",
        message: `The instance '${i.InstanceId}' is not in the 'running' or 'stopped' states.`
      })
      yield* TestClock.adjust("5 seconds")
      expect(yield* err(ec2.replaceIamInstanceProfileAssociation({ AssociationId: id, IamInstanceProfile: { Name: "nope" } }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value (nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name"
      })
      // stopped: replace is refused (aws/aws-cli#5251)
      yield* ec2.stopInstances({ InstanceIds: [i.InstanceId!] })
      yield* TestClock.adjust("5 seconds")
      expect(yield* err(ec2.replaceIamInstanceProfileAssociation({ AssociationId: id, IamInstanceProfile: { Name: "batch" } }))).toEqual(notActive)
      // disassociating
      yield* ec2.disassociateIamInstanceProfile({ AssociationId: id })
      expect(yield* err(ec2.disassociateIamInstanceProfile({ AssociationId: id }))).toEqual(notActive)
      expect(yield* err(ec2.replaceIamInstanceProfileAssociation({ AssociationId: id, IamInstanceProfile: { Name: "batch" } }))).toEqual(notActive)
      // disassociated
      yield* TestClock.adjust("5 seconds")
      expect(yield* err(ec2.disassociateIamInstanceProfile({ AssociationId: id }))).toEqual({
        code: "InvalidAssociationID.NotFound",
        message: `The association ID '${id}' does not exist`
      })
      expect(yield* err(ec2.replaceIamInstanceProfileAssociation({ AssociationId: id, IamInstanceProfile: { Name: "batch" } }))).toEqual(notActive)
    }), { seed: 9, instanceProfiles: profiles }))
})

describe("DescribeIamInstanceProfileAssociations", () => {
  it("filters instance-id and state, AssociationIds, MaxResults/NextToken", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const ids: Array<string> = []
      for (let k = 0; k < 7; k++) ids.push((yield* launch({ IamInstanceProfile: { Name: k % 2 === 0 ? "web" : "batch" } })).InstanceId!)
      const all = yield* associations()
      expect(all.map((a) => a.InstanceId)).toEqual(ids)
      expect((yield* associations({ Filters: [{ Name: "instance-id", Values: [ids[2]!, ids[4]!] }] })).map((a) => a.InstanceId)).toEqual([ids[2], ids[4]])
      expect((yield* associations({ Filters: [{ Name: "state", Values: ["associ*"] }] })).length).toBe(7)
      expect((yield* associations({ AssociationIds: [all[3]!.AssociationId!, all[1]!.AssociationId!] })).map((a) => a.AssociationId))
        .toEqual([all[1]!.AssociationId, all[3]!.AssociationId])
      const p1 = yield* ec2.describeIamInstanceProfileAssociations({ MaxResults: 5 })
      expect(p1.IamInstanceProfileAssociations?.length).toBe(5)
      const p2 = yield* ec2.describeIamInstanceProfileAssociations({ MaxResults: 5, NextToken: p1.NextToken! })
      expect([...p1.IamInstanceProfileAssociations!, ...p2.IamInstanceProfileAssociations!]).toEqual(all)
      expect(p2.NextToken).toBeUndefined()
    }), { seed: 10, instanceProfiles: profiles }))

  it("errors: bad MaxResults, AssociationIds with MaxResults, bad NextToken, unknown filter (code and message)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      expect(yield* err(ec2.describeIamInstanceProfileAssociations({ MaxResults: 4 }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value ( 4 ) for parameter maxResults is invalid. Expecting a value greater than 5."
      })
      expect(yield* err(ec2.describeIamInstanceProfileAssociations({ AssociationIds: ["iip-assoc-0123456789abcdef0"], MaxResults: 5 }))).toEqual({
        code: "InvalidParameterCombination",
        message: "The parameter AssociationIds cannot be used with the parameter maxResults"
      })
      expect(yield* err(ec2.describeIamInstanceProfileAssociations({ NextToken: "garbage" }))).toEqual({
        code: "InvalidParameterValue",
        message: "Value ( garbage ) for parameter NextToken is invalid. The token is invalid."
      })
      expect(yield* err(ec2.describeIamInstanceProfileAssociations({ Filters: [{ Name: "profile", Values: ["x"] }] }))).toEqual({
        code: "InvalidParameterValue",
        message: "The filter 'profile' is invalid"
      })
    }), { seed: 11, instanceProfiles: profiles }))
})

describe("delays", () => {
  it("immediate: the answer shows the transitional state, the next call the settled one", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const i = yield* launch()
      const r = yield* ec2.associateIamInstanceProfile({ InstanceId: i.InstanceId!, IamInstanceProfile: { Name: "web" } })
      expect(r.IamInstanceProfileAssociation?.State).toBe("associating")
      expect((yield* associations()).map((a) => a.State)).toEqual(["associated"])
      const d = yield* ec2.disassociateIamInstanceProfile({ AssociationId: r.IamInstanceProfileAssociation!.AssociationId! })
      expect(d.IamInstanceProfileAssociation?.State).toBe("disassociating")
      expect((yield* instanceOf(i.InstanceId!)).IamInstanceProfile).toBeUndefined()
    }), { seed: 12, instanceProfiles: profiles, delays: { instancePending: "immediate", iamInstanceProfileAssociation: "immediate" } }))

  it("a custom delay is honoured", () =>
    run(Effect.gen(function*() {
      yield* launch({ IamInstanceProfile: { Name: "web" } })
      yield* TestClock.adjust("29 seconds")
      expect((yield* associations()).map((a) => a.State)).toEqual(["associating"])
      yield* TestClock.adjust("1 second")
      expect((yield* associations()).map((a) => a.State)).toEqual(["associated"])
    }), { seed: 13, instanceProfiles: profiles, delays: { iamInstanceProfileAssociation: "30 seconds" } }))
})

describe("snapshots and persistence", () => {
  it("snapshot → restore keeps profiles, associations and their pending transitions", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.createInstanceProfile({ InstanceProfileName: "extra", RoleName: "r" })
      const i = yield* launch({ IamInstanceProfile: { Name: "extra" } })
      const snap = yield* hv.snapshot
      const before = yield* hv.inspect((w) => [w.all("instanceProfiles"), w.all("iamInstanceProfileAssociations")])
      const other = yield* Ec2Memory.make({ seed: 99 })
      yield* other.hypervisor.restore(snap)
      expect(yield* other.hypervisor.inspect((w) => [w.all("instanceProfiles"), w.all("iamInstanceProfileAssociations")])).toEqual(before)
      expect(Buffer.from(yield* other.hypervisor.snapshot).equals(Buffer.from(snap))).toBe(true)
      yield* TestClock.adjust("5 seconds")
      const restored = yield* other.ec2.describeIamInstanceProfileAssociations({})
      expect(restored.IamInstanceProfileAssociations?.map((a) => [a.InstanceId, a.State])).toEqual([[i.InstanceId, "associated"]])
      expect(yield* err(other.hypervisor.createInstanceProfile({ InstanceProfileName: "extra" }))).toEqual({
        code: "EntityAlreadyExists",
        message: "Instance Profile extra already exists."
      })
    }), { seed: 14, instanceProfiles: profiles }))

  it("persistence: a reopened world keeps profiles and associations (seeds are not re-applied)", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-")), "world.ec2kit")
    const first = await run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.createInstanceProfile({ InstanceProfileName: "later" })
      const i = yield* launch({ IamInstanceProfile: { Name: "later" } })
      yield* TestClock.adjust("5 seconds")
      return { id: i.InstanceId!, snap: yield* hv.snapshot }
    }), { seed: 15, instanceProfiles: profiles, persistence: { path: file } })
    await run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      expect(Buffer.from(yield* hv.snapshot).equals(Buffer.from(first.snap))).toBe(true)
      expect(yield* hv.inspect((w) => w.all("instanceProfiles").map((p) => p.InstanceProfileName))).toEqual(["web", "batch", "later"])
      expect((yield* associations()).map((a) => [a.InstanceId, a.State])).toEqual([[first.id, "associated"]])
      expect((yield* instanceOf(first.id)).IamInstanceProfile?.Arn).toBe("arn:aws:iam::123456789012:instance-profile/later")
    }), { seed: 15, instanceProfiles: profiles, persistence: { path: file } })
  })
})

describe("property: associations over random operation sequences", () => {
  type Op =
    | { readonly k: "run"; readonly p: number | undefined }
    | { readonly k: "associate" | "replace"; readonly i: number; readonly p: number }
    | { readonly k: "disassociate" | "terminate" | "stop" | "start"; readonly i: number }
    | { readonly k: "wait"; readonly s: number }
  const names = ["web", "batch", "missing"] as const
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ k: fc.constant("run" as const), p: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }) }),
    fc.record({ k: fc.constantFrom("associate" as const, "replace" as const), i: fc.nat(), p: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ k: fc.constantFrom("disassociate" as const, "terminate" as const, "stop" as const, "start" as const), i: fc.nat() }),
    fc.record({ k: fc.constant("wait" as const), s: fc.integer({ min: 0, max: 8 }) })
  )
  // every failure must be one of AWS's answers modelled here
  const expected = new Set([
    "IncorrectState",
    "IncorrectInstanceState",
    "InvalidParameterValue",
    "InvalidAssociationID.NotFound"
  ])

  it("at most one non-disassociated association per instance; DescribeInstances shows exactly its profile", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), fc.boolean(), async (ops, immediate) => {
        await run(Effect.gen(function*() {
          const ec2 = yield* Ec2.Ec2
          const hv = yield* Hypervisor.Hypervisor
          const instances = () => hv.inspect((w) => w.all("instances").map((r) => r.InstanceId))
          const check = Effect.gen(function*() {
            const all = yield* associations()
            const d = yield* ec2.describeInstances({})
            for (const inst of d.Reservations?.flatMap((r) => r.Instances ?? []) ?? []) {
              const active = all.filter((a) => a.InstanceId === inst.InstanceId && a.State !== "disassociated")
              expect(active.length).toBeLessThanOrEqual(1)
              expect(inst.IamInstanceProfile).toEqual(active[0]?.IamInstanceProfile)
              if (inst.State?.Name === "terminated") expect(active).toEqual([])
            }
            // associations only of known instances
            const known = new Set(yield* instances())
            for (const a of all) expect(known.has(a.InstanceId!)).toBe(true)
          })
          for (const o of ops) {
            const ids = yield* instances()
            const pick = (i: number) => ids[i % ids.length]!
            let attempt: Effect.Effect<unknown, Ec2Error.Ec2Error, Ec2.Ec2 | Hypervisor.Hypervisor> | undefined
            if (o.k === "run") {
              attempt = launch(o.p === undefined ? {} : { IamInstanceProfile: { Name: names[o.p]! } })
            } else if (o.k === "wait") {
              yield* TestClock.adjust(`${o.s} seconds`)
            } else if (ids.length > 0) {
              const id = pick(o.i)
              if (o.k === "associate") {
                attempt = ec2.associateIamInstanceProfile({ InstanceId: id, IamInstanceProfile: { Name: names[o.p]! } })
              } else if (o.k === "replace" || o.k === "disassociate") {
                const current = (yield* associations({ Filters: [{ Name: "instance-id", Values: [id] }] })).find((a) => a.State !== "disassociated")
                if (current !== undefined) {
                  attempt = o.k === "replace"
                    ? ec2.replaceIamInstanceProfileAssociation({ AssociationId: current.AssociationId!, IamInstanceProfile: { Name: names[o.p]! } })
                    : ec2.disassociateIamInstanceProfile({ AssociationId: current.AssociationId! })
                }
              } else if (o.k === "terminate") attempt = ec2.terminateInstances({ InstanceIds: [id] })
              else if (o.k === "stop") attempt = ec2.stopInstances({ InstanceIds: [id] })
              else attempt = ec2.startInstances({ InstanceIds: [id] })
            }
            if (attempt !== undefined) {
              const r = yield* Effect.result(attempt)
              if (r._tag === "Failure") expect(expected.has(r.failure.code)).toBe(true)
            }
            yield* check
          }
        }), {
          seed: 21,
          instanceProfiles: profiles,
          ...(immediate ? { delays: { instancePending: "immediate", instanceStopping: "immediate", instanceShuttingDown: "immediate", iamInstanceProfileAssociation: "immediate" } } : {})
        })
      }),
      { numRuns: CI ? 1000 : 200 }
    )
  })
})
