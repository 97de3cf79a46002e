/**
 * Property tests: random concurrent operation sequences against a fresh world per run, checking
 * invariants after every step (lifecycle graph, private IPs unique per subnet, idempotent
 * ClientTokens, attachment and ENI limits, spread ≤ 7 per AZ, snapshot → restore → snapshot).
 *
 * @since 0.1.0
 */
import { Ec2, type Ec2Error, type Ec2Shapes, InstanceTypeCatalogue, Lifecycle } from "@ec2kit/core"
import { Effect, Layer, Option } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type * as H from "./Harness.js"

/**
 * What `register` needs.
 *
 * @since 0.1.0
 * @category models
 */
export interface Config<R, E> {
  readonly makeLayer: () => Layer.Layer<Ec2.Ec2 | R, E>
  readonly control?: H.Control<R>
  readonly imageId: Effect.Effect<string, unknown, Ec2.Ec2 | R>
  readonly InstanceType: string
  /** Minimum number of random operations over all properties. */
  readonly operations: number
}

type Instance = Ec2Shapes.Instance
/** One random API call (time passing is not an operation: see `Step`). */
type Op =
  | { readonly _tag: "run"; readonly count: number; readonly token: number | undefined; readonly az: number }
  | { readonly _tag: "start" | "stop" | "terminate" | "reboot"; readonly pick: ReadonlyArray<number> }
  | { readonly _tag: "describe" }
  | { readonly _tag: "createVolume"; readonly az: number; readonly size: number }
  | { readonly _tag: "attach"; readonly vol: number; readonly inst: number; readonly dev: number }
  | { readonly _tag: "detach" | "deleteVolume"; readonly vol: number }

/** Codes a random operation may legitimately fail with (anything else fails the property). */
const allowed = new Set([
  "IncorrectInstanceState",
  "InvalidInstanceID.NotFound",
  "InsufficientInstanceCapacity",
  "IdempotentParameterMismatch",
  "IdempotentInstanceTerminated",
  "VolumeInUse",
  "IncorrectState",
  "InvalidVolume.ZoneMismatch",
  "InvalidVolume.NotFound",
  "InvalidParameterValue", // device name already in use on the instance
  "AttachmentLimitExceeded",
  "InvalidAttachment.NotFound"
])

/** Every state reachable from `from` (including itself) along `Lifecycle.edges`. */
const reachable = (() => {
  const out = new Map<Lifecycle.StateName, Set<Lifecycle.StateName>>()
  for (const s of Lifecycle.allStates) {
    const seen = new Set<Lifecycle.StateName>([s])
    const todo = [s]
    while (todo.length > 0) for (const n of Lifecycle.edges[todo.pop()!]) if (!seen.has(n)) (seen.add(n), todo.push(n))
    out.set(s, seen)
  }
  return (from: Lifecycle.StateName, to: Lifecycle.StateName) => out.get(from)!.has(to)
})()

const devices = ["/dev/sdf", "/dev/sdg", "/dev/sdh", "/dev/xvda"]

/**
 * Well-formed ids that never exist: an operation with nothing to pick from still makes its call (and
 * must fail with the allowed NotFound code), so every generated operation is one API call.
 */
const ghostInstance = "i-0000000000000dead"
const ghostVolume = "vol-0000000000000dead"

