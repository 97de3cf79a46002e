/**
 * Spot Instance requests and the Spot price history (issue 12 §1). SCAFFOLD: being written in this session; every operation answers UnsupportedOperation.
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error } from "@ec2kit/core"
import type { HypervisorShape } from "../Hypervisor.js"
import type { Engine, TimerHandler } from "../internal/Engine.js"

const notYet = (op: string) => Effect.fail(Ec2Error.make("UnsupportedOperation", `${op} is not implemented yet.`))

/** The operations of this area over an engine. */
export const operations = (_engine: Engine): Pick<Ec2.Implementation, "describeSpotPriceHistory" | "requestSpotInstances" | "describeSpotInstanceRequests" | "cancelSpotInstanceRequests"> => ({
  describeSpotPriceHistory: () => notYet("DescribeSpotPriceHistory"),
  requestSpotInstances: () => notYet("RequestSpotInstances"),
  describeSpotInstanceRequests: () => notYet("DescribeSpotInstanceRequests"),
  cancelSpotInstanceRequests: () => notYet("CancelSpotInstanceRequests"),
})

/** The `Hypervisor` controls of this area. */
export const controls = (_engine: Engine): Pick<HypervisorShape, "setSpotPrice" | "setSpotCapacity"> => ({
  setSpotPrice: () => notYet("setSpotPrice"),
  setSpotCapacity: () => notYet("setSpotCapacity"),
})

/** The timer handlers of this area (`Kind` → handler). */
export const timers: Readonly<Record<string, TimerHandler>> = {}
