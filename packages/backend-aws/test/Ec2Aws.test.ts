import { Ec2, Ec2Error, Paginators, Waiters } from "@ec2kit/core"
import { ConfigProvider, Duration, Effect, Exit, Fiber, Layer, Random, Stream, Tracer } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import { Ec2Aws, Retry } from "@ec2kit/backend-aws"
import * as Fake from "./FakeHandler.js"

// real-time pause so the SDK's promises (which run outside Effect's clock) make progress
const settle = Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 15)))
// u → 0.999: every backoff delay is just under its ceiling, so timings are exact
const highRandom = { nextIntUnsafe: () => 0, nextDoubleUnsafe: () => 0.999 }

const run = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2>, client: Fake.Fake["client"], retry?: Retry.RetryOptions) =>
  Effect.runPromise(
    self.pipe(
      Effect.provide(Ec2Aws.fromClient(client, retry === undefined ? {} : { retry })),
      Effect.provideService(Random.Random, highRandom),
      Effect.provide(TestClock.layer())
    )
  )

/** Runs `self` in a fiber, moving virtual time by `step` until it completes. */
const drive = <A, E>(self: Effect.Effect<A, E, Ec2.Ec2>, step: Duration.Input = "30 seconds") =>
  Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(self)
    for (let i = 0; i < 50 && fiber.pollUnsafe() === undefined; i++) {
      yield* settle
      yield* TestClock.adjust(step)
    }
    return yield* Fiber.await(fiber)
  })

const runInstances = { ImageId: "ami-0abcdef1234567890", InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 } as const
const runOk = Fake.ok("RunInstances", "<reservationId>r-1</reservationId><ownerId>123456789012</ownerId><instancesSet><item><instanceId>i-0123456789abcdef0</instanceId><instanceState><code>0</code><name>pending</name></instanceState></item></instancesSet>")
const throttled = Fake.error(503, "RequestLimitExceeded", "Request limit exceeded.")

const failureOf = <A>(exit: Exit.Exit<A, unknown>): Ec2Error.Ec2Error => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const error = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (error === undefined || !Ec2Error.isEc2Error(error.error)) throw new Error(`expected an Ec2Error, got ${String(exit.cause)}`)
  return error.error
}

describe("Ec2Aws: responses", () => {
  it("returns the SDK's parse of EC2's response, without $metadata", async () => {
    const fake = Fake.make([runOk])
    const out = await run(Ec2.Ec2.use((ec2) => ec2.runInstances(runInstances)), fake.client)
    expect(out).toEqual({
      ReservationId: "r-1",
      OwnerId: "123456789012",
      Instances: [{ InstanceId: "i-0123456789abcdef0", State: { Code: 0, Name: "pending" } }]
    })
    expect(fake.seen.map((s) => s.action)).toEqual(["RunInstances"])
  })
})

