import { Effect, Fiber, Result, Stream } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { Ec2Memory } from "@ec2kit/backend-memory"
import * as Codec from "../src/internal/Codec.js"
import * as Journal from "../src/internal/Journal.js"
import type { World } from "../src/internal/World.js"
import { describeInstances } from "../src/operations/describeInstances.js"
import * as I from "../src/operations/instances.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, import("effect").Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const world = (options: Ec2Memory.Options = { seed: 1 }) => Ec2Memory.make(options)

type M = Effect.Success<ReturnType<typeof world>>

const op = <A, E>(m: M, f: (w: World) => Effect.Effect<A, E>) => m.engine.transact(f)

const image = (m: M, arch: "x86_64" | "arm64" = "x86_64") =>
  m.hypervisor.inspect((w) => w.all("images").find((i) => i.Architecture === arch)!.ImageId)

const launch = (m: M, extra: Partial<I.RunInstancesRequest> = {}) =>
  Effect.gen(function*() {
    const ImageId = yield* image(m)
    return yield* op(m, (w) => I.runInstances(w, { ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ...extra }))
  })

const stateOf = (m: M, id: string) => m.hypervisor.inspect((w) => w.get("instances", id)?.Lifecycle.State)
const codeOf = <A>(e: Effect.Effect<A, { readonly code: string; readonly message: string }>) =>
  Effect.map(Effect.flip(e), (err) => ({ code: err.code, message: err.message }))

describe("world seed", () => {
  it("has a region with AZs, a default VPC, subnets with real CIDRs and Amazon AMIs", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const v = yield* m.hypervisor.inspect((w) => ({
        region: w.region,
        zones: w.get("meta", "world")!.Zones,
        vpc: w.all("vpcs")[0]!,
        subnets: w.all("subnets").map((s) => [s.AvailabilityZone, s.CidrBlock]),
        images: w.all("images").map((i) => [i.OwnerId, i.ImageOwnerAlias, i.Architecture]),
        sg: w.all("securityGroups").map((g) => g.GroupName)
      }))
      expect(v.region).toBe("us-east-1")
      expect(v.zones.map((z) => `${z.ZoneName}=${z.ZoneId}`)).toEqual([
        "us-east-1a=use1-az1", "us-east-1b=use1-az2", "us-east-1c=use1-az3",
        "us-east-1d=use1-az4", "us-east-1e=use1-az5", "us-east-1f=use1-az6"
      ])
      expect(v.vpc.CidrBlock).toBe("172.31.0.0/16")
      expect(v.subnets[0]).toEqual(["us-east-1a", "172.31.0.0/20"])
      expect(v.subnets[1]).toEqual(["us-east-1b", "172.31.16.0/20"])
      expect(v.images).toEqual([["137112412989", "amazon", "x86_64"], ["137112412989", "amazon", "arm64"]])
      expect(v.sg).toEqual(["default"])
    })))

  it("is deterministic for a seed and isolated per build", () =>
    run(Effect.gen(function*() {
      const a = yield* world({ seed: "x" })
      const b = yield* world({ seed: "x" })
      const ra = yield* launch(a)
      const rb = yield* launch(b)
      expect(ra.Instances[0]!.InstanceId).toBe(rb.Instances[0]!.InstanceId)
      expect(yield* a.hypervisor.inspect((w) => w.all("instances").length)).toBe(1)
      const c = yield* world({ seed: "y" })
      expect(yield* c.hypervisor.inspect((w) => w.all("instances").length)).toBe(0)
    })))
})

