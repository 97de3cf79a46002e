/**
 * EC2 Fleet on the memory backend (operations/fleets.ts, fleetLaunch.ts, fleetRequest.ts): instant fleets with
 * on-demand and Spot capacity, Errors, request/maintain fleets in virtual time, replacement, expiry, deletion,
 * and the request's checks.
 */
import { Duration, Effect, type Scope } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Ec2Shapes } from "@ec2kit/core"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { spotPrice } from "../src/internal/SpotPricing.js"
import type { World } from "../src/internal/World.js"
import { failure } from "./storageWorld.js"

const spotPriceOf = (w: World, az: string) => spotPrice(w, az, "t3.micro")!

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

type CreateFleet = Ec2Shapes.CreateFleetRequest

/** A world with a launch template (x86 AMI, t3.micro) and helpers. */
const setup = Effect.gen(function*() {
  const m = yield* Ec2Memory.make({ seed: 7 })
  const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
  const t = yield* m.ec2.createLaunchTemplate({ LaunchTemplateName: "fleet-lt", LaunchTemplateData: { ImageId: ImageId as never, InstanceType: "t3.micro" as never } })
  const LaunchTemplateId = t.LaunchTemplate!.LaunchTemplateId!
  const zones = yield* m.engine.read((w) => w.meta.Zones.map((z) => z.ZoneName))
  const fleet = (extra: Partial<CreateFleet> & { readonly TargetCapacitySpecification: CreateFleet["TargetCapacitySpecification"] }): CreateFleet => ({
    Type: "instant",
    LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: LaunchTemplateId as never, Version: "$Latest" } }],
    ...extra
  })
  const instancesOf = (fleetId: string) =>
    m.engine.read((w) => [...w.all("instances")].filter((r) => w.tagsOf(r.InstanceId).some(([k, v]) => k === "aws:ec2:fleet-id" && v === fleetId)))
  const fleetOf = (FleetId: string) => Effect.map(m.ec2.describeFleets({ FleetIds: [FleetId] }), (r) => r.Fleets![0]!)
  const advance = (ms: number) => TestClock.adjust(Duration.millis(ms)).pipe(Effect.andThen(m.engine.read(() => undefined)))
  return { ...m, ImageId, LaunchTemplateId, zones, fleet, instancesOf, fleetOf, advance }
})

