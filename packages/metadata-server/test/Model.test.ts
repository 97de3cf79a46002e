import * as Identifier from "@ec2kit/core/Identifier"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Model from "../src/Model.js"
import * as Tree from "../src/Tree.js"
import { config } from "./helpers.js"

const regions = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1", "sa-east-1", "cn-north-1", "us-gov-west-1"]

describe("generated instances (property, 1000 runs)", () => {
  it("every generated value has AWS's format and the categories agree", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom(...regions), (seed, region) => {
        const m = Model.fromConfig(config({ Region: region }), { seed, bootMillis: 0, bootId: "b" })
        const eth0 = m.enis[0]!
        expect(Identifier.is("instance")(m.instanceId)).toBe(true)
        expect(Identifier.is("image")(m.imageId)).toBe(true)
        expect(Identifier.is("reservation")(m.reservationId)).toBe(true)
        expect(Identifier.is("networkInterface")(eth0.interfaceId)).toBe(true)
        expect(Identifier.is("subnet")(eth0.subnetId)).toBe(true)
        expect(Identifier.is("vpc")(eth0.vpcId)).toBe(true)
        expect(m.accountId).toMatch(/^\d{12}$/)
        expect(m.availabilityZone.startsWith(region)).toBe(true)
        expect(m.availabilityZone).toMatch(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/)
        expect(m.availabilityZoneId).toMatch(/^[a-z0-9]+-az\d$/)
        expect(eth0.mac).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/)
        expect(parseInt(eth0.mac.slice(0, 2), 16) & 0x03).toBe(0x02) // locally administered, unicast
        const ip = eth0.privateIps[0]!
        expect(ip).toMatch(/^172\.31\.\d+\.\d+$/)
        expect(eth0.localHostname).toBe(Model.privateDnsName(ip, region))
        const pub = eth0.publicIps[0]!.publicIp
        expect(eth0.publicHostname).toBe(Model.publicDnsName(pub, region))
        expect(m.role?.profileId).toMatch(/^AIPA[A-Z2-7]{17}$/)
        expect(m.role?.profileArn).toBe(`arn:${m.partition}:iam::${m.accountId}:instance-profile/ec2kit-instance-role`)
        const doc = JSON.parse(Tree.identityDocument(m))
        expect([doc.instanceId, doc.region, doc.availabilityZone, doc.privateIp, doc.accountId, doc.imageId]).toEqual([
          m.instanceId,
          region,
          m.availabilityZone,
          ip,
          m.accountId,
          m.imageId
        ])
      }),
      { numRuns: 1000 }
    )
  })

  it("partitions and DNS names follow the Region", () => {
    expect(Model.partitionOf("cn-north-1")).toEqual({ partition: "aws-cn", domain: "amazonaws.com.cn" })
    expect(Model.partitionOf("us-gov-west-1").partition).toBe("aws-us-gov")
    expect(Model.privateDnsName("10.0.0.12", "us-east-1")).toBe("ip-10-0-0-12.ec2.internal")
    expect(Model.privateDnsName("10.0.0.12", "eu-west-1")).toBe("ip-10-0-0-12.eu-west-1.compute.internal")
    expect(Model.publicDnsName("203.0.113.25", "us-east-1")).toBe("ec2-203-0-113-25.compute-1.amazonaws.com")
    expect(Model.publicDnsName("203.0.113.25", "cn-north-1")).toBe("ec2-203-0-113-25.cn-north-1.compute.amazonaws.com.cn")
  })

  it("time formats: isoSeconds and the events date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const iso = Tree.isoSeconds(ms)
        const ev = Tree.eventDate(ms)
        return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(iso) && Date.parse(iso) === Math.floor(ms / 1000) * 1000 &&
          /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/.test(ev) &&
          Date.parse(ev) === Math.floor(ms / 1000) * 1000
      }),
      { numRuns: 1000 }
    )
  })
})
