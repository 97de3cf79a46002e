/**
 * Core's `Ec2` service over real AWS, through `@aws-sdk/client-ec2`.
 *
 * - **Generic**: each operation of `Ec2` (`Ec2Shapes.operations`) is sent as the SDK command of the same
 *   AWS name (`RunInstances` → `RunInstancesCommand`, looked up among the SDK's exports), so an
 *   operation added to `Ec2` later needs no code here. Requests go to AWS as given (AWS validates them
 *   and answers with its own errors); responses come back in the SDK's shape, without `$metadata`.
 * - **Errors**: everything the SDK throws becomes `Ec2Error` (`SdkError.toEc2Error`), with AWS's
 *   code, message, request id and HTTP status; network failures and timeouts get reason `Transport`.
 * - **Retries**: one policy, `Retry.schedule` (throttling, 5xx and transport failures; full-jitter
 *   exponential backoff), driven by Effect's `Clock`; the clients built here have the SDK's own retries
 *   off (`maxAttempts: 1`) so the two never stack. An operation whose `ClientToken` is an idempotency
 *   token (core's `Ec2.idempotencyTokenOperations`, the SDK's own list) gets one (`Ec2.withIdempotencyToken`,
 *   as every backend does) before the first attempt unless the caller gave one, and every attempt sends
 *   the same token, so a retried `RunInstances` never launches twice
 *   (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html, read 2026-11).
 * - **Interruption** aborts the in-flight HTTP request (the `abortSignal` of `client.send`).
 * - **Tracing**: each call is a client span `Ec2.<operation>` (e.g. `Ec2.runInstances`) with
 *   `rpc.system` `aws-api`, `rpc.service` `EC2`, `rpc.method`, `cloud.region`, `aws.request_id` (of
 *   the last attempt) and `ec2kit.attempts`.
 *
 * @since 0.1.0
 */
import * as Sdk from "@aws-sdk/client-ec2"
import { EC2Client, type EC2ClientConfig } from "@aws-sdk/client-ec2"
import { Ec2, type Ec2Error, Ec2Shapes } from "@ec2kit/core"
import { Config, Duration, Effect, Layer, Option } from "effect"
import * as RequestId from "./internal/requestId.js"
import * as Retry from "./Retry.js"
import { toEc2Error } from "./SdkError.js"

/**
 * Options of {@link layer}. Region, endpoint, profile and credentials come from the SDK's default
 * chains (`AWS_REGION`, `AWS_ENDPOINT_URL_EC2`, `AWS_PROFILE`, `~/.aws/config`, instance roles, …)
 * unless given here.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** The Region, e.g. `eu-west-1`. */
  readonly region?: string
  /** The endpoint URL, e.g. `http://127.0.0.1:4566` for a local server. */
  readonly endpoint?: string
  /** The shared-config profile to take credentials and settings from. */
  readonly profile?: string
  /** Credentials (or a provider of them). */
  readonly credentials?: EC2ClientConfig["credentials"]
  /** The retry policy's settings (see `Retry`). */
  readonly retry?: Retry.RetryOptions
  /**
   * Any other `EC2Client` settings (`requestHandler`, `logger`, …). `maxAttempts` and
   * `retryStrategy` are not accepted: retries are the policy's alone.
   */
  readonly clientConfig?: Omit<EC2ClientConfig, "maxAttempts" | "retryStrategy" | "retryMode">
}

/**
 * The settings {@link layerConfig} reads with Effect `Config`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigOptions {
  /** The Region. */
  readonly region: Option.Option<string>
  /** The endpoint URL. */
  readonly endpoint: Option.Option<string>
  /** The shared-config profile. */
  readonly profile: Option.Option<string>
  /** Attempts in all. */
  readonly maxAttempts: Option.Option<number>
  /** Base of the backoff after a non-throttling error. */
  readonly baseDelay: Option.Option<Duration.Duration>
  /** Base of the backoff after a throttling error. */
  readonly throttlingBaseDelay: Option.Option<Duration.Duration>
  /** Longest delay between two attempts. */
  readonly maxDelay: Option.Option<Duration.Duration>
}

/**
 * The default configuration of {@link layerConfig}, from the environment (or any `ConfigProvider`):
 * `AWS_REGION`, `AWS_ENDPOINT_URL_EC2`, `AWS_PROFILE` and `AWS_MAX_ATTEMPTS` (the names the AWS SDKs
 * read, https://docs.aws.amazon.com/sdkref/latest/guide/settings-reference.html, read 2026-11), and
 * `EC2KIT_AWS_RETRY_BASE_DELAY`, `EC2KIT_AWS_RETRY_THROTTLING_BASE_DELAY`,
 * `EC2KIT_AWS_RETRY_MAX_DELAY` (Effect durations such as `200 millis`). Every one is optional.
 *
 * @since 0.1.0
 * @category config
 */
