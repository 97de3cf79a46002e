import { Cause, Effect, Option } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Ec2, Ec2Error, type Ec2Shapes, InstanceTypeCatalogue } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"

const CI = process.env.CI === "true" || process.env.CI === "1"

const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor>, options: Ec2Memory.Options = { seed: 1 }) =>
  Effect.runPromise(Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer(options)))).pipe(Effect.provide(TestClock.layer())))

const image = Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId))

type RunRequest = Partial<(typeof Ec2Shapes.RunInstancesRequest)["Encoded"]>

const launch = (extra: RunRequest = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.runInstances({ ImageId: yield* image, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ...extra })
  })

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) => Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))

/** Everything a failed request must leave alone. */
const state = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => JSON.stringify([[...w.all("instances")], [...w.all("networkInterfaces")], [...w.all("volumes")], w.get("meta", "world")]))
)

const subnetIn = (az: string) =>
  Effect.flatMap(Hypervisor.Hypervisor, (hv) => hv.inspect((w) => w.all("subnets").find((s) => s.AvailabilityZone === az && s.DefaultForAz)!))

const devices = [
  ..."fghijklmnopqrstuvwxyz".split("").map((c) => `/dev/sd${c}`),
  ..."abcdefghijklmnopqrstuvwxyz".split("").map((c) => `/dev/xvdb${c}`)
]
const volumes = (n: number) => devices.slice(0, n).map((DeviceName) => ({ DeviceName, Ebs: { VolumeSize: 1, VolumeType: "gp3" as const } }))

