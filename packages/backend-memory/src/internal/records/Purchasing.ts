/**
 * Records of EC2's purchasing side (issue 12): Spot requests and the Spot market's pools, fleets,
 * Capacity Reservations, Dedicated Hosts, Reserved Instances, Savings Plans, the billing meter's
 * usage ledger and CPU credit balances. Plain data, as every record (see `Records`).
 *
 * Each interface is owned by the module that writes it (named on each); the key member is fixed
 * here because `Records.keyOf` reads it.
 *
 * @internal
 */

/** A Spot Instance request (`operations/spotRequests.ts`). Key: `SpotInstanceRequestId`. */
export interface SpotInstanceRequestRecord {
  readonly SpotInstanceRequestId: string
  readonly [member: string]: unknown
}

/** One override of a Spot pool's price: from `From` (epoch ms) the price is `Price` (USD/h), or the market model's when absent. */
export interface SpotPricePin {
  readonly From: number
  readonly Price?: number
}

/**
 * A Spot capacity pool's overrides (`Hypervisor.setSpotPrice`/`setSpotCapacity`); a pool without a
 * record follows the market model (`internal/SpotPricing.ts`). Key: `"<az>|<instanceType>"`.
 */
export interface SpotPoolRecord {
  readonly Key: string
  readonly AvailabilityZone: string
  readonly InstanceType: string
  /**
   * Price pins in time order (never two with one `From`): kept as history so that the price history and
   * the meter see each pin from the time it was set.
   */
  readonly Pins?: ReadonlyArray<SpotPricePin>
  /** `setSpotCapacity`: the number of Spot instances the pool holds at most; absent = the fleet's free capacity. */
  readonly Capacity?: number
}

/** An EC2 Fleet (`operations/fleets.ts`). Key: `FleetId`. */
export interface FleetRecord {
  readonly FleetId: string
  readonly [member: string]: unknown
}

/** An On-Demand Capacity Reservation (`operations/capacityReservations.ts`). Key: `CapacityReservationId`. */
export interface CapacityReservationRecord {
  readonly CapacityReservationId: string
  readonly [member: string]: unknown
}

/** A Dedicated Host (`operations/hosts.ts`). Key: `HostId` (`h-…`). */
export interface DedicatedHostRecord {
  readonly HostId: string
  readonly [member: string]: unknown
}

/** A Reserved Instance purchase (`operations/reservedInstances.ts`). Key: `ReservedInstancesId`. */
export interface ReservedInstancesRecord {
  readonly ReservedInstancesId: string
  readonly [member: string]: unknown
}

/** A Savings Plan commitment (`Hypervisor.purchaseSavingsPlan`). Key: `SavingsPlanId`. */
export interface SavingsPlanRecord {
  readonly SavingsPlanId: string
  readonly [member: string]: unknown
}

/** One entry of the billing meter's usage ledger (`Billing`). Key: `Key`. */
export interface UsageRecord {
  readonly Key: string
  readonly [member: string]: unknown
}

/** An instance's CPU credit state (`operations/cpuCredits.ts`). Key: `InstanceId`. */
export interface CpuCreditRecord {
  readonly InstanceId: string
  readonly [member: string]: unknown
}
