/**
 * Properties of the journal under crashes and damage: for random mutation sequences (change sets
 * generated at the format level, and journals written by the real engine from random operations),
 * random crash points (the file cut at any byte) and random corruption (bit flips, zero runs,
 * length-field edits, overwritten runs), every load returns exactly the acknowledged records or
 * fails with a `PersistenceError` — never fewer records silently, never different ones, never an
 * untyped error. The one exception is the physically torn last record: a cut inside it, or a zeroed
 * area inside it (blocks a disk never wrote), drops that record and nothing else.
 *
 * Mostly over the pure `Journal.parse` (fast); the loading of a whole world (`Ec2Memory.make`) is
 * checked on fewer runs.
 */
import { Cause, Effect, Exit } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Ec2Memory } from "@ec2kit/backend-memory"
import * as Codec from "../src/internal/Codec.js"
import * as Journal from "../src/internal/Journal.js"
import type { Change } from "../src/internal/World.js"

const CI = process.env.CI === "true" || process.env.CI === "1"
const runs = (ci: number, local: number) => ({ numRuns: CI ? ci : local })

const run = <A, E>(self: Effect.Effect<A, E, import("effect").Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-journal-props-"))
let fileNo = 0
const tmp = () => path.join(dir, `w${fileNo++}.ec2kit`)

/** A journal: its bytes, the end of each record (base first) and the change sets it holds. */
interface Sample {
  readonly bytes: Buffer
  readonly ends: ReadonlyArray<number>
  readonly changes: ReadonlyArray<ReadonlyArray<Change>>
}

const sampleOf = (bytes: Buffer): Sample => {
  const p = Journal.parse(bytes)
  if (p instanceof Codec.PersistenceError) throw p
  const ends: Array<number> = []
  for (let at = Journal.HEADER; at < bytes.length; at += Journal.FRAME_HEADER + bytes.readUInt32BE(at)) {
    ends.push(at + Journal.FRAME_HEADER + bytes.readUInt32BE(at))
  }
  // (shown by its size when a property fails, not byte by byte)
  return { bytes, ends, changes: p.changes, [fc.toStringMethod]: () => `<journal of ${bytes.length} bytes, record ends ${ends}>` } as Sample
}

// ------------------------------------------------------------------------------------------------
// generated change sets over a small base world
// ------------------------------------------------------------------------------------------------

let base: Buffer // header + base snapshot of a small world
const ids = fc.constantFrom("i-0a", "i-0b", "vol-1", "sg-2")
const str = fc.string({ maxLength: 12 })
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.tuple(ids, fc.array(fc.tuple(str, str), { minLength: 1, maxLength: 4 })).map(([id, tags]) =>
    ["tags", id, { ResourceId: id, Tags: tags }] as const
  ),
  ids.map((id) => ["tags", id, null] as const),
  fc.tuple(fc.constantFrom("k1", "k2", "k3"), str).map(([KeyName, KeyFingerprint]) =>
    ["keyPairs", KeyName, { KeyName, KeyFingerprint, KeyType: "rsa" }] as const
  ),
  fc.tuple(fc.nat(1000), fc.nat(2 ** 40)).map(([seq, due]) => {
    const TimerId = `t-${seq.toString(36)}`
    return ["timers", TimerId, { TimerId, DueAt: due, Seq: seq, Kind: "test.noop", Target: "x" }] as const
  })
)
const generated: fc.Arbitrary<Sample> = fc.array(fc.array(change, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 })
  .map((sets) => sampleOf(Buffer.concat([base, ...sets.map((c) => Journal.frame(Codec.pack({ t: "c", c })))])))

// ------------------------------------------------------------------------------------------------
// journals written by the real engine from random operations
// ------------------------------------------------------------------------------------------------

type Op =
  | { readonly k: "run"; readonly n: number }
  | { readonly k: "tag" | "stop" | "terminate"; readonly i: number }
  | { readonly k: "volume"; readonly size: number }
  | { readonly k: "wait"; readonly s: number }
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant("run" as const), n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constantFrom("tag" as const, "stop" as const, "terminate" as const), i: fc.nat(20) }),
  fc.record({ k: fc.constant("volume" as const), size: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ k: fc.constant("wait" as const), s: fc.integer({ min: 1, max: 90 }) })
)

