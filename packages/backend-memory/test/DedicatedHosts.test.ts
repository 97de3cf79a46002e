/**
 * Dedicated Hosts and Dedicated Instances (`src/operations/hosts.ts`, `hostCapacity.ts`,
 * `reservationAdmission.ts`) through `Ec2.Ec2` and `Hypervisor` in virtual time.
 */
import { Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2, type Ec2Error, type Ec2Shapes } from "@ec2kit/core"
import { Hypervisor } from "@ec2kit/backend-memory"
import { image, run } from "./world.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

type RunRequest = Partial<(typeof Ec2Shapes.RunInstancesRequest)["Encoded"]>

const AZ = "us-east-1a"

const launch = (extra: RunRequest = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.runInstances({ ImageId: yield* image, InstanceType: "m5.large", MinCount: 1, MaxCount: 1, Placement: { AvailabilityZone: AZ }, ...extra })
  })

const allocate = (extra: Partial<Ec2Shapes.AllocateHostsRequest> = {}) =>
  Effect.flatMap(Ec2.Ec2, (ec2) => ec2.allocateHosts({ InstanceType: "m5.large", AvailabilityZone: AZ, Quantity: 1, ...extra })).pipe(Effect.map((r) => r.HostIds!))

const host = (id: string) => Effect.flatMap(Ec2.Ec2, (ec2) => ec2.describeHosts({ HostIds: [id] })).pipe(Effect.map((r) => r.Hosts![0]!))

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) => Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))

const ids = (r: { readonly Instances?: ReadonlyArray<{ readonly InstanceId?: string | undefined }> | undefined }) => r.Instances!.map((i) => i.InstanceId!)

const state = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => JSON.stringify([[...w.all("instances")], [...w.all("dedicatedHosts")], [...w.all("tags")]]))
)

const onHost = (hostId: string) => ({ Placement: { AvailabilityZone: AZ, Tenancy: "host" as const, HostId: hostId } })

