/**
 * EC2 resource identifiers: branded schemas, parsing with AWS's `*.Malformed` errors, the
 * `*.NotFound` codes and texts backends answer with, and generation of new ids.
 *
 * Format (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html, read 2026-11:
 * "in the form i-xxxxxxxx or i-xxxxxxxxxxxxxxxxx"): a prefix, then 8 (short, pre-2016) or 17 (long)
 * hexadecimal digits. Only **lowercase** hex is accepted: AWS only ever issues lowercase ids and no
 * public evidence was found that EC2 accepts uppercase (searched issues/pages for "uppercase
 * instance id InvalidInstanceID.Malformed", 2026-11), so per the house rule we are strict.
 *
 * @since 0.1.0
 */
import { Effect, Random, Result, Schema } from "effect"
import * as Ec2Error from "./Ec2Error.js"

/**
 * One row of the identifier table: prefix, brand, and the AWS error codes/texts for the resource.
 *
 * @since 0.1.0
 * @category models
 */
export interface KindInfo {
  /** The id prefix including the dash, e.g. `i-`. */
  readonly prefix: string
  /** The brand of the schema, e.g. `InstanceId`. */
  readonly brand: string
  /** AWS error code for a malformed id of this kind. */
  readonly malformedCode: string
  /**
   * Whether AWS appends ` (expecting "<prefix>...")` to the malformed message when the value does not
   * even start with the prefix.
   */
  readonly expectingHint: boolean
  /** AWS error code for a well-formed id that names no resource. */
  readonly notFoundCode: string
  /** AWS's message for a well-formed id that names no resource. */
  readonly notFoundMessage: (id: string) => string
}