describe("virtual time", () => {
  it("shows every lifecycle state and releases/renews the public IP", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const r = yield* launch(m)
      const inst = r.Instances[0]!
      const id = inst.InstanceId
      expect(inst.State).toEqual({ Code: 0, Name: "pending" })
      expect(inst.MetadataOptions.State).toBe("pending")
      expect(inst.PrivateIpAddress).toBe("172.31.0.4")
      yield* TestClock.adjust("4 seconds")
      expect(yield* stateOf(m, id)).toBe("pending")
      yield* TestClock.adjust("1 second")
      expect(yield* stateOf(m, id)).toBe("running")
      const ip1 = yield* m.hypervisor.inspect((w) => w.get("instances", id)!.PublicIpAddress)
      expect(ip1).toMatch(/^3\.(8\d|9[0-5])\.\d+\.\d+$/)
      const stop = yield* op(m, (w) => I.stopInstances(w, [id]))
      expect(stop[0]!.CurrentState.Name).toBe("stopping")
      yield* TestClock.adjust("5 seconds")
      const stopped = yield* m.hypervisor.inspect((w) => w.get("instances", id)!)
      expect(stopped.Lifecycle.State).toBe("stopped")
      expect(stopped.PublicIpAddress).toBeUndefined()
      yield* op(m, (w) => I.startInstances(w, [id]))
      yield* TestClock.adjust("5 seconds")
      const restarted = yield* m.hypervisor.inspect((w) => w.get("instances", id)!)
      expect(restarted.Lifecycle.State).toBe("running")
      expect(restarted.PublicIpAddress).toBeDefined()
      expect(restarted.PublicIpAddress).not.toBe(ip1)
      const volumeId = restarted.BlockDeviceMappings[0]!.VolumeId
      const t = yield* op(m, (w) => I.terminateInstances(w, [id]))
      expect(t[0]!.CurrentState.Name).toBe("shutting-down")
      yield* TestClock.adjust("5 seconds")
      const gone = yield* m.hypervisor.inspect((w) => ({
        state: w.get("instances", id)?.Lifecycle.State,
        volume: w.get("volumes", volumeId),
        enis: w.all("networkInterfaces").length
      }))
      expect(gone).toEqual({ state: "terminated", volume: undefined, enis: 0 })
      yield* TestClock.adjust("59 minutes")
      expect(yield* stateOf(m, id)).toBe("terminated")
      yield* TestClock.adjust("1 minute")
      expect(yield* stateOf(m, id)).toBeUndefined()
    })))

  it("applies metadata options pending → applied, keeping unspecified fields", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = (yield* launch(m)).Instances[0]!.InstanceId
      yield* TestClock.adjust("10 seconds")
      const res = yield* op(m, (w) => I.modifyInstanceMetadataOptions(w, { InstanceId: id, HttpPutResponseHopLimit: 3 }))
      expect(res.InstanceMetadataOptions).toMatchObject({ State: "pending", HttpPutResponseHopLimit: 3, HttpTokens: "required" })
      yield* TestClock.adjust("2 seconds")
      expect(yield* m.hypervisor.inspect((w) => w.get("instances", id)!.MetadataOptions.State)).toBe("applied")
    })))

  it("honours immediate delays and emits EventBridge events without any call (driver fiber)", () =>
    run(Effect.gen(function*() {
      const m = yield* world({ seed: 2, delays: { instancePending: "immediate" } })
      const fiber = yield* Effect.forkChild(Stream.runCollect(Stream.take(m.hypervisor.events, 2)))
      yield* Effect.yieldNow
      yield* Effect.yieldNow
      const id = (yield* launch(m)).Instances[0]!.InstanceId
      yield* TestClock.adjust("1 millis")
      const events = yield* Fiber.join(fiber)
      expect(events.map((e) => e.detail.state)).toEqual(["pending", "running"])
      expect(events[1]).toMatchObject({
        version: "0",
        "detail-type": "EC2 Instance State-change Notification",
        source: "aws.ec2",
        account: "123456789012",
        region: "us-east-1",
        resources: [`arn:aws:ec2:us-east-1:123456789012:instance/${id}`],
        detail: { "instance-id": id, state: "running" }
      })
      expect(events[1]!.time).toBe("1970-01-01T00:00:00Z")
    })))
})

