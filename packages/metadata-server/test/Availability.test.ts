// The server stays available whatever a client does (issue 8 §3): idle and incomplete connections
// are closed after short timeouts, the number of connections is capped with a clear refusal, and a
// connection whose token PUT is withheld by the hop limit cannot pile up requests behind it.
// Every server listens on 127.0.0.1 with short limits so that the tests take well under a second
// each; the waits are bounded by the clients' own timeouts, never assertions on exact timings.
import { Effect } from "effect"
import * as net from "node:net"
import { beforeAll, describe, expect, it } from "vitest"
import * as Router from "../src/Router.js"
import * as Server from "../src/Server.js"
import type * as Signing from "../src/Signing.js"
import { metadataLayer, request, sharedSigner } from "./helpers.js"

let signer: Signing.Signer
beforeAll(async () => {
  signer = await sharedSigner()
})

const fast: Partial<Server.Limits> = { idleTimeoutMs: 200, requestTimeoutMs: 300, withheldTimeoutMs: 600 }

/** Runs `body` against a loopback server for `json` with the given limits and client hops. */
const withServer = <A>(
  options: { readonly limits?: Partial<Server.Limits>; readonly clientHops?: number; readonly json?: unknown },
  body: (server: Server.RunningServer) => Promise<A>
): Promise<A> =>
  Effect.runPromise(
    Effect.scoped(Effect.gen(function*() {
      const server = yield* Server.serve({ host: "127.0.0.1", port: 0, limits: options.limits, clientHops: options.clientHops }).pipe(Effect.orDie)
      expect(server.host).toBe("127.0.0.1")
      return yield* Effect.promise(() => body(server))
    })).pipe(Effect.provide(metadataLayer(options.json ?? {}, signer)))
  )

/** What a raw connection received, and whether (and after how long) the server closed it. */
interface Outcome {
  readonly received: string
  readonly closedAfterMs: number | undefined
}

/**
 * Opens a raw connection to 127.0.0.1, writes `chunks` (one every `everyMs`), and waits until the
 * server closes it or `waitMs` passes (the client then closes it itself: `closedAfterMs` undefined).
 */
const connection = (port: number, chunks: ReadonlyArray<string>, waitMs: number, everyMs = 0): Promise<Outcome> =>
  new Promise((resolve) => {
    const started = performance.now()
    const socket = net.connect({ host: "127.0.0.1", port })
    let received = ""
    let timer: NodeJS.Timeout | undefined
    socket.on("data", (c) => (received += c.toString("latin1")))
    socket.on("error", () => {})
    socket.on("close", () => {
      clearTimeout(limit)
      clearTimeout(timer)
      resolve({ received, closedAfterMs: performance.now() - started })
    })
    const limit = setTimeout(() => {
      clearTimeout(timer)
      socket.removeAllListeners("close")
      socket.destroy()
      resolve({ received, closedAfterMs: undefined })
    }, waitMs)
    let i = 0
    const next = () => {
      if (i < chunks.length && !socket.destroyed) {
        socket.write(chunks[i++]!)
        timer = setTimeout(next, everyMs)
      }
    }
    socket.on("connect", next)
  })

const get = "GET /latest/meta-data/instance-id HTTP/1.1\r\nHost: x\r\n\r\n"
const put = "PUT /latest/api/token HTTP/1.1\r\nHost: x\r\nX-aws-ec2-metadata-token-ttl-seconds: 60\r\nContent-Length: 0\r\n\r\n"

/** Polls `stats` until `done` or about 3 s. */
const until = async (server: Server.RunningServer, done: (s: Server.ServerStats) => boolean) => {
  let s = await Effect.runPromise(server.stats)
  for (let i = 0; i < 300 && !done(s); i++) {
    await new Promise((r) => setTimeout(r, 10))
    s = await Effect.runPromise(server.stats)
  }
  return s
}

