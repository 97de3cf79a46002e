/**
 * The billing meter (issue 12 §4): the bill of a window from the usage ledger (`UsageLedger`), a price
 * table and the other areas' contracts (Spot prices, commitments, surplus credits). Compute is in
 * `MeterCompute`; this module prices storage, addresses, hosts, unused Capacity Reservation slots and
 * surplus credits, and merges everything into line items. Rules and sources
 * (shared/docs/purchasing-facts.md §1–2, read 2026-12-06):
 *
 * - EBS volumes per second, 60-s minimum (WN17), at `rate × GB × s / (86,400 × 30)` (AWS's EBS pricing
 *   example), attached or not; gp3 IOPS above 3,000 and throughput above 125 MiB/s only (free baseline:
 *   UG23 ebs-volume-types.md); io1/io2 every provisioned IOPS (io2 above 32,000: unpriced, tiers unverified).
 * - Snapshots: `VolumeSize` GB-months (blocks are not modelled: the full size, an upper bound of AWS's
 *   incremental charge), per second while they exist.
 * - Public IPv4: every address, in use or idle, per hour, prorated per second (granularity unverified).
 * - Dedicated Hosts: per host, per second, 60-s minimum, while allocated (UG23 dedicated-hosts-overview.md).
 * - Capacity Reservations: unused slots at the on-demand rate, per second (UG23
 *   capacity-reservations-pricing-billing.md).
 * - Surplus CPU credits: `CPUCredits:<family>` at the table's vCPU-hour rate (UG23 unlimited mode).
 *
 * Every amount is exact (no rounding); a usage the table cannot price is a line with `Unpriced`.
 *
 * @internal
 */
import type { Pricing } from "@ec2kit/core"
import type { Bill, LineItem, ResourceCost } from "../Billing.js"
import { surplusCharges } from "../operations/cpuCredits.js"
import { type Charge, computeCharges, HOUR, operationOf } from "./MeterCompute.js"
import { segments, type UsageMeter, type UsageSegment } from "./UsageLedger.js"
import type { World } from "./World.js"

/** A month of EBS pricing: 30 days (AWS's proration example), ms. */
const MONTH = 86_400 * 30 * 1000
/** The 60-s minimum of EBS volumes and Dedicated Hosts (WN17; UG23 dedicated-hosts-overview.md). */
const MINIMUM = 60_000
/** gp3's free baseline (UG23 ebs-volume-types.md; AWS EBS pricing page). */
const GP3_FREE_IOPS = 3_000
const GP3_FREE_THROUGHPUT = 125
/** io2's first IOPS tier; higher tiers' prices are unverified (facts §9). */
const IO2_TIER = 32_000

/** A resource's segments of one meter, and the end of its life when it is over. */
interface Life {
  readonly Segments: ReadonlyArray<UsageSegment>
  readonly End?: number
  readonly Start: number
}

const livesOf = (usage: Iterable<UsageSegment>, meter: UsageMeter): Array<Life> => {
  const groups = new Map<string, Array<UsageSegment>>()
  for (const s of usage) {
    if (s.Meter !== meter) continue
    let g = groups.get(s.ResourceId)
    if (g === undefined) groups.set(s.ResourceId, g = [])
    g.push(s)
  }
  return [...groups.values()].map((segs) => {
    segs.sort((a, b) => a.Start - b.Start || (a.End ?? Infinity) - (b.End ?? Infinity))
    const open = segs.some((s) => s.End === undefined)
    return { Segments: segs, Start: segs[0]!.Start, ...(open ? {} : { End: segs.reduce((e, s) => Math.max(e, s.End!), -Infinity) }) }
  })
}

/** A segment's billed ms in `[from, to)`, as `[start, end, ms]` spans (the minimum's extra at the life's end). */
const spansOf = (life: Life, minimum: number, now: number, from: number, to: number): Array<readonly [UsageSegment, number, number, number]> => {
  const out: Array<readonly [UsageSegment, number, number, number]> = []
  for (const s of life.Segments) {
    const a = Math.max(s.Start, from)
    const b = Math.min(s.End ?? now, to)
    if (b > a) out.push([s, a, b, b - a])
  }
  if (life.End !== undefined && minimum > 0 && life.End >= from && life.End < to) {
    const extra = minimum - (life.End - life.Start)
    if (extra > 0) out.push([life.Segments[life.Segments.length - 1]!, life.End, life.End, extra])
  }
  return out
}

const usd = (n: number) => `$${Number(n.toPrecision(6))}`

const rateIn = (rates: Readonly<Record<string, number>> | undefined, key: string): number | undefined =>
  rates !== undefined && Object.hasOwn(rates, key) ? rates[key] : undefined

