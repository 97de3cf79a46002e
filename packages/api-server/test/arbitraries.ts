/**
 * Random values of any EC2 shape, generated from the SDK's schemas: what the SDK's types allow
 * (`Date` timestamps, `Uint8Array` blobs, numbers, booleans, strings, lists, maps, structures).
 *
 * Inputs hold no empty list or structure anywhere below the top: the EC2 dialect of the Query protocol
 * does not serialize them ("Does not serialize empty query lists", Smithy's ec2Query protocol tests),
 * so they cannot round-trip and are covered by their own example tests. Idempotency tokens are always
 * set (the SDK would invent one).
 */
import { NormalizedSchema } from "@smithy/core/schema"
import type { $SchemaRef } from "@smithy/types"
import fc from "fast-check"

export type Direction = "input" | "output"

const maxDepth = 9

// Attribute-based instance selection (`InstanceRequirements*`, under CreateFleet's and the fleet shapes'
// overrides): dozens of optional members, each a range or list, nested under lists of overrides — a value
// of it is too large to generate 1,000 times (CreateFleet's round trip did not finish). Its members are
// the same kinds as everywhere else (numbers, strings, lists), and ec2kit refuses it (UnsupportedOperation).
const tooWide = /#InstanceRequirements(Request)?$/

// Control characters are not representable in XML 1.0 and "\r" is normalized by XML parsers; EC2's
// string values never hold them. Requests carry any Unicode text.
const xmlUnsafe = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff]/
const stringOf = (direction: Direction): fc.Arbitrary<string> =>
  direction === "input"
    ? fc.string({ unit: "grapheme", maxLength: 6 })
    : fc.string({ unit: "grapheme", maxLength: 6 }).filter((s) => !xmlUnsafe.test(s))

const number = fc.oneof(fc.integer(), fc.double()).map((n) => (Object.is(n, -0) ? 0 : n))
const date = fc.date({ min: new Date("1970-01-01T00:00:00.000Z"), max: new Date("2999-12-31T23:59:59.999Z"), noInvalidDate: true })

const nonEmpty = (v: unknown) => typeof v === "object" && v !== null && Object.keys(v).length > 0

const build = (ns: NormalizedSchema, direction: Direction, depth: number, path: ReadonlyArray<string>): fc.Arbitrary<unknown> | undefined => {
  if (ns.isStringSchema()) return stringOf(direction)
  if (ns.isBooleanSchema()) return fc.boolean()
  if (ns.isNumericSchema()) return number
  if (ns.isTimestampSchema()) return date
  if (ns.isBlobSchema()) return fc.uint8Array({ maxLength: 12 })
  if (depth >= maxDepth) return undefined
  if (ns.isListSchema()) {
    const item = build(ns.getValueSchema(), direction, depth + 1, path)
    return item === undefined ? undefined : fc.array(item, { minLength: direction === "input" ? 1 : 0, maxLength: 2 })
  }
  if (ns.isMapSchema()) {
    const value = build(ns.getValueSchema(), direction, depth + 1, path)
    const key = fc.string({ minLength: 1, maxLength: 5 }).filter((k) => k !== "__proto__" && !xmlUnsafe.test(k))
    return value === undefined ? undefined : fc.dictionary(key, value, { minKeys: direction === "input" ? 1 : 0, maxKeys: 2, noNullPrototype: true })
  }
  if (ns.isStructSchema()) {
    const name = ns.getName(true) ?? ""
    if (path.includes(name)) return undefined // a recursive shape: stop here
    if (tooWide.test(name)) return undefined
    const inner = [...path, name]
    const members: Record<string, fc.Arbitrary<unknown>> = {}
    const required: Array<string> = []
    for (const [memberName, member] of ns.structIterator()) {
      const arb = build(member, direction, depth + 1, inner)
      if (arb === undefined) continue
      members[memberName] = arb
      if (direction === "input" && member.isIdempotencyToken()) required.push(memberName)
    }
    if (ns.isUnionSchema()) {
      const options = Object.entries(members).map(([k, a]) => a.map((v) => ({ [k]: v })))
      return options.length === 0 ? undefined : fc.oneof(...options)
    }
    const record = fc.record(members, { requiredKeys: required, noNullPrototype: true })
    return direction === "input" && depth > 0 ? record.filter(nonEmpty) : record
  }
  return undefined
}

const cache = new Map<unknown, fc.Arbitrary<unknown>>()

/** Random values of the shape `schema` (a structure), for a request (`input`) or a response (`output`). */
export const arbitraryOf = (schema: $SchemaRef, direction: Direction): fc.Arbitrary<Record<string, unknown>> => {
  const key = `${direction}:${NormalizedSchema.of(schema).getName(true)}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached as fc.Arbitrary<Record<string, unknown>>
  const arb = (build(NormalizedSchema.of(schema), direction, 0, []) ?? fc.constant({})) as fc.Arbitrary<Record<string, unknown>>
  cache.set(key, arb)
  return arb
}
