/**
 * The engine around a `World`: one lock (serialisable operations), catch-up of due timers on every
 * operation, a driver fiber applying transitions when nobody calls, atomic commit/rollback, the
 * journal, and publication of events and first boots after each commit.
 *
 * ## The write path
 * One transaction spans the catch-up, the operation and the journal append: a mutation is
 * acknowledged (its answer returned, its events published, its first boots run) only after its
 * record is durable. When the append fails (disk full, file-size limit, I/O error, lost lock) the
 * whole transaction is rolled back — records, indices, generator state, events — so the world is
 * exactly as before the call, and the world becomes **read-only until it is reopened** (the layer
 * rebuilt): the journal's descriptor cannot be trusted after a failed fsync, and a disk that was
 * full a moment ago usually still is. In that state
 * - the call that hit the failure answers `Ec2Error` `InternalError` with the cause;
 * - every later call that would change the world answers `Ec2Error` `ServiceUnavailable`;
 * - reads answer the last durable state, and virtual time stands still for the world (due
 *   transitions are not applied, the driver stops): `Hypervisor.snapshot` still works, so the world
 *   can be saved elsewhere;
 * - `Hypervisor.restore` answers the `PersistenceError`.
 * A failed compaction loses nothing (every record is durable in the old file) and is retried later.
 *
 * @internal
 */
import { Clock, Effect, Exit, PubSub, Queue, Random, Semaphore } from "effect"
import { Ec2Error } from "@ec2kit/core"
import { type Dump, PersistenceError } from "./Codec.js"
import type { Journal } from "./Journal.js"
import type { TimerRecord } from "./Records.js"
import { type DelayKind, type FirstBoot, type StateChangeEvent, World } from "./World.js"

/** Applies one due timer to the world (synchronous, cannot fail). */
export type TimerHandler = (world: World, timer: TimerRecord) => void

export interface EngineConfig {
  readonly delays: Readonly<Record<DelayKind, number>>
  readonly publicPool: string
  readonly handlers: Readonly<Record<string, TimerHandler>>
  readonly journal?: Journal
}

/** What one locked step produced: the answer and the first boots to run after the lock. */
interface Step<A, E> {
  readonly exit: Exit.Exit<A, E>
  readonly boots: ReadonlyArray<FirstBoot>
}

// AWS's server-error texts — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
// (read 2026-12); the rest of each message is ec2kit's: AWS has no counterpart of a full local disk.
/** The answer to the call whose journal append failed (nothing of it was applied). */
const internalError = (e: PersistenceError): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "InternalError",
    `An internal error has occurred. The request was not applied: ${e.message}. The world refuses changes until it is reopened.`
  )
/** The answer to a change refused because the journal failed earlier. */
const unavailable = (e: PersistenceError): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "ServiceUnavailable",
    `The request has failed due to a temporary failure of the server. The world is read-only until it is reopened: ${e.message}.`
  )

/** The live engine of one layer build. */
export class Engine {
  world: World
  private hooks: Array<(boot: FirstBoot) => Effect.Effect<void>> = []
  /** The journal failure that made the world read-only (see the module comment). */
  failure: PersistenceError | undefined

  constructor(
    world: World,
    private readonly config: EngineConfig,
    private readonly lock: Semaphore.Semaphore,
    readonly pubsub: PubSub.PubSub<StateChangeEvent>,
    private readonly wake: Queue.Queue<void>
  ) {
    this.world = world
  }

  addFirstBootHook(hook: (boot: FirstBoot) => Effect.Effect<void>): void {
    this.hooks.push(hook)
  }

  /** Applies every timer due by `now` (each at its own due time). */
  private catchUp(now: number): void {
    const w = this.world
    for (;;) {
      const t = w.popDue(now)
      if (t === undefined) break
      w.now = t.DueAt
      const handler = this.config.handlers[t.Kind]
      if (handler === undefined) continue
      // Handlers are written not to throw; should one have a defect (or meet a record no operation could
      // have written, from a hand-made snapshot), its own changes are undone and its timer stays dropped,
      // so the world stays consistent and time goes on — instead of the defect failing this call and,
      // the timer being still due, every later one.
      const mark = w.savepoint()
      try {
        handler(w, t)
      } catch {
        w.rollback(mark)
      }
    }
    w.now = now
  }

  private runHooks = (boots: ReadonlyArray<FirstBoot>) =>
    boots.length === 0 || this.hooks.length === 0
      ? Effect.void
      : Effect.forEach(boots, (b) => Effect.forEach(this.hooks, (h) => h(b), { discard: true }), { discard: true })

