import {
  CreateNatGatewayCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  EC2Client,
  EC2ServiceException,
  paginateDescribeInstances,
  RunInstancesCommand,
  TerminateInstancesCommand,
  waitUntilInstanceRunning
} from "@aws-sdk/client-ec2"
import { Ec2Handler } from "@ec2kit/api-server"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"

const clientOf = (requestHandler: Ec2Handler.Ec2Handler) =>
  new EC2Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
    requestHandler
  })

// Short transitions, real time: the SDK's waiters poll on the wall clock.
const ec2 = clientOf(Ec2Handler.fromLayer(Ec2Memory.layer({ seed: "api-server", delays: { instancePending: "200 millis" } })))
afterAll(() => ec2.destroy())

const anImage = async () => {
  const { Images } = await ec2.send(new DescribeImagesCommand({}))
  const id = Images?.[0]?.ImageId
  if (id === undefined) throw new Error("no image")
  return id
}

const thrown = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    return e as EC2ServiceException
  }
  throw new Error("expected a failure")
}

describe("Ec2Handler: plain SDK code against Ec2Memory, in-process", () => {
  it("RunInstances, DescribeInstances, the waiter, a paginator and TerminateInstances", async () => {
    const ImageId = await anImage()
    const run = await ec2.send(new RunInstancesCommand({ ImageId, InstanceType: "t3.micro", MinCount: 2, MaxCount: 2, TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: "web & db" }] }] }))
    const ids = (run.Instances ?? []).map((i) => i.InstanceId ?? "")
    expect(ids).toHaveLength(2)
    expect(run.Instances?.[0]?.State).toEqual({ Code: 0, Name: "pending" })
    expect(run.$metadata.httpStatusCode).toBe(200)
    expect(run.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)

    const waited = await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 30, minDelay: 1, maxDelay: 1 }, { InstanceIds: ids })
    expect(waited.state).toBe("SUCCESS")

    const described = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ids }))
    const instances = (described.Reservations ?? []).flatMap((r) => r.Instances ?? [])
    expect(instances.map((i) => i.State?.Name)).toEqual(["running", "running"])
    expect(instances[0]?.Tags).toEqual([{ Key: "Name", Value: "web & db" }])
    expect(instances[0]?.LaunchTime).toBeInstanceOf(Date)

    const pages: Array<string> = []
    for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, { Filters: [{ Name: "instance-id", Values: ids }] })) {
      for (const r of page.Reservations ?? []) for (const i of r.Instances ?? []) pages.push(i.InstanceId ?? "")
    }
    expect(pages.sort()).toEqual([...ids].sort())

    const terminated = await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }))
    expect(terminated.TerminatingInstances?.map((c) => c.CurrentState?.Name)).toEqual(["shutting-down", "shutting-down"])
  })

  it("errors come back as the SDK's ServiceException with AWS's name, message and status", async () => {
    const notFound = await thrown(ec2.send(new TerminateInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] })))
    expect(notFound).toBeInstanceOf(EC2ServiceException)
    expect(notFound.name).toBe("InvalidInstanceID.NotFound")
    expect(notFound.message).toBe("The instance ID 'i-0123456789abcdef0' does not exist")
    expect(notFound.$metadata.httpStatusCode).toBe(400)
    expect(notFound.$fault).toBe("client")

    const malformed = await thrown(ec2.send(new DescribeInstancesCommand({ InstanceIds: ["bad"] })))
    expect(malformed.name).toBe("InvalidInstanceID.Malformed")

    const dryRun = await thrown(ec2.send(new DescribeRegionsCommand({ DryRun: true })))
    expect(dryRun.name).toBe("DryRunOperation")
    expect(dryRun.message).toBe("Request would have succeeded, but DryRun flag is set.")
    expect(dryRun.$metadata.httpStatusCode).toBe(412)

    const missing = await thrown(ec2.send(new RunInstancesCommand({ MinCount: 1 } as never)))
    expect(missing.name).toBe("MissingParameter")
    expect(missing.message).toBe("The request must contain the parameter MaxCount")
  })

  it("an SDK operation core's Ec2 lacks answers UnsupportedOperation (400)", async () => {
    const e = await thrown(ec2.send(new CreateNatGatewayCommand({ SubnetId: "subnet-0123456789abcdef0" })))
    expect(e.name).toBe("UnsupportedOperation")
    expect(e.$metadata.httpStatusCode).toBe(400)
  })

  it("an aborted request rejects with AbortError and runs nothing", async () => {
    const controller = new AbortController()
    controller.abort()
    const e = await thrown(ec2.send(new DescribeRegionsCommand({}), { abortSignal: controller.signal }))
    expect(e.name).toBe("AbortError")
  })

  it("Ec2Handler.make: the handler for the Ec2 in context, from an Effect program", async () => {
    const program = Effect.gen(function*() {
      const client = clientOf(yield* Ec2Handler.make)
      return yield* Effect.promise(() => client.send(new DescribeRegionsCommand({ RegionNames: ["us-east-1"] })))
    })
    const out = await Effect.runPromise(program.pipe(Effect.provide(Ec2Memory.layer({ seed: 2 }))))
    expect(out.Regions?.map((r) => r.RegionName)).toEqual(["us-east-1"])
  })
})
