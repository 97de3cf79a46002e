/**
 * Burstable CPU credits over virtual time (issue 12 §5). SCAFFOLD: being written in this session.
 *
 * @internal
 */
import { Effect } from "effect"
import { Ec2Error } from "@ec2kit/core"
import type { HypervisorShape } from "../Hypervisor.js"
import type { Engine, TimerHandler } from "../internal/Engine.js"

const notYet = (op: string) => Effect.fail(Ec2Error.make("UnsupportedOperation", `${op} is not implemented yet.`))

/** The `Hypervisor` controls of this area. */
export const controls = (_engine: Engine): Pick<HypervisorShape, "setCpuUtilization" | "cpuCreditMetrics"> => ({
  setCpuUtilization: () => notYet("setCpuUtilization"),
  cpuCreditMetrics: () => notYet("cpuCreditMetrics")
})

/** The timer handlers of this area (`Kind` → handler). */
export const timers: Readonly<Record<string, TimerHandler>> = {}
