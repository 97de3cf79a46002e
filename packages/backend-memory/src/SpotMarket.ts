/**
 * The Spot market of the in-memory backend (issue 12 §1): a price per AZ and instance type moving over
 * virtual time, and capacity per pool. SCAFFOLD: the types are being written in this session.
 *
 * @since 0.2.0
 */

/**
 * `Hypervisor.setSpotPrice` input: pins a pool's Spot price (USD per hour); `Price: undefined` hands
 * the pool back to the market's model.
 *
 * @since 0.2.0
 * @category models
 */
export interface SpotPriceInput {
  readonly AvailabilityZone: string
  readonly InstanceType: string
  readonly Price: number | undefined
}

/**
 * `Hypervisor.setSpotCapacity` input: the number of Spot instances a pool can hold; below the pool's
 * running Spot instances it reclaims the excess (interruptions). `Count: undefined` restores the
 * market's own capacity.
 *
 * @since 0.2.0
 * @category models
 */
export interface SpotCapacityInput {
  readonly AvailabilityZone: string
  readonly InstanceType: string
  readonly Count: number | undefined
}
