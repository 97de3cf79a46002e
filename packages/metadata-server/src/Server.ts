/**
 * The HTTP server: a thin `node:http` request handler around the pure `Router.handle`, reading the
 * `Metadata` state and the time from Effect's `Clock` on every request. Managed by a `Scope`:
 * closing it stops listening and closes every connection.
 *
 * The server never reads files and never answers 5xx: malformed requests get Node's own 4xx
 * (400, 431 for oversized headers), and an unexpected exception in the router (a bug) is answered
 * with 404 and logged.
 *
 * The PUT response hop limit: Node cannot give one response its own IP TTL (and loopback clients
 * are zero hops away anyway), so it is emulated logically. The server is told how many hops away
 * its clients are (`clientHops`); an answer the router marks `dropped` is never written: the
 * request stays pending, as a client whose response packets expire on the way sees it, until the
 * client gives up and closes the connection (it is then forgotten) or the server stops (its
 * connection is closed with all the others).
 *
 * @since 0.1.0
 */
import { Context, Data, Deferred, Effect, Layer, Ref } from "effect"
import type * as Scope from "effect/Scope"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
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
    // Requests whose answer the hop limit dropped: pending until their client closes the
    // connection (or the server stops), never answered.
    const withheld = new Set<http.ServerResponse>()
    const respond = (req: http.IncomingMessage, res: http.ServerResponse) => {
      const now = clock.currentTimeMillisUnsafe()
      const method = req.method ?? ""
      let response: Router.Response
      try {
        response = Router.handle({ method, url: req.url ?? "", headers: req.headers, clientHops }, Ref.getUnsafe(metadata.state), now)
      } catch (e) {
        log?.(`${Tree.isoSeconds(now)} internal error on ${printable(req.url ?? "")}: ${String(e)}`)
        response = Router.error(404)
      }
      if (response.dropped !== undefined) {
        // Nothing is written, not even the status line. The request body is drained so that
        // Node's own timeouts never answer in our place; the entry goes when the connection does.
        req.resume()
        withheld.add(res)
        res.once("close", () => withheld.delete(res))
        if (log !== undefined) {
          log(`${Tree.isoSeconds(now)} ${req.socket.remoteAddress ?? "-"} ${printable(method)} ${printable(req.url ?? "")} - 0 dropped: hop limit (${response.status} not delivered: client ${clientHops} hops away, HttpPutResponseHopLimit ${Ref.getUnsafe(metadata.state).options.HttpPutResponseHopLimit ?? 1})`)
        }
        return
      }
      res.setHeader("Content-Length", response.body.length)
      res.writeHead(response.status, response.headers)
      if (method === "HEAD") res.end()
      else res.end(response.body)
      if (log !== undefined) {
        log(`${Tree.isoSeconds(now)} ${req.socket.remoteAddress ?? "-"} ${printable(method)} ${printable(req.url ?? "")} ${response.status} ${response.body.length}`)
      }
    }
    const signed = Effect.runPromise(Deferred.await(metadata.signer).pipe(Effect.ignore))
    const refresh = metadata.refresh
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
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
    const server = yield* Effect.acquireRelease(
      Effect.callback<http.Server, ServerError>((resume) => {
        const server = http.createServer({ keepAliveTimeout: 5000 }, handler)
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
        })
    )
    const address = server.address() as AddressInfo
    const shown = address.family === "IPv6" || address.address.includes(":") ? `[${address.address}]` : address.address
    const stats = Effect.callback<ServerStats>((resume) => {
      server.getConnections((error, count) => resume(Effect.succeed({ connections: error ? 0 : count, withheld: withheld.size })))
    })
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
