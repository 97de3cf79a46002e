/**
 * Conformance group: Elastic IPs and network interfaces. Registered by `Conformance.suite`, whose body held it
 * before it had a module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { idOf, type Suite } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("Elastic IPs and network interfaces", () => {
    it("an associated EIP is kept across stop/start; an auto-assigned public IP is not", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        yield* t.running(id)
        const eip = yield* H.orDieWithCode(t.ec2.allocateAddress({ Domain: "vpc" }))
        yield* H.orDieWithCode(t.ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: id }))
        expect((yield* t.describe(id)).PublicIpAddress).toBe(eip.PublicIp)
        yield* H.orDieWithCode(t.ec2.stopInstances({ InstanceIds: [id] }))
        yield* t.stopped(id)
        expect((yield* t.describe(id)).PublicIpAddress).toBe(eip.PublicIp)
        yield* H.orDieWithCode(t.ec2.startInstances({ InstanceIds: [id] }))
        expect((yield* t.running(id)).PublicIpAddress).toBe(eip.PublicIp)
        const a = yield* H.orDieWithCode(t.ec2.describeAddresses({ AllocationIds: [eip.AllocationId!] }))
        expect([a.Addresses?.[0]?.InstanceId, a.Addresses?.[0]?.PublicIp]).toEqual([id, eip.PublicIp])
      })))

    it("AssociateAddress: reassociation is automatic unless AllowReassociation is false; ids, not public IPs", () =>
      world((t) => Effect.gen(function*() {
        const a = idOf(yield* t.launch())
        const b = idOf(yield* t.launch())
        yield* t.running(a)
        yield* t.running(b)
        const eip = yield* H.orDieWithCode(t.ec2.allocateAddress({ Domain: "vpc" }))
        const first = yield* H.orDieWithCode(t.ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: a }))
        yield* H.expectError(
          t.ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: b, AllowReassociation: false }),
          "Resource.AlreadyAssociated",
          `resource ${eip.AllocationId} is already associated with associate-id ${first.AssociationId}`
        )
        yield* H.expectError(
          t.ec2.associateAddress({ PublicIp: eip.PublicIp!, InstanceId: b }),
          "InvalidParameterCombination",
          "You must specify an allocation id when mapping an address to a VPC instance"
        )
        yield* H.expectError(
          t.ec2.disassociateAddress({ PublicIp: eip.PublicIp! }),
          "InvalidParameterValue",
          "You must specify an association id when unmapping an address from a VPC instance"
        )
        const moved = yield* H.orDieWithCode(t.ec2.associateAddress({ AllocationId: eip.AllocationId!, InstanceId: b }))
        const d = yield* H.orDieWithCode(t.ec2.describeAddresses({ AllocationIds: [eip.AllocationId!] }))
        expect([d.Addresses?.[0]?.InstanceId, d.Addresses?.[0]?.AssociationId]).toEqual([b, moved.AssociationId])
        expect((yield* t.describe(b)).PublicIpAddress).toBe(eip.PublicIp)
        expect((yield* t.describe(a)).PublicIpAddress).not.toBe(eip.PublicIp)
        yield* H.orDieWithCode(t.ec2.disassociateAddress({ AssociationId: moved.AssociationId! }))
        yield* H.orDieWithCode(t.ec2.releaseAddress({ AllocationId: eip.AllocationId! }))
      })))

    it("each instance has a primary ENI (device 0, DeleteOnTermination) that goes with it", () =>
      world((t) => Effect.gen(function*() {
        const id = idOf(yield* t.launch())
        const inst = yield* t.running(id)
        const eni = inst.NetworkInterfaces?.[0]
        expect(eni?.Attachment?.DeviceIndex).toBe(0)
        expect(eni?.Attachment?.DeleteOnTermination).toBe(true)
        expect(eni?.PrivateIpAddress).toBe(inst.PrivateIpAddress)
        const eniId = eni!.NetworkInterfaceId!
        const d = yield* H.orDieWithCode(t.ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eniId] }))
        expect([d.NetworkInterfaces?.[0]?.Status, d.NetworkInterfaces?.[0]?.Attachment?.InstanceId]).toEqual(["in-use", id])
        yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [id] }))
        yield* t.terminated(id)
        yield* H.expectError(
          t.ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [eniId] }),
          "InvalidNetworkInterfaceID.NotFound",
          `The networkInterface ID '${eniId}' does not exist`
        )
      })))

    it("DescribeAvailabilityZones lists the Region's zones with their ids", () =>
      world((t) => Effect.gen(function*() {
        const r = yield* H.orDieWithCode(t.ec2.describeAvailabilityZones({}))
        const zones = r.AvailabilityZones ?? []
        expect(zones.length).toBeGreaterThanOrEqual(2)
        for (const z of zones) {
          expect(z.ZoneName).toMatch(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/)
          expect(z.ZoneId).toMatch(/^[a-z]+\d-az\d+$/)
          expect(z.RegionName).toBe(z.ZoneName!.slice(0, -1))
        }
      })))
  })
}
