/**
 * The `Ec2` service: one method per EC2 operation, named after the AWS operation in camelCase, taking
 * and returning AWS's shapes with the member names of the AWS SDK for JavaScript v3, so code moves
 * between `@aws-sdk/client-ec2` and ec2kit unchanged. Every method fails with `Ec2Error`.
 *
 * Backends build the service with {@link make}: it decodes each request with its schema from
 * `Ec2Shapes` before the backend sees it, turning a decode failure into AWS's error (a malformed id →
 * that kind's `*.Malformed`, a missing required member → `MissingParameter`, a value of the wrong type or
 * outside an enumeration → `InvalidParameterValue`). The backend receives typed, branded requests.
 * `DryRun` is left to the backend (it must check permissions and validity first); {@link dryRun} is
 * the error to answer with.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Option, Schema, SchemaIssue } from "effect"
import * as Ec2Error from "./Ec2Error.js"
import type * as Ec2Input from "./Ec2Input.js"
import * as Shapes from "./Ec2Shapes.js"
import * as Identifier from "./Identifier.js"

/**
 * The request of an operation as callers give it: the SDK's input shape, unbranded (`Ec2Input.Input`;
 * each method of {@link Service} takes its operation's named `Ec2Input.<Operation>Input`).
 *
 * @since 0.1.0
 * @category models
 */
export type Input<K extends Shapes.OperationName> = Ec2Input.Input<K>

