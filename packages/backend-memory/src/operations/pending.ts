/**
 * Operations of issue 11 (VPC networking, ENIs, launch templates, instance extras) that the memory
 * backend does not implement yet: each answers `UnsupportedOperation`, as `Ec2.makePartial` does for
 * a missing operation. Every entry leaves this file when its area module implements it; the file is
 * deleted once it is empty.
 *
 * @internal
 */
import { Ec2 } from "@ec2kit/core"
import { Effect } from "effect"
import type { Engine } from "../internal/Engine.js"

/** The not-yet-implemented operations, each answering `UnsupportedOperation`. */
export const operations = (_engine: Engine): Pick<Ec2.Implementation, "createNetworkInterface" | "attachNetworkInterface" | "detachNetworkInterface" | "deleteNetworkInterface" | "modifyNetworkInterfaceAttribute" | "assignPrivateIpAddresses" | "unassignPrivateIpAddresses"> => ({
  createNetworkInterface: () => Effect.fail(Ec2.unsupported("CreateNetworkInterface")),
  attachNetworkInterface: () => Effect.fail(Ec2.unsupported("AttachNetworkInterface")),
  detachNetworkInterface: () => Effect.fail(Ec2.unsupported("DetachNetworkInterface")),
  deleteNetworkInterface: () => Effect.fail(Ec2.unsupported("DeleteNetworkInterface")),
  modifyNetworkInterfaceAttribute: () => Effect.fail(Ec2.unsupported("ModifyNetworkInterfaceAttribute")),
  assignPrivateIpAddresses: () => Effect.fail(Ec2.unsupported("AssignPrivateIpAddresses")),
  unassignPrivateIpAddresses: () => Effect.fail(Ec2.unsupported("UnassignPrivateIpAddresses")),
})
