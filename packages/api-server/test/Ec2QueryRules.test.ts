/**
 * The rules of the EC2 Query protocol, one test each, following the checklist of Smithy's own ec2Query
 * protocol tests (smithy-lang/smithy, smithy-aws-protocol-tests/model/ec2Query: input lists, empty
 * lists, nested structures, ec2QueryName, timestamps and fractional seconds, blobs, XML errors). The
 * shapes below are ours, written for these tests; each request is checked as the SDK's own
 * `QueryShapeSerializer` (EC2 settings) writes it, and each response as the SDK's `XmlShapeDeserializer`
 * reads it.
 */
import { QueryShapeSerializer, XmlShapeDeserializer } from "@aws-sdk/core/protocols"
import { Ec2Error } from "@ec2kit/core"
import { QueryRequest, XmlResponse } from "@ec2kit/api-server"
import type { StaticListSchema, StaticStructureSchema } from "@smithy/types"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const ns = "test.ec2query"
const str = 0
const bool = 2
const num = 1
const blob = 21
const timestamp = 4
const epochSeconds = 7

const strings: StaticListSchema = [1, ns, "Strings", 0, str]
const itemStrings: StaticListSchema = [1, ns, "ItemStrings", 0, [str, { xmlName: "item" }]]
const greeting: StaticStructureSchema = [3, ns, "Greeting", 0, ["hi"], [str]]
const greetings: StaticListSchema = [1, ns, "Greetings", 0, () => greeting]
const withList: StaticStructureSchema = [3, ns, "WithList", 0, ["ListArg"], [() => strings]]
const structArg: StaticStructureSchema = [3, ns, "StructArg", 0, ["StringArg", "OtherArg", "RecursiveArg"], [str, bool, () => structArg]]

const input: StaticStructureSchema = [
  3,
  ns,
  "Input",
  0,
  [
    "ListArg",
    "ComplexListArg",
    "ListArgWithXmlNameMember",
    "ListArgWithXmlName",
    "NestedWithList",
    "Foo",
    "Baz",
    "Bam",
    "Boo",
    "Qux",
    "HasQueryName",
    "HasQueryAndXmlName",
    "UsesXmlName",
    "DistinctQueryName",
    "DistinctQueryAndXmlName",
    "DistinctXmlName",
    "normalFormat",
    "epochMember",
    "Nested"
  ],
  [
    () => strings,
    () => greetings,
    () => itemStrings,
    [() => itemStrings, { xmlName: "Hi" }],
    () => withList,
    str,
    bool,
    num,
    num,
    blob,
    [str, { ec2QueryName: "HasQueryName" }],
    [str, { ec2QueryName: "HasQueryAndXmlName", xmlName: "hasQueryAndXmlName" }],
    [str, { xmlName: "usesXmlName" }],
    [str, { ec2QueryName: "QueryName" }],
    [str, { ec2QueryName: "queryAndXmlName", xmlName: "xmlAndQueryName" }],
    [str, { xmlName: "xmlNameOnly" }],
    timestamp,
    epochSeconds,
    () => structArg
  ]
]
const tokenInput: StaticStructureSchema = [3, ns, "TokenInput", 0, ["token"], [[str, { idempotencyToken: 1 }]]]

const sdkWrite = (value: unknown, schema: StaticStructureSchema = input): string => {
  const serializer = new QueryShapeSerializer({
    capitalizeKeys: true,
    flattenLists: true,
    serializeEmptyLists: false,
    ec2: true,
    timestampFormat: { useTrait: true, default: 5 }
  })
  serializer.write(schema, value)
  return String(serializer.flush())
}

const decodeWire = (wire: string) => Result.getOrThrow(QueryRequest.decodeInput(input, [...new URLSearchParams(wire)]))

/** The wire form (what the SDK writes) and the decoded value of one rule. */
const rule = (wire: string, value: Record<string, unknown>) => {
  expect(sdkWrite(value)).toBe(wire === "" ? "" : `&${wire}`)
  expect(decodeWire(wire)).toEqual(value)
}

