// Every client in this file talks to a server on 127.0.0.1 only: the endpoint variable is set
// before anything else, to a closed loopback port until a test points it at its own server.
process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = "http://127.0.0.1:9"
delete process.env.AWS_EC2_METADATA_DISABLED

import { MetadataService } from "@aws-sdk/ec2-metadata-service"
import { fromInstanceMetadata } from "@smithy/credential-provider-imds"
import { Effect, Layer } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import * as net from "node:net"
import { beforeAll, describe, expect, it } from "vitest"
import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Deferred } from "effect"
import * as crypto from "node:crypto"
import { Metadata as MetadataTag } from "../src/Metadata.js"
import type { Metadata } from "../src/Metadata.js"
import * as MetadataSource from "../src/Metadata.js"
import * as Server from "../src/Server.js"
import type * as Signing from "../src/Signing.js"
import { config, loopback, metadataLayer, request, sharedSigner } from "./helpers.js"

let signer: Signing.Signer
beforeAll(async () => {
  signer = await sharedSigner()
})

/** Runs `body` against a fresh loopback server for `json`, with a TestClock. */
const withServer = <A>(
  json: unknown,
  body: (address: Server.ServerAddress) => Effect.Effect<A, unknown, Metadata | ImdsToken.ImdsTokens>
): Promise<A> =>
  Effect.runPromise(
    Effect.scoped(Effect.gen(function*() {
      const address = yield* loopback()
      expect(address.host).toBe("127.0.0.1")
      return yield* body(address)
    })).pipe(
      Effect.provide(metadataLayer(json, signer).pipe(Layer.provideMerge(TestClock.layer()))),
    ) as Effect.Effect<A, unknown>
  )

const p = <A>(f: () => Promise<A>) => Effect.promise(f)

describe("real server on 127.0.0.1", () => {
  it("serves IMDSv2 and IMDSv1 over HTTP with EC2's headers; HEAD has no body", () =>
    withServer({ InstanceId: "i-0123456789abcdef0" }, ({ url }) =>
      Effect.gen(function*() {
        const tok = yield* p(() => request(url, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "60" }))
        expect(tok.status).toBe(200)
        expect(tok.headers["x-aws-ec2-metadata-token-ttl-seconds"]).toBe("60")
        const r = yield* p(() => request(url, "GET", "/latest/meta-data/instance-id", { "X-aws-ec2-metadata-token": tok.body }))
        expect([r.status, r.body, r.headers["content-type"], r.headers["server"]]).toEqual([200, "i-0123456789abcdef0", "text/plain", "EC2ws"])
        const v1 = yield* p(() => request(url, "GET", "//latest//meta-data/instance-id/"))
        expect(v1.body).toBe("i-0123456789abcdef0")
        const head = yield* p(() => request(url, "HEAD", "/latest/meta-data/instance-id"))
        expect([head.status, head.body, head.headers["content-length"]]).toEqual([200, "", "19"])
        const nf = yield* p(() => request(url, "GET", "/latest/meta-data/nothing"))
        expect(nf.status).toBe(404)
        expect(nf.body).toContain("404 - Not Found")
      })))

  it("time-driven items follow the Clock (TestClock), not wall time", () =>
    withServer({ SpotInterruption: { Action: "stop", Delay: "2m" }, RebalanceRecommendation: { Delay: "1m" } }, ({ url }) =>
      Effect.gen(function*() {
        const spot = () => request(url, "GET", "/latest/meta-data/spot/instance-action")
        const rebalance = () => request(url, "GET", "/latest/meta-data/events/recommendations/rebalance")
        expect((yield* p(spot)).status).toBe(404)
        expect((yield* p(rebalance)).status).toBe(404)
        yield* TestClock.adjust("1 minute")
        expect((yield* p(rebalance)).status).toBe(200)
        expect((yield* p(spot)).status).toBe(404)
        yield* TestClock.adjust("1 minute")
        const r = yield* p(spot)
        expect(r.status).toBe(200)
        expect(JSON.parse(r.body)).toEqual({ action: "stop", time: "1970-01-01T00:04:00Z" })
      })))

  it("tokens expire by the Clock", () =>
    withServer({ MetadataOptions: { HttpTokens: "required" } }, ({ url }) =>
      Effect.gen(function*() {
        const tok = (yield* p(() => request(url, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "5" }))).body
        const get = () => request(url, "GET", "/latest/meta-data/", { "X-aws-ec2-metadata-token": tok })
        expect((yield* p(get)).status).toBe(200)
        yield* TestClock.adjust("5 seconds")
        expect((yield* p(get)).status).toBe(401)
        expect((yield* p(() => request(url, "GET", "/latest/meta-data/"))).status).toBe(401)
      })))

  it("concurrent token requests all verify", () =>
    withServer({ MetadataOptions: { HttpTokens: "required" } }, ({ url }) =>
      Effect.gen(function*() {
        const results = yield* p(() =>
          Promise.all(Array.from({ length: 50 }, async () => {
            const t = await request(url, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "600" })
            return request(url, "GET", "/latest/meta-data/instance-id", { "X-aws-ec2-metadata-token": t.body })
          }))
        )
        expect(results.every((r) => r.status === 200)).toBe(true)
      })))
})

