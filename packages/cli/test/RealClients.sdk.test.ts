/**
 * The JS SDK (`@aws-sdk/client-ec2`) against `ec2kit-serve` as users run it (the built executable,
 * a child process): its own waiters and paginators, tags and filters, the stop/start/terminate
 * lifecycle, volumes attached and detached, and a lifecycle error as the SDK throws it. Transitions
 * take a few hundred milliseconds, so every waiter polls more than once. Fast (a few seconds): runs
 * on every Node CI tests.
 *
 * Also here: the real-client suites' harness finds a missing client and names its install command.
 */
import {
  AttachVolumeCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DeleteVolumeCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  DetachVolumeCommand,
  EC2Client,
  type Instance,
  paginateDescribeInstances,
  paginateDescribeVolumes,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  waitUntilInstanceRunning,
  waitUntilInstanceStopped,
  waitUntilInstanceTerminated,
  waitUntilVolumeAvailable,
  waitUntilVolumeDeleted,
  waitUntilVolumeInUse
} from "@aws-sdk/client-ec2"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { findAnsible, findAwsCli, findBoto3, loopbackOnly, requireTool, type Served, serve } from "./clients/harness.js"

// Long enough that a call answers the transitional state and a waiter polls it at least once.
const delays = "instancePending=400ms,instanceStopping=400ms,instanceShuttingDown=400ms,volumeCreating=300ms,volumeAttaching=300ms,volumeDetaching=300ms"
const waiter = (client: EC2Client) => ({ client, maxWaitTime: 20, minDelay: 0.1, maxDelay: 0.2 })

let s: Served
let ec2: EC2Client
beforeAll(async () => {
  s = await serve(["--delays", delays, "--seed", "sdk"])
  ec2 = new EC2Client({ endpoint: loopbackOnly(s.url), region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
})
afterAll(async () => {
  ec2?.destroy()
  expect(await s?.stop()).toBe(0)
})

const describeInstance = async (id: string): Promise<Instance> => {
  const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))
  const found = (out.Reservations ?? []).flatMap((r) => r.Instances ?? [])
  expect(found).toHaveLength(1)
  return found[0]!
}

/** How many times the emulator has answered `action` so far (its request log, once flushed). */
const calls = async (action: string) => (await s.actions()).filter((a) => a === action).length

