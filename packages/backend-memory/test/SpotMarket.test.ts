/**
 * The Spot market through `Ec2.Ec2` and `Hypervisor` in virtual time: requests and their states and status
 * codes, RunInstances' InstanceMarketOptions, interruptions by price and by capacity, price history.
 */
import { Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2, type Ec2Error, type Ec2Shapes, Pricing } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import * as Market from "../src/operations/spotMarket.js"
import { image, run } from "./world.js"

const CI = process.env.CI === "true" || process.env.CI === "1"

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) => Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))
const advance = (ms: number) => TestClock.adjust(Duration.millis(ms))

const AZ = "us-east-1a"
const TYPE = "m5.large"
const OD = Pricing.onDemandHourly(Pricing.usEast1, TYPE)!

const priceNow = Effect.gen(function*() {
  const ec2 = yield* Ec2.Ec2
  const now = new Date(yield* Effect.clockWith((c) => c.currentTimeMillis))
  const h = yield* ec2.describeSpotPriceHistory({ InstanceTypes: [TYPE], AvailabilityZone: AZ, StartTime: now, EndTime: now })
  return Number(h.SpotPriceHistory![0]!.SpotPrice)
})

const requestOf = (id: string) =>
  Effect.flatMap(Ec2.Ec2, (ec2) => Effect.map(ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [id] }), (r) => r.SpotInstanceRequests![0]!))
const instanceOf = (id: string) =>
  Effect.flatMap(Ec2.Ec2, (ec2) => Effect.map(ec2.describeInstances({ InstanceIds: [id] }), (r) => r.Reservations![0]!.Instances![0]!))

const requestSpot = (extra: Partial<Ec2Shapes.RequestSpotInstancesRequest> = {}, spec: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    const r = yield* ec2.requestSpotInstances({
      LaunchSpecification: { ImageId: yield* image, InstanceType: TYPE, Placement: { AvailabilityZone: AZ }, ...spec },
      ...extra
    })
    return r.SpotInstanceRequests!.map((q) => q.SpotInstanceRequestId!)
  })

const runSpot = (options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.runInstances({
      ImageId: yield* image,
      InstanceType: TYPE,
      MinCount: 1,
      MaxCount: 1,
      Placement: { AvailabilityZone: AZ },
      InstanceMarketOptions: { MarketType: "spot", SpotOptions: options },
      ...extra
    })
  })

