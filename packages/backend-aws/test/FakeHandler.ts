/**
 * A fake `@smithy` `HttpHandler` for `EC2Client`: it records every request (with its abort signal)
 * and answers each from a script of canned EC2 XML responses, errors and thrown network errors. No
 * socket is opened.
 */
import { EC2Client, type EC2ClientConfig } from "@aws-sdk/client-ec2"
import { HttpResponse } from "@smithy/core/transport"
import type { HttpRequest } from "@smithy/types"

type HttpHandler = NonNullable<EC2ClientConfig["requestHandler"]>

/** What the handler answers one request with. */
export type Answer =
  | { readonly status: number; readonly body: string; readonly headers?: Record<string, string> }
  | { readonly throws: unknown }
  | "hang"

/** A request as the handler saw it. */
export interface Seen {
  readonly action: string | undefined
  readonly params: URLSearchParams
  readonly signal: AbortSignal | undefined
}

const ns = "http://ec2.amazonaws.com/doc/2016-11-15/"

/** EC2's success document for an action. */
export const ok = (action: string, inner: string, requestId = "11111111-2222-3333-4444-555555555555"): Answer => ({
  status: 200,
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${ns}"><requestId>${requestId}</requestId>${inner}</${action}Response>`
})

/** EC2's error document (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html). */
export const error = (status: number, code: string, message: string, requestId = "ea966190-f9aa-478e-9ede-example"): Answer => ({
  status,
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`
})

/** A Node.js network error as `node:net` raises it. */
export const networkError = (code: string): Answer => ({ throws: Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code }) })

/** A fake handler, its client and what it saw. */
export type Fake = ReturnType<typeof make>

/** A fake handler answering from `script` (the last answer repeats), and what it saw. */
export const make = (script: ReadonlyArray<Answer> | ((seen: Seen, index: number) => Answer)) => {
  const seen: Array<Seen> = []
  const handler: HttpHandler = {
    handle: async (request: HttpRequest, options?: { abortSignal?: AbortSignal }) => {
      const params = new URLSearchParams(typeof request.body === "string" ? request.body : "")
      const entry: Seen = { action: params.get("Action") ?? undefined, params, signal: options?.abortSignal as AbortSignal | undefined }
      seen.push(entry)
      const answer = typeof script === "function"
        ? script(entry, seen.length - 1)
        : script[Math.min(seen.length - 1, script.length - 1)]!
      if (answer === "hang") {
        return new Promise((_, reject) => {
          entry.signal?.addEventListener("abort", () => reject(Object.assign(new Error("Request aborted"), { name: "AbortError" })))
        })
      }
      if ("throws" in answer) throw answer.throws
      return {
        response: new HttpResponse({
          statusCode: answer.status,
          headers: { "content-type": "text/xml;charset=UTF-8", ...answer.headers },
          body: new TextEncoder().encode(answer.body)
        })
      }
    },
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({})
  } as unknown as HttpHandler
  const client = new EC2Client({
    region: "eu-west-3",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    requestHandler: handler,
    maxAttempts: 1
  })
  return { handler, client, seen }
}
