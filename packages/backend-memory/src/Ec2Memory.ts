/**
 * `Ec2Memory.layer(options)`: an isolated in-memory EC2 world per layer build, in virtual time.
 *
 * @since 0.1.0
 */
import { Clock, Context, Duration, Effect, Layer, PubSub, Queue, Random, Semaphore, Stream } from "effect"
import { Ec2, Ec2Error, Identifier, VcpuQuota } from "@ec2kit/core"
import { decodeSnapshot, encodeSnapshot, PersistenceError } from "./internal/Codec.js"
import { Engine, type TimerHandler } from "./internal/Engine.js"
import * as Fleet from "./internal/Fleet.js"
import * as Journal from "./internal/Journal.js"
import { Rng, seedState } from "./internal/Rng.js"
import { type MetaRecord, vcpuQuotaKey } from "./internal/Records.js"
import { publicPoolOf, seed, validateVpcs, type VpcOption as SeedVpcOption, zonesOf } from "./internal/Seed.js"
import { type DelayKind, type StateChangeEvent, World } from "./internal/World.js"
import { Hypervisor, type InstanceProfileInput, type WorldView } from "./Hypervisor.js"
import * as Addresses from "./operations/addresses.js"
import { withFilterLimits } from "./operations/filters.js"
import { withRequestBoundTokens } from "./operations/pageTokens.js"
import * as DescribeInstances from "./operations/describeInstances.js"
import * as IamInstanceProfiles from "./operations/iamInstanceProfiles.js"
import * as Images from "./operations/images.js"
import * as InstanceAttributes from "./operations/instanceAttributes.js"
import * as Instances from "./operations/instances.js"
import * as InstanceStatus from "./operations/instanceStatus.js"
import * as InstanceTypes from "./operations/instanceTypes.js"
import * as InternetGateways from "./operations/internetGateways.js"
import * as KeyPairs from "./operations/keyPairs.js"
import * as LaunchTemplates from "./operations/launchTemplates.js"
import * as ConsoleOutput from "./operations/consoleOutput.js"
import * as CreditSpecifications from "./operations/creditSpecifications.js"
import * as Encryption from "./operations/encryption.js"
import * as NetworkInterfaceChanges from "./operations/networkInterfaceChanges.js"
import * as NetworkInterfaces from "./operations/networkInterfaces.js"
import * as PlacementGroups from "./operations/placementGroups.js"
import * as Regions from "./operations/regions.js"
import * as RouteTables from "./operations/routeTables.js"
import * as SecurityGroups from "./operations/securityGroups.js"
import * as Snapshots from "./operations/snapshots.js"
import * as Subnets from "./operations/subnets.js"
import * as Tags from "./operations/tags.js"
import * as Volumes from "./operations/volumes.js"
import * as Vpcs from "./operations/vpcs.js"
import * as CapacityReservations from "./operations/capacityReservations.js"
import * as Fleets from "./operations/fleets.js"
import * as Hosts from "./operations/hosts.js"
import * as Billing from "./operations/billing.js"
import * as CpuCredits from "./operations/cpuCredits.js"
import * as ReservedInstances from "./operations/reservedInstances.js"
import * as SpotRequests from "./operations/spotRequests.js"

/**
 * An extra VPC with its subnets (option `vpcs`): `{ CidrBlock, Subnets: [{ AvailabilityZone, CidrBlock, MapPublicIpOnLaunch? }] }`.
 *
 * @since 0.1.0
 * @category models
 */
