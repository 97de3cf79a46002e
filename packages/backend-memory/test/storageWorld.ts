/**
 * Test helper for the storage operations (Volumes/Snapshots/Images tests): a world from
 * `Ec2Memory.make`, whose `Ec2` service decodes requests as in production (`Ec2.makePartial`).
 */
import { Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import type { Ec2Error } from "@ec2kit/core"
import { Ec2Memory } from "@ec2kit/backend-memory"
import * as I from "../src/operations/instances.js"

/** A seeded world (production wiring: `Ec2Memory.make`), its engine and its `Ec2` service. */
export const makeWorld = (options: { readonly seed?: number; readonly delays?: Ec2Memory.Options["delays"] } = {}) =>
  Effect.map(
    Ec2Memory.make({ seed: options.seed ?? 1, ...(options.delays !== undefined ? { delays: options.delays } : {}) }),
    ({ ec2, engine }) => ({ engine, ec2 })
  )

export type StorageWorld = Effect.Success<ReturnType<typeof makeWorld>>

/** Launches one t3.micro (Nitro) from the seed x86_64 AMI and waits until it runs. */
export const launch = (m: StorageWorld, extra: Partial<I.RunInstancesRequest> = {}, wait = true) =>
  Effect.gen(function*() {
    const ImageId = yield* m.engine.read((w) => [...w.all("images")].find((i) => i.Architecture === "x86_64")!.ImageId)
    const r = yield* m.engine.transact((w) =>
      I.runInstances(w, { ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ...extra })
    )
    if (wait) yield* m.engine.transact((w) => Effect.sync(() => w.delay("instancePending"))).pipe(
      Effect.flatMap((ms) => TestClock.adjust(Duration.millis(ms)))
    )
    return r.Instances[0]!
  })

/** The code and message of a failing Effect. */
export const failure = <A>(e: Effect.Effect<A, Ec2Error.Ec2Error>) =>
  Effect.map(Effect.flip(e), (err) => ({ code: err.code, message: err.reason.message }))

/** A consistent copy of the storage tables and instances' block devices (to check "changes nothing"). */
export const storageState = (m: StorageWorld) =>
  m.engine.read((w) =>
    JSON.stringify({
      volumes: [...w.all("volumes")],
      snapshots: [...w.all("snapshots")],
      images: [...w.all("images")],
      bdms: [...w.all("instances")].map((i) => [i.InstanceId, i.BlockDeviceMappings]),
      tags: [...w.all("tags")]
    })
  )
