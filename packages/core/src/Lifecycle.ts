/**
 * The EC2 instance lifecycle as a pure state machine: states and codes, the allowed edges, a
 * `transition` function over (instance, action) with AWS's errors, state reasons, the
 * `StateTransitionReason` text, and billing per state.
 *
 * Facts: `/shared/docs/ec2-facts.md` §5 (SDK = `@aws-sdk/client-ec2` 3.1169.0 doc strings, 2026-11;
 * UG23 = awsdocs/amazon-ec2-user-guide @ e3707c43, 2023; OBS = error texts quoted from real AWS output).
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import * as Ec2Error from "./Ec2Error.js"

/**
 * Instance state names (SDK `InstanceStateName`).
 *
 * @since 0.1.0
 * @category models
 */
export const StateName = Schema.Literals(["pending", "running", "shutting-down", "terminated", "stopping", "stopped"])

/**
 * Instance state names (SDK `InstanceStateName`).
 *
 * @since 0.1.0
 * @category models
 */
export type StateName = typeof StateName.Type

/**
 * The state codes (low byte of `InstanceState.Code`), SDK `InstanceState`.
 *
 * @since 0.1.0
 * @category models
 */
export const codes: { readonly [S in StateName]: number } = {
  pending: 0,
  running: 16,
  "shutting-down": 32,
  terminated: 48,
  stopping: 64,
  stopped: 80
}

/**
 * All states, in code order.
 *
 * @since 0.1.0
 * @category models
 */
export const allStates: ReadonlyArray<StateName> = ["pending", "running", "shutting-down", "terminated", "stopping", "stopped"]

/**
 * AWS's `InstanceState` shape: `{ Code, Name }`.
 *
 * @since 0.1.0
 * @category models
 */
export const InstanceState = Schema.Struct({ Code: Schema.Number, Name: StateName })

/**
 * AWS's `InstanceState` shape: `{ Code, Name }`.
 *
 * @since 0.1.0
 * @category models
 */
export type InstanceState = typeof InstanceState.Type

/**
 * The `InstanceState` of a state name.
 *
 * @since 0.1.0
 * @category constructors
 */
export const state = (name: StateName): InstanceState => ({ Code: codes[name], Name: name })

/**
 * The state of a code. Only the low byte counts: "values between 256 and 65,535 … are used for
 * internal purposes and should be ignored" (SDK `InstanceState.Code`), so the code is masked with
 * `0xff`; `undefined` when the low byte is no known state.
 *
 * @example
 * ```ts
 * import { Lifecycle } from "@ec2kit/core"
 * Lifecycle.stateFromCode(272) // { Code: 16, Name: "running" }
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const stateFromCode = (code: number): InstanceState | undefined => {
  const low = code & 0xff
  const name = allStates.find((s) => codes[s] === low)
  return name === undefined ? undefined : state(name)
}

/**
 * The allowed state changes (launch → pending → running; stop: running → stopping → stopped; start:
 * stopped → pending; terminate: pending|running|stopping|stopped → shutting-down → terminated), ec2-facts §5.1;
 * plus pending → stopping for a forced stop ("you can force an instance to stop while the instance is in
 * the pending, running, or stopping state" —
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesStopping.html, read 2026-12).
 *
 * @since 0.1.0
 * @category graph
 */
export const edges: { readonly [S in StateName]: ReadonlyArray<StateName> } = {
  pending: ["running", "stopping", "shutting-down"],
  running: ["stopping", "shutting-down"],
  stopping: ["stopped", "shutting-down"],
  stopped: ["pending", "shutting-down"],
  "shutting-down": ["terminated"],
  terminated: []
}

/**
 * Whether `from → to` is an edge of the lifecycle graph (staying put is not an edge).
 *
 * @since 0.1.0
 * @category graph
 */
export const isAllowedEdge = (from: StateName, to: StateName): boolean => edges[from].includes(to)

/**
 * `StateReason` as AWS returns it.
 *
 * @since 0.1.0
 * @category models
 */
export interface StateReason {
  readonly Code: string
  readonly Message: string
}

/**
 * The state reasons EC2 sets (codes: SDK `StateReason`), with the message text observed in
 * DescribeInstances output where found.
 *
 * @since 0.1.0
 * @category reasons
 */