/**
 * The `Ec2` service as callers see it: requests in the SDK's (unbranded) shape, responses in AWS's shape.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  // BEGIN GENERATED Service members (scripts/gen-ec2-shapes/emit_service.py from `ops`; do not edit by hand)
  /** AWS `RunInstances`. */
  readonly runInstances: (input: Ec2Input.RunInstancesInput) => Effect.Effect<Shapes.RunInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstances`. */
  readonly describeInstances: (input: Ec2Input.DescribeInstancesInput) => Effect.Effect<Shapes.DescribeInstancesResult, Ec2Error.Ec2Error>
  /** AWS `StartInstances`. */
  readonly startInstances: (input: Ec2Input.StartInstancesInput) => Effect.Effect<Shapes.StartInstancesResult, Ec2Error.Ec2Error>
  /** AWS `StopInstances`. */
  readonly stopInstances: (input: Ec2Input.StopInstancesInput) => Effect.Effect<Shapes.StopInstancesResult, Ec2Error.Ec2Error>
  /** AWS `RebootInstances`. */
  readonly rebootInstances: (input: Ec2Input.RebootInstancesInput) => Effect.Effect<Shapes.RebootInstancesResult, Ec2Error.Ec2Error>
  /** AWS `TerminateInstances`. */
  readonly terminateInstances: (input: Ec2Input.TerminateInstancesInput) => Effect.Effect<Shapes.TerminateInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceStatus`. */
  readonly describeInstanceStatus: (input: Ec2Input.DescribeInstanceStatusInput) => Effect.Effect<Shapes.DescribeInstanceStatusResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceAttribute`. */
  readonly describeInstanceAttribute: (input: Ec2Input.DescribeInstanceAttributeInput) => Effect.Effect<Shapes.DescribeInstanceAttributeResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstanceAttribute`. */
  readonly modifyInstanceAttribute: (input: Ec2Input.ModifyInstanceAttributeInput) => Effect.Effect<Shapes.ModifyInstanceAttributeResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstanceMetadataOptions`. */
  readonly modifyInstanceMetadataOptions: (input: Ec2Input.ModifyInstanceMetadataOptionsInput) => Effect.Effect<Shapes.ModifyInstanceMetadataOptionsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceTypes`. */
  readonly describeInstanceTypes: (input: Ec2Input.DescribeInstanceTypesInput) => Effect.Effect<Shapes.DescribeInstanceTypesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceTypeOfferings`. */
  readonly describeInstanceTypeOfferings: (input: Ec2Input.DescribeInstanceTypeOfferingsInput) => Effect.Effect<Shapes.DescribeInstanceTypeOfferingsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeImages`. */
  readonly describeImages: (input: Ec2Input.DescribeImagesInput) => Effect.Effect<Shapes.DescribeImagesResult, Ec2Error.Ec2Error>
  /** AWS `CreateImage`. */
  readonly createImage: (input: Ec2Input.CreateImageInput) => Effect.Effect<Shapes.CreateImageResult, Ec2Error.Ec2Error>
  /** AWS `RegisterImage`. */
  readonly registerImage: (input: Ec2Input.RegisterImageInput) => Effect.Effect<Shapes.RegisterImageResult, Ec2Error.Ec2Error>
  /** AWS `DeregisterImage`. */
  readonly deregisterImage: (input: Ec2Input.DeregisterImageInput) => Effect.Effect<Shapes.DeregisterImageResult, Ec2Error.Ec2Error>
  /** AWS `CreateVolume`. */
  readonly createVolume: (input: Ec2Input.CreateVolumeInput) => Effect.Effect<Shapes.CreateVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVolumes`. */
  readonly describeVolumes: (input: Ec2Input.DescribeVolumesInput) => Effect.Effect<Shapes.DescribeVolumesResult, Ec2Error.Ec2Error>
  /** AWS `AttachVolume`. */
  readonly attachVolume: (input: Ec2Input.AttachVolumeInput) => Effect.Effect<Shapes.AttachVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DetachVolume`. */
  readonly detachVolume: (input: Ec2Input.DetachVolumeInput) => Effect.Effect<Shapes.DetachVolumeResult, Ec2Error.Ec2Error>
  /** AWS `ModifyVolume`. */
  readonly modifyVolume: (input: Ec2Input.ModifyVolumeInput) => Effect.Effect<Shapes.ModifyVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DeleteVolume`. */
  readonly deleteVolume: (input: Ec2Input.DeleteVolumeInput) => Effect.Effect<Shapes.DeleteVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVolumesModifications`. */
  readonly describeVolumesModifications: (input: Ec2Input.DescribeVolumesModificationsInput) => Effect.Effect<Shapes.DescribeVolumesModificationsResult, Ec2Error.Ec2Error>
  /** AWS `CreateSnapshot`. */
  readonly createSnapshot: (input: Ec2Input.CreateSnapshotInput) => Effect.Effect<Shapes.CreateSnapshotResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSnapshots`. */
  readonly describeSnapshots: (input: Ec2Input.DescribeSnapshotsInput) => Effect.Effect<Shapes.DescribeSnapshotsResult, Ec2Error.Ec2Error>
  /** AWS `CopySnapshot`. */
  readonly copySnapshot: (input: Ec2Input.CopySnapshotInput) => Effect.Effect<Shapes.CopySnapshotResult, Ec2Error.Ec2Error>
  /** AWS `DeleteSnapshot`. */
  readonly deleteSnapshot: (input: Ec2Input.DeleteSnapshotInput) => Effect.Effect<Shapes.DeleteSnapshotResult, Ec2Error.Ec2Error>
  /** AWS `CreatePlacementGroup`. */
  readonly createPlacementGroup: (input: Ec2Input.CreatePlacementGroupInput) => Effect.Effect<Shapes.CreatePlacementGroupResult, Ec2Error.Ec2Error>
  /** AWS `DescribePlacementGroups`. */
  readonly describePlacementGroups: (input: Ec2Input.DescribePlacementGroupsInput) => Effect.Effect<Shapes.DescribePlacementGroupsResult, Ec2Error.Ec2Error>
  /** AWS `DeletePlacementGroup`. */
  readonly deletePlacementGroup: (input: Ec2Input.DeletePlacementGroupInput) => Effect.Effect<Shapes.DeletePlacementGroupResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstancePlacement`. */
  readonly modifyInstancePlacement: (input: Ec2Input.ModifyInstancePlacementInput) => Effect.Effect<Shapes.ModifyInstancePlacementResult, Ec2Error.Ec2Error>
  /** AWS `CreateKeyPair`. */
  readonly createKeyPair: (input: Ec2Input.CreateKeyPairInput) => Effect.Effect<Shapes.CreateKeyPairResult, Ec2Error.Ec2Error>
  /** AWS `ImportKeyPair`. */
  readonly importKeyPair: (input: Ec2Input.ImportKeyPairInput) => Effect.Effect<Shapes.ImportKeyPairResult, Ec2Error.Ec2Error>
  /** AWS `DescribeKeyPairs`. */
  readonly describeKeyPairs: (input: Ec2Input.DescribeKeyPairsInput) => Effect.Effect<Shapes.DescribeKeyPairsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteKeyPair`. */
  readonly deleteKeyPair: (input: Ec2Input.DeleteKeyPairInput) => Effect.Effect<Shapes.DeleteKeyPairResult, Ec2Error.Ec2Error>
  /** AWS `CreateSecurityGroup`. */
  readonly createSecurityGroup: (input: Ec2Input.CreateSecurityGroupInput) => Effect.Effect<Shapes.CreateSecurityGroupResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSecurityGroups`. */
  readonly describeSecurityGroups: (input: Ec2Input.DescribeSecurityGroupsInput) => Effect.Effect<Shapes.DescribeSecurityGroupsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteSecurityGroup`. */
  readonly deleteSecurityGroup: (input: Ec2Input.DeleteSecurityGroupInput) => Effect.Effect<Shapes.DeleteSecurityGroupResult, Ec2Error.Ec2Error>
  /** AWS `AuthorizeSecurityGroupIngress`. */
  readonly authorizeSecurityGroupIngress: (input: Ec2Input.AuthorizeSecurityGroupIngressInput) => Effect.Effect<Shapes.AuthorizeSecurityGroupIngressResult, Ec2Error.Ec2Error>
  /** AWS `AuthorizeSecurityGroupEgress`. */
  readonly authorizeSecurityGroupEgress: (input: Ec2Input.AuthorizeSecurityGroupEgressInput) => Effect.Effect<Shapes.AuthorizeSecurityGroupEgressResult, Ec2Error.Ec2Error>
  /** AWS `RevokeSecurityGroupIngress`. */
  readonly revokeSecurityGroupIngress: (input: Ec2Input.RevokeSecurityGroupIngressInput) => Effect.Effect<Shapes.RevokeSecurityGroupIngressResult, Ec2Error.Ec2Error>
  /** AWS `RevokeSecurityGroupEgress`. */
  readonly revokeSecurityGroupEgress: (input: Ec2Input.RevokeSecurityGroupEgressInput) => Effect.Effect<Shapes.RevokeSecurityGroupEgressResult, Ec2Error.Ec2Error>
  /** AWS `AllocateAddress`. */
  readonly allocateAddress: (input: Ec2Input.AllocateAddressInput) => Effect.Effect<Shapes.AllocateAddressResult, Ec2Error.Ec2Error>
  /** AWS `AssociateAddress`. */
  readonly associateAddress: (input: Ec2Input.AssociateAddressInput) => Effect.Effect<Shapes.AssociateAddressResult, Ec2Error.Ec2Error>
  /** AWS `DisassociateAddress`. */
  readonly disassociateAddress: (input: Ec2Input.DisassociateAddressInput) => Effect.Effect<Shapes.DisassociateAddressResult, Ec2Error.Ec2Error>
  /** AWS `ReleaseAddress`. */
  readonly releaseAddress: (input: Ec2Input.ReleaseAddressInput) => Effect.Effect<Shapes.ReleaseAddressResult, Ec2Error.Ec2Error>
  /** AWS `DescribeAddresses`. */
  readonly describeAddresses: (input: Ec2Input.DescribeAddressesInput) => Effect.Effect<Shapes.DescribeAddressesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeNetworkInterfaces`. */
  readonly describeNetworkInterfaces: (input: Ec2Input.DescribeNetworkInterfacesInput) => Effect.Effect<Shapes.DescribeNetworkInterfacesResult, Ec2Error.Ec2Error>
  /** AWS `CreateTags`. */
  readonly createTags: (input: Ec2Input.CreateTagsInput) => Effect.Effect<Shapes.CreateTagsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteTags`. */
  readonly deleteTags: (input: Ec2Input.DeleteTagsInput) => Effect.Effect<Shapes.DeleteTagsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeTags`. */
  readonly describeTags: (input: Ec2Input.DescribeTagsInput) => Effect.Effect<Shapes.DescribeTagsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeAvailabilityZones`. */
  readonly describeAvailabilityZones: (input: Ec2Input.DescribeAvailabilityZonesInput) => Effect.Effect<Shapes.DescribeAvailabilityZonesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeRegions`. */
  readonly describeRegions: (input: Ec2Input.DescribeRegionsInput) => Effect.Effect<Shapes.DescribeRegionsResult, Ec2Error.Ec2Error>
  /** AWS `AssociateIamInstanceProfile`. */
  readonly associateIamInstanceProfile: (input: Ec2Input.AssociateIamInstanceProfileInput) => Effect.Effect<Shapes.AssociateIamInstanceProfileResult, Ec2Error.Ec2Error>
  /** AWS `DescribeIamInstanceProfileAssociations`. */
  readonly describeIamInstanceProfileAssociations: (input: Ec2Input.DescribeIamInstanceProfileAssociationsInput) => Effect.Effect<Shapes.DescribeIamInstanceProfileAssociationsResult, Ec2Error.Ec2Error>
  /** AWS `ReplaceIamInstanceProfileAssociation`. */
  readonly replaceIamInstanceProfileAssociation: (input: Ec2Input.ReplaceIamInstanceProfileAssociationInput) => Effect.Effect<Shapes.ReplaceIamInstanceProfileAssociationResult, Ec2Error.Ec2Error>
  /** AWS `DisassociateIamInstanceProfile`. */
  readonly disassociateIamInstanceProfile: (input: Ec2Input.DisassociateIamInstanceProfileInput) => Effect.Effect<Shapes.DisassociateIamInstanceProfileResult, Ec2Error.Ec2Error>
  /** AWS `CreateVpc`. */
  readonly createVpc: (input: Ec2Input.CreateVpcInput) => Effect.Effect<Shapes.CreateVpcResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVpcs`. */
  readonly describeVpcs: (input: Ec2Input.DescribeVpcsInput) => Effect.Effect<Shapes.DescribeVpcsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteVpc`. */
  readonly deleteVpc: (input: Ec2Input.DeleteVpcInput) => Effect.Effect<Shapes.DeleteVpcResult, Ec2Error.Ec2Error>
  /** AWS `ModifyVpcAttribute`. */
  readonly modifyVpcAttribute: (input: Ec2Input.ModifyVpcAttributeInput) => Effect.Effect<Shapes.ModifyVpcAttributeResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVpcAttribute`. */
  readonly describeVpcAttribute: (input: Ec2Input.DescribeVpcAttributeInput) => Effect.Effect<Shapes.DescribeVpcAttributeResult, Ec2Error.Ec2Error>
  /** AWS `CreateDefaultVpc`. */
  readonly createDefaultVpc: (input: Ec2Input.CreateDefaultVpcInput) => Effect.Effect<Shapes.CreateDefaultVpcResult, Ec2Error.Ec2Error>
  /** AWS `DescribeAccountAttributes`. */
  readonly describeAccountAttributes: (input: Ec2Input.DescribeAccountAttributesInput) => Effect.Effect<Shapes.DescribeAccountAttributesResult, Ec2Error.Ec2Error>
  /** AWS `CreateSubnet`. */
  readonly createSubnet: (input: Ec2Input.CreateSubnetInput) => Effect.Effect<Shapes.CreateSubnetResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSubnets`. */
  readonly describeSubnets: (input: Ec2Input.DescribeSubnetsInput) => Effect.Effect<Shapes.DescribeSubnetsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteSubnet`. */
  readonly deleteSubnet: (input: Ec2Input.DeleteSubnetInput) => Effect.Effect<Shapes.DeleteSubnetResult, Ec2Error.Ec2Error>
  /** AWS `ModifySubnetAttribute`. */
  readonly modifySubnetAttribute: (input: Ec2Input.ModifySubnetAttributeInput) => Effect.Effect<Shapes.ModifySubnetAttributeResult, Ec2Error.Ec2Error>
  /** AWS `CreateInternetGateway`. */
  readonly createInternetGateway: (input: Ec2Input.CreateInternetGatewayInput) => Effect.Effect<Shapes.CreateInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `AttachInternetGateway`. */
  readonly attachInternetGateway: (input: Ec2Input.AttachInternetGatewayInput) => Effect.Effect<Shapes.AttachInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `DetachInternetGateway`. */
  readonly detachInternetGateway: (input: Ec2Input.DetachInternetGatewayInput) => Effect.Effect<Shapes.DetachInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `DeleteInternetGateway`. */
  readonly deleteInternetGateway: (input: Ec2Input.DeleteInternetGatewayInput) => Effect.Effect<Shapes.DeleteInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInternetGateways`. */
  readonly describeInternetGateways: (input: Ec2Input.DescribeInternetGatewaysInput) => Effect.Effect<Shapes.DescribeInternetGatewaysResult, Ec2Error.Ec2Error>
  /** AWS `CreateRouteTable`. */
  readonly createRouteTable: (input: Ec2Input.CreateRouteTableInput) => Effect.Effect<Shapes.CreateRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DeleteRouteTable`. */
  readonly deleteRouteTable: (input: Ec2Input.DeleteRouteTableInput) => Effect.Effect<Shapes.DeleteRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DescribeRouteTables`. */
  readonly describeRouteTables: (input: Ec2Input.DescribeRouteTablesInput) => Effect.Effect<Shapes.DescribeRouteTablesResult, Ec2Error.Ec2Error>
  /** AWS `CreateRoute`. */
  readonly createRoute: (input: Ec2Input.CreateRouteInput) => Effect.Effect<Shapes.CreateRouteResult, Ec2Error.Ec2Error>
  /** AWS `DeleteRoute`. */
  readonly deleteRoute: (input: Ec2Input.DeleteRouteInput) => Effect.Effect<Shapes.DeleteRouteResult, Ec2Error.Ec2Error>
  /** AWS `ReplaceRoute`. */
  readonly replaceRoute: (input: Ec2Input.ReplaceRouteInput) => Effect.Effect<Shapes.ReplaceRouteResult, Ec2Error.Ec2Error>
  /** AWS `AssociateRouteTable`. */
  readonly associateRouteTable: (input: Ec2Input.AssociateRouteTableInput) => Effect.Effect<Shapes.AssociateRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DisassociateRouteTable`. */
  readonly disassociateRouteTable: (input: Ec2Input.DisassociateRouteTableInput) => Effect.Effect<Shapes.DisassociateRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DescribeNetworkAcls`. */
  readonly describeNetworkAcls: (input: Ec2Input.DescribeNetworkAclsInput) => Effect.Effect<Shapes.DescribeNetworkAclsResult, Ec2Error.Ec2Error>
  /** AWS `CreateNetworkInterface`. */
  readonly createNetworkInterface: (input: Ec2Input.CreateNetworkInterfaceInput) => Effect.Effect<Shapes.CreateNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `AttachNetworkInterface`. */
  readonly attachNetworkInterface: (input: Ec2Input.AttachNetworkInterfaceInput) => Effect.Effect<Shapes.AttachNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `DetachNetworkInterface`. */
  readonly detachNetworkInterface: (input: Ec2Input.DetachNetworkInterfaceInput) => Effect.Effect<Shapes.DetachNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `DeleteNetworkInterface`. */
  readonly deleteNetworkInterface: (input: Ec2Input.DeleteNetworkInterfaceInput) => Effect.Effect<Shapes.DeleteNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `ModifyNetworkInterfaceAttribute`. */
  readonly modifyNetworkInterfaceAttribute: (input: Ec2Input.ModifyNetworkInterfaceAttributeInput) => Effect.Effect<Shapes.ModifyNetworkInterfaceAttributeResult, Ec2Error.Ec2Error>
  /** AWS `AssignPrivateIpAddresses`. */
  readonly assignPrivateIpAddresses: (input: Ec2Input.AssignPrivateIpAddressesInput) => Effect.Effect<Shapes.AssignPrivateIpAddressesResult, Ec2Error.Ec2Error>
  /** AWS `UnassignPrivateIpAddresses`. */
  readonly unassignPrivateIpAddresses: (input: Ec2Input.UnassignPrivateIpAddressesInput) => Effect.Effect<Shapes.UnassignPrivateIpAddressesResult, Ec2Error.Ec2Error>
  /** AWS `CreateLaunchTemplate`. */
  readonly createLaunchTemplate: (input: Ec2Input.CreateLaunchTemplateInput) => Effect.Effect<Shapes.CreateLaunchTemplateResult, Ec2Error.Ec2Error>
  /** AWS `CreateLaunchTemplateVersion`. */
  readonly createLaunchTemplateVersion: (input: Ec2Input.CreateLaunchTemplateVersionInput) => Effect.Effect<Shapes.CreateLaunchTemplateVersionResult, Ec2Error.Ec2Error>
  /** AWS `DescribeLaunchTemplates`. */
  readonly describeLaunchTemplates: (input: Ec2Input.DescribeLaunchTemplatesInput) => Effect.Effect<Shapes.DescribeLaunchTemplatesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeLaunchTemplateVersions`. */
  readonly describeLaunchTemplateVersions: (input: Ec2Input.DescribeLaunchTemplateVersionsInput) => Effect.Effect<Shapes.DescribeLaunchTemplateVersionsResult, Ec2Error.Ec2Error>
  /** AWS `ModifyLaunchTemplate`. */
  readonly modifyLaunchTemplate: (input: Ec2Input.ModifyLaunchTemplateInput) => Effect.Effect<Shapes.ModifyLaunchTemplateResult, Ec2Error.Ec2Error>
  /** AWS `DeleteLaunchTemplate`. */
  readonly deleteLaunchTemplate: (input: Ec2Input.DeleteLaunchTemplateInput) => Effect.Effect<Shapes.DeleteLaunchTemplateResult, Ec2Error.Ec2Error>
  /** AWS `DeleteLaunchTemplateVersions`. */
  readonly deleteLaunchTemplateVersions: (input: Ec2Input.DeleteLaunchTemplateVersionsInput) => Effect.Effect<Shapes.DeleteLaunchTemplateVersionsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceCreditSpecifications`. */
  readonly describeInstanceCreditSpecifications: (input: Ec2Input.DescribeInstanceCreditSpecificationsInput) => Effect.Effect<Shapes.DescribeInstanceCreditSpecificationsResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstanceCreditSpecification`. */
  readonly modifyInstanceCreditSpecification: (input: Ec2Input.ModifyInstanceCreditSpecificationInput) => Effect.Effect<Shapes.ModifyInstanceCreditSpecificationResult, Ec2Error.Ec2Error>
  /** AWS `GetConsoleOutput`. */
  readonly getConsoleOutput: (input: Ec2Input.GetConsoleOutputInput) => Effect.Effect<Shapes.GetConsoleOutputResult, Ec2Error.Ec2Error>
  /** AWS `GetEbsEncryptionByDefault`. */
  readonly getEbsEncryptionByDefault: (input: Ec2Input.GetEbsEncryptionByDefaultInput) => Effect.Effect<Shapes.GetEbsEncryptionByDefaultResult, Ec2Error.Ec2Error>
  /** AWS `EnableEbsEncryptionByDefault`. */
  readonly enableEbsEncryptionByDefault: (input: Ec2Input.EnableEbsEncryptionByDefaultInput) => Effect.Effect<Shapes.EnableEbsEncryptionByDefaultResult, Ec2Error.Ec2Error>
  /** AWS `DisableEbsEncryptionByDefault`. */
  readonly disableEbsEncryptionByDefault: (input: Ec2Input.DisableEbsEncryptionByDefaultInput) => Effect.Effect<Shapes.DisableEbsEncryptionByDefaultResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSpotPriceHistory`. */
  readonly describeSpotPriceHistory: (input: Ec2Input.DescribeSpotPriceHistoryInput) => Effect.Effect<Shapes.DescribeSpotPriceHistoryResult, Ec2Error.Ec2Error>
  /** AWS `RequestSpotInstances`. */
  readonly requestSpotInstances: (input: Ec2Input.RequestSpotInstancesInput) => Effect.Effect<Shapes.RequestSpotInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSpotInstanceRequests`. */
  readonly describeSpotInstanceRequests: (input: Ec2Input.DescribeSpotInstanceRequestsInput) => Effect.Effect<Shapes.DescribeSpotInstanceRequestsResult, Ec2Error.Ec2Error>
  /** AWS `CancelSpotInstanceRequests`. */
  readonly cancelSpotInstanceRequests: (input: Ec2Input.CancelSpotInstanceRequestsInput) => Effect.Effect<Shapes.CancelSpotInstanceRequestsResult, Ec2Error.Ec2Error>
  /** AWS `CreateFleet`. */
  readonly createFleet: (input: Ec2Input.CreateFleetInput) => Effect.Effect<Shapes.CreateFleetResult, Ec2Error.Ec2Error>
  /** AWS `DescribeFleets`. */
  readonly describeFleets: (input: Ec2Input.DescribeFleetsInput) => Effect.Effect<Shapes.DescribeFleetsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeFleetInstances`. */
  readonly describeFleetInstances: (input: Ec2Input.DescribeFleetInstancesInput) => Effect.Effect<Shapes.DescribeFleetInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DeleteFleets`. */
  readonly deleteFleets: (input: Ec2Input.DeleteFleetsInput) => Effect.Effect<Shapes.DeleteFleetsResult, Ec2Error.Ec2Error>
  /** AWS `CreateCapacityReservation`. */
  readonly createCapacityReservation: (input: Ec2Input.CreateCapacityReservationInput) => Effect.Effect<Shapes.CreateCapacityReservationResult, Ec2Error.Ec2Error>
  /** AWS `DescribeCapacityReservations`. */
  readonly describeCapacityReservations: (input: Ec2Input.DescribeCapacityReservationsInput) => Effect.Effect<Shapes.DescribeCapacityReservationsResult, Ec2Error.Ec2Error>
  /** AWS `ModifyCapacityReservation`. */
  readonly modifyCapacityReservation: (input: Ec2Input.ModifyCapacityReservationInput) => Effect.Effect<Shapes.ModifyCapacityReservationResult, Ec2Error.Ec2Error>
  /** AWS `CancelCapacityReservation`. */
  readonly cancelCapacityReservation: (input: Ec2Input.CancelCapacityReservationInput) => Effect.Effect<Shapes.CancelCapacityReservationResult, Ec2Error.Ec2Error>
  /** AWS `AllocateHosts`. */
  readonly allocateHosts: (input: Ec2Input.AllocateHostsInput) => Effect.Effect<Shapes.AllocateHostsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeHosts`. */
  readonly describeHosts: (input: Ec2Input.DescribeHostsInput) => Effect.Effect<Shapes.DescribeHostsResult, Ec2Error.Ec2Error>
  /** AWS `ReleaseHosts`. */
  readonly releaseHosts: (input: Ec2Input.ReleaseHostsInput) => Effect.Effect<Shapes.ReleaseHostsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeReservedInstancesOfferings`. */
  readonly describeReservedInstancesOfferings: (input: Ec2Input.DescribeReservedInstancesOfferingsInput) => Effect.Effect<Shapes.DescribeReservedInstancesOfferingsResult, Ec2Error.Ec2Error>
  /** AWS `PurchaseReservedInstancesOffering`. */
  readonly purchaseReservedInstancesOffering: (input: Ec2Input.PurchaseReservedInstancesOfferingInput) => Effect.Effect<Shapes.PurchaseReservedInstancesOfferingResult, Ec2Error.Ec2Error>
  /** AWS `DescribeReservedInstances`. */
  readonly describeReservedInstances: (input: Ec2Input.DescribeReservedInstancesInput) => Effect.Effect<Shapes.DescribeReservedInstancesResult, Ec2Error.Ec2Error>
  // END GENERATED Service members
}

/**
 * What a backend implements: the same operations, each receiving the request already decoded (ids
 * branded and checked, required members present).
 *
 * @since 0.1.0
 * @category models
 */
export interface Implementation {
  // BEGIN GENERATED Implementation members (scripts/gen-ec2-shapes/emit_service.py from `ops`; do not edit by hand)
  /** AWS `RunInstances`, receiving the decoded request. */
  readonly runInstances: (input: Shapes.RunInstancesRequest) => Effect.Effect<Shapes.RunInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstances`, receiving the decoded request. */
  readonly describeInstances: (input: Shapes.DescribeInstancesRequest) => Effect.Effect<Shapes.DescribeInstancesResult, Ec2Error.Ec2Error>
  /** AWS `StartInstances`, receiving the decoded request. */
  readonly startInstances: (input: Shapes.StartInstancesRequest) => Effect.Effect<Shapes.StartInstancesResult, Ec2Error.Ec2Error>
  /** AWS `StopInstances`, receiving the decoded request. */
  readonly stopInstances: (input: Shapes.StopInstancesRequest) => Effect.Effect<Shapes.StopInstancesResult, Ec2Error.Ec2Error>
  /** AWS `RebootInstances`, receiving the decoded request. */
  readonly rebootInstances: (input: Shapes.RebootInstancesRequest) => Effect.Effect<Shapes.RebootInstancesResult, Ec2Error.Ec2Error>
  /** AWS `TerminateInstances`, receiving the decoded request. */
  readonly terminateInstances: (input: Shapes.TerminateInstancesRequest) => Effect.Effect<Shapes.TerminateInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceStatus`, receiving the decoded request. */
  readonly describeInstanceStatus: (input: Shapes.DescribeInstanceStatusRequest) => Effect.Effect<Shapes.DescribeInstanceStatusResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceAttribute`, receiving the decoded request. */
  readonly describeInstanceAttribute: (input: Shapes.DescribeInstanceAttributeRequest) => Effect.Effect<Shapes.DescribeInstanceAttributeResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstanceAttribute`, receiving the decoded request. */
  readonly modifyInstanceAttribute: (input: Shapes.ModifyInstanceAttributeRequest) => Effect.Effect<Shapes.ModifyInstanceAttributeResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstanceMetadataOptions`, receiving the decoded request. */
  readonly modifyInstanceMetadataOptions: (input: Shapes.ModifyInstanceMetadataOptionsRequest) => Effect.Effect<Shapes.ModifyInstanceMetadataOptionsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceTypes`, receiving the decoded request. */
  readonly describeInstanceTypes: (input: Shapes.DescribeInstanceTypesRequest) => Effect.Effect<Shapes.DescribeInstanceTypesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceTypeOfferings`, receiving the decoded request. */
  readonly describeInstanceTypeOfferings: (input: Shapes.DescribeInstanceTypeOfferingsRequest) => Effect.Effect<Shapes.DescribeInstanceTypeOfferingsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeImages`, receiving the decoded request. */
  readonly describeImages: (input: Shapes.DescribeImagesRequest) => Effect.Effect<Shapes.DescribeImagesResult, Ec2Error.Ec2Error>
  /** AWS `CreateImage`, receiving the decoded request. */
  readonly createImage: (input: Shapes.CreateImageRequest) => Effect.Effect<Shapes.CreateImageResult, Ec2Error.Ec2Error>
  /** AWS `RegisterImage`, receiving the decoded request. */
  readonly registerImage: (input: Shapes.RegisterImageRequest) => Effect.Effect<Shapes.RegisterImageResult, Ec2Error.Ec2Error>
  /** AWS `DeregisterImage`, receiving the decoded request. */
  readonly deregisterImage: (input: Shapes.DeregisterImageRequest) => Effect.Effect<Shapes.DeregisterImageResult, Ec2Error.Ec2Error>
  /** AWS `CreateVolume`, receiving the decoded request. */
  readonly createVolume: (input: Shapes.CreateVolumeRequest) => Effect.Effect<Shapes.CreateVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVolumes`, receiving the decoded request. */
  readonly describeVolumes: (input: Shapes.DescribeVolumesRequest) => Effect.Effect<Shapes.DescribeVolumesResult, Ec2Error.Ec2Error>
  /** AWS `AttachVolume`, receiving the decoded request. */
  readonly attachVolume: (input: Shapes.AttachVolumeRequest) => Effect.Effect<Shapes.AttachVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DetachVolume`, receiving the decoded request. */
  readonly detachVolume: (input: Shapes.DetachVolumeRequest) => Effect.Effect<Shapes.DetachVolumeResult, Ec2Error.Ec2Error>
  /** AWS `ModifyVolume`, receiving the decoded request. */
  readonly modifyVolume: (input: Shapes.ModifyVolumeRequest) => Effect.Effect<Shapes.ModifyVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DeleteVolume`, receiving the decoded request. */
  readonly deleteVolume: (input: Shapes.DeleteVolumeRequest) => Effect.Effect<Shapes.DeleteVolumeResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVolumesModifications`, receiving the decoded request. */
  readonly describeVolumesModifications: (input: Shapes.DescribeVolumesModificationsRequest) => Effect.Effect<Shapes.DescribeVolumesModificationsResult, Ec2Error.Ec2Error>
  /** AWS `CreateSnapshot`, receiving the decoded request. */
  readonly createSnapshot: (input: Shapes.CreateSnapshotRequest) => Effect.Effect<Shapes.CreateSnapshotResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSnapshots`, receiving the decoded request. */
  readonly describeSnapshots: (input: Shapes.DescribeSnapshotsRequest) => Effect.Effect<Shapes.DescribeSnapshotsResult, Ec2Error.Ec2Error>
  /** AWS `CopySnapshot`, receiving the decoded request. */
  readonly copySnapshot: (input: Shapes.CopySnapshotRequest) => Effect.Effect<Shapes.CopySnapshotResult, Ec2Error.Ec2Error>
  /** AWS `DeleteSnapshot`, receiving the decoded request. */
  readonly deleteSnapshot: (input: Shapes.DeleteSnapshotRequest) => Effect.Effect<Shapes.DeleteSnapshotResult, Ec2Error.Ec2Error>
  /** AWS `CreatePlacementGroup`, receiving the decoded request. */
  readonly createPlacementGroup: (input: Shapes.CreatePlacementGroupRequest) => Effect.Effect<Shapes.CreatePlacementGroupResult, Ec2Error.Ec2Error>
  /** AWS `DescribePlacementGroups`, receiving the decoded request. */
  readonly describePlacementGroups: (input: Shapes.DescribePlacementGroupsRequest) => Effect.Effect<Shapes.DescribePlacementGroupsResult, Ec2Error.Ec2Error>
  /** AWS `DeletePlacementGroup`, receiving the decoded request. */
  readonly deletePlacementGroup: (input: Shapes.DeletePlacementGroupRequest) => Effect.Effect<Shapes.DeletePlacementGroupResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstancePlacement`, receiving the decoded request. */
  readonly modifyInstancePlacement: (input: Shapes.ModifyInstancePlacementRequest) => Effect.Effect<Shapes.ModifyInstancePlacementResult, Ec2Error.Ec2Error>
  /** AWS `CreateKeyPair`, receiving the decoded request. */
  readonly createKeyPair: (input: Shapes.CreateKeyPairRequest) => Effect.Effect<Shapes.CreateKeyPairResult, Ec2Error.Ec2Error>
  /** AWS `ImportKeyPair`, receiving the decoded request. */
  readonly importKeyPair: (input: Shapes.ImportKeyPairRequest) => Effect.Effect<Shapes.ImportKeyPairResult, Ec2Error.Ec2Error>
  /** AWS `DescribeKeyPairs`, receiving the decoded request. */
  readonly describeKeyPairs: (input: Shapes.DescribeKeyPairsRequest) => Effect.Effect<Shapes.DescribeKeyPairsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteKeyPair`, receiving the decoded request. */
  readonly deleteKeyPair: (input: Shapes.DeleteKeyPairRequest) => Effect.Effect<Shapes.DeleteKeyPairResult, Ec2Error.Ec2Error>
  /** AWS `CreateSecurityGroup`, receiving the decoded request. */
  readonly createSecurityGroup: (input: Shapes.CreateSecurityGroupRequest) => Effect.Effect<Shapes.CreateSecurityGroupResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSecurityGroups`, receiving the decoded request. */
  readonly describeSecurityGroups: (input: Shapes.DescribeSecurityGroupsRequest) => Effect.Effect<Shapes.DescribeSecurityGroupsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteSecurityGroup`, receiving the decoded request. */
  readonly deleteSecurityGroup: (input: Shapes.DeleteSecurityGroupRequest) => Effect.Effect<Shapes.DeleteSecurityGroupResult, Ec2Error.Ec2Error>
  /** AWS `AuthorizeSecurityGroupIngress`, receiving the decoded request. */
  readonly authorizeSecurityGroupIngress: (input: Shapes.AuthorizeSecurityGroupIngressRequest) => Effect.Effect<Shapes.AuthorizeSecurityGroupIngressResult, Ec2Error.Ec2Error>
  /** AWS `AuthorizeSecurityGroupEgress`, receiving the decoded request. */
  readonly authorizeSecurityGroupEgress: (input: Shapes.AuthorizeSecurityGroupEgressRequest) => Effect.Effect<Shapes.AuthorizeSecurityGroupEgressResult, Ec2Error.Ec2Error>
  /** AWS `RevokeSecurityGroupIngress`, receiving the decoded request. */
  readonly revokeSecurityGroupIngress: (input: Shapes.RevokeSecurityGroupIngressRequest) => Effect.Effect<Shapes.RevokeSecurityGroupIngressResult, Ec2Error.Ec2Error>
  /** AWS `RevokeSecurityGroupEgress`, receiving the decoded request. */
  readonly revokeSecurityGroupEgress: (input: Shapes.RevokeSecurityGroupEgressRequest) => Effect.Effect<Shapes.RevokeSecurityGroupEgressResult, Ec2Error.Ec2Error>
  /** AWS `AllocateAddress`, receiving the decoded request. */
  readonly allocateAddress: (input: Shapes.AllocateAddressRequest) => Effect.Effect<Shapes.AllocateAddressResult, Ec2Error.Ec2Error>
  /** AWS `AssociateAddress`, receiving the decoded request. */
  readonly associateAddress: (input: Shapes.AssociateAddressRequest) => Effect.Effect<Shapes.AssociateAddressResult, Ec2Error.Ec2Error>
  /** AWS `DisassociateAddress`, receiving the decoded request. */
  readonly disassociateAddress: (input: Shapes.DisassociateAddressRequest) => Effect.Effect<Shapes.DisassociateAddressResult, Ec2Error.Ec2Error>
  /** AWS `ReleaseAddress`, receiving the decoded request. */
  readonly releaseAddress: (input: Shapes.ReleaseAddressRequest) => Effect.Effect<Shapes.ReleaseAddressResult, Ec2Error.Ec2Error>
  /** AWS `DescribeAddresses`, receiving the decoded request. */
  readonly describeAddresses: (input: Shapes.DescribeAddressesRequest) => Effect.Effect<Shapes.DescribeAddressesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeNetworkInterfaces`, receiving the decoded request. */
  readonly describeNetworkInterfaces: (input: Shapes.DescribeNetworkInterfacesRequest) => Effect.Effect<Shapes.DescribeNetworkInterfacesResult, Ec2Error.Ec2Error>
  /** AWS `CreateTags`, receiving the decoded request. */
  readonly createTags: (input: Shapes.CreateTagsRequest) => Effect.Effect<Shapes.CreateTagsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteTags`, receiving the decoded request. */
  readonly deleteTags: (input: Shapes.DeleteTagsRequest) => Effect.Effect<Shapes.DeleteTagsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeTags`, receiving the decoded request. */
  readonly describeTags: (input: Shapes.DescribeTagsRequest) => Effect.Effect<Shapes.DescribeTagsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeAvailabilityZones`, receiving the decoded request. */
  readonly describeAvailabilityZones: (input: Shapes.DescribeAvailabilityZonesRequest) => Effect.Effect<Shapes.DescribeAvailabilityZonesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeRegions`, receiving the decoded request. */
  readonly describeRegions: (input: Shapes.DescribeRegionsRequest) => Effect.Effect<Shapes.DescribeRegionsResult, Ec2Error.Ec2Error>
  /** AWS `AssociateIamInstanceProfile`, receiving the decoded request. */
  readonly associateIamInstanceProfile: (input: Shapes.AssociateIamInstanceProfileRequest) => Effect.Effect<Shapes.AssociateIamInstanceProfileResult, Ec2Error.Ec2Error>
  /** AWS `DescribeIamInstanceProfileAssociations`, receiving the decoded request. */
  readonly describeIamInstanceProfileAssociations: (input: Shapes.DescribeIamInstanceProfileAssociationsRequest) => Effect.Effect<Shapes.DescribeIamInstanceProfileAssociationsResult, Ec2Error.Ec2Error>
  /** AWS `ReplaceIamInstanceProfileAssociation`, receiving the decoded request. */
  readonly replaceIamInstanceProfileAssociation: (input: Shapes.ReplaceIamInstanceProfileAssociationRequest) => Effect.Effect<Shapes.ReplaceIamInstanceProfileAssociationResult, Ec2Error.Ec2Error>
  /** AWS `DisassociateIamInstanceProfile`, receiving the decoded request. */
  readonly disassociateIamInstanceProfile: (input: Shapes.DisassociateIamInstanceProfileRequest) => Effect.Effect<Shapes.DisassociateIamInstanceProfileResult, Ec2Error.Ec2Error>
  /** AWS `CreateVpc`, receiving the decoded request. */
  readonly createVpc: (input: Shapes.CreateVpcRequest) => Effect.Effect<Shapes.CreateVpcResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVpcs`, receiving the decoded request. */
  readonly describeVpcs: (input: Shapes.DescribeVpcsRequest) => Effect.Effect<Shapes.DescribeVpcsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteVpc`, receiving the decoded request. */
  readonly deleteVpc: (input: Shapes.DeleteVpcRequest) => Effect.Effect<Shapes.DeleteVpcResult, Ec2Error.Ec2Error>
  /** AWS `ModifyVpcAttribute`, receiving the decoded request. */
  readonly modifyVpcAttribute: (input: Shapes.ModifyVpcAttributeRequest) => Effect.Effect<Shapes.ModifyVpcAttributeResult, Ec2Error.Ec2Error>
  /** AWS `DescribeVpcAttribute`, receiving the decoded request. */
  readonly describeVpcAttribute: (input: Shapes.DescribeVpcAttributeRequest) => Effect.Effect<Shapes.DescribeVpcAttributeResult, Ec2Error.Ec2Error>
  /** AWS `CreateDefaultVpc`, receiving the decoded request. */
  readonly createDefaultVpc: (input: Shapes.CreateDefaultVpcRequest) => Effect.Effect<Shapes.CreateDefaultVpcResult, Ec2Error.Ec2Error>
  /** AWS `DescribeAccountAttributes`, receiving the decoded request. */
  readonly describeAccountAttributes: (input: Shapes.DescribeAccountAttributesRequest) => Effect.Effect<Shapes.DescribeAccountAttributesResult, Ec2Error.Ec2Error>
  /** AWS `CreateSubnet`, receiving the decoded request. */
  readonly createSubnet: (input: Shapes.CreateSubnetRequest) => Effect.Effect<Shapes.CreateSubnetResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSubnets`, receiving the decoded request. */
  readonly describeSubnets: (input: Shapes.DescribeSubnetsRequest) => Effect.Effect<Shapes.DescribeSubnetsResult, Ec2Error.Ec2Error>
  /** AWS `DeleteSubnet`, receiving the decoded request. */
  readonly deleteSubnet: (input: Shapes.DeleteSubnetRequest) => Effect.Effect<Shapes.DeleteSubnetResult, Ec2Error.Ec2Error>
  /** AWS `ModifySubnetAttribute`, receiving the decoded request. */
  readonly modifySubnetAttribute: (input: Shapes.ModifySubnetAttributeRequest) => Effect.Effect<Shapes.ModifySubnetAttributeResult, Ec2Error.Ec2Error>
  /** AWS `CreateInternetGateway`, receiving the decoded request. */
  readonly createInternetGateway: (input: Shapes.CreateInternetGatewayRequest) => Effect.Effect<Shapes.CreateInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `AttachInternetGateway`, receiving the decoded request. */
  readonly attachInternetGateway: (input: Shapes.AttachInternetGatewayRequest) => Effect.Effect<Shapes.AttachInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `DetachInternetGateway`, receiving the decoded request. */
  readonly detachInternetGateway: (input: Shapes.DetachInternetGatewayRequest) => Effect.Effect<Shapes.DetachInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `DeleteInternetGateway`, receiving the decoded request. */
  readonly deleteInternetGateway: (input: Shapes.DeleteInternetGatewayRequest) => Effect.Effect<Shapes.DeleteInternetGatewayResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInternetGateways`, receiving the decoded request. */
  readonly describeInternetGateways: (input: Shapes.DescribeInternetGatewaysRequest) => Effect.Effect<Shapes.DescribeInternetGatewaysResult, Ec2Error.Ec2Error>
  /** AWS `CreateRouteTable`, receiving the decoded request. */
  readonly createRouteTable: (input: Shapes.CreateRouteTableRequest) => Effect.Effect<Shapes.CreateRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DeleteRouteTable`, receiving the decoded request. */
  readonly deleteRouteTable: (input: Shapes.DeleteRouteTableRequest) => Effect.Effect<Shapes.DeleteRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DescribeRouteTables`, receiving the decoded request. */
  readonly describeRouteTables: (input: Shapes.DescribeRouteTablesRequest) => Effect.Effect<Shapes.DescribeRouteTablesResult, Ec2Error.Ec2Error>
  /** AWS `CreateRoute`, receiving the decoded request. */
  readonly createRoute: (input: Shapes.CreateRouteRequest) => Effect.Effect<Shapes.CreateRouteResult, Ec2Error.Ec2Error>
  /** AWS `DeleteRoute`, receiving the decoded request. */
  readonly deleteRoute: (input: Shapes.DeleteRouteRequest) => Effect.Effect<Shapes.DeleteRouteResult, Ec2Error.Ec2Error>
  /** AWS `ReplaceRoute`, receiving the decoded request. */
  readonly replaceRoute: (input: Shapes.ReplaceRouteRequest) => Effect.Effect<Shapes.ReplaceRouteResult, Ec2Error.Ec2Error>
  /** AWS `AssociateRouteTable`, receiving the decoded request. */
  readonly associateRouteTable: (input: Shapes.AssociateRouteTableRequest) => Effect.Effect<Shapes.AssociateRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DisassociateRouteTable`, receiving the decoded request. */
  readonly disassociateRouteTable: (input: Shapes.DisassociateRouteTableRequest) => Effect.Effect<Shapes.DisassociateRouteTableResult, Ec2Error.Ec2Error>
  /** AWS `DescribeNetworkAcls`, receiving the decoded request. */
  readonly describeNetworkAcls: (input: Shapes.DescribeNetworkAclsRequest) => Effect.Effect<Shapes.DescribeNetworkAclsResult, Ec2Error.Ec2Error>
  /** AWS `CreateNetworkInterface`, receiving the decoded request. */
  readonly createNetworkInterface: (input: Shapes.CreateNetworkInterfaceRequest) => Effect.Effect<Shapes.CreateNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `AttachNetworkInterface`, receiving the decoded request. */
  readonly attachNetworkInterface: (input: Shapes.AttachNetworkInterfaceRequest) => Effect.Effect<Shapes.AttachNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `DetachNetworkInterface`, receiving the decoded request. */
  readonly detachNetworkInterface: (input: Shapes.DetachNetworkInterfaceRequest) => Effect.Effect<Shapes.DetachNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `DeleteNetworkInterface`, receiving the decoded request. */
  readonly deleteNetworkInterface: (input: Shapes.DeleteNetworkInterfaceRequest) => Effect.Effect<Shapes.DeleteNetworkInterfaceResult, Ec2Error.Ec2Error>
  /** AWS `ModifyNetworkInterfaceAttribute`, receiving the decoded request. */
  readonly modifyNetworkInterfaceAttribute: (input: Shapes.ModifyNetworkInterfaceAttributeRequest) => Effect.Effect<Shapes.ModifyNetworkInterfaceAttributeResult, Ec2Error.Ec2Error>
  /** AWS `AssignPrivateIpAddresses`, receiving the decoded request. */
  readonly assignPrivateIpAddresses: (input: Shapes.AssignPrivateIpAddressesRequest) => Effect.Effect<Shapes.AssignPrivateIpAddressesResult, Ec2Error.Ec2Error>
  /** AWS `UnassignPrivateIpAddresses`, receiving the decoded request. */
  readonly unassignPrivateIpAddresses: (input: Shapes.UnassignPrivateIpAddressesRequest) => Effect.Effect<Shapes.UnassignPrivateIpAddressesResult, Ec2Error.Ec2Error>
  /** AWS `CreateLaunchTemplate`, receiving the decoded request. */
  readonly createLaunchTemplate: (input: Shapes.CreateLaunchTemplateRequest) => Effect.Effect<Shapes.CreateLaunchTemplateResult, Ec2Error.Ec2Error>
  /** AWS `CreateLaunchTemplateVersion`, receiving the decoded request. */
  readonly createLaunchTemplateVersion: (input: Shapes.CreateLaunchTemplateVersionRequest) => Effect.Effect<Shapes.CreateLaunchTemplateVersionResult, Ec2Error.Ec2Error>
  /** AWS `DescribeLaunchTemplates`, receiving the decoded request. */
  readonly describeLaunchTemplates: (input: Shapes.DescribeLaunchTemplatesRequest) => Effect.Effect<Shapes.DescribeLaunchTemplatesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeLaunchTemplateVersions`, receiving the decoded request. */
  readonly describeLaunchTemplateVersions: (input: Shapes.DescribeLaunchTemplateVersionsRequest) => Effect.Effect<Shapes.DescribeLaunchTemplateVersionsResult, Ec2Error.Ec2Error>
  /** AWS `ModifyLaunchTemplate`, receiving the decoded request. */
  readonly modifyLaunchTemplate: (input: Shapes.ModifyLaunchTemplateRequest) => Effect.Effect<Shapes.ModifyLaunchTemplateResult, Ec2Error.Ec2Error>
  /** AWS `DeleteLaunchTemplate`, receiving the decoded request. */
  readonly deleteLaunchTemplate: (input: Shapes.DeleteLaunchTemplateRequest) => Effect.Effect<Shapes.DeleteLaunchTemplateResult, Ec2Error.Ec2Error>
  /** AWS `DeleteLaunchTemplateVersions`, receiving the decoded request. */
  readonly deleteLaunchTemplateVersions: (input: Shapes.DeleteLaunchTemplateVersionsRequest) => Effect.Effect<Shapes.DeleteLaunchTemplateVersionsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeInstanceCreditSpecifications`, receiving the decoded request. */
  readonly describeInstanceCreditSpecifications: (input: Shapes.DescribeInstanceCreditSpecificationsRequest) => Effect.Effect<Shapes.DescribeInstanceCreditSpecificationsResult, Ec2Error.Ec2Error>
  /** AWS `ModifyInstanceCreditSpecification`, receiving the decoded request. */
  readonly modifyInstanceCreditSpecification: (input: Shapes.ModifyInstanceCreditSpecificationRequest) => Effect.Effect<Shapes.ModifyInstanceCreditSpecificationResult, Ec2Error.Ec2Error>
  /** AWS `GetConsoleOutput`, receiving the decoded request. */
  readonly getConsoleOutput: (input: Shapes.GetConsoleOutputRequest) => Effect.Effect<Shapes.GetConsoleOutputResult, Ec2Error.Ec2Error>
  /** AWS `GetEbsEncryptionByDefault`, receiving the decoded request. */
  readonly getEbsEncryptionByDefault: (input: Shapes.GetEbsEncryptionByDefaultRequest) => Effect.Effect<Shapes.GetEbsEncryptionByDefaultResult, Ec2Error.Ec2Error>
  /** AWS `EnableEbsEncryptionByDefault`, receiving the decoded request. */
  readonly enableEbsEncryptionByDefault: (input: Shapes.EnableEbsEncryptionByDefaultRequest) => Effect.Effect<Shapes.EnableEbsEncryptionByDefaultResult, Ec2Error.Ec2Error>
  /** AWS `DisableEbsEncryptionByDefault`, receiving the decoded request. */
  readonly disableEbsEncryptionByDefault: (input: Shapes.DisableEbsEncryptionByDefaultRequest) => Effect.Effect<Shapes.DisableEbsEncryptionByDefaultResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSpotPriceHistory`, receiving the decoded request. */
  readonly describeSpotPriceHistory: (input: Shapes.DescribeSpotPriceHistoryRequest) => Effect.Effect<Shapes.DescribeSpotPriceHistoryResult, Ec2Error.Ec2Error>
  /** AWS `RequestSpotInstances`, receiving the decoded request. */
  readonly requestSpotInstances: (input: Shapes.RequestSpotInstancesRequest) => Effect.Effect<Shapes.RequestSpotInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DescribeSpotInstanceRequests`, receiving the decoded request. */
  readonly describeSpotInstanceRequests: (input: Shapes.DescribeSpotInstanceRequestsRequest) => Effect.Effect<Shapes.DescribeSpotInstanceRequestsResult, Ec2Error.Ec2Error>
  /** AWS `CancelSpotInstanceRequests`, receiving the decoded request. */
  readonly cancelSpotInstanceRequests: (input: Shapes.CancelSpotInstanceRequestsRequest) => Effect.Effect<Shapes.CancelSpotInstanceRequestsResult, Ec2Error.Ec2Error>
  /** AWS `CreateFleet`, receiving the decoded request. */
  readonly createFleet: (input: Shapes.CreateFleetRequest) => Effect.Effect<Shapes.CreateFleetResult, Ec2Error.Ec2Error>
  /** AWS `DescribeFleets`, receiving the decoded request. */
  readonly describeFleets: (input: Shapes.DescribeFleetsRequest) => Effect.Effect<Shapes.DescribeFleetsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeFleetInstances`, receiving the decoded request. */
  readonly describeFleetInstances: (input: Shapes.DescribeFleetInstancesRequest) => Effect.Effect<Shapes.DescribeFleetInstancesResult, Ec2Error.Ec2Error>
  /** AWS `DeleteFleets`, receiving the decoded request. */
  readonly deleteFleets: (input: Shapes.DeleteFleetsRequest) => Effect.Effect<Shapes.DeleteFleetsResult, Ec2Error.Ec2Error>
  /** AWS `CreateCapacityReservation`, receiving the decoded request. */
  readonly createCapacityReservation: (input: Shapes.CreateCapacityReservationRequest) => Effect.Effect<Shapes.CreateCapacityReservationResult, Ec2Error.Ec2Error>
  /** AWS `DescribeCapacityReservations`, receiving the decoded request. */
  readonly describeCapacityReservations: (input: Shapes.DescribeCapacityReservationsRequest) => Effect.Effect<Shapes.DescribeCapacityReservationsResult, Ec2Error.Ec2Error>
  /** AWS `ModifyCapacityReservation`, receiving the decoded request. */
  readonly modifyCapacityReservation: (input: Shapes.ModifyCapacityReservationRequest) => Effect.Effect<Shapes.ModifyCapacityReservationResult, Ec2Error.Ec2Error>
  /** AWS `CancelCapacityReservation`, receiving the decoded request. */
  readonly cancelCapacityReservation: (input: Shapes.CancelCapacityReservationRequest) => Effect.Effect<Shapes.CancelCapacityReservationResult, Ec2Error.Ec2Error>
  /** AWS `AllocateHosts`, receiving the decoded request. */
  readonly allocateHosts: (input: Shapes.AllocateHostsRequest) => Effect.Effect<Shapes.AllocateHostsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeHosts`, receiving the decoded request. */
  readonly describeHosts: (input: Shapes.DescribeHostsRequest) => Effect.Effect<Shapes.DescribeHostsResult, Ec2Error.Ec2Error>
  /** AWS `ReleaseHosts`, receiving the decoded request. */
  readonly releaseHosts: (input: Shapes.ReleaseHostsRequest) => Effect.Effect<Shapes.ReleaseHostsResult, Ec2Error.Ec2Error>
  /** AWS `DescribeReservedInstancesOfferings`, receiving the decoded request. */
  readonly describeReservedInstancesOfferings: (input: Shapes.DescribeReservedInstancesOfferingsRequest) => Effect.Effect<Shapes.DescribeReservedInstancesOfferingsResult, Ec2Error.Ec2Error>
  /** AWS `PurchaseReservedInstancesOffering`, receiving the decoded request. */
  readonly purchaseReservedInstancesOffering: (input: Shapes.PurchaseReservedInstancesOfferingRequest) => Effect.Effect<Shapes.PurchaseReservedInstancesOfferingResult, Ec2Error.Ec2Error>
  /** AWS `DescribeReservedInstances`, receiving the decoded request. */
  readonly describeReservedInstances: (input: Shapes.DescribeReservedInstancesRequest) => Effect.Effect<Shapes.DescribeReservedInstancesResult, Ec2Error.Ec2Error>
  // END GENERATED Implementation members
}

