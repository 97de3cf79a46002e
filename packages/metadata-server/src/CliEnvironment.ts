/**
 * The services `effect/cli` asks for (file system, path, stdio, terminal, child processes) for a
 * Node command line that only needs its arguments and the console. `@effect/platform-node` would
 * provide them too, but it declares Node ≥ 22.19 while ec2kit supports Node ≥ 20.19. Every other
 * capability fails loudly if it is ever reached. Used by `ec2kit-metadata` and by `@ec2kit/cli`.
 *
 * @since 0.1.0
 */
import { Effect, FileSystem, Layer, Path, Sink, Stdio, Stream, Terminal } from "effect"
import { ChildProcessSpawner } from "effect/process"

/**
 * The CLI environment for a process with the given arguments (without `node` and the script);
 * `program` names the executable in the message of a capability it does not offer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (args: ReadonlyArray<string>, program = "ec2kit-metadata") => {
  const unsupported = (what: string) => Effect.die(new Error(`${program}: ${what} is not available`))
  return Layer.mergeAll(
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
}