describe("dedicated hosts", () => {
  it("AllocateHosts and DescribeHosts: AWS's Host shape, HostProperties and per-type capacity from the catalogue", () =>
    run(Effect.gen(function*() {
      const [id] = yield* allocate({ TagSpecifications: [{ ResourceType: "dedicated-host", Tags: [{ Key: "k", Value: "v" }] }] })
      expect(id).toMatch(/^h-[0-9a-f]{17}$/)
      const h = yield* host(id!)
      expect(h).toMatchObject({
        AutoPlacement: "off",
        AvailabilityZone: AZ,
        AvailabilityZoneId: "use1-az1",
        HostId: id,
        HostProperties: { Cores: 48, InstanceType: "m5.large", Sockets: 2, TotalVCpus: 96 },
        AvailableCapacity: { AvailableInstanceCapacity: [{ InstanceType: "m5.large", AvailableCapacity: 48, TotalCapacity: 48 }], AvailableVCpus: 96 },
        Instances: [],
        State: "available",
        HostRecovery: "off",
        AllowsMultipleInstanceTypes: "off",
        Tags: [{ Key: "k", Value: "v" }]
      })
      const [fam] = yield* allocate({ InstanceType: undefined, InstanceFamily: "m5" } as never)
      const f = yield* host(fam!)
      expect(f.AllowsMultipleInstanceTypes).toBe("on")
      expect(f.HostProperties).toEqual({ Cores: 48, InstanceFamily: "m5", Sockets: 2, TotalVCpus: 96 })
      expect(f.AvailableCapacity!.AvailableInstanceCapacity!.find((c) => c.InstanceType === "m5.24xlarge")).toEqual({ InstanceType: "m5.24xlarge", AvailableCapacity: 1, TotalCapacity: 1 })
      const t3 = yield* host((yield* allocate({ InstanceType: "t3.nano" }))[0]!)
      expect(t3.HostProperties).toMatchObject({ Cores: 48 })
      expect(t3.AvailableCapacity!.AvailableInstanceCapacity).toEqual([{ InstanceType: "t3.nano", AvailableCapacity: 192, TotalCapacity: 192 }])
    })))

  it("launches target a host (HostId) or auto-placement hosts; capacity is enforced; instances show on the host", () =>
    run(Effect.gen(function*() {
      const [big] = yield* allocate({ InstanceType: "m5.24xlarge" })
      const r = yield* launch({ InstanceType: "m5.24xlarge", ...onHost(big!) })
      expect(r.Instances![0]!.Placement).toMatchObject({ Tenancy: "host", HostId: big, Affinity: "default" })
      expect(yield* err(launch({ InstanceType: "m5.24xlarge", ...onHost(big!) }))).toMatchObject({ code: "InsufficientHostCapacity" })
      expect((yield* host(big!)).Instances).toEqual([{ InstanceId: ids(r)[0], InstanceType: "m5.24xlarge", OwnerId: expect.any(String) }])
      expect((yield* host(big!)).AvailableCapacity!.AvailableInstanceCapacity![0]!.AvailableCapacity).toBe(0)
      const byHost = yield* Effect.flatMap(Ec2.Ec2, (ec2) => ec2.describeInstances({ Filters: [{ Name: "host-id", Values: [big!] }, { Name: "affinity", Values: ["default"] }] }))
      expect(byHost.Reservations!.flatMap((x) => x.Instances!).map((i) => i.InstanceId)).toEqual(ids(r))
      // untargeted host launches need a host with auto-placement on
      expect(yield* err(launch({ Placement: { AvailabilityZone: AZ, Tenancy: "host" } }))).toMatchObject({ code: "InsufficientHostCapacity" })
      yield* allocate({ AutoPlacement: "on" })
      const auto = yield* launch({ MaxCount: 60, Placement: { AvailabilityZone: AZ, Tenancy: "host" } })
      expect(auto.Instances).toHaveLength(48)
    })))

  it("a launch naming a host without an AZ or subnet goes to the host's AZ", () =>
    run(Effect.gen(function*() {
      const [h] = yield* allocate({ AvailabilityZone: "us-east-1c" })
      const r = yield* launch({ Placement: { Tenancy: "host", HostId: h! } })
      expect(r.Instances![0]!.Placement).toMatchObject({ AvailabilityZone: "us-east-1c", HostId: h })
    })))

  it("ReleaseHosts: an occupied host is Client.InvalidHost.Occupied; a free one is released and stays visible", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const [a, b] = yield* allocate({ Quantity: 2 })
      const [i] = ids(yield* launch(onHost(a!)))
      const out = yield* ec2.releaseHosts({ HostIds: [a!, b!, "h-0123456789abcdef0"] })
      expect(out.Successful).toEqual([b])
      expect(out.Unsuccessful).toEqual([
        { ResourceId: a, Error: { Code: "Client.InvalidHost.Occupied", Message: `Dedicated host '${a}' cannot be released as it is occupied` } },
        { ResourceId: "h-0123456789abcdef0", Error: { Code: "Client.InvalidHostID.NotFound", Message: "The host ID 'h-0123456789abcdef0' does not exist" } }
      ])
      expect(yield* host(b!)).toMatchObject({ State: "released", ReleaseTime: expect.any(Date) })
      expect(yield* err(launch(onHost(b!)))).toMatchObject({ code: "InvalidHostID.NotFound" })
      yield* ec2.terminateInstances({ InstanceIds: [i!] })
      yield* TestClock.adjust(Duration.minutes(5))
      expect((yield* ec2.releaseHosts({ HostIds: [a!] })).Successful).toEqual([a])
    })))

  it("host affinity: a stopped instance starts on its host again; T3 on a host runs standard credits only", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const [a] = yield* allocate({ InstanceType: "m5.24xlarge" })
      const [i] = ids(yield* launch({ InstanceType: "m5.24xlarge", Placement: { AvailabilityZone: AZ, Tenancy: "host", HostId: a!, Affinity: "host" } }))
      yield* TestClock.adjust(Duration.minutes(1))
      yield* ec2.stopInstances({ InstanceIds: [i!] })
      yield* TestClock.adjust(Duration.minutes(5))
      // while it is stopped, the host's place is free and another instance takes it
      const [j] = ids(yield* launch({ InstanceType: "m5.24xlarge", ...onHost(a!) }))
      expect(yield* err(ec2.startInstances({ InstanceIds: [i!] }))).toMatchObject({ code: "InsufficientHostCapacity" })
      yield* ec2.terminateInstances({ InstanceIds: [j!] })
      yield* TestClock.adjust(Duration.minutes(5))
      yield* ec2.startInstances({ InstanceIds: [i!] })
      const d = yield* ec2.describeInstances({ InstanceIds: [i!] })
      expect(d.Reservations![0]!.Instances![0]!.Placement).toMatchObject({ HostId: a, Affinity: "host", Tenancy: "host" })
      const [t] = yield* allocate({ InstanceType: "t3.micro" })
      expect(yield* err(launch({ InstanceType: "t3.micro", CreditSpecification: { CpuCredits: "unlimited" }, ...onHost(t!) }))).toMatchObject({
        code: "InvalidParameterCombination"
      })
      const [ti] = ids(yield* launch({ InstanceType: "t3.micro", ...onHost(t!) }))
      const hv = yield* Hypervisor.Hypervisor
      expect(yield* hv.inspect((w) => w.get("instances", ti!)!.CpuCredits)).toBe("standard")
    })))

  it("refusals: HostResourceGroupArn, type and family together, HostId without host tenancy, another type; nothing changes", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const [a] = yield* allocate()
      const before = yield* state
      expect(yield* err(launch({ Placement: { AvailabilityZone: AZ, Tenancy: "host", HostResourceGroupArn: "arn:aws:resource-groups:us-east-1:123456789012:group/g" } })))
        .toMatchObject({ code: "UnsupportedOperation" })
      expect(yield* err(ec2.allocateHosts({ InstanceType: "m5.large", InstanceFamily: "m5", AvailabilityZone: AZ }))).toEqual({
        code: "InvalidParameterCombination",
        message: "You cannot specify InstanceType and InstanceFamily in the same request."
      })
      expect(yield* err(launch({ Placement: { AvailabilityZone: AZ, Tenancy: "default", HostId: a! } }))).toMatchObject({ code: "InvalidParameterCombination" })
      expect(yield* err(launch({ InstanceType: "c5.large", ...onHost(a!) }))).toMatchObject({ code: "InvalidParameterValue" })
      expect(yield* err(ec2.describeHosts({ HostIds: ["h-0123456789abcdef0"] }))).toMatchObject({ code: "InvalidHostID.NotFound" })
      expect(yield* err(ec2.describeHosts({ MaxResults: 4 }))).toMatchObject({ code: "InvalidParameterValue" })
      expect(yield* err(ec2.allocateHosts({ InstanceType: "m5.large", AvailabilityZone: AZ, Quantity: 1_000_000_000 }))).toMatchObject({ code: "HostLimitExceeded" })
      expect(yield* state).toBe(before)
      const page = yield* ec2.describeHosts({ Filter: [{ Name: "instance-type", Values: ["m5.large"] }], MaxResults: 5 })
      expect(page.Hosts!.map((h) => h.HostId)).toEqual([a])
    })))

  it("CreateTags/DescribeTags take hosts (resource type dedicated-host)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const [h] = yield* allocate()
      yield* ec2.createTags({ Resources: [h!], Tags: [{ Key: "rack", Value: "7" }] })
      const tags = yield* ec2.describeTags({ Filters: [{ Name: "resource-type", Values: ["dedicated-host"] }] })
      expect(tags.Tags).toEqual([{ ResourceId: h, ResourceType: "dedicated-host", Key: "rack", Value: "7" }])
      expect((yield* host(h!)).Tags).toEqual([{ Key: "rack", Value: "7" }])
    })))

  it("Dedicated Instances: Tenancy dedicated, and every instance of a dedicated VPC is dedicated", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const r = yield* launch({ Placement: { AvailabilityZone: AZ, Tenancy: "dedicated" } })
      expect(r.Instances![0]!.Placement!.Tenancy).toBe("dedicated")
      const vpc = yield* ec2.createVpc({ CidrBlock: "10.9.0.0/16", InstanceTenancy: "dedicated" })
      const subnet = yield* ec2.createSubnet({ VpcId: vpc.Vpc!.VpcId!, CidrBlock: "10.9.1.0/24", AvailabilityZone: AZ })
      const d = yield* launch({ SubnetId: subnet.Subnet!.SubnetId!, Placement: { AvailabilityZone: AZ } })
      expect(d.Instances![0]!.Placement!.Tenancy).toBe("dedicated")
    })))

  it("property: a host never holds more than its capacity; a refused call changes nothing", () => {
    const types = ["m5.large", "m5.xlarge", "m5.4xlarge", "m5.12xlarge", "m5.24xlarge"] as const
    const op = fc.oneof(
      fc.record({ k: fc.constant("allocate" as const), family: fc.boolean(), auto: fc.boolean() }),
      fc.record({ k: fc.constant("launch" as const), t: fc.constantFrom(...types), n: fc.integer({ min: 1, max: 60 }), h: fc.option(fc.nat(), { nil: undefined }) }),
      fc.record({ k: fc.constant("launch" as const), t: fc.constantFrom(...types), n: fc.integer({ min: 1, max: 60 }), h: fc.option(fc.nat(), { nil: undefined }) }),
      fc.record({ k: fc.constant("terminate" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("stop" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("start" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("release" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("wait" as const), s: fc.integer({ min: 1, max: 300 }) })
    )
    return fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 20 }), (ops) =>
        run(Effect.gen(function*() {
          const ec2 = yield* Ec2.Ec2
          const hv = yield* Hypervisor.Hypervisor
          const hosts: Array<string> = []
          const insts: Array<string> = []
          const pick = <A>(xs: ReadonlyArray<A>, i: number) => xs.length === 0 ? undefined : xs[i % xs.length]
          for (const o of ops) {
            const before = yield* state
            let failed = false
            const attempt = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) =>
              Effect.match(e, { onSuccess: (a) => a as A | undefined, onFailure: () => { failed = true; return undefined } })
            switch (o.k) {
              case "allocate": {
                const r = yield* attempt(allocate({ ...(o.family ? { InstanceType: undefined, InstanceFamily: "m5" } : { InstanceType: "m5.large" }), AutoPlacement: o.auto ? "on" : "off" } as never))
                if (r !== undefined) hosts.push(...r)
                break
              }
              case "launch": {
                const h = o.h === undefined ? undefined : pick(hosts, o.h)
                const r = yield* attempt(launch({ InstanceType: o.t, MaxCount: o.n, Placement: { AvailabilityZone: AZ, Tenancy: "host", ...(h !== undefined ? { HostId: h } : {}) } }))
                if (r !== undefined) insts.push(...ids(r))
                break
              }
              case "terminate":
              case "stop":
              case "start": {
                const id = pick(insts, o.i)
                if (id === undefined) break
                if (o.k === "terminate") yield* attempt(ec2.terminateInstances({ InstanceIds: [id] }))
                else if (o.k === "stop") yield* attempt(ec2.stopInstances({ InstanceIds: [id] }))
                else yield* attempt(ec2.startInstances({ InstanceIds: [id] }))
                break
              }
              case "release": {
                const id = pick(hosts, o.i)
                if (id !== undefined) yield* attempt(ec2.releaseHosts({ HostIds: [id] }))
                break
              }
              case "wait":
                yield* TestClock.adjust(Duration.seconds(o.s))
                break
            }
            if (failed) expect(yield* state).toBe(before)
            // every host within its 96 vCPUs; released hosts hold nothing; instances on host tenancy name a host
            const check = yield* hv.inspect((w) => {
              const used = new Map<string, number>()
              for (const r of w.all("instances")) {
                const s = r.Lifecycle.State
                if (r.Tenancy === "host" && r.DedicatedHostId === undefined) return "host instance without a host"
                if (r.DedicatedHostId === undefined || (s !== "pending" && s !== "running" && s !== "stopping" && s !== "shutting-down")) continue
                const v = ({ "m5.large": 2, "m5.xlarge": 4, "m5.4xlarge": 16, "m5.12xlarge": 48, "m5.24xlarge": 96 } as Record<string, number>)[r.InstanceType]!
                used.set(r.DedicatedHostId, (used.get(r.DedicatedHostId) ?? 0) + v)
              }
              for (const h of w.all("dedicatedHosts")) {
                const u = used.get(h.HostId) ?? 0
                if (u > h.TotalVCpus) return `host ${h.HostId} holds ${u} vCPUs`
                if (h.State === "released" && u > 0) return `released host ${h.HostId} holds instances`
              }
              return "ok"
            })
            expect(check).toBe("ok")
          }
        }))
      ),
      { numRuns: CI ? 1000 : 50 }
    )
  })
})