export const config: Config.Config<ConfigOptions> = Config.all({
  region: Config.option(Config.String("AWS_REGION")),
  endpoint: Config.option(Config.String("AWS_ENDPOINT_URL_EC2")),
  profile: Config.option(Config.String("AWS_PROFILE")),
  maxAttempts: Config.option(Config.Int("AWS_MAX_ATTEMPTS")),
  baseDelay: Config.option(Config.Duration("EC2KIT_AWS_RETRY_BASE_DELAY")),
  throttlingBaseDelay: Config.option(Config.Duration("EC2KIT_AWS_RETRY_THROTTLING_BASE_DELAY")),
  maxDelay: Config.option(Config.Duration("EC2KIT_AWS_RETRY_MAX_DELAY"))
})

// ---------------------------------------------------------------------------------------------------
// operation → command

type Command = new(input: object) => Parameters<EC2Client["send"]>[0]

const sdkExports = Sdk as unknown as Record<string, unknown>

/**
 * The SDK command class of an `Ec2` operation (`runInstances` → `RunInstancesCommand`), or
 * `undefined` if this SDK version has none.
 *
 * @since 0.1.0
 * @category operations
 */
export const commandFor = (operation: Ec2Shapes.OperationName): Command | undefined => {
  const found = sdkExports[`${Ec2Shapes.operations[operation].name}Command`]
  return typeof found === "function" ? (found as Command) : undefined
}

/**
 * Whether an operation's `ClientToken` is an idempotency token (so `Ec2Aws` generates one per call when
 * the caller gives none): core's `Ec2.idempotencyTokenOperations`.
 *
 * @since 0.1.0
 * @category operations
 */
export const takesClientToken = (operation: Ec2Shapes.OperationName): boolean => Ec2.idempotencyTokenOperations.has(operation)

// ---------------------------------------------------------------------------------------------------
// one call

interface Call {
  readonly client: EC2Client
  readonly region: Option.Option<string>
  readonly policy: ReturnType<typeof Retry.schedule>
}

const withClientToken = (operation: Ec2Shapes.OperationName, input: unknown): Effect.Effect<object> =>
  Effect.sync(() => Ec2.withIdempotencyToken(operation, typeof input === "object" && input !== null ? input : {}))

const sendOnce = (call: Call, command: Command, request: object) =>
  Effect.suspend(() => {
    // a command per attempt: it carries its own middleware stack
    const cmd = new command(request)
    const stack = (cmd as unknown as { readonly middlewareStack: { addRelativeTo: (m: unknown, o: unknown) => void } })
      .middlewareStack
    stack.addRelativeTo(RequestId.middleware(call.client.config as unknown as Parameters<typeof RequestId.middleware>[0]), RequestId.options)
    return Effect.tryPromise({
      try: (signal) => call.client.send(cmd, { abortSignal: signal }) as unknown as Promise<Record<string, unknown>>,
      catch: toEc2Error
    })
  })

const requestIdOf = (output: Record<string, unknown>): string | undefined => {
  const id = (output.$metadata as { readonly requestId?: unknown } | undefined)?.requestId
  return typeof id === "string" ? id : undefined
}

const operation = (call: Call, name: Ec2Shapes.OperationName) => {
  const awsName = Ec2Shapes.operations[name].name
  const command = commandFor(name)
  const attributes = {
    "rpc.system": "aws-api",
    "rpc.service": "EC2",
    "rpc.method": awsName,
    ...Option.match(call.region, { onNone: () => ({}), onSome: (region) => ({ "cloud.region": region }) })
  }
  return (input: unknown): Effect.Effect<unknown, Ec2Error.Ec2Error> => {
    if (command === undefined) return Effect.fail(Ec2.unsupported(awsName))
    return Effect.gen(function*() {
      const request = yield* withClientToken(name, input)
      let attempts = 0
      const attempt = Effect.suspend(() => {
        attempts += 1
        return sendOnce(call, command, request)
      }).pipe(
        Effect.tap((output) => annotateRequestId(requestIdOf(output))),
        Effect.tapError((error) => annotateRequestId(error.requestId))
      )
      const output = yield* attempt.pipe(
        Effect.retry(call.policy),
        Effect.ensuring(Effect.suspend(() => Effect.annotateCurrentSpan("ec2kit.attempts", attempts)))
      )
      const { $metadata: _, ...result } = output
      return result
    }).pipe(Effect.withSpan(`Ec2.${name}`, { kind: "client", attributes }))
  }
}

const annotateRequestId = (id: string | undefined) =>
  id === undefined ? Effect.void : Effect.annotateCurrentSpan("aws.request_id", id)

// ---------------------------------------------------------------------------------------------------
// constructors

