// The PUT response hop limit (HttpPutResponseHopLimit), emulated logically: clients `clientHops`
// away get no answer at all to a token PUT when they are farther than the limit. Every server here
// listens on 127.0.0.1; the "no answer" checks use the client's own timeout (300 ms), as an SDK
// would, never a timing assertion on the server.
import { Ec2 } from "@ec2kit/core"
import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import { Effect, Layer } from "effect"
import type * as Scope from "effect/Scope"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import * as http from "node:http"
import * as net from "node:net"
import { beforeAll, describe, expect, it } from "vitest"
import type { Metadata } from "../src/Metadata.js"
import * as MetadataSource from "../src/Metadata.js"
import * as Model from "../src/Model.js"
import * as Router from "../src/Router.js"
import * as Server from "../src/Server.js"
import type * as Signing from "../src/Signing.js"
import { config, metadataLayer, request, sharedSigner } from "./helpers.js"

let signer: Signing.Signer
beforeAll(async () => {
  signer = await sharedSigner()
})

const T0 = Date.UTC(2026, 11, 3, 12, 0, 0)
const ttl = { "x-aws-ec2-metadata-token-ttl-seconds": "60" }

/** A router state for a config (pure; time passed explicitly). */
const stateFor = (json: unknown) => {
  const model = Model.fromConfig(config(json), { seed: "hops", bootMillis: T0, bootId: "boot-hops" })
  return Effect.runSync(MetadataSource.stateOf(model, signer).pipe(Effect.provide(ImdsToken.ImdsTokens.layer)))
}

describe("Router: which answers the hop limit drops", () => {
  it("the default hop limit is 1, from the configuration's MetadataOptions otherwise", () => {
    expect(Model.fromConfig(config({}), { bootMillis: T0, bootId: "b" }).options.HttpPutResponseHopLimit).toBe(1)
    expect(stateFor({}).options.HttpPutResponseHopLimit).toBe(1)
    expect(stateFor({ MetadataOptions: { HttpPutResponseHopLimit: 2 } }).options.HttpPutResponseHopLimit).toBe(2)
  })

  it("property: a token PUT is dropped exactly when clientHops > HttpPutResponseHopLimit; GET/HEAD never", () => {
    const states = new Map<number, Router.State>()
    const state = (limit: number) => states.get(limit) ?? states.set(limit, stateFor({ MetadataOptions: { HttpPutResponseHopLimit: limit } })).get(limit)!
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom("GET", "HEAD"),
        fc.constantFrom("/latest/meta-data/instance-id", "/latest/meta-data/", "/latest/api/token", "/nope"),
        (limit, clientHops, method, url) => {
          const put = Router.handle({ method: "PUT", url: "/latest/api/token", headers: ttl, clientHops }, state(limit), T0)
          expect(put.status).toBe(200)
          expect(put.dropped).toBe(clientHops > limit ? "hop-limit" : undefined)
          expect(Router.hopLimitDrops({ method: "PUT", url: "//latest/api/token/", headers: {}, clientHops }, state(limit))).toBe(clientHops > limit)
          const get = Router.handle({ method, url, headers: {}, clientHops }, state(limit), T0)
          expect(get.dropped).toBeUndefined()
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("every answer to a PUT on a token path is dropped, errors included; other answers are not", () => {
    const far = { clientHops: 2 }
    const s = stateFor({})
    const put = (url: string, headers: Record<string, string>, state = s) =>
      Router.handle({ method: "PUT", url, headers, ...far }, state, T0)
    const cases: Array<[Router.Response, number]> = [
      [put("/latest/api/token", ttl), 200],
      [put("/latest/api/token", {}), 400],
      [put("/latest/api/token", { ...ttl, "x-forwarded-for": "10.0.0.1" }), 403],
      [put("/2021-03-23/api/token", ttl), 403],
      [put("/latest/api/token", ttl, stateFor({ MetadataOptions: { HttpEndpoint: "disabled" } })), 403]
    ]
    for (const [r, status] of cases) expect([r.status, r.dropped]).toEqual([status, "hop-limit"])
    const answered = (r: Router.Response) => [r.status, r.dropped]
    // Not a PUT on a token path: answered.
    expect(answered(Router.handle({ method: "GET", url: "/latest/api/token", headers: {}, ...far }, s, T0))).toEqual([405, undefined])
    expect(answered(Router.handle({ method: "OPTIONS", url: "/latest/api/token", headers: {}, ...far }, s, T0))).toEqual([200, undefined])
    expect(answered(Router.handle({ method: "PUT", url: "/latest/meta-data/instance-id", headers: {}, ...far }, s, T0))).toEqual([405, undefined])
    // A live instance that is not running: 503, as before.
    expect(answered(put("/latest/api/token", ttl, { ...s, unavailable: true }))).toEqual([503, undefined])
    // Without clientHops (a process on the instance): answered.
    expect(Router.handle({ method: "PUT", url: "/latest/api/token", headers: ttl }, s, T0).dropped).toBeUndefined()
  })
})

/** PUT /latest/api/token with the client's own timeout; `undefined` when nothing came back in time. */
const putToken = (url: string, timeoutMs = 300) =>
  new Promise<{ status: number; body: string } | undefined>((resolve, reject) => {
    const u = new URL(url)
    expect(u.hostname).toBe("127.0.0.1")
    const req = http.request({ host: "127.0.0.1", port: Number(u.port), method: "PUT", path: "/latest/api/token", headers: ttl, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Array<Buffer> = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }))
    })
    req.on("timeout", () => {
      req.destroy()
      resolve(undefined)
    })
    req.on("error", (e) => {
      if (!req.destroyed) reject(e)
    })
    req.end()
  })

