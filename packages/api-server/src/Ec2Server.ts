/**
 * `Ec2Server`: an HTTP server speaking the EC2 Query protocol for any `Ec2` layer (normally
 * `Ec2Memory`), so any EC2 client — the AWS SDKs, the AWS CLI, Terraform — can use it as its endpoint.
 * It listens on 127.0.0.1 by default (`::1` works too) and accepts requests signed with any
 * credentials; options make it check the signature's region and, in strict mode, the signature
 * itself against configured key pairs (`RequestAuth`).
 *
 * Every request gets an answer: EC2's XML, or EC2's error document with EC2's status; a request
 * body over the limit gets 413; the server never answers a 5xx for a malformed request and never
 * stops on one.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { Ec2Memory } from "@ec2kit/backend-memory"
 * import { Ec2Server } from "@ec2kit/api-server"
 *
 * const program = Effect.gen(function*() {
 *   const { url } = yield* Ec2Server.Ec2Server
 *   // new EC2Client({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" } })
 *   return url
 * })
 * Effect.runPromise(Effect.scoped(program.pipe(Effect.provide(Ec2Server.layer({ port: 0 }).pipe(Layer.provide(Ec2Memory.layer()))))))
 * ```
 * @since 0.1.0
 */
import { randomUUID } from "node:crypto"
import * as http from "node:http"
import type * as net from "node:net"
import { Ec2, Ec2Error } from "@ec2kit/core"
import { Context, Data, Effect, Layer } from "effect"
import * as QueryCodec from "./QueryCodec.js"
import * as RequestAuth from "./RequestAuth.js"

/**
 * The server could not listen (address in use, bad host, …).
 *
 * @since 0.1.0
 * @category errors
 */
export class Ec2ServerError extends Data.TaggedError("Ec2ServerError")<{ readonly message: string }> {}

/**
 * Where and how to listen.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Address to bind, default `127.0.0.1` (`::1` works too). */
  readonly host?: string | undefined
  /** Port, default 0: a free port (read it from {@link Ec2Server}). */
  readonly port?: number | undefined
  /** Largest request body accepted, default 1 MiB; larger ones are answered 413. */
  readonly maxBodyBytes?: number | undefined
  /** The endpoint's region: requests signed for another region get AWS's answer (`RequestAuth`). Default: not checked. */
  readonly region?: string | undefined
  /** Strict mode: only requests signed with one of these key pairs are served (`RequestAuth`). Default: any credentials. */
  readonly credentials?: ReadonlyArray<RequestAuth.KeyPair> | undefined
  /**
   * Extra routes served before the EC2 protocol, unauthenticated (e.g. an emulator's control
   * endpoints under a reserved path): return an answer for a request it owns, `undefined` for EC2's.
   * The effect must not fail; a defect is answered 500 `InternalError`.
   */
  readonly routes?: ((request: RouteRequest) => Effect.Effect<QueryCodec.Answer> | undefined) | undefined
  /** Called once per answered request (for request logs); exceptions it throws are ignored. */
  readonly onAnswer?: ((entry: AnswerEntry) => void) | undefined
}

/**
 * A request as {@link Options.routes} sees it: method, path (without the query), raw query, headers, body.
 *
 * @since 0.1.0
 * @category models
 */
export interface RouteRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: Uint8Array
}

/**
 * What {@link Options.onAnswer} receives for each answered request.
 *
 * @since 0.1.0
 * @category models
 */
export interface AnswerEntry {
  readonly request: RouteRequest
  readonly status: number
  readonly requestId: string
  /** Wall-clock milliseconds from the end of the request body to the answer. */
  readonly ms: number
}

/**
 * Where the running server listens.
 *
 * @since 0.1.0
 * @category models
 */
export interface Address {
  readonly host: string
  readonly port: number
  /** The endpoint to give a client, e.g. `http://127.0.0.1:49152`. */
  readonly url: string
}

/**
 * The running server's address.
 *
 * @since 0.1.0
 * @category services
 */
export class Ec2Server extends Context.Service<Ec2Server, Address>()("@ec2kit/api-server/Ec2Server") {}

