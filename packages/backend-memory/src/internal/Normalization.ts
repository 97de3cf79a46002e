/**
 * Instance size normalization factors, for the size flexibility of regional Reserved Instances.
 *
 * Source: EC2 User Guide (awsdocs/amazon-ec2-user-guide @ e3707c4, `doc_source/apply_ri.md`, read
 * 2026-12-06; /work/shared/docs/purchasing-facts.md §6.1): "Instance size flexibility" — regional RIs
 * on Linux/Unix with default tenancy apply to any size of their family, smallest size first, by a
 * normalization factor per size; not to G4ad, G4dn, G5, G5g and Inf1. A `metal` size has the factor of
 * the family's virtual size with the same vCPUs (AWS's table: "metal sizes ... equivalent to the largest
 * virtual size"); sizes missing from AWS's stored table (e.g. `48xlarge`) get no factor here, so an RI of
 * them is applied to its exact type only (the strict choice, documented).
 *
 * @internal
 */
import { InstanceTypeCatalogue } from "@ec2kit/core"
import { Option } from "effect"

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

/** A metal size's factor: the factor of the family's virtual size with the same vCPUs. */
const metalFactor = (instanceType: string): number | undefined => {
  if (metalCache.has(instanceType)) return metalCache.get(instanceType)
  const family = familyOf(instanceType)
  const vCpus = Option.getOrUndefined(InstanceTypeCatalogue.lookup(instanceType))?.vCpus
  let found: number | undefined
  if (vCpus !== undefined) {
    for (const info of InstanceTypeCatalogue.all()) {
      if (familyOf(info.instanceType) !== family || info.vCpus !== vCpus) continue
      const f = factors[sizeOf(info.instanceType)]
      if (f !== undefined) found = Math.max(found ?? 0, f)
    }
  }
  metalCache.set(instanceType, found)
  return found
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
