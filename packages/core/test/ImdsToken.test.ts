import { Effect, Layer, Redacted, Result } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as ImdsToken from "@ec2kit/core/ImdsToken"

const secret = Redacted.make<Uint8Array | string>("test-secret-0123456789abcdef0123456789")
const otherSecret = Redacted.make<Uint8Array | string>(new Uint8Array(32).fill(7))
const tokensLayer = ImdsToken.ImdsTokens.layerWithSecret(secret)

// Each run gets a fresh TestClock (time 0) and the deterministic-secret service.
// (TestClock.setTime/adjust yield to sleeping fibers, so runs are asynchronous.)
const run = <A, E>(self: Effect.Effect<A, E, ImdsToken.ImdsTokens>, layer = tokensLayer): Promise<A> =>
  Effect.runPromise(Effect.provide(self, Layer.merge(layer, TestClock.layer())))

const issue = (req: ImdsToken.IssueRequest) => ImdsToken.ImdsTokens.use((t) => t.issue(req))
const verify = (token: string, binding: ImdsToken.TokenBinding) => ImdsToken.ImdsTokens.use((t) => t.verify(token, binding))

const tagOf = (r: Result.Result<ImdsToken.VerifiedToken, ImdsToken.TokenRejection>): string =>
  Result.isSuccess(r) ? "Valid" : r.failure._tag

const idArb = fc.string({ minLength: 1, maxLength: 40 })
const ttlArb = fc.integer({ min: 1, max: 21_600 })
const startArb = fc.integer({ min: 0, max: 4_000_000_000_000 })
const base64urlChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

/** Issue at `start`, then verify after `elapsedMs` on `binding`. */
const issueThenVerify = (
  req: ImdsToken.IssueRequest,
  start: number,
  elapsedMs: number,
  binding: ImdsToken.TokenBinding,
  mutate: (token: string) => string = (t) => t
) =>
  Effect.gen(function*() {
    yield* TestClock.setTime(start)
    const issued = yield* issue(req)
    yield* TestClock.setTime(start + elapsedMs)
    return { issued, result: yield* verify(mutate(issued.token), binding) }
  })

describe("ImdsToken.parseTtl", () => {
  it("accepts exactly the integers 1..21600 written canonically (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 21_600 }), (n) => {
        expect(ImdsToken.parseTtl(String(n))).toEqual(Result.succeed(n))
      }),
      { numRuns: 2000 }
    )
  })

  it("rejects every string that is not a canonical integer 1..21600 (property)", () => {
    const canonical = new Set(Array.from({ length: 21_600 }, (_, i) => String(i + 1)))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(..."0123456789+-. eExX"), maxLength: 8 }),
          fc.integer().map(String),
          fc.integer({ min: 21_601 }).map(String),
          fc.integer({ min: 1, max: 21_600 }).map((n) => `0${n}`)
        ),
        (s) => {
          const r = ImdsToken.parseTtl(s)
          expect(Result.isSuccess(r)).toBe(canonical.has(s))
          if (Result.isFailure(r)) expect(r.failure.code).toBe("InvalidParameterValue")
        }
      ),
      { numRuns: 3000 }
    )
  })

  it("rejects the edge cases with InvalidParameterValue and a clear message", () => {
    for (const s of ["", "0", "-1", "21601", "1.5", "1e3", " 60", "60 ", "+60", "0x10", "060", "60s", "99999999999999999999"]) {
      const r = ImdsToken.parseTtl(s)
      expect(Result.isFailure(r)).toBe(true)
      if (Result.isFailure(r)) {
        expect(r.failure.code).toBe("InvalidParameterValue")
        expect(r.failure.httpStatus).toBe(400)
        expect(r.failure.reason.message).toBe(
          `Invalid value '${s}' for X-aws-ec2-metadata-token-ttl-seconds: expected an integer number of seconds from 1 to 21600.`
        )
      }
    }
  })

  it("rejects a missing header with its own message", () => {
    const r = ImdsToken.parseTtl(undefined)
    expect(Result.isFailure(r) && [r.failure.code, r.failure.reason.message]).toEqual([
      "InvalidParameterValue",
      "Missing X-aws-ec2-metadata-token-ttl-seconds: expected an integer number of seconds from 1 to 21600."
    ])
  })

  it("accepts the bounds", () => {
    expect(ImdsToken.parseTtl("1")).toEqual(Result.succeed(1))
    expect(ImdsToken.parseTtl("21600")).toEqual(Result.succeed(21_600))
  })

  it("truncates and sanitises huge or binary values in the message", () => {
    const r = ImdsToken.parseTtl("x".repeat(10_000) + "\u0000")
    expect(Result.isFailure(r) && r.failure.reason.message).toBe(
      `Invalid value '${"x".repeat(32)}…' for X-aws-ec2-metadata-token-ttl-seconds: expected an integer number of seconds from 1 to 21600.`
    )
  })
})