describe("JS SDK against ec2kit-serve", () => {
  it("launches, waits until running, tags, filters, stops, starts and terminates with the SDK's waiters", async () => {
    const ami = (await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))).Images?.[0]?.ImageId
    expect(ami).toMatch(/^ami-[0-9a-f]{17}$/)
    const run = await ec2.send(new RunInstancesCommand({ ImageId: ami, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
    const id = run.Instances?.[0]?.InstanceId ?? ""
    expect(run.Instances?.[0]?.State).toEqual({ Code: 0, Name: "pending" })

    const polled = await calls("DescribeInstances")
    const running = await waitUntilInstanceRunning(waiter(ec2), { InstanceIds: [id] })
    expect(running.state).toBe("SUCCESS")
    expect((await calls("DescribeInstances")) - polled).toBeGreaterThanOrEqual(2) // it saw pending, then running
    expect((await describeInstance(id)).State).toEqual({ Code: 16, Name: "running" })

    await ec2.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: "suite", Value: "sdk" }, { Key: "Name", Value: "web-1" }] }))
    const other = (await ec2.send(new RunInstancesCommand({ ImageId: ami, MinCount: 1, MaxCount: 1 }))).Instances?.[0]?.InstanceId
    const tagged = await ec2.send(new DescribeInstancesCommand({
      Filters: [{ Name: "tag:suite", Values: ["sdk"] }, { Name: "instance-state-name", Values: ["running"] }]
    }))
    expect(tagged.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId)).toEqual([id])
    expect((await describeInstance(id)).Tags).toEqual(expect.arrayContaining([{ Key: "Name", Value: "web-1" }, { Key: "suite", Value: "sdk" }]))

    const stop = await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))
    expect(stop.StoppingInstances?.[0]).toMatchObject({ InstanceId: id, CurrentState: { Code: 64, Name: "stopping" }, PreviousState: { Code: 16, Name: "running" } })
    expect((await waitUntilInstanceStopped(waiter(ec2), { InstanceIds: [id] })).state).toBe("SUCCESS")
    expect((await describeInstance(id)).State).toEqual({ Code: 80, Name: "stopped" })

    const start = await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }))
    expect(start.StartingInstances?.[0]).toMatchObject({ CurrentState: { Code: 0, Name: "pending" }, PreviousState: { Code: 80, Name: "stopped" } })
    expect((await waitUntilInstanceRunning(waiter(ec2), { InstanceIds: [id] })).state).toBe("SUCCESS")

    const term = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id, other!] }))
    expect(term.TerminatingInstances?.map((t) => t.CurrentState?.Name)).toEqual(["shutting-down", "shutting-down"])
    expect((await waitUntilInstanceTerminated(waiter(ec2), { InstanceIds: [id, other!] })).state).toBe("SUCCESS")
    expect((await describeInstance(id)).State).toEqual({ Code: 48, Name: "terminated" })

    // a lifecycle error, as the SDK throws it: AWS's code, message and HTTP status
    const refused = await ec2.send(new StartInstancesCommand({ InstanceIds: [id] })).then(
      () => undefined,
      (e: Error & { $metadata?: { httpStatusCode?: number }; Code?: string }) => e
    )
    expect(refused?.name).toBe("IncorrectInstanceState")
    expect(refused?.message).toBe(`The instance '${id}' is not in a state from which it can be started.`)
    expect(refused?.$metadata?.httpStatusCode).toBe(400)
    // a waiter that can never succeed stops at its failure acceptor rather than timing out
    const failed = await waitUntilInstanceRunning(waiter(ec2), { InstanceIds: [id] }).then(() => "succeeded", (e: Error) => e.message)
    expect(failed).toContain("FAILURE")
  })

  it("creates, attaches, detaches and deletes a volume with the volume waiters", async () => {
    const ami = (await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))).Images?.[0]?.ImageId
    const id = (await ec2.send(new RunInstancesCommand({ ImageId: ami, MinCount: 1, MaxCount: 1 }))).Instances?.[0]?.InstanceId ?? ""
    await waitUntilInstanceRunning(waiter(ec2), { InstanceIds: [id] })
    const zone = (await describeInstance(id)).Placement?.AvailabilityZone
    const created = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: zone, Size: 8, VolumeType: "gp3" }))
    const vol = created.VolumeId ?? ""
    expect(created).toMatchObject({ State: "creating", Size: 8, VolumeType: "gp3", Iops: 3000, Throughput: 125, AvailabilityZone: zone })
    expect((await waitUntilVolumeAvailable(waiter(ec2), { VolumeIds: [vol] })).state).toBe("SUCCESS")

    const attached = await ec2.send(new AttachVolumeCommand({ VolumeId: vol, InstanceId: id, Device: "/dev/sdf" }))
    expect(attached).toMatchObject({ State: "attaching", InstanceId: id, Device: "/dev/sdf", VolumeId: vol })
    expect((await waitUntilVolumeInUse(waiter(ec2), { VolumeIds: [vol] })).state).toBe("SUCCESS")
    // As on AWS, the volume is in-use (the waiter's condition) while its attachment may still be attaching.
    const inUse = (await ec2.send(new DescribeVolumesCommand({ VolumeIds: [vol] }))).Volumes?.[0]
    expect(inUse?.State).toBe("in-use")
    expect(inUse?.Attachments).toEqual([expect.objectContaining({ InstanceId: id, Device: "/dev/sdf", VolumeId: vol, State: expect.stringMatching(/^(attaching|attached)$/) })])

    // deleting an attached volume is refused with AWS's code
    const busy = await ec2.send(new DeleteVolumeCommand({ VolumeId: vol })).then(() => undefined, (e: Error) => e)
    expect(busy?.name).toBe("VolumeInUse")
    expect(busy?.message).toBe(`Volume ${vol} is currently attached to ${id}`)

    expect((await ec2.send(new DetachVolumeCommand({ VolumeId: vol }))).State).toBe("detaching")
    expect((await waitUntilVolumeAvailable(waiter(ec2), { VolumeIds: [vol] })).state).toBe("SUCCESS")
    await ec2.send(new DeleteVolumeCommand({ VolumeId: vol }))
    expect((await waitUntilVolumeDeleted(waiter(ec2), { VolumeIds: [vol] })).state).toBe("SUCCESS")
    const gone = await ec2.send(new DescribeVolumesCommand({ VolumeIds: [vol] })).then(() => undefined, (e: Error) => e.name)
    expect(gone).toBe("InvalidVolume.NotFound")
  })

  it("pages DescribeInstances and DescribeVolumes with the SDK's paginators (MaxResults + NextToken)", async () => {
    const ami = (await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))).Images?.[0]?.ImageId
    const launched = (await ec2.send(new RunInstancesCommand({ ImageId: ami, MinCount: 12, MaxCount: 12, TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "batch", Value: "pages" }] }] })))
      .Instances?.map((i) => i.InstanceId) ?? []
    expect(launched).toHaveLength(12)
    // a function: the SDK's paginators write MaxResults and NextToken into the input they are given
    const filter = () => ({ Filters: [{ Name: "tag:batch", Values: ["pages"] }] })
    const before = await calls("DescribeInstances")
    const sizes: Array<number> = []
    const seen: Array<string> = []
    for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, filter())) {
      const ids = (page.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId ?? "")
      sizes.push(ids.length)
      seen.push(...ids)
    }
    expect(sizes).toEqual([5, 5, 2])
    expect((await calls("DescribeInstances")) - before).toBe(3)
    expect(seen.sort()).toEqual([...launched].sort())

    const zone = "us-east-1a"
    const vols = await Promise.all(Array.from({ length: 6 }, () => ec2.send(new CreateVolumeCommand({ AvailabilityZone: zone, Size: 1, TagSpecifications: [{ ResourceType: "volume", Tags: [{ Key: "batch", Value: "pages" }] }] }))))
    const volumePages: Array<number> = []
    for await (const page of paginateDescribeVolumes({ client: ec2, pageSize: 5 }, filter())) volumePages.push(page.Volumes?.length ?? 0)
    expect(volumePages).toEqual([5, 1])
    // AWS's lower bound on MaxResults, as the SDK throws it
    const small = await ec2.send(new DescribeInstancesCommand({ MaxResults: 3 })).then(() => undefined, (e: Error) => e)
    expect(small?.name).toBe("InvalidParameterValue")
    expect(small?.message).toBe("Value ( 3 ) for parameter maxResults is invalid. Expecting a value greater than 5.")
    expect(vols).toHaveLength(6)
  })
})

