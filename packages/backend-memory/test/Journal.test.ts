/**
 * The persistence journal, defect by defect (issue 8, section 1): a damaged length field, a
 * zero-filled tail, the single-writer lock, a failed append, valid-checksum records with content we
 * cannot load, and the write path's atomicity (a dump inside a transaction, merged log entries).
 * Random crash points and corruption are in JournalProperties.test.ts.
 */
import { Effect, PubSub } from "effect"
import { TestClock } from "effect/testing"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { Ec2Memory } from "@ec2kit/backend-memory"
import * as Codec from "../src/internal/Codec.js"
import * as Journal from "../src/internal/Journal.js"
import * as I from "../src/operations/instances.js"

const run = <A, E>(self: Effect.Effect<A, E, import("effect").Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(self).pipe(Effect.provide(TestClock.layer())))

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-journal-")), "world.ec2kit")

type M = Effect.Success<ReturnType<typeof Ec2Memory.make>>

const launch = (m: M, Name?: string) =>
  Effect.gen(function*() {
    const ImageId = yield* m.hypervisor.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId)
    const r = yield* m.ec2.runInstances({
      ImageId,
      InstanceType: "t3.micro",
      MinCount: 1,
      MaxCount: 1,
      ...(Name !== undefined ? { TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: Name }] }] } : {})
    })
    return r.Instances![0]!.InstanceId!
  })

/** A journal file with a base snapshot and `n` launches (one change record each). */
const journalWith = async (n: number, seed = 1) => {
  const file = tmp()
  await run(Effect.gen(function*() {
    const m = yield* Ec2Memory.make({ seed, persistence: { path: file } })
    for (let i = 0; i < n; i++) yield* launch(m, `n${i}`)
  }))
  return file
}

/** The byte offsets of the records of a journal (base first). */
const recordOffsets = (bytes: Buffer): Array<number> => {
  const out: Array<number> = []
  for (let at = Journal.HEADER; at < bytes.length; at += Journal.FRAME_HEADER + bytes.readUInt32BE(at)) out.push(at)
  return out
}

const openError = (file: string) =>
  Effect.runPromise(Effect.flip(Effect.scoped(Ec2Memory.make({ persistence: { path: file } }))).pipe(Effect.provide(TestClock.layer())))

const loadedNames = (file: string) =>
  run(Effect.gen(function*() {
    const m = yield* Ec2Memory.make({ persistence: { path: file } })
    return yield* m.hypervisor.inspect((w) => w.all("instances").map((i) => new Map(w.tagsOf(i.InstanceId)).get("Name")))
  }))

/** A journal holding `base` and change records with the given payloads (checksums valid). */
const craft = (base: Buffer, ...payloads: ReadonlyArray<unknown>) =>
  Buffer.concat([base, ...payloads.map((p) => Journal.frame(Codec.pack(p)))])

describe("a damaged length field", () => {
  it("is Corrupt at its offset and the file is left untouched, when intact records follow", async () => {
    const file = await journalWith(4)
    const good = fs.readFileSync(file)
    const at = recordOffsets(good)[1]! // the first change record
    for (const len of [0xffffffff, good.length, good.readUInt32BE(at) + 1, good.readUInt32BE(at) ^ 0x100]) {
      const bad = Buffer.from(good)
      bad.writeUInt32BE(len >>> 0, at)
      const p = Journal.parse(bad, file)
      expect(p).toBeInstanceOf(Codec.PersistenceError)
      expect(p instanceof Codec.PersistenceError ? [p.reason, p.offset] : "loaded").toEqual(["Corrupt", at])
      fs.writeFileSync(file, bad)
      const e = await openError(file)
      expect([e._tag, e instanceof Codec.PersistenceError ? e.reason : e.code]).toEqual(["PersistenceError", "Corrupt"])
      expect(e.message).toContain(`at byte ${at}`)
      // nothing was cut off: the intact records are still there for a person to rescue
      expect(fs.readFileSync(file).equals(bad)).toBe(true)
    }
  })
})

