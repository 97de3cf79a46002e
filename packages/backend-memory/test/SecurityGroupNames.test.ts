/**
 * RunInstances `SecurityGroups` (names): "[Default VPC] The names of the security groups." (SDK
 * RunInstancesRequest.SecurityGroups) — resolved in the default VPC, also from a launch template; an unknown
 * name is `InvalidGroup.NotFound`, names in a non-default VPC are `InvalidParameterCombination`.
 */
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import { Ec2, type Ec2Error, type Ec2Shapes } from "@ec2kit/core"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"

const otherVpc = { CidrBlock: "10.9.0.0/16", Subnets: [{ AvailabilityZone: "us-east-1a", CidrBlock: "10.9.0.0/24" }] }

const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2 | Hypervisor.Hypervisor>) =>
  Effect.runPromise(
    Effect.scoped(self.pipe(Effect.provide(Ec2Memory.layer({ seed: 1, vpcs: [otherVpc] })))).pipe(Effect.provide(TestClock.layer()))
  )

const image = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64")!.ImageId))

const launch = (extra: Partial<(typeof Ec2Shapes.RunInstancesRequest)["Encoded"]> = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.runInstances({ ImageId: yield* image, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ...extra })
  })

const err = <A, R>(e: Effect.Effect<A, Ec2Error.Ec2Error, R>) =>
  Effect.map(Effect.flip(e), (x) => ({ code: x.code, message: x.reason.message }))

const world = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
  hv.inspect((w) => {
    const vpc = w.all("vpcs").find((v) => !v.IsDefault)!
    return {
      DefaultVpcId: w.all("vpcs").find((v) => v.IsDefault)!.VpcId,
      VpcId: vpc.VpcId,
      SubnetId: w.all("subnets").find((s) => s.VpcId === vpc.VpcId)!.SubnetId,
      DefaultSubnetId: w.all("subnets").find((s) => s.DefaultForAz)!.SubnetId
    }
  }))

const groupsOf = (r: Ec2Shapes.RunInstancesResult) => (r.Instances?.[0]?.SecurityGroups ?? []).map((g) => g.GroupName).sort()

describe("RunInstances SecurityGroups by name", () => {
  it("names resolve in the default VPC (with or without a default subnet), together with ids", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const w = yield* world
      yield* ec2.createSecurityGroup({ GroupName: "web", Description: "web" })
      const db = yield* ec2.createSecurityGroup({ GroupName: "db", Description: "db" })
      // a group of the same name in another VPC is not the one a name means
      yield* ec2.createSecurityGroup({ GroupName: "web", Description: "other web", VpcId: w.VpcId })
      const r = yield* launch({ SecurityGroups: ["web"] })
      expect(groupsOf(r)).toEqual(["web"])
      const inst = r.Instances![0]!
      const web = (yield* ec2.describeSecurityGroups({ Filters: [{ Name: "group-name", Values: ["web"] }, { Name: "vpc-id", Values: [w.DefaultVpcId] }] })).SecurityGroups![0]!
      expect(inst.SecurityGroups?.[0]?.GroupId).toBe(web.GroupId)
      expect(groupsOf(yield* launch({ SecurityGroups: ["web", "default"], SecurityGroupIds: [db.GroupId!], SubnetId: w.DefaultSubnetId }))).toEqual(["db", "default", "web"])
    })))

  it("an unknown name is InvalidGroup.NotFound and launches nothing", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const w = yield* world
      expect(yield* err(launch({ SecurityGroups: ["nope"] }))).toEqual({
        code: "InvalidGroup.NotFound",
        message: `The security group 'nope' does not exist in default VPC '${w.DefaultVpcId}'`
      })
      expect((yield* ec2.describeInstances({})).Reservations ?? []).toEqual([])
    })))

  it("names with a subnet of a non-default VPC are InvalidParameterCombination", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const w = yield* world
      yield* ec2.createSecurityGroup({ GroupName: "web", Description: "other web", VpcId: w.VpcId })
      expect(yield* err(launch({ SecurityGroups: ["web"], SubnetId: w.SubnetId }))).toEqual({
        code: "InvalidParameterCombination",
        message: "The parameter groupName cannot be used with the parameter subnet"
      })
    })))

  it("names with network interfaces are InvalidParameterCombination", () =>
    run(Effect.gen(function*() {
      const w = yield* world
      expect(yield* err(launch({ SecurityGroups: ["default"], NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: w.DefaultSubnetId }] }))).toEqual({
        code: "InvalidParameterCombination",
        message: "Network interfaces and an instance-level security groups may not be specified on the same request"
      })
    })))

  it("names from a launch template resolve too", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      yield* ec2.createSecurityGroup({ GroupName: "web", Description: "web" })
      yield* ec2.createLaunchTemplate({ LaunchTemplateName: "named", LaunchTemplateData: { ImageId: yield* image, InstanceType: "t3.micro", SecurityGroups: ["web"] } })
      const r = yield* ec2.runInstances({ MinCount: 1, MaxCount: 1, LaunchTemplate: { LaunchTemplateName: "named" } })
      expect(groupsOf(r)).toEqual(["web"])
    })))
})