describe("RequestSpotInstances", () => {
  it("opens a request (pending-evaluation), fulfils it at the next step of time through RunInstances, and cancel keeps the instance", () =>
    run(Effect.gen(function*() {
      const [id] = yield* requestSpot({ TagSpecifications: [{ ResourceType: "spot-instances-request", Tags: [{ Key: "k", Value: "v" }] }] })
      expect(id).toMatch(/^sir-[0-9a-z]{8}$/)
      const ec2 = yield* Ec2.Ec2
      const first = yield* ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [id!] })
      // evaluation happens on the next step of virtual time (a timer due now runs at the next catch-up)
      const q0 = first.SpotInstanceRequests![0]!
      expect(["pending-evaluation", "fulfilled"]).toContain(q0.Status!.Code)
      yield* advance(1)
      const q = yield* requestOf(id!)
      expect(q.State).toBe("active")
      expect(q.Status!.Code).toBe("fulfilled")
      expect(q.Status!.Message).toBe("Your spot request is fulfilled.")
      expect(q.Type).toBe("one-time")
      expect(q.SpotPrice).toBe(OD.toFixed(6))
      expect(q.LaunchedAvailabilityZone).toBe(AZ)
      expect(q.Tags).toEqual([{ Key: "k", Value: "v" }])
      expect(q.ValidUntil!.getTime() - q.CreateTime!.getTime()).toBe(7 * 86_400_000)
      const inst = yield* instanceOf(q.InstanceId!)
      expect(inst.InstanceLifecycle).toBe("spot")
      expect(inst.SpotInstanceRequestId).toBe(id)
      const byFilter = yield* ec2.describeInstances({ Filters: [{ Name: "spot-instance-request-id", Values: [id!] }] })
      expect(byFilter.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId)).toEqual([q.InstanceId])
      const c = yield* ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: [id!] })
      expect(c.CancelledSpotInstanceRequests).toEqual([{ SpotInstanceRequestId: id, State: "cancelled" }])
      const after = yield* requestOf(id!)
      expect(after.Status!.Code).toBe("request-canceled-and-instance-running")
      yield* advance(60_000)
      expect((yield* instanceOf(q.InstanceId!)).State!.Name).toBe("running")
    })))

  it("waits with price-too-low (AWS's text) and fulfils when the price falls to the maximum", () =>
    run(Effect.gen(function*() {
      const price = yield* priceNow
      const max = Math.round((price - 0.002) * 10_000) / 10_000
      const [id] = yield* requestSpot({ SpotPrice: String(max) })
      yield* advance(1)
      const q = yield* requestOf(id!)
      expect(q.State).toBe("open")
      expect(q.Status!.Code).toBe("price-too-low")
      expect(q.Status!.Message).toBe(`Your Spot request price of ${max} is lower than the minimum required Spot request fulfillment price of ${price}.`)
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: max })
      yield* advance(1)
      const q2 = yield* requestOf(id!)
      expect(q2.Status!.Code).toBe("fulfilled")
      expect(q2.State).toBe("active")
    })))

  it("waits with capacity-not-available, and launches when capacity returns", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: 0 })
      const [id] = yield* requestSpot()
      yield* advance(1)
      expect((yield* requestOf(id!)).Status!.Code).toBe("capacity-not-available")
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: undefined })
      yield* advance(1)
      expect((yield* requestOf(id!)).Status!.Code).toBe("fulfilled")
    })))

  it("expires unfulfilled at ValidUntil (schedule-expired) and cancels open requests before fulfilment", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const ec2 = yield* Ec2.Ec2
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: 0 })
      const [a, b] = yield* requestSpot({ InstanceCount: 2, ValidUntil: new Date(3_600_000) })
      yield* advance(1)
      yield* ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: [b!] })
      expect((yield* requestOf(b!)).Status!.Code).toBe("canceled-before-fulfillment")
      yield* advance(3_600_000)
      const q = yield* requestOf(a!)
      expect([q.State, q.Status!.Code]).toEqual(["cancelled", "schedule-expired"])
    })))

  it("refuses bad input and changes nothing", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const before = yield* hv.inspect((w) => JSON.stringify(w.all("spotInstanceRequests")))
      expect((yield* err(requestSpot({ SpotPrice: "0.001" }))).code).toBe("InvalidParameterValue")
      expect((yield* err(requestSpot({ InstanceInterruptionBehavior: "stop" }))).code).toBe("InvalidParameterCombination")
      expect((yield* err(requestSpot({}, { ImageId: "ami-0123456789abcdef0" }))).code).toBe("InvalidAMIID.NotFound")
      expect((yield* err(requestSpot({ ValidFrom: new Date(0) }))).code).toBe("InvalidParameterValue")
      expect((yield* err(requestSpot({ InstanceCount: 0 }))).code).toBe("InvalidParameterValue")
      expect((yield* err(Effect.flatMap(Ec2.Ec2, (ec2) => ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: ["sir-00000000"] }))))).toEqual({
        code: "InvalidSpotInstanceRequestID.NotFound",
        message: "The spot instance request ID 'sir-00000000' does not exist"
      })
      expect(yield* hv.inspect((w) => JSON.stringify(w.all("spotInstanceRequests")))).toBe(before)
    })))
})

describe("RunInstances InstanceMarketOptions", () => {
  it("launches on the market with a one-time request, refuses a maximum below the price with SpotMaxPriceTooLow", () =>
    run(Effect.gen(function*() {
      const r = yield* runSpot()
      const inst = r.Instances![0]!
      expect(inst.InstanceLifecycle).toBe("spot")
      const q = yield* requestOf(inst.SpotInstanceRequestId!)
      expect([q.State, q.Status!.Code, q.Type, q.InstanceId]).toEqual(["active", "fulfilled", "one-time", inst.InstanceId])
      const price = yield* priceNow
      expect(yield* err(runSpot({ MaxPrice: "0.002" }))).toEqual({
        code: "SpotMaxPriceTooLow",
        message: `Your Spot request price of 0.002 is lower than the minimum required Spot request fulfillment price of ${price}.`
      })
      expect((yield* err(runSpot({ MaxPrice: "0.0005" }))).code).toBe("InvalidParameterValue")
      expect((yield* err(runSpot({ SpotInstanceType: "persistent" }))).code).toBe("InvalidParameterCombination")
      expect((yield* err(runSpot({ ValidUntil: new Date(86_400_000) }))).code).toBe("InvalidParameterCombination")
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: 1 })
      expect((yield* err(runSpot())).code).toBe("InsufficientInstanceCapacity")
    })))
})

