/**
 * The CPU credit option an instance launches with (RunInstances' `CreditSpecification`) and the
 * type defaults; rules and sources in `creditSpecifications.ts`. A module of its own so RunInstances
 * does not import the describe helpers (which import instances.ts: no import cycle).
 *
 * @internal
 */
import { Effect, Option } from "effect"
import { Ec2Error, InstanceType } from "@ec2kit/core"

/** A credit option. */
export type CpuCredits = "standard" | "unlimited"

/** The launch default of a type: T2 `standard`, later T generations `unlimited`; none for other types. */
export const defaultCredits = (instanceType: string): CpuCredits | undefined => {
  const p = InstanceType.parseOption(instanceType)
  if (Option.isNone(p) || !InstanceType.isBurstable(p.value)) return undefined
  return p.value.generation === 2 ? "standard" : "unlimited"
}

/** `InstanceCreditSpecification.NotSupported` for a type without CPU credits (text observed, see creditSpecifications.ts). */
export const notSupported = (instanceType: string) =>
  Ec2Error.make("InstanceCreditSpecification.NotSupported", `The ${instanceType} instance type does not support T2 Unlimited.`)

/** A credit option of a request (`standard` | `unlimited`). */
export const parseCredits = (v: string | undefined): Effect.Effect<CpuCredits, Ec2Error.Ec2Error> =>
  v === "standard" || v === "unlimited"
    ? Effect.succeed(v)
    // SDK: "Valid values: standard | unlimited"; code and text unverified (house shape)
    : Effect.fail(Ec2Error.invalidValue(String(v), "CpuCredits"))

/**
 * RunInstances' `CreditSpecification`: the option an instance of `instanceType` launches with
 * (the request's, else the type's default), `undefined` for a type without credits; a credit option
 * on such a type is `InstanceCreditSpecification.NotSupported`.
 */
export const creditsAtLaunch = (
  instanceType: string,
  spec: { readonly CpuCredits?: string | undefined } | undefined
): Effect.Effect<CpuCredits | undefined, Ec2Error.Ec2Error> =>
  Effect.gen(function*() {
    const byDefault = defaultCredits(instanceType)
    if (spec === undefined) return byDefault
    const requested = yield* parseCredits(spec.CpuCredits)
    if (byDefault === undefined) return yield* Effect.fail(notSupported(instanceType))
    return requested
  })
