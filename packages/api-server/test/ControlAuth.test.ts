/**
 * The control endpoints are local test hooks: they answer without a signature even when the EC2
 * endpoint checks signatures strictly (`Ec2Server`'s `credentials`), as moto's `/moto-api/` does.
 * Strict mode is there to check that EC2 clients sign with the right keys; the control endpoints
 * are not an AWS API (no AWS client signs for them), and what keeps them private is the address the
 * emulator listens on (127.0.0.1 by default).
 */
import { DescribeRegionsCommand, EC2Client } from "@aws-sdk/client-ec2"
import { Control, Ec2Server } from "@ec2kit/api-server"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { Effect, Layer, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const pair = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }
const world = Ec2Memory.layer({ seed: "control-auth" })
const server = Layer.unwrap(Effect.gen(function*() {
  const hv = yield* Hypervisor.Hypervisor
  const control: Control.World = { hypervisor: hv, time: "real", reset: Effect.void, advance: () => Effect.void }
  return Ec2Server.layer({
    region: "us-east-1",
    credentials: [pair],
    routes: Control.routes(control, Effect.succeed({ region: "us-east-1", accountId: "123456789012", time: "real" as const, now: new Date(0).toISOString() }))
  })
})).pipe(Layer.provide(world))
const runtime = ManagedRuntime.make(server)
let url = ""
beforeAll(async () => {
  url = (await runtime.runPromise(Ec2Server.Ec2Server.use((a) => Effect.succeed(a)))).url
})
afterAll(() => runtime.dispose())

describe("control endpoints under strict signature checks", () => {
  it("answer unsigned requests, while EC2 requests must be signed with a configured key", async () => {
    const health = await fetch(`${url}/_ec2kit/health`)
    expect(health.status).toBe(200)
    expect((await fetch(`${url}/_ec2kit/hypervisor/tick`, { method: "POST" })).status).toBe(200)
    expect((await fetch(`${url}/moto-api/reset`, { method: "POST" })).status).toBe(200)
    const unsigned = await fetch(`${url}/?Action=DescribeRegions&Version=2016-11-15`)
    expect(unsigned.status).toBeGreaterThanOrEqual(400)
    await unsigned.arrayBuffer()
    const stranger = new EC2Client({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "AKIDSTRANGER", secretAccessKey: "x" }, maxAttempts: 1 })
    const refused = await stranger.send(new DescribeRegionsCommand({})).catch((e: { name: string }) => e)
    stranger.destroy()
    expect(refused).toMatchObject({ name: "AuthFailure" })
  })
})
