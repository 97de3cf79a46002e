// A plain-SDK vitest test of an app's EC2 code against LocalEc2 (no Effect in sight).
// docs/api-server.md ("LocalEc2") shows this file verbatim; LocalEc2.test.ts checks that it does.
import {
  DescribeAvailabilityZonesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  type EC2Client,
  RunInstancesCommand,
  TerminateInstancesCommand,
  waitUntilInstanceRunning,
  waitUntilInstanceTerminated
} from "@aws-sdk/client-ec2"
import { LocalEc2 } from "@ec2kit/api-server"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"

// The code under test: ordinary SDK calls.
const launch = async (ec2: EC2Client, name: string) => {
  const { Images } = await ec2.send(new DescribeImagesCommand({
    Owners: ["amazon"],
    Filters: [{ Name: "architecture", Values: ["x86_64"] }]
  }))
  const { Instances } = await ec2.send(new RunInstancesCommand({
    ImageId: Images![0]!.ImageId!,
    InstanceType: "t3.micro",
    MinCount: 1,
    MaxCount: 1,
    TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: name }] }]
  }))
  return Instances![0]!.InstanceId!
}

describe("real time (the default): transitions take 100 ms, waiters poll every 0.1 s", () => {
  let local: LocalEc2.LocalEc2
  beforeAll(async () => {
    local = await LocalEc2.start({ seed: "docs" })
  })
  afterEach(() => local.reset()) // every test starts from the same world
  afterAll(() => local.close())

  it("launches, waits until running, terminates", async () => {
    const ec2 = local.client()
    const InstanceIds = [await launch(ec2, "web")]
    await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 10, minDelay: 0.1, maxDelay: 0.5 }, { InstanceIds })
    const { Reservations } = await ec2.send(new DescribeInstancesCommand({
      Filters: [{ Name: "tag:Name", Values: ["web"] }]
    }))
    expect(Reservations![0]!.Instances![0]!.State!.Name).toBe("running")
    await ec2.send(new TerminateInstancesCommand({ InstanceIds }))
    await waitUntilInstanceTerminated({ client: ec2, maxWaitTime: 10, minDelay: 0.1, maxDelay: 0.5 }, { InstanceIds })
  })

  it("fails like EC2 when the hypervisor has no capacity left", async () => {
    const ec2 = local.client()
    const { AvailabilityZones } = await ec2.send(new DescribeAvailabilityZonesCommand({}))
    for (const { ZoneName } of AvailabilityZones!) {
      await local.hypervisor.setCapacity({ AvailabilityZone: ZoneName!, InstanceType: "t3.micro", Count: 0 })
    }
    await expect(launch(ec2, "web")).rejects.toMatchObject({
      name: "InsufficientInstanceCapacity",
      $metadata: { httpStatusCode: 500 }
    })
  })
})

describe("virtual time: the clock stands still until advance()", () => {
  it("runs after advancing past the pending delay; the waiter's first poll sees it", async () => {
    const local = await LocalEc2.start({ seed: "docs", time: "virtual" })
    try {
      const ec2 = local.client()
      const InstanceIds = [await launch(ec2, "batch")]
      await local.advance("1 minute")
      const { state } = await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 30 }, { InstanceIds })
      expect(state).toBe("SUCCESS")
    } finally {
      await local.close()
    }
  })
})