describe("ec2Query requests", () => {
  it("lists are flattened: Name.N, structures in lists Name.N.Member", () =>
    rule("ListArg.1=foo&ListArg.2=bar&ListArg.3=baz&ComplexListArg.1.Hi=hello&ComplexListArg.2.Hi=hola", {
      ListArg: ["foo", "bar", "baz"],
      ComplexListArg: [{ hi: "hello" }, { hi: "hola" }]
    }))

  it("empty lists are not serialized (and nothing decodes as absent)", () => {
    expect(sdkWrite({ ListArg: [] })).toBe("")
    expect(decodeWire("")).toEqual({})
  })

  it("an xmlName on the list's member has no effect; an xmlName on the structure member renames", () =>
    rule("ListArgWithXmlNameMember.1=A&ListArgWithXmlNameMember.2=B&Hi.1=A&Hi.2=B", {
      ListArgWithXmlNameMember: ["A", "B"],
      ListArgWithXmlName: ["A", "B"]
    }))

  it("a nested structure with a list member", () =>
    rule("NestedWithList.ListArg.1=A&NestedWithList.ListArg.2=B", { NestedWithList: { ListArg: ["A", "B"] } }))

  it("strings, booleans, integers, floats", () => {
    rule("Foo=val1&Baz=true&Bam=10&Boo=10.8", { Foo: "val1", Baz: true, Bam: 10, Boo: 10.8 })
    rule("Baz=false", { Baz: false })
  })

  it("blobs are base64 encoded", () => rule("Qux=dmFsdWU%3D", { Qux: new TextEncoder().encode("value") }))

  it("ec2QueryName names the parameter and wins over xmlName; xmlName alone is capitalised", () =>
    rule("HasQueryName=Hi&HasQueryAndXmlName=Hi&UsesXmlName=Hi&QueryName=value1&queryAndXmlName=value2&XmlNameOnly=value3", {
      HasQueryName: "Hi",
      HasQueryAndXmlName: "Hi",
      UsesXmlName: "Hi",
      DistinctQueryName: "value1",
      DistinctQueryAndXmlName: "value2",
      DistinctXmlName: "value3"
    }))

  it("NaN, Infinity and -Infinity floats", () => {
    expect(decodeWire("Boo=NaN&Bam=Infinity")).toEqual({ Boo: NaN, Bam: Infinity })
    expect(decodeWire("Boo=-Infinity")).toEqual({ Boo: -Infinity })
  })

  it("timestamps: RFC 3339 by default, epoch seconds where the member says so", () => {
    const at = new Date(1422172800 * 1000)
    rule("NormalFormat=2015-01-25T08%3A00%3A00Z&EpochMember=1422172800", { normalFormat: at, epochMember: at })
    expect(decodeWire("NormalFormat=2015-01-25T08%3A00%3A00.123Z")).toEqual({ normalFormat: new Date(1422172800123) })
  })

  it("nested structures use dots, recursively", () =>
    rule("Nested.StringArg=foo&Nested.OtherArg=true&Nested.RecursiveArg.StringArg=baz", {
      Nested: { StringArg: "foo", OtherArg: true, RecursiveArg: { StringArg: "baz" } }
    }))

  it("an idempotency token is taken as given (the SDK invents one when absent)", () => {
    const token = "00000000-0000-4000-8000-000000000123"
    expect(sdkWrite({ token }, tokenInput)).toBe(`&Token=${token}`)
    expect(Result.getOrThrow(QueryRequest.decodeInput(tokenInput, [["Token", token]]))).toEqual({ token })
    expect(sdkWrite({}, tokenInput)).toMatch(/^&Token=[0-9a-f-]{36}$/)
  })

  it("list items are read by index, in index order", () =>
    expect(decodeWire("ListArg.2=b&ListArg.10=c&ListArg.1=a")).toEqual({ ListArg: ["a", "b", "c"] }))

  it("refuses what is not a parameter of the shape, and values of the wrong type", () => {
    const fail = (wire: string) => {
      const r = QueryRequest.decodeInput(input, [...new URLSearchParams(wire)])
      return Result.isFailure(r) ? { code: r.failure.code, message: r.failure.reason.message } : r.success
    }
    expect(fail("ListArg.0=a")).toEqual({ code: "UnknownParameter", message: "The parameter ListArg.0 is not recognized" })
    expect(fail("ListArg.x=a")).toEqual({ code: "UnknownParameter", message: "The parameter ListArg.x is not recognized" })
    expect(fail("ListArg=a")).toEqual({ code: "UnknownParameter", message: "The parameter ListArg is not recognized" })
    expect(fail("Foo.Bar=a")).toEqual({ code: "UnknownParameter", message: "The parameter Foo.Bar is not recognized" })
    expect(fail("Nested.Nope=a")).toEqual({ code: "UnknownParameter", message: "The parameter Nested.Nope is not recognized" })
    expect(fail("Bam=1x")).toEqual({ code: "InvalidParameterValue", message: "Invalid value '1x' for Bam." })
    expect(fail("Baz=1")).toEqual({ code: "InvalidParameterValue", message: "Invalid value '1' for Baz." })
    expect(fail("Qux=abc")).toEqual({ code: "InvalidParameterValue", message: "Invalid value 'abc' for Qux." })
    expect(fail("NormalFormat=yesterday")).toEqual({ code: "InvalidParameterValue", message: "Invalid value 'yesterday' for NormalFormat." })
    expect(fail("Foo=a&Foo=b")).toMatchObject({ code: "InvalidParameterValue" })
  })
})