export type VpcOption = SeedVpcOption

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
  /**
   * Extra (non-default) VPCs with subnets, added to a fresh world. The default subnets are /20 like
   * AWS's (4,091 addresses each); a world for 100,000 instances needs larger subnets, e.g.
   * `[{ CidrBlock: "10.0.0.0/16", Subnets: [{ AvailabilityZone: "us-east-1a", CidrBlock: "10.0.0.0/16" }] }, …]`
   * (AWS's limit is /16 per VPC and subnet). Invalid blocks fail the layer with an `Ec2Error`.
   */
  readonly vpcs?: ReadonlyArray<VpcOption>
  /**
   * The fleet of hosts of every AZ of a fresh world (ignored when starting from a snapshot or a
   * persistence file, whose fleet is kept); change it later with `Hypervisor.setCapacity`.
   */
  readonly fleet?: FleetOption
  /**
   * IAM instance profiles to create in a fresh world (ignored when starting from a snapshot or a
   * persistence file, which keep their own), as `Hypervisor.createInstanceProfile` would; an invalid
   * or duplicate one fails the layer with its `Ec2Error`. RunInstances and AssociateIamInstanceProfile
   * accept only existing profiles, as AWS does.
   */
  readonly instanceProfiles?: ReadonlyArray<InstanceProfileInput>
  /**
   * vCPU quotas of a fresh world per bucket of instance families (core's `VcpuQuota`), for On-Demand
   * and Spot instances, e.g. `{ onDemand: { Standard: 32 }, spot: { Standard: 5 } }`. A bucket without
   * a value has no quota (AWS's values differ per account). Ignored when starting from a snapshot or
   * a persistence file, which keep their own.
   */
  readonly vcpuQuotas?: {
    readonly onDemand?: Partial<Record<VcpuQuota.Bucket, number>>
    readonly spot?: Partial<Record<VcpuQuota.Bucket, number>>
  }
  /**
   * Persist to a journal file (survives restarts, `kill -9` and power loss: every change is fsynced
   * before the call returns). One process at a time: the layer takes the lock file `<path>.lock`
   * and fails with `PersistenceError` `Locked` while another live process holds it (a lock left by
   * a dead process is taken over). When a write fails (disk full, …) the call fails with
   * `Ec2Error` `InternalError`, nothing of it is applied, and the world is read-only until the layer
   * is rebuilt. See docs/backend-memory.md, "Durability".
   */
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
  spotNotice: "2 minutes",
  // associating → associated and disassociating → disassociated; AWS documents no duration (unverified)
  iamInstanceProfileAssociation: "5 seconds",
  // running → DescribeInstanceStatus' checks `initializing` until this passes, then `ok`. AWS documents no duration;
  // status checks are commonly reported to pass a few minutes after launch (unverified): 2 minutes
  instanceStatusChecks: "2 minutes"
}

/**
 * The shape of the modelled fleet of hosts per AZ (option `fleet`; defaults `Fleet.defaultFleet`:
 * 32 racks × 48 hosts × 896 vCPUs, so ordinary tests never run out).
 *
 * @since 0.1.0
 * @category models
 */
export interface FleetOption {
  readonly racksPerAz?: number
  readonly hostsPerRack?: number
  readonly vCpusPerHost?: number
}

// validation text in the house shape of InvalidParameterValue (hypervisor control, not an AWS API)
const fleetOf = (base: Fleet.FleetConfig, o: FleetOption) =>
  Effect.gen(function*() {
    const out = {
      RacksPerAz: o.racksPerAz ?? base.RacksPerAz,
      HostsPerRack: o.hostsPerRack ?? base.HostsPerRack,
      VCpusPerHost: o.vCpusPerHost ?? base.VCpusPerHost
    }
    const check = (v: number, name: string, max: number) =>
      Number.isInteger(v) && v >= 0 && v <= max ? Effect.void : Ec2Error.fail("InvalidParameterValue", `Invalid value '${v}' for ${name}.`)
    yield* check(out.RacksPerAz, "RacksPerAz", Fleet.MaxRacksPerAz)
    yield* check(out.HostsPerRack, "HostsPerRack", Fleet.MaxHostsPerRack)
    yield* check(out.VCpusPerHost, "VCpusPerHost", Number.MAX_SAFE_INTEGER)
    return out
  })

const checkVcpuQuota = (market: string, bucket: string, v: number | undefined) =>
  market !== "on-demand" && market !== "spot"
    ? Ec2Error.fail("InvalidParameterValue", `Invalid value '${market}' for VcpuQuota market.`)
    : !VcpuQuota.buckets.includes(bucket as VcpuQuota.Bucket)
    ? Ec2Error.fail("InvalidParameterValue", `Invalid value '${bucket}' for VcpuQuota bucket.`)
    : v !== undefined && (!Number.isInteger(v) || v < 0)
    ? Ec2Error.fail("InvalidParameterValue", `Invalid value '${v}' for VcpuQuota.`)
    : Effect.void

// option `vcpuQuotas` → MetaRecord.VcpuQuotas; a bucket we do not know or a value that is not a
// non-negative integer fails the layer (house shape of InvalidParameterValue: hypervisor control)
const vcpuQuotasOf = (o: Options["vcpuQuotas"]) =>
  Effect.gen(function*() {
    if (o === undefined) return {}
    const out: Record<string, number> = {}
    for (const [market, byBucket] of [["on-demand", o.onDemand], ["spot", o.spot]] as const) {
      for (const [bucket, v] of Object.entries(byBucket ?? {})) {
        yield* checkVcpuQuota(market, bucket, v)
        if (v !== undefined) out[vcpuQuotaKey(market, bucket)] = v
      }
    }
    return { VcpuQuotas: out }
  })

