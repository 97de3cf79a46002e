import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Ec2Error } from "../src/Ec2Error.js"
import * as PlacementGroup from "../src/PlacementGroup.js"

type Group = PlacementGroup.PlacementGroup
type Member = PlacementGroup.Member

const group = (over: Partial<Group> = {}): Group => ({
  GroupName: "pg",
  GroupId: "pg-0123456789abcdef0",
  Strategy: "cluster",
  State: "available",
  ...over
})

const member = (id: string, az: string, state: PlacementGroup.InstanceStateName, over: Partial<Member> = {}): Member => ({
  InstanceId: id,
  InstanceType: "m5.large",
  AvailabilityZone: az,
  State: state,
  ...over
})

const launch = (over: Partial<PlacementGroup.LaunchRequest> = {}): PlacementGroup.LaunchRequest => ({
  MinCount: 1,
  MaxCount: 1,
  AvailabilityZone: "us-east-1a",
  InstanceType: "m5.large",
  ...over
})

const failure = <A>(r: Result.Result<A, Ec2Error>): [string, string] => {
  if (Result.isSuccess(r)) throw new Error(`expected failure, got ${JSON.stringify(r.success)}`)
  return [r.failure.code, r.failure.reason.message]
}
const success = <A>(r: Result.Result<A, Ec2Error>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${r.failure.message}`)
  return r.success
}

const ICE_1A =
  "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1a). " +
  "Our system will be working on provisioning additional capacity. You can currently get m5.large capacity by not " +
  "specifying an Availability Zone in your request or choosing us-east-1b, us-east-1c."

describe("validateCreate", () => {
  const ctx = { existing: [] }
  it("the limits are AWS's numbers", () => {
    // placement-groups limitations (read 2026-11): 500 groups per Region, names up to 255 ASCII characters,
    // partition groups 1–7 partitions per AZ, spread 7 running instances per AZ per group, Dedicated 2 partitions
    expect([
      PlacementGroup.MaxGroupsPerRegion,
      PlacementGroup.MaxGroupNameLength,
      PlacementGroup.MinPartitionCount,
      PlacementGroup.MaxPartitionCount,
      PlacementGroup.MaxSpreadRackInstancesPerAz,
      PlacementGroup.MaxDedicatedPartitions
    ]).toEqual([500, 255, 1, 7, 7, 2])
  })

  it("fills AWS defaults: PartitionCount 2, SpreadLevel rack; ignores TagSpecifications", () => {
    expect(success(PlacementGroup.validateCreate({ GroupName: "k", Strategy: "partition" }, ctx))).toEqual({
      GroupName: "k",
      Strategy: "partition",
      PartitionCount: 2
    })
    expect(success(PlacementGroup.validateCreate({ GroupName: "s", Strategy: "spread", TagSpecifications: [{}] }, ctx)))
      .toEqual({ GroupName: "s", Strategy: "spread", SpreadLevel: "rack" })
    expect(success(PlacementGroup.validateCreate({ GroupName: "c", Strategy: "cluster" }, ctx))).toEqual({
      GroupName: "c",
      Strategy: "cluster"
    })
    expect(success(PlacementGroup.validateCreate({ GroupName: "t", Strategy: "precision-time" }, ctx)).Strategy).toBe(
      "precision-time"
    )
    expect(success(PlacementGroup.validateCreate({ GroupName: "p7", Strategy: "partition", PartitionCount: 7 }, ctx)))
      .toEqual({ GroupName: "p7", Strategy: "partition", PartitionCount: 7 })
    expect(
      success(PlacementGroup.validateCreate({ GroupName: "h", Strategy: "spread", SpreadLevel: "host" }, {
        existing: [],
        outpost: true
      })).SpreadLevel
    ).toBe("host")
  })

  it("name rules: required, 1..255 printable ASCII", () => {
    expect(failure(PlacementGroup.validateCreate({ Strategy: "cluster" }, ctx))).toEqual([
      "MissingParameter",
      "The request must contain the parameter GroupName"
    ])
    const long = "a".repeat(256)
    expect(failure(PlacementGroup.validateCreate({ GroupName: long, Strategy: "cluster" }, ctx))).toEqual([
      "InvalidParameterValue",
      `Invalid value '${long}' for GroupName.`
    ])
    expect(success(PlacementGroup.validateCreate({ GroupName: "a".repeat(255), Strategy: "cluster" }, ctx)).GroupName)
      .toHaveLength(255)
    expect(failure(PlacementGroup.validateCreate({ GroupName: "grüppe", Strategy: "cluster" }, ctx))).toEqual([
      "InvalidParameterValue",
      "Invalid value 'grüppe' for GroupName."
    ])
    expect(failure(PlacementGroup.validateCreate({ GroupName: "", Strategy: "cluster" }, ctx))).toEqual([
      "InvalidParameterValue",
      "Invalid value '' for GroupName."
    ])
  })

  it("strategy, partition count and spread level rules", () => {
    expect(failure(PlacementGroup.validateCreate({ GroupName: "x" }, ctx))).toEqual([
      "MissingParameter",
      "The request must contain the parameter Strategy"
    ])
    expect(failure(PlacementGroup.validateCreate({ GroupName: "x", Strategy: "pack" }, ctx))).toEqual([
      "InvalidParameterValue",
      "Invalid value 'pack' for Strategy."
    ])
    expect(failure(PlacementGroup.validateCreate({ GroupName: "x", Strategy: "cluster", PartitionCount: 2 }, ctx)))
      .toEqual(["InvalidParameterCombination", PlacementGroup.messages.partitionCountWithoutPartition])
    for (const n of [0, 8, 2.5]) {
      expect(failure(PlacementGroup.validateCreate({ GroupName: "x", Strategy: "partition", PartitionCount: n }, ctx)))
        .toEqual(["InvalidParameterValue", `Invalid value '${n}' for PartitionCount.`])
    }
    expect(failure(PlacementGroup.validateCreate({ GroupName: "x", Strategy: "cluster", SpreadLevel: "rack" }, ctx)))
      .toEqual(["InvalidParameterCombination", PlacementGroup.messages.spreadLevelWithoutSpread])
    expect(failure(PlacementGroup.validateCreate({ GroupName: "x", Strategy: "spread", SpreadLevel: "row" }, ctx)))
      .toEqual(["InvalidParameterValue", "Invalid value 'row' for SpreadLevel."])
    expect(failure(PlacementGroup.validateCreate({ GroupName: "x", Strategy: "spread", SpreadLevel: "host" }, ctx)))
      .toEqual(["InvalidParameterCombination", "SpreadLevel 'host' can only be used with Outpost placement groups."])
  })

  it("duplicate names (case-insensitive) and the 500-group limit; deleted groups free their name", () => {
    const existing = [{ GroupName: "Web", State: "available" as const }, { GroupName: "old", State: "deleted" as const }]
    const dup = PlacementGroup.validateCreate({ GroupName: "web", Strategy: "cluster" }, { existing })
    expect(failure(dup)).toEqual(["InvalidPlacementGroup.Duplicate", "The placement group 'web' already exists."])
    expect(Result.isSuccess(PlacementGroup.validateCreate({ GroupName: "old", Strategy: "cluster" }, { existing })))
      .toBe(true)
    const full = Array.from({ length: 500 }, (_, i) => ({ GroupName: `g${i}`, State: "available" as const }))
    const r = PlacementGroup.validateCreate({ GroupName: "one-more", Strategy: "spread" }, { existing: full })
    expect(failure(r)).toEqual([
      "PlacementGroupLimitExceeded",
      "You have reached the maximum number of placement groups (500) for this Region."
    ])
    if (Result.isFailure(r)) expect(r.failure.reason._tag).toBe("LimitExceeded")
    const almost = full.slice(1)
    expect(Result.isSuccess(PlacementGroup.validateCreate({ GroupName: "one-more", Strategy: "spread" }, { existing: almost })))
      .toBe(true)
  })

  it("fromSpec builds an available group", () => {
    expect(PlacementGroup.fromSpec({ GroupName: "a", Strategy: "cluster" }, "pg-1")).toEqual({
      GroupName: "a",
      Strategy: "cluster",
      GroupId: "pg-1",
      State: "available"
    })
  })
})

describe("find and validateDelete", () => {
  it("unknown group: AWS's capitalised text", () => {
    expect(failure(PlacementGroup.find([group({ State: "deleted" })], "pg"))).toEqual([
      "InvalidPlacementGroup.Unknown",
      "The Placement Group 'pg' is unknown."
    ])
    expect(success(PlacementGroup.find([group()], "pg")).GroupId).toBe("pg-0123456789abcdef0")
  })

  it("delete only when every member is terminated (stopped members keep it in use)", () => {
    const inUse = PlacementGroup.validateDelete(group(), [member("i-1", "us-east-1a", "stopped")])
    expect(failure(inUse)).toEqual([
      "InvalidPlacementGroup.InUse",
      "The placement group 'pg' is in use and may not be deleted."
    ])
    expect(failure(PlacementGroup.validateDelete(group(), [member("i-1", "us-east-1a", "shutting-down")]))[0]).toBe(
      "InvalidPlacementGroup.InUse"
    )
    expect(success(PlacementGroup.validateDelete(group(), [member("i-1", "us-east-1a", "terminated")])).State).toBe(
      "deleting"
    )
    expect(failure(PlacementGroup.validateDelete(group({ State: "deleting" }), []))).toEqual([
      "InvalidPlacementGroup.Unknown",
      "The Placement Group 'pg' is unknown."
    ])
  })
})

describe("admitLaunch error paths", () => {
  it("cluster group in use in another AZ", () => {
    const r = PlacementGroup.admitLaunch(group(), [member("i-1", "us-east-1c", "running")], launch())
    expect(failure(r)).toEqual([
      "InvalidPlacementGroup.InUse",
      "The placement group 'pg' is in use in another availability zone: us-east-1c"
    ])
    const pt = PlacementGroup.admitLaunch(group({ Strategy: "precision-time" }), [member("i-1", "us-east-1c", "stopped")], launch())
    expect(failure(pt)[0]).toBe("InvalidPlacementGroup.InUse")
    // terminated members no longer pin the group
    const ok = success(PlacementGroup.admitLaunch(group(), [member("i-1", "us-east-1c", "terminated")], launch()))
    expect(ok.PinnedAvailabilityZone).toBe("us-east-1a")
  })

  it("insufficient capacity with AWS's message; Min/Max admits as many as fit", () => {
    const r = PlacementGroup.admitLaunch(
      group(),
      [],
      launch({ MinCount: 3, MaxCount: 5, Capacity: 2, OtherAvailabilityZones: ["us-east-1b", "us-east-1c"] })
    )
    expect(failure(r)).toEqual(["InsufficientInstanceCapacity", ICE_1A])
    if (Result.isFailure(r)) expect(r.failure.reason._tag).toBe("LimitExceeded")
    const partial = success(PlacementGroup.admitLaunch(group(), [], launch({ MinCount: 2, MaxCount: 5, Capacity: () => 3 })))
    expect(partial.Placements).toHaveLength(3)
    expect(failure(PlacementGroup.admitLaunch(group(), [], launch({ Capacity: 0 })))).toEqual([
      "InsufficientInstanceCapacity",
      "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1a). " +
      "Our system will be working on provisioning additional capacity. You can currently get m5.large capacity by not " +
      "specifying an Availability Zone in your request."
    ])
  })

  it("rack spread: at most 7 active per AZ; 8th fails, MaxCount is trimmed", () => {
    const g = group({ Strategy: "spread", SpreadLevel: "rack" })
    const seven = Array.from({ length: 7 }, (_, i) => member(`i-${i}`, "us-east-1a", "running", { Slot: i + 1 }))
    const r = PlacementGroup.admitLaunch(g, seven, launch({ OtherAvailabilityZones: ["us-east-1b", "us-east-1c"] }))
    expect(failure(r)).toEqual(["InsufficientInstanceCapacity", ICE_1A])
    const other = success(PlacementGroup.admitLaunch(g, seven, launch({ AvailabilityZone: "us-east-1b" })))
    expect(other.Placements).toEqual([{ AvailabilityZone: "us-east-1b", Slot: 1 }])
    const trimmed = success(PlacementGroup.admitLaunch(g, seven.slice(0, 5), launch({ MinCount: 1, MaxCount: 9 })))
    expect(trimmed.Placements.map((p) => p.Slot)).toEqual([6, 7])
    // stopped members free their rack
    const stopped = seven.map((m, i) => (i === 0 ? { ...m, State: "stopped" as const } : m))
    expect(success(PlacementGroup.admitLaunch(g, stopped, launch())).Placements).toEqual([
      { AvailabilityZone: "us-east-1a", Slot: 1 }
    ])
  })

  it("host-level spread only on Outposts", () => {
    const g = group({ Strategy: "spread", SpreadLevel: "host" })
    expect(failure(PlacementGroup.admitLaunch(g, [], launch()))).toEqual([
      "InvalidParameterCombination",
      "SpreadLevel 'host' can only be used with Outpost placement groups."
    ])
    expect(success(PlacementGroup.admitLaunch(g, [], launch({ Outpost: true, MaxCount: 9 }))).Placements).toHaveLength(9)
  })

  it("tenancy, Spot and instance-type rules", () => {
    const cases: Array<[Group, Partial<PlacementGroup.LaunchRequest>, string]> = [
      [group(), { Tenancy: "host" }, "You can't launch Dedicated Hosts in placement groups."],
      [
        group(),
        { SpotInterruptionBehavior: "stop" },
        "You can't launch a Spot Instance that is configured to stop or hibernate on interruption in a placement group."
      ],
      [
        group({ Strategy: "partition", PartitionCount: 3 }),
        { SpotInterruptionBehavior: "hibernate" },
        "You can't launch a Spot Instance that is configured to stop or hibernate on interruption in a placement group."
      ],
      [group({ Strategy: "spread" }), { Tenancy: "dedicated" }, "Spread placement groups are not supported for Dedicated Instances."],
      [
        group(),
        { InstanceType: "t3.micro" },
        "Cluster placement groups are not supported by the 't3.micro' instance type. Specify a supported instance type or change the placement group strategy, and try again."
      ],
      [
        group({ Strategy: "precision-time" }),
        { InstanceType: "t4g.nano" },
        "Precision-time placement groups are not supported by the 't4g.nano' instance type. Specify a supported instance type or change the placement group strategy, and try again."
      ],
      [
        group({ Strategy: "spread" }),
        { SupportedStrategies: ["cluster"] },
        "Spread placement groups are not supported by the 'm5.large' instance type. Specify a supported instance type or change the placement group strategy, and try again."
      ],
      [group(), { PartitionNumber: 1 }, "PartitionNumber is only valid for placement groups with the 'partition' strategy."]
    ]
    for (const [g, req, message] of cases) {
      expect(failure(PlacementGroup.admitLaunch(g, [], launch(req)))).toEqual(["InvalidParameterCombination", message])
    }
    expect(Result.isSuccess(PlacementGroup.admitLaunch(group(), [], launch({ SpotInterruptionBehavior: "terminate" }))))
      .toBe(true)
    expect(Result.isSuccess(PlacementGroup.admitLaunch(group({ Strategy: "spread" }), [], launch({ InstanceType: "t3.micro" }))))
      .toBe(true)
    expect(Result.isSuccess(PlacementGroup.admitLaunch(group(), [], launch({ InstanceType: "t3.micro", SupportedStrategies: ["cluster"] }))))
      .toBe(true)
  })

  it("partition numbers: out of range; Dedicated Instances limited to 2 partitions", () => {
    const g = group({ Strategy: "partition", PartitionCount: 3 })
    for (const n of [0, 4, 1.5]) {
      expect(failure(PlacementGroup.admitLaunch(g, [], launch({ PartitionNumber: n })))).toEqual([
        "InvalidParameterValue",
        `Invalid value '${n}' for PartitionNumber.`
      ])
    }
    const dedicated = [
      member("i-1", "us-east-1a", "running", { Tenancy: "dedicated", PartitionNumber: 1 }),
      member("i-2", "us-east-1a", "stopped", { Tenancy: "dedicated", PartitionNumber: 2 })
    ]
    const msg = "Dedicated Instances can have a maximum of two partitions in a partition placement group."
    expect(failure(PlacementGroup.admitLaunch(g, dedicated, launch({ Tenancy: "dedicated", PartitionNumber: 3 })))).toEqual([
      "InvalidParameterCombination",
      msg
    ])
    expect(failure(PlacementGroup.admitLaunch(g, dedicated, launch({ Tenancy: "dedicated", AvailabilityZone: "us-east-1b" }))))
      .toEqual(["InvalidParameterCombination", msg])
    const auto = success(PlacementGroup.admitLaunch(g, dedicated, launch({ Tenancy: "dedicated", MaxCount: 4 })))
    expect(auto.Placements.map((p) => p.PartitionNumber)).toEqual([1, 2, 1, 2])
    // default tenancy may use the third partition
    expect(success(PlacementGroup.admitLaunch(g, dedicated, launch())).Placements[0]?.PartitionNumber).toBe(3)
  })

  it("group state and counts", () => {
    expect(failure(PlacementGroup.admitLaunch(group({ State: "deleting" }), [], launch()))).toEqual([
      "InvalidPlacementGroup.Unknown",
      "The Placement Group 'pg' is unknown."
    ])
    expect(failure(PlacementGroup.admitLaunch(group({ State: "pending" }), [], launch()))).toEqual([
      "IncorrectState",
      "The placement group 'pg' is not in the 'available' state."
    ])
    expect(failure(PlacementGroup.admitLaunch(group(), [], launch({ MinCount: 0 })))).toEqual([
      "InvalidParameterValue",
      "Invalid value '0' for MinCount."
    ])
    expect(failure(PlacementGroup.admitLaunch(group(), [], launch({ MinCount: 3, MaxCount: 2 })))).toEqual([
      "InvalidParameterValue",
      "Invalid value '2' for MaxCount."
    ])
  })
})

describe("admitStart and admitMove", () => {
  it("start: unknown id, wrong state, no-op for running", () => {
    const ms = [member("i-1", "us-east-1a", "stopping"), member("i-2", "us-east-1a", "running")]
    expect(failure(PlacementGroup.admitStart(group(), ms, { InstanceIds: ["i-9"] }))).toEqual([
      "InvalidInstanceID.NotFound",
      "The instance ID 'i-9' does not exist"
    ])
    expect(failure(PlacementGroup.admitStart(group(), ms, { InstanceIds: ["i-1"] }))).toEqual([
      "IncorrectInstanceState",
      "The instance 'i-1' is not in a state from which it can be started."
    ])
    expect(success(PlacementGroup.admitStart(group(), ms, { InstanceIds: ["i-2"] })).Placements).toEqual([])
  })

  it("start: cluster AZ conflict, spread limit, capacity, partition kept", () => {
    const mixed = [member("i-1", "us-east-1a", "running"), member("i-2", "us-east-1b", "stopped")]
    expect(failure(PlacementGroup.admitStart(group(), mixed, { InstanceIds: ["i-2"] }))).toEqual([
      "InvalidPlacementGroup.InUse",
      "The placement group 'pg' is in use in another availability zone: us-east-1a"
    ])
    const spread = group({ Strategy: "spread" })
    const seven = Array.from({ length: 7 }, (_, i) => member(`i-${i}`, "us-east-1a", "running", { Slot: i + 1 }))
    const full = [...seven, member("i-s", "us-east-1a", "stopped")]
    expect(failure(PlacementGroup.admitStart(spread, full, { InstanceIds: ["i-s"], OtherAvailabilityZones: ["us-east-1b", "us-east-1c"] })))
      .toEqual(["InsufficientInstanceCapacity", ICE_1A])
    // a shutting-down member counts (it still holds its rack) unless it holds no hardware (it was stopped)
    const six = seven.slice(0, 6)
    const dying = (over: Partial<Member>) => [...six, member("i-d", "us-east-1a", "shutting-down", { Slot: 7, ...over }), member("i-s", "us-east-1a", "stopped")]
    expect(failure(PlacementGroup.admitStart(spread, dying({}), { InstanceIds: ["i-s"], OtherAvailabilityZones: [] }))[0])
      .toBe("InsufficientInstanceCapacity")
    expect(success(PlacementGroup.admitStart(spread, dying({ Occupying: false }), { InstanceIds: ["i-s"] })).Placements)
      .toEqual([{ InstanceId: "i-s", AvailabilityZone: "us-east-1a", Slot: 7 }])
    expect(PlacementGroup.holdsHardware(member("i-d", "us-east-1a", "shutting-down"))).toBe(true)
    expect(PlacementGroup.holdsHardware(member("i-d", "us-east-1a", "shutting-down", { Occupying: false }))).toBe(false)
    expect(failure(PlacementGroup.admitStart(group(), [member("i-s", "us-east-1a", "stopped")], { InstanceIds: ["i-s"], Capacity: 0 }))[0])
      .toBe("InsufficientInstanceCapacity")
    const part = group({ Strategy: "partition", PartitionCount: 3 })
    const ms = [member("i-p", "us-east-1a", "stopped", { PartitionNumber: 3 })]
    const adm = success(PlacementGroup.admitStart(part, ms, { InstanceIds: ["i-p"] }))
    expect(adm.Placements).toEqual([{ InstanceId: "i-p", AvailabilityZone: "us-east-1a", PartitionNumber: 3 }])
    expect(PlacementGroup.applyAdmission(ms, adm)).toEqual([{ ...ms[0], State: "pending" }])
  })

  it("move (ModifyInstancePlacement): instance must be stopped; group rules apply", () => {
    const req: PlacementGroup.MoveRequest = {
      InstanceId: "i-m",
      InstanceType: "m5.large",
      AvailabilityZone: "us-east-1b",
      State: "running"
    }
    expect(failure(PlacementGroup.admitMove(group(), [], req))).toEqual([
      "IncorrectInstanceState",
      "The instance 'i-m' is not in the 'stopped' state."
    ])
    expect(failure(PlacementGroup.admitMove(group(), [member("i-1", "us-east-1a", "running")], { ...req, State: "stopped" })))
      .toEqual(["InvalidPlacementGroup.InUse", "The placement group 'pg' is in use in another availability zone: us-east-1a"])
    const part = group({ Strategy: "partition", PartitionCount: 2 })
    const ms = [member("i-1", "us-east-1b", "running", { PartitionNumber: 1 })]
    expect(success(PlacementGroup.admitMove(part, ms, { ...req, State: "stopped" }))).toEqual({
      InstanceId: "i-m",
      AvailabilityZone: "us-east-1b",
      PartitionNumber: 2
    })
    // a full spread AZ does not block a move (the limit applies on start)
    const seven = Array.from({ length: 7 }, (_, i) => member(`i-${i}`, "us-east-1b", "running", { Slot: i + 1 }))
    expect(Result.isSuccess(PlacementGroup.admitMove(group({ Strategy: "spread" }), seven, { ...req, State: "stopped" })))
      .toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const AZS = ["us-east-1a", "us-east-1b", "us-east-1c"] as const

type Op =
  | {
    readonly _tag: "launch"
    readonly az: number
    readonly min: number
    readonly extra: number
    readonly partition: number | undefined
    readonly dedicated: boolean
    readonly capacity: number | undefined
  }
  | { readonly _tag: "start"; readonly pick: number }
  | { readonly _tag: "stop"; readonly pick: number }
  | { readonly _tag: "terminate"; readonly pick: number }
  | { readonly _tag: "tick" }

const opArb = (withTerminate: boolean, withExplicit: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({
      _tag: fc.constant("launch" as const),
      az: fc.nat({ max: 2 }),
      min: fc.integer({ min: 1, max: 4 }),
      extra: fc.nat({ max: 4 }),
      partition: withExplicit ? fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }) : fc.constant(undefined),
      dedicated: withExplicit ? fc.boolean() : fc.constant(false),
      capacity: fc.option(fc.nat({ max: 10 }), { nil: undefined })
    }),
    fc.record({ _tag: fc.constant("start" as const), pick: fc.nat() }),
    fc.record({ _tag: fc.constant("stop" as const), pick: fc.nat() }),
    ...(withTerminate ? [fc.record({ _tag: fc.constant("terminate" as const), pick: fc.nat() })] : []),
    fc.constant({ _tag: "tick" as const })
  )

const groupArb: fc.Arbitrary<Group> = fc.oneof(
  fc.constant(group({ Strategy: "cluster" })),
  fc.constant(group({ Strategy: "precision-time" })),
  fc.constant(group({ Strategy: "spread", SpreadLevel: "rack" })),
  fc.integer({ min: 1, max: 7 }).map((n) => group({ Strategy: "partition", PartitionCount: n }))
)

const checkInvariants = (g: Group, ms: ReadonlyArray<Member>) => {
  const present = ms.filter((m) => PlacementGroup.isPresent(m.State))
  if (g.Strategy === "cluster" || g.Strategy === "precision-time") {
    expect(new Set(present.map((m) => m.AvailabilityZone)).size).toBeLessThanOrEqual(1)
  }
  if (g.Strategy === "spread") {
    for (const az of AZS) {
      const active = ms.filter((m) => m.AvailabilityZone === az && PlacementGroup.isActive(m.State))
      // "a maximum of seven running instances per Availability Zone per group" (placement-groups limitations,
      // read 2026-11): the number written out, not the constant under test
      expect(active.length).toBeLessThanOrEqual(7)
      const slots = active.map((m) => m.Slot)
      expect(new Set(slots).size).toBe(slots.length)
      for (const s of slots) expect(s !== undefined && s >= 1 && s <= 7).toBe(true)
    }
  }
  if (g.Strategy === "partition") {
    for (const m of ms) {
      expect(Number.isInteger(m.PartitionNumber)).toBe(true)
      expect(m.PartitionNumber! >= 1 && m.PartitionNumber! <= g.PartitionCount!).toBe(true)
    }
    const dedicated = new Set(
      present.filter((m) => m.Tenancy === "dedicated").map((m) => `${m.AvailabilityZone}#${m.PartitionNumber}`)
    )
    // "Dedicated Instances can have a maximum of two partitions" (limitations page, read 2026-11)
    expect(dedicated.size).toBeLessThanOrEqual(2)
  }
}

