/**
 * Properties of the billing meter (issue 12 §4) over random lives of instances (on-demand and Spot),
 * volumes and Elastic IPs: bills are additive over adjacent windows, never negative, a stopped instance
 * accrues no compute, every entry into running costs at least 60 s, and a window with no resources
 * costs 0. At least 1,000 runs each when CI is set.
 */
import { Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2Memory, type Billing } from "@ec2kit/backend-memory"

const worldRuns = process.env["CI"] ? 1_000 : 40
const HOUR = 3_600_000

type Step =
  | { readonly _tag: "launch"; readonly type: string; readonly spot: boolean }
  | { readonly _tag: "stop" | "start" | "terminate" | "deleteVolume" | "release" | "associate"; readonly i: number }
  | { readonly _tag: "wait"; readonly ms: number }
  | { readonly _tag: "volume"; readonly type: "gp3" | "io1" | "gp2"; readonly size: number; readonly iops: number }
  | { readonly _tag: "eip" }
  | { readonly _tag: "modify"; readonly i: number; readonly type: string }

const index = fc.integer({ min: 0, max: 5 })
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ _tag: fc.constant("launch" as const), type: fc.constantFrom("t3.micro", "m5.large", "c5.xlarge"), spot: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ _tag: fc.constantFrom("stop" as const, "start" as const, "terminate" as const, "deleteVolume" as const, "release" as const, "associate" as const), i: index }), weight: 4 },
  // short waits too: the 60-s minimum lives there
  { arbitrary: fc.oneof(fc.integer({ min: 1, max: 120_000 }), fc.integer({ min: 1, max: 6 * HOUR })).map((ms) => ({ _tag: "wait" as const, ms })), weight: 5 },
  { arbitrary: fc.record({ _tag: fc.constant("volume" as const), type: fc.constantFrom("gp3" as const, "io1" as const, "gp2" as const), size: fc.integer({ min: 4, max: 2000 }), iops: fc.integer({ min: 3000, max: 16000 }) }), weight: 1 },
  { arbitrary: fc.constant({ _tag: "eip" as const }), weight: 1 },
  // a type change (only while stopped: refused otherwise, which changes nothing)
  { arbitrary: fc.record({ _tag: fc.constant("modify" as const), i: index, type: fc.constantFrom("t3.micro", "m5.large", "c5.xlarge") }), weight: 1 }
)

const world = () =>
  Ec2Memory.make({
    seed: 1,
    delays: { instancePending: "immediate", instanceStopping: "immediate", instanceShuttingDown: "immediate", volumeCreating: "immediate" }
  })

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

const byResource = (bill: Billing.Bill) => new Map(bill.Resources.map((r) => [r.ResourceId, r.Cost]))

const computeOf = (bill: Billing.Bill, id: string) =>
  bill.LineItems.filter((l) => l.ResourceId === id && /^(BoxUsage|SpotUsage|DedicatedUsage):/.test(l.UsageType)).reduce((q, l) => q + l.Quantity, 0)