describe("RunInstances NetworkInterfaces", () => {
  it("AssociateAddress by InstanceId refuses an instance with several interfaces (AWS's text); by ENI it works", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      const subnet = yield* subnetIn("us-east-1a")
      const inst = (yield* launch({
        NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId }, { DeviceIndex: 1, SubnetId: subnet.SubnetId }]
      })).Instances![0]!
      yield* TestClock.adjust("10 seconds")
      yield* hv.tick
      const a = yield* ec2.allocateAddress({ Domain: "vpc" })
      expect(yield* err(ec2.associateAddress({ AllocationId: a.AllocationId!, InstanceId: inst.InstanceId! }))).toEqual({
        code: "InvalidInstanceID",
        message: `There are multiple interfaces attached to instance '${inst.InstanceId}'. Please specify an interface ID for the operation instead.`
      })
      expect((yield* ec2.describeAddresses({ AllocationIds: [a.AllocationId!] })).Addresses![0]!.AssociationId).toBeUndefined()
      const second = inst.NetworkInterfaces![1]!.NetworkInterfaceId!
      yield* ec2.associateAddress({ AllocationId: a.AllocationId!, NetworkInterfaceId: second })
      expect((yield* ec2.describeAddresses({ AllocationIds: [a.AllocationId!] })).Addresses![0]!.NetworkInterfaceId).toBe(second)
    })))

  it("creates one ENI per entry with secondary addresses; DeleteOnTermination decides what termination does", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const subnet = yield* subnetIn("us-east-1a")
      const r = yield* launch({
        NetworkInterfaces: [
          { DeviceIndex: 0, SubnetId: subnet.SubnetId, SecondaryPrivateIpAddressCount: 1, Description: "primary" },
          { DeviceIndex: 1, SubnetId: subnet.SubnetId, DeleteOnTermination: false, PrivateIpAddresses: [{ PrivateIpAddress: "172.31.0.200", Primary: true }] }
        ]
      })
      const inst = r.Instances![0]!
      expect(inst.Placement?.AvailabilityZone).toBe("us-east-1a")
      expect(inst.NetworkInterfaces!.map((n) => [n.Attachment?.DeviceIndex, n.Attachment?.DeleteOnTermination, n.PrivateIpAddresses!.length])).toEqual([
        [0, true, 2],
        [1, false, 1]
      ])
      expect(inst.NetworkInterfaces![1]!.PrivateIpAddress).toBe("172.31.0.200")
      expect(inst.PublicIpAddress).toBeUndefined() // no public IPv4 with more than one interface
      const d = yield* ec2.describeNetworkInterfaces({ Filters: [{ Name: "attachment.instance-id", Values: [inst.InstanceId!] }] })
      expect(d.NetworkInterfaces!.map((n) => [n.Attachment?.DeviceIndex, n.Attachment?.DeleteOnTermination, n.Status])).toEqual([
        [0, true, "in-use"],
        [1, false, "in-use"]
      ])
      const secondary = inst.NetworkInterfaces![0]!.PrivateIpAddresses![1]!.PrivateIpAddress!
      const byIp = yield* ec2.describeNetworkInterfaces({ Filters: [{ Name: "private-ip-address", Values: [secondary] }] })
      expect(byIp.NetworkInterfaces!.map((n) => n.NetworkInterfaceId)).toEqual([inst.NetworkInterfaces![0]!.NetworkInterfaceId])
      // the secondary address is taken: a new instance cannot ask for it
      expect(yield* err(launch({ SubnetId: subnet.SubnetId, PrivateIpAddress: secondary }))).toEqual({
        code: "InvalidIPAddress.InUse",
        message: `Address ${secondary} is in use.`
      })
      yield* ec2.terminateInstances({ InstanceIds: [inst.InstanceId!] })
      yield* TestClock.adjust("10 seconds")
      const after = yield* ec2.describeNetworkInterfaces({
        Filters: [{ Name: "subnet-id", Values: [subnet.SubnetId] }, { Name: "private-ip-address", Values: [inst.NetworkInterfaces![0]!.PrivateIpAddress!, "172.31.0.200"] }]
      })
      expect(after.NetworkInterfaces!.map((n) => [n.NetworkInterfaceId, n.Status, n.Attachment])).toEqual([
        [inst.NetworkInterfaces![1]!.NetworkInterfaceId, "available", undefined]
      ])
    })))

  it("answers every limit and combination error with AWS's code and message, changing nothing", () =>
    run(Effect.gen(function*() {
      const subnet = yield* subnetIn("us-east-1a")
      const other = yield* subnetIn("us-east-1b")
      const first = (yield* launch({ SubnetId: subnet.SubnetId })).Instances![0]!
      const before = yield* state
      const cases: ReadonlyArray<readonly [RunRequest, string, string]> = [
        [
          { NetworkInterfaces: [{ DeviceIndex: 0 }, { DeviceIndex: 1 }, { DeviceIndex: 2 }] },
          "AttachmentLimitExceeded",
          "Interface count 3 exceeds the limit for t3.micro"
        ],
        [{ NetworkInterfaces: [{ DeviceIndex: 0, SecondaryPrivateIpAddressCount: 2 }] }, "PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit."],
        [
          { NetworkInterfaces: [{ DeviceIndex: 0, PrivateIpAddresses: [{ PrivateIpAddress: "172.31.0.100", Primary: true }, { PrivateIpAddress: "172.31.0.101" }, { PrivateIpAddress: "172.31.0.102" }] }] },
          "PrivateIpAddressLimitExceeded",
          "Number of private addresses will exceed limit."
        ],
        [
          { SubnetId: subnet.SubnetId, NetworkInterfaces: [{ DeviceIndex: 0 }] },
          "InvalidParameterCombination",
          "Network interfaces and an instance-level subnet ID may not be specified on the same request"
        ],
        [
          { SecurityGroupIds: [first.SecurityGroups![0]!.GroupId!], NetworkInterfaces: [{ DeviceIndex: 0 }] },
          "InvalidParameterCombination",
          "Network interfaces and an instance-level security groups may not be specified on the same request"
        ],
        [
          { PrivateIpAddress: "172.31.0.50", NetworkInterfaces: [{ DeviceIndex: 0 }] },
          "InvalidParameterCombination",
          "Network interfaces and an instance-level private IP address may not be specified on the same request"
        ],
        [{ SubnetId: subnet.SubnetId, PrivateIpAddress: first.PrivateIpAddress! }, "InvalidIPAddress.InUse", `Address ${first.PrivateIpAddress!} is in use.`],
        [
          { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId }, { DeviceIndex: 1, SubnetId: subnet.SubnetId, PrivateIpAddress: first.PrivateIpAddress! }] },
          "InvalidIPAddress.InUse",
          `Address ${first.PrivateIpAddress!} is in use.`
        ],
        [
          { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId, PrivateIpAddresses: [{ PrivateIpAddress: "172.31.0.60", Primary: true }, { PrivateIpAddress: "172.31.0.60" }] }] },
          "InvalidIPAddress.InUse",
          "Address 172.31.0.60 is in use."
        ],
        [{ SubnetId: subnet.SubnetId, PrivateIpAddress: "10.0.0.5" }, "InvalidParameterValue", "Address 10.0.0.5 does not fall within the subnet's address range"],
        [{ SubnetId: subnet.SubnetId, PrivateIpAddress: "172.31.0.1" }, "InvalidParameterValue", "Address 172.31.0.1 does not fall within the subnet's address range"],
        [
          { SubnetId: subnet.SubnetId, PrivateIpAddress: "172.31.0.70", MaxCount: 2 },
          "InvalidParameterCombination",
          "Specific private IP addresses cannot be specified when launching more than one instance"
        ],
        [
          { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }, { DeviceIndex: 1 }] },
          "InvalidParameterCombination",
          "The associatePublicIPAddress parameter cannot be specified when launching with multiple network interfaces."
        ],
        [
          { NetworkInterfaces: [{ DeviceIndex: 1 }] },
          "InvalidParameterValue",
          "When specifying network interfaces, you must include a device at index 0."
        ],
        [{ NetworkInterfaces: [{ SubnetId: subnet.SubnetId }] }, "InvalidParameterValue", "Each network interface requires a device index."],
        [{ NetworkInterfaces: [{ DeviceIndex: 0 }, { DeviceIndex: 0 }] }, "InvalidParameterValue", "Invalid value '0' for NetworkInterface.2.DeviceIndex"],
        [
          { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId }, { DeviceIndex: 1, SubnetId: other.SubnetId }] },
          "InvalidParameterValue",
          `Subnet ${other.SubnetId} is in availability zone us-east-1b, but the instance is launched in us-east-1a`
        ],
        [
          { SubnetId: subnet.SubnetId, BlockDeviceMappings: volumes(27) },
          "AttachmentLimitExceeded",
          "Instance type 't3.micro' supports at most 28 attachments; the request needs 29."
        ],
        [
          { NetworkInterfaces: [{ DeviceIndex: 0 }, { DeviceIndex: 1 }], BlockDeviceMappings: volumes(26) },
          "AttachmentLimitExceeded",
          "Instance type 't3.micro' supports at most 28 attachments; the request needs 29."
        ],
        [
          { SubnetId: subnet.SubnetId, Placement: { AvailabilityZone: "us-east-1b" } },
          "InvalidParameterValue",
          `Value (us-east-1b) for parameter availabilityZone is invalid. Subnet '${subnet.SubnetId}' is in the availability zone us-east-1a`
        ],
        [
          { InstanceType: "m7i.large", SubnetId: subnet.SubnetId, BlockDeviceMappings: volumes(32) },
          "AttachmentLimitExceeded",
          "Instance type 'm7i.large' supports at most 32 attachments; the request needs 33."
        ]
      ]
      for (const [req, code, message] of cases) {
        expect(yield* err(launch(req)), JSON.stringify(req)).toEqual({ code, message })
        expect(yield* state).toBe(before)
      }
      // the limits admit what they allow: 28 shared (27 volumes + 1 ENI), m7i.large's dedicated 32 volumes
      const ok = yield* launch({ SubnetId: subnet.SubnetId, BlockDeviceMappings: volumes(26) })
      expect(ok.Instances![0]!.BlockDeviceMappings).toHaveLength(27)
      const m7i = yield* launch({ InstanceType: "m7i.large", NetworkInterfaces: [{ DeviceIndex: 0 }, { DeviceIndex: 1 }, { DeviceIndex: 2 }], BlockDeviceMappings: volumes(31) })
      expect(m7i.Instances![0]!.BlockDeviceMappings).toHaveLength(32)
      expect(m7i.Instances![0]!.NetworkInterfaces).toHaveLength(3)
    })))

  it("AttachVolume counts every attached ENI against the shared limit", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const r = yield* launch({ NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: (yield* subnetIn("us-east-1a")).SubnetId }, { DeviceIndex: 1 }] })
      const id = r.Instances![0]!.InstanceId!
      yield* TestClock.adjust("5 seconds")
      // root volume + 2 ENIs = 3; 25 more volumes fill the 28 attachments
      for (const Device of devices.slice(0, 25)) {
        const v = yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 1 })
        yield* ec2.attachVolume({ VolumeId: v.VolumeId!, InstanceId: id, Device })
      }
      const extra = yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 1 })
      expect(yield* err(ec2.attachVolume({ VolumeId: extra.VolumeId!, InstanceId: id, Device: devices[25]! }))).toEqual({
        code: "AttachmentLimitExceeded",
        message: `Instance '${id}' has reached its maximum number of attachments (28).`
      })
    }), { seed: 1, delays: { volumeCreating: "immediate" } }))
})

