/**
 * Test helpers: the real `@aws-sdk/client-ec2` serializing requests and parsing responses, with a
 * requestHandler that captures the request and answers with a given body (no network).
 */
import * as Sdk from "@aws-sdk/client-ec2"
import { HttpResponse, type HttpRequest } from "@smithy/core/protocols"
import type { QueryCodec } from "@ec2kit/api-server"

type AnyCommand = new (input: unknown) => Parameters<Sdk.EC2Client["send"]>[0]

/** The SDK's command class for an action (`RunInstances` → `RunInstancesCommand`). */
export const commandOf = (action: string): AnyCommand => {
  const ctor = (Sdk as unknown as Record<string, unknown>)[`${action}Command`]
  if (typeof ctor !== "function") throw new Error(`no command for ${action}`)
  return ctor as AnyCommand
}

const encoder = new TextEncoder()

/** A client whose every call is answered by `answer` (after recording the request in `sent`). */
export const fakeClient = (answer: (request: HttpRequest) => QueryCodec.Answer) => {
  const sent: Array<HttpRequest> = []
  const client = new Sdk.EC2Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        sent.push(request)
        const a = answer(request)
        return { response: new HttpResponse({ statusCode: a.status, headers: { ...a.headers }, body: encoder.encode(a.body) }) }
      }
    }
  })
  return { client, sent }
}

const empty: QueryCodec.Answer = { status: 200, headers: { "content-type": "text/xml" }, body: "<R/>" }

/** The HTTP request the SDK sends for `action` with `input`. */
export const sdkRequest = async (action: string, input: unknown): Promise<HttpRequest> => {
  const { client, sent } = fakeClient(() => empty)
  const Command = commandOf(action)
  await client.send(new Command(input))
  const request = sent[0]
  if (request === undefined) throw new Error("nothing sent")
  return request
}

/** What the SDK makes of an answer to `action`: the output (without `$metadata`) or the error it throws. */
export const sdkParse = async (action: string, answer: QueryCodec.Answer, input: unknown = {}): Promise<unknown> => {
  const { client } = fakeClient(() => answer)
  const Command = commandOf(action)
  try {
    const { $metadata: _, ...output } = (await client.send(new Command(input))) as unknown as Record<string, unknown>
    return output
  } catch (e) {
    return e
  }
}

/** The request body as a string. */
export const bodyOf = (request: HttpRequest): string =>
  typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body as Uint8Array)