describe("Ec2Aws: errors", () => {
  it("maps AWS's error document: code, message, request id (from the body), HTTP status, reason", async () => {
    const fake = Fake.make([Fake.error(400, "InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist", "req-404")])
    const exit = await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.describeInstances({ InstanceIds: ["i-0123456789abcdef0"] }))), fake.client)
    const e = failureOf(exit)
    expect(e.code).toBe("InvalidInstanceID.NotFound")
    expect(e.reason.message).toBe("The instance ID 'i-0123456789abcdef0' does not exist")
    expect(e.reason._tag).toBe("NotFound")
    expect(e.requestId).toBe("req-404")
    expect(e.statusCode).toBe(400)
    expect(e.httpStatus).toBe(400)
  })

  it("takes the request id from the x-amzn-requestid header when AWS sends one", async () => {
    const answer = Fake.error(403, "UnauthorizedOperation", "You are not authorized to perform this operation.", "body-id")
    const fake = Fake.make([{ ...(answer as { status: number; body: string }), headers: { "x-amzn-RequestId": "header-id" } }])
    const e = failureOf(await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), fake.client))
    expect([e.code, e.reason._tag, e.requestId, e.httpStatus]).toEqual(["UnauthorizedOperation", "Unauthorized", "header-id", 403])
  })

  it("an unknown code with a 5xx status is a ServiceError; a DryRun answer keeps 412", async () => {
    const fake = Fake.make([Fake.error(500, "SomethingNew", "new failure"), Fake.error(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.")])
    const first = failureOf(await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), fake.client, { maxAttempts: 1 }))
    expect([first.code, first.reason._tag, first.httpStatus, first.isRetryable]).toEqual(["SomethingNew", "ServiceError", 500, true])
    const second = failureOf(await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.describeRegions({ DryRun: true }))), fake.client))
    expect([second.code, second.reason._tag, second.httpStatus]).toEqual(["DryRunOperation", "DryRun", 412])
  })

  it("network failures and timeouts are Transport errors; an SDK defect is a typed, non-retried failure", async () => {
    for (const [answer, code] of [[Fake.networkError("ECONNREFUSED"), "ECONNREFUSED"], [{ throws: Object.assign(new Error("timed out"), { name: "TimeoutError" }) }, "TimeoutError"]] as const) {
      const fake = Fake.make([answer])
      const e = failureOf(await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), fake.client, { maxAttempts: 1 }))
      expect([e.code, e.reason._tag, e.isRetryable, e.statusCode]).toEqual([code, "Transport", true, undefined])
    }
    const fake = Fake.make([{ throws: new TypeError("Cannot read properties of undefined (reading 'x')") }])
    const e = failureOf(await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), fake.client))
    expect([e.code, e.reason._tag, e.reason.message]).toEqual(["TypeError", "InvalidRequest", "Cannot read properties of undefined (reading 'x')"])
    expect(fake.seen).toHaveLength(1)
  })

  it("a response that is not EC2 XML is a typed ServiceError with the status received", async () => {
    const fake = Fake.make([{ status: 502, body: "<html>Bad Gateway</html" }])
    const e = failureOf(await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), fake.client, { maxAttempts: 1 }))
    expect([e.code, e.reason._tag, e.httpStatus]).toEqual(["Unknown", "ServiceError", 502])
  })
})

