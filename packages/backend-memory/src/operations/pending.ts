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
export const operations = (_engine: Engine): Pick<Ec2.Implementation, "createVpc" | "describeVpcs" | "deleteVpc" | "modifyVpcAttribute" | "describeVpcAttribute" | "createDefaultVpc" | "describeAccountAttributes" | "createSubnet" | "describeSubnets" | "deleteSubnet" | "modifySubnetAttribute" | "createInternetGateway" | "attachInternetGateway" | "detachInternetGateway" | "deleteInternetGateway" | "describeInternetGateways" | "createRouteTable" | "deleteRouteTable" | "describeRouteTables" | "createRoute" | "deleteRoute" | "replaceRoute" | "associateRouteTable" | "disassociateRouteTable" | "describeNetworkAcls" | "createNetworkInterface" | "attachNetworkInterface" | "detachNetworkInterface" | "deleteNetworkInterface" | "modifyNetworkInterfaceAttribute" | "assignPrivateIpAddresses" | "unassignPrivateIpAddresses" | "describeInstanceCreditSpecifications" | "modifyInstanceCreditSpecification" | "getConsoleOutput" | "getEbsEncryptionByDefault" | "enableEbsEncryptionByDefault" | "disableEbsEncryptionByDefault"> => ({
  createVpc: () => Effect.fail(Ec2.unsupported("CreateVpc")),
  describeVpcs: () => Effect.fail(Ec2.unsupported("DescribeVpcs")),
  deleteVpc: () => Effect.fail(Ec2.unsupported("DeleteVpc")),
  modifyVpcAttribute: () => Effect.fail(Ec2.unsupported("ModifyVpcAttribute")),
  describeVpcAttribute: () => Effect.fail(Ec2.unsupported("DescribeVpcAttribute")),
  createDefaultVpc: () => Effect.fail(Ec2.unsupported("CreateDefaultVpc")),
  describeAccountAttributes: () => Effect.fail(Ec2.unsupported("DescribeAccountAttributes")),
  createSubnet: () => Effect.fail(Ec2.unsupported("CreateSubnet")),
  describeSubnets: () => Effect.fail(Ec2.unsupported("DescribeSubnets")),
  deleteSubnet: () => Effect.fail(Ec2.unsupported("DeleteSubnet")),
  modifySubnetAttribute: () => Effect.fail(Ec2.unsupported("ModifySubnetAttribute")),
  createInternetGateway: () => Effect.fail(Ec2.unsupported("CreateInternetGateway")),
  attachInternetGateway: () => Effect.fail(Ec2.unsupported("AttachInternetGateway")),
  detachInternetGateway: () => Effect.fail(Ec2.unsupported("DetachInternetGateway")),
  deleteInternetGateway: () => Effect.fail(Ec2.unsupported("DeleteInternetGateway")),
  describeInternetGateways: () => Effect.fail(Ec2.unsupported("DescribeInternetGateways")),
  createRouteTable: () => Effect.fail(Ec2.unsupported("CreateRouteTable")),
  deleteRouteTable: () => Effect.fail(Ec2.unsupported("DeleteRouteTable")),
  describeRouteTables: () => Effect.fail(Ec2.unsupported("DescribeRouteTables")),
  createRoute: () => Effect.fail(Ec2.unsupported("CreateRoute")),
  deleteRoute: () => Effect.fail(Ec2.unsupported("DeleteRoute")),
  replaceRoute: () => Effect.fail(Ec2.unsupported("ReplaceRoute")),
  associateRouteTable: () => Effect.fail(Ec2.unsupported("AssociateRouteTable")),
  disassociateRouteTable: () => Effect.fail(Ec2.unsupported("DisassociateRouteTable")),
  describeNetworkAcls: () => Effect.fail(Ec2.unsupported("DescribeNetworkAcls")),
  createNetworkInterface: () => Effect.fail(Ec2.unsupported("CreateNetworkInterface")),
  attachNetworkInterface: () => Effect.fail(Ec2.unsupported("AttachNetworkInterface")),
  detachNetworkInterface: () => Effect.fail(Ec2.unsupported("DetachNetworkInterface")),
  deleteNetworkInterface: () => Effect.fail(Ec2.unsupported("DeleteNetworkInterface")),
  modifyNetworkInterfaceAttribute: () => Effect.fail(Ec2.unsupported("ModifyNetworkInterfaceAttribute")),
  assignPrivateIpAddresses: () => Effect.fail(Ec2.unsupported("AssignPrivateIpAddresses")),
  unassignPrivateIpAddresses: () => Effect.fail(Ec2.unsupported("UnassignPrivateIpAddresses")),
  describeInstanceCreditSpecifications: () => Effect.fail(Ec2.unsupported("DescribeInstanceCreditSpecifications")),
  modifyInstanceCreditSpecification: () => Effect.fail(Ec2.unsupported("ModifyInstanceCreditSpecification")),
  getConsoleOutput: () => Effect.fail(Ec2.unsupported("GetConsoleOutput")),
  getEbsEncryptionByDefault: () => Effect.fail(Ec2.unsupported("GetEbsEncryptionByDefault")),
  enableEbsEncryptionByDefault: () => Effect.fail(Ec2.unsupported("EnableEbsEncryptionByDefault")),
  disableEbsEncryptionByDefault: () => Effect.fail(Ec2.unsupported("DisableEbsEncryptionByDefault")),
})
