import { Ec2Operations, QueryCodec } from "@ec2kit/api-server"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryOf } from "./arbitraries.js"
import { bodyOf, fakeClient, commandOf } from "./sdk.js"

// >= 1,000 runs per operation and direction in CI (53 operations), a sample locally.
const numRuns = process.env.CI ? 1000 : 40

// CopySnapshot's SDK middleware presigns a request to the source region (it needs SourceRegion) and
// adds the PresignedUrl and DestinationRegion parameters itself.
const sdkInput = (action: string, input: Record<string, unknown>): Record<string, unknown> => {
  if (action !== "CopySnapshot") return input
  const { PresignedUrl: _, DestinationRegion: __, ...rest } = input
  return { ...rest, SourceRegion: "us-west-2" }
}
const sdkAdded = (action: string): Record<string, unknown> =>
  action === "CopySnapshot" ? { PresignedUrl: expect.stringContaining("Action=CopySnapshot"), DestinationRegion: "us-east-1" } : {}

describe("round trips through the real SDK, for every operation of Ec2", () => {
  it("covers every operation of core's Ec2", () => {
    expect(Ec2Operations.implemented.length).toBeGreaterThanOrEqual(53)
  })

  for (const operation of Ec2Operations.implemented) {
    it(`${operation.action}: random inputs serialized by the SDK decode back equal`, async () => {
      let decoded: unknown
      const { client } = fakeClient((request) => {
        const r = QueryCodec.decodeRequest({ method: request.method, query: request.query, body: bodyOf(request) })
        decoded = Result.isSuccess(r) ? r.success.input : r.failure
        return { status: 200, headers: {}, body: "<R/>" }
      })
      const Command = commandOf(operation.action)
      await fc.assert(
        fc.asyncProperty(arbitraryOf(operation.schema[4], "input"), async (generated) => {
          const input = sdkInput(operation.action, generated)
          await client.send(new Command(input))
          expect(decoded).toEqual({ ...input, ...sdkAdded(operation.action) })
        }),
        { numRuns }
      )
    })

    it(`${operation.action}: random outputs rendered by us parse back equal in the SDK`, async () => {
      let answer: QueryCodec.Answer = { status: 500, headers: {}, body: "" }
      const { client } = fakeClient(() => answer)
      const Command = commandOf(operation.action)
      await fc.assert(
        fc.asyncProperty(arbitraryOf(operation.schema[5], "output"), async (output) => {
          answer = QueryCodec.encodeResult(operation, output, "req-1")
          const { $metadata, ...parsed } = (await client.send(new Command(sdkInput(operation.action, {})))) as unknown as Record<string, unknown>
          expect(parsed).toEqual(output)
          expect(($metadata as { requestId?: string }).requestId).toBe("req-1")
        }),
        { numRuns }
      )
    })
  }
})
