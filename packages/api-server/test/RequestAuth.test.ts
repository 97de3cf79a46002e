import { DescribeRegionsCommand, EC2Client } from "@aws-sdk/client-ec2"
import { Ec2Server } from "@ec2kit/api-server"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { Effect, Layer, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const pair = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }
const runtime = ManagedRuntime.make(
  Ec2Server.layer({ region: "eu-west-1", credentials: [pair] }).pipe(Layer.provide(Ec2Memory.layer({ seed: "auth", region: "eu-west-1" })))
)
let url = ""
beforeAll(async () => {
  url = (await runtime.runPromise(Ec2Server.Ec2Server.use((a) => Effect.succeed(a)))).url
})
afterAll(() => runtime.dispose())

const call = (region: string, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) => {
  const client = new EC2Client({ endpoint: url, region, credentials, maxAttempts: 1 })
  return client
    .send(new DescribeRegionsCommand({ RegionNames: ["eu-west-1"] }))
    .then((out) => ({ ok: out.Regions?.[0]?.RegionName }))
    .catch((e: { name: string; message: string; $metadata: { httpStatusCode: number } }) => ({
      name: e.name,
      message: e.message,
      status: e.$metadata.httpStatusCode
    }))
    .finally(() => client.destroy())
}

describe("Ec2Server with region and strict SigV4 checks", () => {
  it("serves requests signed with a configured key pair, for the endpoint's region", async () => {
    expect(await call("eu-west-1", pair)).toEqual({ ok: "eu-west-1" })
    expect(await call("eu-west-1", { ...pair, sessionToken: "session" })).toEqual({ ok: "eu-west-1" })
  })

  it("a wrong secret: SignatureDoesNotMatch (403) with AWS's text", async () => {
    expect(await call("eu-west-1", { ...pair, secretAccessKey: "wrong" })).toEqual({
      name: "SignatureDoesNotMatch",
      message:
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
      status: 403
    })
  })

  it("an access key not configured: AuthFailure (401)", async () => {
    expect(await call("eu-west-1", { accessKeyId: "AKIDUNKNOWN", secretAccessKey: "x" })).toEqual({
      name: "AuthFailure",
      message: "AWS was not able to validate the provided access credentials",
      status: 401
    })
  })

  it("a request signed for another region gets AWS's answer", async () => {
    expect(await call("us-east-1", pair)).toEqual({
      name: "SignatureDoesNotMatch",
      message: "Credential should be scoped to a valid region, not 'us-east-1'. ",
      status: 403
    })
  })

  it("an unsigned request: MissingAuthenticationToken (403); a tampered body: SignatureDoesNotMatch", async () => {
    const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "Action=DescribeRegions&Version=2016-11-15" })
    expect(unsigned.status).toBe(403)
    expect(await unsigned.text()).toContain("<Code>MissingAuthenticationToken</Code>")
    const forged = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-amz-date": "20261206T010203Z",
        authorization: `AWS4-HMAC-SHA256 Credential=${pair.accessKeyId}/20261206/eu-west-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${"0".repeat(64)}`
      },
      body: "Action=DescribeRegions&Version=2016-11-15"
    })
    expect(forged.status).toBe(403)
    expect(await forged.text()).toContain("<Code>SignatureDoesNotMatch</Code>")
  })
})
