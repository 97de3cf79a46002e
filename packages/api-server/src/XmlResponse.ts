/**
 * The server half of the EC2 Query protocol's response side: an operation's output rendered as EC2's
 * XML document, and an `Ec2Error` as EC2's error document with the HTTP status EC2 answers it with.
 *
 * Rendering is the SDK's own `XmlShapeSerializer` (member `xmlName`s, `…Set`/`item` lists, ISO 8601
 * timestamps, base64 blobs, escaping), driven by the SDK's schema of the output, under a root
 * `<ActionResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">` whose first child is `requestId`,
 * as EC2 writes it. The error document is built with `@aws-sdk/xml-builder`'s `XmlNode`.
 *
 * @since 0.1.0
 */
import { XmlShapeSerializer } from "@aws-sdk/core/protocols"
import { XmlNode } from "@aws-sdk/xml-builder"
import type { Ec2Error } from "@ec2kit/core"
import { NormalizedSchema } from "@smithy/core/schema"
import type { $SchemaRef, StaticStructureSchema } from "@smithy/types"
import * as Ec2Operations from "./Ec2Operations.js"

const declaration = `<?xml version="1.0" encoding="UTF-8"?>\n`

/**
 * The content type of EC2's responses (`text/xml;charset=UTF-8`, as in Smithy's ec2Query protocol
 * tests and EC2's answers).
 *
 * @since 0.1.0
 * @category constants
 */
export const contentType = "text/xml;charset=UTF-8"

const rootSchemas = new Map<string, StaticStructureSchema>()

/** The boolean schema, for `<return>`. */
const booleanSchema = 2

/**
 * The output schema wrapped as the response root: a structure named `<Action>Response` whose first
 * member is `requestId` and whose other members are the output's, with their traits (so their
 * `xmlName`s hold).
 *
 * An output with no members (the model's `Unit`, e.g. CreateTags') gets a `return` member: EC2 answers
 * such operations with `<return>true</return>` after the request id, as in AWS's example "<requestId>…
 * </requestId><return>true</return>" and the page's Response Elements ("return: Is true if the request
 * succeeds, and an error otherwise.", https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html,
 * read 2026-12-06). The SDKs ignore it; clients that read it (boto 2's status calls) need it.
 */
const rootSchema = (action: string, output: $SchemaRef): StaticStructureSchema => {
  const cached = rootSchemas.get(action)
  if (cached !== undefined) return cached
  const ns = NormalizedSchema.of(output)
  const struct = ns.isStructSchema() ? (ns.getSchema() as StaticStructureSchema) : undefined
  const names = struct?.[4] ?? []
  const members = struct?.[5] ?? []
  const root: StaticStructureSchema = names.length === 0
    ? [3, Ec2Operations.shapeNamespace, `${action}Response`, 0, ["requestId", "return"], [0, booleanSchema]]
    : [3, Ec2Operations.shapeNamespace, `${action}Response`, 0, ["requestId", ...names], [0, ...members]]
  rootSchemas.set(action, root)
  return root
}

const hasReturn = (root: StaticStructureSchema): boolean => root[4][1] === "return" && root[4].length === 2

/**
 * Renders an operation's output as EC2's XML response body.
 *
 * @example
 * ```ts
 * import { StopInstances$ } from "@aws-sdk/client-ec2"
 * import { XmlResponse } from "@ec2kit/api-server"
 * XmlResponse.renderResult("StopInstances", StopInstances$[5], { StoppingInstances: [] }, "r-1")
 * // <?xml …?>\n<StopInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><instancesSet/></StopInstancesResponse>
 * ```
 * @since 0.1.0
 * @category rendering
 */
export const renderResult = (action: string, output: $SchemaRef, value: unknown, requestId: string): string => {
  const serializer = new XmlShapeSerializer({
    timestampFormat: { useTrait: true, default: 5 },
    httpBindings: false,
    xmlNamespace: Ec2Operations.xmlNamespace,
    serviceNamespace: Ec2Operations.shapeNamespace
  })
  const body = typeof value === "object" && value !== null ? value : {}
  const root = rootSchema(action, output)
  serializer.write(root, hasReturn(root) ? { requestId, return: true } : { ...body, requestId })
  return declaration + String(serializer.flush())
}

/**
 * Renders EC2's error document:
 * `<Response><Errors><Error><Code>…</Code><Message>…</Message></Error></Errors><RequestID>…</RequestID></Response>`
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html#api-error-response, read 2026-12).
 *
 * @since 0.1.0
 * @category rendering
 */
export const renderError = (code: string, message: string, requestId: string): string =>
  declaration +
  XmlNode.of("Response")
    .c(XmlNode.of("Errors").c(XmlNode.of("Error").c(XmlNode.of("Code", code)).c(XmlNode.of("Message", message))))
    .c(XmlNode.of("RequestID", requestId))
    .toString()

/**
 * The HTTP status EC2 answers an error with: core's `Ec2Error.httpStatus`, the one table of statuses per
 * code (`Ec2Error.httpStatusOf`: 400 client errors, 412 `DryRunOperation`, 401 `AuthFailure`, 403 the other
 * authorization errors, 503 `RequestLimitExceeded`/`Unavailable`, 500 server errors such as `InternalError`
 * and the `Insufficient…Capacity` family).
 *
 * @since 0.1.0
 * @category statuses
 */
export const httpStatus = (error: Ec2Error.Ec2Error): number => error.httpStatus