/** Runs `body` against a loopback server for `json` with clients `clientHops` away. */
const withServer = <A>(
  json: unknown,
  clientHops: number | undefined,
  body: (server: Server.RunningServer, lines: Array<string>) => Effect.Effect<A, unknown, Metadata | Scope.Scope>
): Promise<A> => {
  const lines: Array<string> = []
  return Effect.runPromise(
    Effect.scoped(Effect.gen(function*() {
      const server = yield* Server.serve({ host: "127.0.0.1", port: 0, clientHops, log: (l) => void lines.push(l) })
      expect(server.host).toBe("127.0.0.1")
      return yield* body(server, lines)
    })).pipe(Effect.provide(metadataLayer(json, signer))) as Effect.Effect<A, unknown>
  )
}

const p = <A>(f: () => Promise<A>) => Effect.promise(f)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** Polls `stats` until `done` (the server frees closed connections on its own schedule). */
const until = (server: Server.RunningServer, done: (s: Server.ServerStats) => boolean) =>
  Effect.gen(function*() {
    let s = yield* server.stats
    for (let i = 0; i < 300 && !done(s); i++) {
      yield* p(() => sleep(10))
      s = yield* server.stats
    }
    return s
  })

describe("Server: clientHops against HttpPutResponseHopLimit (127.0.0.1)", () => {
  it("1 hop, limit 1 (a process on the instance): the token arrives and works", () =>
    withServer({ MetadataOptions: { HttpTokens: "required" } }, 1, ({ url }) =>
      Effect.gen(function*() {
        const tok = yield* p(() => putToken(url))
        expect(tok?.status).toBe(200)
        const r = yield* p(() => request(url, "GET", "/latest/meta-data/instance-id", { "X-aws-ec2-metadata-token": tok!.body }))
        expect(r.status).toBe(200)
      })))

  it("2 hops, limit 1 (a container on a bridge network): no answer before the client's timeout; logged as dropped", () =>
    withServer({ MetadataOptions: { HttpTokens: "optional" } }, 2, ({ url }, lines) =>
      Effect.gen(function*() {
        expect(yield* p(() => putToken(url))).toBeUndefined()
        // GET is not limited: IMDSv1 still answers.
        const v1 = yield* p(() => request(url, "GET", "/latest/meta-data/instance-id"))
        expect(v1.status).toBe(200)
        expect(lines.some((l) => / PUT \/latest\/api\/token - 0 dropped: hop limit \(200 not delivered: client 2 hops away, HttpPutResponseHopLimit 1\)$/.test(l))).toBe(true)
        expect(lines.some((l) => / GET \/latest\/meta-data\/instance-id 200 19$/.test(l))).toBe(true)
      })))

  it("2 hops, limit 2 (the container setting): the token arrives", () =>
    withServer({ MetadataOptions: { HttpTokens: "required", HttpPutResponseHopLimit: 2 } }, 2, ({ url }) =>
      Effect.gen(function*() {
        const tok = yield* p(() => putToken(url))
        expect(tok?.status).toBe(200)
        expect(tok!.body.length).toBeGreaterThan(0)
      })))

  it("3 hops, limit 2, HttpTokens required: no token, and the tokenless GET is 401", () =>
    withServer({ MetadataOptions: { HttpTokens: "required", HttpPutResponseHopLimit: 2 } }, 3, ({ url }) =>
      Effect.gen(function*() {
        expect(yield* p(() => putToken(url))).toBeUndefined()
        expect((yield* p(() => request(url, "GET", "/latest/meta-data/instance-id"))).status).toBe(401)
      })))

  it("no leak: many withheld requests are freed when their clients close; the server still answers", () =>
    withServer({}, 2, (server) =>
      Effect.gen(function*() {
        const n = 100
        const sockets = yield* p(() =>
          Promise.all(Array.from({ length: n }, () =>
            new Promise<net.Socket>((resolve) => {
              const s = net.connect({ host: "127.0.0.1", port: server.port }, () => resolve(s))
              s.on("error", () => {})
              s.write("PUT /latest/api/token HTTP/1.1\r\nHost: x\r\nX-aws-ec2-metadata-token-ttl-seconds: 60\r\nContent-Length: 0\r\n\r\n")
            })))
        )
        const held = yield* until(server, (s) => s.withheld === n)
        expect(held).toEqual({ connections: n, withheld: n, refused: 0 })
        let received = 0
        for (const s of sockets) s.on("data", (c) => (received += c.length))
        for (const s of sockets) s.destroy()
        const after = yield* until(server, (s) => s.connections === 0 && s.withheld === 0)
        expect(after).toEqual({ connections: 0, withheld: 0, refused: 0 })
        expect(received).toBe(0)
        const r = yield* p(() => request(server.url, "GET", "/latest/meta-data/instance-id"))
        expect(r.status).toBe(200)
      })))

  it("closing the server closes connections with withheld requests (no hang)", async () => {
    let client: net.Socket | undefined
    const closed = new Promise<string>((resolve) => {
      void withServer({}, 2, (server) =>
        Effect.gen(function*() {
          client = net.connect({ host: "127.0.0.1", port: server.port })
          let received = ""
          client.on("data", (c) => (received += c.toString("latin1")))
          client.on("error", () => {})
          client.on("close", () => resolve(received))
          client.write("PUT /latest/api/token HTTP/1.1\r\nHost: x\r\nX-aws-ec2-metadata-token-ttl-seconds: 60\r\n\r\n")
          yield* until(server, (s) => s.withheld === 1)
          // The scope closes here, with the request still pending.
        }))
    })
    expect(await closed).toBe("")
    expect(client?.destroyed).toBe(true)
  }, 10_000)
})

