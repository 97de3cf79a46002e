/**
 * No timer, however malformed (a world restored from a hand-made or foreign snapshot: records are
 * schema-free within a snapshot version), breaks the world: a handler that throws has its own changes
 * undone and its timer dropped, and every later call is answered. Before, a throwing handler escaped
 * the engine's catch-up as a defect, failing the call that caught up — and every later one, since the
 * timer was still due.
 */
import { Clock, Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import { Ec2 } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { decodeSnapshot, encodeSnapshot } from "../src/internal/Codec.js"
import { handlers } from "../src/Ec2Memory.js"
import type { TimerRecord } from "../src/internal/Records.js"

describe("timer handlers", () => {
  it("a malformed timer of any kind neither fails a call nor stops time", () =>
    Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      const ImageId = yield* hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId)
      const run = yield* ec2.runInstances({ ImageId, MinCount: 1, MaxCount: 1, InstanceType: "t3.micro" })
      const instanceId = run.Instances![0]!.InstanceId!
      const vol = yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 1 })
      const bytes = yield* hv.snapshot
      const dump = decodeSnapshot(bytes)
      if (!Array.isArray(dump)) throw new Error("snapshot did not decode")
      const targets = ["i-0000000000000000f", instanceId, vol.VolumeId!, "", "sir-00000000", "fleet-0"]
      const datas: ReadonlyArray<Readonly<Record<string, unknown>> | undefined> = [
        undefined, {}, { Action: 7, State: null, Count: "x", Price: -1, InstanceIds: "i-1", Size: {} }
      ]
      const now = yield* Clock.currentTimeMillis
      const injected: Array<TimerRecord> = []
      let n = 0
      for (const Kind of Object.keys(handlers)) {
        for (const Target of targets) {
          for (const Data of datas) {
            n++
            injected.push({ TimerId: `t-bad-${n}`, DueAt: now + 1_000, Seq: 1_000_000 + n, Kind, Target, ...(Data !== undefined ? { Data } : {}) })
          }
        }
      }
      const patched = dump.map(([t, rows]) => (t === "timers" ? [t, [...rows, ...injected]] as const : [t, rows] as const))
      yield* hv.restore(encodeSnapshot(patched))
      yield* TestClock.adjust(Duration.hours(3))
      // every call is answered, the world's time moves on, and the malformed timers are gone
      // (a well-formed timer aimed at the real instance may legitimately have stopped or ended it)
      const described = yield* ec2.describeInstances({})
      expect(Array.isArray(described.Reservations)).toBe(true)
      yield* hv.tick
      const left = yield* hv.inspect((w) => w.timers().filter((t) => t.TimerId.startsWith("t-bad-")).length)
      expect(left).toBe(0)
      const again = yield* ec2.runInstances({ ImageId, MinCount: 1, MaxCount: 1, InstanceType: "t3.micro" })
      expect(again.Instances).toHaveLength(1)
    }).pipe(Effect.provide(Ec2Memory.layer({ seed: 7 })), Effect.provide(TestClock.layer()), Effect.runPromise))
})

describe("the engine's catch-up", () => {
  it("undoes the changes of a handler that throws and drops its timer; the call and later ones are answered", () =>
    Effect.gen(function*() {
      // a handler with a defect (the engine's last line of defence: handlers are meant not to throw)
      const kind = "test.throws"
      ;(handlers as Record<string, (w: never, t: TimerRecord) => void>)[kind] = (w: { put: (t: string, r: unknown) => void }) => {
        w.put("tags", { ResourceId: "i-0000000000000000e", Tags: [["half", "done"]] })
        throw new Error("handler defect")
      }
      try {
        const ec2 = yield* Ec2.Ec2
        const hv = yield* Hypervisor.Hypervisor
        const dump = decodeSnapshot(yield* hv.snapshot)
        if (!Array.isArray(dump)) throw new Error("snapshot did not decode")
        const now = yield* Clock.currentTimeMillis
        const bad: TimerRecord = { TimerId: "t-throws", DueAt: now + 1_000, Seq: 9_999_999, Kind: kind, Target: "i-0000000000000000e" }
        yield* hv.restore(encodeSnapshot(dump.map(([t, rows]) => (t === "timers" ? [t, [...rows, bad]] as const : [t, rows] as const))))
        yield* TestClock.adjust(Duration.minutes(1))
        const zones = yield* ec2.describeAvailabilityZones({})
        expect(zones.AvailabilityZones!.length).toBeGreaterThan(0)
        const state = yield* hv.inspect((w) => ({ tags: w.tagsOf("i-0000000000000000e"), timer: w.timers().some((t) => t.TimerId === "t-throws") }))
        expect(state).toEqual({ tags: [], timer: false })
      } finally {
        delete (handlers as Record<string, unknown>)[kind]
      }
    }).pipe(Effect.provide(Ec2Memory.layer({ seed: 7 })), Effect.provide(TestClock.layer()), Effect.runPromise))
})
