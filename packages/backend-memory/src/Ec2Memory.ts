/**
 * `Ec2Memory.layer(options)`: an isolated in-memory EC2 world per layer build, in virtual time.
 *
 * @since 0.1.0
 */
import { Clock, Duration, Effect, Layer, PubSub, Queue, Random, Semaphore, Stream } from "effect"
import { Ec2Error, Identifier } from "@ec2kit/core"
import { decodeSnapshot, encodeSnapshot, PersistenceError } from "./internal/Codec.js"
import { Engine, type TimerHandler } from "./internal/Engine.js"
import { Journal } from "./internal/Journal.js"
import { Rng, seedState } from "./internal/Rng.js"
import type { MetaRecord } from "./internal/Records.js"
import { publicPoolOf, seed } from "./internal/Seed.js"
import { type DelayKind, type StateChangeEvent, World } from "./internal/World.js"
import { Hypervisor, type WorldView } from "./Hypervisor.js"
import * as Instances from "./operations/instances.js"

/**
 * A transition delay: `"immediate"` or a duration.
 *
 * @since 0.1.0
 * @category models
 */
export type Delay = "immediate" | Duration.Input

/**
 * Options of `layer`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default `123456789012`. */
  readonly accountId?: string
  /** Default `us-east-1`. */
  readonly region?: string
  /** Seed for ids and addresses (deterministic worlds); default random. */
  readonly seed?: string | number
  /** Per-kind transition delays. */
  readonly delays?: Partial<Record<DelayKind, Delay>>
  /** Start from a snapshot (`Hypervisor.snapshot`). Ignored when a persistence file exists. */
  readonly snapshot?: Uint8Array
  /** Persist to a journal file (survives restarts and `kill -9`). */
  readonly persistence?: { readonly path: string; readonly compactBytes?: number }
}

