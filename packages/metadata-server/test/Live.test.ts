import { Ec2 } from "@ec2kit/core"
import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { Effect, Layer } from "effect"
import type * as Scope from "effect/Scope"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Metadata from "../src/Metadata.js"
import type * as Router from "../src/Router.js"
import * as crypto from "node:crypto"
import * as Server from "../src/Server.js"
import { request, sharedSigner } from "./helpers.js"

type Env = Ec2.Ec2 | Hypervisor.Hypervisor | ImdsToken.ImdsTokens | Scope.Scope

const run = <A, E>(body: Effect.Effect<A, E, Env>): Promise<A> =>
  Effect.runPromise(
    Effect.scoped(body).pipe(
      Effect.provide(Layer.mergeAll(Ec2Memory.layer({ seed: 7 }), ImdsToken.ImdsTokens.layer)),
      Effect.provide(TestClock.layer())
    ) as Effect.Effect<A, E>
  )

/** Launches one running instance (5 s pending under TestClock). */
const launch = (extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    const hv = yield* Hypervisor.Hypervisor
    const imageId = yield* hv.inspect((w) => w.all("images")[0]!.ImageId)
    const r = yield* ec2.runInstances({ ImageId: imageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1,
      // IMDSv1 allowed unless a test says otherwise (the backend's default may be `required`).
      MetadataOptions: { HttpTokens: "optional" },
      ...extra
    })
    const id = r.Instances![0]!.InstanceId!
    yield* TestClock.adjust("5 seconds")
    return id
  })

/** The live source for `id` and a function answering requests through it. */
const serve = (id: string) =>
  Effect.gen(function*() {
    const signer = yield* Effect.promise(sharedSigner)
    const md = yield* Metadata.live({ instanceId: id, signer })
    const ask = (url: string, headers: Record<string, string> = {}, method = "GET") =>
      Metadata.handle({ method, url, headers }).pipe(
        Effect.provideService(Metadata.Metadata, md),
        Effect.map((r: Router.Response) => ({ status: r.status, body: new TextDecoder().decode(r.body), headers: r.headers }))
      )
    const token = Effect.map(ask("/latest/api/token", { "x-aws-ec2-metadata-token-ttl-seconds": "21600" }, "PUT"), (r) => {
      expect(r.status).toBe(200)
      return r.body
    })
    return { md, ask, token, signer }
  })

const describeOne = (id: string) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    return yield* ec2.describeInstances({ InstanceIds: [id] })
  }).pipe(
    Effect.map((r) => ({ reservation: r.Reservations![0]!, instance: r.Reservations![0]!.Instances![0]! }))
  )

