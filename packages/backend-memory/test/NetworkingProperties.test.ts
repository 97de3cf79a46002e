/**
 * Properties of the VPC networking model under random operation sequences (issue 11 §1):
 * - address accounting: no private address is held twice in a subnet, every held address lies in its
 *   subnet's assignable range, and `AvailableIpAddressCount` always equals the free addresses;
 * - dependency rules: no deletion (successful or refused) leaves a dangling reference, and a refused
 *   deletion changes nothing.
 * At least 1,000 runs when CI is set.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import type { Ec2 } from "@ec2kit/core"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Ec2Memory from "../src/Ec2Memory.js"
import { assignableRange, ipToInt } from "../src/internal/Net.js"
import type { World } from "../src/internal/World.js"

const runs = (n: number) => (process.env["CI"] ? Math.max(n, 1000) : n)

type Op =
  | { readonly op: "vpc"; readonly third: number }
  | { readonly op: "subnet"; readonly vpc: number; readonly third: number; readonly prefix: number }
  | { readonly op: "eni"; readonly subnet: number; readonly secondaries: number }
  | { readonly op: "assign"; readonly eni: number; readonly count: number }
  | { readonly op: "unassign"; readonly eni: number }
  | { readonly op: "launch"; readonly subnet: number }
  | { readonly op: "attach"; readonly eni: number; readonly instance: number; readonly device: number }
  | { readonly op: "detach"; readonly eni: number }
  | { readonly op: "terminate"; readonly instance: number }
  | { readonly op: "deleteEni"; readonly eni: number }
  | { readonly op: "deleteSubnet"; readonly subnet: number }
  | { readonly op: "deleteVpc"; readonly vpc: number }
  | { readonly op: "igw"; readonly vpc: number }
  | { readonly op: "deleteIgw"; readonly igw: number }
  | { readonly op: "table"; readonly vpc: number; readonly subnet: number }
  | { readonly op: "deleteTable"; readonly table: number }
  | { readonly op: "time" }

const i = fc.nat({ max: 7 })
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("vpc" as const), third: fc.nat({ max: 3 }) }),
  fc.record({ op: fc.constant("subnet" as const), vpc: i, third: fc.nat({ max: 3 }), prefix: fc.integer({ min: 26, max: 28 }) }),
  fc.record({ op: fc.constant("eni" as const), subnet: i, secondaries: fc.nat({ max: 4 }) }),
  fc.record({ op: fc.constant("assign" as const), eni: i, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant("unassign" as const), eni: i }),
  fc.record({ op: fc.constant("launch" as const), subnet: i }),
  fc.record({ op: fc.constant("attach" as const), eni: i, instance: i, device: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant("detach" as const), eni: i }),
  fc.record({ op: fc.constant("terminate" as const), instance: i }),
  fc.record({ op: fc.constant("deleteEni" as const), eni: i }),
  fc.record({ op: fc.constant("deleteSubnet" as const), subnet: i }),
  fc.record({ op: fc.constant("deleteVpc" as const), vpc: i }),
  fc.record({ op: fc.constant("igw" as const), vpc: i }),
  fc.record({ op: fc.constant("deleteIgw" as const), igw: i }),
  fc.record({ op: fc.constant("table" as const), vpc: i, subnet: i }),
  fc.record({ op: fc.constant("deleteTable" as const), table: i }),
  fc.constant({ op: "time" as const })
)

/** Address accounting and referential integrity of the whole world. */
const check = (w: World, free: ReadonlyMap<string, number>) => {
  const held = new Map<string, Set<number>>()
  for (const e of w.all("networkInterfaces")) {
    const s = w.get("subnets", e.SubnetId)
    expect(s, `ENI ${e.NetworkInterfaceId} in a missing subnet`).toBeDefined()
    expect(w.get("vpcs", e.VpcId)).toBeDefined()
    const set = held.get(e.SubnetId) ?? new Set<number>()
    held.set(e.SubnetId, set)
    const { first, last } = assignableRange(s!.CidrBlock)
    for (const ip of [e.PrivateIpAddress, ...(e.SecondaryPrivateIpAddresses ?? [])]) {
      const n = ipToInt(ip)
      expect(set.has(n), `${ip} held twice in ${e.SubnetId}`).toBe(false)
      expect(n >= first && n <= last, `${ip} outside the assignable range of ${s!.CidrBlock}`).toBe(true)
      set.add(n)
    }
    for (const g of e.GroupIds) expect(w.get("securityGroups", g)?.VpcId).toBe(e.VpcId)
    if (e.Attachment !== undefined) expect(w.get("instances", e.Attachment.InstanceId)).toBeDefined()
  }
  for (const s of w.all("subnets")) {
    expect(w.get("vpcs", s.VpcId), `subnet ${s.SubnetId} in a missing VPC`).toBeDefined()
    const { first, last } = assignableRange(s.CidrBlock)
    expect(free.get(s.SubnetId)).toBe(last - first + 1 - (held.get(s.SubnetId)?.size ?? 0))
  }
  for (const g of w.all("securityGroups")) expect(w.get("vpcs", g.VpcId)).toBeDefined()
  for (const t of w.all("routeTables")) {
    expect(w.get("vpcs", t.VpcId)).toBeDefined()
    for (const a of t.Associations) if (a.SubnetId !== undefined) expect(w.get("subnets", a.SubnetId)?.VpcId).toBe(t.VpcId)
  }
  for (const a of w.all("networkAcls")) {
    expect(w.get("vpcs", a.VpcId)).toBeDefined()
    for (const x of a.Associations) expect(w.get("subnets", x.SubnetId)?.VpcId).toBe(a.VpcId)
  }
  for (const g of w.all("internetGateways")) if (g.VpcId !== undefined) expect(w.get("vpcs", g.VpcId)).toBeDefined()
  for (const v of w.all("vpcs")) {
    expect([...w.all("routeTables")].filter((t) => t.VpcId === v.VpcId && t.Associations.some((a) => a.Main))).toHaveLength(1)
  }
}