describe("Ec2Aws: retries", () => {
  it("throttling then success: retried with one ClientToken, generated before the first attempt", async () => {
    const fake = Fake.make([throttled, throttled, runOk])
    const exit = await run(drive(Ec2.Ec2.use((ec2) => ec2.runInstances(runInstances))), fake.client)
    expect(Exit.isSuccess(exit)).toBe(true)
    const tokens = fake.seen.map((s) => s.params.get("ClientToken"))
    expect(tokens).toHaveLength(3)
    expect(tokens[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(tokens).size).toBe(1)
  })

  it("a ClientToken the caller gives is kept; each call gets its own generated token", async () => {
    const fake = Fake.make([runOk])
    await run(
      Effect.gen(function*() {
        const ec2 = yield* Ec2.Ec2
        yield* ec2.runInstances({ ...runInstances, ClientToken: "mine-1" })
        yield* ec2.runInstances(runInstances)
        yield* ec2.runInstances(runInstances)
      }),
      fake.client
    )
    const tokens = fake.seen.map((s) => s.params.get("ClientToken"))
    expect(tokens[0]).toBe("mine-1")
    expect(new Set(tokens).size).toBe(3)
  })

  it("waits the full-jitter exponential delay between attempts (throttling base 1 s)", async () => {
    const fake = Fake.make([throttled, throttled, runOk])
    const counts = await run(
      Effect.gen(function*() {
        const fiber = yield* Effect.forkChild(Ec2.Ec2.use((ec2) => ec2.runInstances(runInstances)))
        const counts: Array<number> = []
        const at = function*(ms: number) {
          yield* TestClock.adjust(ms)
          yield* settle
          counts.push(fake.seen.length)
        }
        yield* settle
        counts.push(fake.seen.length)
        yield* at(998) // first delay: floor(0.999 · min(20 s, 1 s · 2^0)) = 999 ms
        yield* at(1)
        yield* at(1996) // second delay: floor(0.999 · 2 s) = 1998 ms
        yield* at(2)
        yield* Fiber.join(fiber)
        return counts
      }),
      fake.client
    )
    expect(counts).toEqual([1, 1, 2, 2, 3])
  })

  it("InsufficientInstanceCapacity answered with 500 is final: one request, no sleeping", async () => {
    const fake = Fake.make([Fake.error(500, "InsufficientInstanceCapacity", "We currently do not have sufficient t3.micro capacity in the Availability Zone you requested (eu-west-3a)."), runOk])
    // no clock driving: a retry would sleep on the TestClock and never finish
    const e = failureOf(await run(Effect.exit(Ec2.Ec2.use((ec2) => ec2.runInstances(runInstances))), fake.client))
    expect([e.code, e.reason._tag, e.httpStatus]).toEqual(["InsufficientInstanceCapacity", "LimitExceeded", 500])
    expect(fake.seen).toHaveLength(1)
  })

  it("5xx is retried, 4xx is not", async () => {
    const server = Fake.make([Fake.error(500, "InternalError", "An internal error has occurred."), Fake.ok("DescribeRegions", "<regionInfo/>")])
    expect(Exit.isSuccess(await run(drive(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), server.client))).toBe(true)
    expect(server.seen).toHaveLength(2)
    const client = Fake.make([Fake.error(400, "InvalidParameterValue", "Invalid value 'x' for Filter."), Fake.ok("DescribeRegions", "<regionInfo/>")])
    const e = failureOf(await run(drive(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), client.client))
    expect(e.code).toBe("InvalidParameterValue")
    expect(client.seen).toHaveLength(1)
  })

  it("retries are capped at maxAttempts; network errors are retried", async () => {
    const fake = Fake.make([throttled])
    const e = failureOf(await run(drive(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), fake.client))
    expect([e.code, e.reason._tag]).toEqual(["RequestLimitExceeded", "Throttled"])
    expect(fake.seen).toHaveLength(Retry.defaults.maxAttempts)
    const five = Fake.make([Fake.networkError("ECONNRESET")])
    failureOf(await run(drive(Ec2.Ec2.use((ec2) => ec2.describeRegions({}))), five.client, { maxAttempts: 5 }))
    expect(five.seen).toHaveLength(5)
  })
})

describe("Ec2Aws: interruption", () => {
  it("interrupting a call aborts the in-flight HTTP request", async () => {
    const fake = Fake.make(["hang"])
    await run(
      Effect.gen(function*() {
        const fiber = yield* Effect.forkChild(Ec2.Ec2.use((ec2) => ec2.describeRegions({})))
        yield* settle
        expect(fake.seen).toHaveLength(1)
        expect(fake.seen[0]!.signal?.aborted).toBe(false)
        yield* Fiber.interrupt(fiber)
        expect(fake.seen[0]!.signal?.aborted).toBe(true)
      }),
      fake.client
    )
  })
})

describe("Ec2Aws: core's waiters and paginators", () => {
  const instance = (state: string, code: number) =>
    Fake.ok("DescribeInstances", `<reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-0123456789abcdef0</instanceId><instanceState><code>${code}</code><name>${state}</name></instanceState></item></instancesSet></item></reservationSet>`)

  it("waitUntilInstanceRunning polls DescribeInstances until running", async () => {
    const fake = Fake.make([Fake.error(400, "InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist"), instance("pending", 0), instance("running", 16)])
    const exit = await run(drive(Waiters.waitUntilInstanceRunning({ InstanceIds: ["i-0123456789abcdef0"] }, { maxWaitTime: "10 minutes" })), fake.client)
    expect(Exit.isSuccess(exit)).toBe(true)
    expect(fake.seen.map((s) => s.action)).toEqual(["DescribeInstances", "DescribeInstances", "DescribeInstances"])
  })

  it("Paginators.instances follows NextToken across canned pages", async () => {
    const page = (id: string, next?: string) =>
      Fake.ok("DescribeInstances", `<reservationSet><item><reservationId>r-${id}</reservationId><instancesSet><item><instanceId>i-${id}</instanceId><instanceState><code>16</code><name>running</name></instanceState></item></instancesSet></item></reservationSet>${next === undefined ? "" : `<nextToken>${next}</nextToken>`}`)
    const fake = Fake.make((seen) => {
      const token = seen.params.get("NextToken")
      return token === null ? page("00000001", "t2") : token === "t2" ? page("00000002", "t3") : page("00000003")
    })
    const ids = await run(Stream.runCollect(Paginators.instances({ MaxResults: 5 })).pipe(Effect.map((xs) => Array.from(xs, (i) => i.InstanceId))), fake.client)
    expect(ids).toEqual(["i-00000001", "i-00000002", "i-00000003"])
    expect(fake.seen.map((s) => [s.params.get("NextToken"), s.params.get("MaxResults")])).toEqual([[null, "5"], ["t2", "5"], ["t3", "5"]])
  })
})

describe("Ec2Aws: tracing", () => {
  it("each call is a span Ec2.<operation> with region, request id and attempts", async () => {
    const spans: Array<Tracer.NativeSpan> = []
    const tracer = Tracer.make({
      span(options) {
        const span = new Tracer.NativeSpan(options)
        spans.push(span)
        return span
      }
    })
    const fake = Fake.make([throttled, runOk])
    await run(drive(Ec2.Ec2.use((ec2) => ec2.runInstances(runInstances))).pipe(Effect.provideService(Tracer.Tracer, tracer)), fake.client)
    const span = spans.find((s) => s.name === "Ec2.runInstances")
    expect(span).toBeDefined()
    expect(span!.kind).toBe("client")
    expect(Object.fromEntries(span!.attributes)).toMatchObject({
      "rpc.system": "aws-api",
      "rpc.service": "EC2",
      "rpc.method": "RunInstances",
      "cloud.region": "eu-west-3",
      "aws.request_id": "11111111-2222-3333-4444-555555555555",
      "ec2kit.attempts": 2
    })
  })
})

describe("Ec2Aws.layerConfig", () => {
  it("reads region and retry settings with Effect Config (here from a ConfigProvider, as from env vars)", async () => {
    const fake = Fake.make([throttled])
    const provider = ConfigProvider.fromUnknown({ AWS_REGION: "ap-southeast-2", AWS_MAX_ATTEMPTS: "2", EC2KIT_AWS_RETRY_MAX_DELAY: "10 millis" })
    const layer = Ec2Aws.layerConfig(Ec2Aws.config, {
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
      clientConfig: { requestHandler: fake.handler }
    }).pipe(Layer.provide(ConfigProvider.layer(provider)))
    const exit = await Effect.runPromise(
      drive(Ec2.Ec2.use((ec2) => ec2.describeRegions({})), "10 millis").pipe(Effect.provide(layer), Effect.provide(TestClock.layer()))
    )
    expect(failureOf(exit).code).toBe("RequestLimitExceeded")
    expect(fake.seen).toHaveLength(2)
    expect(fake.seen[0]!.params.get("Action")).toBe("DescribeRegions")
  })

  it("optionsFromConfig leaves absent settings to the SDK's chains", () => {
    expect(Effect.runSync(Ec2Aws.config.parse(ConfigProvider.fromUnknown({})))).toMatchObject({})
    const read = Effect.runSync(Ec2Aws.config.parse(ConfigProvider.fromUnknown({ AWS_ENDPOINT_URL_EC2: "http://127.0.0.1:4566", AWS_PROFILE: "dev" })))
    expect(Ec2Aws.optionsFromConfig(read)).toEqual({ endpoint: "http://127.0.0.1:4566", profile: "dev", retry: {} })
  })
})
