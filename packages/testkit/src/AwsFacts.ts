/**
 * AWS's documented values, written out again here on purpose: the suite and the property tests
 * compare what a backend answers with these literals, never with the tables of the code under test
 * (`Lifecycle.codes`, `Lifecycle.edges`), so a wrong value there cannot pass its own check.
 *
 * @since 0.1.0
 */

/**
 * An instance state name, as AWS spells it.
 *
 * @since 0.1.0
 * @category models
 */
export type StateName = "pending" | "running" | "shutting-down" | "terminated" | "stopping" | "stopped"

/**
 * `InstanceState.Code` per state name: "The valid values for instance-state-code will all be in the
 * range of the low byte and they are: 0 : pending, 16 : running, 32 : shutting-down, 48 : terminated,
 * 64 : stopping, 80 : stopped" — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html
 * (read 2026-12).
 *
 * @since 0.1.0
 * @category constants
 */
export const stateCodes: { readonly [S in StateName]: number } = {
  pending: 0,
  running: 16,
  "shutting-down": 32,
  terminated: 48,
  stopping: 64,
  stopped: 80
}

/**
 * Every state name.
 *
 * @since 0.1.0
 * @category constants
 */
export const stateNames: ReadonlyArray<StateName> = ["pending", "running", "shutting-down", "terminated", "stopping", "stopped"]

/**
 * The `InstanceState` AWS answers for a state name: `{ Code, Name }` with the code above.
 *
 * @since 0.1.0
 * @category constructors
 */
export const instanceState = (Name: StateName): { readonly Code: number; readonly Name: StateName } => ({ Code: stateCodes[Name], Name })

/**
 * The state changes AWS documents, written out independently of core's `Lifecycle.edges`: launch →
 * pending → running; stop: running → stopping → stopped; start: stopped → pending; terminate:
 * pending | running | stopping | stopped → shutting-down → terminated ("Instance state changes" —
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html, read 2026-12); and a
 * forced stop from pending ("you can force an instance to stop while the instance is in the pending,
 * running, or stopping state" — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesStopping.html,
 * read 2026-12). Staying put is not an edge.
 *
 * @since 0.1.0
 * @category constants
 */
export const stateEdges: { readonly [S in StateName]: ReadonlyArray<StateName> } = {
  pending: ["running", "stopping", "shutting-down"],
  running: ["stopping", "shutting-down"],
  stopping: ["stopped", "shutting-down"],
  stopped: ["pending", "shutting-down"],
  "shutting-down": ["terminated"],
  terminated: []
}

/**
 * Whether `from → to` is one of AWS's documented state changes.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isEdge = (from: string, to: string): boolean =>
  (stateEdges as Record<string, ReadonlyArray<string> | undefined>)[from]?.includes(to) === true

/**
 * Whether `to` can follow `from` along zero or more documented state changes.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isReachable = (from: string, to: string): boolean => {
  const seen = new Set<string>([from])
  const todo = [from]
  while (todo.length > 0) {
    for (const next of (stateEdges as Record<string, ReadonlyArray<string> | undefined>)[todo.pop()!] ?? []) {
      if (!seen.has(next)) (seen.add(next), todo.push(next))
    }
  }
  return seen.has(to)
}

/**
 * Whether an `InstanceState` as answered carries AWS's code for its name (only the low byte counts:
 * "You can ignore the high byte value by zeroing out all of the bits above 2^8", API_InstanceState).
 *
 * @since 0.1.0
 * @category predicates
 */
export const hasAwsCode = (s: { readonly Code?: number | undefined; readonly Name?: string | undefined } | undefined): boolean =>
  s !== undefined && s.Name !== undefined && s.Code !== undefined && s.Name in stateCodes &&
  (s.Code & 0xff) === stateCodes[s.Name as StateName]
