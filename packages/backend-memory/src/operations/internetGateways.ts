/**
 * Internet gateways: Create/Attach/Detach/Delete/DescribeInternetGateways. A gateway is attached to
 * at most one VPC and a VPC has at most one gateway; detaching while the VPC has public addresses
 * mapped, and deleting while attached, are `DependencyViolation`s. Routes to a deleted or detached
 * gateway stay in their tables as `blackhole` (route tables).
 *
 * Facts and their sources: /work/shared/docs/networking-facts.md §4, §5 (read 2026-12-06).
 *
 * @internal
 */
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { InternetGatewayRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, freshId, paginate, tagsFromSpecs, tagsOut } from "./tags.js"
import { findVpc } from "./vpcs.js"

type Req<K extends keyof Ec2.Implementation> = Parameters<Ec2.Implementation[K]>[0]

/** Internet gateways per Region: 5 (amazon-vpc-limits.html, read 2026-12-06); code from ERR, text unverified. */
export const MaxInternetGateways = 5

/** The gateway of an id, or AWS's `InvalidInternetGatewayID.NotFound`. */
export const findGateway = (w: World, id: string) => {
  const g = w.get("internetGateways", id)
  return g === undefined ? Effect.fail(Identifier.notFound("internetGateway", id)) : Effect.succeed(g)
}

const gatewayOut = (w: World, g: InternetGatewayRecord) => ({
  InternetGatewayId: g.InternetGatewayId,
  OwnerId: g.OwnerId,
  // AWS answers `available` for an attached gateway (SDK InternetGatewayAttachment.State: "The current state of the
  // attachment. For an internet gateway, the state is available when attached to a VPC"), outside the SDK's enum
  Attachments: g.VpcId === undefined ? [] : [{ State: "available" as never, VpcId: g.VpcId }],
  ...tagsOut(w, g.InternetGatewayId)
})

export const createInternetGateway = (w: World, req: Req<"createInternetGateway">) =>
  Effect.gen(function*() {
    const tags = yield* attempt(tagsFromSpecs(req.TagSpecifications, "internet-gateway"))
    if (w.count("internetGateways") >= MaxInternetGateways) {
      return yield* Ec2Error.fail("InternetGatewayLimitExceeded", "The maximum number of internet gateways has been reached.")
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const g: InternetGatewayRecord = {
      InternetGatewayId: yield* freshId("internetGateway", (id) => w.get("internetGateways", id) !== undefined),
      OwnerId: w.meta.AccountId
    }
    w.put("internetGateways", g)
    if (tags.length > 0) w.setTags(g.InternetGatewayId, tags)
    return { InternetGateway: gatewayOut(w, g) }
  })

export const attachInternetGateway = (w: World, req: Req<"attachInternetGateway">) =>
  Effect.gen(function*() {
    const g = yield* findGateway(w, req.InternetGatewayId)
    const vpc = yield* findVpc(w, req.VpcId)
    if (g.VpcId !== undefined) {
      // OBS berlioz-the/berlioz#1 (networking-facts §4)
      return yield* Ec2Error.fail("Resource.AlreadyAssociated", `resource ${g.InternetGatewayId} is already attached to network ${g.VpcId}`)
    }
    if ([...w.all("internetGateways")].some((x) => x.VpcId === vpc.VpcId)) {
      // OBS binlab/terraform-aws-vault-ha-raft#54
      return yield* Ec2Error.fail("InvalidParameterValue", `Network ${vpc.VpcId} already has an internet gateway attached`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.put("internetGateways", { ...g, VpcId: vpc.VpcId })
    return {}
  })

/** Whether any interface of the VPC has a public IPv4 (auto-assigned or an Elastic IP). */
const hasMappedPublicAddresses = (w: World, vpcId: string) =>
  [...w.all("networkInterfaces")].some((e) => e.VpcId === vpcId && e.PublicIp !== undefined) ||
  [...w.all("addresses")].some((a) => {
    const eni = a.NetworkInterfaceId === undefined ? undefined : w.get("networkInterfaces", a.NetworkInterfaceId)
    return eni?.VpcId === vpcId
  })

export const detachInternetGateway = (w: World, req: Req<"detachInternetGateway">) =>
  Effect.gen(function*() {
    const g = yield* findGateway(w, req.InternetGatewayId)
    const vpc = yield* findVpc(w, req.VpcId)
    if (g.VpcId !== vpc.VpcId) {
      // ERR lists Gateway.NotAttached; this text was seen only in an OUTSCALE test (unverified for AWS)
      return yield* Ec2Error.fail("Gateway.NotAttached", `resource ${g.InternetGatewayId} is not attached to network ${vpc.VpcId}`)
    }
    if (hasMappedPublicAddresses(w, vpc.VpcId)) {
      // OBS prabhatsharma/kubernetes-the-hard-way-aws#16, hashicorp/terraform#497
      return yield* Ec2Error.fail(
        "DependencyViolation",
        `Network ${vpc.VpcId} has some mapped public address(es). Please unmap those public address(es) before detaching the gateway.`
      )
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const { VpcId: _, ...detached } = g
    w.put("internetGateways", detached)
    return {}
  })

export const deleteInternetGateway = (w: World, req: Req<"deleteInternetGateway">) =>
  Effect.gen(function*() {
    const g = yield* findGateway(w, req.InternetGatewayId)
    if (g.VpcId !== undefined) {
      // OBS giantswarm/aws-operator#109, saltstack/salt#60140
      return yield* Ec2Error.fail("DependencyViolation", `The internetGateway '${g.InternetGatewayId}' has dependencies and cannot be deleted.`)
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    w.del("internetGateways", g.InternetGatewayId)
    w.setTags(g.InternetGatewayId, [])
    return {}
  })

export const describeInternetGateways = (w: World, req: Req<"describeInternetGateways">) =>
  Effect.gen(function*() {
    for (const id of req.InternetGatewayIds ?? []) yield* findGateway(w, id)
    const pred = yield* attempt(compileFilters<InternetGatewayRecord>(req.Filters, {
      // "attachment.state - The current state of the attachment … available. Present only if a VPC is attached." (SDK)
      "attachment.state": (g) => [g.VpcId === undefined ? undefined : "available"],
      "attachment.vpc-id": (g) => [g.VpcId],
      "internet-gateway-id": (g) => [g.InternetGatewayId],
      "owner-id": (g) => [g.OwnerId]
    }, (g) => w.tagsOf(g.InternetGatewayId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const ids = req.InternetGatewayIds === undefined ? undefined : new Set<string>(req.InternetGatewayIds)
    const selected = [...w.all("internetGateways")].filter((g) => (ids === undefined || ids.has(g.InternetGatewayId)) && pred(g))
    // MaxResults 5–1000 (API DescribeInternetGateways)
    const { NextToken, page } = yield* attempt(paginate(selected, req, { min: 5, max: 1000 }))
    return { InternetGateways: page.map((g) => gatewayOut(w, g)), ...(NextToken !== undefined ? { NextToken } : {}) }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "createInternetGateway" | "attachInternetGateway" | "detachInternetGateway" | "deleteInternetGateway" | "describeInternetGateways"
> => ({
  createInternetGateway: (req) => engine.transact((w) => createInternetGateway(w, req)),
  attachInternetGateway: (req) => engine.transact((w) => attachInternetGateway(w, req)),
  detachInternetGateway: (req) => engine.transact((w) => detachInternetGateway(w, req)),
  deleteInternetGateway: (req) => engine.transact((w) => deleteInternetGateway(w, req)),
  describeInternetGateways: (req) => engine.transact((w) => describeInternetGateways(w, req))
})
