/**
 * Issue 11 §4: the fidelity gaps found by black-box scenarios, each pinned on the memory backend (the
 * shared cases also run in testkit's conformance suite, `conformance/Fidelity.ts`).
 */
import { type Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2, type Ec2Error, type Ec2Shapes } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"

const runs = (n: number) => (process.env["CI"] ? Math.max(n, 1000) : n)

const otherVpc = { CidrBlock: "10.9.0.0/16", Subnets: [{ AvailabilityZone: "us-east-1a", CidrBlock: "10.9.0.0/24" }] }

/** Runs a program against a fresh world (TestClock, scoped). */
const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor>, options: Ec2Memory.Options = { seed: 1, vpcs: [otherVpc] }) =>
  Effect.runPromise(Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer(options)))).pipe(Effect.provide(TestClock.layer())))

const image = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId))

const launch = (extra: Partial<(typeof Ec2Shapes.RunInstancesRequest)["Encoded"]> = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.runInstances({ ImageId: yield* image, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ...extra })
  })

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) =>
  Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))

const nonDefault = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => {
    const vpc = w.all("vpcs").find((v) => !v.IsDefault)!
    return { VpcId: vpc.VpcId, SubnetId: w.all("subnets").find((s) => s.VpcId === vpc.VpcId)!.SubnetId }
  }))

/** Lets virtual time pass and the world's timers run. */
const pass = (d: Duration.Input) =>
  Effect.gen(function*() {
    yield* TestClock.adjust(d)
    yield* Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.tick)
  })

