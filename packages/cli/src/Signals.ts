/**
 * SIGINT and SIGTERM for `ec2kit serve`, caught from the first moment of the process: the
 * executable installs these handlers before it loads the emulator (which takes a few hundred
 * milliseconds), so a signal that arrives while it starts is remembered and stops it cleanly
 * (exit 0) instead of killing it with Node's default action (exit 128 + 15 = 143 for SIGTERM, as
 * `docker stop` or a test harness would see it). A second signal stops the process at once (exit 1):
 * a stop that hangs can still be interrupted, and the state file loses nothing (every change is
 * journaled before it is answered).
 *
 * No dependencies (plain `process`), so that importing it costs nothing.
 *
 * @since 0.1.0
 */

/**
 * The signals that stop the emulator.
 *
 * @since 0.1.0
 * @category models
 */
export type StopSignal = "SIGINT" | "SIGTERM"

interface State {
  first: StopSignal | undefined
  readonly waiting: Set<(signal: StopSignal) => void>
  installed: boolean
}

// One state per process, not per copy of this module: the launcher (serveBin) has its own copy,
// which installs the handlers before it loads the bundled program (dist/serve.cjs), whose copy
// (through Serve) waits for the signal.
const slot = Symbol.for("@ec2kit/cli/Signals")
const state: State = ((globalThis as { [slot]?: State })[slot] ??= { first: undefined, waiting: new Set(), installed: false })

const on = (signal: StopSignal) => () => {
  if (state.first !== undefined) {
    process.stderr.write(`${signal} again: stopping at once\n`)
    process.exit(1)
  }
  state.first = signal
  for (const w of [...state.waiting]) w(signal)
}

/**
 * Installs the handlers (once; later calls do nothing).
 *
 * @since 0.1.0
 * @category running
 */
export const install = (): void => {
  if (state.installed) return
  state.installed = true
  process.on("SIGINT", on("SIGINT"))
  process.on("SIGTERM", on("SIGTERM"))
}

/**
 * The first signal received since {@link install}, if any.
 *
 * @since 0.1.0
 * @category running
 */
export const received = (): StopSignal | undefined => state.first

/**
 * Calls `f` with the first signal (at once if it has already arrived); returns a function that
 * stops waiting. Installs the handlers if they are not yet.
 *
 * @since 0.1.0
 * @category running
 */
export const onStop = (f: (signal: StopSignal) => void): () => void => {
  install()
  const first = state.first
  if (first !== undefined) {
    f(first)
    return () => {}
  }
  state.waiting.add(f)
  return () => void state.waiting.delete(f)
}
