/**
 * The one table of EBS volume limits. Every number carries its source and date: when AWS changes a
 * limit, change the number (and its comment) here and nowhere else.
 *
 * Source keys:
 * - SDK: `@aws-sdk/client-ec2` 3.1169.0 (2026-11-13) `CreateVolumeRequest` / `ModifyVolumeRequest` doc strings
 *   (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html), read 2026-11.
 * - GP: https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html (gp3 increase announced 2025-09:
 *   https://aws.amazon.com/about-aws/whats-new/2025/09/amazon-ebs-size-provisioned-performance-gp3-volumes/), read 2026-11.
 * - PIOPS: https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html ("As of April 30, 2025, all new and
 *   previously created io2 volumes are io2 Block Express volumes"), read 2026-11.
 * - HDD: https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html (UG23 `hdd-vols.md`, 2023), read 2026-11.
 * - PREV: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html, previous generation (UG23), read 2026-11.
 * - MULTI: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes-multi.html, read 2026-11.
 *
 * @internal
 */

/** @internal */
export type VolumeTypeName = "gp2" | "gp3" | "io1" | "io2" | "st1" | "sc1" | "standard"

/** @internal */
export interface Range {
  readonly min: number
  readonly max: number
}

/** @internal */
export interface VolumeTypeLimits {
  /** Size range in GiB. */
  readonly sizeGiB: Range
  /** Provisionable IOPS range (gp3/io1/io2); for other types the range of the IOPS the volume delivers. */
  readonly iops: Range
  /** Whether CreateVolume/ModifyVolume accept `Iops` for this type. */
  readonly iopsParameter: "required" | "optional" | "rejected"
  /** Maximum provisioned IOPS per GiB (gp3/io1/io2), undefined when IOPS are not provisioned. */
  readonly maxIopsPerGiB: number | undefined
  /** IOPS that are always allowed whatever the size (gp3 baseline), undefined otherwise. */
  readonly iopsAlwaysAllowed: number | undefined
  /** Default IOPS when `Iops` is omitted (gp3), undefined otherwise. */
  readonly defaultIops: number | undefined
  /** Provisionable throughput range in MiB/s (gp3); for other types the range the volume delivers. */
  readonly throughputMiBps: Range
  /** Whether CreateVolume/ModifyVolume accept `Throughput` for this type. */
  readonly throughputParameter: boolean
  /** Maximum provisioned throughput per provisioned IOPS in MiB/s (gp3), undefined otherwise. */
  readonly maxThroughputPerIops: number | undefined
  /** Default throughput when `Throughput` is omitted (gp3), undefined otherwise. */
  readonly defaultThroughputMiBps: number | undefined
  /** Whether Multi-Attach may be enabled. */
  readonly multiAttach: boolean
  /** Whether the type can be a boot (root) volume. */
  readonly bootable: boolean
}