describe("CreateVolume ClientToken", () => {
  it("same token and parameters → the same volume; other parameters → IdempotentParameterMismatch", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const a = yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 10, VolumeType: "gp3", ClientToken: "tok-1" })
      const b = yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 10, VolumeType: "gp3", ClientToken: "tok-1" })
      expect(b.VolumeId).toBe(a.VolumeId)
      // the AZ is not part of the comparison ("other than the Region or Availability Zone")
      const c = yield* ec2.createVolume({ AvailabilityZone: "us-east-1b", Size: 10, VolumeType: "gp3", ClientToken: "tok-1" })
      expect(c.VolumeId).toBe(a.VolumeId)
      expect((yield* ec2.describeVolumes({})).Volumes).toHaveLength(1)
      expect(yield* err(ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 11, VolumeType: "gp3", ClientToken: "tok-1" }))).toEqual({
        code: "IdempotentParameterMismatch",
        message: "Arguments on this idempotent request are inconsistent with arguments used in previous request(s)."
      })
      const other = yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 10, VolumeType: "gp3", ClientToken: "tok-2" })
      expect(other.VolumeId).not.toBe(a.VolumeId)
      yield* TestClock.adjust("5 seconds")
      yield* ec2.deleteVolume({ VolumeId: a.VolumeId! })
      yield* TestClock.adjust("1 second")
      expect(yield* err(ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 10, VolumeType: "gp3", ClientToken: "tok-1" }))).toEqual({
        code: "InvalidVolume.NotFound",
        message: `The volume '${a.VolumeId}' does not exist.`
      })
    })))
})

// ------------------------------------------------------------------------------------------------
// property: limits and unique addresses under random RunInstances / AttachVolume / Terminate
// ------------------------------------------------------------------------------------------------

const TYPES = ["t3.nano", "t3.micro", "m5.large", "c5d.large", "m7i.large"] as const

type Op =
  | { readonly _tag: "run"; readonly type: number; readonly enis: ReadonlyArray<number>; readonly ips: number; readonly volumes: number; readonly count: number }
  | { readonly _tag: "attach"; readonly instance: number; readonly n: number }
  | { readonly _tag: "terminate"; readonly instance: number }
  | { readonly _tag: "wait" }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    _tag: fc.constant("run" as const),
    type: fc.nat(TYPES.length - 1),
    enis: fc.array(fc.nat(4), { minLength: 0, maxLength: 5 }),
    ips: fc.nat(3),
    volumes: fc.nat(34),
    count: fc.integer({ min: 1, max: 3 })
  }),
  fc.record({ _tag: fc.constant("attach" as const), instance: fc.nat(20), n: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ _tag: fc.constant("terminate" as const), instance: fc.nat(20) }),
  fc.constant({ _tag: "wait" as const })
)

const limitsOf = (type: string) => {
  const v = Option.getOrUndefined(InstanceTypeCatalogue.lookup(type))
  return { enis: v?.maximumNetworkInterfaces ?? 2, ips: v?.ipv4AddressesPerInterface ?? 2, store: v?.instanceStorageTotalSizeInGB !== undefined ? 1 : 0 }
}

const checkInvariants = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => {
    const problems: Array<string> = []
    const perSubnet = new Map<string, Set<string>>()
    const attached = new Map<string, number>()
    for (const e of w.all("networkInterfaces")) {
      let set = perSubnet.get(e.SubnetId)
      if (set === undefined) perSubnet.set(e.SubnetId, set = new Set())
      for (const ip of [e.PrivateIpAddress, ...(e.SecondaryPrivateIpAddresses ?? [])]) {
        if (set.has(ip)) problems.push(`duplicate ${ip} in ${e.SubnetId}`)
        set.add(ip)
      }
      if (e.Attachment !== undefined) {
        attached.set(e.Attachment.InstanceId, (attached.get(e.Attachment.InstanceId) ?? 0) + 1)
        const type = w.get("instances", e.Attachment.InstanceId)?.InstanceType
        if (type !== undefined && 1 + (e.SecondaryPrivateIpAddresses?.length ?? 0) > limitsOf(type).ips) problems.push(`IPs of ${e.NetworkInterfaceId}`)
      }
    }
    for (const i of w.all("instances")) {
      const l = limitsOf(i.InstanceType)
      const n = attached.get(i.InstanceId) ?? 0
      if (n > l.enis) problems.push(`ENIs of ${i.InstanceId} (${i.InstanceType}): ${n}`)
      const volumes = i.BlockDeviceMappings.length
      const total = i.InstanceType === "m7i.large" ? volumes : volumes + n + l.store
      const limit = i.InstanceType === "m7i.large" ? 32 : 28
      if (total > limit) problems.push(`attachments of ${i.InstanceId} (${i.InstanceType}): ${total}`)
    }
    return problems
  })
)

