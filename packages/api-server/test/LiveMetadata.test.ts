import {
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  ModifyInstanceMetadataOptionsCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand
} from "@aws-sdk/client-ec2"
import { ControlClient, Emulator, LiveMetadata } from "@ec2kit/api-server"
import { Effect, ManagedRuntime, Result } from "effect"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const startEmulator = async (options: Emulator.Options) => {
  const runtime = ManagedRuntime.make(Emulator.layer({ port: 0, ...options }))
  return { runtime, running: await runtime.runPromise(Emulator.Emulator.use((e) => Effect.succeed(e))) }
}

const clientOf = (endpoint: string) =>
  new EC2Client({ endpoint, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })

const launch = async (ec2: EC2Client, tags: Record<string, string> = {}) => {
  const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: Images?.[0]?.ImageId ?? "",
      InstanceType: "t3.micro",
      MinCount: 1,
      MaxCount: 1,
      MetadataOptions: { HttpTokens: "optional" },
      ...(Object.keys(tags).length > 0
        ? { TagSpecifications: [{ ResourceType: "instance", Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }] }
        : {})
    })
  )
  return run.Instances?.[0]?.InstanceId ?? ""
}

const stateOf = async (ec2: EC2Client, id: string) =>
  (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]?.State?.Name

const until = async (what: () => Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms
  while (!(await what())) {
    if (Date.now() > end) throw new Error("timed out")
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** IMDSv2 as the SDKs do it: a token, then GETs carrying it. */
const imds = (base: string) => ({
  token: async () => {
    const res = await fetch(`${base}/latest/api/token`, { method: "PUT", headers: { "X-aws-ec2-metadata-token-ttl-seconds": "21600" } })
    return { status: res.status, text: await res.text() }
  },
  get: async (path: string, token?: string) => {
    const res = await fetch(`${base}/latest/meta-data/${path}`, token !== undefined ? { headers: { "X-aws-ec2-metadata-token": token } } : {})
    return { status: res.status, text: await res.text() }
  }
})

describe("live instance metadata (default listener)", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let ec2: EC2Client
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "live", metadataPort: 0, delays: { instancePending: "immediate", instanceStopping: "immediate", metadataOptions: "immediate", instanceShuttingDown: "immediate" } })
    ec2 = clientOf(emulator.running.url)
  })
  afterAll(async () => {
    ec2.destroy()
    await emulator.runtime.dispose()
  })

  it("answers 404 with an explanation while there is no instance", async () => {
    const md = imds(emulator.running.metadata!.url)
    const token = await md.token()
    expect(token.status).toBe(404)
    expect(token.text).toContain("serves newest")
    expect((await md.get("instance-id")).status).toBe(404)
    expect(emulator.running.metadata).toMatchObject({ instance: "newest", default: true, clientHops: 1 })
  })

  it("follows the newest instance through tags, metadata options, stop/start and termination", async () => {
    const md = imds(emulator.running.metadata!.url)
    const id = await launch(ec2, { Name: "web" })
    await until(async () => (await stateOf(ec2, id)) === "running")
    // IMDSv2
    const token = await md.token()
    expect(token.status).toBe(200)
    expect(await md.get("instance-id", token.text)).toEqual({ status: 200, text: id })
    expect((await md.get("security-groups", token.text)).text).toBe("default")
    // tags only once InstanceMetadataTags is enabled
    expect((await md.get("tags/instance/Name", token.text)).status).toBe(404)
    await ec2.send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: id, InstanceMetadataTags: "enabled" }))
    expect(await md.get("tags/instance/Name", token.text)).toEqual({ status: 200, text: "web" })
    await ec2.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: "Role", Value: "db" }] }))
    expect(await md.get("tags/instance/Role", token.text)).toEqual({ status: 200, text: "db" })
    // HttpTokens required: IMDSv1 refused, the token still works
    expect((await md.get("instance-id")).status).toBe(200)
    await ec2.send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: id, HttpTokens: "required" }))
    expect((await md.get("instance-id")).status).toBe(401)
    expect((await md.get("instance-id", token.text)).status).toBe(200)
    // stop/start: a new boot, the old token is refused
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))
    await until(async () => (await stateOf(ec2, id)) === "stopped")
    expect((await md.get("instance-id", token.text)).status).toBe(503)
    await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }))
    await until(async () => (await stateOf(ec2, id)) === "running")
    expect((await md.get("instance-id", token.text)).status).toBe(401)
    const fresh = await md.token()
    expect(await md.get("instance-id", fresh.text)).toEqual({ status: 200, text: id })
    // a newer instance takes the default listener over; terminated, the first one is back
    const second = await launch(ec2)
    await until(async () => (await stateOf(ec2, second)) === "running")
    const t2 = await md.token()
    expect(await md.get("instance-id", t2.text)).toEqual({ status: 200, text: second })
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [second] }))
    expect((await md.get("instance-id", fresh.text)).text).toBe(id)
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }))
    const gone = await md.token()
    expect(gone.status).toBe(404)
    expect(gone.text).toContain("no instance")
  })
})

