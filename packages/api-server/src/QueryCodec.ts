/**
 * The EC2 Query protocol at the HTTP level, for any transport: a request (form-encoded POST body or GET
 * query string) becomes an operation and its input; an output or an `Ec2Error` becomes an HTTP answer
 * (status, headers, XML body). {@link serve} runs a request against any `Ec2` service and always
 * answers: malformed requests get AWS's 400 errors, a backend defect an `InternalError` 500, and
 * nothing throws.
 *
 * @since 0.1.0
 */
import { Ec2, Ec2Error } from "@ec2kit/core"
import { Cause, Effect, Result } from "effect"
import * as Ec2Operations from "./Ec2Operations.js"
import * as QueryRequest from "./QueryRequest.js"
import * as XmlResponse from "./XmlResponse.js"

/**
 * An HTTP request as the codec needs it. `query` is the raw query string (`a=1&b=2`, without `?`) or
 * already split (as `@smithy`'s `HttpRequest.query` is); `body` is the form-encoded body.
 *
 * @since 0.1.0
 * @category models
 */
export interface Request {
  readonly method: string
  readonly query?: string | Readonly<Record<string, string | ReadonlyArray<string> | null | undefined>> | undefined
  readonly body?: string | Uint8Array | undefined
}

/**
 * An HTTP answer: status, headers and the XML body.
 *
 * @since 0.1.0
 * @category models
 */
export interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/**
 * A decoded request: the operation and its input in the SDK's shape.
 *
 * @since 0.1.0
 * @category models
 */
export interface Decoded {
  readonly operation: Ec2Operations.Operation & { readonly method: NonNullable<Ec2Operations.Operation["method"]> }
  readonly input: Record<string, unknown>
}

// Authentication parameters of presigned (SigV4 query) and legacy SigV2 requests: not operation
// parameters (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html, read 2026-12).
const authParameters = new Set([
  "X-Amz-Algorithm",
  "X-Amz-Credential",
  "X-Amz-Date",
  "X-Amz-Expires",
  "X-Amz-SignedHeaders",
  "X-Amz-Signature",
  "X-Amz-Security-Token",
  "AWSAccessKeyId",
  "Signature",
  "SignatureMethod",
  "SignatureVersion",
  "SecurityToken",
  "Timestamp",
  "Expires"
])

const utf8 = new TextDecoder("utf-8", { fatal: true })

// "The AWS query string is malformed or does not adhere to AWS standards." (InvalidQueryParameter, 400 —
// https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/CommonErrors.html, read 2026-12)
const malformed = (): Ec2Error.Ec2Error =>
  Ec2Error.make("InvalidQueryParameter", "The AWS query string is malformed or does not adhere to AWS standards.")

const queryPairs = (query: Request["query"]): Array<[string, string]> => {
  if (query === undefined) return []
  if (typeof query === "string") return [...new URLSearchParams(query)]
  const out: Array<[string, string]> = []
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined) out.push([k, ""])
    else if (typeof v === "string") out.push([k, v])
    else for (const item of v) out.push([k, item])
  }
  return out
}

const bodyPairs = (body: Request["body"]): Result.Result<Array<[string, string]>, Ec2Error.Ec2Error> => {
  if (body === undefined) return Result.succeed([])
  let text: string
  if (typeof body === "string") text = body
  else {
    try {
      text = utf8.decode(body)
    } catch {
      return Result.fail(malformed())
    }
  }
  return Result.succeed([...new URLSearchParams(text)])
}

/**
 * All parameters of a request: the query string's, then (for POST) the body's.
 *
 * @since 0.1.0
 * @category decoding
 */
export const parameters = (request: Request): Result.Result<Array<[string, string]>, Ec2Error.Ec2Error> => {
  const fromBody = request.method.toUpperCase() === "POST" ? bodyPairs(request.body) : Result.succeed([])
  return Result.map(fromBody, (b) => [...queryPairs(request.query), ...b])
}