describe("CreateFleet instant", () => {
  it("launches on-demand and Spot capacity, tags each instance with aws:ec2:fleet-id, and DescribeFleets shows them", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({
        TargetCapacitySpecification: { TotalTargetCapacity: 4, OnDemandTargetCapacity: 2, SpotTargetCapacity: 2, DefaultTargetCapacityType: "on-demand" }
      }))
      expect(r.FleetId).toMatch(/^fleet-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      expect(r.Errors).toEqual([])
      const byMarket = (l: string) => (r.Instances ?? []).filter((i) => i.Lifecycle === l).flatMap((i) => i.InstanceIds ?? [])
      expect(byMarket("on-demand")).toHaveLength(2)
      expect(byMarket("spot")).toHaveLength(2)
      const records = yield* s.instancesOf(r.FleetId!)
      expect(records).toHaveLength(4)
      expect(records.filter((x) => x.Spot !== undefined)).toHaveLength(2)
      const described = yield* s.fleetOf(r.FleetId!)
      expect(described.FleetState).toBe("active")
      expect(described.Type).toBe("instant")
      expect(described.FulfilledCapacity).toBe(4)
      expect(described.FulfilledOnDemandCapacity).toBe(2)
      expect((described.Instances ?? []).flatMap((i) => i.InstanceIds ?? []).sort()).toEqual(records.map((x) => x.InstanceId).sort())
      const tags = yield* s.ec2.describeTags({ Filters: [{ Name: "resource-id", Values: [records[0]!.InstanceId] }] })
      expect((tags.Tags ?? []).find((t) => t.Key === "aws:ec2:fleet-id")?.Value).toBe(r.FleetId)
    })))

  it("an override whose type does not run the AMI is an Errors entry with RunInstances' error; the others fulfil the target", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({
        LaunchTemplateConfigs: [{
          LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" },
          Overrides: [{ InstanceType: "m6g.large" as never, AvailabilityZone: s.zones[0]!, Priority: 0 }, { InstanceType: "m5.large" as never, AvailabilityZone: s.zones[0]!, Priority: 1 }]
        }],
        OnDemandOptions: { AllocationStrategy: "prioritized" },
        TargetCapacitySpecification: { TotalTargetCapacity: 3, DefaultTargetCapacityType: "on-demand" }
      }))
      expect(r.Instances).toHaveLength(1)
      expect(r.Instances![0]!.InstanceType).toBe("m5.large")
      expect(r.Instances![0]!.InstanceIds).toHaveLength(3)
      expect(r.Errors).toHaveLength(1)
      expect(r.Errors![0]!.ErrorCode).toBe("InvalidParameterValue")
      expect(r.Errors![0]!.ErrorMessage).toMatch(/architecture/)
      expect(r.Errors![0]!.LaunchTemplateAndOverrides?.Overrides?.InstanceType).toBe("m6g.large")
      expect(r.Errors![0]!.Lifecycle).toBe("on-demand")
    })))

  it("capacity short: what launched plus InsufficientInstanceCapacity; nothing: InsufficientCapacity", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const az = s.zones[0]!
      yield* s.hypervisor.setCapacity({ AvailabilityZone: az, InstanceType: "t3.micro", Count: 2 })
      const Overrides = [{ AvailabilityZone: az }]
      const LaunchTemplateConfigs = [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides }]
      const partial = yield* s.ec2.createFleet(s.fleet({ LaunchTemplateConfigs, TargetCapacitySpecification: { TotalTargetCapacity: 3, DefaultTargetCapacityType: "on-demand" } }))
      expect(partial.Instances!.flatMap((i) => i.InstanceIds ?? [])).toHaveLength(2)
      expect(partial.Errors!.map((e) => [e.ErrorCode, e.ErrorMessage])).toEqual([["InsufficientInstanceCapacity", ""]])
      const none = yield* s.ec2.createFleet(s.fleet({ LaunchTemplateConfigs, TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }))
      expect(none.Instances).toEqual([])
      expect(none.Errors!.map((e) => [e.ErrorCode, e.Lifecycle])).toEqual([["InsufficientCapacity", "spot"]])
    })))

  it("MinTargetCapacity not reached: nothing of that market launches", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const az = s.zones[0]!
      yield* s.hypervisor.setCapacity({ AvailabilityZone: az, InstanceType: "t3.micro", Count: 2 })
      const r = yield* s.ec2.createFleet(s.fleet({
        LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ AvailabilityZone: az }] }],
        OnDemandOptions: { MinTargetCapacity: 3, SingleInstanceType: true },
        TargetCapacitySpecification: { TotalTargetCapacity: 3, DefaultTargetCapacityType: "on-demand" }
      }))
      expect(r.Instances).toEqual([])
      expect(r.Errors!.map((e) => e.ErrorCode)).toEqual(["InsufficientCapacity"])
      expect(yield* s.instancesOf(r.FleetId!)).toEqual([])
    })))

  it("Spot diversified spreads over every pool; lowest-price with InstancePoolsToUseCount 2 over the two cheapest", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const Overrides = s.zones.slice(0, 3).map((AvailabilityZone) => ({ AvailabilityZone }))
      const LaunchTemplateConfigs = [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides }]
      const byAz = (r: Ec2Shapes.CreateFleetResult) => Object.fromEntries((r.Instances ?? []).map((i) => [i.AvailabilityZone, i.InstanceIds!.length]))
      const d = yield* s.ec2.createFleet(s.fleet({ LaunchTemplateConfigs, SpotOptions: { AllocationStrategy: "diversified" }, TargetCapacitySpecification: { TotalTargetCapacity: 6, DefaultTargetCapacityType: "spot" } }))
      expect(byAz(d)).toEqual(Object.fromEntries(s.zones.slice(0, 3).map((z) => [z, 2])))
      const prices = yield* s.engine.read((w) => s.zones.slice(0, 3).map((z) => [z, spotPriceOf(w, z)] as const))
      const cheapest = [...prices].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([z]) => z)
      const l = yield* s.ec2.createFleet(s.fleet({ LaunchTemplateConfigs, SpotOptions: { AllocationStrategy: "lowest-price", InstancePoolsToUseCount: 2 }, TargetCapacitySpecification: { TotalTargetCapacity: 4, DefaultTargetCapacityType: "spot" } }))
      expect(byAz(l)).toEqual(Object.fromEntries(cheapest.map((z) => [z, 2])))
    })))

  it("Spot capacity-optimized: the pool with most Spot capacity, even when a smaller one could take the request", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const [a, b] = s.zones
      yield* s.engine.transact((w) => Effect.sync(() => {
        // as Hypervisor.setSpotCapacity records it
        w.put("spotPools", { Key: `${a}|t3.micro`, AvailabilityZone: a!, InstanceType: "t3.micro", Capacity: 3 })
        w.put("spotPools", { Key: `${b}|t3.micro`, AvailabilityZone: b!, InstanceType: "t3.micro", Capacity: 40 })
      }))
      const r = yield* s.ec2.createFleet(s.fleet({
        LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ AvailabilityZone: a! }, { AvailabilityZone: b! }] }],
        SpotOptions: { AllocationStrategy: "capacity-optimized" },
        TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" }
      }))
      expect(r.Instances!.map((i) => [i.AvailabilityZone, i.InstanceIds!.length])).toEqual([[b, 2]])
    })))

  it("MaxPrice is per unit-hour: a weight-2 instance may cost twice it; below the unit price the pool is SpotMaxPriceTooLow", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const az = s.zones[0]!
      const unit = yield* s.engine.read((w) => spotPriceOf(w, az))
      const fleetAt = (MaxPrice: string) =>
        s.ec2.createFleet(s.fleet({
          LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ AvailabilityZone: az, WeightedCapacity: 2, MaxPrice }] }],
          TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" }
        }))
      const ok = yield* fleetAt((unit / 2 + 0.0001).toFixed(4))
      expect(ok.Instances!.flatMap((i) => i.InstanceIds ?? [])).toHaveLength(1)
      const low = yield* fleetAt((unit / 2 - 0.0001).toFixed(4))
      expect(low.Instances).toEqual([])
      expect(low.Errors!.map((e) => e.ErrorCode)).toEqual(["SpotMaxPriceTooLow"])
    })))

  it("LaunchTemplateSpecificationUserData: the instances get that user data", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({
        LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1", LaunchTemplateSpecificationUserData: "ZWNobyBoaQ==" } }],
        TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" }
      }))
      const records = yield* s.instancesOf(r.FleetId!)
      expect(records.map((x) => x.UserData)).toEqual(["ZWNobyBoaQ=="])
    })))

  it("weights: instances rounded up to cover the target units", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({
        LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ AvailabilityZone: s.zones[1]!, WeightedCapacity: 4 }] }],
        TargetCapacitySpecification: { TotalTargetCapacity: 10, DefaultTargetCapacityType: "on-demand" }
      }))
      expect(r.Instances!.flatMap((i) => i.InstanceIds ?? [])).toHaveLength(3)
      expect((yield* s.fleetOf(r.FleetId!)).FulfilledCapacity).toBe(12)
    })))
})