describe("atomicity and concurrency", () => {
  it("one unknown id in TerminateInstances terminates none", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = (yield* launch(m)).Instances[0]!.InstanceId
      yield* TestClock.adjust("5 seconds")
      const err = yield* codeOf(op(m, (w) => I.terminateInstances(w, [id, "i-0123456789abcdef0"])))
      expect(err).toEqual({
        code: "InvalidInstanceID.NotFound",
        message: "InvalidInstanceID.NotFound: The instance ID 'i-0123456789abcdef0' does not exist"
      })
      expect(yield* stateOf(m, id)).toBe("running")
      const bad = yield* codeOf(op(m, (w) => I.terminateInstances(w, [id, "i-XYZ"])))
      expect(bad.code).toBe("InvalidInstanceID.Malformed")
    })))

  it("a failure after mutations is rolled back", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const before = yield* m.hypervisor.snapshot
      const exit = yield* Effect.exit(op(m, (w) =>
        Effect.gen(function*() {
          yield* I.runInstances(w, { ImageId: w.all("images").next().value!.ImageId, InstanceType: "t3.micro", MinCount: 2, MaxCount: 2 })
          return yield* Effect.fail("boom")
        })))
      expect(exit._tag).toBe("Failure")
      expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(before))).toBe(true)
    })))

  it("concurrent launches from many fibers get distinct ids and IPs", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const rs = yield* Effect.forEach(Array.from({ length: 50 }), () => launch(m, { MinCount: 2, MaxCount: 2 }), { concurrency: "unbounded" })
      const all = rs.flatMap((r) => r.Instances)
      expect(new Set(all.map((i) => i.InstanceId)).size).toBe(100)
      expect(new Set(all.map((i) => i.PrivateIpAddress)).size).toBe(100)
      expect(new Set(all.map((i) => (i as { PublicIpAddress?: string }).PublicIpAddress)).size).toBe(100)
    })))
})

describe("RunInstances", () => {
  it("launches MaxCount, tags, user data, root volume with DeleteOnTermination", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const r = yield* launch(m, {
        MinCount: 1,
        MaxCount: 3,
        UserData: Buffer.from("#!/bin/sh\necho hi").toString("base64"),
        TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: "web" }] }, { ResourceType: "volume", Tags: [{ Key: "v", Value: "1" }] }]
      })
      expect(r.Instances.length).toBe(3)
      expect(r.Instances.map((i) => i.AmiLaunchIndex)).toEqual([0, 1, 2])
      expect(r.Instances[0]!.Tags).toEqual([{ Key: "Name", Value: "web" }])
      const vol = r.Instances[0]!.BlockDeviceMappings[0]!
      expect(vol.Ebs.DeleteOnTermination).toBe(true)
      expect(yield* m.hypervisor.inspect((w) => w.tagsOf(vol.Ebs.VolumeId))).toEqual([["v", "1"]])
    })))

  it("ClientToken: same request returns the same reservation; a different one fails; terminated fails", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const a = yield* launch(m, { ClientToken: "tok" })
      const b = yield* launch(m, { ClientToken: "tok" })
      expect(b.ReservationId).toBe(a.ReservationId)
      expect(b.Instances.map((i) => i.InstanceId)).toEqual(a.Instances.map((i) => i.InstanceId))
      expect((yield* codeOf(launch(m, { ClientToken: "tok", InstanceType: "t3.small" }))).code).toBe("IdempotentParameterMismatch")
      yield* TestClock.adjust("5 seconds")
      yield* op(m, (w) => I.terminateInstances(w, [a.Instances[0]!.InstanceId]))
      yield* TestClock.adjust("5 seconds")
      expect((yield* codeOf(launch(m, { ClientToken: "tok" }))).code).toBe("IdempotentInstanceTerminated")
    })))

  it("rejects bad instance types, images, architectures and DryRun", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      expect((yield* codeOf(launch(m, { InstanceType: "t3.gigantic" }))).code).toBe("InvalidParameterValue")
      expect((yield* codeOf(launch(m, { ImageId: "ami-0123456789abcdef0" }))).code).toBe("InvalidAMIID.NotFound")
      expect((yield* codeOf(launch(m, { InstanceType: "m7g.large" }))).code).toBe("InvalidParameterValue")
      expect(yield* codeOf(launch(m, { DryRun: true }))).toEqual({
        code: "DryRunOperation",
        message: "DryRunOperation: Request would have succeeded, but DryRun flag is set."
      })
      expect(yield* m.hypervisor.inspect((w) => w.all("instances").length)).toBe(0)
    })))

  it("InsufficientInstanceCapacity when the AZ is full; MaxCount trimmed to capacity", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* m.hypervisor.setCapacity({ AvailabilityZone: "us-east-1a", InstanceType: "t3.micro", Count: 2 })
      const r = yield* launch(m, { Placement: { AvailabilityZone: "us-east-1a" }, MinCount: 1, MaxCount: 5 })
      expect(r.Instances.length).toBe(2)
      const err = yield* codeOf(launch(m, { Placement: { AvailabilityZone: "us-east-1a" } }))
      expect(err.code).toBe("InsufficientInstanceCapacity")
      expect(err.message).toContain("We currently do not have sufficient t3.micro capacity in the Availability Zone you requested (us-east-1a).")
      expect(err.message).toContain("or choosing us-east-1b, us-east-1c")
    })))
})