/**
 * Default delays: short but observable, so a mutating call returns the transitional state.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultDelays: Readonly<Record<DelayKind, Delay>> = {
  instancePending: "5 seconds",
  instanceStopping: "5 seconds",
  instanceShuttingDown: "5 seconds",
  // "terminated instances remain visible … for approximately one hour" — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html (read 2026-11)
  instanceVanish: "1 hour",
  metadataOptions: "2 seconds",
  volumeCreating: "2 seconds",
  volumeAttaching: "2 seconds",
  volumeDetaching: "2 seconds",
  snapshot: "10 seconds",
  volumeModification: "10 seconds",
  image: "10 seconds",
  // "two minutes before Amazon EC2 stops or terminates your Spot Instance" — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html (read 2026-11)
  spotNotice: "2 minutes"
}

const toMillis = (d: Delay): number => (d === "immediate" ? 0 : Duration.toMillis(Duration.fromInputUnsafe(d)))

const handlers: Readonly<Record<string, TimerHandler>> = { ...Instances.timers }

const notFoundInstance = (w: World, id: string) =>
  Effect.gen(function*() {
    const [r] = yield* Instances.findInstances(w, [id])
    return r!
  })

/**
 * Builds the engine of one world and the `Hypervisor` over it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const delays = Object.fromEntries(
      Object.entries({ ...defaultDelays, ...options.delays }).map(([k, v]) => [k, toMillis(v)])
    ) as Record<DelayKind, number>
    const region = options.region ?? "us-east-1"
    const pool = publicPoolOf(region)
    const now = yield* Clock.currentTimeMillis
    const initialRng = new Rng(
      options.seed !== undefined ? seedState(options.seed) : yield* Random.nextIntBetween(-(2 ** 31), 2 ** 31 - 1)
    )
    const fresh = () =>
      Effect.gen(function*() {
        if (options.snapshot !== undefined) {
          const d = decodeSnapshot(options.snapshot)
          if (d instanceof PersistenceError) return yield* Effect.fail(d)
          return new World(delays, pool, d)
        }
        const records = yield* seed({ accountId: options.accountId ?? "123456789012", region }, now, 0).pipe(
          Effect.provideService(Random.Random, initialRng)
        )
        const patched = records.map(([t, rows]) =>
          t === "meta" ? [t, [{ ...(rows[0] as MetaRecord), RngState: initialRng.state }]] as const : [t, rows] as const
        )
        return new World(delays, pool, patched)
      })
    let world: World
    let journal: Journal | undefined
    if (options.persistence !== undefined) {
      const opts = options.persistence.compactBytes === undefined ? {} : { compactBytes: options.persistence.compactBytes }
      const opened = Journal.open(options.persistence.path, opts)
      if (opened instanceof PersistenceError) return yield* Effect.fail(opened)
      if (opened === undefined) {
        world = yield* fresh()
        journal = Journal.create(options.persistence.path, world.dump(), opts)
      } else {
        world = new World(delays, pool, opened.loaded.base)
        for (const c of opened.loaded.changes) world.applyChanges(c)
        journal = opened.journal
      }
      const j = journal
      yield* Effect.addFinalizer(() => Effect.sync(() => j.close()))
    } else {
      world = yield* fresh()
    }
    const engine = new Engine(
      world,
      { delays, publicPool: pool, handlers, ...(journal !== undefined ? { journal } : {}) },
      yield* Semaphore.make(1),
      yield* PubSub.unbounded<StateChangeEvent>(),
      yield* Queue.unbounded<void>()
    )
    yield* Effect.forkScoped(engine.driver())

    const view = (w: World): WorldView => ({
      now: w.now,
      accountId: w.meta.AccountId,
      region: w.meta.Region,
      get: (t, id) => w.get(t, id),
      all: (t) => [...w.all(t)],
      tagsOf: (id) => w.tagsOf(id),
      timers: () => [...w.all("timers")]
    })

    const hypervisor = Hypervisor.of({
      setCapacity: ({ AvailabilityZone, Count, InstanceType }) =>
        engine.transact((w) =>
          Effect.gen(function*() {
            if (!w.meta.Zones.some((z) => z.ZoneName === AvailabilityZone)) {
              return yield* Ec2Error.fail("InvalidParameterValue", `Invalid availability zone: [${AvailabilityZone}]`)
            }
            const key = `${AvailabilityZone}|${InstanceType ?? "*"}`
            const { [key]: _, ...rest } = w.meta.Capacity
            w.put("meta", { ...w.meta, Capacity: Count === undefined ? rest : { ...rest, [key]: Count } })
          })
        ),
      interruptSpot: (instanceId, opts) =>
        engine.transact((w) =>
          Effect.gen(function*() {
            const r = yield* notFoundInstance(w, instanceId)
            const action = opts?.Action ?? r.Spot?.InstanceInterruptionBehavior ?? "terminate"
            if (r.Lifecycle.State !== "running") {
              return yield* Ec2Error.fail("IncorrectInstanceState", `The instance '${instanceId}' is not in the 'running' state.`)
            }
            const lead = action === "hibernate" ? 0 : w.delay("spotNotice")
            w.put("instances", { ...r, SpotInstanceAction: { Action: action, Time: w.now + lead } })
            w.schedule("instance.spotInterrupt", instanceId, lead, { Action: action })
          })
        ),
      scheduleEvent: (instanceId, event) =>
        engine.transact((w) =>
          Effect.gen(function*() {
            const r = yield* notFoundInstance(w, instanceId)
            const hex = (yield* Identifier.generate("instance")).slice(2)
            const e = {
              InstanceEventId: `instance-event-${hex}`,
              Code: event.Code,
              Description: event.Description ?? `The instance is scheduled for ${event.Code}`,
              NotBefore: event.NotBefore ?? w.now + 14 * 86_400_000,
              ...(event.NotAfter !== undefined ? { NotAfter: event.NotAfter } : {})
            }
            w.put("instances", { ...r, Events: [...r.Events, e] })
            return e
          })
        ),
      recommendRebalance: (instanceId) =>
        engine.transact((w) =>
          Effect.gen(function*() {
            const r = yield* notFoundInstance(w, instanceId)
            w.put("instances", { ...r, RebalanceRecommendationTime: w.now })
          })
        ),
      setStatus: (instanceId, status) =>
        engine.transact((w) =>
          Effect.gen(function*() {
            const r = yield* notFoundInstance(w, instanceId)
            w.put("instances", {
              ...r,
              ...(status.SystemStatus !== undefined ? { SystemStatus: status.SystemStatus } : {}),
              ...(status.InstanceStatus !== undefined ? { InstanceStatus: status.InstanceStatus } : {})
            })
          })
        ),
      onFirstBoot: (hook) => Effect.sync(() => engine.addFirstBootHook(hook)),
      events: Stream.fromPubSub(engine.pubsub),
      inspect: (f) => engine.read((w) => f(view(w))),
      tick: engine.read(() => undefined),
      snapshot: Effect.map(engine.dump, encodeSnapshot),
      restore: (bytes) => {
        const d = decodeSnapshot(bytes)
        return d instanceof PersistenceError ? Effect.fail(d) : engine.replace(d)
      }
    })
    return { engine, hypervisor }
  })

/**
 * The in-memory backend: provides `Hypervisor` (and `Ec2` once core's interface exists).
 *
 * @example
 * ```ts
 * import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
 * import { Effect } from "effect"
 * const program = Effect.gen(function*() {
 *   const hv = yield* Hypervisor.Hypervisor
 *   return yield* hv.inspect((w) => w.region)
 * })
 * Effect.runPromise(program.pipe(Effect.provide(Ec2Memory.layer({ seed: 1 }))))
 * ```
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<Hypervisor, PersistenceError> =>
  Layer.effect(Hypervisor, Effect.map(make(options), (m) => m.hypervisor))

export { Instances }
