// A second implementation (issue 9 §3): the same EC2 scenarios through Ec2Aws against moto's server
// (5.2.1, `python3 -m moto.server`) and against ours (Ec2Aws → Ec2Handler → Ec2Memory). Each scenario
// records observations (states, codes, error codes and messages, page sizes); ours must equal EC2's
// documented values, written out below; moto must equal them too except for the listed gaps, where
// moto must give exactly the recorded (wrong) value — so a gap closed by a newer moto fails the test
// and the list is updated. A gap never weakens what ours is held to.
//
// Runs on every Node CI tests (about 10 s: one moto server per file). moto's Python is found
// explicitly (motoPython.ts: PATH's python3, pyenv's, Debian's), since the python3 on PATH depends on
// how the tests were started; a missing moto fails the tests with what to install, never skips them.
import { EC2Client } from "@aws-sdk/client-ec2"
import { Ec2Handler } from "@ec2kit/api-server"
import { Ec2Aws } from "@ec2kit/backend-aws"
import { Ec2Memory } from "@ec2kit/backend-memory"
import { Ec2, type Ec2Error } from "@ec2kit/core"
import { Effect, Layer, ManagedRuntime } from "effect"
import { type ChildProcess, spawn } from "node:child_process"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { findMotoPython, installMoto, type MotoPython } from "./motoPython.js"

const motoPython: MotoPython = findMotoPython()

type Observations = Record<string, unknown>
type Scenario = (ec2: Ec2.Service, image: string) => Effect.Effect<Observations, Ec2Error.Ec2Error>

const region = "us-east-1"
const credentials = { accessKeyId: "AKIDMOTOTEST", secretAccessKey: "moto-test-secret" }

/** The code and message of a failure, or "succeeded". */
const failure = <A>(self: Effect.Effect<A, Ec2Error.Ec2Error>) =>
  Effect.match(self, { onFailure: (e) => `${e.code}: ${e.reason.message}`, onSuccess: () => "succeeded" })

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    }).on("error", reject)
  })

let moto: ChildProcess | undefined
let motoUrl = ""
const runtimes: Array<ManagedRuntime.ManagedRuntime<Ec2.Ec2, unknown>> = []

/** Starts moto's server; without moto there is nothing to start, and each comparison fails (`motos`). */
const startMoto = async () => {
  if ("problem" in motoPython) return
  const port = await freePort()
  motoUrl = `http://127.0.0.1:${port}`
  moto = spawn(motoPython.file, ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" })
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${motoUrl}/moto-api/`).then((r) => r.ok, () => false)
    if (up) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error("moto.server did not start within 30 s")
}

const ec2Of = async (layer: Layer.Layer<Ec2.Ec2, unknown>) => {
  const runtime = ManagedRuntime.make(layer)
  runtimes.push(runtime)
  return runtime.runPromise(Ec2.Ec2.use(Effect.succeed))
}

/** Ours: Ec2Aws over the in-process handler on a fresh Ec2Memory world. */
const ours = () =>
  ec2Of(Ec2Aws.fromClient(new EC2Client({ region, credentials, maxAttempts: 1, requestHandler: Ec2Handler.fromLayer(Ec2Memory.layer({ delays: { volumeCreating: "100 millis" } })) }), { retry: { maxAttempts: 1 } }))

/** Moto: Ec2Aws over HTTP to moto's server, reset first. */
const motos = async () => {
  if ("problem" in motoPython) throw new Error(motoPython.problem)
  await fetch(`${motoUrl}/moto-api/reset`, { method: "POST" })
  return ec2Of(Ec2Aws.layer({ region, endpoint: motoUrl, credentials, retry: { maxAttempts: 1 } }))
}

const amazonImage = (ec2: Ec2.Service) =>
  ec2.describeImages({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }).pipe(
    Effect.map((r) => r.Images![0]!.ImageId!)
  )

/**
 * Runs `scenario` on ours and on moto: ours must observe exactly `ec2`; moto must observe `ec2`
 * with the `gaps` keys replaced by moto's recorded values.
 */
const compare = async (scenario: Scenario, ec2: Observations, gaps: Observations = {}) => {
  const run = async (service: Ec2.Service) => Effect.runPromise(Effect.flatMap(amazonImage(service), (image) => scenario(service, image)))
  expect(await run(await ours()), "ours vs EC2").toEqual(ec2)
  for (const key of Object.keys(gaps)) expect(ec2, `gap ${key} is an observation`).toHaveProperty([key])
  expect(await run(await motos()), "moto vs EC2 with moto's recorded gaps").toEqual({ ...ec2, ...gaps })
}

describe("moto's Python", () => {
  it("is found (PATH's python3, pyenv's, Debian's), or the test fails with what to install", () => {
    expect("problem" in motoPython ? motoPython.problem : "").toBe("")
    expect("version" in motoPython && motoPython.version, `the gaps below are moto 5.2.1's: ${installMoto}`).toBe("5.2.1")
  })

  it("a missing moto is a failure naming what to install, never a skip", () => {
    const missing = findMotoPython([path.join(os.tmpdir(), "ec2kit-no-python", "python3"), process.execPath])
    expect("problem" in missing && missing.problem).toMatch(/^moto is not installed for any Python found \(.*node.*\)\. Install it: pip install 'moto\[server\]==5\.2\.1'/)
  })
})

