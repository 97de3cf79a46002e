/**
 * Puts AWS's request id where the SDK looks for it. The SDK fills `$metadata.requestId` only from the
 * `x-amzn-requestid` / `x-amz-request-id` headers (`@smithy/core` `HttpProtocol.deserializeMetadata`),
 * and its ec2Query error handling drops the `<RequestID>` of EC2's error document
 * (`@aws-sdk/core` `AwsQueryProtocol.handleError`, 3.981.0, read 2026-11); EC2 itself carries the id in
 * the body: `<requestId>` first in a response, `<RequestID>` last in an error document
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html#api-error-response,
 * read 2026-11). This per-command middleware, run by the deserializer on the raw response, buffers
 * the body (the SDK buffers EC2 responses anyway), finds the id and sets the header.
 *
 * @internal
 */
import { collectBody } from "@smithy/core/protocols"
import { HttpResponse } from "@smithy/core/transport"
import type { DeserializeMiddleware } from "@smithy/types"

const idHeaders = ["x-amzn-requestid", "x-amzn-request-id", "x-amz-request-id"]
const pattern = /<(?:requestId|RequestID|RequestId)>\s*([^<\s]+)\s*<\//
// the id is the first child of a response and the last of an error document: look at both ends only
const window = 2048

/** The request id in an EC2 XML body, if any. */
export const findRequestId = (bytes: Uint8Array): string | undefined => {
  const decoder = new TextDecoder()
  const head = decoder.decode(bytes.subarray(0, window))
  const tail = bytes.length > window ? decoder.decode(bytes.subarray(Math.max(window, bytes.length - window))) : ""
  return pattern.exec(head)?.[1] ?? pattern.exec(tail)?.[1]
}

/** The middleware, for a client whose config collects streams. */
export const middleware = (serde: Parameters<typeof collectBody>[1]): DeserializeMiddleware<object, object> =>
(next) =>
async (args) => {
  const out = await next(args)
  const response = out.response
  if (!HttpResponse.isInstance(response)) return out
  const headers = response.headers
  const named = Object.keys(headers).find((h) => idHeaders.includes(h.toLowerCase()))
  if (named !== undefined) {
    // the SDK looks the header up in lower case only
    headers["x-amzn-requestid"] ??= headers[named]!
    return out
  }
  const bytes = await collectBody(response.body, serde)
  response.body = bytes
  const id = findRequestId(bytes)
  if (id !== undefined) headers["x-amzn-requestid"] = id
  return out
}

/** Where the middleware goes: inside the SDK's deserializer, so it sees the raw response first. */
export const options = {
  name: "ec2kitRequestIdMiddleware",
  relation: "after",
  toMiddleware: "deserializerMiddleware",
  override: true
} as const