export const stateReasons = {
  // OBS: public describe-instances dumps (ec2-facts §5.7)
  userInitiatedShutdown: { Code: "Client.UserInitiatedShutdown", Message: "Client.UserInitiatedShutdown: User initiated shutdown" },
  // DOCS: "Client.UserInitiatedHibernate: User initiated hibernate indicates that you initiated hibernation"
  // (EC2 UG, hibernation troubleshooting, "State transition message")
  userInitiatedHibernate: { Code: "Client.UserInitiatedHibernate", Message: "Client.UserInitiatedHibernate: User initiated hibernate" },
  // OBS: describe-instances dump in a public repo ("Client.InstanceInitiatedShutdown: Instance initiated shutdown")
  instanceInitiatedShutdown: {
    Code: "Client.InstanceInitiatedShutdown",
    Message: "Client.InstanceInitiatedShutdown: Instance initiated shutdown"
  },
  // unverified text (searched "Server.SpotInstanceTermination: "; only test fixtures use this wording)
  spotInstanceTermination: {
    Code: "Server.SpotInstanceTermination",
    Message: "Server.SpotInstanceTermination: Spot instance termination"
  },
  // unverified text (searched "Server.SpotInstanceShutdown: "; none observed from AWS), shaped like the above
  spotInstanceShutdown: { Code: "Server.SpotInstanceShutdown", Message: "Server.SpotInstanceShutdown: Spot instance shutdown" },
  // OBS: "Server.ScheduledStop: Stopped due to scheduled retirement" (public describe-instances dump)
  scheduledStop: { Code: "Server.ScheduledStop", Message: "Server.ScheduledStop: Stopped due to scheduled retirement" }
} as const satisfies Record<string, StateReason>

const pad = (n: number, w = 2) => String(n).padStart(w, "0")

/**
 * `User initiated (YYYY-MM-DD HH:MM:SS GMT)` for a time in epoch milliseconds (UTC), the
 * `StateTransitionReason` EC2 sets on user stop/terminate (OBS, ec2-facts §5.7).
 *
 * @example
 * ```ts
 * import { Lifecycle } from "@ec2kit/core"
 * Lifecycle.userInitiatedReason(0) // "User initiated (1970-01-01 00:00:00 GMT)"
 * ```
 * @since 0.1.0
 * @category reasons
 */
export const userInitiatedReason = (now: number): string => {
  const d = new Date(now)
  return `User initiated (${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${
    pad(d.getUTCHours())
  }:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT)`
}

/**
 * What the transition function needs to know about an instance.
 *
 * @since 0.1.0
 * @category models
 */
export interface InstanceContext {
  readonly InstanceId: string
  readonly State: StateName
  readonly RootDeviceType: "ebs" | "instance-store"
  readonly DisableApiTermination: boolean
  readonly DisableApiStop: boolean
  /** `HibernationOptions.Configured` at launch. */
  readonly HibernationConfigured: boolean
  /** `InstanceInitiatedShutdownBehavior` (default `stop`); ignored for instance-store roots (always terminate). */
  readonly InstanceInitiatedShutdownBehavior: "stop" | "terminate"
  /** Whether the instance has ever been `running` (false from launch until the first launch completes). */
  readonly HasReachedRunning: boolean
  /** Whether the current `stopping`/`stopped` came from a hibernation (billing: §5.1). */
  readonly Hibernating: boolean
  readonly StateReason?: StateReason
  readonly StateTransitionReason: string
}

/**
 * A freshly launched instance: `pending`, never running, default attributes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const launched = (
  InstanceId: string,
  options: Partial<Omit<InstanceContext, "InstanceId" | "State" | "HasReachedRunning" | "Hibernating">> = {}
): InstanceContext => ({
  InstanceId,
  State: "pending",
  RootDeviceType: options.RootDeviceType ?? "ebs",
  DisableApiTermination: options.DisableApiTermination ?? false,
  DisableApiStop: options.DisableApiStop ?? false,
  HibernationConfigured: options.HibernationConfigured ?? false,
  InstanceInitiatedShutdownBehavior: options.InstanceInitiatedShutdownBehavior ?? "stop",
  HasReachedRunning: false,
  Hibernating: false,
  StateTransitionReason: options.StateTransitionReason ?? "",
  ...(options.StateReason === undefined ? {} : { StateReason: options.StateReason })
})

/**
 * Lifecycle actions: the user API calls, completion of the in-progress change (pending → running,
 * stopping → stopped, shutting-down → terminated), OS-initiated shutdown, and Spot interruption.
 *
 * @since 0.1.0
 * @category models
 */
export const Action = Schema.Literals([
  "start",
  "stop",
  "stop-hibernate",
  "reboot",
  "terminate",
  "complete",
  "os-shutdown",
  "spot-interrupt-stop",
  "spot-interrupt-hibernate",
  "spot-interrupt-terminate"
])

