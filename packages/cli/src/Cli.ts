/**
 * The `ec2kit` command line, built on `effect/cli`.
 *
 * @since 0.1.0
 */
import { Cause, Console, Data, Effect, Exit, Option, Result } from "effect"
import { Argument, CliOutput, Command, Flag } from "effect/cli"
import type { Ec2Error } from "@ec2kit/core"
import * as Environment from "@ec2kit/metadata-server/CliEnvironment"
import * as Cost from "./Cost.js"
import * as Report from "./Report.js"

/**
 * The failure of a command whose error has already been printed; the process exits with code 1.
 *
 * @since 0.1.0
 * @category errors
 */
export class Reported extends Data.TaggedError("Reported")<{ readonly code: string }> {}

const json = Flag.Boolean("json").pipe(Flag.withDescription("Print one JSON object instead of text"), Flag.withDefault(false))

const emit = <A extends object>(
  result: Result.Result<A, Ec2Error.Ec2Error>,
  asJson: boolean,
  text: (a: A) => string
): Effect.Effect<void, Reported> =>
  Result.match(result, {
    onSuccess: (a) => Console.log(asJson ? JSON.stringify(a, null, 2) : text(a)),
    onFailure: (e) =>
      Effect.andThen(
        asJson
          ? Console.log(JSON.stringify({ error: { code: e.code, message: e.reason.message } }))
          : Console.error(`error: ${e.code}: ${e.reason.message}`),
        Effect.fail(new Reported({ code: e.code }))
      )
  })

const instanceType = Command.make(
  "instance-type",
  {
    name: Argument.String("name").pipe(Argument.withDescription("An instance-type name, e.g. m7g.large")),
    json
  },
  ({ json, name }) => emit(Report.instanceType(name), json, Report.instanceTypeText)
).pipe(
  Command.withDescription(
    "Parse an instance-type name (series, generation, options, suffix, size) and show its catalogue entry"
  )
)

const optionalText = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

const volume = Command.make(
  "volume",
  {
    type: optionalText("type", "Volume type: gp2 (AWS's default), gp3, io1, io2, st1, sc1, standard"),
    size: optionalText("size", "Size in GiB"),
    iops: optionalText("iops", "Provisioned IOPS (io1, io2, gp3)"),
    throughput: optionalText("throughput", "Provisioned throughput in MiB/s (gp3)"),
    multiAttach: Flag.Boolean("multi-attach").pipe(Flag.withDescription("Enable Multi-Attach (io1, io2)"), Flag.withDefault(false)),
    json
  },
  ({ iops, json, multiAttach, size, throughput, type }) =>
    emit(
      Report.volume({
        type: Option.getOrUndefined(type),
        size: Option.getOrUndefined(size),
        iops: Option.getOrUndefined(iops),
        throughput: Option.getOrUndefined(throughput),
        multiAttach
      }),
      json,
      Report.volumeText
    )
).pipe(
  Command.withDescription(
    "Validate a volume as CreateVolume would and show its effective IOPS, throughput and burst"
  )
)

// `ec2kit serve` is run by the executable as `ec2kit-serve` (bin.ts hands it the command line), so
// that loading the emulator (the AWS SDK's schemas) never slows the other subcommands; this entry
// only lists it in `ec2kit --help`.
const serve = Command.make("serve", {}, () =>
  Console.log("ec2kit serve runs from the ec2kit executable; see `ec2kit serve --help` (or `ec2kit-serve --help`)")).pipe(
    Command.withDescription("The local EC2 emulator: EC2's own API over one in-memory world, with control endpoints (`ec2kit serve --help`)")
  )

// `ec2kit metadata` is likewise handed to `ec2kit-metadata` (metadata-server's executable, with its
// own flags and exit codes) by bin.ts; listed here so `ec2kit --help` shows every subcommand.
const metadata = Command.make("metadata", {}, () =>
  Console.log("ec2kit metadata runs from the ec2kit executable; see `ec2kit metadata --help` (or `ec2kit-metadata --help`)")).pipe(
    Command.withDescription(
      "The instance metadata service (IMDSv1/IMDSv2) emulator, standalone from a JSON file or flags (`ec2kit metadata --help`)"
    )
  )

/**
 * The root `ec2kit` command with its subcommands.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = Command.make("ec2kit").pipe(
  Command.withDescription(
    "ec2kit: Amazon EC2's rules, from the command line, and its local emulators: `ec2kit serve` (EC2's API) and `ec2kit metadata` (the instance metadata service); `ec2kit cost` bills an emulated world"
  ),
  Command.withSubcommands([instanceType, volume, Cost.command, serve, metadata])
)

/**
 * Presents effect/cli's own usage errors as `{"error": …}` when `--json` was given, so every
 * invalid input has one machine-readable shape.
 *
 * @since 0.1.0
 * @category layers
 */
export const presenter = (asJson: boolean) =>
  CliOutput.layerPresenter({
    present: (event) =>
      asJson && event._tag === "InvalidInvocation"
        ? Console.log(
          JSON.stringify({
            error: {
              code: event.errors[0]?._tag ?? "InvalidInvocation",
              message: event.errors.map((e) => e.message).join("; ")
            }
          })
        )
        : CliOutput.defaultPresenter.present(event)
  })

/**
 * Runs the CLI on the given arguments (without `node` and the script path).
 *
 * @since 0.1.0
 * @category running
 */
export const run = (args: ReadonlyArray<string>) =>
  Command.runWith(command, { version: "0.1.0" })(Cost.joinRelativeTimes(args)).pipe(Effect.provide(presenter(args.includes("--json"))))

/**
 * Runs the CLI as the `ec2kit` executable does and returns the process exit code: 0 on success,
 * 1 on any invalid input (the error is printed first).
 *
 * @since 0.1.0
 * @category running
 */
export const main = (args: ReadonlyArray<string>): Promise<number> =>
  Effect.runPromiseExit(run(args).pipe(Effect.provide(Environment.layer(args, "ec2kit")))).then((exit) => {
    if (Exit.isSuccess(exit)) return 0
    // Our own errors and effect/cli's usage errors are printed already; anything else is a bug.
    const error = Cause.squash(exit.cause) as { readonly _tag?: unknown } | undefined
    if (typeof error?._tag !== "string") console.error(Cause.pretty(exit.cause))
    return 1
  })
