/**
 * The one error type of ec2kit: every rule, backend and server fails with an `Ec2Error` whose
 * reason carries the AWS error code, AWS's message, the HTTP status AWS answers with, and whether
 * retrying the same request may succeed.
 *
 * Codes and statuses follow the EC2 API error reference
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html, read 2026-11/12): client
 * errors are "accompanied by a 400-series HTTP response code", server errors by a 500-series one. The status
 * of each code is here and only here ({@link httpStatusOf}); the API server answers with it.
 *
 * `isRetryable` follows the AWS SDKs' retry classification (throttling and transient server errors,
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html): capacity errors are
 * not retried automatically by the SDKs, so they are not marked retryable here either.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import type * as ErrorCode from "./ErrorCode.js"

// Statuses that differ from their reason's (every server and every transport answer uses `Ec2Error.httpStatus`):
// - AuthFailure 401: "(Service: AmazonEC2; Status Code: 401; Error Code: AuthFailure …)" as the AWS SDKs report
//   EC2's answer; UnauthorizedOperation stays 403.
// - InsufficientInstanceCapacity 500: EC2 answered "500 Internal Server Error" with this code
//   (galaxyproject/cloudman#64, 2016; nib-health-funds/hammertime#29, 2018, statusCode 500). The EC2 error
//   reference lists it with InsufficientAddressCapacity, InsufficientCapacity, InsufficientHostCapacity and
//   InsufficientReservedInstanceCapacity under "Server error codes", which are "accompanied by a 500-series HTTP
//   response code" (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html, read 2026-12);
//   their exact status is not observed, so they take the observed sibling's 500. They stay `LimitExceeded`
//   (not retried by ec2kit: a capacity shortage does not pass within a retry's backoff).
// - AWS's common errors (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/CommonErrors.html, read
//   2026-12): InvalidClientTokenId, MissingAuthenticationToken, OptInRequired 403; IncompleteSignature,
//   InvalidAction, MissingAction, InvalidQueryParameter, RequestExpired 400; InternalFailure 500;
//   ServiceUnavailable 503. SignatureDoesNotMatch 403 as the SigV4 services answer it.
// A Map, not an object literal: codes such as "constructor" must not hit Object.prototype.
const statusByCode: ReadonlyMap<string, number> = new Map([
  ["AuthFailure", 401],
  ["InvalidClientTokenId", 403],
  ["MissingAuthenticationToken", 403],
  ["SignatureDoesNotMatch", 403],
  ["OptInRequired", 403],
  ["InsufficientInstanceCapacity", 500],
  ["InsufficientAddressCapacity", 500],
  ["InsufficientCapacity", 500],
  ["InsufficientHostCapacity", 500],
  ["InsufficientReservedInstanceCapacity", 500],
  ["InternalError", 500],
  ["InternalFailure", 500],
  ["ServiceUnavailable", 503],
  ["Unavailable", 503],
  ["RequestLimitExceeded", 503]
])

/**
 * The HTTP status EC2 answers an error code with, `fallback` (the reason's) when the code has none of
 * its own: 400 client errors, 401 `AuthFailure`, 403 the other authorization errors, 412
 * `DryRunOperation`, 500 `InternalError` and the `Insufficient…Capacity` family, 503
 * `RequestLimitExceeded`/`Unavailable`.
 *
 * @example
 * ```ts
 * import { Ec2Error } from "@ec2kit/core"
 * Ec2Error.httpStatusOf("InsufficientInstanceCapacity", 400) // 500
 * ```
 * @since 0.1.0
 * @category classification
 */
export const httpStatusOf = (code: string, fallback: number): number => statusByCode.get(code) ?? fallback

const ReasonFields = {
  /** The AWS error code, e.g. `InvalidInstanceID.NotFound`. */
  code: Schema.String,
  /** AWS's message text for this error. */
  message: Schema.String
}

/**
 * The request is malformed or a parameter is invalid (HTTP 400): `InvalidParameterValue`,
 * `*.Malformed`, `MissingParameter`, `InvalidParameterCombination`, …
 *
 * @since 0.1.0
 * @category reasons
 */
export class InvalidRequest extends Schema.TaggedError<InvalidRequest>("@ec2kit/core/Ec2Error/InvalidRequest")(
  "InvalidRequest",
  ReasonFields
) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 400)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * A named resource does not exist (HTTP 400): `*.NotFound`, `InvalidPlacementGroup.Unknown`, …
 *
 * @since 0.1.0
 * @category reasons
 */
export class NotFound extends Schema.TaggedError<NotFound>("@ec2kit/core/Ec2Error/NotFound")("NotFound", ReasonFields) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 400)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * The resource exists but its state forbids the action (HTTP 400): `IncorrectInstanceState`,
 * `VolumeInUse`, `DependencyViolation`, `OperationNotPermitted`, `UnsupportedOperation`, …
 *
 * @since 0.1.0
 * @category reasons
 */