describe("property: ENI, IPv4-per-ENI and attachment limits; unique private IPs per subnet", () => {
  it("hold after every step of random RunInstances / AttachVolume / TerminateInstances sequences", async () => {
    let steps = 0
    let launched = 0
    let attached = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), (ops) =>
        run(Effect.gen(function*() {
          const ec2 = yield* Ec2.Ec2
          const subnet = yield* subnetIn("us-east-1a")
          const ids: Array<string> = []
          let device = 0
          for (const op of ops) {
            steps++
            if (op._tag === "run") {
              const type = TYPES[op.type]!
              const r = yield* Effect.exit(launch({
                InstanceType: type,
                MinCount: 1,
                MaxCount: op.count,
                ...(op.enis.length === 0
                  ? { SubnetId: subnet.SubnetId }
                  : {
                    NetworkInterfaces: [0, ...op.enis.map((_, k) => k + 1)].map((DeviceIndex, k) => ({
                      DeviceIndex,
                      ...(DeviceIndex === 0 ? { SubnetId: subnet.SubnetId } : {}),
                      SecondaryPrivateIpAddressCount: k === 0 ? op.ips : op.enis[k - 1]!,
                      DeleteOnTermination: k % 2 === 0
                    }))
                  }),
                BlockDeviceMappings: volumes(op.volumes)
              }))
              if (r._tag === "Success") {
                launched++
                ids.push(...r.value.Instances!.map((i) => i.InstanceId!))
              }
            } else if (op._tag === "attach" && ids.length > 0) {
              const id = ids[op.instance % ids.length]!
              for (let k = 0; k < op.n; k++) {
                const v = yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 1 })
                const a = yield* Effect.exit(ec2.attachVolume({ VolumeId: v.VolumeId!, InstanceId: id, Device: devices[30 + (device++ % 17)]! }))
                if (a._tag === "Success") attached++
              }
            } else if (op._tag === "terminate" && ids.length > 0) {
              yield* Effect.exit(ec2.terminateInstances({ InstanceIds: [ids[op.instance % ids.length]!] }))
            } else {
              yield* TestClock.adjust("6 seconds")
            }
            expect(yield* checkInvariants).toEqual([])
          }
        }), { seed: 7, delays: { volumeCreating: "immediate", instancePending: "immediate" } })
      ),
      { numRuns: CI ? 1000 : 100 }
    )
    // the sequences reach both sides of the limits
    expect(steps).toBeGreaterThan(0)
    expect(launched).toBeGreaterThan(0)
    expect(attached).toBeGreaterThan(0)
    console.log(`limits property: ${steps} steps, ${launched} launches, ${attached} attachments`)
  }, 600_000)
})

describe("secondary private IPv4 addresses in the World's index", () => {
  it("a restored world knows them, and a deleted interface frees them", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      const subnet = yield* subnetIn("us-east-1a")
      const addressesOf = (r: { readonly Instances?: ReadonlyArray<Ec2Shapes.Instance> | undefined }) =>
        r.Instances![0]!.NetworkInterfaces!.flatMap((n) => n.PrivateIpAddresses!.map((a) => a.PrivateIpAddress!))
      const first = yield* launch({ InstanceType: "m5.large", NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId, SecondaryPrivateIpAddressCount: 2 }] })
      const firstIps = addressesOf(first)
      expect(firstIps.length).toBe(3)
      yield* hv.restore(yield* hv.snapshot)
      const second = yield* launch({ InstanceType: "m5.large", NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId, SecondaryPrivateIpAddressCount: 2 }] })
      const secondIps = addressesOf(second)
      for (const ip of secondIps) expect(firstIps).not.toContain(ip)
      // an explicitly requested address held as a secondary is in use
      expect((yield* err(launch({ InstanceType: "m5.large", NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId, PrivateIpAddress: firstIps[2]! }] }))).code).toBe(
        "InvalidIPAddress.InUse"
      )
      // terminate the first: its interface (DeleteOnTermination) and all three addresses are freed
      yield* ec2.terminateInstances({ InstanceIds: [first.Instances![0]!.InstanceId!] })
      yield* TestClock.adjust("10 seconds")
      const third = yield* launch({ InstanceType: "m5.large", NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet.SubnetId, SecondaryPrivateIpAddressCount: 2 }] })
      expect([...addressesOf(third)].sort()).toEqual([...firstIps].sort())
    })))
})

