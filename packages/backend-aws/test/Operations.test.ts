import { Ec2, Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { Ec2Aws } from "@ec2kit/backend-aws"
import * as Fake from "./FakeHandler.js"

describe("Ec2Aws: every operation of Ec2 is mapped to an SDK command", () => {
  it("each of Ec2's operations has the SDK command of the same AWS name", () => {
    const missing = Ec2.operationNames.filter((name) => Ec2Aws.commandFor(name) === undefined)
    expect(missing).toEqual([])
    for (const name of Ec2.operationNames) {
      expect(Ec2Aws.commandFor(name)!.name).toBe(`${Ec2Shapes.operations[name].name}Command`)
    }
  })

  it("each operation sends its AWS action through the SDK", async () => {
    const fake = Fake.make((seen) => Fake.ok(seen.action ?? "Unknown", ""))
    const ec2 = await Effect.runPromise(Ec2Aws.make(fake.client))
    // the SDK presigns CopySnapshot for its source Region (@aws-sdk/middleware-sdk-ec2), so it needs one
    const inputs: Partial<Record<string, object>> = { copySnapshot: { SourceRegion: "eu-west-1", SourceSnapshotId: "snap-0123456789abcdef0" } }
    for (const name of Ec2.operationNames) {
      const call = ec2[name] as (input: unknown) => Effect.Effect<unknown, unknown>
      // otherwise an empty request: AWS (here the fake) judges it, not the client
      const exit = await Effect.runPromise(Effect.exit(call(inputs[name] ?? {})))
      expect([name, exit._tag]).toEqual([name, "Success"])
    }
    expect(fake.seen.map((s) => s.action)).toEqual(Ec2.operationNames.map((name) => Ec2Shapes.operations[name].name))
  })

  it("the operations that take a ClientToken are the ones whose request has the member", () => {
    const withToken = Ec2.operationNames.filter(Ec2Aws.takesClientToken)
    expect(withToken).toContain("runInstances")
    expect(withToken).toContain("createVolume")
    expect(withToken).not.toContain("describeInstances")
  })
})