/**
 * The `Ec2` service key.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Ec2 } from "@ec2kit/core"
 * const program = Effect.gen(function*() {
 *   const ec2 = yield* Ec2.Ec2
 *   return yield* ec2.describeInstances({ Filters: [{ Name: "instance-state-name", Values: ["running"] }] })
 * })
 * ```
 * @since 0.1.0
 * @category services
 */
export class Ec2 extends Context.Service<Ec2, Service>()("@ec2kit/core/Ec2") {}

/**
 * The method names of the service, in the order of `Ec2Shapes.operations`.
 *
 * @since 0.1.0
 * @category models
 */
export const operationNames: ReadonlyArray<Shapes.OperationName> = Object.keys(Shapes.operations) as Array<
  Shapes.OperationName
>

// ---------------------------------------------------------------------------------------------------
// decode failures → AWS errors

type IdFilter = unknown
const idKindByFilter = new Map<IdFilter, Identifier.Kind>()
const idKindBySource = new Map<string, Identifier.Kind>()
for (const kind of Identifier.allKinds) {
  for (const check of Identifier.schemas[kind].ast.checks ?? []) {
    idKindByFilter.set(check, kind)
    const source = sourceOf(check)
    if (source !== undefined) idKindBySource.set(source, kind)
  }
}

function sourceOf(filter: unknown): string | undefined {
  const annotations = (filter as { readonly annotations?: { readonly representation?: { readonly payload?: unknown } } })
    .annotations
  const payload = annotations?.representation?.payload as { readonly source?: unknown } | undefined
  return typeof payload?.source === "string" ? payload.source : undefined
}

