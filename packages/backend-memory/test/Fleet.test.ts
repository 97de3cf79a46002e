/**
 * The modelled fleet of racks and hosts behind placement admission (`src/internal/Fleet.ts`),
 * through `Ec2.Ec2` and `Hypervisor` in virtual time.
 */
import { Effect, Exit } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2, type Ec2Error, type Ec2Shapes, PlacementGroup } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor>, options: Ec2Memory.Options = { seed: 1 }) =>
  Effect.runPromise(Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer(options)))).pipe(Effect.provide(TestClock.layer())))

const image = Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId))

type RunRequest = Partial<(typeof Ec2Shapes.RunInstancesRequest)["Encoded"]>

const AZ = "us-east-1a"
const OTHER_AZS = ["us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"]

const launch = (extra: RunRequest = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.runInstances({ ImageId: yield* image, InstanceType: "m5.large", MinCount: 1, MaxCount: 1, Placement: { AvailabilityZone: AZ }, ...extra })
  })

const ids = (r: { readonly Instances?: ReadonlyArray<{ readonly InstanceId?: string | undefined }> | undefined }) => r.Instances!.map((i) => i.InstanceId!)

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) => Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))

const ice = (type: string, az: string, others: ReadonlyArray<string>) => {
  const e = PlacementGroup.insufficientCapacity(type, az, others)
  return { code: e.code, message: e.reason.message }
}

/** Everything a failed request must leave alone. */
const state = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => JSON.stringify([[...w.all("instances")], [...w.all("networkInterfaces")], [...w.all("volumes")], [...w.all("placementGroups")], w.get("meta", "world")]))
)

const hostsOf = (instanceIds: ReadonlyArray<string>) =>
  Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
    hv.inspect((w) => instanceIds.map((id) => { const r = w.get("instances", id)!; return { RackId: r.RackId, HostId: r.HostId } }))
  )

const stateOf = (id: string) => Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.inspect((w) => w.get("instances", id)!.Lifecycle.State))

const group = (GroupName: string, Strategy: "cluster" | "partition" | "spread", PartitionCount?: number) =>
  Effect.flatMap(Ec2.Ec2, (ec2) => ec2.createPlacementGroup({ GroupName, Strategy, ...(PartitionCount !== undefined ? { PartitionCount } : {}) }))