describe("start-up", () => {
  it("answers before the keys exist and holds identity requests until they are signed", () =>
    Effect.runPromise(
      Effect.scoped(Effect.gen(function*() {
        const { url } = yield* loopback()
        const [doc, sig] = yield* p(() =>
          Promise.all([
            request(url, "GET", "/latest/dynamic/instance-identity/document"),
            request(url, "GET", "/latest/dynamic/instance-identity/signature")
          ])
        )
        expect([doc.status, sig.status]).toEqual([200, 200])
        const metadata = yield* MetadataTag
        const signer = yield* Deferred.await(metadata.signer)
        const cert = new crypto.X509Certificate(signer.rsaCertificatePem)
        expect(crypto.verify("sha256", Buffer.from(doc.body), cert.publicKey, Buffer.from(sig.body, "base64"))).toBe(true)
      })).pipe(
        Effect.provide(Layer.effect(MetadataTag, MetadataSource.standalone(config({}))).pipe(Layer.provideMerge(ImdsToken.ImdsTokens.layer)))
      )
    ))

  it("listens on ::1 and @smithy/credential-provider-imds works over IPv6", () =>
    Effect.runPromise(
      Effect.scoped(Effect.gen(function*() {
        const address = yield* Server.serve({ host: "::1", port: 0 })
        expect(address.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
        process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = address.url
        const creds = yield* p(() => fromInstanceMetadata()())
        expect(creds.accessKeyId).toMatch(/^ASIA/)
      })).pipe(Effect.provide(metadataLayer({ RoleName: "r" }, signer)))
    ))
})

describe("stop/start", () => {
  it("restart: earlier tokens are refused, the identity document's pendingTime and the credentials change", () =>
    withServer({ RoleName: "r", MetadataOptions: { HttpTokens: "required" } }, ({ url }) =>
      Effect.gen(function*() {
        const token = (yield* p(() => request(url, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "21600" }))).body
        const get = (path: string, t = token) => p(() => request(url, "GET", path, { "X-aws-ec2-metadata-token": t }))
        const doc1 = JSON.parse((yield* get("/latest/dynamic/instance-identity/document")).body)
        const creds1 = JSON.parse((yield* get("/latest/meta-data/iam/security-credentials/r")).body)
        yield* TestClock.adjust("10 minutes")
        yield* MetadataSource.restart
        expect((yield* get("/latest/meta-data/instance-id")).status).toBe(401)
        const fresh = (yield* p(() => request(url, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "60" }))).body
        const doc2 = JSON.parse((yield* get("/latest/dynamic/instance-identity/document", fresh)).body)
        const creds2 = JSON.parse((yield* get("/latest/meta-data/iam/security-credentials/r", fresh)).body)
        expect(doc2.instanceId).toBe(doc1.instanceId)
        expect(doc2.pendingTime).toBe("1970-01-01T00:10:00Z")
        expect(doc1.pendingTime).toBe("1970-01-01T00:00:00Z")
        expect(creds2.AccessKeyId).not.toBe(creds1.AccessKeyId)
      })))
})