describe("a damaged file header", () => {
  it("non-zero reserved bytes are Corrupt at byte 12 (no field of the header goes unchecked)", async () => {
    const file = await journalWith(1)
    const bad = fs.readFileSync(file)
    bad[14] = 1
    const p = Journal.parse(bad, file)
    expect(p instanceof Codec.PersistenceError ? [p.reason, p.offset, p.message] : "loaded").toEqual([
      "Corrupt",
      12,
      `Corrupt ec2kit journal ${file} at byte 12: damaged file header`
    ])
  })
})

describe("a zero-filled tail", () => {
  it("is a torn write: dropped, every record before it kept", async () => {
    const file = await journalWith(3)
    const good = fs.readFileSync(file)
    for (const zeros of [1, 8, 11, 12, 13, 64, 511, 512, 4096, 70_000]) {
      fs.writeFileSync(file, Buffer.concat([good, Buffer.alloc(zeros)]))
      expect(await loadedNames(file)).toEqual(["n0", "n1", "n2"])
      // the tail is cut off on open
      expect(fs.readFileSync(file).equals(good)).toBe(true)
    }
  })

  it("a last record whose payload has a sector of zeros (never written) is torn; one bit flipped is Corrupt", async () => {
    const file = await journalWith(3)
    const good = fs.readFileSync(file)
    const last = recordOffsets(good).at(-1)!
    // the whole payload zero-filled: size extended, data never written (power loss)
    const zeroed = Buffer.from(good)
    zeroed.fill(0, last + Journal.FRAME_HEADER)
    const p = Journal.parse(zeroed)
    expect(p instanceof Codec.PersistenceError ? p.message : p.changes.length).toBe(2)
    // a flipped bit in the last record may be a bad disk under an acknowledged record: refused
    const flipped = Buffer.from(good)
    flipped[good.length - 5]! ^= 0x10
    const q = Journal.parse(flipped)
    expect(q instanceof Codec.PersistenceError ? [q.reason, q.offset] : "loaded").toEqual(["Corrupt", last])
    expect(q instanceof Codec.PersistenceError ? q.message : "").toContain(`truncating the file to ${last} bytes drops them`)
  })

  it("a zero-length record cannot be valid: zeros with a record after them are Corrupt", async () => {
    const file = await journalWith(1)
    const good = fs.readFileSync(file)
    const changes = [["tags", "i-0", { ResourceId: "i-0", Tags: [["k", "v"]] }]]
    const p = Journal.parse(Buffer.concat([good, Buffer.alloc(12), Journal.frame(Codec.pack({ t: "c", c: changes }))]))
    expect(p instanceof Codec.PersistenceError ? [p.reason, p.offset, p.message] : "loaded").toEqual([
      "Corrupt",
      good.length,
      `Corrupt ec2kit journal <bytes> at byte ${good.length}: damaged record header (a valid record follows at byte ${good.length + 12})`
    ])
    expect(() => Journal.frame(new Uint8Array(0))).not.toThrow()
    // an empty payload frames to a header that never checks out (length 0 is refused)
    const empty = Buffer.concat([good, Journal.frame(new Uint8Array(0)), Journal.frame(Codec.pack({ t: "c", c: changes }))])
    expect(Journal.parse(empty)).toBeInstanceOf(Codec.PersistenceError)
  })
})