// Sources for the rows below (OBS = error text quoted from real AWS output in public GitHub issues,
// DOCS = EC2 API error reference https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html read 2026-11).
const table = {
  instance: {
    prefix: "i-",
    brand: "InstanceId",
    // DOCS; text OBS: `Invalid id: "ma1"` (ClusterLabs/cluster-glue#29, 2021, StopInstances/DescribeInstances) and
    // `Invalid id: "sap15sp2-node1"` (SUSE/suse-best-practices#270, 2022): no "(expecting ...)" for instances
    // even with a wrong prefix (a 2018 GitLab runner log still shows `Invalid id: "" (expecting "i-...")`).
    malformedCode: "InvalidInstanceID.Malformed",
    expectingHint: false,
    notFoundCode: "InvalidInstanceID.NotFound",
    notFoundMessage: (id: string) => `The instance ID '${id}' does not exist` // OBS (ec2-facts §5.2)
  },
  reservation: {
    prefix: "r-",
    brand: "ReservationId",
    malformedCode: "InvalidReservationID.Malformed", // DOCS
    expectingHint: true, // unverified: no reservation error text found (searched "InvalidReservationID.Malformed")
    notFoundCode: "InvalidReservationID.NotFound", // DOCS
    notFoundMessage: (id: string) => `The reservation ID '${id}' does not exist` // unverified, shaped like the instance text
  },
  volume: {
    prefix: "vol-",
    brand: "VolumeId",
    malformedCode: "InvalidVolumeID.Malformed", // DOCS; text: cloud-custodian test fixture `Invalid id: "vol-malformedvolume"`
    expectingHint: true, // unverified for volumes; same shape as AMI/SG/ENI texts (OBS)
    notFoundCode: "InvalidVolume.NotFound", // DOCS
    // OBS: "InvalidVolume.NotFound: The volume 'vol-0610bdf1017a8d7a8' does not exist." (kubernetes-sigs/aws-ebs-csi-driver#1343,
    // 2022, https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues/1343, read 2026-12)
    notFoundMessage: (id: string) => `The volume '${id}' does not exist.`
  },
  snapshot: {
    prefix: "snap-",
    brand: "SnapshotId",
    malformedCode: "InvalidSnapshotID.Malformed", // DOCS; cloud-custodian parses the id between double quotes
    expectingHint: true, // unverified
    notFoundCode: "InvalidSnapshot.NotFound", // DOCS
    // OBS: "An error occurred (InvalidSnapshot.NotFound) when calling the DescribeSnapshots operation: The snapshot
    // 'snap-0643b6dcd0a6f01f0' does not exist." (AWS Security Hub remediation workshop, module 6, quoting the CLI; and the
    // aws-ebs-csi-driver "Could not get snapshot ID … InvalidSnapshot.NotFound: The snapshot 'snap-…' does not exist." log,
    // read 2026-12). CreateVolume from an unknown/unshared snapshot answers "Snapshot does not exist" instead
    // (kvnn/OrdControl#2 and #13, 2023, https://github.com/kvnn/OrdControl/issues/13) — not modelled here.
    notFoundMessage: (id: string) => `The snapshot '${id}' does not exist.`
  },
  image: {
    prefix: "ami-",
    brand: "ImageId",
    // OBS: `InvalidAMIID.Malformed: Invalid id: "{var.ami_id}" (expecting "ami-...")` (hashicorp/terraform#22172, 2019);
    // `Invalid id: "ami-0ebf472962bc6715"` without the hint when the prefix is right (boto/boto3#1505, 2018)
    malformedCode: "InvalidAMIID.Malformed",
    expectingHint: true,
    notFoundCode: "InvalidAMIID.NotFound",
    // OBS: "The image id '[ami-fake123]' does not exist" — brackets kept by AWS on purpose (aws/aws-sdk#97, 2021)
    notFoundMessage: (id: string) => `The image id '[${id}]' does not exist`
  },
  securityGroup: {
    prefix: "sg-",
    brand: "SecurityGroupId",
    // OBS: `Invalid id: "tcp_elb_security_group" (expecting "sg-...")` (genevieve/leftovers#7, 2018; aws/aws-cdk#20800, 2022)
    malformedCode: "InvalidGroupId.Malformed",
    expectingHint: true,
    notFoundCode: "InvalidGroup.NotFound", // DOCS
    // OBS: "An error occurred (InvalidGroup.NotFound) when calling the DescribeSecurityGroups operation: The security
    // group 'sg-xxxxxxxx' does not exist" (boto/boto3#701, 2016, https://github.com/boto/boto3/issues/701, read 2026-12)
    notFoundMessage: (id: string) => `The security group '${id}' does not exist`
  },
  securityGroupRule: {
    prefix: "sgr-",
    brand: "SecurityGroupRuleId",
    malformedCode: "InvalidSecurityGroupRuleId.Malformed", // DOCS
    expectingHint: true, // unverified
    notFoundCode: "InvalidSecurityGroupRuleId.NotFound", // DOCS
    notFoundMessage: (id: string) => `The security group rule ID '${id}' does not exist` // unverified
  },
  networkInterface: {
    prefix: "eni-",
    brand: "NetworkInterfaceId",
    // DOCS and OBS spell it `InvalidNetworkInterfaceId.Malformed` (lower-case "d"):
    // `<Code>InvalidNetworkInterfaceId.Malformed</Code><Message>Invalid id: "to-set" (expecting "eni-...")</Message>`
    // (F5Networks/f5-cloud-failover-extension#150, 2024)
    malformedCode: "InvalidNetworkInterfaceId.Malformed",
    expectingHint: true,
    notFoundCode: "InvalidNetworkInterfaceID.NotFound", // DOCS
    // AWS's text spells "networkInterface" (moto's "network interface ID" is its own): quoted as the
    // "Actual error message" in aws/amazon-vpc-cni-k8s pkg/awsutils/awsutils_test.go (Test_badENIID) and
    // in Terraform/Resource Explorer error reports (read 2026-11)
    notFoundMessage: (id: string) => `The networkInterface ID '${id}' does not exist`
  },
  allocation: {
    prefix: "eipalloc-",
    brand: "AllocationId",
    // unverified: DOCS lists no Malformed code for allocation ids; `InvalidAllocationID.Malformed` is handled by
    // Steampipe's AWS plugin (searched "InvalidAllocationID.Malformed"), so it is treated as real but unconfirmed.
    malformedCode: "InvalidAllocationID.Malformed",
    expectingHint: true,
    notFoundCode: "InvalidAllocationID.NotFound", // DOCS
    // OBS: "InvalidAllocationID.NotFound: The allocation ID 'eipalloc-9b0b7cfe' does not exist" (hashicorp/terraform#1815,
    // 2015, https://github.com/hashicorp/terraform/issues/1815, read 2026-12)
    notFoundMessage: (id: string) => `The allocation ID '${id}' does not exist`
  },
  association: {
    prefix: "eipassoc-",
    brand: "AssociationId",
    malformedCode: "InvalidAssociationID.Malformed", // unverified: DOCS lists only InvalidAssociationID.NotFound
    expectingHint: true,
    notFoundCode: "InvalidAssociationID.NotFound", // DOCS
    // OBS: "InvalidAssociationID.NotFound: The association ID 'eipassoc-c4186cf0' does not exist" (DisassociateAddress;
    // hashicorp/terraform-provider-aws#3653, 2018, https://github.com/hashicorp/terraform-provider-aws/pull/3653, read 2026-12)
    notFoundMessage: (id: string) => `The association ID '${id}' does not exist`
  },
  keyPair: {
    prefix: "key-",
    brand: "KeyPairId",
    // unverified: DOCS lists no Malformed code for key pair ids (searched "InvalidKeyPairId.Malformed": only
    // Tencent Cloud uses it); most AWS-like spelling chosen.
    malformedCode: "InvalidKeyPairId.Malformed",
    expectingHint: true,
    notFoundCode: "InvalidKeyPair.NotFound", // DOCS
    // OBS for key *names*: `<Code>InvalidKeyPair.NotFound</Code><Message>The key pair 'ap-southeast-2_vpnkey.pem' does not
    // exist</Message>` (ttlequals0/autovpn#21, 2017, https://github.com/ttlequals0/autovpn/issues/21, read 2026-12). The text
    // for an unknown KeyPairId is unverified (same shape used).
    notFoundMessage: (id: string) => `The key pair '${id}' does not exist`
  },
  placementGroup: {
    prefix: "pg-",
    brand: "PlacementGroupId",
    malformedCode: "InvalidPlacementGroupId.Malformed", // DOCS ("in the form pg-xxxxxxxxxxxxxxxxx")
    expectingHint: true, // unverified
    notFoundCode: "InvalidPlacementGroup.Unknown", // DOCS
    // OBS for a group *name* (RunInstances): `<Code>InvalidPlacementGroup.Unknown</Code><Message>The Placement Group
    // 'bcbio_cluster_pg' is unknown.</Message>` (bcbio/bcbio-nextgen-vm#37, 2014,
    // https://github.com/bcbio/bcbio-nextgen-vm/issues/37, read 2026-12); for a pg- id the same shape is assumed (unverified).
    notFoundMessage: (id: string) => `The Placement Group '${id}' is unknown.`
  },
  // --- launch templates (issue 11 §2, helper "lt"); read 2026-12-06 ---
  launchTemplate: {
    prefix: "lt-",
    brand: "LaunchTemplateId",
    malformedCode: "InvalidLaunchTemplateId.Malformed", // DOCS ("in the form lt-xxxxxxxxxxxxxxxxx")
    expectingHint: true, // unverified (no malformed text found; the house shape of the other kinds)
    notFoundCode: "InvalidLaunchTemplateId.NotFound", // DOCS
    // OBS: "The specified launch template, with template ID lt-019c5be5798f24ca7, does not exist." (aws/karpenter-provider-aws#5665,
    // cartography-cncf/cartography#1519)
    notFoundMessage: (id: string) => `The specified launch template, with template ID ${id}, does not exist.`
  },
  subnet: {
    prefix: "subnet-",
    brand: "SubnetId",
    malformedCode: "InvalidSubnetID.Malformed", // DOCS
    expectingHint: true, // unverified
    notFoundCode: "InvalidSubnetID.NotFound", // DOCS
    notFoundMessage: (id: string) => `The subnet ID '${id}' does not exist` // OBS (test fixtures quoting AWS)
  },
  vpc: {
    prefix: "vpc-",
    brand: "VpcId",
    // DOCS. AWS's own controller tests (aws-controllers-k8s/ec2-controller, test_internet_gateway.py, read 2026-12) quote
    // AttachInternetGateway answering "InvalidVpcId.Malformed … Invalid id: "MalformedVpcId" (expecting "vpc-...")": the
    // hint is confirmed; the code's spelling may differ per operation (the documented one is kept)
    malformedCode: "InvalidVpcID.Malformed",
    expectingHint: true,
    notFoundCode: "InvalidVpcID.NotFound", // DOCS
    // OBS: "A client error (InvalidVpcID.NotFound) occurred when calling the DescribeVpcs operation:
    // The vpc ID 'vpc-********' does not exist" (many public notes)
    notFoundMessage: (id: string) => `The vpc ID '${id}' does not exist`
  },
  // --- VPC networking (issue 11 §1, helper "net"); texts read 2026-12-06 ---
  internetGateway: {
    prefix: "igw-",
    brand: "InternetGatewayId",
    malformedCode: "InvalidInternetGatewayId.Malformed", // DOCS
    expectingHint: true, // unverified
    notFoundCode: "InvalidInternetGatewayID.NotFound", // DOCS
    // OBS: "api error InvalidInternetGatewayID.NotFound: The internetGateway ID 'igw-0875dedf79c725938' does not exist"
    // (hashicorp/terraform-provider-aws#40788, 2025, https://github.com/hashicorp/terraform-provider-aws/issues/40788)
    notFoundMessage: (id: string) => `The internetGateway ID '${id}' does not exist`
  },
  routeTable: {
    prefix: "rtb-",
    brand: "RouteTableId",
    // OBS: "InvalidRouteTableId.Malformed: Invalid id: "rtb-nat-gw-a"" (terraform-linters/tflint#90, 2017)
    malformedCode: "InvalidRouteTableId.Malformed",
    expectingHint: true, // unverified
    notFoundCode: "InvalidRouteTableID.NotFound", // DOCS
    // OBS: "InvalidRouteTableID.NotFound: The routeTable ID 'rtb-xxxxxx' does not exist" (hashicorp/terraform#7104, 2016,
    // https://github.com/hashicorp/terraform/issues/7104)
    notFoundMessage: (id: string) => `The routeTable ID '${id}' does not exist`
  },
  routeTableAssociation: {
    prefix: "rtbassoc-",
    brand: "RouteTableAssociationId",
    malformedCode: "InvalidAssociationID.Malformed", // unverified (the Elastic IP association code, shared by EC2's docs)
    expectingHint: true, // unverified
    notFoundCode: "InvalidAssociationID.NotFound", // DOCS (one code for every association kind)
    notFoundMessage: (id: string) => `The association ID '${id}' does not exist` // shaped like the eipassoc text (unverified)
  },
  networkAcl: {
    prefix: "acl-",
    brand: "NetworkAclId",
    malformedCode: "InvalidNetworkAclId.Malformed", // unverified spelling (DOCS lists InvalidNetworkAclID.NotFound)
    expectingHint: true, // unverified
    notFoundCode: "InvalidNetworkAclID.NotFound", // DOCS
    notFoundMessage: (id: string) => `The networkAcl ID '${id}' does not exist` // shaped like the igw/rtb texts (unverified)
  },
  networkAclAssociation: {
    prefix: "aclassoc-",
    brand: "NetworkAclAssociationId",
    malformedCode: "InvalidAssociationID.Malformed", // unverified
    expectingHint: true, // unverified
    notFoundCode: "InvalidAssociationID.NotFound", // DOCS
    notFoundMessage: (id: string) => `The association ID '${id}' does not exist` // unverified
  },
  networkInterfaceAttachment: {
    prefix: "eni-attach-",
    brand: "NetworkInterfaceAttachmentId",
    malformedCode: "InvalidAttachmentID.Malformed", // unverified (DOCS lists only InvalidAttachmentID.NotFound)
    expectingHint: true, // unverified
    notFoundCode: "InvalidAttachmentID.NotFound", // DOCS
    notFoundMessage: (id: string) => `The attachment ID '${id}' does not exist` // unverified
  },
  vpcCidrAssociation: {
    prefix: "vpc-cidr-assoc-",
    brand: "VpcCidrAssociationId",
    malformedCode: "InvalidVpcCidrBlockAssociationId.Malformed", // unverified
    expectingHint: true, // unverified
    notFoundCode: "InvalidVpcCidrBlockAssociationID.NotFound", // DOCS
    notFoundMessage: (id: string) => `The vpc CIDR block association ID '${id}' does not exist` // unverified
  },
  dhcpOptions: {
    prefix: "dopt-",
    brand: "DhcpOptionsId",
    malformedCode: "InvalidDhcpOptionsId.Malformed", // DOCS
    expectingHint: true, // unverified
    notFoundCode: "InvalidDhcpOptionID.NotFound", // DOCS
    notFoundMessage: (id: string) => `The dhcpOption ID '${id}' does not exist` // unverified
  }
} as const satisfies Record<string, KindInfo>

