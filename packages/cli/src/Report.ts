/**
 * What the `ec2kit` commands print, computed from core's rules. Each report is a plain object
 * (printed as JSON with `--json`) and a text rendering of it.
 *
 * @since 0.1.0
 */
import { Option, Result } from "effect"
import { Ebs, Ec2Error, InstanceType, InstanceTypeCatalogue } from "@ec2kit/core"

/**
 * An instance-type name taken apart, with its catalogue entry.
 *
 * @since 0.1.0
 * @category models
 */
export interface InstanceTypeReport {
  readonly name: string
  /** Everything before the dot (`c6i`, `u7i-12tb`, `c7i-flex`). */
  readonly family: string
  readonly series: string
  readonly generation: number | null
  /** Option letters in the order AWS writes them. */
  readonly options: ReadonlyArray<string>
  /** Text after the hyphen, or null. */
  readonly suffix: string | null
  readonly size: string
  readonly processor: "amd" | "intel" | "graviton" | "apple" | null
  readonly instanceStore: boolean
  readonly flex: boolean
  readonly metal: boolean
  readonly burstable: boolean
  /** The catalogue entry, or null for a well-formed name no data set knows yet. */
  readonly specs: InstanceTypeCatalogue.InstanceTypeInfo | null
}

// The catalogue names CPU makers as Karpenter does; AWS's own processors are Graviton.
const processorFromCatalogue: Record<string, InstanceTypeReport["processor"]> = {
  intel: "intel",
  amd: "amd",
  aws: "graviton",
  apple: "apple"
}

/**
 * Parses an instance-type name and looks it up in the catalogue.
 *
 * @since 0.1.0
 * @category reports
 */
export const instanceType = (name: string): Result.Result<InstanceTypeReport, Ec2Error.Ec2Error> =>
  Result.map(InstanceType.parse(name), (parsed) => {
    const specs = Option.getOrNull(InstanceTypeCatalogue.lookup(name))
    const processor = InstanceType.processorOf(parsed) ??
      (specs?.cpuManufacturer === undefined ? undefined : processorFromCatalogue[specs.cpuManufacturer]) ??
      null
    return {
      name,
      family: parsed.family,
      series: parsed.series,
      generation: parsed.generation ?? null,
      options: InstanceType.optionLetters(parsed),
      suffix: parsed.suffix ?? null,
      size: InstanceType.formatSize(parsed.size),
      processor,
      instanceStore: InstanceTypeCatalogue.hasInstanceStore(name),
      flex: InstanceType.isFlex(parsed),
      metal: InstanceType.isMetal(parsed),
      burstable: specs?.burstablePerformanceSupported ?? InstanceType.isBurstable(parsed),
      specs
    }
  })

/**
 * The text rendering of an instance-type report.
 *
 * @since 0.1.0
 * @category rendering
 */
export const instanceTypeText = (r: InstanceTypeReport): string => {
  const s = r.specs
  const gpus = s?.gpus === undefined ? undefined : `${s.gpus.count} × ${s.gpus.name} (${s.gpus.manufacturer}, ${s.gpus.memoryMiB} MiB each)`
  const burst = s?.burstable === undefined
    ? undefined
    : `${s.burstable.cpuCreditsEarnedPerHour} credits/h, ${s.burstable.maximumEarnedCreditsAccrued} max, ${s.burstable.baselineUtilizationPerVcpuPercent} % baseline per vCPU`
  return rows([
    ["name", r.name],
    ["family", r.family],
    ["series", r.series],
    ["generation", r.generation ?? "none"],
    ["options", r.options.length === 0 ? "none" : r.options.join(" ")],
    ["suffix", r.suffix],
    ["size", r.size],
    ["processor", r.processor ?? "unknown"],
    ["instance store", r.instanceStore ? "yes" : "no"],
    ["flex", r.flex ? "yes" : null],
    ["bare metal", r.metal ? "yes" : null],
    ["burstable", r.burstable ? "yes" : null],
    ["catalogue", s === null ? "not in the catalogue (a well-formed name no data set knows yet)" : `sources: ${s.sources.join(", ")}`],
    ["vCPUs", s?.vCpus],
    ["memory", s?.memoryMiB === undefined ? undefined : `${s.memoryMiB} MiB`],
    ["architectures", s?.architectures?.join(", ")],
    ["hypervisor", s === null ? undefined : s.hypervisor ?? (s.bareMetal ? "none (bare metal)" : undefined)],
    ["max ENIs", s?.maximumNetworkInterfaces],
    ["IPv4 per ENI", s?.ipv4AddressesPerInterface],
    ["IPv6 per ENI", s?.ipv6AddressesPerInterface],
    ["network baseline", s?.networkBaselineBandwidthInMbps === undefined ? undefined : `${s.networkBaselineBandwidthInMbps} Mbps`],
    ["EBS max bandwidth", s?.ebs?.maximumBandwidthInMbps === undefined ? undefined : `${s.ebs.maximumBandwidthInMbps} Mbps`],
    ["EBS max IOPS", s?.ebs?.maximumIops],
    ["instance storage", s?.instanceStorageTotalSizeInGB === undefined ? undefined : `${s.instanceStorageTotalSizeInGB} GB`],
    ["burst credits", burst],
    ["GPUs", gpus]
  ])
}

