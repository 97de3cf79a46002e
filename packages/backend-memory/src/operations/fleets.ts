/**
 * EC2 Fleet (issue 12 §2). SCAFFOLD: being written in this session; every operation answers UnsupportedOperation.
 *
 * @internal
 */
import { Effect } from "effect"
import { type Ec2, Ec2Error } from "@ec2kit/core"
import type { Engine, TimerHandler } from "../internal/Engine.js"

const notYet = (op: string) => Effect.fail(Ec2Error.make("UnsupportedOperation", `${op} is not implemented yet.`))

/** The operations of this area over an engine. */
export const operations = (_engine: Engine): Pick<Ec2.Implementation, "createFleet" | "describeFleets" | "describeFleetInstances" | "deleteFleets"> => ({
  createFleet: () => notYet("CreateFleet"),
  describeFleets: () => notYet("DescribeFleets"),
  describeFleetInstances: () => notYet("DescribeFleetInstances"),
  deleteFleets: () => notYet("DeleteFleets"),
})

/** The timer handlers of this area (`Kind` → handler). */
export const timers: Readonly<Record<string, TimerHandler>> = {}
