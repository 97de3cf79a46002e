import { DescribeImagesCommand, DescribeInstancesCommand, DescribeInstanceStatusCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2"
import { ControlClient, Emulator } from "@ec2kit/api-server"
import { Effect, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const startEmulator = async (options: Emulator.Options) => {
  const runtime = ManagedRuntime.make(Emulator.layer({ port: 0, ...options }))
  return { runtime, running: await runtime.runPromise(Emulator.Emulator.use((e) => Effect.succeed(e))) }
}

const clientOf = (endpoint: string) =>
  new EC2Client({ endpoint, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })

const launch = async (ec2: EC2Client, zone?: string) => {
  const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))
  const run = await ec2.send(
    new RunInstancesCommand({ ImageId: Images?.[0]?.ImageId ?? "", MinCount: 1, MaxCount: 1, ...(zone !== undefined ? { Placement: { AvailabilityZone: zone } } : {}) })
  )
  return run.Instances?.[0]?.InstanceId ?? ""
}

describe("ControlClient (Promise)", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let control: ControlClient.ControlClient
  let ec2: EC2Client
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "client", time: "virtual" })
    control = ControlClient.make(emulator.running.url)
    ec2 = clientOf(emulator.running.url)
  })
  afterAll(async () => {
    ec2.destroy()
    await emulator.runtime.dispose()
  })

  it("reads health, advances virtual time and injects faults with the Hypervisor's arguments", async () => {
    expect(await control.health()).toEqual({ status: "ok", region: "us-east-1", accountId: "123456789012", time: "virtual", now: expect.any(String) })
    const id = await launch(ec2)
    await control.advance("1m")
    await control.hypervisor.setStatus(id, { InstanceStatus: "impaired" })
    const status = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id] }))
    expect(status.InstanceStatuses?.[0]?.InstanceStatus?.Status).toBe("impaired")
    const event = await control.hypervisor.scheduleEvent(id, { Code: "system-reboot" })
    expect(event).toMatchObject({ Code: "system-reboot", InstanceEventId: expect.stringMatching(/^instance-event-/) })
    expect(await control.hypervisor.tick()).toEqual({ ok: true })
  })

  it("removes a capacity limit with Count: undefined (sent as null)", async () => {
    await control.hypervisor.setCapacity({ AvailabilityZone: "us-east-1b", Count: 0 })
    await expect(launch(ec2, "us-east-1b")).rejects.toMatchObject({ name: "InsufficientInstanceCapacity" })
    await control.hypervisor.setCapacity({ AvailabilityZone: "us-east-1b", Count: undefined })
    expect(await launch(ec2, "us-east-1b")).toMatch(/^i-/)
  })

  it("rejects with the endpoint's status and code, and resets", async () => {
    await expect(control.hypervisor.recommendRebalance("i-0123456789abcdef0")).rejects.toMatchObject({
      _tag: "ControlError",
      status: 400,
      code: "InvalidInstanceID.NotFound"
    })
    await expect(control.advance("soon")).rejects.toMatchObject({ status: 400, code: "InvalidParameterValue" })
    await control.reset()
    expect((await ec2.send(new DescribeInstancesCommand({}))).Reservations).toEqual([])
  })
})

describe("ControlClient (Effect)", () => {
  it("fails with ControlError: NotVirtualTime in real time, NetworkError when nothing listens", async () => {
    const { running, runtime } = await startEmulator({})
    const control = ControlClient.makeEffect(running.url)
    expect(await Effect.runPromise(control.health)).toMatchObject({ time: "real" })
    const advanced = await Effect.runPromise(Effect.flip(control.advance("1m")))
    expect(advanced).toBeInstanceOf(ControlClient.ControlError)
    expect(advanced).toMatchObject({ status: 409, code: "NotVirtualTime" })
    await runtime.dispose()
    const gone = await Effect.runPromise(Effect.flip(control.reset))
    expect(gone).toMatchObject({ _tag: "ControlError", status: 0, code: "NetworkError" })
  })

  it("opens, lists and closes metadata listeners", async () => {
    const { running, runtime } = await startEmulator({ metadataPort: 0 })
    const control = ControlClient.makeEffect(running.url)
    const ec2 = clientOf(running.url)
    const id = await launch(ec2)
    ec2.destroy()
    const program = Effect.gen(function*() {
      const opened = yield* control.metadata.open({ instanceId: id, clientHops: 2 })
      const listed = yield* control.metadata.list()
      yield* control.metadata.close(opened.port)
      const refused = yield* Effect.flip(control.metadata.open({ instanceId: "i-0123456789abcdef0" }))
      return { opened, listed, after: yield* control.metadata.list(), refused }
    })
    const { after, listed, opened, refused } = await Effect.runPromise(program)
    expect(opened).toMatchObject({ instance: id, default: false, clientHops: 2 })
    expect(listed.map((l) => [l.default, l.instanceId])).toEqual([[true, id], [false, id]])
    expect(after.map((l) => l.port)).toEqual([running.metadata!.port])
    expect(refused).toMatchObject({ _tag: "ControlError", status: 400, code: "InvalidInstanceID.NotFound" })
    await runtime.dispose()
  })
})