describe("interruptions", () => {
  it("price above the maximum: notice and rebalance now, terminated two minutes later, request closed instance-terminated-by-price", () =>
    run(Effect.gen(function*() {
      const price = yield* priceNow
      const r = yield* runSpot({ MaxPrice: String(price) })
      const id = r.Instances![0]!.InstanceId!
      const req = r.Instances![0]!.SpotInstanceRequestId!
      yield* advance(60_000)
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: Math.min(OD, price + 0.01) })
      const noticed = yield* hv.inspect((w) => w.get("instances", id)!)
      expect(noticed.SpotInstanceAction?.Action).toBe("terminate")
      expect(noticed.RebalanceRecommendationTime).toBeDefined()
      expect((yield* requestOf(req)).Status!.Code).toBe("marked-for-termination")
      yield* advance(120_000)
      const inst = yield* instanceOf(id)
      expect(["shutting-down", "terminated"]).toContain(inst.State!.Name)
      expect(inst.StateReason?.Code).toBe("Server.SpotInstanceTermination")
      const q = yield* requestOf(req)
      expect([q.State, q.Status!.Code]).toEqual(["closed", "instance-terminated-by-price"])
    })))

  it("capacity reclaimed from a persistent stop request: stopped (instance-stopped-no-capacity, disabled), restarted when capacity returns", () =>
    run(Effect.gen(function*() {
      const [req] = yield* requestSpot({ Type: "persistent", InstanceInterruptionBehavior: "stop" })
      yield* advance(60_000)
      const id = (yield* requestOf(req!)).InstanceId!
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: 0 })
      expect((yield* requestOf(req!)).Status!.Code).toBe("marked-for-stop")
      yield* advance(10 * 60_000)
      expect((yield* instanceOf(id)).State!.Name).toBe("stopped")
      const q = yield* requestOf(req!)
      expect([q.State, q.Status!.Code]).toEqual(["disabled", "instance-stopped-no-capacity"])
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: undefined })
      yield* advance(10 * 60_000)
      expect((yield* instanceOf(id)).State!.Name).toBe("running")
      const q2 = yield* requestOf(req!)
      expect([q2.State, q2.Status!.Code]).toEqual(["active", "fulfilled"])
    })))

  it("a persistent request re-opens after its instance is terminated by the user and launches another", () =>
    run(Effect.gen(function*() {
      const [req] = yield* requestSpot({ Type: "persistent" })
      yield* advance(60_000)
      const first = (yield* requestOf(req!)).InstanceId!
      const ec2 = yield* Ec2.Ec2
      yield* ec2.terminateInstances({ InstanceIds: [first] })
      yield* advance(60_000)
      const q = yield* requestOf(req!)
      expect(q.State).toBe("active")
      expect(q.InstanceId).not.toBe(first)
    })))

  it("property: a Spot instance never runs while the price is above its maximum for longer than the notice", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 6 }), async (steps) => {
        await run(Effect.gen(function*() {
          const price = yield* priceNow
          const r = yield* runSpot({ MaxPrice: String(price) })
          const id = r.Instances![0]!.InstanceId!
          const hv = yield* Hypervisor.Hypervisor
          for (const [hours, bump] of steps) {
            if (bump > 10) yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: Math.min(OD, price + bump / 1000) })
            else if (bump > 5) yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: undefined })
            yield* advance(hours * 3_600_000)
            const seen = yield* hv.inspect((w) => {
              const inst = w.get("instances", id)
              return { state: inst?.Lifecycle.State, action: inst?.SpotInstanceAction }
            })
            if (seen.state === "running") {
              // running with the price above the max only within the notice
              const p = yield* priceNow
              if (p > price) expect(seen.action).toBeDefined()
            }
          }
        }))
      }),
      { numRuns: CI ? 1000 : 20 }
    )
  })
})

describe("DescribeSpotPriceHistory", () => {
  it("answers AWS's shape, newest first, with the effective price at StartTime, and pages exactly", () =>
    run(Effect.gen(function*() {
      yield* advance(10 * 86_400_000)
      const ec2 = yield* Ec2.Ec2
      const start = new Date(2 * 86_400_000 + 1234)
      const all = yield* ec2.describeSpotPriceHistory({ InstanceTypes: [TYPE, "c5.large"], StartTime: start })
      const h = all.SpotPriceHistory!
      expect(all.NextToken).toBeUndefined()
      expect(h.length).toBeGreaterThan(12)
      for (const e of h) {
        expect(typeof e.SpotPrice).toBe("string")
        expect(e.SpotPrice).toMatch(/^\d+\.\d{6}$/)
        expect(e.Timestamp).toBeInstanceOf(Date)
        expect(e.ProductDescription).toBe("Linux/UNIX")
      }
      for (let i = 1; i < h.length; i++) expect(h[i]!.Timestamp!.getTime()).toBeLessThanOrEqual(h[i - 1]!.Timestamp!.getTime())
      // each pool's oldest entry is the price in force at StartTime (set at or before it)
      const pools = new Set(h.map((e) => `${e.AvailabilityZone}|${e.InstanceType}`))
      expect(pools.size).toBe(12)
      for (const p of pools) {
        const oldest = h.filter((e) => `${e.AvailabilityZone}|${e.InstanceType}` === p).at(-1)!
        expect(oldest.Timestamp!.getTime()).toBeLessThanOrEqual(start.getTime())
      }
      // pages of 7 give the same entries
      const paged: Array<unknown> = []
      let token: string | undefined
      do {
        const page = yield* ec2.describeSpotPriceHistory({ InstanceTypes: [TYPE, "c5.large"], StartTime: start, MaxResults: 7, ...(token !== undefined ? { NextToken: token } : {}) })
        expect(page.SpotPriceHistory!.length).toBeLessThanOrEqual(7)
        paged.push(...page.SpotPriceHistory!)
        token = page.NextToken
      } while (token !== undefined)
      expect(paged).toEqual(h)
      // filters
      const f = yield* ec2.describeSpotPriceHistory({ Filters: [{ Name: "availability-zone", Values: [AZ] }, { Name: "instance-type", Values: [TYPE] }], StartTime: start })
      expect(f.SpotPriceHistory!.every((e) => e.AvailabilityZone === AZ && e.InstanceType === TYPE)).toBe(true)
      const win = yield* ec2.describeSpotPriceHistory({ ProductDescriptions: ["Windows"], InstanceTypes: [TYPE] })
      expect(win.SpotPriceHistory).toEqual([])
    })))
})

