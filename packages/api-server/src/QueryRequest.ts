/**
 * The server half of the EC2 Query protocol's request side: turns the flat `Name.1.Member=value`
 * parameters of a request into the operation's input object, exactly as `@aws-sdk/client-ec2`'s types
 * have it (numbers, booleans, `Date`s, `Uint8Array`s), walking the SDK's own schemas.
 *
 * The naming rule is the SDK's: keys come from `QueryShapeSerializer.getKey` with the EC2 settings
 * (`ec2QueryName`, else the capitalised `xmlName`, else the member name; lists flattened as `Name.N`).
 * Scalars are read with `@smithy/core/serde`'s strict parsers. Every rule of Smithy's ec2Query
 * protocol tests holds (see the package's tests).
 *
 * What EC2 answers to a parameter it does not know: `UnknownParameter`, "The parameter X is not
 * recognized" (as core words it). A value that does not parse as its type: `InvalidParameterValue`
 * (`Ec2Error.invalidValue`). Required members and enumerations are left to core's `Ec2` decoding.
 *
 * @since 0.1.0
 */
import { QueryShapeSerializer } from "@aws-sdk/core/protocols"
import { Ec2Error } from "@ec2kit/core"
import { NormalizedSchema } from "@smithy/core/schema"
import {
  _parseEpochTimestamp,
  _parseRfc3339DateTimeWithOffset,
  _parseRfc7231DateTime,
  fromBase64,
  parseBoolean,
  strictParseDouble
} from "@smithy/core/serde"
import type { $SchemaRef } from "@smithy/types"
import { Result } from "effect"

/**
 * The SDK's own key naming for the EC2 dialect, reused rather than re-implemented: `getKey` is the
 * protected method `QueryShapeSerializer` names every member with.
 */
class Ec2KeyNamer extends QueryShapeSerializer {
  constructor() {
    super({ capitalizeKeys: true, flattenLists: true, serializeEmptyLists: false, ec2: true, timestampFormat: { useTrait: true, default: 5 } })
  }
  structKey(memberName: string, ns: NormalizedSchema): string {
    const traits = ns.getMergedTraits()
    return this.getKey(memberName, traits.xmlName, traits.ec2QueryName, "struct")
  }
  entryKey(fallback: "key" | "value", ns: NormalizedSchema): string {
    const traits = ns.getMergedTraits()
    return this.getKey(fallback, traits.xmlName, traits.ec2QueryName)
  }
}
const namer = new Ec2KeyNamer()

/** A node of the parameter tree: `A.1.B=x` is A → 1 → B with value x. */
interface Node {
  value: string | undefined
  readonly children: Map<string, Node>
}

const node = (): Node => ({ value: undefined, children: new Map() })

const unknownParameter = (name: string): Ec2Error.Ec2Error =>
  Ec2Error.make("UnknownParameter", `The parameter ${name} is not recognized`)

/**
 * Builds the parameter tree. A key given twice is refused (`InvalidParameterValue`): EC2's behaviour
 * is undocumented, and taking either value silently would hide a client bug (strictest choice).
 */
const treeOf = (params: ReadonlyArray<readonly [string, string]>): Result.Result<Node, Ec2Error.Ec2Error> => {
  const root = node()
  for (const [key, value] of params) {
    let at = root
    for (const part of key.split(".")) {
      let next = at.children.get(part)
      if (next === undefined) {
        next = node()
        at.children.set(part, next)
      }
      at = next
    }
    if (at.value !== undefined) {
      return Result.fail(Ec2Error.make("InvalidParameterValue", `The parameter ${key} is specified more than once.`))
    }
    at.value = value
  }
  return Result.succeed(root)
}

const join = (prefix: string, key: string): string => (prefix === "" ? key : `${prefix}.${key}`)

/** Positive decimal indexes without leading zeros, as the SDK writes them (`Name.1`, `Name.2`, …). */
const isIndex = (s: string): boolean => /^[1-9][0-9]{0,8}$/.test(s)

const scalar = (ns: NormalizedSchema, raw: string, name: string): Result.Result<unknown, Ec2Error.Ec2Error> => {
  try {
    if (ns.isStringSchema()) return Result.succeed(raw)
    if (ns.isBooleanSchema()) return Result.succeed(parseBoolean(raw))
    if (ns.isNumericSchema()) return Result.succeed(strictParseDouble(raw))
    if (ns.isBigIntegerSchema()) return Result.succeed(BigInt(raw))
    if (ns.isBlobSchema()) return Result.succeed(fromBase64(raw))
    if (ns.isTimestampSchema()) {
      // The SDK sends date-time (RFC 3339) unless the member says otherwise (AwsQueryProtocol:
      // timestampFormat { useTrait: true, default: 5 }).
      const format = ns.getSchema()
      const date = format === 7 ? _parseEpochTimestamp(raw) : format === 6 ? _parseRfc7231DateTime(raw) : _parseRfc3339DateTimeWithOffset(raw)
      if (date === undefined || Number.isNaN(date.getTime())) return Result.fail(Ec2Error.invalidValue(raw, name))
      return Result.succeed(date)
    }
    return Result.succeed(raw)
  } catch {
    return Result.fail(Ec2Error.invalidValue(raw, name))
  }
}