describe("filter limits (FilterLimitExceeded)", () => {
  const tooMany = {
    code: "FilterLimitExceeded",
    message: "The maximum number of filter values specified on a single call is 200"
  }
  const values = (n: number, prefix = "i-") => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(16).padStart(17, "0")}`)

  it("201 values in one filter, or over several filters, fail every Describe; 200 pass", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const one = [{ Name: "tag:k", Values: values(201) }]
      const split = [{ Name: "tag:k", Values: values(101) }, { Name: "tag-key", Values: values(100) }]
      for (const Filters of [one, split]) {
        expect(yield* err(ec2.describeInstances({ Filters }))).toEqual(tooMany)
        expect(yield* err(ec2.describeVolumes({ Filters }))).toEqual(tooMany)
        expect(yield* err(ec2.describeSnapshots({ Filters }))).toEqual(tooMany)
        expect(yield* err(ec2.describeImages({ Filters }))).toEqual(tooMany)
        expect(yield* err(ec2.describeTags({ Filters: [{ Name: "key", Values: Filters.flatMap((f) => f.Values) }] }))).toEqual(tooMany)
        expect(yield* err(ec2.describeInstanceStatus({ Filters: [{ Name: "availability-zone", Values: values(201) }] }))).toEqual(tooMany)
        expect(yield* err(ec2.describeSecurityGroups({ Filters: [{ Name: "group-name", Values: values(201) }] }))).toEqual(tooMany)
        expect(yield* err(ec2.describeAddresses({ Filters: [{ Name: "public-ip", Values: values(201) }] }))).toEqual(tooMany)
      }
      // exactly 200 is within the limit
      expect((yield* ec2.describeInstances({ Filters: [{ Name: "tag:k", Values: values(200) }] })).Reservations).toEqual([])
      expect((yield* ec2.describeVolumes({ Filters: [{ Name: "tag:k", Values: values(100) }, { Name: "tag-key", Values: values(100) }] })).Volumes).toEqual([])
    })))

  it("a value longer than 255 characters fails; 255 passes", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      expect(yield* err(ec2.describeInstances({ Filters: [{ Name: "tag:Name", Values: ["x".repeat(256)] }] }))).toEqual({
        code: "FilterLimitExceeded",
        message: "The maximum length for a filter value is 255 characters"
      })
      expect((yield* ec2.describeInstances({ Filters: [{ Name: "tag:Name", Values: ["x".repeat(255)] }] })).Reservations).toEqual([])
    })))

  it("property: a Describe fails with FilterLimitExceeded exactly when the values add up to more than 200", async () => {
    const { ec2 } = await Effect.runPromise(Effect.scoped(Ec2Memory.make({ seed: 3 })).pipe(Effect.provide(TestClock.layer())))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 120 }), { minLength: 1, maxLength: 4 }), async (sizes) => {
        const Filters = sizes.map((n, i) => ({ Name: `tag:k${i}`, Values: values(n) }))
        const total = sizes.reduce((a, b) => a + b, 0)
        const answer = await Effect.runPromise(
          Effect.match(ec2.describeVolumes({ Filters }), { onFailure: (e) => e.code, onSuccess: () => "ok" })
        )
        expect(answer).toBe(total > 200 ? "FilterLimitExceeded" : "ok")
      }),
      { numRuns: runs(200) }
    )
  })
})

describe("RevokeSecurityGroupIngress/Egress of a rule that does not exist", () => {
  const rule = { IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "10.0.0.0/8" }] }

  it("non-default VPC: InvalidPermission.NotFound and nothing is revoked (also with a matching rule beside it)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const { VpcId } = yield* nonDefault
      const g = yield* ec2.createSecurityGroup({ GroupName: "nd", Description: "d", VpcId })
      const kept = { IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }
      yield* ec2.authorizeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [kept] })
      const notFound = { code: "InvalidPermission.NotFound", message: "The specified rule does not exist in this security group." }
      expect(yield* err(ec2.revokeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [rule] }))).toEqual(notFound)
      expect(yield* err(ec2.revokeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [kept, rule] }))).toEqual(notFound)
      expect(yield* err(ec2.revokeSecurityGroupEgress({ GroupId: g.GroupId!, IpPermissions: [rule] }))).toEqual(notFound)
      const d = yield* ec2.describeSecurityGroups({ GroupIds: [g.GroupId!] })
      expect(d.SecurityGroups?.[0]?.IpPermissions?.map((p) => p.FromPort)).toEqual([443])
      // the existing rule alone is revoked
      const ok = yield* ec2.revokeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [kept] })
      expect([ok.Return, ok.UnknownIpPermissions, ok.RevokedSecurityGroupRules?.length]).toEqual([true, undefined, 1])
    })))

  it("default VPC: success, Return true, the rule listed in UnknownIpPermissions", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const g = yield* ec2.createSecurityGroup({ GroupName: "dv", Description: "d" })
      const r = yield* ec2.revokeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [rule] })
      expect(r.Return).toBe(true)
      expect(r.UnknownIpPermissions).toEqual([{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "10.0.0.0/8" }] }])
      const e = yield* ec2.revokeSecurityGroupEgress({ GroupId: g.GroupId!, IpPermissions: [rule] })
      expect(e.UnknownIpPermissions?.length).toBe(1)
    })))
})

describe("ReleaseAddress of an associated address", () => {
  it("default VPC: disassociates and releases (the instance loses the address)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = (yield* launch()).Instances![0]!.InstanceId!
      yield* pass("10 seconds")
      const eip = yield* ec2.allocateAddress({ Domain: "vpc" })
      yield* ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: id })
      expect((yield* ec2.releaseAddress({ AllocationId: eip.AllocationId! }))).toBeDefined()
      expect(yield* err(ec2.describeAddresses({ AllocationIds: [eip.AllocationId!] }))).toMatchObject({ code: "InvalidAllocationID.NotFound" })
      const inst = (yield* ec2.describeInstances({ InstanceIds: [id] })).Reservations![0]!.Instances![0]!
      expect(inst.PublicIpAddress).not.toBe(eip.PublicIp)
    })))

  it("non-default VPC: InvalidIPAddress.InUse, nothing changes", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const { SubnetId } = yield* nonDefault
      const id = (yield* launch({ SubnetId })).Instances![0]!.InstanceId!
      yield* pass("10 seconds")
      const eip = yield* ec2.allocateAddress({ Domain: "vpc" })
      yield* ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: id })
      expect(yield* err(ec2.releaseAddress({ AllocationId: eip.AllocationId! }))).toEqual({
        code: "InvalidIPAddress.InUse",
        message: `Address ${eip.PublicIp} is in use.`
      })
      const a = yield* ec2.describeAddresses({ AllocationIds: [eip.AllocationId!] })
      expect(a.Addresses?.[0]?.InstanceId).toBe(id)
    })))
})

describe("RunInstances idempotency", () => {
  it("a retry with the same ClientToken that differs only in Placement.AvailabilityZone returns the original reservation", () =>
    run(Effect.gen(function*() {
      const a = yield* launch({ ClientToken: "tok-az", Placement: { AvailabilityZone: "us-east-1a" } })
      const b = yield* launch({ ClientToken: "tok-az", Placement: { AvailabilityZone: "us-east-1b" } })
      const c = yield* launch({ ClientToken: "tok-az" })
      expect([b.ReservationId, c.ReservationId]).toEqual([a.ReservationId, a.ReservationId])
      expect(b.Instances?.[0]?.Placement?.AvailabilityZone).toBe("us-east-1a")
      // any other member still differs
      expect(yield* err(launch({ ClientToken: "tok-az", Placement: { AvailabilityZone: "us-east-1a", Tenancy: "dedicated" } })))
        .toMatchObject({ code: "IdempotentParameterMismatch" })
    })))
})

describe("DescribeInstanceStatus of a new instance", () => {
  const checks = (id: string) =>
    Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const s = (yield* ec2.describeInstanceStatus({ InstanceIds: [id] })).InstanceStatuses?.[0]
      return [s?.InstanceStatus?.Status, s?.SystemStatus?.Status, s?.InstanceStatus?.Details?.[0]?.Status]
    })

  it("running shows initializing for both checks until instanceStatusChecks passes, then ok; again after a stop/start", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = (yield* launch()).Instances![0]!.InstanceId!
      yield* pass("5 seconds")
      expect(yield* checks(id)).toEqual(["initializing", "initializing", "initializing"])
      yield* pass("119 seconds")
      expect(yield* checks(id)).toEqual(["initializing", "initializing", "initializing"])
      yield* pass("1 second")
      expect(yield* checks(id)).toEqual(["ok", "ok", "passed"])
      yield* ec2.stopInstances({ InstanceIds: [id] })
      yield* pass("10 seconds")
      yield* ec2.startInstances({ InstanceIds: [id] })
      yield* pass("5 seconds")
      expect(yield* checks(id)).toEqual(["initializing", "initializing", "initializing"])
      yield* pass("2 minutes")
      expect(yield* checks(id)).toEqual(["ok", "ok", "passed"])
    })))

  it("the delay is configurable; immediate means ok as soon as the instance runs", () =>
    run(Effect.gen(function*() {
      const id = (yield* launch()).Instances![0]!.InstanceId!
      yield* pass("5 seconds")
      expect(yield* checks(id)).toEqual(["ok", "ok", "passed"])
    }), { seed: 1, delays: { instanceStatusChecks: "immediate" } }))

  it("an impaired check set by the Hypervisor stays impaired", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const id = (yield* launch()).Instances![0]!.InstanceId!
      yield* pass("5 seconds")
      yield* hv.setStatus(id, { InstanceStatus: "impaired" })
      yield* pass("2 minutes")
      expect(yield* checks(id)).toEqual(["impaired", "ok", "failed"])
    })))
})
