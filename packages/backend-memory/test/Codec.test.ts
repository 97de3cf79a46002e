import { Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2Memory } from "@ec2kit/backend-memory"
import * as Codec from "../src/internal/Codec.js"
import type { TimerRecord } from "../src/internal/Records.js"
import * as I from "../src/operations/instances.js"

const run = <A, E>(self: Effect.Effect<A, E, import("effect").Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

// record-like values: plain objects (varying key sets and orders), arrays, primitives; no undefined
const leaf = fc.oneof(
  fc.constantFrom("running", "stopped", "us-east-1a", "us-east-1b", ""),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
  fc.constant(null)
)
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("object"), tie("array")),
  // (no `__proto__` here: msgpackr itself renames that map key; records never have it)
  object: fc.dictionary(fc.constantFrom("A", "B", "State", "Tags", "Id", "x\"y", "0"), tie("value"), { maxKeys: 5 }),
  array: fc.array(tie("value"), { maxLength: 5 })
}))
// columns of many similar records (so dictionaries, shapes and nested columns kick in)
const column = fc.oneof(
  fc.array(value, { maxLength: 40 }),
  fc.tuple(fc.array(value, { minLength: 1, maxLength: 4 }), fc.nat(60)).map(([xs, n]) =>
    Array.from({ length: n }, (_, i) => xs[i % xs.length])
  )
)

const roundTrip = (values: ReadonlyArray<unknown>) => Codec.decodeColumn(Codec.unpack(Codec.pack(Codec.encodeColumn(values))))

describe("Codec columnar encoding", () => {
  it("decode ∘ encode is the identity and re-encoding gives the same bytes (property)", () => {
    fc.assert(fc.property(column, (values) => {
      const back = roundTrip(values)
      expect(back).toEqual(values)
      back.forEach((b, i) => {
        if (b !== null && typeof b === "object" && !Array.isArray(b)) expect(Object.keys(b)).toEqual(Object.keys(values[i] as object))
      })
      expect(Buffer.from(Codec.pack(Codec.encodeColumn(back))).equals(Buffer.from(Codec.pack(Codec.encodeColumn(values))))).toBe(true)
    }), { numRuns: 1000 })
  })

  it("an object column with a `__proto__` key keeps it as an own property", () => {
    const rows = [JSON.parse(`{"__proto__": 1, "A": "x"}`), JSON.parse(`{"__proto__": 2, "A": "y"}`)]
    const back = roundTrip(rows) as Array<Record<string, unknown>>
    expect(back.map((o) => [Object.keys(o), Object.getPrototypeOf(o) === Object.prototype])).toEqual([
      [["__proto__", "A"], true],
      [["__proto__", "A"], true]
    ])
    expect(back).toEqual(rows)
  })

  it("repeated values become a dictionary, records a shape table", () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ Id: `i-${i}`, State: i % 2 === 0 ? "running" : "stopped" }))
    const c = Codec.encodeColumn(rows) as unknown as [2, Array<Array<string>>, unknown, Array<[string, Array<unknown>]>]
    expect(c[0]).toBe(2)
    expect(c[1]).toEqual([["Id", "State"]])
    expect(c[3].map(([k, col]) => [k, col[0]])).toEqual([["Id", 0], ["State", 1]])
    expect(c[3][1]![1]![1]).toEqual(["running", "stopped"])
  })

  it("malformed columns are Corrupt, never a crash (property)", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (garbage) => {
      // (with a valid checksum, so the garbage reaches the decoder)
      const bytes = new Uint8Array(Codec.SNAPSHOT_HEADER + garbage.length)
      bytes.set(Buffer.from(Codec.SNAPSHOT_MAGIC, "latin1"))
      new DataView(bytes.buffer).setUint32(8, Codec.SNAPSHOT_VERSION)
      new DataView(bytes.buffer).setUint32(12, Codec.crc32(garbage))
      bytes.set(garbage, Codec.SNAPSHOT_HEADER)
      const d = Codec.decodeSnapshot(bytes)
      return d instanceof Codec.PersistenceError ? d.reason === "Corrupt" : Array.isArray(d)
    }), { numRuns: 1000 })
    for (const bad of [[9, []], [1, ["a"], 1, new Uint8Array([1])], [2, [["a"]], [0, [0, 0]], [["a", [0, [1]]]]], [3, [0, [2]], [0, [1]]]]) {
      expect(() => Codec.decodeColumn(bad)).toThrow("malformed column")
    }
  })
})