describe("ImdsTokens (examples with TestClock)", () => {
  it("issues a 64-character header-safe token with ttl and expiry from the Clock", async () => {
    const issued = await run(Effect.gen(function*() {
      yield* TestClock.adjust("10 seconds")
      return yield* issue({ instanceId: "i-0123456789abcdef0", bootId: "1", ttlSeconds: 21_600 })
    }))
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect([issued.ttlSeconds, issued.issuedAt, issued.expiresAt]).toEqual([21_600, 10_000, 10_000 + 21_600_000])
  })

  it("accepts until just before expiry, rejects exactly at issuedAt + ttl*1000", async () => {
    const out = await run(Effect.gen(function*() {
      const b = { instanceId: "i-1", bootId: "b1" }
      const { token } = yield* issue({ ...b, ttlSeconds: 60 })
      yield* TestClock.adjust("59999 millis")
      const before = yield* verify(token, b)
      yield* TestClock.adjust("1 millis")
      const at = yield* verify(token, b)
      yield* TestClock.adjust("1 hour")
      const after = yield* verify(token, b)
      return { before, at, after }
    }))
    expect(Result.isSuccess(out.before) && out.before.success).toEqual({
      instanceId: "i-1",
      bootId: "b1",
      ttlSeconds: 60,
      issuedAt: 0,
      expiresAt: 60_000
    })
    expect(Result.isFailure(out.at) && out.at.failure).toEqual({
      _tag: "Expired",
      message: "The token expired at 60000 (epoch ms).",
      expiresAt: 60_000
    })
    expect(tagOf(out.after)).toBe("Expired")
  })

  it("gives the reason for each rejection", async () => {
    const out = await run(Effect.gen(function*() {
      const { token } = yield* issue({ instanceId: "i-1", bootId: "1", ttlSeconds: 60 })
      return [
        yield* verify(token, { instanceId: "i-2", bootId: "1" }),
        yield* verify(token, { instanceId: "i-1", bootId: "2" }),
        yield* verify("not a token", { instanceId: "i-1", bootId: "1" }),
        yield* verify(token.slice(0, 63) + (token[63] === "A" ? "B" : "A"), { instanceId: "i-1", bootId: "1" })
      ].map(tagOf)
    }))
    expect(out).toEqual(["WrongInstance", "WrongBoot", "Malformed", "BadSignature"])
  })

  it("two tokens issued in the same millisecond differ", async () => {
    const [a, b] = await run(Effect.gen(function*() {
      const req = { instanceId: "i-1", bootId: "1", ttlSeconds: 60 }
      return [yield* issue(req), yield* issue(req)] as const
    }))
    expect(a.issuedAt).toBe(b.issuedAt)
    expect(a.token).not.toBe(b.token)
  })

  it("refuses a bad ttl at issue with InvalidParameterValue", async () => {
    for (const ttlSeconds of [0, -1, 1.5, 21_601, Number.NaN]) {
      const err = await run(Effect.flip(issue({ instanceId: "i-1", bootId: "1", ttlSeconds })))
      expect([err.code, err.reason.message]).toEqual([
        "InvalidParameterValue",
        `Invalid value '${ttlSeconds}' for X-aws-ec2-metadata-token-ttl-seconds: expected an integer number of seconds from 1 to 21600.`
      ])
    }
  })

  it("ImdsTokens.layer uses a fresh secret per build: tokens of one build fail BadSignature in another", async () => {
    const b = { instanceId: "i-1", bootId: "1" }
    const token = await Effect.runPromise(
      Effect.provide(Effect.map(issue({ ...b, ttlSeconds: 60 }), (i) => i.token), Layer.merge(ImdsToken.ImdsTokens.layer, TestClock.layer()))
    )
    const same = await Effect.runPromise(
      Effect.provide(
        Effect.gen(function*() {
          const t = yield* issue({ ...b, ttlSeconds: 60 })
          return [tagOf(yield* verify(t.token, b)), tagOf(yield* verify(token, b))]
        }),
        Layer.merge(ImdsToken.ImdsTokens.layer, TestClock.layer())
      )
    )
    expect(same).toEqual(["Valid", "BadSignature"])
  })

  it("the secret stays redacted when printed", () => {
    expect(String(secret)).not.toContain("test-secret")
  })
})