describe("vCPU quotas (option vcpuQuotas)", () => {
  const quotas = { seed: 1, vcpuQuotas: { onDemand: { Standard: 8 }, spot: { Standard: 2 } } } as const
  const spotMarket = { InstanceMarketOptions: { MarketType: "spot" as const } }
  const exceeded = (limit: number) => ({
    code: "VcpuLimitExceeded",
    message: `You have requested more vCPU capacity than your current vCPU limit of ${limit} allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.`
  })

  it("RunInstances launches as many as fit (at least MinCount); over the quota nothing changes", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      // t3.micro: 2 vCPUs, so 4 fit in 8
      expect((yield* launch({ MinCount: 1, MaxCount: 10 })).Instances).toHaveLength(4)
      const before = yield* state
      expect(yield* err(launch())).toEqual(exceeded(8))
      expect(yield* state).toBe(before)
      // another bucket (G and VT) has no quota here; Spot has its own
      expect((yield* launch({ InstanceType: "g5.xlarge" })).Instances).toHaveLength(1)
      expect((yield* launch(spotMarket)).Instances).toHaveLength(1)
      expect(yield* err(launch(spotMarket))).toEqual({ code: "MaxSpotInstanceCountExceeded", message: "Max spot instance count exceeded" })
      // the quota is part of the world: a restored snapshot keeps it
      yield* hv.restore(yield* hv.snapshot)
      expect((yield* err(launch())).code).toBe("VcpuLimitExceeded")
      void ec2
    }), quotas))

  it("stopped instances free their vCPUs; StartInstances is refused while the quota is full; shutting-down still counts", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const ids = (yield* launch({ MinCount: 4, MaxCount: 4 })).Instances!.map((i) => i.InstanceId!)
      yield* TestClock.adjust("10 seconds")
      yield* ec2.stopInstances({ InstanceIds: [ids[0]!] })
      // stopping still holds its vCPUs
      expect((yield* err(launch())).code).toBe("VcpuLimitExceeded")
      yield* TestClock.adjust("10 seconds")
      const other = (yield* launch()).Instances![0]!.InstanceId!
      expect(yield* err(ec2.startInstances({ InstanceIds: [ids[0]!] }))).toEqual(exceeded(8))
      yield* ec2.terminateInstances({ InstanceIds: [other] })
      expect((yield* err(ec2.startInstances({ InstanceIds: [ids[0]!] }))).code).toBe("VcpuLimitExceeded") // shutting-down
      yield* TestClock.adjust("10 seconds")
      expect((yield* ec2.startInstances({ InstanceIds: [ids[0]!] })).StartingInstances![0]!.CurrentState!.Name).toBe("pending")
    }), quotas))

  it("terminating a stopped instance counts no vCPUs while it shuts down (it holds no host)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      // 3 × t3.micro (6 of 8 vCPUs); stop one: 4 in use
      const ids = (yield* launch({ MinCount: 3, MaxCount: 3 })).Instances!.map((i) => i.InstanceId!)
      yield* TestClock.adjust("10 seconds")
      yield* ec2.stopInstances({ InstanceIds: [ids[0]!] })
      yield* TestClock.adjust("10 seconds")
      // stopped → shutting-down holds no host: still 4 in use (was counted again: 6)
      yield* ec2.terminateInstances({ InstanceIds: [ids[0]!] })
      expect((yield* ec2.describeInstances({ InstanceIds: [ids[0]!] })).Reservations![0]!.Instances![0]!.State!.Name).toBe("shutting-down")
      expect((yield* launch({ MinCount: 2, MaxCount: 2 })).Instances).toHaveLength(2)
      expect(yield* err(launch())).toEqual(exceeded(8))
    }), quotas))

  it("Hypervisor.setVcpuQuota raises, removes and validates a quota", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      expect((yield* launch({ MinCount: 1, MaxCount: 10 })).Instances).toHaveLength(4)
      expect((yield* err(launch())).code).toBe("VcpuLimitExceeded")
      yield* hv.setVcpuQuota({ Market: "on-demand", Bucket: "Standard", Vcpus: 12 })
      expect((yield* launch({ MinCount: 1, MaxCount: 10 })).Instances).toHaveLength(2)
      expect(yield* err(launch())).toEqual(exceeded(12))
      yield* hv.setVcpuQuota({ Market: "on-demand", Bucket: "Standard", Vcpus: undefined })
      expect((yield* launch({ MinCount: 5, MaxCount: 5 })).Instances).toHaveLength(5)
      expect(yield* hv.inspect((w) => w.get("meta", "world")?.VcpuQuotas)).toEqual({ "spot|Standard": 2 })
      expect((yield* err(hv.setVcpuQuota({ Market: "on-demand", Bucket: "Nope" as never, Vcpus: 1 }))).code).toBe("InvalidParameterValue")
      expect((yield* err(hv.setVcpuQuota({ Market: "on-demand", Bucket: "P", Vcpus: 1.5 }))).code).toBe("InvalidParameterValue")
    }), quotas))

  it("an unknown bucket or a bad value fails the layer", async () => {
    const code = (o: Ec2Memory.Options) =>
      Effect.runPromise(Effect.scoped(Effect.flip(Ec2Memory.make(o)).pipe(Effect.map((e) => (e instanceof Ec2Error.Ec2Error ? e.code : "other")))))
    expect(await code({ vcpuQuotas: { onDemand: { Nope: 1 } as never } })).toBe("InvalidParameterValue")
    expect(await code({ vcpuQuotas: { spot: { Standard: -1 } } })).toBe("InvalidParameterValue")
  })
})