const program = (ops: ReadonlyArray<Op>) =>
  Effect.gen(function*() {
    const { ec2, engine } = yield* Ec2Memory.make({ seed: 11, delays: { instancePending: "immediate", instanceShuttingDown: "immediate" } })
    const image = yield* engine.read((w) => [...w.all("images")][0]!.ImageId)
    const vpcs: Array<string> = []
    const subnets: Array<string> = []
    const enis: Array<string> = []
    const instances: Array<string> = []
    const igws: Array<string> = []
    const tables: Array<string> = []
    const pick = <A>(xs: ReadonlyArray<A>, k: number) => (xs.length === 0 ? undefined : xs[k % xs.length])
    for (const o of ops) {
      const before = yield* engine.read((w) => w.dump())
      const r = yield* Effect.result(Effect.gen(function*() {
        switch (o.op) {
          case "vpc":
            vpcs.push((yield* ec2.createVpc({ CidrBlock: `10.${o.third}.0.0/24` })).Vpc!.VpcId!)
            return
          case "subnet": {
            const v = pick(vpcs, o.vpc)
            if (v === undefined) return
            const vpc = yield* engine.read((w) => w.get("vpcs", v))
            if (vpc === undefined) return
            const base = vpc.CidrBlock.split(".").slice(0, 3).join(".")
            const size = 2 ** (32 - o.prefix)
            subnets.push((yield* ec2.createSubnet({ VpcId: v as never, CidrBlock: `${base}.${(o.third * size) % 256}/${o.prefix}` })).Subnet!.SubnetId!)
            return
          }
          case "eni": {
            const s = pick(subnets, o.subnet)
            if (s === undefined) return
            enis.push((yield* ec2.createNetworkInterface({ SubnetId: s as never, SecondaryPrivateIpAddressCount: o.secondaries })).NetworkInterface!.NetworkInterfaceId!)
            return
          }
          case "assign": {
            const e = pick(enis, o.eni)
            if (e !== undefined) yield* ec2.assignPrivateIpAddresses({ NetworkInterfaceId: e as never, SecondaryPrivateIpAddressCount: o.count })
            return
          }
          case "unassign": {
            const e = pick(enis, o.eni)
            const ip = e === undefined ? undefined : yield* engine.read((w) => w.get("networkInterfaces", e)?.SecondaryPrivateIpAddresses?.[0])
            if (ip !== undefined) yield* ec2.unassignPrivateIpAddresses({ NetworkInterfaceId: e as never, PrivateIpAddresses: [ip] })
            return
          }
          case "launch": {
            const s = pick(subnets, o.subnet)
            if (s === undefined) return
            const r = yield* ec2.runInstances({ ImageId: image as never, InstanceType: "m5.large", MinCount: 1, MaxCount: 1, SubnetId: s as never })
            instances.push(r.Instances![0]!.InstanceId!)
            return
          }
          case "attach": {
            const e = pick(enis, o.eni)
            const inst = pick(instances, o.instance)
            if (e !== undefined && inst !== undefined) {
              yield* ec2.attachNetworkInterface({ NetworkInterfaceId: e as never, InstanceId: inst as never, DeviceIndex: o.device })
            }
            return
          }
          case "detach": {
            const e = pick(enis, o.eni)
            const a = e === undefined ? undefined : yield* engine.read((w) => w.get("networkInterfaces", e)?.Attachment?.AttachmentId)
            if (a !== undefined) yield* ec2.detachNetworkInterface({ AttachmentId: a as never })
            return
          }
          case "terminate": {
            const inst = pick(instances, o.instance)
            if (inst !== undefined) yield* ec2.terminateInstances({ InstanceIds: [inst as never] })
            return
          }
          case "deleteEni": {
            const e = pick(enis, o.eni)
            if (e !== undefined) yield* ec2.deleteNetworkInterface({ NetworkInterfaceId: e as never })
            return
          }
          case "deleteSubnet": {
            const s = pick(subnets, o.subnet)
            if (s !== undefined) yield* ec2.deleteSubnet({ SubnetId: s as never })
            return
          }
          case "deleteVpc": {
            const v = pick(vpcs, o.vpc)
            if (v !== undefined) yield* ec2.deleteVpc({ VpcId: v as never })
            return
          }
          case "igw": {
            const v = pick(vpcs, o.vpc)
            const g = (yield* ec2.createInternetGateway({})).InternetGateway!.InternetGatewayId!
            igws.push(g)
            if (v !== undefined) yield* ec2.attachInternetGateway({ InternetGatewayId: g as never, VpcId: v as never })
            return
          }
          case "deleteIgw": {
            const g = pick(igws, o.igw)
            if (g === undefined) return
            const vpc = yield* engine.read((w) => w.get("internetGateways", g)?.VpcId)
            if (vpc !== undefined) yield* ec2.detachInternetGateway({ InternetGatewayId: g as never, VpcId: vpc as never })
            yield* ec2.deleteInternetGateway({ InternetGatewayId: g as never })
            return
          }
          case "table": {
            const v = pick(vpcs, o.vpc)
            if (v === undefined) return
            const t = (yield* ec2.createRouteTable({ VpcId: v as never })).RouteTable!.RouteTableId!
            tables.push(t)
            const s = pick(subnets, o.subnet)
            if (s !== undefined) yield* ec2.associateRouteTable({ RouteTableId: t as never, SubnetId: s as never })
            return
          }
          case "deleteTable": {
            const t = pick(tables, o.table)
            if (t !== undefined) yield* ec2.deleteRouteTable({ RouteTableId: t as never })
            return
          }
          case "time":
            yield* TestClock.adjust("2 hours")
            return
        }
      }))
      const after = yield* engine.read((w) => w.dump())
      // (igw, table and deleteIgw make two calls: the first may stand when the second is refused)
      if (r._tag === "Failure" && o.op !== "igw" && o.op !== "table" && o.op !== "deleteIgw") {
        // a refused call changes nothing (atomicity): the world's records are as before it
        expect(after).toEqual(before)
      }
      const free = new Map<string, number>()
      for (const s of (yield* ec2.describeSubnets({})).Subnets ?? []) free.set(s.SubnetId!, s.AvailableIpAddressCount!)
      yield* engine.read((w) => check(w, free))
    }
  })

