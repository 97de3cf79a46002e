/**
 * What the conformance groups share with the suite (`Conformance.suite`): the per-test context (`Ctx`),
 * the suite's settings and runner (`Suite`), and small helpers. One module for all groups, so no group
 * imports `Conformance.ts` (which imports every group).
 *
 * @since 0.1.0
 */
import type { Ec2, Ec2Error, Ec2Shapes, Waiters } from "@ec2kit/core"
import type { Duration, Effect } from "effect"
import { expect } from "vitest"
import * as AwsFacts from "../AwsFacts.js"
import type * as H from "../Harness.js"

/**
 * Tag key every launched instance carries (`aws:` would be reserved; `ec2kit:` is not).
 *
 * @since 0.1.0
 * @category constants
 */
export const RunTagKey = "ec2kit:conformance"

/**
 * The service under test.
 *
 * @since 0.1.0
 * @category models
 */
export type Svc = Ec2.Service

/**
 * A RunInstances request.
 *
 * @since 0.1.0
 * @category models
 */
export type RunInput = H.RequestOf<"runInstances">

/**
 * An instance as DescribeInstances answers it.
 *
 * @since 0.1.0
 * @category models
 */
export type Instance = Ec2Shapes.Instance

/**
 * What a test body gets: the service and helpers bound to this test's world and run id.
 *
 * @since 0.1.0
 * @category models
 */
export interface Ctx {
  readonly ec2: Svc
  readonly ImageId: string
  readonly runId: string
  /** RunInstances with this test's tag (plus `extra`); fails the test on any error. */
  readonly launch: (extra?: Partial<RunInput>, tags?: ReadonlyArray<{ Key: string; Value: string }>) => Effect.Effect<ReadonlyArray<Instance>>
  /** RunInstances with this test's tag, error kept (for error tests). */
  readonly tryLaunch: (extra?: Partial<RunInput>) => Effect.Effect<Ec2Shapes.RunInstancesResult, Ec2Error.Ec2Error>
  readonly running: (id: string) => Effect.Effect<Instance, unknown, Ec2.Ec2>
  readonly stopped: (id: string) => Effect.Effect<Instance, unknown, Ec2.Ec2>
  readonly terminated: (id: string) => Effect.Effect<Instance, unknown, Ec2.Ec2>
  readonly describe: (id: string) => Effect.Effect<Instance>
  /** The instances of this test matching extra filters (all pages). */
  readonly mine: (filters?: ReadonlyArray<{ Name: string; Values: Array<string> }>) => Effect.Effect<ReadonlyArray<Instance>>
  readonly zones: Effect.Effect<ReadonlyArray<string>>
}

/**
 * The suite as its groups see it: the per-test runner, the time mode and its helpers, the instance type
 * of every launch, and the suite's options.
 *
 * @since 0.1.0
 * @category models
 */
export interface Suite<R> {
  readonly world: <A>(body: (t: Ctx) => Effect.Effect<A, unknown, Ec2.Ec2 | R>) => Promise<A>
  readonly time: H.TimeMode
  readonly waitOpts: Waiters.WaiterOptions
  readonly settle: <A, E, R2>(self: Effect.Effect<A, E, R2>) => Effect.Effect<A, E, R2>
  readonly pass: (d: Duration.Input) => Effect.Effect<void>
  readonly InstanceType: string
  readonly options: H.Options<R>
}

/**
 * The id of the `i`-th instance, checked to have EC2's form.
 *
 * @since 0.1.0
 * @category helpers
 */
export const idOf = (xs: ReadonlyArray<Instance>, i = 0): string => {
  const id = xs[i]?.InstanceId
  expect(id).toMatch(/^i-[0-9a-f]{8,17}$/)
  return id!
}

/**
 * AWS's `InstanceState` for a name, from the literal codes of `AwsFacts` (not from core's `Lifecycle`).
 *
 * @since 0.1.0
 * @category helpers
 */
export const st = AwsFacts.instanceState