/** (State, Status.Code) pairs AWS shows (purchasing-facts §3.2, spot-request-status lifecycle). */
const allowed: Readonly<Record<string, ReadonlyArray<string>>> = {
  open: ["pending-evaluation", "capacity-not-available", "price-too-low", "not-scheduled-yet", "pending-fulfillment", "instance-terminated-by-price", "instance-terminated-no-capacity"],
  // instance-terminated-no-capacity is shown at once, while the instance runs its two minutes
  active: ["fulfilled", "marked-for-stop", "marked-for-termination", "instance-terminated-no-capacity"],
  disabled: ["instance-stopped-by-price", "instance-stopped-by-user", "instance-stopped-no-capacity"],
  closed: ["instance-terminated-by-price", "instance-terminated-no-capacity", "instance-terminated-by-user", "bad-parameters", "system-error"],
  // a cancelled request whose kept instance later ends says how it ended (ours: AWS documents only the user's case)
  cancelled: ["schedule-expired", "canceled-before-fulfillment", "request-canceled-and-instance-running", "instance-terminated-by-service", "instance-terminated-by-user", "instance-terminated-by-price", "instance-terminated-no-capacity"],
  failed: ["bad-parameters"]
}

/** Request state changes AWS makes (spot-requests.md: open → active/closed/cancelled/failed; active → closed/cancelled/disabled, persistent → open; disabled → active/cancelled, persistent → open). */
const transitions: Readonly<Record<string, ReadonlyArray<string>>> = {
  open: ["open", "active", "closed", "cancelled", "failed"],
  active: ["active", "closed", "cancelled", "disabled", "open"],
  disabled: ["disabled", "active", "cancelled", "open"],
  closed: ["closed"],
  cancelled: ["cancelled"],
  failed: ["failed"]
}

type Op =
  | { readonly _tag: "request"; readonly persistent: boolean; readonly stop: boolean; readonly maxDelta: number }
  | { readonly _tag: "run"; readonly maxDelta: number }
  | { readonly _tag: "price"; readonly delta: number | undefined }
  | { readonly _tag: "capacity"; readonly count: number | undefined }
  | { readonly _tag: "advance"; readonly minutes: number }
  | { readonly _tag: "cancel"; readonly pick: number }
  | { readonly _tag: "terminate"; readonly pick: number }
  | { readonly _tag: "stop"; readonly pick: number }
  | { readonly _tag: "start"; readonly pick: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ _tag: fc.constant("request" as const), persistent: fc.boolean(), stop: fc.boolean(), maxDelta: fc.integer({ min: -5, max: 20 }) }),
  fc.record({ _tag: fc.constant("run" as const), maxDelta: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ _tag: fc.constant("price" as const), delta: fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined }) }),
  fc.record({ _tag: fc.constant("capacity" as const), count: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) }),
  fc.record({ _tag: fc.constant("advance" as const), minutes: fc.integer({ min: 0, max: 600 }) }),
  fc.record({ _tag: fc.constant("cancel" as const), pick: fc.nat() }),
  fc.record({ _tag: fc.constant("terminate" as const), pick: fc.nat() }),
  fc.record({ _tag: fc.constant("stop" as const), pick: fc.nat() }),
  fc.record({ _tag: fc.constant("start" as const), pick: fc.nat() })
)