describe("DescribeInstances", () => {
  const setup = Effect.gen(function*() {
    const m = yield* world()
    yield* launch(m, { TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "env", Value: "prod" }] }], MinCount: 3, MaxCount: 3 })
    yield* launch(m, { TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "env", Value: "dev-1" }] }], Placement: { AvailabilityZone: "us-east-1b" } })
    return m
  })
  const ids = (m: M, req: Parameters<typeof describeInstances>[1]) =>
    Effect.map(op(m, (w) => describeInstances(w, req)), (r) => r.Reservations.flatMap((x) => x.Instances).length)

  it("filters by tag (index), wildcards, state, AZ", () =>
    run(Effect.gen(function*() {
      const m = yield* setup
      expect(yield* ids(m, { Filters: [{ Name: "tag:env", Values: ["prod"] }] })).toBe(3)
      expect(yield* ids(m, { Filters: [{ Name: "tag:env", Values: ["dev-?"] }] })).toBe(1)
      expect(yield* ids(m, { Filters: [{ Name: "tag-value", Values: ["*"] }] })).toBe(4)
      expect(yield* ids(m, { Filters: [{ Name: "availability-zone", Values: ["us-east-1b"] }] })).toBe(1)
      expect(yield* ids(m, { Filters: [{ Name: "instance-state-name", Values: ["running"] }] })).toBe(0)
      expect(yield* ids(m, { Filters: [{ Name: "instance-state-code", Values: ["0"] }] })).toBe(4)
      expect(yield* ids(m, { Filters: [{ Name: "private-ip-address", Values: ["172.31.0.4"] }] })).toBe(1)
    })))

  it("errors: unknown filter, InstanceIds+MaxResults, MaxResults range", () =>
    run(Effect.gen(function*() {
      const m = yield* setup
      expect(yield* codeOf(op(m, (w) => describeInstances(w, { Filters: [{ Name: "bogus", Values: ["x"] }] })))).toEqual({
        code: "InvalidParameterValue",
        message: "InvalidParameterValue: The filter 'bogus' is invalid"
      })
      expect((yield* codeOf(op(m, (w) => describeInstances(w, { InstanceIds: ["i-0123456789abcdef0"], MaxResults: 5 })))).code)
        .toBe("InvalidParameterCombination")
      expect((yield* codeOf(op(m, (w) => describeInstances(w, { MaxResults: 4 })))).code).toBe("InvalidParameterValue")
    })))

  it("paginates with MaxResults/NextToken and returns everything without MaxResults", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      yield* launch(m, { MinCount: 12, MaxCount: 12 })
      const seen: Array<string> = []
      let token: string | undefined
      do {
        const page: Awaited<ReturnType<typeof describeInstances>> extends never ? never : any = yield* op(m, (w) =>
          describeInstances(w, { MaxResults: 5, ...(token !== undefined ? { NextToken: token } : {}) }))
        for (const r of page.Reservations) for (const i of r.Instances) seen.push(i.InstanceId)
        token = page.NextToken
      } while (token !== undefined)
      expect(seen.length).toBe(12)
      expect(new Set(seen).size).toBe(12)
      expect(yield* ids(m, {})).toBe(12)
    })))
})