const decodeStruct = (ns: NormalizedSchema, at: Node, name: string): Result.Result<Record<string, unknown>, Ec2Error.Ec2Error> => {
  if (at.value !== undefined && name !== "") return Result.fail(unknownParameter(name))
  const out: Record<string, unknown> = {}
  const seen = new Set<string>()
  for (const [memberName, member] of ns.structIterator()) {
    const key = namer.structKey(memberName, member)
    const child = at.children.get(key)
    if (child === undefined) continue
    seen.add(key)
    const decoded = decode(member, child, join(name, key))
    if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
    if (decoded.success !== undefined) out[memberName] = decoded.success
  }
  for (const key of at.children.keys()) {
    if (!seen.has(key)) return Result.fail(unknownParameter(join(name, key)))
  }
  return Result.succeed(out)
}

const decodeList = (ns: NormalizedSchema, at: Node, name: string): Result.Result<Array<unknown>, Ec2Error.Ec2Error> => {
  if (at.value !== undefined) return Result.fail(unknownParameter(name))
  const member = ns.getValueSchema()
  const entries = [...at.children.entries()]
  const bad = entries.find(([k]) => !isIndex(k))
  if (bad !== undefined) return Result.fail(unknownParameter(join(name, bad[0])))
  entries.sort((a, b) => Number(a[0]) - Number(b[0]))
  const out: Array<unknown> = []
  for (const [index, child] of entries) {
    const decoded = decode(member, child, join(name, index))
    if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
    out.push(decoded.success)
  }
  return Result.succeed(out)
}

/** Maps as `QueryShapeSerializer` writes them: `Name.entry.N.key`/`.value`, or `Name.N.key` when flattened. */
const decodeMap = (ns: NormalizedSchema, at: Node, name: string): Result.Result<Record<string, unknown>, Ec2Error.Ec2Error> => {
  if (at.value !== undefined) return Result.fail(unknownParameter(name))
  const flat = Boolean(ns.getMergedTraits().xmlFlattened)
  const container = flat ? at : at.children.get("entry") ?? node()
  if (!flat) {
    for (const key of at.children.keys()) if (key !== "entry") return Result.fail(unknownParameter(join(name, key)))
  }
  const keyNs = ns.getKeySchema()
  const valueNs = ns.getValueSchema()
  const keyName = namer.entryKey("key", keyNs)
  const valueName = namer.entryKey("value", valueNs)
  const out: Record<string, unknown> = {}
  const entries = [...container.children.entries()].sort((a, b) => Number(a[0]) - Number(b[0]))
  for (const [index, entry] of entries) {
    const at = join(flat ? name : join(name, "entry"), index)
    if (!isIndex(index) || entry.value !== undefined) return Result.fail(unknownParameter(at))
    const k = entry.children.get(keyName)?.value
    const v = entry.children.get(valueName)
    if (k === undefined) return Result.fail(Ec2Error.make("MissingParameter", `The request must contain the parameter ${join(at, keyName)}`))
    for (const key of entry.children.keys()) {
      if (key !== keyName && key !== valueName) return Result.fail(unknownParameter(join(at, key)))
    }
    if (v === undefined) continue
    const decoded = decode(valueNs, v, join(at, valueName))
    if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
    Object.defineProperty(out, k, { value: decoded.success, enumerable: true, writable: true, configurable: true })
  }
  return Result.succeed(out)
}

const decode = (ns: NormalizedSchema, at: Node, name: string): Result.Result<unknown, Ec2Error.Ec2Error> => {
  if (ns.isListSchema()) return decodeList(ns, at, name)
  if (ns.isMapSchema()) return decodeMap(ns, at, name)
  if (ns.isStructSchema()) return decodeStruct(ns, at, name)
  if (ns.isUnitSchema()) return Result.succeed(undefined)
  const first = at.children.keys().next()
  if (first.done !== true) return Result.fail(unknownParameter(join(name, first.value)))
  return at.value === undefined ? Result.succeed(undefined) : scalar(ns, at.value, name)
}

/**
 * Decodes the parameters of a request (without `Action`, `Version` and authentication parameters) as
 * the input of the operation whose input schema is given.
 *
 * @example
 * ```ts
 * import { RunInstancesRequest$ } from "@aws-sdk/client-ec2"
 * import { QueryRequest } from "@ec2kit/api-server"
 * QueryRequest.decodeInput(RunInstancesRequest$, [["MinCount", "1"], ["SecurityGroupId.1", "sg-1"]])
 * // Result.succeed({ MinCount: 1, SecurityGroupIds: ["sg-1"] })
 * ```
 * @since 0.1.0
 * @category decoding
 */
export const decodeInput = (
  schema: $SchemaRef,
  params: ReadonlyArray<readonly [string, string]>
): Result.Result<Record<string, unknown>, Ec2Error.Ec2Error> => {
  const ns = NormalizedSchema.of(schema)
  const tree = treeOf(params)
  if (Result.isFailure(tree)) return Result.fail(tree.failure)
  if (!ns.isStructSchema()) {
    const first = tree.success.children.keys().next()
    return first.done === true ? Result.succeed({}) : Result.fail(unknownParameter(first.value))
  }
  return decodeStruct(ns, tree.success, "")
}