describe("fleet capacity", () => {
  it("fails with InsufficientInstanceCapacity (code and AWS's text) when every host is full, and admits as many as fit ≥ MinCount", () =>
    run(Effect.gen(function*() {
      // one rack, one host of 4 vCPUs: two m5.large (2 vCPUs each)
      const r = yield* launch({ MinCount: 1, MaxCount: 5 })
      expect(r.Instances!.length).toBe(2)
      expect(yield* hostsOf(ids(r))).toEqual([{ RackId: 0, HostId: 0 }, { RackId: 0, HostId: 0 }])
      expect(yield* err(launch())).toEqual(ice("m5.large", AZ, OTHER_AZS))
      // another AZ has its own fleet
      const b = yield* launch({ Placement: { AvailabilityZone: "us-east-1b" }, MinCount: 2, MaxCount: 2 })
      expect(b.Instances!.length).toBe(2)
      expect(yield* err(launch({ Placement: { AvailabilityZone: "us-east-1b" } }))).toEqual(ice("m5.large", "us-east-1b", OTHER_AZS.slice(1)))
      // a type larger than a host never fits
      expect(yield* err(launch({ InstanceType: "m5.2xlarge", Placement: { AvailabilityZone: "us-east-1c" } }))).toEqual(
        ice("m5.2xlarge", "us-east-1c", [])
      )
    }), { seed: 1, fleet: { racksPerAz: 1, hostsPerRack: 1, vCpusPerHost: 4 } }))

  it("is atomic: a request below MinCount changes nothing", () =>
    run(Effect.gen(function*() {
      yield* launch({ MinCount: 3, MaxCount: 3 })
      const before = yield* state
      expect((yield* err(launch({ MinCount: 2, MaxCount: 4 }))).code).toBe("InsufficientInstanceCapacity")
      expect(yield* state).toBe(before)
      yield* group("pg-spread", "spread")
      const before2 = yield* state
      expect((yield* err(launch({ MinCount: 2, MaxCount: 2, Placement: { AvailabilityZone: AZ, GroupName: "pg-spread" } }))).code).toBe(
        "InsufficientInstanceCapacity"
      )
      expect(yield* state).toBe(before2)
    }), { seed: 2, fleet: { racksPerAz: 2, hostsPerRack: 1, vCpusPerHost: 4 } }))

  it("Hypervisor.setCapacity reshapes an AZ's fleet, and keeps the instance-count form", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.setCapacity({ AvailabilityZone: AZ, RacksPerAz: 0 })
      expect(yield* err(launch())).toEqual(ice("m5.large", AZ, OTHER_AZS))
      yield* hv.setCapacity({ AvailabilityZone: AZ, RacksPerAz: 1, HostsPerRack: 1, VCpusPerHost: 2 })
      yield* launch()
      expect(yield* err(launch())).toEqual(ice("m5.large", AZ, OTHER_AZS))
      yield* hv.setCapacity({ AvailabilityZone: AZ, VCpusPerHost: 4 })
      yield* launch()
      expect(yield* hv.inspect((w) => w.get("meta", "world")!.Fleet?.[AZ])).toEqual({ RacksPerAz: 1, HostsPerRack: 1, VCpusPerHost: 4 })
      // the instance-count form still applies on top of the fleet
      yield* hv.setCapacity({ AvailabilityZone: "us-east-1b", InstanceType: "m5.large", Count: 1 })
      yield* launch({ Placement: { AvailabilityZone: "us-east-1b" } })
      expect((yield* err(launch({ Placement: { AvailabilityZone: "us-east-1b" } }))).code).toBe("InsufficientInstanceCapacity")
      expect(yield* err(hv.setCapacity({ AvailabilityZone: AZ, HostsPerRack: -1 }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid value '-1' for HostsPerRack."
      })
      expect(yield* err(hv.setCapacity({ AvailabilityZone: "us-east-1z", RacksPerAz: 1 }))).toEqual({
        code: "InvalidParameterValue",
        message: "Invalid availability zone: [us-east-1z]"
      })
    })))

  it("spread: each instance on a distinct rack, so the limit is min(7, racks with room)", () =>
    run(Effect.gen(function*() {
      yield* group("web", "spread")
      const r = yield* launch({ MinCount: 1, MaxCount: 7, Placement: { AvailabilityZone: AZ, GroupName: "web" } })
      expect(r.Instances!.length).toBe(3)
      const racks = (yield* hostsOf(ids(r))).map((h) => h.RackId)
      expect(new Set(racks).size).toBe(3)
      expect(yield* err(launch({ Placement: { AvailabilityZone: AZ, GroupName: "web" } }))).toEqual(ice("m5.large", AZ, OTHER_AZS))
      // ordinary instances still fit on the racks' other hosts
      expect((yield* launch({ MinCount: 3, MaxCount: 3 })).Instances!.length).toBe(3)
    }), { seed: 3, fleet: { racksPerAz: 3, hostsPerRack: 2, vCpusPerHost: 64 } }))

  it("spread with the default fleet: 7 instances on 7 racks, the 8th refused by the group limit", () =>
    run(Effect.gen(function*() {
      yield* group("web", "spread")
      const r = yield* launch({ MinCount: 7, MaxCount: 7, Placement: { AvailabilityZone: AZ, GroupName: "web" } })
      expect(new Set((yield* hostsOf(ids(r))).map((h) => h.RackId)).size).toBe(7)
      expect((yield* err(launch({ Placement: { AvailabilityZone: AZ, GroupName: "web" } }))).code).toBe("InsufficientInstanceCapacity")
    })))

  it("cluster: every member on one rack pair, chosen with the most room; further launches stay there", () =>
    run(Effect.gen(function*() {
      // ordinary instances fill rack 0 partly, so the cluster takes the pair {2, 3}
      yield* launch({ MinCount: 1, MaxCount: 1 })
      yield* group("hpc", "cluster")
      const r = yield* launch({ MinCount: 1, MaxCount: 10, Placement: { AvailabilityZone: AZ, GroupName: "hpc" } })
      expect(r.Instances!.length).toBe(4) // 2 racks × 1 host × 4 vCPUs / 2
      expect(new Set((yield* hostsOf(ids(r))).map((h) => h.RackId))).toEqual(new Set([2, 3]))
      // the pair is full: the group cannot grow although racks 0 and 1 have room
      expect(yield* err(launch({ Placement: { AvailabilityZone: AZ, GroupName: "hpc" } }))).toEqual(ice("m5.large", AZ, OTHER_AZS))
      expect((yield* launch({ MinCount: 3, MaxCount: 3 })).Instances!.length).toBe(3)
    }), { seed: 4, fleet: { racksPerAz: 4, hostsPerRack: 1, vCpusPerHost: 4 } }))

  it("partition: each partition on its own racks, disjoint from the other partitions", () =>
    run(Effect.gen(function*() {
      yield* group("kafka", "partition", 3)
      const launched: Array<string> = []
      for (const p of [1, 2, 3, 1, 2, 3]) {
        launched.push(...ids(yield* launch({ Placement: { AvailabilityZone: AZ, GroupName: "kafka", PartitionNumber: p } })))
      }
      launched.push(...ids(yield* launch({ MinCount: 3, MaxCount: 3, Placement: { AvailabilityZone: AZ, GroupName: "kafka" } })))
      const hv = yield* Hypervisor.Hypervisor
      const rows = yield* hv.inspect((w) => launched.map((id) => w.get("instances", id)!).map((r) => [r.PartitionNumber!, r.RackId!] as const))
      for (const [p, rack] of rows) expect(rack % 3).toBe(p - 1)
      const racksOf = (p: number) => new Set(rows.filter(([q]) => q === p).map(([, rack]) => rack))
      for (const a of [1, 2, 3]) for (const b of [1, 2, 3]) if (a !== b) for (const r of racksOf(a)) expect(racksOf(b).has(r)).toBe(false)
      // partition 1 has racks 0 and 3, one host of 8 vCPUs each: 8 m5.large at most
      const more = yield* launch({ MinCount: 1, MaxCount: 20, Placement: { AvailabilityZone: AZ, GroupName: "kafka", PartitionNumber: 1 } })
      expect(more.Instances!.length).toBe(8 - rows.filter(([p]) => p === 1).length)
      expect(yield* err(launch({ Placement: { AvailabilityZone: AZ, GroupName: "kafka", PartitionNumber: 1 } }))).toEqual(
        ice("m5.large", AZ, OTHER_AZS)
      )
    }), { seed: 5, fleet: { racksPerAz: 6, hostsPerRack: 1, vCpusPerHost: 8 } }))

  it("a stop releases the host; a start is a new placement that may fail with ICE, leaving the instance stopped", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const [a] = ids(yield* launch())
      yield* TestClock.adjust("5 seconds")
      yield* ec2.stopInstances({ InstanceIds: [a!] })
      expect(yield* hostsOf([a!])).toEqual([{ RackId: 0, HostId: 0 }]) // stopping still holds it
      yield* TestClock.adjust("5 seconds")
      expect(yield* stateOf(a!)).toBe("stopped")
      expect(yield* hostsOf([a!])).toEqual([{ RackId: undefined, HostId: undefined }])
      const [b] = ids(yield* launch()) // the freed host
      const before = yield* state
      expect(yield* err(ec2.startInstances({ InstanceIds: [a!] }))).toEqual(ice("m5.large", AZ, []))
      expect(yield* stateOf(a!)).toBe("stopped")
      expect(yield* state).toBe(before)
      yield* ec2.terminateInstances({ InstanceIds: [b!] })
      // shutting-down no longer holds the host
      const started = yield* ec2.startInstances({ InstanceIds: [a!] })
      expect(started.StartingInstances![0]!.CurrentState?.Name).toBe("pending")
      expect(yield* hostsOf([a!])).toEqual([{ RackId: 0, HostId: 0 }])
    }), { seed: 6, fleet: { racksPerAz: 1, hostsPerRack: 1, vCpusPerHost: 2 } }))

  it("a start re-admits spread members on racks distinct from the running members", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      yield* group("web", "spread")
      const [a, b] = ids(yield* launch({ MinCount: 2, MaxCount: 2, Placement: { AvailabilityZone: AZ, GroupName: "web" } }))
      yield* TestClock.adjust("5 seconds")
      yield* ec2.stopInstances({ InstanceIds: [a!] })
      yield* TestClock.adjust("5 seconds")
      // a's rack is free again for the group: c takes it, so a has nowhere to go
      yield* launch({ Placement: { AvailabilityZone: AZ, GroupName: "web" } })
      expect((yield* err(ec2.startInstances({ InstanceIds: [a!] }))).code).toBe("InsufficientInstanceCapacity")
      yield* ec2.terminateInstances({ InstanceIds: [b!] })
      yield* ec2.startInstances({ InstanceIds: [a!] })
      expect(yield* stateOf(a!)).toBe("pending")
    }), { seed: 7, fleet: { racksPerAz: 2, hostsPerRack: 4, vCpusPerHost: 64 } }))

  it("a snapshot keeps the hosts: a restored world admits exactly as the original", () =>
    run(Effect.gen(function*() {
      yield* launch({ MinCount: 3, MaxCount: 3 })
      const hv = yield* Hypervisor.Hypervisor
      const bytes = yield* hv.snapshot
      const [x] = ids(yield* launch())
      const placed = yield* hostsOf([x!])
      yield* hv.restore(bytes)
      const [y] = ids(yield* launch())
      expect(yield* hostsOf([y!])).toEqual(placed)
      expect((yield* err(launch())).code).toBe("InsufficientInstanceCapacity")
    }), { seed: 8, fleet: { racksPerAz: 2, hostsPerRack: 1, vCpusPerHost: 4 } }))
})

