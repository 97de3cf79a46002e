/**
 * The HTTP server: a thin `node:http` request handler around the pure `Router.handle`, reading the
 * `Metadata` state and the time from Effect's `Clock` on every request. Managed by a `Scope`:
 * closing it stops listening and closes every connection.
 *
 * The server never reads files and never answers 5xx: malformed requests get Node's own 4xx
 * (400, 431 for oversized headers, 408 for a request that does not arrive in time), and an
 * unexpected exception in the router (a bug) is answered with 404 and logged.
 *
 * Availability ({@link Limits}): idle and incomplete connections are closed after short timeouts,
 * the number of open connections is capped (a connection beyond the cap is answered 429 and
 * closed at once), and what one connection can hold is bounded (one withheld request, see below).
 *
 * The PUT response hop limit: Node cannot give one response its own IP TTL (and loopback clients
 * are zero hops away anyway), so it is emulated logically. The server is told how many hops away
 * its clients are (`clientHops`); an answer the router marks `dropped` is never written: the
 * request stays pending, as a client whose response packets expire on the way sees it, until the
 * client gives up and closes the connection (it is then forgotten), the server stops (its
 * connection is closed with all the others) or {@link Limits.withheldTimeoutMs} passes (the
 * connection is then closed, still without an answer). HTTP/1.1 answers in order, so nothing
 * behind a withheld request could ever be answered either (on EC2 the later answers wait in the
 * client's TCP buffer behind the lost one): a connection that sends another request behind a
 * withheld one is closed at once, so that it cannot pile up requests.
 *
 * @since 0.1.0
 */
import { Context, Data, Deferred, Effect, Layer, Ref } from "effect"
import type * as Scope from "effect/Scope"
import * as http from "node:http"
import type * as net from "node:net"
import { Metadata } from "./Metadata.js"
import * as Router from "./Router.js"
import * as Tree from "./Tree.js"

/**
 * The server could not listen (address in use, bad host, …).
 *
 * @since 0.1.0
 * @category errors
 */
export class ServerError extends Data.TaggedError("ServerError")<{ readonly message: string }> {}

/**
 * Where and how to listen.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerOptions {
  /** Address to bind, default `127.0.0.1` (`::1` works too). */
  readonly host?: string | undefined
  /** Port, default 1338; 0 picks a free port. */
  readonly port?: number | undefined
  /** Receives one line per request; omit to log nothing. */
  readonly log?: ((line: string) => void) | undefined
  /**
   * How many IP hops away the clients are, 1–64: 1 (default) for processes on the instance, 2 for
   * a container on a bridge network of the instance. Token PUTs from farther than the instance's
   * `HttpPutResponseHopLimit` get no answer at all (`Router.hopLimitDrops`).
   */
  readonly clientHops?: number | undefined
  /** Timeouts and the connection cap; each one missing is taken from {@link defaultLimits}. */
  readonly limits?: Partial<Limits> | undefined
}

/**
 * What keeps the server available to legitimate clients whatever other clients do. EC2 documents
 * per-instance throttling and a limit on simultaneous connections to IMDS (UG "Query throttling",
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html, as
 * summarised in imds-reference.md §4.1, read 2026-12-06) without the figures or the answer; the
 * values here are ec2kit's.
 *
 * @since 0.1.0
 * @category models
 */
export interface Limits {
  /**
   * At most this many client connections are open at once. A connection beyond it is answered
   * `429 Too Many Requests` (EC2's XHTML page, `Connection: close`) without reading its request,
   * and closed (at once and without an answer when 64 refused connections are already waiting
   * for theirs). The server holds at most this + 64 sockets: keep it below the process's
   * open-file limit (`ulimit -n`, often 1,024).
   */
  readonly maxConnections: number
  /**
   * A keep-alive connection is closed when no new request starts this long after its last answer
   * (advertised in `Keep-Alive: timeout=…`; Node keeps the socket 1 s longer so that a client
   * reusing it at the last moment is not cut off). Also the inactivity timeout of every socket:
   * nothing received or sent for this long closes it.
   */
  readonly idleTimeoutMs: number
  /**
   * A request (request line, headers and body) must be complete this long after the connection
   * opens, or after its first byte on a kept-alive connection; otherwise Node answers
   * `408 Request Timeout` and closes the connection. This closes connections that never send a
   * byte, and slow clients that trickle a header byte by byte.
   */
  readonly requestTimeoutMs: number
  /**
   * A connection whose request is withheld by the PUT response hop limit is closed, without an
   * answer, after this long; longer than the clients' own timeouts (the SDKs and the AWS CLI 1 s,
   * cloud-init 50 s: `DataSourceEc2.url_timeout`), which give up first.
   */
  readonly withheldTimeoutMs: number
}