describe("live instance metadata: what the Hypervisor and EC2 change", () => {
  it("shows the role's credentials, a Spot notice, scheduled events and new security groups", async () => {
    const emulator = await startEmulator({ seed: "facts", metadataPort: 0, delays: { instancePending: "immediate" } })
    const ec2 = clientOf(emulator.running.url)
    const control = ControlClient.make(emulator.running.url)
    try {
      await control.hypervisor.createInstanceProfile({ InstanceProfileName: "app", RoleName: "app-role" })
      const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))
      const run = await ec2.send(
        new RunInstancesCommand({
          ImageId: Images?.[0]?.ImageId ?? "",
          InstanceType: "t3.micro",
          MinCount: 1,
          MaxCount: 1,
          IamInstanceProfile: { Name: "app" },
          InstanceMarketOptions: { MarketType: "spot" }
        })
      )
      const id = run.Instances?.[0]?.InstanceId ?? ""
      await until(async () => (await stateOf(ec2, id)) === "running")
      const md = imds(emulator.running.metadata!.url)
      const token = (await md.token()).text
      const credentials = JSON.parse((await md.get("iam/security-credentials/app-role", token)).text) as Record<string, string>
      expect(credentials).toMatchObject({ Code: "Success", Type: "AWS-HMAC", AccessKeyId: expect.stringMatching(/^ASIA/) })
      // the identity document, signed with the emulator's keys (made in the background)
      const dynamic = (path: string) =>
        fetch(`${emulator.running.metadata!.url}/latest/dynamic/instance-identity/${path}`, { headers: { "X-aws-ec2-metadata-token": token } })
          .then(async (r) => [r.status, await r.text()] as const)
      const [status, document] = await dynamic("document")
      expect(status).toBe(200)
      expect(JSON.parse(document)).toMatchObject({ instanceId: id, accountId: "123456789012", region: "us-east-1" })
      expect((await dynamic("rsa2048"))[1]).toMatch(/^MII/) // PKCS#7, base64 without PEM armour, as EC2 answers
      expect((await md.get("spot/instance-action", token)).status).toBe(404)
      await control.hypervisor.interruptSpot(id, { Action: "stop" })
      expect(JSON.parse((await md.get("spot/instance-action", token)).text)).toMatchObject({ action: "stop" })
      await control.hypervisor.scheduleEvent(id, { Code: "system-reboot" })
      expect((await md.get("events/maintenance/scheduled", token)).text).toContain("system-reboot")
      const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: "web", Description: "web" }))
      await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id, Groups: [sg.GroupId ?? ""] }))
      expect((await md.get("security-groups", token)).text).toBe("web")
    } finally {
      ec2.destroy()
      await emulator.runtime.dispose()
    }
  })
})