/**
 * Builds the `Ec2` service over an `EC2Client` (see the module's description). The client should
 * have the SDK's retries off (`maxAttempts: 1`), else its retries stack under the policy's (a warning
 * is logged when they are on).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (client: EC2Client, options: { readonly retry?: Retry.RetryOptions } = {}): Effect.Effect<Ec2.Service> =>
  Effect.gen(function*() {
    const region = yield* Effect.tryPromise(() => client.config.region()).pipe(Effect.option)
    const sdkAttempts = yield* Effect.tryPromise(() => client.config.maxAttempts()).pipe(Effect.option)
    if (Option.isSome(sdkAttempts) && sdkAttempts.value > 1) {
      yield* Effect.logWarning(
        `Ec2Aws: this EC2Client retries by itself (maxAttempts ${sdkAttempts.value}); build it with maxAttempts: 1 so its retries do not stack under Ec2Aws's retry policy`
      )
    }
    const call: Call = { client, region, policy: Retry.schedule(options.retry) }
    const service: Record<string, unknown> = {}
    for (const name of Ec2.operationNames) service[name] = operation(call, name)
    return service as unknown as Ec2.Service
  })

/**
 * The `EC2Client` settings {@link layer} builds its client with: the given ones, and `maxAttempts: 1`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const clientConfig = (options: Options = {}): EC2ClientConfig => ({
  ...options.clientConfig,
  ...(options.region === undefined ? {} : { region: options.region }),
  ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  ...(options.profile === undefined ? {} : { profile: options.profile }),
  ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  maxAttempts: 1
})

/**
 * `Ec2` over a new `EC2Client` built from `options` (destroyed when the layer's scope closes).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Ec2 } from "@ec2kit/core"
 * import { Ec2Aws } from "@ec2kit/backend-aws"
 * const program = Ec2.Ec2.use((ec2) => ec2.describeRegions({}))
 * Effect.runPromise(program.pipe(Effect.provide(Ec2Aws.layer({ region: "eu-west-1" }))))
 * ```
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<Ec2.Ec2, Ec2Error.Ec2Error> =>
  Layer.effect(
    Ec2.Ec2,
    Effect.gen(function*() {
      const client = yield* Effect.acquireRelease(
        Effect.try({ try: () => new EC2Client(clientConfig(options)), catch: toEc2Error }),
        (c) => Effect.sync(() => c.destroy())
      )
      return yield* make(client, options.retry === undefined ? {} : { retry: options.retry })
    })
  )

/**
 * Options for {@link layer} from configuration values (absent ones left to the SDK's chains).
 *
 * @since 0.1.0
 * @category config
 */
export const optionsFromConfig = (c: ConfigOptions): Options => {
  const some = <K extends string, A>(key: K, o: Option.Option<A>) =>
    Option.match(o, { onNone: () => ({}), onSome: (value) => ({ [key]: value }) as { [P in K]: A } })
  return {
    ...some("region", c.region),
    ...some("endpoint", c.endpoint),
    ...some("profile", c.profile),
    retry: {
      ...some("maxAttempts", c.maxAttempts),
      ...some("baseDelay", c.baseDelay),
      ...some("throttlingBaseDelay", c.throttlingBaseDelay),
      ...some("maxDelay", c.maxDelay)
    }
  }
}

/**
 * `Ec2` over a new `EC2Client` configured with Effect `Config` (default: {@link config}, i.e. the
 * environment), so the same program runs against any account or endpoint by its environment. Values
 * read override those of `base` (options that have no configuration key: credentials, client settings).
 *
 * @example
 * ```ts
 * import { ConfigProvider, Effect, Layer } from "effect"
 * import { Ec2Aws } from "@ec2kit/backend-aws"
 * // from the environment (AWS_REGION, AWS_ENDPOINT_URL_EC2, AWS_PROFILE, AWS_MAX_ATTEMPTS, …)
 * const live = Ec2Aws.layerConfig()
 * ```
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  configuration: Config.Config<ConfigOptions> = config,
  base: Options = {}
): Layer.Layer<Ec2.Ec2, Ec2Error.Ec2Error | Config.ConfigError> =>
  Layer.unwrap(Effect.map(configuration, (c) => {
    const read = optionsFromConfig(c)
    return layer({ ...base, ...read, retry: { ...base.retry, ...read.retry } })
  }))

/**
 * `Ec2` over an `EC2Client` you built and own (it is not destroyed with the layer). Build it with
 * `maxAttempts: 1`, else the SDK's retries stack under the policy's.
 *
 * @since 0.1.0
 * @category layers
 */
export const fromClient = (
  client: EC2Client,
  options: { readonly retry?: Retry.RetryOptions } = {}
): Layer.Layer<Ec2.Ec2> => Layer.effect(Ec2.Ec2, make(client, options))
