/**
 * The engine around a `World`: one lock (serialisable operations), catch-up of due timers on every
 * operation, a driver fiber applying transitions when nobody calls, atomic commit/rollback, the
 * journal, and publication of events and first boots after each commit.
 *
 * @internal
 */
import { Clock, Effect, type Exit, PubSub, Queue, Random, Semaphore } from "effect"
import type { Dump } from "./Codec.js"
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

/** The live engine of one layer build. */
export class Engine {
  world: World
  private hooks: Array<(boot: FirstBoot) => Effect.Effect<void>> = []

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
      if (handler !== undefined) handler(w, t)
    }
    w.now = now
  }

  /** Writes the committed changes to the journal and publishes the outbox (under the lock). */
  private flush(): Effect.Effect<ReadonlyArray<FirstBoot>> {
    const w = this.world
    const changes = w.takeChanges()
    const journal = this.config.journal
    if (journal !== undefined && changes.length > 0) {
      if (journal.append(changes)) journal.compact(w.dump())
    }
    const { boots, events } = w.takeOutbox()
    return events.length > 0 ? Effect.as(PubSub.publishAll(this.pubsub, events), boots) : Effect.succeed(boots)
  }

  private runHooks = (boots: ReadonlyArray<FirstBoot>) =>
    boots.length === 0 || this.hooks.length === 0
      ? Effect.void
      : Effect.forEach(boots, (b) => Effect.forEach(this.hooks, (h) => h(b), { discard: true }), { discard: true })

  /**
   * Runs `f` atomically under the lock, after catching up with virtual time. `f` must validate
   * before mutating; if it fails anyway, every change it made is undone.
   */
  transact<A, E>(f: (world: World) => Effect.Effect<A, E>): Effect.Effect<A, E> {
    const self = this
    const body: Effect.Effect<readonly [Exit.Exit<A, E>, ReadonlyArray<FirstBoot>]> = Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const w = self.world
      const mark0 = w.begin()
      void mark0
      self.catchUp(now)
      w.commit()
      const mark = w.begin()
      const exit = yield* Effect.exit(f(w).pipe(Effect.provideService(Random.Random, w.rng)))
      if (exit._tag === "Success") w.commit()
      else w.rollback(mark)
      // transitions scheduled "immediately" apply before the answer is acknowledged? No: the
      // answer shows the transitional state; the next call (or the driver) applies them.
      const boots = yield* self.flush()
      yield* Queue.offer(self.wake, undefined)
      return [exit, boots] as const
    })
    return body.pipe(
      this.lock.withPermits(1),
      Effect.flatMap(([exit, boots]) => Effect.andThen(self.runHooks(boots), exit))
    )
  }

  /** Read-only access (after catching up with time). */
  read<A>(f: (world: World) => A): Effect.Effect<A> {
    return this.transact((w) => Effect.sync(() => f(w)))
  }

  /** Replaces the whole world (restore). */
  replace(dump: Dump): Effect.Effect<void> {
    const self = this
    return Effect.gen(function*() {
      const w = new World(self.config.delays, self.config.publicPool, dump)
      self.world = w
      self.config.journal?.compact(w.dump())
      yield* Queue.offer(self.wake, undefined)
    }).pipe(this.lock.withPermits(1))
  }

  /** A consistent dump of the world (after catching up with time). */
  get dump(): Effect.Effect<Dump> {
    return this.transact((w) => Effect.sync(() => w.dump()))
  }

  /** The driver: sleeps until the next due timer and applies it, so events flow without calls. */
  driver(): Effect.Effect<never> {
    const self = this
    const step = Effect.gen(function*() {
      const next = self.world.nextDueAt()
      const now = yield* Clock.currentTimeMillis
      if (next === undefined) {
        yield* Queue.take(self.wake)
      } else if (next > now) {
        yield* Effect.raceFirst(Effect.sleep(next - now), Queue.take(self.wake))
      }
      yield* Queue.clear(self.wake)
      if ((self.world.nextDueAt() ?? Infinity) <= (yield* Clock.currentTimeMillis)) {
        yield* self.transact(() => Effect.void)
        yield* Queue.clear(self.wake)
      }
    })
    return Effect.forever(step)
  }
}


