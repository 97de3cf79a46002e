import * as fs from "node:fs"
import { describe, expect, it } from "vitest"
import { Ec2 } from "@ec2kit/core"
// @ts-expect-error: a plain .mjs script without declarations
import * as Coverage from "../../../scripts/generate-coverage.mjs"

const gen = Coverage as {
  readonly generate: () => string
  readonly outputPath: string
  readonly coreOperations: () => ReadonlyArray<string>
  readonly sdkOperations: () => ReadonlyArray<string>
}

describe("docs/coverage.md", () => {
  it("is what scripts/generate-coverage.mjs generates today (run `node scripts/generate-coverage.mjs` after adding operations or conformance groups)", () => {
    expect(fs.readFileSync(gen.outputPath, "utf8")).toBe(gen.generate())
  })

  it("the script reads core's operations and the SDK's: every operation of Ec2 is an SDK operation", () => {
    const core = gen.coreOperations()
    expect(core).toHaveLength(Ec2.operationNames.length)
    const sdk = new Set(gen.sdkOperations())
    expect(core.filter((op) => !sdk.has(op))).toEqual([])
    expect(sdk.size).toBeGreaterThan(700)
  })
})