describe("CreateFleet checks", () => {
  const cases: ReadonlyArray<readonly [string, (s: Effect.Success<typeof setup>) => CreateFleet, string, RegExp]> = [
    ["on-demand + spot above total", (s) => s.fleet({ TargetCapacitySpecification: { TotalTargetCapacity: 2, OnDemandTargetCapacity: 2, SpotTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidFleetConfig", /cannot exceed TotalTargetCapacity/],
    ["no default market", (s) => s.fleet({ TargetCapacitySpecification: { TotalTargetCapacity: 2 } }), "MissingParameter", /DefaultTargetCapacityType/],
    ["InstancePoolsToUseCount with diversified", (s) => s.fleet({ SpotOptions: { AllocationStrategy: "diversified", InstancePoolsToUseCount: 2 }, TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" } }), "InvalidParameterCombination", /lowest-price/],
    ["MinTargetCapacity without Single*", (s) => s.fleet({ SpotOptions: { MinTargetCapacity: 1 }, TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" } }), "InvalidParameterCombination", /SingleInstanceType or SingleAvailabilityZone/],
    ["MinTargetCapacity on a maintain fleet", (s) => s.fleet({ Type: "maintain", SpotOptions: { MinTargetCapacity: 1, SingleInstanceType: true }, TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" } }), "InvalidParameterCombination", /only for fleets of type instant/],
    ["no launch template", (s) => s.fleet({ LaunchTemplateConfigs: [{ Overrides: [{ InstanceType: "t3.micro" as never }] }], TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "MissingParameter", /LaunchTemplateSpecification/],
    ["no launch template Version (SDK: 'You must specify a value')", (s) => s.fleet({ LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never } }], TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "MissingParameter", /LaunchTemplateSpecification\.Version/],
    ["user data in the spec of a maintain fleet", (s) => s.fleet({ Type: "maintain", LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1", LaunchTemplateSpecificationUserData: "ZWNobyBoaQ==" } }], TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidParameterCombination", /instant/],
    ["unknown launch template", (s) => s.fleet({ LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateName: "nope-nope", Version: "1" } }], TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidLaunchTemplateName.NotFoundException", /nope-nope/],
    ["MaxPrice at $0.001", (s) => s.fleet({ LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ MaxPrice: "0.001" }] }], TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidParameterValue", /MaxPrice/],
    ["stop behaviour on a request fleet", (s) => s.fleet({ Type: "request", SpotOptions: { InstanceInterruptionBehavior: "stop" }, TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidParameterCombination", /maintain/],
    ["ValidUntil on an instant fleet", (s) => s.fleet({ ValidUntil: new Date(Date.UTC(2100, 0, 1)), TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidParameterCombination", /instant/],
    ["the same type twice in one AZ (AWS's text)", (s) => s.fleet({ LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ AvailabilityZone: s.zones[0]!, WeightedCapacity: 1 }, { InstanceType: "t3.micro" as never, AvailabilityZone: s.zones[0]!, WeightedCapacity: 2 }] }], TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidFleetConfig", /^The fleet configuration contains duplicate instance pools\.$/],
    ["ReplaceUnhealthyInstances on a request fleet", (s) => s.fleet({ Type: "request", ReplaceUnhealthyInstances: true, TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidParameterCombination", /maintain/],
    ["a weight so small the target needs more than 10,000 instances", (s) => s.fleet({ Type: "maintain", LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ WeightedCapacity: 0.001 }] }], TargetCapacitySpecification: { TotalTargetCapacity: 11, DefaultTargetCapacityType: "spot" } }), "InvalidFleetConfig", /more than 10000 instances/],
    ["an infinite weight", (s) => s.fleet({ LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides: [{ WeightedCapacity: Infinity }] }], TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "spot" } }), "InvalidParameterValue", /WeightedCapacity/],
    ["target above 10,000", (s) => s.fleet({ Type: "maintain", TargetCapacitySpecification: { TotalTargetCapacity: 10_001, DefaultTargetCapacityType: "spot" } }), "InvalidParameterValue", /10000/]
  ]
  for (const [name, make, code, text] of cases) {
    it(`${name}: ${code}, nothing created`, () =>
      run(Effect.gen(function*() {
        const s = yield* setup
        const e = yield* failure(s.ec2.createFleet(make(s)))
        expect(e.code).toBe(code)
        expect(e.message).toMatch(text)
        expect(yield* s.engine.read((w) => [w.count("fleets"), w.count("instances")])).toEqual([0, 0])
      })))
  }

  it("two subnets in one AZ: InvalidFleetConfig", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const vpc = yield* s.ec2.createVpc({ CidrBlock: "10.1.0.0/16" })
      const a = yield* s.ec2.createSubnet({ VpcId: vpc.Vpc!.VpcId! as never, CidrBlock: "10.1.1.0/24", AvailabilityZone: s.zones[0]! })
      const b = yield* s.ec2.createSubnet({ VpcId: vpc.Vpc!.VpcId! as never, CidrBlock: "10.1.2.0/24", AvailabilityZone: s.zones[0]! })
      const e = yield* failure(s.ec2.createFleet(s.fleet({
        LaunchTemplateConfigs: [{
          LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" },
          Overrides: [{ SubnetId: a.Subnet!.SubnetId! as never }, { SubnetId: b.Subnet!.SubnetId! as never }]
        }],
        TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" }
      })))
      expect(e.code).toBe("InvalidFleetConfig")
      expect(e.message).toMatch(/same Availability Zone/)
    })))

  it("ClientToken: a retry answers the same fleet; other arguments are IdempotentParameterMismatch", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const req = s.fleet({ ClientToken: "tok-1", TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" } })
      const a = yield* s.ec2.createFleet(req)
      const b = yield* s.ec2.createFleet(req)
      expect(b.FleetId).toBe(a.FleetId)
      expect(b.Instances).toEqual(a.Instances)
      const e = yield* failure(s.ec2.createFleet({ ...req, TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "on-demand" } }))
      expect(e.code).toBe("IdempotentParameterMismatch")
      expect(yield* s.engine.read((w) => w.count("fleets"))).toBe(1)
    })))
})

describe("request and maintain fleets in virtual time", () => {
  it("maintain: submitted, then active and fulfilled; a terminated instance is replaced; DescribeFleetInstances lists the active ones", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({ Type: "maintain", TargetCapacitySpecification: { TotalTargetCapacity: 3, DefaultTargetCapacityType: "spot" } }))
      expect(r).toEqual({ FleetId: r.FleetId })
      const before = yield* s.engine.read((w) => w.get("fleets", r.FleetId!)!.FleetState)
      expect(before).toBe("submitted")
      yield* s.advance(1_000)
      const f = yield* s.fleetOf(r.FleetId!)
      expect([f.FleetState, f.ActivityStatus, f.FulfilledCapacity]).toEqual(["active", "fulfilled", 3])
      const first = yield* s.ec2.describeFleetInstances({ FleetId: r.FleetId! })
      expect(first.ActiveInstances).toHaveLength(3)
      const victim = first.ActiveInstances![0]!.InstanceId!
      yield* s.ec2.terminateInstances({ InstanceIds: [victim as never] })
      yield* s.advance(60_000)
      const after = yield* s.ec2.describeFleetInstances({ FleetId: r.FleetId! })
      expect(after.ActiveInstances).toHaveLength(3)
      expect(after.ActiveInstances!.map((i) => i.InstanceId)).not.toContain(victim)
      expect((yield* s.fleetOf(r.FleetId!)).FulfilledCapacity).toBe(3)
    })))

  it("maintain: a Spot interruption (two-minute notice, then terminate) is replaced once the instance shuts down", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({ Type: "maintain", TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" } }))
      yield* s.advance(1_000)
      const ids = (yield* s.ec2.describeFleetInstances({ FleetId: r.FleetId! })).ActiveInstances!.map((i) => i.InstanceId!)
      yield* s.advance(60_000) // running
      yield* s.hypervisor.interruptSpot(ids[0]!)
      yield* s.advance(60_000)
      // during the notice the instance still runs: nothing replaced yet
      expect((yield* s.instancesOf(r.FleetId!))).toHaveLength(2)
      yield* s.advance(120_000)
      const live = (yield* s.ec2.describeFleetInstances({ FleetId: r.FleetId! })).ActiveInstances!.map((i) => i.InstanceId!)
      expect(live).toHaveLength(2)
      expect(live).not.toContain(ids[0])
    })))

  it("ReplaceUnhealthyInstances: a Spot instance impaired for three health checks (6 minutes) is replaced; one that recovers, or without the option, is kept", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const make = (ReplaceUnhealthyInstances: boolean) =>
        s.ec2.createFleet(s.fleet({ Type: "maintain", ReplaceUnhealthyInstances, TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" } }))
      const replacing = (yield* make(true)).FleetId!
      const keeping = (yield* make(false)).FleetId!
      yield* s.advance(60_000)
      const active = (id: string) => Effect.map(s.ec2.describeFleetInstances({ FleetId: id }), (r) => r.ActiveInstances!)
      const [sick, recovers] = (yield* active(replacing)).map((i) => i.InstanceId!)
      const other = (yield* active(keeping))[0]!.InstanceId!
      for (const id of [sick!, recovers!, other]) yield* s.hypervisor.setStatus(id, { InstanceStatus: "impaired" })
      yield* s.advance(5 * 60_000)
      expect((yield* active(replacing)).find((i) => i.InstanceId === sick)?.InstanceHealth).toBe("unhealthy")
      yield* s.hypervisor.setStatus(recovers!, { InstanceStatus: "ok" })
      yield* s.advance(60_000)
      const after = (yield* active(replacing)).map((i) => i.InstanceId!)
      expect(after).toHaveLength(2)
      expect(after).not.toContain(sick)
      expect(after).toContain(recovers)
      expect((yield* active(keeping)).map((i) => i.InstanceId)).toContain(other)
    })))

  it("ActivityStatus: instant fulfilled whatever it launched; request short of capacity pending_fulfillment, with a launch error error", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const az = s.zones[0]!
      yield* s.hypervisor.setCapacity({ AvailabilityZone: az, InstanceType: "t3.micro", Count: 0 })
      const Overrides = [{ AvailabilityZone: az }]
      const LaunchTemplateConfigs = [{ LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" }, Overrides }]
      const target = { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" as const }
      const instant = yield* s.ec2.createFleet(s.fleet({ LaunchTemplateConfigs, TargetCapacitySpecification: target }))
      const short = yield* s.ec2.createFleet(s.fleet({ Type: "request", LaunchTemplateConfigs, TargetCapacitySpecification: target }))
      const broken = yield* s.ec2.createFleet(s.fleet({
        Type: "request",
        LaunchTemplateConfigs: [{ ...LaunchTemplateConfigs[0]!, Overrides: [{ AvailabilityZone: s.zones[1]!, InstanceType: "m6g.large" as never }] }],
        TargetCapacitySpecification: target
      }))
      yield* s.advance(1_000)
      const status = (id: string) => Effect.map(s.fleetOf(id), (f) => f.ActivityStatus)
      expect([yield* status(instant.FleetId!), yield* status(short.FleetId!), yield* status(broken.FleetId!)]).toEqual(["fulfilled", "pending_fulfillment", "error"])
    })))

  it("request: not replaced; ValidFrom delays fulfilment", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const now = yield* s.engine.read((w) => w.now)
      const r = yield* s.ec2.createFleet(s.fleet({ Type: "request", ValidFrom: new Date(now + 3_600_000), TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "on-demand" } }))
      yield* s.advance(3_599_000)
      expect((yield* s.fleetOf(r.FleetId!)).FleetState).toBe("submitted")
      yield* s.advance(1_000)
      const ids = (yield* s.ec2.describeFleetInstances({ FleetId: r.FleetId! })).ActiveInstances!.map((i) => i.InstanceId!)
      expect(ids).toHaveLength(2)
      yield* s.ec2.terminateInstances({ InstanceIds: [ids[0]! as never] })
      yield* s.advance(600_000)
      expect((yield* s.ec2.describeFleetInstances({ FleetId: r.FleetId! })).ActiveInstances).toHaveLength(1)
    })))

  it("ValidUntil with TerminateInstancesWithExpiration: the instances are terminated and the fleet ends", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const now = yield* s.engine.read((w) => w.now)
      const r = yield* s.ec2.createFleet(s.fleet({
        Type: "maintain",
        ValidUntil: new Date(now + 86_400_000),
        TerminateInstancesWithExpiration: true,
        TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "on-demand" }
      }))
      yield* s.advance(86_400_000)
      const states = (yield* s.instancesOf(r.FleetId!)).map((x) => x.Lifecycle.State)
      expect(states.every((x) => x === "shutting-down" || x === "terminated")).toBe(true)
      yield* s.advance(3_600_000)
      expect((yield* s.fleetOf(r.FleetId!)).FleetState).toBe("deleted")
      expect((yield* s.instancesOf(r.FleetId!)).length).toBeLessThanOrEqual(2)
    })))

  it("DescribeFleetInstances of an instant fleet: Unsupported (AWS's text)", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({ TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" } }))
      const e = yield* failure(s.ec2.describeFleetInstances({ FleetId: r.FleetId! }))
      expect(e).toEqual({ code: "Unsupported", message: `Fleet ${r.FleetId} is instant fleet. Describe fleet instances is not supported by this type of fleet` })
    })))
})