describe("live source: the hop limit in force comes from the instance's MetadataOptions", () => {
  it("ModifyInstanceMetadataOptions HttpPutResponseHopLimit 1 → 2 lets a client 2 hops away get tokens once applied", () =>
    Effect.runPromise(
      Effect.scoped(Effect.gen(function*() {
        const ec2 = yield* Ec2.Ec2
        const hv = yield* Hypervisor.Hypervisor
        const imageId = yield* hv.inspect((w) => w.all("images")[0]!.ImageId)
        const launched = yield* ec2.runInstances({
          ImageId: imageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1,
          MetadataOptions: { HttpTokens: "optional", HttpPutResponseHopLimit: 1 }
        })
        const id = launched.Instances![0]!.InstanceId!
        yield* TestClock.adjust("5 seconds")
        const md = yield* MetadataSource.live({ instanceId: id, signer })
        const put = MetadataSource.handle({ method: "PUT", url: "/latest/api/token", headers: ttl, clientHops: 2 }).pipe(
          Effect.provideService(MetadataSource.Metadata, md)
        )
        expect((yield* put).dropped).toBe("hop-limit")
        const modified = yield* ec2.modifyInstanceMetadataOptions({ InstanceId: id, HttpPutResponseHopLimit: 2 })
        expect(modified.InstanceMetadataOptions?.State).toBe("pending")
        // While pending, the applied options (limit 1) are in force.
        expect((yield* put).dropped).toBe("hop-limit")
        yield* TestClock.adjust("5 seconds")
        const r = yield* put
        expect([r.status, r.dropped]).toEqual([200, undefined])
        yield* ec2.modifyInstanceMetadataOptions({ InstanceId: id, HttpPutResponseHopLimit: 1 })
        yield* TestClock.adjust("5 seconds")
        expect((yield* put).dropped).toBe("hop-limit")
      })).pipe(
        Effect.provide(Layer.mergeAll(Ec2Memory.layer({ seed: 11 }), ImdsToken.ImdsTokens.layer)),
        Effect.provide(TestClock.layer())
      )
    ))
})