describe("valid-checksum records with content we cannot load", () => {
  const base = async () => {
    const file = await journalWith(0)
    return { file, base: fs.readFileSync(file) }
  }
  const inst = { InstanceId: "i-0123456789abcdef0" }
  const cases: ReadonlyArray<readonly [string, unknown, string]> = [
    ["an unknown table", { t: "c", c: [["bogus", "x", { x: 1 }]] }, "unknown table 'bogus'"],
    ["a record without its indexed fields", { t: "c", c: [["instances", inst.InstanceId, inst]] }, `the instances record '${inst.InstanceId}' is malformed`],
    ["a record that is not an object", { t: "c", c: [["vpcs", "vpc-1", 42]] }, "a vpcs record is not an object"],
    ["a record under another id", { t: "c", c: [["vpcs", "vpc-1", { VpcId: "vpc-2" }]] }, "a vpcs change for 'vpc-1' holds the record of 'vpc-2'"],
    ["a change that is not a triple", { t: "c", c: [["vpcs", "vpc-1"]] }, "a change is not [table, id, record]"],
    ["a deleted meta record", { t: "c", c: [["meta", "world", null]] }, "a change deletes the world's meta record"],
    ["tags that are not pairs", { t: "c", c: [["tags", "i-1", { ResourceId: "i-1", Tags: [["k"]] }]] }, "the tags record 'i-1' is malformed"],
    ["an empty change set", { t: "c", c: [] }, "a change record holds no changes"],
    ["a record that is not a map", [1, 2, 3], "unknown record type"],
    ["a second snapshot", { t: "s", d: [] }, "unknown record type"]
  ]
  for (const [what, payload, why] of cases) {
    it(`${what}: Corrupt with the byte offset, never a TypeError`, async () => {
      const { base: b, file } = await base()
      const bytes = craft(b, payload)
      const p = Journal.parse(bytes, file)
      expect(p instanceof Codec.PersistenceError ? [p.reason, p.offset, p.message] : "loaded").toEqual([
        "Corrupt",
        b.length,
        `Corrupt ec2kit journal ${file} at byte ${b.length}: ${why}`
      ])
      fs.writeFileSync(file, bytes)
      const e = await openError(file)
      expect(e instanceof Codec.PersistenceError ? [e.reason, e.offset] : e).toEqual(["Corrupt", b.length])
    })
  }

  it("a base snapshot with a malformed record is Corrupt, never a TypeError", async () => {
    const { base: b, file } = await base()
    const dump = (Journal.parse(b) as Journal.Loaded).base.map(([t, rows]) =>
      t === "instances" ? [t, [{ InstanceId: "i-1", AvailabilityZone: 7 }]] as const : [t, rows] as const
    )
    const bytes = Buffer.concat([b.subarray(0, Journal.HEADER), Journal.frame(Codec.pack({ t: "s", d: Codec.encodeDump(dump) }))])
    const p = Journal.parse(bytes, file)
    expect(p instanceof Codec.PersistenceError ? [p.reason, p.offset, p.message] : "loaded").toEqual([
      "Corrupt",
      Journal.HEADER,
      `Corrupt ec2kit journal ${file} at byte ${Journal.HEADER}: the world snapshot is not loadable: the instances record 'i-1' is malformed`
    ])
  })

  it("a file from a newer build is refused with a clear version message; an older one too", async () => {
    const { base: b, file } = await base()
    const newer = Buffer.from(b)
    newer.writeUInt32BE(Journal.JOURNAL_VERSION + 1, 8)
    fs.writeFileSync(file, newer)
    const e = await openError(file)
    expect(e instanceof Codec.PersistenceError ? [e.reason, e.message] : e).toEqual([
      "Version",
      `Unsupported ec2kit journal ${file}: format version ${Journal.JOURNAL_VERSION + 1} was written by a newer ec2kit; this build reads version ${Journal.JOURNAL_VERSION} only`
    ])
    expect(fs.readFileSync(file).equals(newer)).toBe(true)
    const older = Buffer.from(b)
    older.writeUInt32BE(2, 8)
    const p = Journal.parse(older, file)
    expect(p instanceof Codec.PersistenceError ? [p.reason, p.message] : p).toEqual([
      "Version",
      `Unsupported ec2kit journal ${file}: format version 2 was written by an older ec2kit; this build reads version ${Journal.JOURNAL_VERSION} only (older formats are not converted)`
    ])
  })
})

