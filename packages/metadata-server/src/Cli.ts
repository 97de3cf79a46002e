/**
 * The `ec2kit-metadata` command line: its flags on `effect/cli` (`--help`, `--version`, parse errors).
 * What the command does is `Run.ts`; the executable's usual start reads the same flags with
 * `Argv.ts` and loads this module only when that reader declines (see `main.ts`).
 *
 * @since 0.1.0
 */
import { Config as EffectConfig } from "effect"
import { Command, Flag } from "effect/cli"
import * as Run from "./Run.js"

/**
 * A problem with the flags or the configuration file: printed, exit code 2.
 *
 * @since 0.1.0
 * @category errors
 */
export const UsageError = Run.UsageError

/**
 * A problem with the flags or the configuration file (the instance type).
 *
 * @since 0.1.0
 * @category errors
 */
export type UsageError = Run.UsageError

/**
 * The flags, as given (before validation).
 *
 * @since 0.1.0
 * @category models
 */
export type Flags = Run.Flags

/**
 * What the server runs with once flags and configuration are merged and validated.
 *
 * @since 0.1.0
 * @category models
 */
export type Settings = Run.Settings

/**
 * Validates the flags, reads the configuration file and the user data file, and merges them
 * (flags win over the file).
 *
 * @since 0.1.0
 * @category parsing
 */
export const settings = Run.settings

/**
 * Runs the server until SIGINT or SIGTERM, then closes it.
 *
 * @since 0.1.0
 * @category running
 */
export const serve = Run.serve

const text = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

/**
 * The command's flags (`effect/cli`): what `--help` lists and what `Argv.ts` must read alike.
 *
 * @since 0.1.0
 * @category commands
 */
export const flags = {
  host: Flag.String("host").pipe(
    Flag.withFallbackConfig(EffectConfig.String("EC2KIT_METADATA_HOST").pipe(EffectConfig.withDefault("127.0.0.1"))),
    Flag.withDescription("Address to listen on (default $EC2KIT_METADATA_HOST, else 127.0.0.1; ::1 works)")
  ),
  port: Flag.String("port").pipe(
    Flag.withFallbackConfig(EffectConfig.String("EC2KIT_METADATA_PORT").pipe(EffectConfig.withDefault("1338"))),
    Flag.withDescription("Port to listen on (default $EC2KIT_METADATA_PORT, else 1338; 0 picks a free one)")
  ),
  config: text("config", "JSON file describing the instance (DescribeInstances' Instance shape plus AccountId, Region, UserData, PublicKey, RoleName, ...)"),
  httpTokens: text("http-tokens", "optional|required: IMDSv1 allowed, or IMDSv2 tokens required"),
  httpEndpoint: text("http-endpoint", "enabled|disabled: disabled answers 403 to everything"),
  instanceMetadataTags: text("instance-metadata-tags", "enabled|disabled: serve tags/instance/"),
  httpPutResponseHopLimit: text(
    "http-put-response-hop-limit",
    "1-64 (default 1): IP hop limit of the answers to token PUTs (MetadataOptions.HttpPutResponseHopLimit); 2 lets containers on a bridge network get tokens"
  ),
  clientHops: text(
    "client-hops",
    "1-64 (default 1): how many IP hops away the clients are: 1 = a process on the instance, 2 = a container on a bridge network. Farther than the hop limit: token PUTs get no answer at all (clients time out, then fall back to IMDSv1)"
  ),
  tag: Flag.String("tag").pipe(Flag.withDescription("KEY=VALUE instance tag (repeatable)"), Flag.atLeast(0)),
  userDataFile: text("user-data-file", "File served as user-data (raw bytes, at most 16 KB)"),
  spotInterruption: text("spot-interruption", "ACTION@DELAY (ACTION stop|hibernate|terminate): the notice appears after DELAY, the action two minutes later"),
  scheduledEvent: Flag.String("scheduled-event").pipe(
    Flag.withDescription("CODE@DELAY (instance-reboot|system-reboot|system-maintenance|instance-retirement|instance-stop), repeatable"),
    Flag.atLeast(0)
  ),
  rebalanceRecommendation: text("rebalance-recommendation", "DELAY after which events/recommendations/rebalance appears"),
  maxConnections: text("max-connections", "At most N client connections at once (default 512); one more is answered 429 and closed. Keep it below the open-file limit (ulimit -n)"),
  idleTimeout: text("idle-timeout", "DELAY after which a connection that sends nothing is closed: never a byte, or nothing between keep-alive requests (default 5s)"),
  requestTimeout: text("request-timeout", "DELAY within which a request must arrive in full once its first byte has, else 408 (default 5s)"),
  printCertificate: Flag.Boolean("print-certificate").pipe(Flag.withDefault(false), Flag.withDescription("Print the PEM certificates (RSA, then DSA) that verify the identity document's signatures, then serve")),
  quiet: Flag.Boolean("quiet").pipe(Flag.withDefault(false), Flag.withDescription("No log line per request"))
}

/**
 * The command.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = Command.make("ec2kit-metadata", flags, Run.main).pipe(
  Command.withDescription(
    "An EC2 instance metadata service (IMDSv1/IMDSv2) on your machine or in a container network. DELAY is like 0s, 90s, 2m, 1h. Flags override the configuration file."
  )
)

/**
 * Runs the command line with the given arguments.
 *
 * @since 0.1.0
 * @category running
 */
export const run = (args: ReadonlyArray<string>) => Command.runWith(command, { version: "0.1.0" })(args)