/**
 * The limits used when {@link ServerOptions.limits} does not say: 512 connections, 5 s idle,
 * 5 s per request, withheld requests closed after 60 s. With them one connection holds at most
 * one request and its answer (a few KiB), and all connections together a few MiB.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultLimits: Limits = {
  maxConnections: 512,
  idleTimeoutMs: 5_000,
  requestTimeoutMs: 5_000,
  withheldTimeoutMs: 60_000
}

/**
 * What the server holds at one instant.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerStats {
  /** Open client connections. */
  readonly connections: number
  /** Requests kept pending because their answer was dropped by the hop limit. */
  readonly withheld: number
  /** Connections refused (answered 429) because {@link Limits.maxConnections} were open, since start. */
  readonly refused: number
}

/**
 * The address the server listens on.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerAddress {
  readonly host: string
  readonly port: number
  /** `http://127.0.0.1:1338` (IPv6 hosts in brackets), the value for `AWS_EC2_METADATA_SERVICE_ENDPOINT`. */
  readonly url: string
}

/**
 * A running server: its address, and what it holds.
 *
 * @since 0.1.0
 * @category models
 */
export interface RunningServer extends ServerAddress {
  readonly stats: Effect.Effect<ServerStats>
}

/**
 * The running server's address.
 *
 * @since 0.1.0
 * @category services
 */
export class Address extends Context.Service<Address, ServerAddress>()("@ec2kit/metadata-server/Server/Address") {}

const printable = (s: string) => {
  const cut = s.length > 200 ? `${s.slice(0, 200)}…` : s
  return cut.replace(/[^\x21-\x7e…]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`)
}

/** A response as node:http writes it fastest: one flat header list (with its length) and a Buffer. */
interface Wire {
  readonly head: Array<string>
  readonly body: Buffer
}

// Shared responses (leaves, error pages) are turned into their wire form once: passing
// `writeHead` a flat list, without `setHeader` before it, takes node:http's fast path.
const wires = new WeakMap<Router.Response, Wire>()
const wire = (response: Router.Response): Wire => {
  let w = wires.get(response)
  if (w === undefined) {
    const head: Array<string> = []
    for (const name in response.headers) head.push(name, response.headers[name]!)
    head.push("Content-Length", String(response.body.length))
    const body = Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength)
    wires.set(response, w = { head, body })
  }
  return w
}

/**
 * The answer to a connection beyond {@link Limits.maxConnections}, written before its request is
 * read (there is no `ServerResponse` for a connection the HTTP parser never sees).
 */
const refusal = (() => {
  const page = Router.error(429)
  const head = Object.entries(page.headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 429 Too Many Requests\r\n${head}Content-Length: ${page.body.length}\r\nConnection: close\r\n\r\n`, "latin1"),
    page.body
  ])
})()

/** How long a refused connection may stay open to read the answer before it is destroyed. */
const refusalLingerMs = 1_000

/**
 * At most this many refused connections wait for their answer to be read; beyond, a refused
 * connection is closed at once without an answer (as Node's own `maxConnections` does), so that the
 * server never holds more than `maxConnections` + 64 sockets.
 */
const maxLingering = 64

/**
 * Starts the server in the current scope and returns its address (and its {@link ServerStats}).
 *
 * @since 0.1.0
 * @category constructors
 */