/** @internal */
export const LIMITS: Readonly<Record<VolumeTypeName, VolumeTypeLimits>> = {
  gp2: {
    sizeGiB: { min: 1, max: 16_384 }, // 1 GiB–16 TiB — SDK CreateVolumeRequest.Size (2026-11)
    iops: { min: 100, max: 16_000 }, // baseline 3/GiB, min 100, max 16,000 — GP (unchanged since 2018-11, read 2026-11)
    iopsParameter: "rejected", // "Omit for all other volume types" — SDK CreateVolumeRequest.Iops (2026-11)
    maxIopsPerGiB: undefined,
    iopsAlwaysAllowed: undefined,
    defaultIops: undefined,
    throughputMiBps: { min: 128, max: 250 }, // 128–250 MiB/s by size — GP (UG23 general-purpose.md, read 2026-11)
    throughputParameter: false, // "Supported for gp3 volumes only" — SDK CreateVolumeRequest.Throughput (2026-11)
    maxThroughputPerIops: undefined,
    defaultThroughputMiBps: undefined,
    multiAttach: false, // io1/io2 only — MULTI (read 2026-11)
    bootable: true
  },
  gp3: {
    sizeGiB: { min: 1, max: 65_536 }, // 1 GiB–64 TiB since 2025-09 — SDK (2026-11), GP
    iops: { min: 3_000, max: 80_000 }, // 3,000–80,000 since 2025-09 — SDK CreateVolumeRequest.Iops (2026-11), GP
    iopsParameter: "optional", // "Optional for gp3 volumes" — SDK CreateVolumeRequest.Iops (2026-11)
    maxIopsPerGiB: 500, // 500 IOPS/GiB — GP (read 2026-11); AWS text "maximum is 500" (rocicorp/mono#4410, 2025-05)
    iopsAlwaysAllowed: 3_000, // 3,000 IOPS included at any size — GP (read 2026-11)
    defaultIops: 3_000, // default 3,000 — SDK CreateVolumeRequest.Iops (2026-11)
    throughputMiBps: { min: 125, max: 2_000 }, // 125–2,000 MiB/s since 2025-09 — SDK CreateVolumeRequest.Throughput (2026-11)
    throughputParameter: true,
    maxThroughputPerIops: 0.25, // 0.25 MiB/s per IOPS — GP; AWS text "maximum is 0.250000 MiBps per iops" (runs-on/runs-on#260, 2025-03)
    defaultThroughputMiBps: 125, // default 125 MiB/s — SDK CreateVolumeRequest.Throughput (2026-11)
    multiAttach: false,
    bootable: true
  },
  io1: {
    sizeGiB: { min: 4, max: 16_384 }, // 4 GiB–16 TiB — SDK CreateVolumeRequest.Size (2026-11)
    iops: { min: 100, max: 64_000 }, // 100–64,000 — SDK CreateVolumeRequest.Iops (2026-11)
    iopsParameter: "required", // "Required for io1 and io2 volumes" — SDK CreateVolumeRequest.Iops (2026-11)
    maxIopsPerGiB: 50, // 50 IOPS/GiB — PIOPS (read 2026-11); AWS text "maximum is 50" (ministryofjustice/cloud-platform-terraform-monitoring#110, 2021-11)
    iopsAlwaysAllowed: undefined,
    defaultIops: undefined,
    throughputMiBps: { min: 0, max: 1_000 }, // up to 1,000 MiB/s — PIOPS (read 2026-11)
    throughputParameter: false,
    maxThroughputPerIops: undefined,
    defaultThroughputMiBps: undefined,
    multiAttach: true, // MULTI (read 2026-11)
    bootable: true
  },
  io2: {
    sizeGiB: { min: 4, max: 65_536 }, // 4 GiB–64 TiB (Block Express since 2025-04-30) — SDK (2026-11), PIOPS
    iops: { min: 100, max: 256_000 }, // 100–256,000 (Block Express since 2025-04-30) — SDK (2026-11), PIOPS
    iopsParameter: "required", // SDK CreateVolumeRequest.Iops (2026-11)
    maxIopsPerGiB: 1_000, // 1,000 IOPS/GiB (Block Express) — PIOPS (read 2026-11)
    iopsAlwaysAllowed: undefined,
    defaultIops: undefined,
    throughputMiBps: { min: 0, max: 4_000 }, // up to 4,000 MiB/s (Block Express) — PIOPS (read 2026-11)
    throughputParameter: false,
    maxThroughputPerIops: undefined,
    defaultThroughputMiBps: undefined,
    multiAttach: true, // MULTI (read 2026-11)
    bootable: true
  },
  st1: {
    sizeGiB: { min: 125, max: 16_384 }, // 125 GiB–16 TiB — SDK CreateVolumeRequest.Size (2026-11)
    iops: { min: 0, max: 500 }, // max 500 IOPS (1 MiB I/O) — HDD (UG23, read 2026-11)
    iopsParameter: "rejected",
    maxIopsPerGiB: undefined,
    iopsAlwaysAllowed: undefined,
    defaultIops: undefined,
    throughputMiBps: { min: 0, max: 500 }, // max 500 MiB/s — HDD (UG23, read 2026-11)
    throughputParameter: false,
    maxThroughputPerIops: undefined,
    defaultThroughputMiBps: undefined,
    multiAttach: false,
    bootable: false // "can't be used as boot volumes" — SDK CreateVolumeRequest.VolumeType (2026-11)
  },
  sc1: {
    sizeGiB: { min: 125, max: 16_384 }, // 125 GiB–16 TiB — SDK CreateVolumeRequest.Size (2026-11)
    iops: { min: 0, max: 250 }, // max 250 IOPS (1 MiB I/O) — HDD (UG23, read 2026-11)
    iopsParameter: "rejected",
    maxIopsPerGiB: undefined,
    iopsAlwaysAllowed: undefined,
    defaultIops: undefined,
    throughputMiBps: { min: 0, max: 250 }, // max 250 MiB/s — HDD (UG23, read 2026-11)
    throughputParameter: false,
    maxThroughputPerIops: undefined,
    defaultThroughputMiBps: undefined,
    multiAttach: false,
    bootable: false // SDK CreateVolumeRequest.VolumeType (2026-11)
  },
  standard: {
    sizeGiB: { min: 1, max: 1_024 }, // 1 GiB–1 TiB — SDK CreateVolumeRequest.Size (2026-11); AWS text "maximum is 1024GiB" (fog/fog-aws#186, 2015-09)
    iops: { min: 40, max: 200 }, // 40–200 IOPS, ~100 average — PREV (UG23, read 2026-11)
    iopsParameter: "rejected",
    maxIopsPerGiB: undefined,
    iopsAlwaysAllowed: undefined,
    defaultIops: undefined,
    throughputMiBps: { min: 40, max: 90 }, // 40–90 MiB/s — PREV (UG23, read 2026-11)
    throughputParameter: false,
    maxThroughputPerIops: undefined,
    defaultThroughputMiBps: undefined,
    multiAttach: false,
    bootable: true
  }
}