describe("request state machine (property)", () => {
  it("requests take only AWS's states, status codes and transitions; every launch had its maximum at or above the price", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        await run(Effect.gen(function*() {
          const ec2 = yield* Ec2.Ec2
          const hv = yield* Hypervisor.Hypervisor
          const base = yield* priceNow
          const seen = new Map<string, string>()
          const ignore = <A, E, R>(e: Effect.Effect<A, E, R>) => Effect.ignore(e)
          for (const op of ops) {
            const reqs = yield* hv.inspect((w) => w.all("spotInstanceRequests"))
            const instances = reqs.flatMap((q) => (q.InstanceId !== undefined ? [q.InstanceId] : []))
            const pickReq = (n: number) => reqs[n % Math.max(1, reqs.length)]?.SpotInstanceRequestId
            const pickInst = (n: number) => instances[n % Math.max(1, instances.length)]
            const max = (d: number) => String(Math.max(0.0011, Math.min(OD, Math.round((base + d / 1000) * 10_000) / 10_000)))
            switch (op._tag) {
              case "request":
                yield* ignore(requestSpot({
                  SpotPrice: max(op.maxDelta),
                  ...(op.persistent ? { Type: "persistent" as const } : {}),
                  ...(op.persistent && op.stop ? { InstanceInterruptionBehavior: "stop" as const } : {})
                }))
                break
              case "run":
                yield* ignore(runSpot({ MaxPrice: max(op.maxDelta) }))
                break
              case "price":
                // a pin takes effect from its instant: a millisecond later than any launch before it
                yield* advance(1)
                yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: op.delta === undefined ? undefined : Number(max(op.delta)) })
                break
              case "capacity":
                yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: op.count })
                break
              case "advance":
                yield* advance(op.minutes * 60_000)
                break
              case "cancel": {
                const id = pickReq(op.pick)
                if (id !== undefined) yield* ignore(ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: [id] }))
                break
              }
              case "terminate": {
                const id = pickInst(op.pick)
                if (id !== undefined) yield* ignore(ec2.terminateInstances({ InstanceIds: [id] }))
                break
              }
              case "stop": {
                const id = pickInst(op.pick)
                if (id !== undefined) yield* ignore(ec2.stopInstances({ InstanceIds: [id] }))
                break
              }
              case "start": {
                const id = pickInst(op.pick)
                if (id !== undefined) yield* ignore(ec2.startInstances({ InstanceIds: [id] }))
                break
              }
            }
            const now = yield* hv.inspect((w) => ({
              reqs: w.all("spotInstanceRequests").map((q) => ({ id: q.SpotInstanceRequestId, state: q.State, code: q.Status.Code })),
              // each Spot instance's maximum against the price when it (last) started
              launches: w.all("instances").filter((i) => i.Spot !== undefined).map((i) => ({ max: i.Spot!.MaxPrice!, at: i.LaunchTime, az: i.AvailabilityZone }))
            }))
            for (const q of now.reqs) {
              expect(allowed[q.state] ?? [], `${q.state}/${q.code}`).toContain(q.code)
              const before = seen.get(q.id)
              if (before !== undefined) expect(transitions[before], `${before} → ${q.state}`).toContain(q.state)
              seen.set(q.id, q.state)
            }
            const history = yield* ec2.describeSpotPriceHistory({ InstanceTypes: [TYPE], AvailabilityZone: AZ, StartTime: new Date(0) })
            const priceAt = (t: number) => Number(history.SpotPriceHistory!.find((e) => e.Timestamp!.getTime() <= t)!.SpotPrice)
            for (const l of now.launches) expect(l.max).toBeGreaterThanOrEqual(priceAt(l.at))
          }
        }))
      }),
      { numRuns: CI ? 1000 : 25 }
    )
  })
})