// ------------------------------------------------------------------------------------------ responses

const nested: StaticListSchema = [1, ns, "Nested", 0, () => strings]
const pair: StaticStructureSchema = [3, ns, "Pair", 0, ["a", "b"], [[str, { xmlName: "value" }], [str, { xmlName: "other" }]]]
const pairs: StaticListSchema = [1, ns, "Pairs", 0, [() => pair, { xmlName: "item" }]]
const output: StaticStructureSchema = [
  3,
  ns,
  "Output",
  0,
  ["stringList", "renamedListMembers", "nestedStringList", "structureList", "flattenedList", "stringValue", "emptyStringValue", "trueBooleanValue", "falseBooleanValue", "integerValue", "doubleValue", "data", "normal", "epoch"],
  [
    () => strings,
    [() => itemStrings, { xmlName: "renamed" }],
    () => nested,
    [() => pairs, { xmlName: "myStructureList" }],
    [() => itemStrings, { xmlFlattened: 1 }],
    [str, { ec2QueryName: "IgnoreMe" }],
    str,
    bool,
    bool,
    num,
    [num, { xmlName: "DoubleDribble" }],
    blob,
    timestamp,
    epochSeconds
  ]
]

const sdkRead = (xml: string): unknown =>
  new XmlShapeDeserializer({ timestampFormat: { useTrait: true, default: 5 }, httpBindings: false, xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15/", serviceNamespace: ns }).read(output, new TextEncoder().encode(xml))

const render = (value: Record<string, unknown>) => XmlResponse.renderResult("XmlLists", output, value, "requestid")

describe("ec2Query responses", () => {
  it("the root is <ActionResponse xmlns=…> with requestId first", () =>
    expect(render({ stringValue: "string" })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<XmlListsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>requestid</requestId><stringValue>string</stringValue></XmlListsResponse>`
    ))

  it("lists: member (or the list member's xmlName, e.g. item), nested lists, structures with xmlNames, flattened", () => {
    const value = {
      stringList: ["foo", "bar"],
      renamedListMembers: ["foo", "bar"],
      nestedStringList: [["foo", "bar"], ["baz", "qux"]],
      structureList: [{ a: "1", b: "2" }, { a: "3", b: "4" }],
      flattenedList: ["hi", "bye"]
    }
    const xml = render(value)
    expect(xml).toContain("<stringList><member>foo</member><member>bar</member></stringList>")
    expect(xml).toContain("<renamed><item>foo</item><item>bar</item></renamed>")
    expect(xml).toContain("<nestedStringList><member><member>foo</member><member>bar</member></member><member><member>baz</member><member>qux</member></member></nestedStringList>")
    expect(xml).toContain("<myStructureList><item><value>1</value><other>2</other></item><item><value>3</value><other>4</other></item></myStructureList>")
    expect(xml).toContain("<flattenedList>hi</flattenedList><flattenedList>bye</flattenedList>")
    expect(sdkRead(xml)).toEqual(value)
  })

  it("empty lists render as an empty element and read back empty", () => {
    const xml = render({ stringList: [] })
    expect(xml).toContain("<stringList/>")
    expect(sdkRead(xml)).toEqual({ stringList: [] })
  })

  it("scalars: strings (empty too), booleans, numbers, xmlName; ec2QueryName is ignored on output", () => {
    const value = { stringValue: "string", emptyStringValue: "", trueBooleanValue: true, falseBooleanValue: false, integerValue: 3, doubleValue: 6.5 }
    const xml = render(value)
    expect(xml).toContain("<stringValue>string</stringValue>")
    expect(xml).toContain("<DoubleDribble>6.5</DoubleDribble>")
    expect(xml).not.toContain("IgnoreMe")
    expect(sdkRead(xml)).toEqual(value)
  })

  it("NaN, Infinity and -Infinity", () => {
    for (const n of [NaN, Infinity, -Infinity]) expect(sdkRead(render({ doubleValue: n }))).toEqual({ doubleValue: n })
  })

  it("blobs are base64", () => {
    const xml = render({ data: new TextEncoder().encode("value") })
    expect(xml).toContain("<data>dmFsdWU=</data>")
    expect(sdkRead(xml)).toEqual({ data: new TextEncoder().encode("value") })
  })

  it("timestamps: ISO 8601 with fractional seconds when there are any; epoch seconds where the member says so", () => {
    const xml = render({ normal: new Date(1398796238000), epoch: new Date(946845296123) })
    expect(xml).toContain("<normal>2014-04-29T18:30:38Z</normal>")
    expect(xml).toContain("<epoch>946845296.123</epoch>")
    expect(render({ normal: new Date(946845296123) })).toContain("<normal>2000-01-02T20:34:56.123Z</normal>")
    expect(sdkRead(xml)).toEqual({ normal: new Date(1398796238000), epoch: new Date(946845296123) })
  })

  it("errors: <Response><Errors><Error><Code>…<Message>…</Error></Errors><RequestID>…", () => {
    const xml = XmlResponse.renderError("InvalidGreeting", "Hi", "foo-id")
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>InvalidGreeting</Code><Message>Hi</Message></Error></Errors><RequestID>foo-id</RequestID></Response>`
    )
  })

  it("error statuses as EC2 answers them", () => {
    const status = (code: string) => XmlResponse.httpStatus(Ec2Error.make(code, "m"))
    expect(status("InvalidParameterValue")).toBe(400)
    expect(status("InvalidInstanceID.NotFound")).toBe(400)
    expect(status("IncorrectInstanceState")).toBe(400)
    expect(status("DryRunOperation")).toBe(412)
    expect(status("AuthFailure")).toBe(401)
    expect(status("UnauthorizedOperation")).toBe(403)
    expect(status("SignatureDoesNotMatch")).toBe(403)
    expect(status("RequestLimitExceeded")).toBe(503)
    expect(status("Unavailable")).toBe(503)
    expect(status("InternalError")).toBe(500)
    expect(status("InsufficientInstanceCapacity")).toBe(500)
    expect(status("InstanceLimitExceeded")).toBe(400)
    expect(status("VcpuLimitExceeded")).toBe(400)
    // one table: the server answers core's status for every code
    for (const code of ["InsufficientInstanceCapacity", "AuthFailure", "InternalFailure", "DryRunOperation", "InvalidParameterValue"]) {
      const e = Ec2Error.make(code, "m")
      expect(status(code)).toBe(e.httpStatus)
    }
  })
})