describe("live instance metadata (listeners opened through control)", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let ec2: EC2Client
  let control: ControlClient.ControlClient
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "listeners", delays: { instancePending: "immediate" } })
    ec2 = clientOf(emulator.running.url)
    control = ControlClient.make(emulator.running.url)
  })
  afterAll(async () => {
    ec2.destroy()
    await emulator.runtime.dispose()
  })

  it("binds a listener to an instance by id or by tag, shares tokens per instance, and closes it", async () => {
    expect(emulator.running.metadata).toBeUndefined()
    const a = await launch(ec2, { Name: "a" })
    const b = await launch(ec2, { Name: "b" })
    const byId = await control.metadata.open({ instanceId: a })
    expect(byId).toMatchObject({ instance: a, default: false, url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) })
    const byTag = await control.metadata.open({ tag: "Name=b" })
    expect(byTag.instance).toBe("Name=b")
    const ta = await imds(byId.url).token()
    expect(await imds(byId.url).get("instance-id", ta.text)).toEqual({ status: 200, text: a })
    const tb = await imds(byTag.url).token()
    expect(await imds(byTag.url).get("instance-id", tb.text)).toEqual({ status: 200, text: b })
    // one IMDS per instance: a's token works on every listener serving a, not on b's
    const again = await control.metadata.open({ instanceId: a })
    expect((await imds(again.url).get("instance-id", ta.text)).status).toBe(200)
    expect((await imds(byTag.url).get("instance-id", ta.text)).status).toBe(401)
    const listed = await control.metadata.list()
    expect(listed.map((l) => [l.port, l.instanceId])).toEqual([[byId.port, a], [byTag.port, b], [again.port, a]])
    await control.metadata.close(again.port)
    await expect(fetch(`${again.url}/latest/api/token`, { method: "PUT" })).rejects.toThrow()
    expect((await control.metadata.list()).length).toBe(2)
    // reset: the instances are gone, so are their listeners' answers
    await control.reset()
    expect((await imds(byId.url).token()).status).toBe(404)
    await control.metadata.close(byId.port)
    await control.metadata.close(byTag.port)
  })

  it("refuses bad listener requests with a 4xx naming the problem", async () => {
    const url = `${emulator.running.url}/_ec2kit/metadata`
    const cases: Array<[string, string, unknown, number, string]> = [
      ["POST", "", { instanceId: "i-123" }, 400, "InvalidInstanceID.Malformed"],
      ["POST", "", { instanceId: "i-0123456789abcdef0" }, 400, "InvalidInstanceID.NotFound"],
      ["POST", "", { instanceId: "i-0123456789abcdef0", tag: "Name=x" }, 400, "InvalidParameterCombination"],
      ["POST", "", { tag: "Name" }, 400, "InvalidParameterValue"],
      ["POST", "", { port: 70000 }, 400, "InvalidParameterValue"],
      ["POST", "", { clientHops: 0 }, 400, "InvalidParameterValue"],
      ["POST", "", { instance: "i-0123456789abcdef0" }, 400, "InvalidParameterValue"],
      ["POST", "", [1], 400, "InvalidParameterValue"],
      ["POST", "", { port: emulator.running.port }, 409, "CannotListen"],
      ["DELETE", "/1", undefined, 404, "NoSuchListener"],
      ["DELETE", "/x", undefined, 404, "NotFound"],
      ["GET", "/1", undefined, 405, "MethodNotAllowed"],
      ["PUT", "", undefined, 405, "MethodNotAllowed"]
    ]
    for (const [method, path, body, status, code] of cases) {
      const res = await fetch(`${url}${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) })
      const answer = (await res.json()) as { error: { code: string } }
      expect([method, path, body, res.status, answer.error.code]).toEqual([method, path, body, status, code])
    }
    expect((await control.metadata.list()).length).toBe(0)
  })

  it("caps the listeners opened through control", async () => {
    const opened = []
    for (let i = 0; i < LiveMetadata.maxListeners; i++) opened.push(await control.metadata.open({}))
    const refused = await control.metadata.open({}).catch((e: ControlClient.ControlError) => e)
    expect(refused).toMatchObject({ status: 409, code: "ListenerLimitExceeded" })
    for (const l of opened) await control.metadata.close(l.port)
  })
})

describe("the default listener cannot be closed through control", () => {
  it("answers 409 DefaultListener", async () => {
    const { runtime, running } = await startEmulator({ metadataPort: 0 })
    const refused = await ControlClient.make(running.url).metadata.close(running.metadata!.port).catch((e: ControlClient.ControlError) => e)
    expect(refused).toMatchObject({ status: 409, code: "DefaultListener" })
    await runtime.dispose()
  })
})

describe("LiveMetadata.parseSelector", () => {
  it("reads newest, instance ids and tags, and formats them back", () => {
    expect(LiveMetadata.parseSelector("newest")).toEqual(Result.succeed({ _tag: "Newest" }))
    expect(LiveMetadata.parseSelector("i-0123456789abcdef0")).toEqual(Result.succeed({ _tag: "Id", instanceId: "i-0123456789abcdef0" }))
    expect(LiveMetadata.parseSelector("Name=web")).toEqual(Result.succeed({ _tag: "Tag", key: "Name", value: "web" }))
    expect(LiveMetadata.parseSelector("tag:k=a=b")).toEqual(Result.succeed({ _tag: "Tag", key: "k", value: "a=b" }))
    for (const bad of ["", "i-12", "Name", "=web", "tag:=x"]) expect(Result.isFailure(LiveMetadata.parseSelector(bad))).toBe(true)
  })

  it("formatSelector and parseSelector round-trip", () => {
    const selector = fc.oneof(
      fc.constant<LiveMetadata.Selector>({ _tag: "Newest" }),
      fc.stringMatching(/^[0-9a-f]{17}$/).map((h): LiveMetadata.Selector => ({ _tag: "Id", instanceId: `i-${h}` })),
      fc.record({ key: fc.string({ minLength: 1, maxLength: 128 }).filter((k) => !k.includes("=")), value: fc.string() })
        .map((t): LiveMetadata.Selector => ({ _tag: "Tag", ...t }))
    )
    fc.assert(
      fc.property(selector, (s) => {
        expect(LiveMetadata.parseSelector(LiveMetadata.formatSelector(s))).toEqual(Result.succeed(s))
      }),
      { numRuns: process.env["CI"] ? 1000 : 200 }
    )
  })
})
