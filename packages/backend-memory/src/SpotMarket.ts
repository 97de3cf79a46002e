/**
 * The Spot market of the in-memory backend (issue 12 §1): a price per AZ and instance type moving over
 * virtual time (seeded, deterministic, piecewise-constant, changing at whole hours, in [10 % of On-Demand,
 * On-Demand)), and capacity per pool (the fleet's spare room unless set). These are the inputs of the
 * `Hypervisor` controls that pin a pool's price or set its capacity; see `docs/purchasing/spot.md`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hypervisor } from "@ec2kit/backend-memory"
 *
 * // the price of m5.large in us-east-1a is $0.05 from now until released
 * const pin = Effect.flatMap(Hypervisor.Hypervisor, (hv) =>
 *   hv.setSpotPrice({ AvailabilityZone: "us-east-1a", InstanceType: "m5.large", Price: 0.05 }))
 * ```
 *
 * @since 0.2.0
 */

/**
 * `Hypervisor.setSpotPrice` input: pins a pool's Spot price (USD per hour, above $0.001 and at most the
 * On-Demand price) from now on — DescribeSpotPriceHistory and the billing meter see it from that instant,
 * running Spot instances whose maximum it exceeds are interrupted, and waiting requests are evaluated
 * again; `Price: undefined` hands the pool back to the market's model. An unknown pool (AZ or type) is
 * `InvalidParameterValue`.
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
 * `Hypervisor.setSpotCapacity` input: the number of Spot instances a pool can hold (a whole number ≥ 0);
 * below the pool's running Spot instances it reclaims the newest of them (interruptions with the two-minute
 * notice, then their requests' behaviour). `Count: undefined` restores the market's own capacity (the
 * fleet's spare room), and waiting requests are evaluated again.
 *
 * @since 0.2.0
 * @category models
 */
export interface SpotCapacityInput {
  readonly AvailabilityZone: string
  readonly InstanceType: string
  readonly Count: number | undefined
}
