/**
 * The purchasing operations (Spot requests and price history, EC2 Fleet, Reserved Instances, Capacity
 * Reservations, Dedicated Hosts) called by real clients against `ec2kit-serve`: the AWS CLI v1
 * (pyenv's) and v2 (Debian's `awscli`), every step a real `aws ec2 …` with `--endpoint-url` and its
 * JSON output asserted, and boto3 (Debian's, clients/boto3_purchasing.py) for what it adds: the
 * `spot_instance_request_fulfilled` waiter actually polling, and the `describe_spot_price_history`
 * paginator. Set-up and independent checks of the world go through the JS SDK.
 *
 * The CLIs talk to a world in virtual time (`--time virtual`): its prices are fixed while the suite
 * runs, and a Reserved Instance's payment is made by advancing the clock (`POST /_ec2kit/advance`),
 * not by waiting. boto3 talks to a world in real time, so that its waiter sees a request scheduled two
 * seconds ahead wait and then be fulfilled.
 *
 * A `*.clients.test.ts` file: slow (~1 s of CPU per `aws` call), so CI runs it once, on Node 20.
 */
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSpotInstanceRequestsCommand,
  DescribeSpotPriceHistoryCommand,
  EC2Client,
  type Instance
} from "@aws-sdk/client-ec2"
import { Pricing } from "@ec2kit/core"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  awsCliDriver,
  clientsDir,
  findBoto3,
  loopbackOnly,
  requireTool,
  run,
  type Served,
  serve
} from "./clients/harness.js"

let s: Served
let sdk: EC2Client
let ami: string
/** The virtual world's clock, which stands still unless advanced. */
let now: Date
beforeAll(async () => {
  s = await serve(["--seed", "purchasing", "--time", "virtual"])
  sdk = new EC2Client({ endpoint: loopbackOnly(s.url), region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
  ami = (await sdk.send(new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] }))).Images?.[0]?.ImageId ?? ""
  const health = await (await fetch(`${loopbackOnly(s.url)}/_ec2kit/health`)).json() as { time: string; now: string }
  expect(health.time).toBe("virtual")
  now = new Date(health.now)
})
afterAll(async () => {
  sdk?.destroy()
  expect(await s?.stop()).toBe(0)
})

/** Moves the virtual clock (the control endpoint, as docs/emulator.md shows it). */
const advance = async (by: string) => {
  const r = await fetch(`${loopbackOnly(s.url)}/_ec2kit/advance`, { method: "POST", body: JSON.stringify({ by }) })
  expect(r.status).toBe(200)
}

/** The instance as the SDK sees it (not through the client under test). */
const instanceOf = async (id: string): Promise<Instance | undefined> =>
  (await sdk.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]

/** On-Demand USD/h of a type (core's price table), which every Spot price must stay below. */
const onDemand = (type: string): number => Pricing.onDemandHourly(Pricing.usEast1, type) ?? Number.NaN

/** A Spot price as AWS writes it: a decimal string with six places. */
const priceText = /^\d+\.\d{6}$/

/** An ISO timestamp as the CLIs print them (v1 `Z`, v2 `+00:00`, with or without milliseconds). */
const isoText = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)$/