/**
 * Lifecycle actions.
 *
 * @since 0.1.0
 * @category models
 */
export type Action = typeof Action.Type

/**
 * All actions.
 *
 * @since 0.1.0
 * @category models
 */
export const allActions: ReadonlyArray<Action> = Action.literals

/**
 * The result of a successful action, in the shape of AWS's Start/Stop/TerminateInstances items plus
 * the reasons EC2 records and the instance afterwards.
 *
 * @since 0.1.0
 * @category models
 */
export interface Transition {
  readonly InstanceId: string
  readonly PreviousState: InstanceState
  readonly CurrentState: InstanceState
  /** Set when AWS sets a `StateReason` for this change (carried over on completion). */
  readonly StateReason?: StateReason
  readonly StateTransitionReason: string
  /** True when the action was accepted but changed nothing (e.g. start on running). */
  readonly Noop: boolean
  /** The instance after the action. */
  readonly Instance: InstanceContext
}

/**
 * `IncorrectInstanceState` for StartInstances (OBS: burstable-ai/burst#42, ec2-facts §5.2).
 *
 * @since 0.1.0
 * @category errors
 */
export const cannotStart = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make("IncorrectInstanceState", `The instance '${id}' is not in a state from which it can be started.`)

/**
 * `IncorrectInstanceState` for StopInstances on an instance that never ran
 * (OBS: cloud-custodian/cloud-custodian#6014, 2020).
 *
 * @since 0.1.0
 * @category errors
 */
export const neverReachedRunning = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "IncorrectInstanceState",
    `Instance '${id}' cannot be stopped as it has never reached the 'running' state.`
  )

/**
 * `IncorrectInstanceState` for StopInstances in any other state that cannot be stopped. Text
 * observed in a CloudTrail `errorMessage` (`Client.IncorrectInstanceState`) and a CloudFormation
 * stack event quoted in public repositories, and used by Eucalyptus (searched "is not in a state
 * from which it can be stopped", 2026-11).
 *
 * @since 0.1.0
 * @category errors
 */
export const cannotStop = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make("IncorrectInstanceState", `This instance '${id}' is not in a state from which it can be stopped.`)

/**
 * `IncorrectInstanceState` for RebootInstances outside `running`. Unverified: no AWS text found
 * (searched "from which it can be rebooted"); shaped like the start text.
 *
 * @since 0.1.0
 * @category errors
 */
export const cannotReboot = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make("IncorrectInstanceState", `The instance '${id}' is not in a state from which it can be rebooted.`)

/**
 * `UnsupportedOperation` for stopping/hibernating an instance-store-backed instance
 * (OBS: mitchellh/vagrant-aws#193).
 *
 * @since 0.1.0
 * @category errors
 */
export const notEbsCannotStop = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make("UnsupportedOperation", `The instance '${id}' does not have an 'ebs' root device type and cannot be stopped.`)

/**
 * `UnsupportedOperation` for starting an instance-store-backed instance ("returns an error", SDK
 * `StartInstances`). Text unverified, shaped like the stop text.
 *
 * @since 0.1.0
 * @category errors
 */
export const notEbsCannotStart = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make("UnsupportedOperation", `The instance '${id}' does not have an 'ebs' root device type and cannot be started.`)

/**
 * `OperationNotPermitted` under termination protection (text: AWS console error shown in AWS
 * training labs, quoted in public repos; moto uses the same).
 *
 * @since 0.1.0
 * @category errors
 */
export const terminationProtected = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "OperationNotPermitted",
    `The instance '${id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`
  )

/**
 * `OperationNotPermitted` under stop protection (text: "Failed to stop the instance i-1234567xxx. The
 * instance 'i-1234567xxx' may not be stopped. Modify its 'disableApiStop' instance attribute and try
 * again." — AWS training-lab instructions quoting the console, found in several public repos).
 *
 * @since 0.1.0
 * @category errors
 */
export const stopProtected = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "OperationNotPermitted",
    `The instance '${id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`
  )

/**
 * `UnsupportedHibernationConfiguration` for `Hibernate=true` on an instance not configured for it
 * (OBS: "The instance can't be hibernated because it was not configured at launch for hibernation: i-XXXX",
 * aws-solutions/instance-scheduler-on-aws#510, 2024).
 *
 * @since 0.1.0
 * @category errors
 */