describe("DeleteFleets and DescribeFleets", () => {
  it("instant without TerminateInstances is refused; with it deleted_terminating then deleted; unknown and malformed ids", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({ TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "on-demand" } }))
      const id = r.FleetId!
      const refused = yield* s.ec2.deleteFleets({ FleetIds: [id], TerminateInstances: false })
      expect(refused.SuccessfulFleetDeletions).toEqual([])
      // the EC2 User Guide's text ("Troubleshoot NoTerminateInstancesNotSupported")
      expect(refused.UnsuccessfulFleetDeletions).toEqual([
        { FleetId: id, Error: { Code: "NoTerminateInstancesNotSupported", Message: "NoTerminateInstances option is not supported for instant fleet" } }
      ])
      const missing = "fleet-00000000-0000-4000-8000-000000000000"
      const done = yield* s.ec2.deleteFleets({ FleetIds: [id, missing, "fleet-x"], TerminateInstances: true })
      expect(done.SuccessfulFleetDeletions).toEqual([{ FleetId: id, PreviousFleetState: "active", CurrentFleetState: "deleted_terminating" }])
      expect(done.UnsuccessfulFleetDeletions!.map((u) => [u.FleetId, u.Error!.Code])).toEqual([[missing, "fleetIdDoesNotExist"], ["fleet-x", "fleetIdMalformed"]])
      yield* s.advance(3_600_000)
      expect((yield* s.fleetOf(id)).FleetState).toBe("deleted")
      const again = yield* s.ec2.deleteFleets({ FleetIds: [id], TerminateInstances: true })
      expect(again.UnsuccessfulFleetDeletions!.map((u) => u.Error!.Code)).toEqual(["fleetNotInDeletableState"])
    })))

  it("more than 25 instant fleets in one call: every one ExceededInstantFleetNumForDeletion (AWS's text), none deleted", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const ids: Array<string> = []
      for (let i = 0; i < 26; i++) {
        ids.push((yield* s.ec2.createFleet(s.fleet({ TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" } }))).FleetId!)
      }
      const r = yield* s.ec2.deleteFleets({ FleetIds: ids, TerminateInstances: true })
      expect(r.SuccessfulFleetDeletions).toEqual([])
      expect(r.UnsuccessfulFleetDeletions).toHaveLength(26)
      expect(r.UnsuccessfulFleetDeletions![0]!.Error).toEqual({ Code: "ExceededInstantFleetNumForDeletion", Message: "Can’t delete more than 25 instant fleets in a single request." })
      const states = yield* s.engine.read((w) => [...w.all("fleets")].map((f) => f.FleetState))
      expect(new Set(states)).toEqual(new Set(["active"]))
    })))

  it("maintain without TerminateInstances: deleted_running, instances keep running and are not replaced", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({ Type: "maintain", TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "on-demand" } }))
      yield* s.advance(60_000)
      const d = yield* s.ec2.deleteFleets({ FleetIds: [r.FleetId!], TerminateInstances: false })
      expect(d.SuccessfulFleetDeletions![0]!.CurrentFleetState).toBe("deleted_running")
      const ids = (yield* s.instancesOf(r.FleetId!)).map((x) => x.InstanceId)
      yield* s.ec2.terminateInstances({ InstanceIds: [ids[0]! as never] })
      yield* s.advance(600_000)
      expect(yield* s.instancesOf(r.FleetId!)).toHaveLength(2)
    })))

  it("deleting a fleet cancels its Spot requests (running instances keep running with deleted_running)", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({ Type: "maintain", TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" } }))
      yield* s.advance(60_000)
      const requestsOf = Effect.map(s.ec2.describeSpotInstanceRequests({}), (d) => d.SpotInstanceRequests ?? [])
      const before = yield* requestsOf
      expect(before.map((q) => q.State)).toEqual(["active", "active"])
      yield* s.ec2.deleteFleets({ FleetIds: [r.FleetId!], TerminateInstances: false })
      const after = yield* requestsOf
      expect(after.map((q) => [q.State, q.Status?.Code])).toEqual([
        ["cancelled", "request-canceled-and-instance-running"],
        ["cancelled", "request-canceled-and-instance-running"]
      ])
      // a terminated instance is neither relaunched by its request nor replaced by the deleted fleet
      yield* s.ec2.terminateInstances({ InstanceIds: [before[0]!.InstanceId!] })
      yield* s.advance(600_000)
      const live = (yield* s.instancesOf(r.FleetId!)).filter((x) => x.Lifecycle.State === "running")
      expect(live).toHaveLength(1)
      expect(yield* s.engine.read((w) => [...w.all("instances")].filter((x) => x.Lifecycle.State === "running").length)).toBe(1)
    })))

  it("filters, tags and pages", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const TagSpecifications = [{ ResourceType: "fleet" as const, Tags: [{ Key: "team", Value: "a" }] }]
      const a = yield* s.ec2.createFleet(s.fleet({ TagSpecifications, TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" } }))
      const b = yield* s.ec2.createFleet(s.fleet({ Type: "request", TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" } }))
      const ids = (r: Ec2Shapes.DescribeFleetsResult) => (r.Fleets ?? []).map((f) => f.FleetId)
      expect(ids(yield* s.ec2.describeFleets({ Filters: [{ Name: "type", Values: ["instant"] }] }))).toEqual([a.FleetId])
      expect(ids(yield* s.ec2.describeFleets({ Filters: [{ Name: "tag:team", Values: ["a"] }] }))).toEqual([a.FleetId])
      expect(ids(yield* s.ec2.describeFleets({ Filters: [{ Name: "fleet-state", Values: ["submitted"] }] }))).toEqual([b.FleetId])
      const p1 = yield* s.ec2.describeFleets({ MaxResults: 1 })
      expect(p1.Fleets).toHaveLength(1)
      const p2 = yield* s.ec2.describeFleets({ MaxResults: 1, NextToken: p1.NextToken! })
      expect([...ids(p1), ...ids(p2)].sort()).toEqual([a.FleetId, b.FleetId].sort())
      expect(p2.NextToken).toBeUndefined()
      const e = yield* failure(s.ec2.describeFleets({ Filters: [{ Name: "colour", Values: ["x"] }] }))
      expect(e.code).toBe("InvalidParameterValue")
      const nf = yield* failure(s.ec2.describeFleets({ FleetIds: ["fleet-00000000-0000-4000-8000-000000000000"] }))
      expect(nf.code).toBe("InvalidFleetId.NotFound")
    })))
})

describe("fleet invariants (property)", () => {
  it("an instant fleet never launches more units than its target (ceil for weights) nor above any AZ's capacity, and launches nothing without capacity", () =>
    fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        // one override per AZ (the same type twice in one AZ is a duplicate pool)
        fc.uniqueArray(fc.record({ az: fc.integer({ min: 0, max: 2 }), weight: fc.constantFrom(1, 2, 3), cap: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 3, selector: (o) => o.az }),
        fc.constantFrom("lowest-price", "diversified", "capacity-optimized", "price-capacity-optimized") as fc.Arbitrary<"lowest-price">,
        (total, spotPart, overrides, strategy) =>
          run(Effect.gen(function*() {
            const s = yield* setup
            for (const o of overrides) yield* s.hypervisor.setCapacity({ AvailabilityZone: s.zones[o.az]!, InstanceType: "t3.micro", Count: o.cap })
            const spot = Math.min(spotPart, total)
            const r = yield* s.ec2.createFleet(s.fleet({
              LaunchTemplateConfigs: [{
                LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" },
                Overrides: overrides.map((o) => ({ AvailabilityZone: s.zones[o.az]!, WeightedCapacity: o.weight }))
              }],
              SpotOptions: { AllocationStrategy: strategy },
              TargetCapacitySpecification: { TotalTargetCapacity: total, SpotTargetCapacity: spot, DefaultTargetCapacityType: "on-demand" }
            }))
            const f = yield* s.fleetOf(r.FleetId!)
            const maxWeight = Math.max(...overrides.map((o) => o.weight))
            expect(f.FulfilledCapacity!).toBeLessThan(total + 2 * maxWeight)
            const records = yield* s.instancesOf(r.FleetId!)
            for (let az = 0; az < 3; az++) {
              const caps = overrides.filter((o) => o.az === az).map((o) => o.cap)
              if (caps.length === 0) continue
              // the last setCapacity of an AZ is its limit
              const limit = overrides.filter((o) => o.az === az).at(-1)!.cap
              expect(records.filter((x) => x.AvailabilityZone === s.zones[az]).length).toBeLessThanOrEqual(limit)
            }
            // the capacity of the AZs named: the last setCapacity of each
            const lastCap = new Map(overrides.map((o) => [o.az, o.cap] as const))
            const enough = [...lastCap.values()].reduce((sum, c) => sum + c, 0)
            if ((r.Errors ?? []).length === 0) expect(f.FulfilledCapacity!).toBeGreaterThanOrEqual(total)
            if (enough === 0) expect(records).toHaveLength(0)
          }))
      ),
      { numRuns: CI ? 1_000 : 25 }
    ), 600_000)
})