describe("Metadata.live (backend-memory, TestClock)", () => {
  it("instance-id, type, AMI, AZ, region, IPs, key and groups match DescribeInstances", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const key = yield* ec2.createKeyPair({ KeyName: "live-key" })
      const id = yield* launch({ KeyName: "live-key" })
      const { ask } = yield* serve(id)
      const { instance, reservation } = yield* describeOne(id)
      const get = (p: string) => Effect.map(ask(`/latest/meta-data/${p}`), (r) => r.body)
      expect(yield* get("instance-id")).toBe(id)
      expect(yield* get("instance-type")).toBe(instance.InstanceType)
      expect(yield* get("ami-id")).toBe(instance.ImageId)
      expect(yield* get("placement/availability-zone")).toBe(instance.Placement!.AvailabilityZone)
      expect(yield* get("placement/region")).toBe("us-east-1")
      expect(yield* get("local-ipv4")).toBe(instance.PrivateIpAddress)
      expect(yield* get("reservation-id")).toBe(reservation.ReservationId)
      const pub = yield* ask("/latest/meta-data/public-ipv4")
      if (instance.PublicIpAddress === undefined) expect(pub.status).toBe(404)
      else expect(pub.body).toBe(instance.PublicIpAddress)
      expect(yield* get("public-keys/0/openssh-key")).toBe(yield* ec2.describeKeyPairs({ KeyNames: ["live-key"], IncludePublicKey: true }).pipe(
        Effect.map((r) => r.KeyPairs![0]!.PublicKey!.trim())
      ))
      expect(key.KeyName).toBe("live-key")
      expect((yield* get("security-groups")).split("\n")).toEqual(instance.SecurityGroups!.map((g) => g.GroupName))
      const mac = instance.NetworkInterfaces![0]!.MacAddress!
      expect(yield* get("mac")).toBe(mac)
      expect(yield* get(`network/interfaces/macs/${mac}/interface-id`)).toBe(instance.NetworkInterfaces![0]!.NetworkInterfaceId)
      expect(yield* get(`network/interfaces/macs/${mac}/subnet-id`)).toBe(instance.SubnetId)
    })))

  it("the identity document agrees with DescribeInstances and meta-data, and its signature verifies", () =>
    run(Effect.gen(function*() {
      const id = yield* launch()
      const { ask, signer } = yield* serve(id)
      const { instance, reservation } = yield* describeOne(id)
      const doc = JSON.parse((yield* ask("/latest/dynamic/instance-identity/document")).body) as Record<string, unknown>
      expect(doc["instanceId"]).toBe(id)
      expect(doc["instanceType"]).toBe(instance.InstanceType)
      expect(doc["imageId"]).toBe(instance.ImageId)
      expect(doc["availabilityZone"]).toBe(instance.Placement!.AvailabilityZone)
      expect(doc["privateIp"]).toBe(instance.PrivateIpAddress)
      expect(doc["accountId"]).toBe(reservation.OwnerId)
      expect(doc["region"]).toBe("us-east-1")
      expect(doc["pendingTime"]).toBe(instance.LaunchTime!.toISOString().replace(/\.\d{3}Z$/, "Z"))
      const documentText = (yield* ask("/latest/dynamic/instance-identity/document")).body
      const signature = (yield* ask("/latest/dynamic/instance-identity/signature")).body
      const cert = new crypto.X509Certificate(signer.rsaCertificatePem)
      expect(crypto.verify("sha256", Buffer.from(documentText), cert.publicKey, Buffer.from(signature, "base64"))).toBe(true)
    })))

  it("user data comes from DescribeInstanceAttribute, raw bytes", () =>
    run(Effect.gen(function*() {
      const id = yield* launch({ UserData: Buffer.from("#!/bin/sh\necho hi\n").toString("base64") })
      const { ask } = yield* serve(id)
      const r = yield* ask("/latest/user-data")
      expect(r.status).toBe(200)
      expect(r.headers["Content-Type"]).toBe("application/octet-stream")
      expect(r.body).toBe("#!/bin/sh\necho hi\n")
    })))

  it("tags/instance follows CreateTags/DeleteTags, only while InstanceMetadataTags is enabled", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = yield* launch()
      const { ask } = yield* serve(id)
      expect((yield* ask("/latest/meta-data/tags/instance")).status).toBe(404)
      yield* ec2.modifyInstanceMetadataOptions({ InstanceId: id, InstanceMetadataTags: "enabled" })
      yield* TestClock.adjust("5 seconds")
      expect((yield* ask("/latest/meta-data/tags/instance")).body).toBe("")
      yield* ec2.createTags({ Resources: [id], Tags: [{ Key: "Name", Value: "web-1" }, { Key: "team", Value: "a" }] })
      expect((yield* ask("/latest/meta-data/tags/instance")).body).toBe("Name\nteam")
      expect((yield* ask("/latest/meta-data/tags/instance/Name")).body).toBe("web-1")
      yield* ec2.createTags({ Resources: [id], Tags: [{ Key: "Name", Value: "web-2" }] })
      expect((yield* ask("/latest/meta-data/tags/instance/Name")).body).toBe("web-2")
      yield* ec2.deleteTags({ Resources: [id], Tags: [{ Key: "team" }] })
      expect((yield* ask("/latest/meta-data/tags/instance")).body).toBe("Name")
      expect((yield* ask("/latest/meta-data/tags/instance/team")).status).toBe(404)
      yield* ec2.modifyInstanceMetadataOptions({ InstanceId: id, InstanceMetadataTags: "disabled" })
      yield* TestClock.adjust("5 seconds")
      expect((yield* ask("/latest/meta-data/tags/instance/Name")).status).toBe(404)
      expect((yield* ask("/latest/meta-data/")).body.split("\n")).not.toContain("tags/")
    })))

  it("HttpTokens=required: tokenless requests are 401 once applied, not while pending", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = yield* launch()
      const { ask, token } = yield* serve(id)
      expect((yield* ask("/latest/meta-data/instance-id")).status).toBe(200)
      const r = yield* ec2.modifyInstanceMetadataOptions({ InstanceId: id, HttpTokens: "required" })
      expect(r.InstanceMetadataOptions?.State).toBe("pending")
      // Still the applied (optional) options.
      expect((yield* ask("/latest/meta-data/instance-id")).status).toBe(200)
      yield* TestClock.adjust("5 seconds")
      expect((yield* ask("/latest/meta-data/instance-id")).status).toBe(401)
      expect((yield* ask("/latest/meta-data/")).status).toBe(401)
      expect((yield* ask("/nope")).status).toBe(401)
      const t = yield* token
      const ok = yield* ask("/latest/meta-data/instance-id", { "x-aws-ec2-metadata-token": t })
      expect(ok.status).toBe(200)
      expect(ok.body).toBe(id)
      yield* ec2.modifyInstanceMetadataOptions({ InstanceId: id, HttpEndpoint: "disabled" })
      yield* TestClock.adjust("5 seconds")
      expect((yield* ask("/latest/meta-data/instance-id", { "x-aws-ec2-metadata-token": t })).status).toBe(403)
    })))

  it("stop/start: a new boot (old tokens 401), a new public IPv4, 503 while not running", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = yield* launch()
      const { ask, token } = yield* serve(id)
      const t = yield* token
      const before = yield* ask("/latest/meta-data/public-ipv4", { "x-aws-ec2-metadata-token": t })
      expect(before.status).toBe(200)
      const pendingBefore = JSON.parse((yield* ask("/latest/dynamic/instance-identity/document")).body).pendingTime
      yield* ec2.stopInstances({ InstanceIds: [id] })
      // stopping, then stopped: the instance cannot be reached.
      const stopping = yield* ask("/latest/meta-data/instance-id", { "x-aws-ec2-metadata-token": t })
      expect(stopping.status).toBe(503)
      yield* TestClock.adjust("10 seconds")
      expect((yield* ask("/latest/meta-data/instance-id")).status).toBe(503)
      expect((yield* ask("/latest/api/token", { "x-aws-ec2-metadata-token-ttl-seconds": "60" }, "PUT")).status).toBe(503)
      yield* ec2.startInstances({ InstanceIds: [id] })
      expect((yield* ask("/latest/meta-data/instance-id")).status).toBe(503) // pending
      yield* TestClock.adjust("10 seconds")
      const old = yield* ask("/latest/meta-data/instance-id", { "x-aws-ec2-metadata-token": t })
      expect(old.status).toBe(401)
      const t2 = yield* token
      const after = yield* ask("/latest/meta-data/public-ipv4", { "x-aws-ec2-metadata-token": t2 })
      expect(after.status).toBe(200)
      expect(after.body).not.toBe(before.body)
      const { instance } = yield* describeOne(id)
      expect(after.body).toBe(instance.PublicIpAddress)
      // pendingTime is DescribeInstances' LaunchTime (EC2 sets it at every start).
      const pendingAfter = JSON.parse((yield* ask("/latest/dynamic/instance-identity/document")).body).pendingTime
      expect(pendingAfter).toBe(instance.LaunchTime!.toISOString().replace(/\.\d{3}Z$/, "Z"))
      expect(typeof pendingBefore).toBe("string")
    })))

  it("a stop/start between two requests is still a new boot (LaunchTime changed)", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = yield* launch()
      const { ask, token } = yield* serve(id)
      const t = yield* token
      yield* ec2.stopInstances({ InstanceIds: [id] })
      yield* TestClock.adjust("10 seconds")
      yield* ec2.startInstances({ InstanceIds: [id] })
      yield* TestClock.adjust("10 seconds")
      expect((yield* ask("/latest/meta-data/instance-id", { "x-aws-ec2-metadata-token": t })).status).toBe(401)
      expect((yield* ask("/latest/meta-data/instance-id")).status).toBe(200)
    })))

  it("spot interruption via the Hypervisor: spot/instance-action appears when due, not before", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const id = yield* launch({ InstanceMarketOptions: { MarketType: "spot" } })
      const { ask } = yield* serve(id)
      expect((yield* ask("/latest/meta-data/instance-life-cycle")).body).toBe("spot")
      expect((yield* ask("/latest/meta-data/spot/instance-action")).status).toBe(404)
      expect((yield* ask("/latest/meta-data/")).body.split("\n")).not.toContain("spot/")
      yield* TestClock.adjust("1 minute")
      expect((yield* ask("/latest/meta-data/spot/instance-action")).status).toBe(404)
      yield* hv.interruptSpot(id)
      const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
      const notice = yield* ask("/latest/meta-data/spot/instance-action")
      expect(notice.status).toBe(200)
      const action = JSON.parse(notice.body) as { action: string; time: string }
      expect(action.action).toBe("terminate")
      expect(Date.parse(action.time)).toBe(now + 120_000)
      expect((yield* ask("/latest/meta-data/spot/termination-time")).body).toBe(action.time)
      yield* TestClock.adjust("119 seconds")
      expect((yield* ask("/latest/meta-data/spot/instance-action")).status).toBe(200)
      yield* TestClock.adjust("1 second")
      // Terminating: the instance is gone for IMDS.
      expect((yield* ask("/latest/meta-data/spot/instance-action")).status).toBe(503)
    })))

  it("scheduled events (DescribeInstanceStatus) and rebalance recommendations (Hypervisor)", () =>
    run(Effect.gen(function*() {
      const hv = yield* Hypervisor.Hypervisor
      const id = yield* launch()
      const { ask } = yield* serve(id)
      expect((yield* ask("/latest/meta-data/events/maintenance/scheduled")).body).toBe("[]")
      expect((yield* ask("/latest/meta-data/events/recommendations/rebalance")).status).toBe(404)
      const now = yield* Effect.clockWith((c) => c.currentTimeMillis)
      const e = yield* hv.scheduleEvent(id, { Code: "system-reboot", NotBefore: now + 86_400_000, NotAfter: now + 86_400_000 + 7_200_000 })
      const events = JSON.parse((yield* ask("/latest/meta-data/events/maintenance/scheduled")).body) as Array<Record<string, string>>
      expect(events).toHaveLength(1)
      expect(events[0]!["Code"]).toBe("system-reboot")
      expect(events[0]!["EventId"]).toBe(e.InstanceEventId)
      expect(events[0]!["State"]).toBe("active")
      expect(events[0]!["NotBefore"]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
      yield* hv.recommendRebalance(id)
      const rebalance = yield* ask("/latest/meta-data/events/recommendations/rebalance")
      expect(JSON.parse(rebalance.body)).toEqual({ noticeTime: new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z") })
    })))

  it("iam/: the role of the backend's instance profile; it follows Disassociate/AssociateIamInstanceProfile", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const hv = yield* Hypervisor.Hypervisor
      const profile = yield* hv.createInstanceProfile({ InstanceProfileName: "web-profile", RoleName: "web-role" })
      yield* hv.createInstanceProfile({ InstanceProfileName: "bare" })
      const id = yield* launch({ IamInstanceProfile: { Name: "web-profile" } })
      const { ask } = yield* serve(id)
      expect((yield* ask("/latest/meta-data/iam/security-credentials/")).body).toBe("web-role")
      const info = JSON.parse((yield* ask("/latest/meta-data/iam/info")).body) as Record<string, string>
      expect([info["InstanceProfileArn"], info["InstanceProfileId"]]).toEqual([profile.Arn, profile.InstanceProfileId])
      const assoc = (yield* ec2.describeIamInstanceProfileAssociations({})).IamInstanceProfileAssociations![0]!
      yield* ec2.disassociateIamInstanceProfile({ AssociationId: assoc.AssociationId! })
      yield* TestClock.adjust("5 seconds")
      expect((yield* ask("/latest/meta-data/iam/info")).status).toBe(404)
      // a profile without a role serves no credentials
      yield* ec2.associateIamInstanceProfile({ InstanceId: id, IamInstanceProfile: { Name: "bare" } })
      expect((yield* ask("/latest/meta-data/iam/security-credentials/")).status).toBe(404)
    })))

  it("an unknown instance fails the layer with InvalidInstanceID.NotFound", () =>
    run(Effect.gen(function*() {
      const e = yield* Effect.flip(Metadata.live({ instanceId: "i-0123456789abcdef0", signer: yield* Effect.promise(sharedSigner) }))
      expect(e.code).toBe("InvalidInstanceID.NotFound")
      expect(e.reason.message).toBe("The instance ID 'i-0123456789abcdef0' does not exist")
    })))

  it("a burst of requests costs at most two refreshes; sequential requests refresh each time", () =>
    run(Effect.gen(function*() {
      const id = yield* launch()
      const ec2 = yield* Ec2.Ec2
      let describes = 0
      const counting = Ec2.Ec2.of({ ...ec2, describeInstances: (i) => Effect.suspend(() => (describes++, ec2.describeInstances(i))) })
      const { ask } = yield* serve(id).pipe(Effect.provideService(Ec2.Ec2, counting))
      describes = 0
      const replies = yield* Effect.all(Array.from({ length: 200 }, () => ask("/latest/meta-data/instance-id")), { concurrency: "unbounded" })
      expect(replies.every((r) => r.status === 200 && r.body === id)).toBe(true)
      expect(describes).toBeGreaterThanOrEqual(1)
      expect(describes).toBeLessThanOrEqual(2)
      describes = 0
      for (let n = 0; n < 10; n++) yield* ask("/latest/meta-data/instance-id")
      expect(describes).toBe(10)
    })))

  it("the HTTP server (127.0.0.1, port 0) refreshes a live source on every request", () =>
    run(Effect.gen(function*() {
      const ec2 = yield* Ec2.Ec2
      const id = yield* launch({ MetadataOptions: { HttpTokens: "optional", InstanceMetadataTags: "enabled" } })
      const { md } = yield* serve(id)
      const { url } = yield* Server.serve({ host: "127.0.0.1", port: 0 }).pipe(Effect.provideService(Metadata.Metadata, md))
      const get = (path: string) => Effect.promise(() => request(url, "GET", path))
      expect((yield* get("/latest/meta-data/instance-id")).body).toBe(id)
      yield* ec2.createTags({ Resources: [id], Tags: [{ Key: "Name", Value: "over-http" }] })
      expect((yield* get("/latest/meta-data/tags/instance/Name")).body).toBe("over-http")
      yield* ec2.stopInstances({ InstanceIds: [id] })
      expect((yield* get("/latest/meta-data/instance-id")).status).toBe(503)
    })))

  it("property: any burst is answered correctly at a cost of at most two DescribeInstances", () =>
    run(Effect.gen(function*() {
      const id = yield* launch()
      const ec2 = yield* Ec2.Ec2
      let describes = 0
      const counting = Ec2.Ec2.of({ ...ec2, describeInstances: (i) => Effect.suspend(() => (describes++, ec2.describeInstances(i))) })
      const { ask } = yield* serve(id).pipe(Effect.provideService(Ec2.Ec2, counting))
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(fc.integer({ min: 1, max: 64 }), async (n) => {
            describes = 0
            const replies = await Effect.runPromise(
              Effect.all(Array.from({ length: n }, () => ask("/latest/meta-data/instance-id")), { concurrency: "unbounded" })
            )
            return replies.every((r) => r.status === 200 && r.body === id) && describes >= 1 && describes <= 2
          }),
          { numRuns: 1000 }
        )
      )
    })))
})
