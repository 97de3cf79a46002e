/**
 * Conformance group: Dedicated Hosts (issue 12 §3). AllocateHosts, DescribeHosts (state, properties, capacity,
 * the instances on it), a launch targeting the host, ReleaseHosts refusing an occupied host with
 * `Client.InvalidHost.Occupied` and releasing it once empty. The host a test allocates is released when it ends
 * (a live account pays per host-second while it is allocated).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite, type Svc } from "./Suite.js"

/** The smallest common type with Dedicated Host support. */
const HostType = "m5.large"

/** Releases hosts, ignoring the answer (cleanup). */
const release = (ec2: Svc, ids: ReadonlyArray<string>) =>
  ids.length === 0 ? Effect.void : Effect.ignore(ec2.releaseHosts({ HostIds: [...ids] }))

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world } = s
  describe("dedicated hosts", () => {
    it("allocate, launch on the host, an occupied host is not released, an empty one is", () =>
      world((t) => {
        const allocated: Array<string> = []
        return Effect.gen(function*() {
          const az = (yield* t.zones)[0]!
          const out = yield* H.orDieWithCode(t.ec2.allocateHosts({ InstanceType: HostType, AvailabilityZone: az, Quantity: 1 }))
          allocated.push(...(out.HostIds ?? []))
          const hostId = allocated[0]!
          expect(hostId).toMatch(/^h-[0-9a-f]{17}$/)
          const host = (yield* H.orDieWithCode(t.ec2.describeHosts({ HostIds: [hostId] }))).Hosts![0]!
          expect(host).toMatchObject({ HostId: hostId, AvailabilityZone: az, State: "available", AutoPlacement: "off", HostProperties: { InstanceType: HostType } })
          const capacity = host.AvailableCapacity!.AvailableInstanceCapacity!.find((c) => c.InstanceType === HostType)!
          expect(capacity.AvailableCapacity).toBe(capacity.TotalCapacity)
          const [inst] = yield* t.launch({ InstanceType: HostType, Placement: { AvailabilityZone: az, Tenancy: "host", HostId: hostId } })
          expect(inst!.Placement).toMatchObject({ Tenancy: "host", HostId: hostId })
          const busy = (yield* H.orDieWithCode(t.ec2.describeHosts({ HostIds: [hostId] }))).Hosts![0]!
          expect(busy.Instances!.map((i) => i.InstanceId)).toEqual([inst!.InstanceId])
          const refused = yield* H.orDieWithCode(t.ec2.releaseHosts({ HostIds: [hostId] }))
          expect(refused.Successful ?? []).toEqual([])
          expect(refused.Unsuccessful![0]).toMatchObject({ ResourceId: hostId, Error: { Code: "Client.InvalidHost.Occupied" } })
          yield* H.orDieWithCode(t.ec2.terminateInstances({ InstanceIds: [inst!.InstanceId!] }))
          yield* t.terminated(inst!.InstanceId!)
          const released = yield* H.orDieWithCode(t.ec2.releaseHosts({ HostIds: [hostId] }))
          expect(released.Successful).toEqual([hostId])
          allocated.length = 0
        }).pipe(Effect.ensuring(Effect.suspend(() => release(t.ec2, allocated))))
      }))
  })
}