/**
 * The flags of `ec2kit volume`, as typed on the command line.
 *
 * @since 0.1.0
 * @category models
 */
export interface VolumeFlags {
  readonly type: string | undefined
  readonly size: string | undefined
  readonly iops: string | undefined
  readonly throughput: string | undefined
  readonly multiAttach: boolean
}

/**
 * The effective configuration and performance of a volume that CreateVolume would accept.
 *
 * @since 0.1.0
 * @category models
 */
export interface VolumeReport {
  readonly type: Ebs.VolumeType
  /** GiB. */
  readonly size: number
  /** Provisioned IOPS (gp3, io1, io2) or the baseline the volume delivers (gp2, st1, sc1, standard). */
  readonly iops: number
  /** Whether `iops` was provisioned or is the type's baseline for this size. */
  readonly iopsKind: "provisioned" | "baseline"
  /** MiB/s. */
  readonly throughput: number
  /** The IOPS the volume bursts to while it has credits, or null when it does not burst. */
  readonly burstIops: number | null
  /** The throughput (MiB/s) while bursting, or null when it does not burst. */
  readonly burstThroughput: number | null
  /** Seconds a full gp2 credit bucket sustains the burst, or null. */
  readonly burstDurationSeconds: number | null
  readonly multiAttach: boolean
  /** Whether the volume type can be a boot volume. */
  readonly bootable: boolean
}

// A number flag must be a plain decimal integer; AWS's query API rejects anything else.
const integerFlag = (
  text: string | undefined,
  parameter: string
): Result.Result<number | undefined, Ec2Error.Ec2Error> =>
  text === undefined
    ? Result.succeed(undefined)
    : /^(0|[1-9][0-9]{0,15})$/.test(text)
    ? Result.succeed(Number(text))
    : Result.fail(Ec2Error.invalidValue(text, parameter))

/**
 * Validates a volume as CreateVolume would and reports its effective performance.
 *
 * @since 0.1.0
 * @category reports
 */
export const volume = (flags: VolumeFlags): Result.Result<VolumeReport, Ec2Error.Ec2Error> =>
  Result.gen(function*() {
    const Size = yield* integerFlag(flags.size, "Size")
    const Iops = yield* integerFlag(flags.iops, "Iops")
    const Throughput = yield* integerFlag(flags.throughput, "Throughput")
    const spec = yield* Ebs.validateCreateVolume({
      VolumeType: flags.type,
      Size,
      Iops,
      Throughput,
      MultiAttachEnabled: flags.multiAttach
    })
    const provisioned = Ebs.limits[spec.VolumeType].iopsParameter !== "rejected"
    return {
      type: spec.VolumeType,
      size: spec.Size,
      iops: spec.Iops,
      iopsKind: provisioned ? "provisioned" : "baseline",
      throughput: spec.Throughput,
      burstIops: spec.BurstIops ?? null,
      burstThroughput: spec.BurstThroughput ?? null,
      burstDurationSeconds: spec.VolumeType === "gp2" ? Ebs.gp2BurstDurationSeconds(spec.Size) ?? null : null,
      multiAttach: spec.MultiAttachEnabled,
      bootable: Result.isSuccess(Ebs.checkBootVolume({ VolumeType: spec.VolumeType, MultiAttachEnabled: spec.MultiAttachEnabled }))
    }
  })

const rows = (pairs: ReadonlyArray<readonly [string, string | number | null | undefined]>): string => {
  const shown = pairs.filter(([, v]) => v !== null && v !== undefined)
  const width = Math.max(...shown.map(([k]) => k.length))
  return shown.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")
}

/**
 * The text rendering of a volume report.
 *
 * @since 0.1.0
 * @category rendering
 */
export const volumeText = (r: VolumeReport): string =>
  rows([
    ["type", r.type],
    ["size", `${r.size} GiB`],
    ["iops", `${r.iops} (${r.iopsKind})`],
    ["throughput", `${r.throughput} MiB/s`],
    ["burst iops", r.burstIops],
    ["burst throughput", r.burstThroughput === null ? null : `${r.burstThroughput} MiB/s`],
    ["burst duration", r.burstDurationSeconds === null ? null : `${Math.round(r.burstDurationSeconds)} s from a full bucket`],
    ["multi-attach", r.multiAttach ? "enabled" : "disabled"],
    ["boot volume", r.bootable ? "eligible" : "not eligible"]
  ])