describe("real clients", () => {
  it("@smithy/credential-provider-imds fromInstanceMetadata() gets the role credentials (v2)", () =>
    withServer({ RoleName: "app-role" }, ({ url }) =>
      Effect.gen(function*() {
        process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = url
        const creds = yield* p(() => fromInstanceMetadata()())
        expect(creds.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
        expect(creds.secretAccessKey).toHaveLength(40)
        expect(creds.sessionToken?.length).toBeGreaterThan(100)
        expect(creds.expiration!.getTime()).toBeGreaterThan(0)
        const direct = JSON.parse((yield* p(() => request(url, "GET", "/latest/meta-data/iam/security-credentials/app-role"))).body)
        expect(creds.accessKeyId).toBe(direct.AccessKeyId)
      })))

  it("fromInstanceMetadata() with AWS_EC2_METADATA_V1_DISABLED=true and HttpTokens=required", () =>
    withServer({ RoleName: "app-role", MetadataOptions: { HttpTokens: "required" } }, ({ url }) =>
      Effect.gen(function*() {
        process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = url
        process.env.AWS_EC2_METADATA_V1_DISABLED = "true"
        try {
          const creds = yield* p(() => fromInstanceMetadata()())
          expect(creds.accessKeyId).toMatch(/^ASIA/)
        } finally {
          delete process.env.AWS_EC2_METADATA_V1_DISABLED
        }
      })))

  it("fromInstanceMetadata() fails cleanly when the endpoint is disabled and v1 is disabled", () =>
    withServer({ RoleName: "app-role", MetadataOptions: { HttpEndpoint: "disabled" } }, ({ url }) =>
      Effect.gen(function*() {
        process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = url
        process.env.AWS_EC2_METADATA_V1_DISABLED = "true"
        try {
          const error = yield* p(() => fromInstanceMetadata()().then(() => undefined, (e: Error) => e))
          expect(error?.name).toBe("InstanceMetadataV1FallbackError")
        } finally {
          delete process.env.AWS_EC2_METADATA_V1_DISABLED
        }
      })))

  it("@aws-sdk/ec2-metadata-service MetadataService reads instance-id (sends //latest/…)", () =>
    withServer({ InstanceId: "i-0fedcba9876543210", Region: "eu-west-1" }, ({ url }) =>
      Effect.gen(function*() {
        const service = new MetadataService({ endpoint: url, ec2MetadataV1Disabled: true })
        expect(yield* p(() => service.request("/latest/meta-data/instance-id", {}))).toBe("i-0fedcba9876543210")
        expect(yield* p(() => service.request("/latest/meta-data/placement/region", {}))).toBe("eu-west-1")
        const token = yield* p(() => service.fetchMetadataToken())
        expect(token.length).toBeGreaterThan(0)
      })))

  it("MetadataService works in IMDSv2-required mode", () =>
    withServer({ MetadataOptions: { HttpTokens: "required" } }, ({ url }) =>
      Effect.gen(function*() {
        const service = new MetadataService({ endpoint: url })
        const doc = JSON.parse(yield* p(() => service.request("/latest/dynamic/instance-identity/document", {})))
        expect(doc.version).toBe("2017-09-30")
      })))
})

describe("raw HTTP fuzzing over node:net (property)", () => {
  const raw = (port: number, data: string): Promise<string> =>
    new Promise((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port })
      const chunks: Array<Buffer> = []
      socket.setTimeout(2000, () => socket.destroy())
      socket.on("data", (c) => chunks.push(c))
      socket.on("error", () => resolve(Buffer.concat(chunks).toString("latin1")))
      socket.on("close", () => resolve(Buffer.concat(chunks).toString("latin1")))
      socket.end(data)
    })

  it("never a crash, never a 5xx, and the server still answers afterwards", () =>
    withServer({ UserData: "hello" }, ({ port, url }) =>
      Effect.gen(function*() {
        const segment = fc.oneof(
          fc.constantFrom("latest", "meta-data", "..", "%2e%2e", "%2E", ".", "", "api", "token", "user-data", "etc", "passwd", "%00", "\\.."),
          fc.stringMatching(/^[\x21-\x7e]{0,20}$/)
        )
        const method = fc.oneof(fc.constantFrom("GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH"), fc.stringMatching(/^[A-Z]{1,10}$/))
        const headers = fc.array(
          fc.tuple(
            fc.constantFrom("X-aws-ec2-metadata-token", "X-aws-ec2-metadata-token-ttl-seconds", "X-Forwarded-For", "Content-Length", "Transfer-Encoding", "X-Junk"),
            fc.oneof(fc.stringMatching(/^[\x20-\x7e]{0,40}$/), fc.constant("x".repeat(20_000)))
          ),
          { maxLength: 4 }
        )
        const path = fc.oneof(
          fc.array(segment, { maxLength: 10 }).map((s) => `/${s.join("/")}`),
          fc.integer({ min: 1, max: 20_000 }).map((n) => `/latest/${"a".repeat(n)}`),
          fc.constantFrom("*", "//latest//meta-data", "/../../../../etc/passwd", "http://127.0.0.1/latest/", "/latest/meta-data/%2e%2e/%2e%2e/etc/passwd")
        )
        const version = fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/9", "")
        let answered = 0
        yield* p(() =>
          fc.assert(
            fc.asyncProperty(method, path, version, headers, async (m, pth, v, hs) => {
              const text = `${m} ${pth} ${v}\r\nHost: 127.0.0.1\r\n${hs.map(([k, val]) => `${k}: ${val}\r\n`).join("")}Connection: close\r\n\r\n`
              const reply = await raw(port, text)
              const status = /^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1]
              if (status !== undefined) answered++
              if (status !== undefined && Number(status) >= 500) throw new Error(`5xx for ${JSON.stringify(text.slice(0, 200))}: ${reply.slice(0, 200)}`)
              if (reply.includes("root:")) throw new Error("file content leaked")
            }),
            { numRuns: 1000 }
          )
        )
        // Most requests get an HTTP answer (CONNECT and broken framing may just be closed).
        expect(answered).toBeGreaterThan(800)
        const after = yield* p(() => request(url, "GET", "/latest/user-data"))
        expect([after.status, after.body]).toEqual([200, "hello"])
      })))
})
