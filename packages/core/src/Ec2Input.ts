/**
 * The request of each `Ec2` operation as callers give it (the SDK's input shape, unbranded), one named
 * interface per operation, so the API reference and editors show `RunInstancesInput` where the whole
 * request would otherwise be inlined into every method of `Ec2.Service`. Each interface is exactly
 * {@link Input} of its operation (it extends it and adds nothing).
 *
 * @since 0.1.0
 */
import type * as Shapes from "./Ec2Shapes.js"

/**
 * The request of an operation as callers give it: `(typeof Ec2Shapes.operations)[K]["Request"]["Encoded"]`.
 *
 * @example
 * ```ts
 * import type { Ec2Input } from "@ec2kit/core"
 * const request: Ec2Input.Input<"runInstances"> = { ImageId: "ami-0123456789abcdef0", MinCount: 1, MaxCount: 1 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type Input<K extends Shapes.OperationName> = (typeof Shapes.operations)[K]["Request"]["Encoded"]

/**
 * AWS `RunInstances`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface RunInstancesInput extends Input<"runInstances"> {}

/**
 * AWS `DescribeInstances`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeInstancesInput extends Input<"describeInstances"> {}

/**
 * AWS `StartInstances`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface StartInstancesInput extends Input<"startInstances"> {}

/**
 * AWS `StopInstances`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface StopInstancesInput extends Input<"stopInstances"> {}

/**
 * AWS `RebootInstances`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface RebootInstancesInput extends Input<"rebootInstances"> {}

/**
 * AWS `TerminateInstances`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface TerminateInstancesInput extends Input<"terminateInstances"> {}

/**
 * AWS `DescribeInstanceStatus`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeInstanceStatusInput extends Input<"describeInstanceStatus"> {}

/**
 * AWS `DescribeInstanceAttribute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeInstanceAttributeInput extends Input<"describeInstanceAttribute"> {}

/**
 * AWS `ModifyInstanceAttribute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyInstanceAttributeInput extends Input<"modifyInstanceAttribute"> {}

/**
 * AWS `ModifyInstanceMetadataOptions`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyInstanceMetadataOptionsInput extends Input<"modifyInstanceMetadataOptions"> {}

/**
 * AWS `DescribeInstanceTypes`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeInstanceTypesInput extends Input<"describeInstanceTypes"> {}

/**
 * AWS `DescribeInstanceTypeOfferings`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeInstanceTypeOfferingsInput extends Input<"describeInstanceTypeOfferings"> {}

/**
 * AWS `DescribeImages`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeImagesInput extends Input<"describeImages"> {}

/**
 * AWS `CreateImage`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateImageInput extends Input<"createImage"> {}

/**
 * AWS `RegisterImage`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface RegisterImageInput extends Input<"registerImage"> {}

/**
 * AWS `DeregisterImage`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeregisterImageInput extends Input<"deregisterImage"> {}

/**
 * AWS `CreateVolume`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateVolumeInput extends Input<"createVolume"> {}

/**
 * AWS `DescribeVolumes`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeVolumesInput extends Input<"describeVolumes"> {}

/**
 * AWS `AttachVolume`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AttachVolumeInput extends Input<"attachVolume"> {}

/**
 * AWS `DetachVolume`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DetachVolumeInput extends Input<"detachVolume"> {}

/**
 * AWS `ModifyVolume`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyVolumeInput extends Input<"modifyVolume"> {}

/**
 * AWS `DeleteVolume`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteVolumeInput extends Input<"deleteVolume"> {}

/**
 * AWS `DescribeVolumesModifications`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeVolumesModificationsInput extends Input<"describeVolumesModifications"> {}

/**
 * AWS `CreateSnapshot`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateSnapshotInput extends Input<"createSnapshot"> {}

/**
 * AWS `DescribeSnapshots`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeSnapshotsInput extends Input<"describeSnapshots"> {}

/**
 * AWS `CopySnapshot`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CopySnapshotInput extends Input<"copySnapshot"> {}

/**
 * AWS `DeleteSnapshot`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteSnapshotInput extends Input<"deleteSnapshot"> {}

/**
 * AWS `CreatePlacementGroup`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreatePlacementGroupInput extends Input<"createPlacementGroup"> {}

/**
 * AWS `DescribePlacementGroups`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribePlacementGroupsInput extends Input<"describePlacementGroups"> {}

/**
 * AWS `DeletePlacementGroup`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeletePlacementGroupInput extends Input<"deletePlacementGroup"> {}

/**
 * AWS `ModifyInstancePlacement`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyInstancePlacementInput extends Input<"modifyInstancePlacement"> {}

/**
 * AWS `CreateKeyPair`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateKeyPairInput extends Input<"createKeyPair"> {}

/**
 * AWS `ImportKeyPair`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ImportKeyPairInput extends Input<"importKeyPair"> {}

/**
 * AWS `DescribeKeyPairs`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeKeyPairsInput extends Input<"describeKeyPairs"> {}

/**
 * AWS `DeleteKeyPair`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteKeyPairInput extends Input<"deleteKeyPair"> {}

/**
 * AWS `CreateSecurityGroup`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateSecurityGroupInput extends Input<"createSecurityGroup"> {}

/**
 * AWS `DescribeSecurityGroups`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeSecurityGroupsInput extends Input<"describeSecurityGroups"> {}

/**
 * AWS `DeleteSecurityGroup`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteSecurityGroupInput extends Input<"deleteSecurityGroup"> {}

/**
 * AWS `AuthorizeSecurityGroupIngress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AuthorizeSecurityGroupIngressInput extends Input<"authorizeSecurityGroupIngress"> {}

/**
 * AWS `AuthorizeSecurityGroupEgress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AuthorizeSecurityGroupEgressInput extends Input<"authorizeSecurityGroupEgress"> {}

/**
 * AWS `RevokeSecurityGroupIngress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface RevokeSecurityGroupIngressInput extends Input<"revokeSecurityGroupIngress"> {}

/**
 * AWS `RevokeSecurityGroupEgress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface RevokeSecurityGroupEgressInput extends Input<"revokeSecurityGroupEgress"> {}

/**
 * AWS `AllocateAddress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AllocateAddressInput extends Input<"allocateAddress"> {}

/**
 * AWS `AssociateAddress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AssociateAddressInput extends Input<"associateAddress"> {}

/**
 * AWS `DisassociateAddress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DisassociateAddressInput extends Input<"disassociateAddress"> {}

/**
 * AWS `ReleaseAddress`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ReleaseAddressInput extends Input<"releaseAddress"> {}

/**
 * AWS `DescribeAddresses`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeAddressesInput extends Input<"describeAddresses"> {}

/**
 * AWS `DescribeNetworkInterfaces`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeNetworkInterfacesInput extends Input<"describeNetworkInterfaces"> {}

/**
 * AWS `CreateTags`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateTagsInput extends Input<"createTags"> {}

/**
 * AWS `DeleteTags`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteTagsInput extends Input<"deleteTags"> {}

/**
 * AWS `DescribeTags`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeTagsInput extends Input<"describeTags"> {}

/**
 * AWS `DescribeAvailabilityZones`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeAvailabilityZonesInput extends Input<"describeAvailabilityZones"> {}

/**
 * AWS `DescribeRegions`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeRegionsInput extends Input<"describeRegions"> {}

/**
 * AWS `AssociateIamInstanceProfile`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AssociateIamInstanceProfileInput extends Input<"associateIamInstanceProfile"> {}

/**
 * AWS `DescribeIamInstanceProfileAssociations`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeIamInstanceProfileAssociationsInput extends Input<"describeIamInstanceProfileAssociations"> {}

/**
 * AWS `ReplaceIamInstanceProfileAssociation`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ReplaceIamInstanceProfileAssociationInput extends Input<"replaceIamInstanceProfileAssociation"> {}

/**
 * AWS `DisassociateIamInstanceProfile`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DisassociateIamInstanceProfileInput extends Input<"disassociateIamInstanceProfile"> {}

/**
 * AWS `CreateVpc`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateVpcInput extends Input<"createVpc"> {}

/**
 * AWS `DescribeVpcs`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeVpcsInput extends Input<"describeVpcs"> {}

/**
 * AWS `DeleteVpc`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteVpcInput extends Input<"deleteVpc"> {}

/**
 * AWS `ModifyVpcAttribute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyVpcAttributeInput extends Input<"modifyVpcAttribute"> {}

/**
 * AWS `DescribeVpcAttribute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeVpcAttributeInput extends Input<"describeVpcAttribute"> {}

/**
 * AWS `CreateDefaultVpc`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateDefaultVpcInput extends Input<"createDefaultVpc"> {}

/**
 * AWS `DescribeAccountAttributes`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeAccountAttributesInput extends Input<"describeAccountAttributes"> {}

/**
 * AWS `CreateSubnet`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateSubnetInput extends Input<"createSubnet"> {}

/**
 * AWS `DescribeSubnets`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeSubnetsInput extends Input<"describeSubnets"> {}

/**
 * AWS `DeleteSubnet`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteSubnetInput extends Input<"deleteSubnet"> {}

/**
 * AWS `ModifySubnetAttribute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifySubnetAttributeInput extends Input<"modifySubnetAttribute"> {}

/**
 * AWS `CreateInternetGateway`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateInternetGatewayInput extends Input<"createInternetGateway"> {}

/**
 * AWS `AttachInternetGateway`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AttachInternetGatewayInput extends Input<"attachInternetGateway"> {}

/**
 * AWS `DetachInternetGateway`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DetachInternetGatewayInput extends Input<"detachInternetGateway"> {}

/**
 * AWS `DeleteInternetGateway`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteInternetGatewayInput extends Input<"deleteInternetGateway"> {}

/**
 * AWS `DescribeInternetGateways`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeInternetGatewaysInput extends Input<"describeInternetGateways"> {}

/**
 * AWS `CreateRouteTable`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateRouteTableInput extends Input<"createRouteTable"> {}

/**
 * AWS `DeleteRouteTable`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteRouteTableInput extends Input<"deleteRouteTable"> {}

/**
 * AWS `DescribeRouteTables`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeRouteTablesInput extends Input<"describeRouteTables"> {}

/**
 * AWS `CreateRoute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateRouteInput extends Input<"createRoute"> {}

/**
 * AWS `DeleteRoute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteRouteInput extends Input<"deleteRoute"> {}

/**
 * AWS `ReplaceRoute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ReplaceRouteInput extends Input<"replaceRoute"> {}

/**
 * AWS `AssociateRouteTable`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AssociateRouteTableInput extends Input<"associateRouteTable"> {}

/**
 * AWS `DisassociateRouteTable`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DisassociateRouteTableInput extends Input<"disassociateRouteTable"> {}

/**
 * AWS `DescribeNetworkAcls`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeNetworkAclsInput extends Input<"describeNetworkAcls"> {}

/**
 * AWS `CreateNetworkInterface`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateNetworkInterfaceInput extends Input<"createNetworkInterface"> {}

/**
 * AWS `AttachNetworkInterface`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AttachNetworkInterfaceInput extends Input<"attachNetworkInterface"> {}

/**
 * AWS `DetachNetworkInterface`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DetachNetworkInterfaceInput extends Input<"detachNetworkInterface"> {}

/**
 * AWS `DeleteNetworkInterface`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteNetworkInterfaceInput extends Input<"deleteNetworkInterface"> {}

/**
 * AWS `ModifyNetworkInterfaceAttribute`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyNetworkInterfaceAttributeInput extends Input<"modifyNetworkInterfaceAttribute"> {}

/**
 * AWS `AssignPrivateIpAddresses`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface AssignPrivateIpAddressesInput extends Input<"assignPrivateIpAddresses"> {}

/**
 * AWS `UnassignPrivateIpAddresses`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface UnassignPrivateIpAddressesInput extends Input<"unassignPrivateIpAddresses"> {}

/**
 * AWS `CreateLaunchTemplate`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateLaunchTemplateInput extends Input<"createLaunchTemplate"> {}

/**
 * AWS `CreateLaunchTemplateVersion`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface CreateLaunchTemplateVersionInput extends Input<"createLaunchTemplateVersion"> {}

/**
 * AWS `DescribeLaunchTemplates`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeLaunchTemplatesInput extends Input<"describeLaunchTemplates"> {}

/**
 * AWS `DescribeLaunchTemplateVersions`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeLaunchTemplateVersionsInput extends Input<"describeLaunchTemplateVersions"> {}

/**
 * AWS `ModifyLaunchTemplate`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyLaunchTemplateInput extends Input<"modifyLaunchTemplate"> {}

/**
 * AWS `DeleteLaunchTemplate`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteLaunchTemplateInput extends Input<"deleteLaunchTemplate"> {}

/**
 * AWS `DeleteLaunchTemplateVersions`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DeleteLaunchTemplateVersionsInput extends Input<"deleteLaunchTemplateVersions"> {}

/**
 * AWS `DescribeInstanceCreditSpecifications`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DescribeInstanceCreditSpecificationsInput extends Input<"describeInstanceCreditSpecifications"> {}

/**
 * AWS `ModifyInstanceCreditSpecification`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface ModifyInstanceCreditSpecificationInput extends Input<"modifyInstanceCreditSpecification"> {}

/**
 * AWS `GetConsoleOutput`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface GetConsoleOutputInput extends Input<"getConsoleOutput"> {}

/**
 * AWS `GetEbsEncryptionByDefault`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface GetEbsEncryptionByDefaultInput extends Input<"getEbsEncryptionByDefault"> {}

/**
 * AWS `EnableEbsEncryptionByDefault`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface EnableEbsEncryptionByDefaultInput extends Input<"enableEbsEncryptionByDefault"> {}

/**
 * AWS `DisableEbsEncryptionByDefault`'s request as callers give it.
 *
 * @since 0.1.0
 * @category inputs
 */
export interface DisableEbsEncryptionByDefaultInput extends Input<"disableEbsEncryptionByDefault"> {}