/**
 * Decodes a request: `Action` and `Version` checked, the action looked up in the EC2 model, the
 * other parameters decoded with the operation's input schema.
 *
 * - no `Action` → `MissingAction`; an action EC2 does not have → `InvalidAction`; an EC2 action core's
 *   `Ec2` lacks → `UnsupportedOperation` (all 400);
 * - no `Version` → `MissingParameter`; another version → `NoSuchVersion` (400);
 * - an unknown parameter → `UnknownParameter`; a value of the wrong type → `InvalidParameterValue`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeRequest = (request: Request): Result.Result<Decoded, Ec2Error.Ec2Error> =>
  Result.flatMap(parameters(request), (all) => {
    let action: string | undefined
    let version: string | undefined
    const rest: Array<[string, string]> = []
    for (const pair of all) {
      if (pair[0] === "Action") action = pair[1]
      else if (pair[0] === "Version") version = pair[1]
      else if (!authParameters.has(pair[0])) rest.push(pair)
    }
    if (action === undefined || action === "") {
      // MissingAction: "The request is missing an action or a required parameter." (CommonErrors, above)
      return Result.fail(Ec2Error.make("MissingAction", "The request must contain the parameter Action"))
    }
    const operation = Ec2Operations.byAction(action)
    if (operation === undefined) {
      // EC2's wording, e.g. "The action DescribeFoo is not valid for this web service." (InvalidAction, 400)
      return Result.fail(Ec2Error.make("InvalidAction", `The action ${action} is not valid for this web service.`))
    }
    if (version === undefined) {
      return Result.fail(Ec2Error.make("MissingParameter", "The request must contain the parameter Version"))
    }
    if (version !== Ec2Operations.apiVersion) {
      // Text as AWS's Query services word it ("The requested version (x) of service AmazonEC2 does not
      // exist"); only 2016-11-15 is served (older versions answered in older shapes).
      return Result.fail(Ec2Error.make("NoSuchVersion", `The requested version (${version}) of service AmazonEC2 does not exist`))
    }
    const method = operation.method
    if (method === undefined) return Result.fail(Ec2.unsupported(action))
    return Result.map(QueryRequest.decodeInput(operation.schema[4], rest), (input) => ({
      operation: { ...operation, method },
      input
    }))
  })

const headers = (requestId: string): Record<string, string> => ({
  "content-type": XmlResponse.contentType,
  "x-amzn-requestid": requestId
})

/**
 * The HTTP answer for a failed request: EC2's error document and status.
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeError = (error: Ec2Error.Ec2Error, requestId: string): Answer => ({
  status: XmlResponse.httpStatus(error),
  headers: headers(requestId),
  body: XmlResponse.renderError(error.code, error.reason.message, requestId)
})

const internalError = (requestId: string): Answer =>
  encodeError(Ec2Error.make("InternalError", "An internal error has occurred"), requestId)

/**
 * The HTTP answer for a successful operation: 200 with its output as EC2's XML.
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeResult = (operation: Ec2Operations.Operation, output: unknown, requestId: string): Answer => {
  try {
    return {
      status: 200,
      headers: headers(requestId),
      body: XmlResponse.renderResult(operation.action, operation.schema[5], output, requestId)
    }
  } catch {
    // An output the schema cannot render is a backend bug: EC2's answer to its own bugs.
    return internalError(requestId)
  }
}

/**
 * Serves one request against an `Ec2` service. Never fails: every outcome is an answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Ec2 } from "@ec2kit/core"
 * import { QueryCodec } from "@ec2kit/api-server"
 * const ec2 = Ec2.makePartial({ describeRegions: () => Effect.succeed({ Regions: [{ RegionName: "eu-west-1" }] }) })
 * const answer = Effect.runSync(QueryCodec.serve(ec2, { method: "POST", body: "Action=DescribeRegions&Version=2016-11-15" }, "r-1"))
 * answer.status // 200
 * ```
 * @since 0.1.0
 * @category serving
 */
export const serve = (ec2: Ec2.Service, request: Request, requestId: string): Effect.Effect<Answer> => {
  const decoded = decodeRequest(request)
  if (Result.isFailure(decoded)) return Effect.succeed(encodeError(decoded.failure, requestId))
  const { input, operation } = decoded.success
  const run = ec2[operation.method] as (input: unknown) => Effect.Effect<unknown, Ec2Error.Ec2Error>
  return Effect.suspend(() => run(input)).pipe(
    Effect.map((output) => encodeResult(operation, output, requestId)),
    Effect.catchCause((cause) => {
      const error = Cause.findErrorOption(cause)
      return Effect.succeed(
        error._tag === "Some" && Ec2Error.isEc2Error(error.value) ? encodeError(error.value, requestId) : internalError(requestId)
      )
    })
  )
}