const pickArb = fc.array(fc.nat({ max: 63 }), { minLength: 1, maxLength: 3 })
const instanceOps: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ _tag: fc.constant("run" as const), count: fc.integer({ min: 1, max: 3 }), token: fc.option(fc.nat({ max: 3 }), { nil: undefined }), az: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ _tag: fc.constantFrom("start" as const, "stop" as const, "terminate" as const, "reboot" as const), pick: pickArb }) },
  { weight: 1, arbitrary: fc.constant({ _tag: "describe" as const }) }
)
const volumeOps: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ _tag: fc.constant("createVolume" as const), az: fc.nat({ max: 1 }), size: fc.integer({ min: 1, max: 16 }) }) },
  { weight: 3, arbitrary: fc.record({ _tag: fc.constant("attach" as const), vol: fc.nat({ max: 63 }), inst: fc.nat({ max: 63 }), dev: fc.nat({ max: devices.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ _tag: fc.constantFrom("detach" as const, "deleteVolume" as const), vol: fc.nat({ max: 63 }) }) },
  { weight: 1, arbitrary: fc.record({ _tag: fc.constantFrom("stop" as const, "start" as const, "terminate" as const), pick: pickArb }) }
)

/** One step: a batch of 1–4 operations run concurrently, then (maybe) virtual time passes. */
interface Step {
  readonly ops: ReadonlyArray<Op>
  readonly tick: number | undefined
}

/**
 * A program of exactly `operations` API calls, cut into concurrent batches of 1–4 with a random tick
 * of 1–12 s after about two batches in three. The count is fixed (not an expected value), so the
 * budget of the property tests is met by construction, whatever fast-check draws.
 */
const program = (ops: fc.Arbitrary<Op>, operations: number): fc.Arbitrary<ReadonlyArray<Step>> =>
  fc.tuple(
    fc.array(ops, { minLength: operations, maxLength: operations }),
    fc.array(fc.integer({ min: 1, max: 4 }), { minLength: operations, maxLength: operations }),
    fc.array(fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined, freq: 3 }), { minLength: operations, maxLength: operations })
  ).map(([all, sizes, ticks]) => {
    const steps: Array<Step> = []
    for (let at = 0, i = 0; at < all.length; i++) {
      const ops = all.slice(at, at + sizes[i]!)
      at += ops.length
      steps.push({ ops, tick: ticks[i] })
    }
    return steps
  })

const tolerate = <A>(self: Effect.Effect<A, Ec2Error.Ec2Error>) =>
  Effect.catch(self, (e) =>
    allowed.has(e.code) ? Effect.succeed(undefined) : Effect.die(new Error(`unexpected ${e.code}: ${e.reason.message}`)))