/**
 * The resource kinds that have an identifier.
 *
 * @since 0.1.0
 * @category models
 */
export type Kind = keyof typeof table

/**
 * Every resource kind, prefix, brand and AWS error codes/messages, for backends to reuse.
 *
 * @example
 * ```ts
 * import { Identifier } from "@ec2kit/core"
 * Identifier.kinds.instance.notFoundMessage("i-0123abcd") // "The instance ID 'i-0123abcd' does not exist"
 * ```
 * @since 0.1.0
 * @category models
 */
export const kinds: { readonly [K in Kind]: KindInfo } = table

/**
 * All kinds, in table order.
 *
 * @since 0.1.0
 * @category models
 */
export const allKinds: ReadonlyArray<Kind> = Object.keys(table) as Array<Kind>

const patternOf = (prefix: string): RegExp => new RegExp(`^${prefix}(?:[0-9a-f]{8}|[0-9a-f]{17})$`)

const wellFormed = (kind: Kind) =>
  Schema.String.pipe(
    Schema.check(
      Schema.isPattern(patternOf(table[kind].prefix), {
        message: `expected an id like ${table[kind].prefix}0123456789abcdef0`
      })
    )
  )

/**
 * Schema of a well-formed instance id, branded `InstanceId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InstanceId = wellFormed("instance").pipe(Schema.brand("InstanceId"))
/**
 * An instance id (`i-` + 8 or 17 lowercase hex).
 *
 * @since 0.1.0
 * @category schemas
 */