export const serve = (
  options: ServerOptions = {}
): Effect.Effect<RunningServer, ServerError, Metadata | Scope.Scope> =>
  Effect.gen(function*() {
    const metadata = yield* Metadata
    const clock = yield* Effect.clockWith(Effect.succeed)
    const log = options.log
    const host = options.host ?? "127.0.0.1"
    const clientHops = options.clientHops ?? 1
    const limits: Limits = { ...defaultLimits, ...options.limits }
    // Requests whose answer the hop limit dropped: pending until their client closes the
    // connection, the server stops or withheldTimeoutMs passes; never answered.
    const withheld = new Set<http.ServerResponse>()
    // Connections with a withheld request: any further request on them is closed at once.
    const blocked = new WeakSet<net.Socket>()
    const withhold = (req: http.IncomingMessage, res: http.ServerResponse) => {
      // Nothing is written, not even the status line. The request body is drained so that
      // Node's own timeouts never answer in our place; the entry goes when the connection does.
      req.resume()
      withheld.add(res)
      blocked.add(req.socket)
      req.socket.setTimeout(limits.withheldTimeoutMs)
      res.once("close", () => withheld.delete(res))
    }
    const respond = (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (blocked.has(req.socket)) return void req.socket.destroy()
      const now = clock.currentTimeMillisUnsafe()
      const method = req.method ?? ""
      const standIn = metadata.standIn === undefined ? undefined : Ref.getUnsafe(metadata.standIn)
      let response: Router.Response
      try {
        response = standIn ?? Router.handle({ method, url: req.url ?? "", headers: req.headers, clientHops }, Ref.getUnsafe(metadata.state), now)
      } catch (e) {
        log?.(`${Tree.isoSeconds(now)} internal error on ${printable(req.url ?? "")}: ${String(e)}`)
        response = Router.error(404)
      }
      if (response.dropped !== undefined) {
        withhold(req, res)
        if (log !== undefined) {
          log(`${Tree.isoSeconds(now)} ${req.socket.remoteAddress ?? "-"} ${printable(method)} ${printable(req.url ?? "")} - 0 dropped: hop limit (${response.status} not delivered: client ${clientHops} hops away, HttpPutResponseHopLimit ${Ref.getUnsafe(metadata.state).options.HttpPutResponseHopLimit ?? 1})`)
        }
        return
      }
      const w = wire(response)
      res.writeHead(response.status, w.head)
      if (method === "HEAD") res.end()
      else res.end(w.body)
      if (log !== undefined) {
        log(`${Tree.isoSeconds(now)} ${req.socket.remoteAddress ?? "-"} ${printable(method)} ${printable(req.url ?? "")} ${response.status} ${response.body.length}`)
      }
    }
    const signed = Effect.runPromise(Deferred.await(metadata.signer).pipe(Effect.ignore))
    const refresh = metadata.refresh
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
      // A request behind a withheld one could never be answered (answers go in order): close
      // the connection instead of letting it pile up requests.
      if (blocked.has(req.socket)) return void req.socket.destroy()
      // A live source brings the state up to date first (it never fails: an unreachable
      // instance is a state, answered 503).
      if (refresh !== undefined) {
        void Effect.runPromise(refresh).then(() => answer(req, res), () => answer(req, res))
      } else {
        answer(req, res)
      }
    }
    const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
      // During the first few hundred ms the identity signatures may not exist yet: hold the
      // requests that could need them instead of answering without them.
      if (Ref.getUnsafe(metadata.state).identityPending === true && (req.url ?? "").includes("dynamic")) {
        void signed.then(() => respond(req, res))
      } else {
        respond(req, res)
      }
    }
    // Open connections, counted here (not by Node's maxConnections, which drops extra
    // connections without a word) so that one beyond the cap gets a clear answer.
    const open = new Set<net.Socket>()
    let refused = 0
    const lingering = new Set<net.Socket>()
    const refuse = (socket: net.Socket) => {
      refused++
      if (lingering.size >= maxLingering) return void socket.destroy()
      lingering.add(socket)
      socket.once("close", () => lingering.delete(socket))
      socket.on("error", () => {})
      // Half-close after the answer, and keep reading (discarding) until the client closes, so
      // that a request it sends meanwhile does not turn into a reset that loses the answer.
      socket.end(refusal)
      socket.resume()
      socket.setTimeout(refusalLingerMs, () => socket.destroy())
      log?.(`${Tree.isoSeconds(clock.currentTimeMillisUnsafe())} ${socket.remoteAddress ?? "-"} refused: ${limits.maxConnections} connections open (429)`)
    }
    const server = yield* Effect.acquireRelease(
      Effect.callback<http.Server, ServerError>((resume) => {
        const server = http.createServer({
          keepAliveTimeout: limits.idleTimeoutMs,
          headersTimeout: limits.requestTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          // Node checks the two timeouts above every 30 s by default, which would let a slow
          // client hold its connection up to 30 s past them.
          connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.requestTimeoutMs / 4)))
        }, handler)
        // Inactivity timeout of every socket (the request timeout above already closes a
        // connection that never sends a byte; this also covers one that stops reading answers).
        server.timeout = limits.idleTimeoutMs
        const [connectionListener] = server.listeners("connection") as Array<(socket: net.Socket) => void>
        server.removeAllListeners("connection")
        server.on("connection", (socket: net.Socket) => {
          if (open.size >= limits.maxConnections) return refuse(socket)
          open.add(socket)
          socket.once("close", () => open.delete(socket))
          connectionListener!.call(server, socket)
        })
        const onError = (e: Error) => resume(Effect.fail(new ServerError({ message: `cannot listen on ${host}:${options.port ?? 1338}: ${e.message}` })))
        server.once("error", onError)
        server.listen(options.port ?? 1338, host, () => {
          server.off("error", onError)
          // After start, socket-level errors never stop the server.
          server.on("error", () => {})
          resume(Effect.succeed(server))
        })
      }),
      (server) =>
        Effect.callback<void>((resume) => {
          server.close(() => resume(Effect.void))
          server.closeAllConnections()
          // Refused connections reading their answer are not the HTTP server's.
          for (const socket of lingering) socket.destroy()
        })
    )
    const address = server.address() as net.AddressInfo
    const shown = address.family === "IPv6" || address.address.includes(":") ? `[${address.address}]` : address.address
    const stats = Effect.sync((): ServerStats => ({ connections: open.size, withheld: withheld.size, refused }))
    return { host: address.address, port: address.port, url: `http://${shown}:${address.port}`, stats }
  })

/**
 * The server as a layer providing its {@link Address}.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: ServerOptions = {}): Layer.Layer<Address, ServerError, Metadata> =>
  Layer.effect(Address, serve(options))
