/**
 * Pagination tokens bound to the request that issued them.
 *
 * Inside the backend a `NextToken` is an offset (`o:5`, `s:5`, …), which each describe decodes. Given out
 * as is, any offset would be accepted by any operation with any filters: a DescribeInstances token given to
 * DescribeVolumes would return volumes, and with other filters it would silently skip results. AWS's tokens
 * are opaque and sealed: OBS a DescribeInstances `next_token` is base64 of `{"v":"1","c":"<ciphertext>",
 * "i":"<iv>","s":"1"}` (amazon-archives/aws-sdk-core-ruby#196, 2015,
 * https://github.com/amazon-archives/aws-sdk-core-ruby/issues/196, read 2026-12), and "a token that was
 * previously used in a request with different parameters" is refused (CloudTrail's `InvalidNextTokenException`,
 * https://docs.aws.amazon.com/botocore/latest/reference/services/cloudtrail/client/exceptions/InvalidNextTokenException.html,
 * read 2026-12; Trusted Advisor: "Pagination token exception in operation 'ListChecks': filter parameters
 * changed in the request", aws/aws-sdk-net#3226, 2024).
 *
 * EC2's own answer to a token from another request is undocumented; we answer it as EC2 answers a token it
 * did not issue (`InvalidParameterValue`, "Value ( … ) for parameter NextToken is invalid. The token is
 * invalid.", see `invalidNextToken`), the strictest plausible reading. So every token carries a hash of the
 * operation and of the request without `NextToken` and `MaxResults` (the SDK paginators repeat the request
 * with only the token changed, and a caller may change the page size between pages), and a token is accepted
 * only by the same operation with the same parameters.
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2, Ec2Error } from "@ec2kit/core"
import { createHash } from "node:crypto"
import { invalidNextToken } from "./describeInstances.js"

/** Members that do not bind a token: the token itself and the page size. */
const Unbound: ReadonlySet<string> = new Set(["NextToken", "MaxResults"])

/** A stable text of a decoded request: keys sorted, `undefined` members left out (as the SDK omits them). */
const canonical = (value: unknown): string => {
  if (value === undefined) return "u"
  if (value === null) return "n"
  if (value instanceof Date) return `d${value.toISOString()}`
  if (value instanceof Uint8Array) return `b${Buffer.from(value).toString("base64")}`
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (typeof value === "object") {
    const entries = Object.keys(value).sort().flatMap((k) => {
      const v = (value as Record<string, unknown>)[k]
      return v === undefined ? [] : [`${JSON.stringify(k)}:${canonical(v)}`]
    })
    return `{${entries.join(",")}}`
  }
  return `${typeof value}:${String(value)}`
}

/**
 * The scope of a request's tokens: a hash of the operation and of every member but `NextToken` and
 * `MaxResults`.
 */
export const scopeOf = (operation: string, input: unknown): string => {
  const bound = typeof input === "object" && input !== null
    ? Object.fromEntries(Object.entries(input).filter(([k]) => !Unbound.has(k)))
    : input
  return createHash("sha256").update(operation).update("\n").update(canonical(bound)).digest("base64url").slice(0, 22)
}

/** The token given out for an inner (offset) token of a request of `scope`. */
export const seal = (scope: string, inner: string): string => Buffer.from(`${scope}.${inner}`).toString("base64url")

/** The inner token of `token` when it was issued for `scope`; `undefined` otherwise (another request, or garbage). */
export const open = (scope: string, token: string): string | undefined => {
  const text = Buffer.from(token, "base64url").toString("utf8")
  const dot = text.indexOf(".")
  if (dot < 0 || text.slice(0, dot) !== scope) return undefined
  const inner = text.slice(dot + 1)
  // the round trip rejects a token that is not exactly what `seal` made (base64url is lenient on decode)
  return seal(scope, inner) === token ? inner : undefined
}

/**
 * The implementation with every `NextToken` bound to its request: incoming tokens are opened (a token of
 * another operation or other parameters → `InvalidParameterValue`) and outgoing ones sealed, for every
 * operation, today's and those added later, so no describe can forget it.
 */
export const withRequestBoundTokens = (impl: Ec2.Implementation): Ec2.Implementation =>
  Object.fromEntries(
    Object.entries(impl).map(([name, run]) => [
      name,
      (input: { readonly NextToken?: string | undefined } | undefined) => {
        const scope = scopeOf(name, input)
        let inner = input
        if (input !== undefined && input !== null && typeof input.NextToken === "string") {
          const opened = open(scope, input.NextToken)
          if (opened === undefined) return Effect.fail(invalidNextToken(input.NextToken))
          inner = { ...input, NextToken: opened }
        }
        return (run as (i: unknown) => Effect.Effect<unknown, Ec2Error.Ec2Error>)(inner).pipe(
          Effect.map((out) => {
            if (typeof out !== "object" || out === null) return out
            const next = (out as { readonly NextToken?: unknown }).NextToken
            return typeof next === "string" ? { ...out, NextToken: seal(scope, next) } : out
          })
        )
      }
    ])
  ) as unknown as Ec2.Implementation