/**
 * Registers the property tests under `describe("properties")`.
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R, E>(cfg: Config<R, E>): void => {
  describe("properties", () => {
    /** API calls that completed (successfully or with an allowed error), over all properties. */
    let total = 0
    let fixture: Uint8Array | undefined
    const opsPerRun = 150
    const runsFor = (share: number) => Math.max(3, Math.ceil((cfg.operations * share) / opsPerRun))

    /** A fresh world per run: restored from a snapshot fixture when the backend offers one. */
    const freshWorld = async (): Promise<Layer.Layer<Ec2.Ec2 | R, unknown>> => {
      const control = cfg.control
      if (control === undefined) return cfg.makeLayer()
      if (fixture === undefined) {
        fixture = await Effect.runPromise(
          Effect.orDie(control.snapshot).pipe(Effect.provide(Layer.fresh(cfg.makeLayer())), Effect.orDie)
        )
      }
      return control.layerFrom(fixture)
    }
    const inWorld = async <A>(body: Effect.Effect<A, unknown, Ec2.Ec2 | R>): Promise<A> => {
      const layer = await freshWorld()
      return Effect.runPromise(
        body.pipe(Effect.provide(Layer.fresh(layer)), Effect.provide(TestClock.layer())) as Effect.Effect<A, unknown>
      )
    }

    /**
     * Runs one random program; `check` runs after every step. Returns the number of operations that
     * ran to completion (each one counted when its call has answered, never before).
     */
    const execute = (steps: ReadonlyArray<Step>, setup: (s: State) => Effect.Effect<void, unknown, Ec2.Ec2>, check: (s: State) => Effect.Effect<void, unknown, Ec2.Ec2>) =>
      Effect.gen(function*() {
        const ec2 = yield* Ec2.Ec2
        const ImageId = yield* Effect.orDie(cfg.imageId)
        // no AZ placement when the backend cannot list zones (the instance properties still run)
        const zones = yield* ec2.describeAvailabilityZones({}).pipe(
          Effect.map((r) => (r.AvailabilityZones ?? []).map((z) => z.ZoneName!).sort()),
          Effect.orElseSucceed((): Array<string> => [])
        )
        const s: State = { ec2, ImageId, zones, ids: [], volumes: [], lastState: new Map(), tokens: new Map(), group: undefined }
        yield* setup(s)
        let n = 0
        const counted = (op: Op) => Effect.tap(apply(s, op), () => Effect.sync(() => void n++))
        for (const step of steps) {
          yield* Effect.all(step.ops.map(counted), { concurrency: "unbounded", discard: true })
          if (step.tick !== undefined) yield* TestClock.adjust(`${step.tick} seconds`)
          yield* check(s)
        }
        // every generated operation made its call and answered (a failure above fails the property)
        expect(n).toBe(steps.reduce((k, step) => k + step.ops.length, 0))
        return n
      })

    interface State {
      readonly ec2: Ec2.Service
      readonly ImageId: string
      readonly zones: ReadonlyArray<string>
      readonly ids: Array<string>
      readonly volumes: Array<string>
      readonly lastState: Map<string, Lifecycle.StateName>
      /** ClientToken → the request fingerprint and reservation it produced. */
      readonly tokens: Map<string, { readonly params: string; readonly reservation: string }>
      group: string | undefined
    }

    const pick = <A>(xs: ReadonlyArray<A>, i: number): A | undefined => (xs.length === 0 ? undefined : xs[i % xs.length])

    const apply = (s: State, op: Op): Effect.Effect<void, unknown, Ec2.Ec2> => {
      const ec2 = s.ec2
      switch (op._tag) {
        case "describe":
          return Effect.orDie(ec2.describeInstances({ MaxResults: 5 })).pipe(Effect.asVoid)
        case "run": {
          const ClientToken = op.token === undefined ? undefined : `token-${op.token}`
          const AvailabilityZone = pick(s.zones, op.az)
          const req = {
            ImageId: s.ImageId,
            InstanceType: cfg.InstanceType,
            MinCount: 1,
            MaxCount: op.count,
            Placement: {
              ...(AvailabilityZone !== undefined ? { AvailabilityZone } : {}),
              ...(s.group !== undefined ? { GroupName: s.group } : {})
            },
            ...(ClientToken !== undefined ? { ClientToken } : {})
          }
          const params = JSON.stringify({ ...req, ClientToken: undefined })
          return Effect.gen(function*() {
            const result = yield* Effect.result(ec2.runInstances(req))
            if (result._tag === "Success") {
              const r = result.success
              for (const i of r.Instances ?? []) {
                if (!s.ids.includes(i.InstanceId!)) s.ids.push(i.InstanceId!)
                // a fresh launch starts pending; an idempotent replay may report a later state
                if (!s.lastState.has(i.InstanceId!)) s.lastState.set(i.InstanceId!, i.State!.Name!)
              }
              if (ClientToken !== undefined) {
                const prior = s.tokens.get(ClientToken)
                if (prior !== undefined) {
                  // idempotency: same token + same parameters → the same reservation
                  expect(prior.params).toBe(params)
                  expect(r.ReservationId).toBe(prior.reservation)
                } else s.tokens.set(ClientToken, { params, reservation: r.ReservationId! })
              }
              return
            }
            const e = result.failure
            if (e.code === "IdempotentParameterMismatch") {
              // only when the token was used with other parameters
              const prior = s.tokens.get(ClientToken!)
              if (prior !== undefined) expect(prior.params).not.toBe(params)
              return
            }
            yield* tolerate(Effect.fail(e))
          })
        }
        case "start":
        case "stop":
        case "terminate":
        case "reboot": {
          const ids = [...new Set(op.pick.map((i) => pick(s.ids, i) ?? ghostInstance))]
          const call = op._tag === "start"
            ? ec2.startInstances({ InstanceIds: ids }).pipe(Effect.map((r) => r.StartingInstances))
            : op._tag === "stop"
            ? ec2.stopInstances({ InstanceIds: ids }).pipe(Effect.map((r) => r.StoppingInstances))
            : op._tag === "terminate"
            ? ec2.terminateInstances({ InstanceIds: ids }).pipe(Effect.map((r) => r.TerminatingInstances))
            : ec2.rebootInstances({ InstanceIds: ids }).pipe(Effect.as(undefined))
          return tolerate(call).pipe(Effect.tap((changes) =>
            Effect.sync(() => {
              for (const c of changes ?? []) {
                const from = c.PreviousState!.Name!
                const to = c.CurrentState!.Name!
                // a state change reported by the API is an edge of the graph, or a no-op
                expect(from === to || Lifecycle.isAllowedEdge(from, to), `${c.InstanceId}: ${from} → ${to}`).toBe(true)
              }
            })
          ), Effect.asVoid)
        }
        case "createVolume":
          return tolerate(ec2.createVolume({ AvailabilityZone: pick(s.zones, op.az)!, Size: op.size, VolumeType: "gp3" })).pipe(
            Effect.tap((v) => Effect.sync(() => v?.VolumeId !== undefined && s.volumes.push(v.VolumeId))),
            Effect.asVoid
          )
        case "attach": {
          const VolumeId = pick(s.volumes, op.vol) ?? ghostVolume
          const InstanceId = pick(s.ids, op.inst) ?? ghostInstance
          return tolerate(ec2.attachVolume({ VolumeId, InstanceId, Device: devices[op.dev]! })).pipe(Effect.asVoid)
        }
        case "detach": {
          const VolumeId = pick(s.volumes, op.vol) ?? ghostVolume
          return tolerate(ec2.detachVolume({ VolumeId })).pipe(Effect.asVoid)
        }
        case "deleteVolume": {
          const VolumeId = pick(s.volumes, op.vol) ?? ghostVolume
          return tolerate(ec2.deleteVolume({ VolumeId })).pipe(
            Effect.tap((r) =>
              Effect.sync(() => {
                const at = s.volumes.indexOf(VolumeId)
                if (r !== undefined && at >= 0) s.volumes.splice(at, 1)
              })
            ),
            Effect.asVoid
          )
        }
      }
    }

    const allInstances = (s: State) =>
      Effect.orDie(s.ec2.describeInstances({})).pipe(
        Effect.map((r) => (r.Reservations ?? []).flatMap((x) => x.Instances ?? []) as ReadonlyArray<Instance>)
      )

    /** States only move along the lifecycle graph; private IPs unique per subnet; ENI limits. */
    const checkInstances = (s: State) =>
      Effect.gen(function*() {
        const all = yield* allInstances(s)
        const ipBySubnet = new Map<string, string>()
        for (const i of all) {
          const id = i.InstanceId!
          const now = i.State!.Name!
          const before = s.lastState.get(id)
          if (before !== undefined) expect(reachable(before, now), `${id}: ${before} ⇝ ${now}`).toBe(true)
          s.lastState.set(id, now)
          if (now === "terminated") continue
          const enis = i.NetworkInterfaces ?? []
          const limit = Option.getOrUndefined(InstanceTypeCatalogue.lookup(i.InstanceType!))?.maximumNetworkInterfaces
          if (limit !== undefined) expect(enis.length).toBeLessThanOrEqual(limit)
          // (the primary ENI itself is asserted by the example test "each instance has a primary ENI")
          if (enis.length > 0) expect(enis.filter((e) => e.Attachment?.DeviceIndex === 0)).toHaveLength(1)
          const interfaces = enis.length > 0 ? enis : [{ SubnetId: i.SubnetId, PrivateIpAddress: i.PrivateIpAddress }]
          for (const e of interfaces as ReadonlyArray<Ec2Shapes.InstanceNetworkInterface>) {
            for (const p of e.PrivateIpAddresses ?? [{ PrivateIpAddress: e.PrivateIpAddress }]) {
              const key = `${e.SubnetId ?? i.SubnetId}|${p.PrivateIpAddress}`
              expect(ipBySubnet.get(key), `IP ${key} used by ${ipBySubnet.get(key)} and ${id}`).toBeUndefined()
              ipBySubnet.set(key, id)
            }
          }
        }
        return all
      })

    it("lifecycle graph, unique private IPs per subnet, ENI limits and ClientToken idempotency", async () => {
      await fc.assert(
        fc.asyncProperty(program(instanceOps, opsPerRun), async (steps) => {
          total += await inWorld(execute(steps, () => Effect.void, checkInstances).pipe(
            Effect.tap(() => Effect.sync(() => undefined))
          ))
        }),
        { numRuns: runsFor(0.5) }
      )
    })

    it("volume attachments: one instance per volume, same AZ, no device clash, attachment limits", async () => {
      await fc.assert(
        fc.asyncProperty(program(volumeOps, opsPerRun), async (steps) => {
          total += await inWorld(execute(
            steps,
            (s) =>
              Effect.gen(function*() {
                const r = yield* Effect.orDie(s.ec2.runInstances({
                  ImageId: s.ImageId,
                  InstanceType: cfg.InstanceType,
                  MinCount: 3,
                  MaxCount: 3,
                  ...(s.zones[0] !== undefined ? { Placement: { AvailabilityZone: s.zones[0] } } : {})
                }))
                for (const i of r.Instances ?? []) (s.ids.push(i.InstanceId!), s.lastState.set(i.InstanceId!, "pending"))
              }),
            (s) =>
              Effect.gen(function*() {
                const instances = yield* checkInstances(s)
                const azOf = new Map(instances.map((i) => [i.InstanceId!, i.Placement?.AvailabilityZone]))
                const vols = (yield* Effect.orDie(s.ec2.describeVolumes({}))).Volumes ?? []
                const devicesUsed = new Map<string, string>()
                const perInstance = new Map<string, number>()
                for (const v of vols) {
                  const atts = (v.Attachments ?? []).filter((a) => a.State !== "detached")
                  if (v.MultiAttachEnabled !== true) expect(atts.length, `${v.VolumeId} attachments`).toBeLessThanOrEqual(1)
                  for (const a of atts) {
                    expect(azOf.get(a.InstanceId!), `${v.VolumeId} AZ`).toBe(v.AvailabilityZone)
                    const key = `${a.InstanceId}|${a.Device}`
                    expect(devicesUsed.get(key), `device ${key}`).toBeUndefined()
                    devicesUsed.set(key, v.VolumeId!)
                    perInstance.set(a.InstanceId!, (perInstance.get(a.InstanceId!) ?? 0) + 1)
                  }
                  if (atts.length > 0) expect(v.State).toBe("in-use")
                }
                // Nitro: at most 28 attachments shared by EBS volumes and ENIs —
                // https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-volume-limits.html (read 2026-11)
                for (const i of instances) {
                  expect((perInstance.get(i.InstanceId!) ?? 0) + (i.NetworkInterfaces ?? []).length).toBeLessThanOrEqual(28)
                }
              })
          ))
        }),
        { numRuns: runsFor(0.25) }
      )
    })

    it("spread placement group: at most 7 pending or running instances per AZ", async () => {
      await fc.assert(
        fc.asyncProperty(program(instanceOps, opsPerRun), async (steps) => {
          total += await inWorld(execute(
            steps,
            (s) =>
              Effect.gen(function*() {
                s.group = "spread-prop"
                yield* Effect.orDie(s.ec2.createPlacementGroup({ GroupName: s.group, Strategy: "spread" }))
              }),
            (s) =>
              Effect.gen(function*() {
                const instances = yield* checkInstances(s)
                const perAz = new Map<string, number>()
                for (const i of instances) {
                  if (i.Placement?.GroupName !== s.group) continue
                  if (i.State?.Name !== "pending" && i.State?.Name !== "running") continue
                  const az = i.Placement!.AvailabilityZone!
                  perAz.set(az, (perAz.get(az) ?? 0) + 1)
                }
                for (const [az, n] of perAz) expect(n, `spread instances in ${az}`).toBeLessThanOrEqual(7)
              })
          ))
        }),
        { numRuns: runsFor(0.25) }
      )
    })

    if (cfg.control !== undefined) {
      const control = cfg.control
      it("snapshot → restore → snapshot is identical after random concurrent operations", async () => {
        await fc.assert(
          fc.asyncProperty(program(instanceOps, 50), async (steps) => {
            total += await inWorld(Effect.gen(function*() {
              const n = yield* execute(steps, () => Effect.void, () => Effect.void)
              const a = yield* Effect.orDie(control.snapshot)
              const b = yield* Effect.orDie(control.snapshot).pipe(Effect.provide(Layer.fresh(control.layerFrom(a))), Effect.orDie)
              expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true)
              return n
            }))
          }),
          { numRuns: 20 }
        )
      })
    }

    it(`ran at least ${cfg.operations} random operations`, () => {
      expect(total).toBeGreaterThanOrEqual(cfg.operations)
    })
  })
}
