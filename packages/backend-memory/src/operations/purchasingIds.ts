/**
 * Ids of the purchasing resources that are not core `Identifier` kinds — Capacity Reservations (`cr-`) and
 * Dedicated Hosts (`h-`) —, their AWS errors, and what CreateTags/DeleteTags/DescribeTags need to tag them
 * (`tags.ts`). A leaf module (no imports from the operations), so that `tags.ts` and the areas share it
 * without an import cycle.
 *
 * @internal
 */
import { Ec2Error } from "@ec2kit/core"
import type { TableName } from "../internal/Records.js"

/** Whether a string has the form of a reservation id (`cr-` and 17 hex digits). */
export const isReservationId = (id: string): boolean => /^cr-[0-9a-f]{17}$/.test(id)

/** `InvalidCapacityReservationId.NotFound` (code as AWS's errors-overview; text in the house style, unverified). */
export const reservationNotFound = (id: string) =>
  Ec2Error.make("InvalidCapacityReservationId.NotFound", `The capacity reservation ID '${id}' does not exist`)

/** `InvalidCapacityReservationId.Malformed` (code as AWS's errors-overview; text unverified). */
export const reservationMalformed = (id: string) =>
  Ec2Error.make("InvalidCapacityReservationId.Malformed", `Invalid id: "${id}" (expecting "cr-...")`)

/** Whether a string has the form of a host id (`h-` and 8 or 17 hex digits). */
export const isHostId = (id: string): boolean => /^h-([0-9a-f]{8}|[0-9a-f]{17})$/.test(id)

// AWS's `InvalidHostID.NotFound` ("The specified Dedicated Host ID does not exist", errors-overview,
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html, read 2026-12-06); the message
// names the id in the house style (AWS's exact text unverified).
/** `InvalidHostID.NotFound` for one id. */
export const hostNotFound = (id: string) => Ec2Error.make("InvalidHostID.NotFound", `The host ID '${id}' does not exist`)

/** `InvalidHostId.Malformed` (errors-overview: "ensure that you provide the full ID in the form h-xxxxxxxxxxxxxxxxx"). */
export const hostMalformed = (id: string) => Ec2Error.make("InvalidHostId.Malformed", `Invalid id: "${id}" (expecting "h-...")`)

/** A taggable resource kind of this module: its table, DescribeTags `resource-type` and not-found error. */
export interface TaggableKind {
  readonly table: TableName
  readonly type: string
  readonly notFound: (id: string) => Ec2Error.Ec2Error
}

/** The taggable kind of an id (`capacity-reservation`, `dedicated-host`), if it has the form of one. */
export const taggableKindOf = (id: string): TaggableKind | undefined =>
  isReservationId(id)
    ? { table: "capacityReservations", type: "capacity-reservation", notFound: reservationNotFound }
    : isHostId(id)
    ? { table: "dedicatedHosts", type: "dedicated-host", notFound: hostNotFound }
    : undefined