describe("networking properties", () => {
  it("address accounting and dependency rules hold after every operation", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) =>
        Effect.runPromise(Effect.scoped(program(ops)).pipe(Effect.provide(TestClock.layer())) as Effect.Effect<void, unknown, never>)),
      { numRuns: runs(60) }
    )
  }, 600_000)
})

describe("networking persistence", () => {
  it("VPCs, subnets, gateways, route tables, ACLs and ENIs survive snapshot → restore byte for byte", () =>
    Effect.runPromise(Effect.scoped(Effect.gen(function*() {
      const { ec2, hypervisor } = yield* Ec2Memory.make({ seed: 3 })
      const vpc = (yield* ec2.createVpc({ CidrBlock: "10.9.0.0/16" })).Vpc!.VpcId!
      const subnet = (yield* ec2.createSubnet({ VpcId: vpc as never, CidrBlock: "10.9.1.0/24" })).Subnet!.SubnetId!
      const igw = (yield* ec2.createInternetGateway({})).InternetGateway!.InternetGatewayId!
      yield* ec2.attachInternetGateway({ InternetGatewayId: igw as never, VpcId: vpc as never })
      const rtb = (yield* ec2.createRouteTable({ VpcId: vpc as never })).RouteTable!.RouteTableId!
      yield* ec2.createRoute({ RouteTableId: rtb as never, DestinationCidrBlock: "0.0.0.0/0", GatewayId: igw })
      yield* ec2.associateRouteTable({ RouteTableId: rtb as never, SubnetId: subnet as never })
      yield* ec2.createNetworkInterface({ SubnetId: subnet as never, SecondaryPrivateIpAddressCount: 3 })
      const describe = Effect.all([
        ec2.describeVpcs({}),
        ec2.describeSubnets({}),
        ec2.describeInternetGateways({}),
        ec2.describeRouteTables({}),
        ec2.describeNetworkAcls({}),
        ec2.describeNetworkInterfaces({})
      ])
      const before = yield* describe
      const bytes = yield* hypervisor.snapshot
      const again = yield* Effect.scoped(Effect.gen(function*() {
        const restored = yield* Ec2Memory.make({ snapshot: bytes })
        return { after: yield* Effect.all([
          restored.ec2.describeVpcs({}),
          restored.ec2.describeSubnets({}),
          restored.ec2.describeInternetGateways({}),
          restored.ec2.describeRouteTables({}),
          restored.ec2.describeNetworkAcls({}),
          restored.ec2.describeNetworkInterfaces({})
        ]), bytes: yield* restored.hypervisor.snapshot }
      }))
      expect(again.after).toEqual(before)
      expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true)
      expect(before[3].RouteTables?.find((t) => t.RouteTableId === rtb)?.Routes?.map((r) => [r.DestinationCidrBlock, r.GatewayId, r.State]))
        .toEqual([["10.9.0.0/16", "local", "active"], ["0.0.0.0/0", igw, "active"]])
    })).pipe(Effect.provide(TestClock.layer())) as Effect.Effect<void, unknown, never>))
})