describe("Hypervisor controls", () => {
  it("first-boot hook receives user data exactly once (not after stop/start)", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const boots: Array<string> = []
      yield* m.hypervisor.onFirstBoot((b) => Effect.sync(() => void boots.push(`${b.InstanceId}:${b.UserData}`)))
      const id = (yield* launch(m, { UserData: "ZWNobw==" })).Instances[0]!.InstanceId
      yield* TestClock.adjust("5 seconds")
      yield* m.hypervisor.tick
      yield* op(m, (w) => I.stopInstances(w, [id]))
      yield* TestClock.adjust("5 seconds")
      yield* op(m, (w) => I.startInstances(w, [id]))
      yield* TestClock.adjust("5 seconds")
      yield* m.hypervisor.tick
      expect(yield* stateOf(m, id)).toBe("running")
      expect(boots).toEqual([`${id}:ZWNobw==`])
    })))

  it("spot interruption: notice two minutes ahead, then terminate; hibernate at once", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = (yield* launch(m, { InstanceMarketOptions: { MarketType: "spot" } })).Instances[0]!.InstanceId
      yield* TestClock.adjust("5 seconds")
      yield* m.hypervisor.interruptSpot(id)
      const notice = yield* m.hypervisor.inspect((w) => w.get("instances", id)!.SpotInstanceAction)
      expect(notice).toEqual({ Action: "terminate", Time: 5000 + 120_000 })
      yield* TestClock.adjust("119 seconds")
      expect(yield* stateOf(m, id)).toBe("running")
      yield* TestClock.adjust("1 second")
      const r = yield* m.hypervisor.inspect((w) => w.get("instances", id)!.Lifecycle)
      expect(r.State).toBe("shutting-down")
      expect(r.StateReason?.Code).toBe("Server.SpotInstanceTermination")
      const h = (yield* launch(m, { InstanceMarketOptions: { MarketType: "spot", SpotOptions: { InstanceInterruptionBehavior: "hibernate" } }, HibernationOptions: { Configured: true } })).Instances[0]!.InstanceId
      yield* TestClock.adjust("5 seconds")
      yield* m.hypervisor.interruptSpot(h)
      expect(yield* stateOf(m, h)).toBe("stopping")
    })))

  it("scheduled events, rebalance recommendations and impaired status are recorded", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const id = (yield* launch(m)).Instances[0]!.InstanceId
      yield* TestClock.adjust("5 seconds")
      const e = yield* m.hypervisor.scheduleEvent(id, { Code: "instance-retirement" })
      expect(e.InstanceEventId).toMatch(/^instance-event-[0-9a-f]{17}$/)
      yield* m.hypervisor.recommendRebalance(id)
      yield* m.hypervisor.setStatus(id, { SystemStatus: "impaired" })
      const r = yield* m.hypervisor.inspect((w) => w.get("instances", id)!)
      expect([r.Events.length, r.RebalanceRecommendationTime, r.SystemStatus]).toEqual([1, 5000, "impaired"])
      expect((yield* codeOf(m.hypervisor.recommendRebalance("i-0123456789abcdef0"))).code).toBe("InvalidInstanceID.NotFound")
    })))
})

