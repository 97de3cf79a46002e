/**
 * From what `@aws-sdk/client-ec2` throws to core's `Ec2Error`, total: every value becomes an
 * `Ec2Error`, so nothing untyped reaches a caller.
 *
 * - **AWS answered with an error document** (an `EC2ServiceException`, `$fault` set): AWS's `Code` and
 *   message, the request id and the HTTP status received. The reason comes from the code
 *   (`Ec2Error.reasonOf`), except that the SDK's throttling classification (`isThrottlingError` of
 *   `@smithy/core/retry`: `RequestLimitExceeded`, `Throttling`, `ThrottlingException`, … and HTTP
 *   429) gives `Throttled`, and an unknown code received with a status ≥ 500 gives `ServiceError`.
 * - **An HTTP answer that is not an AWS error document** (a proxy's HTML page, a truncated body): code
 *   `Unknown` (the identifier the SDK's query protocol uses for an error without a code), reason
 *   `ServiceError` for a 2xx or ≥ 500 status, `Throttled` for 429, `InvalidRequest` otherwise.
 * - **No HTTP answer**: network errors and timeouts (the SDK's `isTransientError`: `ECONNRESET`,
 *   `ECONNREFUSED`, `EPIPE`, `ETIMEDOUT`, `EHOSTUNREACH`, `ENETUNREACH`, `ENOTFOUND`, `EAI_AGAIN`,
 *   `TimeoutError`, …, and `AbortError`) get reason `Transport`, code the Node.js error code or name.
 * - **Anything else** (missing region or credentials, a defect in the SDK): reason `InvalidRequest`
 *   (retrying cannot help), code the error's name (`CredentialsProviderError`, `TypeError`, …).
 *
 * @since 0.1.0
 */
import { Ec2Error } from "@ec2kit/core"
import { isThrottlingError, isTransientError } from "@smithy/core/retry"

type SdkError = Parameters<typeof isTransientError>[0]

interface SdkErrorLike {
  readonly name?: unknown
  readonly message?: unknown
  readonly code?: unknown
  readonly Code?: unknown
  readonly $fault?: unknown
  readonly RequestId?: unknown
  readonly $metadata?: { readonly httpStatusCode?: unknown; readonly requestId?: unknown }
}

const str = (u: unknown): string | undefined => typeof u === "string" && u !== "" ? u : undefined

const describe = (u: unknown): string => {
  try {
    return String(u)
  } catch {
    return "unprintable value"
  }
}

const classify = (e: SdkErrorLike & Error): Ec2Error.Ec2Error => {
  const status = typeof e.$metadata?.httpStatusCode === "number" ? e.$metadata.httpStatusCode : undefined
  const requestId = str(e.$metadata?.requestId) ?? str(e.RequestId)
  const received: Ec2Error.Received = {
    ...(requestId === undefined ? {} : { requestId }),
    ...(status === undefined ? {} : { statusCode: status })
  }
  const message = str(e.message) ?? ""
  const withReason = (reason: Ec2Error.Reason) => new Ec2Error.Ec2Error({ reason, ...received })
  if (status !== undefined) {
    const answered = e.$fault !== undefined
    const code = answered ? str(e.Code) ?? str(e.name) ?? "Unknown" : "Unknown"
    if (isThrottlingError(e as SdkError)) return withReason(new Ec2Error.Throttled({ code, message }))
    const made = Ec2Error.make(code, message, received)
    const serverSide = status >= 500 || (!answered && status < 300)
    return serverSide && made.reason._tag === "InvalidRequest"
      ? withReason(new Ec2Error.ServiceError({ code, message }))
      : made
  }
  const code = str(e.code) ?? str(e.name) ?? "Error"
  if (isTransientError(e as SdkError) || e.name === "TimeoutError" || e.name === "AbortError") {
    return withReason(new Ec2Error.Transport({ code, message }))
  }
  return withReason(new Ec2Error.InvalidRequest({ code: str(e.name) ?? "Error", message }))
}

/**
 * The `Ec2Error` for anything `EC2Client.send` rejects with (see the module's description); an
 * `Ec2Error` is returned as is. Never throws.
 *
 * @example
 * ```ts
 * import { SdkError } from "@ec2kit/backend-aws"
 * const e = SdkError.toEc2Error(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }))
 * e.reason._tag // "Transport"
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const toEc2Error = (u: unknown): Ec2Error.Ec2Error => {
  try {
    if (Ec2Error.isEc2Error(u)) return u
    const e = (u instanceof Error ? u : Object.assign(new Error(describe(u)), { name: "Error" })) as SdkErrorLike & Error
    return classify(e)
  } catch (cause) {
    // a hostile value (throwing getters, …): still a typed failure
    return new Ec2Error.Ec2Error({ reason: new Ec2Error.InvalidRequest({ code: "Error", message: describe(cause) }) })
  }
}