export const hibernationNotConfigured = (id: string): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "UnsupportedHibernationConfiguration",
    `The instance can't be hibernated because it was not configured at launch for hibernation: ${id}`
  )

/**
 * `InvalidParameterCombination` for StopInstances with both `Hibernate` and `SkipOsShutdown`.
 * Unverified: no AWS text or rule found (searched the EC2 API reference, "Methods for stopping an
 * instance" and the hibernation pages, 2025-07 … 2026-11, read 2026-12). Hibernation is performed by
 * the guest OS ("Amazon EC2 signals the operating system to perform hibernation", EC2 UG Hibernate,
 * read 2026-12), which `SkipOsShutdown` bypasses, so the strictest plausible behaviour is to reject
 * the pair; the text is shaped like AWS's observed "The parameter instancesSet cannot be used with the
 * parameter maxResults".
 *
 * @since 0.1.0
 * @category errors
 */
export const skipOsShutdownWithHibernate: Ec2Error.Ec2Error = Ec2Error.make(
  "InvalidParameterCombination",
  "The parameter SkipOsShutdown cannot be used with the parameter Hibernate"
)

/**
 * Options of a user stop or terminate that change what the transition accepts.
 *
 * @since 0.1.0
 * @category models
 */
export interface TransitionOptions {
  /**
   * StopInstances/TerminateInstances `Force`. For a stop it also accepts `pending`: "Using the AWS
   * CLI, you can force an instance to stop while the instance is in the pending, running, or stopping
   * state" — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesStopping.html
   * (2025, read 2026-12); not for a hibernation (`stop-hibernate`, strictest plausible). Other actions
   * ignore it.
   */
  readonly Force?: boolean
}

const ok = (
  self: InstanceContext,
  to: StateName,
  change: { readonly reason?: StateReason; readonly text: string; readonly hibernating?: boolean }
): Result.Result<Transition, Ec2Error.Ec2Error> => {
  const { StateReason: _, ...rest } = self
  const Instance: InstanceContext = {
    ...rest,
    State: to,
    HasReachedRunning: self.HasReachedRunning || to === "running",
    Hibernating: change.hibernating ?? false,
    StateTransitionReason: change.text,
    ...(change.reason === undefined ? {} : { StateReason: change.reason })
  }
  return Result.succeed({
    InstanceId: self.InstanceId,
    PreviousState: state(self.State),
    CurrentState: state(to),
    ...(change.reason === undefined ? {} : { StateReason: change.reason }),
    StateTransitionReason: change.text,
    Noop: false,
    Instance
  })
}

const noop = (self: InstanceContext): Result.Result<Transition, Ec2Error.Ec2Error> =>
  Result.succeed({
    InstanceId: self.InstanceId,
    PreviousState: state(self.State),
    CurrentState: state(self.State),
    ...(self.StateReason === undefined ? {} : { StateReason: self.StateReason }),
    StateTransitionReason: self.StateTransitionReason,
    Noop: true,
    Instance: self
  })

const carry = (self: InstanceContext, to: StateName) =>
  ok(self, to, {
    ...(self.StateReason === undefined ? {} : { reason: self.StateReason }),
    text: self.StateTransitionReason,
    hibernating: self.Hibernating
  })

/**
 * Applies an action to an instance. Pure: `now` (epoch ms) only feeds the reason text.
 *
 * Order of checks (AWS's is undocumented; attribute checks first is the strictest reading):
 * protection (`OperationNotPermitted`) → root device (`UnsupportedOperation`) → hibernation
 * configuration → state (`IncorrectInstanceState` or a no-op).
 *
 * Decisions where AWS is silent (strictest plausible):
 * - stop in `pending` fails unless `options.Force` (documented, see `TransitionOptions`); after a
 *   start from `stopped` (the instance has run before) the text is the generic "not in a state from
 *   which it can be stopped" rather than "never reached".
 * - reboot is accepted only in `running`; in `terminated` it is ignored (SDK); elsewhere
 *   `IncorrectInstanceState`.
 * - start on an instance-store root always fails with `UnsupportedOperation`.
 * - Spot interruption bypasses protection; it applies to `running` only (elsewhere a no-op); stop or
 *   hibernate behaviour needs an EBS root; hibernate does not need `HibernationConfigured` here.
 * - `complete` in a stable state is a no-op.
 *
 * @example
 * ```ts
 * import { Lifecycle } from "@ec2kit/core"
 * import { Result } from "effect"
 * const i = { ...Lifecycle.launched("i-0123456789abcdef0"), State: "running" as const, HasReachedRunning: true }
 * const r = Lifecycle.transition(i, "stop", 0)
 * if (Result.isSuccess(r)) r.success.CurrentState // { Code: 64, Name: "stopping" }
 * ```
 * @since 0.1.0
 * @category transitions
 */