// ------------------------------------------------------------------------------------------------
// property: random launch/stop/start/terminate sequences never overcommit a host or break rack rules
// ------------------------------------------------------------------------------------------------

const FLEET = { RacksPerAz: 4, HostsPerRack: 2, VCpusPerHost: 8 }
const TYPES = { "m5.large": 2, "m5.xlarge": 4, "c5.2xlarge": 8 } as const
const GROUPS = ["", "spread", "cluster", "part"] as const

type Op =
  | { readonly op: "launch"; readonly type: keyof typeof TYPES; readonly group: (typeof GROUPS)[number]; readonly partition: number; readonly min: number; readonly extra: number }
  | { readonly op: "stop" | "start" | "terminate"; readonly pick: number }
  | { readonly op: "wait"; readonly seconds: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    op: fc.constant("launch" as const),
    type: fc.constantFrom(...(Object.keys(TYPES) as Array<keyof typeof TYPES>)),
    group: fc.constantFrom(...GROUPS),
    partition: fc.integer({ min: 0, max: 3 }),
    min: fc.integer({ min: 1, max: 3 }),
    extra: fc.integer({ min: 0, max: 3 })
  }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom("stop" as const, "start" as const, "terminate" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("wait" as const), seconds: fc.integer({ min: 1, max: 12 }) }) }
)