/** CUR usage-type suffix and operation of each EBS volume type (io1 is `piops` on AWS bills). */
const ebsNames: Readonly<Record<string, { readonly suffix: string; readonly operation: string; readonly name: string }>> = {
  gp2: { suffix: ".gp2", operation: "CreateVolume-Gp2", name: "General Purpose SSD (gp2)" },
  gp3: { suffix: ".gp3", operation: "CreateVolume-Gp3", name: "General Purpose SSD (gp3)" },
  io1: { suffix: ".piops", operation: "CreateVolume-P-IOPS", name: "Provisioned IOPS SSD (io1)" },
  io2: { suffix: ".io2", operation: "CreateVolume-io2", name: "Provisioned IOPS SSD (io2)" },
  st1: { suffix: ".st1", operation: "CreateVolume-St1", name: "Throughput Optimized HDD (st1)" },
  sc1: { suffix: ".sc1", operation: "CreateVolume-Sc1", name: "Cold HDD (sc1)" },
  standard: { suffix: "", operation: "CreateVolume", name: "Magnetic (standard)" }
}

/** A line for `quantity` units at `rate` (absent: unpriced for `why`). */
const priced = (
  base: Omit<Charge, "Rate" | "Unpriced" | "Description" | "Quantity">,
  quantity: number,
  rate: number | undefined,
  describe: (rate: number) => string,
  why: string
): Charge =>
  rate === undefined
    ? { ...base, Quantity: quantity, Description: why, Unpriced: why }
    : { ...base, Quantity: quantity, Rate: rate, Description: describe(rate) }

const volumeCharges = (w: World, table: Pricing.PriceTable, from: number, to: number): Array<Charge> => {
  const out: Array<Charge> = []
  for (const life of livesOf(segments(w), "volume")) {
    for (const [s, a, b, ms] of spansOf(life, MINIMUM, w.now, from, to)) {
      const type = s.VolumeType!
      const names = ebsNames[type] ?? { suffix: `.${type}`, operation: "CreateVolume", name: type }
      const base = { ResourceId: s.ResourceId, ResourceType: "volume" as const, LineItemType: "Usage" as const, Operation: names.operation, Start: a, End: b }
      const months = ms / MONTH
      out.push(priced(
        { ...base, UsageType: `EBS:VolumeUsage${names.suffix}`, Unit: "GB-Mo" },
        s.Size! * months,
        rateIn(table.EbsStorageGbMonth, type),
        (r) => `${usd(r)} per GB-month of ${names.name} provisioned storage`,
        `the price table has no storage price for ${type} volumes`
      ))
      const iops = type === "gp3" ? Math.max(0, (s.Iops ?? GP3_FREE_IOPS) - GP3_FREE_IOPS) : type === "io1" || type === "io2" ? s.Iops ?? 0 : 0
      if (iops > 0) {
        const tiered = type === "io2" ? Math.min(iops, IO2_TIER) : iops
        const iopsBase = { ...base, UsageType: `EBS:VolumeP-IOPS${names.suffix}`, Unit: "IOPS-Mo" as const }
        out.push(priced(iopsBase, tiered * months, rateIn(table.EbsIopsMonth, type), (r) => `${usd(r)} per IOPS-month provisioned, ${names.name}`, `the price table has no IOPS price for ${type} volumes`))
        if (iops > tiered) {
          const why = "io2 IOPS above 32,000 are priced in tiers ec2kit has not verified"
          out.push({ ...iopsBase, Quantity: (iops - tiered) * months, Description: why, Unpriced: why })
        }
      }
      const throughput = type === "gp3" ? Math.max(0, (s.Throughput ?? GP3_FREE_THROUGHPUT) - GP3_FREE_THROUGHPUT) : 0
      if (throughput > 0) {
        out.push(priced(
          { ...base, UsageType: `EBS:VolumeP-Throughput${names.suffix}`, Unit: "MiBps-Mo" },
          throughput * months,
          rateIn(table.EbsThroughputMiBpsMonth, type),
          (r) => `${usd(r)} per MiBps-month provisioned above 125 MiBps, ${names.name}`,
          `the price table has no throughput price for ${type} volumes`
        ))
      }
    }
  }
  return out
}

const snapshotCharges = (w: World, table: Pricing.PriceTable, from: number, to: number): Array<Charge> =>
  livesOf(segments(w), "snapshot").flatMap((life) =>
    spansOf(life, 0, w.now, from, to).map(([s, a, b, ms]) =>
      priced(
        { ResourceId: s.ResourceId, ResourceType: "snapshot", LineItemType: "Usage", UsageType: "EBS:SnapshotUsage", Operation: "CreateSnapshot", Start: a, End: b, Unit: "GB-Mo" },
        s.Size! * ms / MONTH,
        table.SnapshotGbMonth,
        (r) => `${usd(r)} per GB-month of snapshot data stored`,
        "the price table has no snapshot price"
      )
    )
  )