describe("ImdsTokens (properties)", () => {
  it("a token is accepted before expiry for its instance and boot", async () => {
    await fc.assert(
      fc.asyncProperty(idArb, idArb, ttlArb, startArb, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), async (instanceId, bootId, ttlSeconds, start, frac) => {
        const elapsed = Math.floor(frac * ttlSeconds * 1000)
        const { issued, result } = await run(issueThenVerify({ instanceId, bootId, ttlSeconds }, start, elapsed, { instanceId, bootId }))
        expect(Result.isSuccess(result) && result.success).toEqual({
          instanceId,
          bootId,
          ttlSeconds,
          issuedAt: start,
          expiresAt: issued.expiresAt
        })
      }),
      { numRuns: 1000 }
    )
  })

  it("a token is never accepted at or after expiry", async () => {
    await fc.assert(
      fc.asyncProperty(idArb, idArb, ttlArb, startArb, fc.integer({ min: 0, max: 10 * 24 * 3600 * 1000 }), async (instanceId, bootId, ttlSeconds, start, extra) => {
        const { result } = await run(issueThenVerify({ instanceId, bootId, ttlSeconds }, start, ttlSeconds * 1000 + extra, { instanceId, bootId }))
        expect(tagOf(result)).toBe("Expired")
      }),
      { numRuns: 1000 }
    )
  })

  it("a token is never accepted for another instance id", async () => {
    await fc.assert(
      fc.asyncProperty(idArb, idArb, idArb, ttlArb, async (instanceId, other, bootId, ttlSeconds) => {
        fc.pre(instanceId !== other)
        const { result } = await run(issueThenVerify({ instanceId, bootId, ttlSeconds }, 0, 0, { instanceId: other, bootId }))
        expect(Result.isFailure(result)).toBe(true)
        expect(tagOf(result)).toBe("WrongInstance")
      }),
      { numRuns: 1000 }
    )
  })

  it("a token is never accepted for another boot", async () => {
    await fc.assert(
      fc.asyncProperty(idArb, idArb, idArb, ttlArb, async (instanceId, bootId, otherBoot, ttlSeconds) => {
        fc.pre(bootId !== otherBoot)
        const { result } = await run(issueThenVerify({ instanceId, bootId, ttlSeconds }, 0, 0, { instanceId, bootId: otherBoot }))
        expect(tagOf(result)).toBe("WrongBoot")
      }),
      { numRuns: 1000 }
    )
  })

  it("a token is never accepted after any single-character alteration", async () => {
    await fc.assert(
      fc.asyncProperty(idArb, idArb, fc.nat({ max: 63 }), fc.constantFrom(...base64urlChars, "=", "+", "/", " ", "é", "\n"), async (instanceId, bootId, pos, ch) => {
        const { issued, result } = await run(
          issueThenVerify({ instanceId, bootId, ttlSeconds: 60 }, 0, 0, { instanceId, bootId }, (t) => t.slice(0, pos) + ch + t.slice(pos + 1))
        )
        fc.pre(issued.token[pos] !== ch)
        expect(Result.isFailure(result)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  it("a token is never accepted after truncation or extension", async () => {
    await fc.assert(
      fc.asyncProperty(idArb, idArb, fc.nat({ max: 63 }), fc.string({ minLength: 1, maxLength: 80 }), fc.boolean(), async (instanceId, bootId, cut, extra, truncate) => {
        const { result } = await run(
          issueThenVerify({ instanceId, bootId, ttlSeconds: 60 }, 0, 0, { instanceId, bootId }, (t) => (truncate ? t.slice(0, cut) : t + extra))
        )
        expect(tagOf(result)).toBe("Malformed")
      }),
      { numRuns: 1000 }
    )
  })

  it("a token signed with another secret is never accepted", async () => {
    await fc.assert(
      fc.asyncProperty(idArb, idArb, ttlArb, async (instanceId, bootId, ttlSeconds) => {
        const { token } = await run(issue({ instanceId, bootId, ttlSeconds }), ImdsToken.ImdsTokens.layerWithSecret(otherSecret))
        const result = await run(verify(token, { instanceId, bootId }))
        expect(tagOf(result)).toBe("BadSignature")
      }),
      { numRuns: 1000 }
    )
  })

  it("verify never throws or dies for arbitrary strings", () => {
    const b = { instanceId: "i-1", bootId: "1" }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          fc.base64String({ minLength: 60, maxLength: 70 }),
          fc.string({ unit: fc.constantFrom(...base64urlChars), minLength: 64, maxLength: 64 }),
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ minLength: 10_000, maxLength: 20_000 })
        ),
        (s) => {
          const exit = Effect.runSyncExit(Effect.provide(verify(s, b), Layer.merge(tokensLayer, TestClock.layer())))
          expect(exit._tag).toBe("Success")
          if (exit._tag === "Success") expect(Result.isFailure(exit.value)).toBe(true)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("verify never throws for a megabyte-long string or non-string input", async () => {
    const b = { instanceId: "i-1", bootId: "1" }
    for (const s of ["A".repeat(1_000_000), undefined as unknown as string, 42 as unknown as string, null as unknown as string]) {
      expect(tagOf(await run(verify(s, b)))).toBe("Malformed")
    }
  })
})