describe("RunInstances with a huge MaxCount (launch what fits, in time proportional to it)", () => {
  const small = { seed: 1, fleet: { racksPerAz: 1, hostsPerRack: 2, vCpusPerHost: 8 } } as const

  it("MaxCount 1e9 on a small fleet launches what fits at once", () =>
    run(Effect.gen(function*() {
      const started = performance.now()
      // t3.micro: 2 vCPUs, 4 per host, 2 hosts
      const inA = { Placement: { AvailabilityZone: "us-east-1a" } }
      expect((yield* launch({ ...inA, MinCount: 1, MaxCount: 1e9 })).Instances).toHaveLength(8)
      expect(performance.now() - started).toBeLessThan(2_000)
      const before = yield* state
      expect((yield* err(launch({ ...inA, MinCount: 1, MaxCount: 1e9 }))).code).toBe("InsufficientInstanceCapacity")
      expect(yield* state).toBe(before)
    }), small))

  it("MaxCount 1e6 launches what the subnet can address (4,091 in a default /20), in time linear in that", () =>
    run(Effect.gen(function*() {
      const started = performance.now()
      const launched = (yield* launch({ MinCount: 1, MaxCount: 1e6 })).Instances!.length
      const ms = performance.now() - started
      expect(launched).toBe(4091)
      // a few milliseconds per instance created at most (it was super-linear: 2e5 took 6 s)
      expect(ms).toBeLessThan(launched * 3 + 1_000)
      expect((yield* err(launch({ SubnetId: (yield* subnetIn("us-east-1a")).SubnetId, MinCount: 1, MaxCount: 1e6 }))).code)
        .toBe(launched === 4091 ? "InsufficientFreeAddressesInSubnet" : "")
    })))

  it("8,000 instances of one launch terminate and vanish in time linear in them; the reservation goes with the last", () =>
    run(
      Effect.gen(function*() {
        const ec2 = yield* Ec2.Ec2
        const hv = yield* Hypervisor.Hypervisor
        const subnet = yield* hv.inspect((w) => w.all("subnets").find((s) => s.CidrBlock === "10.0.0.0/16")!.SubnetId)
        const r = yield* launch({ SubnetId: subnet, MinCount: 8000, MaxCount: 8000 })
        const ids = r.Instances!.map((i) => i.InstanceId!)
        yield* TestClock.adjust("1 minute")
        yield* ec2.terminateInstances({ InstanceIds: ids })
        yield* TestClock.adjust("10 minutes")
        yield* hv.tick
        expect(yield* hv.inspect((w) => w.all("reservations").some((x) => x.ReservationId === r.ReservationId!))).toBe(true)
        // every instance vanishes in one catch-up (it scanned the reservation per instance: 4.4 s here, minutes for 16,000)
        const started = performance.now()
        yield* TestClock.adjust("2 hours")
        yield* hv.tick
        expect(performance.now() - started).toBeLessThan(1_500)
        expect(yield* hv.inspect((w) => [w.all("instances").length, w.all("reservations").some((x) => x.ReservationId === r.ReservationId!)]))
          .toEqual([0, false])
      }),
      { seed: 1, vpcs: [{ CidrBlock: "10.0.0.0/16", Subnets: [{ AvailabilityZone: "us-east-1a", CidrBlock: "10.0.0.0/16" }] }] }
    ))

  it("a MinCount that cannot be met fails at once, changing nothing", () =>
    run(Effect.gen(function*() {
      const before = yield* state
      const started = performance.now()
      expect(yield* err(launch({ MinCount: 1e9, MaxCount: 1e9, SubnetId: (yield* subnetIn("us-east-1a")).SubnetId }))).toEqual({
        code: "InsufficientFreeAddressesInSubnet",
        message: `There are not enough free addresses in subnet '${(yield* subnetIn("us-east-1a")).SubnetId}' to satisfy the requested number of instances.`
      })
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(yield* state).toBe(before)
    }), small))

  it("counts beyond EC2's 32-bit Integer (2^31, 2^53) and non-integers are InvalidParameterValue, not a RangeError", () =>
    run(Effect.gen(function*() {
      const before = yield* state
      expect(yield* err(launch({ MinCount: 1, MaxCount: 2 ** 53 }))).toEqual({ code: "InvalidParameterValue", message: "Invalid value '9007199254740992' for MaxCount." })
      expect(yield* err(launch({ MinCount: 1, MaxCount: 2 ** 31 }))).toEqual({ code: "InvalidParameterValue", message: "Invalid value '2147483648' for MaxCount." })
      expect(yield* err(launch({ MinCount: 2 ** 53, MaxCount: 2 ** 53 }))).toEqual({ code: "InvalidParameterValue", message: "Invalid value '9007199254740992' for MinCount." })
      expect((yield* err(launch({ MinCount: 1, MaxCount: 1.5 }))).code).toBe("InvalidParameterValue")
      expect((yield* err(launch({ MinCount: 1, MaxCount: Number.POSITIVE_INFINITY }))).code).toBe("InvalidParameterValue")
      expect((yield* err(launch({ MinCount: 1, MaxCount: Number.NaN }))).code).toBe("InvalidParameterValue")
      expect(yield* state).toBe(before)
      // the largest Integer is a valid MaxCount: what fits launches
      expect((yield* launch({ Placement: { AvailabilityZone: "us-east-1a" }, MinCount: 1, MaxCount: 2 ** 31 - 1 })).Instances).toHaveLength(8)
    }), small))
})

describe("property: the vCPU quota under random launches, stops, starts and terminations", () => {
  // AWS's vCPU counts of these types (DescribeInstanceTypes VCpuInfo.DefaultVCpus), written out
  const VCPUS = { "t3.nano": 2, "t3.micro": 2, "m5.large": 2, "c5.xlarge": 4 } as const
  const QTYPES = Object.keys(VCPUS) as ReadonlyArray<keyof typeof VCPUS>
  const QUOTA = { "on-demand": 8, spot: 4 } as const
  type QOp =
    | { readonly _tag: "run"; readonly type: number; readonly count: number; readonly spot: boolean }
    | { readonly _tag: "stop" | "start" | "terminate" | "stopThenTerminate"; readonly instance: number }
    | { readonly _tag: "wait"; readonly seconds: number }
  const qop: fc.Arbitrary<QOp> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ _tag: fc.constant("run" as const), type: fc.nat(QTYPES.length - 1), count: fc.integer({ min: 1, max: 3 }), spot: fc.boolean() }) },
    // few distinct targets, so that stops, starts and terminations meet the same instances
    {
      weight: 4,
      arbitrary: fc.record({
        _tag: fc.constantFrom("stop" as const, "start" as const, "terminate" as const, "stopThenTerminate" as const),
        instance: fc.nat(2)
      })
    },
    // the transitions take 5 s each
    { weight: 3, arbitrary: fc.record({ _tag: fc.constant("wait" as const), seconds: fc.integer({ min: 2, max: 8 }) }) }
  )
  /** vCPUs per market of the instances on hardware: pending, running, stopping, and shutting-down with a host. */
  const usage = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
    hv.inspect((w) => {
      const out = { "on-demand": 0, spot: 0 }
      for (const i of w.all("instances")) {
        const s = i.Lifecycle.State
        const onHardware = s === "pending" || s === "running" || s === "stopping" || (s === "shutting-down" && i.RackId !== undefined)
        if (onHardware) out[i.Spot !== undefined ? "spot" : "on-demand"] += VCPUS[i.InstanceType as keyof typeof VCPUS]
      }
      return out
    })
  )
  const quotaCodes = ["VcpuLimitExceeded", "MaxSpotInstanceCountExceeded"]

  it("usage never exceeds the quota, and a refusal always means the request did not fit", async () => {
    let refused = 0
    let shuttingDownFromStopped = 0
    await fc.assert(
      fc.asyncProperty(fc.array(qop, { minLength: 1, maxLength: 40 }), (ops) =>
        run(
          Effect.gen(function*() {
            const ec2 = yield* Ec2.Ec2
            const hv = yield* Hypervisor.Hypervisor
            const ids: Array<{ readonly id: string; readonly type: keyof typeof VCPUS; readonly market: "on-demand" | "spot" }> = []
            for (const op of ops) {
              const before = yield* usage
              if (op._tag === "run") {
                const type = QTYPES[op.type]!
                const market = op.spot ? "spot" as const : "on-demand" as const
                const r = yield* Effect.exit(launch({
                  InstanceType: type,
                  MinCount: 1,
                  MaxCount: op.count,
                  ...(op.spot ? { InstanceMarketOptions: { MarketType: "spot" as const, SpotOptions: { InstanceInterruptionBehavior: "stop" as const } } } : {})
                }))
                if (r._tag === "Success") ids.push(...r.value.Instances!.map((i) => ({ id: i.InstanceId!, type, market })))
                else {
                  const e = Cause.squash(r.cause) as Ec2Error.Ec2Error
                  if (quotaCodes.includes(e.code)) {
                    refused++
                    expect(before[market] + VCPUS[type]).toBeGreaterThan(QUOTA[market])
                  }
                }
              } else if (op._tag === "wait") {
                yield* TestClock.adjust(`${op.seconds} seconds`)
              } else if (ids.length > 0) {
                // one of the latest instances (the first ones are soon terminated)
                const target = ids[ids.length - 1 - (op.instance % ids.length)]!
                if (op._tag === "stopThenTerminate") {
                  // the case that double-counted: a stopped instance terminated (stopped → shutting-down)
                  yield* Effect.exit(ec2.stopInstances({ InstanceIds: [target.id] }))
                  yield* TestClock.adjust("6 seconds")
                }
                const wasStopped = (yield* hv.inspect((w) => w.get("instances", target.id)?.Lifecycle.State)) === "stopped"
                const call: Effect.Effect<unknown, Ec2Error.Ec2Error> = op._tag === "stop"
                  ? ec2.stopInstances({ InstanceIds: [target.id] })
                  : op._tag === "start"
                  ? ec2.startInstances({ InstanceIds: [target.id] })
                  : ec2.terminateInstances({ InstanceIds: [target.id] })
                const r = yield* Effect.exit(call)
                if (r._tag === "Failure") {
                  const e = Cause.squash(r.cause) as Ec2Error.Ec2Error
                  if (op._tag === "start" && quotaCodes.includes(e.code)) {
                    refused++
                    expect(before[target.market] + VCPUS[target.type]).toBeGreaterThan(QUOTA[target.market])
                  }
                } else if (op._tag !== "stop" && op._tag !== "start" && wasStopped) shuttingDownFromStopped++
              }
              const after = yield* usage
              expect(after["on-demand"]).toBeLessThanOrEqual(QUOTA["on-demand"])
              expect(after.spot).toBeLessThanOrEqual(QUOTA.spot)
            }
          }),
          { seed: 3, vcpuQuotas: { onDemand: { Standard: QUOTA["on-demand"] }, spot: { Standard: QUOTA.spot } } }
        )
      ),
      { numRuns: CI ? 1000 : 100 }
    )
    console.log(`vCPU property: ${refused} refusals, ${shuttingDownFromStopped} stopped instances terminated`)
    // the sequences reach the quota and terminate stopped instances
    expect(refused).toBeGreaterThan(0)
    expect(shuttingDownFromStopped).toBeGreaterThan(0)
  }, 600_000)
})