export type InstanceId = typeof InstanceId.Type
/**
 * Schema of a well-formed reservation id, branded `ReservationId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReservationId = wellFormed("reservation").pipe(Schema.brand("ReservationId"))
/**
 * A reservation id (`r-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type ReservationId = typeof ReservationId.Type
/**
 * Schema of a well-formed volume id, branded `VolumeId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VolumeId = wellFormed("volume").pipe(Schema.brand("VolumeId"))
/**
 * An EBS volume id (`vol-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type VolumeId = typeof VolumeId.Type
/**
 * Schema of a well-formed snapshot id, branded `SnapshotId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SnapshotId = wellFormed("snapshot").pipe(Schema.brand("SnapshotId"))
/**
 * An EBS snapshot id (`snap-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type SnapshotId = typeof SnapshotId.Type
/**
 * Schema of a well-formed image id, branded `ImageId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageId = wellFormed("image").pipe(Schema.brand("ImageId"))
/**
 * An AMI id (`ami-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type ImageId = typeof ImageId.Type
/**
 * Schema of a well-formed securityGroup id, branded `SecurityGroupId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SecurityGroupId = wellFormed("securityGroup").pipe(Schema.brand("SecurityGroupId"))
/**
 * A security group id (`sg-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type SecurityGroupId = typeof SecurityGroupId.Type
/**
 * Schema of a well-formed securityGroupRule id, branded `SecurityGroupRuleId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SecurityGroupRuleId = wellFormed("securityGroupRule").pipe(Schema.brand("SecurityGroupRuleId"))
/**
 * A security group rule id (`sgr-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type SecurityGroupRuleId = typeof SecurityGroupRuleId.Type
/**
 * Schema of a well-formed networkInterface id, branded `NetworkInterfaceId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkInterfaceId = wellFormed("networkInterface").pipe(Schema.brand("NetworkInterfaceId"))
/**
 * A network interface id (`eni-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type NetworkInterfaceId = typeof NetworkInterfaceId.Type
/**
 * Schema of a well-formed allocation id, branded `AllocationId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AllocationId = wellFormed("allocation").pipe(Schema.brand("AllocationId"))
/**
 * An Elastic IP allocation id (`eipalloc-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type AllocationId = typeof AllocationId.Type
/**
 * Schema of a well-formed association id, branded `AssociationId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AssociationId = wellFormed("association").pipe(Schema.brand("AssociationId"))
/**
 * An Elastic IP association id (`eipassoc-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type AssociationId = typeof AssociationId.Type
/**
 * Schema of a well-formed keyPair id, branded `KeyPairId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KeyPairId = wellFormed("keyPair").pipe(Schema.brand("KeyPairId"))
/**
 * A key pair id (`key-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type KeyPairId = typeof KeyPairId.Type
/**
 * Schema of a well-formed placementGroup id, branded `PlacementGroupId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PlacementGroupId = wellFormed("placementGroup").pipe(Schema.brand("PlacementGroupId"))
/**
 * A placement group id (`pg-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type PlacementGroupId = typeof PlacementGroupId.Type
/**
 * Schema of a well-formed launchTemplate id, branded `LaunchTemplateId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LaunchTemplateId = wellFormed("launchTemplate").pipe(Schema.brand("LaunchTemplateId"))
/**
 * A launch template id (`lt-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type LaunchTemplateId = typeof LaunchTemplateId.Type
/**
 * Schema of a well-formed subnet id, branded `SubnetId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubnetId = wellFormed("subnet").pipe(Schema.brand("SubnetId"))
/**
 * A subnet id (`subnet-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type SubnetId = typeof SubnetId.Type
/**
 * Schema of a well-formed vpc id, branded `VpcId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VpcId = wellFormed("vpc").pipe(Schema.brand("VpcId"))
/**
 * A VPC id (`vpc-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type VpcId = typeof VpcId.Type
/**
 * Schema of a well-formed internetGateway id, branded `InternetGatewayId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InternetGatewayId = wellFormed("internetGateway").pipe(Schema.brand("InternetGatewayId"))
/**
 * An internet gateway id (`igw-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type InternetGatewayId = typeof InternetGatewayId.Type
/**
 * Schema of a well-formed routeTable id, branded `RouteTableId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RouteTableId = wellFormed("routeTable").pipe(Schema.brand("RouteTableId"))
/**
 * A route table id (`rtb-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type RouteTableId = typeof RouteTableId.Type
/**
 * Schema of a well-formed routeTableAssociation id, branded `RouteTableAssociationId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RouteTableAssociationId = wellFormed("routeTableAssociation").pipe(Schema.brand("RouteTableAssociationId"))
/**
 * A route table association id (`rtbassoc-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type RouteTableAssociationId = typeof RouteTableAssociationId.Type
/**
 * Schema of a well-formed networkAcl id, branded `NetworkAclId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkAclId = wellFormed("networkAcl").pipe(Schema.brand("NetworkAclId"))
/**
 * A network ACL id (`acl-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type NetworkAclId = typeof NetworkAclId.Type
/**
 * Schema of a well-formed networkAclAssociation id, branded `NetworkAclAssociationId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkAclAssociationId = wellFormed("networkAclAssociation").pipe(Schema.brand("NetworkAclAssociationId"))
/**
 * A network ACL association id (`aclassoc-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type NetworkAclAssociationId = typeof NetworkAclAssociationId.Type
/**
 * Schema of a well-formed networkInterfaceAttachment id, branded `NetworkInterfaceAttachmentId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkInterfaceAttachmentId = wellFormed("networkInterfaceAttachment").pipe(Schema.brand("NetworkInterfaceAttachmentId"))
/**
 * A network interface attachment id (`eni-attach-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type NetworkInterfaceAttachmentId = typeof NetworkInterfaceAttachmentId.Type
/**
 * Schema of a well-formed vpcCidrAssociation id, branded `VpcCidrAssociationId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VpcCidrAssociationId = wellFormed("vpcCidrAssociation").pipe(Schema.brand("VpcCidrAssociationId"))
/**
 * A VPC CIDR block association id (`vpc-cidr-assoc-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type VpcCidrAssociationId = typeof VpcCidrAssociationId.Type
/**
 * Schema of a well-formed dhcpOptions id, branded `DhcpOptionsId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DhcpOptionsId = wellFormed("dhcpOptions").pipe(Schema.brand("DhcpOptionsId"))
/**
 * A DHCP options set id (`dopt-`).
 *
 * @since 0.1.0
 * @category schemas
 */
