/**
 * Shared by the memory-backend tests: run an effect against a fresh world (`Ec2Memory.layer`, seed 1 by
 * default) in virtual time (`TestClock`), and the world's first x86_64 image.
 */
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"

/** Runs `self` against a fresh world in virtual time. */
export const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor>, options: Ec2Memory.Options = { seed: 1 }) =>
  Effect.runPromise(Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer(options)))).pipe(Effect.provide(TestClock.layer())))

/** The id of the world's first x86_64 image. */
export const image = Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId))
