// The seeded identifiers of Model.fromConfig, pinned: a seed (`--seed`, the config's Seed or
// InstanceId) names the same instance, VPC, subnet, interfaces, groups, image and reservation in
// every release, so scripts and snapshots that saved them keep working. Pinned before the ids were
// derived without a runtime per id (issue 8 §4, cold start): a faster derivation must give these bytes.
import { describe, expect, it } from "vitest"
import * as Model from "../src/Model.js"
import { config } from "./helpers.js"

const ids = (seed: string, json: unknown) => {
  const m = Model.fromConfig(config(json), { seed, bootMillis: 0, bootId: "b" })
  return {
    instanceId: m.instanceId,
    imageId: m.imageId,
    reservationId: m.reservationId,
    enis: m.enis.map((e) => [e.interfaceId, e.subnetId, e.vpcId, e.securityGroups.map((g) => g.id)])
  }
}

const twoOfEach = {
  SecurityGroups: [{ GroupName: "web" }, { GroupName: "db" }],
  NetworkInterfaces: [{}, { Groups: [{ GroupName: "mgmt" }, {}] }]
}

describe("seeded identifiers (pinned)", () => {
  it("the default seed", () => {
    expect(ids("ec2kit", {})).toEqual({
      instanceId: "i-09da0a094e9dea25d",
      imageId: "ami-286eea3c534252c3e",
      reservationId: "r-f151de6a2537f5a75",
      enis: [["eni-6ad8527083a619976", "subnet-ccf20a650ad48ff63", "vpc-1419a468007ba498b", ["sg-f05899dcc4907e6cf"]]]
    })
  })
  it("another seed", () => {
    expect(ids("test", {})).toEqual({
      instanceId: "i-37020ce85c7d85dc4",
      imageId: "ami-a1bf0f732a66544ee",
      reservationId: "r-1cc204c061c2a4c25",
      enis: [["eni-25380823ce62feec0", "subnet-809e600294e0496b3", "vpc-77b5aaa49ada0ad29", ["sg-90bed447d8851d1a5"]]]
    })
  })
  it("a non-ASCII seed with two interfaces and named and unnamed groups", () => {
    expect(ids("i-0abc/é", twoOfEach)).toEqual({
      instanceId: "i-0722b2ebfa7b8b2ff",
      imageId: "ami-f26e9a61bfc30d599",
      reservationId: "r-04dc8d8576ffeab23",
      enis: [
        ["eni-739a4a6a125c8410c", "subnet-bd984a5171517dbe5", "vpc-2888a69acdfa1db57", ["sg-bbc9b93b603eb2535", "sg-239dcc93eb532571a"]],
        ["eni-8d4efb3896f5ba7f3", "subnet-bd984a5171517dbe5", "vpc-2888a69acdfa1db57", ["sg-7b9f31029220d1c54", "sg-5185688ca37cbef01"]]
      ]
    })
  })
})