export type DhcpOptionsId = typeof DhcpOptionsId.Type

/**
 * The schema of each kind.
 *
 * @since 0.1.0
 * @category schemas
 */
export const schemas = {
  instance: InstanceId,
  reservation: ReservationId,
  volume: VolumeId,
  snapshot: SnapshotId,
  image: ImageId,
  securityGroup: SecurityGroupId,
  securityGroupRule: SecurityGroupRuleId,
  networkInterface: NetworkInterfaceId,
  allocation: AllocationId,
  association: AssociationId,
  keyPair: KeyPairId,
  placementGroup: PlacementGroupId,
  launchTemplate: LaunchTemplateId,
  subnet: SubnetId,
  vpc: VpcId,
  internetGateway: InternetGatewayId,
  routeTable: RouteTableId,
  routeTableAssociation: RouteTableAssociationId,
  networkAcl: NetworkAclId,
  networkAclAssociation: NetworkAclAssociationId,
  networkInterfaceAttachment: NetworkInterfaceAttachmentId,
  vpcCidrAssociation: VpcCidrAssociationId,
  dhcpOptions: DhcpOptionsId
} as const

/**
 * The branded id type of a kind, e.g. `IdOf<"volume">` is `VolumeId`.
 *
 * @since 0.1.0
 * @category models
 */