const run = (g: Group, ops: ReadonlyArray<Op>, onLaunch?: (ms: ReadonlyArray<Member>) => void) => {
  let ms: ReadonlyArray<Member> = []
  let next = 0
  const setState = (id: string, State: PlacementGroup.InstanceStateName) => {
    ms = ms.map((m) => (m.InstanceId === id ? { ...m, State } : m))
  }
  for (const op of ops) {
    const before = JSON.stringify(ms)
    if (op._tag === "launch") {
      const req = launch({
        AvailabilityZone: AZS[op.az]!,
        MinCount: op.min,
        MaxCount: op.min + op.extra,
        ...(op.partition !== undefined ? { PartitionNumber: op.partition } : {}),
        ...(op.dedicated ? { Tenancy: "dedicated" as const } : {}),
        ...(op.capacity !== undefined ? { Capacity: op.capacity } : {})
      })
      const r = PlacementGroup.admitLaunch(g, ms, req)
      expect(JSON.stringify(ms)).toBe(before) // pure: the input is untouched
      if (Result.isSuccess(r)) {
        const n = r.success.Placements.length
        expect(n).toBeGreaterThanOrEqual(req.MinCount)
        expect(n).toBeLessThanOrEqual(req.MaxCount)
        if (op.capacity !== undefined) expect(n).toBeLessThanOrEqual(op.capacity)
        for (const p of r.success.Placements) {
          expect(p.AvailabilityZone).toBe(req.AvailabilityZone)
          if (op.partition !== undefined) expect(p.PartitionNumber).toBe(op.partition) // requested partition honoured
        }
        const ids = r.success.Placements.map(() => `i-${(next++).toString(16).padStart(8, "0")}`)
        ms = PlacementGroup.applyAdmission(ms, r.success, {
          InstanceIds: ids,
          InstanceType: req.InstanceType,
          ...(req.Tenancy !== undefined ? { Tenancy: req.Tenancy } : {})
        })
        onLaunch?.(ms)
      }
    } else if (op._tag === "start") {
      const stopped = ms.filter((m) => m.State === "stopped")
      if (stopped.length === 0) continue
      const chosen = stopped.filter((_, i) => (op.pick >> i) & 1 || i === op.pick % stopped.length)
      const r = PlacementGroup.admitStart(g, ms, { InstanceIds: chosen.map((m) => m.InstanceId) })
      expect(JSON.stringify(ms)).toBe(before)
      if (Result.isSuccess(r)) {
        expect(r.success.Placements).toHaveLength(chosen.length) // all-or-nothing
        ms = PlacementGroup.applyAdmission(ms, r.success)
      }
    } else if (op._tag === "stop" || op._tag === "terminate") {
      const live = ms.filter((m) => m.State !== "terminated")
      const m = live[op.pick % Math.max(1, live.length)]
      if (m === undefined) continue
      if (op._tag === "stop" && (m.State === "running" || m.State === "pending")) setState(m.InstanceId, "stopped")
      if (op._tag === "terminate") setState(m.InstanceId, "terminated")
    } else {
      ms = ms.map((m) => (m.State === "pending" ? { ...m, State: "running" as const } : m))
    }
    checkInvariants(g, ms)
  }
  return ms
}