describe("billing meter (properties)", () => {
  it("is additive over adjacent windows (on whole hours with a Savings Plan), never negative, and bills no compute while an instance is stopped", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(0, 0.01, 0.2),
        (steps, c1, c2, commitment) =>
          Effect.runPromise(Effect.scoped(Effect.gen(function*() {
            const m = yield* world()
            // a Savings Plan (it applies per clock hour: then the windows are cut on whole hours)
            if (commitment > 0) {
              yield* m.engine.transact((w) =>
                Effect.sync(() =>
                  w.put("savingsPlans", {
                    SavingsPlanId: "sp-1", SavingsPlanArn: "arn:aws:savingsplans::123456789012:savingsplan/sp-1", SavingsPlanType: "Compute",
                    PaymentOption: "No Upfront", Commitment: commitment, Region: "us-east-1", TermDurationInSeconds: 31_536_000,
                    Start: 0, End: 31_536_000_000, UpfrontPaymentAmount: 0, RecurringPaymentAmount: commitment, State: "active"
                  })
                )
              )
            }
            const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
            const instances: Array<string> = []
            const volumes: Array<string> = []
            const addresses: Array<string> = []
            /** instance → [stopped at, started again at) intervals */
            const stopped: Array<readonly [string, number, number]> = []
            const stoppedAt = new Map<string, number>()
            const now = () => m.engine.read((w) => w.now)
            for (const s of steps) {
              const t = yield* now()
              if (s._tag === "launch") {
                const r = yield* Effect.exit(m.ec2.runInstances({
                  ImageId, InstanceType: s.type, MinCount: 1, MaxCount: 1,
                  ...(s.spot ? { InstanceMarketOptions: { MarketType: "spot" as const, SpotOptions: { SpotInstanceType: "persistent" as const, InstanceInterruptionBehavior: "stop" as const } } } : {})
                }))
                if (r._tag === "Success") instances.push(r.value.Instances![0]!.InstanceId!)
              } else if (s._tag === "wait") {
                yield* TestClock.adjust(Duration.millis(s.ms))
              } else if (s._tag === "volume") {
                const v = yield* Effect.exit(m.ec2.createVolume({
                  AvailabilityZone: "us-east-1a", Size: s.size, VolumeType: s.type,
                  ...(s.type === "gp2" ? {} : { Iops: s.type === "io1" ? Math.min(s.iops, 50 * s.size) : s.iops })
                }))
                if (v._tag === "Success") volumes.push(v.value.VolumeId!)
              } else if (s._tag === "modify") {
                if (instances.length > 0) {
                  yield* Effect.ignore(m.ec2.modifyInstanceAttribute({ InstanceId: instances[s.i % instances.length]!, InstanceType: { Value: s.type } }))
                }
              } else if (s._tag === "eip") {
                const a = yield* Effect.exit(m.ec2.allocateAddress({ Domain: "vpc" }))
                if (a._tag === "Success") addresses.push(a.value.AllocationId!)
              } else {
                const pick = <A>(xs: ReadonlyArray<A>) => xs.length === 0 ? undefined : xs[s.i % xs.length]
                const id = pick(instances)
                if (s._tag === "stop" && id !== undefined) {
                  const r = yield* Effect.exit(m.ec2.stopInstances({ InstanceIds: [id] }))
                  if (r._tag === "Success" && !stoppedAt.has(id)) stoppedAt.set(id, t)
                } else if (s._tag === "start" && id !== undefined) {
                  const r = yield* Effect.exit(m.ec2.startInstances({ InstanceIds: [id] }))
                  const from = stoppedAt.get(id)
                  if (r._tag === "Success" && from !== undefined) {
                    stopped.push([id, from, t])
                    stoppedAt.delete(id)
                  }
                } else if (s._tag === "terminate" && id !== undefined) {
                  yield* Effect.ignore(m.ec2.terminateInstances({ InstanceIds: [id] }))
                } else if (s._tag === "deleteVolume" && pick(volumes) !== undefined) {
                  yield* Effect.ignore(m.ec2.deleteVolume({ VolumeId: pick(volumes)! }))
                } else if (s._tag === "release" && pick(addresses) !== undefined) {
                  yield* Effect.ignore(m.ec2.releaseAddress({ AllocationId: pick(addresses)! }))
                } else if (s._tag === "associate" && pick(addresses) !== undefined && id !== undefined) {
                  yield* Effect.ignore(m.ec2.associateAddress({ AllocationId: pick(addresses)!, InstanceId: id }))
                }
              }
            }
            yield* TestClock.adjust(Duration.millis(1))
            if (commitment > 0) yield* TestClock.adjust(Duration.millis(HOUR - (yield* now()) % HOUR))
            const end = yield* now()
            for (const [id, from] of stoppedAt) stopped.push([id, from, end])
            const cut = (c: number) => commitment > 0 ? Math.floor(end * c / 1000 / HOUR) * HOUR : Math.floor(end * c / 1000)
            const [a, b] = [cut(c1), cut(c2)].sort((x, y) => x - y) as [number, number]
            const whole = yield* m.hypervisor.bill({ StartTime: 0, EndTime: end })
            const left = yield* m.hypervisor.bill({ StartTime: 0, EndTime: a })
            const middle = yield* m.hypervisor.bill({ StartTime: a, EndTime: b })
            const right = yield* m.hypervisor.bill({ StartTime: b, EndTime: end })
            // additive, in total and per resource
            expect(close(left.Total + middle.Total + right.Total, whole.Total)).toBe(true)
            const parts = [byResource(left), byResource(middle), byResource(right)]
            for (const [id, c] of byResource(whole)) {
              expect(close(parts.reduce((t, p) => t + (p.get(id) ?? 0), 0), c)).toBe(true)
            }
            for (const p of parts) for (const id of p.keys()) expect(byResource(whole).has(id)).toBe(true)
            // never negative
            for (const bill of [whole, left, middle, right]) {
              for (const l of bill.LineItems) {
                expect(l.Cost).toBeGreaterThanOrEqual(0)
                expect(l.Quantity).toBeGreaterThanOrEqual(0)
                if (l.Rate !== undefined) expect(l.Rate).toBeGreaterThanOrEqual(0)
              }
            }
            // stopped: no compute strictly after the stop (the minimum's extra is charged at the stop)
            for (const [id, from, to] of stopped) {
              if (to > from + 1) {
                const bill = yield* m.hypervisor.bill({ StartTime: from + 1, EndTime: to })
                expect(computeOf(bill, id)).toBe(0)
              }
            }
          })).pipe(Effect.provide(TestClock.layer())))
      ),
      { numRuns: worldRuns }
    )
  }, 600_000)

  it("bills at least 60 s for each entry into running, and exactly the time run beyond it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 180_000 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 100_000 }), (runs, gap) =>
        Effect.runPromise(Effect.scoped(Effect.gen(function*() {
          const m = yield* world()
          const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
          const r = yield* m.ec2.runInstances({ ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })
          const id = r.Instances![0]!.InstanceId!
          for (const [k, ms] of runs.entries()) {
            if (k > 0) yield* m.ec2.startInstances({ InstanceIds: [id] })
            yield* TestClock.adjust(Duration.millis(ms))
            yield* m.ec2.stopInstances({ InstanceIds: [id] })
            yield* TestClock.adjust(Duration.millis(gap))
          }
          const end = yield* m.engine.read((w) => w.now)
          const bill = yield* m.hypervisor.bill({ StartTime: 0, EndTime: end })
          const expected = runs.reduce((t, ms) => t + Math.max(ms, 60_000), 0) / HOUR
          expect(close(computeOf(bill, id), expected)).toBe(true)
        })).pipe(Effect.provide(TestClock.layer())))
      ),
      { numRuns: worldRuns }
    )
  }, 600_000)

  it("a window with no resources costs 0", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 60 * 24 * HOUR }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (span, c1, c2) =>
        Effect.runPromise(Effect.scoped(Effect.gen(function*() {
          const m = yield* world()
          yield* TestClock.adjust(Duration.millis(span))
          const [a, b] = [Math.floor(span * c1 / 1000), Math.floor(span * c2 / 1000)].sort((x, y) => x - y) as [number, number]
          const bill = yield* m.hypervisor.bill({ StartTime: a, EndTime: b })
          expect(bill.Total).toBe(0)
          expect(bill.LineItems).toEqual([])
        })).pipe(Effect.provide(TestClock.layer())))
      ),
      { numRuns: worldRuns }
    )
  }, 600_000)
})
