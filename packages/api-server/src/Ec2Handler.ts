/**
 * `Ec2Handler`: an `@smithy` `HttpHandler` that answers `@aws-sdk/client-ec2`'s requests in-process
 * from any `Ec2` service, with no socket. The SDK serializes each request as it would for AWS (the EC2
 * Query protocol), the handler decodes it with {@link QueryCodec}, runs the operation on the `Ec2`
 * service and renders EC2's XML answer, which the SDK deserializes as it would AWS's. Plain SDK code,
 * its waiters and paginators work unchanged against the in-memory hypervisor.
 *
 * @example
 * ```ts
 * import { EC2Client, DescribeRegionsCommand } from "@aws-sdk/client-ec2"
 * import { Ec2Memory } from "@ec2kit/backend-memory"
 * import { Ec2Handler } from "@ec2kit/api-server"
 *
 * const requestHandler = Ec2Handler.fromLayer(Ec2Memory.layer({ seed: 1 }))
 * const ec2 = new EC2Client({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, requestHandler })
 * const { Regions } = await ec2.send(new DescribeRegionsCommand({}))
 * ec2.destroy() // also releases the layer
 * ```
 * @since 0.1.0
 */
import { randomUUID } from "node:crypto"
import { Ec2 } from "@ec2kit/core"
import { type HttpHandler, type HttpRequest, HttpResponse } from "@smithy/core/protocols"
import type { HttpHandlerOptions } from "@smithy/types"
import { type Context, Effect, type Layer, ManagedRuntime } from "effect"
import * as QueryCodec from "./QueryCodec.js"

/**
 * The handler: an `@smithy` `HttpHandler`, accepted by any SDK client's `requestHandler` option.
 *
 * @since 0.1.0
 * @category models
 */
export type Ec2Handler = HttpHandler<Record<string, never>>

const encoder = new TextEncoder()

const abortError = (): Error => {
  const e = new Error("Request aborted")
  e.name = "AbortError"
  return e
}

/**
 * Builds a handler from a function running one request's answer as a Promise.
 */
const fromRunner = (
  run: (request: QueryCodec.Request, requestId: string, signal: AbortSignal | undefined) => Promise<QueryCodec.Answer>,
  destroy?: () => void
): Ec2Handler => ({
  metadata: { handlerProtocol: "http/1.1" },
  handle: async (request: HttpRequest, options?: HttpHandlerOptions) => {
    const signal = options?.abortSignal as AbortSignal | undefined
    if (signal?.aborted === true) throw abortError()
    const body = request.body as unknown
    const answer = await run(
      {
        method: request.method,
        query: request.query,
        body: typeof body === "string" || body instanceof Uint8Array ? body : undefined
      },
      randomUUID(),
      signal
    ).catch((e: unknown) => {
      throw signal?.aborted === true ? abortError() : e
    })
    return {
      response: new HttpResponse({ statusCode: answer.status, headers: { ...answer.headers }, body: encoder.encode(answer.body) })
    }
  },
  updateHttpClientConfig: () => {},
  httpHandlerConfigs: () => ({}),
  ...(destroy === undefined ? {} : { destroy })
})

/**
 * A handler answering from an `Ec2` service, running each call with the given services (the clock,
 * tracing, … of the program that built the handler).
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromService = (ec2: Ec2.Service, context: Context.Context<never>): Ec2Handler =>
  fromRunner((request, requestId, signal) =>
    Effect.runPromiseWith(context)(QueryCodec.serve(ec2, request, requestId), { signal })
  )

/**
 * The handler for the `Ec2` service in context, as an Effect: each SDK call runs with the services of
 * the fiber that built it (so a `TestClock` or a tracer there applies to the calls too).
 *
 * @example
 * ```ts
 * import { EC2Client, DescribeRegionsCommand } from "@aws-sdk/client-ec2"
 * import { Effect } from "effect"
 * import { Ec2Memory } from "@ec2kit/backend-memory"
 * import { Ec2Handler } from "@ec2kit/api-server"
 *
 * const program = Effect.gen(function*() {
 *   const requestHandler = yield* Ec2Handler.make
 *   const ec2 = new EC2Client({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, requestHandler })
 *   return yield* Effect.promise(() => ec2.send(new DescribeRegionsCommand({})))
 * })
 * Effect.runPromise(program.pipe(Effect.provide(Ec2Memory.layer())))
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Ec2Handler, never, Ec2.Ec2> = Effect.gen(function*() {
  const ec2 = yield* Ec2.Ec2
  const context = yield* Effect.context<never>()
  return fromService(ec2, context)
})

/**
 * A handler running each call in a `ManagedRuntime` that provides `Ec2`. The runtime stays the
 * caller's: disposing it is up to them.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromRuntime = <E>(runtime: ManagedRuntime.ManagedRuntime<Ec2.Ec2, E>): Ec2Handler =>
  fromRunner((request, requestId, signal) =>
    runtime.runPromise(
      Ec2.Ec2.use((ec2) => QueryCodec.serve(ec2, request, requestId)),
      { signal }
    )
  )

/**
 * A handler over a layer providing `Ec2` (built once, on the first call); `destroy()` (which
 * `EC2Client.destroy()` calls) releases it. A layer that fails to build fails every call with its error.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromLayer = <E>(layer: Layer.Layer<Ec2.Ec2, E>): Ec2Handler => {
  const runtime = ManagedRuntime.make(layer)
  const handler = fromRuntime(runtime)
  return {
    ...handler,
    destroy: () => {
      void runtime.dispose()
    }
  }
}