describe("snapshot and restore", () => {
  it("property: snapshot → restore → snapshot is byte-identical after random operations", async () => {
    const opArb = fc.oneof(
      fc.record({ k: fc.constant("run" as const), n: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ k: fc.constantFrom("stop" as const, "start" as const, "terminate" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("wait" as const), s: fc.integer({ min: 0, max: 10 }) })
    )
    await fc.assert(fc.asyncProperty(fc.array(opArb, { maxLength: 6 }), fc.integer(), async (ops, seed) => {
      await run(Effect.gen(function*() {
        const m = yield* world({ seed })
        for (const o of ops) {
          if (o.k === "run") yield* launch(m, { MinCount: o.n, MaxCount: o.n })
          else if (o.k === "wait") yield* TestClock.adjust(`${o.s} seconds`)
          else {
            const all = yield* m.hypervisor.inspect((w) => w.all("instances").map((i) => i.InstanceId))
            if (all.length === 0) continue
            const id = all[o.i % all.length]!
            const f = o.k === "stop" ? I.stopInstances : o.k === "start" ? I.startInstances : I.terminateInstances
            yield* Effect.result(op(m, (w) => f(w, [id])))
          }
        }
        const a = yield* m.hypervisor.snapshot
        const other = yield* world({ seed: seed + 1 })
        yield* other.hypervisor.restore(a)
        const b = yield* other.hypervisor.snapshot
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true)
        // a restored world continues identically
        const x = yield* launch(m)
        const y = yield* launch(other)
        expect(y.Instances[0]!.InstanceId).toBe(x.Instances[0]!.InstanceId)
      }))
    }), { numRuns: CI ? 1000 : 200 })
  })

  it("rejects foreign and corrupt snapshots with a typed error", () =>
    run(Effect.gen(function*() {
      const m = yield* world()
      const foreign = yield* Effect.flip(m.hypervisor.restore(new Uint8Array([1, 2, 3])))
      expect([foreign._tag, foreign.reason]).toEqual(["PersistenceError", "Foreign"])
      const good = yield* m.hypervisor.snapshot
      const v2 = Uint8Array.from(good)
      v2[11] = 9
      expect((yield* Effect.flip(m.hypervisor.restore(v2))).reason).toBe("Version")
      const corrupt = Uint8Array.from(good).subarray(0, 40)
      expect((yield* Effect.flip(m.hypervisor.restore(corrupt))).reason).toBe("Corrupt")
    })))
})