describe("the single-writer lock", () => {
  it("a second open of a journal in use fails at once with Locked, naming the file; after close it opens", async () => {
    const file = tmp()
    await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 1, persistence: { path: file } })
      yield* launch(m, "first")
      const e = yield* Effect.flip(Effect.scoped(Ec2Memory.make({ persistence: { path: file } })))
      expect(e instanceof Codec.PersistenceError ? [e.reason, e.path, e.message] : e).toEqual([
        "Locked",
        file,
        `The ec2kit journal ${file} is in use: it is already open in this process (lock file ${fs.realpathSync(file)}.lock)`
      ])
      // the failed opener changed nothing: the holder goes on writing
      yield* launch(m, "second")
    }))
    expect(fs.existsSync(`${file}.lock`)).toBe(false)
    expect(await loadedNames(file)).toEqual(["first", "second"])
  })

  it("a lock held by another live process is refused; once that process is dead its lock is taken over", async () => {
    const file = await journalWith(1)
    const holder = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" })
    try {
      const pid = holder.pid!
      const start = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[19]
      const boot = fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim()
      fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid, host: os.hostname(), boot, start }))
      const e = await openError(file)
      expect(e instanceof Codec.PersistenceError ? [e.reason, e.message] : e).toEqual([
        "Locked",
        `The ec2kit journal ${file} is in use: process ${pid} holds it (lock file ${fs.realpathSync(file)}.lock)`
      ])
      // the same pid started at another time (pid reuse) is not the owner
      fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid, host: os.hostname(), boot, start: "1" }))
      expect(await loadedNames(file)).toEqual(["n0"])
      fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid, host: os.hostname(), boot, start }))
    } finally {
      holder.kill("SIGKILL")
    }
    await new Promise((resolve) => holder.once("exit", resolve))
    expect(await loadedNames(file)).toEqual(["n0"])
    expect(fs.existsSync(`${file}.lock`)).toBe(false)
  })

  it("stale locks (dead pid, earlier boot, our own pid from an earlier life) are taken over; another host's is not", async () => {
    const file = await journalWith(1)
    const host = os.hostname()
    // a pid that is not running: the largest pid of a just-exited child
    const gone = spawn(process.execPath, ["-e", ""], { stdio: "ignore" })
    await new Promise((resolve) => gone.once("exit", resolve))
    for (const owner of [{ pid: gone.pid, host }, { pid: process.pid, host }, { pid: process.pid, host, boot: "an-earlier-boot" }]) {
      fs.writeFileSync(`${file}.lock`, JSON.stringify(owner))
      expect(await loadedNames(file)).toEqual(["n0"])
    }
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: 4242, host: "elsewhere" }))
    const e = await openError(file)
    expect(e instanceof Codec.PersistenceError ? [e.reason, e.message] : e).toEqual([
      "Locked",
      `The ec2kit journal ${file} is in use: process 4242 on host elsewhere holds it; delete the lock file if no process there uses the journal (lock file ${fs.realpathSync(file)}.lock)`
    ])
    fs.writeFileSync(`${file}.lock`, "garbage")
    expect((await openError(file)).message).toContain("the lock file is unreadable; delete it if no process uses the journal")
  })

  it("a journal whose lock file was removed behind its back refuses to write (typed), instead of interleaving", async () => {
    const file = tmp()
    await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 1, persistence: { path: file } })
      yield* launch(m, "kept")
      fs.rmSync(`${file}.lock`)
      const e = yield* Effect.flip(launch(m, "refused"))
      expect(e._tag === "Ec2Error" ? [e.code, e.reason.message] : e).toEqual([
        "InternalError",
        `An internal error has occurred. The request was not applied: The ec2kit journal ${file} lost its lock (${fs.realpathSync(file)}.lock was deleted or replaced): another process may be writing it. The world refuses changes until it is reopened.`
      ])
    }))
    expect(await loadedNames(file)).toEqual(["kept"])
  })
})

