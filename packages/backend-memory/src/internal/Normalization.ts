/**
 * Instance size normalization factors, for the size flexibility of regional Reserved Instances.
 *
 * Source: EC2 User Guide (awsdocs/amazon-ec2-user-guide @ e3707c4, `doc_source/apply_ri.md`, read
 * 2026-12-06; /work/shared/docs/purchasing-facts.md §6.1): "Instance size flexibility" — regional RIs
 * on Linux/Unix with default tenancy apply to any size of their family, smallest size first, by a
 * normalization factor per size; not to G4ad, G4dn, G5, G5g and Inf1. `metal` sizes: see `metalFactor`;
 * sizes missing from AWS's stored table (e.g. `48xlarge`) get no factor here, so an RI of them is applied
 * to its exact type only (the strict choice, documented).
 *
 * @internal
 */
import { InstanceTypeCatalogue } from "@ec2kit/core"

/** AWS's normalization factor per size (apply_ri.md). */
const factors: Readonly<Record<string, number>> = {
  nano: 0.25,
  micro: 0.5,
  small: 1,
  medium: 2,
  large: 4,
  xlarge: 8,
  "2xlarge": 16,
  "3xlarge": 24,
  "4xlarge": 32,
  "6xlarge": 48,
  "8xlarge": 64,
  "9xlarge": 72,
  "10xlarge": 80,
  "12xlarge": 96,
  "16xlarge": 128,
  "18xlarge": 144,
  "24xlarge": 192,
  "32xlarge": 256,
  "56xlarge": 448,
  "112xlarge": 896
}

/** Families AWS excludes from size flexibility (apply_ri.md). */
const inflexibleFamilies: ReadonlySet<string> = new Set(["g4ad", "g4dn", "g5", "g5g", "inf1"])

/** The family of an instance type (`m5.large` → `m5`). */
export const familyOf = (instanceType: string): string => {
  const dot = instanceType.indexOf(".")
  return dot < 0 ? instanceType : instanceType.slice(0, dot)
}

const sizeOf = (instanceType: string): string => instanceType.slice(instanceType.indexOf(".") + 1)

const metalCache = new Map<string, number | undefined>()

/**
 * A `metal` size's factor. AWS's table gives it per family as its "equivalent" virtual size: a1 32, m5zn
 * and z1d 96, c6g/i3/m6g/r6g 128, c5n 144, c5/m5/r5 192, u-* 896 — in every case the family's largest
 * virtual size. So: the largest virtual size of the family in the catalogue, when every virtual size of
 * it has a factor (a family with a size outside AWS's table, e.g. `48xlarge`, gets none: strict);
 * `metal-24xl`-style sizes take the named size's factor.
 */
const metalFactor = (instanceType: string): number | undefined => {
  const size = sizeOf(instanceType)
  const named = /^metal-(\d+)xl$/.exec(size)
  if (named !== null) return factors[`${named[1]}xlarge`]
  if (size !== "metal") return undefined
  if (familyOf(instanceType).startsWith("u-")) return 896
  if (metalCache.has(instanceType)) return metalCache.get(instanceType)
  const family = familyOf(instanceType)
  let found: number | undefined
  let complete = true
  for (const info of InstanceTypeCatalogue.all()) {
    if (familyOf(info.instanceType) !== family || sizeOf(info.instanceType).startsWith("metal")) continue
    const f = factors[sizeOf(info.instanceType)]
    if (f === undefined) complete = false
    else found = Math.max(found ?? 0, f)
  }
  const result = complete ? found : undefined
  metalCache.set(instanceType, result)
  return result
}

/**
 * The normalization factor of an instance type, `undefined` when AWS's table gives none (unknown size, or
 * a metal size without a virtual twin in the catalogue).
 */
export const normalizationFactor = (instanceType: string): number | undefined => {
  const size = sizeOf(instanceType)
  if (size.startsWith("metal")) return metalFactor(instanceType)
  return factors[size]
}

/** Whether a regional RI of this type may apply to other sizes of its family (platform/tenancy checked by the caller). */
export const sizeFlexibleType = (instanceType: string): boolean =>
  !inflexibleFamilies.has(familyOf(instanceType)) && normalizationFactor(instanceType) !== undefined
