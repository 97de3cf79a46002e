/**
 * Conformance group: security groups. Registered by `Conformance.suite`, whose body held it before it had a
 * module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("security groups", () => {
    it("a duplicate rule is InvalidPermission.Duplicate", () =>
      world((t) => Effect.gen(function*() {
        // GroupName: "Up to 255 characters in length. Can't start with sg-." —
        // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html (read 2026-11)
        const GroupName = `dup-${t.runId}`
        const g = yield* H.orDieWithCode(t.ec2.createSecurityGroup({ GroupName, Description: "conformance" }))
        const rule = {
          GroupId: g.GroupId!,
          IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }]
        }
        yield* H.orDieWithCode(t.ec2.authorizeSecurityGroupIngress(rule))
        yield* H.expectError(
          t.ec2.authorizeSecurityGroupIngress(rule),
          "InvalidPermission.Duplicate",
          `the specified rule "peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW" already exists`
        )
        yield* H.expectError(
          t.ec2.createSecurityGroup({ GroupName, Description: "again" }),
          "InvalidGroup.Duplicate",
          /already exists/
        )
        yield* H.orDieWithCode(t.ec2.deleteSecurityGroup({ GroupId: g.GroupId! }))
      })))

    it("the default group cannot be deleted (CannotDelete); a group in use is DependencyViolation", () =>
      world((t) => Effect.gen(function*() {
        const inst = (yield* t.launch())[0]!
        const vpc = inst.VpcId!
        const def = yield* H.orDieWithCode(t.ec2.describeSecurityGroups({
          Filters: [{ Name: "group-name", Values: ["default"] }, { Name: "vpc-id", Values: [vpc] }]
        }))
        const defId = def.SecurityGroups?.[0]?.GroupId!
        yield* H.expectError(
          t.ec2.deleteSecurityGroup({ GroupId: defId }),
          "CannotDelete",
          `the specified group: "${defId}" name: "default" cannot be deleted by a user`
        )
        const g = yield* H.orDieWithCode(t.ec2.createSecurityGroup({ GroupName: `used-${t.runId}`, Description: "in use", VpcId: vpc }))
        yield* t.launch({ SecurityGroupIds: [g.GroupId!] })
        yield* H.expectError(
          t.ec2.deleteSecurityGroup({ GroupId: g.GroupId! }),
          "DependencyViolation",
          `resource ${g.GroupId} has a dependent object`
        )
      })))
  })
}