  /**
   * One transaction, under the lock: catch-up (unless read-only), `f`, the journal append, commit
   * and publication. `refuse` turns a journal failure into the answer of a call that changed the
   * world (`first`: this call hit the failure); without it (reads) the answer stands and only the
   * changes are dropped.
   */
  private step<A, E, R>(
    f: (world: World) => Effect.Effect<A, E>,
    refuse: ((e: PersistenceError, first: boolean) => R) | undefined
  ): Effect.Effect<Step<A, E | R>> {
    const self = this
    const done = (exit: Exit.Exit<A, E | R>, boots: ReadonlyArray<FirstBoot>): Step<A, E | R> => ({ exit, boots })
    return Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const w = self.world
      const frozen = self.failure !== undefined
      const start = w.begin()
      if (!frozen) self.catchUp(now)
      const afterCatchUp = w.savepoint()
      const exit = yield* Effect.exit(f(w).pipe(Effect.provideService(Random.Random, w.rng)))
      if (exit._tag === "Failure") w.rollback(afterCatchUp)
      const changedByF = w.changedSince(afterCatchUp)
      const changes = w.pendingChanges()
      const journal = self.config.journal
      const written = changes.length === 0
        ? false
        : frozen
        ? self.failure!
        : journal === undefined
        ? false
        : journal.append(changes)
      if (written instanceof PersistenceError) {
        // not durable: undo the whole transaction (catch-up included), so the world is as before the call
        w.rollback(start)
        w.commit()
        if (!frozen) self.failure = written
        // a read (or a call that changed nothing but the catch-up) answers from the last durable state
        if (refuse === undefined || !changedByF) return frozen ? done(exit, []) : yield* self.step(f, refuse)
        return done(Exit.fail(refuse(written, !frozen)), [])
      }
      w.clearChanges()
      w.commit()
      if (written === true && journal !== undefined) {
        // every record is durable in the current file: a failed compaction loses nothing and is
        // retried after more records
        journal.compact(w.dump())
      }
      const { boots, events } = w.takeOutbox()
      if (events.length > 0) yield* PubSub.publishAll(self.pubsub, events)
      yield* Queue.offer(self.wake, undefined)
      return done(exit, boots)
    })
  }

  /**
   * Runs `f` atomically under the lock, after catching up with virtual time. `f` must validate
   * before mutating; if it fails anyway, every change it made is undone. A change that cannot be
   * made durable is undone too and answered with an `Ec2Error` (see the module comment).
   */
  transact<A, E>(f: (world: World) => Effect.Effect<A, E>): Effect.Effect<A, E | Ec2Error.Ec2Error> {
    return this.step(f, (e, first) => first ? internalError(e) : unavailable(e)).pipe(
      this.lock.withPermits(1),
      Effect.flatMap(({ boots, exit }) => Effect.andThen(this.runHooks(boots), exit))
    )
  }

  /** Read-only access (after catching up with time; from the last durable state when read-only). */
  read<A>(f: (world: World) => A): Effect.Effect<A> {
    return this.step<A, never, never>((w) => Effect.sync(() => f(w)), undefined).pipe(
      this.lock.withPermits(1),
      Effect.flatMap(({ boots, exit }) => Effect.andThen(this.runHooks(boots), exit))
    )
  }

  /**
   * Replaces the whole world (restore): the journal is rewritten first (temp file + rename), so a
   * failure leaves both the world and the file as they were.
   */
  replace(dump: Dump): Effect.Effect<void, PersistenceError> {
    const self = this
    return Effect.gen(function*() {
      if (self.failure !== undefined) return yield* Effect.fail(self.failure)
      let w: World
      try {
        w = new World(self.config.delays, self.config.publicPool, dump)
      } catch (e) {
        // unreachable for a checked dump (`RecordCheck.checkDumpWhy`); kept typed all the same
        return yield* Effect.fail(new PersistenceError({ reason: "Corrupt", message: `Corrupt ec2kit snapshot: ${String(e)}` }))
      }
      const failed = self.config.journal?.compact(w.dump())
      if (failed !== undefined) return yield* Effect.fail(failed)
      self.world = w
      yield* Queue.offer(self.wake, undefined)
    }).pipe(this.lock.withPermits(1))
  }

  /** A consistent dump of the world (after catching up with time). */
  get dump(): Effect.Effect<Dump> {
    return this.read((w) => w.dump())
  }

  /** The driver: sleeps until the next due timer and applies it, so events flow without calls. */
  driver(): Effect.Effect<never> {
    const self = this
    const step = Effect.gen(function*() {
      // read-only after a journal failure: time stands still for the world until it is reopened
      if (self.failure !== undefined) return yield* Effect.never
      const next = self.world.nextDueAt()
      const now = yield* Clock.currentTimeMillis
      if (next === undefined) {
        yield* Queue.take(self.wake)
      } else if (next > now) {
        yield* Effect.raceFirst(Effect.sleep(next - now), Queue.take(self.wake))
      }
      yield* Queue.clear(self.wake)
      if ((self.world.nextDueAt() ?? Infinity) <= (yield* Clock.currentTimeMillis)) {
        yield* self.read(() => undefined)
        yield* Queue.clear(self.wake)
      }
    })
    return Effect.forever(step)
  }
}