describe("docs/purchasing/spot.md", () => {
  it("the guide's example", async () => {
    const lines: Array<string> = []
    const program = Effect.gen(function*() {
      const { ec2, hypervisor } = yield* Ec2Memory.make({ seed: "docs" })
      const image = (yield* ec2.describeImages({ Owners: ["amazon"] })).Images!.find((i) => i.Architecture === "x86_64")!
      const pool = { AvailabilityZone: "us-east-1a", InstanceType: "m5.large" }
      const now = new Date(yield* Effect.clockWith((c) => c.currentTimeMillis))
      const price = (yield* ec2.describeSpotPriceHistory({ InstanceTypes: ["m5.large"], AvailabilityZone: "us-east-1a", StartTime: now }))
        .SpotPriceHistory![0]!.SpotPrice!
      lines.push(price)
      const [req] = (yield* ec2.requestSpotInstances({
        SpotPrice: price,
        LaunchSpecification: { ImageId: image.ImageId!, InstanceType: "m5.large", Placement: { AvailabilityZone: "us-east-1a" } }
      })).SpotInstanceRequests!
      lines.push(`${req!.State} ${req!.Status!.Code}`)
      yield* TestClock.adjust(Duration.minutes(1))
      const active = (yield* ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [req!.SpotInstanceRequestId!] })).SpotInstanceRequests![0]!
      lines.push(`${active.State} ${active.Status!.Code}`)
      yield* hypervisor.setSpotPrice({ ...pool, Price: 0.05 })
      yield* TestClock.adjust(Duration.minutes(3))
      const closed = (yield* ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [req!.SpotInstanceRequestId!] })).SpotInstanceRequests![0]!
      lines.push(`${closed.State} ${closed.Status!.Code}`)
      yield* hypervisor.setSpotPrice({ ...pool, Price: undefined })
      const [p] = (yield* ec2.requestSpotInstances({
        Type: "persistent",
        InstanceInterruptionBehavior: "stop",
        LaunchSpecification: { ImageId: image.ImageId!, InstanceType: "m5.large", Placement: { AvailabilityZone: "us-east-1a" } }
      })).SpotInstanceRequests!
      yield* TestClock.adjust(Duration.minutes(1))
      yield* hypervisor.setSpotCapacity({ ...pool, Count: 0 })
      yield* TestClock.adjust(Duration.minutes(5))
      const disabled = (yield* ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [p!.SpotInstanceRequestId!] })).SpotInstanceRequests![0]!
      lines.push(`${disabled.State} ${disabled.Status!.Code}`)
      yield* hypervisor.setSpotCapacity({ ...pool, Count: undefined })
      yield* TestClock.adjust(Duration.minutes(1))
      const again = (yield* ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [p!.SpotInstanceRequestId!] })).SpotInstanceRequests![0]!
      lines.push(`${again.State} ${again.Status!.Code}`)
    })
    await Effect.runPromise(Effect.scoped(program).pipe(Effect.provide(TestClock.layer())))
    expect(lines).toEqual([
      "0.025700",
      "open pending-evaluation",
      "active fulfilled",
      "closed instance-terminated-by-price",
      "disabled instance-stopped-no-capacity",
      "active fulfilled"
    ])
  })
})

describe("robustness", () => {
  it("a malformed Spot request (records are schema-free: a hand-made snapshot) is skipped by the market's timers, not a failure of the next call", async () => {
    const program = Effect.gen(function*() {
      const { ec2, engine } = yield* Ec2Memory.make({ seed: 3 })
      const ImageId = yield* engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
      const made = yield* ec2.requestSpotInstances({ ValidFrom: new Date(10_000), LaunchSpecification: { ImageId, InstanceType: TYPE, Placement: { AvailabilityZone: AZ } } })
      const id = made.SpotInstanceRequests![0]!.SpotInstanceRequestId
      // the request loses its launch specification, as a hand-edited snapshot may have it
      yield* engine.transact((w) => Effect.sync(() => w.put("spotInstanceRequests", { ...w.get("spotInstanceRequests", id!)!, LaunchSpecification: null as never })))
      // the market's evaluation of it (as the engine's catch-up runs it) neither throws nor launches
      yield* advance(10_000)
      const outcome = yield* engine.transact((w) =>
        Effect.sync(() => {
          try {
            Market.timers["spot.evaluate"](w, { TimerId: "t", DueAt: w.now, Seq: 0, Kind: "spot.evaluate", Target: id! })
            return "ok"
          } catch (e) {
            return String(e)
          }
        })
      )
      expect(outcome).toBe("ok")
      const d = yield* ec2.describeInstances({})
      expect(d.Reservations ?? []).toEqual([])
      expect(yield* engine.read((w) => w.get("spotInstanceRequests", id!)?.State)).toBe("open")
    })
    await Effect.runPromise(Effect.scoped(program).pipe(Effect.provide(TestClock.layer())))
  })
})

describe("RequestSpotInstances ClientToken", () => {
  it("a retry answers the same requests as they are now; other arguments are IdempotentParameterMismatch", () =>
    run(Effect.gen(function*() {
      const a = yield* requestSpot({ ClientToken: "tok-1", InstanceCount: 2 })
      yield* advance(60_000)
      const b = yield* requestSpot({ ClientToken: "tok-1", InstanceCount: 2 })
      expect(b).toEqual(a)
      const states = yield* Effect.flatMap(Ec2.Ec2, (ec2) => ec2.requestSpotInstances({
        ClientToken: "tok-1",
        InstanceCount: 2,
        LaunchSpecification: { ImageId: undefined as never, InstanceType: TYPE, Placement: { AvailabilityZone: AZ } }
      }).pipe(Effect.flip))
      expect(states.code).toBe("IdempotentParameterMismatch")
      expect((yield* err(requestSpot({ ClientToken: "tok-1", InstanceCount: 3 }))).code).toBe("IdempotentParameterMismatch")
      expect((yield* err(requestSpot({ ClientToken: "tok-1", InstanceCount: 2, ValidUntil: new Date(5 * 86_400_000) }))).code).toBe("IdempotentParameterMismatch")
      const reqs = yield* Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.inspect((w) => w.all("spotInstanceRequests").length))
      expect(reqs).toBe(2)
      expect((yield* requestOf(a[0]!)).State).toBe("active")
    })))
})