describe("admission properties", () => {
  it("no sequence of launches/starts/stops/terminations violates a placement constraint", () => {
    fc.assert(
      fc.property(groupArb, fc.array(opArb(true, true), { maxLength: 40 }), (g, ops) => {
        run(g, ops)
      }),
      { numRuns: 1000 }
    )
  })

  it("auto partition assignment keeps partitions balanced per AZ (max - min <= 1)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.array(opArb(false, false), { maxLength: 40 }),
        (count, ops) => {
          const g = group({ Strategy: "partition", PartitionCount: count })
          run(g, ops, (ms) => {
            for (const az of AZS) {
              const fill = Array.from({ length: count }, (_, i) => ms.filter((m) => m.AvailabilityZone === az && m.PartitionNumber === i + 1).length)
              expect(Math.max(...fill) - Math.min(...fill)).toBeLessThanOrEqual(1)
            }
          })
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("a rejected launch leaves capacity unused and a rack-spread AZ never exceeds 7 however large MaxCount is", () => {
    fc.assert(
      fc.property(fc.nat({ max: 7 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), (existing, min, extra) => {
        const g = group({ Strategy: "spread" })
        const ms = Array.from({ length: existing }, (_, i) => member(`i-${i}`, "us-east-1a", "running", { Slot: i + 1 }))
        const r = PlacementGroup.admitLaunch(g, ms, launch({ MinCount: min, MaxCount: min + extra }))
        const room = 7 - existing
        if (min > room) expect(Result.isFailure(r)).toBe(true)
        else expect(success(r).Placements).toHaveLength(Math.min(room, min + extra))
      }),
      { numRuns: 1000 }
    )
  })

  it("validateCreate accepts exactly the names of 1..255 printable ASCII characters", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 300, unit: "binary" }), (name) => {
        const ok = name.length >= 1 && name.length <= 255 && /^[\x20-\x7e]+$/.test(name)
        expect(Result.isSuccess(PlacementGroup.validateCreate({ GroupName: name, Strategy: "cluster" }, { existing: [] })))
          .toBe(ok)
      }),
      { numRuns: 1000 }
    )
  })
})
