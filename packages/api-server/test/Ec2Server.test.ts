import { DescribeImagesCommand, DescribeInstancesCommand, EC2Client, RunInstancesCommand, TerminateInstancesCommand } from "@aws-sdk/client-ec2"
import { Ec2Server } from "@ec2kit/api-server"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { Effect, Layer, ManagedRuntime } from "effect"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const start = (host: string) => {
  const runtime = ManagedRuntime.make(Ec2Server.layer({ host, maxBodyBytes: 64 * 1024 }).pipe(Layer.provide(Ec2Memory.layer({ seed: "server" }))))
  return { runtime, address: runtime.runPromise(Ec2Server.Ec2Server.use((a) => Effect.succeed(a))) }
}

const v4 = start("127.0.0.1")
let url = ""
beforeAll(async () => {
  url = (await v4.address).url
})
afterAll(() => v4.runtime.dispose())

const clientOf = (endpoint: string) =>
  new EC2Client({ endpoint, region: "us-east-1", credentials: { accessKeyId: "AKIDANY", secretAccessKey: "any" }, maxAttempts: 1 })

const post = (body: string | Uint8Array, headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" }) =>
  fetch(url, { method: "POST", headers, body })

describe("Ec2Server over loopback", () => {
  it("serves the real SDK client (SigV4 from any credentials) with EC2's answers", async () => {
    const ec2 = clientOf(url)
    const { Images } = await ec2.send(new DescribeImagesCommand({}))
    const ImageId = Images?.[0]?.ImageId ?? ""
    const run = await ec2.send(new RunInstancesCommand({ ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
    const id = run.Instances?.[0]?.InstanceId ?? ""
    expect(id).toMatch(/^i-[0-9a-f]{17}$/)
    const described = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))
    expect(described.Reservations?.[0]?.Instances?.[0]?.InstanceId).toBe(id)
    const e = await ec2.send(new TerminateInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] })).catch((e: unknown) => e as { name: string; $metadata: { httpStatusCode: number } })
    expect(e).toMatchObject({ name: "InvalidInstanceID.NotFound", $metadata: { httpStatusCode: 400 } })
    ec2.destroy()
  })

  it("answers GET query strings, with EC2's content type and a request id", async () => {
    const res = await fetch(`${url}/?Action=DescribeRegions&Version=2016-11-15&RegionName.1=us-east-1`)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("text/xml;charset=UTF-8")
    const requestId = res.headers.get("x-amzn-requestid") ?? ""
    const body = await res.text()
    expect(body).toContain(`<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${requestId}</requestId>`)
    expect(body).toContain("<regionName>us-east-1</regionName>")
  })

  it("answers malformed requests with EC2's 4xx error documents", async () => {
    const unknown = await post("Action=Nope&Version=2016-11-15")
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain("<Code>InvalidAction</Code>")
    const binary = await post(new Uint8Array([0xff, 0xfe, 0x00]))
    expect(binary.status).toBe(400)
    expect(await binary.text()).toContain("<Code>InvalidQueryParameter</Code>")
    const big = await post(`Action=DescribeRegions&Version=2016-11-15&RegionName.1=${"a".repeat(70 * 1024)}`)
    expect(big.status).toBe(413)
    const after = await post("Action=DescribeRegions&Version=2016-11-15")
    expect(after.status).toBe(200)
  })

  it("fuzz: random bodies never get a 5xx, and the server answers correctly afterwards", async () => {
    const actions = fc.constantFrom("DescribeInstances", "RunInstances", "CreateTags", "DescribeVolumes", "Bogus", "")
    const key = fc.oneof(fc.constantFrom("InstanceId.1", "Filter.1.Name", "Filter.1.Value.1", "MinCount", "MaxCount", "DryRun", "Tag.1.Key", "MaxResults", "NextToken"), fc.string({ maxLength: 12 }))
    const body = fc.oneof(
      fc.tuple(actions, fc.array(fc.tuple(key, fc.string({ maxLength: 12 })), { maxLength: 6 })).map(
        ([action, pairs]) => `Action=${encodeURIComponent(action)}&Version=2016-11-15&${new URLSearchParams(pairs).toString()}`
      ),
      fc.string({ unit: "binary", maxLength: 64 })
    )
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await post(b)
        await res.text()
        expect(res.status).toBeLessThan(500)
      }),
      { numRuns: process.env.CI ? 1000 : 100 }
    )
    const ok = await post("Action=DescribeRegions&Version=2016-11-15")
    expect(ok.status).toBe(200)
  })

  it("keeps idle connections a minute, so a client pausing ~6 s does not reuse a socket being closed", async () => {
    // Node's default 5 s (+1 s grace) made an SDK client with maxAttempts 1 fail with "socket hang up"
    // after a 6 s pause; the server announces its keep-alive in the Keep-Alive header.
    const { request } = await import("node:http")
    const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(`${url}/?Action=DescribeRegions&Version=2016-11-15`, { headers: { connection: "keep-alive" } }, (res) => {
        res.resume()
        res.on("end", () => resolve(res.headers["keep-alive"] as string | undefined))
      })
      req.on("error", reject)
      req.end()
    })
    expect(keepAlive).toBe("timeout=60")
  })

  it("listens on ::1 too", async () => {
    const v6 = start("::1")
    try {
      const { url } = await v6.address
      expect(url).toMatch(/^http:\/\/\[::1\]:\d+$/)
      const ec2 = clientOf(url)
      const { Regions } = await ec2.send(new (await import("@aws-sdk/client-ec2")).DescribeRegionsCommand({ RegionNames: ["us-east-1"] }))
      expect(Regions?.[0]?.RegionName).toBe("us-east-1")
      ec2.destroy()
    } finally {
      await v6.runtime.dispose()
    }
  })
})
