/**
 * The instance-metadata clients already run against the standalone metadata server
 * (metadata-server's Clients.test.ts), here once against the *live* metadata of an instance
 * launched through `ec2kit-serve`'s EC2 endpoint: an instance with a key pair, an instance profile,
 * tags, IMDSv2 required and user data given at RunInstances; a metadata listener bound to it through
 * the control endpoint; then botocore (Debian's and pyenv's), the AWS CLI v1 and v2 (credentials and
 * region from IMDS, v2 then calling EC2 with them), @smithy's IMDS credential provider and
 * @aws-sdk/ec2-metadata-service in-process, and cloud-init's EC2 datasource, whose user data is the
 * one given at launch.
 *
 * A `*.clients.test.ts` file (Python processes), so CI runs it once, on Node 20.
 */
import {
  CreateKeyPairCommand,
  DescribeImagesCommand,
  DescribeKeyPairsCommand,
  EC2Client,
  RunInstancesCommand,
  waitUntilInstanceRunning
} from "@aws-sdk/client-ec2"
import { MetadataService } from "@aws-sdk/ec2-metadata-service"
import { fromInstanceMetadata } from "@smithy/credential-provider-imds"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  debianPython,
  findAwsCli,
  findCloudInit,
  loopbackOnly,
  metadataClientsDir,
  pythonsWithBotocore,
  requireTool,
  run,
  type Served,
  serve
} from "./clients/harness.js"

const userData = "#cloud-config\nhostname: web-1\nruncmd:\n  - echo launched through ec2kit serve\n"

let s: Served
let ec2: EC2Client
/** The instance's id, its zone, its key's public half, and its metadata listener's URL. */
let instance: { readonly id: string; readonly zone: string; readonly publicKey: string; readonly imds: string }

beforeAll(async () => {
  s = await serve(["--quiet", "--seed", "imds", "--delays", "instancePending=200ms"])
  ec2 = new EC2Client({ endpoint: loopbackOnly(s.url), region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
  const profile = await fetch(`${s.url}/_ec2kit/hypervisor/createInstanceProfile`, {
    method: "POST",
    body: JSON.stringify({ InstanceProfileName: "app", RoleName: "app-role" })
  })
  expect(profile.status).toBe(200)
  await ec2.send(new CreateKeyPairCommand({ KeyName: "deploy", KeyType: "ed25519" }))
  const publicKey = (await ec2.send(new DescribeKeyPairsCommand({ KeyNames: ["deploy"], IncludePublicKey: true }))).KeyPairs?.[0]?.PublicKey ?? ""
  const ami = (await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))).Images?.[0]?.ImageId
  const launched = (await ec2.send(new RunInstancesCommand({
    ImageId: ami,
    InstanceType: "t3.micro",
    MinCount: 1,
    MaxCount: 1,
    KeyName: "deploy",
    IamInstanceProfile: { Name: "app" },
    UserData: Buffer.from(userData).toString("base64"),
    MetadataOptions: { HttpTokens: "required", InstanceMetadataTags: "enabled" },
    TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: "web-1" }] }]
  }))).Instances?.[0]
  const id = launched?.InstanceId ?? ""
  await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 20, minDelay: 0.1, maxDelay: 0.2 }, { InstanceIds: [id] })
  // a metadata listener of its own, bound to this instance by id
  const opened = await fetch(`${s.url}/_ec2kit/metadata`, { method: "POST", body: JSON.stringify({ instanceId: id }) })
  expect(opened.status).toBe(201)
  const listener = (await opened.json()) as { url: string; instance: string }
  expect(listener.instance).toBe(id)
  instance = { id, zone: launched?.Placement?.AvailabilityZone ?? "", publicKey, imds: loopbackOnly(listener.url.replace(/\/$/, "")) }
})
afterAll(async () => {
  ec2?.destroy()
  expect(await s?.stop()).toBe(0)
})

/** GET over IMDSv2 (the instance requires tokens), straight from the listener. */
const imdsGet = async (p: string): Promise<string> => {
  const token = await (await fetch(`${instance.imds}/latest/api/token`, { method: "PUT", headers: { "X-aws-ec2-metadata-token-ttl-seconds": "60" } })).text()
  const res = await fetch(`${instance.imds}${p}`, { headers: { "X-aws-ec2-metadata-token": token } })
  expect(res.status).toBe(200)
  return res.text()
}

/** The instance's role credentials as IMDS serves them. */
const roleCredentials = async () => JSON.parse(await imdsGet("/latest/meta-data/iam/security-credentials/app-role"))

/** A client process acting as the instance: no credentials or region but what IMDS gives. */
const asInstance = (): NodeJS.ProcessEnv => ({
  AWS_EC2_METADATA_SERVICE_ENDPOINT: `${instance.imds}/`,
  AWS_METADATA_SERVICE_TIMEOUT: "2",
  AWS_EC2_METADATA_DISABLED: undefined,
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_DEFAULT_REGION: undefined,
  AWS_REGION: undefined
})

