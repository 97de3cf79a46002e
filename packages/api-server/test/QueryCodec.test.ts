import { Ec2Error } from "@ec2kit/core"
import { QueryCodec, XmlResponse } from "@ec2kit/api-server"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { bodyOf, sdkParse, sdkRequest } from "./sdk.js"

const decodeSdk = async (action: string, input: unknown) => {
  const request = await sdkRequest(action, input)
  return QueryCodec.decodeRequest({ method: request.method, query: request.query, body: bodyOf(request) })
}

const decodeBody = (body: string) => QueryCodec.decodeRequest({ method: "POST", body })

const failure = (r: Result.Result<unknown, Ec2Error.Ec2Error>) => {
  if (Result.isSuccess(r)) throw new Error(`expected a failure, got ${JSON.stringify(r.success)}`)
  return { code: r.failure.code, message: r.failure.reason.message, status: XmlResponse.httpStatus(r.failure) }
}

describe("QueryCodec.decodeRequest", () => {
  it("reads what the SDK sends for RunInstances: ec2QueryNames, lists, nested lists, booleans, numbers", async () => {
    const input = {
      MinCount: 1,
      MaxCount: 2,
      ImageId: "ami-12345678",
      InstanceType: "t3.micro",
      SecurityGroupIds: ["sg-1", "sg-2"],
      DisableApiTermination: true,
      ClientToken: "token-1",
      BlockDeviceMappings: [{ DeviceName: "/dev/sda1", Ebs: { VolumeSize: 8, DeleteOnTermination: false } }],
      TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: "a b&c=d" }] }]
    }
    const decoded = await decodeSdk("RunInstances", input)
    expect(Result.isSuccess(decoded)).toBe(true)
    if (Result.isSuccess(decoded)) {
      expect(decoded.success.operation.method).toBe("runInstances")
      expect(decoded.success.input).toEqual(input)
    }
  })

  it("reads Filter.N.Value.M", async () => {
    const input = { Filters: [{ Name: "tag:Name", Values: ["a", "b"] }, { Name: "instance-state-name", Values: ["running"] }] }
    const decoded = await decodeSdk("DescribeInstances", input)
    expect(Result.getOrThrow(decoded).input).toEqual(input)
  })

  it("reads timestamps and base64 blobs", async () => {
    const key = new Uint8Array([0, 1, 2, 250, 255])
    const decoded = await decodeSdk("ImportKeyPair", { KeyName: "k", PublicKeyMaterial: key })
    expect(Result.getOrThrow(decoded).input).toEqual({ KeyName: "k", PublicKeyMaterial: key })
  })

  it("answers AWS's errors for requests that are not EC2 requests", () => {
    expect(failure(decodeBody("Version=2016-11-15"))).toMatchObject({ code: "MissingAction", status: 400 })
    expect(failure(decodeBody("Action=LaunchRockets&Version=2016-11-15"))).toEqual({
      code: "InvalidAction",
      message: "The action LaunchRockets is not valid for this web service.",
      status: 400
    })
    expect(failure(decodeBody("Action=CreateNatGateway&Version=2016-11-15&SubnetId=subnet-0123456789abcdef0"))).toMatchObject({
      code: "UnsupportedOperation",
      status: 400
    })
    expect(failure(decodeBody("Action=DescribeInstances"))).toMatchObject({ code: "MissingParameter", status: 400 })
    expect(failure(decodeBody("Action=DescribeInstances&Version=2014-01-01"))).toMatchObject({ code: "NoSuchVersion", status: 400 })
    expect(failure(decodeBody("Action=DescribeInstances&Version=2016-11-15&Bogus=1"))).toEqual({
      code: "UnknownParameter",
      message: "The parameter Bogus is not recognized",
      status: 400
    })
    expect(failure(decodeBody("Action=DescribeInstances&Version=2016-11-15&MaxResults=ten"))).toEqual({
      code: "InvalidParameterValue",
      message: "Invalid value 'ten' for MaxResults.",
      status: 400
    })
    expect(failure(decodeBody("Action=DescribeInstances&Version=2016-11-15&DryRun=yes"))).toMatchObject({
      code: "InvalidParameterValue"
    })
    expect(failure(QueryCodec.decodeRequest({ method: "POST", body: new Uint8Array([0xff, 0xfe]) }))).toMatchObject({
      code: "InvalidQueryParameter",
      status: 400
    })
  })

  it("reads GET query strings too", () => {
    const decoded = QueryCodec.decodeRequest({ method: "GET", query: "Action=StopInstances&Version=2016-11-15&InstanceId.1=i-1&InstanceId.2=i-2&Force=true" })
    expect(Result.getOrThrow(decoded).input).toEqual({ InstanceIds: ["i-1", "i-2"], Force: true })
  })
})

describe("XmlResponse", () => {
  it("renders an output the SDK reads back unchanged, in EC2's document shape", async () => {
    const output = {
      ReservationId: "r-1",
      OwnerId: "123456789012",
      Groups: [],
      Instances: [
        {
          InstanceId: "i-1234567890abcdef0",
          State: { Code: 0, Name: "pending" },
          LaunchTime: new Date("2026-12-06T01:02:03.456Z"),
          EbsOptimized: false,
          Tags: [{ Key: "Name", Value: "<web> & \"db\"" }]
        }
      ]
    }
    const answer = QueryCodec.encodeResult({ action: "RunInstances", schema: (await import("@aws-sdk/client-ec2")).RunInstances$, method: "runInstances" }, output, "req-1")
    expect(answer.status).toBe(200)
    expect(answer.body).toContain(`<RunInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId><reservationId>r-1</reservationId>`)
    expect(answer.body).toContain("<groupSet/>")
    expect(answer.body).toContain("<instancesSet><item>")
    expect(answer.body).toContain("<instanceId>i-1234567890abcdef0</instanceId>")
    expect(answer.body).toContain("<instanceState><code>0</code><name>pending</name></instanceState>")
    expect(answer.body).toContain("<tagSet><item><key>Name</key><value>&lt;web&gt; &amp; &quot;db&quot;</value></item></tagSet>")
    expect(answer.body).toContain("<launchTime>2026-12-06T01:02:03.456Z</launchTime>")
    expect(await sdkParse("RunInstances", answer)).toEqual(output)
  })

  it("renders errors the SDK raises as its ServiceException with AWS's name, message, status and request id", async () => {
    const answer = QueryCodec.encodeError(Ec2Error.make("InvalidInstanceID.NotFound", "The instance ID 'i-1' does not exist"), "req-2")
    expect(answer.status).toBe(400)
    expect(answer.body).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID &apos;i-1&apos; does not exist</Message></Error></Errors><RequestID>req-2</RequestID></Response>`
    )
    const e = (await sdkParse("DescribeInstances", answer)) as { name: string; message: string; $metadata: { httpStatusCode: number; requestId: string } }
    expect(e.name).toBe("InvalidInstanceID.NotFound")
    expect(e.message).toBe("The instance ID 'i-1' does not exist")
    expect(e.$metadata.httpStatusCode).toBe(400)
    expect(e.$metadata.requestId).toBe("req-2")
  })
})
