import * as fs from "node:fs"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { type Ec2Input, InstanceType } from "@ec2kit/core"
// @ts-expect-error: a plain .mjs script without declarations
import * as Names from "../../../scripts/generate-instance-type-names.mjs"

const gen = Names as { readonly generate: () => string; readonly outputPath: string }

describe("InstanceType.Name: the SDK's known names, autocompleted, and any other string", () => {
  it("internal/instanceTypeNames.ts is what the script generates from the installed SDK", () => {
    expect(fs.readFileSync(gen.outputPath, "utf8")).toBe(gen.generate())
  })

  it("request members typed with InstanceTypeName take the known union or any string; decoding still checks the form", () => {
    // every known name is accepted by a request's InstanceType (so editors offer them)
    type Member = NonNullable<Ec2Input.RunInstancesInput["InstanceType"]>
    const knownIsOffered: InstanceType.Known extends Member ? true : false = true
    const known: Member = "m7g.large"
    const newer: Member = "zz9.large"
    expect([knownIsOffered, known, newer]).toEqual([true, "m7g.large", "zz9.large"])
    expect(Schema.decodeUnknownSync(InstanceType.InstanceTypeName)("m7g.large")).toBe("m7g.large")
    expect(() => Schema.decodeUnknownSync(InstanceType.InstanceTypeName)("not a type")).toThrow(/Invalid value 'not a type' for InstanceType/)
  })
})