describe("the real-client suites' harness", () => {
  const nowhere = path.join("/nonexistent-ec2kit", "bin")
  it("fails a missing client with its name and install command, never a skip", () => {
    const v2 = findAwsCli(2, [path.join(nowhere, "aws")])
    expect("problem" in v2 && v2.problem).toMatch(/^AWS CLI v2 not found .*apt-get install -y awscli/)
    expect(() => requireTool(v2)).toThrow("AWS CLI v2 not found")
    const v1 = findAwsCli(1, [])
    expect("problem" in v1 && v1.problem).toContain("pip install awscli")
    const boto3 = findBoto3(path.join(nowhere, "python3"))
    expect("problem" in boto3 && boto3.problem).toContain("apt-get install -y python3-boto3")
    const ansible = findAnsible([path.join(nowhere, "ansible-playbook")])
    expect("problem" in ansible && ansible.problem).toMatch(/^ansible-playbook not found .*apt-get install -y ansible python3-boto3/)
    expect(requireTool({ file: "/usr/bin/true", version: "x" }).file).toBe("/usr/bin/true")
  })
  it("refuses to point a client anywhere but loopback", () => {
    expect(() => loopbackOnly("http://169.254.169.254")).toThrow("refusing")
    expect(() => loopbackOnly("https://ec2.us-east-1.amazonaws.com")).toThrow("refusing")
    expect(loopbackOnly("http://127.0.0.1:4590")).toBe("http://127.0.0.1:4590")
  })
})