const idKindOf = (filter: unknown): Identifier.Kind | undefined =>
  idKindByFilter.get(filter) ?? (() => {
    const source = sourceOf(filter)
    return source === undefined ? undefined : idKindBySource.get(source)
  })()

/**
 * The offending value as AWS would quote it. Total: a request is hostile input, so nothing here may
 * throw — a null-prototype object has no `toString` (`String(o)` throws a `TypeError`), and
 * `JSON.stringify` throws on cycles and bigints.
 */
const show = (u: unknown): string => {
  if (Option.isOption(u)) return Option.isSome(u) ? show(u.value) : ""
  if (typeof u === "string") return u
  if (typeof u === "number" || typeof u === "boolean" || typeof u === "bigint") return String(u)
  if (typeof u === "symbol") return u.toString()
  if (typeof u === "function") return "[function]"
  if (u === null || u === undefined) return ""
  try {
    return JSON.stringify(u, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? ""
  } catch {
    // a cycle, or a member whose toJSON/getter throws
    return Array.isArray(u) ? "[array]" : "[object]"
  }
}

/**
 * The query-protocol name AWS reports for a member: the last named key of the path, singular for a
 * list of ids ("The request must contain the parameter InstanceId" for `InstanceIds`, as quoted from
 * AWS in aws/aws-sdk-java#1131, 2017).
 */
const parameterName = (path: ReadonlyArray<PropertyKey>): string => {
  const keys = path.filter((k): k is string => typeof k === "string")
  const last = keys[keys.length - 1] ?? "request"
  return last.endsWith("Ids") ? last.slice(0, -1) : last
}

/**
 * Required members whose absence AWS answers with a text of its own. An empty structure is not sent on
 * the wire, so a backend receiving the request as data (empty) and one receiving it over the wire
 * (absent) must answer the same.
 */
const missingMessages: Readonly<Record<string, string>> = {
  // OBS: "No launch template data was provided. Launch template data is required to create a launch template.
  // (Service: AmazonEC2; Status Code: 400; Error Code: MissingParameter …)" (CreateLaunchTemplate;
  // awsdocs/aws-cloudformation-user-guide#453, 2019, read 2026-12-06)
  LaunchTemplateData: "No launch template data was provided. Launch template data is required to create a launch template."
}

/**
 * The `Ec2Error` AWS answers a request with when it fails to decode with its schema (`input` is the
 * request as received, to quote the offending value).
 *
 * - A malformed id (any member typed with an `Identifier` schema) → that kind's `*.Malformed` code and
 *   message (`Identifier.malformed`).
 * - A required member absent → `MissingParameter`, "The request must contain the parameter <Name>"
 *   (text as quoted from AWS in aws/aws-sdk-java#1131, 2017).
 * - Anything else (wrong type, value outside an enumeration, bad instance type) →
 *   `InvalidParameterValue`, "Invalid value '<value>' for <Name>." (`Ec2Error.invalidValue`). AWS words
 *   some type errors differently ("Value (x) for parameter y is invalid. …"); the exact text per member
 *   is unknown, so one shape is used throughout.
 *
 * @since 0.1.0
 * @category decoding
 */
export const fromIssue = (issue: SchemaIssue.Issue, input: unknown): Ec2Error.Ec2Error => {
  const at = (path: ReadonlyArray<PropertyKey>): string => {
    let value: unknown = input
    for (const key of path) {
      value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined
    }
    return show(value)
  }
  const go = (issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>): Ec2Error.Ec2Error => {
    switch (issue._tag) {
      case "Pointer":
        return go(issue.issue, [...path, ...issue.path])
      case "Composite":
      case "AnyOf": {
        const first = issue.issues[0]
        return first === undefined ? Ec2Error.invalidValue(at(path), parameterName(path)) : go(first, path)
      }
      case "Encoding":
        return go(issue.issue, path)
      case "Filter": {
        const kind = idKindOf(issue.filter)
        return kind !== undefined
          ? Identifier.malformed(kind, at(path))
          : Ec2Error.invalidValue(at(path), parameterName(path))
      }
      case "MissingKey":
        return Ec2Error.make(
          "MissingParameter",
          missingMessages[parameterName(path)] ?? `The request must contain the parameter ${parameterName(path)}`
        )
      case "UnexpectedKey":
        return Ec2Error.make("UnknownParameter", `The parameter ${parameterName(path)} is not recognized`)
      case "InvalidType":
      case "InvalidValue":
      case "OneOf":
        return Ec2Error.invalidValue(at(path), parameterName(path))
      case "Forbidden":
        return Ec2Error.make("InvalidParameterValue", `The value for ${parameterName(path)} cannot be decoded.`)
    }
  }
  return go(issue, [])
}

/**
 * The request with every `undefined`-valued member left out, at every depth: the AWS SDK omits such a
 * member from the wire (`ec2.runInstances({ ImageId: undefined, … })` sends no `ImageId`), so a backend must
 * see it absent, not present with a value that fails to decode. Only plain objects (prototype `Object` or
 * none, kept) and arrays are copied; a cycle stays a cycle (decoding then refuses it). Total: a request is
 * hostile input, so a getter or proxy that throws leaves the request as given (decoding answers it).
 */
const withoutUndefinedMembers = (input: unknown): unknown => {
  const copies = new Map<object, unknown>()
  const strip = (u: unknown): unknown => {
    if (typeof u !== "object" || u === null) return u
    const seen = copies.get(u)
    if (seen !== undefined) return seen
    if (Array.isArray(u)) {
      const out: Array<unknown> = []
      copies.set(u, out)
      for (const x of u) out.push(strip(x))
      return out
    }
    const proto: unknown = Object.getPrototypeOf(u)
    if (proto !== Object.prototype && proto !== null) return u
    const out = Object.create(proto as object | null) as Record<PropertyKey, unknown>
    copies.set(u, out)
    for (const key of Reflect.ownKeys(u)) {
      const d = Reflect.getOwnPropertyDescriptor(u, key)
      if (d === undefined || !d.enumerable) continue
      const value = "get" in d && d.get !== undefined ? d.get.call(u) : d.value
      if (value === undefined) continue
      Object.defineProperty(out, key, { value: strip(value), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  try {
    return strip(input)
  } catch {
    return input
  }
}

// AWS answers a request it cannot parse with a 400; the text is ours (strictest plausible: refuse)
const undecodable = () => Ec2Error.make("InvalidParameterValue", "The request could not be decoded.")

/**
 * Decodes an unknown value as the request of an operation, failing with AWS's error (see {@link fromIssue}).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Ec2 } from "@ec2kit/core"
 * const exit = Effect.runSyncExit(Ec2.decodeRequest("terminateInstances", { InstanceIds: ["i-1"] }))
 * // fails with InvalidInstanceID.Malformed: Invalid id: "i-1"
 * ```
 * @since 0.1.0
 * @category decoding
 */
export const decodeRequest = <K extends Shapes.OperationName>(
  operation: K,
  input: unknown
): Effect.Effect<(typeof Shapes.operations)[K]["Request"]["Type"], Ec2Error.Ec2Error> => {
  const schema = Shapes.operations[operation].Request as unknown as Schema.Codec<unknown, unknown>
  const present = withoutUndefinedMembers(input)
  return Schema.decodeUnknownEffect(schema)(present ?? {}).pipe(
    Effect.mapError((e) => fromIssue(e.issue, present)),
    // whatever the request is made of (null-prototype objects, cycles, throwing getters or proxies),
    // decoding answers an Ec2Error: a defect here would be an untyped crash of the caller
    Effect.catchDefect(() => Effect.fail(undecodable()))
  ) as Effect.Effect<(typeof Shapes.operations)[K]["Request"]["Type"], Ec2Error.Ec2Error>
}

/**
 * The operations whose `ClientToken` is an idempotency token in AWS's model (the Smithy trait
 * `idempotencyToken` on the member, `@aws-sdk/client-ec2` 3.1169, read 2026-12). The AWS SDKs fill such a
 * member with a fresh UUID v4 when the caller leaves it out, so over the wire EC2 always receives one;
 * {@link make} (every backend) and the AWS backend do the same through {@link withIdempotencyToken}, so a
 * backend sees the same request from every path. `ModifyInstanceCreditSpecification` has a `ClientToken`
 * without the trait: it is left as given.
 *
 * @since 0.1.0
 * @category idempotency
 */
export const idempotencyTokenOperations: ReadonlySet<Shapes.OperationName> = new Set<Shapes.OperationName>([
  "runInstances",
  "createVolume",
  "createRouteTable",
  "createNetworkInterface",
  "createLaunchTemplate",
  "createLaunchTemplateVersion",
  "modifyLaunchTemplate",
  "createFleet"
])

/**
 * The request with a fresh `ClientToken` (UUID v4, as the SDKs generate it) when the operation takes an
 * idempotency token ({@link idempotencyTokenOperations}) and the caller gave none; otherwise unchanged.
 * A value that is not a plain object is returned as is (decoding rejects it).
 *
 * @example
 * ```ts
 * import { Ec2 } from "@ec2kit/core"
 * const r = Ec2.withIdempotencyToken("runInstances", { ImageId: "ami-0123456789abcdef0", MinCount: 1, MaxCount: 1 })
 * // r.ClientToken is a UUID such as "3f2b…-4…"
 * ```
 * @since 0.1.0
 * @category idempotency
 */
export const withIdempotencyToken = <A>(operation: Shapes.OperationName, request: A): A => {
  if (!idempotencyTokenOperations.has(operation)) return request
  if (typeof request !== "object" || request === null || Array.isArray(request)) return request
  if (Object.getPrototypeOf(request) !== Object.prototype && Object.getPrototypeOf(request) !== null) return request
  const given = (request as { readonly ClientToken?: unknown }).ClientToken
  return given === undefined ? { ...request, ClientToken: globalThis.crypto.randomUUID() } : request
}

/**
 * Builds the service from a backend's implementation: each method decodes its request with the
 * operation's schema (AWS errors on failure) and then calls the implementation with the typed request.
 * An omitted idempotency token is filled first, as the SDKs do ({@link withIdempotencyToken}).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Ec2 } from "@ec2kit/core"
 * const ec2 = Ec2.makePartial({ describeRegions: () => Effect.succeed({ Regions: [{ RegionName: "eu-west-1" }] }) })
 * Effect.runSync(ec2.describeRegions({})) // { Regions: [{ RegionName: "eu-west-1" }] }
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const make = (impl: Implementation): Service => {
  const out: Record<string, (input: unknown) => Effect.Effect<unknown, Ec2Error.Ec2Error>> = {}
  for (const name of operationNames) {
    const run = impl[name] as (input: unknown) => Effect.Effect<unknown, Ec2Error.Ec2Error>
    out[name] = (input) =>
      Effect.flatMap(decodeRequest(name, input), (decoded) => Effect.suspend(() => run(withIdempotencyToken(name, decoded))))
  }
  return out as unknown as Service
}

/**
 * The error an operation a backend does not implement fails with: `UnsupportedOperation`.
 *
 * @since 0.1.0
 * @category errors
 */
export const unsupported = (operation: string): Ec2Error.Ec2Error =>
  Ec2Error.make("UnsupportedOperation", `The operation ${operation} is not supported by this backend.`)

/**
 * Like {@link make} for a backend (or a test fake) that implements only some operations; the others
 * fail with `UnsupportedOperation` (after decoding, so malformed requests still get AWS's errors).
 *
 * @since 0.1.0
 * @category constructors
 */
export const makePartial = (impl: Partial<Implementation>): Service => {
  const full: Record<string, unknown> = {}
  for (const name of operationNames) {
    full[name] = impl[name] ?? (() => Effect.fail(unsupported(Shapes.operations[name].name)))
  }
  return make(full as unknown as Implementation)
}

/**
 * A layer providing `Ec2` from an implementation, through {@link make}.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (impl: Implementation): Layer.Layer<Ec2> => Layer.succeed(Ec2, make(impl))

/**
 * The answer to a `DryRun` request that would have succeeded: fails with `DryRunOperation`
 * ("Request would have succeeded, but DryRun flag is set."). Backends call it after checking the
 * request's permissions and validity.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Ec2 } from "@ec2kit/core"
 * const e = Effect.runSync(Effect.flip(Ec2.dryRun))
 * e.code // "DryRunOperation"
 * ```
 * @since 0.1.0
 * @category errors
 */
export const dryRun: Effect.Effect<never, Ec2Error.Ec2Error> = Effect.suspend(() =>
  Effect.fail(Ec2Error.dryRunOperation())
)
