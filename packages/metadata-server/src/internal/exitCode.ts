/**
 * The executable's exit code for how the program ended, shared by its two entry points (`main.ts`
 * and `mainCli.ts`), with the message it prints: 0 after a clean stop or `--help`; 2 for bad
 * flags or a bad configuration file (`UsageError`, or `effect/cli`'s `ShowHelp` after it has
 * printed the help and the parse errors); 1 when the server cannot start (`ServerError`) or
 * anything unexpected.
 */
import { Cause, Exit } from "effect"

/** Prints what the user needs to read and returns the exit code. */
export const report = (exit: Exit.Exit<void, unknown>): number => {
  if (Exit.isSuccess(exit)) return 0
  const error = Cause.squash(exit.cause) as { readonly _tag?: unknown; readonly message?: unknown } | undefined
  if (error?._tag === "UsageError") {
    process.stderr.write(`ec2kit-metadata: ${String(error.message)}\n`)
    return 2
  }
  // effect/cli has printed the help and the parse errors.
  if (error?._tag === "ShowHelp") return 2
  if (error?._tag === "ServerError") {
    process.stderr.write(`ec2kit-metadata: ${String(error.message)}\n`)
    return 1
  }
  process.stderr.write(`${Cause.pretty(exit.cause)}\n`)
  return 1
}
