/**
 * On-Demand Capacity Reservations (`src/operations/capacityReservations.ts`, `reservedCapacity.ts`,
 * `reservationAdmission.ts`) through `Ec2.Ec2` and `Hypervisor` in virtual time.
 */
import { Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2, type Ec2Error, type Ec2Shapes } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { run } from "./world.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

const image = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64" && i.PlatformDetails === "Linux/UNIX")!.ImageId)
)

type RunRequest = Partial<(typeof Ec2Shapes.RunInstancesRequest)["Encoded"]>
type CreateRequest = Partial<(typeof Ec2Shapes.CreateCapacityReservationRequest)["Encoded"]>

const AZ = "us-east-1a"
const TYPE = "m5.large"

const launch = (extra: RunRequest = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.runInstances({ ImageId: yield* image, InstanceType: TYPE, MinCount: 1, MaxCount: 1, Placement: { AvailabilityZone: AZ }, ...extra })
  })

const reserve = (extra: CreateRequest = {}) =>
  Effect.flatMap(Ec2.Ec2, (ec2) =>
    ec2.createCapacityReservation({ InstanceType: TYPE, InstancePlatform: "Linux/UNIX", AvailabilityZone: AZ, InstanceCount: 2, ...extra } as never)
  ).pipe(Effect.map((r) => r.CapacityReservation!))

const describeOne = (id: string) =>
  Effect.flatMap(Ec2.Ec2, (ec2) => ec2.describeCapacityReservations({ CapacityReservationIds: [id] })).pipe(Effect.map((r) => r.CapacityReservations![0]!))

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) => Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))

const setCapacity = (Count: number | undefined, InstanceType: string | undefined = TYPE) =>
  Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.setCapacity({ AvailabilityZone: AZ, ...(InstanceType !== undefined ? { InstanceType } : {}), Count }))

/** Everything a refused request must leave alone. */
const state = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => JSON.stringify([[...w.all("instances")], [...w.all("capacityReservations")], [...w.all("tags")], [...w.all("timers")]]))
)

const ids = (r: { readonly Instances?: ReadonlyArray<{ readonly InstanceId?: string | undefined }> | undefined }) => r.Instances!.map((i) => i.InstanceId!)