describe("tag and user-data limits on every path that takes them (core Tags, UserData)", () => {
  /** Every table that a tagged create could touch. */
  const world = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
    hv.inspect((w) =>
      JSON.stringify(
        (["instances", "networkInterfaces", "volumes", "snapshots", "images", "keyPairs", "placementGroups", "securityGroups", "addresses", "tags"] as const)
          .map((t) => [...w.all(t)])
      )
    )
  )
  const tagged = (type: string, n: number, tag: (i: number) => { Key: string; Value: string } = (i) => ({ Key: `k${i}`, Value: "v" })) =>
    [{ ResourceType: type, Tags: Array.from({ length: n }, (_, i) => tag(i)) }]

  /** One request per operation that takes TagSpecifications, tagging its resource type with `specs(type)`. */
  const creators = (specs: (type: string) => ReadonlyArray<{ ResourceType: string; Tags: ReadonlyArray<{ Key: string; Value: string }> }>) =>
    Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      const vol = (yield* ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 1 })).VolumeId!
      const inst = (yield* launch()).Instances![0]!.InstanceId!
      yield* TestClock.adjust("1 minute")
      yield* hv.tick
      const snap = (yield* ec2.createSnapshot({ VolumeId: vol })).SnapshotId!
      yield* TestClock.adjust("10 minutes")
      yield* hv.tick
      const sg = yield* hv.inspect((w) => w.all("securityGroups")[0]!.GroupId)
      const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
      const cases: ReadonlyArray<readonly [string, Effect.Effect<unknown, Ec2Error.Ec2Error, Ec2.Ec2 | Hypervisor.Hypervisor>]> = [
        ["RunInstances/instance", launch({ TagSpecifications: specs("instance") as never })],
        ["RunInstances/volume", launch({ TagSpecifications: specs("volume") as never })],
        ["CreateVolume", ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 1, TagSpecifications: specs("volume") as never })],
        ["CreateSnapshot", ec2.createSnapshot({ VolumeId: vol, TagSpecifications: specs("snapshot") as never })],
        ["CopySnapshot", ec2.copySnapshot({ SourceSnapshotId: snap, SourceRegion: "us-east-1", TagSpecifications: specs("snapshot") as never })],
        ["CreateImage", ec2.createImage({ InstanceId: inst, Name: "img-1", TagSpecifications: specs("image") as never })],
        ["RegisterImage", ec2.registerImage({
          Name: "img-2", RootDeviceName: "/dev/xvda", BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: snap } }],
          TagSpecifications: specs("image") as never
        })],
        ["CreatePlacementGroup", ec2.createPlacementGroup({ GroupName: "pg", Strategy: "spread", TagSpecifications: specs("placement-group") as never })],
        ["CreateKeyPair", ec2.createKeyPair({ KeyName: "kp1", TagSpecifications: specs("key-pair") as never })],
        ["ImportKeyPair", ec2.importKeyPair({ KeyName: "kp2", PublicKeyMaterial: new TextEncoder().encode(key), TagSpecifications: specs("key-pair") as never })],
        ["CreateSecurityGroup", ec2.createSecurityGroup({ GroupName: "sg", Description: "d", TagSpecifications: specs("security-group") as never })],
        ["AuthorizeSecurityGroupIngress", ec2.authorizeSecurityGroupIngress({
          GroupId: sg, IpPermissions: [{ IpProtocol: "tcp", FromPort: 1, ToPort: 1, IpRanges: [{ CidrIp: "10.1.0.0/16" }] }],
          TagSpecifications: specs("security-group-rule") as never
        })],
        ["AuthorizeSecurityGroupEgress", ec2.authorizeSecurityGroupEgress({
          GroupId: sg, IpPermissions: [{ IpProtocol: "tcp", FromPort: 2, ToPort: 2, IpRanges: [{ CidrIp: "10.2.0.0/16" }] }],
          TagSpecifications: specs("security-group-rule") as never
        })],
        ["AllocateAddress", ec2.allocateAddress({ Domain: "vpc", TagSpecifications: specs("elastic-ip") as never })]
      ]
      return cases
    })

  const refusedEverywhere = (
    specs: (type: string) => ReadonlyArray<{ ResourceType: string; Tags: ReadonlyArray<{ Key: string; Value: string }> }>,
    expected: { readonly code: string; readonly message: string }
  ) =>
    run(Effect.gen(function*() {
      for (const [name, call] of yield* creators(specs)) {
        const before = yield* world
        expect([name, yield* err(call)]).toEqual([name, expected])
        expect([name, yield* world]).toEqual([name, before])
      }
    }))

  it("51 tags on one resource are TagLimitExceeded on every Create*/Run*/Allocate*, changing nothing", () =>
    refusedEverywhere((type) => tagged(type, 51), { code: "TagLimitExceeded", message: "The resultant tag set must not have more than 50 user tags." }))

  it("two specifications of one type add up: 26 + 25 tags are 51", () =>
    refusedEverywhere(
      (type) => [...tagged(type, 26), ...tagged(type, 25, (i) => ({ Key: `other${i}`, Value: "v" }))],
      { code: "TagLimitExceeded", message: "The resultant tag set must not have more than 50 user tags." }
    ))

  it("an empty key, a 129-character key and a 257-character value are refused everywhere with AWS's texts", () =>
    (async () => {
      await refusedEverywhere((type) => tagged(type, 1, () => ({ Key: "", Value: "v" })), {
        code: "InvalidParameterValue",
        message: "Value ( '' ) for parameter Tag key is invalid. Tag key cannot be null or empty."
      })
      await refusedEverywhere((type) => tagged(type, 1, () => ({ Key: "k".repeat(129), Value: "v" })), {
        code: "InvalidParameterValue",
        message: "Tag key exceeds the maximum length of 128 characters"
      })
      await refusedEverywhere((type) => tagged(type, 1, () => ({ Key: "k", Value: "v".repeat(257) })), {
        code: "InvalidParameterValue",
        message: "Tag value exceeds the maximum length of 256 characters"
      })
      await refusedEverywhere((type) => tagged(type, 1, () => ({ Key: "aws:x", Value: "v" })), {
        code: "InvalidParameterValue",
        message: "Tag keys starting with 'aws:' are reserved for internal use"
      })
    })())

  it("50 tags, 128-character keys and 256-character values are accepted everywhere", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const cases = yield* creators((type) => tagged(type, 50, (i) => ({ Key: `${i}`.padEnd(128, "k"), Value: "v".repeat(256) })))
      for (const [name, call] of cases) {
        const exit = yield* Effect.exit(call)
        expect([name, exit._tag]).toEqual([name, "Success"])
      }
      // every tagged resource carries its 50 tags
      const counts = yield* hv.inspect((w) => w.all("tags").map((t) => t.Tags.length))
      expect(counts.filter((n) => n === 50).length).toBeGreaterThanOrEqual(cases.length)
    })))

  const b64 = (bytes: number) => Buffer.alloc(bytes, 0x61).toString("base64")
  const tooLarge = { code: "InvalidParameterValue", message: "User data is limited to 16384 bytes" }
  const notBase64 = { code: "InvalidParameterValue", message: "Invalid BASE64 encoding of user data" }

  it("RunInstances: user data of 16 KB (raw) launches; 16 KB + 1 and text that is not base64 are refused", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = (yield* launch({ UserData: b64(16_384) })).Instances![0]!.InstanceId!
      const attr = yield* ec2.describeInstanceAttribute({ InstanceId: id, Attribute: "userData" })
      expect(attr.UserData?.Value).toBe(b64(16_384))
      // Ruby's Base64.encode64 breaks lines every 60 characters; EC2 accepts it
      expect((yield* launch({ UserData: `${b64(90).slice(0, 60)}\n${b64(90).slice(60)}\n` })).Instances).toHaveLength(1)
      const before = yield* state
      expect(yield* err(launch({ UserData: b64(16_385) }))).toEqual(tooLarge)
      for (const bad of ["#!/bin/bash\necho hi", "aGk", "aGk=aGk=", "a-b_", "aGk==="]) {
        expect([bad, yield* err(launch({ UserData: bad }))]).toEqual([bad, notBase64])
      }
      expect(yield* state).toBe(before)
    })))

  it("ModifyInstanceAttribute: the same limits on the raw blob and on Attribute userData's base64 Value", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = (yield* launch()).Instances![0]!.InstanceId!
      yield* TestClock.adjust("10 seconds")
      yield* ec2.stopInstances({ InstanceIds: [id] })
      yield* TestClock.adjust("10 seconds")
      const before = yield* state
      expect(yield* err(ec2.modifyInstanceAttribute({ InstanceId: id, UserData: { Value: new Uint8Array(16_385) } }))).toEqual(tooLarge)
      expect(yield* err(ec2.modifyInstanceAttribute({ InstanceId: id, Attribute: "userData", Value: b64(16_385) }))).toEqual(tooLarge)
      expect(yield* err(ec2.modifyInstanceAttribute({ InstanceId: id, Attribute: "userData", Value: "not base64!" }))).toEqual(notBase64)
      expect(yield* state).toBe(before)
      yield* ec2.modifyInstanceAttribute({ InstanceId: id, UserData: { Value: new Uint8Array(16_384) } })
      yield* ec2.modifyInstanceAttribute({ InstanceId: id, Attribute: "userData", Value: b64(16_384) })
      expect((yield* ec2.describeInstanceAttribute({ InstanceId: id, Attribute: "userData" })).UserData?.Value).toBe(b64(16_384))
    })))
})