describe("without a default VPC", () => {
  it("RunInstances without a subnet and CreateSecurityGroup without a VPC answer VPCIdNotSpecified; CreateDefaultVpc brings it back", () =>
    Effect.runPromise(Effect.scoped(Effect.gen(function*() {
      const { ec2, engine } = yield* Ec2Memory.make({ seed: 5 })
      const image = yield* engine.read((w) => [...w.all("images")][0]!.ImageId)
      const vpc = yield* engine.read((w) => w.meta.DefaultVpcId)
      const subnets = (yield* ec2.describeSubnets({ Filters: [{ Name: "vpc-id", Values: [vpc] }] })).Subnets!
      for (const s of subnets) yield* ec2.deleteSubnet({ SubnetId: s.SubnetId as never })
      const igw = (yield* ec2.describeInternetGateways({ Filters: [{ Name: "attachment.vpc-id", Values: [vpc] }] })).InternetGateways![0]!
      yield* ec2.detachInternetGateway({ InternetGatewayId: igw.InternetGatewayId as never, VpcId: vpc as never })
      yield* ec2.deleteVpc({ VpcId: vpc as never })
      const attrs = yield* ec2.describeAccountAttributes({ AttributeNames: ["default-vpc"] })
      expect(attrs.AccountAttributes?.[0]?.AttributeValues).toEqual([{ AttributeValue: "none" }])
      const launch = yield* Effect.flip(ec2.runInstances({ ImageId: image as never, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
      expect([launch.code, launch.reason.message]).toEqual(["VPCIdNotSpecified", "No default VPC for this user"])
      const sg = yield* Effect.flip(ec2.createSecurityGroup({ GroupName: "web", Description: "web" }))
      expect([sg.code, sg.reason.message]).toEqual(["VPCIdNotSpecified", "No default VPC for this user"])
      const again = yield* ec2.createDefaultVpc({})
      expect(again.Vpc?.IsDefault).toBe(true)
      const r = yield* ec2.runInstances({ ImageId: image as never, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })
      expect(r.Instances?.[0]?.VpcId).toBe(again.Vpc?.VpcId)
      expect(r.Instances?.[0]?.PublicIpAddress).toBeDefined()
    })).pipe(Effect.provide(TestClock.layer())) as Effect.Effect<void, unknown, never>))
})

describe("networking in the journal", () => {
  it("VPCs, subnets, gateways, route tables and ENIs written to a journal are there after reopening it", () =>
    Effect.runPromise(Effect.gen(function*() {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-net-")), "world.ec2kit")
      const describe = (ec2: Ec2.Service) => Effect.all([
        ec2.describeVpcs({}),
        ec2.describeSubnets({}),
        ec2.describeInternetGateways({}),
        ec2.describeRouteTables({}),
        ec2.describeNetworkAcls({}),
        ec2.describeNetworkInterfaces({})
      ])
      const before = yield* Effect.scoped(Effect.gen(function*() {
        const { ec2 } = yield* Ec2Memory.make({ seed: 9, persistence: { path: file } })
        const vpc = (yield* ec2.createVpc({ CidrBlock: "10.9.0.0/16" })).Vpc!.VpcId!
        const subnet = (yield* ec2.createSubnet({ VpcId: vpc as never, CidrBlock: "10.9.1.0/24" })).Subnet!.SubnetId!
        const igw = (yield* ec2.createInternetGateway({})).InternetGateway!.InternetGatewayId!
        yield* ec2.attachInternetGateway({ InternetGatewayId: igw as never, VpcId: vpc as never })
        const rtb = (yield* ec2.createRouteTable({ VpcId: vpc as never })).RouteTable!.RouteTableId!
        yield* ec2.associateRouteTable({ RouteTableId: rtb as never, SubnetId: subnet as never })
        yield* ec2.createNetworkInterface({ SubnetId: subnet as never, SecondaryPrivateIpAddressCount: 2 })
        return yield* describe(ec2)
      }))
      const after = yield* Effect.scoped(Effect.gen(function*() {
        const { ec2 } = yield* Ec2Memory.make({ persistence: { path: file } })
        return yield* describe(ec2)
      }))
      expect(after).toEqual(before)
      expect(after[1].Subnets?.find((s) => s.CidrBlock === "10.9.1.0/24")?.AvailableIpAddressCount).toBe(248)
    }).pipe(Effect.provide(TestClock.layer())) as Effect.Effect<void, unknown, never>))
})