describe("world snapshot checksum", () => {
  const CI = process.env.CI === "true" || process.env.CI === "1"
  const snapshotOf = (seed: number) =>
    run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed })
      const ImageId = yield* m.hypervisor.inspect((w) => w.all("images")[0]!.ImageId)
      yield* m.ec2.runInstances({ ImageId, MinCount: 3, MaxCount: 3, TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "k", Value: "v" }] }] })
      return yield* m.hypervisor.snapshot
    }))

  it("every flipped bit, zeroed run or cut of a snapshot is refused with a PersistenceError, never loaded as other data (property)", async () => {
    const good = await snapshotOf(11)
    const damage = fc.oneof(
      fc.record({ kind: fc.constant("flip" as const), at: fc.nat(good.length - 1), bit: fc.nat(7) }),
      fc.record({ kind: fc.constant("zero" as const), at: fc.nat(good.length - 1), len: fc.integer({ min: 1, max: 600 }) }),
      fc.record({ kind: fc.constant("cut" as const), at: fc.nat(good.length - 1) })
    )
    fc.assert(fc.property(damage, (d) => {
      const bytes = Uint8Array.from(good)
      if (d.kind === "flip") bytes[d.at]! ^= 1 << d.bit
      else if (d.kind === "zero") bytes.fill(0, d.at, d.at + d.len)
      const damaged = d.kind === "cut" ? bytes.subarray(0, d.at) : bytes
      fc.pre(!Buffer.from(damaged).equals(Buffer.from(good)))
      const r = Codec.decodeSnapshot(damaged)
      expect(r).toBeInstanceOf(Codec.PersistenceError)
      // damage past the header is caught by the checksum
      if (d.at >= Codec.SNAPSHOT_HEADER && d.kind !== "cut") {
        expect((r as Codec.PersistenceError).message).toBe("Corrupt ec2kit snapshot: checksum mismatch (damaged or truncated)")
      }
    }), { numRuns: CI ? 2000 : 300 })
  })

  it("the checksum covers the body; snapshot → restore → snapshot stays byte-identical", async () => {
    const good = await snapshotOf(12)
    const view = new DataView(good.buffer, good.byteOffset, good.byteLength)
    expect(view.getUint32(8)).toBe(Codec.SNAPSHOT_VERSION)
    expect(view.getUint32(12)).toBe(Codec.crc32(good.subarray(Codec.SNAPSHOT_HEADER)))
    const again = await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ snapshot: good })
      return yield* m.hypervisor.snapshot
    }))
    expect(Buffer.from(again).equals(Buffer.from(good))).toBe(true)
  })

  it("a snapshot with a valid checksum but a malformed record is Corrupt (restore and layer), never a TypeError", async () => {
    const good = await snapshotOf(13)
    const dump = Codec.decodeSnapshot(good) as Codec.Dump
    for (
      const [bad, why] of [
        [dump.map(([t, rows]) => t === "instances" ? [t, [...rows, { InstanceId: "i-1" }]] as const : [t, rows] as const), "the instances record 'i-1' is malformed"],
        [[...dump, ["bogus", []]], "unknown table 'bogus'"],
        [dump.filter(([t]) => t !== "meta"), "the world has no single meta record"],
        [dump.map(([t, rows]) => t === "tags" ? [t, [{ ResourceId: 7, Tags: [] }]] as const : [t, rows] as const), "a tags record has no key"]
      ] as const
    ) {
      const bytes = Codec.encodeSnapshot(bad as Codec.Dump)
      const e = await run(Effect.gen(function*() {
        const m = yield* Ec2Memory.make({ seed: 1 })
        return yield* Effect.flip(m.hypervisor.restore(bytes))
      }))
      expect([e.reason, e.message]).toEqual(["Corrupt", `Corrupt ec2kit snapshot: ${why}`])
      const e2 = await Effect.runPromise(Effect.flip(Effect.scoped(Ec2Memory.make({ snapshot: bytes }))).pipe(Effect.provide(TestClock.layer())))
      expect(e2._tag).toBe("PersistenceError")
    }
  })
})

describe("World timer heap and active counts", () => {
  it("timers come out in (DueAt, Seq) order, cancelled ones never (property)", () =>
    run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 3 })
      const w = m.engine.world
      fc.assert(fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.constantFrom("a", "b", "c", "d"), fc.boolean()), { maxLength: 60 }),
        (ops) => {
          while (w.popDue(Number.POSITIVE_INFINITY) !== undefined) { /* drain */ }
          const live = new Map<string, TimerRecord>()
          for (const [delay, target, cancel] of ops) {
            if (cancel) {
              w.cancelTimers(target)
              for (const [id, t] of live) if (t.Target === target) live.delete(id)
            } else {
              const t = w.schedule("test", target, delay)
              live.set(t.TimerId, t)
            }
          }
          const out: Array<TimerRecord> = []
          for (let t = w.popDue(Number.POSITIVE_INFINITY); t !== undefined; t = w.popDue(Number.POSITIVE_INFINITY)) out.push(t)
          const expected = [...live.values()].sort((a, b) => a.DueAt - b.DueAt || a.Seq - b.Seq)
          expect(out.map((t) => t.TimerId)).toEqual(expected.map((t) => t.TimerId))
          w.takeChanges()
        }
      ), { numRuns: 1000 })
    })))

  it("activeInstances equals a scan of the instances", () =>
    run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 4 })
      const ImageId = yield* m.hypervisor.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId)
      const r = yield* m.engine.transact((w) => I.runInstances(w, { ImageId, InstanceType: "t3.micro", MinCount: 3, MaxCount: 3 }))
      yield* m.engine.transact((w) => I.runInstances(w, { ImageId, InstanceType: "t3.small", MinCount: 2, MaxCount: 2 }))
      yield* m.engine.transact((w) => I.terminateInstances(w, [r.Instances[0]!.InstanceId]))
      yield* TestClock.adjust("10 seconds")
      const w = m.engine.world
      yield* m.hypervisor.tick
      const scan = (az: string, type: string) =>
        [...w.all("instances")].filter((i) =>
          i.AvailabilityZone === az && (type === "*" || i.InstanceType === type) &&
          ["pending", "running", "stopping"].includes(i.Lifecycle.State)
        ).length
      const az = r.Instances[0]!.Placement!.AvailabilityZone!
      for (const type of ["t3.micro", "t3.small", "*"]) expect(w.activeInstances(az, type)).toBe(scan(az, type))
      expect(w.activeInstances(az, "t3.micro")).toBe(2)
    })))
})
