/**
 * Conformance group "fleets": EC2 Fleet (CreateFleet `instant` with On-Demand and Spot capacity, `Errors` for an
 * override that cannot launch, DescribeFleets, DescribeFleetInstances, DeleteFleets and their error cases). Uses
 * only `Ec2`, so it runs on the memory backend and through the wire endpoint alike. Every fleet is instant and
 * deleted with `TerminateInstances` at the end of its test, so nothing is left running on an AWS account.
 *
 * @since 0.2.0
 */
import type { Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Ctx, RunTagKey, type Suite } from "./Suite.js"

const ok = H.orDieWithCode

/** A launch template (the suite's AMI and instance type) for one test, deleted when the test ends. */
const withTemplate = <A, E, R>(t: Ctx, instanceType: string, body: (id: string) => Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const created = yield* ok(t.ec2.createLaunchTemplate({
      LaunchTemplateName: `ec2kit-fleet-${t.runId}`,
      LaunchTemplateData: { ImageId: t.ImageId, InstanceType: instanceType } as never
    }))
    const id = created.LaunchTemplate!.LaunchTemplateId!
    return yield* body(id).pipe(Effect.ensuring(Effect.ignore(t.ec2.deleteLaunchTemplate({ LaunchTemplateId: id as never }))))
  })

/** An instant fleet's request: this test's tag on its instances and on the fleet. */
const instant = (t: Ctx, templateId: string, extra: Partial<Ec2Shapes.CreateFleetRequest> & Pick<Ec2Shapes.CreateFleetRequest, "TargetCapacitySpecification">): Ec2Shapes.CreateFleetRequest => ({
  Type: "instant",
  LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: templateId as never, Version: "$Latest" } }],
  TagSpecifications: [
    { ResourceType: "instance", Tags: [{ Key: RunTagKey, Value: t.runId }] },
    { ResourceType: "fleet", Tags: [{ Key: RunTagKey, Value: t.runId }] }
  ],
  ...extra
})

/** Deletes a fleet and terminates its instances (test cleanup). */
const dispose = (t: Ctx, fleetId: string | undefined) =>
  fleetId === undefined ? Effect.void : Effect.ignore(t.ec2.deleteFleets({ FleetIds: [fleetId], TerminateInstances: true }))