export class Conflict extends Schema.TaggedError<Conflict>("@ec2kit/core/Ec2Error/Conflict")("Conflict", ReasonFields) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 400)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * An account or resource limit was reached (HTTP 400): `*LimitExceeded`,
 * `InsufficientInstanceCapacity`, `VolumeModificationRateExceeded`, …
 *
 * @since 0.1.0
 * @category reasons
 */
export class LimitExceeded extends Schema.TaggedError<LimitExceeded>("@ec2kit/core/Ec2Error/LimitExceeded")(
  "LimitExceeded",
  ReasonFields
) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 400)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * The caller may not do this (HTTP 403): `UnauthorizedOperation`, `AuthFailure`.
 *
 * @since 0.1.0
 * @category reasons
 */
export class Unauthorized extends Schema.TaggedError<Unauthorized>("@ec2kit/core/Ec2Error/Unauthorized")(
  "Unauthorized",
  ReasonFields
) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 403)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * A `DryRun` request that would have succeeded (HTTP 412, code `DryRunOperation`).
 *
 * @since 0.1.0
 * @category reasons
 */
export class DryRun extends Schema.TaggedError<DryRun>("@ec2kit/core/Ec2Error/DryRun")("DryRun", ReasonFields) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 412)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * The caller is being throttled (HTTP 503): `RequestLimitExceeded`, `Throttling`.
 *
 * @since 0.1.0
 * @category reasons
 */
export class Throttled extends Schema.TaggedError<Throttled>("@ec2kit/core/Ec2Error/Throttled")(
  "Throttled",
  ReasonFields
) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 503)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return true
  }
}

/**
 * A transient failure on AWS's side (HTTP 500/503): `InternalError`, `Unavailable`.
 *
 * @since 0.1.0
 * @category reasons
 */
export class ServiceError extends Schema.TaggedError<ServiceError>("@ec2kit/core/Ec2Error/ServiceError")(
  "ServiceError",
  ReasonFields
) {
  /** HTTP status AWS answers with. */
  get httpStatus(): number {
    return httpStatusOf(this.code, 503)
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return true
  }
}

/**
 * The request got no HTTP answer: a network failure (`ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`, …)
 * or a timeout (`TimeoutError`, `ETIMEDOUT`). Only a client talking to EC2 over the network (the
 * `@ec2kit/backend-aws` backend) fails with it; `code` is the Node.js error code or error name.
 * Retryable, as the AWS SDKs treat these (`isTransientError` of `@smithy/core/retry`). No HTTP status
 * was received; `httpStatus` is 503, what a server answering on its behalf would send.
 *
 * @since 0.1.0
 * @category reasons
 */
export class Transport extends Schema.TaggedError<Transport>("@ec2kit/core/Ec2Error/Transport")(
  "Transport",
  ReasonFields
) {
  /** No HTTP status was received; 503 is what a server answering on its behalf would send. */
  get httpStatus(): number {
    return 503
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return true
  }
}

/**
 * Every reason an EC2 request can fail for.
 *
 * @since 0.1.0
 * @category models
 */
export const Reason = Schema.Union([
  InvalidRequest,
  NotFound,
  Conflict,
  LimitExceeded,
  Unauthorized,
  DryRun,
  Throttled,
  ServiceError,
  Transport
])

/**
 * Every reason an EC2 request can fail for.
 *
 * @since 0.1.0
 * @category models
 */
export type Reason = typeof Reason.Type

/**
 * The error every ec2kit operation fails with; `reason` says what kind of failure it is.
 *
 * @since 0.1.0
 * @category models
 */
export class Ec2Error extends Schema.TaggedError<Ec2Error>("@ec2kit/core/Ec2Error")("Ec2Error", {
  reason: Reason,
  /** AWS's request id (`<RequestID>` of the error document), when the error came from AWS. */
  requestId: Schema.optionalKey(Schema.String),
  /** The HTTP status actually received, when the error came over HTTP (overrides the reason's). */
  statusCode: Schema.optionalKey(Schema.Number)
}) {
  /** The AWS error code, e.g. `IncorrectInstanceState`: one of EC2's known codes (autocompleted) or any string. */
  get code(): ErrorCode.Code {
    return this.reason.code
  }
  /** AWS's message text. */
  override get message(): string {
    return `${this.reason.code}: ${this.reason.message}`
  }
  /** The HTTP status AWS answers this error with: the one received if any, else the reason's. */
  get httpStatus(): number {
    return this.statusCode ?? this.reason.httpStatus
  }
  /** Whether the same request may succeed when retried. */
  get isRetryable(): boolean {
    return this.reason.isRetryable
  }
}