describe("the guide's example (docs/purchasing/fleets.md)", () => {
  it("an instant fleet of On-Demand and Spot, then a maintain fleet that replaces a terminated instance", () =>
    Effect.runPromise(Effect.scoped(guideExample).pipe(Effect.provide(TestClock.layer()))).then((out) =>
      expect(out).toEqual({
        instant: { onDemand: ["c5.large", "c5.large"], spot: ["4 × c5.large in us-east-1b"], errors: [] },
        maintain: { before: ["active", "fulfilled", 4], replaced: true, after: 4 }
      })
    ))
})

// the program of docs/purchasing/fleets.md, returning what the guide prints
const guideExample = Effect.gen(function*() {
  const { ec2 } = yield* Ec2Memory.make({ seed: "docs" })
  const image = (yield* ec2.describeImages({ Owners: ["amazon"] })).Images!.find((i) => i.Architecture === "x86_64")!
  const lt = yield* ec2.createLaunchTemplate({ LaunchTemplateName: "web", LaunchTemplateData: { ImageId: image.ImageId!, InstanceType: "m5.large" } })
  const LaunchTemplateSpecification = { LaunchTemplateId: lt.LaunchTemplate!.LaunchTemplateId!, Version: "$Latest" }
  const Overrides = [
    { InstanceType: "m5.large", AvailabilityZone: "us-east-1a" },
    { InstanceType: "c5.large", AvailabilityZone: "us-east-1a" },
    { InstanceType: "m5.large", AvailabilityZone: "us-east-1b" },
    { InstanceType: "c5.large", AvailabilityZone: "us-east-1b" }
  ]
  const r = yield* ec2.createFleet({
    Type: "instant",
    LaunchTemplateConfigs: [{ LaunchTemplateSpecification, Overrides }],
    TargetCapacitySpecification: { TotalTargetCapacity: 6, OnDemandTargetCapacity: 2, DefaultTargetCapacityType: "spot" },
    SpotOptions: { AllocationStrategy: "price-capacity-optimized" },
    OnDemandOptions: { AllocationStrategy: "lowest-price" }
  })
  const instant = {
    onDemand: (r.Instances ?? []).filter((i) => i.Lifecycle === "on-demand").flatMap((i) => (i.InstanceIds ?? []).map(() => i.InstanceType!)),
    spot: (r.Instances ?? []).filter((i) => i.Lifecycle === "spot").map((i) => `${i.InstanceIds!.length} × ${i.InstanceType} in ${i.AvailabilityZone}`),
    errors: r.Errors ?? []
  }
  const m = yield* ec2.createFleet({
    Type: "maintain",
    LaunchTemplateConfigs: [{ LaunchTemplateSpecification, Overrides }],
    TargetCapacitySpecification: { TotalTargetCapacity: 4, DefaultTargetCapacityType: "spot" },
    SpotOptions: { AllocationStrategy: "capacity-optimized" }
  })
  yield* TestClock.adjust(Duration.seconds(1))
  const f = (yield* ec2.describeFleets({ FleetIds: [m.FleetId!] })).Fleets![0]!
  const active = (yield* ec2.describeFleetInstances({ FleetId: m.FleetId! })).ActiveInstances!
  yield* ec2.terminateInstances({ InstanceIds: [active[0]!.InstanceId!] })
  yield* TestClock.adjust(Duration.minutes(1))
  const after = (yield* ec2.describeFleetInstances({ FleetId: m.FleetId! })).ActiveInstances!
  return {
    instant,
    maintain: {
      before: [f.FleetState, f.ActivityStatus, f.FulfilledCapacity],
      replaced: !after.some((i) => i.InstanceId === active[0]!.InstanceId),
      after: after.length
    }
  }
})