/** Default `VolumeType` of CreateVolume: gp2 — SDK CreateVolumeRequest.VolumeType (2026-11). @internal */
export const DEFAULT_VOLUME_TYPE: VolumeTypeName = "gp2"

/** gp2 baseline: 3 IOPS per GiB — GP (UG23 general-purpose.md, read 2026-11). @internal */
export const GP2_IOPS_PER_GIB = 3
/** gp2 burst: up to 3,000 IOPS while baseline < 3,000 — GP (read 2026-11). @internal */
export const GP2_BURST_IOPS = 3_000
/** gp2 I/O credit bucket: 5.4 million credits, initial balance full — GP (read 2026-11). @internal */
export const GP2_BUCKET_CREDITS = 5_400_000
/** gp2 throughput: ≤ 170 GiB max 128 MiB/s — GP (UG23, read 2026-11). @internal */
export const GP2_SMALL_MAX_GIB = 170
/** gp2 throughput: ≥ 334 GiB 250 MiB/s regardless of credits — GP (UG23, read 2026-11). @internal */
export const GP2_LARGE_MIN_GIB = 334
/** gp2 throughput figures in MiB/s — GP (UG23, read 2026-11). @internal */
export const GP2_THROUGHPUT_LOW = 128
/** @internal */
export const GP2_THROUGHPUT_HIGH = 250

/** st1/sc1 throughput per TiB and caps in MiB/s — HDD (UG23 hdd-vols.md, read 2026-11). @internal */
export const HDD_RATES = {
  st1: { baselinePerTiB: 40, burstPerTiB: 250, baselineCap: 500, burstCap: 500 },
  sc1: { baselinePerTiB: 12, burstPerTiB: 80, baselineCap: 250, burstCap: 250 }
} as const

/**
 * io1 throughput — PIOPS (UG23 provisioned-iops.md, read 2026-11): up to 32,000 IOPS, 256 KiB per IOPS capped at
 * 500 MiB/s; above 32,000 IOPS, 16 KiB per IOPS (64,000 IOPS → 1,000 MiB/s). @internal
 */
export const IO1_THROUGHPUT = { lowIopsLimit: 32_000, lowMiBpsPerIops: 0.25, lowCap: 500, highMiBpsPerIops: 16 / 1024, highCap: 1_000 } as const

/**
 * io2 Block Express throughput — PIOPS (read 2026-11): 0.256 MiB/s per provisioned IOPS up to 4,000 MiB/s
 * (reached at 15,625 IOPS; ec2-facts §3.5 "0.256 MiB/s per IOPS").
 * @internal
 */
export const IO2_THROUGHPUT = { miBpsPerIops: 0.256, cap: 4_000 } as const

/** standard (magnetic) figures — PREV (UG23, read 2026-11): ~100 IOPS average, 40–90 MiB/s. @internal */
export const STANDARD_FIGURES = { iops: 100, throughputMiBps: 90 } as const

/** Multi-Attach: up to 16 Nitro instances in the same AZ — SDK CreateVolumeRequest.MultiAttachEnabled (2026-11). @internal */
export const MULTI_ATTACH_MAX_INSTANCES = 16

/**
 * Elastic Volumes: up to 4 modifications per volume in a rolling 24 h, since 2026-01-15 —
 * https://aws.amazon.com/about-aws/whats-new/2026/01/amazon-ebs-up-to-four-volume-modifications/ (2026-01), SDK
 * ModifyVolumeCommand (2026-11). @internal
 */
export const MODIFICATIONS_PER_WINDOW = 4
/** @internal */
export const MODIFICATION_WINDOW_MS = 24 * 60 * 60 * 1000

/** gp3 ModifyVolume defaults when converting from another type — SDK ModifyVolumeRequest (2026-11). @internal */
export const MODIFY_DEFAULT_IOPS = 3_000
/** @internal */
export const MODIFY_DEFAULT_THROUGHPUT = 125
