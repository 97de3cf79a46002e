/**
 * On-Demand Capacity Reservations (issue 12 §3). SCAFFOLD: being written in this session; every operation answers UnsupportedOperation.
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error } from "@ec2kit/core"
import type { Engine, TimerHandler } from "../internal/Engine.js"

const notYet = (op: string) => Effect.fail(Ec2Error.make("UnsupportedOperation", `${op} is not implemented yet.`))

/** The operations of this area over an engine. */
export const operations = (_engine: Engine): Pick<Ec2.Implementation, "createCapacityReservation" | "describeCapacityReservations" | "modifyCapacityReservation" | "cancelCapacityReservation"> => ({
  createCapacityReservation: () => notYet("CreateCapacityReservation"),
  describeCapacityReservations: () => notYet("DescribeCapacityReservations"),
  modifyCapacityReservation: () => notYet("ModifyCapacityReservation"),
  cancelCapacityReservation: () => notYet("CancelCapacityReservation"),
})

/** The timer handlers of this area (`Kind` → handler). */
export const timers: Readonly<Record<string, TimerHandler>> = {}
