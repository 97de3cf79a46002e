/**
 * What a Dedicated Host holds: its `HostProperties` (sockets, cores, vCPUs) and how many instances of each
 * type fit on it, derived from core's instance-type catalogue.
 *
 * AWS publishes a per-family configuration table of Dedicated Hosts ("Dedicated Host instance capacity",
 * https://docs.aws.amazon.com/ec2/latest/dedicatedhosts/dh-capacity.html) that ec2kit does not store. What it
 * does store (purchasing-facts §7, UG23 `dedicated-hosts-overview.md`, read 2026-12-06): a host is allocated
 * for one instance type or one instance family; its capacity is bounded by its cores (R5: 2 sockets, 48 cores);
 * a T3 host has 48 cores and runs at most 192 instances. So the derivation, documented in
 * docs/purchasing/reservations-and-hosts.md, is:
 * - **vCPUs of a host** = the most vCPUs of any size of the family in the catalogue (the `metal` size is
 *   the whole host where there is one: m5.metal 96, r5.metal 96, a1.metal 16); burstable families
 *   (t2, t3, t3a, t4g) have no metal size and get AWS's T3 figure, 48 cores;
 * - **cores** = vCPUs ÷ 2 on x86 (two threads per core), = vCPUs on Graviton (arm64, one thread per core);
 * - **sockets** = 2 from 24 cores up, else 1 (m5/r5/c5 hosts: 2 sockets; a1: 1 — as AWS's table shows);
 * - **instances of a type** = ⌊host vCPUs ÷ the type's vCPUs⌋, counted in vCPUs across sizes on a
 *   multi-size (family) host; burstable hosts are oversubscribed 4× (96 vCPUs hold 384 vCPUs of instances:
 *   192 two-vCPU T3 instances, AWS's limit).
 *
 * @internal
 */
import { InstanceTypeCatalogue } from "@ec2kit/core"
import { Option } from "effect"

/** The family of an instance type (`m5.large` → `m5`). */
export const familyOf = (instanceType: string): string => instanceType.split(".")[0] ?? instanceType

/** Burstable families: their hosts are oversubscribed (see the module comment). */
const burstable = (family: string): boolean => /^t\d/.test(family)

/** vCPU oversubscription of a burstable host: 192 two-vCPU instances on a 48-core (96-vCPU) T3 host. */
const BurstableOversubscription = 4

/** T3 host: 48 cores (purchasing-facts §7; UG23 `dedicated-hosts-overview.md`). */
const BurstableHostCores = 48

let families: Map<string, ReadonlyArray<InstanceTypeCatalogue.InstanceTypeInfo>> | undefined

/** The catalogue's types of a family, smallest first (empty when the family is unknown). */
export const typesOfFamily = (family: string): ReadonlyArray<InstanceTypeCatalogue.InstanceTypeInfo> => {
  if (families === undefined) {
    const m = new Map<string, Array<InstanceTypeCatalogue.InstanceTypeInfo>>()
    for (const t of InstanceTypeCatalogue.all()) {
      const f = familyOf(t.instanceType)
      const list = m.get(f)
      if (list === undefined) m.set(f, [t])
      else list.push(t)
    }
    for (const list of m.values()) list.sort((a, b) => (a.vCpus ?? 0) - (b.vCpus ?? 0) || a.instanceType.localeCompare(b.instanceType))
    families = m
  }
  return families.get(family) ?? []
}

/** `HostProperties` of a host of a family. */
export interface HostShape {
  readonly Sockets: number
  readonly Cores: number
  readonly TotalVCpus: number
}

/** The shape of a host of a family (`undefined` when the catalogue has no type of it). */
export const hostShape = (family: string): HostShape | undefined => {
  const types = typesOfFamily(family)
  if (types.length === 0) return undefined
  if (burstable(family)) return { Sockets: 2, Cores: BurstableHostCores, TotalVCpus: 2 * BurstableHostCores }
  const arm = types.every((t) => (t.architectures ?? []).includes("arm64"))
  const vCpus = Math.max(...types.map((t) => t.vCpus ?? 1))
  const cores = arm ? vCpus : Math.max(1, Math.floor(vCpus / 2))
  return { Sockets: cores >= 24 ? 2 : 1, Cores: cores, TotalVCpus: vCpus }
}

/** vCPUs of one instance type (catalogue; 1 when unknown). */
export const vCpusOfType = (instanceType: string): number => {
  const info = InstanceTypeCatalogue.lookup(instanceType)
  return Option.isSome(info) ? info.value.vCpus ?? 1 : 1
}

/** Capacity units of a host (vCPUs, times the oversubscription of a burstable family). */
export const hostUnits = (family: string, shape: HostShape): number =>
  shape.TotalVCpus * (burstable(family) ? BurstableOversubscription : 1)

/** The instance types a host runs: its one type, or every size of its family. */
export const typesOnHost = (host: { readonly InstanceType?: string; readonly InstanceFamily: string }): ReadonlyArray<string> =>
  host.InstanceType !== undefined ? [host.InstanceType] : typesOfFamily(host.InstanceFamily).map((t) => t.instanceType)

/** How many instances of `instanceType` fit in `freeUnits` capacity units of a host. */
export const fitOnHost = (freeUnits: number, instanceType: string): number => Math.max(0, Math.floor(freeUnits / vCpusOfType(instanceType)))