describe("moto 5.2.1 vs ours, through Ec2Aws", () => {
  beforeAll(startMoto, 60_000)
  afterAll(async () => {
    for (const r of runtimes) await r.dispose()
    moto?.kill()
  })

  it("instances: run, describe (ids, filters), terminate", () =>
    compare((ec2, ImageId) =>
      Effect.gen(function*() {
        const run = yield* ec2.runInstances({
          ImageId, InstanceType: "t3.micro", MinCount: 2, MaxCount: 2,
          TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "app", Value: "web" }] }]
        })
        const ids = run.Instances!.map((i) => i.InstanceId!)
        const described = yield* ec2.describeInstances({ InstanceIds: ids })
        const byTag = yield* ec2.describeInstances({ Filters: [{ Name: "tag:app", Values: ["web"] }] })
        const byType = yield* ec2.describeInstances({ Filters: [{ Name: "instance-type", Values: ["t3.nano"] }] })
        const terminated = yield* ec2.terminateInstances({ InstanceIds: ids })
        return {
          runCount: run.Instances!.length,
          runState: run.Instances!.map((i) => i.State),
          reservationId: /^r-[0-9a-f]{17}$/.test(run.ReservationId!),
          instanceIds: ids.every((id) => /^i-[0-9a-f]{17}$/.test(id)),
          runTags: run.Instances![0]!.Tags,
          describedIds: described.Reservations!.flatMap((r) => r.Instances!.map((i) => i.InstanceId)).sort(),
          byTag: byTag.Reservations!.flatMap((r) => r.Instances!).length,
          byType: byType.Reservations!.length,
          terminatingState: terminated.TerminatingInstances!.map((t) => t.CurrentState),
          unknown: yield* failure(ec2.describeInstances({ InstanceIds: ["i-0123456789abcdef0"] })),
          malformed: yield* failure(ec2.describeInstances({ InstanceIds: ["i-123"] })),
          noImage: yield* failure(ec2.runInstances({ ImageId: "ami-0123456789abcdef0", MinCount: 1, MaxCount: 1 }))
        } satisfies Observations
      }), {
      runCount: 2,
      runState: [{ Code: 0, Name: "pending" }, { Code: 0, Name: "pending" }],
      reservationId: true,
      instanceIds: true,
      runTags: [{ Key: "app", Value: "web" }],
      describedIds: expect.any(Array),
      byTag: 2,
      byType: 0,
      terminatingState: [{ Code: 32, Name: "shutting-down" }, { Code: 32, Name: "shutting-down" }],
      unknown: "InvalidInstanceID.NotFound: The instance ID 'i-0123456789abcdef0' does not exist",
      malformed: "InvalidInstanceID.Malformed: Invalid id: \"i-123\"",
      noImage: "InvalidAMIID.NotFound: The image id '[ami-0123456789abcdef0]' does not exist"
    }, {
      // moto checks no id format: a malformed id is "not found"
      malformed: "InvalidInstanceID.NotFound: The instance ID 'i-123' does not exist",
      // moto launches from an AMI id that does not exist
      noImage: "succeeded"
    }))

  it("pagination: DescribeInstances MaxResults / NextToken", () =>
    compare((ec2, ImageId) =>
      Effect.gen(function*() {
        yield* ec2.runInstances({ ImageId, InstanceType: "t3.micro", MinCount: 7, MaxCount: 7 })
        const count = (r: { readonly Reservations?: ReadonlyArray<{ readonly Instances?: ReadonlyArray<unknown> }> }) =>
          (r.Reservations ?? []).reduce((n, x) => n + (x.Instances?.length ?? 0), 0)
        const first = yield* ec2.describeInstances({ MaxResults: 5 })
        const second = yield* ec2.describeInstances({ MaxResults: 5, NextToken: first.NextToken! })
        return {
          first: count(first),
          hasNext: first.NextToken !== undefined,
          second: count(second),
          last: second.NextToken,
          tooSmall: yield* failure(ec2.describeInstances({ MaxResults: 4 }))
        } satisfies Observations
      }), {
      first: 5,
      hasNext: true,
      second: 2,
      last: undefined,
      tooSmall: expect.stringMatching(/^InvalidParameterValue: /)
    }, {
      // moto ignores MaxResults on DescribeInstances: one page of everything, no NextToken
      first: 7,
      hasNext: false,
      second: 7,
      // … and accepts a MaxResults under EC2's minimum of 5
      tooSmall: "succeeded"
    }))

  it("volumes and snapshots: create, describe, filter, delete, errors", () =>
    compare((ec2) =>
      Effect.gen(function*() {
        const volume = yield* ec2.createVolume({
          AvailabilityZone: "us-east-1a", Size: 10, VolumeType: "gp3",
          TagSpecifications: [{ ResourceType: "volume", Tags: [{ Key: "team", Value: "data" }] }]
        })
        const VolumeId = volume.VolumeId!
        // a snapshot needs an available volume (ours keeps it creating for a moment, as EC2 does)
        const available = ec2.describeVolumes({ VolumeIds: [VolumeId] }).pipe(Effect.map((r) => r.Volumes![0]!.State === "available"))
        while (!(yield* available)) yield* Effect.sleep("50 millis")
        const described = yield* ec2.describeVolumes({ VolumeIds: [VolumeId] })
        const byTag = yield* ec2.describeVolumes({ Filters: [{ Name: "tag:team", Values: ["data"] }] })
        const snapshot = yield* ec2.createSnapshot({ VolumeId, Description: "nightly" })
        const snapshots = yield* ec2.describeSnapshots({ SnapshotIds: [snapshot.SnapshotId!] })
        yield* ec2.deleteSnapshot({ SnapshotId: snapshot.SnapshotId! })
        yield* ec2.deleteVolume({ VolumeId })
        return {
          volume: { Size: volume.Size, VolumeType: volume.VolumeType, Iops: volume.Iops, Throughput: volume.Throughput, AvailabilityZone: volume.AvailabilityZone, Encrypted: volume.Encrypted },
          volumeId: /^vol-[0-9a-f]{17}$/.test(VolumeId),
          createdState: volume.State,
          describedSize: described.Volumes![0]!.Size,
          byTag: byTag.Volumes!.map((v) => v.VolumeId === VolumeId),
          snapshot: { VolumeId: snapshot.VolumeId === VolumeId, VolumeSize: snapshot.VolumeSize, State: snapshot.State, Description: snapshot.Description },
          snapshotId: /^snap-[0-9a-f]{17}$/.test(snapshot.SnapshotId!),
          describedSnapshot: snapshots.Snapshots!.length,
          deletedVolume: yield* failure(ec2.describeVolumes({ VolumeIds: [VolumeId] })).pipe(Effect.map((m) => m.replace(VolumeId, "<id>"))),
          deletedSnapshot: yield* failure(ec2.describeSnapshots({ SnapshotIds: [snapshot.SnapshotId!] })).pipe(Effect.map((m) => m.replace(snapshot.SnapshotId!, "<id>"))),
          tooSmall: yield* failure(ec2.createVolume({ AvailabilityZone: "us-east-1a", Size: 0, VolumeType: "gp3" })),
          badZone: yield* failure(ec2.createVolume({ AvailabilityZone: "us-east-1z", Size: 1 }))
        } satisfies Observations
      }), {
      volume: { Size: 10, VolumeType: "gp3", Iops: 3000, Throughput: 125, AvailabilityZone: "us-east-1a", Encrypted: false },
      volumeId: true,
      createdState: "creating",
      describedSize: 10,
      byTag: [true],
      snapshot: { VolumeId: true, VolumeSize: 10, State: "pending", Description: "nightly" },
      snapshotId: true,
      describedSnapshot: 1,
      deletedVolume: "InvalidVolume.NotFound: The volume '<id>' does not exist.",
      deletedSnapshot: "InvalidSnapshot.NotFound: The snapshot '<id>' does not exist.",
      tooSmall: expect.stringMatching(/^InvalidParameterValue: /),
      badZone: expect.stringMatching(/^InvalidParameterValue: /)
    }, {
      // moto has no transitional states: volumes are available and snapshots completed at once
      createdState: "available",
      snapshot: { VolumeId: true, VolumeSize: 10, State: "completed", Description: "nightly" },
      // moto gives gp3 volumes no Throughput (EC2's baseline is 125 MiB/s)
      volume: { Size: 10, VolumeType: "gp3", Iops: 3000, Throughput: undefined, AvailabilityZone: "us-east-1a", Encrypted: false },
      // moto's messages: a Python set; an error document the SDK reads no message from
      deletedVolume: "InvalidVolume.NotFound: The volume '{'<id>'}' does not exist.",
      deletedSnapshot: "InvalidSnapshot.NotFound: UnknownError",
      // moto accepts a 0 GiB volume and an Availability Zone that does not exist
      tooSmall: "succeeded",
      badZone: "succeeded"
    }))

  it("key pairs: create, duplicate, describe, delete", () =>
    compare((ec2) =>
      Effect.gen(function*() {
        const created = yield* ec2.createKeyPair({ KeyName: "deploy" })
        const duplicate = yield* failure(ec2.createKeyPair({ KeyName: "deploy" }))
        const described = yield* ec2.describeKeyPairs({ KeyNames: ["deploy"] })
        yield* ec2.deleteKeyPair({ KeyName: "deploy" })
        return {
          keyName: created.KeyName,
          pem: /^-----BEGIN RSA PRIVATE KEY-----\n/.test(created.KeyMaterial ?? ""),
          keyPairId: /^key-[0-9a-f]{17}$/.test(created.KeyPairId ?? ""),
          duplicate,
          described: described.KeyPairs!.map((k) => k.KeyName),
          fingerprint: described.KeyPairs![0]!.KeyFingerprint === created.KeyFingerprint,
          deleted: yield* failure(ec2.describeKeyPairs({ KeyNames: ["deploy"] }))
        } satisfies Observations
      }), {
      keyName: "deploy",
      pem: true,
      keyPairId: true,
      duplicate: "InvalidKeyPair.Duplicate: The keypair 'deploy' already exists.",
      described: ["deploy"],
      fingerprint: true,
      deleted: "InvalidKeyPair.NotFound: The key pair 'deploy' does not exist"
    }, {
      // moto's message prints a Python set
      deleted: "InvalidKeyPair.NotFound: The keypair '{'deploy'}' does not exist."
    }))

  it("security groups: create, duplicate, ingress rules, describe, delete", () =>
    compare((ec2) =>
      Effect.gen(function*() {
        const { GroupId } = yield* ec2.createSecurityGroup({ GroupName: "web", Description: "web servers" })
        const duplicate = yield* failure(ec2.createSecurityGroup({ GroupName: "web", Description: "again" }))
        yield* ec2.authorizeSecurityGroupIngress({
          GroupId: GroupId!,
          IpPermissions: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }]
        })
        const again = yield* failure(ec2.authorizeSecurityGroupIngress({
          GroupId: GroupId!,
          IpPermissions: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }]
        }))
        const described = yield* ec2.describeSecurityGroups({ GroupIds: [GroupId!] })
        const byName = yield* ec2.describeSecurityGroups({ Filters: [{ Name: "group-name", Values: ["web"] }] })
        const group = described.SecurityGroups![0]!
        yield* ec2.deleteSecurityGroup({ GroupId: GroupId! })
        return {
          groupId: /^sg-[0-9a-f]{17}$/.test(GroupId!),
          duplicate: duplicate.replace(/vpc-[0-9a-f]+/, "<vpc>"),
          again: again.replace(GroupId!, "<id>"),
          name: group.GroupName,
          description: group.Description,
          ingress: group.IpPermissions!.map((p) => ({ IpProtocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort, IpRanges: p.IpRanges!.map((r) => r.CidrIp) })),
          egress: group.IpPermissionsEgress!.map((p) => ({ IpProtocol: p.IpProtocol, IpRanges: p.IpRanges!.map((r) => r.CidrIp) })),
          byName: byName.SecurityGroups!.length,
          deleted: yield* failure(ec2.describeSecurityGroups({ GroupIds: [GroupId!] })).pipe(Effect.map((m) => m.replace(GroupId!, "<id>")))
        } satisfies Observations
      }), {
      groupId: true,
      duplicate: "InvalidGroup.Duplicate: The security group 'web' already exists for VPC '<vpc>'",
      again: expect.stringMatching(/^InvalidPermission\.Duplicate: /),
      name: "web",
      description: "web servers",
      ingress: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: ["0.0.0.0/0"] }],
      egress: [{ IpProtocol: "-1", IpRanges: ["0.0.0.0/0"] }],
      byName: 1,
      deleted: "InvalidGroup.NotFound: The security group '<id>' does not exist"
    }, {
      // moto's messages: a Python set, and no VPC
      deleted: "InvalidGroup.NotFound: The security group '{'<id>'}' does not exist",
      duplicate: "InvalidGroup.Duplicate: The security group 'web' already exists"
    }))

  it("tags: CreateTags, DescribeTags with filters, DeleteTags", () =>
    compare((ec2, ImageId) =>
      Effect.gen(function*() {
        const run = yield* ec2.runInstances({ ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })
        const id = run.Instances![0]!.InstanceId!
        yield* ec2.createTags({ Resources: [id], Tags: [{ Key: "env", Value: "prod" }, { Key: "owner", Value: "ops" }] })
        const tags = yield* ec2.describeTags({ Filters: [{ Name: "resource-id", Values: [id] }] })
        const byKey = yield* ec2.describeTags({ Filters: [{ Name: "key", Values: ["env"] }, { Name: "resource-type", Values: ["instance"] }] })
        yield* ec2.deleteTags({ Resources: [id], Tags: [{ Key: "env" }] })
        const after = yield* ec2.describeTags({ Filters: [{ Name: "resource-id", Values: [id] }] })
        return {
          tags: tags.Tags!.map((t) => ({ Key: t.Key, Value: t.Value, ResourceType: t.ResourceType, ResourceId: t.ResourceId === id })),
          byKey: byKey.Tags!.map((t) => t.Value),
          after: after.Tags!.map((t) => t.Key),
          unknownResource: yield* failure(ec2.createTags({ Resources: ["i-0123456789abcdef0"], Tags: [{ Key: "a", Value: "b" }] })),
          reserved: yield* failure(ec2.createTags({ Resources: [id], Tags: [{ Key: "aws:x", Value: "b" }] }))
        } satisfies Observations
      }), {
      tags: [
        { Key: "env", Value: "prod", ResourceType: "instance", ResourceId: true },
        { Key: "owner", Value: "ops", ResourceType: "instance", ResourceId: true }
      ],
      byKey: ["prod"],
      after: ["owner"],
      unknownResource: "InvalidInstanceID.NotFound: The instance ID 'i-0123456789abcdef0' does not exist",
      reserved: expect.stringMatching(/^InvalidParameterValue: /)
    }, {
      // moto tags resources that do not exist, and accepts the reserved aws: prefix
      unknownResource: "succeeded",
      reserved: "succeeded"
    }))
})