const toMillis = (d: Delay): number => (d === "immediate" ? 0 : Duration.toMillis(Duration.fromInputUnsafe(d)))

// ------------------------------------------------------------------------------------------------
// AREAS: each `src/operations/<area>.ts` exports `operations(engine)` (a `Pick` of core's
// `Ec2.Implementation`) and maybe `timers`: one line in `handlers` and one in `implementation`.
// ------------------------------------------------------------------------------------------------
/** Every timer handler of the world, by `Kind` (exported for the robustness test of the engine). @internal */
export const handlers: Readonly<Record<string, TimerHandler>> = {
  ...Instances.timers,
  ...Volumes.timers,
  ...Snapshots.timers,
  ...Images.timers,
  ...IamInstanceProfiles.timers,
  ...SpotRequests.timers,
  ...Fleets.timers,
  ...CapacityReservations.timers,
  ...Hosts.timers,
  ...ReservedInstances.timers,
  ...CpuCredits.timers,
  ...Billing.timers
}

/**
 * Core's `Ec2` implementation over an engine: one spread per area, so the compiler proves every
 * operation of the interface is implemented (`Ec2.make` takes the complete `Implementation`).
 */
const implementation = (engine: Engine): Ec2.Implementation => ({
  ...Instances.operations(engine),
  ...DescribeInstances.operations(engine),
  ...InstanceStatus.operations(engine),
  ...InstanceAttributes.operations(engine),
  ...Volumes.operations(engine),
  ...Snapshots.operations(engine),
  ...Images.operations(engine),
  ...KeyPairs.operations(engine),
  ...LaunchTemplates.operations(engine),
  ...CreditSpecifications.operations(engine),
  ...ConsoleOutput.operations(engine),
  ...Encryption.operations(engine),
  ...SecurityGroups.operations(engine),
  ...Addresses.operations(engine),
  ...NetworkInterfaces.operations(engine),
  ...Tags.operations(engine),
  ...PlacementGroups.operations(engine),
  ...Regions.operations(engine),
  ...InstanceTypes.operations(engine),
  ...IamInstanceProfiles.operations(engine),
  ...Vpcs.operations(engine),
  ...Subnets.operations(engine),
  ...InternetGateways.operations(engine),
  ...RouteTables.operations(engine),
  ...NetworkInterfaceChanges.operations(engine),
  ...SpotRequests.operations(engine),
  ...Fleets.operations(engine),
  ...CapacityReservations.operations(engine),
  ...Hosts.operations(engine),
  ...ReservedInstances.operations(engine)
})

/**
 * The world of a loaded journal: its base and every change set after it. The records were checked
 * while parsing (`RecordCheck`); anything that still throws while indexing is reported as
 * `Corrupt` at the offset of the record that caused it, never as a raw exception.
 */