describe("persistence journal", () => {
  const isZeroHeader = (b: Uint8Array) => b.length >= Journal.FRAME_HEADER && b.subarray(0, Journal.FRAME_HEADER).every((x) => x === 0)
  const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-")), "world.ec2kit")

  it("a restarted world continues where it was", async () => {
    const file = tmp()
    const first = await run(Effect.gen(function*() {
      const m = yield* world({ seed: 5, persistence: { path: file } })
      const r = yield* launch(m, { MinCount: 2, MaxCount: 2 })
      yield* TestClock.adjust("5 seconds")
      yield* m.hypervisor.tick
      return { ids: r.Instances.map((i) => i.InstanceId), snap: yield* m.hypervisor.snapshot }
    }))
    await run(Effect.gen(function*() {
      const m = yield* world({ seed: 999, persistence: { path: file } })
      const snap = yield* m.hypervisor.snapshot
      expect(Buffer.from(snap).equals(Buffer.from(first.snap))).toBe(true)
      expect(yield* m.hypervisor.inspect((w) => w.all("instances").map((i) => i.InstanceId))).toEqual(first.ids)
    }))
  })

  it("torn writes: every truncation of the tail loads the acknowledged prefix", async () => {
    const file = tmp()
    const acked: Array<number> = []
    await run(Effect.gen(function*() {
      const m = yield* world({ seed: 6, persistence: { path: file } })
      for (let i = 0; i < 4; i++) {
        yield* launch(m)
        acked.push(fs.statSync(file).size)
      }
    }))
    const bytes = fs.readFileSync(file)
    const full = Journal.parse(bytes)
    if (full instanceof Codec.PersistenceError) throw full
    const baseEnd = Journal.parse(bytes.subarray(0, acked[0]!))
    if (baseEnd instanceof Codec.PersistenceError) throw baseEnd
    // file header + base snapshot record
    const firstRecordEnd = Journal.HEADER + Journal.FRAME_HEADER + bytes.readUInt32BE(Journal.HEADER)
    let checked = 0
    for (let cut = firstRecordEnd; cut <= bytes.length; cut++) {
      const p = Journal.parse(bytes.subarray(0, cut))
      expect(p).not.toBeInstanceOf(Codec.PersistenceError)
      if (p instanceof Codec.PersistenceError) continue
      const ackedBefore = acked.filter((a) => a <= cut).length
      expect(p.changes.length).toBeGreaterThanOrEqual(ackedBefore)
      expect(p.validLength).toBeLessThanOrEqual(cut)
      checked++
    }
    expect(checked).toBe(bytes.length - firstRecordEnd + 1)
    // a cut inside the last record: the file is repaired on open and the world loads
    fs.truncateSync(file, bytes.length - 3)
    await run(Effect.gen(function*() {
      const m = yield* world({ persistence: { path: file } })
      expect(yield* m.hypervisor.inspect((w) => w.all("instances").length)).toBe(3)
      yield* launch(m)
    }))
    const again = Journal.parse(fs.readFileSync(file))
    expect(again instanceof Codec.PersistenceError ? -1 : again.validLength).toBe(fs.statSync(file).size)
  })

  it("random bytes after the last record never lose a record: a torn tail or Corrupt (property)", () => {
    const file = tmp()
    Effect.runSync(Effect.scoped(Effect.gen(function*() {
      const m = yield* world({ seed: 7, persistence: { path: file } })
      yield* launch(m)
    })).pipe(Effect.provide(TestClock.layer())))
    const good = fs.readFileSync(file)
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (garbage) => {
      const p = Journal.parse(Buffer.concat([good, garbage]))
      // a clean load of every record (an incomplete record header is a torn tail), or Corrupt: bytes
      // that are not a record are never taken for a torn write when they could be a damaged one
      return p instanceof Codec.PersistenceError
        ? p.reason === "Corrupt" && garbage.length >= Journal.FRAME_HEADER
        : p.validLength === good.length && (garbage.length < Journal.FRAME_HEADER || isZeroHeader(garbage))
    }), { numRuns: 1000 })
  })

  it("rejects foreign, future-version and mid-file-corrupt journals with typed errors", async () => {
    const file = tmp()
    fs.writeFileSync(file, "hello, I am a text file and not a journal")
    const e1 = await Effect.runPromise(Effect.flip(Effect.scoped(world({ persistence: { path: file } }))).pipe(Effect.provide(TestClock.layer())))
    expect([e1._tag, (e1 as Codec.PersistenceError).reason]).toEqual(["PersistenceError", "Foreign"])
    expect((e1 as Codec.PersistenceError).message).toBe(`Not an ec2kit journal: ${file}`)
    const f2 = tmp()
    await run(Effect.gen(function*() {
      const m = yield* world({ seed: 8, persistence: { path: f2 } })
      yield* launch(m)
      yield* launch(m)
    }))
    const bytes = fs.readFileSync(f2)
    const v = Buffer.from(bytes)
    v.writeUInt32BE(99, 8)
    expect((Journal.parse(v) as Codec.PersistenceError).reason).toBe("Version")
    const mid = Buffer.from(bytes)
    const firstEnd = Journal.HEADER + Journal.FRAME_HEADER + bytes.readUInt32BE(Journal.HEADER)
    mid[firstEnd + 10] = mid[firstEnd + 10]! ^ 0xff
    const p = Journal.parse(mid)
    expect(p instanceof Codec.PersistenceError ? p.reason : "loaded").toBe("Corrupt")
  })

  it("compaction keeps the world (temp file + rename)", async () => {
    const file = tmp()
    const snap = await run(Effect.gen(function*() {
      const m = yield* world({ seed: 9, persistence: { path: file, compactBytes: 2000 } })
      for (let i = 0; i < 10; i++) yield* launch(m)
      return yield* m.hypervisor.snapshot
    }))
    const p = Journal.parse(fs.readFileSync(file))
    expect(p instanceof Codec.PersistenceError).toBe(false)
    if (!(p instanceof Codec.PersistenceError)) expect(p.changes.length).toBeLessThan(10)
    await run(Effect.gen(function*() {
      const m = yield* world({ persistence: { path: file } })
      expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(snap))).toBe(true)
    }))
  })
})

// keep Result referenced for future tests
void Result
