/**
 * The shared conformance suite: EC2's documented behaviour written once, run against every backend
 * that provides `Ec2` (the in-memory hypervisor in virtual time, AWS over the wire in real time).
 *
 * Every test owns its resources: instances carry a tag `ec2kit:conformance` = a random run id and
 * every describe is scoped by that tag or by ids, so the suite can share an AWS account. Waiting uses
 * core's waiters (`Waiters.waitUntilInstanceRunning` …), which work in virtual and in real time.
 *
 * @since 0.1.0
 */
import { Ec2, type Ec2Shapes, Identifier, Paginators, Waiters } from "@ec2kit/core"
import { Effect, type Layer, Stream } from "effect"
import { describe } from "vitest"
import * as Addresses from "./conformance/Addresses.js"
import * as Atomicity from "./conformance/Atomicity.js"
import * as CapacityReservations from "./conformance/CapacityReservations.js"
import * as DedicatedHosts from "./conformance/DedicatedHosts.js"
import * as DryRun from "./conformance/DryRun.js"
import * as Fidelity from "./conformance/Fidelity.js"
import * as Fleets from "./conformance/Fleets.js"
import * as IamInstanceProfiles from "./conformance/IamInstanceProfiles.js"
import * as Idempotency from "./conformance/Idempotency.js"
import * as InstanceExtras from "./conformance/InstanceExtras.js"
import * as InstanceFilters from "./conformance/InstanceFilters.js"
import * as InstancePagination from "./conformance/InstancePagination.js"
import * as KeyPairs from "./conformance/KeyPairs.js"
import * as Lifecycle from "./conformance/Lifecycle.js"
import * as Networking from "./conformance/Networking.js"
import * as PageTokens from "./conformance/PageTokens.js"
import * as PlacementGroups from "./conformance/PlacementGroups.js"
import * as Protection from "./conformance/Protection.js"
import * as ReservedInstances from "./conformance/ReservedInstances.js"
import * as SecurityGroups from "./conformance/SecurityGroups.js"
import * as Snapshots from "./conformance/Snapshots.js"
import * as Spot from "./conformance/Spot.js"
import { type Ctx, type RunInput, type Suite, type Svc, RunTagKey as TagKey } from "./conformance/Suite.js"
import * as Tags from "./conformance/Tags.js"
import * as Volumes from "./conformance/Volumes.js"
import * as WorldControl from "./conformance/WorldControl.js"
import * as H from "./Harness.js"
import * as Properties from "./Properties.js"

/** Tag key every launched instance carries (`aws:` would be reserved; `ec2kit:` is not). */
export const RunTagKey = TagKey

type Instance = Ec2Shapes.Instance

const randomId = () => Math.random().toString(36).slice(2, 10)

/**
 * Registers the suite with vitest: `describe(`Ec2 conformance: ${name}`)` with one group per area.
 *
 * @example
 * ```ts
 * import { Conformance } from "@ec2kit/testkit"
 * import { Ec2Memory } from "@ec2kit/backend-memory"
 * Conformance.suite("memory", () => Ec2Memory.layer({ seed: 1 }), { time: "virtual" })
 * ```
 * @since 0.1.0
 * @category suites
 */