const addressCharges = (w: World, table: Pricing.PriceTable, from: number, to: number): Array<Charge> =>
  (["address", "public-ip"] as const).flatMap((meter) =>
    livesOf(segments(w), meter).flatMap((life) =>
      spansOf(life, 0, w.now, from, to).map(([s, a, b, ms]) => {
        const inUse = s.InUse === 1
        return priced(
          {
            ResourceId: s.ResourceId,
            ResourceType: "public-ipv4",
            LineItemType: "Usage",
            UsageType: inUse ? "PublicIPv4:InUseAddress" : "PublicIPv4:IdleAddress",
            Operation: meter === "address" ? "AllocateAddressVPC" : "RunInstances",
            Start: a,
            End: b,
            Unit: "Hrs"
          },
          ms / HOUR,
          table.PublicIpv4Hourly,
          (r) => `${usd(r)} per ${inUse ? "In-use" : "Idle"} public IPv4 address per hour`,
          "the price table has no public IPv4 price"
        )
      })
    )
  )

const hostCharges = (w: World, table: Pricing.PriceTable, from: number, to: number): Array<Charge> =>
  livesOf(segments(w), "host").flatMap((life) =>
    spansOf(life, MINIMUM, w.now, from, to).map(([s, a, b, ms]) =>
      priced(
        { ResourceId: s.ResourceId, ResourceType: "dedicated-host", LineItemType: "Usage", UsageType: `HostUsage:${s.InstanceFamily}`, Operation: "AllocateHosts", Start: a, End: b, Unit: "Hrs" },
        ms / HOUR,
        rateIn(table.DedicatedHostHourly, s.InstanceFamily!),
        (r) => `${usd(r)} per On Demand ${s.InstanceFamily} Dedicated Host Hour`,
        `the price table has no Dedicated Host price for the ${s.InstanceFamily} family`
      )
    )
  )

const reservationCharges = (w: World, table: Pricing.PriceTable, from: number, to: number): Array<Charge> =>
  livesOf(segments(w), "reservation").flatMap((life) =>
    spansOf(life, 0, w.now, from, to).flatMap(([s, a, b, ms]) => {
      if (!(s.Count! > 0)) return []
      const linux = s.Platform === "Linux/UNIX" && s.Tenancy === "default"
      const rate = linux ? table.OnDemandHourly[s.InstanceType!] : undefined
      return [priced(
        { ResourceId: s.ResourceId, ResourceType: "capacity-reservation", LineItemType: "Usage", UsageType: `UnusedBox:${s.InstanceType}`, Operation: operationOf(s.Platform), Start: a, End: b, Unit: "Hrs" },
        s.Count! * ms / HOUR,
        rate !== undefined && Object.hasOwn(table.OnDemandHourly, s.InstanceType!) ? rate : undefined,
        (r) => `${usd(r)} per unused ${s.InstanceType} reserved instance-hour (Capacity Reservation, On Demand rate)`,
        linux
          ? `the price table has no on-demand price for ${s.InstanceType}`
          : `the price table has Linux/UNIX shared-tenancy prices only; this reservation is ${s.Platform}, ${s.Tenancy}`
      )]
    })
  )

/** The platform each instance ran (its latest compute segment), for pricing its credits. */
const platforms = (w: World): Map<string, string> => {
  const latest = new Map<string, UsageSegment>()
  for (const s of segments(w)) {
    if (s.Meter !== "compute" || s.Platform === undefined) continue
    const best = latest.get(s.ResourceId)
    if (best === undefined || s.Start >= best.Start) latest.set(s.ResourceId, s)
  }
  return new Map([...latest].map(([id, s]) => [id, s.Platform!]))
}

const creditCharges = (w: World, table: Pricing.PriceTable, from: number, to: number): Array<Charge> => {
  const charges = surplusCharges(w, from, to)
  if (charges.length === 0) return []
  const ran = platforms(w)
  return charges.flatMap((c) => {
    if (!(c.Credits > 0)) return []
    const i = w.get("instances", c.InstanceId)
    const platform = ran.get(c.InstanceId) ?? (i === undefined ? undefined : w.get("images", i.ImageId)?.PlatformDetails)
    const family = c.InstanceType.split(".")[0]!
    return [priced(
      { ResourceId: c.InstanceId, ResourceType: "instance", LineItemType: "Usage", UsageType: `CPUCredits:${family}`, Operation: operationOf(platform), Start: c.Time, End: c.Time, Unit: "vCPU-Hours" },
      c.Credits / 60,
      platform === undefined ? undefined : rateIn(table.SurplusCreditVcpuHourly, platform),
      (r) => `${usd(r)} per vCPU-Hour of ${family} surplus CPU credits (${platform})`,
      `the price table has no surplus-credit price for ${platform ?? "an unknown platform"}`
    )]
  })
}

