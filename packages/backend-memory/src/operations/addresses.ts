/**
 * Elastic IPs: Allocate/Associate/Disassociate/Release/DescribeAddresses.
 *
 * Model: an associated EIP sits on an ENI (`PublicIp` + `AllocationId`) and, when the ENI is an
 * instance's primary ENI, in the instance's `PublicIpAddress`; the instance engine keeps it across
 * stop/start (it only releases auto-assigned addresses) and frees the address on termination.
 *
 * @internal
 */
import { isIPv4 } from "node:net"
import { Effect } from "effect"
import type { Ec2 } from "@ec2kit/core"
import { Ec2Error, Identifier } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { AddressRecord, NetworkInterfaceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"
import { attempt, compileFilters, freshId, tagsFromSpecs, tagsOut } from "./tags.js"

// "Elastic IP addresses per Region: 5" — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html#using-instance-addressing-limit (read 2026-11)
export const MaxAddressesPerRegion = 5

// OBS: "An error occurred (AddressLimitExceeded) when calling the AllocateAddress operation: The maximum number of addresses
// has been reached." (scylladb/scylla-cluster-tests#9503, 2024, https://github.com/scylladb/scylla-cluster-tests/issues/9503;
// opstrace/opstrace#273, 2021; read 2026-12)
export const addressLimitExceeded = () => Ec2Error.make("AddressLimitExceeded", "The maximum number of addresses has been reached.")
// OBS: "Address 63.34.195.214 is in use." (scylladb/scylla-cluster-tests#2299, 2020, ReleaseAddress)
export const addressInUse = (ip: string) => Ec2Error.make("InvalidIPAddress.InUse", `Address ${ip} is in use.`)
// OBS: `<Code>Resource.AlreadyAssociated</Code><Message>resource eipalloc-xxxxx is already associated with associate-id
// eipassoc-yyy</Message>` (ansible/ansible#27385, 2017, https://github.com/ansible/ansible/issues/27385, read 2026-12)
export const alreadyAssociated = (a: AddressRecord) =>
  Ec2Error.make("Resource.AlreadyAssociated", `resource ${a.AllocationId} is already associated with associate-id ${a.AssociationId ?? ""}`)
// text unverified: a DescribeAddresses answer is seen to start with "Address" (a public script tests
// `startswith('An error occurred (InvalidAddress.NotFound) when calling the DescribeAddresses operation: Address')`, read 2026-12)
// and moto renders "Address '{'<ip>'}' not found."; the rest of the wording is not confirmed
export const addressNotFound = (ip: string) => Ec2Error.make("InvalidAddress.NotFound", `Address '${ip}' not found.`)
// OBS: "InvalidParameterValue: Invalid value 'None' for PublicIp. Not a valid IPv4 address." (NixOS/nixops#606, 2017,
// https://github.com/NixOS/nixops/issues/606, read 2026-12); checked before any lookup by public IP (the operations
// other than the one quoted there: unverified)
const checkPublicIp = (ip: string) =>
  isIPv4(ip) ? Effect.void : Ec2Error.fail("InvalidParameterValue", `Invalid value '${ip}' for PublicIp. Not a valid IPv4 address.`)
// OBS (AssociateAddress with InstanceId): "InvalidInstanceID: The pending instance 'i-0e481cee84f63eb1a' is not in a valid
// state for this operation." (hashicorp/terraform-provider-aws#21228, 2021, https://github.com/hashicorp/terraform-provider-aws/issues/21228;
// same code and text in hashicorp/terraform-provider-aws#3072, 2018, https://github.com/hashicorp/terraform-provider-aws/pull/3072);
// "InvalidInstanceID: The terminated instance 'i-…' is not in a valid state for this operation." (cloudposse/terraform-aws-ec2-instance#95,
// 2021, https://github.com/cloudposse/terraform-aws-ec2-instance/issues/95); read 2026-12. Which states are rejected
// (pending/shutting-down/terminated/stopping) is the strictest plausible rule.
export const badInstanceState = (id: string, state: string) =>
  Ec2Error.make("InvalidInstanceID", `The ${state} instance '${id}' is not in a valid state for this operation.`)

const addressOut = (w: World, a: AddressRecord) => ({
  AllocationId: a.AllocationId,
  PublicIp: a.PublicIp,
  Domain: a.Domain,
  ...(a.AssociationId !== undefined ? { AssociationId: a.AssociationId } : {}),
  ...(a.InstanceId !== undefined ? { InstanceId: a.InstanceId } : {}),
  ...(a.NetworkInterfaceId !== undefined ? { NetworkInterfaceId: a.NetworkInterfaceId, NetworkInterfaceOwnerId: w.meta.AccountId } : {}),
  ...(a.PrivateIpAddress !== undefined ? { PrivateIpAddress: a.PrivateIpAddress } : {}),
  PublicIpv4Pool: "amazon",
  NetworkBorderGroup: w.meta.Region,
  ...tagsOut(w, a.AllocationId)
})

const findAddress = (w: World, allocationId: string | undefined, publicIp: string | undefined) =>
  Effect.gen(function*() {
    if (allocationId !== undefined) {
      const a = w.get("addresses", allocationId)
      if (a === undefined) return yield* Effect.fail(Identifier.notFound("allocation", allocationId))
      return a
    }
    if (publicIp !== undefined) {
      yield* checkPublicIp(publicIp)
      const a = [...w.all("addresses")].find((x) => x.PublicIp === publicIp)
      if (a === undefined) return yield* Effect.fail(addressNotFound(publicIp))
      return a
    }
    return yield* Ec2Error.fail("MissingParameter", "Either public IP or allocation id must be specified") // unverified
  })

/** Removes an EIP from its ENI/instance (and gives the instance a fresh public IP when its subnet auto-assigns and it runs). */
/** The VPC of the network interface an address is associated with (undefined when not associated). */
const vpcOfAssociation = (w: World, a: AddressRecord): string | undefined =>
  a.NetworkInterfaceId === undefined ? undefined : w.get("networkInterfaces", a.NetworkInterfaceId)?.VpcId

const detach = (w: World, a: AddressRecord) => {
  const { AssociationId: _a, InstanceId: _i, NetworkInterfaceId: _n, PrivateIpAddress: _p, ...free } = a
  w.put("addresses", free)
  const eni = a.NetworkInterfaceId === undefined ? undefined : w.get("networkInterfaces", a.NetworkInterfaceId)
  if (eni === undefined || eni.AllocationId !== a.AllocationId) return
  const { PublicIp: _ip, AllocationId: _al, ...rest } = eni
  let next: NetworkInterfaceRecord = rest
  const inst = eni.Attachment === undefined ? undefined : w.get("instances", eni.Attachment.InstanceId)
  const subnet = w.get("subnets", eni.SubnetId)
  // "If you disassociate an Elastic IP address from your instance, your instance receives a new public IPv4
  // address" (only when the subnet auto-assigns one) — https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html (read 2026-11)
  const running = inst !== undefined && (inst.Lifecycle.State === "running" || inst.Lifecycle.State === "pending")
  const fresh = running && subnet?.MapPublicIpOnLaunch === true ? w.allocatePublicIp() : undefined
  if (fresh !== undefined) next = { ...next, PublicIp: fresh }
  w.put("networkInterfaces", next)
  if (inst !== undefined && inst.PrimaryNetworkInterfaceId === eni.NetworkInterfaceId) {
    const { PublicIpAddress: _pub, ...i } = inst
    w.put("instances", fresh !== undefined ? { ...i, PublicIpAddress: fresh } : i)
  }
}

export const allocateAddress = (w: World, req: Parameters<Ec2.Implementation["allocateAddress"]>[0]) =>
  Effect.gen(function*() {
    if (req.Address !== undefined || req.PublicIpv4Pool !== undefined || req.CustomerOwnedIpv4Pool !== undefined || req.IpamPoolId !== undefined) {
      return yield* Ec2Error.fail("UnsupportedOperation", "BYOIP, IPAM and customer-owned pools are not supported by this backend.")
    }
    if (req.NetworkBorderGroup !== undefined && req.NetworkBorderGroup !== w.meta.Region) {
      return yield* Effect.fail(Ec2Error.invalidValue(req.NetworkBorderGroup, "NetworkBorderGroup"))
    }
    const tags = yield* attempt(tagsFromSpecs(req.TagSpecifications, "elastic-ip"))
    if (w.count("addresses") >= MaxAddressesPerRegion) return yield* Effect.fail(addressLimitExceeded())
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const AllocationId = yield* freshId("allocation", (id) => w.get("addresses", id) !== undefined)
    const PublicIp = w.allocatePublicIp()
    w.put("addresses", { AllocationId, PublicIp, Domain: "vpc" })
    if (tags.length > 0) w.setTags(AllocationId, tags)
    return { AllocationId, PublicIp, Domain: "vpc" as const, PublicIpv4Pool: "amazon", NetworkBorderGroup: w.meta.Region }
  })

/**
 * AssociateAddress (SDK 3.1169 `AssociateAddressRequest`, read 2026-12): `AllocationId` "is required"
 * (`PublicIp` is deprecated: every address is a VPC address); an `InstanceId` "must have exactly one
 * attached network interface"; "Reassociation is automatic, but you can specify false
 * [`AllowReassociation`] to ensure the operation fails if the Elastic IP address is already associated
 * with another resource"; an ENI that already has another EIP loses it ("the existing Elastic IP
 * address is disassociated … but remains allocated", API_AssociateAddress, read 2026-11).
 */
export const associateAddress = (w: World, req: Parameters<Ec2.Implementation["associateAddress"]>[0]) =>
  Effect.gen(function*() {
    if (req.AllocationId === undefined && req.PublicIp !== undefined) {
      // OBS: "InvalidParameterCombination: You must specify an allocation id when mapping an address to a VPC instance"
      // (associate_address with instance_id and public_ip: cloudfoundry/bosh-aws-cpi-release#52, 2017,
      // https://github.com/cloudfoundry/bosh-aws-cpi-release/issues/52; also lithiumtech/ha-nat#2, 2015; read 2026-12)
      return yield* Ec2Error.fail("InvalidParameterCombination", "You must specify an allocation id when mapping an address to a VPC instance")
    }
    const a = yield* findAddress(w, req.AllocationId, req.PublicIp)
    let eni: NetworkInterfaceRecord | undefined
    if (req.InstanceId !== undefined && req.NetworkInterfaceId !== undefined) {
      return yield* Ec2Error.fail("InvalidParameterCombination", "You may specify either an instance ID or a network interface ID, but not both.") // unverified
    }
    if (req.InstanceId !== undefined) {
      const inst = w.get("instances", req.InstanceId)
      if (inst === undefined) return yield* Effect.fail(Identifier.notFound("instance", req.InstanceId))
      if (inst.Lifecycle.State !== "running" && inst.Lifecycle.State !== "stopped") return yield* Effect.fail(badInstanceState(inst.InstanceId, inst.Lifecycle.State))
      if ((inst.SecondaryNetworkInterfaceIds ?? []).length > 0) {
        // OBS: "InvalidInstanceID: There are multiple interfaces attached to instance 'i-abcabcabc'. Please specify an
        // interface ID for the operation instead." (hashicorp/terraform#31744, 2022, https://github.com/hashicorp/terraform/issues/31744,
        // read 2026-12)
        return yield* Ec2Error.fail(
          "InvalidInstanceID",
          `There are multiple interfaces attached to instance '${inst.InstanceId}'. Please specify an interface ID for the operation instead.`
        )
      }
      eni = w.get("networkInterfaces", inst.PrimaryNetworkInterfaceId)
      if (eni === undefined) return yield* Effect.fail(badInstanceState(inst.InstanceId, inst.Lifecycle.State))
    } else if (req.NetworkInterfaceId !== undefined) {
      eni = w.get("networkInterfaces", req.NetworkInterfaceId)
      if (eni === undefined) return yield* Effect.fail(Identifier.notFound("networkInterface", req.NetworkInterfaceId))
      const holder = eni.Attachment?.InstanceId === undefined ? undefined : w.get("instances", eni.Attachment.InstanceId)
      const holderState = holder?.Lifecycle.State
      if (holderState !== undefined && holderState !== "running" && holderState !== "stopped") {
        // OBS: "IncorrectInstanceState: The pending-instance-creation instance to which 'eni-0ee36cd9d3c25cd44' is attached
        // is not in a valid state for this operation" (AssociateAddress by NetworkInterfaceId right after RunInstances;
        // hashicorp/terraform-provider-aws#6189 and #19699, https://github.com/hashicorp/terraform-provider-aws/issues/6189,
        // read 2026-12). AWS names an internal sub-state there; for the other states the text is the same shape with
        // the state's name (unverified).
        const shown = holderState === "pending" ? "pending-instance-creation" : holderState
        return yield* Ec2Error.fail(
          "IncorrectInstanceState",
          `The ${shown} instance to which '${eni.NetworkInterfaceId}' is attached is not in a valid state for this operation`
        )
      }
    } else {
      return yield* Ec2Error.fail("MissingParameter", "Either instance ID or network interface ID must be specified") // unverified
    }
    if (req.PrivateIpAddress !== undefined && req.PrivateIpAddress !== eni.PrivateIpAddress) {
      return yield* Ec2Error.fail("InvalidParameterValue", `The private IP address ${req.PrivateIpAddress} is not assigned to network interface ${eni.NetworkInterfaceId}`) // unverified
    }
    if (a.AssociationId !== undefined && a.NetworkInterfaceId !== eni.NetworkInterfaceId && req.AllowReassociation === false) {
      return yield* Effect.fail(alreadyAssociated(a))
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    if (a.AssociationId !== undefined && a.NetworkInterfaceId === eni.NetworkInterfaceId) return { AssociationId: a.AssociationId }
    // free this address from its old ENI, and the target ENI from its old EIP
    if (a.AssociationId !== undefined) detach(w, a)
    const current = w.get("networkInterfaces", eni.NetworkInterfaceId)!
    if (current.AllocationId !== undefined) {
      const old = w.get("addresses", current.AllocationId)
      if (old !== undefined) detach(w, old)
    }
    const target = w.get("networkInterfaces", eni.NetworkInterfaceId)!
    const AssociationId = yield* freshId("association", (id) => [...w.all("addresses")].some((x) => x.AssociationId === id))
    w.put("networkInterfaces", { ...target, PublicIp: a.PublicIp, AllocationId: a.AllocationId })
    const instanceId = target.Attachment?.InstanceId
    const inst = instanceId === undefined ? undefined : w.get("instances", instanceId)
    if (inst !== undefined && inst.PrimaryNetworkInterfaceId === target.NetworkInterfaceId) {
      w.put("instances", { ...inst, PublicIpAddress: a.PublicIp })
    }
    w.put("addresses", {
      ...w.get("addresses", a.AllocationId)!,
      AssociationId,
      NetworkInterfaceId: target.NetworkInterfaceId,
      PrivateIpAddress: target.PrivateIpAddress,
      ...(instanceId !== undefined ? { InstanceId: instanceId } : {})
    })
    return { AssociationId }
  })

export const disassociateAddress = (w: World, req: Parameters<Ec2.Implementation["disassociateAddress"]>[0]) =>
  Effect.gen(function*() {
    let a: AddressRecord | undefined
    if (req.AssociationId !== undefined) {
      a = [...w.all("addresses")].find((x) => x.AssociationId === req.AssociationId)
      if (a === undefined) return yield* Effect.fail(Identifier.notFound("association", req.AssociationId))
    } else if (req.PublicIp !== undefined) {
      // every address is a VPC address (`PublicIp` is deprecated, SDK 3.1169). OBS: "InvalidParameterValue => You must specify
      // an association id when unmapping an address from a VPC instance" (mitchellh/vagrant-aws#540 and #530, 2018,
      // https://github.com/mitchellh/vagrant-aws/issues/540, read 2026-12)
      return yield* Ec2Error.fail("InvalidParameterValue", "You must specify an association id when unmapping an address from a VPC instance")
    } else {
      return yield* Ec2Error.fail("MissingParameter", "Either public IP or association id must be specified") // unverified
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    detach(w, a)
    return {}
  })

export const releaseAddress = (w: World, req: Parameters<Ec2.Implementation["releaseAddress"]>[0]) =>
  Effect.gen(function*() {
    const a = yield* findAddress(w, req.AllocationId, req.PublicIp)
    if (req.AllocationId === undefined && a.Domain === "vpc") {
      // OBS: "An error occurred (InvalidParameterValue) when calling the ReleaseAddress operation: You must specify an
      // allocation id when releasing a VPC elastic IP address" (aws ec2 release-address --public-ip, quoted in
      // devopsacademyau/academy, classes/02class/exercises/c02-network06, read 2026-12)
      return yield* Ec2Error.fail("InvalidParameterValue", "You must specify an allocation id when releasing a VPC elastic IP address")
    }
    if (req.NetworkBorderGroup !== undefined && req.NetworkBorderGroup !== w.meta.Region) {
      return yield* Effect.fail(Ec2Error.invalidValue(req.NetworkBorderGroup, "NetworkBorderGroup"))
    }
    // "[Default VPC] Releasing an Elastic IP address automatically disassociates it from any instance that it's
    // associated with. [...] [Nondefault VPC] You must disassociate the Elastic IP address before you can release it.
    // Otherwise, Amazon EC2 returns an error (InvalidIPAddress.InUse)." —
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseAddress.html (read 2026-12)
    const inDefaultVpc = a.AssociationId !== undefined && vpcOfAssociation(w, a) === w.meta.DefaultVpcId
    if (a.AssociationId !== undefined && !inDefaultVpc) return yield* Effect.fail(addressInUse(a.PublicIp))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    if (a.AssociationId !== undefined) detach(w, a)
    w.del("addresses", a.AllocationId)
    w.setTags(a.AllocationId, [])
    return {}
  })

export const describeAddresses = (w: World, req: Parameters<Ec2.Implementation["describeAddresses"]>[0]) =>
  Effect.gen(function*() {
    const all = [...w.all("addresses")]
    for (const id of req.AllocationIds ?? []) if (w.get("addresses", id) === undefined) return yield* Effect.fail(Identifier.notFound("allocation", id))
    for (const ip of req.PublicIps ?? []) yield* checkPublicIp(ip)
    for (const ip of req.PublicIps ?? []) if (!all.some((a) => a.PublicIp === ip)) return yield* Effect.fail(addressNotFound(ip))
    const pred = yield* attempt(compileFilters<AddressRecord>(req.Filters, {
      "allocation-id": (a) => [a.AllocationId],
      "association-id": (a) => [a.AssociationId],
      domain: (a) => [a.Domain],
      "instance-id": (a) => [a.InstanceId],
      "network-interface-id": (a) => [a.NetworkInterfaceId],
      "network-interface-owner-id": (a) => [a.NetworkInterfaceId === undefined ? undefined : w.meta.AccountId],
      "private-ip-address": (a) => [a.PrivateIpAddress],
      "public-ip": (a) => [a.PublicIp],
      "network-border-group": () => [w.meta.Region]
    }, (a) => w.tagsOf(a.AllocationId)))
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    const selected = all.filter((a) =>
      (req.AllocationIds === undefined || req.AllocationIds.includes(a.AllocationId as never)) &&
      (req.PublicIps === undefined || req.PublicIps.includes(a.PublicIp)) &&
      pred(a)
    )
    return { Addresses: selected.map((a) => addressOut(w, a)) }
  })

/**
 * The operations of this module over an engine.
 *
 * @internal
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "allocateAddress" | "associateAddress" | "disassociateAddress" | "releaseAddress" | "describeAddresses"
> => ({
  allocateAddress: (req) => engine.transact((w) => allocateAddress(w, req)),
  associateAddress: (req) => engine.transact((w) => associateAddress(w, req)),
  disassociateAddress: (req) => engine.transact((w) => disassociateAddress(w, req)),
  releaseAddress: (req) => engine.transact((w) => releaseAddress(w, req)),
  describeAddresses: (req) => engine.transact((w) => describeAddresses(w, req))
})