export const suite = <R = never, E = unknown>(
  name: string,
  makeLayer: () => Layer.Layer<Ec2.Ec2 | R, E>,
  options: H.Options<R> = {}
): void => {
  const time = options.time ?? "virtual"
  const InstanceType = options.instanceType ?? "t3.micro"
  const waitOpts = H.waiterOptions(options.maxWaitTime)
  const settle = H.settle(time)
  const pass = H.pass(time)
  const imageLookup: Effect.Effect<string, unknown, Ec2.Ec2 | R> = options.imageId ?? H.defaultImageId
  const run = H.runWith(makeLayer, time)

  /** What a test body gets: the service and helpers bound to this test's world and run id. */
  const world = <A>(body: (t: Ctx) => Effect.Effect<A, unknown, Ec2.Ec2 | R>) =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const ImageId = yield* H.orDieWithCode(imageLookup as Effect.Effect<string, never, Ec2.Ec2 | R>)
      const runId = randomId()
      const owned = new Set<string>()
      const ctx = makeCtx(ec2, ImageId, runId, owned)
      return yield* body(ctx).pipe(Effect.ensuring(time === "live" ? cleanup(ec2, owned) : Effect.void))
    }))

  const makeCtx = (ec2: Svc, ImageId: string, runId: string, owned: Set<string>): Ctx => {
    const tagSpec = (tags: ReadonlyArray<{ Key: string; Value: string }> = []) => [{
      ResourceType: "instance" as const,
      Tags: [{ Key: RunTagKey, Value: runId }, ...tags]
    }]
    const tryLaunch = (extra: Partial<RunInput> = {}) =>
      ec2.runInstances({ ImageId, InstanceType, MinCount: 1, MaxCount: 1, TagSpecifications: tagSpec(), ...extra }).pipe(
        Effect.tap((r) => Effect.sync(() => (r.Instances ?? []).forEach((i) => i.InstanceId && owned.add(i.InstanceId))))
      )
    const describeOne = (id: string) =>
      H.orDieWithCode(ec2.describeInstances({ InstanceIds: [id] })).pipe(
        Effect.map((r) => r.Reservations?.[0]?.Instances?.[0] as Instance)
      )
    const first = (r: Ec2Shapes.DescribeInstancesResult) => r.Reservations?.[0]?.Instances?.[0] as Instance
    return {
      ec2,
      ImageId,
      runId,
      tryLaunch,
      launch: (extra = {}, tags = []) =>
        H.orDieWithCode(tryLaunch({ TagSpecifications: tagSpec(tags), ...extra })).pipe(Effect.map((r) => r.Instances ?? [])),
      running: (id) => settle(Waiters.waitUntilInstanceRunning({ InstanceIds: [id] }, waitOpts)).pipe(Effect.map(first)),
      stopped: (id) => settle(Waiters.waitUntilInstanceStopped({ InstanceIds: [id] }, waitOpts)).pipe(Effect.map(first)),
      terminated: (id) => settle(Waiters.waitUntilInstanceTerminated({ InstanceIds: [id] }, waitOpts)).pipe(Effect.map(first)),
      describe: describeOne,
      mine: (filters = []) =>
        H.orDieWithCode(
          Stream.runCollect(Paginators.instances({ Filters: [{ Name: `tag:${RunTagKey}`, Values: [runId] }, ...filters] })).pipe(
            Effect.provideService(Ec2.Ec2, ec2)
          )
        ),
      zones: H.orDieWithCode(ec2.describeAvailabilityZones({})).pipe(
        Effect.map((r) => (r.AvailabilityZones ?? []).filter((z) => z.State === "available").map((z) => z.ZoneName!).sort())
      )
    }
  }

  const cleanup = (ec2: Svc, owned: Set<string>) =>
    Effect.gen(function*() {
      const ids = [...owned]
      if (ids.length === 0) return
      yield* Effect.forEach(ids, (InstanceId) =>
        Effect.ignore(ec2.modifyInstanceAttribute({ InstanceId, DisableApiTermination: { Value: false } })), { concurrency: 8 })
      yield* Effect.ignore(ec2.terminateInstances({ InstanceIds: ids }))
    })

  const s: Suite<R> = { world, time, waitOpts, settle, pass, InstanceType, options }

  describe(`Ec2 conformance: ${name}`, () => {
    Fidelity.register({ world, time, waitOpts })
    Lifecycle.register(s)
    Protection.register(s)
    Atomicity.register(s)
    Idempotency.register(s)
    InstanceFilters.register(s)
    InstancePagination.register(s)
    DryRun.register(s)
    Volumes.register(s)
    Snapshots.register(s)
    PlacementGroups.register(s)
    Tags.register(s)
    SecurityGroups.register(s)
    KeyPairs.register(s)
    Addresses.register(s)
    IamInstanceProfiles.register(s)
    CapacityReservations.register(s)
    DedicatedHosts.register(s)
    Fleets.register(s)
    ReservedInstances.register(s)
    Spot.register(s)

    Networking.register((body) => world((t) => body({ ec2: t.ec2, launch: t.launch, terminated: t.terminated, running: t.running })))
    InstanceExtras.register((body) => world((t) => body({ ec2: t.ec2, ImageId: t.ImageId, runId: t.runId, launch: t.launch, tryLaunch: t.tryLaunch, running: t.running })), time)
    PageTokens.register((body) => world((t) => body({ ec2: t.ec2, runId: t.runId, launch: t.launch })), RunTagKey)

    WorldControl.register(s)

    // -------------------------------------------------------------------------------------------
    const control = options.control
    const props = options.properties ?? (time === "live" ? false : {})
    if (props !== false) {
      Properties.register({
        makeLayer,
        ...(control !== undefined ? { control } : {}),
        ...(options.vcpuQuota !== undefined ? { vcpuQuota: options.vcpuQuota } : {}),
        imageId: imageLookup,
        InstanceType,
        operations: props.operations ?? (process.env.CI ? 100_000 : 10_000)
      })
    }
  })
}

/**
 * Identifier helpers re-exported for backends' own tests.
 *
 * @since 0.1.0
 * @category helpers
 */
export { Identifier }