const checkInvariants = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => {
    const used = new Map<string, number>()
    const racks = new Map<string, Array<readonly [number, number | undefined]>>()
    for (const r of w.all("instances")) {
      const active = r.Lifecycle.State === "pending" || r.Lifecycle.State === "running" || r.Lifecycle.State === "stopping"
      if (r.Lifecycle.State === "stopped" || r.Lifecycle.State === "terminated") {
        expect(r.RackId).toBeUndefined()
      }
      if (!active) continue
      expect(r.RackId).toBeGreaterThanOrEqual(0)
      expect(r.RackId).toBeLessThan(FLEET.RacksPerAz)
      expect(r.HostId).toBeLessThan(FLEET.HostsPerRack)
      const key = `${r.AvailabilityZone}|${r.RackId}|${r.HostId}`
      used.set(key, (used.get(key) ?? 0) + TYPES[r.InstanceType as keyof typeof TYPES])
      if (r.PlacementGroupName !== undefined) {
        racks.set(r.PlacementGroupName, [...(racks.get(r.PlacementGroupName) ?? []), [r.RackId!, r.PartitionNumber] as const])
      }
    }
    for (const v of used.values()) expect(v).toBeLessThanOrEqual(FLEET.VCpusPerHost)
    const spread = (racks.get("spread") ?? []).map(([r]) => r)
    expect(new Set(spread).size).toBe(spread.length)
    expect(spread.length).toBeLessThanOrEqual(7)
    const cluster = new Set((racks.get("cluster") ?? []).map(([r]) => r >> 1))
    expect(cluster.size).toBeLessThanOrEqual(1)
    for (const [r, p] of racks.get("part") ?? []) expect(r % 3).toBe(p! - 1)
  })
)