/** Merges charges into line items: one per resource, line type, usage type, rate, cover and reason (exported for its test). */
export const lineItems = (charges: ReadonlyArray<Charge>): Array<LineItem> => {
  const lines = new Map<string, { -readonly [K in keyof LineItem]: LineItem[K] }>()
  // Summed in one canonical order, not in the order of the world's records: a world replayed from its
  // journal or snapshot lists records in another order, and floating-point sums depend on the order, so
  // the same world billed the same window would differ in the last bits (seen: ec2kit cost --state vs
  // the live serve).
  const canonical = [...charges].sort((a, b) =>
    a.ResourceId < b.ResourceId ? -1 : a.ResourceId > b.ResourceId ? 1 :
    a.UsageType < b.UsageType ? -1 : a.UsageType > b.UsageType ? 1 :
    a.Start - b.Start || a.End - b.End || a.Quantity - b.Quantity || (a.Cost ?? 0) - (b.Cost ?? 0)
  )
  for (const c of canonical) {
    const cost = c.Rate === undefined ? 0 : Math.max(0, c.Cost ?? c.Rate * c.Quantity)
    if (c.Quantity === 0 && cost === 0) continue
    const key = [c.ResourceId, c.LineItemType, c.UsageType, c.Operation, c.Rate ?? "-", c.CoveredBy ?? "", c.Unpriced ?? "", c.Description].join("\u0000")
    const line = lines.get(key)
    if (line === undefined) {
      lines.set(key, {
        ResourceId: c.ResourceId,
        ResourceType: c.ResourceType,
        LineItemType: c.LineItemType,
        UsageType: c.UsageType,
        Operation: c.Operation,
        Description: c.Description,
        UsageStartTime: c.Start,
        UsageEndTime: c.End,
        Quantity: c.Quantity,
        Unit: c.Unit,
        ...(c.Rate !== undefined ? { Rate: c.Rate } : {}),
        Cost: cost,
        ...(c.Unpriced !== undefined ? { Unpriced: c.Unpriced } : {}),
        ...(c.CoveredBy !== undefined ? { CoveredBy: c.CoveredBy } : {})
      })
    } else {
      line.Quantity += c.Quantity
      line.Cost += cost
      line.UsageStartTime = Math.min(line.UsageStartTime, c.Start)
      line.UsageEndTime = Math.max(line.UsageEndTime, c.End)
    }
  }
  const order = (a: LineItem, b: LineItem) =>
    a.ResourceId < b.ResourceId ? -1 : a.ResourceId > b.ResourceId ? 1 :
    a.UsageType < b.UsageType ? -1 : a.UsageType > b.UsageType ? 1 :
    a.UsageStartTime - b.UsageStartTime || (a.Rate ?? -1) - (b.Rate ?? -1)
  return [...lines.values()].sort(order)
}

/** The bill of `[from, to)` (`to` ≤ `w.now`, checked by the caller) priced with `table`. */
export const bill = (w: World, table: Pricing.PriceTable, from: number, to: number): Bill => {
  const charges = [
    ...computeCharges(w, table, from, to),
    ...volumeCharges(w, table, from, to),
    ...snapshotCharges(w, table, from, to),
    ...addressCharges(w, table, from, to),
    ...hostCharges(w, table, from, to),
    ...reservationCharges(w, table, from, to),
    ...creditCharges(w, table, from, to)
  ]
  const items = lineItems(charges)
  const resources = new Map<string, { -readonly [K in keyof ResourceCost]: ResourceCost[K] }>()
  for (const l of items) {
    const r = resources.get(l.ResourceId)
    const unpriced = l.Unpriced !== undefined ? 1 : 0
    if (r === undefined) resources.set(l.ResourceId, { ResourceId: l.ResourceId, ResourceType: l.ResourceType, Cost: l.Cost, UnpricedLineItems: unpriced })
    else {
      r.Cost += l.Cost
      r.UnpricedLineItems += unpriced
    }
  }
  return {
    StartTime: from,
    EndTime: to,
    Region: table.Region,
    Currency: table.Currency,
    PriceTableDate: table.EffectiveDate,
    LineItems: items,
    Resources: [...resources.values()],
    Total: items.reduce((t, l) => t + l.Cost, 0),
    UnpricedLineItems: items.filter((l) => l.Unpriced !== undefined).length
  }
}