describe("maintain fleets (property)", () => {
  it("after any interleaving of terminations and time, a maintain fleet is back at its target and never above it", () =>
    fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.oneof(fc.record({ kill: fc.nat() }), fc.record({ wait: fc.integer({ min: 0, max: 120_000 }) })), { maxLength: 8 }),
        (total, spotPart, steps) =>
          run(Effect.gen(function*() {
            const s = yield* setup
            const spot = Math.min(spotPart, total)
            const r = yield* s.ec2.createFleet(s.fleet({
              Type: "maintain",
              TargetCapacitySpecification: { TotalTargetCapacity: total, SpotTargetCapacity: spot, DefaultTargetCapacityType: "on-demand" }
            }))
            yield* s.advance(1_000)
            const live = () =>
              Effect.map(s.instancesOf(r.FleetId!), (xs) => xs.filter((x) => x.Lifecycle.State === "pending" || x.Lifecycle.State === "running"))
            for (const step of steps) {
              if ("kill" in step) {
                const xs = yield* live()
                if (xs.length > 0) yield* s.ec2.terminateInstances({ InstanceIds: [xs[step.kill % xs.length]!.InstanceId] })
              } else yield* s.advance(step.wait)
              expect((yield* live()).length).toBeLessThanOrEqual(total)
            }
            yield* s.advance(60_000)
            const xs = yield* live()
            expect(xs.length).toBe(total)
            expect(xs.filter((x) => x.Spot !== undefined).length).toBe(spot)
            const f = yield* s.fleetOf(r.FleetId!)
            expect([f.FleetState, f.ActivityStatus, f.FulfilledCapacity]).toEqual(["active", "fulfilled", total])
          }))
      ),
      { numRuns: CI ? 1_000 : 30 }
    ), 600_000)
})

