/**
 * The services `effect/cli` asks for, without `@effect/platform-node` (which declares
 * Node ≥ 22.19 while ec2kit supports Node ≥ 20.19). The command line only needs its arguments
 * and the console; every other capability fails loudly if it is ever reached. (The same approach
 * as `@ec2kit/cli`, written again here because packages do not import each other's internals.)
 */
import { Effect, FileSystem, Layer, Path, Sink, Stdio, Stream, Terminal } from "effect"
import { ChildProcessSpawner } from "effect/process"

const unsupported = (what: string) => Effect.die(new Error(`ec2kit-metadata: ${what} is not available`))

/** The CLI environment for a process with the given arguments (without `node` and the script). */
export const layer = (args: ReadonlyArray<string>) =>
  Layer.mergeAll(
    FileSystem.layerNoop({}),
    Path.layer,
    Stdio.layerTest({
      args: Effect.succeed(args),
      stdout: () => Sink.forEach((chunk: string | Uint8Array) => Effect.sync(() => process.stdout.write(chunk))),
      stderr: () => Sink.forEach((chunk: string | Uint8Array) => Effect.sync(() => process.stderr.write(chunk))),
      stdin: Stream.empty
    }),
    Layer.succeed(
      Terminal.Terminal,
      Terminal.make({
        columns: Effect.sync(() => process.stdout.columns ?? 80),
        rows: Effect.sync(() => process.stdout.rows ?? 24),
        size: unsupported("terminal resize events"),
        readInput: unsupported("interactive input"),
        readLine: unsupported("interactive input"),
        display: (text) => Effect.sync(() => void process.stdout.write(text))
      })
    ),
    Layer.succeed(ChildProcessSpawner.ChildProcessSpawner, ChildProcessSpawner.make(() => unsupported("child processes")))
  )
