/**
 * Conformance group "fidelity gaps" (issue 11 §4): behaviours found missing by black-box scenarios,
 * written once for every backend. Registered by `Conformance.suite`; each case cites AWS's words.
 *
 * RevokeSecurityGroupIngress and ReleaseAddress in a non-default VPC run in a VPC the test creates
 * (CreateVpc, CreateSubnet) and deletes again.
 *
 * @since 0.1.0
 */
import { type Ec2, type Ec2Error, type Ec2Shapes, Waiters } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"

/**
 * What a test body of this group uses from the suite's per-test context.
 *
 * @since 0.1.0
 * @category models
 */
export interface Ctx {
  readonly ec2: Ec2.Service
  readonly runId: string
  readonly launch: (extra?: Partial<H.RequestOf<"runInstances">>) => Effect.Effect<ReadonlyArray<Ec2Shapes.Instance>>
  readonly tryLaunch: (extra?: Partial<H.RequestOf<"runInstances">>) => Effect.Effect<Ec2Shapes.RunInstancesResult, Ec2Error.Ec2Error>
  readonly running: (id: string) => Effect.Effect<Ec2Shapes.Instance, unknown, Ec2.Ec2>
  readonly zones: Effect.Effect<ReadonlyArray<string>>
}

/**
 * What the group needs from the suite: its per-test runner, time mode and waiter options.
 *
 * @since 0.1.0
 * @category models
 */
export interface Suite<R> {
  readonly world: <A>(body: (t: Ctx) => Effect.Effect<A, unknown, Ec2.Ec2 | R>) => Promise<A>
  readonly time: H.TimeMode
  readonly waitOpts: Waiters.WaiterOptions
}

