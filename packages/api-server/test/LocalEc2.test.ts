import { DescribeImagesCommand, DescribeInstancesCommand, RunInstancesCommand } from "@aws-sdk/client-ec2"
import { LocalEc2 } from "@ec2kit/api-server"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { Effect } from "effect"
import * as fs from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const imageOf = async (local: LocalEc2.LocalEc2) => {
  const { Images } = await local.client().send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))
  return Images![0]!.ImageId!
}
const runOne = async (local: LocalEc2.LocalEc2) => {
  const { Instances } = await local.client().send(new RunInstancesCommand({ ImageId: await imageOf(local), InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
  return Instances![0]!.InstanceId!
}
const stateOf = async (local: LocalEc2.LocalEc2, id: string) => {
  const { Reservations } = await local.client().send(new DescribeInstancesCommand({ InstanceIds: [id] }))
  return Reservations![0]!.Instances![0]!.State!.Name
}

describe("LocalEc2", () => {
  it("docs/api-server.md shows LocalEc2.example.test.ts verbatim", () => {
    const docs = fs.readFileSync(new URL("../../../docs/api-server.md", import.meta.url), "utf8")
    const example = fs.readFileSync(new URL("./LocalEc2.example.test.ts", import.meta.url), "utf8")
    const block = /<!-- LocalEc2\.example\.test\.ts -->\n```ts vitest\n([\s\S]*?)```\n/.exec(docs)
    expect(block, "docs/api-server.md has no <!-- LocalEc2.example.test.ts --> block").not.toBeNull()
    expect(block![1]).toBe(example)
  })

  describe("real time", () => {
    let local: LocalEc2.LocalEc2
    beforeAll(async () => {
      local = await LocalEc2.start({ seed: "local-real", region: "eu-west-1" })
    })
    afterAll(() => local.close())

    it("clients use the world's region, dummy credentials, no SDK retries; config overrides all but the handler", async () => {
      const ec2 = local.client()
      expect(local.region).toBe("eu-west-1")
      expect(await ec2.config.region()).toBe("eu-west-1")
      expect(await ec2.config.maxAttempts()).toBe(1)
      const other = local.client({ maxAttempts: 3, region: "us-west-2" })
      expect(await other.config.maxAttempts()).toBe(3)
      expect(await other.config.region()).toBe("us-west-2")
    })

    it("short transitions are 100 ms; AWS's long ones are kept", () => {
      expect(LocalEc2.realTimeDelays.instancePending).toBe("100 millis")
      expect(LocalEc2.realTimeDelays.instanceVanish).toBe(Ec2Memory.defaultDelays.instanceVanish)
      expect(LocalEc2.realTimeDelays.spotNotice).toBe(Ec2Memory.defaultDelays.spotNotice)
      expect(Object.keys(LocalEc2.realTimeDelays).sort()).toEqual(Object.keys(Ec2Memory.defaultDelays).sort())
    })

    it("advance is refused: time moves by itself", async () => {
      await expect(local.advance("1 minute")).rejects.toThrow(/time: "virtual"/)
    })

    it("reset puts the world back as it was started", async () => {
      const id = await runOne(local)
      await local.reset()
      await expect(stateOf(local, id)).rejects.toMatchObject({ name: "InvalidInstanceID.NotFound" })
    })

    it("hypervisor: every member of the Hypervisor service, failing with its Ec2Error", async () => {
      const members = await Effect.runPromise(
        Hypervisor.Hypervisor.use((hv) => Effect.succeed(Object.keys(hv))).pipe(Effect.provide(Ec2Memory.layer()))
      )
      expect(Object.keys(local.hypervisor).sort()).toEqual([...members].sort())
      for (const name of members) expect(typeof (local.hypervisor as Record<string, unknown>)[name]).toBe("function")
      await expect(local.hypervisor.hangOsShutdown("i-0123456789abcdef0")).rejects.toMatchObject({ code: "InvalidInstanceID.NotFound" })
      expect(await local.hypervisor.inspect((w) => w.region)).toBe("eu-west-1")
      expect((await local.hypervisor.snapshot()).byteLength).toBeGreaterThan(0)
    })
  })

  describe("virtual time", () => {
    it("stands still until advance; events and first-boot hooks arrive as Promises", async () => {
      const local = await LocalEc2.start({ seed: "local-virtual", time: "virtual" })
      try {
        const boots: Array<string> = []
        await local.hypervisor.onFirstBoot(async (boot) => {
          boots.push(boot.InstanceId)
        })
        const events = local.hypervisor.events()[Symbol.asyncIterator]()
        const first = events.next()
        const id = await runOne(local)
        await new Promise((resolve) => setTimeout(resolve, 300)) // 3 × the real-time delay: nothing moves
        expect(await stateOf(local, id)).toBe("pending")
        await local.advance("4 seconds")
        expect(await stateOf(local, id)).toBe("pending") // Ec2Memory's default pending delay is 5 s
        await local.advance("1 second")
        expect(await stateOf(local, id)).toBe("running")
        expect(boots).toEqual([id])
        const event = await first
        expect(event.done).toBe(false)
        expect(JSON.stringify(event.value)).toContain(id)
        await events.return?.()
      } finally {
        await local.close()
      }
    })
  })

  it("start rejects with the layer's error; close stops the clients", async () => {
    await expect(LocalEc2.start({ vpcs: [{ CidrBlock: "10.0.0.0/8", Subnets: [] }] })).rejects.toMatchObject({ code: expect.stringMatching(/^Invalid/) })
    const local = await LocalEc2.start()
    const ec2 = local.client()
    await local.close()
    await expect(ec2.send(new DescribeImagesCommand({}))).rejects.toBeDefined()
  })
})