// A Map, not an object literal: codes such as "constructor" or "valueOf" must not hit Object.prototype.
const exactCodes: ReadonlyMap<string, Reason["_tag"]> = new Map(Object.entries({
  DryRunOperation: "DryRun",
  UnauthorizedOperation: "Unauthorized",
  AuthFailure: "Unauthorized",
  Blocked: "Unauthorized",
  RequestLimitExceeded: "Throttled",
  Throttling: "Throttled",
  InternalError: "ServiceError",
  InternalFailure: "ServiceError",
  Unavailable: "ServiceError",
  ServiceUnavailable: "ServiceError",
  "InvalidPlacementGroup.Unknown": "NotFound",
  "InvalidPlacementGroup.InUse": "Conflict",
  IncorrectInstanceState: "Conflict",
  IncorrectState: "Conflict",
  IncorrectModificationState: "Conflict",
  VolumeInUse: "Conflict",
  DependencyViolation: "Conflict",
  OperationNotPermitted: "Conflict",
  UnsupportedOperation: "Conflict",
  CannotDelete: "Conflict",
  IdempotentInstanceTerminated: "Conflict",
  "InvalidGroup.InUse": "Conflict",
  "InvalidVolume.ZoneMismatch": "InvalidRequest",
  VolumeModificationRateExceeded: "LimitExceeded",
  InsufficientInstanceCapacity: "LimitExceeded",
  InsufficientCapacity: "LimitExceeded",
  InsufficientHostCapacity: "LimitExceeded",
  InsufficientVolumeCapacity: "LimitExceeded",
  InstanceLimitExceeded: "LimitExceeded",
  VcpuLimitExceeded: "LimitExceeded",
  AttachmentLimitExceeded: "LimitExceeded",
  TagLimitExceeded: "LimitExceeded",
  AddressLimitExceeded: "LimitExceeded"
} satisfies Record<string, Reason["_tag"]>))

/**
 * Which reason an AWS error code belongs to; unknown codes are treated as invalid requests.
 *
 * @since 0.1.0
 * @category classification
 */
export const reasonOf = (code: string): Reason["_tag"] => {
  const exact = exactCodes.get(code)
  if (exact !== undefined) return exact
  if (code.endsWith(".NotFound")) return "NotFound"
  if (code.endsWith("LimitExceeded") || code.endsWith(".Exceeded")) return "LimitExceeded"
  if (code.endsWith(".InUse") || code.endsWith(".Duplicate")) return "Conflict"
  return "InvalidRequest"
}

const reasonClasses = {
  InvalidRequest,
  NotFound,
  Conflict,
  LimitExceeded,
  Unauthorized,
  DryRun,
  Throttled,
  ServiceError,
  Transport
} as const

/**
 * Builds the `Ec2Error` for an AWS code and message, choosing the reason from the code.
 *
 * @example
 * ```ts
 * import { Ec2Error } from "@ec2kit/core"
 * const e = Ec2Error.make("InvalidInstanceID.NotFound", "The instance ID 'i-1234abcd' does not exist")
 * e.reason._tag // "NotFound"
 * ```
 * `received` records what a client got over HTTP (request id, status), for errors that came from AWS.
 * @since 0.1.0
 * @category constructors
 */
export const make = (code: string, message: string, received?: Received): Ec2Error =>
  new Ec2Error({ reason: new reasonClasses[reasonOf(code)]({ code, message }), ...received })

/**
 * What a client received with an error over HTTP: AWS's request id and the HTTP status.
 *
 * @since 0.1.0
 * @category models
 */
export interface Received {
  /** AWS's request id. */
  readonly requestId?: string
  /** The HTTP status received. */
  readonly statusCode?: number
}

/**
 * Fails an Effect with the `Ec2Error` for an AWS code and message.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fail = (code: string, message: string): Effect.Effect<never, Ec2Error> => Effect.fail(make(code, message))

/**
 * `InvalidParameterValue` with AWS's message shape "Invalid value '<value>' for <Parameter>.".
 *
 * @since 0.1.0
 * @category constructors
 */
export const invalidValue = (value: string, parameter: string): Ec2Error =>
  make("InvalidParameterValue", `Invalid value '${value}' for ${parameter}.`)

/**
 * `DryRunOperation` with AWS's message, the answer to a `DryRun` request that would have succeeded.
 *
 * @since 0.1.0
 * @category constructors
 */
export const dryRunOperation = (): Ec2Error =>
  make("DryRunOperation", "Request would have succeeded, but DryRun flag is set.")

/**
 * Whether a value is an `Ec2Error`.
 *
 * @since 0.1.0
 * @category guards
 */
export const isEc2Error = (u: unknown): u is Ec2Error => u instanceof Ec2Error

/**
 * Whether a value is an `Ec2Error` with the given code. The code must be one of EC2's known codes
 * (`ErrorCode.Known`), so a misspelt code fails to compile (a plain `e.code === "…"` cannot: `code`
 * also admits codes AWS adds later).
 *
 * @example
 * ```ts
 * import { Ec2Error } from "@ec2kit/core"
 * const e = Ec2Error.make("InvalidInstanceID.NotFound", "The instance ID 'i-1234abcd' does not exist")
 * Ec2Error.hasCode(e, "InvalidInstanceID.NotFound") // true
 * ```
 * @since 0.1.0
 * @category guards
 */
export const hasCode = (u: unknown, code: ErrorCode.Known): u is Ec2Error => isEc2Error(u) && u.code === code