describe("fleets in snapshots", () => {
  it("a maintain fleet and its pending fulfilment survive a snapshot: the restored world fulfils it", () =>
    run(Effect.gen(function*() {
      const s = yield* setup
      const r = yield* s.ec2.createFleet(s.fleet({ Type: "maintain", TargetCapacitySpecification: { TotalTargetCapacity: 2, DefaultTargetCapacityType: "spot" } }))
      const bytes = yield* s.hypervisor.snapshot
      const restored = yield* Ec2Memory.make({ snapshot: bytes })
      yield* TestClock.adjust(Duration.seconds(1))
      const f = (yield* restored.ec2.describeFleets({ FleetIds: [r.FleetId!] })).Fleets![0]!
      expect([f.FleetState, f.ActivityStatus, f.FulfilledCapacity]).toEqual(["active", "fulfilled", 2])
      const ids = (yield* restored.ec2.describeFleetInstances({ FleetId: r.FleetId! })).ActiveInstances!.map((i) => i.InstanceId!)
      yield* restored.ec2.terminateInstances({ InstanceIds: [ids[0]!] })
      yield* TestClock.adjust(Duration.hours(2))
      const after = (yield* restored.ec2.describeFleetInstances({ FleetId: r.FleetId! })).ActiveInstances!
      expect(after).toHaveLength(2)
      // the vanished instance (gone an hour after termination) is forgotten at the next fulfilment
      yield* restored.ec2.terminateInstances({ InstanceIds: [after[0]!.InstanceId!] })
      yield* TestClock.adjust(Duration.minutes(1))
      const rec = yield* restored.engine.read((w) => w.get("fleets", r.FleetId!)!)
      expect(rec.Instances.map((i) => i.InstanceId)).not.toContain(ids[0])
      expect(rec.Instances).toHaveLength(3)
    })))
})