describe("fleet property", () => {
  it("random launch/stop/start/terminate sequences never overcommit a host nor break spread/cluster/partition rack rules; failures change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) =>
        run(Effect.gen(function*() {
          const ec2 = yield* Ec2.Ec2
          yield* group("spread", "spread")
          yield* group("cluster", "cluster")
          yield* group("part", "partition", 3)
          const launched: Array<string> = []
          for (const o of ops) {
            const before = yield* state
            let exit: Exit.Exit<unknown, Ec2Error.Ec2Error>
            if (o.op === "launch") {
              exit = yield* Effect.exit(launch({
                InstanceType: o.type,
                MinCount: o.min,
                MaxCount: o.min + o.extra,
                Placement: {
                  AvailabilityZone: AZ,
                  ...(o.group !== "" ? { GroupName: o.group } : {}),
                  ...(o.group === "part" && o.partition > 0 ? { PartitionNumber: o.partition } : {})
                }
              }).pipe(Effect.tap((r) => Effect.sync(() => launched.push(...ids(r))))))
              if (Exit.isSuccess(exit)) {
                const n = (exit.value as { Instances: ReadonlyArray<unknown> }).Instances.length
                expect(n).toBeGreaterThanOrEqual(o.min)
                expect(n).toBeLessThanOrEqual(o.min + o.extra)
              }
            } else if (o.op === "wait") {
              yield* TestClock.adjust(`${o.seconds} seconds`)
              exit = Exit.void
            } else {
              const id = launched[o.pick % Math.max(1, launched.length)]
              if (id === undefined) continue
              const req = { InstanceIds: [id] }
              exit = yield* Effect.exit(
                o.op === "stop"
                  ? Effect.asVoid(ec2.stopInstances(req))
                  : o.op === "start"
                  ? Effect.asVoid(ec2.startInstances(req))
                  : Effect.asVoid(ec2.terminateInstances(req))
              )
              if (o.op === "start" && Exit.isFailure(exit)) expect(["stopped", "stopping", "shutting-down", "terminated", "pending", "running"]).toContain(yield* stateOf(id))
            }
            if (Exit.isFailure(exit)) expect(yield* state).toBe(before)
            yield* checkInvariants
          }
        }), { seed: 9, fleet: { racksPerAz: FLEET.RacksPerAz, hostsPerRack: FLEET.HostsPerRack, vCpusPerHost: FLEET.VCpusPerHost } })
      ),
      { numRuns: CI ? 1000 : 100 }
    )
  }, 600_000)
})