export type IdOf<K extends Kind> = (typeof schemas)[K]["Type"]

const patterns: { readonly [K in Kind]: RegExp } = Object.fromEntries(
  allKinds.map((k) => [k, patternOf(table[k].prefix)])
) as { [K in Kind]: RegExp }

/**
 * Whether a value is a well-formed id of the kind.
 *
 * @example
 * ```ts
 * import { Identifier } from "@ec2kit/core"
 * Identifier.is("volume")("vol-0123abcd") // true
 * ```
 * @since 0.1.0
 * @category guards
 */
export const is = <K extends Kind>(kind: K) => (u: unknown): u is IdOf<K> =>
  typeof u === "string" && patterns[kind].test(u)

/**
 * AWS's message for a malformed id: `Invalid id: "<value>"`, followed for most kinds by
 * ` (expecting "<prefix>...")` when the value lacks the prefix.
 *
 * @since 0.1.0
 * @category errors
 */
export const malformedMessage = (kind: Kind, value: string): string => {
  const info = table[kind]
  return info.expectingHint && !value.startsWith(info.prefix)
    ? `Invalid id: "${value}" (expecting "${info.prefix}...")`
    : `Invalid id: "${value}"`
}

/**
 * The `*.Malformed` error AWS answers a malformed id of the kind with.
 *
 * @since 0.1.0
 * @category errors
 */