describe("rebalance recommendation", () => {
  it("comes ten minutes before a price interruption the market foresees, then the notice at the crossing", () =>
    run(Effect.gen(function*() {
      const price = yield* priceNow
      const r = yield* runSpot({ MaxPrice: String(price) })
      const id = r.Instances![0]!.InstanceId!
      const hv = yield* Hypervisor.Hypervisor
      yield* advance(60_000)
      const crossing = yield* hv.inspect((w) => w.timers().find((t) => t.Target === id && t.Kind === "spot.priceWatch")!.DueAt)
      const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
      expect(crossing - now).toBeGreaterThan(10 * 60_000)
      yield* advance(crossing - now - 5 * 60_000)
      const early = yield* hv.inspect((w) => w.get("instances", id)!)
      expect(early.RebalanceRecommendationTime).toBe(crossing - 10 * 60_000)
      expect(early.SpotInstanceAction).toBeUndefined()
      yield* advance(5 * 60_000)
      const noticed = yield* hv.inspect((w) => w.get("instances", id)!)
      expect(noticed.SpotInstanceAction).toEqual({ Action: "terminate", Time: crossing + 120_000 })
      expect(noticed.RebalanceRecommendationTime).toBe(crossing - 10 * 60_000)
    })))
})

describe("StopInstances of Spot instances", () => {
  it("refuses a one-time request's instance with AWS's text; a persistent stop request's instance stops (disabled, instance-stopped-by-user) and starts (active, fulfilled)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const r = yield* runSpot()
      const id = r.Instances![0]!.InstanceId!
      yield* advance(60_000)
      expect(yield* err(ec2.stopInstances({ InstanceIds: [id] }))).toEqual({
        code: "UnsupportedOperation",
        message: `You can't stop the Spot Instance '${id}' because it is associated with a one-time Spot Instance request. You can only stop Spot Instances associated with persistent Spot Instance requests.`
      })
      expect((yield* instanceOf(id)).State!.Name).toBe("running")
      const [req] = yield* requestSpot({ Type: "persistent", InstanceInterruptionBehavior: "stop" })
      yield* advance(60_000)
      const pid = (yield* requestOf(req!)).InstanceId!
      yield* ec2.stopInstances({ InstanceIds: [pid] })
      yield* advance(10 * 60_000)
      const q = yield* requestOf(req!)
      expect([q.State, q.Status!.Code]).toEqual(["disabled", "instance-stopped-by-user"])
      yield* ec2.startInstances({ InstanceIds: [pid] })
      yield* advance(60_000)
      const q2 = yield* requestOf(req!)
      expect([q2.State, q2.Status!.Code]).toEqual(["active", "fulfilled"])
    })))
})

describe("cancelled requests are deleted", () => {
  it("four hours after they are cancelled and their instances terminated (not while the instance runs)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: 0 })
      const [open] = yield* requestSpot()
      yield* ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: [open!] })
      yield* hv.setSpotCapacity({ AvailabilityZone: AZ, InstanceType: TYPE, Count: undefined })
      const [running] = yield* requestSpot({ ValidFrom: new Date(1000) })
      yield* advance(60_000)
      const inst = (yield* requestOf(running!)).InstanceId!
      yield* ec2.cancelSpotInstanceRequests({ SpotInstanceRequestIds: [running!] })
      yield* advance(4 * 3_600_000 - 60_000 - 1)
      expect((yield* requestOf(open!)).State).toBe("cancelled")
      yield* advance(1)
      expect((yield* err(requestOf(open!))).code).toBe("InvalidSpotInstanceRequestID.NotFound")
      // the kept instance runs: its request stays until four hours after its termination
      yield* advance(10 * 3_600_000)
      expect((yield* requestOf(running!)).Status!.Code).toBe("request-canceled-and-instance-running")
      yield* ec2.terminateInstances({ InstanceIds: [inst] })
      yield* advance(3_600_000)
      expect((yield* requestOf(running!)).Status!.Code).toBe("instance-terminated-by-user")
      yield* advance(4 * 3_600_000)
      expect((yield* err(requestOf(running!))).code).toBe("InvalidSpotInstanceRequestID.NotFound")
    })))
})