describe("timeouts (127.0.0.1)", () => {
  it("the defaults: 512 connections, 5 s idle, 5 s per request, withheld requests closed after 60 s", () => {
    expect(Server.defaultLimits).toEqual({ maxConnections: 512, idleTimeoutMs: 5000, requestTimeoutMs: 5000, withheldTimeoutMs: 60_000 })
  })

  it("a connection that never sends a byte is closed after the idle or request timeout; the server still answers", () =>
    withServer({ limits: fast }, async (server) => {
      const outcomes = await Promise.all(Array.from({ length: 50 }, () => connection(server.port, [], 3000)))
      for (const o of outcomes) {
        expect(o.closedAfterMs, "the server never closed a silent connection").toBeDefined()
        expect(o.received).toMatch(/^(|HTTP\/1\.1 408 Request Timeout\r\n[^]*)$/)
      }
      expect(await until(server, (s) => s.connections === 0)).toMatchObject({ connections: 0 })
      expect((await request(server.url, "GET", "/latest/meta-data/instance-id")).status).toBe(200)
    }))

  it("silent connections are closed with the default limits too (after 5 s, not never)", () =>
    withServer({}, async (server) => {
      const o = await connection(server.port, [], 8000)
      expect(o.closedAfterMs, "the server never closed a silent connection").toBeDefined()
      expect(o.closedAfterMs!).toBeGreaterThanOrEqual(4500)
    }), 15_000)

  it("a request whose headers trickle in byte by byte gets 408 and is closed after the request timeout", () =>
    withServer({ limits: fast }, async (server) => {
      // One byte every 50 ms: never idle for 200 ms, but the head is not complete after 300 ms.
      const bytes = [..."GET /latest/meta-data/instance-id HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(200)]
      const o = await connection(server.port, bytes, 3000, 50)
      expect(o.closedAfterMs, "the server never closed a slow request").toBeDefined()
      expect(o.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
    }))

  it("a keep-alive connection is closed after the idle timeout that follows its last answer", () =>
    withServer({ limits: fast }, async (server) => {
      const o = await connection(server.port, [get], 4000)
      expect(o.received).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
      expect(o.closedAfterMs, "the server never closed an idle keep-alive connection").toBeDefined()
    }))
})

describe("the connection cap (127.0.0.1)", () => {
  it("a connection beyond maxConnections is answered 429 (EC2's page, Connection: close) and closed; the cap frees up", () =>
    withServer({ limits: { ...fast, maxConnections: 5, idleTimeoutMs: 1500, requestTimeoutMs: 1500 } }, async (server) => {
      const held = Array.from({ length: 5 }, () => connection(server.port, [], 5000))
      expect(await until(server, (s) => s.connections === 5)).toMatchObject({ connections: 5 })
      const extra = await connection(server.port, [get], 2000)
      expect(extra.closedAfterMs).toBeDefined()
      const [head, body] = extra.received.split("\r\n\r\n")
      expect(head!.split("\r\n")[0]).toBe("HTTP/1.1 429 Too Many Requests")
      expect(head).toContain("Connection: close")
      expect(head).toContain("Server: EC2ws")
      expect(body).toBe(Buffer.from(Router.error(429).body).toString("latin1"))
      expect(body).toContain("<title>429 - Too Many Requests</title>")
      expect((await Effect.runPromise(server.stats)).refused).toBe(1)
      // Through node:http too: a status, not a reset.
      expect((await request(server.url, "GET", "/latest/meta-data/instance-id")).status).toBe(429)
      // The held connections time out; then requests are answered again.
      for (const o of await Promise.all(held)) expect(o.closedAfterMs).toBeGreaterThanOrEqual(1400)
      expect((await request(server.url, "GET", "/latest/meta-data/instance-id")).status).toBe(200)
    }))
})

describe("what one connection holds with --client-hops 2 (127.0.0.1)", () => {
  it("requests pipelined behind a withheld token PUT close the connection at once, without an answer", () =>
    withServer({ limits: { withheldTimeoutMs: 60_000 }, clientHops: 2 }, async (server) => {
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => connection(server.port, [put + get.repeat(200)], 3000)))
      for (const o of outcomes) {
        expect(o.closedAfterMs, "a connection piling up requests behind a withheld one stayed open").toBeDefined()
        expect(o.received).toBe("")
      }
      expect(await until(server, (s) => s.connections === 0 && s.withheld === 0)).toEqual({ connections: 0, withheld: 0, refused: 0 })
    }))

  it("also when the requests behind come later, in another packet", () =>
    withServer({ clientHops: 2 }, async (server) => {
      const o = await connection(server.port, [put, get], 3000, 100)
      expect(o.closedAfterMs).toBeDefined()
      expect(o.received).toBe("")
    }))

  it("a withheld token PUT alone is held without an answer, then closed after withheldTimeoutMs", () =>
    withServer({ limits: fast, clientHops: 2 }, async (server) => {
      const o = connection(server.port, [put], 5000)
      expect(await until(server, (s) => s.withheld === 1)).toMatchObject({ connections: 1, withheld: 1 })
      // Still held after the idle timeout (200 ms): it is not idle, its answer is lost.
      await new Promise((r) => setTimeout(r, 400))
      expect(await Effect.runPromise(server.stats)).toMatchObject({ connections: 1, withheld: 1 })
      const outcome = await o
      expect(outcome.received).toBe("")
      expect(outcome.closedAfterMs).toBeDefined()
      expect(outcome.closedAfterMs!).toBeGreaterThanOrEqual(550)
      expect(await until(server, (s) => s.withheld === 0)).toMatchObject({ connections: 0, withheld: 0 })
    }))
})