const idsOf = (instances: ReadonlyArray<{ readonly InstanceIds?: ReadonlyArray<string> | undefined; readonly Lifecycle?: string | undefined }> | undefined, lifecycle?: string) =>
  (instances ?? []).filter((i) => lifecycle === undefined || i.Lifecycle === lifecycle).flatMap((i) => i.InstanceIds ?? [])

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.2.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, InstanceType } = s
  describe("fleets", () => {
    it("instant fleet with On-Demand and Spot capacity: Instances by market, tagged aws:ec2:fleet-id; DescribeFleets; DeleteFleets terminates", () =>
      world((t) =>
        withTemplate(t, InstanceType, (templateId) =>
          Effect.gen(function*() {
            const created = yield* ok(t.ec2.createFleet(instant(t, templateId, {
              TargetCapacitySpecification: { TotalTargetCapacity: 2, OnDemandTargetCapacity: 1, SpotTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" }
            })))
            const FleetId = created.FleetId!
            return yield* Effect.gen(function*() {
              expect(FleetId).toMatch(/^fleet-[0-9a-f-]{36}$/)
              expect(idsOf(created.Instances, "on-demand")).toHaveLength(1)
              expect(idsOf(created.Instances, "spot")).toHaveLength(1)
              const mine = yield* t.mine()
              expect(mine.map((i) => i.InstanceId).sort()).toEqual(idsOf(created.Instances).sort())
              for (const i of mine) expect((i.Tags ?? []).find((x) => x.Key === "aws:ec2:fleet-id")?.Value).toBe(FleetId)
              expect(mine.filter((i) => i.InstanceLifecycle === "spot")).toHaveLength(1)
              const d = yield* ok(t.ec2.describeFleets({ FleetIds: [FleetId] }))
              const f = d.Fleets![0]!
              expect([f.FleetId, f.Type, f.FleetState]).toEqual([FleetId, "instant", "active"])
              expect(f.TargetCapacitySpecification?.TotalTargetCapacity).toBe(2)
              expect(idsOf(f.Instances).sort()).toEqual(idsOf(created.Instances).sort())
              const byTag = yield* ok(t.ec2.describeFleets({ Filters: [{ Name: `tag:${RunTagKey}`, Values: [t.runId] }] }))
              expect((byTag.Fleets ?? []).map((x) => x.FleetId)).toEqual([FleetId])
              const del = yield* ok(t.ec2.deleteFleets({ FleetIds: [FleetId], TerminateInstances: true }))
              expect(del.SuccessfulFleetDeletions?.[0]?.FleetId).toBe(FleetId)
              expect(del.SuccessfulFleetDeletions?.[0]?.CurrentFleetState).toMatch(/^deleted(_terminating)?$/)
              for (const id of idsOf(created.Instances)) {
                const state = (yield* t.describe(id)).State?.Name
                expect(["shutting-down", "terminated"]).toContain(state)
              }
            }).pipe(Effect.ensuring(dispose(t, FleetId)))
          })
        )
      ))

    it("an override whose instance type cannot run the AMI is an Errors entry; the other override fulfils the target", () =>
      world((t) =>
        withTemplate(t, InstanceType, (templateId) =>
          Effect.gen(function*() {
            const az = (yield* t.zones)[0]!
            const created = yield* ok(t.ec2.createFleet(instant(t, templateId, {
              LaunchTemplateConfigs: [{
                LaunchTemplateSpecification: { LaunchTemplateId: templateId as never, Version: "$Latest" },
                // arm64 first by priority: the suite's AMI is x86_64
                Overrides: [{ InstanceType: "m6g.medium" as never, AvailabilityZone: az, Priority: 0 }, { InstanceType: InstanceType as never, AvailabilityZone: az, Priority: 1 }]
              }],
              OnDemandOptions: { AllocationStrategy: "prioritized" },
              TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" }
            })))
            return yield* Effect.gen(function*() {
              expect(idsOf(created.Instances)).toHaveLength(1)
              expect(created.Instances![0]!.InstanceType).toBe(InstanceType)
              const errors = created.Errors ?? []
              expect(errors).toHaveLength(1)
              expect(errors[0]!.LaunchTemplateAndOverrides?.Overrides?.InstanceType).toBe("m6g.medium")
              expect(errors[0]!.Lifecycle).toBe("on-demand")
              expect(errors[0]!.ErrorCode).toBe("InvalidParameterValue")
            }).pipe(Effect.ensuring(dispose(t, created.FleetId)))
          })
        )
      ))

    it("error cases: DescribeFleetInstances of an instant fleet, DeleteFleets of unknown and malformed ids, an instant fleet kept running, On-Demand + Spot above the total", () =>
      world((t) =>
        withTemplate(t, InstanceType, (templateId) =>
          Effect.gen(function*() {
            const created = yield* ok(t.ec2.createFleet(instant(t, templateId, {
              TargetCapacitySpecification: { TotalTargetCapacity: 1, DefaultTargetCapacityType: "on-demand" }
            })))
            const FleetId = created.FleetId!
            return yield* Effect.gen(function*() {
              // OBS: boto/boto3#4005 (2024)
              yield* H.expectError(
                t.ec2.describeFleetInstances({ FleetId }),
                "Unsupported",
                `Fleet ${FleetId} is instant fleet. Describe fleet instances is not supported by this type of fleet`
              )
              const missing = "fleet-00000000-0000-4000-8000-000000000000"
              const r = yield* ok(t.ec2.deleteFleets({ FleetIds: [missing, "fleet-x", FleetId], TerminateInstances: false }))
              const codes = Object.fromEntries((r.UnsuccessfulFleetDeletions ?? []).map((u) => [u.FleetId, u.Error?.Code]))
              // the EC2 User Guide's code for an instant fleet kept running ("Troubleshoot when a fleet fails to delete")
              expect(codes).toEqual({ [missing]: "fleetIdDoesNotExist", "fleet-x": "fleetIdMalformed", [FleetId]: "NoTerminateInstancesNotSupported" })
              expect(r.SuccessfulFleetDeletions ?? []).toEqual([])
              yield* H.expectError(
                t.ec2.createFleet(instant(t, templateId, {
                  TargetCapacitySpecification: { TotalTargetCapacity: 1, OnDemandTargetCapacity: 1, SpotTargetCapacity: 1, DefaultTargetCapacityType: "spot" }
                })),
                "InvalidFleetConfig",
                /TotalTargetCapacity/
              )
            }).pipe(Effect.ensuring(dispose(t, FleetId)))
          })
        )
      ))
  })
}
