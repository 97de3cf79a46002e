/**
 * The AWS CLI, v1 (pyenv's, preinstalled) and v2 (Debian's `awscli`, /usr/bin/aws), against
 * `ec2kit-serve` as users run it: the same flow for each, every step a real `aws` process with
 * `--endpoint-url` and its JSON output asserted: launch, `aws ec2 wait`, tags and filters,
 * stop/start/terminate, a volume created, attached, detached and deleted, a lifecycle error with
 * the exit code each CLI really gives (v1: 255, v2: 254) and AWS's message, and pagination
 * (`--max-results`/`--next-token` by hand, `--page-size` followed by the CLI). Set-up and
 * independent checks of the world go through the JS SDK, so that only the steps under test pay
 * for a Python process each.
 *
 * A `*.clients.test.ts` file: slow (~1 s of CPU per `aws` call), so CI runs it once, on Node 20.
 */
import { DescribeImagesCommand, DescribeInstancesCommand, DescribeVolumesCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { awsCliDriver, loopbackOnly, type Served, serve } from "./clients/harness.js"

let s: Served
let sdk: EC2Client
let ami: string
beforeAll(async () => {
  // The default real-time delays (100 ms): each call answers the transitional state, and every
  // `aws ec2 wait` (which polls every 15 s) finds the end state at its first poll, after the CLI's
  // own start-up.
  s = await serve(["--seed", "awscli"])
  sdk = new EC2Client({ endpoint: loopbackOnly(s.url), region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
  ami = (await sdk.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))).Images?.[0]?.ImageId ?? ""
})
afterAll(async () => {
  sdk?.destroy()
  expect(await s?.stop()).toBe(0)
})

/** The world as the SDK sees it (not through the CLI under test). */
const stateOf = async (id: string) =>
  (await sdk.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]?.State?.Name

for (const major of [1, 2] as const) {
  describe(`AWS CLI v${major}`, () => {
    const { cli, aws, ec2, serviceErrorExit } = awsCliDriver(major, () => s.url)

    it(`launches, waits, tags, filters, stops, starts, attaches a volume, terminates; starting a terminated instance fails with ${serviceErrorExit} and AWS's message`, async () => {
      expect(cli().version).toMatch(new RegExp(`^aws-cli/${major}\\.\\d+\\.\\d+ Python/3\\.`))
      const suite = `cli-v${major}`
      const [id, launchState, zone] = await ec2("run-instances", "--image-id", ami, "--instance-type", "t3.micro", "--count", "1",
        "--query", "Instances[0].[InstanceId,State.Name,Placement.AvailabilityZone]")
      expect(id).toMatch(/^i-[0-9a-f]{17}$/)
      expect(launchState).toBe("pending")
      expect(await ec2("wait", "instance-running", "--instance-ids", id)).toBe("")
      expect(await stateOf(id)).toBe("running")

      expect(await ec2("create-tags", "--resources", id, "--tags", `Key=suite,Value=${suite}`, "Key=Name,Value=web-1")).toBe("")
      // another running instance without the tag, which the filter must leave out
      await sdk.send(new RunInstancesCommand({ ImageId: ami, MinCount: 1, MaxCount: 1 }))
      expect(await ec2("describe-instances", "--filters", `Name=tag:suite,Values=${suite}`, "Name=instance-state-name,Values=running",
        "--query", "Reservations[].Instances[].[InstanceId,Tags[?Key=='Name'].Value|[0]]")).toEqual([[id, "web-1"]])

      expect(await ec2("stop-instances", "--instance-ids", id, "--query", "StoppingInstances[0].[PreviousState.Name,CurrentState.Name]"))
        .toEqual(["running", "stopping"])
      expect(await ec2("wait", "instance-stopped", "--instance-ids", id)).toBe("")
      expect(await stateOf(id)).toBe("stopped")
      expect(await ec2("start-instances", "--instance-ids", id, "--query", "StartingInstances[0].[PreviousState.Name,CurrentState.Name]"))
        .toEqual(["stopped", "pending"])
      expect(await ec2("wait", "instance-running", "--instance-ids", id)).toBe("")

      const vol = await ec2("create-volume", "--availability-zone", zone, "--size", "8", "--volume-type", "gp3",
        "--tag-specifications", `ResourceType=volume,Tags=[{Key=suite,Value=${suite}}]`)
      expect(vol).toMatchObject({ State: "creating", Size: 8, VolumeType: "gp3", Iops: 3000, Throughput: 125, AvailabilityZone: zone, Tags: [{ Key: "suite", Value: suite }] })
      const volumeId: string = vol.VolumeId
      expect(await ec2("wait", "volume-available", "--volume-ids", volumeId)).toBe("")
      expect(await ec2("attach-volume", "--volume-id", volumeId, "--instance-id", id, "--device", "/dev/sdf"))
        .toMatchObject({ State: "attaching", InstanceId: id, VolumeId: volumeId, Device: "/dev/sdf" })
      expect(await ec2("wait", "volume-in-use", "--volume-ids", volumeId)).toBe("")
      expect(await ec2("describe-volumes", "--filters", `Name=attachment.instance-id,Values=${id}`, "Name=attachment.device,Values=/dev/sdf",
        "--query", "Volumes[].[VolumeId,State,Attachments[0].InstanceId]")).toEqual([[volumeId, "in-use", id]])
      expect(await ec2("detach-volume", "--volume-id", volumeId, "--query", "State")).toBe("detaching")
      expect(await ec2("wait", "volume-available", "--volume-ids", volumeId)).toBe("")
      expect(await ec2("delete-volume", "--volume-id", volumeId)).toBe("")
      const gone = await sdk.send(new DescribeVolumesCommand({ VolumeIds: [volumeId] })).then(() => "still there", (e: Error) => e.name)
      expect(gone).toBe("InvalidVolume.NotFound")

      expect(await ec2("terminate-instances", "--instance-ids", id, "--query", "TerminatingInstances[0].CurrentState"))
        .toEqual({ Code: 32, Name: "shutting-down" })
      expect(await ec2("wait", "instance-terminated", "--instance-ids", id)).toBe("")
      expect(await stateOf(id)).toBe("terminated")

      const refused = await aws(["ec2", "start-instances", "--instance-ids", id])
      expect(refused.code).toBe(serviceErrorExit)
      expect(refused.stdout).toBe("")
      expect(refused.stderr.trim()).toBe(
        `An error occurred (IncorrectInstanceState) when calling the StartInstances operation: The instance '${id}' is not in a state from which it can be started.`
      )
    })

    it("pages DescribeInstances: --max-results and --next-token by hand, --page-size followed by the CLI", async () => {
      const batch = `pages-v${major}`
      const ids = (await sdk.send(new RunInstancesCommand({
        ImageId: ami, MinCount: 7, MaxCount: 7, TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "batch", Value: batch }] }]
      }))).Instances?.map((i) => i.InstanceId ?? "") ?? []
      expect(ids).toHaveLength(7)
      const filter = ["--filters", `Name=tag:batch,Values=${batch}`]
      const page = "{ids: Reservations[].Instances[].InstanceId, next: NextToken}"
      const first = await ec2("describe-instances", ...filter, "--no-paginate", "--max-results", "5", "--query", page)
      expect(first).toEqual({ ids: expect.any(Array), next: expect.any(String) })
      expect(first.ids).toHaveLength(5)
      const second = await ec2("describe-instances", ...filter, "--no-paginate", "--max-results", "5", "--next-token", first.next, "--query", page)
      expect(second).toEqual({ ids: expect.any(Array), next: null })
      expect([...first.ids, ...second.ids].sort()).toEqual([...ids].sort())

      const before = (await s.actions()).length
      const all: Array<string> = await ec2("describe-instances", ...filter, "--page-size", "5", "--query", "Reservations[].Instances[].InstanceId")
      expect(all.sort()).toEqual([...ids].sort())
      expect((await s.actions()).slice(before)).toEqual(["DescribeInstances", "DescribeInstances"]) // two pages of at most 5
    })
  })
}