describe("metadata clients against the live metadata of an instance launched through ec2kit-serve", () => {
  it("IMDS serves the launched instance: id, zone, tag, user data", async () => {
    expect(await imdsGet("/latest/meta-data/instance-id")).toBe(instance.id)
    expect(await imdsGet("/latest/meta-data/placement/availability-zone")).toBe(instance.zone)
    expect(await imdsGet("/latest/meta-data/tags/instance/Name")).toBe("web-1")
    expect(await imdsGet("/latest/user-data")).toBe(userData)
    // IMDSv1 is refused: the instance was launched with HttpTokens=required
    expect((await fetch(`${instance.imds}/latest/meta-data/instance-id`)).status).toBe(401)
  })

  it("botocore (Debian's and pyenv's) gets the instance role's credentials and the region", async () => {
    const pythons = pythonsWithBotocore()
    expect(pythons, `no python3 with botocore: apt-get install -y python3-botocore`).toContain(debianPython)
    const direct = await roleCredentials()
    for (const python of pythons) {
      const r = await run(python, [path.join(metadataClientsDir, "botocore_client.py"), instance.imds], asInstance())
      expect(r.code, `${python}: ${r.stderr}`).toBe(0)
      expect(JSON.parse(r.stdout)).toMatchObject({ method: "iam-role", access_key: direct.AccessKeyId, secret_key_length: 40, region: "us-east-1" })
    }
  })

  it("the AWS CLI v1 and v2 take their credentials from it; v2 also its region, and calls EC2 with them", async () => {
    const direct = await roleCredentials()
    const v1 = requireTool(findAwsCli(1))
    const list1 = await run(v1.file, ["configure", "list"], asInstance())
    expect(list1.code, list1.stderr).toBe(0)
    expect(list1.stdout).toMatch(new RegExp(`access_key\\s+\\*+${direct.AccessKeyId.slice(-4)}\\s+iam-role`))

    const v2 = requireTool(findAwsCli(2))
    const list2 = await run(v2.file, ["configure", "list"], asInstance())
    expect(list2.code, list2.stderr).toBe(0)
    expect(list2.stdout).toMatch(new RegExp(`access_key\\s+\\*+${direct.AccessKeyId.slice(-4)}\\s+iam-role`))
    expect(list2.stdout).toMatch(/region\s+us-east-1\s+imds/)
    const exported = await run(v2.file, ["configure", "export-credentials"], asInstance())
    expect(exported.code, exported.stderr).toBe(0)
    expect(JSON.parse(exported.stdout)).toMatchObject({ AccessKeyId: direct.AccessKeyId, SecretAccessKey: direct.SecretAccessKey, SessionToken: direct.Token })
    // the instance describing itself: credentials and region from IMDS, the emulator's endpoint
    const self = await run(v2.file, ["--endpoint-url", s.url, "--output", "json", "ec2", "describe-instances", "--instance-ids", instance.id,
      "--query", "Reservations[0].Instances[0].[State.Name,IamInstanceProfile.Arn]"], asInstance())
    expect(self.stderr).toBe("")
    expect(JSON.parse(self.stdout)).toEqual(["running", expect.stringMatching(/^arn:aws:iam::\d{12}:instance-profile\/app$/)])
  })

  it("@smithy's fromInstanceMetadata and @aws-sdk/ec2-metadata-service read it in-process", async () => {
    const direct = await roleCredentials()
    const saved = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT
    process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = instance.imds
    try {
      const creds = await fromInstanceMetadata({ timeout: 2000 })()
      expect(creds).toMatchObject({ accessKeyId: direct.AccessKeyId, secretAccessKey: direct.SecretAccessKey, sessionToken: direct.Token })
    } finally {
      if (saved === undefined) delete process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT
      else process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = saved
    }
    const md = new MetadataService({ endpoint: instance.imds, httpOptions: { timeout: 2000 } })
    expect(await md.request("/latest/meta-data/instance-id", {})).toBe(instance.id)
    expect(await md.request("/latest/meta-data/tags/instance/Name", {})).toBe("web-1")
  })

  it("cloud-init's EC2 datasource gets the instance, its key and the user data given at RunInstances", async () => {
    const cloudInit = requireTool(findCloudInit())
    const r = await run(debianPython, [path.join(metadataClientsDir, "cloudinit_client.py"), instance.imds, cloudInit.file, "aws"], asInstance())
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      instance_id: instance.id,
      userdata: userData,
      public_keys: { deploy: instance.publicKey },
      region: "us-east-1",
      availability_zone: instance.zone,
      identity_instance_id: instance.id,
      has_token: true
    })
  })
})