describe("capacity reservations", () => {
  it("create answers an active reservation with AWS's members; open launches consume it, Available = Total − instances", () =>
    run(Effect.gen(function*() {
      const cr = yield* reserve({ TagSpecifications: [{ ResourceType: "capacity-reservation", Tags: [{ Key: "team", Value: "a" }] }] })
      expect(cr).toMatchObject({
        InstanceType: TYPE,
        InstancePlatform: "Linux/UNIX",
        AvailabilityZone: AZ,
        AvailabilityZoneId: "use1-az1",
        Tenancy: "default",
        TotalInstanceCount: 2,
        AvailableInstanceCount: 2,
        State: "active",
        EndDateType: "unlimited",
        InstanceMatchCriteria: "open",
        Tags: [{ Key: "team", Value: "a" }]
      })
      expect(cr.CapacityReservationId).toMatch(/^cr-[0-9a-f]{17}$/)
      expect(cr.CapacityReservationArn).toBe(`arn:aws:ec2:us-east-1:${cr.OwnerId}:capacity-reservation/${cr.CapacityReservationId}`)
      const r = yield* launch({ MaxCount: 3 })
      expect(r.Instances!.map((i) => i.CapacityReservationId)).toEqual([cr.CapacityReservationId, cr.CapacityReservationId, undefined])
      const inCr = yield* Effect.flatMap(Ec2.Ec2, (ec2) => ec2.describeInstances({ Filters: [{ Name: "capacity-reservation-id", Values: [cr.CapacityReservationId!] }] }))
      expect(inCr.Reservations!.flatMap((x) => x.Instances!).map((i) => i.InstanceId)).toEqual(ids(r).slice(0, 2))
      expect((yield* describeOne(cr.CapacityReservationId!)).AvailableInstanceCount).toBe(0)
      yield* Effect.flatMap(Ec2.Ec2, (ec2) => ec2.terminateInstances({ InstanceIds: [ids(r)[0]!] }))
      // the third instance takes the freed slot (open reservation); terminating it too frees one
      expect((yield* describeOne(cr.CapacityReservationId!)).AvailableInstanceCount).toBe(0)
      yield* Effect.flatMap(Ec2.Ec2, (ec2) => ec2.terminateInstances({ InstanceIds: [ids(r)[2]!] }))
      expect((yield* describeOne(cr.CapacityReservationId!)).AvailableInstanceCount).toBe(1)
    })))

  it("reserved slots are real capacity: created only if the AZ has room, held from other launches, never refused while free", () =>
    run(Effect.gen(function*() {
      yield* setCapacity(3)
      expect(yield* err(reserve({ InstanceCount: 4 }))).toMatchObject({ code: "InsufficientInstanceCapacity" })
      const cr = yield* reserve({ InstanceCount: 2, InstanceMatchCriteria: "targeted" })
      // one slot of the AZ left for launches outside the reservation
      expect(ids(yield* launch({ MaxCount: 5 }))).toHaveLength(1)
      expect(yield* err(launch())).toMatchObject({ code: "InsufficientInstanceCapacity" })
      // the targeted launch takes its two slots whatever else runs
      const target = { CapacityReservationTarget: { CapacityReservationId: cr.CapacityReservationId! } }
      const two = yield* launch({ MinCount: 2, MaxCount: 2, CapacityReservationSpecification: target })
      expect(two.Instances!.map((i) => i.CapacityReservationId)).toEqual([cr.CapacityReservationId, cr.CapacityReservationId])
      expect(yield* err(launch({ CapacityReservationSpecification: target }))).toEqual({
        code: "ReservationCapacityExceeded",
        message: "The requested reservation does not have sufficient compatible and available capacity for this request."
      })
    })))

  it("preferences: targeted reservations take only targeted launches; none stays out; capacity-reservations-only fails without a slot", () =>
    run(Effect.gen(function*() {
      const targeted = yield* reserve({ InstanceMatchCriteria: "targeted" })
      const plain = yield* launch()
      expect(plain.Instances![0]!.CapacityReservationId).toBeUndefined()
      expect(yield* err(launch({ CapacityReservationSpecification: { CapacityReservationPreference: "capacity-reservations-only" } }))).toMatchObject({
        code: "ReservationCapacityExceeded"
      })
      const open = yield* reserve()
      const none = yield* launch({ CapacityReservationSpecification: { CapacityReservationPreference: "none" } })
      expect(none.Instances![0]!.CapacityReservationId).toBeUndefined()
      expect(none.Instances![0]!.CapacityReservationSpecification).toEqual({ CapacityReservationPreference: "none" })
      // an instance launched without a preference shows AWS's default, `open` (API reference,
      // CapacityReservationSpecificationResponse); it was absent
      const untargeted = yield* launch({ InstanceType: "m5.xlarge" })
      expect(untargeted.Instances![0]!.CapacityReservationSpecification).toEqual({ CapacityReservationPreference: "open" })
      const only = yield* launch({ CapacityReservationSpecification: { CapacityReservationPreference: "capacity-reservations-only" } })
      expect(only.Instances![0]!.CapacityReservationId).toBe(open.CapacityReservationId)
      // a mismatched target (another type) is not compatible
      expect(yield* err(launch({ InstanceType: "m5.xlarge", CapacityReservationSpecification: { CapacityReservationTarget: { CapacityReservationId: targeted.CapacityReservationId! } } })))
        .toMatchObject({ code: "ReservationCapacityExceeded" })
      expect(yield* err(launch({ CapacityReservationSpecification: { CapacityReservationTarget: { CapacityReservationId: "cr-0123456789abcdef0" } } })))
        .toMatchObject({ code: "InvalidCapacityReservationId.NotFound" })
    })))

  it("an open reservation takes matching running instances at once", () =>
    run(Effect.gen(function*() {
      const r = yield* launch({ MaxCount: 3 })
      const cr = yield* reserve({ InstanceCount: 2 })
      expect(cr.AvailableInstanceCount).toBe(0)
      const described = yield* Effect.flatMap(Ec2.Ec2, (ec2) => ec2.describeInstances({ InstanceIds: ids(r) }))
      const inCr = described.Reservations!.flatMap((x) => x.Instances!).filter((i) => i.CapacityReservationId === cr.CapacityReservationId)
      expect(inCr).toHaveLength(2)
    })))

  it("a slot an instance leaves is taken at once by a matching running instance outside reservations (open)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const cr = yield* reserve({ InstanceCount: 1 })
      const [a, b] = ids(yield* launch({ MinCount: 2, MaxCount: 2 }))
      yield* TestClock.adjust(Duration.minutes(1))
      const inCr = (id: string) => ec2.describeInstances({ InstanceIds: [id] }).pipe(Effect.map((r) => r.Reservations![0]!.Instances![0]!.CapacityReservationId))
      expect([yield* inCr(a!), yield* inCr(b!)]).toEqual([cr.CapacityReservationId, undefined])
      yield* ec2.terminateInstances({ InstanceIds: [a!] })
      expect(yield* inCr(b!)).toBe(cr.CapacityReservationId)
      expect((yield* describeOne(cr.CapacityReservationId!)).AvailableInstanceCount).toBe(0)
    })))

  it("modify: count within the rules, end date, criteria only when idle; cancel keeps instances running outside", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const cr = yield* reserve()
      const id = cr.CapacityReservationId!
      const r = yield* launch()
      expect(yield* err(ec2.modifyCapacityReservation({ CapacityReservationId: id, InstanceCount: 0 }))).toMatchObject({ code: "InvalidParameterValue" })
      expect(yield* err(ec2.modifyCapacityReservation({ CapacityReservationId: id, InstanceMatchCriteria: "targeted" }))).toMatchObject({ code: "IncorrectState" })
      yield* TestClock.adjust(Duration.seconds(10))
      expect((yield* ec2.modifyCapacityReservation({ CapacityReservationId: id, InstanceCount: 5 })).Return).toBe(true)
      expect(yield* describeOne(id)).toMatchObject({ TotalInstanceCount: 5, AvailableInstanceCount: 4 })
      expect(yield* err(ec2.modifyCapacityReservation({ CapacityReservationId: id, EndDateType: "limited" }))).toMatchObject({ code: "MissingParameter" })
      yield* TestClock.adjust(Duration.seconds(10))
      expect((yield* ec2.cancelCapacityReservation({ CapacityReservationId: id })).Return).toBe(true)
      expect(yield* describeOne(id)).toMatchObject({ State: "cancelled", AvailableInstanceCount: 0 })
      const inst = yield* ec2.describeInstances({ InstanceIds: ids(r) })
      expect(inst.Reservations![0]!.Instances![0]).toMatchObject({ State: { Name: "running" } })
      expect(inst.Reservations![0]!.Instances![0]!.CapacityReservationId).toBeUndefined()
      expect(yield* err(ec2.cancelCapacityReservation({ CapacityReservationId: id }))).toMatchObject({ code: "IncorrectState" })
      const hv = yield* Hypervisor.Hypervisor
      const history = yield* hv.inspect((w) => w.get("capacityReservations", id)!.History.map((h) => [h.TotalInstanceCount, h.State]))
      expect(history).toEqual([[2, "active"], [5, "active"], [5, "cancelled"]])
    })))

  it("a stopped instance frees its slot; a start takes a slot again, a targeted one only in its reservation", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const cr = yield* reserve({ InstanceCount: 1, InstanceMatchCriteria: "targeted" })
      const target = { CapacityReservationTarget: { CapacityReservationId: cr.CapacityReservationId! } }
      const [a] = ids(yield* launch({ CapacityReservationSpecification: target }))
      yield* TestClock.adjust(Duration.minutes(1))
      yield* ec2.stopInstances({ InstanceIds: [a!] })
      yield* TestClock.adjust(Duration.minutes(5))
      expect((yield* describeOne(cr.CapacityReservationId!)).AvailableInstanceCount).toBe(1)
      const [b] = ids(yield* launch({ CapacityReservationSpecification: target }))
      expect(yield* err(ec2.startInstances({ InstanceIds: [a!] }))).toMatchObject({ code: "ReservationCapacityExceeded" })
      yield* ec2.terminateInstances({ InstanceIds: [b!] })
      yield* TestClock.adjust(Duration.minutes(5))
      yield* ec2.startInstances({ InstanceIds: [a!] })
      const described = yield* ec2.describeInstances({ InstanceIds: [a!] })
      expect(described.Reservations![0]!.Instances![0]!.CapacityReservationId).toBe(cr.CapacityReservationId)
      expect((yield* describeOne(cr.CapacityReservationId!)).AvailableInstanceCount).toBe(0)
    })))

  it("a stopped instance that targets a cancelled reservation can no longer start", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const cr = yield* reserve({ InstanceCount: 1, InstanceMatchCriteria: "targeted" })
      const [a] = ids(yield* launch({ CapacityReservationSpecification: { CapacityReservationTarget: { CapacityReservationId: cr.CapacityReservationId! } } }))
      yield* TestClock.adjust(Duration.minutes(1))
      yield* ec2.stopInstances({ InstanceIds: [a!] })
      yield* TestClock.adjust(Duration.minutes(5))
      yield* ec2.cancelCapacityReservation({ CapacityReservationId: cr.CapacityReservationId! })
      expect(yield* err(ec2.startInstances({ InstanceIds: [a!] }))).toMatchObject({ code: "ReservationCapacityExceeded" })
      const f = yield* ec2.describeCapacityReservations({ Filters: [{ Name: "availability-zone-id", Values: ["use1-az1"] }] })
      expect(f.CapacityReservations!.map((c) => c.CapacityReservationId)).toEqual([cr.CapacityReservationId])
    })))

  it("starts outside reservations see the AZ less the unused slots; starts into a slot are not refused for capacity", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      yield* setCapacity(2)
      const [a, b] = ids(yield* launch({ MinCount: 2, MaxCount: 2, CapacityReservationSpecification: { CapacityReservationPreference: "none" } }))
      yield* TestClock.adjust(Duration.minutes(1))
      yield* ec2.stopInstances({ InstanceIds: [a!, b!] })
      yield* TestClock.adjust(Duration.minutes(5))
      yield* reserve({ InstanceCount: 1 })
      // one slot is reserved: only one of the two can start outside it
      expect(yield* err(ec2.startInstances({ InstanceIds: [a!, b!] }))).toMatchObject({ code: "InsufficientInstanceCapacity" })
      yield* ec2.startInstances({ InstanceIds: [a!] })
      // an open-preference instance starts into the free slot
      const [c] = ids(yield* launch())
      const described = yield* ec2.describeInstances({ InstanceIds: [c!] })
      expect(described.Reservations![0]!.Instances![0]!.CapacityReservationId).toBeDefined()
    })))

  it("a limited reservation expires at its EndDate (timer in virtual time)", () =>
    run(Effect.gen(function*() {
      const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
      const cr = yield* reserve({ EndDateType: "limited", EndDate: new Date(now + 3_600_000) as never })
      yield* TestClock.adjust(Duration.minutes(59))
      expect((yield* describeOne(cr.CapacityReservationId!)).State).toBe("active")
      yield* TestClock.adjust(Duration.minutes(1))
      expect(yield* describeOne(cr.CapacityReservationId!)).toMatchObject({ State: "expired", AvailableInstanceCount: 0 })
    })))

  it("a snapshot keeps reservations, their instances, hosts and the expiry timer", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
      const cr = yield* reserve({ EndDateType: "limited", EndDate: new Date(now + 3_600_000) as never })
      yield* launch()
      const { HostIds } = yield* ec2.allocateHosts({ InstanceType: TYPE, AvailabilityZone: AZ, Quantity: 1 })
      const bytes = yield* hv.snapshot
      yield* ec2.cancelCapacityReservation({ CapacityReservationId: cr.CapacityReservationId! })
      yield* ec2.releaseHosts({ HostIds: HostIds! })
      yield* hv.restore(bytes)
      expect(yield* describeOne(cr.CapacityReservationId!)).toMatchObject({ State: "active", AvailableInstanceCount: 1 })
      expect((yield* ec2.describeHosts({ HostIds: HostIds! })).Hosts![0]!.State).toBe("available")
      yield* TestClock.adjust(Duration.hours(1))
      expect((yield* describeOne(cr.CapacityReservationId!)).State).toBe("expired")
    })))

  it("refusals: bad count, unlimited with an EndDate, unknown id, filters and pages; a refused call changes nothing", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const before = yield* state
      expect(yield* err(reserve({ InstanceCount: 0 }))).toEqual({ code: "InvalidParameterValue", message: "Invalid value '0' for InstanceCount." })
      expect(yield* err(reserve({ InstanceCount: 1001 }))).toMatchObject({ code: "InvalidParameterValue" })
      expect(yield* err(reserve({ EndDateType: "unlimited", EndDate: new Date(Date.UTC(2100, 0)) as never }))).toMatchObject({ code: "InvalidParameterCombination" })
      expect(yield* err(ec2.describeCapacityReservations({ CapacityReservationIds: ["cr-0123456789abcdef0"] }))).toMatchObject({ code: "InvalidCapacityReservationId.NotFound" })
      expect(yield* err(ec2.describeCapacityReservations({ CapacityReservationIds: ["cr-nope"] }))).toMatchObject({ code: "InvalidCapacityReservationId.Malformed" })
      expect(yield* state).toBe(before)
      const a = yield* reserve({ InstanceCount: 1 })
      yield* reserve({ InstanceCount: 1, InstanceType: "c5.large" })
      const byType = yield* ec2.describeCapacityReservations({ Filters: [{ Name: "instance-type", Values: [TYPE] }] })
      expect(byType.CapacityReservations!.map((c) => c.CapacityReservationId)).toEqual([a.CapacityReservationId])
      const page = yield* ec2.describeCapacityReservations({ MaxResults: 1 })
      expect(page.CapacityReservations).toHaveLength(1)
      expect(page.NextToken).toBeDefined()
      expect(yield* err(ec2.describeCapacityReservations({ Filters: [{ Name: "nope", Values: ["x"] }] }))).toMatchObject({ code: "InvalidParameterValue" })
    })))

  it("CreateTags/DeleteTags/DescribeTags take reservations (resource type capacity-reservation)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const cr = yield* reserve()
      const id = cr.CapacityReservationId!
      yield* ec2.createTags({ Resources: [id], Tags: [{ Key: "env", Value: "test" }] })
      const tags = yield* ec2.describeTags({ Filters: [{ Name: "resource-id", Values: [id] }] })
      expect(tags.Tags).toEqual([{ ResourceId: id, ResourceType: "capacity-reservation", Key: "env", Value: "test" }])
      expect((yield* describeOne(id)).Tags).toEqual([{ Key: "env", Value: "test" }])
      yield* ec2.deleteTags({ Resources: [id] })
      expect((yield* describeOne(id)).Tags).toBeUndefined()
      expect(yield* err(ec2.createTags({ Resources: ["cr-0123456789abcdef0"], Tags: [{ Key: "a", Value: "b" }] }))).toMatchObject({
        code: "InvalidCapacityReservationId.NotFound"
      })
    })))

  it("ClientToken: a retry answers the same reservation; other parameters are IdempotentParameterMismatch", () =>
    run(Effect.gen(function*() {
      const a = yield* reserve({ ClientToken: "t-1" })
      const b = yield* reserve({ ClientToken: "t-1" })
      expect(b.CapacityReservationId).toBe(a.CapacityReservationId)
      expect(yield* err(reserve({ ClientToken: "t-1", InstanceCount: 3 }))).toMatchObject({ code: "IdempotentParameterMismatch" })
    })))

  it("property: Available = Total − active instances in it, never negative; reserved launches are never refused for capacity", () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant("reserve" as const), n: fc.integer({ min: 1, max: 4 }), targeted: fc.boolean() }),
      fc.record({ k: fc.constant("launch" as const), n: fc.integer({ min: 1, max: 4 }), pref: fc.constantFrom("open", "none", "capacity-reservations-only", "target") }),
      fc.record({ k: fc.constant("terminate" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("stop" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("start" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("modify" as const), i: fc.nat(), n: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ k: fc.constant("cancel" as const), i: fc.nat() }),
      fc.record({ k: fc.constant("wait" as const), s: fc.integer({ min: 1, max: 600 }) })
    )
    return fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 8 }), fc.array(op, { maxLength: 25 }), (cap, ops) =>
        run(Effect.gen(function*() {
          const ec2 = yield* Ec2.Ec2
          const hv = yield* Hypervisor.Hypervisor
          yield* setCapacity(cap)
          const crs: Array<string> = []
          const insts: Array<string> = []
          for (const o of ops) {
            const before = yield* state
            const pick = <A>(xs: ReadonlyArray<A>, i: number) => xs.length === 0 ? undefined : xs[i % xs.length]
            let exit: "ok" | Ec2Error.Ec2Error = "ok"
            const attempt = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) =>
              Effect.match(e, { onSuccess: (a) => a as A | undefined, onFailure: (x) => { exit = x; return undefined } })
            switch (o.k) {
              case "reserve": {
                const r = yield* attempt(reserve({ InstanceCount: o.n, InstanceMatchCriteria: o.targeted ? "targeted" : "open" }))
                if (r !== undefined) crs.push(r.CapacityReservationId!)
                break
              }
              case "launch": {
                const target = pick(crs, o.n)
                const spec = o.pref === "target"
                  ? target === undefined ? undefined : { CapacityReservationTarget: { CapacityReservationId: target } }
                  : { CapacityReservationPreference: o.pref }
                // a target with free slots never fails for capacity
                const free = o.pref === "target" && target !== undefined ? (yield* describeOne(target)).AvailableInstanceCount! : -1
                const r = yield* attempt(launch({ MaxCount: o.n, ...(spec !== undefined ? { CapacityReservationSpecification: spec } : {}) }))
                if (free > 0) expect(r?.Instances?.length).toBe(Math.min(free, o.n))
                if (r !== undefined) insts.push(...ids(r))
                break
              }
              case "terminate": {
                const id = pick(insts, o.i)
                if (id !== undefined) yield* attempt(ec2.terminateInstances({ InstanceIds: [id] }))
                break
              }
              case "stop": {
                const id = pick(insts, o.i)
                if (id !== undefined) yield* attempt(ec2.stopInstances({ InstanceIds: [id] }))
                break
              }
              case "start": {
                const id = pick(insts, o.i)
                if (id !== undefined) yield* attempt(ec2.startInstances({ InstanceIds: [id] }))
                break
              }
              case "modify": {
                const id = pick(crs, o.i)
                if (id !== undefined) yield* attempt(ec2.modifyCapacityReservation({ CapacityReservationId: id, InstanceCount: o.n }))
                break
              }
              case "cancel": {
                const id = pick(crs, o.i)
                if (id !== undefined) yield* attempt(ec2.cancelCapacityReservation({ CapacityReservationId: id }))
                break
              }
              case "wait":
                yield* TestClock.adjust(Duration.seconds(o.s))
                break
            }
            // a refused call changes nothing
            if (exit !== "ok") expect(yield* state).toBe(before)
            // the invariants
            const [reservations, counts, active] = yield* hv.inspect((w) => {
              const counts = new Map<string, number>()
              let active = 0
              for (const r of w.all("instances")) {
                const s = r.Lifecycle.State
                if (s !== "pending" && s !== "running" && s !== "stopping") continue
                active++
                if (r.CapacityReservationId !== undefined) counts.set(r.CapacityReservationId, (counts.get(r.CapacityReservationId) ?? 0) + 1)
              }
              return [[...w.all("capacityReservations")], counts, active] as const
            })
            const described = crs.length === 0 ? [] : (yield* ec2.describeCapacityReservations({})).CapacityReservations!
            let unused = 0
            for (const c of described) {
              const rec = reservations.find((x) => x.CapacityReservationId === c.CapacityReservationId)!
              const used = counts.get(c.CapacityReservationId!) ?? 0
              expect(c.AvailableInstanceCount).toBe(c.State === "active" ? c.TotalInstanceCount! - used : 0)
              expect(c.AvailableInstanceCount).toBeGreaterThanOrEqual(0)
              if (c.State !== "active") expect(used).toBe(0)
              expect(rec.History[rec.History.length - 1]).toMatchObject({ TotalInstanceCount: c.TotalInstanceCount, State: c.State })
              unused += c.AvailableInstanceCount!
            }
            // reservations never hold more than the AZ has
            expect(active + unused).toBeLessThanOrEqual(Math.max(cap, active))
          }
        }))
      ),
      { numRuns: CI ? 1000 : 60 }
    )
  })
})

