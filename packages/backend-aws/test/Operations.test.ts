import { NormalizedSchema } from "@smithy/core/schema"
import { Ec2, Ec2Shapes } from "@ec2kit/core"
import { EC2Client } from "@aws-sdk/client-ec2"
import { Effect, Logger } from "effect"
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

  it("the operations that get a generated ClientToken are those whose SDK model marks it idempotencyToken", () => {
    const withToken = Ec2.operationNames.filter(Ec2Aws.takesClientToken)
    // the SDK's own view: the member's `idempotencyToken` trait in the command's input schema
    const marked = Ec2.operationNames.filter((name) => {
      const command = Ec2Aws.commandFor(name)
      if (command === undefined) return false
      const schema = (new command({}) as unknown as { readonly schema: ReadonlyArray<unknown> }).schema
      const input = schema[4]
      const ns = NormalizedSchema.of((typeof input === "function" ? input() : input) as never)
      if (!ns.isStructSchema()) return false
      return [...ns.structIterator()].some(([member, m]) => member === "ClientToken" && m.getMergedTraits().idempotencyToken === 1)
    })
    expect(withToken).toEqual(marked)
    expect(withToken).toContain("runInstances")
    expect(withToken).toContain("createVolume")
    expect(withToken).not.toContain("modifyInstanceCreditSpecification")
  })

  it("fromClient warns when the client retries by itself (its retries would stack under the policy's)", async () => {
    const messages: Array<unknown> = []
    const capture = Logger.layer([Logger.make((options) => { messages.push(options.message) })])
    const fake = Fake.make([Fake.ok("DescribeRegions", "")])
    const retrying = new EC2Client({ region: "eu-west-3", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, requestHandler: fake.handler, maxAttempts: 3 })
    const quiet = Fake.make([Fake.ok("DescribeRegions", "")]).client
    await Effect.runPromise(Ec2Aws.make(quiet).pipe(Effect.provide(capture)))
    expect(messages).toEqual([])
    await Effect.runPromise(Ec2Aws.make(retrying).pipe(Effect.provide(capture)))
    expect(String(messages)).toContain("maxAttempts 3")
  })
})