const written = async (ops: ReadonlyArray<Op>, seed: number, compactBytes?: number): Promise<Sample> => {
  const file = tmp()
  await run(Effect.gen(function*() {
    const m = yield* Ec2Memory.make({ seed, persistence: { path: file, ...(compactBytes !== undefined ? { compactBytes } : {}) } })
    const ImageId = yield* m.hypervisor.inspect((w) => w.all("images")[0]!.ImageId)
    for (const o of ops) {
      const all = yield* m.hypervisor.inspect((w) => w.all("instances").map((i) => i.InstanceId))
      const pick = (i: number) => all.length === 0 ? undefined : all[i % all.length]!
      switch (o.k) {
        case "run":
          yield* m.ec2.runInstances({ ImageId, MinCount: o.n, MaxCount: o.n })
          break
        case "volume":
          yield* m.ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: o.size })
          break
        case "wait":
          yield* TestClock.adjust(`${o.s} seconds`)
          break
        default: {
          const id = pick(o.i)
          if (id === undefined) break
          const f = o.k === "tag"
            ? m.ec2.createTags({ Resources: [id], Tags: [{ Key: "k", Value: String(o.i) }] })
            : o.k === "stop"
            ? m.ec2.stopInstances({ InstanceIds: [id] })
            : m.ec2.terminateInstances({ InstanceIds: [id] })
          yield* Effect.result(f)
        }
      }
    }
  }))
  return sampleOf(fs.readFileSync(file))
}

let engineSamples: ReadonlyArray<Sample> = []