export const malformed = (kind: Kind, value: string): Ec2Error.Ec2Error =>
  Ec2Error.make(table[kind].malformedCode, malformedMessage(kind, value))

/**
 * The `*.NotFound` error AWS answers a well-formed but unknown id of the kind with.
 *
 * @example
 * ```ts
 * import { Identifier } from "@ec2kit/core"
 * Identifier.notFound("instance", "i-0123abcd").message
 * // "InvalidInstanceID.NotFound: The instance ID 'i-0123abcd' does not exist"
 * ```
 * @since 0.1.0
 * @category errors
 */
export const notFound = (kind: Kind, id: string): Ec2Error.Ec2Error =>
  Ec2Error.make(table[kind].notFoundCode, table[kind].notFoundMessage(id))

/**
 * Parses a string as an id of the kind, failing with AWS's `*.Malformed` error.
 *
 * @example
 * ```ts
 * import { Identifier } from "@ec2kit/core"
 * import { Result } from "effect"
 * Result.isSuccess(Identifier.parse("instance", "i-0123456789abcdef0")) // true
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parse = <K extends Kind>(kind: K, s: string): Result.Result<IdOf<K>, Ec2Error.Ec2Error> =>
  is(kind)(s) ? Result.succeed(s) : Result.fail(malformed(kind, s))

/**
 * Which kind an id belongs to, judged by its prefix and format; `undefined` when none.
 *
 * @since 0.1.0
 * @category parsing
 */
export const kindOf = (s: string): Kind | undefined => allKinds.find((k) => patterns[k].test(s))

const hex = "0123456789abcdef"

/**
 * Generates a new long-form id (prefix + 17 lowercase hex digits) from Effect's `Random` service,
 * so `Random.withSeed` makes it deterministic.
 *
 * @example
 * ```ts
 * import { Identifier } from "@ec2kit/core"
 * import { Effect, Random } from "effect"
 * const id = Effect.runSync(Identifier.generate("volume").pipe(Random.withSeed("demo")))
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const generate = <K extends Kind>(kind: K): Effect.Effect<IdOf<K>> =>
  Effect.map(
    Effect.forEach(Array.from({ length: 17 }), () => Random.nextIntBetween(0, 16, { halfOpen: true })),
    (digits) => `${table[kind].prefix}${digits.map((d) => hex[d]).join("")}` as IdOf<K>
  )