describe("a failed append", () => {
  const saved = { ...Journal.io }
  afterEach(() => {
    Object.assign(Journal.io, saved)
  })
  const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })
  const eio = () => Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" })

  for (
    const [what, breakIt, cause] of [
      ["disk full on write", () => (Journal.io.writeSync = () => { throw enospc() }), "ENOSPC (ENOSPC: no space left on device, write)"],
      ["a partial write, then disk full", () => {
        let calls = 0
        Journal.io.writeSync = (fd, b, off, len, pos) => {
          if (calls++ === 0) return saved.writeSync(fd, b, off, Math.min(len, 7), pos)
          throw enospc()
        }
      }, "ENOSPC (ENOSPC: no space left on device, write)"],
      ["an I/O error on fsync", () => (Journal.io.fsyncSync = () => { throw eio() }), "EIO (EIO: i/o error, fsync)"]
    ] as const
  ) {
    it(`${what}: typed InternalError, the world exactly as before, later changes refused, the file as before`, async () => {
      const file = tmp()
      let sizeBefore = 0
      let before: Uint8Array = new Uint8Array()
      await run(Effect.gen(function*() {
        const m = yield* Ec2Memory.make({ seed: 2, persistence: { path: file } })
        const kept = yield* launch(m, "kept")
        before = yield* m.hypervisor.snapshot
        sizeBefore = fs.statSync(file).size
        const events = yield* PubSub.subscribe(m.engine.pubsub)
        breakIt()
        const e = yield* Effect.flip(launch(m, "lost"))
        expect(e._tag === "Ec2Error" ? [e.code, e.reason._tag, e.httpStatus, e.reason.message] : e).toEqual([
          "InternalError",
          "ServiceError",
          500,
          `An internal error has occurred. The request was not applied: Cannot append to the ec2kit journal ${file}: ${cause}${
            what === "an I/O error on fsync" ? `; cutting the file back to ${sizeBefore} bytes failed too: ${cause}` : ""
          }. The world refuses changes until it is reopened.`
        ])
        // the world is exactly as before the call: records, indices, generator state
        expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(before))).toBe(true)
        expect(fs.statSync(file).size).toBe(sizeBefore)
        // reads answer the last durable state, changes are refused
        const d = yield* m.ec2.describeInstances({})
        expect(d.Reservations!.flatMap((r) => r.Instances!.map((i) => [i.InstanceId, i.State!.Name]))).toEqual([[kept, "pending"]])
        const refused = yield* Effect.flip(m.ec2.createTags({ Resources: [kept], Tags: [{ Key: "a", Value: "b" }] }))
        expect([refused.code, refused.httpStatus, refused.reason.message]).toEqual([
          "ServiceUnavailable",
          503,
          `The request has failed due to a temporary failure of the server. The world is read-only until it is reopened: Cannot append to the ec2kit journal ${file}: ${cause}${
            what === "an I/O error on fsync" ? `; cutting the file back to ${sizeBefore} bytes failed too: ${cause}` : ""
          }.`
        ])
        // bad input still gets its own answer
        expect((yield* Effect.flip(m.ec2.terminateInstances({ InstanceIds: ["i-0123456789abcdef0"] }))).code).toBe("InvalidInstanceID.NotFound")
        expect((yield* Effect.flip(m.hypervisor.restore(before)))._tag).toBe("PersistenceError")
        // no event was published for the changes that were not durable (kept's pending → running)
        yield* TestClock.adjust("1 minute")
        yield* m.hypervisor.tick
        expect(yield* PubSub.remaining(events)).toBe(0)
        Object.assign(Journal.io, saved)
      }))
      // reopened (disk repaired): exactly the acknowledged world, which goes on
      await run(Effect.gen(function*() {
        const m = yield* Ec2Memory.make({ persistence: { path: file } })
        expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(before))).toBe(true)
        yield* launch(m, "after")
      }))
      expect(await loadedNames(file)).toEqual(["kept", "after"])
    })
  }

  it("a failure in the catch-up of a read answers the read from the last durable state, and refuses the next change", async () => {
    const file = tmp()
    await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 3, persistence: { path: file } })
      const id = yield* launch(m, "kept")
      Journal.io.fsyncSync = () => { throw eio() }
      yield* TestClock.adjust("5 seconds")
      const state = yield* m.hypervisor.inspect((w) => w.get("instances", id)!.Lifecycle.State)
      expect(state).toBe("pending")
      expect((yield* Effect.flip(m.ec2.createTags({ Resources: [id], Tags: [{ Key: "a", Value: "b" }] }))).code).toBe("ServiceUnavailable")
      // bad input is still answered as such: the instance is pending in the last durable state
      expect((yield* Effect.flip(m.ec2.stopInstances({ InstanceIds: [id] }))).code).toBe("IncorrectInstanceState")
    }))
    Object.assign(Journal.io, saved)
    expect(await loadedNames(file)).toEqual(["kept"])
  })

  it("a failed compaction loses nothing: the call succeeds and the old file keeps every record", async () => {
    const file = tmp()
    await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 4, persistence: { path: file, compactBytes: 1 } })
      Journal.io.renameSync = () => { throw Object.assign(new Error("EXDEV: cross-device link"), { code: "EXDEV" }) }
      yield* launch(m, "a")
      yield* launch(m, "b")
      Object.assign(Journal.io, saved)
      yield* launch(m, "c") // compacts now
    }))
    expect(fs.readdirSync(path.dirname(file))).toEqual(["world.ec2kit"])
    expect(await loadedNames(file)).toEqual(["a", "b", "c"])
  })
})

