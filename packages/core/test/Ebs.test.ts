import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Ebs from "../src/Ebs.js"

const RUNS = { numRuns: 1000 }
const H24 = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0)

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${String((r.failure as { message?: string }).message)}`)
  return r.success
}
const err = <A>(r: Result.Result<A, { readonly code: string; readonly reason: { readonly message: string } }>) => {
  if (Result.isSuccess(r)) throw new Error("expected failure")
  return [r.failure.code, r.failure.reason.message] as const
}

// Independent oracle for CreateVolume (numbers written out again on purpose, not read from the table).
const oracle = (i: Ebs.CreateVolumeInput): boolean => {
  const t = i.VolumeType ?? "gp2"
  const size = i.Size ?? i.SnapshotSize
  if (size === undefined) return false
  if (i.SnapshotSize !== undefined && size < i.SnapshotSize) return false
  const range = { gp2: [1, 16384], gp3: [1, 65536], io1: [4, 16384], io2: [4, 65536], st1: [125, 16384], sc1: [125, 16384], standard: [1, 1024] }[t as Ebs.VolumeType]
  if (range === undefined) return false
  if (size < range[0]! || size > range[1]!) return false
  if (i.MultiAttachEnabled === true && t !== "io1" && t !== "io2") return false
  if (i.Throughput !== undefined && t !== "gp3") return false
  if (["gp2", "st1", "sc1", "standard"].includes(t)) return i.Iops === undefined
  if (t === "io1") return i.Iops !== undefined && i.Iops >= 100 && i.Iops <= 64000 && i.Iops <= 50 * size
  if (t === "io2") return i.Iops !== undefined && i.Iops >= 100 && i.Iops <= 256000 && i.Iops <= 1000 * size
  const iops = i.Iops ?? 3000
  const tp = i.Throughput ?? 125
  return iops >= 3000 && iops <= 80000 && (iops <= 3000 || iops <= 500 * size) && tp >= 125 && tp <= 2000 && tp <= 0.25 * iops
}

const optional = <A>(a: fc.Arbitrary<A>) => fc.option(a, { nil: undefined, freq: 3 })
const anyInput: fc.Arbitrary<Ebs.CreateVolumeInput> = fc.record({
  VolumeType: fc.option(fc.constantFrom<string>(...Ebs.volumeTypes, "io3"), { nil: undefined, freq: 8 }),
  Size: optional(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 70_000 }))),
  Iops: optional(fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 300_000 }), fc.constant(3000))),
  Throughput: optional(fc.oneof(fc.integer({ min: 100, max: 1_000 }), fc.integer({ min: 0, max: 2_500 }))),
  MultiAttachEnabled: optional(fc.boolean()),
  SnapshotSize: fc.option(fc.integer({ min: 1, max: 2_000 }), { nil: undefined, freq: 4 })
})

// Requests built inside their type's limits, so that about half of all generated inputs are valid
// whatever the seed: the property then checks both sides of the equivalence on every run.
const withinLimits: fc.Arbitrary<Ebs.CreateVolumeInput> = fc.constantFrom(...Ebs.volumeTypes).chain((t) => {
  const lim = Ebs.limits[t]
  return fc.integer({ min: lim.sizeGiB.min, max: lim.sizeGiB.max }).chain((Size): fc.Arbitrary<Ebs.CreateVolumeInput> => {
    if (t === "gp3") {
      const maxIops = Math.max(3000, Math.min(lim.iops.max, (lim.maxIopsPerGiB ?? Infinity) * Size))
      return fc.integer({ min: 3000, max: maxIops }).chain((Iops) =>
        fc.integer({ min: 125, max: Math.min(2000, Math.floor(Iops / 4)) }).map((Throughput) => ({ VolumeType: t, Size, Iops, Throughput }))
      )
    }
    if (t === "io1" || t === "io2") {
      const maxIops = Math.min(lim.iops.max, (lim.maxIopsPerGiB ?? Infinity) * Size)
      return fc.tuple(fc.integer({ min: 100, max: maxIops }), fc.boolean()).map(([Iops, MultiAttachEnabled]) => ({ VolumeType: t, Size, Iops, MultiAttachEnabled }))
    }
    return fc.constant({ VolumeType: t, Size })
  })
})
const createInput: fc.Arbitrary<Ebs.CreateVolumeInput> = fc.oneof(anyInput, withinLimits)

describe("Ebs limits table", () => {
  it("has today's limits", () => {
    expect(Ebs.limits.gp3.iops).toEqual({ min: 3000, max: 80000 })
    expect(Ebs.limits.gp3.throughputMiBps).toEqual({ min: 125, max: 2000 })
    expect(Ebs.limits.gp3.sizeGiB.max).toBe(65536)
    expect(Ebs.limits.io2.iops.max).toBe(256000)
    expect(Ebs.limits.io2.maxIopsPerGiB).toBe(1000)
    expect(Ebs.limits.io2.sizeGiB.max).toBe(65536)
    expect(Ebs.limits.io2.throughputMiBps.max).toBe(4000)
    expect(Ebs.limits.io1.maxIopsPerGiB).toBe(50)
    expect(Ebs.defaultVolumeType).toBe("gp2")
    expect(Ebs.volumeTypes.filter((t) => !Ebs.limits[t].bootable)).toEqual(["st1", "sc1"])
    expect(Ebs.volumeTypes.filter((t) => Ebs.limits[t].multiAttach)).toEqual(["io1", "io2"])
  })
})

describe("Ebs performance", () => {
  it("gp2 documented table values", () => {
    expect([Ebs.gp2BaselineIops(1), Ebs.gp2BaselineIops(33), Ebs.gp2BaselineIops(100)]).toEqual([100, 100, 300])
    expect(Ebs.gp2BurstIops(100)).toBe(3000)
    expect(Ebs.gp2BurstDurationSeconds(100)).toBe(2000)
    expect(Math.floor(Ebs.gp2BurstDurationSeconds(1)!)).toBe(1862)
    expect(Ebs.gp2BurstDurationSeconds(750)).toBe(7200)
    expect([Ebs.gp2BaselineIops(1000), Ebs.gp2BurstIops(1000), Ebs.gp2BurstDurationSeconds(1000)]).toEqual([3000, undefined, undefined])
    expect([Ebs.gp2BaselineIops(5334), Ebs.gp2BaselineIops(16384)]).toEqual([16000, 16000])
  })

  it("gp2 throughput by size", () => {
    expect(Ebs.gp2ThroughputMiBps(170, { bursting: true })).toBe(128)
    expect(Ebs.gp2ThroughputMiBps(200, { bursting: true })).toBe(250)
    expect(Ebs.gp2ThroughputMiBps(200)).toBe(128)
    expect(Ebs.gp2ThroughputMiBps(334)).toBe(250)
  })

  it("gp2 bucket: 100 GiB bursts 2,000 s at 3,000 then falls to baseline", () => {
    const s0 = Ebs.gp2Bucket.initial(100)
    expect(s0).toEqual({ baselineIops: 300, balance: 5_400_000 })
    const a = Ebs.gp2Bucket.advance(s0, { elapsedSeconds: 2000, demandIops: 3000 })
    expect([a.deliveredIops, a.state.balance]).toEqual([3000, 0])
    const b = Ebs.gp2Bucket.advance(a.state, { elapsedSeconds: 10, demandIops: 3000 })
    expect(b.deliveredIops).toBe(300)
    const refill = Ebs.gp2Bucket.advance(b.state, { elapsedSeconds: 18_000, demandIops: 0 })
    expect(refill.state.balance).toBe(5_400_000)
    const big = Ebs.gp2Bucket.advance(Ebs.gp2Bucket.initial(1000), { elapsedSeconds: 60, demandIops: 5000 })
    expect(big.deliveredIops).toBe(3000)
  })

  it("st1/sc1 throughput examples", () => {
    expect(Ebs.hddThroughputMiBps("st1", 1024)).toEqual({ baseline: 40, burst: 250 })
    expect(Ebs.hddThroughputMiBps("st1", 2048)).toEqual({ baseline: 80, burst: 500 })
    expect(Ebs.hddThroughputMiBps("st1", 12_800)).toEqual({ baseline: 500, burst: 500 })
    expect(Ebs.hddThroughputMiBps("st1", 16_384)).toEqual({ baseline: 500, burst: 500 })
    expect(Ebs.hddThroughputMiBps("sc1", 1024)).toEqual({ baseline: 12, burst: 80 })
    expect(Ebs.hddThroughputMiBps("sc1", 3200)).toEqual({ baseline: 37.5, burst: 250 })
    expect(Ebs.hddThroughputMiBps("sc1", 16_384)).toEqual({ baseline: 192, burst: 250 })
  })

  it("io1/io2 throughput from IOPS", () => {
    expect(Ebs.provisionedIopsThroughputMiBps("io1", 2000)).toBe(500)
    expect(Ebs.provisionedIopsThroughputMiBps("io1", 48_000)).toBe(750)
    expect(Ebs.provisionedIopsThroughputMiBps("io1", 64_000)).toBe(1000)
    expect(Ebs.provisionedIopsThroughputMiBps("io2", 16_000)).toBe(4000)
    expect(Ebs.provisionedIopsThroughputMiBps("io2", 256_000)).toBe(4000)
  })

  it("property: gp2 baseline always within [100, 16000]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (size) => {
        const b = Ebs.gp2BaselineIops(size)
        expect(b).toBeGreaterThanOrEqual(100)
        expect(b).toBeLessThanOrEqual(16_000)
      }),
      RUNS
    )
  })

  it("property: gp2 bucket balance stays in [0, 5.4M], delivered IOPS bounded", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16_384 }),
        fc.array(
          fc.record({
            elapsedSeconds: fc.oneof(fc.double({ min: 0, max: 100_000, noNaN: true }), fc.integer({ min: 0, max: 5000 })),
            demandIops: fc.oneof(fc.double({ min: 0, max: 50_000, noNaN: true }), fc.integer({ min: 0, max: 4000 }))
          }),
          { maxLength: 30 }
        ),
        (size, steps) => {
          let state = Ebs.gp2Bucket.initial(size)
          for (const step of steps) {
            const r = Ebs.gp2Bucket.advance(state, step)
            expect(r.state.balance).toBeGreaterThanOrEqual(0)
            expect(r.state.balance).toBeLessThanOrEqual(5_400_000)
            expect(r.deliveredIops).toBeLessThanOrEqual(Math.max(state.baselineIops, 3000) + 1e-9)
            expect(r.deliveredIops).toBeGreaterThanOrEqual(Math.min(step.demandIops, state.baselineIops) - 1e-9)
            state = r.state
          }
        }
      ),
      RUNS
    )
  })
})

describe("Ebs.validateCreateVolume", () => {
  it("documented examples", () => {
    expect(ok(Ebs.validateCreateVolume({ Size: 100 }))).toEqual({
      VolumeType: "gp2",
      Size: 100,
      Iops: 300,
      Throughput: 128,
      BurstIops: 3000,
      BurstThroughput: undefined,
      MultiAttachEnabled: false
    })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "gp2", Size: 200 }))).toMatchObject({ Throughput: 128, BurstThroughput: 250 })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "gp2", Size: 1000 }))).toMatchObject({ Iops: 3000, BurstIops: undefined })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "gp2", Size: 5334 }))).toMatchObject({ Iops: 16000, Throughput: 250 })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "gp3", Size: 1 }))).toMatchObject({ Iops: 3000, Throughput: 125, BurstIops: undefined })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "gp3", Size: 200, Iops: 12000, Throughput: 500 }))).toMatchObject({
      Iops: 12000,
      Throughput: 500
    })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "gp3", Size: 160, Iops: 80000, Throughput: 2000 }))).toMatchObject({
      Iops: 80000,
      Throughput: 2000
    })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "io2", Size: 256, Iops: 256000 }))).toMatchObject({
      Iops: 256000,
      Throughput: 4000
    })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "io1", Size: 4, Iops: 200, MultiAttachEnabled: true }))).toMatchObject({
      MultiAttachEnabled: true,
      Throughput: 50
    })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "st1", Size: 1024 }))).toMatchObject({
      Iops: 40,
      Throughput: 40,
      BurstIops: 250,
      BurstThroughput: 250
    })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "sc1", Size: 16384 }))).toMatchObject({ Throughput: 192, BurstThroughput: 250 })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "standard", Size: 10 }))).toMatchObject({ Iops: 100, Throughput: 90 })
    expect(ok(Ebs.validateCreateVolume({ VolumeType: "gp3", SnapshotSize: 30 })).Size).toBe(30)
  })

  it("every error path with AWS's code and message", () => {
    const cases: Array<[Ebs.CreateVolumeInput, string, string]> = [
      [{ VolumeType: "io3", Size: 10 }, "UnknownVolumeType", "Unsupported volume type 'io3' for volume creation."],
      [{ Size: -1 }, "InvalidParameterValue", "Value (-1) for parameter size is invalid. Value must be a positive integer."],
      [{ VolumeType: "io2", Size: 10 }, "InvalidParameterCombination", "The parameter iops must be specified for io2 volumes."],
      [{ VolumeType: "gp2", Size: 10, Iops: 300 }, "InvalidParameterCombination", "The parameter iops is not supported for gp2 volumes."],
      [{ VolumeType: "st1", Size: 500, Iops: 300 }, "InvalidParameterCombination", "The parameter iops is not supported for st1 volumes."],
      [{ VolumeType: "io1", Size: 10, Iops: 100, Throughput: 200 }, "InvalidParameterCombination", "throughput can only be specified for volumeType gp3."],
      [
        { VolumeType: "gp3", Size: 10, MultiAttachEnabled: true },
        "InvalidParameterCombination",
        "The parameter multi-attach-enabled is not supported for gp3 volumes."
      ],
      [{ VolumeType: "gp3" }, "MissingParameter", "The request must contain the parameter size/snapshot"],
      [
        { VolumeType: "gp3", Size: 15, SnapshotId: "snap-09e0f802c68b958b7", SnapshotSize: 30 },
        "InvalidParameterValue",
        "Volume of size 15GB is smaller than  snapshot 'snap-09e0f802c68b958b7', expect size >= 30GB"
      ],
      [
        { VolumeType: "io1", Size: 1, Iops: 100 },
        "InvalidParameterValue",
        "The volume size is invalid for io1 volumes: 1 GiB. io1 volumes must be at least 4 GiB in size. Please specify a volume size above the minimum limit"
      ],
      [
        { VolumeType: "st1", Size: 124 },
        "InvalidParameterValue",
        "The volume size is invalid for st1 volumes: 124 GiB. st1 volumes must be at least 125 GiB in size. Please specify a volume size above the minimum limit"
      ],
      [{ VolumeType: "standard", Size: 2000 }, "InvalidParameterValue", "Volume of 2000GiB is too large for volume type standard; maximum is 1024GiB"],
      [{ VolumeType: "gp3", Size: 65537 }, "InvalidParameterValue", "Volume of 65537GiB is too large for volume type gp3; maximum is 65536GiB"],
      [{ VolumeType: "io1", Size: 10, Iops: 50 }, "InvalidParameterValue", "Volume iops of 50 is too low; minimum is 100."],
      [{ VolumeType: "gp3", Size: 10, Iops: 2000 }, "InvalidParameterValue", "Volume iops of 2000 is too low; minimum is 3000."],
      [{ VolumeType: "gp3", Size: 1000, Iops: 200000 }, "InvalidParameterValue", "Volume iops of 200000 is too high; maximum is 80000"],
      [{ VolumeType: "io1", Size: 2000, Iops: 70000 }, "InvalidParameterValue", "Volume iops of 70000 is too high; maximum is 64000"],
      [
        { VolumeType: "io2", Size: 1000, Iops: 300000 },
        "InvalidParameterCombination",
        "io2 volumes configured with greater than 64 TiB or 256K IOPS or 1000:1 IOPS:GB ratio are not supported"
      ],
      [
        { VolumeType: "io2", Size: 10, Iops: 10001 },
        "InvalidParameterCombination",
        "io2 volumes configured with greater than 64 TiB or 256K IOPS or 1000:1 IOPS:GB ratio are not supported"
      ],
      [{ VolumeType: "gp3", Size: 10, Iops: 6000 }, "InvalidParameterValue", "Iops to volume size ratio of 600.000000 is too high; maximum is 500"],
      [{ VolumeType: "gp3", Size: 20, Iops: 15000 }, "InvalidParameterValue", "Iops to volume size ratio of 750.000000 is too high; maximum is 500"],
      [{ VolumeType: "io1", Size: 75, Iops: 20000 }, "InvalidParameterValue", "Iops to volume size ratio of 266.666667 is too high; maximum is 50"],
      [{ VolumeType: "gp3", Size: 100, Throughput: 100 }, "InvalidParameterValue", "Volume throughput of 100 is too low; minimum is 125."],
      [{ VolumeType: "gp3", Size: 100, Iops: 10000, Throughput: 2100 }, "InvalidParameterValue", "Volume throughput of 2100 is too high; maximum is 2000."],
      [
        { VolumeType: "gp3", Size: 100, Iops: 3000, Throughput: 1000 },
        "InvalidParameterValue",
        "Throughput (MiBps) to iops ratio of 0.333333 is too high; maximum is 0.250000 MiBps per iops"
      ]
    ]
    for (const [input, code, message] of cases) expect(err(Ebs.validateCreateVolume(input))).toEqual([code, message])
  })

  it("property: a request validates iff it is within its type's limits, and the spec is within them", () => {
    let accepted = 0
    fc.assert(
      fc.property(createInput, (input) => {
        const r = Ebs.validateCreateVolume(input)
        expect(Result.isSuccess(r)).toBe(oracle(input))
        if (Result.isSuccess(r)) {
          accepted++
          const s = r.success
          const lim = Ebs.limits[s.VolumeType]
          expect(s.Size).toBeGreaterThanOrEqual(lim.sizeGiB.min)
          expect(s.Size).toBeLessThanOrEqual(lim.sizeGiB.max)
          expect(s.Iops).toBeLessThanOrEqual(lim.iops.max)
          expect(s.Throughput).toBeLessThanOrEqual(lim.throughputMiBps.max)
          if (lim.maxIopsPerGiB !== undefined && s.Iops > (lim.iopsAlwaysAllowed ?? 0)) {
            expect(s.Iops).toBeLessThanOrEqual(lim.maxIopsPerGiB * s.Size)
          }
          if (lim.maxThroughputPerIops !== undefined) expect(s.Throughput).toBeLessThanOrEqual(lim.maxThroughputPerIops * s.Iops)
          if (s.MultiAttachEnabled) expect(lim.multiAttach).toBe(true)
        }
      }),
      { numRuns: 5000 }
    )
    // both sides of the equivalence are exercised (not a vacuous property)
    expect(accepted).toBeGreaterThan(1000)
    expect(accepted).toBeLessThan(4000)
  })
})

describe("Ebs Multi-Attach and boot volumes", () => {
  const base: Ebs.AttachmentCheck = {
    VolumeId: "vol-0abc",
    InstanceId: "i-0def",
    VolumeAvailabilityZone: "us-east-1a",
    InstanceAvailabilityZone: "us-east-1a",
    MultiAttachEnabled: true,
    AttachedInstanceCount: 15,
    Hypervisor: "nitro"
  }
  it("allows the 16th Nitro attachment in the same AZ", () => {
    expect(Result.isSuccess(Ebs.checkAttachment(base))).toBe(true)
  })
  it("error paths", () => {
    expect(err(Ebs.checkAttachment({ ...base, InstanceAvailabilityZone: "us-east-1b" }))).toEqual([
      "InvalidVolume.ZoneMismatch",
      "The volume 'vol-0abc' is not in the same availability zone as instance 'i-0def'"
    ])
    expect(err(Ebs.checkAttachment({ ...base, AttachedInstanceCount: 16 }))).toEqual([
      "AttachmentLimitExceeded",
      "The volume 'vol-0abc' is already attached to the maximum of 16 instances."
    ])
    expect(err(Ebs.checkAttachment({ ...base, Hypervisor: "xen" }))).toEqual([
      "UnsupportedOperation",
      "Multi-Attach enabled volume 'vol-0abc' can only be attached to instances built on the Nitro System."
    ])
    expect(err(Ebs.checkAttachment({ ...base, MultiAttachEnabled: false, AttachedInstanceCount: 1 }))).toEqual([
      "VolumeInUse",
      "vol-0abc is already attached to an instance"
    ])
    expect(Result.isSuccess(Ebs.checkAttachment({ ...base, MultiAttachEnabled: false, AttachedInstanceCount: 0 }))).toBe(true)
  })
  it("property: never more than 16 attachments, never across AZs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.boolean(), fc.constantFrom("us-east-1a", "us-east-1b"), (n, multi, az) => {
        const r = Ebs.checkAttachment({ ...base, AttachedInstanceCount: n, MultiAttachEnabled: multi, InstanceAvailabilityZone: az })
        if (Result.isSuccess(r)) {
          expect(az).toBe("us-east-1a")
          expect(n).toBeLessThan(multi ? 16 : 1)
        }
      }),
      RUNS
    )
  })
  it("boot volume eligibility", () => {
    for (const t of ["st1", "sc1"] as const) {
      expect(err(Ebs.checkBootVolume({ VolumeType: t }))).toEqual([
        "InvalidBlockDeviceMapping",
        "Throughput Optimized HDD (st1) and Cold HDD (sc1) volumes can't be used as boot volumes."
      ])
    }
    expect(err(Ebs.checkBootVolume({ VolumeType: "io2", MultiAttachEnabled: true }))).toEqual([
      "InvalidBlockDeviceMapping",
      "Multi-Attach enabled volumes can't be created as boot volumes."
    ])
    expect(Result.isSuccess(Ebs.checkBootVolume({ VolumeType: "gp3" }))).toBe(true)
    // RunInstances' own answer to an HDD root
    expect(err(Ebs.checkBootVolume({ VolumeType: "sc1" }, "RunInstances"))).toEqual([
      "InvalidParameterCombination",
      "The parameter iops is not supported for sc1 volumes."
    ])
    expect(Result.isSuccess(Ebs.checkBootVolume({ VolumeType: "gp3" }, "RunInstances"))).toBe(true)
  })
})

describe("Ebs block-device mappings (RunInstances, RegisterImage)", () => {
  it("a new EBS mapping needs a size or a snapshot; AWS names every such device", () => {
    const mappings = [
      { DeviceName: "/dev/xvda", Ebs: { VolumeSize: 8 } },
      { DeviceName: "/dev/sdb", Ebs: {} },
      { DeviceName: "/dev/sdc", Ebs: { SnapshotId: "snap-0123456789abcdef0" } },
      { DeviceName: "/dev/sdd", Ebs: {} },
      { DeviceName: "/dev/sde", NoDevice: "" }
    ]
    expect(err(Ebs.checkSizeOrSnapshot(mappings))).toEqual([
      "InvalidBlockDeviceMapping",
      "Either snapshot ID or volume size must be provided for: /dev/sdb, /dev/sdd"
    ])
    // a device the image already maps keeps its size
    expect(err(Ebs.checkSizeOrSnapshot(mappings, (d) => d === "/dev/sdb"))).toEqual([
      "InvalidBlockDeviceMapping",
      "Either snapshot ID or volume size must be provided for: /dev/sdd"
    ])
    expect(Result.isSuccess(Ebs.checkSizeOrSnapshot(mappings.slice(0, 1)))).toBe(true)
  })

  it("Throughput only on gp3, with RunInstances' text naming the device", () => {
    for (const t of Ebs.volumeTypes.filter((t) => t !== "gp3")) {
      expect(err(Ebs.checkMappingThroughput("/dev/sdf", t, 300))).toEqual([
        "InvalidBlockDeviceMapping",
        "throughput cannot be specified with the volumeType of device '/dev/sdf'"
      ])
      expect(Result.isSuccess(Ebs.checkMappingThroughput("/dev/sdf", t, undefined))).toBe(true)
    }
    expect(Result.isSuccess(Ebs.checkMappingThroughput("/dev/sdf", "gp3", 300))).toBe(true)
  })
})

describe("Ebs.validateModifyVolume", () => {
  const gp2: Ebs.CurrentVolume = {
    VolumeId: "vol-1",
    VolumeType: "gp2",
    Size: 100,
    Iops: 300,
    Throughput: 128,
    MultiAttachEnabled: false,
    IsRootVolume: false,
    AttachedInstanceCount: 1
  }
  const gp3: Ebs.CurrentVolume = { ...gp2, VolumeType: "gp3", Iops: 6000, Throughput: 500 }

  it("gp2 → gp3 uses 3,000 IOPS and 125 MiB/s; gp3 → gp3 keeps unspecified values", () => {
    const a = ok(Ebs.validateModifyVolume(gp2, { VolumeType: "gp3" }, [], NOW))
    expect(a.spec).toMatchObject({ VolumeType: "gp3", Size: 100, Iops: 3000, Throughput: 125 })
    expect(a.modification).toMatchObject({ ModificationState: "modifying", StartTime: NOW, OriginalVolumeType: "gp2", TargetIops: 3000 })
    const b = ok(Ebs.validateModifyVolume(gp3, { Size: 200 }, [], NOW))
    expect(b.spec).toMatchObject({ Size: 200, Iops: 6000, Throughput: 500 })
  })

  it("error paths", () => {
    const cases: Array<[Ebs.CurrentVolume, Ebs.ModifyVolumeInput, ReadonlyArray<Pick<Ebs.VolumeModification, "ModificationState" | "StartTime">>, string, string]> = [
      [gp2, { Size: 200 }, [{ ModificationState: "modifying", StartTime: NOW - 1000 }], "IncorrectModificationState", "Volume vol-1 cannot be modified in modification state MODIFYING"],
      [gp2, { Size: 200 }, [{ ModificationState: "optimizing", StartTime: NOW - 1000 }], "IncorrectModificationState", "Volume vol-1 cannot be modified in modification state OPTIMIZING"],
      [
        gp2,
        { Size: 200 },
        [0, 1, 2, 3].map((h) => ({ ModificationState: "completed" as const, StartTime: NOW - (20 - h) * 3600_000 })),
        "VolumeModificationRateExceeded",
        "You've reached the maximum modification rate per volume limit. You can modify volume vol-1 again after 2026-11-22T16:00:00.000Z."
      ],
      [gp2, {}, [], "MissingParameter", "The request must contain at least one of the parameters: size, volumeType, iops, throughput, multiAttachEnabled."],
      [gp2, { Size: 50 }, [], "InvalidParameterValue", "New size cannot be smaller than existing size"],
      [gp2, { VolumeType: "io3" }, [], "UnknownVolumeType", "Unsupported volume type 'io3' for volume creation."],
      [
        { ...gp2, VolumeType: "io2", Iops: 1000, MultiAttachEnabled: true },
        { VolumeType: "gp3" },
        [],
        "InvalidParameterCombination",
        "You can't change the volume type of Multi-Attach enabled io2 volume vol-1."
      ],
      [
        { ...gp2, VolumeType: "io1", Iops: 1000, MultiAttachEnabled: true },
        { Size: 200 },
        [],
        "InvalidParameterCombination",
        "You can't change the volume type, size, or Provisioned IOPS of Multi-Attach enabled io1 volume vol-1."
      ],
      [gp3, { MultiAttachEnabled: true }, [], "InvalidParameterCombination", "The parameter multi-attach-enabled is not supported for gp3 volumes."],
      [
        { ...gp2, VolumeType: "io2", Iops: 1000 },
        { MultiAttachEnabled: true },
        [],
        "IncorrectState",
        "Multi-Attach can't be enabled or disabled while volume vol-1 is attached."
      ],
      [
        { ...gp2, IsRootVolume: true, Size: 500 },
        { VolumeType: "st1" },
        [],
        "InvalidParameterCombination",
        "Throughput Optimized HDD (st1) and Cold HDD (sc1) volumes can't be used as boot volumes."
      ],
      [
        gp2,
        { VolumeType: "sc1" },
        [],
        "InvalidParameterValue",
        "The volume size is invalid for sc1 volumes: 100 GiB. sc1 volumes must be at least 125 GiB in size. Please specify a volume size above the minimum limit"
      ],
      [gp2, { Iops: 500 }, [], "InvalidParameterCombination", "The parameter iops is not supported for gp2 volumes."],
      [gp3, { Iops: 60000 }, [], "InvalidParameterValue", "Iops to volume size ratio of 600.000000 is too high; maximum is 500"]
    ]
    for (const [cur, req, hist, code, message] of cases) expect(err(Ebs.validateModifyVolume(cur, req, hist, NOW))).toEqual([code, message])
  })

  it("the rate limit lifts when the oldest modification leaves the 24 h window", () => {
    const hist = [0, 1, 2, 3].map((h) => ({ ModificationState: "completed" as const, StartTime: NOW - (20 - h) * 3600_000 }))
    const at = Ebs.nextModificationAllowedAt(hist, NOW)
    expect(at).toBe(NOW + 4 * 3600_000)
    expect(Result.isSuccess(Ebs.validateModifyVolume(gp2, { Size: 200 }, hist, at))).toBe(true)
    expect(Result.isFailure(Ebs.validateModifyVolume(gp2, { Size: 200 }, hist, at - 1))).toBe(true)
  })

  it("modification state machine", () => {
    const { modification } = ok(Ebs.validateModifyVolume(gp2, { Size: 200 }, [], NOW))
    const opt = ok(Ebs.transitionModification(modification, "optimizing", NOW + 1))
    const done = ok(Ebs.transitionModification(opt, "completed", NOW + 2))
    expect([done.ModificationState, done.Progress, done.EndTime]).toEqual(["completed", 100, NOW + 2])
    expect(err(Ebs.transitionModification(done, "modifying", NOW + 3))).toEqual([
      "IncorrectModificationState",
      "Modification of volume vol-1 cannot move from completed to modifying"
    ])
    expect([Ebs.nextModificationState("modifying"), Ebs.nextModificationState("optimizing"), Ebs.nextModificationState("completed")]).toEqual([
      "optimizing",
      "completed",
      undefined
    ])
  })

  const history = fc.array(
    fc.record({
      ModificationState: fc.constantFrom<Ebs.VolumeModificationState>("modifying", "optimizing", "completed", "completed", "failed"),
      StartTime: fc.integer({ min: NOW - 3 * H24, max: NOW })
    }),
    { maxLength: 8 }
  )
  // Values across every type's whole range and at its edges (gp3 16,000 → 80,000 IOPS and 1,000 → 2,000 MiB/s
  // since 2025-09; io1 64,000; io2 256,000 and 4,000 MiB/s; sizes to 64 TiB), so a wrong maximum in either
  // direction is met — https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html and
  // provisioned-iops.html (read 2026-12), the numbers written out again in `oracle` above.
  const sizeArb = fc.oneof(
    fc.integer({ min: 1, max: 20_000 }),
    fc.integer({ min: 1, max: 70_000 }),
    fc.constantFrom(16_384, 16_385, 65_536, 65_537)
  )
  const iopsArb = fc.oneof(
    fc.integer({ min: 100, max: 20_000 }),
    fc.integer({ min: 100, max: 300_000 }),
    fc.constantFrom(16_000, 16_001, 64_000, 64_001, 80_000, 80_001, 256_000, 256_001)
  )
  const throughputArb = fc.oneof(
    fc.integer({ min: 125, max: 1_000 }),
    fc.integer({ min: 100, max: 4_500 }),
    fc.constantFrom(1_000, 1_001, 2_000, 2_001, 4_000)
  )
  const modifyRequest: fc.Arbitrary<Ebs.ModifyVolumeInput> = fc.record({
    VolumeType: fc.option(fc.constantFrom<string>(...Ebs.volumeTypes), { nil: undefined, freq: 2 }),
    Size: optional(sizeArb),
    Iops: fc.option(iopsArb, { nil: undefined, freq: 2 }),
    Throughput: fc.option(throughputArb, { nil: undefined, freq: 2 }),
    MultiAttachEnabled: fc.option(fc.boolean(), { nil: undefined, freq: 4 })
  })
  const currentVolume: fc.Arbitrary<Ebs.CurrentVolume> = fc.constantFrom(
    gp2,
    gp3,
    { ...gp2, VolumeType: "gp3" as const, Size: 4000, Iops: 80_000, Throughput: 2000 },
    { ...gp2, VolumeType: "io2" as const, Size: 500, Iops: 10_000, Throughput: 2500 },
    { ...gp2, VolumeType: "io2" as const, Size: 256, Iops: 256_000, Throughput: 4000 },
    { ...gp2, VolumeType: "io1" as const, Size: 2000, Iops: 64_000, Throughput: 1000 },
    { ...gp2, VolumeType: "st1" as const, Size: 500, Iops: 19, Throughput: 19.53 }
  )
  /** The target of a modification as a CreateVolume input, for the independent `oracle`. */
  const asCreate = (spec: Ebs.VolumeSpec): Ebs.CreateVolumeInput => ({
    VolumeType: spec.VolumeType,
    Size: spec.Size,
    ...(["gp3", "io1", "io2"].includes(spec.VolumeType) ? { Iops: spec.Iops } : {}),
    ...(spec.VolumeType === "gp3" ? { Throughput: spec.Throughput } : {}),
    MultiAttachEnabled: spec.MultiAttachEnabled
  })

  it("property: never a shrink, never a 5th modification in 24 h, never two at once; targets are within AWS's limits", () => {
    fc.assert(
      fc.property(currentVolume, modifyRequest, history, (cur, req, hist) => {
        const r = Ebs.validateModifyVolume(cur, req, hist, NOW)
        if (Result.isSuccess(r)) {
          const { spec } = r.success
          expect(spec.Size).toBeGreaterThanOrEqual(cur.Size)
          expect(hist.filter((m) => m.StartTime > NOW - H24).length).toBeLessThan(4)
          expect(hist.some((m) => m.ModificationState === "modifying" || m.ModificationState === "optimizing")).toBe(false)
          // the independent oracle (AWS's numbers written out), not validateCreateVolume
          expect(oracle(asCreate(spec)), JSON.stringify(spec)).toBe(true)
        }
      }),
      { numRuns: 3000 }
    )
  })

  it("property: on a free volume, a full request is accepted iff it grows the volume within AWS's limits", () => {
    // every member given, so the target is the request itself: no defaults involved
    const anyFull = fc.constantFrom(...Ebs.volumeTypes).chain((VolumeType) =>
      fc.record({
        VolumeType: fc.constant(VolumeType),
        Size: sizeArb,
        Iops: ["gp3", "io1", "io2"].includes(VolumeType) ? iopsArb : fc.option(iopsArb, { nil: undefined, freq: 6 }),
        Throughput: VolumeType === "gp3" ? throughputArb : fc.option(throughputArb, { nil: undefined, freq: 6 })
      })
    )
    // and as many built inside the limits, so both sides of the equivalence are exercised
    const fullWithin = withinLimits.map((c) => ({ VolumeType: c.VolumeType!, Size: c.Size!, Iops: c.Iops, Throughput: c.Throughput }))
    const fullRequest: fc.Arbitrary<{ VolumeType: string; Size: number; Iops: number | undefined; Throughput: number | undefined }> =
      fc.oneof(anyFull, fullWithin)
    const free = fc.constantFrom<Ebs.CurrentVolume>(
      { ...gp2, Size: 1, AttachedInstanceCount: 0 },
      { ...gp2, VolumeType: "gp3", Size: 8, Iops: 3000, Throughput: 125, AttachedInstanceCount: 0 },
      { ...gp2, VolumeType: "io2", Size: 100, Iops: 5000, Throughput: 1250, AttachedInstanceCount: 1 }
    )
    const seen = { gp3Above64k: 0, io2Above80k: 0, refusedAtMaxPlusOne: 0, accepted: 0, refused: 0 }
    fc.assert(
      fc.property(free, fullRequest, (cur, req) => {
        const r = Ebs.validateModifyVolume(cur, req, [], NOW)
        const expected = req.Size >= cur.Size && oracle({ ...req, MultiAttachEnabled: false })
        expect(Result.isSuccess(r), JSON.stringify(req)).toBe(expected)
        if (Result.isSuccess(r)) {
          seen.accepted++
          if (req.VolumeType === "gp3" && req.Iops! > 64_000) seen.gp3Above64k++
          if (req.VolumeType === "io2" && req.Iops! > 80_000) seen.io2Above80k++
        } else {
          seen.refused++
          if ([80_001, 64_001, 256_001, 2_001].includes(req.Iops ?? req.Throughput ?? 0)) seen.refusedAtMaxPlusOne++
        }
      }),
      { numRuns: 3000 }
    )
    // the generator reaches today's maxima on both sides (an old 16,000 or 64,000 cap would be caught)
    expect(seen.gp3Above64k).toBeGreaterThan(0)
    expect(seen.io2Above80k).toBeGreaterThan(0)
    expect(seen.refusedAtMaxPlusOne).toBeGreaterThan(0)
    expect(Math.min(seen.accepted, seen.refused)).toBeGreaterThan(300)
  })

  it("property: a volume accepts at most four modifications in any 24 h", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 * 3600_000 }), { minLength: 1, maxLength: 20 }), (gaps) => {
        let now = NOW
        let size = 100
        const done: Array<Pick<Ebs.VolumeModification, "ModificationState" | "StartTime">> = []
        for (const gap of gaps) {
          now += gap
          const r = Ebs.validateModifyVolume({ ...gp2, Size: size }, { Size: size + 1 }, done, now)
          if (Result.isSuccess(r)) {
            done.push({ ModificationState: "completed", StartTime: now })
            size += 1
          }
          expect(done.filter((m) => m.StartTime > now - H24).length).toBeLessThanOrEqual(4)
        }
      }),
      RUNS
    )
  })
})