for (const major of [1, 2] as const) {
  describe(`AWS CLI v${major}, purchasing`, () => {
    const { cli, aws, ec2, serviceErrorExit } = awsCliDriver(major, () => s.url)
    /** Each CLI works in its own AZ, so that their Spot pools and reservations do not meet. */
    const zone = major === 1 ? "us-east-1c" : "us-east-1d"

    it("describe-spot-price-history: --instance-types, --product-descriptions, --start-time, the CLI's own --page-size/--max-items", async () => {
      expect(cli().version).toMatch(new RegExp(`^aws-cli/${major}\\.\\d+\\.\\d+ Python/3\\.`))
      const start = new Date(now.getTime() - 24 * 3_600_000)
      const query = ["--instance-types", "m5.large", "c5.large", "--product-descriptions", "Linux/UNIX", "--start-time", start.toISOString()]
      const before = (await s.actions()).length
      const first = await ec2("describe-spot-price-history", ...query, "--page-size", "5", "--max-items", "12")
      expect((await s.actions()).slice(before)).toEqual(["DescribeSpotPriceHistory", "DescribeSpotPriceHistory", "DescribeSpotPriceHistory"])
      expect(first.SpotPriceHistory).toHaveLength(12)
      expect(first.NextToken).toEqual(expect.any(String))
      const rest = await ec2("describe-spot-price-history", ...query, "--page-size", "50", "--starting-token", first.NextToken)
      expect(rest.NextToken).toBeUndefined()
      const all: Array<any> = [...first.SpotPriceHistory, ...rest.SpotPriceHistory]

      // the same history as one SDK call asking for all of it
      const direct = (await sdk.send(new DescribeSpotPriceHistoryCommand({
        InstanceTypes: ["m5.large", "c5.large"], ProductDescriptions: ["Linux/UNIX"], StartTime: start, MaxResults: 1000
      }))).SpotPriceHistory ?? []
      expect(all.map((h) => [h.AvailabilityZone, h.InstanceType, h.SpotPrice, Date.parse(h.Timestamp)]))
        .toEqual(direct.map((h) => [h.AvailabilityZone, h.InstanceType, h.SpotPrice, h.Timestamp?.getTime()]))

      const pools = new Map<string, Array<number>>()
      for (const h of all) {
        expect(h).toMatchObject({ ProductDescription: "Linux/UNIX", InstanceType: expect.stringMatching(/^(m5|c5)\.large$/) })
        expect(h.SpotPrice).toMatch(priceText)
        expect(Number(h.SpotPrice)).toBeGreaterThan(0)
        expect(Number(h.SpotPrice)).toBeLessThan(onDemand(h.InstanceType))
        expect(h.Timestamp).toMatch(isoText)
        expect(Date.parse(h.Timestamp)).toBeLessThanOrEqual(now.getTime())
        const key = `${h.AvailabilityZone} ${h.InstanceType}`
        pools.set(key, [...(pools.get(key) ?? []), Date.parse(h.Timestamp)])
      }
      expect(pools.size).toBe(12) // two types in each of the region's six AZs
      for (const times of pools.values()) {
        expect(times).toEqual([...times].sort((a, b) => b - a)) // newest first
        // the oldest entry is the price in force at the start time (SDK: "the effective price as of the start time")
        expect(Math.min(...times)).toBeLessThanOrEqual(start.getTime())
        expect(times.filter((t) => t <= start.getTime())).toHaveLength(1)
      }
    })

    it("request-spot-instances, `aws ec2 wait spot-instance-request-fulfilled`, describe, cancel (the instance is kept)", async () => {
      const spec = JSON.stringify({ ImageId: ami, InstanceType: "m5.large", Placement: { AvailabilityZone: zone } })
      const [made] = (await ec2("request-spot-instances", "--spot-price", "0.096", "--instance-count", "1", "--type", "one-time",
        "--launch-specification", spec)).SpotInstanceRequests
      expect(made).toMatchObject({
        SpotInstanceRequestId: expect.stringMatching(/^sir-[0-9a-z]{8}$/),
        SpotPrice: "0.096000",
        State: "open",
        Status: { Code: "pending-evaluation" },
        Type: "one-time",
        ProductDescription: "Linux/UNIX",
        InstanceInterruptionBehavior: "terminate",
        LaunchSpecification: { ImageId: ami, InstanceType: "m5.large" }
      })
      expect(made.CreateTime).toMatch(isoText)
      // ValidUntil defaults to 7 days after creation (SDK: RequestSpotInstancesRequest.ValidUntil)
      expect(Date.parse(made.ValidUntil) - Date.parse(made.CreateTime)).toBe(7 * 24 * 3_600_000)
      const id: string = made.SpotInstanceRequestId

      expect(await ec2("wait", "spot-instance-request-fulfilled", "--spot-instance-request-ids", id)).toBe("")
      const [active] = (await ec2("describe-spot-instance-requests", "--spot-instance-request-ids", id)).SpotInstanceRequests
      expect(active).toMatchObject({
        SpotInstanceRequestId: id,
        State: "active",
        Status: { Code: "fulfilled", Message: "Your spot request is fulfilled." },
        InstanceId: expect.stringMatching(/^i-[0-9a-f]{17}$/),
        LaunchedAvailabilityZone: zone
      })
      const instanceId: string = active.InstanceId
      expect(await instanceOf(instanceId)).toMatchObject({ InstanceLifecycle: "spot", SpotInstanceRequestId: id, Placement: { AvailabilityZone: zone } })

      expect(await ec2("cancel-spot-instance-requests", "--spot-instance-request-ids", id))
        .toEqual({ CancelledSpotInstanceRequests: [{ SpotInstanceRequestId: id, State: "cancelled" }] })
      expect(await ec2("describe-spot-instance-requests", "--filters", `Name=instance-id,Values=${instanceId}`,
        "--query", "SpotInstanceRequests[].[SpotInstanceRequestId,State,Status.Code,InstanceId]"))
        .toEqual([[id, "cancelled", "request-canceled-and-instance-running", instanceId]])
      // "Canceling a Spot Instance request does not terminate running Spot Instances" (SDK: CancelSpotInstanceRequests)
      expect((await instanceOf(instanceId))?.State?.Name).not.toMatch(/shutting-down|terminated/)
    })

    it(`run-instances --instance-market-options MarketType=spot; a maximum below the price is SpotMaxPriceTooLow (exit ${serviceErrorExit}, AWS's text)`, async () => {
      const [instanceId, lifecycle, requestId, az] = await ec2("run-instances", "--image-id", ami, "--instance-type", "m5.large", "--count", "1",
        "--placement", `AvailabilityZone=${zone}`,
        "--instance-market-options", "MarketType=spot,SpotOptions={MaxPrice=0.096,SpotInstanceType=one-time,InstanceInterruptionBehavior=terminate}",
        "--query", "Instances[0].[InstanceId,InstanceLifecycle,SpotInstanceRequestId,Placement.AvailabilityZone]")
      expect(instanceId).toMatch(/^i-[0-9a-f]{17}$/)
      expect([lifecycle, az]).toEqual(["spot", zone])
      expect(requestId).toMatch(/^sir-[0-9a-z]{8}$/)
      const request = (await sdk.send(new DescribeSpotInstanceRequestsCommand({ SpotInstanceRequestIds: [requestId] }))).SpotInstanceRequests?.[0]
      expect(request).toMatchObject({ State: "active", Status: { Code: "fulfilled" }, InstanceId: instanceId, Type: "one-time" })

      const price = (await sdk.send(new DescribeSpotPriceHistoryCommand({
        InstanceTypes: ["m5.large"], AvailabilityZone: zone, StartTime: now, EndTime: now
      }))).SpotPriceHistory?.[0]?.SpotPrice ?? ""
      expect(price).toMatch(priceText)
      const before = (await sdk.send(new DescribeInstancesCommand({}))).Reservations?.length
      const refused = await aws(["ec2", "run-instances", "--image-id", ami, "--instance-type", "m5.large", "--count", "1",
        "--placement", `AvailabilityZone=${zone}`, "--instance-market-options", "MarketType=spot,SpotOptions={MaxPrice=0.002}"])
      expect(refused.code).toBe(serviceErrorExit)
      expect(refused.stdout).toBe("")
      // OBS (aws/aws-parallelcluster-node#415): "Your Spot request price of 0.001 is lower than the minimum required Spot request fulfillment price of 0.0374."
      expect(refused.stderr.trim()).toBe(
        "An error occurred (SpotMaxPriceTooLow) when calling the RunInstances operation: " +
          `Your Spot request price of 0.002 is lower than the minimum required Spot request fulfillment price of ${Number(price)}.`
      )
      expect((await sdk.send(new DescribeInstancesCommand({}))).Reservations?.length).toBe(before) // nothing launched
    })

    it("create-launch-template, create-fleet --type instant (On-Demand and Spot capacity), describe-fleets, delete-fleets; a launch it could not make is an error item", async () => {
      const name = `purchasing-v${major}`
      const template = await ec2("create-launch-template", "--launch-template-name", name,
        "--launch-template-data", JSON.stringify({ ImageId: ami, InstanceType: "m5.large" }))
      expect(template.LaunchTemplate).toMatchObject({ LaunchTemplateName: name, LaunchTemplateId: expect.stringMatching(/^lt-[0-9a-f]{17}$/), LatestVersionNumber: 1 })
      const templateId: string = template.LaunchTemplate.LaunchTemplateId

      const fleet = await ec2("create-fleet", "--type", "instant",
        "--launch-template-configs", `LaunchTemplateSpecification={LaunchTemplateId=${templateId},Version=1},Overrides=[{AvailabilityZone=${zone}}]`,
        "--target-capacity-specification", "TotalTargetCapacity=3,OnDemandTargetCapacity=1,SpotTargetCapacity=2,DefaultTargetCapacityType=spot",
        "--query", "{id: FleetId, errors: Errors, instances: Instances[].{lifecycle: Lifecycle, type: InstanceType, ids: InstanceIds}}")
      expect(fleet.id).toMatch(/^fleet-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      expect(fleet.errors).toEqual([])
      const byLifecycle = (l: string): Array<string> => fleet.instances.filter((i: any) => i.lifecycle === l).flatMap((i: any) => i.ids)
      expect(byLifecycle("on-demand")).toHaveLength(1)
      expect(byLifecycle("spot")).toHaveLength(2)
      const ids = [...byLifecycle("on-demand"), ...byLifecycle("spot")]
      for (const id of ids) {
        const i = await instanceOf(id)
        expect(i?.Tags).toContainEqual({ Key: "aws:ec2:fleet-id", Value: fleet.id })
        expect(i?.Placement?.AvailabilityZone).toBe(zone)
        expect(i?.InstanceLifecycle).toBe(byLifecycle("spot").includes(id) ? "spot" : undefined)
      }

      const [described] = (await ec2("describe-fleets", "--fleet-ids", fleet.id)).Fleets
      expect(described).toMatchObject({
        FleetId: fleet.id,
        Type: "instant",
        FleetState: "active",
        ActivityStatus: "fulfilled",
        FulfilledCapacity: 3,
        FulfilledOnDemandCapacity: 1,
        TargetCapacitySpecification: { TotalTargetCapacity: 3, OnDemandTargetCapacity: 1, SpotTargetCapacity: 2, DefaultTargetCapacityType: "spot" }
      })
      expect(described.CreateTime).toMatch(isoText)
      expect(described.Instances.flatMap((i: any) => i.InstanceIds).sort()).toEqual([...ids].sort())

      // an instant fleet cannot be deleted without its instances (SDK: DeleteFleets.TerminateInstances)
      expect(await ec2("delete-fleets", "--fleet-ids", fleet.id, "--no-terminate-instances")).toEqual({
        SuccessfulFleetDeletions: [],
        UnsuccessfulFleetDeletions: [{
          FleetId: fleet.id,
          Error: { Code: "NoTerminateInstancesNotSupported", Message: "NoTerminateInstances option is not supported for instant fleet" }
        }]
      })
      expect(await ec2("delete-fleets", "--fleet-ids", fleet.id, "--terminate-instances")).toEqual({
        SuccessfulFleetDeletions: [{ FleetId: fleet.id, PreviousFleetState: "active", CurrentFleetState: "deleted_terminating" }],
        UnsuccessfulFleetDeletions: []
      })
      for (const id of ids) expect((await instanceOf(id))?.State?.Name).toBe("shutting-down")

      // what an instant fleet could not launch comes back as an error item of the answer, not as a failed call
      const price = (await sdk.send(new DescribeSpotPriceHistoryCommand({
        InstanceTypes: ["m5.large"], AvailabilityZone: zone, StartTime: now, EndTime: now
      }))).SpotPriceHistory?.[0]?.SpotPrice ?? ""
      const short = await ec2("create-fleet", "--type", "instant",
        "--launch-template-configs", `LaunchTemplateSpecification={LaunchTemplateId=${templateId},Version=1},Overrides=[{MaxPrice=0.002,AvailabilityZone=${zone}}]`,
        "--target-capacity-specification", "TotalTargetCapacity=2,DefaultTargetCapacityType=spot",
        "--query", "{errors: Errors, instances: Instances}")
      expect(short).toEqual({
        instances: [],
        errors: [{
          LaunchTemplateAndOverrides: {
            LaunchTemplateSpecification: { LaunchTemplateId: templateId, Version: "1" },
            Overrides: { MaxPrice: "0.002", AvailabilityZone: zone }
          },
          Lifecycle: "spot",
          ErrorCode: "SpotMaxPriceTooLow",
          ErrorMessage: `Your Spot request price of 0.002 is lower than the minimum required Spot request fulfillment price of ${Number(price)}.`
        }]
      })
    })

    it("describe-reserved-instances-offerings with --max-items, purchase-reserved-instances-offering, describe-reserved-instances (payment-pending, then active)", async () => {
      const offerings = await ec2("describe-reserved-instances-offerings", "--instance-type", "m5.large", "--offering-class", "standard",
        "--product-description", "Linux/UNIX", "--page-size", "10", "--max-items", "4")
      expect(offerings.ReservedInstancesOfferings).toHaveLength(4)
      expect(offerings.NextToken).toEqual(expect.any(String))
      for (const o of offerings.ReservedInstancesOfferings) {
        expect(o).toMatchObject({
          InstanceType: "m5.large", OfferingClass: "standard", ProductDescription: "Linux/UNIX", CurrencyCode: "USD",
          InstanceTenancy: "default", Marketplace: false, Duration: expect.any(Number), FixedPrice: expect.any(Number)
        })
        expect([31_536_000, 94_608_000]).toContain(o.Duration) // one and three years, in seconds
        expect(["No Upfront", "Partial Upfront", "All Upfront"]).toContain(o.OfferingType)
      }
      // a regional one-year Partial Upfront offering, found by the API's own filters
      const [offering] = (await ec2("describe-reserved-instances-offerings", "--instance-type", "m5.large", "--offering-class", "standard",
        "--product-description", "Linux/UNIX", "--offering-type", "Partial Upfront",
        "--filters", "Name=scope,Values=Region", "Name=duration,Values=31536000")).ReservedInstancesOfferings
      expect(offering).toMatchObject({ Scope: "Region", Duration: 31_536_000, OfferingType: "Partial Upfront" })
      expect(offering.FixedPrice).toBeGreaterThan(0)
      expect(offering.RecurringCharges).toEqual([{ Amount: expect.any(Number), Frequency: "Hourly" }])

      const bought = await ec2("purchase-reserved-instances-offering", "--reserved-instances-offering-id", offering.ReservedInstancesOfferingId,
        "--instance-count", "2")
      expect(bought.ReservedInstancesId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      const show = ["describe-reserved-instances", "--reserved-instances-ids", bought.ReservedInstancesId] as const
      const [pending] = (await ec2(...show)).ReservedInstances
      expect(pending).toMatchObject({
        ReservedInstancesId: bought.ReservedInstancesId, State: "payment-pending", InstanceCount: 2, InstanceType: "m5.large",
        Scope: "Region", OfferingClass: "standard", OfferingType: "Partial Upfront", ProductDescription: "Linux/UNIX",
        Duration: 31_536_000, FixedPrice: offering.FixedPrice, RecurringCharges: offering.RecurringCharges
      })
      expect(pending.Start).toMatch(isoText)
      expect(Date.parse(pending.End) - Date.parse(pending.Start)).toBe(31_536_000_000)

      await advance("2m") // the payment goes through (ec2kit's delay: one minute)
      now = new Date(now.getTime() + 120_000)
      expect(await ec2(...show, "--filters", "Name=state,Values=active", "--query", "ReservedInstances[].[ReservedInstancesId,State]"))
        .toEqual([[bought.ReservedInstancesId, "active"]])
    })

    it("create-capacity-reservation, describe-capacity-reservations, cancel-capacity-reservation; allocate-hosts, describe-hosts, release-hosts", async () => {
      const created = (await ec2("create-capacity-reservation", "--instance-type", "c5.xlarge", "--instance-platform", "Linux/UNIX",
        "--availability-zone", zone, "--instance-count", "2", "--end-date-type", "unlimited",
        "--tag-specifications", `ResourceType=capacity-reservation,Tags=[{Key=suite,Value=v${major}}]`)).CapacityReservation
      expect(created).toMatchObject({
        CapacityReservationId: expect.stringMatching(/^cr-[0-9a-f]{17}$/), InstanceType: "c5.xlarge", InstancePlatform: "Linux/UNIX",
        AvailabilityZone: zone, Tenancy: "default", TotalInstanceCount: 2, AvailableInstanceCount: 2, State: "active",
        EndDateType: "unlimited", InstanceMatchCriteria: "open", EbsOptimized: false, Tags: [{ Key: "suite", Value: `v${major}` }]
      })
      expect(created.CreateDate).toMatch(isoText)
      const crId: string = created.CapacityReservationId
      expect(await ec2("describe-capacity-reservations", "--filters", `Name=tag:suite,Values=v${major}`,
        "--query", "CapacityReservations[].[CapacityReservationId,State,AvailableInstanceCount]")).toEqual([[crId, "active", 2]])
      expect(await ec2("cancel-capacity-reservation", "--capacity-reservation-id", crId)).toEqual({ Return: true })
      expect(await ec2("describe-capacity-reservations", "--capacity-reservation-ids", crId, "--query", "CapacityReservations[0].State"))
        .toBe("cancelled")

      const { HostIds: hosts } = await ec2("allocate-hosts", "--instance-type", "m5.large", "--availability-zone", zone, "--quantity", "2",
        "--auto-placement", "off")
      expect(hosts).toEqual([expect.stringMatching(/^h-[0-9a-f]{17}$/), expect.stringMatching(/^h-[0-9a-f]{17}$/)])
      const described = (await ec2("describe-hosts", "--host-ids", ...hosts)).Hosts
      expect(described.map((h: any) => h.HostId).sort()).toEqual([...hosts].sort())
      for (const h of described) {
        expect(h).toMatchObject({
          State: "available", AutoPlacement: "off", AvailabilityZone: zone, Instances: [],
          HostProperties: { InstanceType: "m5.large", TotalVCpus: expect.any(Number) },
          AvailableCapacity: { AvailableInstanceCapacity: [{ InstanceType: "m5.large", AvailableCapacity: expect.any(Number) }] }
        })
        expect(h.AllocationTime).toMatch(isoText)
      }
      expect(await ec2("release-hosts", "--host-ids", ...hosts)).toEqual({ Successful: hosts, Unsuccessful: [] })
      expect(await ec2("describe-hosts", "--host-ids", ...hosts, "--query", "Hosts[].State")).toEqual(["released", "released"])
    })
  })
}

describe("boto3, purchasing", () => {
  let real: Served | undefined
  afterAll(async () => {
    if (real !== undefined) expect(await real.stop()).toBe(0)
  })

  it("the spot_instance_request_fulfilled waiter polls a scheduled request until it is fulfilled; the describe_spot_price_history paginator", async () => {
    const python = requireTool(findBoto3())
    // real time: the request's ValidFrom (two seconds ahead) passes while the waiter polls
    real = await serve(["--seed", "purchasing-boto3"])
    const r = await run(python.file, [path.join(clientsDir, "boto3_purchasing.py"), loopbackOnly(real.url)])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.boto3).toMatch(/^1\.\d+\.\d+$/)

    expect(out.requested).toEqual({ id: expect.stringMatching(/^sir-[0-9a-z]{8}$/), state: "open", code: "pending-evaluation", valid_from_is_datetime: true })
    // held until its start date (AWS: "will not be evaluated until the scheduled date"; was pending-evaluation, 8c00295)
    expect(out.before).toMatchObject({ state: "open", code: "not-scheduled-yet", instance: null })
    expect(out.after).toEqual({ state: "active", code: "fulfilled", instance: expect.stringMatching(/^i-[0-9a-f]{17}$/), zone: "us-east-1b", valid_from: out.before.valid_from })
    expect(out.waited_seconds).toBeGreaterThan(0.5) // it did wait for ValidFrom
    const polls = (await real.actions()).filter((a) => a === "DescribeSpotInstanceRequests").length
    expect(polls).toBeGreaterThanOrEqual(4) // before, at least two polls of the waiter, after, kept
    expect(out.missing).toEqual({
      code: "InvalidSpotInstanceRequestID.NotFound",
      message: "The spot instance request ID 'sir-00000000' does not exist",
      operation: "CancelSpotInstanceRequests"
    })
    expect(out.kept).toEqual(out.after) // the refused cancel of two requests cancelled neither

    const sizes: Array<number> = out.pages.sizes
    expect(sizes.length).toBeGreaterThan(1)
    expect(sizes.slice(0, -1).every((n) => n === 10)).toBe(true)
    expect(out.pages.tokens).toEqual(sizes.map((_, i) => i < sizes.length - 1))
    expect(out.pages.rows).toEqual(out.pages.one_call) // the pages together are the one call's answer
    expect(out.pages.one_call_token).toBe("")
    expect(out.pages.aware).toBe(true)
    for (const [az, type, product, price, time] of out.pages.rows as Array<[string, string, string, string, string]>) {
      expect([az, product]).toEqual([expect.stringMatching(/^us-east-1[a-f]$/), "Linux/UNIX"])
      expect(price).toMatch(priceText)
      expect(Number(price)).toBeLessThan(onDemand(type))
      expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/)
    }
    expect(out.now_price).toEqual([["us-east-1b", "m5.large", "Linux/UNIX", expect.stringMatching(priceText), expect.any(String)]])
  })
})