const replay = (
  delays: Readonly<Record<DelayKind, number>>,
  pool: string,
  loaded: Journal.Loaded,
  file: string
): World | PersistenceError => {
  let at = Journal.HEADER
  try {
    const world = new World(delays, pool, loaded.base)
    loaded.changes.forEach((c, i) => {
      at = loaded.offsets[i]!
      world.applyChanges(c)
    })
    return world
  } catch (e) {
    return new PersistenceError({
      reason: "Corrupt",
      path: file,
      offset: at,
      message: `Corrupt ec2kit journal ${file} at byte ${at}: a record cannot be loaded (${String(e)})`
    })
  }
}

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
        const invalid = validateVpcs(zonesOf(region), options.vpcs ?? [])
        if (invalid !== undefined) return yield* Effect.fail(invalid)
        const records = yield* seed({ accountId: options.accountId ?? "123456789012", region, ...(options.vpcs !== undefined ? { vpcs: options.vpcs } : {}) }, now, 0).pipe(
          Effect.provideService(Random.Random, initialRng)
        )
        const fleet = options.fleet !== undefined ? { Fleet: { "*": yield* fleetOf(Fleet.defaultFleet, options.fleet) } } : {}
        const quotas = yield* vcpuQuotasOf(options.vcpuQuotas)
        const patched = records.map(([t, rows]) =>
          t === "meta" ? [t, [{ ...(rows[0] as MetaRecord), RngState: initialRng.state, ...fleet, ...quotas }]] as const : [t, rows] as const
        )
        return new World(delays, pool, patched)
      })
    let world: World
    let journal: Journal.Journal | undefined
    /** Whether the world is new (not from a snapshot or a persistence file): seeds apply. */
    let isFresh = options.snapshot === undefined
    if (options.persistence !== undefined) {
      const file = options.persistence.path
      const opts = options.persistence.compactBytes === undefined ? {} : { compactBytes: options.persistence.compactBytes }
      // takes the journal's single-writer lock; released by the finalizer (also when the build fails below)
      const opened = Journal.Journal.open(file, opts)
      if (opened instanceof PersistenceError) return yield* Effect.fail(opened)
      const j = opened.journal
      journal = j
      yield* Effect.addFinalizer(() => Effect.sync(() => j.close()))
      if (opened.loaded === undefined) {
        world = yield* fresh()
        const failed = j.initialize(world.dump())
        if (failed !== undefined) return yield* Effect.fail(failed)
      } else {
        isFresh = false
        const replayed = replay(delays, pool, opened.loaded, file)
        if (replayed instanceof PersistenceError) return yield* Effect.fail(replayed)
        world = replayed
      }
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
    if (isFresh && options.instanceProfiles !== undefined && options.instanceProfiles.length > 0) {
      const seeds = options.instanceProfiles
      yield* engine.transact((w) =>
        Effect.forEach(seeds, (p) => IamInstanceProfiles.createInstanceProfile(w, p), { discard: true })
      )
    }

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
      ...SpotRequests.controls(engine),
      ...ReservedInstances.controls(engine),
      ...Billing.controls(engine),
      ...CpuCredits.controls(engine),
      setVcpuQuota: ({ Bucket, Market, Vcpus }) =>
        engine.transact((w) =>
          Effect.gen(function*() {
            yield* checkVcpuQuota(Market, Bucket, Vcpus)
            const key = vcpuQuotaKey(Market, Bucket)
            const { [key]: _, ...rest } = w.meta.VcpuQuotas ?? {}
            w.put("meta", { ...w.meta, VcpuQuotas: Vcpus === undefined ? rest : { ...rest, [key]: Vcpus } })
          })
        ),
      setCapacity: (options) =>
        engine.transact((w) =>
          Effect.gen(function*() {
            const AvailabilityZone = options.AvailabilityZone
            const known = w.meta.Zones.some((z) => z.ZoneName === AvailabilityZone)
            if (!("Count" in options)) {
              if (!known && AvailabilityZone !== "*") {
                return yield* Ec2Error.fail("InvalidParameterValue", `Invalid availability zone: [${AvailabilityZone}]`)
              }
              const fleet = yield* fleetOf(Fleet.configOf(w.meta, AvailabilityZone), {
                ...(options.RacksPerAz !== undefined ? { racksPerAz: options.RacksPerAz } : {}),
                ...(options.HostsPerRack !== undefined ? { hostsPerRack: options.HostsPerRack } : {}),
                ...(options.VCpusPerHost !== undefined ? { vCpusPerHost: options.VCpusPerHost } : {})
              })
              w.put("meta", { ...w.meta, Fleet: { ...w.meta.Fleet, [AvailabilityZone]: fleet } })
              w.resetHostHints()
              return
            }
            const { Count, InstanceType } = options
            if (!known) {
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
      hangOsShutdown: (instanceId, hang = true) => engine.transact((w) => Instances.setOsShutdownHang(w, instanceId, hang)),
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
      createInstanceProfile: (input) => engine.transact((w) => IamInstanceProfiles.createInstanceProfile(w, input)),
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
    return { engine, hypervisor, ec2: Ec2.make(withFilterLimits(withRequestBoundTokens(implementation(engine)))) }
  })

/**
 * The in-memory backend: provides core's `Ec2` service and the `Hypervisor` control service over
 * one isolated world (like `SqlClient` / `PgClient`: code needing only `Ec2` stays backend-agnostic).
 *
 * @example
 * ```ts
 * import { Ec2 } from "@ec2kit/core"
 * import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
 * import { Effect } from "effect"
 * const program = Effect.gen(function*() {
 *   const ec2 = yield* Ec2.Ec2
 *   const r = yield* ec2.runInstances({ ImageId: "ami-0123456789abcdef0", MinCount: 1, MaxCount: 1 }).pipe(Effect.option)
 *   const hv = yield* Hypervisor.Hypervisor
 *   return yield* hv.inspect((w) => w.region)
 * })
 * Effect.runPromise(program.pipe(Effect.provide(Ec2Memory.layer({ seed: 1 }))))
 * ```
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<Ec2.Ec2 | Hypervisor, PersistenceError | Ec2Error.Ec2Error> =>
  Layer.effectContext(
    Effect.map(make(options), (m) => Context.make(Hypervisor, m.hypervisor).pipe(Context.add(Ec2.Ec2, m.ec2)))
  )

export { Instances }