describe("snapshots", () => {
  it("a restored world keeps its prices, pins, requests and the pending price watch", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      yield* advance(86_400_000)
      const price = yield* priceNow
      const r = yield* runSpot({ MaxPrice: String(price) })
      const id = r.Instances![0]!.InstanceId!
      yield* advance(60_000)
      yield* hv.setSpotPrice({ AvailabilityZone: "us-east-1b", InstanceType: TYPE, Price: 0.05 })
      const history = (req: Ec2Shapes.DescribeSpotPriceHistoryRequest) => Effect.map(ec2.describeSpotPriceHistory(req), (h) => h.SpotPriceHistory)
      const q: Ec2Shapes.DescribeSpotPriceHistoryRequest = { InstanceTypes: [TYPE] as never, StartTime: new Date(0) }
      const before = yield* history(q)
      const watch = yield* hv.inspect((w) => w.timers().filter((t) => t.Target === id).map((t) => [t.Kind, t.DueAt]))
      const bytes = yield* hv.snapshot
      yield* hv.setSpotPrice({ AvailabilityZone: "us-east-1b", InstanceType: TYPE, Price: undefined })
      yield* hv.restore(bytes)
      expect(yield* history(q)).toEqual(before)
      expect(yield* hv.inspect((w) => w.timers().filter((t) => t.Target === id).map((t) => [t.Kind, t.DueAt]))).toEqual(watch)
      yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: Math.min(OD, price + 0.01) })
      expect((yield* hv.inspect((w) => w.get("instances", id)!)).SpotInstanceAction?.Action).toBe("terminate")
    })))
})

describe("DescribeSpotPriceHistory timestamp filter", () => {
  it("matches the SDK text's form (ddd MMM dd HH:mm:ss UTC YYYY) and the ISO form, with wildcards", () =>
    run(Effect.gen(function*() {
      yield* advance(3 * 86_400_000)
      const ec2 = yield* Ec2.Ec2
      const base = { InstanceTypes: [TYPE] as never, AvailabilityZone: AZ, StartTime: new Date(86_400_000) }
      const aws = yield* ec2.describeSpotPriceHistory({ ...base, Filters: [{ Name: "timestamp", Values: ["Sat Jan 03 00:00:00 UTC 1970"] }] })
      expect(aws.SpotPriceHistory!.map((e) => e.Timestamp!.getTime())).toEqual([2 * 86_400_000])
      const iso = yield* ec2.describeSpotPriceHistory({ ...base, Filters: [{ Name: "timestamp", Values: ["1970-01-03T*"] }] })
      expect(iso.SpotPriceHistory!.length).toBeGreaterThan(0)
      for (const e of iso.SpotPriceHistory!) expect(e.Timestamp!.toISOString().startsWith("1970-01-03T")).toBe(true)
    })))
})

describe("StartInstances of Spot instances", () => {
  // found by the state-machine property on a fresh clone: a user start relaunched an instance that EC2 had
  // stopped for price, at a price above its maximum
  it("an instance EC2 stopped (price) is restarted by EC2 only: the user's start is IncorrectSpotRequestState; one its user stopped starts", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      const base = yield* priceNow
      const [byPrice] = yield* requestSpot({ Type: "persistent", InstanceInterruptionBehavior: "stop", SpotPrice: String(base) })
      const [byUser] = yield* requestSpot({ Type: "persistent", InstanceInterruptionBehavior: "stop" })
      yield* advance(60_000)
      const instanceOf = (id: string) =>
        Effect.map(ec2.describeSpotInstanceRequests({ SpotInstanceRequestIds: [id] }), (r) => r.SpotInstanceRequests![0]!)
      const a = (yield* instanceOf(byPrice!)).InstanceId!
      const b = (yield* instanceOf(byUser!)).InstanceId!
      yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: Math.round((base + 0.001) * 10_000) / 10_000 })
      yield* ec2.stopInstances({ InstanceIds: [b] })
      yield* advance(3 * 60_000)
      const q = yield* instanceOf(byPrice!)
      expect([q.State, q.Status!.Code]).toEqual(["disabled", "instance-stopped-by-price"])
      expect(yield* err(ec2.startInstances({ InstanceIds: [a] }))).toEqual({
        code: "IncorrectSpotRequestState",
        message: "You can't start the Spot Instance because the associated Spot Instance request is not in an appropriate state"
      })
      // nothing changed: still stopped; the user-stopped one starts
      expect((yield* ec2.describeInstances({ InstanceIds: [a] })).Reservations![0]!.Instances![0]!.State!.Name).toBe("stopped")
      const r = yield* instanceOf(byUser!)
      expect([r.State, r.Status!.Code]).toEqual(["disabled", "instance-stopped-by-user"])
      const started = yield* ec2.startInstances({ InstanceIds: [b] })
      expect(started.StartingInstances![0]!.CurrentState!.Name).toBe("pending")
      // EC2 itself restarts the price-stopped one once the price is back at its maximum
      yield* hv.setSpotPrice({ AvailabilityZone: AZ, InstanceType: TYPE, Price: undefined })
      yield* advance(10 * 60_000)
      const back = yield* instanceOf(byPrice!)
      expect([back.State, back.Status!.Code]).toEqual(["active", "fulfilled"])
    })))
})