const defaultMaxBodyBytes = 1024 * 1024

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) is shorter than the
 * clients' own pools keep idle sockets (node's `http.Agent`, which `@aws-sdk`'s `NodeHttpHandler` uses
 * with `keepAlive: true`, keeps them until the server closes them and ignores the `Keep-Alive:
 * timeout=5` hint when the agent has no timeout of its own), so a client idle for about 6 s (the
 * 5 s plus node's 1 s grace) reuses a socket the server is closing and gets `socket hang up`
 * (ECONNRESET): seen with `maxAttempts: 1` after a 6 s pause, which `Ec2Memory`'s default 5 s
 * instance delays make a common pause in tests. A minute moves that race past the pauses tests make.
 */
const keepAliveTimeoutMs = 60_000

const send = (res: http.ServerResponse, answer: QueryCodec.Answer): void => {
  if (res.headersSent || res.destroyed) return
  const body = Buffer.from(answer.body, "utf8")
  res.writeHead(answer.status, { ...answer.headers, "content-length": String(body.byteLength) })
  res.end(body)
}

const tooLarge = (requestId: string): QueryCodec.Answer => {
  const answer = QueryCodec.encodeError(Ec2Error.make("RequestEntityTooLarge", "The request body is too large."), requestId)
  return { ...answer, status: 413 }
}

/**
 * The request listener: reads the body (up to the limit), serves it with `QueryCodec.serve` in the
 * given context, and aborts the call when the client goes away.
 */
const listener = (
  ec2: Ec2.Service,
  context: Context.Context<never>,
  maxBodyBytes: number,
  auth: RequestAuth.Options,
  routes: Options["routes"],
  onAnswer: Options["onAnswer"]
) =>
  (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const requestId = randomUUID()
    const received = onAnswer !== undefined ? performance.now() : 0
    const chunks: Array<Buffer> = []
    let size = 0
    let refused = false
    req.on("error", () => res.destroy())
    req.on("data", (chunk: Buffer) => {
      if (refused) return
      size += chunk.byteLength
      if (size > maxBodyBytes) {
        refused = true
        res.setHeader("connection", "close")
        const answer = tooLarge(requestId)
        send(res, answer)
        // logged like every other answer (the body is not kept: the action is read from the query only)
        const url = req.url ?? "/"
        const q = url.indexOf("?")
        const request = { method: req.method ?? "GET", path: q === -1 ? url : url.slice(0, q), query: q === -1 ? "" : url.slice(q + 1), headers: req.headers, body: new Uint8Array() }
        try {
          onAnswer?.({ request, status: answer.status, requestId, ms: performance.now() - received })
        } catch {
          // a log hook never breaks serving
        }
        return
      }
      chunks.push(chunk)
    })
    req.on("end", () => {
      if (refused) return
      const url = req.url ?? "/"
      const q = url.indexOf("?")
      const method = req.method ?? "GET"
      const body = new Uint8Array(Buffer.concat(chunks))
      const request: QueryCodec.Request = { method, query: q === -1 ? "" : url.slice(q + 1), body }
      const abort = new AbortController()
      res.on("close", () => {
        if (!res.writableFinished) abort.abort()
      })
      const started = onAnswer !== undefined ? performance.now() : 0
      const routed = routes === undefined && onAnswer === undefined
        ? undefined
        : { method, path: q === -1 ? url : url.slice(0, q), query: request.query as string, headers: req.headers, body }
      const answer = (routed !== undefined ? routes?.(routed) : undefined) ??
        RequestAuth.check({ method, url, headers: req.headers, body }, auth).pipe(
          Effect.flatMap(() => QueryCodec.serve(ec2, request, requestId)),
          Effect.catch((e) => Effect.succeed(QueryCodec.encodeError(e, requestId)))
        )
      const reply = (answer: QueryCodec.Answer) => {
        send(res, answer)
        if (onAnswer !== undefined && routed !== undefined) {
          try {
            onAnswer({ request: routed, status: answer.status, requestId, ms: performance.now() - started })
          } catch {
            // a log hook never breaks serving
          }
        }
      }
      Effect.runPromiseWith(context)(answer, { signal: abort.signal }).then(
        reply,
        () => reply(QueryCodec.encodeError(Ec2Error.make("InternalError", "An internal error has occurred"), requestId))
      )
    })
  }

/**
 * Starts the server for the `Ec2` service in context; it stops (closing every connection) when the
 * scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const serve = (options: Options = {}) =>
  Effect.gen(function*() {
    const ec2 = yield* Ec2.Ec2
    const context = yield* Effect.context<never>()
    const host = options.host ?? "127.0.0.1"
    const port = options.port ?? 0
    const server = yield* Effect.acquireRelease(
      Effect.callback<http.Server, Ec2ServerError>((resume) => {
        const auth = { region: options.region, credentials: options.credentials }
        const server = http.createServer(
          listener(ec2, context, options.maxBodyBytes ?? defaultMaxBodyBytes, auth, options.routes, options.onAnswer)
        )
        server.keepAliveTimeout = keepAliveTimeoutMs
        const onError = (e: Error) => resume(Effect.fail(new Ec2ServerError({ message: `cannot listen on ${host}:${port}: ${e.message}` })))
        server.once("error", onError)
        server.listen(port, host, () => {
          server.off("error", onError)
          // After start, socket-level errors never stop the server.
          server.on("error", () => {})
          server.on("clientError", (_e, socket: net.Socket) => {
            if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n")
            else socket.destroy()
          })
          resume(Effect.succeed(server))
        })
      }),
      (server) =>
        Effect.callback<void>((resume) => {
          server.close(() => resume(Effect.void))
          server.closeAllConnections()
        })
    )
    const address = server.address() as net.AddressInfo
    const shown = address.family === "IPv6" || address.address.includes(":") ? `[${address.address}]` : address.address
    return Ec2Server.of({ host: address.address, port: address.port, url: `http://${shown}:${address.port}` })
  })

/**
 * The server as a layer providing its {@link Address}, for any layer providing `Ec2`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<Ec2Server, Ec2ServerError, Ec2.Ec2> =>
  Layer.effect(Ec2Server, serve(options))