const idOf = (xs: ReadonlyArray<Ec2Shapes.Instance>): string => {
  const id = xs[0]?.InstanceId
  expect(id).toMatch(/^i-[0-9a-f]{8,17}$/)
  return id!
}

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>({ time, waitOpts, world }: Suite<R>): void => {
  const settle = H.settle(time)

  describe("fidelity gaps (issue 11 §4)", () => {
    it("more than 200 filter values on one call → FilterLimitExceeded; 200 are accepted", () =>
      world((t) => Effect.gen(function*() {
        // OBS: "FilterLimitExceeded: The maximum number of filter values specified on a single call is 200" (HTTP 400,
        // DescribeInstances; gjbae1212/gossm#47, 2021, https://github.com/gjbae1212/gossm/issues/47, read 2026-12)
        const values = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}-${t.runId}-${i}`)
        const message = "The maximum number of filter values specified on a single call is 200"
        yield* H.expectError(
          t.ec2.describeInstances({ Filters: [{ Name: "tag:ec2kit-none", Values: values(201, "a") }] }),
          "FilterLimitExceeded",
          message
        )
        yield* H.expectError(
          t.ec2.describeVolumes({
            Filters: [{ Name: "tag:ec2kit-none", Values: values(101, "a") }, { Name: "tag-value", Values: values(100, "b") }]
          }),
          "FilterLimitExceeded",
          message
        )
        const ok = yield* H.orDieWithCode(t.ec2.describeInstances({ Filters: [{ Name: "tag:ec2kit-none", Values: values(200, "a") }] }))
        expect(ok.Reservations).toEqual([])
      })))

    it("RevokeSecurityGroupIngress of a rule that does not exist, default VPC: success with UnknownIpPermissions", () =>
      world((t) => Effect.gen(function*() {
        // "For a default VPC, if the values you specify do not match the existing rule's values, no error is returned,
        // and the output describes the security group rules that were not revoked." —
        // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RevokeSecurityGroupIngress.html (read 2026-12)
        const g = yield* H.orDieWithCode(t.ec2.createSecurityGroup({ GroupName: `revoke-${t.runId}`, Description: "conformance" }))
        const rule = { IpProtocol: "tcp", FromPort: 2222, ToPort: 2222, IpRanges: [{ CidrIp: "10.1.2.0/24" }] }
        const r = yield* H.orDieWithCode(t.ec2.revokeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [rule] }))
        expect(r.Return).toBe(true)
        expect(r.UnknownIpPermissions?.length).toBe(1)
        expect(r.UnknownIpPermissions?.[0]).toMatchObject({ IpProtocol: "tcp", FromPort: 2222, ToPort: 2222 })
        yield* H.orDieWithCode(t.ec2.deleteSecurityGroup({ GroupId: g.GroupId! }))
      })))

    it("ReleaseAddress of an address associated in the default VPC disassociates and releases it", () =>
      world((t) => Effect.gen(function*() {
        // "[Default VPC] Releasing an Elastic IP address automatically disassociates it from any instance that it's
        // associated with." — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseAddress.html (read 2026-12)
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        const eip = yield* H.orDieWithCode(t.ec2.allocateAddress({ Domain: "vpc" }))
        yield* H.orDieWithCode(t.ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: id }))
        yield* H.orDieWithCode(t.ec2.releaseAddress({ AllocationId: eip.AllocationId! }))
        yield* H.expectError(t.ec2.describeAddresses({ AllocationIds: [eip.AllocationId!] }), "InvalidAllocationID.NotFound", /eipalloc-/)
      })))

    it("RevokeSecurityGroupIngress of a rule that does not exist, non-default VPC: InvalidPermission.NotFound, nothing revoked", () =>
      world((t) => Effect.gen(function*() {
        // "[VPC only] … if the rule does not exist, an InvalidPermission.NotFound error is returned" for a
        // nondefault VPC (only a default VPC answers UnknownIpPermissions) —
        // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RevokeSecurityGroupIngress.html (read 2026-12)
        const vpc = yield* H.orDieWithCode(t.ec2.createVpc({ CidrBlock: "10.77.0.0/16" }))
        const VpcId = vpc.Vpc!.VpcId!
        const g = yield* H.orDieWithCode(t.ec2.createSecurityGroup({ GroupName: `revoke-nd-${t.runId}`, Description: "conformance", VpcId }))
        const kept = { IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }
        const absent = { IpProtocol: "tcp", FromPort: 2222, ToPort: 2222, IpRanges: [{ CidrIp: "10.1.2.0/24" }] }
        yield* H.orDieWithCode(t.ec2.authorizeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [kept] }))
        yield* H.expectError(t.ec2.revokeSecurityGroupIngress({ GroupId: g.GroupId!, IpPermissions: [kept, absent] }), "InvalidPermission.NotFound", /does not exist/)
        const d = yield* H.orDieWithCode(t.ec2.describeSecurityGroups({ GroupIds: [g.GroupId!] }))
        expect(d.SecurityGroups?.[0]?.IpPermissions?.map((p) => p.FromPort)).toEqual([443])
        yield* H.orDieWithCode(t.ec2.deleteSecurityGroup({ GroupId: g.GroupId! }))
        yield* H.orDieWithCode(t.ec2.deleteVpc({ VpcId }))
      })))

    it("ReleaseAddress of an address associated in a non-default VPC: InvalidIPAddress.InUse, still associated", () =>
      world((t) => Effect.gen(function*() {
        // "[Nondefault VPC] You must use DisassociateAddress to disassociate the Elastic IP address before you can
        // release it. Otherwise, Amazon EC2 returns an error (InvalidIPAddress.InUse)." —
        // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseAddress.html (read 2026-12)
        const zone = (yield* t.zones)[0]!
        const vpc = yield* H.orDieWithCode(t.ec2.createVpc({ CidrBlock: "10.78.0.0/16" }))
        const VpcId = vpc.Vpc!.VpcId!
        const subnet = yield* H.orDieWithCode(t.ec2.createSubnet({ VpcId, CidrBlock: "10.78.1.0/24", AvailabilityZone: zone }))
        const SubnetId = subnet.Subnet!.SubnetId!
        const igw = yield* H.orDieWithCode(t.ec2.createInternetGateway({}))
        const InternetGatewayId = igw.InternetGateway!.InternetGatewayId!
        yield* H.orDieWithCode(t.ec2.attachInternetGateway({ InternetGatewayId, VpcId }))
        const id = idOf(yield* t.launch({ SubnetId }))
        yield* t.running(id)
        const eip = yield* H.orDieWithCode(t.ec2.allocateAddress({ Domain: "vpc" }))
        yield* H.orDieWithCode(t.ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: id }))
        yield* H.expectError(t.ec2.releaseAddress({ AllocationId: eip.AllocationId! }), "InvalidIPAddress.InUse", /is in use/)
        const a = yield* H.orDieWithCode(t.ec2.describeAddresses({ AllocationIds: [eip.AllocationId!] }))
        expect(a.Addresses?.[0]?.InstanceId).toBe(id)
        yield* H.orDieWithCode(t.ec2.disassociateAddress({ AssociationId: a.Addresses![0]!.AssociationId! }))
        yield* H.orDieWithCode(t.ec2.releaseAddress({ AllocationId: eip.AllocationId! }))
      })))

    it("a RunInstances retry with the same ClientToken that differs only in the AZ returns the original reservation", () =>
      world((t) => Effect.gen(function*() {
        // "If you retry a successful request using the same client token, but one or more of the parameters are
        // different, other than the Region or Availability Zone, the retry fails with an IdempotentParameterMismatch
        // error." — https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html (read 2026-12)
        const [a, b] = yield* t.zones
        expect(b).toBeDefined()
        const ClientToken = `az-${t.runId}`
        const first = yield* H.orDieWithCode(t.tryLaunch({ ClientToken, Placement: { AvailabilityZone: a! } }))
        const retry = yield* H.orDieWithCode(t.tryLaunch({ ClientToken, Placement: { AvailabilityZone: b! } }))
        expect(retry.ReservationId).toBe(first.ReservationId)
        expect(retry.Instances?.map((i) => i.InstanceId)).toEqual(first.Instances?.map((i) => i.InstanceId))
        expect(retry.Instances?.[0]?.Placement?.AvailabilityZone).toBe(a)
      })))

    it("RunInstances without a ClientToken: the instance has one, a UUID v4, as the SDKs send it", () =>
      world((t) => Effect.gen(function*() {
        // the SDK fills the idempotencyToken member (`@aws-sdk/client-ec2` 3.1169 model); every backend sees the same
        const r = yield* H.orDieWithCode(t.tryLaunch())
        const token = r.Instances?.[0]?.ClientToken
        expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
        // and the reservation is idempotent under it
        const again = yield* H.orDieWithCode(t.tryLaunch({ ClientToken: token! }))
        expect(again.ReservationId).toBe(r.ReservationId)
      })))

    it("DescribeInstanceStatus: a newly running instance's checks are initializing, then ok", () =>
      world((t) => Effect.gen(function*() {
        // `SummaryStatus` "initializing" (SDK 3.1169); the checks run after the instance enters `running`
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        const first = (yield* H.orDieWithCode(t.ec2.describeInstanceStatus({ InstanceIds: [id] }))).InstanceStatuses?.[0]
        expect([first?.InstanceStatus?.Status, first?.SystemStatus?.Status]).toEqual(["initializing", "initializing"])
        yield* settle(Waiters.waitUntilInstanceStatusOk({ InstanceIds: [id] }, waitOpts))
        const later = (yield* H.orDieWithCode(t.ec2.describeInstanceStatus({ InstanceIds: [id] }))).InstanceStatuses?.[0]
        expect([later?.InstanceStatus?.Status, later?.SystemStatus?.Status]).toEqual(["ok", "ok"])
      })))
  })
}