describe("the write path", () => {
  it("changes pending when a dump is taken inside a transaction (a snapshot after a catch-up) are still journaled", async () => {
    const file = tmp()
    const snap = await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 5, persistence: { path: file } })
      const id = yield* launch(m, "x")
      // as `hv.snapshot` does after catching up with due transitions: changes in the log, then a dump
      yield* m.engine.transact((w) =>
        Effect.sync(() => {
          w.setTags(id, [["Name", "x"], ["during", "dump"]])
          return w.dump()
        })
      )
      return yield* m.hypervisor.snapshot
    }))
    await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ persistence: { path: file } })
      expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(snap))).toBe(true)
    }))
    expect(await loadedNames(file)).toEqual(["x"])
  })

  it("a failed operation after a catch-up that wrote the same record journals the catch-up, not the undone write", async () => {
    const file = tmp()
    const snap = await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 6, persistence: { path: file }, delays: { instancePending: "immediate" } })
      yield* launch(m, "x")
      // due now: this transaction's catch-up runs the instance and advances the generator (its event
      // id), which rewrites the meta record; the operation then writes meta too (as scheduling a
      // timer does) and fails
      const e = yield* Effect.flip(m.engine.transact((w) =>
        Effect.gen(function*() {
          w.put("meta", { ...w.meta, Capacity: { "us-east-1a|*": 1 } })
          return yield* Effect.fail("validation failed late")
        })
      ))
      expect(e).toBe("validation failed late")
      expect(yield* m.hypervisor.inspect((w) => [w.get("meta", "world")!.Capacity, w.all("instances")[0]!.Lifecycle.State])).toEqual([{}, "running"])
      return yield* m.hypervisor.snapshot
    }))
    await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ persistence: { path: file } })
      expect(yield* m.hypervisor.inspect((w) => [w.get("meta", "world")!.Capacity, w.all("instances")[0]!.Lifecycle.State])).toEqual([{}, "running"])
      expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(snap))).toBe(true)
    }))
  })

  it("the world of a failed transaction is rolled back with its generator and addresses (engine level)", async () => {
    await run(Effect.gen(function*() {
      const m = yield* Ec2Memory.make({ seed: 7 })
      const ImageId = yield* m.hypervisor.inspect((w) => w.all("images")[0]!.ImageId)
      const before = yield* m.hypervisor.snapshot
      const e = yield* Effect.flip(m.engine.transact((w) =>
        Effect.andThen(I.runInstances(w, { ImageId, MinCount: 2, MaxCount: 2 }), Effect.fail("late"))
      ))
      expect(e).toBe("late")
      expect(Buffer.from(yield* m.hypervisor.snapshot).equals(Buffer.from(before))).toBe(true)
    }))
  })
})