beforeAll(async () => {
  base = (await written([], 1)).bytes
  // a few real journals, from random operation sequences with a fixed seed (reproducible)
  const seqs = fc.sample(fc.array(op, { minLength: 4, maxLength: 24 }), { numRuns: 6, seed: 8 })
  // (the last one compacts on the way: its records follow a rewritten base)
  const all = await Promise.all(seqs.map((ops, i) => written(ops, 100 + i, i === 5 ? 6000 : undefined)))
  engineSamples = all.filter((s) => s.changes.length > 0)
  expect(engineSamples.length).toBeGreaterThanOrEqual(4)
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const anySample = fc.oneof(generated, fc.constant(0).chain(() => fc.constantFrom(...engineSamples)))

// ------------------------------------------------------------------------------------------------
// the oracle
// ------------------------------------------------------------------------------------------------

/**
 * Checks one load of damaged bytes: a typed error, or exactly the first `k` change sets for an
 * allowed `k`. Returns what happened, for the caller's own checks.
 */
const load = (s: Sample, damaged: Buffer, allowed: ReadonlyArray<number>, errorAllowed: boolean) => {
  let p: Journal.Loaded | Codec.PersistenceError
  try {
    p = Journal.parse(damaged, "f")
  } catch (e) {
    throw new Error(`parse threw instead of answering a PersistenceError: ${String(e)}`)
  }
  if (p instanceof Codec.PersistenceError) {
    expect(errorAllowed, `unexpected ${p.reason}: ${p.message}`).toBe(true)
    expect(["Corrupt", "Foreign", "Version"]).toContain(p.reason)
    return p
  }
  expect(allowed, `loaded ${p.changes.length} of ${s.changes.length} change sets`).toContain(p.changes.length)
  expect(p.changes).toEqual(s.changes.slice(0, p.changes.length))
  expect(p.validLength).toBe(s.ends[p.changes.length]!)
  return p
}

const baseEnd = (s: Sample) => s.ends[0]!
const lastStart = (s: Sample) => s.ends[s.ends.length - 2]!

describe("journal properties", () => {
  it("a crash at any byte loads exactly the records completely written before it (property)", () => {
    fc.assert(fc.property(anySample, fc.double({ min: 0, max: 1, noNaN: true }), (s, where) => {
      const cut = Math.floor(where * s.bytes.length)
      const complete = s.ends.filter((e) => e <= cut).length - 1 // change sets wholly before the cut
      // (the file appears only by rename of a complete temp file: a cut inside the base never happens,
      // and is refused)
      load(s, s.bytes.subarray(0, cut), [complete], cut < baseEnd(s))
    }), runs(1000, 200))
  })

  it("bit flips, zero runs, length-field edits and overwritten runs: all records or a PersistenceError (property)", () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant("flip" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bits: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant("zero" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 1200 }) }),
      fc.record({ kind: fc.constant("length" as const), record: fc.nat(), value: fc.oneof(fc.nat(64), fc.nat(), fc.constant(0xffffffff)) }),
      fc.record({ kind: fc.constant("overwrite" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), with: fc.uint8Array({ minLength: 1, maxLength: 40 }) })
    )
    fc.assert(fc.property(anySample, damage, (s, d) => {
      const b = Buffer.from(s.bytes)
      if (d.kind === "length") {
        const starts = [Journal.HEADER, ...s.ends.slice(0, -1)]
        b.writeUInt32BE(d.value >>> 0, starts[d.record % starts.length]!)
      } else {
        const from = Math.min(s.bytes.length - 1, Math.floor(d.at * s.bytes.length))
        if (d.kind === "flip") b[from]! ^= d.bits
        else if (d.kind === "zero") b.fill(0, from, Math.min(b.length, from + d.len))
        else b.set(d.with.subarray(0, b.length - from), from)
      }
      const all = s.changes.length
      let first = 0
      while (first < b.length && b[first] === s.bytes[first]) first++
      if (first === b.length) return void load(s, b, [all], false) // the damage changed nothing
      // zeros may be blocks a disk never wrote: inside the last record they drop that record, and a
      // zero-filled tail (the rule: dropped, everything before it kept) drops the records it
      // starts in or covers
      const allowed: Array<number> = []
      if (d.kind === "zero" && first >= lastStart(s)) allowed.push(all - 1)
      if (d.kind === "zero" && b.subarray(first).every((x) => x === 0)) allowed.push(s.ends.filter((e) => e <= first).length - 1)
      load(s, b, allowed, true)
    }), runs(2000, 300))
  })

  it("damage followed by a cut: never more than the intact prefix, never different records (property)", () => {
    fc.assert(
      fc.property(anySample, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (s, at, cutAt) => {
        const b = Buffer.from(s.bytes)
        const pos = Math.floor(at * b.length)
        b[pos]! ^= 0x40
        const cut = Math.floor(cutAt * b.length)
        const complete = s.ends.filter((e) => e <= cut).length - 1
        if (pos >= cut) return void load(s, b.subarray(0, cut), [complete], cut < baseEnd(s)) // the flip was cut away
        // a flip inside a complete record is refused; inside the torn record it goes with that record
        const holder = s.ends.find((e) => e > pos)!
        load(s, b.subarray(0, cut), holder > cut ? [complete] : [], true)
      }),
      runs(1000, 200)
    )
  })

  it("a damaged or crashed journal opens as a world or fails with a PersistenceError, never a defect (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        anySample,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("cut", "flip", "zero", "none"),
        async (s, at, kind) => {
          const pos = Math.floor(at * s.bytes.length)
          const b = kind === "cut" ? s.bytes.subarray(0, pos) : Buffer.from(s.bytes)
          if (kind === "flip") b[pos]! ^= 1
          if (kind === "zero") b.fill(0, pos, Math.min(b.length, pos + 64))
          const file = tmp()
          fs.writeFileSync(file, b)
          const exit = await Effect.runPromise(
            Effect.exit(Effect.scoped(Effect.gen(function*() {
              const m = yield* Ec2Memory.make({ persistence: { path: file } })
              return yield* m.hypervisor.inspect((w) => w.all("instances").length)
            }))).pipe(Effect.provide(TestClock.layer()))
          )
          const parsed = Journal.parse(b)
          if (Exit.isSuccess(exit)) expect(parsed).not.toBeInstanceOf(Codec.PersistenceError)
          else {
            const e = Cause.findErrorOption(exit.cause)
            expect(e._tag === "Some" ? e.value._tag : Cause.pretty(exit.cause)).toBe("PersistenceError")
          }
          fs.rmSync(file, { force: true })
        }
      ),
      runs(1000, 40)
    )
  })
})