export const transition = (
  self: InstanceContext,
  action: Action,
  now: number,
  options: TransitionOptions = {}
): Result.Result<Transition, Ec2Error.Ec2Error> => {
  const id = self.InstanceId
  const s = self.State
  const ebs = self.RootDeviceType === "ebs"
  switch (action) {
    case "start": {
      if (!ebs) return Result.fail(notEbsCannotStart(id))
      if (s === "pending" || s === "running") return noop(self)
      if (s === "stopped") return ok(self, "pending", { text: "" })
      return Result.fail(cannotStart(id))
    }
    case "stop":
    case "stop-hibernate": {
      if (self.DisableApiStop) return Result.fail(stopProtected(id))
      if (!ebs) return Result.fail(notEbsCannotStop(id))
      const hibernate = action === "stop-hibernate"
      if (hibernate && !self.HibernationConfigured) return Result.fail(hibernationNotConfigured(id))
      if (s === "stopping" || s === "stopped") return noop(self)
      // a forced stop is documented in pending; a hibernation needs a running OS, so none in pending
      // (strictest plausible: AWS does not say)
      if (s === "pending" && (options.Force !== true || hibernate)) {
        return Result.fail(self.HasReachedRunning ? cannotStop(id) : neverReachedRunning(id))
      }
      if (s === "running" || s === "pending") {
        return ok(self, "stopping", {
          reason: hibernate ? stateReasons.userInitiatedHibernate : stateReasons.userInitiatedShutdown,
          text: userInitiatedReason(now),
          hibernating: hibernate
        })
      }
      return Result.fail(cannotStop(id))
    }
    case "reboot": {
      if (s === "running") {
        return Result.succeed({
          InstanceId: id,
          PreviousState: state(s),
          CurrentState: state(s),
          ...(self.StateReason === undefined ? {} : { StateReason: self.StateReason }),
          StateTransitionReason: self.StateTransitionReason,
          Noop: false,
          Instance: self
        })
      }
      // "Requests to reboot terminated instances are ignored" (SDK RebootInstances)
      if (s === "terminated") return noop(self)
      return Result.fail(cannotReboot(id))
    }
    case "terminate": {
      if (self.DisableApiTermination) return Result.fail(terminationProtected(id))
      // idempotent: "each call succeeds" (SDK TerminateInstances)
      if (s === "shutting-down" || s === "terminated") return noop(self)
      return ok(self, "shutting-down", { reason: stateReasons.userInitiatedShutdown, text: userInitiatedReason(now) })
    }
    case "complete": {
      if (s === "pending") return ok(self, "running", { text: "" }) // running: StateTransitionReason "" (OBS)
      if (s === "stopping") return carry(self, "stopped")
      if (s === "shutting-down") return carry(self, "terminated")
      return noop(self)
    }
    case "os-shutdown": {
      if (s !== "running") return noop(self)
      const reason = stateReasons.instanceInitiatedShutdown
      // StateTransitionReason for an OS shutdown: unverified, the reason code as for Spot (§5.7)
      if (!ebs || self.InstanceInitiatedShutdownBehavior === "terminate") {
        return ok(self, "shutting-down", { reason, text: reason.Code })
      }
      return ok(self, "stopping", { reason, text: reason.Code })
    }
    case "spot-interrupt-stop":
    case "spot-interrupt-hibernate":
    case "spot-interrupt-terminate": {
      if (s !== "running") return noop(self)
      if (action === "spot-interrupt-terminate") {
        const reason = stateReasons.spotInstanceTermination
        return ok(self, "shutting-down", { reason, text: reason.Code })
      }
      if (!ebs) return Result.fail(notEbsCannotStop(id))
      const reason = stateReasons.spotInstanceShutdown
      return ok(self, "stopping", { reason, text: reason.Code, hibernating: action === "spot-interrupt-hibernate" })
    }
  }
}

/**
 * Whether the instance is billed for instance usage in a state: `running` bills; `stopping` bills only
 * while hibernating; every other state does not (ec2-facts §5.1, UG23 `ec2-instance-lifecycle.md`).
 *
 * @since 0.1.0
 * @category billing
 */
export const isBilled = (name: StateName, options: { readonly hibernating: boolean } = { hibernating: false }): boolean =>
  name === "running" || (name === "stopping" && options.hibernating)