describe("hostile CreateFleet values", () => {
  it("NaN, Infinity and invalid dates answer a typed error or succeed; nothing dies", () =>
    fc.assert(
      fc.asyncProperty(
        fc.record({
          total: fc.constantFrom(Number.NaN, Infinity, -1, 0.5, 1, 3),
          od: fc.option(fc.constantFrom(Number.NaN, -Infinity, 1), { nil: undefined }),
          weight: fc.option(fc.constantFrom(Number.NaN, Infinity, 1e-300, 1e300, 2), { nil: undefined }),
          priority: fc.option(fc.constantFrom(Number.NaN, -1, 1.5, 2), { nil: undefined }),
          pools: fc.option(fc.constantFrom(Number.NaN, Infinity, 0, 2), { nil: undefined }),
          min: fc.option(fc.constantFrom(Number.NaN, Infinity, 1), { nil: undefined }),
          until: fc.option(fc.constantFrom(new Date(Number.NaN), new Date(0), new Date(8.64e15)), { nil: undefined }),
          type: fc.constantFrom("instant", "request", "maintain") as fc.Arbitrary<"instant">
        }),
        (v) =>
          run(Effect.gen(function*() {
            const s = yield* setup
            const exit = yield* Effect.exit(s.ec2.createFleet(s.fleet({
              Type: v.type,
              LaunchTemplateConfigs: [{
                LaunchTemplateSpecification: { LaunchTemplateId: s.LaunchTemplateId as never, Version: "1" },
                Overrides: [{ AvailabilityZone: s.zones[0]!, ...(v.weight !== undefined ? { WeightedCapacity: v.weight } : {}), ...(v.priority !== undefined ? { Priority: v.priority } : {}) }]
              }],
              ...(v.until !== undefined ? { ValidUntil: v.until } : {}),
              SpotOptions: { ...(v.pools !== undefined ? { InstancePoolsToUseCount: v.pools } : {}), ...(v.min !== undefined ? { MinTargetCapacity: v.min, SingleInstanceType: true } : {}) },
              TargetCapacitySpecification: { TotalTargetCapacity: v.total, ...(v.od !== undefined ? { OnDemandTargetCapacity: v.od } : {}), DefaultTargetCapacityType: "spot" }
            })))
            if (exit._tag === "Failure") expect(exit.cause.reasons.every((r) => r._tag === "Fail" && typeof (r.error as { code?: unknown }).code === "string")).toBe(true)
            yield* s.advance(60_000)
            yield* s.ec2.describeFleets({})
          }))
      ),
      { numRuns: CI ? 1_000 : 60 }
    ), 600_000)
})
