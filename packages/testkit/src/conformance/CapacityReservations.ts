/**
 * Conformance group: On-Demand Capacity Reservations (issue 12 §3). Create, describe, a targeted launch that
 * consumes a slot, `ReservationCapacityExceeded` when the reservation is full, cancel; AWS's error codes for an
 * unknown id and a bad count. Every reservation a test creates is cancelled when it ends (a live account pays
 * for unused slots at the On-Demand rate).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { type Suite, type Svc } from "./Suite.js"

/** Cancels a reservation, ignoring any error (cleanup). */
const cancel = (ec2: Svc, id: string | undefined) =>
  id === undefined ? Effect.void : Effect.ignore(ec2.cancelCapacityReservation({ CapacityReservationId: id }))

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, InstanceType } = s
  describe("capacity reservations", () => {
    it("a targeted reservation: launches naming it consume its slots, a full one is ReservationCapacityExceeded, cancel ends it", () =>
      world((t) => {
        let id: string | undefined
        return Effect.gen(function*() {
          const az = (yield* t.zones)[0]!
          const created = yield* H.orDieWithCode(t.ec2.createCapacityReservation({
            InstanceType,
            InstancePlatform: "Linux/UNIX",
            AvailabilityZone: az,
            InstanceCount: 1,
            InstanceMatchCriteria: "targeted",
            EndDateType: "unlimited"
          }))
          const cr = created.CapacityReservation!
          id = cr.CapacityReservationId
          expect(id).toMatch(/^cr-[0-9a-f]{17}$/)
          expect(cr).toMatchObject({ InstanceType, AvailabilityZone: az, TotalInstanceCount: 1, InstanceMatchCriteria: "targeted", Tenancy: "default" })
          const Placement = { AvailabilityZone: az }
          const CapacityReservationSpecification = { CapacityReservationTarget: { CapacityReservationId: id! } }
          const [inst] = yield* t.launch({ Placement, CapacityReservationSpecification })
          expect(inst!.CapacityReservationId).toBe(id)
          const described = yield* H.orDieWithCode(t.ec2.describeCapacityReservations({ CapacityReservationIds: [id!] }))
          expect(described.CapacityReservations![0]).toMatchObject({ CapacityReservationId: id, TotalInstanceCount: 1, AvailableInstanceCount: 0, State: "active" })
          yield* H.expectError(
            t.tryLaunch({ Placement, CapacityReservationSpecification }),
            "ReservationCapacityExceeded",
            "The requested reservation does not have sufficient compatible and available capacity for this request."
          )
          const cancelled = yield* H.orDieWithCode(t.ec2.cancelCapacityReservation({ CapacityReservationId: id! }))
          expect(cancelled.Return).toBe(true)
          const after = yield* H.orDieWithCode(t.ec2.describeCapacityReservations({ CapacityReservationIds: [id!] }))
          expect(after.CapacityReservations![0]!.State).toMatch(/^(cancelled|cancelling)$/)
        }).pipe(Effect.ensuring(cancel(t.ec2, id)))
      }))

    it("refusals: an unknown id is InvalidCapacityReservationId.NotFound, a count of 0 is InvalidParameterValue", () =>
      world((t) => Effect.gen(function*() {
        const az = (yield* t.zones)[0]!
        const e = yield* Effect.flip(t.ec2.describeCapacityReservations({ CapacityReservationIds: ["cr-0123456789abcdef0"] }))
        expect(e.code).toBe("InvalidCapacityReservationId.NotFound")
        const bad = yield* Effect.flip(t.ec2.createCapacityReservation({ InstanceType, InstancePlatform: "Linux/UNIX", AvailabilityZone: az, InstanceCount: 0 }))
        expect(bad.code).toBe("InvalidParameterValue")
      })))
  })
}