describe("the guide's example (docs/purchasing/reservations-and-hosts.md)", () => {
  it("a targeted reservation, a full one, a family host and the expiry, as the guide prints them", () =>
    Effect.runPromise(Effect.scoped(Effect.gen(function*() {
      const DAY = 86_400_000
      const m = yield* Ec2Memory.make({ seed: 1 })
      const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
      const Placement = { AvailabilityZone: "us-east-1a" }
      const { CapacityReservation: cr } = yield* m.ec2.createCapacityReservation({
        InstanceType: "m5.large", InstancePlatform: "Linux/UNIX", AvailabilityZone: "us-east-1a", InstanceCount: 2,
        InstanceMatchCriteria: "targeted", EndDateType: "limited", EndDate: new Date(7 * DAY)
      })
      const target = { CapacityReservationTarget: { CapacityReservationId: cr!.CapacityReservationId! } }
      yield* m.ec2.runInstances({ ImageId, InstanceType: "m5.large", MinCount: 2, MaxCount: 2, Placement, CapacityReservationSpecification: target })
      const full = yield* Effect.flip(m.ec2.runInstances({ ImageId, InstanceType: "m5.large", MinCount: 1, MaxCount: 1, Placement, CapacityReservationSpecification: target }))
      expect(full.code).toBe("ReservationCapacityExceeded")
      const { HostIds } = yield* m.ec2.allocateHosts({ InstanceFamily: "m5", AvailabilityZone: "us-east-1a", Quantity: 1 })
      yield* m.ec2.runInstances({ ImageId, InstanceType: "m5.4xlarge", MinCount: 1, MaxCount: 1, Placement: { ...Placement, Tenancy: "host", HostId: HostIds![0]! } })
      const { Hosts } = yield* m.ec2.describeHosts({ HostIds: HostIds! })
      expect(Hosts![0]!.HostProperties).toEqual({ Cores: 48, InstanceFamily: "m5", Sockets: 2, TotalVCpus: 96 })
      expect(Hosts![0]!.AvailableCapacity!.AvailableVCpus).toBe(80)
      yield* TestClock.adjust(Duration.days(7))
      const { CapacityReservations } = yield* m.ec2.describeCapacityReservations({ CapacityReservationIds: [cr!.CapacityReservationId!] })
      expect(CapacityReservations![0]!.State).toBe("expired")
    })).pipe(Effect.provide(TestClock.layer()))))
})
