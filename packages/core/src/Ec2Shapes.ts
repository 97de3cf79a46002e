/**
 * AWS's request and response shapes for the EC2 operations ec2kit implements, as Effect Schemas with
 * the member names of the AWS SDK for JavaScript v3 (`@aws-sdk/client-ec2` 3.1169.0, read 2026-11), so
 * values move between the SDK and ec2kit unchanged.
 *
 * GENERATED from the SDK's `dist-types/models/models_*.d.ts` and `dist-types/commands/*Command.d.ts`
 * (every member of every shape reachable from the operations in `scripts/gen-ec2-shapes/ops`, minus the retired Elastic GPU /
 * Elastic Inference members); do not edit by hand.
 *
 * - Optional members are `Schema.optionalKey`; members the SDK marks required (`MinCount`, `MaxCount`,
 *   `InstanceId`, …) are required, so decoding a request without them fails with `MissingParameter`.
 * - In **requests**, id members are core's branded ids (`Identifier.InstanceId`, …) and `InstanceType` is
 *   `InstanceType.InstanceTypeName`, so decoding rejects malformed values. Shared shapes that contain ids
 *   have a request variant suffixed `Input` (e.g. `BlockDeviceMappingInput`), the plain name being the
 *   response shape (`BlockDeviceMapping`, as `DescribeImages` returns it).
 * - In **responses**, every member is optional as in the SDK, except `State` of an instance, which is
 *   core's `Lifecycle.InstanceState` (both `Code` and `Name` always present, as AWS always sends them).
 * - Enumerations are `Schema.Literals` of the SDK's values.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Identifier from "./Identifier.js"
import * as InstanceType from "./InstanceType.js"
import * as Lifecycle from "./Lifecycle.js"

type TypeOf<S extends { readonly Type: unknown }> = S["Type"]

// ---------------------------------------------------------------------------- enumerations

/**
 * AWS enumeration `AcceleratorManufacturer`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AcceleratorManufacturer = Schema.Literals(["amazon-web-services", "amd", "habana", "nvidia", "xilinx"])
/**
 * AWS enumeration `AcceleratorManufacturer`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AcceleratorManufacturer = typeof AcceleratorManufacturer.Type

/**
 * AWS enumeration `AcceleratorName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AcceleratorName = Schema.Literals(["a100", "a10g", "gaudi-hl-205", "h100", "inferentia", "inferentia2", "k520", "k80", "l4", "l40s", "m60", "radeon-pro-v520", "t4", "t4g", "trainium", "trainium2", "u30", "v100", "vu9p"])
/**
 * AWS enumeration `AcceleratorName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AcceleratorName = typeof AcceleratorName.Type

/**
 * AWS enumeration `AcceleratorType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AcceleratorType = Schema.Literals(["fpga", "gpu", "inference", "media"])
/**
 * AWS enumeration `AcceleratorType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AcceleratorType = typeof AcceleratorType.Type

/**
 * AWS enumeration `AccountAttributeName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AccountAttributeName = Schema.Literals(["default-vpc", "supported-platforms"])
/**
 * AWS enumeration `AccountAttributeName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AccountAttributeName = typeof AccountAttributeName.Type

/**
 * AWS enumeration `Affinity`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const Affinity = Schema.Literals(["default", "host"])
/**
 * AWS enumeration `Affinity`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type Affinity = typeof Affinity.Type

/**
 * AWS enumeration `AllocationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AllocationState = Schema.Literals(["available", "configuring", "pending", "permanent-failure", "released", "released-permanent-failure", "under-assessment"])
/**
 * AWS enumeration `AllocationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AllocationState = typeof AllocationState.Type

/**
 * AWS enumeration `AllocationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AllocationType = Schema.Literals(["cancelling", "future", "used"])
/**
 * AWS enumeration `AllocationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AllocationType = typeof AllocationType.Type

/**
 * AWS enumeration `AllowsMultipleInstanceTypes`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AllowsMultipleInstanceTypes = Schema.Literals(["off", "on"])
/**
 * AWS enumeration `AllowsMultipleInstanceTypes`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AllowsMultipleInstanceTypes = typeof AllowsMultipleInstanceTypes.Type

/**
 * AWS enumeration `AmdSevSnp`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AmdSevSnp = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `AmdSevSnp`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AmdSevSnp = typeof AmdSevSnp.Type

/**
 * AWS enumeration `AmdSevSnpSpecification`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AmdSevSnpSpecification = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `AmdSevSnpSpecification`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AmdSevSnpSpecification = typeof AmdSevSnpSpecification.Type

/**
 * AWS enumeration `ApplyCancellationCharges`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ApplyCancellationCharges = Schema.Literals(["commitment-wind-down"])
/**
 * AWS enumeration `ApplyCancellationCharges`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ApplyCancellationCharges = typeof ApplyCancellationCharges.Type

/**
 * AWS enumeration `ArchitectureType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ArchitectureType = Schema.Literals(["arm64", "arm64_mac", "i386", "x86_64", "x86_64_mac"])
/**
 * AWS enumeration `ArchitectureType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ArchitectureType = typeof ArchitectureType.Type

/**
 * AWS enumeration `ArchitectureValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ArchitectureValues = Schema.Literals(["arm64", "arm64_mac", "i386", "x86_64", "x86_64_mac"])
/**
 * AWS enumeration `ArchitectureValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ArchitectureValues = typeof ArchitectureValues.Type

/**
 * AWS enumeration `AttachmentLimitType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AttachmentLimitType = Schema.Literals(["dedicated", "shared"])
/**
 * AWS enumeration `AttachmentLimitType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AttachmentLimitType = typeof AttachmentLimitType.Type

/**
 * AWS enumeration `AttachmentStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AttachmentStatus = Schema.Literals(["attached", "attaching", "detached", "detaching"])
/**
 * AWS enumeration `AttachmentStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AttachmentStatus = typeof AttachmentStatus.Type

/**
 * AWS enumeration `AutoPlacement`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AutoPlacement = Schema.Literals(["off", "on"])
/**
 * AWS enumeration `AutoPlacement`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AutoPlacement = typeof AutoPlacement.Type

/**
 * AWS enumeration `AvailabilityZoneOptInStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AvailabilityZoneOptInStatus = Schema.Literals(["not-opted-in", "opt-in-not-required", "opted-in"])
/**
 * AWS enumeration `AvailabilityZoneOptInStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AvailabilityZoneOptInStatus = typeof AvailabilityZoneOptInStatus.Type

/**
 * AWS enumeration `AvailabilityZoneState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const AvailabilityZoneState = Schema.Literals(["available", "constrained", "impaired", "information", "unavailable"])
/**
 * AWS enumeration `AvailabilityZoneState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type AvailabilityZoneState = typeof AvailabilityZoneState.Type

/**
 * AWS enumeration `BandwidthWeightingType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const BandwidthWeightingType = Schema.Literals(["default", "ebs-1", "vpc-1"])
/**
 * AWS enumeration `BandwidthWeightingType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type BandwidthWeightingType = typeof BandwidthWeightingType.Type

/**
 * AWS enumeration `BareMetal`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const BareMetal = Schema.Literals(["excluded", "included", "required"])
/**
 * AWS enumeration `BareMetal`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type BareMetal = typeof BareMetal.Type

/**
 * AWS enumeration `BlockPublicAccessMode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const BlockPublicAccessMode = Schema.Literals(["block-bidirectional", "block-ingress", "off"])
/**
 * AWS enumeration `BlockPublicAccessMode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type BlockPublicAccessMode = typeof BlockPublicAccessMode.Type

/**
 * AWS enumeration `BootModeOverrideValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const BootModeOverrideValues = Schema.Literals(["uefi"])
/**
 * AWS enumeration `BootModeOverrideValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type BootModeOverrideValues = typeof BootModeOverrideValues.Type

/**
 * AWS enumeration `BootModeType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const BootModeType = Schema.Literals(["legacy-bios", "uefi"])
/**
 * AWS enumeration `BootModeType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type BootModeType = typeof BootModeType.Type

/**
 * AWS enumeration `BootModeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const BootModeValues = Schema.Literals(["legacy-bios", "uefi", "uefi-preferred"])
/**
 * AWS enumeration `BootModeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type BootModeValues = typeof BootModeValues.Type

/**
 * AWS enumeration `BurstablePerformance`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const BurstablePerformance = Schema.Literals(["excluded", "included", "required"])
/**
 * AWS enumeration `BurstablePerformance`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type BurstablePerformance = typeof BurstablePerformance.Type

/**
 * AWS enumeration `CancelSpotInstanceRequestState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CancelSpotInstanceRequestState = Schema.Literals(["active", "cancelled", "closed", "completed", "open"])
/**
 * AWS enumeration `CancelSpotInstanceRequestState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CancelSpotInstanceRequestState = typeof CancelSpotInstanceRequestState.Type

/**
 * AWS enumeration `CapacityReservationAdjustmentStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationAdjustmentStatus = Schema.Literals(["applied", "rejected", "requested"])
/**
 * AWS enumeration `CapacityReservationAdjustmentStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationAdjustmentStatus = typeof CapacityReservationAdjustmentStatus.Type

/**
 * AWS enumeration `CapacityReservationDeliveryPreference`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationDeliveryPreference = Schema.Literals(["fixed", "incremental"])
/**
 * AWS enumeration `CapacityReservationDeliveryPreference`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationDeliveryPreference = typeof CapacityReservationDeliveryPreference.Type

/**
 * AWS enumeration `CapacityReservationInstancePlatform`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationInstancePlatform = Schema.Literals(["Linux/UNIX", "Linux with SQL Server Enterprise", "Linux with SQL Server Standard", "Linux with SQL Server Web", "Red Hat Enterprise Linux", "RHEL with HA", "RHEL with HA and SQL Server Enterprise", "RHEL with HA and SQL Server Standard", "RHEL with SQL Server Enterprise", "RHEL with SQL Server Standard", "RHEL with SQL Server Web", "SUSE Linux", "Ubuntu Pro", "Windows", "Windows with SQL Server", "Windows with SQL Server Enterprise", "Windows with SQL Server Standard", "Windows with SQL Server Web"])
/**
 * AWS enumeration `CapacityReservationInstancePlatform`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationInstancePlatform = typeof CapacityReservationInstancePlatform.Type

/**
 * AWS enumeration `CapacityReservationLaunchStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationLaunchStatus = Schema.Literals(["launchable", "unlaunchable"])
/**
 * AWS enumeration `CapacityReservationLaunchStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationLaunchStatus = typeof CapacityReservationLaunchStatus.Type

/**
 * AWS enumeration `CapacityReservationPreference`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationPreference = Schema.Literals(["capacity-reservations-only", "none", "open"])
/**
 * AWS enumeration `CapacityReservationPreference`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationPreference = typeof CapacityReservationPreference.Type

/**
 * AWS enumeration `CapacityReservationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationState = Schema.Literals(["active", "assessing", "cancelled", "cancelling", "delayed", "expired", "failed", "payment-failed", "payment-pending", "pending", "scheduled", "unavailable", "unsupported"])
/**
 * AWS enumeration `CapacityReservationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationState = typeof CapacityReservationState.Type

/**
 * AWS enumeration `CapacityReservationTenancy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationTenancy = Schema.Literals(["dedicated", "default"])
/**
 * AWS enumeration `CapacityReservationTenancy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationTenancy = typeof CapacityReservationTenancy.Type

/**
 * AWS enumeration `CapacityReservationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CapacityReservationType = Schema.Literals(["capacity-block", "default"])
/**
 * AWS enumeration `CapacityReservationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CapacityReservationType = typeof CapacityReservationType.Type

/**
 * AWS enumeration `CpuManufacturer`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CpuManufacturer = Schema.Literals(["amazon-web-services", "amd", "apple", "intel"])
/**
 * AWS enumeration `CpuManufacturer`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CpuManufacturer = typeof CpuManufacturer.Type

/**
 * AWS enumeration `CurrencyCodeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const CurrencyCodeValues = Schema.Literals(["USD"])
/**
 * AWS enumeration `CurrencyCodeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type CurrencyCodeValues = typeof CurrencyCodeValues.Type

/**
 * AWS enumeration `DefaultTargetCapacityType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const DefaultTargetCapacityType = Schema.Literals(["capacity-block", "on-demand", "reserved-capacity", "spot"])
/**
 * AWS enumeration `DefaultTargetCapacityType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type DefaultTargetCapacityType = typeof DefaultTargetCapacityType.Type

/**
 * AWS enumeration `DeleteFleetErrorCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const DeleteFleetErrorCode = Schema.Literals(["fleetIdDoesNotExist", "fleetIdMalformed", "fleetNotInDeletableState", "unexpectedError"])
/**
 * AWS enumeration `DeleteFleetErrorCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type DeleteFleetErrorCode = typeof DeleteFleetErrorCode.Type

/**
 * AWS enumeration `DeviceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const DeviceType = Schema.Literals(["ebs", "instance-store"])
/**
 * AWS enumeration `DeviceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type DeviceType = typeof DeviceType.Type

/**
 * AWS enumeration `DiskType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const DiskType = Schema.Literals(["hdd", "ssd"])
/**
 * AWS enumeration `DiskType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type DiskType = typeof DiskType.Type

/**
 * AWS enumeration `DomainType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const DomainType = Schema.Literals(["standard", "vpc"])
/**
 * AWS enumeration `DomainType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type DomainType = typeof DomainType.Type

/**
 * AWS enumeration `EbsEncryptionSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const EbsEncryptionSupport = Schema.Literals(["supported", "unsupported"])
/**
 * AWS enumeration `EbsEncryptionSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type EbsEncryptionSupport = typeof EbsEncryptionSupport.Type

/**
 * AWS enumeration `EbsNvmeSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const EbsNvmeSupport = Schema.Literals(["required", "supported", "unsupported"])
/**
 * AWS enumeration `EbsNvmeSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type EbsNvmeSupport = typeof EbsNvmeSupport.Type

/**
 * AWS enumeration `EbsOptimizedSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const EbsOptimizedSupport = Schema.Literals(["default", "supported", "unsupported"])
/**
 * AWS enumeration `EbsOptimizedSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type EbsOptimizedSupport = typeof EbsOptimizedSupport.Type

/**
 * AWS enumeration `EnaSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const EnaSupport = Schema.Literals(["required", "supported", "unsupported"])
/**
 * AWS enumeration `EnaSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type EnaSupport = typeof EnaSupport.Type

/**
 * AWS enumeration `EndDateType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const EndDateType = Schema.Literals(["limited", "unlimited"])
/**
 * AWS enumeration `EndDateType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type EndDateType = typeof EndDateType.Type

/**
 * AWS enumeration `EphemeralNvmeSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const EphemeralNvmeSupport = Schema.Literals(["required", "supported", "unsupported"])
/**
 * AWS enumeration `EphemeralNvmeSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type EphemeralNvmeSupport = typeof EphemeralNvmeSupport.Type

/**
 * AWS enumeration `EventCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const EventCode = Schema.Literals(["instance-reboot", "instance-retirement", "instance-stop", "system-maintenance", "system-reboot"])
/**
 * AWS enumeration `EventCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type EventCode = typeof EventCode.Type

/**
 * AWS enumeration `FleetActivityStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetActivityStatus = Schema.Literals(["error", "fulfilled", "pending_fulfillment", "pending_termination"])
/**
 * AWS enumeration `FleetActivityStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetActivityStatus = typeof FleetActivityStatus.Type

/**
 * AWS enumeration `FleetCapacityReservationUsageStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetCapacityReservationUsageStrategy = Schema.Literals(["use-capacity-reservations-first"])
/**
 * AWS enumeration `FleetCapacityReservationUsageStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetCapacityReservationUsageStrategy = typeof FleetCapacityReservationUsageStrategy.Type

/**
 * AWS enumeration `FleetExcessCapacityTerminationPolicy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetExcessCapacityTerminationPolicy = Schema.Literals(["no-termination", "termination"])
/**
 * AWS enumeration `FleetExcessCapacityTerminationPolicy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetExcessCapacityTerminationPolicy = typeof FleetExcessCapacityTerminationPolicy.Type

/**
 * AWS enumeration `FleetHttpTokensState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetHttpTokensState = Schema.Literals(["optional", "required"])
/**
 * AWS enumeration `FleetHttpTokensState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetHttpTokensState = typeof FleetHttpTokensState.Type

/**
 * AWS enumeration `FleetInstanceMetadataEndpointState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetInstanceMetadataEndpointState = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `FleetInstanceMetadataEndpointState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetInstanceMetadataEndpointState = typeof FleetInstanceMetadataEndpointState.Type

/**
 * AWS enumeration `FleetOnDemandAllocationStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetOnDemandAllocationStrategy = Schema.Literals(["lowest-price", "prioritized"])
/**
 * AWS enumeration `FleetOnDemandAllocationStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetOnDemandAllocationStrategy = typeof FleetOnDemandAllocationStrategy.Type

/**
 * AWS enumeration `FleetReplacementStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetReplacementStrategy = Schema.Literals(["launch", "launch-before-terminate"])
/**
 * AWS enumeration `FleetReplacementStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetReplacementStrategy = typeof FleetReplacementStrategy.Type

/**
 * AWS enumeration `FleetReservationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetReservationType = Schema.Literals(["capacity-block", "interruptible-capacity-reservation", "on-demand-capacity-reservation"])
/**
 * AWS enumeration `FleetReservationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetReservationType = typeof FleetReservationType.Type

/**
 * AWS enumeration `FleetStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetStateCode = Schema.Literals(["active", "deleted", "deleted_running", "deleted_terminating", "failed", "modifying", "submitted"])
/**
 * AWS enumeration `FleetStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetStateCode = typeof FleetStateCode.Type

/**
 * AWS enumeration `FleetType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FleetType = Schema.Literals(["instant", "maintain", "request"])
/**
 * AWS enumeration `FleetType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FleetType = typeof FleetType.Type

/**
 * AWS enumeration `FlexibleEnaQueuesSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const FlexibleEnaQueuesSupport = Schema.Literals(["supported", "unsupported"])
/**
 * AWS enumeration `FlexibleEnaQueuesSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type FlexibleEnaQueuesSupport = typeof FlexibleEnaQueuesSupport.Type

/**
 * AWS enumeration `HostMaintenance`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const HostMaintenance = Schema.Literals(["off", "on"])
/**
 * AWS enumeration `HostMaintenance`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type HostMaintenance = typeof HostMaintenance.Type

/**
 * AWS enumeration `HostRecovery`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const HostRecovery = Schema.Literals(["off", "on"])
/**
 * AWS enumeration `HostRecovery`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type HostRecovery = typeof HostRecovery.Type

/**
 * AWS enumeration `HostTenancy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const HostTenancy = Schema.Literals(["dedicated", "default", "host"])
/**
 * AWS enumeration `HostTenancy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type HostTenancy = typeof HostTenancy.Type

/**
 * AWS enumeration `HostnameType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const HostnameType = Schema.Literals(["ip-name", "resource-name"])
/**
 * AWS enumeration `HostnameType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type HostnameType = typeof HostnameType.Type

/**
 * AWS enumeration `HttpTokensState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const HttpTokensState = Schema.Literals(["optional", "required"])
/**
 * AWS enumeration `HttpTokensState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type HttpTokensState = typeof HttpTokensState.Type

/**
 * AWS enumeration `HypervisorType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const HypervisorType = Schema.Literals(["ovm", "xen"])
/**
 * AWS enumeration `HypervisorType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type HypervisorType = typeof HypervisorType.Type

/**
 * AWS enumeration `IamInstanceProfileAssociationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const IamInstanceProfileAssociationState = Schema.Literals(["associated", "associating", "disassociated", "disassociating"])
/**
 * AWS enumeration `IamInstanceProfileAssociationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type IamInstanceProfileAssociationState = typeof IamInstanceProfileAssociationState.Type

/**
 * AWS enumeration `ImageState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ImageState = Schema.Literals(["available", "deregistered", "disabled", "error", "failed", "invalid", "pending", "transient"])
/**
 * AWS enumeration `ImageState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ImageState = typeof ImageState.Type

/**
 * AWS enumeration `ImageTypeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ImageTypeValues = Schema.Literals(["kernel", "machine", "ramdisk"])
/**
 * AWS enumeration `ImageTypeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ImageTypeValues = typeof ImageTypeValues.Type

/**
 * AWS enumeration `ImdsSupportValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ImdsSupportValues = Schema.Literals(["v2.0"])
/**
 * AWS enumeration `ImdsSupportValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ImdsSupportValues = typeof ImdsSupportValues.Type

/**
 * AWS enumeration `InstanceAttributeName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceAttributeName = Schema.Literals(["blockDeviceMapping", "disableApiStop", "disableApiTermination", "ebsOptimized", "enaSupport", "enclaveOptions", "groupSet", "instanceInitiatedShutdownBehavior", "instanceType", "kernel", "productCodes", "ramdisk", "rootDeviceName", "sourceDestCheck", "sriovNetSupport", "userData"])
/**
 * AWS enumeration `InstanceAttributeName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceAttributeName = typeof InstanceAttributeName.Type

/**
 * AWS enumeration `InstanceAutoRecoveryState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceAutoRecoveryState = Schema.Literals(["default", "disabled"])
/**
 * AWS enumeration `InstanceAutoRecoveryState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceAutoRecoveryState = typeof InstanceAutoRecoveryState.Type

/**
 * AWS enumeration `InstanceBandwidthWeighting`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceBandwidthWeighting = Schema.Literals(["default", "ebs-1", "vpc-1"])
/**
 * AWS enumeration `InstanceBandwidthWeighting`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceBandwidthWeighting = typeof InstanceBandwidthWeighting.Type

/**
 * AWS enumeration `InstanceBootModeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceBootModeValues = Schema.Literals(["legacy-bios", "uefi"])
/**
 * AWS enumeration `InstanceBootModeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceBootModeValues = typeof InstanceBootModeValues.Type

/**
 * AWS enumeration `InstanceGeneration`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceGeneration = Schema.Literals(["current", "previous"])
/**
 * AWS enumeration `InstanceGeneration`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceGeneration = typeof InstanceGeneration.Type

/**
 * AWS enumeration `InstanceHealthStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceHealthStatus = Schema.Literals(["healthy", "unhealthy"])
/**
 * AWS enumeration `InstanceHealthStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceHealthStatus = typeof InstanceHealthStatus.Type

/**
 * AWS enumeration `InstanceInterruptionBehavior`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceInterruptionBehavior = Schema.Literals(["hibernate", "stop", "terminate"])
/**
 * AWS enumeration `InstanceInterruptionBehavior`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceInterruptionBehavior = typeof InstanceInterruptionBehavior.Type

/**
 * AWS enumeration `InstanceLifecycle`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceLifecycle = Schema.Literals(["capacity-block", "interruptible-capacity-reservation", "on-demand", "spot"])
/**
 * AWS enumeration `InstanceLifecycle`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceLifecycle = typeof InstanceLifecycle.Type

/**
 * AWS enumeration `InstanceLifecycleType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceLifecycleType = Schema.Literals(["capacity-block", "interruptible-capacity-reservation", "scheduled", "spot"])
/**
 * AWS enumeration `InstanceLifecycleType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceLifecycleType = typeof InstanceLifecycleType.Type

/**
 * AWS enumeration `InstanceMatchCriteria`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceMatchCriteria = Schema.Literals(["open", "targeted"])
/**
 * AWS enumeration `InstanceMatchCriteria`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceMatchCriteria = typeof InstanceMatchCriteria.Type

/**
 * AWS enumeration `InstanceMetadataEndpointState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceMetadataEndpointState = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `InstanceMetadataEndpointState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceMetadataEndpointState = typeof InstanceMetadataEndpointState.Type

/**
 * AWS enumeration `InstanceMetadataOptionsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceMetadataOptionsState = Schema.Literals(["applied", "pending"])
/**
 * AWS enumeration `InstanceMetadataOptionsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceMetadataOptionsState = typeof InstanceMetadataOptionsState.Type

/**
 * AWS enumeration `InstanceMetadataProtocolState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceMetadataProtocolState = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `InstanceMetadataProtocolState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceMetadataProtocolState = typeof InstanceMetadataProtocolState.Type

/**
 * AWS enumeration `InstanceMetadataTagsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceMetadataTagsState = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `InstanceMetadataTagsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceMetadataTagsState = typeof InstanceMetadataTagsState.Type

/**
 * AWS enumeration `InstanceRebootMigrationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceRebootMigrationState = Schema.Literals(["default", "disabled"])
/**
 * AWS enumeration `InstanceRebootMigrationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceRebootMigrationState = typeof InstanceRebootMigrationState.Type

/**
 * AWS enumeration `InstanceStorageEncryptionSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceStorageEncryptionSupport = Schema.Literals(["required", "unsupported"])
/**
 * AWS enumeration `InstanceStorageEncryptionSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceStorageEncryptionSupport = typeof InstanceStorageEncryptionSupport.Type

/**
 * AWS enumeration `InstanceTypeHypervisor`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InstanceTypeHypervisor = Schema.Literals(["nitro", "xen"])
/**
 * AWS enumeration `InstanceTypeHypervisor`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InstanceTypeHypervisor = typeof InstanceTypeHypervisor.Type

/**
 * AWS enumeration `InterruptibleCapacityReservationAllocationStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InterruptibleCapacityReservationAllocationStatus = Schema.Literals(["active", "canceled", "canceling", "failed", "pending", "updating"])
/**
 * AWS enumeration `InterruptibleCapacityReservationAllocationStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InterruptibleCapacityReservationAllocationStatus = typeof InterruptibleCapacityReservationAllocationStatus.Type

/**
 * AWS enumeration `InterruptionType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const InterruptionType = Schema.Literals(["adhoc"])
/**
 * AWS enumeration `InterruptionType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type InterruptionType = typeof InterruptionType.Type

/**
 * AWS enumeration `IpSource`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const IpSource = Schema.Literals(["amazon", "byoip", "none"])
/**
 * AWS enumeration `IpSource`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type IpSource = typeof IpSource.Type

/**
 * AWS enumeration `Ipv6AddressAttribute`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const Ipv6AddressAttribute = Schema.Literals(["private", "public"])
/**
 * AWS enumeration `Ipv6AddressAttribute`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type Ipv6AddressAttribute = typeof Ipv6AddressAttribute.Type

/**
 * AWS enumeration `KeyFormat`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const KeyFormat = Schema.Literals(["pem", "ppk"])
/**
 * AWS enumeration `KeyFormat`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type KeyFormat = typeof KeyFormat.Type

/**
 * AWS enumeration `KeyType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const KeyType = Schema.Literals(["ed25519", "rsa"])
/**
 * AWS enumeration `KeyType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type KeyType = typeof KeyType.Type

/**
 * AWS enumeration `LaunchTemplateAutoRecoveryState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LaunchTemplateAutoRecoveryState = Schema.Literals(["default", "disabled"])
/**
 * AWS enumeration `LaunchTemplateAutoRecoveryState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LaunchTemplateAutoRecoveryState = typeof LaunchTemplateAutoRecoveryState.Type

/**
 * AWS enumeration `LaunchTemplateErrorCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LaunchTemplateErrorCode = Schema.Literals(["launchTemplateIdDoesNotExist", "launchTemplateIdMalformed", "launchTemplateNameDoesNotExist", "launchTemplateNameMalformed", "launchTemplateVersionDoesNotExist", "unexpectedError"])
/**
 * AWS enumeration `LaunchTemplateErrorCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LaunchTemplateErrorCode = typeof LaunchTemplateErrorCode.Type

/**
 * AWS enumeration `LaunchTemplateHttpTokensState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LaunchTemplateHttpTokensState = Schema.Literals(["optional", "required"])
/**
 * AWS enumeration `LaunchTemplateHttpTokensState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LaunchTemplateHttpTokensState = typeof LaunchTemplateHttpTokensState.Type

/**
 * AWS enumeration `LaunchTemplateInstanceMetadataEndpointState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LaunchTemplateInstanceMetadataEndpointState = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `LaunchTemplateInstanceMetadataEndpointState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LaunchTemplateInstanceMetadataEndpointState = typeof LaunchTemplateInstanceMetadataEndpointState.Type

/**
 * AWS enumeration `LaunchTemplateInstanceMetadataOptionsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LaunchTemplateInstanceMetadataOptionsState = Schema.Literals(["applied", "pending"])
/**
 * AWS enumeration `LaunchTemplateInstanceMetadataOptionsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LaunchTemplateInstanceMetadataOptionsState = typeof LaunchTemplateInstanceMetadataOptionsState.Type

/**
 * AWS enumeration `LaunchTemplateInstanceMetadataProtocolIpv6`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LaunchTemplateInstanceMetadataProtocolIpv6 = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `LaunchTemplateInstanceMetadataProtocolIpv6`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LaunchTemplateInstanceMetadataProtocolIpv6 = typeof LaunchTemplateInstanceMetadataProtocolIpv6.Type

/**
 * AWS enumeration `LaunchTemplateInstanceMetadataTagsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LaunchTemplateInstanceMetadataTagsState = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `LaunchTemplateInstanceMetadataTagsState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LaunchTemplateInstanceMetadataTagsState = typeof LaunchTemplateInstanceMetadataTagsState.Type

/**
 * AWS enumeration `LocalStorage`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LocalStorage = Schema.Literals(["excluded", "included", "required"])
/**
 * AWS enumeration `LocalStorage`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LocalStorage = typeof LocalStorage.Type

/**
 * AWS enumeration `LocalStorageType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LocalStorageType = Schema.Literals(["hdd", "ssd"])
/**
 * AWS enumeration `LocalStorageType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LocalStorageType = typeof LocalStorageType.Type

/**
 * AWS enumeration `LocationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const LocationType = Schema.Literals(["availability-zone", "availability-zone-id", "outpost", "region"])
/**
 * AWS enumeration `LocationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type LocationType = typeof LocationType.Type

/**
 * AWS enumeration `MarketType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const MarketType = Schema.Literals(["capacity-block", "interruptible-capacity-reservation", "on-demand", "spot"])
/**
 * AWS enumeration `MarketType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type MarketType = typeof MarketType.Type

/**
 * AWS enumeration `MonitoringState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const MonitoringState = Schema.Literals(["disabled", "disabling", "enabled", "pending"])
/**
 * AWS enumeration `MonitoringState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type MonitoringState = typeof MonitoringState.Type

/**
 * AWS enumeration `NestedVirtualizationSpecification`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const NestedVirtualizationSpecification = Schema.Literals(["disabled", "enabled"])
/**
 * AWS enumeration `NestedVirtualizationSpecification`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type NestedVirtualizationSpecification = typeof NestedVirtualizationSpecification.Type

/**
 * AWS enumeration `NetworkCardInterfaceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const NetworkCardInterfaceType = Schema.Literals(["efa", "efa-only", "interface", "secondary"])
/**
 * AWS enumeration `NetworkCardInterfaceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type NetworkCardInterfaceType = typeof NetworkCardInterfaceType.Type

/**
 * AWS enumeration `NetworkInterfaceCreationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const NetworkInterfaceCreationType = Schema.Literals(["branch", "efa", "efa-only", "trunk"])
/**
 * AWS enumeration `NetworkInterfaceCreationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type NetworkInterfaceCreationType = typeof NetworkInterfaceCreationType.Type

/**
 * AWS enumeration `NetworkInterfaceStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const NetworkInterfaceStatus = Schema.Literals(["associated", "attaching", "available", "detaching", "in-use"])
/**
 * AWS enumeration `NetworkInterfaceStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type NetworkInterfaceStatus = typeof NetworkInterfaceStatus.Type

/**
 * AWS enumeration `NetworkInterfaceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const NetworkInterfaceType = Schema.Literals(["api_gateway_managed", "aws_codestar_connections_managed", "branch", "efa", "efa-only", "gateway_load_balancer", "gateway_load_balancer_endpoint", "global_accelerator_managed", "interface", "iot_rules_managed", "lambda", "load_balancer", "natGateway", "network_load_balancer", "quicksight", "transit_gateway", "trunk", "vpc_endpoint"])
/**
 * AWS enumeration `NetworkInterfaceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type NetworkInterfaceType = typeof NetworkInterfaceType.Type

/**
 * AWS enumeration `NitroEnclavesSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const NitroEnclavesSupport = Schema.Literals(["supported", "unsupported"])
/**
 * AWS enumeration `NitroEnclavesSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type NitroEnclavesSupport = typeof NitroEnclavesSupport.Type

/**
 * AWS enumeration `NitroTpmSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const NitroTpmSupport = Schema.Literals(["supported", "unsupported"])
/**
 * AWS enumeration `NitroTpmSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type NitroTpmSupport = typeof NitroTpmSupport.Type

/**
 * AWS enumeration `OfferingClassType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const OfferingClassType = Schema.Literals(["convertible", "standard"])
/**
 * AWS enumeration `OfferingClassType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type OfferingClassType = typeof OfferingClassType.Type

/**
 * AWS enumeration `OfferingTypeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const OfferingTypeValues = Schema.Literals(["All Upfront", "Heavy Utilization", "Light Utilization", "Medium Utilization", "No Upfront", "Partial Upfront"])
/**
 * AWS enumeration `OfferingTypeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type OfferingTypeValues = typeof OfferingTypeValues.Type

/**
 * AWS enumeration `PhcSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const PhcSupport = Schema.Literals(["supported", "unsupported"])
/**
 * AWS enumeration `PhcSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type PhcSupport = typeof PhcSupport.Type

/**
 * AWS enumeration `PlacementGroupState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const PlacementGroupState = Schema.Literals(["available", "deleted", "deleting", "pending"])
/**
 * AWS enumeration `PlacementGroupState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type PlacementGroupState = typeof PlacementGroupState.Type

/**
 * AWS enumeration `PlacementGroupStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const PlacementGroupStrategy = Schema.Literals(["cluster", "partition", "spread"])
/**
 * AWS enumeration `PlacementGroupStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type PlacementGroupStrategy = typeof PlacementGroupStrategy.Type

/**
 * AWS enumeration `PlacementStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const PlacementStrategy = Schema.Literals(["cluster", "partition", "precision-time", "spread"])
/**
 * AWS enumeration `PlacementStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type PlacementStrategy = typeof PlacementStrategy.Type

/**
 * AWS enumeration `PlatformValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const PlatformValues = Schema.Literals(["Windows"])
/**
 * AWS enumeration `PlatformValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type PlatformValues = typeof PlatformValues.Type

/**
 * AWS enumeration `ProductCodeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ProductCodeValues = Schema.Literals(["devpay", "marketplace"])
/**
 * AWS enumeration `ProductCodeValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ProductCodeValues = typeof ProductCodeValues.Type

/**
 * AWS enumeration `RIProductDescription`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RIProductDescription = Schema.Literals(["Linux/UNIX", "Linux/UNIX (Amazon VPC)", "Windows", "Windows (Amazon VPC)"])
/**
 * AWS enumeration `RIProductDescription`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RIProductDescription = typeof RIProductDescription.Type

/**
 * AWS enumeration `RebootMigrationSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RebootMigrationSupport = Schema.Literals(["supported", "unsupported"])
/**
 * AWS enumeration `RebootMigrationSupport`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RebootMigrationSupport = typeof RebootMigrationSupport.Type

/**
 * AWS enumeration `RecurringChargeFrequency`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RecurringChargeFrequency = Schema.Literals(["Hourly"])
/**
 * AWS enumeration `RecurringChargeFrequency`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RecurringChargeFrequency = typeof RecurringChargeFrequency.Type

/**
 * AWS enumeration `ReservedCapacityAllocationStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ReservedCapacityAllocationStrategy = Schema.Literals(["prioritized"])
/**
 * AWS enumeration `ReservedCapacityAllocationStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ReservedCapacityAllocationStrategy = typeof ReservedCapacityAllocationStrategy.Type

/**
 * AWS enumeration `ReservedCapacityFallbackMarketType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ReservedCapacityFallbackMarketType = Schema.Literals(["on-demand"])
/**
 * AWS enumeration `ReservedCapacityFallbackMarketType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ReservedCapacityFallbackMarketType = typeof ReservedCapacityFallbackMarketType.Type

/**
 * AWS enumeration `ReservedInstanceState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ReservedInstanceState = Schema.Literals(["active", "payment-failed", "payment-pending", "queued", "queued-deleted", "retired"])
/**
 * AWS enumeration `ReservedInstanceState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ReservedInstanceState = typeof ReservedInstanceState.Type

/**
 * AWS enumeration `ResourceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ResourceType = Schema.Literals(["application-status-check", "capacity-block", "capacity-manager-data-export", "capacity-reservation", "capacity-reservation-cancellation-quote", "capacity-reservation-fleet", "capacity-reservation-modification-quote", "carrier-gateway", "client-vpn-endpoint", "coip-pool", "customer-gateway", "declarative-policies-report", "dedicated-host", "dhcp-options", "egress-only-internet-gateway", "elastic-gpu", "elastic-ip", "export-image-task", "export-instance-task", "fca-policy", "fleet", "fpga-image", "host-reservation", "image", "image-usage-report", "import-image-task", "import-snapshot-task", "instance", "instance-connect-endpoint", "instance-event-window", "internet-gateway", "ipam", "ipam-external-resource-verification-token", "ipam-internet-registry-association", "ipam-policy", "ipam-pool", "ipam-pool-allocation", "ipam-prefix-list-resolver", "ipam-prefix-list-resolver-target", "ipam-resource-discovery", "ipam-resource-discovery-association", "ipam-scope", "ipv4pool-ec2", "ipv6pool-ec2", "key-pair", "launch-template", "local-gateway", "local-gateway-route-table", "local-gateway-route-table-virtual-interface-group-association", "local-gateway-route-table-vpc-association", "local-gateway-virtual-interface", "local-gateway-virtual-interface-group", "mac-modification-task", "metric-category", "natgateway", "network-acl", "network-insights-access-scope", "network-insights-access-scope-analysis", "network-insights-analysis", "network-insights-path", "network-interface", "outpost-lag", "placement-group", "prefix-list", "replace-root-volume-task", "reserved-instances", "route-server", "route-server-endpoint", "route-server-peer", "route-table", "secondary-interface", "secondary-network", "secondary-subnet", "security-group", "security-group-rule", "service-link-virtual-interface", "snapshot", "spot-fleet-request", "spot-instances-request", "subnet", "subnet-cidr-reservation", "traffic-mirror-filter", "traffic-mirror-filter-rule", "traffic-mirror-session", "traffic-mirror-target", "transit-gateway", "transit-gateway-attachment", "transit-gateway-connect-peer", "transit-gateway-metering-policy", "transit-gateway-multicast-domain", "transit-gateway-policy-table", "transit-gateway-route-table", "transit-gateway-route-table-announcement", "verified-access-endpoint", "verified-access-endpoint-target", "verified-access-group", "verified-access-instance", "verified-access-policy", "verified-access-trust-provider", "volume", "vpc", "vpc-block-public-access-exclusion", "vpc-encryption-control", "vpc-endpoint", "vpc-endpoint-connection", "vpc-endpoint-connection-device-type", "vpc-endpoint-service", "vpc-endpoint-service-permission", "vpc-flow-log", "vpc-peering-connection", "vpn-concentrator", "vpn-connection", "vpn-connection-device-type", "vpn-gateway"])
/**
 * AWS enumeration `ResourceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ResourceType = typeof ResourceType.Type

/**
 * AWS enumeration `RootDeviceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RootDeviceType = Schema.Literals(["ebs", "instance-store"])
/**
 * AWS enumeration `RootDeviceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RootDeviceType = typeof RootDeviceType.Type

/**
 * AWS enumeration `RouteOrigin`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RouteOrigin = Schema.Literals(["Advertisement", "CreateRoute", "CreateRouteTable", "EnableVgwRoutePropagation"])
/**
 * AWS enumeration `RouteOrigin`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RouteOrigin = typeof RouteOrigin.Type

/**
 * AWS enumeration `RouteState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RouteState = Schema.Literals(["active", "blackhole", "filtered"])
/**
 * AWS enumeration `RouteState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RouteState = typeof RouteState.Type

/**
 * AWS enumeration `RouteTableAssociationStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RouteTableAssociationStateCode = Schema.Literals(["associated", "associating", "disassociated", "disassociating", "failed"])
/**
 * AWS enumeration `RouteTableAssociationStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RouteTableAssociationStateCode = typeof RouteTableAssociationStateCode.Type

/**
 * AWS enumeration `RuleAction`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const RuleAction = Schema.Literals(["allow", "deny"])
/**
 * AWS enumeration `RuleAction`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type RuleAction = typeof RuleAction.Type

/**
 * AWS enumeration `SSEType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SSEType = Schema.Literals(["none", "sse-ebs", "sse-kms"])
/**
 * AWS enumeration `SSEType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SSEType = typeof SSEType.Type

/**
 * AWS enumeration `Scope`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const Scope = Schema.Literals(["Availability Zone", "Region"])
/**
 * AWS enumeration `Scope`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type Scope = typeof Scope.Type

/**
 * AWS enumeration `SecondaryInterfaceStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SecondaryInterfaceStatus = Schema.Literals(["available", "in-use"])
/**
 * AWS enumeration `SecondaryInterfaceStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SecondaryInterfaceStatus = typeof SecondaryInterfaceStatus.Type

/**
 * AWS enumeration `SecondaryInterfaceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SecondaryInterfaceType = Schema.Literals(["secondary"])
/**
 * AWS enumeration `SecondaryInterfaceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SecondaryInterfaceType = typeof SecondaryInterfaceType.Type

/**
 * AWS enumeration `ServiceManaged`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ServiceManaged = Schema.Literals(["alb", "nlb", "rds", "rnat"])
/**
 * AWS enumeration `ServiceManaged`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ServiceManaged = typeof ServiceManaged.Type

/**
 * AWS enumeration `SeverityLabel`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SeverityLabel = Schema.Literals(["critical", "high", "informational", "low", "medium"])
/**
 * AWS enumeration `SeverityLabel`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SeverityLabel = typeof SeverityLabel.Type

/**
 * AWS enumeration `ShutdownBehavior`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ShutdownBehavior = Schema.Literals(["stop", "terminate"])
/**
 * AWS enumeration `ShutdownBehavior`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ShutdownBehavior = typeof ShutdownBehavior.Type

/**
 * AWS enumeration `SnapshotLocationEnum`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SnapshotLocationEnum = Schema.Literals(["local", "regional"])
/**
 * AWS enumeration `SnapshotLocationEnum`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SnapshotLocationEnum = typeof SnapshotLocationEnum.Type

/**
 * AWS enumeration `SnapshotReturnCodes`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SnapshotReturnCodes = Schema.Literals(["client-error", "internal-error", "missing-permissions", "success", "skipped"])
/**
 * AWS enumeration `SnapshotReturnCodes`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SnapshotReturnCodes = typeof SnapshotReturnCodes.Type

/**
 * AWS enumeration `SnapshotState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SnapshotState = Schema.Literals(["completed", "error", "pending", "recoverable", "recovering"])
/**
 * AWS enumeration `SnapshotState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SnapshotState = typeof SnapshotState.Type

/**
 * AWS enumeration `SpotAllocationStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SpotAllocationStrategy = Schema.Literals(["capacity-optimized", "capacity-optimized-prioritized", "diversified", "lowest-price", "price-capacity-optimized"])
/**
 * AWS enumeration `SpotAllocationStrategy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SpotAllocationStrategy = typeof SpotAllocationStrategy.Type

/**
 * AWS enumeration `SpotInstanceInterruptionBehavior`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SpotInstanceInterruptionBehavior = Schema.Literals(["hibernate", "stop", "terminate"])
/**
 * AWS enumeration `SpotInstanceInterruptionBehavior`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SpotInstanceInterruptionBehavior = typeof SpotInstanceInterruptionBehavior.Type

/**
 * AWS enumeration `SpotInstanceState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SpotInstanceState = Schema.Literals(["active", "cancelled", "closed", "disabled", "failed", "open"])
/**
 * AWS enumeration `SpotInstanceState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SpotInstanceState = typeof SpotInstanceState.Type

/**
 * AWS enumeration `SpotInstanceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SpotInstanceType = Schema.Literals(["one-time", "persistent"])
/**
 * AWS enumeration `SpotInstanceType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SpotInstanceType = typeof SpotInstanceType.Type

/**
 * AWS enumeration `SpreadLevel`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SpreadLevel = Schema.Literals(["host", "rack"])
/**
 * AWS enumeration `SpreadLevel`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SpreadLevel = typeof SpreadLevel.Type

/**
 * AWS enumeration `StatusName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const StatusName = Schema.Literals(["reachability"])
/**
 * AWS enumeration `StatusName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type StatusName = typeof StatusName.Type

/**
 * AWS enumeration `StatusType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const StatusType = Schema.Literals(["failed", "initializing", "insufficient-data", "passed"])
/**
 * AWS enumeration `StatusType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type StatusType = typeof StatusType.Type

/**
 * AWS enumeration `StorageTier`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const StorageTier = Schema.Literals(["archive", "standard"])
/**
 * AWS enumeration `StorageTier`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type StorageTier = typeof StorageTier.Type

/**
 * AWS enumeration `SubnetCidrBlockStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SubnetCidrBlockStateCode = Schema.Literals(["associated", "associating", "disassociated", "disassociating", "failed", "failing"])
/**
 * AWS enumeration `SubnetCidrBlockStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SubnetCidrBlockStateCode = typeof SubnetCidrBlockStateCode.Type

/**
 * AWS enumeration `SubnetState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SubnetState = Schema.Literals(["available", "failed", "failed-insufficient-capacity", "pending", "unavailable"])
/**
 * AWS enumeration `SubnetState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SubnetState = typeof SubnetState.Type

/**
 * AWS enumeration `SummaryStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SummaryStatus = Schema.Literals(["impaired", "initializing", "insufficient-data", "not-applicable", "ok"])
/**
 * AWS enumeration `SummaryStatus`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SummaryStatus = typeof SummaryStatus.Type

/**
 * AWS enumeration `SupportedAdditionalProcessorFeature`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const SupportedAdditionalProcessorFeature = Schema.Literals(["amd-sev-snp", "nested-virtualization"])
/**
 * AWS enumeration `SupportedAdditionalProcessorFeature`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type SupportedAdditionalProcessorFeature = typeof SupportedAdditionalProcessorFeature.Type

/**
 * AWS enumeration `TargetCapacityUnitType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const TargetCapacityUnitType = Schema.Literals(["memory-mib", "units", "vcpu"])
/**
 * AWS enumeration `TargetCapacityUnitType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type TargetCapacityUnitType = typeof TargetCapacityUnitType.Type

/**
 * AWS enumeration `Tenancy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const Tenancy = Schema.Literals(["dedicated", "default", "host"])
/**
 * AWS enumeration `Tenancy`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type Tenancy = typeof Tenancy.Type

/**
 * AWS enumeration `TpmSupportValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const TpmSupportValues = Schema.Literals(["v2.0"])
/**
 * AWS enumeration `TpmSupportValues`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type TpmSupportValues = typeof TpmSupportValues.Type

/**
 * AWS enumeration `TransferType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const TransferType = Schema.Literals(["standard", "time-based"])
/**
 * AWS enumeration `TransferType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type TransferType = typeof TransferType.Type

/**
 * AWS enumeration `UnsuccessfulInstanceCreditSpecificationErrorCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const UnsuccessfulInstanceCreditSpecificationErrorCode = Schema.Literals(["IncorrectInstanceState", "InstanceCreditSpecification.NotSupported", "InvalidInstanceID.NotFound", "InvalidInstanceID.Malformed"])
/**
 * AWS enumeration `UnsuccessfulInstanceCreditSpecificationErrorCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type UnsuccessfulInstanceCreditSpecificationErrorCode = typeof UnsuccessfulInstanceCreditSpecificationErrorCode.Type

/**
 * AWS enumeration `UsageClassType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const UsageClassType = Schema.Literals(["capacity-block", "on-demand", "spot"])
/**
 * AWS enumeration `UsageClassType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type UsageClassType = typeof UsageClassType.Type

/**
 * AWS enumeration `VirtualizationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VirtualizationType = Schema.Literals(["hvm", "paravirtual"])
/**
 * AWS enumeration `VirtualizationType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VirtualizationType = typeof VirtualizationType.Type

/**
 * AWS enumeration `VolumeAttachmentState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VolumeAttachmentState = Schema.Literals(["attached", "attaching", "busy", "detached", "detaching"])
/**
 * AWS enumeration `VolumeAttachmentState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VolumeAttachmentState = typeof VolumeAttachmentState.Type

/**
 * AWS enumeration `VolumeModificationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VolumeModificationState = Schema.Literals(["completed", "failed", "modifying", "optimizing"])
/**
 * AWS enumeration `VolumeModificationState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VolumeModificationState = typeof VolumeModificationState.Type

/**
 * AWS enumeration `VolumeState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VolumeState = Schema.Literals(["available", "creating", "deleted", "deleting", "error", "in-use"])
/**
 * AWS enumeration `VolumeState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VolumeState = typeof VolumeState.Type

/**
 * AWS enumeration `VolumeType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VolumeType = Schema.Literals(["gp2", "gp3", "io1", "io2", "sc1", "st1", "standard"])
/**
 * AWS enumeration `VolumeType`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VolumeType = typeof VolumeType.Type

/**
 * AWS enumeration `VpcAttributeName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VpcAttributeName = Schema.Literals(["enableDnsHostnames", "enableDnsSupport", "enableNetworkAddressUsageMetrics"])
/**
 * AWS enumeration `VpcAttributeName`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VpcAttributeName = typeof VpcAttributeName.Type

/**
 * AWS enumeration `VpcCidrBlockStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VpcCidrBlockStateCode = Schema.Literals(["associated", "associating", "disassociated", "disassociating", "failed", "failing"])
/**
 * AWS enumeration `VpcCidrBlockStateCode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VpcCidrBlockStateCode = typeof VpcCidrBlockStateCode.Type

/**
 * AWS enumeration `VpcEncryptionControlExclusionState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VpcEncryptionControlExclusionState = Schema.Literals(["disabled", "disabling", "enabled", "enabling"])
/**
 * AWS enumeration `VpcEncryptionControlExclusionState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VpcEncryptionControlExclusionState = typeof VpcEncryptionControlExclusionState.Type

/**
 * AWS enumeration `VpcEncryptionControlExclusionStateInput`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VpcEncryptionControlExclusionStateInput = Schema.Literals(["disable", "enable"])
/**
 * AWS enumeration `VpcEncryptionControlExclusionStateInput`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VpcEncryptionControlExclusionStateInput = typeof VpcEncryptionControlExclusionStateInput.Type

/**
 * AWS enumeration `VpcEncryptionControlMode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VpcEncryptionControlMode = Schema.Literals(["enforce", "monitor"])
/**
 * AWS enumeration `VpcEncryptionControlMode`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VpcEncryptionControlMode = typeof VpcEncryptionControlMode.Type

/**
 * AWS enumeration `VpcEncryptionControlState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VpcEncryptionControlState = Schema.Literals(["available", "creating", "delete-failed", "deleted", "deleting", "enforce-failed", "enforce-in-progress", "monitor-failed", "monitor-in-progress"])
/**
 * AWS enumeration `VpcEncryptionControlState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VpcEncryptionControlState = typeof VpcEncryptionControlState.Type

/**
 * AWS enumeration `VpcState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const VpcState = Schema.Literals(["available", "deleting", "pending"])
/**
 * AWS enumeration `VpcState`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type VpcState = typeof VpcState.Type

/**
 * AWS enumeration `ZeroSizePreference`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export const ZeroSizePreference = Schema.Literals(["default", "retain"])
/**
 * AWS enumeration `ZeroSizePreference`.
 *
 * @since 0.1.0
 * @category enumerations
 */
export type ZeroSizePreference = typeof ZeroSizePreference.Type

// ---------------------------------------------------------------------------- shapes

/**
 * AWS `EbsBlockDevice` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const EbsBlockDeviceInput = Schema.Struct({
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Iops: Schema.optionalKey(Schema.Number),
  SnapshotId: Schema.optionalKey(Identifier.SnapshotId),
  VolumeSize: Schema.optionalKey(Schema.Number),
  VolumeType: Schema.optionalKey(VolumeType),
  KmsKeyId: Schema.optionalKey(Schema.String),
  Throughput: Schema.optionalKey(Schema.Number),
  OutpostArn: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  Encrypted: Schema.optionalKey(Schema.Boolean),
  VolumeInitializationRate: Schema.optionalKey(Schema.Number),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  EbsCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `EbsBlockDevice` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface EbsBlockDeviceInput extends TypeOf<typeof EbsBlockDeviceInput> {}

/**
 * AWS `BlockDeviceMapping` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const BlockDeviceMappingInput = Schema.Struct({
  Ebs: Schema.optionalKey(EbsBlockDeviceInput),
  NoDevice: Schema.optionalKey(Schema.String),
  DeviceName: Schema.optionalKey(Schema.String),
  VirtualName: Schema.optionalKey(Schema.String)
})
/**
 * AWS `BlockDeviceMapping` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface BlockDeviceMappingInput extends TypeOf<typeof BlockDeviceMappingInput> {}

/**
 * AWS `InstanceIpv6Address`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceIpv6Address = Schema.Struct({
  Ipv6Address: Schema.optionalKey(Schema.String),
  IsPrimaryIpv6: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `InstanceIpv6Address`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceIpv6Address extends TypeOf<typeof InstanceIpv6Address> {}

/**
 * AWS `RunInstancesMonitoringEnabled`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const RunInstancesMonitoringEnabled = Schema.Struct({
  MetricCategoryIds: Schema.optionalKey(Schema.Array(Schema.String)),
  Enabled: Schema.Boolean
})
/**
 * AWS `RunInstancesMonitoringEnabled`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface RunInstancesMonitoringEnabled extends TypeOf<typeof RunInstancesMonitoringEnabled> {}

/**
 * AWS `Placement` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const PlacementInput = Schema.Struct({
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  Affinity: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  PartitionNumber: Schema.optionalKey(Schema.Number),
  HostId: Schema.optionalKey(Schema.String),
  Tenancy: Schema.optionalKey(Tenancy),
  SpreadDomain: Schema.optionalKey(Schema.String),
  HostResourceGroupArn: Schema.optionalKey(Schema.String),
  GroupId: Schema.optionalKey(Identifier.PlacementGroupId),
  AvailabilityZone: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Placement` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface PlacementInput extends TypeOf<typeof PlacementInput> {}

/**
 * AWS `Tag`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const Tag = Schema.Struct({
  Key: Schema.optionalKey(Schema.String),
  Value: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Tag`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface Tag extends TypeOf<typeof Tag> {}

/**
 * AWS `TagSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const TagSpecification = Schema.Struct({
  ResourceType: Schema.optionalKey(ResourceType),
  Tags: Schema.optionalKey(Schema.Array(Tag))
})
/**
 * AWS `TagSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface TagSpecification extends TypeOf<typeof TagSpecification> {}

/**
 * AWS `LaunchTemplateSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateSpecificationInput = Schema.Struct({
  LaunchTemplateId: Schema.optionalKey(Identifier.LaunchTemplateId),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  Version: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplateSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateSpecificationInput extends TypeOf<typeof LaunchTemplateSpecificationInput> {}

/**
 * AWS `SpotMarketOptions`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const SpotMarketOptions = Schema.Struct({
  MaxPrice: Schema.optionalKey(Schema.String),
  SpotInstanceType: Schema.optionalKey(SpotInstanceType),
  BlockDurationMinutes: Schema.optionalKey(Schema.Number),
  ValidUntil: Schema.optionalKey(Schema.Date),
  InstanceInterruptionBehavior: Schema.optionalKey(InstanceInterruptionBehavior)
})
/**
 * AWS `SpotMarketOptions`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface SpotMarketOptions extends TypeOf<typeof SpotMarketOptions> {}

/**
 * AWS `InstanceMarketOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceMarketOptionsRequest = Schema.Struct({
  MarketType: Schema.optionalKey(MarketType),
  SpotOptions: Schema.optionalKey(SpotMarketOptions)
})
/**
 * AWS `InstanceMarketOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceMarketOptionsRequest extends TypeOf<typeof InstanceMarketOptionsRequest> {}

/**
 * AWS `CreditSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const CreditSpecificationRequest = Schema.Struct({
  CpuCredits: Schema.String
})
/**
 * AWS `CreditSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface CreditSpecificationRequest extends TypeOf<typeof CreditSpecificationRequest> {}

/**
 * AWS `CpuOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const CpuOptionsRequest = Schema.Struct({
  CoreCount: Schema.optionalKey(Schema.Number),
  ThreadsPerCore: Schema.optionalKey(Schema.Number),
  AmdSevSnp: Schema.optionalKey(AmdSevSnpSpecification),
  NestedVirtualization: Schema.optionalKey(NestedVirtualizationSpecification)
})
/**
 * AWS `CpuOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface CpuOptionsRequest extends TypeOf<typeof CpuOptionsRequest> {}

/**
 * AWS `CapacityReservationTarget`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const CapacityReservationTarget = Schema.Struct({
  CapacityReservationId: Schema.optionalKey(Schema.String),
  CapacityReservationResourceGroupArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CapacityReservationTarget`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface CapacityReservationTarget extends TypeOf<typeof CapacityReservationTarget> {}

/**
 * AWS `CapacityReservationSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const CapacityReservationSpecification = Schema.Struct({
  CapacityReservationPreference: Schema.optionalKey(CapacityReservationPreference),
  CapacityReservationTarget: Schema.optionalKey(CapacityReservationTarget)
})
/**
 * AWS `CapacityReservationSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface CapacityReservationSpecification extends TypeOf<typeof CapacityReservationSpecification> {}

/**
 * AWS `HibernationOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const HibernationOptionsRequest = Schema.Struct({
  Configured: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `HibernationOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface HibernationOptionsRequest extends TypeOf<typeof HibernationOptionsRequest> {}

/**
 * AWS `LicenseConfigurationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LicenseConfigurationRequest = Schema.Struct({
  LicenseConfigurationArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LicenseConfigurationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LicenseConfigurationRequest extends TypeOf<typeof LicenseConfigurationRequest> {}

/**
 * AWS `InstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceMetadataOptionsRequest = Schema.Struct({
  HttpTokens: Schema.optionalKey(HttpTokensState),
  HttpPutResponseHopLimit: Schema.optionalKey(Schema.Number),
  HttpEndpoint: Schema.optionalKey(InstanceMetadataEndpointState),
  HttpProtocolIpv6: Schema.optionalKey(InstanceMetadataProtocolState),
  InstanceMetadataTags: Schema.optionalKey(InstanceMetadataTagsState)
})
/**
 * AWS `InstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceMetadataOptionsRequest extends TypeOf<typeof InstanceMetadataOptionsRequest> {}

/**
 * AWS `EnclaveOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const EnclaveOptionsRequest = Schema.Struct({
  Enabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `EnclaveOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface EnclaveOptionsRequest extends TypeOf<typeof EnclaveOptionsRequest> {}

/**
 * AWS `PrivateDnsNameOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const PrivateDnsNameOptionsRequest = Schema.Struct({
  HostnameType: Schema.optionalKey(HostnameType),
  EnableResourceNameDnsARecord: Schema.optionalKey(Schema.Boolean),
  EnableResourceNameDnsAAAARecord: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `PrivateDnsNameOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface PrivateDnsNameOptionsRequest extends TypeOf<typeof PrivateDnsNameOptionsRequest> {}

/**
 * AWS `InstanceMaintenanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceMaintenanceOptionsRequest = Schema.Struct({
  AutoRecovery: Schema.optionalKey(InstanceAutoRecoveryState)
})
/**
 * AWS `InstanceMaintenanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceMaintenanceOptionsRequest extends TypeOf<typeof InstanceMaintenanceOptionsRequest> {}

/**
 * AWS `InstanceNetworkPerformanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceNetworkPerformanceOptionsRequest = Schema.Struct({
  BandwidthWeighting: Schema.optionalKey(InstanceBandwidthWeighting)
})
/**
 * AWS `InstanceNetworkPerformanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceNetworkPerformanceOptionsRequest extends TypeOf<typeof InstanceNetworkPerformanceOptionsRequest> {}

/**
 * AWS `OperatorRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const OperatorRequest = Schema.Struct({
  Principal: Schema.optionalKey(Schema.String)
})
/**
 * AWS `OperatorRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface OperatorRequest extends TypeOf<typeof OperatorRequest> {}

/**
 * AWS `InstanceSecondaryInterfacePrivateIpAddressRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceSecondaryInterfacePrivateIpAddressRequest = Schema.Struct({
  PrivateIpAddress: Schema.String
})
/**
 * AWS `InstanceSecondaryInterfacePrivateIpAddressRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceSecondaryInterfacePrivateIpAddressRequest extends TypeOf<typeof InstanceSecondaryInterfacePrivateIpAddressRequest> {}

/**
 * AWS `InstanceSecondaryInterfaceSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceSecondaryInterfaceSpecificationRequest = Schema.Struct({
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(InstanceSecondaryInterfacePrivateIpAddressRequest)),
  PrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  SecondarySubnetId: Schema.optionalKey(Schema.String),
  InterfaceType: Schema.optionalKey(SecondaryInterfaceType),
  NetworkCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InstanceSecondaryInterfaceSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceSecondaryInterfaceSpecificationRequest extends TypeOf<typeof InstanceSecondaryInterfaceSpecificationRequest> {}

/**
 * AWS `PrivateIpAddressSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const PrivateIpAddressSpecification = Schema.Struct({
  Primary: Schema.optionalKey(Schema.Boolean),
  PrivateIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PrivateIpAddressSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface PrivateIpAddressSpecification extends TypeOf<typeof PrivateIpAddressSpecification> {}

/**
 * AWS `Ipv4PrefixSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const Ipv4PrefixSpecificationRequest = Schema.Struct({
  Ipv4Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Ipv4PrefixSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface Ipv4PrefixSpecificationRequest extends TypeOf<typeof Ipv4PrefixSpecificationRequest> {}

/**
 * AWS `Ipv6PrefixSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const Ipv6PrefixSpecificationRequest = Schema.Struct({
  Ipv6Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Ipv6PrefixSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface Ipv6PrefixSpecificationRequest extends TypeOf<typeof Ipv6PrefixSpecificationRequest> {}

/**
 * AWS `EnaSrdUdpSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const EnaSrdUdpSpecificationRequest = Schema.Struct({
  EnaSrdUdpEnabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `EnaSrdUdpSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface EnaSrdUdpSpecificationRequest extends TypeOf<typeof EnaSrdUdpSpecificationRequest> {}

/**
 * AWS `EnaSrdSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const EnaSrdSpecificationRequest = Schema.Struct({
  EnaSrdEnabled: Schema.optionalKey(Schema.Boolean),
  EnaSrdUdpSpecification: Schema.optionalKey(EnaSrdUdpSpecificationRequest)
})
/**
 * AWS `EnaSrdSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface EnaSrdSpecificationRequest extends TypeOf<typeof EnaSrdSpecificationRequest> {}

/**
 * AWS `ConnectionTrackingSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const ConnectionTrackingSpecificationRequest = Schema.Struct({
  TcpEstablishedTimeout: Schema.optionalKey(Schema.Number),
  UdpStreamTimeout: Schema.optionalKey(Schema.Number),
  UdpTimeout: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `ConnectionTrackingSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface ConnectionTrackingSpecificationRequest extends TypeOf<typeof ConnectionTrackingSpecificationRequest> {}

/**
 * AWS `InstanceNetworkInterfaceSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceNetworkInterfaceSpecificationInput = Schema.Struct({
  AssociatePublicIpAddress: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Description: Schema.optionalKey(Schema.String),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  Groups: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupId)),
  Ipv6AddressCount: Schema.optionalKey(Schema.Number),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(InstanceIpv6Address)),
  NetworkInterfaceId: Schema.optionalKey(Identifier.NetworkInterfaceId),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(PrivateIpAddressSpecification)),
  SecondaryPrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  SubnetId: Schema.optionalKey(Identifier.SubnetId),
  AssociateCarrierIpAddress: Schema.optionalKey(Schema.Boolean),
  InterfaceType: Schema.optionalKey(Schema.String),
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Ipv4PrefixSpecificationRequest)),
  Ipv4PrefixCount: Schema.optionalKey(Schema.Number),
  Ipv6Prefixes: Schema.optionalKey(Schema.Array(Ipv6PrefixSpecificationRequest)),
  Ipv6PrefixCount: Schema.optionalKey(Schema.Number),
  PrimaryIpv6: Schema.optionalKey(Schema.Boolean),
  EnaSrdSpecification: Schema.optionalKey(EnaSrdSpecificationRequest),
  ConnectionTrackingSpecification: Schema.optionalKey(ConnectionTrackingSpecificationRequest),
  EnaQueueCount: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InstanceNetworkInterfaceSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceNetworkInterfaceSpecificationInput extends TypeOf<typeof InstanceNetworkInterfaceSpecificationInput> {}

/**
 * AWS `IamInstanceProfileSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const IamInstanceProfileSpecification = Schema.Struct({
  Arn: Schema.optionalKey(Schema.String),
  Name: Schema.optionalKey(Schema.String)
})
/**
 * AWS `IamInstanceProfileSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface IamInstanceProfileSpecification extends TypeOf<typeof IamInstanceProfileSpecification> {}

/**
 * AWS `RunInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const RunInstancesRequest = Schema.Struct({
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(BlockDeviceMappingInput)),
  ImageId: Schema.optionalKey(Identifier.ImageId),
  InstanceType: Schema.optionalKey(InstanceType.InstanceTypeName),
  Ipv6AddressCount: Schema.optionalKey(Schema.Number),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(InstanceIpv6Address)),
  KernelId: Schema.optionalKey(Schema.String),
  KeyName: Schema.optionalKey(Schema.String),
  MaxCount: Schema.Number,
  MinCount: Schema.Number,
  Monitoring: Schema.optionalKey(RunInstancesMonitoringEnabled),
  Placement: Schema.optionalKey(PlacementInput),
  RamdiskId: Schema.optionalKey(Schema.String),
  SecurityGroupIds: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupId)),
  SecurityGroups: Schema.optionalKey(Schema.Array(Schema.String)),
  SubnetId: Schema.optionalKey(Identifier.SubnetId),
  UserData: Schema.optionalKey(Schema.String),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  LaunchTemplate: Schema.optionalKey(LaunchTemplateSpecificationInput),
  InstanceMarketOptions: Schema.optionalKey(InstanceMarketOptionsRequest),
  CreditSpecification: Schema.optionalKey(CreditSpecificationRequest),
  CpuOptions: Schema.optionalKey(CpuOptionsRequest),
  CapacityReservationSpecification: Schema.optionalKey(CapacityReservationSpecification),
  HibernationOptions: Schema.optionalKey(HibernationOptionsRequest),
  LicenseSpecifications: Schema.optionalKey(Schema.Array(LicenseConfigurationRequest)),
  MetadataOptions: Schema.optionalKey(InstanceMetadataOptionsRequest),
  EnclaveOptions: Schema.optionalKey(EnclaveOptionsRequest),
  PrivateDnsNameOptions: Schema.optionalKey(PrivateDnsNameOptionsRequest),
  MaintenanceOptions: Schema.optionalKey(InstanceMaintenanceOptionsRequest),
  DisableApiStop: Schema.optionalKey(Schema.Boolean),
  EnablePrimaryIpv6: Schema.optionalKey(Schema.Boolean),
  NetworkPerformanceOptions: Schema.optionalKey(InstanceNetworkPerformanceOptionsRequest),
  Operator: Schema.optionalKey(OperatorRequest),
  SecondaryInterfaces: Schema.optionalKey(Schema.Array(InstanceSecondaryInterfaceSpecificationRequest)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  DisableApiTermination: Schema.optionalKey(Schema.Boolean),
  InstanceInitiatedShutdownBehavior: Schema.optionalKey(ShutdownBehavior),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  ClientToken: Schema.optionalKey(Schema.String),
  AdditionalInfo: Schema.optionalKey(Schema.String),
  NetworkInterfaces: Schema.optionalKey(Schema.Array(InstanceNetworkInterfaceSpecificationInput)),
  IamInstanceProfile: Schema.optionalKey(IamInstanceProfileSpecification),
  EbsOptimized: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `RunInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface RunInstancesRequest extends TypeOf<typeof RunInstancesRequest> {}

/**
 * AWS `GroupIdentifier`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const GroupIdentifier = Schema.Struct({
  GroupId: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String)
})
/**
 * AWS `GroupIdentifier`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface GroupIdentifier extends TypeOf<typeof GroupIdentifier> {}

/**
 * AWS `OperatorResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const OperatorResponse = Schema.Struct({
  Managed: Schema.optionalKey(Schema.Boolean),
  Principal: Schema.optionalKey(Schema.String),
  HiddenByDefault: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `OperatorResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface OperatorResponse extends TypeOf<typeof OperatorResponse> {}

/**
 * AWS `EbsInstanceBlockDevice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsInstanceBlockDevice = Schema.Struct({
  AttachTime: Schema.optionalKey(Schema.Date),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Status: Schema.optionalKey(AttachmentStatus),
  VolumeId: Schema.optionalKey(Schema.String),
  AssociatedResource: Schema.optionalKey(Schema.String),
  VolumeOwnerId: Schema.optionalKey(Schema.String),
  Operator: Schema.optionalKey(OperatorResponse),
  EbsCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `EbsInstanceBlockDevice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsInstanceBlockDevice extends TypeOf<typeof EbsInstanceBlockDevice> {}

/**
 * AWS `InstanceBlockDeviceMapping`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceBlockDeviceMapping = Schema.Struct({
  DeviceName: Schema.optionalKey(Schema.String),
  Ebs: Schema.optionalKey(EbsInstanceBlockDevice)
})
/**
 * AWS `InstanceBlockDeviceMapping`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceBlockDeviceMapping extends TypeOf<typeof InstanceBlockDeviceMapping> {}

/**
 * AWS `IamInstanceProfile`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const IamInstanceProfile = Schema.Struct({
  Arn: Schema.optionalKey(Schema.String),
  Id: Schema.optionalKey(Schema.String)
})
/**
 * AWS `IamInstanceProfile`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface IamInstanceProfile extends TypeOf<typeof IamInstanceProfile> {}

/**
 * AWS `InstanceNetworkInterfaceAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceNetworkInterfaceAssociation = Schema.Struct({
  CarrierIp: Schema.optionalKey(Schema.String),
  CustomerOwnedIp: Schema.optionalKey(Schema.String),
  IpOwnerId: Schema.optionalKey(Schema.String),
  PublicDnsName: Schema.optionalKey(Schema.String),
  PublicIp: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceNetworkInterfaceAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceNetworkInterfaceAssociation extends TypeOf<typeof InstanceNetworkInterfaceAssociation> {}

/**
 * AWS `InstanceAttachmentEnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceAttachmentEnaSrdUdpSpecification = Schema.Struct({
  EnaSrdUdpEnabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `InstanceAttachmentEnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceAttachmentEnaSrdUdpSpecification extends TypeOf<typeof InstanceAttachmentEnaSrdUdpSpecification> {}

/**
 * AWS `InstanceAttachmentEnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceAttachmentEnaSrdSpecification = Schema.Struct({
  EnaSrdEnabled: Schema.optionalKey(Schema.Boolean),
  EnaSrdUdpSpecification: Schema.optionalKey(InstanceAttachmentEnaSrdUdpSpecification)
})
/**
 * AWS `InstanceAttachmentEnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceAttachmentEnaSrdSpecification extends TypeOf<typeof InstanceAttachmentEnaSrdSpecification> {}

/**
 * AWS `InstanceNetworkInterfaceAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceNetworkInterfaceAttachment = Schema.Struct({
  AttachTime: Schema.optionalKey(Schema.Date),
  AttachmentId: Schema.optionalKey(Schema.String),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  Status: Schema.optionalKey(AttachmentStatus),
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  EnaSrdSpecification: Schema.optionalKey(InstanceAttachmentEnaSrdSpecification),
  EnaQueueCount: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InstanceNetworkInterfaceAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceNetworkInterfaceAttachment extends TypeOf<typeof InstanceNetworkInterfaceAttachment> {}

/**
 * AWS `InstancePrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstancePrivateIpAddress = Schema.Struct({
  Association: Schema.optionalKey(InstanceNetworkInterfaceAssociation),
  Primary: Schema.optionalKey(Schema.Boolean),
  PrivateDnsName: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstancePrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstancePrivateIpAddress extends TypeOf<typeof InstancePrivateIpAddress> {}

/**
 * AWS `InstanceIpv4Prefix`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceIpv4Prefix = Schema.Struct({
  Ipv4Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceIpv4Prefix`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceIpv4Prefix extends TypeOf<typeof InstanceIpv4Prefix> {}

/**
 * AWS `InstanceIpv6Prefix`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceIpv6Prefix = Schema.Struct({
  Ipv6Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceIpv6Prefix`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceIpv6Prefix extends TypeOf<typeof InstanceIpv6Prefix> {}

/**
 * AWS `ConnectionTrackingSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ConnectionTrackingSpecificationResponse = Schema.Struct({
  TcpEstablishedTimeout: Schema.optionalKey(Schema.Number),
  UdpStreamTimeout: Schema.optionalKey(Schema.Number),
  UdpTimeout: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `ConnectionTrackingSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ConnectionTrackingSpecificationResponse extends TypeOf<typeof ConnectionTrackingSpecificationResponse> {}

/**
 * AWS `InstanceNetworkInterface`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceNetworkInterface = Schema.Struct({
  Association: Schema.optionalKey(InstanceNetworkInterfaceAssociation),
  Attachment: Schema.optionalKey(InstanceNetworkInterfaceAttachment),
  Description: Schema.optionalKey(Schema.String),
  Groups: Schema.optionalKey(Schema.Array(GroupIdentifier)),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(InstanceIpv6Address)),
  MacAddress: Schema.optionalKey(Schema.String),
  NetworkInterfaceId: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  PrivateDnsName: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(InstancePrivateIpAddress)),
  SourceDestCheck: Schema.optionalKey(Schema.Boolean),
  Status: Schema.optionalKey(NetworkInterfaceStatus),
  SubnetId: Schema.optionalKey(Schema.String),
  VpcId: Schema.optionalKey(Schema.String),
  InterfaceType: Schema.optionalKey(Schema.String),
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(InstanceIpv4Prefix)),
  Ipv6Prefixes: Schema.optionalKey(Schema.Array(InstanceIpv6Prefix)),
  ConnectionTrackingConfiguration: Schema.optionalKey(ConnectionTrackingSpecificationResponse),
  Operator: Schema.optionalKey(OperatorResponse)
})
/**
 * AWS `InstanceNetworkInterface`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceNetworkInterface extends TypeOf<typeof InstanceNetworkInterface> {}

/**
 * AWS `StateReason`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const StateReason = Schema.Struct({
  Code: Schema.optionalKey(Schema.String),
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `StateReason`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface StateReason extends TypeOf<typeof StateReason> {}

/**
 * AWS `CpuOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CpuOptions = Schema.Struct({
  CoreCount: Schema.optionalKey(Schema.Number),
  ThreadsPerCore: Schema.optionalKey(Schema.Number),
  AmdSevSnp: Schema.optionalKey(AmdSevSnpSpecification),
  NestedVirtualization: Schema.optionalKey(NestedVirtualizationSpecification)
})
/**
 * AWS `CpuOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CpuOptions extends TypeOf<typeof CpuOptions> {}

/**
 * AWS `CapacityReservationTargetResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityReservationTargetResponse = Schema.Struct({
  CapacityReservationId: Schema.optionalKey(Schema.String),
  CapacityReservationResourceGroupArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CapacityReservationTargetResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityReservationTargetResponse extends TypeOf<typeof CapacityReservationTargetResponse> {}

/**
 * AWS `CapacityReservationSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityReservationSpecificationResponse = Schema.Struct({
  CapacityReservationPreference: Schema.optionalKey(CapacityReservationPreference),
  CapacityReservationTarget: Schema.optionalKey(CapacityReservationTargetResponse)
})
/**
 * AWS `CapacityReservationSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityReservationSpecificationResponse extends TypeOf<typeof CapacityReservationSpecificationResponse> {}

/**
 * AWS `HibernationOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const HibernationOptions = Schema.Struct({
  Configured: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `HibernationOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface HibernationOptions extends TypeOf<typeof HibernationOptions> {}

/**
 * AWS `LicenseConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LicenseConfiguration = Schema.Struct({
  LicenseConfigurationArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LicenseConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LicenseConfiguration extends TypeOf<typeof LicenseConfiguration> {}

/**
 * AWS `InstanceMetadataOptionsResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceMetadataOptionsResponse = Schema.Struct({
  State: Schema.optionalKey(InstanceMetadataOptionsState),
  HttpTokens: Schema.optionalKey(HttpTokensState),
  HttpPutResponseHopLimit: Schema.optionalKey(Schema.Number),
  HttpEndpoint: Schema.optionalKey(InstanceMetadataEndpointState),
  HttpProtocolIpv6: Schema.optionalKey(InstanceMetadataProtocolState),
  InstanceMetadataTags: Schema.optionalKey(InstanceMetadataTagsState)
})
/**
 * AWS `InstanceMetadataOptionsResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceMetadataOptionsResponse extends TypeOf<typeof InstanceMetadataOptionsResponse> {}

/**
 * AWS `EnclaveOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EnclaveOptions = Schema.Struct({
  Enabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `EnclaveOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EnclaveOptions extends TypeOf<typeof EnclaveOptions> {}

/**
 * AWS `PrivateDnsNameOptionsResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PrivateDnsNameOptionsResponse = Schema.Struct({
  HostnameType: Schema.optionalKey(HostnameType),
  EnableResourceNameDnsARecord: Schema.optionalKey(Schema.Boolean),
  EnableResourceNameDnsAAAARecord: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `PrivateDnsNameOptionsResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PrivateDnsNameOptionsResponse extends TypeOf<typeof PrivateDnsNameOptionsResponse> {}

/**
 * AWS `InstanceMaintenanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceMaintenanceOptions = Schema.Struct({
  AutoRecovery: Schema.optionalKey(InstanceAutoRecoveryState),
  RebootMigration: Schema.optionalKey(InstanceRebootMigrationState)
})
/**
 * AWS `InstanceMaintenanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceMaintenanceOptions extends TypeOf<typeof InstanceMaintenanceOptions> {}

/**
 * AWS `InstanceNetworkPerformanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceNetworkPerformanceOptions = Schema.Struct({
  BandwidthWeighting: Schema.optionalKey(InstanceBandwidthWeighting)
})
/**
 * AWS `InstanceNetworkPerformanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceNetworkPerformanceOptions extends TypeOf<typeof InstanceNetworkPerformanceOptions> {}

/**
 * AWS `InstanceSecondaryInterfaceAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceSecondaryInterfaceAttachment = Schema.Struct({
  AttachTime: Schema.optionalKey(Schema.Date),
  AttachmentId: Schema.optionalKey(Schema.String),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  Status: Schema.optionalKey(AttachmentStatus),
  NetworkCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InstanceSecondaryInterfaceAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceSecondaryInterfaceAttachment extends TypeOf<typeof InstanceSecondaryInterfaceAttachment> {}

/**
 * AWS `InstanceSecondaryInterfacePrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceSecondaryInterfacePrivateIpAddress = Schema.Struct({
  PrivateIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceSecondaryInterfacePrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceSecondaryInterfacePrivateIpAddress extends TypeOf<typeof InstanceSecondaryInterfacePrivateIpAddress> {}

/**
 * AWS `InstanceSecondaryInterface`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceSecondaryInterface = Schema.Struct({
  Attachment: Schema.optionalKey(InstanceSecondaryInterfaceAttachment),
  MacAddress: Schema.optionalKey(Schema.String),
  SecondaryInterfaceId: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(InstanceSecondaryInterfacePrivateIpAddress)),
  SourceDestCheck: Schema.optionalKey(Schema.Boolean),
  Status: Schema.optionalKey(SecondaryInterfaceStatus),
  SecondarySubnetId: Schema.optionalKey(Schema.String),
  SecondaryNetworkId: Schema.optionalKey(Schema.String),
  InterfaceType: Schema.optionalKey(SecondaryInterfaceType)
})
/**
 * AWS `InstanceSecondaryInterface`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceSecondaryInterface extends TypeOf<typeof InstanceSecondaryInterface> {}

/**
 * AWS `ProductCode`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ProductCode = Schema.Struct({
  ProductCodeId: Schema.optionalKey(Schema.String),
  ProductCodeType: Schema.optionalKey(ProductCodeValues)
})
/**
 * AWS `ProductCode`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ProductCode extends TypeOf<typeof ProductCode> {}

/**
 * AWS `Placement`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Placement = Schema.Struct({
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  Affinity: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  PartitionNumber: Schema.optionalKey(Schema.Number),
  HostId: Schema.optionalKey(Schema.String),
  Tenancy: Schema.optionalKey(Tenancy),
  SpreadDomain: Schema.optionalKey(Schema.String),
  HostResourceGroupArn: Schema.optionalKey(Schema.String),
  GroupId: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Placement`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Placement extends TypeOf<typeof Placement> {}

/**
 * AWS `Monitoring`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Monitoring = Schema.Struct({
  MetricCategoryIds: Schema.optionalKey(Schema.Array(Schema.String)),
  State: Schema.optionalKey(MonitoringState)
})
/**
 * AWS `Monitoring`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Monitoring extends TypeOf<typeof Monitoring> {}

/**
 * AWS `Instance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Instance = Schema.Struct({
  Architecture: Schema.optionalKey(ArchitectureValues),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(InstanceBlockDeviceMapping)),
  ClientToken: Schema.optionalKey(Schema.String),
  EbsOptimized: Schema.optionalKey(Schema.Boolean),
  EnaSupport: Schema.optionalKey(Schema.Boolean),
  Hypervisor: Schema.optionalKey(HypervisorType),
  IamInstanceProfile: Schema.optionalKey(IamInstanceProfile),
  InstanceLifecycle: Schema.optionalKey(InstanceLifecycleType),
  NetworkInterfaces: Schema.optionalKey(Schema.Array(InstanceNetworkInterface)),
  OutpostArn: Schema.optionalKey(Schema.String),
  RootDeviceName: Schema.optionalKey(Schema.String),
  RootDeviceType: Schema.optionalKey(DeviceType),
  SecurityGroups: Schema.optionalKey(Schema.Array(GroupIdentifier)),
  SourceDestCheck: Schema.optionalKey(Schema.Boolean),
  SpotInstanceRequestId: Schema.optionalKey(Schema.String),
  SriovNetSupport: Schema.optionalKey(Schema.String),
  StateReason: Schema.optionalKey(StateReason),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  VirtualizationType: Schema.optionalKey(VirtualizationType),
  CpuOptions: Schema.optionalKey(CpuOptions),
  CapacityBlockId: Schema.optionalKey(Schema.String),
  CapacityReservationId: Schema.optionalKey(Schema.String),
  CapacityReservationSpecification: Schema.optionalKey(CapacityReservationSpecificationResponse),
  HibernationOptions: Schema.optionalKey(HibernationOptions),
  Licenses: Schema.optionalKey(Schema.Array(LicenseConfiguration)),
  MetadataOptions: Schema.optionalKey(InstanceMetadataOptionsResponse),
  EnclaveOptions: Schema.optionalKey(EnclaveOptions),
  BootMode: Schema.optionalKey(BootModeValues),
  PlatformDetails: Schema.optionalKey(Schema.String),
  UsageOperation: Schema.optionalKey(Schema.String),
  UsageOperationUpdateTime: Schema.optionalKey(Schema.Date),
  PrivateDnsNameOptions: Schema.optionalKey(PrivateDnsNameOptionsResponse),
  Ipv6Address: Schema.optionalKey(Schema.String),
  TpmSupport: Schema.optionalKey(Schema.String),
  MaintenanceOptions: Schema.optionalKey(InstanceMaintenanceOptions),
  CurrentInstanceBootMode: Schema.optionalKey(InstanceBootModeValues),
  NetworkPerformanceOptions: Schema.optionalKey(InstanceNetworkPerformanceOptions),
  Operator: Schema.optionalKey(OperatorResponse),
  SecondaryInterfaces: Schema.optionalKey(Schema.Array(InstanceSecondaryInterface)),
  InstanceId: Schema.optionalKey(Schema.String),
  ImageId: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(Lifecycle.InstanceState),
  PrivateDnsName: Schema.optionalKey(Schema.String),
  PublicDnsName: Schema.optionalKey(Schema.String),
  StateTransitionReason: Schema.optionalKey(Schema.String),
  KeyName: Schema.optionalKey(Schema.String),
  AmiLaunchIndex: Schema.optionalKey(Schema.Number),
  ProductCodes: Schema.optionalKey(Schema.Array(ProductCode)),
  InstanceType: Schema.optionalKey(Schema.String),
  LaunchTime: Schema.optionalKey(Schema.Date),
  Placement: Schema.optionalKey(Placement),
  KernelId: Schema.optionalKey(Schema.String),
  RamdiskId: Schema.optionalKey(Schema.String),
  Platform: Schema.optionalKey(PlatformValues),
  Monitoring: Schema.optionalKey(Monitoring),
  SubnetId: Schema.optionalKey(Schema.String),
  VpcId: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  PublicIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Instance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Instance extends TypeOf<typeof Instance> {}

/**
 * AWS `Reservation`.
 *
 * @since 0.1.0
 * @category responses
 */
export const Reservation = Schema.Struct({
  ReservationId: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  RequesterId: Schema.optionalKey(Schema.String),
  Groups: Schema.optionalKey(Schema.Array(GroupIdentifier)),
  Instances: Schema.optionalKey(Schema.Array(Instance))
})
/**
 * AWS `Reservation`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface Reservation extends TypeOf<typeof Reservation> {}

/**
 * AWS `Filter`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const Filter = Schema.Struct({
  Name: Schema.optionalKey(Schema.String),
  Values: Schema.optionalKey(Schema.Array(Schema.String))
})
/**
 * AWS `Filter`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface Filter extends TypeOf<typeof Filter> {}

/**
 * AWS `DescribeInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeInstancesRequest = Schema.Struct({
  InstanceIds: Schema.optionalKey(Schema.Array(Identifier.InstanceId)),
  IncludeManagedResources: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `DescribeInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeInstancesRequest extends TypeOf<typeof DescribeInstancesRequest> {}

/**
 * AWS `DescribeInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeInstancesResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Reservations: Schema.optionalKey(Schema.Array(Reservation))
})
/**
 * AWS `DescribeInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeInstancesResult extends TypeOf<typeof DescribeInstancesResult> {}

/**
 * AWS `StartInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const StartInstancesRequest = Schema.Struct({
  InstanceIds: Schema.Array(Identifier.InstanceId),
  AdditionalInfo: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `StartInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface StartInstancesRequest extends TypeOf<typeof StartInstancesRequest> {}

/**
 * AWS `InstanceStateChange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceStateChange = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String),
  CurrentState: Schema.optionalKey(Lifecycle.InstanceState),
  PreviousState: Schema.optionalKey(Lifecycle.InstanceState)
})
/**
 * AWS `InstanceStateChange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceStateChange extends TypeOf<typeof InstanceStateChange> {}

/**
 * AWS `StartInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const StartInstancesResult = Schema.Struct({
  StartingInstances: Schema.optionalKey(Schema.Array(InstanceStateChange))
})
/**
 * AWS `StartInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface StartInstancesResult extends TypeOf<typeof StartInstancesResult> {}

/**
 * AWS `StopInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const StopInstancesRequest = Schema.Struct({
  InstanceIds: Schema.Array(Identifier.InstanceId),
  Hibernate: Schema.optionalKey(Schema.Boolean),
  SkipOsShutdown: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Force: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `StopInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface StopInstancesRequest extends TypeOf<typeof StopInstancesRequest> {}

/**
 * AWS `StopInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const StopInstancesResult = Schema.Struct({
  StoppingInstances: Schema.optionalKey(Schema.Array(InstanceStateChange))
})
/**
 * AWS `StopInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface StopInstancesResult extends TypeOf<typeof StopInstancesResult> {}

/**
 * AWS `RebootInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const RebootInstancesRequest = Schema.Struct({
  InstanceIds: Schema.Array(Identifier.InstanceId),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `RebootInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface RebootInstancesRequest extends TypeOf<typeof RebootInstancesRequest> {}

/**
 * AWS `TerminateInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const TerminateInstancesRequest = Schema.Struct({
  InstanceIds: Schema.Array(Identifier.InstanceId),
  Force: Schema.optionalKey(Schema.Boolean),
  SkipOsShutdown: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `TerminateInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface TerminateInstancesRequest extends TypeOf<typeof TerminateInstancesRequest> {}

/**
 * AWS `TerminateInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const TerminateInstancesResult = Schema.Struct({
  TerminatingInstances: Schema.optionalKey(Schema.Array(InstanceStateChange))
})
/**
 * AWS `TerminateInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface TerminateInstancesResult extends TypeOf<typeof TerminateInstancesResult> {}

/**
 * AWS `DescribeInstanceStatusRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeInstanceStatusRequest = Schema.Struct({
  InstanceIds: Schema.optionalKey(Schema.Array(Identifier.InstanceId)),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String),
  IncludeManagedResources: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  IncludeAllInstances: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeInstanceStatusRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeInstanceStatusRequest extends TypeOf<typeof DescribeInstanceStatusRequest> {}

/**
 * AWS `InstanceStatusEvent`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceStatusEvent = Schema.Struct({
  InstanceEventId: Schema.optionalKey(Schema.String),
  Code: Schema.optionalKey(EventCode),
  Description: Schema.optionalKey(Schema.String),
  NotAfter: Schema.optionalKey(Schema.Date),
  NotBefore: Schema.optionalKey(Schema.Date),
  NotBeforeDeadline: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `InstanceStatusEvent`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceStatusEvent extends TypeOf<typeof InstanceStatusEvent> {}

/**
 * AWS `InstanceStatusDetails`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceStatusDetails = Schema.Struct({
  ImpairedSince: Schema.optionalKey(Schema.Date),
  Name: Schema.optionalKey(StatusName),
  Status: Schema.optionalKey(StatusType)
})
/**
 * AWS `InstanceStatusDetails`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceStatusDetails extends TypeOf<typeof InstanceStatusDetails> {}

/**
 * AWS `InstanceStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceStatusSummary = Schema.Struct({
  Details: Schema.optionalKey(Schema.Array(InstanceStatusDetails)),
  Status: Schema.optionalKey(SummaryStatus)
})
/**
 * AWS `InstanceStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceStatusSummary extends TypeOf<typeof InstanceStatusSummary> {}

/**
 * AWS `EbsStatusDetails`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsStatusDetails = Schema.Struct({
  ImpairedSince: Schema.optionalKey(Schema.Date),
  Name: Schema.optionalKey(StatusName),
  Status: Schema.optionalKey(StatusType)
})
/**
 * AWS `EbsStatusDetails`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsStatusDetails extends TypeOf<typeof EbsStatusDetails> {}

/**
 * AWS `EbsStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsStatusSummary = Schema.Struct({
  Details: Schema.optionalKey(Schema.Array(EbsStatusDetails)),
  Status: Schema.optionalKey(SummaryStatus)
})
/**
 * AWS `EbsStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsStatusSummary extends TypeOf<typeof EbsStatusSummary> {}

/**
 * AWS `ApplicationStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ApplicationStatusSummary = Schema.Struct({
  Status: Schema.optionalKey(SummaryStatus),
  ImpairedSince: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `ApplicationStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ApplicationStatusSummary extends TypeOf<typeof ApplicationStatusSummary> {}

/**
 * AWS `PerformanceStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PerformanceStatusSummary = Schema.Struct({
  Status: Schema.optionalKey(SummaryStatus),
  ImpairedSince: Schema.optionalKey(Schema.Date),
  Remediation: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PerformanceStatusSummary`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PerformanceStatusSummary extends TypeOf<typeof PerformanceStatusSummary> {}

/**
 * AWS `InstanceStatus`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceStatus = Schema.Struct({
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  Operator: Schema.optionalKey(OperatorResponse),
  Events: Schema.optionalKey(Schema.Array(InstanceStatusEvent)),
  InstanceId: Schema.optionalKey(Schema.String),
  InstanceState: Schema.optionalKey(Lifecycle.InstanceState),
  InstanceStatus: Schema.optionalKey(InstanceStatusSummary),
  SystemStatus: Schema.optionalKey(InstanceStatusSummary),
  AttachedEbsStatus: Schema.optionalKey(EbsStatusSummary),
  ApplicationStatus: Schema.optionalKey(ApplicationStatusSummary),
  PerformanceStatus: Schema.optionalKey(PerformanceStatusSummary)
})
/**
 * AWS `InstanceStatus`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceStatus extends TypeOf<typeof InstanceStatus> {}

/**
 * AWS `DescribeInstanceStatusResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeInstanceStatusResult = Schema.Struct({
  InstanceStatuses: Schema.optionalKey(Schema.Array(InstanceStatus)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeInstanceStatusResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeInstanceStatusResult extends TypeOf<typeof DescribeInstanceStatusResult> {}

/**
 * AWS `DescribeInstanceAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeInstanceAttributeRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  InstanceId: Identifier.InstanceId,
  Attribute: InstanceAttributeName
})
/**
 * AWS `DescribeInstanceAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeInstanceAttributeRequest extends TypeOf<typeof DescribeInstanceAttributeRequest> {}

/**
 * AWS `AttributeBooleanValue`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AttributeBooleanValue = Schema.Struct({
  Value: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `AttributeBooleanValue`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AttributeBooleanValue extends TypeOf<typeof AttributeBooleanValue> {}

/**
 * AWS `AttributeValue`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AttributeValue = Schema.Struct({
  Value: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AttributeValue`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AttributeValue extends TypeOf<typeof AttributeValue> {}

/**
 * AWS `InstanceAttribute`.
 *
 * @since 0.1.0
 * @category responses
 */
export const InstanceAttribute = Schema.Struct({
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(InstanceBlockDeviceMapping)),
  DisableApiTermination: Schema.optionalKey(AttributeBooleanValue),
  EnaSupport: Schema.optionalKey(AttributeBooleanValue),
  EnclaveOptions: Schema.optionalKey(EnclaveOptions),
  EbsOptimized: Schema.optionalKey(AttributeBooleanValue),
  InstanceId: Schema.optionalKey(Schema.String),
  InstanceInitiatedShutdownBehavior: Schema.optionalKey(AttributeValue),
  InstanceType: Schema.optionalKey(AttributeValue),
  KernelId: Schema.optionalKey(AttributeValue),
  ProductCodes: Schema.optionalKey(Schema.Array(ProductCode)),
  RamdiskId: Schema.optionalKey(AttributeValue),
  RootDeviceName: Schema.optionalKey(AttributeValue),
  SourceDestCheck: Schema.optionalKey(AttributeBooleanValue),
  SriovNetSupport: Schema.optionalKey(AttributeValue),
  UserData: Schema.optionalKey(AttributeValue),
  DisableApiStop: Schema.optionalKey(AttributeBooleanValue),
  Groups: Schema.optionalKey(Schema.Array(GroupIdentifier))
})
/**
 * AWS `InstanceAttribute`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface InstanceAttribute extends TypeOf<typeof InstanceAttribute> {}

/**
 * AWS `EbsInstanceBlockDeviceSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const EbsInstanceBlockDeviceSpecificationInput = Schema.Struct({
  VolumeId: Schema.optionalKey(Identifier.VolumeId),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `EbsInstanceBlockDeviceSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface EbsInstanceBlockDeviceSpecificationInput extends TypeOf<typeof EbsInstanceBlockDeviceSpecificationInput> {}

/**
 * AWS `InstanceBlockDeviceMappingSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceBlockDeviceMappingSpecificationInput = Schema.Struct({
  DeviceName: Schema.optionalKey(Schema.String),
  Ebs: Schema.optionalKey(EbsInstanceBlockDeviceSpecificationInput),
  VirtualName: Schema.optionalKey(Schema.String),
  NoDevice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceBlockDeviceMappingSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceBlockDeviceMappingSpecificationInput extends TypeOf<typeof InstanceBlockDeviceMappingSpecificationInput> {}

/**
 * AWS `SecureBlobAttributeValue`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const SecureBlobAttributeValue = Schema.Struct({
  Value: Schema.optionalKey(Schema.Uint8Array)
})
/**
 * AWS `SecureBlobAttributeValue`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface SecureBlobAttributeValue extends TypeOf<typeof SecureBlobAttributeValue> {}

/**
 * AWS `ModifyInstanceAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyInstanceAttributeRequest = Schema.Struct({
  SourceDestCheck: Schema.optionalKey(AttributeBooleanValue),
  EnclaveOptions: Schema.optionalKey(EnclaveOptionsRequest),
  DisableApiStop: Schema.optionalKey(AttributeBooleanValue),
  DryRun: Schema.optionalKey(Schema.Boolean),
  InstanceId: Identifier.InstanceId,
  Attribute: Schema.optionalKey(InstanceAttributeName),
  Value: Schema.optionalKey(Schema.String),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(InstanceBlockDeviceMappingSpecificationInput)),
  DisableApiTermination: Schema.optionalKey(AttributeBooleanValue),
  InstanceType: Schema.optionalKey(AttributeValue),
  Kernel: Schema.optionalKey(AttributeValue),
  Ramdisk: Schema.optionalKey(AttributeValue),
  UserData: Schema.optionalKey(SecureBlobAttributeValue),
  InstanceInitiatedShutdownBehavior: Schema.optionalKey(AttributeValue),
  Groups: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupId)),
  EbsOptimized: Schema.optionalKey(AttributeBooleanValue),
  SriovNetSupport: Schema.optionalKey(AttributeValue),
  EnaSupport: Schema.optionalKey(AttributeBooleanValue)
})
/**
 * AWS `ModifyInstanceAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyInstanceAttributeRequest extends TypeOf<typeof ModifyInstanceAttributeRequest> {}

/**
 * AWS `ModifyInstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyInstanceMetadataOptionsRequest = Schema.Struct({
  InstanceId: Identifier.InstanceId,
  HttpTokens: Schema.optionalKey(HttpTokensState),
  HttpPutResponseHopLimit: Schema.optionalKey(Schema.Number),
  HttpEndpoint: Schema.optionalKey(InstanceMetadataEndpointState),
  DryRun: Schema.optionalKey(Schema.Boolean),
  HttpProtocolIpv6: Schema.optionalKey(InstanceMetadataProtocolState),
  InstanceMetadataTags: Schema.optionalKey(InstanceMetadataTagsState)
})
/**
 * AWS `ModifyInstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyInstanceMetadataOptionsRequest extends TypeOf<typeof ModifyInstanceMetadataOptionsRequest> {}

/**
 * AWS `ModifyInstanceMetadataOptionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyInstanceMetadataOptionsResult = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String),
  InstanceMetadataOptions: Schema.optionalKey(InstanceMetadataOptionsResponse)
})
/**
 * AWS `ModifyInstanceMetadataOptionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ModifyInstanceMetadataOptionsResult extends TypeOf<typeof ModifyInstanceMetadataOptionsResult> {}

/**
 * AWS `DescribeInstanceTypesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeInstanceTypesRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  InstanceTypes: Schema.optionalKey(Schema.Array(InstanceType.InstanceTypeName)),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String),
  IncludeUnsupportedInRegion: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeInstanceTypesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeInstanceTypesRequest extends TypeOf<typeof DescribeInstanceTypesRequest> {}

/**
 * AWS `ProcessorInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ProcessorInfo = Schema.Struct({
  SupportedArchitectures: Schema.optionalKey(Schema.Array(ArchitectureType)),
  SustainedClockSpeedInGhz: Schema.optionalKey(Schema.Number),
  SupportedFeatures: Schema.optionalKey(Schema.Array(SupportedAdditionalProcessorFeature)),
  Manufacturer: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ProcessorInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ProcessorInfo extends TypeOf<typeof ProcessorInfo> {}

/**
 * AWS `VCpuInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VCpuInfo = Schema.Struct({
  DefaultVCpus: Schema.optionalKey(Schema.Number),
  DefaultCores: Schema.optionalKey(Schema.Number),
  DefaultThreadsPerCore: Schema.optionalKey(Schema.Number),
  ValidCores: Schema.optionalKey(Schema.Array(Schema.Number)),
  ValidThreadsPerCore: Schema.optionalKey(Schema.Array(Schema.Number))
})
/**
 * AWS `VCpuInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VCpuInfo extends TypeOf<typeof VCpuInfo> {}

/**
 * AWS `MemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const MemoryInfo = Schema.Struct({
  SizeInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `MemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface MemoryInfo extends TypeOf<typeof MemoryInfo> {}

/**
 * AWS `DiskInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DiskInfo = Schema.Struct({
  SizeInGB: Schema.optionalKey(Schema.Number),
  Count: Schema.optionalKey(Schema.Number),
  Type: Schema.optionalKey(DiskType)
})
/**
 * AWS `DiskInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DiskInfo extends TypeOf<typeof DiskInfo> {}

/**
 * AWS `InstanceStorageInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceStorageInfo = Schema.Struct({
  TotalSizeInGB: Schema.optionalKey(Schema.Number),
  Disks: Schema.optionalKey(Schema.Array(DiskInfo)),
  NvmeSupport: Schema.optionalKey(EphemeralNvmeSupport),
  EncryptionSupport: Schema.optionalKey(InstanceStorageEncryptionSupport)
})
/**
 * AWS `InstanceStorageInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceStorageInfo extends TypeOf<typeof InstanceStorageInfo> {}

/**
 * AWS `EbsOptimizedInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsOptimizedInfo = Schema.Struct({
  BaselineBandwidthInMbps: Schema.optionalKey(Schema.Number),
  BaselineThroughputInMBps: Schema.optionalKey(Schema.Number),
  BaselineIops: Schema.optionalKey(Schema.Number),
  MaximumBandwidthInMbps: Schema.optionalKey(Schema.Number),
  MaximumThroughputInMBps: Schema.optionalKey(Schema.Number),
  MaximumIops: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `EbsOptimizedInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsOptimizedInfo extends TypeOf<typeof EbsOptimizedInfo> {}

/**
 * AWS `EbsCardInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsCardInfo = Schema.Struct({
  EbsCardIndex: Schema.optionalKey(Schema.Number),
  BaselineBandwidthInMbps: Schema.optionalKey(Schema.Number),
  BaselineThroughputInMBps: Schema.optionalKey(Schema.Number),
  BaselineIops: Schema.optionalKey(Schema.Number),
  MaximumBandwidthInMbps: Schema.optionalKey(Schema.Number),
  MaximumThroughputInMBps: Schema.optionalKey(Schema.Number),
  MaximumIops: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `EbsCardInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsCardInfo extends TypeOf<typeof EbsCardInfo> {}

/**
 * AWS `EbsInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsInfo = Schema.Struct({
  EbsOptimizedSupport: Schema.optionalKey(EbsOptimizedSupport),
  EncryptionSupport: Schema.optionalKey(EbsEncryptionSupport),
  EbsOptimizedInfo: Schema.optionalKey(EbsOptimizedInfo),
  NvmeSupport: Schema.optionalKey(EbsNvmeSupport),
  MaximumEbsAttachments: Schema.optionalKey(Schema.Number),
  AttachmentLimitType: Schema.optionalKey(AttachmentLimitType),
  MaximumEbsCards: Schema.optionalKey(Schema.Number),
  EbsCards: Schema.optionalKey(Schema.Array(EbsCardInfo))
})
/**
 * AWS `EbsInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsInfo extends TypeOf<typeof EbsInfo> {}

/**
 * AWS `NetworkCardInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkCardInfo = Schema.Struct({
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  NetworkPerformance: Schema.optionalKey(Schema.String),
  MaximumNetworkInterfaces: Schema.optionalKey(Schema.Number),
  AdditionalFlexibleNetworkInterfaces: Schema.optionalKey(Schema.Number),
  BaselineBandwidthInGbps: Schema.optionalKey(Schema.Number),
  PeakBandwidthInGbps: Schema.optionalKey(Schema.Number),
  DefaultEnaQueueCountPerInterface: Schema.optionalKey(Schema.Number),
  MaximumEnaQueueCount: Schema.optionalKey(Schema.Number),
  MaximumEnaQueueCountPerInterface: Schema.optionalKey(Schema.Number),
  InterfaceTypes: Schema.optionalKey(Schema.Array(NetworkCardInterfaceType))
})
/**
 * AWS `NetworkCardInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkCardInfo extends TypeOf<typeof NetworkCardInfo> {}

/**
 * AWS `EfaInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EfaInfo = Schema.Struct({
  MaximumEfaInterfaces: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `EfaInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EfaInfo extends TypeOf<typeof EfaInfo> {}

/**
 * AWS `DefaultConnectionTrackingConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DefaultConnectionTrackingConfiguration = Schema.Struct({
  DefaultTcpEstablishedTimeout: Schema.optionalKey(Schema.Number),
  DefaultUdpTimeout: Schema.optionalKey(Schema.Number),
  DefaultUdpStreamTimeout: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `DefaultConnectionTrackingConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DefaultConnectionTrackingConfiguration extends TypeOf<typeof DefaultConnectionTrackingConfiguration> {}

/**
 * AWS `NetworkInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkInfo = Schema.Struct({
  NetworkPerformance: Schema.optionalKey(Schema.String),
  MaximumNetworkInterfaces: Schema.optionalKey(Schema.Number),
  MaximumNetworkCards: Schema.optionalKey(Schema.Number),
  DefaultNetworkCardIndex: Schema.optionalKey(Schema.Number),
  NetworkCards: Schema.optionalKey(Schema.Array(NetworkCardInfo)),
  Ipv4AddressesPerInterface: Schema.optionalKey(Schema.Number),
  Ipv6AddressesPerInterface: Schema.optionalKey(Schema.Number),
  Ipv6Supported: Schema.optionalKey(Schema.Boolean),
  EnaSupport: Schema.optionalKey(EnaSupport),
  EfaSupported: Schema.optionalKey(Schema.Boolean),
  EfaInfo: Schema.optionalKey(EfaInfo),
  EncryptionInTransitSupported: Schema.optionalKey(Schema.Boolean),
  EnaSrdSupported: Schema.optionalKey(Schema.Boolean),
  BandwidthWeightings: Schema.optionalKey(Schema.Array(BandwidthWeightingType)),
  FlexibleEnaQueuesSupport: Schema.optionalKey(FlexibleEnaQueuesSupport),
  ConnectionTrackingConfiguration: Schema.optionalKey(DefaultConnectionTrackingConfiguration),
  SecondaryNetworkSupported: Schema.optionalKey(Schema.Boolean),
  MaximumSecondaryNetworkInterfaces: Schema.optionalKey(Schema.Number),
  Ipv4AddressesPerSecondaryInterface: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NetworkInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkInfo extends TypeOf<typeof NetworkInfo> {}

/**
 * AWS `GpuDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const GpuDeviceMemoryInfo = Schema.Struct({
  SizeInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `GpuDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface GpuDeviceMemoryInfo extends TypeOf<typeof GpuDeviceMemoryInfo> {}

/**
 * AWS `GpuDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const GpuDeviceInfo = Schema.Struct({
  Name: Schema.optionalKey(Schema.String),
  Manufacturer: Schema.optionalKey(Schema.String),
  Count: Schema.optionalKey(Schema.Number),
  LogicalGpuCount: Schema.optionalKey(Schema.Number),
  GpuPartitionSize: Schema.optionalKey(Schema.Number),
  Workloads: Schema.optionalKey(Schema.Array(Schema.String)),
  MemoryInfo: Schema.optionalKey(GpuDeviceMemoryInfo)
})
/**
 * AWS `GpuDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface GpuDeviceInfo extends TypeOf<typeof GpuDeviceInfo> {}

/**
 * AWS `GpuInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const GpuInfo = Schema.Struct({
  Gpus: Schema.optionalKey(Schema.Array(GpuDeviceInfo)),
  TotalGpuMemoryInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `GpuInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface GpuInfo extends TypeOf<typeof GpuInfo> {}

/**
 * AWS `FpgaDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FpgaDeviceMemoryInfo = Schema.Struct({
  SizeInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `FpgaDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FpgaDeviceMemoryInfo extends TypeOf<typeof FpgaDeviceMemoryInfo> {}

/**
 * AWS `FpgaDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FpgaDeviceInfo = Schema.Struct({
  Name: Schema.optionalKey(Schema.String),
  Manufacturer: Schema.optionalKey(Schema.String),
  Count: Schema.optionalKey(Schema.Number),
  MemoryInfo: Schema.optionalKey(FpgaDeviceMemoryInfo)
})
/**
 * AWS `FpgaDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FpgaDeviceInfo extends TypeOf<typeof FpgaDeviceInfo> {}

/**
 * AWS `FpgaInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FpgaInfo = Schema.Struct({
  Fpgas: Schema.optionalKey(Schema.Array(FpgaDeviceInfo)),
  TotalFpgaMemoryInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `FpgaInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FpgaInfo extends TypeOf<typeof FpgaInfo> {}

/**
 * AWS `PlacementGroupInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PlacementGroupInfo = Schema.Struct({
  SupportedStrategies: Schema.optionalKey(Schema.Array(PlacementGroupStrategy))
})
/**
 * AWS `PlacementGroupInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PlacementGroupInfo extends TypeOf<typeof PlacementGroupInfo> {}

/**
 * AWS `InferenceDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InferenceDeviceMemoryInfo = Schema.Struct({
  SizeInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InferenceDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InferenceDeviceMemoryInfo extends TypeOf<typeof InferenceDeviceMemoryInfo> {}

/**
 * AWS `InferenceDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InferenceDeviceInfo = Schema.Struct({
  Count: Schema.optionalKey(Schema.Number),
  Name: Schema.optionalKey(Schema.String),
  Manufacturer: Schema.optionalKey(Schema.String),
  MemoryInfo: Schema.optionalKey(InferenceDeviceMemoryInfo)
})
/**
 * AWS `InferenceDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InferenceDeviceInfo extends TypeOf<typeof InferenceDeviceInfo> {}

/**
 * AWS `InferenceAcceleratorInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InferenceAcceleratorInfo = Schema.Struct({
  Accelerators: Schema.optionalKey(Schema.Array(InferenceDeviceInfo)),
  TotalInferenceMemoryInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InferenceAcceleratorInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InferenceAcceleratorInfo extends TypeOf<typeof InferenceAcceleratorInfo> {}

/**
 * AWS `NitroTpmInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NitroTpmInfo = Schema.Struct({
  SupportedVersions: Schema.optionalKey(Schema.Array(Schema.String))
})
/**
 * AWS `NitroTpmInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NitroTpmInfo extends TypeOf<typeof NitroTpmInfo> {}

/**
 * AWS `MediaDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const MediaDeviceMemoryInfo = Schema.Struct({
  SizeInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `MediaDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface MediaDeviceMemoryInfo extends TypeOf<typeof MediaDeviceMemoryInfo> {}

/**
 * AWS `MediaDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const MediaDeviceInfo = Schema.Struct({
  Count: Schema.optionalKey(Schema.Number),
  Name: Schema.optionalKey(Schema.String),
  Manufacturer: Schema.optionalKey(Schema.String),
  MemoryInfo: Schema.optionalKey(MediaDeviceMemoryInfo)
})
/**
 * AWS `MediaDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface MediaDeviceInfo extends TypeOf<typeof MediaDeviceInfo> {}

/**
 * AWS `MediaAcceleratorInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const MediaAcceleratorInfo = Schema.Struct({
  Accelerators: Schema.optionalKey(Schema.Array(MediaDeviceInfo)),
  TotalMediaMemoryInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `MediaAcceleratorInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface MediaAcceleratorInfo extends TypeOf<typeof MediaAcceleratorInfo> {}

/**
 * AWS `NeuronDeviceCoreInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NeuronDeviceCoreInfo = Schema.Struct({
  Count: Schema.optionalKey(Schema.Number),
  Version: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NeuronDeviceCoreInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NeuronDeviceCoreInfo extends TypeOf<typeof NeuronDeviceCoreInfo> {}

/**
 * AWS `NeuronDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NeuronDeviceMemoryInfo = Schema.Struct({
  SizeInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NeuronDeviceMemoryInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NeuronDeviceMemoryInfo extends TypeOf<typeof NeuronDeviceMemoryInfo> {}

/**
 * AWS `NeuronDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NeuronDeviceInfo = Schema.Struct({
  Count: Schema.optionalKey(Schema.Number),
  Name: Schema.optionalKey(Schema.String),
  CoreInfo: Schema.optionalKey(NeuronDeviceCoreInfo),
  MemoryInfo: Schema.optionalKey(NeuronDeviceMemoryInfo)
})
/**
 * AWS `NeuronDeviceInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NeuronDeviceInfo extends TypeOf<typeof NeuronDeviceInfo> {}

/**
 * AWS `NeuronInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NeuronInfo = Schema.Struct({
  NeuronDevices: Schema.optionalKey(Schema.Array(NeuronDeviceInfo)),
  TotalNeuronDeviceMemoryInMiB: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NeuronInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NeuronInfo extends TypeOf<typeof NeuronInfo> {}

/**
 * AWS `InstanceTypeInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceTypeInfo = Schema.Struct({
  InstanceType: Schema.optionalKey(Schema.String),
  CurrentGeneration: Schema.optionalKey(Schema.Boolean),
  FreeTierEligible: Schema.optionalKey(Schema.Boolean),
  SupportedUsageClasses: Schema.optionalKey(Schema.Array(UsageClassType)),
  SupportedRootDeviceTypes: Schema.optionalKey(Schema.Array(RootDeviceType)),
  SupportedVirtualizationTypes: Schema.optionalKey(Schema.Array(VirtualizationType)),
  BareMetal: Schema.optionalKey(Schema.Boolean),
  Hypervisor: Schema.optionalKey(InstanceTypeHypervisor),
  ProcessorInfo: Schema.optionalKey(ProcessorInfo),
  VCpuInfo: Schema.optionalKey(VCpuInfo),
  MemoryInfo: Schema.optionalKey(MemoryInfo),
  InstanceStorageSupported: Schema.optionalKey(Schema.Boolean),
  InstanceStorageInfo: Schema.optionalKey(InstanceStorageInfo),
  EbsInfo: Schema.optionalKey(EbsInfo),
  NetworkInfo: Schema.optionalKey(NetworkInfo),
  GpuInfo: Schema.optionalKey(GpuInfo),
  FpgaInfo: Schema.optionalKey(FpgaInfo),
  PlacementGroupInfo: Schema.optionalKey(PlacementGroupInfo),
  InferenceAcceleratorInfo: Schema.optionalKey(InferenceAcceleratorInfo),
  HibernationSupported: Schema.optionalKey(Schema.Boolean),
  BurstablePerformanceSupported: Schema.optionalKey(Schema.Boolean),
  DedicatedHostsSupported: Schema.optionalKey(Schema.Boolean),
  AutoRecoverySupported: Schema.optionalKey(Schema.Boolean),
  SupportedBootModes: Schema.optionalKey(Schema.Array(BootModeType)),
  NitroEnclavesSupport: Schema.optionalKey(NitroEnclavesSupport),
  NitroTpmSupport: Schema.optionalKey(NitroTpmSupport),
  NitroTpmInfo: Schema.optionalKey(NitroTpmInfo),
  MediaAcceleratorInfo: Schema.optionalKey(MediaAcceleratorInfo),
  NeuronInfo: Schema.optionalKey(NeuronInfo),
  PhcSupport: Schema.optionalKey(PhcSupport),
  RebootMigrationSupport: Schema.optionalKey(RebootMigrationSupport),
  SupportedInRegion: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `InstanceTypeInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceTypeInfo extends TypeOf<typeof InstanceTypeInfo> {}

/**
 * AWS `DescribeInstanceTypesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeInstanceTypesResult = Schema.Struct({
  InstanceTypes: Schema.optionalKey(Schema.Array(InstanceTypeInfo)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeInstanceTypesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeInstanceTypesResult extends TypeOf<typeof DescribeInstanceTypesResult> {}

/**
 * AWS `DescribeInstanceTypeOfferingsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeInstanceTypeOfferingsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  LocationType: Schema.optionalKey(LocationType),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeInstanceTypeOfferingsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeInstanceTypeOfferingsRequest extends TypeOf<typeof DescribeInstanceTypeOfferingsRequest> {}

/**
 * AWS `InstanceTypeOffering`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceTypeOffering = Schema.Struct({
  InstanceType: Schema.optionalKey(Schema.String),
  LocationType: Schema.optionalKey(LocationType),
  Location: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceTypeOffering`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceTypeOffering extends TypeOf<typeof InstanceTypeOffering> {}

/**
 * AWS `DescribeInstanceTypeOfferingsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeInstanceTypeOfferingsResult = Schema.Struct({
  InstanceTypeOfferings: Schema.optionalKey(Schema.Array(InstanceTypeOffering)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeInstanceTypeOfferingsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeInstanceTypeOfferingsResult extends TypeOf<typeof DescribeInstanceTypeOfferingsResult> {}

/**
 * AWS `DescribeImagesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeImagesRequest = Schema.Struct({
  ExecutableUsers: Schema.optionalKey(Schema.Array(Schema.String)),
  ImageIds: Schema.optionalKey(Schema.Array(Identifier.ImageId)),
  Owners: Schema.optionalKey(Schema.Array(Schema.String)),
  IncludeDeprecated: Schema.optionalKey(Schema.Boolean),
  IncludeDisabled: Schema.optionalKey(Schema.Boolean),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeImagesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeImagesRequest extends TypeOf<typeof DescribeImagesRequest> {}

/**
 * AWS `EbsBlockDevice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsBlockDevice = Schema.Struct({
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Iops: Schema.optionalKey(Schema.Number),
  SnapshotId: Schema.optionalKey(Schema.String),
  VolumeSize: Schema.optionalKey(Schema.Number),
  VolumeType: Schema.optionalKey(VolumeType),
  KmsKeyId: Schema.optionalKey(Schema.String),
  Throughput: Schema.optionalKey(Schema.Number),
  OutpostArn: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  Encrypted: Schema.optionalKey(Schema.Boolean),
  VolumeInitializationRate: Schema.optionalKey(Schema.Number),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  EbsCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `EbsBlockDevice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsBlockDevice extends TypeOf<typeof EbsBlockDevice> {}

/**
 * AWS `BlockDeviceMapping`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const BlockDeviceMapping = Schema.Struct({
  Ebs: Schema.optionalKey(EbsBlockDevice),
  NoDevice: Schema.optionalKey(Schema.String),
  DeviceName: Schema.optionalKey(Schema.String),
  VirtualName: Schema.optionalKey(Schema.String)
})
/**
 * AWS `BlockDeviceMapping`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface BlockDeviceMapping extends TypeOf<typeof BlockDeviceMapping> {}

/**
 * AWS `ImageWatermark`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ImageWatermark = Schema.Struct({
  WatermarkKey: Schema.optionalKey(Schema.String),
  SourceImageRegion: Schema.optionalKey(Schema.String),
  SourceImageId: Schema.optionalKey(Schema.String),
  SourceImageCreationTime: Schema.optionalKey(Schema.Date),
  WatermarkCreationTime: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `ImageWatermark`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ImageWatermark extends TypeOf<typeof ImageWatermark> {}

/**
 * AWS `ScanResults`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ScanResults = Schema.Struct({
  HighestFindingSeverityLabel: Schema.optionalKey(SeverityLabel),
  FindingScanDate: Schema.optionalKey(Schema.Date),
  InformationalFixAvailableSince: Schema.optionalKey(Schema.Date),
  LowFixAvailableSince: Schema.optionalKey(Schema.Date),
  MediumFixAvailableSince: Schema.optionalKey(Schema.Date),
  HighFixAvailableSince: Schema.optionalKey(Schema.Date),
  CriticalFixAvailableSince: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `ScanResults`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ScanResults extends TypeOf<typeof ScanResults> {}

/**
 * AWS `InstanceTypeItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceTypeItem = Schema.Struct({
  InstanceType: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceTypeItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceTypeItem extends TypeOf<typeof InstanceTypeItem> {}

/**
 * AWS `InstanceTypeSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceTypeSpecification = Schema.Struct({
  SupportedInstanceTypes: Schema.optionalKey(Schema.Array(InstanceTypeItem)),
  UnsupportedInstanceTypes: Schema.optionalKey(Schema.Array(InstanceTypeItem))
})
/**
 * AWS `InstanceTypeSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceTypeSpecification extends TypeOf<typeof InstanceTypeSpecification> {}

/**
 * AWS `Image`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Image = Schema.Struct({
  PlatformDetails: Schema.optionalKey(Schema.String),
  UsageOperation: Schema.optionalKey(Schema.String),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(BlockDeviceMapping)),
  Description: Schema.optionalKey(Schema.String),
  EnaSupport: Schema.optionalKey(Schema.Boolean),
  Hypervisor: Schema.optionalKey(HypervisorType),
  ImageOwnerAlias: Schema.optionalKey(Schema.String),
  Name: Schema.optionalKey(Schema.String),
  RootDeviceName: Schema.optionalKey(Schema.String),
  RootDeviceType: Schema.optionalKey(DeviceType),
  SriovNetSupport: Schema.optionalKey(Schema.String),
  StateReason: Schema.optionalKey(StateReason),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  VirtualizationType: Schema.optionalKey(VirtualizationType),
  BootMode: Schema.optionalKey(BootModeValues),
  TpmSupport: Schema.optionalKey(TpmSupportValues),
  DeprecationTime: Schema.optionalKey(Schema.String),
  ImdsSupport: Schema.optionalKey(ImdsSupportValues),
  SourceInstanceId: Schema.optionalKey(Schema.String),
  DeregistrationProtection: Schema.optionalKey(Schema.String),
  LastLaunchedTime: Schema.optionalKey(Schema.String),
  ImageAllowed: Schema.optionalKey(Schema.Boolean),
  SourceImageId: Schema.optionalKey(Schema.String),
  SourceImageRegion: Schema.optionalKey(Schema.String),
  FreeTierEligible: Schema.optionalKey(Schema.Boolean),
  PublicSsmParameterName: Schema.optionalKey(Schema.String),
  ImageWatermarks: Schema.optionalKey(Schema.Array(ImageWatermark)),
  ScanResults: Schema.optionalKey(ScanResults),
  InstanceTypeSpecification: Schema.optionalKey(InstanceTypeSpecification),
  ImageId: Schema.optionalKey(Schema.String),
  ImageLocation: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(ImageState),
  OwnerId: Schema.optionalKey(Schema.String),
  CreationDate: Schema.optionalKey(Schema.String),
  Public: Schema.optionalKey(Schema.Boolean),
  ProductCodes: Schema.optionalKey(Schema.Array(ProductCode)),
  Architecture: Schema.optionalKey(ArchitectureValues),
  ImageType: Schema.optionalKey(ImageTypeValues),
  KernelId: Schema.optionalKey(Schema.String),
  RamdiskId: Schema.optionalKey(Schema.String),
  Platform: Schema.optionalKey(PlatformValues)
})
/**
 * AWS `Image`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Image extends TypeOf<typeof Image> {}

/**
 * AWS `DescribeImagesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeImagesResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Images: Schema.optionalKey(Schema.Array(Image))
})
/**
 * AWS `DescribeImagesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeImagesResult extends TypeOf<typeof DescribeImagesResult> {}

/**
 * AWS `CreateImageRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateImageRequest = Schema.Struct({
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  SnapshotLocation: Schema.optionalKey(SnapshotLocationEnum),
  BootModeOverride: Schema.optionalKey(BootModeOverrideValues),
  DryRun: Schema.optionalKey(Schema.Boolean),
  InstanceId: Identifier.InstanceId,
  Name: Schema.String,
  Description: Schema.optionalKey(Schema.String),
  NoReboot: Schema.optionalKey(Schema.Boolean),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(BlockDeviceMappingInput))
})
/**
 * AWS `CreateImageRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateImageRequest extends TypeOf<typeof CreateImageRequest> {}

/**
 * AWS `CreateImageResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateImageResult = Schema.Struct({
  ImageId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateImageResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateImageResult extends TypeOf<typeof CreateImageResult> {}

/**
 * AWS `RegisterImageRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const RegisterImageRequest = Schema.Struct({
  ImageLocation: Schema.optionalKey(Schema.String),
  BillingProducts: Schema.optionalKey(Schema.Array(Schema.String)),
  BootMode: Schema.optionalKey(BootModeValues),
  TpmSupport: Schema.optionalKey(TpmSupportValues),
  UefiData: Schema.optionalKey(Schema.String),
  ImdsSupport: Schema.optionalKey(ImdsSupportValues),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Name: Schema.String,
  Description: Schema.optionalKey(Schema.String),
  Architecture: Schema.optionalKey(ArchitectureValues),
  KernelId: Schema.optionalKey(Schema.String),
  RamdiskId: Schema.optionalKey(Schema.String),
  RootDeviceName: Schema.optionalKey(Schema.String),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(BlockDeviceMappingInput)),
  VirtualizationType: Schema.optionalKey(Schema.String),
  SriovNetSupport: Schema.optionalKey(Schema.String),
  EnaSupport: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `RegisterImageRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface RegisterImageRequest extends TypeOf<typeof RegisterImageRequest> {}

/**
 * AWS `RegisterImageResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const RegisterImageResult = Schema.Struct({
  ImageId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `RegisterImageResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface RegisterImageResult extends TypeOf<typeof RegisterImageResult> {}

/**
 * AWS `DeregisterImageRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeregisterImageRequest = Schema.Struct({
  ImageId: Identifier.ImageId,
  DeleteAssociatedSnapshots: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DeregisterImageRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeregisterImageRequest extends TypeOf<typeof DeregisterImageRequest> {}

/**
 * AWS `DeleteSnapshotReturnCode`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DeleteSnapshotReturnCode = Schema.Struct({
  SnapshotId: Schema.optionalKey(Schema.String),
  ReturnCode: Schema.optionalKey(SnapshotReturnCodes)
})
/**
 * AWS `DeleteSnapshotReturnCode`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DeleteSnapshotReturnCode extends TypeOf<typeof DeleteSnapshotReturnCode> {}

/**
 * AWS `DeregisterImageResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DeregisterImageResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  DeleteSnapshotResults: Schema.optionalKey(Schema.Array(DeleteSnapshotReturnCode))
})
/**
 * AWS `DeregisterImageResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DeregisterImageResult extends TypeOf<typeof DeregisterImageResult> {}

/**
 * AWS `CreateVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateVolumeRequest = Schema.Struct({
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  Encrypted: Schema.optionalKey(Schema.Boolean),
  Iops: Schema.optionalKey(Schema.Number),
  KmsKeyId: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  Size: Schema.optionalKey(Schema.Number),
  SnapshotId: Schema.optionalKey(Identifier.SnapshotId),
  VolumeType: Schema.optionalKey(VolumeType),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  MultiAttachEnabled: Schema.optionalKey(Schema.Boolean),
  Throughput: Schema.optionalKey(Schema.Number),
  ClientToken: Schema.optionalKey(Schema.String),
  VolumeInitializationRate: Schema.optionalKey(Schema.Number),
  Operator: Schema.optionalKey(OperatorRequest),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateVolumeRequest extends TypeOf<typeof CreateVolumeRequest> {}

/**
 * AWS `VolumeAttachment`.
 *
 * @since 0.1.0
 * @category responses
 */
export const VolumeAttachment = Schema.Struct({
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  AssociatedResource: Schema.optionalKey(Schema.String),
  InstanceOwningService: Schema.optionalKey(Schema.String),
  EbsCardIndex: Schema.optionalKey(Schema.Number),
  VolumeId: Schema.optionalKey(Schema.String),
  InstanceId: Schema.optionalKey(Schema.String),
  Device: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(VolumeAttachmentState),
  AttachTime: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `VolumeAttachment`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface VolumeAttachment extends TypeOf<typeof VolumeAttachment> {}

/**
 * AWS `Volume`.
 *
 * @since 0.1.0
 * @category responses
 */
export const Volume = Schema.Struct({
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  SourceVolumeId: Schema.optionalKey(Schema.String),
  Iops: Schema.optionalKey(Schema.Number),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  VolumeType: Schema.optionalKey(VolumeType),
  FastRestored: Schema.optionalKey(Schema.Boolean),
  MultiAttachEnabled: Schema.optionalKey(Schema.Boolean),
  Throughput: Schema.optionalKey(Schema.Number),
  SseType: Schema.optionalKey(SSEType),
  Operator: Schema.optionalKey(OperatorResponse),
  VolumeInitializationRate: Schema.optionalKey(Schema.Number),
  VolumeArn: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  VolumeId: Schema.optionalKey(Schema.String),
  Size: Schema.optionalKey(Schema.Number),
  SnapshotId: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(VolumeState),
  CreateTime: Schema.optionalKey(Schema.Date),
  Attachments: Schema.optionalKey(Schema.Array(VolumeAttachment)),
  Encrypted: Schema.optionalKey(Schema.Boolean),
  KmsKeyId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Volume`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface Volume extends TypeOf<typeof Volume> {}

/**
 * AWS `DescribeVolumesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeVolumesRequest = Schema.Struct({
  VolumeIds: Schema.optionalKey(Schema.Array(Identifier.VolumeId)),
  IncludeManagedResources: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `DescribeVolumesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeVolumesRequest extends TypeOf<typeof DescribeVolumesRequest> {}

/**
 * AWS `DescribeVolumesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeVolumesResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Volumes: Schema.optionalKey(Schema.Array(Volume))
})
/**
 * AWS `DescribeVolumesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeVolumesResult extends TypeOf<typeof DescribeVolumesResult> {}

/**
 * AWS `AttachVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AttachVolumeRequest = Schema.Struct({
  Device: Schema.String,
  InstanceId: Identifier.InstanceId,
  VolumeId: Identifier.VolumeId,
  EbsCardIndex: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `AttachVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AttachVolumeRequest extends TypeOf<typeof AttachVolumeRequest> {}

/**
 * AWS `DetachVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DetachVolumeRequest = Schema.Struct({
  Device: Schema.optionalKey(Schema.String),
  Force: Schema.optionalKey(Schema.Boolean),
  InstanceId: Schema.optionalKey(Identifier.InstanceId),
  VolumeId: Identifier.VolumeId,
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DetachVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DetachVolumeRequest extends TypeOf<typeof DetachVolumeRequest> {}

/**
 * AWS `ModifyVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyVolumeRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  VolumeId: Identifier.VolumeId,
  Size: Schema.optionalKey(Schema.Number),
  VolumeType: Schema.optionalKey(VolumeType),
  Iops: Schema.optionalKey(Schema.Number),
  Throughput: Schema.optionalKey(Schema.Number),
  MultiAttachEnabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `ModifyVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyVolumeRequest extends TypeOf<typeof ModifyVolumeRequest> {}

/**
 * AWS `VolumeModification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VolumeModification = Schema.Struct({
  VolumeId: Schema.optionalKey(Schema.String),
  ModificationState: Schema.optionalKey(VolumeModificationState),
  StatusMessage: Schema.optionalKey(Schema.String),
  TargetSize: Schema.optionalKey(Schema.Number),
  TargetIops: Schema.optionalKey(Schema.Number),
  TargetVolumeType: Schema.optionalKey(VolumeType),
  TargetThroughput: Schema.optionalKey(Schema.Number),
  TargetMultiAttachEnabled: Schema.optionalKey(Schema.Boolean),
  OriginalSize: Schema.optionalKey(Schema.Number),
  OriginalIops: Schema.optionalKey(Schema.Number),
  OriginalVolumeType: Schema.optionalKey(VolumeType),
  OriginalThroughput: Schema.optionalKey(Schema.Number),
  OriginalMultiAttachEnabled: Schema.optionalKey(Schema.Boolean),
  Progress: Schema.optionalKey(Schema.Number),
  StartTime: Schema.optionalKey(Schema.Date),
  EndTime: Schema.optionalKey(Schema.Date),
  Operator: Schema.optionalKey(OperatorResponse)
})
/**
 * AWS `VolumeModification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VolumeModification extends TypeOf<typeof VolumeModification> {}

/**
 * AWS `ModifyVolumeResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyVolumeResult = Schema.Struct({
  VolumeModification: Schema.optionalKey(VolumeModification)
})
/**
 * AWS `ModifyVolumeResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ModifyVolumeResult extends TypeOf<typeof ModifyVolumeResult> {}

/**
 * AWS `DeleteVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteVolumeRequest = Schema.Struct({
  VolumeId: Identifier.VolumeId,
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DeleteVolumeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteVolumeRequest extends TypeOf<typeof DeleteVolumeRequest> {}

/**
 * AWS `DescribeVolumesModificationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeVolumesModificationsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  VolumeIds: Schema.optionalKey(Schema.Array(Identifier.VolumeId)),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  IncludeManagedResources: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeVolumesModificationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeVolumesModificationsRequest extends TypeOf<typeof DescribeVolumesModificationsRequest> {}

/**
 * AWS `DescribeVolumesModificationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeVolumesModificationsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  VolumesModifications: Schema.optionalKey(Schema.Array(VolumeModification))
})
/**
 * AWS `DescribeVolumesModificationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeVolumesModificationsResult extends TypeOf<typeof DescribeVolumesModificationsResult> {}

/**
 * AWS `CreateSnapshotRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateSnapshotRequest = Schema.Struct({
  Description: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  VolumeId: Identifier.VolumeId,
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  Location: Schema.optionalKey(SnapshotLocationEnum),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateSnapshotRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateSnapshotRequest extends TypeOf<typeof CreateSnapshotRequest> {}

/**
 * AWS `Snapshot`.
 *
 * @since 0.1.0
 * @category responses
 */
export const Snapshot = Schema.Struct({
  OwnerAlias: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  StorageTier: Schema.optionalKey(StorageTier),
  RestoreExpiryTime: Schema.optionalKey(Schema.Date),
  SseType: Schema.optionalKey(SSEType),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  TransferType: Schema.optionalKey(TransferType),
  CompletionDurationMinutes: Schema.optionalKey(Schema.Number),
  CompletionTime: Schema.optionalKey(Schema.Date),
  FullSnapshotSizeInBytes: Schema.optionalKey(Schema.Number),
  SnapshotId: Schema.optionalKey(Schema.String),
  VolumeId: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(SnapshotState),
  StateMessage: Schema.optionalKey(Schema.String),
  StartTime: Schema.optionalKey(Schema.Date),
  Progress: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  Description: Schema.optionalKey(Schema.String),
  VolumeSize: Schema.optionalKey(Schema.Number),
  Encrypted: Schema.optionalKey(Schema.Boolean),
  KmsKeyId: Schema.optionalKey(Schema.String),
  DataEncryptionKeyId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Snapshot`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface Snapshot extends TypeOf<typeof Snapshot> {}

/**
 * AWS `DescribeSnapshotsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeSnapshotsRequest = Schema.Struct({
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String),
  OwnerIds: Schema.optionalKey(Schema.Array(Schema.String)),
  RestorableByUserIds: Schema.optionalKey(Schema.Array(Schema.String)),
  SnapshotIds: Schema.optionalKey(Schema.Array(Identifier.SnapshotId)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeSnapshotsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeSnapshotsRequest extends TypeOf<typeof DescribeSnapshotsRequest> {}

/**
 * AWS `DescribeSnapshotsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeSnapshotsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Snapshots: Schema.optionalKey(Schema.Array(Snapshot))
})
/**
 * AWS `DescribeSnapshotsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeSnapshotsResult extends TypeOf<typeof DescribeSnapshotsResult> {}

/**
 * AWS `CopySnapshotRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CopySnapshotRequest = Schema.Struct({
  Description: Schema.optionalKey(Schema.String),
  DestinationOutpostArn: Schema.optionalKey(Schema.String),
  DestinationRegion: Schema.optionalKey(Schema.String),
  Encrypted: Schema.optionalKey(Schema.Boolean),
  KmsKeyId: Schema.optionalKey(Schema.String),
  PresignedUrl: Schema.optionalKey(Schema.String),
  SourceRegion: Schema.String,
  SourceSnapshotId: Identifier.SnapshotId,
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  CompletionDurationMinutes: Schema.optionalKey(Schema.Number),
  DestinationAvailabilityZone: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CopySnapshotRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CopySnapshotRequest extends TypeOf<typeof CopySnapshotRequest> {}

/**
 * AWS `CopySnapshotResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CopySnapshotResult = Schema.Struct({
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  SnapshotId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CopySnapshotResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CopySnapshotResult extends TypeOf<typeof CopySnapshotResult> {}

/**
 * AWS `DeleteSnapshotRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteSnapshotRequest = Schema.Struct({
  SnapshotId: Identifier.SnapshotId,
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DeleteSnapshotRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteSnapshotRequest extends TypeOf<typeof DeleteSnapshotRequest> {}

/**
 * AWS `CreatePlacementGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreatePlacementGroupRequest = Schema.Struct({
  PartitionCount: Schema.optionalKey(Schema.Number),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  SpreadLevel: Schema.optionalKey(SpreadLevel),
  LinkedGroupId: Schema.optionalKey(Schema.String),
  Operator: Schema.optionalKey(OperatorRequest),
  ParentGroupId: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  GroupName: Schema.optionalKey(Schema.String),
  Strategy: Schema.optionalKey(PlacementStrategy)
})
/**
 * AWS `CreatePlacementGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreatePlacementGroupRequest extends TypeOf<typeof CreatePlacementGroupRequest> {}

/**
 * AWS `PlacementGroup`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PlacementGroup = Schema.Struct({
  GroupName: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(PlacementGroupState),
  Strategy: Schema.optionalKey(PlacementStrategy),
  PartitionCount: Schema.optionalKey(Schema.Number),
  GroupId: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  GroupArn: Schema.optionalKey(Schema.String),
  SpreadLevel: Schema.optionalKey(SpreadLevel),
  LinkedGroupId: Schema.optionalKey(Schema.String),
  Operator: Schema.optionalKey(OperatorResponse),
  ParentGroupId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PlacementGroup`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PlacementGroup extends TypeOf<typeof PlacementGroup> {}

/**
 * AWS `CreatePlacementGroupResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreatePlacementGroupResult = Schema.Struct({
  PlacementGroup: Schema.optionalKey(PlacementGroup)
})
/**
 * AWS `CreatePlacementGroupResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreatePlacementGroupResult extends TypeOf<typeof CreatePlacementGroupResult> {}

/**
 * AWS `DescribePlacementGroupsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribePlacementGroupsRequest = Schema.Struct({
  GroupIds: Schema.optionalKey(Schema.Array(Identifier.PlacementGroupId)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  GroupNames: Schema.optionalKey(Schema.Array(Schema.String)),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribePlacementGroupsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribePlacementGroupsRequest extends TypeOf<typeof DescribePlacementGroupsRequest> {}

/**
 * AWS `DescribePlacementGroupsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribePlacementGroupsResult = Schema.Struct({
  PlacementGroups: Schema.optionalKey(Schema.Array(PlacementGroup))
})
/**
 * AWS `DescribePlacementGroupsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribePlacementGroupsResult extends TypeOf<typeof DescribePlacementGroupsResult> {}

/**
 * AWS `DeletePlacementGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeletePlacementGroupRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  GroupName: Schema.String
})
/**
 * AWS `DeletePlacementGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeletePlacementGroupRequest extends TypeOf<typeof DeletePlacementGroupRequest> {}

/**
 * AWS `ModifyInstancePlacementRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyInstancePlacementRequest = Schema.Struct({
  GroupName: Schema.optionalKey(Schema.String),
  PartitionNumber: Schema.optionalKey(Schema.Number),
  HostResourceGroupArn: Schema.optionalKey(Schema.String),
  GroupId: Schema.optionalKey(Identifier.PlacementGroupId),
  InstanceId: Identifier.InstanceId,
  Tenancy: Schema.optionalKey(HostTenancy),
  Affinity: Schema.optionalKey(Affinity),
  HostId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ModifyInstancePlacementRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyInstancePlacementRequest extends TypeOf<typeof ModifyInstancePlacementRequest> {}

/**
 * AWS `ModifyInstancePlacementResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyInstancePlacementResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `ModifyInstancePlacementResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ModifyInstancePlacementResult extends TypeOf<typeof ModifyInstancePlacementResult> {}

/**
 * AWS `CreateKeyPairRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateKeyPairRequest = Schema.Struct({
  KeyName: Schema.String,
  KeyType: Schema.optionalKey(KeyType),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  KeyFormat: Schema.optionalKey(KeyFormat),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateKeyPairRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateKeyPairRequest extends TypeOf<typeof CreateKeyPairRequest> {}

/**
 * AWS `KeyPair`.
 *
 * @since 0.1.0
 * @category responses
 */
export const KeyPair = Schema.Struct({
  KeyPairId: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  KeyName: Schema.optionalKey(Schema.String),
  KeyFingerprint: Schema.optionalKey(Schema.String),
  KeyMaterial: Schema.optionalKey(Schema.String)
})
/**
 * AWS `KeyPair`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface KeyPair extends TypeOf<typeof KeyPair> {}

/**
 * AWS `ImportKeyPairRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ImportKeyPairRequest = Schema.Struct({
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  KeyName: Schema.String,
  PublicKeyMaterial: Schema.Uint8Array
})
/**
 * AWS `ImportKeyPairRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ImportKeyPairRequest extends TypeOf<typeof ImportKeyPairRequest> {}

/**
 * AWS `ImportKeyPairResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ImportKeyPairResult = Schema.Struct({
  KeyFingerprint: Schema.optionalKey(Schema.String),
  KeyName: Schema.optionalKey(Schema.String),
  KeyPairId: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag))
})
/**
 * AWS `ImportKeyPairResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ImportKeyPairResult extends TypeOf<typeof ImportKeyPairResult> {}

/**
 * AWS `DescribeKeyPairsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeKeyPairsRequest = Schema.Struct({
  KeyNames: Schema.optionalKey(Schema.Array(Schema.String)),
  KeyPairIds: Schema.optionalKey(Schema.Array(Identifier.KeyPairId)),
  IncludePublicKey: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeKeyPairsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeKeyPairsRequest extends TypeOf<typeof DescribeKeyPairsRequest> {}

/**
 * AWS `KeyPairInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const KeyPairInfo = Schema.Struct({
  KeyPairId: Schema.optionalKey(Schema.String),
  KeyType: Schema.optionalKey(KeyType),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  PublicKey: Schema.optionalKey(Schema.String),
  CreateTime: Schema.optionalKey(Schema.Date),
  KeyName: Schema.optionalKey(Schema.String),
  KeyFingerprint: Schema.optionalKey(Schema.String)
})
/**
 * AWS `KeyPairInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface KeyPairInfo extends TypeOf<typeof KeyPairInfo> {}

/**
 * AWS `DescribeKeyPairsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeKeyPairsResult = Schema.Struct({
  KeyPairs: Schema.optionalKey(Schema.Array(KeyPairInfo))
})
/**
 * AWS `DescribeKeyPairsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeKeyPairsResult extends TypeOf<typeof DescribeKeyPairsResult> {}

/**
 * AWS `DeleteKeyPairRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteKeyPairRequest = Schema.Struct({
  KeyName: Schema.optionalKey(Schema.String),
  KeyPairId: Schema.optionalKey(Identifier.KeyPairId),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DeleteKeyPairRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteKeyPairRequest extends TypeOf<typeof DeleteKeyPairRequest> {}

/**
 * AWS `DeleteKeyPairResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteKeyPairResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  KeyPairId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DeleteKeyPairResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DeleteKeyPairResult extends TypeOf<typeof DeleteKeyPairResult> {}

/**
 * AWS `CreateSecurityGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateSecurityGroupRequest = Schema.Struct({
  Description: Schema.String,
  GroupName: Schema.String,
  VpcId: Schema.optionalKey(Identifier.VpcId),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateSecurityGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateSecurityGroupRequest extends TypeOf<typeof CreateSecurityGroupRequest> {}

/**
 * AWS `CreateSecurityGroupResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateSecurityGroupResult = Schema.Struct({
  GroupId: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  SecurityGroupArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateSecurityGroupResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateSecurityGroupResult extends TypeOf<typeof CreateSecurityGroupResult> {}

/**
 * AWS `DescribeSecurityGroupsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeSecurityGroupsRequest = Schema.Struct({
  GroupIds: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupId)),
  GroupNames: Schema.optionalKey(Schema.Array(Schema.String)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeSecurityGroupsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeSecurityGroupsRequest extends TypeOf<typeof DescribeSecurityGroupsRequest> {}

/**
 * AWS `UserIdGroupPair`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const UserIdGroupPair = Schema.Struct({
  Description: Schema.optionalKey(Schema.String),
  UserId: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  GroupId: Schema.optionalKey(Schema.String),
  VpcId: Schema.optionalKey(Schema.String),
  VpcPeeringConnectionId: Schema.optionalKey(Schema.String),
  PeeringStatus: Schema.optionalKey(Schema.String)
})
/**
 * AWS `UserIdGroupPair`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface UserIdGroupPair extends TypeOf<typeof UserIdGroupPair> {}

/**
 * AWS `IpRange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const IpRange = Schema.Struct({
  Description: Schema.optionalKey(Schema.String),
  CidrIp: Schema.optionalKey(Schema.String)
})
/**
 * AWS `IpRange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface IpRange extends TypeOf<typeof IpRange> {}

/**
 * AWS `Ipv6Range`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Ipv6Range = Schema.Struct({
  Description: Schema.optionalKey(Schema.String),
  CidrIpv6: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Ipv6Range`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Ipv6Range extends TypeOf<typeof Ipv6Range> {}

/**
 * AWS `PrefixListId`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PrefixListId = Schema.Struct({
  Description: Schema.optionalKey(Schema.String),
  PrefixListId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PrefixListId`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PrefixListId extends TypeOf<typeof PrefixListId> {}

/**
 * AWS `IpPermission`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const IpPermission = Schema.Struct({
  IpProtocol: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  ToPort: Schema.optionalKey(Schema.Number),
  UserIdGroupPairs: Schema.optionalKey(Schema.Array(UserIdGroupPair)),
  IpRanges: Schema.optionalKey(Schema.Array(IpRange)),
  Ipv6Ranges: Schema.optionalKey(Schema.Array(Ipv6Range)),
  PrefixListIds: Schema.optionalKey(Schema.Array(PrefixListId))
})
/**
 * AWS `IpPermission`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface IpPermission extends TypeOf<typeof IpPermission> {}

/**
 * AWS `SecurityGroup`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SecurityGroup = Schema.Struct({
  GroupId: Schema.optionalKey(Schema.String),
  IpPermissionsEgress: Schema.optionalKey(Schema.Array(IpPermission)),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  VpcId: Schema.optionalKey(Schema.String),
  SecurityGroupArn: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  Description: Schema.optionalKey(Schema.String),
  IpPermissions: Schema.optionalKey(Schema.Array(IpPermission))
})
/**
 * AWS `SecurityGroup`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SecurityGroup extends TypeOf<typeof SecurityGroup> {}

/**
 * AWS `DescribeSecurityGroupsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeSecurityGroupsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  SecurityGroups: Schema.optionalKey(Schema.Array(SecurityGroup))
})
/**
 * AWS `DescribeSecurityGroupsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeSecurityGroupsResult extends TypeOf<typeof DescribeSecurityGroupsResult> {}

/**
 * AWS `DeleteSecurityGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteSecurityGroupRequest = Schema.Struct({
  GroupId: Schema.optionalKey(Identifier.SecurityGroupId),
  GroupName: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DeleteSecurityGroupRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteSecurityGroupRequest extends TypeOf<typeof DeleteSecurityGroupRequest> {}

/**
 * AWS `DeleteSecurityGroupResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteSecurityGroupResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  GroupId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DeleteSecurityGroupResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DeleteSecurityGroupResult extends TypeOf<typeof DeleteSecurityGroupResult> {}

/**
 * AWS `UserIdGroupPair` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const UserIdGroupPairInput = Schema.Struct({
  Description: Schema.optionalKey(Schema.String),
  UserId: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  GroupId: Schema.optionalKey(Identifier.SecurityGroupId),
  VpcId: Schema.optionalKey(Identifier.VpcId),
  VpcPeeringConnectionId: Schema.optionalKey(Schema.String),
  PeeringStatus: Schema.optionalKey(Schema.String)
})
/**
 * AWS `UserIdGroupPair` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface UserIdGroupPairInput extends TypeOf<typeof UserIdGroupPairInput> {}

/**
 * AWS `IpPermission` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const IpPermissionInput = Schema.Struct({
  IpProtocol: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  ToPort: Schema.optionalKey(Schema.Number),
  UserIdGroupPairs: Schema.optionalKey(Schema.Array(UserIdGroupPairInput)),
  IpRanges: Schema.optionalKey(Schema.Array(IpRange)),
  Ipv6Ranges: Schema.optionalKey(Schema.Array(Ipv6Range)),
  PrefixListIds: Schema.optionalKey(Schema.Array(PrefixListId))
})
/**
 * AWS `IpPermission` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface IpPermissionInput extends TypeOf<typeof IpPermissionInput> {}

/**
 * AWS `AuthorizeSecurityGroupIngressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AuthorizeSecurityGroupIngressRequest = Schema.Struct({
  CidrIp: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  GroupId: Schema.optionalKey(Identifier.SecurityGroupId),
  GroupName: Schema.optionalKey(Schema.String),
  IpPermissions: Schema.optionalKey(Schema.Array(IpPermissionInput)),
  IpProtocol: Schema.optionalKey(Schema.String),
  SourceSecurityGroupName: Schema.optionalKey(Schema.String),
  SourceSecurityGroupOwnerId: Schema.optionalKey(Schema.String),
  ToPort: Schema.optionalKey(Schema.Number),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `AuthorizeSecurityGroupIngressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AuthorizeSecurityGroupIngressRequest extends TypeOf<typeof AuthorizeSecurityGroupIngressRequest> {}

/**
 * AWS `ReferencedSecurityGroup`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ReferencedSecurityGroup = Schema.Struct({
  GroupId: Schema.optionalKey(Schema.String),
  PeeringStatus: Schema.optionalKey(Schema.String),
  UserId: Schema.optionalKey(Schema.String),
  VpcId: Schema.optionalKey(Schema.String),
  VpcPeeringConnectionId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ReferencedSecurityGroup`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ReferencedSecurityGroup extends TypeOf<typeof ReferencedSecurityGroup> {}

/**
 * AWS `SecurityGroupRule`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SecurityGroupRule = Schema.Struct({
  SecurityGroupRuleId: Schema.optionalKey(Schema.String),
  GroupId: Schema.optionalKey(Schema.String),
  GroupOwnerId: Schema.optionalKey(Schema.String),
  IsEgress: Schema.optionalKey(Schema.Boolean),
  IpProtocol: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  ToPort: Schema.optionalKey(Schema.Number),
  CidrIpv4: Schema.optionalKey(Schema.String),
  CidrIpv6: Schema.optionalKey(Schema.String),
  PrefixListId: Schema.optionalKey(Schema.String),
  ReferencedGroupInfo: Schema.optionalKey(ReferencedSecurityGroup),
  Description: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  SecurityGroupRuleArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SecurityGroupRule`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SecurityGroupRule extends TypeOf<typeof SecurityGroupRule> {}

/**
 * AWS `AuthorizeSecurityGroupIngressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AuthorizeSecurityGroupIngressResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  SecurityGroupRules: Schema.optionalKey(Schema.Array(SecurityGroupRule))
})
/**
 * AWS `AuthorizeSecurityGroupIngressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AuthorizeSecurityGroupIngressResult extends TypeOf<typeof AuthorizeSecurityGroupIngressResult> {}

/**
 * AWS `AuthorizeSecurityGroupEgressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AuthorizeSecurityGroupEgressRequest = Schema.Struct({
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  GroupId: Identifier.SecurityGroupId,
  SourceSecurityGroupName: Schema.optionalKey(Schema.String),
  SourceSecurityGroupOwnerId: Schema.optionalKey(Schema.String),
  IpProtocol: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  ToPort: Schema.optionalKey(Schema.Number),
  CidrIp: Schema.optionalKey(Schema.String),
  IpPermissions: Schema.optionalKey(Schema.Array(IpPermissionInput))
})
/**
 * AWS `AuthorizeSecurityGroupEgressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AuthorizeSecurityGroupEgressRequest extends TypeOf<typeof AuthorizeSecurityGroupEgressRequest> {}

/**
 * AWS `AuthorizeSecurityGroupEgressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AuthorizeSecurityGroupEgressResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  SecurityGroupRules: Schema.optionalKey(Schema.Array(SecurityGroupRule))
})
/**
 * AWS `AuthorizeSecurityGroupEgressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AuthorizeSecurityGroupEgressResult extends TypeOf<typeof AuthorizeSecurityGroupEgressResult> {}

/**
 * AWS `RevokeSecurityGroupIngressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const RevokeSecurityGroupIngressRequest = Schema.Struct({
  CidrIp: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  GroupId: Schema.optionalKey(Identifier.SecurityGroupId),
  GroupName: Schema.optionalKey(Schema.String),
  IpPermissions: Schema.optionalKey(Schema.Array(IpPermissionInput)),
  IpProtocol: Schema.optionalKey(Schema.String),
  SourceSecurityGroupName: Schema.optionalKey(Schema.String),
  SourceSecurityGroupOwnerId: Schema.optionalKey(Schema.String),
  ToPort: Schema.optionalKey(Schema.Number),
  SecurityGroupRuleIds: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupRuleId)),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `RevokeSecurityGroupIngressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface RevokeSecurityGroupIngressRequest extends TypeOf<typeof RevokeSecurityGroupIngressRequest> {}

/**
 * AWS `RevokedSecurityGroupRule`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const RevokedSecurityGroupRule = Schema.Struct({
  SecurityGroupRuleId: Schema.optionalKey(Schema.String),
  GroupId: Schema.optionalKey(Schema.String),
  IsEgress: Schema.optionalKey(Schema.Boolean),
  IpProtocol: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  ToPort: Schema.optionalKey(Schema.Number),
  CidrIpv4: Schema.optionalKey(Schema.String),
  CidrIpv6: Schema.optionalKey(Schema.String),
  PrefixListId: Schema.optionalKey(Schema.String),
  ReferencedGroupId: Schema.optionalKey(Schema.String),
  Description: Schema.optionalKey(Schema.String)
})
/**
 * AWS `RevokedSecurityGroupRule`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface RevokedSecurityGroupRule extends TypeOf<typeof RevokedSecurityGroupRule> {}

/**
 * AWS `RevokeSecurityGroupIngressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const RevokeSecurityGroupIngressResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  UnknownIpPermissions: Schema.optionalKey(Schema.Array(IpPermission)),
  RevokedSecurityGroupRules: Schema.optionalKey(Schema.Array(RevokedSecurityGroupRule))
})
/**
 * AWS `RevokeSecurityGroupIngressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface RevokeSecurityGroupIngressResult extends TypeOf<typeof RevokeSecurityGroupIngressResult> {}

/**
 * AWS `RevokeSecurityGroupEgressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const RevokeSecurityGroupEgressRequest = Schema.Struct({
  SecurityGroupRuleIds: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupRuleId)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  GroupId: Identifier.SecurityGroupId,
  SourceSecurityGroupName: Schema.optionalKey(Schema.String),
  SourceSecurityGroupOwnerId: Schema.optionalKey(Schema.String),
  IpProtocol: Schema.optionalKey(Schema.String),
  FromPort: Schema.optionalKey(Schema.Number),
  ToPort: Schema.optionalKey(Schema.Number),
  CidrIp: Schema.optionalKey(Schema.String),
  IpPermissions: Schema.optionalKey(Schema.Array(IpPermissionInput))
})
/**
 * AWS `RevokeSecurityGroupEgressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface RevokeSecurityGroupEgressRequest extends TypeOf<typeof RevokeSecurityGroupEgressRequest> {}

/**
 * AWS `RevokeSecurityGroupEgressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const RevokeSecurityGroupEgressResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  UnknownIpPermissions: Schema.optionalKey(Schema.Array(IpPermission)),
  RevokedSecurityGroupRules: Schema.optionalKey(Schema.Array(RevokedSecurityGroupRule))
})
/**
 * AWS `RevokeSecurityGroupEgressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface RevokeSecurityGroupEgressResult extends TypeOf<typeof RevokeSecurityGroupEgressResult> {}

/**
 * AWS `AllocateAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AllocateAddressRequest = Schema.Struct({
  Domain: Schema.optionalKey(DomainType),
  Address: Schema.optionalKey(Schema.String),
  PublicIpv4Pool: Schema.optionalKey(Schema.String),
  NetworkBorderGroup: Schema.optionalKey(Schema.String),
  CustomerOwnedIpv4Pool: Schema.optionalKey(Schema.String),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  IpamPoolId: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `AllocateAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AllocateAddressRequest extends TypeOf<typeof AllocateAddressRequest> {}

/**
 * AWS `AllocateAddressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AllocateAddressResult = Schema.Struct({
  AllocationId: Schema.optionalKey(Schema.String),
  PublicIpv4Pool: Schema.optionalKey(Schema.String),
  NetworkBorderGroup: Schema.optionalKey(Schema.String),
  Domain: Schema.optionalKey(DomainType),
  CustomerOwnedIp: Schema.optionalKey(Schema.String),
  CustomerOwnedIpv4Pool: Schema.optionalKey(Schema.String),
  CarrierIp: Schema.optionalKey(Schema.String),
  PublicIp: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AllocateAddressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AllocateAddressResult extends TypeOf<typeof AllocateAddressResult> {}

/**
 * AWS `AssociateAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AssociateAddressRequest = Schema.Struct({
  AllocationId: Schema.optionalKey(Identifier.AllocationId),
  InstanceId: Schema.optionalKey(Identifier.InstanceId),
  PublicIp: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  NetworkInterfaceId: Schema.optionalKey(Identifier.NetworkInterfaceId),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  AllowReassociation: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `AssociateAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AssociateAddressRequest extends TypeOf<typeof AssociateAddressRequest> {}

/**
 * AWS `AssociateAddressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AssociateAddressResult = Schema.Struct({
  AssociationId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AssociateAddressResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AssociateAddressResult extends TypeOf<typeof AssociateAddressResult> {}

/**
 * AWS `DisassociateAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DisassociateAddressRequest = Schema.Struct({
  AssociationId: Schema.optionalKey(Identifier.AssociationId),
  PublicIp: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DisassociateAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DisassociateAddressRequest extends TypeOf<typeof DisassociateAddressRequest> {}

/**
 * AWS `ReleaseAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ReleaseAddressRequest = Schema.Struct({
  AllocationId: Schema.optionalKey(Identifier.AllocationId),
  PublicIp: Schema.optionalKey(Schema.String),
  NetworkBorderGroup: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `ReleaseAddressRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ReleaseAddressRequest extends TypeOf<typeof ReleaseAddressRequest> {}

/**
 * AWS `DescribeAddressesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeAddressesRequest = Schema.Struct({
  PublicIps: Schema.optionalKey(Schema.Array(Schema.String)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  AllocationIds: Schema.optionalKey(Schema.Array(Identifier.AllocationId))
})
/**
 * AWS `DescribeAddressesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeAddressesRequest extends TypeOf<typeof DescribeAddressesRequest> {}

/**
 * AWS `Address`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Address = Schema.Struct({
  AllocationId: Schema.optionalKey(Schema.String),
  AssociationId: Schema.optionalKey(Schema.String),
  Domain: Schema.optionalKey(DomainType),
  NetworkInterfaceId: Schema.optionalKey(Schema.String),
  NetworkInterfaceOwnerId: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  PublicIpv4Pool: Schema.optionalKey(Schema.String),
  NetworkBorderGroup: Schema.optionalKey(Schema.String),
  CustomerOwnedIp: Schema.optionalKey(Schema.String),
  CustomerOwnedIpv4Pool: Schema.optionalKey(Schema.String),
  CarrierIp: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Schema.String),
  ServiceManaged: Schema.optionalKey(ServiceManaged),
  InstanceId: Schema.optionalKey(Schema.String),
  PublicIp: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Address`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Address extends TypeOf<typeof Address> {}

/**
 * AWS `DescribeAddressesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeAddressesResult = Schema.Struct({
  Addresses: Schema.optionalKey(Schema.Array(Address))
})
/**
 * AWS `DescribeAddressesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeAddressesResult extends TypeOf<typeof DescribeAddressesResult> {}

/**
 * AWS `DescribeNetworkInterfacesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeNetworkInterfacesRequest = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  IncludeManagedResources: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  NetworkInterfaceIds: Schema.optionalKey(Schema.Array(Identifier.NetworkInterfaceId)),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeNetworkInterfacesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeNetworkInterfacesRequest extends TypeOf<typeof DescribeNetworkInterfacesRequest> {}

/**
 * AWS `NetworkInterfaceAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkInterfaceAssociation = Schema.Struct({
  AllocationId: Schema.optionalKey(Schema.String),
  AssociationId: Schema.optionalKey(Schema.String),
  IpOwnerId: Schema.optionalKey(Schema.String),
  PublicDnsName: Schema.optionalKey(Schema.String),
  PublicIp: Schema.optionalKey(Schema.String),
  CustomerOwnedIp: Schema.optionalKey(Schema.String),
  CarrierIp: Schema.optionalKey(Schema.String)
})
/**
 * AWS `NetworkInterfaceAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkInterfaceAssociation extends TypeOf<typeof NetworkInterfaceAssociation> {}

/**
 * AWS `AttachmentEnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AttachmentEnaSrdUdpSpecification = Schema.Struct({
  EnaSrdUdpEnabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `AttachmentEnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AttachmentEnaSrdUdpSpecification extends TypeOf<typeof AttachmentEnaSrdUdpSpecification> {}

/**
 * AWS `AttachmentEnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AttachmentEnaSrdSpecification = Schema.Struct({
  EnaSrdEnabled: Schema.optionalKey(Schema.Boolean),
  EnaSrdUdpSpecification: Schema.optionalKey(AttachmentEnaSrdUdpSpecification)
})
/**
 * AWS `AttachmentEnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AttachmentEnaSrdSpecification extends TypeOf<typeof AttachmentEnaSrdSpecification> {}

/**
 * AWS `NetworkInterfaceAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkInterfaceAttachment = Schema.Struct({
  AttachTime: Schema.optionalKey(Schema.Date),
  AttachmentId: Schema.optionalKey(Schema.String),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  InstanceId: Schema.optionalKey(Schema.String),
  InstanceOwnerId: Schema.optionalKey(Schema.String),
  Status: Schema.optionalKey(AttachmentStatus),
  EnaSrdSpecification: Schema.optionalKey(AttachmentEnaSrdSpecification),
  EnaQueueCount: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NetworkInterfaceAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkInterfaceAttachment extends TypeOf<typeof NetworkInterfaceAttachment> {}

/**
 * AWS `ConnectionTrackingConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ConnectionTrackingConfiguration = Schema.Struct({
  TcpEstablishedTimeout: Schema.optionalKey(Schema.Number),
  UdpStreamTimeout: Schema.optionalKey(Schema.Number),
  UdpTimeout: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `ConnectionTrackingConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ConnectionTrackingConfiguration extends TypeOf<typeof ConnectionTrackingConfiguration> {}

/**
 * AWS `NetworkInterfaceIpv6Address`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkInterfaceIpv6Address = Schema.Struct({
  Ipv6Address: Schema.optionalKey(Schema.String),
  PublicIpv6DnsName: Schema.optionalKey(Schema.String),
  IsPrimaryIpv6: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `NetworkInterfaceIpv6Address`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkInterfaceIpv6Address extends TypeOf<typeof NetworkInterfaceIpv6Address> {}

/**
 * AWS `PublicIpDnsNameOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PublicIpDnsNameOptions = Schema.Struct({
  DnsHostnameType: Schema.optionalKey(Schema.String),
  PublicIpv4DnsName: Schema.optionalKey(Schema.String),
  PublicIpv6DnsName: Schema.optionalKey(Schema.String),
  PublicDualStackDnsName: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PublicIpDnsNameOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PublicIpDnsNameOptions extends TypeOf<typeof PublicIpDnsNameOptions> {}

/**
 * AWS `NetworkInterfacePrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkInterfacePrivateIpAddress = Schema.Struct({
  Association: Schema.optionalKey(NetworkInterfaceAssociation),
  Primary: Schema.optionalKey(Schema.Boolean),
  PrivateDnsName: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `NetworkInterfacePrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkInterfacePrivateIpAddress extends TypeOf<typeof NetworkInterfacePrivateIpAddress> {}

/**
 * AWS `Ipv4PrefixSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Ipv4PrefixSpecification = Schema.Struct({
  Ipv4Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Ipv4PrefixSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Ipv4PrefixSpecification extends TypeOf<typeof Ipv4PrefixSpecification> {}

/**
 * AWS `Ipv6PrefixSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Ipv6PrefixSpecification = Schema.Struct({
  Ipv6Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Ipv6PrefixSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Ipv6PrefixSpecification extends TypeOf<typeof Ipv6PrefixSpecification> {}

/**
 * AWS `NetworkInterface`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkInterface = Schema.Struct({
  Association: Schema.optionalKey(NetworkInterfaceAssociation),
  Attachment: Schema.optionalKey(NetworkInterfaceAttachment),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  ConnectionTrackingConfiguration: Schema.optionalKey(ConnectionTrackingConfiguration),
  Description: Schema.optionalKey(Schema.String),
  Groups: Schema.optionalKey(Schema.Array(GroupIdentifier)),
  InterfaceType: Schema.optionalKey(NetworkInterfaceType),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(NetworkInterfaceIpv6Address)),
  MacAddress: Schema.optionalKey(Schema.String),
  NetworkInterfaceId: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  PrivateDnsName: Schema.optionalKey(Schema.String),
  PublicDnsName: Schema.optionalKey(Schema.String),
  PublicIpDnsNameOptions: Schema.optionalKey(PublicIpDnsNameOptions),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(NetworkInterfacePrivateIpAddress)),
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Ipv4PrefixSpecification)),
  Ipv6Prefixes: Schema.optionalKey(Schema.Array(Ipv6PrefixSpecification)),
  RequesterId: Schema.optionalKey(Schema.String),
  RequesterManaged: Schema.optionalKey(Schema.Boolean),
  SourceDestCheck: Schema.optionalKey(Schema.Boolean),
  Status: Schema.optionalKey(NetworkInterfaceStatus),
  SubnetId: Schema.optionalKey(Schema.String),
  TagSet: Schema.optionalKey(Schema.Array(Tag)),
  VpcId: Schema.optionalKey(Schema.String),
  DenyAllIgwTraffic: Schema.optionalKey(Schema.Boolean),
  Ipv6Native: Schema.optionalKey(Schema.Boolean),
  Ipv6Address: Schema.optionalKey(Schema.String),
  Operator: Schema.optionalKey(OperatorResponse),
  AssociatedSubnets: Schema.optionalKey(Schema.Array(Schema.String)),
  AvailabilityZoneId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `NetworkInterface`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkInterface extends TypeOf<typeof NetworkInterface> {}

/**
 * AWS `DescribeNetworkInterfacesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeNetworkInterfacesResult = Schema.Struct({
  NetworkInterfaces: Schema.optionalKey(Schema.Array(NetworkInterface)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeNetworkInterfacesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeNetworkInterfacesResult extends TypeOf<typeof DescribeNetworkInterfacesResult> {}

/**
 * AWS `CreateTagsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateTagsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  Resources: Schema.Array(Schema.String),
  Tags: Schema.Array(Tag)
})
/**
 * AWS `CreateTagsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateTagsRequest extends TypeOf<typeof CreateTagsRequest> {}

/**
 * AWS `DeleteTagsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteTagsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  Resources: Schema.Array(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag))
})
/**
 * AWS `DeleteTagsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteTagsRequest extends TypeOf<typeof DeleteTagsRequest> {}

/**
 * AWS `DescribeTagsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeTagsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeTagsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeTagsRequest extends TypeOf<typeof DescribeTagsRequest> {}

/**
 * AWS `TagDescription`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const TagDescription = Schema.Struct({
  Key: Schema.optionalKey(Schema.String),
  ResourceId: Schema.optionalKey(Schema.String),
  ResourceType: Schema.optionalKey(ResourceType),
  Value: Schema.optionalKey(Schema.String)
})
/**
 * AWS `TagDescription`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface TagDescription extends TypeOf<typeof TagDescription> {}

/**
 * AWS `DescribeTagsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeTagsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(TagDescription))
})
/**
 * AWS `DescribeTagsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeTagsResult extends TypeOf<typeof DescribeTagsResult> {}

/**
 * AWS `DescribeAvailabilityZonesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeAvailabilityZonesRequest = Schema.Struct({
  ZoneNames: Schema.optionalKey(Schema.Array(Schema.String)),
  ZoneIds: Schema.optionalKey(Schema.Array(Schema.String)),
  AllAvailabilityZones: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeAvailabilityZonesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeAvailabilityZonesRequest extends TypeOf<typeof DescribeAvailabilityZonesRequest> {}

/**
 * AWS `AvailabilityZoneMessage`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AvailabilityZoneMessage = Schema.Struct({
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AvailabilityZoneMessage`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AvailabilityZoneMessage extends TypeOf<typeof AvailabilityZoneMessage> {}

/**
 * AWS `AvailabilityZoneGeography`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AvailabilityZoneGeography = Schema.Struct({
  Name: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AvailabilityZoneGeography`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AvailabilityZoneGeography extends TypeOf<typeof AvailabilityZoneGeography> {}

/**
 * AWS `AvailabilityZoneSubGeography`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AvailabilityZoneSubGeography = Schema.Struct({
  Name: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AvailabilityZoneSubGeography`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AvailabilityZoneSubGeography extends TypeOf<typeof AvailabilityZoneSubGeography> {}

/**
 * AWS `AvailabilityZone`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AvailabilityZone = Schema.Struct({
  OptInStatus: Schema.optionalKey(AvailabilityZoneOptInStatus),
  Messages: Schema.optionalKey(Schema.Array(AvailabilityZoneMessage)),
  RegionName: Schema.optionalKey(Schema.String),
  ZoneName: Schema.optionalKey(Schema.String),
  ZoneId: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  NetworkBorderGroup: Schema.optionalKey(Schema.String),
  ZoneType: Schema.optionalKey(Schema.String),
  ParentZoneName: Schema.optionalKey(Schema.String),
  ParentZoneId: Schema.optionalKey(Schema.String),
  GroupLongName: Schema.optionalKey(Schema.String),
  Geography: Schema.optionalKey(Schema.Array(AvailabilityZoneGeography)),
  SubGeography: Schema.optionalKey(Schema.Array(AvailabilityZoneSubGeography)),
  State: Schema.optionalKey(AvailabilityZoneState)
})
/**
 * AWS `AvailabilityZone`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AvailabilityZone extends TypeOf<typeof AvailabilityZone> {}

/**
 * AWS `DescribeAvailabilityZonesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeAvailabilityZonesResult = Schema.Struct({
  AvailabilityZones: Schema.optionalKey(Schema.Array(AvailabilityZone))
})
/**
 * AWS `DescribeAvailabilityZonesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeAvailabilityZonesResult extends TypeOf<typeof DescribeAvailabilityZonesResult> {}

/**
 * AWS `DescribeRegionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeRegionsRequest = Schema.Struct({
  RegionNames: Schema.optionalKey(Schema.Array(Schema.String)),
  AllRegions: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeRegionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeRegionsRequest extends TypeOf<typeof DescribeRegionsRequest> {}

/**
 * AWS `RegionGeography`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const RegionGeography = Schema.Struct({
  Name: Schema.optionalKey(Schema.String)
})
/**
 * AWS `RegionGeography`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface RegionGeography extends TypeOf<typeof RegionGeography> {}

/**
 * AWS `Region`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Region = Schema.Struct({
  OptInStatus: Schema.optionalKey(Schema.String),
  Geography: Schema.optionalKey(Schema.Array(RegionGeography)),
  RegionName: Schema.optionalKey(Schema.String),
  Endpoint: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Region`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Region extends TypeOf<typeof Region> {}

/**
 * AWS `DescribeRegionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeRegionsResult = Schema.Struct({
  Regions: Schema.optionalKey(Schema.Array(Region))
})
/**
 * AWS `DescribeRegionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeRegionsResult extends TypeOf<typeof DescribeRegionsResult> {}

/**
 * AWS `AssociateIamInstanceProfileRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AssociateIamInstanceProfileRequest = Schema.Struct({
  IamInstanceProfile: IamInstanceProfileSpecification,
  InstanceId: Identifier.InstanceId
})
/**
 * AWS `AssociateIamInstanceProfileRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AssociateIamInstanceProfileRequest extends TypeOf<typeof AssociateIamInstanceProfileRequest> {}

/**
 * AWS `IamInstanceProfileAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const IamInstanceProfileAssociation = Schema.Struct({
  AssociationId: Schema.optionalKey(Schema.String),
  InstanceId: Schema.optionalKey(Schema.String),
  IamInstanceProfile: Schema.optionalKey(IamInstanceProfile),
  State: Schema.optionalKey(IamInstanceProfileAssociationState),
  Timestamp: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `IamInstanceProfileAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface IamInstanceProfileAssociation extends TypeOf<typeof IamInstanceProfileAssociation> {}

/**
 * AWS `AssociateIamInstanceProfileResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AssociateIamInstanceProfileResult = Schema.Struct({
  IamInstanceProfileAssociation: Schema.optionalKey(IamInstanceProfileAssociation)
})
/**
 * AWS `AssociateIamInstanceProfileResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AssociateIamInstanceProfileResult extends TypeOf<typeof AssociateIamInstanceProfileResult> {}

/**
 * AWS `DescribeIamInstanceProfileAssociationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeIamInstanceProfileAssociationsRequest = Schema.Struct({
  AssociationIds: Schema.optionalKey(Schema.Array(Schema.String)),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeIamInstanceProfileAssociationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeIamInstanceProfileAssociationsRequest extends TypeOf<typeof DescribeIamInstanceProfileAssociationsRequest> {}

/**
 * AWS `DescribeIamInstanceProfileAssociationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeIamInstanceProfileAssociationsResult = Schema.Struct({
  IamInstanceProfileAssociations: Schema.optionalKey(Schema.Array(IamInstanceProfileAssociation)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeIamInstanceProfileAssociationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeIamInstanceProfileAssociationsResult extends TypeOf<typeof DescribeIamInstanceProfileAssociationsResult> {}

/**
 * AWS `ReplaceIamInstanceProfileAssociationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ReplaceIamInstanceProfileAssociationRequest = Schema.Struct({
  IamInstanceProfile: IamInstanceProfileSpecification,
  AssociationId: Schema.String
})
/**
 * AWS `ReplaceIamInstanceProfileAssociationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ReplaceIamInstanceProfileAssociationRequest extends TypeOf<typeof ReplaceIamInstanceProfileAssociationRequest> {}

/**
 * AWS `ReplaceIamInstanceProfileAssociationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ReplaceIamInstanceProfileAssociationResult = Schema.Struct({
  IamInstanceProfileAssociation: Schema.optionalKey(IamInstanceProfileAssociation)
})
/**
 * AWS `ReplaceIamInstanceProfileAssociationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ReplaceIamInstanceProfileAssociationResult extends TypeOf<typeof ReplaceIamInstanceProfileAssociationResult> {}

/**
 * AWS `DisassociateIamInstanceProfileRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DisassociateIamInstanceProfileRequest = Schema.Struct({
  AssociationId: Schema.String
})
/**
 * AWS `DisassociateIamInstanceProfileRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DisassociateIamInstanceProfileRequest extends TypeOf<typeof DisassociateIamInstanceProfileRequest> {}

/**
 * AWS `DisassociateIamInstanceProfileResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DisassociateIamInstanceProfileResult = Schema.Struct({
  IamInstanceProfileAssociation: Schema.optionalKey(IamInstanceProfileAssociation)
})
/**
 * AWS `DisassociateIamInstanceProfileResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DisassociateIamInstanceProfileResult extends TypeOf<typeof DisassociateIamInstanceProfileResult> {}

/**
 * AWS `VpcEncryptionControlConfiguration`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const VpcEncryptionControlConfiguration = Schema.Struct({
  Mode: VpcEncryptionControlMode,
  InternetGatewayExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  EgressOnlyInternetGatewayExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  NatGatewayExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  VirtualPrivateGatewayExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  VpcPeeringExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  LambdaExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  VpcLatticeExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  ElasticFileSystemExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  GlobalAcceleratorExclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput),
  ApiGatewayV2Exclusion: Schema.optionalKey(VpcEncryptionControlExclusionStateInput)
})
/**
 * AWS `VpcEncryptionControlConfiguration`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface VpcEncryptionControlConfiguration extends TypeOf<typeof VpcEncryptionControlConfiguration> {}

/**
 * AWS `CreateVpcRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateVpcRequest = Schema.Struct({
  CidrBlock: Schema.optionalKey(Schema.String),
  Ipv6Pool: Schema.optionalKey(Schema.String),
  Ipv6CidrBlock: Schema.optionalKey(Schema.String),
  Ipv4IpamPoolId: Schema.optionalKey(Schema.String),
  Ipv4NetmaskLength: Schema.optionalKey(Schema.Number),
  Ipv6IpamPoolId: Schema.optionalKey(Schema.String),
  Ipv6NetmaskLength: Schema.optionalKey(Schema.Number),
  Ipv6CidrBlockNetworkBorderGroup: Schema.optionalKey(Schema.String),
  VpcEncryptionControl: Schema.optionalKey(VpcEncryptionControlConfiguration),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  InstanceTenancy: Schema.optionalKey(Tenancy),
  AmazonProvidedIpv6CidrBlock: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateVpcRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateVpcRequest extends TypeOf<typeof CreateVpcRequest> {}

/**
 * AWS `VpcCidrBlockState`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VpcCidrBlockState = Schema.Struct({
  State: Schema.optionalKey(VpcCidrBlockStateCode),
  StatusMessage: Schema.optionalKey(Schema.String)
})
/**
 * AWS `VpcCidrBlockState`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VpcCidrBlockState extends TypeOf<typeof VpcCidrBlockState> {}

/**
 * AWS `VpcIpv6CidrBlockAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VpcIpv6CidrBlockAssociation = Schema.Struct({
  AssociationId: Schema.optionalKey(Schema.String),
  Ipv6CidrBlock: Schema.optionalKey(Schema.String),
  Ipv6CidrBlockState: Schema.optionalKey(VpcCidrBlockState),
  NetworkBorderGroup: Schema.optionalKey(Schema.String),
  Ipv6Pool: Schema.optionalKey(Schema.String),
  Ipv6AddressAttribute: Schema.optionalKey(Ipv6AddressAttribute),
  IpSource: Schema.optionalKey(IpSource)
})
/**
 * AWS `VpcIpv6CidrBlockAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VpcIpv6CidrBlockAssociation extends TypeOf<typeof VpcIpv6CidrBlockAssociation> {}

/**
 * AWS `VpcCidrBlockAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VpcCidrBlockAssociation = Schema.Struct({
  AssociationId: Schema.optionalKey(Schema.String),
  CidrBlock: Schema.optionalKey(Schema.String),
  CidrBlockState: Schema.optionalKey(VpcCidrBlockState)
})
/**
 * AWS `VpcCidrBlockAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VpcCidrBlockAssociation extends TypeOf<typeof VpcCidrBlockAssociation> {}

/**
 * AWS `VpcEncryptionControlExclusion`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VpcEncryptionControlExclusion = Schema.Struct({
  State: Schema.optionalKey(VpcEncryptionControlExclusionState),
  StateMessage: Schema.optionalKey(Schema.String)
})
/**
 * AWS `VpcEncryptionControlExclusion`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VpcEncryptionControlExclusion extends TypeOf<typeof VpcEncryptionControlExclusion> {}

/**
 * AWS `VpcEncryptionControlExclusions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VpcEncryptionControlExclusions = Schema.Struct({
  InternetGateway: Schema.optionalKey(VpcEncryptionControlExclusion),
  EgressOnlyInternetGateway: Schema.optionalKey(VpcEncryptionControlExclusion),
  NatGateway: Schema.optionalKey(VpcEncryptionControlExclusion),
  VirtualPrivateGateway: Schema.optionalKey(VpcEncryptionControlExclusion),
  VpcPeering: Schema.optionalKey(VpcEncryptionControlExclusion),
  Lambda: Schema.optionalKey(VpcEncryptionControlExclusion),
  VpcLattice: Schema.optionalKey(VpcEncryptionControlExclusion),
  ElasticFileSystem: Schema.optionalKey(VpcEncryptionControlExclusion),
  GlobalAccelerator: Schema.optionalKey(VpcEncryptionControlExclusion),
  ApiGatewayV2: Schema.optionalKey(VpcEncryptionControlExclusion)
})
/**
 * AWS `VpcEncryptionControlExclusions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VpcEncryptionControlExclusions extends TypeOf<typeof VpcEncryptionControlExclusions> {}

/**
 * AWS `VpcEncryptionControl`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VpcEncryptionControl = Schema.Struct({
  VpcId: Schema.optionalKey(Schema.String),
  VpcEncryptionControlId: Schema.optionalKey(Schema.String),
  Mode: Schema.optionalKey(VpcEncryptionControlMode),
  State: Schema.optionalKey(VpcEncryptionControlState),
  StateMessage: Schema.optionalKey(Schema.String),
  ResourceExclusions: Schema.optionalKey(VpcEncryptionControlExclusions),
  Tags: Schema.optionalKey(Schema.Array(Tag))
})
/**
 * AWS `VpcEncryptionControl`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VpcEncryptionControl extends TypeOf<typeof VpcEncryptionControl> {}

/**
 * AWS `BlockPublicAccessStates`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const BlockPublicAccessStates = Schema.Struct({
  InternetGatewayBlockMode: Schema.optionalKey(BlockPublicAccessMode)
})
/**
 * AWS `BlockPublicAccessStates`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface BlockPublicAccessStates extends TypeOf<typeof BlockPublicAccessStates> {}

/**
 * AWS `Vpc`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Vpc = Schema.Struct({
  OwnerId: Schema.optionalKey(Schema.String),
  InstanceTenancy: Schema.optionalKey(Tenancy),
  Ipv6CidrBlockAssociationSet: Schema.optionalKey(Schema.Array(VpcIpv6CidrBlockAssociation)),
  CidrBlockAssociationSet: Schema.optionalKey(Schema.Array(VpcCidrBlockAssociation)),
  IsDefault: Schema.optionalKey(Schema.Boolean),
  EncryptionControl: Schema.optionalKey(VpcEncryptionControl),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  BlockPublicAccessStates: Schema.optionalKey(BlockPublicAccessStates),
  VpcId: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(VpcState),
  CidrBlock: Schema.optionalKey(Schema.String),
  DhcpOptionsId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Vpc`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Vpc extends TypeOf<typeof Vpc> {}

/**
 * AWS `CreateVpcResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateVpcResult = Schema.Struct({
  Vpc: Schema.optionalKey(Vpc)
})
/**
 * AWS `CreateVpcResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateVpcResult extends TypeOf<typeof CreateVpcResult> {}

/**
 * AWS `DescribeVpcsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeVpcsRequest = Schema.Struct({
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  VpcIds: Schema.optionalKey(Schema.Array(Identifier.VpcId)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeVpcsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeVpcsRequest extends TypeOf<typeof DescribeVpcsRequest> {}

/**
 * AWS `DescribeVpcsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeVpcsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Vpcs: Schema.optionalKey(Schema.Array(Vpc))
})
/**
 * AWS `DescribeVpcsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeVpcsResult extends TypeOf<typeof DescribeVpcsResult> {}

/**
 * AWS `DeleteVpcRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteVpcRequest = Schema.Struct({
  VpcId: Identifier.VpcId,
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DeleteVpcRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteVpcRequest extends TypeOf<typeof DeleteVpcRequest> {}

/**
 * AWS `ModifyVpcAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyVpcAttributeRequest = Schema.Struct({
  EnableDnsHostnames: Schema.optionalKey(AttributeBooleanValue),
  EnableDnsSupport: Schema.optionalKey(AttributeBooleanValue),
  VpcId: Identifier.VpcId,
  EnableNetworkAddressUsageMetrics: Schema.optionalKey(AttributeBooleanValue)
})
/**
 * AWS `ModifyVpcAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyVpcAttributeRequest extends TypeOf<typeof ModifyVpcAttributeRequest> {}

/**
 * AWS `DescribeVpcAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeVpcAttributeRequest = Schema.Struct({
  Attribute: VpcAttributeName,
  VpcId: Identifier.VpcId,
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeVpcAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeVpcAttributeRequest extends TypeOf<typeof DescribeVpcAttributeRequest> {}

/**
 * AWS `DescribeVpcAttributeResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeVpcAttributeResult = Schema.Struct({
  EnableDnsHostnames: Schema.optionalKey(AttributeBooleanValue),
  EnableDnsSupport: Schema.optionalKey(AttributeBooleanValue),
  EnableNetworkAddressUsageMetrics: Schema.optionalKey(AttributeBooleanValue),
  VpcId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeVpcAttributeResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeVpcAttributeResult extends TypeOf<typeof DescribeVpcAttributeResult> {}

/**
 * AWS `CreateDefaultVpcRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateDefaultVpcRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateDefaultVpcRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateDefaultVpcRequest extends TypeOf<typeof CreateDefaultVpcRequest> {}

/**
 * AWS `CreateDefaultVpcResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateDefaultVpcResult = Schema.Struct({
  Vpc: Schema.optionalKey(Vpc)
})
/**
 * AWS `CreateDefaultVpcResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateDefaultVpcResult extends TypeOf<typeof CreateDefaultVpcResult> {}

/**
 * AWS `DescribeAccountAttributesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeAccountAttributesRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  AttributeNames: Schema.optionalKey(Schema.Array(AccountAttributeName))
})
/**
 * AWS `DescribeAccountAttributesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeAccountAttributesRequest extends TypeOf<typeof DescribeAccountAttributesRequest> {}

/**
 * AWS `AccountAttributeValue`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AccountAttributeValue = Schema.Struct({
  AttributeValue: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AccountAttributeValue`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AccountAttributeValue extends TypeOf<typeof AccountAttributeValue> {}

/**
 * AWS `AccountAttribute`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AccountAttribute = Schema.Struct({
  AttributeName: Schema.optionalKey(Schema.String),
  AttributeValues: Schema.optionalKey(Schema.Array(AccountAttributeValue))
})
/**
 * AWS `AccountAttribute`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AccountAttribute extends TypeOf<typeof AccountAttribute> {}

/**
 * AWS `DescribeAccountAttributesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeAccountAttributesResult = Schema.Struct({
  AccountAttributes: Schema.optionalKey(Schema.Array(AccountAttribute))
})
/**
 * AWS `DescribeAccountAttributesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeAccountAttributesResult extends TypeOf<typeof DescribeAccountAttributesResult> {}

/**
 * AWS `CreateSubnetRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateSubnetRequest = Schema.Struct({
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  CidrBlock: Schema.optionalKey(Schema.String),
  Ipv6CidrBlock: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  VpcId: Identifier.VpcId,
  Ipv6Native: Schema.optionalKey(Schema.Boolean),
  Ipv4IpamPoolId: Schema.optionalKey(Schema.String),
  Ipv4NetmaskLength: Schema.optionalKey(Schema.Number),
  Ipv6IpamPoolId: Schema.optionalKey(Schema.String),
  Ipv6NetmaskLength: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateSubnetRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateSubnetRequest extends TypeOf<typeof CreateSubnetRequest> {}

/**
 * AWS `SubnetCidrBlockState`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SubnetCidrBlockState = Schema.Struct({
  State: Schema.optionalKey(SubnetCidrBlockStateCode),
  StatusMessage: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SubnetCidrBlockState`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SubnetCidrBlockState extends TypeOf<typeof SubnetCidrBlockState> {}

/**
 * AWS `SubnetIpv6CidrBlockAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SubnetIpv6CidrBlockAssociation = Schema.Struct({
  AssociationId: Schema.optionalKey(Schema.String),
  Ipv6CidrBlock: Schema.optionalKey(Schema.String),
  Ipv6CidrBlockState: Schema.optionalKey(SubnetCidrBlockState),
  Ipv6AddressAttribute: Schema.optionalKey(Ipv6AddressAttribute),
  IpSource: Schema.optionalKey(IpSource)
})
/**
 * AWS `SubnetIpv6CidrBlockAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SubnetIpv6CidrBlockAssociation extends TypeOf<typeof SubnetIpv6CidrBlockAssociation> {}

/**
 * AWS `PrivateDnsNameOptionsOnLaunch`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PrivateDnsNameOptionsOnLaunch = Schema.Struct({
  HostnameType: Schema.optionalKey(HostnameType),
  EnableResourceNameDnsARecord: Schema.optionalKey(Schema.Boolean),
  EnableResourceNameDnsAAAARecord: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `PrivateDnsNameOptionsOnLaunch`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PrivateDnsNameOptionsOnLaunch extends TypeOf<typeof PrivateDnsNameOptionsOnLaunch> {}

/**
 * AWS `Subnet`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Subnet = Schema.Struct({
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  EnableLniAtDeviceIndex: Schema.optionalKey(Schema.Number),
  MapCustomerOwnedIpOnLaunch: Schema.optionalKey(Schema.Boolean),
  CustomerOwnedIpv4Pool: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  AssignIpv6AddressOnCreation: Schema.optionalKey(Schema.Boolean),
  Ipv6CidrBlockAssociationSet: Schema.optionalKey(Schema.Array(SubnetIpv6CidrBlockAssociation)),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  SubnetArn: Schema.optionalKey(Schema.String),
  OutpostArn: Schema.optionalKey(Schema.String),
  EnableDns64: Schema.optionalKey(Schema.Boolean),
  Ipv6Native: Schema.optionalKey(Schema.Boolean),
  PrivateDnsNameOptionsOnLaunch: Schema.optionalKey(PrivateDnsNameOptionsOnLaunch),
  BlockPublicAccessStates: Schema.optionalKey(BlockPublicAccessStates),
  Type: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(SubnetState),
  VpcId: Schema.optionalKey(Schema.String),
  CidrBlock: Schema.optionalKey(Schema.String),
  AvailableIpAddressCount: Schema.optionalKey(Schema.Number),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  DefaultForAz: Schema.optionalKey(Schema.Boolean),
  MapPublicIpOnLaunch: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `Subnet`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Subnet extends TypeOf<typeof Subnet> {}

/**
 * AWS `CreateSubnetResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateSubnetResult = Schema.Struct({
  Subnet: Schema.optionalKey(Subnet)
})
/**
 * AWS `CreateSubnetResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateSubnetResult extends TypeOf<typeof CreateSubnetResult> {}

/**
 * AWS `DescribeSubnetsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeSubnetsRequest = Schema.Struct({
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  SubnetIds: Schema.optionalKey(Schema.Array(Identifier.SubnetId)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeSubnetsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeSubnetsRequest extends TypeOf<typeof DescribeSubnetsRequest> {}

/**
 * AWS `DescribeSubnetsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeSubnetsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Subnets: Schema.optionalKey(Schema.Array(Subnet))
})
/**
 * AWS `DescribeSubnetsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeSubnetsResult extends TypeOf<typeof DescribeSubnetsResult> {}

/**
 * AWS `DeleteSubnetRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteSubnetRequest = Schema.Struct({
  SubnetId: Identifier.SubnetId,
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DeleteSubnetRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteSubnetRequest extends TypeOf<typeof DeleteSubnetRequest> {}

/**
 * AWS `ModifySubnetAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifySubnetAttributeRequest = Schema.Struct({
  AssignIpv6AddressOnCreation: Schema.optionalKey(AttributeBooleanValue),
  MapPublicIpOnLaunch: Schema.optionalKey(AttributeBooleanValue),
  SubnetId: Identifier.SubnetId,
  MapCustomerOwnedIpOnLaunch: Schema.optionalKey(AttributeBooleanValue),
  CustomerOwnedIpv4Pool: Schema.optionalKey(Schema.String),
  EnableDns64: Schema.optionalKey(AttributeBooleanValue),
  PrivateDnsHostnameTypeOnLaunch: Schema.optionalKey(HostnameType),
  EnableResourceNameDnsARecordOnLaunch: Schema.optionalKey(AttributeBooleanValue),
  EnableResourceNameDnsAAAARecordOnLaunch: Schema.optionalKey(AttributeBooleanValue),
  EnableLniAtDeviceIndex: Schema.optionalKey(Schema.Number),
  DisableLniAtDeviceIndex: Schema.optionalKey(AttributeBooleanValue)
})
/**
 * AWS `ModifySubnetAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifySubnetAttributeRequest extends TypeOf<typeof ModifySubnetAttributeRequest> {}

/**
 * AWS `CreateInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateInternetGatewayRequest = Schema.Struct({
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateInternetGatewayRequest extends TypeOf<typeof CreateInternetGatewayRequest> {}

/**
 * AWS `InternetGatewayAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InternetGatewayAttachment = Schema.Struct({
  State: Schema.optionalKey(AttachmentStatus),
  VpcId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InternetGatewayAttachment`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InternetGatewayAttachment extends TypeOf<typeof InternetGatewayAttachment> {}

/**
 * AWS `InternetGateway`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InternetGateway = Schema.Struct({
  Attachments: Schema.optionalKey(Schema.Array(InternetGatewayAttachment)),
  InternetGatewayId: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag))
})
/**
 * AWS `InternetGateway`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InternetGateway extends TypeOf<typeof InternetGateway> {}

/**
 * AWS `CreateInternetGatewayResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateInternetGatewayResult = Schema.Struct({
  InternetGateway: Schema.optionalKey(InternetGateway)
})
/**
 * AWS `CreateInternetGatewayResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateInternetGatewayResult extends TypeOf<typeof CreateInternetGatewayResult> {}

/**
 * AWS `AttachInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AttachInternetGatewayRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  InternetGatewayId: Identifier.InternetGatewayId,
  VpcId: Identifier.VpcId
})
/**
 * AWS `AttachInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AttachInternetGatewayRequest extends TypeOf<typeof AttachInternetGatewayRequest> {}

/**
 * AWS `DetachInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DetachInternetGatewayRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  InternetGatewayId: Identifier.InternetGatewayId,
  VpcId: Identifier.VpcId
})
/**
 * AWS `DetachInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DetachInternetGatewayRequest extends TypeOf<typeof DetachInternetGatewayRequest> {}

/**
 * AWS `DeleteInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteInternetGatewayRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  InternetGatewayId: Identifier.InternetGatewayId
})
/**
 * AWS `DeleteInternetGatewayRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteInternetGatewayRequest extends TypeOf<typeof DeleteInternetGatewayRequest> {}

/**
 * AWS `DescribeInternetGatewaysRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeInternetGatewaysRequest = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean),
  InternetGatewayIds: Schema.optionalKey(Schema.Array(Identifier.InternetGatewayId)),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeInternetGatewaysRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeInternetGatewaysRequest extends TypeOf<typeof DescribeInternetGatewaysRequest> {}

/**
 * AWS `DescribeInternetGatewaysResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeInternetGatewaysResult = Schema.Struct({
  InternetGateways: Schema.optionalKey(Schema.Array(InternetGateway)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeInternetGatewaysResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeInternetGatewaysResult extends TypeOf<typeof DescribeInternetGatewaysResult> {}

/**
 * AWS `CreateRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateRouteTableRequest = Schema.Struct({
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  ClientToken: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  VpcId: Identifier.VpcId
})
/**
 * AWS `CreateRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateRouteTableRequest extends TypeOf<typeof CreateRouteTableRequest> {}

/**
 * AWS `RouteTableAssociationState`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const RouteTableAssociationState = Schema.Struct({
  State: Schema.optionalKey(RouteTableAssociationStateCode),
  StatusMessage: Schema.optionalKey(Schema.String)
})
/**
 * AWS `RouteTableAssociationState`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface RouteTableAssociationState extends TypeOf<typeof RouteTableAssociationState> {}

/**
 * AWS `RouteTableAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const RouteTableAssociation = Schema.Struct({
  Main: Schema.optionalKey(Schema.Boolean),
  RouteTableAssociationId: Schema.optionalKey(Schema.String),
  RouteTableId: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Schema.String),
  GatewayId: Schema.optionalKey(Schema.String),
  PublicIpv4Pool: Schema.optionalKey(Schema.String),
  AssociationState: Schema.optionalKey(RouteTableAssociationState)
})
/**
 * AWS `RouteTableAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface RouteTableAssociation extends TypeOf<typeof RouteTableAssociation> {}

/**
 * AWS `PropagatingVgw`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PropagatingVgw = Schema.Struct({
  GatewayId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PropagatingVgw`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PropagatingVgw extends TypeOf<typeof PropagatingVgw> {}

/**
 * AWS `Route`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Route = Schema.Struct({
  DestinationCidrBlock: Schema.optionalKey(Schema.String),
  DestinationIpv6CidrBlock: Schema.optionalKey(Schema.String),
  DestinationPrefixListId: Schema.optionalKey(Schema.String),
  EgressOnlyInternetGatewayId: Schema.optionalKey(Schema.String),
  GatewayId: Schema.optionalKey(Schema.String),
  InstanceId: Schema.optionalKey(Schema.String),
  InstanceOwnerId: Schema.optionalKey(Schema.String),
  NatGatewayId: Schema.optionalKey(Schema.String),
  TransitGatewayId: Schema.optionalKey(Schema.String),
  LocalGatewayId: Schema.optionalKey(Schema.String),
  CarrierGatewayId: Schema.optionalKey(Schema.String),
  NetworkInterfaceId: Schema.optionalKey(Schema.String),
  Origin: Schema.optionalKey(RouteOrigin),
  State: Schema.optionalKey(RouteState),
  VpcPeeringConnectionId: Schema.optionalKey(Schema.String),
  CoreNetworkArn: Schema.optionalKey(Schema.String),
  OdbNetworkArn: Schema.optionalKey(Schema.String),
  IpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Route`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Route extends TypeOf<typeof Route> {}

/**
 * AWS `RouteTable`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const RouteTable = Schema.Struct({
  Associations: Schema.optionalKey(Schema.Array(RouteTableAssociation)),
  PropagatingVgws: Schema.optionalKey(Schema.Array(PropagatingVgw)),
  RouteTableId: Schema.optionalKey(Schema.String),
  Routes: Schema.optionalKey(Schema.Array(Route)),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  VpcId: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `RouteTable`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface RouteTable extends TypeOf<typeof RouteTable> {}

/**
 * AWS `CreateRouteTableResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateRouteTableResult = Schema.Struct({
  RouteTable: Schema.optionalKey(RouteTable),
  ClientToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateRouteTableResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateRouteTableResult extends TypeOf<typeof CreateRouteTableResult> {}

/**
 * AWS `DeleteRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteRouteTableRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  RouteTableId: Identifier.RouteTableId
})
/**
 * AWS `DeleteRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteRouteTableRequest extends TypeOf<typeof DeleteRouteTableRequest> {}

/**
 * AWS `DescribeRouteTablesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeRouteTablesRequest = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean),
  RouteTableIds: Schema.optionalKey(Schema.Array(Identifier.RouteTableId)),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeRouteTablesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeRouteTablesRequest extends TypeOf<typeof DescribeRouteTablesRequest> {}

/**
 * AWS `DescribeRouteTablesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeRouteTablesResult = Schema.Struct({
  RouteTables: Schema.optionalKey(Schema.Array(RouteTable)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeRouteTablesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeRouteTablesResult extends TypeOf<typeof DescribeRouteTablesResult> {}

/**
 * AWS `CreateRouteRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateRouteRequest = Schema.Struct({
  DestinationPrefixListId: Schema.optionalKey(Schema.String),
  VpcEndpointId: Schema.optionalKey(Schema.String),
  TransitGatewayId: Schema.optionalKey(Schema.String),
  LocalGatewayId: Schema.optionalKey(Schema.String),
  CarrierGatewayId: Schema.optionalKey(Schema.String),
  CoreNetworkArn: Schema.optionalKey(Schema.String),
  OdbNetworkArn: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  RouteTableId: Identifier.RouteTableId,
  DestinationCidrBlock: Schema.optionalKey(Schema.String),
  GatewayId: Schema.optionalKey(Schema.String),
  DestinationIpv6CidrBlock: Schema.optionalKey(Schema.String),
  EgressOnlyInternetGatewayId: Schema.optionalKey(Schema.String),
  InstanceId: Schema.optionalKey(Identifier.InstanceId),
  NetworkInterfaceId: Schema.optionalKey(Identifier.NetworkInterfaceId),
  VpcPeeringConnectionId: Schema.optionalKey(Schema.String),
  NatGatewayId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateRouteRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateRouteRequest extends TypeOf<typeof CreateRouteRequest> {}

/**
 * AWS `CreateRouteResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateRouteResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateRouteResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateRouteResult extends TypeOf<typeof CreateRouteResult> {}

/**
 * AWS `DeleteRouteRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteRouteRequest = Schema.Struct({
  DestinationPrefixListId: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  RouteTableId: Identifier.RouteTableId,
  DestinationCidrBlock: Schema.optionalKey(Schema.String),
  DestinationIpv6CidrBlock: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DeleteRouteRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteRouteRequest extends TypeOf<typeof DeleteRouteRequest> {}

/**
 * AWS `ReplaceRouteRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ReplaceRouteRequest = Schema.Struct({
  DestinationPrefixListId: Schema.optionalKey(Schema.String),
  VpcEndpointId: Schema.optionalKey(Schema.String),
  LocalTarget: Schema.optionalKey(Schema.Boolean),
  TransitGatewayId: Schema.optionalKey(Schema.String),
  LocalGatewayId: Schema.optionalKey(Schema.String),
  CarrierGatewayId: Schema.optionalKey(Schema.String),
  CoreNetworkArn: Schema.optionalKey(Schema.String),
  OdbNetworkArn: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  RouteTableId: Identifier.RouteTableId,
  DestinationCidrBlock: Schema.optionalKey(Schema.String),
  GatewayId: Schema.optionalKey(Schema.String),
  DestinationIpv6CidrBlock: Schema.optionalKey(Schema.String),
  EgressOnlyInternetGatewayId: Schema.optionalKey(Schema.String),
  InstanceId: Schema.optionalKey(Identifier.InstanceId),
  NetworkInterfaceId: Schema.optionalKey(Identifier.NetworkInterfaceId),
  VpcPeeringConnectionId: Schema.optionalKey(Schema.String),
  NatGatewayId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ReplaceRouteRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ReplaceRouteRequest extends TypeOf<typeof ReplaceRouteRequest> {}

/**
 * AWS `AssociateRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AssociateRouteTableRequest = Schema.Struct({
  GatewayId: Schema.optionalKey(Schema.String),
  PublicIpv4Pool: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  SubnetId: Schema.optionalKey(Identifier.SubnetId),
  RouteTableId: Identifier.RouteTableId
})
/**
 * AWS `AssociateRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AssociateRouteTableRequest extends TypeOf<typeof AssociateRouteTableRequest> {}

/**
 * AWS `AssociateRouteTableResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AssociateRouteTableResult = Schema.Struct({
  AssociationId: Schema.optionalKey(Schema.String),
  AssociationState: Schema.optionalKey(RouteTableAssociationState)
})
/**
 * AWS `AssociateRouteTableResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AssociateRouteTableResult extends TypeOf<typeof AssociateRouteTableResult> {}

/**
 * AWS `DisassociateRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DisassociateRouteTableRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  AssociationId: Identifier.RouteTableAssociationId
})
/**
 * AWS `DisassociateRouteTableRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DisassociateRouteTableRequest extends TypeOf<typeof DisassociateRouteTableRequest> {}

/**
 * AWS `DescribeNetworkAclsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeNetworkAclsRequest = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean),
  NetworkAclIds: Schema.optionalKey(Schema.Array(Identifier.NetworkAclId)),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeNetworkAclsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeNetworkAclsRequest extends TypeOf<typeof DescribeNetworkAclsRequest> {}

/**
 * AWS `NetworkAclAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkAclAssociation = Schema.Struct({
  NetworkAclAssociationId: Schema.optionalKey(Schema.String),
  NetworkAclId: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `NetworkAclAssociation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkAclAssociation extends TypeOf<typeof NetworkAclAssociation> {}

/**
 * AWS `IcmpTypeCode`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const IcmpTypeCode = Schema.Struct({
  Code: Schema.optionalKey(Schema.Number),
  Type: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `IcmpTypeCode`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface IcmpTypeCode extends TypeOf<typeof IcmpTypeCode> {}

/**
 * AWS `PortRange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PortRange = Schema.Struct({
  From: Schema.optionalKey(Schema.Number),
  To: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `PortRange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PortRange extends TypeOf<typeof PortRange> {}

/**
 * AWS `NetworkAclEntry`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkAclEntry = Schema.Struct({
  CidrBlock: Schema.optionalKey(Schema.String),
  Egress: Schema.optionalKey(Schema.Boolean),
  IcmpTypeCode: Schema.optionalKey(IcmpTypeCode),
  Ipv6CidrBlock: Schema.optionalKey(Schema.String),
  PortRange: Schema.optionalKey(PortRange),
  Protocol: Schema.optionalKey(Schema.String),
  RuleAction: Schema.optionalKey(RuleAction),
  RuleNumber: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NetworkAclEntry`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkAclEntry extends TypeOf<typeof NetworkAclEntry> {}

/**
 * AWS `NetworkAcl`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkAcl = Schema.Struct({
  Associations: Schema.optionalKey(Schema.Array(NetworkAclAssociation)),
  Entries: Schema.optionalKey(Schema.Array(NetworkAclEntry)),
  IsDefault: Schema.optionalKey(Schema.Boolean),
  NetworkAclId: Schema.optionalKey(Schema.String),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  VpcId: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `NetworkAcl`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkAcl extends TypeOf<typeof NetworkAcl> {}

/**
 * AWS `DescribeNetworkAclsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeNetworkAclsResult = Schema.Struct({
  NetworkAcls: Schema.optionalKey(Schema.Array(NetworkAcl)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeNetworkAclsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeNetworkAclsResult extends TypeOf<typeof DescribeNetworkAclsResult> {}

/**
 * AWS `CreateNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateNetworkInterfaceRequest = Schema.Struct({
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Ipv4PrefixSpecificationRequest)),
  Ipv4PrefixCount: Schema.optionalKey(Schema.Number),
  Ipv6Prefixes: Schema.optionalKey(Schema.Array(Ipv6PrefixSpecificationRequest)),
  Ipv6PrefixCount: Schema.optionalKey(Schema.Number),
  InterfaceType: Schema.optionalKey(NetworkInterfaceCreationType),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  ClientToken: Schema.optionalKey(Schema.String),
  EnablePrimaryIpv6: Schema.optionalKey(Schema.Boolean),
  ConnectionTrackingSpecification: Schema.optionalKey(ConnectionTrackingSpecificationRequest),
  Operator: Schema.optionalKey(OperatorRequest),
  SubnetId: Identifier.SubnetId,
  Description: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  Groups: Schema.optionalKey(Schema.Array(Schema.String)),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(PrivateIpAddressSpecification)),
  SecondaryPrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(InstanceIpv6Address)),
  Ipv6AddressCount: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateNetworkInterfaceRequest extends TypeOf<typeof CreateNetworkInterfaceRequest> {}

/**
 * AWS `CreateNetworkInterfaceResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateNetworkInterfaceResult = Schema.Struct({
  NetworkInterface: Schema.optionalKey(NetworkInterface),
  ClientToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateNetworkInterfaceResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateNetworkInterfaceResult extends TypeOf<typeof CreateNetworkInterfaceResult> {}

/**
 * AWS `EnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const EnaSrdUdpSpecification = Schema.Struct({
  EnaSrdUdpEnabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `EnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface EnaSrdUdpSpecification extends TypeOf<typeof EnaSrdUdpSpecification> {}

/**
 * AWS `EnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const EnaSrdSpecification = Schema.Struct({
  EnaSrdEnabled: Schema.optionalKey(Schema.Boolean),
  EnaSrdUdpSpecification: Schema.optionalKey(EnaSrdUdpSpecification)
})
/**
 * AWS `EnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface EnaSrdSpecification extends TypeOf<typeof EnaSrdSpecification> {}

/**
 * AWS `AttachNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AttachNetworkInterfaceRequest = Schema.Struct({
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  EnaSrdSpecification: Schema.optionalKey(EnaSrdSpecification),
  EnaQueueCount: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean),
  NetworkInterfaceId: Identifier.NetworkInterfaceId,
  InstanceId: Identifier.InstanceId,
  DeviceIndex: Schema.Number
})
/**
 * AWS `AttachNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AttachNetworkInterfaceRequest extends TypeOf<typeof AttachNetworkInterfaceRequest> {}

/**
 * AWS `AttachNetworkInterfaceResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AttachNetworkInterfaceResult = Schema.Struct({
  AttachmentId: Schema.optionalKey(Schema.String),
  NetworkCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `AttachNetworkInterfaceResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AttachNetworkInterfaceResult extends TypeOf<typeof AttachNetworkInterfaceResult> {}

/**
 * AWS `DetachNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DetachNetworkInterfaceRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  AttachmentId: Identifier.NetworkInterfaceAttachmentId,
  Force: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DetachNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DetachNetworkInterfaceRequest extends TypeOf<typeof DetachNetworkInterfaceRequest> {}

/**
 * AWS `DeleteNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteNetworkInterfaceRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  NetworkInterfaceId: Identifier.NetworkInterfaceId
})
/**
 * AWS `DeleteNetworkInterfaceRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteNetworkInterfaceRequest extends TypeOf<typeof DeleteNetworkInterfaceRequest> {}

/**
 * AWS `NetworkInterfaceAttachmentChanges` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const NetworkInterfaceAttachmentChangesInput = Schema.Struct({
  DefaultEnaQueueCount: Schema.optionalKey(Schema.Boolean),
  EnaQueueCount: Schema.optionalKey(Schema.Number),
  AttachmentId: Schema.optionalKey(Identifier.NetworkInterfaceAttachmentId),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `NetworkInterfaceAttachmentChanges` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface NetworkInterfaceAttachmentChangesInput extends TypeOf<typeof NetworkInterfaceAttachmentChangesInput> {}

/**
 * AWS `ModifyNetworkInterfaceAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyNetworkInterfaceAttributeRequest = Schema.Struct({
  EnaSrdSpecification: Schema.optionalKey(EnaSrdSpecification),
  EnablePrimaryIpv6: Schema.optionalKey(Schema.Boolean),
  ConnectionTrackingSpecification: Schema.optionalKey(ConnectionTrackingSpecificationRequest),
  AssociatePublicIpAddress: Schema.optionalKey(Schema.Boolean),
  AssociatedSubnetIds: Schema.optionalKey(Schema.Array(Schema.String)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  NetworkInterfaceId: Identifier.NetworkInterfaceId,
  Description: Schema.optionalKey(AttributeValue),
  SourceDestCheck: Schema.optionalKey(AttributeBooleanValue),
  Groups: Schema.optionalKey(Schema.Array(Schema.String)),
  Attachment: Schema.optionalKey(NetworkInterfaceAttachmentChangesInput)
})
/**
 * AWS `ModifyNetworkInterfaceAttributeRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyNetworkInterfaceAttributeRequest extends TypeOf<typeof ModifyNetworkInterfaceAttributeRequest> {}

/**
 * AWS `AssignPrivateIpAddressesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AssignPrivateIpAddressesRequest = Schema.Struct({
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Schema.String)),
  Ipv4PrefixCount: Schema.optionalKey(Schema.Number),
  NetworkInterfaceId: Identifier.NetworkInterfaceId,
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(Schema.String)),
  SecondaryPrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  AllowReassignment: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `AssignPrivateIpAddressesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AssignPrivateIpAddressesRequest extends TypeOf<typeof AssignPrivateIpAddressesRequest> {}

/**
 * AWS `AssignedPrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AssignedPrivateIpAddress = Schema.Struct({
  PrivateIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AssignedPrivateIpAddress`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AssignedPrivateIpAddress extends TypeOf<typeof AssignedPrivateIpAddress> {}

/**
 * AWS `AssignPrivateIpAddressesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AssignPrivateIpAddressesResult = Schema.Struct({
  NetworkInterfaceId: Schema.optionalKey(Schema.String),
  AssignedPrivateIpAddresses: Schema.optionalKey(Schema.Array(AssignedPrivateIpAddress)),
  AssignedIpv4Prefixes: Schema.optionalKey(Schema.Array(Ipv4PrefixSpecification))
})
/**
 * AWS `AssignPrivateIpAddressesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AssignPrivateIpAddressesResult extends TypeOf<typeof AssignPrivateIpAddressesResult> {}

/**
 * AWS `UnassignPrivateIpAddressesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const UnassignPrivateIpAddressesRequest = Schema.Struct({
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Schema.String)),
  NetworkInterfaceId: Identifier.NetworkInterfaceId,
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(Schema.String))
})
/**
 * AWS `UnassignPrivateIpAddressesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface UnassignPrivateIpAddressesRequest extends TypeOf<typeof UnassignPrivateIpAddressesRequest> {}

/**
 * AWS `LaunchTemplateIamInstanceProfileSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateIamInstanceProfileSpecificationRequest = Schema.Struct({
  Arn: Schema.optionalKey(Schema.String),
  Name: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplateIamInstanceProfileSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateIamInstanceProfileSpecificationRequest extends TypeOf<typeof LaunchTemplateIamInstanceProfileSpecificationRequest> {}

/**
 * AWS `LaunchTemplateEbsBlockDeviceRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateEbsBlockDeviceRequestInput = Schema.Struct({
  Encrypted: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Iops: Schema.optionalKey(Schema.Number),
  KmsKeyId: Schema.optionalKey(Schema.String),
  SnapshotId: Schema.optionalKey(Identifier.SnapshotId),
  VolumeSize: Schema.optionalKey(Schema.Number),
  VolumeType: Schema.optionalKey(VolumeType),
  Throughput: Schema.optionalKey(Schema.Number),
  VolumeInitializationRate: Schema.optionalKey(Schema.Number),
  EbsCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `LaunchTemplateEbsBlockDeviceRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateEbsBlockDeviceRequestInput extends TypeOf<typeof LaunchTemplateEbsBlockDeviceRequestInput> {}

/**
 * AWS `LaunchTemplateBlockDeviceMappingRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateBlockDeviceMappingRequestInput = Schema.Struct({
  DeviceName: Schema.optionalKey(Schema.String),
  VirtualName: Schema.optionalKey(Schema.String),
  Ebs: Schema.optionalKey(LaunchTemplateEbsBlockDeviceRequestInput),
  NoDevice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplateBlockDeviceMappingRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateBlockDeviceMappingRequestInput extends TypeOf<typeof LaunchTemplateBlockDeviceMappingRequestInput> {}

/**
 * AWS `InstanceIpv6AddressRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceIpv6AddressRequest = Schema.Struct({
  Ipv6Address: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceIpv6AddressRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceIpv6AddressRequest extends TypeOf<typeof InstanceIpv6AddressRequest> {}

/**
 * AWS `LaunchTemplateInstanceNetworkInterfaceSpecificationRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateInstanceNetworkInterfaceSpecificationRequestInput = Schema.Struct({
  AssociateCarrierIpAddress: Schema.optionalKey(Schema.Boolean),
  AssociatePublicIpAddress: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Description: Schema.optionalKey(Schema.String),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  Groups: Schema.optionalKey(Schema.Array(Schema.String)),
  InterfaceType: Schema.optionalKey(Schema.String),
  Ipv6AddressCount: Schema.optionalKey(Schema.Number),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(InstanceIpv6AddressRequest)),
  NetworkInterfaceId: Schema.optionalKey(Identifier.NetworkInterfaceId),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(PrivateIpAddressSpecification)),
  SecondaryPrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  SubnetId: Schema.optionalKey(Identifier.SubnetId),
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Ipv4PrefixSpecificationRequest)),
  Ipv4PrefixCount: Schema.optionalKey(Schema.Number),
  Ipv6Prefixes: Schema.optionalKey(Schema.Array(Ipv6PrefixSpecificationRequest)),
  Ipv6PrefixCount: Schema.optionalKey(Schema.Number),
  PrimaryIpv6: Schema.optionalKey(Schema.Boolean),
  EnaSrdSpecification: Schema.optionalKey(EnaSrdSpecificationRequest),
  ConnectionTrackingSpecification: Schema.optionalKey(ConnectionTrackingSpecificationRequest),
  EnaQueueCount: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `LaunchTemplateInstanceNetworkInterfaceSpecificationRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateInstanceNetworkInterfaceSpecificationRequestInput extends TypeOf<typeof LaunchTemplateInstanceNetworkInterfaceSpecificationRequestInput> {}

/**
 * AWS `LaunchTemplatesMonitoringRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplatesMonitoringRequest = Schema.Struct({
  Enabled: Schema.optionalKey(Schema.Boolean),
  MetricCategoryIds: Schema.optionalKey(Schema.Array(Schema.String))
})
/**
 * AWS `LaunchTemplatesMonitoringRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplatesMonitoringRequest extends TypeOf<typeof LaunchTemplatesMonitoringRequest> {}

/**
 * AWS `LaunchTemplatePlacementRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplatePlacementRequestInput = Schema.Struct({
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  Affinity: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  HostId: Schema.optionalKey(Schema.String),
  Tenancy: Schema.optionalKey(Tenancy),
  SpreadDomain: Schema.optionalKey(Schema.String),
  HostResourceGroupArn: Schema.optionalKey(Schema.String),
  PartitionNumber: Schema.optionalKey(Schema.Number),
  GroupId: Schema.optionalKey(Identifier.PlacementGroupId)
})
/**
 * AWS `LaunchTemplatePlacementRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplatePlacementRequestInput extends TypeOf<typeof LaunchTemplatePlacementRequestInput> {}

/**
 * AWS `LaunchTemplateTagSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateTagSpecificationRequest = Schema.Struct({
  ResourceType: Schema.optionalKey(ResourceType),
  Tags: Schema.optionalKey(Schema.Array(Tag))
})
/**
 * AWS `LaunchTemplateTagSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateTagSpecificationRequest extends TypeOf<typeof LaunchTemplateTagSpecificationRequest> {}

/**
 * AWS `ElasticGpuSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const ElasticGpuSpecification = Schema.Struct({
  Type: Schema.String
})
/**
 * AWS `ElasticGpuSpecification`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface ElasticGpuSpecification extends TypeOf<typeof ElasticGpuSpecification> {}

/**
 * AWS `LaunchTemplateSpotMarketOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateSpotMarketOptionsRequest = Schema.Struct({
  MaxPrice: Schema.optionalKey(Schema.String),
  SpotInstanceType: Schema.optionalKey(SpotInstanceType),
  BlockDurationMinutes: Schema.optionalKey(Schema.Number),
  ValidUntil: Schema.optionalKey(Schema.Date),
  InstanceInterruptionBehavior: Schema.optionalKey(InstanceInterruptionBehavior)
})
/**
 * AWS `LaunchTemplateSpotMarketOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateSpotMarketOptionsRequest extends TypeOf<typeof LaunchTemplateSpotMarketOptionsRequest> {}

/**
 * AWS `LaunchTemplateInstanceMarketOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateInstanceMarketOptionsRequest = Schema.Struct({
  MarketType: Schema.optionalKey(MarketType),
  SpotOptions: Schema.optionalKey(LaunchTemplateSpotMarketOptionsRequest)
})
/**
 * AWS `LaunchTemplateInstanceMarketOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateInstanceMarketOptionsRequest extends TypeOf<typeof LaunchTemplateInstanceMarketOptionsRequest> {}

/**
 * AWS `LaunchTemplateCpuOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateCpuOptionsRequest = Schema.Struct({
  CoreCount: Schema.optionalKey(Schema.Number),
  ThreadsPerCore: Schema.optionalKey(Schema.Number),
  AmdSevSnp: Schema.optionalKey(AmdSevSnpSpecification),
  NestedVirtualization: Schema.optionalKey(NestedVirtualizationSpecification)
})
/**
 * AWS `LaunchTemplateCpuOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateCpuOptionsRequest extends TypeOf<typeof LaunchTemplateCpuOptionsRequest> {}

/**
 * AWS `LaunchTemplateCapacityReservationSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateCapacityReservationSpecificationRequest = Schema.Struct({
  CapacityReservationPreference: Schema.optionalKey(CapacityReservationPreference),
  CapacityReservationTarget: Schema.optionalKey(CapacityReservationTarget)
})
/**
 * AWS `LaunchTemplateCapacityReservationSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateCapacityReservationSpecificationRequest extends TypeOf<typeof LaunchTemplateCapacityReservationSpecificationRequest> {}

/**
 * AWS `LaunchTemplateLicenseConfigurationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateLicenseConfigurationRequest = Schema.Struct({
  LicenseConfigurationArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplateLicenseConfigurationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateLicenseConfigurationRequest extends TypeOf<typeof LaunchTemplateLicenseConfigurationRequest> {}

/**
 * AWS `LaunchTemplateHibernationOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateHibernationOptionsRequest = Schema.Struct({
  Configured: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `LaunchTemplateHibernationOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateHibernationOptionsRequest extends TypeOf<typeof LaunchTemplateHibernationOptionsRequest> {}

/**
 * AWS `LaunchTemplateInstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateInstanceMetadataOptionsRequest = Schema.Struct({
  HttpTokens: Schema.optionalKey(LaunchTemplateHttpTokensState),
  HttpPutResponseHopLimit: Schema.optionalKey(Schema.Number),
  HttpEndpoint: Schema.optionalKey(LaunchTemplateInstanceMetadataEndpointState),
  HttpProtocolIpv6: Schema.optionalKey(LaunchTemplateInstanceMetadataProtocolIpv6),
  InstanceMetadataTags: Schema.optionalKey(LaunchTemplateInstanceMetadataTagsState)
})
/**
 * AWS `LaunchTemplateInstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateInstanceMetadataOptionsRequest extends TypeOf<typeof LaunchTemplateInstanceMetadataOptionsRequest> {}

/**
 * AWS `LaunchTemplateEnclaveOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateEnclaveOptionsRequest = Schema.Struct({
  Enabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `LaunchTemplateEnclaveOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateEnclaveOptionsRequest extends TypeOf<typeof LaunchTemplateEnclaveOptionsRequest> {}

/**
 * AWS `VCpuCountRangeRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const VCpuCountRangeRequest = Schema.Struct({
  Min: Schema.Number,
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `VCpuCountRangeRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface VCpuCountRangeRequest extends TypeOf<typeof VCpuCountRangeRequest> {}

/**
 * AWS `MemoryMiBRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const MemoryMiBRequest = Schema.Struct({
  Min: Schema.Number,
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `MemoryMiBRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface MemoryMiBRequest extends TypeOf<typeof MemoryMiBRequest> {}

/**
 * AWS `MemoryGiBPerVCpuRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const MemoryGiBPerVCpuRequest = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `MemoryGiBPerVCpuRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface MemoryGiBPerVCpuRequest extends TypeOf<typeof MemoryGiBPerVCpuRequest> {}

/**
 * AWS `NetworkInterfaceCountRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const NetworkInterfaceCountRequest = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NetworkInterfaceCountRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface NetworkInterfaceCountRequest extends TypeOf<typeof NetworkInterfaceCountRequest> {}

/**
 * AWS `TotalLocalStorageGBRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const TotalLocalStorageGBRequest = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `TotalLocalStorageGBRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface TotalLocalStorageGBRequest extends TypeOf<typeof TotalLocalStorageGBRequest> {}

/**
 * AWS `BaselineEbsBandwidthMbpsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const BaselineEbsBandwidthMbpsRequest = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `BaselineEbsBandwidthMbpsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface BaselineEbsBandwidthMbpsRequest extends TypeOf<typeof BaselineEbsBandwidthMbpsRequest> {}

/**
 * AWS `AcceleratorCountRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const AcceleratorCountRequest = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `AcceleratorCountRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface AcceleratorCountRequest extends TypeOf<typeof AcceleratorCountRequest> {}

/**
 * AWS `AcceleratorTotalMemoryMiBRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const AcceleratorTotalMemoryMiBRequest = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `AcceleratorTotalMemoryMiBRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface AcceleratorTotalMemoryMiBRequest extends TypeOf<typeof AcceleratorTotalMemoryMiBRequest> {}

/**
 * AWS `NetworkBandwidthGbpsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const NetworkBandwidthGbpsRequest = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NetworkBandwidthGbpsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface NetworkBandwidthGbpsRequest extends TypeOf<typeof NetworkBandwidthGbpsRequest> {}

/**
 * AWS `PerformanceFactorReferenceRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const PerformanceFactorReferenceRequest = Schema.Struct({
  InstanceFamily: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PerformanceFactorReferenceRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface PerformanceFactorReferenceRequest extends TypeOf<typeof PerformanceFactorReferenceRequest> {}

/**
 * AWS `CpuPerformanceFactorRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const CpuPerformanceFactorRequest = Schema.Struct({
  References: Schema.optionalKey(Schema.Array(PerformanceFactorReferenceRequest))
})
/**
 * AWS `CpuPerformanceFactorRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface CpuPerformanceFactorRequest extends TypeOf<typeof CpuPerformanceFactorRequest> {}

/**
 * AWS `BaselinePerformanceFactorsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const BaselinePerformanceFactorsRequest = Schema.Struct({
  Cpu: Schema.optionalKey(CpuPerformanceFactorRequest)
})
/**
 * AWS `BaselinePerformanceFactorsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface BaselinePerformanceFactorsRequest extends TypeOf<typeof BaselinePerformanceFactorsRequest> {}

/**
 * AWS `InstanceRequirementsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceRequirementsRequest = Schema.Struct({
  VCpuCount: VCpuCountRangeRequest,
  MemoryMiB: MemoryMiBRequest,
  CpuManufacturers: Schema.optionalKey(Schema.Array(CpuManufacturer)),
  MemoryGiBPerVCpu: Schema.optionalKey(MemoryGiBPerVCpuRequest),
  ExcludedInstanceTypes: Schema.optionalKey(Schema.Array(Schema.String)),
  InstanceGenerations: Schema.optionalKey(Schema.Array(InstanceGeneration)),
  SpotMaxPricePercentageOverLowestPrice: Schema.optionalKey(Schema.Number),
  OnDemandMaxPricePercentageOverLowestPrice: Schema.optionalKey(Schema.Number),
  BareMetal: Schema.optionalKey(BareMetal),
  BurstablePerformance: Schema.optionalKey(BurstablePerformance),
  RequireHibernateSupport: Schema.optionalKey(Schema.Boolean),
  NetworkInterfaceCount: Schema.optionalKey(NetworkInterfaceCountRequest),
  LocalStorage: Schema.optionalKey(LocalStorage),
  LocalStorageTypes: Schema.optionalKey(Schema.Array(LocalStorageType)),
  TotalLocalStorageGB: Schema.optionalKey(TotalLocalStorageGBRequest),
  BaselineEbsBandwidthMbps: Schema.optionalKey(BaselineEbsBandwidthMbpsRequest),
  AcceleratorTypes: Schema.optionalKey(Schema.Array(AcceleratorType)),
  AcceleratorCount: Schema.optionalKey(AcceleratorCountRequest),
  AcceleratorManufacturers: Schema.optionalKey(Schema.Array(AcceleratorManufacturer)),
  AcceleratorNames: Schema.optionalKey(Schema.Array(AcceleratorName)),
  AcceleratorTotalMemoryMiB: Schema.optionalKey(AcceleratorTotalMemoryMiBRequest),
  NetworkBandwidthGbps: Schema.optionalKey(NetworkBandwidthGbpsRequest),
  AllowedInstanceTypes: Schema.optionalKey(Schema.Array(Schema.String)),
  MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: Schema.optionalKey(Schema.Number),
  BaselinePerformanceFactors: Schema.optionalKey(BaselinePerformanceFactorsRequest),
  RequireEncryptionInTransit: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `InstanceRequirementsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceRequirementsRequest extends TypeOf<typeof InstanceRequirementsRequest> {}

/**
 * AWS `LaunchTemplatePrivateDnsNameOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplatePrivateDnsNameOptionsRequest = Schema.Struct({
  HostnameType: Schema.optionalKey(HostnameType),
  EnableResourceNameDnsARecord: Schema.optionalKey(Schema.Boolean),
  EnableResourceNameDnsAAAARecord: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `LaunchTemplatePrivateDnsNameOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplatePrivateDnsNameOptionsRequest extends TypeOf<typeof LaunchTemplatePrivateDnsNameOptionsRequest> {}

/**
 * AWS `LaunchTemplateInstanceMaintenanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateInstanceMaintenanceOptionsRequest = Schema.Struct({
  AutoRecovery: Schema.optionalKey(LaunchTemplateAutoRecoveryState)
})
/**
 * AWS `LaunchTemplateInstanceMaintenanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateInstanceMaintenanceOptionsRequest extends TypeOf<typeof LaunchTemplateInstanceMaintenanceOptionsRequest> {}

/**
 * AWS `LaunchTemplateNetworkPerformanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateNetworkPerformanceOptionsRequest = Schema.Struct({
  BandwidthWeighting: Schema.optionalKey(InstanceBandwidthWeighting)
})
/**
 * AWS `LaunchTemplateNetworkPerformanceOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateNetworkPerformanceOptionsRequest extends TypeOf<typeof LaunchTemplateNetworkPerformanceOptionsRequest> {}

/**
 * AWS `SecondaryInterfacePrivateIpAddressSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const SecondaryInterfacePrivateIpAddressSpecificationRequest = Schema.Struct({
  PrivateIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SecondaryInterfacePrivateIpAddressSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface SecondaryInterfacePrivateIpAddressSpecificationRequest extends TypeOf<typeof SecondaryInterfacePrivateIpAddressSpecificationRequest> {}

/**
 * AWS `LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest = Schema.Struct({
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(SecondaryInterfacePrivateIpAddressSpecificationRequest)),
  PrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  SecondarySubnetId: Schema.optionalKey(Schema.String),
  InterfaceType: Schema.optionalKey(SecondaryInterfaceType),
  NetworkCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest extends TypeOf<typeof LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest> {}

/**
 * AWS `RequestLaunchTemplateData` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const RequestLaunchTemplateDataInput = Schema.Struct({
  KernelId: Schema.optionalKey(Schema.String),
  EbsOptimized: Schema.optionalKey(Schema.Boolean),
  IamInstanceProfile: Schema.optionalKey(LaunchTemplateIamInstanceProfileSpecificationRequest),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(LaunchTemplateBlockDeviceMappingRequestInput)),
  NetworkInterfaces: Schema.optionalKey(Schema.Array(LaunchTemplateInstanceNetworkInterfaceSpecificationRequestInput)),
  ImageId: Schema.optionalKey(Identifier.ImageId),
  InstanceType: Schema.optionalKey(InstanceType.InstanceTypeName),
  KeyName: Schema.optionalKey(Schema.String),
  Monitoring: Schema.optionalKey(LaunchTemplatesMonitoringRequest),
  Placement: Schema.optionalKey(LaunchTemplatePlacementRequestInput),
  RamDiskId: Schema.optionalKey(Schema.String),
  DisableApiTermination: Schema.optionalKey(Schema.Boolean),
  InstanceInitiatedShutdownBehavior: Schema.optionalKey(ShutdownBehavior),
  UserData: Schema.optionalKey(Schema.String),
  TagSpecifications: Schema.optionalKey(Schema.Array(LaunchTemplateTagSpecificationRequest)),
  ElasticGpuSpecifications: Schema.optionalKey(Schema.Array(ElasticGpuSpecification)),
  SecurityGroupIds: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupId)),
  SecurityGroups: Schema.optionalKey(Schema.Array(Schema.String)),
  InstanceMarketOptions: Schema.optionalKey(LaunchTemplateInstanceMarketOptionsRequest),
  CreditSpecification: Schema.optionalKey(CreditSpecificationRequest),
  CpuOptions: Schema.optionalKey(LaunchTemplateCpuOptionsRequest),
  CapacityReservationSpecification: Schema.optionalKey(LaunchTemplateCapacityReservationSpecificationRequest),
  LicenseSpecifications: Schema.optionalKey(Schema.Array(LaunchTemplateLicenseConfigurationRequest)),
  HibernationOptions: Schema.optionalKey(LaunchTemplateHibernationOptionsRequest),
  MetadataOptions: Schema.optionalKey(LaunchTemplateInstanceMetadataOptionsRequest),
  EnclaveOptions: Schema.optionalKey(LaunchTemplateEnclaveOptionsRequest),
  InstanceRequirements: Schema.optionalKey(InstanceRequirementsRequest),
  PrivateDnsNameOptions: Schema.optionalKey(LaunchTemplatePrivateDnsNameOptionsRequest),
  MaintenanceOptions: Schema.optionalKey(LaunchTemplateInstanceMaintenanceOptionsRequest),
  DisableApiStop: Schema.optionalKey(Schema.Boolean),
  Operator: Schema.optionalKey(OperatorRequest),
  NetworkPerformanceOptions: Schema.optionalKey(LaunchTemplateNetworkPerformanceOptionsRequest),
  SecondaryInterfaces: Schema.optionalKey(Schema.Array(LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest))
})
/**
 * AWS `RequestLaunchTemplateData` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface RequestLaunchTemplateDataInput extends TypeOf<typeof RequestLaunchTemplateDataInput> {}

/**
 * AWS `CreateLaunchTemplateRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateLaunchTemplateRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  ClientToken: Schema.optionalKey(Schema.String),
  LaunchTemplateName: Schema.String,
  VersionDescription: Schema.optionalKey(Schema.String),
  LaunchTemplateData: RequestLaunchTemplateDataInput,
  Operator: Schema.optionalKey(OperatorRequest),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification))
})
/**
 * AWS `CreateLaunchTemplateRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateLaunchTemplateRequest extends TypeOf<typeof CreateLaunchTemplateRequest> {}

/**
 * AWS `LaunchTemplate`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplate = Schema.Struct({
  LaunchTemplateId: Schema.optionalKey(Schema.String),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  CreateTime: Schema.optionalKey(Schema.Date),
  CreatedBy: Schema.optionalKey(Schema.String),
  DefaultVersionNumber: Schema.optionalKey(Schema.Number),
  LatestVersionNumber: Schema.optionalKey(Schema.Number),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  Operator: Schema.optionalKey(OperatorResponse)
})
/**
 * AWS `LaunchTemplate`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplate extends TypeOf<typeof LaunchTemplate> {}

/**
 * AWS `ValidationError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ValidationError = Schema.Struct({
  Code: Schema.optionalKey(Schema.String),
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ValidationError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ValidationError extends TypeOf<typeof ValidationError> {}

/**
 * AWS `ValidationWarning`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ValidationWarning = Schema.Struct({
  Errors: Schema.optionalKey(Schema.Array(ValidationError))
})
/**
 * AWS `ValidationWarning`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ValidationWarning extends TypeOf<typeof ValidationWarning> {}

/**
 * AWS `CreateLaunchTemplateResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateLaunchTemplateResult = Schema.Struct({
  LaunchTemplate: Schema.optionalKey(LaunchTemplate),
  Warning: Schema.optionalKey(ValidationWarning)
})
/**
 * AWS `CreateLaunchTemplateResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateLaunchTemplateResult extends TypeOf<typeof CreateLaunchTemplateResult> {}

/**
 * AWS `CreateLaunchTemplateVersionRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateLaunchTemplateVersionRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  ClientToken: Schema.optionalKey(Schema.String),
  LaunchTemplateId: Schema.optionalKey(Identifier.LaunchTemplateId),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  SourceVersion: Schema.optionalKey(Schema.String),
  VersionDescription: Schema.optionalKey(Schema.String),
  LaunchTemplateData: RequestLaunchTemplateDataInput,
  ResolveAlias: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CreateLaunchTemplateVersionRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateLaunchTemplateVersionRequest extends TypeOf<typeof CreateLaunchTemplateVersionRequest> {}

/**
 * AWS `LaunchTemplateIamInstanceProfileSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateIamInstanceProfileSpecification = Schema.Struct({
  Arn: Schema.optionalKey(Schema.String),
  Name: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplateIamInstanceProfileSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateIamInstanceProfileSpecification extends TypeOf<typeof LaunchTemplateIamInstanceProfileSpecification> {}

/**
 * AWS `LaunchTemplateEbsBlockDevice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateEbsBlockDevice = Schema.Struct({
  Encrypted: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Iops: Schema.optionalKey(Schema.Number),
  KmsKeyId: Schema.optionalKey(Schema.String),
  SnapshotId: Schema.optionalKey(Schema.String),
  VolumeSize: Schema.optionalKey(Schema.Number),
  VolumeType: Schema.optionalKey(VolumeType),
  Throughput: Schema.optionalKey(Schema.Number),
  VolumeInitializationRate: Schema.optionalKey(Schema.Number),
  EbsCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `LaunchTemplateEbsBlockDevice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateEbsBlockDevice extends TypeOf<typeof LaunchTemplateEbsBlockDevice> {}

/**
 * AWS `LaunchTemplateBlockDeviceMapping`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateBlockDeviceMapping = Schema.Struct({
  DeviceName: Schema.optionalKey(Schema.String),
  VirtualName: Schema.optionalKey(Schema.String),
  Ebs: Schema.optionalKey(LaunchTemplateEbsBlockDevice),
  NoDevice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplateBlockDeviceMapping`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateBlockDeviceMapping extends TypeOf<typeof LaunchTemplateBlockDeviceMapping> {}

/**
 * AWS `Ipv4PrefixSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Ipv4PrefixSpecificationResponse = Schema.Struct({
  Ipv4Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Ipv4PrefixSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Ipv4PrefixSpecificationResponse extends TypeOf<typeof Ipv4PrefixSpecificationResponse> {}

/**
 * AWS `Ipv6PrefixSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Ipv6PrefixSpecificationResponse = Schema.Struct({
  Ipv6Prefix: Schema.optionalKey(Schema.String)
})
/**
 * AWS `Ipv6PrefixSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Ipv6PrefixSpecificationResponse extends TypeOf<typeof Ipv6PrefixSpecificationResponse> {}

/**
 * AWS `LaunchTemplateEnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateEnaSrdUdpSpecification = Schema.Struct({
  EnaSrdUdpEnabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `LaunchTemplateEnaSrdUdpSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateEnaSrdUdpSpecification extends TypeOf<typeof LaunchTemplateEnaSrdUdpSpecification> {}

/**
 * AWS `LaunchTemplateEnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateEnaSrdSpecification = Schema.Struct({
  EnaSrdEnabled: Schema.optionalKey(Schema.Boolean),
  EnaSrdUdpSpecification: Schema.optionalKey(LaunchTemplateEnaSrdUdpSpecification)
})
/**
 * AWS `LaunchTemplateEnaSrdSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateEnaSrdSpecification extends TypeOf<typeof LaunchTemplateEnaSrdSpecification> {}

/**
 * AWS `ConnectionTrackingSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ConnectionTrackingSpecification = Schema.Struct({
  TcpEstablishedTimeout: Schema.optionalKey(Schema.Number),
  UdpTimeout: Schema.optionalKey(Schema.Number),
  UdpStreamTimeout: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `ConnectionTrackingSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ConnectionTrackingSpecification extends TypeOf<typeof ConnectionTrackingSpecification> {}

/**
 * AWS `LaunchTemplateInstanceNetworkInterfaceSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateInstanceNetworkInterfaceSpecification = Schema.Struct({
  AssociateCarrierIpAddress: Schema.optionalKey(Schema.Boolean),
  AssociatePublicIpAddress: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Description: Schema.optionalKey(Schema.String),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  Groups: Schema.optionalKey(Schema.Array(Schema.String)),
  InterfaceType: Schema.optionalKey(Schema.String),
  Ipv6AddressCount: Schema.optionalKey(Schema.Number),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(InstanceIpv6Address)),
  NetworkInterfaceId: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(PrivateIpAddressSpecification)),
  SecondaryPrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  SubnetId: Schema.optionalKey(Schema.String),
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Ipv4PrefixSpecificationResponse)),
  Ipv4PrefixCount: Schema.optionalKey(Schema.Number),
  Ipv6Prefixes: Schema.optionalKey(Schema.Array(Ipv6PrefixSpecificationResponse)),
  Ipv6PrefixCount: Schema.optionalKey(Schema.Number),
  PrimaryIpv6: Schema.optionalKey(Schema.Boolean),
  EnaSrdSpecification: Schema.optionalKey(LaunchTemplateEnaSrdSpecification),
  ConnectionTrackingSpecification: Schema.optionalKey(ConnectionTrackingSpecification),
  EnaQueueCount: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `LaunchTemplateInstanceNetworkInterfaceSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateInstanceNetworkInterfaceSpecification extends TypeOf<typeof LaunchTemplateInstanceNetworkInterfaceSpecification> {}

/**
 * AWS `LaunchTemplatesMonitoring`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplatesMonitoring = Schema.Struct({
  Enabled: Schema.optionalKey(Schema.Boolean),
  MetricCategoryIds: Schema.optionalKey(Schema.Array(Schema.String))
})
/**
 * AWS `LaunchTemplatesMonitoring`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplatesMonitoring extends TypeOf<typeof LaunchTemplatesMonitoring> {}

/**
 * AWS `LaunchTemplatePlacement`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplatePlacement = Schema.Struct({
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  Affinity: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  HostId: Schema.optionalKey(Schema.String),
  Tenancy: Schema.optionalKey(Tenancy),
  SpreadDomain: Schema.optionalKey(Schema.String),
  HostResourceGroupArn: Schema.optionalKey(Schema.String),
  PartitionNumber: Schema.optionalKey(Schema.Number),
  GroupId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplatePlacement`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplatePlacement extends TypeOf<typeof LaunchTemplatePlacement> {}

/**
 * AWS `LaunchTemplateTagSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateTagSpecification = Schema.Struct({
  ResourceType: Schema.optionalKey(ResourceType),
  Tags: Schema.optionalKey(Schema.Array(Tag))
})
/**
 * AWS `LaunchTemplateTagSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateTagSpecification extends TypeOf<typeof LaunchTemplateTagSpecification> {}

/**
 * AWS `ElasticGpuSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ElasticGpuSpecificationResponse = Schema.Struct({
  Type: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ElasticGpuSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ElasticGpuSpecificationResponse extends TypeOf<typeof ElasticGpuSpecificationResponse> {}

/**
 * AWS `LaunchTemplateSpotMarketOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateSpotMarketOptions = Schema.Struct({
  MaxPrice: Schema.optionalKey(Schema.String),
  SpotInstanceType: Schema.optionalKey(SpotInstanceType),
  BlockDurationMinutes: Schema.optionalKey(Schema.Number),
  ValidUntil: Schema.optionalKey(Schema.Date),
  InstanceInterruptionBehavior: Schema.optionalKey(InstanceInterruptionBehavior)
})
/**
 * AWS `LaunchTemplateSpotMarketOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateSpotMarketOptions extends TypeOf<typeof LaunchTemplateSpotMarketOptions> {}

/**
 * AWS `LaunchTemplateInstanceMarketOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateInstanceMarketOptions = Schema.Struct({
  MarketType: Schema.optionalKey(MarketType),
  SpotOptions: Schema.optionalKey(LaunchTemplateSpotMarketOptions)
})
/**
 * AWS `LaunchTemplateInstanceMarketOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateInstanceMarketOptions extends TypeOf<typeof LaunchTemplateInstanceMarketOptions> {}

/**
 * AWS `CreditSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CreditSpecification = Schema.Struct({
  CpuCredits: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreditSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CreditSpecification extends TypeOf<typeof CreditSpecification> {}

/**
 * AWS `LaunchTemplateCpuOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateCpuOptions = Schema.Struct({
  CoreCount: Schema.optionalKey(Schema.Number),
  ThreadsPerCore: Schema.optionalKey(Schema.Number),
  AmdSevSnp: Schema.optionalKey(AmdSevSnpSpecification),
  NestedVirtualization: Schema.optionalKey(NestedVirtualizationSpecification)
})
/**
 * AWS `LaunchTemplateCpuOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateCpuOptions extends TypeOf<typeof LaunchTemplateCpuOptions> {}

/**
 * AWS `LaunchTemplateCapacityReservationSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateCapacityReservationSpecificationResponse = Schema.Struct({
  CapacityReservationPreference: Schema.optionalKey(CapacityReservationPreference),
  CapacityReservationTarget: Schema.optionalKey(CapacityReservationTargetResponse)
})
/**
 * AWS `LaunchTemplateCapacityReservationSpecificationResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateCapacityReservationSpecificationResponse extends TypeOf<typeof LaunchTemplateCapacityReservationSpecificationResponse> {}

/**
 * AWS `LaunchTemplateLicenseConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateLicenseConfiguration = Schema.Struct({
  LicenseConfigurationArn: Schema.optionalKey(Schema.String)
})
/**
 * AWS `LaunchTemplateLicenseConfiguration`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateLicenseConfiguration extends TypeOf<typeof LaunchTemplateLicenseConfiguration> {}

/**
 * AWS `LaunchTemplateHibernationOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateHibernationOptions = Schema.Struct({
  Configured: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `LaunchTemplateHibernationOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateHibernationOptions extends TypeOf<typeof LaunchTemplateHibernationOptions> {}

/**
 * AWS `LaunchTemplateInstanceMetadataOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateInstanceMetadataOptions = Schema.Struct({
  State: Schema.optionalKey(LaunchTemplateInstanceMetadataOptionsState),
  HttpTokens: Schema.optionalKey(LaunchTemplateHttpTokensState),
  HttpPutResponseHopLimit: Schema.optionalKey(Schema.Number),
  HttpEndpoint: Schema.optionalKey(LaunchTemplateInstanceMetadataEndpointState),
  HttpProtocolIpv6: Schema.optionalKey(LaunchTemplateInstanceMetadataProtocolIpv6),
  InstanceMetadataTags: Schema.optionalKey(LaunchTemplateInstanceMetadataTagsState)
})
/**
 * AWS `LaunchTemplateInstanceMetadataOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateInstanceMetadataOptions extends TypeOf<typeof LaunchTemplateInstanceMetadataOptions> {}

/**
 * AWS `LaunchTemplateEnclaveOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateEnclaveOptions = Schema.Struct({
  Enabled: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `LaunchTemplateEnclaveOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateEnclaveOptions extends TypeOf<typeof LaunchTemplateEnclaveOptions> {}

/**
 * AWS `VCpuCountRange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const VCpuCountRange = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `VCpuCountRange`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface VCpuCountRange extends TypeOf<typeof VCpuCountRange> {}

/**
 * AWS `MemoryMiB`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const MemoryMiB = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `MemoryMiB`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface MemoryMiB extends TypeOf<typeof MemoryMiB> {}

/**
 * AWS `MemoryGiBPerVCpu`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const MemoryGiBPerVCpu = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `MemoryGiBPerVCpu`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface MemoryGiBPerVCpu extends TypeOf<typeof MemoryGiBPerVCpu> {}

/**
 * AWS `NetworkInterfaceCount`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkInterfaceCount = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NetworkInterfaceCount`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkInterfaceCount extends TypeOf<typeof NetworkInterfaceCount> {}

/**
 * AWS `TotalLocalStorageGB`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const TotalLocalStorageGB = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `TotalLocalStorageGB`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface TotalLocalStorageGB extends TypeOf<typeof TotalLocalStorageGB> {}

/**
 * AWS `BaselineEbsBandwidthMbps`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const BaselineEbsBandwidthMbps = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `BaselineEbsBandwidthMbps`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface BaselineEbsBandwidthMbps extends TypeOf<typeof BaselineEbsBandwidthMbps> {}

/**
 * AWS `AcceleratorCount`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AcceleratorCount = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `AcceleratorCount`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AcceleratorCount extends TypeOf<typeof AcceleratorCount> {}

/**
 * AWS `AcceleratorTotalMemoryMiB`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AcceleratorTotalMemoryMiB = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `AcceleratorTotalMemoryMiB`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AcceleratorTotalMemoryMiB extends TypeOf<typeof AcceleratorTotalMemoryMiB> {}

/**
 * AWS `NetworkBandwidthGbps`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const NetworkBandwidthGbps = Schema.Struct({
  Min: Schema.optionalKey(Schema.Number),
  Max: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `NetworkBandwidthGbps`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface NetworkBandwidthGbps extends TypeOf<typeof NetworkBandwidthGbps> {}

/**
 * AWS `PerformanceFactorReference`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PerformanceFactorReference = Schema.Struct({
  InstanceFamily: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PerformanceFactorReference`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PerformanceFactorReference extends TypeOf<typeof PerformanceFactorReference> {}

/**
 * AWS `CpuPerformanceFactor`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CpuPerformanceFactor = Schema.Struct({
  References: Schema.optionalKey(Schema.Array(PerformanceFactorReference))
})
/**
 * AWS `CpuPerformanceFactor`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CpuPerformanceFactor extends TypeOf<typeof CpuPerformanceFactor> {}

/**
 * AWS `BaselinePerformanceFactors`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const BaselinePerformanceFactors = Schema.Struct({
  Cpu: Schema.optionalKey(CpuPerformanceFactor)
})
/**
 * AWS `BaselinePerformanceFactors`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface BaselinePerformanceFactors extends TypeOf<typeof BaselinePerformanceFactors> {}

/**
 * AWS `InstanceRequirements`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceRequirements = Schema.Struct({
  VCpuCount: Schema.optionalKey(VCpuCountRange),
  MemoryMiB: Schema.optionalKey(MemoryMiB),
  CpuManufacturers: Schema.optionalKey(Schema.Array(CpuManufacturer)),
  MemoryGiBPerVCpu: Schema.optionalKey(MemoryGiBPerVCpu),
  ExcludedInstanceTypes: Schema.optionalKey(Schema.Array(Schema.String)),
  InstanceGenerations: Schema.optionalKey(Schema.Array(InstanceGeneration)),
  SpotMaxPricePercentageOverLowestPrice: Schema.optionalKey(Schema.Number),
  OnDemandMaxPricePercentageOverLowestPrice: Schema.optionalKey(Schema.Number),
  BareMetal: Schema.optionalKey(BareMetal),
  BurstablePerformance: Schema.optionalKey(BurstablePerformance),
  RequireHibernateSupport: Schema.optionalKey(Schema.Boolean),
  NetworkInterfaceCount: Schema.optionalKey(NetworkInterfaceCount),
  LocalStorage: Schema.optionalKey(LocalStorage),
  LocalStorageTypes: Schema.optionalKey(Schema.Array(LocalStorageType)),
  TotalLocalStorageGB: Schema.optionalKey(TotalLocalStorageGB),
  BaselineEbsBandwidthMbps: Schema.optionalKey(BaselineEbsBandwidthMbps),
  AcceleratorTypes: Schema.optionalKey(Schema.Array(AcceleratorType)),
  AcceleratorCount: Schema.optionalKey(AcceleratorCount),
  AcceleratorManufacturers: Schema.optionalKey(Schema.Array(AcceleratorManufacturer)),
  AcceleratorNames: Schema.optionalKey(Schema.Array(AcceleratorName)),
  AcceleratorTotalMemoryMiB: Schema.optionalKey(AcceleratorTotalMemoryMiB),
  NetworkBandwidthGbps: Schema.optionalKey(NetworkBandwidthGbps),
  AllowedInstanceTypes: Schema.optionalKey(Schema.Array(Schema.String)),
  MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: Schema.optionalKey(Schema.Number),
  BaselinePerformanceFactors: Schema.optionalKey(BaselinePerformanceFactors),
  RequireEncryptionInTransit: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `InstanceRequirements`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceRequirements extends TypeOf<typeof InstanceRequirements> {}

/**
 * AWS `LaunchTemplatePrivateDnsNameOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplatePrivateDnsNameOptions = Schema.Struct({
  HostnameType: Schema.optionalKey(HostnameType),
  EnableResourceNameDnsARecord: Schema.optionalKey(Schema.Boolean),
  EnableResourceNameDnsAAAARecord: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `LaunchTemplatePrivateDnsNameOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplatePrivateDnsNameOptions extends TypeOf<typeof LaunchTemplatePrivateDnsNameOptions> {}

/**
 * AWS `LaunchTemplateInstanceMaintenanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateInstanceMaintenanceOptions = Schema.Struct({
  AutoRecovery: Schema.optionalKey(LaunchTemplateAutoRecoveryState)
})
/**
 * AWS `LaunchTemplateInstanceMaintenanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateInstanceMaintenanceOptions extends TypeOf<typeof LaunchTemplateInstanceMaintenanceOptions> {}

/**
 * AWS `LaunchTemplateNetworkPerformanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateNetworkPerformanceOptions = Schema.Struct({
  BandwidthWeighting: Schema.optionalKey(InstanceBandwidthWeighting)
})
/**
 * AWS `LaunchTemplateNetworkPerformanceOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateNetworkPerformanceOptions extends TypeOf<typeof LaunchTemplateNetworkPerformanceOptions> {}

/**
 * AWS `SecondaryInterfacePrivateIpAddressSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SecondaryInterfacePrivateIpAddressSpecification = Schema.Struct({
  PrivateIpAddress: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SecondaryInterfacePrivateIpAddressSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SecondaryInterfacePrivateIpAddressSpecification extends TypeOf<typeof SecondaryInterfacePrivateIpAddressSpecification> {}

/**
 * AWS `LaunchTemplateInstanceSecondaryInterfaceSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateInstanceSecondaryInterfaceSpecification = Schema.Struct({
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(SecondaryInterfacePrivateIpAddressSpecification)),
  PrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  SecondarySubnetId: Schema.optionalKey(Schema.String),
  InterfaceType: Schema.optionalKey(SecondaryInterfaceType),
  NetworkCardIndex: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `LaunchTemplateInstanceSecondaryInterfaceSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateInstanceSecondaryInterfaceSpecification extends TypeOf<typeof LaunchTemplateInstanceSecondaryInterfaceSpecification> {}

/**
 * AWS `ResponseLaunchTemplateData`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ResponseLaunchTemplateData = Schema.Struct({
  KernelId: Schema.optionalKey(Schema.String),
  EbsOptimized: Schema.optionalKey(Schema.Boolean),
  IamInstanceProfile: Schema.optionalKey(LaunchTemplateIamInstanceProfileSpecification),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(LaunchTemplateBlockDeviceMapping)),
  NetworkInterfaces: Schema.optionalKey(Schema.Array(LaunchTemplateInstanceNetworkInterfaceSpecification)),
  ImageId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  KeyName: Schema.optionalKey(Schema.String),
  Monitoring: Schema.optionalKey(LaunchTemplatesMonitoring),
  Placement: Schema.optionalKey(LaunchTemplatePlacement),
  RamDiskId: Schema.optionalKey(Schema.String),
  DisableApiTermination: Schema.optionalKey(Schema.Boolean),
  InstanceInitiatedShutdownBehavior: Schema.optionalKey(ShutdownBehavior),
  UserData: Schema.optionalKey(Schema.String),
  TagSpecifications: Schema.optionalKey(Schema.Array(LaunchTemplateTagSpecification)),
  ElasticGpuSpecifications: Schema.optionalKey(Schema.Array(ElasticGpuSpecificationResponse)),
  SecurityGroupIds: Schema.optionalKey(Schema.Array(Schema.String)),
  SecurityGroups: Schema.optionalKey(Schema.Array(Schema.String)),
  InstanceMarketOptions: Schema.optionalKey(LaunchTemplateInstanceMarketOptions),
  CreditSpecification: Schema.optionalKey(CreditSpecification),
  CpuOptions: Schema.optionalKey(LaunchTemplateCpuOptions),
  CapacityReservationSpecification: Schema.optionalKey(LaunchTemplateCapacityReservationSpecificationResponse),
  LicenseSpecifications: Schema.optionalKey(Schema.Array(LaunchTemplateLicenseConfiguration)),
  HibernationOptions: Schema.optionalKey(LaunchTemplateHibernationOptions),
  MetadataOptions: Schema.optionalKey(LaunchTemplateInstanceMetadataOptions),
  EnclaveOptions: Schema.optionalKey(LaunchTemplateEnclaveOptions),
  InstanceRequirements: Schema.optionalKey(InstanceRequirements),
  PrivateDnsNameOptions: Schema.optionalKey(LaunchTemplatePrivateDnsNameOptions),
  MaintenanceOptions: Schema.optionalKey(LaunchTemplateInstanceMaintenanceOptions),
  DisableApiStop: Schema.optionalKey(Schema.Boolean),
  Operator: Schema.optionalKey(OperatorResponse),
  NetworkPerformanceOptions: Schema.optionalKey(LaunchTemplateNetworkPerformanceOptions),
  SecondaryInterfaces: Schema.optionalKey(Schema.Array(LaunchTemplateInstanceSecondaryInterfaceSpecification))
})
/**
 * AWS `ResponseLaunchTemplateData`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ResponseLaunchTemplateData extends TypeOf<typeof ResponseLaunchTemplateData> {}

/**
 * AWS `LaunchTemplateVersion`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateVersion = Schema.Struct({
  LaunchTemplateId: Schema.optionalKey(Schema.String),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  VersionNumber: Schema.optionalKey(Schema.Number),
  VersionDescription: Schema.optionalKey(Schema.String),
  CreateTime: Schema.optionalKey(Schema.Date),
  CreatedBy: Schema.optionalKey(Schema.String),
  DefaultVersion: Schema.optionalKey(Schema.Boolean),
  LaunchTemplateData: Schema.optionalKey(ResponseLaunchTemplateData),
  Operator: Schema.optionalKey(OperatorResponse)
})
/**
 * AWS `LaunchTemplateVersion`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateVersion extends TypeOf<typeof LaunchTemplateVersion> {}

/**
 * AWS `CreateLaunchTemplateVersionResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateLaunchTemplateVersionResult = Schema.Struct({
  LaunchTemplateVersion: Schema.optionalKey(LaunchTemplateVersion),
  Warning: Schema.optionalKey(ValidationWarning)
})
/**
 * AWS `CreateLaunchTemplateVersionResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateLaunchTemplateVersionResult extends TypeOf<typeof CreateLaunchTemplateVersionResult> {}

/**
 * AWS `DescribeLaunchTemplatesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeLaunchTemplatesRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  LaunchTemplateIds: Schema.optionalKey(Schema.Array(Identifier.LaunchTemplateId)),
  LaunchTemplateNames: Schema.optionalKey(Schema.Array(Schema.String)),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  IncludeManagedResources: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeLaunchTemplatesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeLaunchTemplatesRequest extends TypeOf<typeof DescribeLaunchTemplatesRequest> {}

/**
 * AWS `DescribeLaunchTemplatesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeLaunchTemplatesResult = Schema.Struct({
  LaunchTemplates: Schema.optionalKey(Schema.Array(LaunchTemplate)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeLaunchTemplatesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeLaunchTemplatesResult extends TypeOf<typeof DescribeLaunchTemplatesResult> {}

/**
 * AWS `DescribeLaunchTemplateVersionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeLaunchTemplateVersionsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  LaunchTemplateId: Schema.optionalKey(Identifier.LaunchTemplateId),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  Versions: Schema.optionalKey(Schema.Array(Schema.String)),
  MinVersion: Schema.optionalKey(Schema.String),
  MaxVersion: Schema.optionalKey(Schema.String),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  ResolveAlias: Schema.optionalKey(Schema.Boolean),
  IncludeManagedResources: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeLaunchTemplateVersionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeLaunchTemplateVersionsRequest extends TypeOf<typeof DescribeLaunchTemplateVersionsRequest> {}

/**
 * AWS `DescribeLaunchTemplateVersionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeLaunchTemplateVersionsResult = Schema.Struct({
  LaunchTemplateVersions: Schema.optionalKey(Schema.Array(LaunchTemplateVersion)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeLaunchTemplateVersionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeLaunchTemplateVersionsResult extends TypeOf<typeof DescribeLaunchTemplateVersionsResult> {}

/**
 * AWS `ModifyLaunchTemplateRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyLaunchTemplateRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  ClientToken: Schema.optionalKey(Schema.String),
  LaunchTemplateId: Schema.optionalKey(Identifier.LaunchTemplateId),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  DefaultVersion: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ModifyLaunchTemplateRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyLaunchTemplateRequest extends TypeOf<typeof ModifyLaunchTemplateRequest> {}

/**
 * AWS `ModifyLaunchTemplateResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyLaunchTemplateResult = Schema.Struct({
  LaunchTemplate: Schema.optionalKey(LaunchTemplate)
})
/**
 * AWS `ModifyLaunchTemplateResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ModifyLaunchTemplateResult extends TypeOf<typeof ModifyLaunchTemplateResult> {}

/**
 * AWS `DeleteLaunchTemplateRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteLaunchTemplateRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  LaunchTemplateId: Schema.optionalKey(Identifier.LaunchTemplateId),
  LaunchTemplateName: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DeleteLaunchTemplateRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteLaunchTemplateRequest extends TypeOf<typeof DeleteLaunchTemplateRequest> {}

/**
 * AWS `DeleteLaunchTemplateResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteLaunchTemplateResult = Schema.Struct({
  LaunchTemplate: Schema.optionalKey(LaunchTemplate)
})
/**
 * AWS `DeleteLaunchTemplateResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DeleteLaunchTemplateResult extends TypeOf<typeof DeleteLaunchTemplateResult> {}

/**
 * AWS `DeleteLaunchTemplateVersionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteLaunchTemplateVersionsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  LaunchTemplateId: Schema.optionalKey(Schema.String),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  Versions: Schema.Array(Schema.String)
})
/**
 * AWS `DeleteLaunchTemplateVersionsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteLaunchTemplateVersionsRequest extends TypeOf<typeof DeleteLaunchTemplateVersionsRequest> {}

/**
 * AWS `DeleteLaunchTemplateVersionsResponseSuccessItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DeleteLaunchTemplateVersionsResponseSuccessItem = Schema.Struct({
  LaunchTemplateId: Schema.optionalKey(Schema.String),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  VersionNumber: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `DeleteLaunchTemplateVersionsResponseSuccessItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DeleteLaunchTemplateVersionsResponseSuccessItem extends TypeOf<typeof DeleteLaunchTemplateVersionsResponseSuccessItem> {}

/**
 * AWS `ResponseError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ResponseError = Schema.Struct({
  Code: Schema.optionalKey(LaunchTemplateErrorCode),
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ResponseError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ResponseError extends TypeOf<typeof ResponseError> {}

/**
 * AWS `DeleteLaunchTemplateVersionsResponseErrorItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DeleteLaunchTemplateVersionsResponseErrorItem = Schema.Struct({
  LaunchTemplateId: Schema.optionalKey(Schema.String),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  VersionNumber: Schema.optionalKey(Schema.Number),
  ResponseError: Schema.optionalKey(ResponseError)
})
/**
 * AWS `DeleteLaunchTemplateVersionsResponseErrorItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DeleteLaunchTemplateVersionsResponseErrorItem extends TypeOf<typeof DeleteLaunchTemplateVersionsResponseErrorItem> {}

/**
 * AWS `DeleteLaunchTemplateVersionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteLaunchTemplateVersionsResult = Schema.Struct({
  SuccessfullyDeletedLaunchTemplateVersions: Schema.optionalKey(Schema.Array(DeleteLaunchTemplateVersionsResponseSuccessItem)),
  UnsuccessfullyDeletedLaunchTemplateVersions: Schema.optionalKey(Schema.Array(DeleteLaunchTemplateVersionsResponseErrorItem))
})
/**
 * AWS `DeleteLaunchTemplateVersionsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DeleteLaunchTemplateVersionsResult extends TypeOf<typeof DeleteLaunchTemplateVersionsResult> {}

/**
 * AWS `DescribeInstanceCreditSpecificationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeInstanceCreditSpecificationsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  InstanceIds: Schema.optionalKey(Schema.Array(Identifier.InstanceId)),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeInstanceCreditSpecificationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeInstanceCreditSpecificationsRequest extends TypeOf<typeof DescribeInstanceCreditSpecificationsRequest> {}

/**
 * AWS `InstanceCreditSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceCreditSpecification = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String),
  CpuCredits: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceCreditSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceCreditSpecification extends TypeOf<typeof InstanceCreditSpecification> {}

/**
 * AWS `DescribeInstanceCreditSpecificationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeInstanceCreditSpecificationsResult = Schema.Struct({
  InstanceCreditSpecifications: Schema.optionalKey(Schema.Array(InstanceCreditSpecification)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeInstanceCreditSpecificationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeInstanceCreditSpecificationsResult extends TypeOf<typeof DescribeInstanceCreditSpecificationsResult> {}

/**
 * AWS `InstanceCreditSpecificationRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const InstanceCreditSpecificationRequestInput = Schema.Struct({
  InstanceId: Identifier.InstanceId,
  CpuCredits: Schema.optionalKey(Schema.String)
})
/**
 * AWS `InstanceCreditSpecificationRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface InstanceCreditSpecificationRequestInput extends TypeOf<typeof InstanceCreditSpecificationRequestInput> {}

/**
 * AWS `ModifyInstanceCreditSpecificationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyInstanceCreditSpecificationRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  ClientToken: Schema.optionalKey(Schema.String),
  InstanceCreditSpecifications: Schema.Array(InstanceCreditSpecificationRequestInput)
})
/**
 * AWS `ModifyInstanceCreditSpecificationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyInstanceCreditSpecificationRequest extends TypeOf<typeof ModifyInstanceCreditSpecificationRequest> {}

/**
 * AWS `SuccessfulInstanceCreditSpecificationItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SuccessfulInstanceCreditSpecificationItem = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SuccessfulInstanceCreditSpecificationItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SuccessfulInstanceCreditSpecificationItem extends TypeOf<typeof SuccessfulInstanceCreditSpecificationItem> {}

/**
 * AWS `UnsuccessfulInstanceCreditSpecificationItemError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const UnsuccessfulInstanceCreditSpecificationItemError = Schema.Struct({
  Code: Schema.optionalKey(UnsuccessfulInstanceCreditSpecificationErrorCode),
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `UnsuccessfulInstanceCreditSpecificationItemError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface UnsuccessfulInstanceCreditSpecificationItemError extends TypeOf<typeof UnsuccessfulInstanceCreditSpecificationItemError> {}

/**
 * AWS `UnsuccessfulInstanceCreditSpecificationItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const UnsuccessfulInstanceCreditSpecificationItem = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String),
  Error: Schema.optionalKey(UnsuccessfulInstanceCreditSpecificationItemError)
})
/**
 * AWS `UnsuccessfulInstanceCreditSpecificationItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface UnsuccessfulInstanceCreditSpecificationItem extends TypeOf<typeof UnsuccessfulInstanceCreditSpecificationItem> {}

/**
 * AWS `ModifyInstanceCreditSpecificationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyInstanceCreditSpecificationResult = Schema.Struct({
  SuccessfulInstanceCreditSpecifications: Schema.optionalKey(Schema.Array(SuccessfulInstanceCreditSpecificationItem)),
  UnsuccessfulInstanceCreditSpecifications: Schema.optionalKey(Schema.Array(UnsuccessfulInstanceCreditSpecificationItem))
})
/**
 * AWS `ModifyInstanceCreditSpecificationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ModifyInstanceCreditSpecificationResult extends TypeOf<typeof ModifyInstanceCreditSpecificationResult> {}

/**
 * AWS `GetConsoleOutputRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const GetConsoleOutputRequest = Schema.Struct({
  InstanceId: Identifier.InstanceId,
  Latest: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `GetConsoleOutputRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface GetConsoleOutputRequest extends TypeOf<typeof GetConsoleOutputRequest> {}

/**
 * AWS `GetConsoleOutputResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const GetConsoleOutputResult = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String),
  Timestamp: Schema.optionalKey(Schema.Date),
  Output: Schema.optionalKey(Schema.String)
})
/**
 * AWS `GetConsoleOutputResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface GetConsoleOutputResult extends TypeOf<typeof GetConsoleOutputResult> {}

/**
 * AWS `GetEbsEncryptionByDefaultRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const GetEbsEncryptionByDefaultRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `GetEbsEncryptionByDefaultRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface GetEbsEncryptionByDefaultRequest extends TypeOf<typeof GetEbsEncryptionByDefaultRequest> {}

/**
 * AWS `GetEbsEncryptionByDefaultResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const GetEbsEncryptionByDefaultResult = Schema.Struct({
  EbsEncryptionByDefault: Schema.optionalKey(Schema.Boolean),
  SseType: Schema.optionalKey(SSEType)
})
/**
 * AWS `GetEbsEncryptionByDefaultResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface GetEbsEncryptionByDefaultResult extends TypeOf<typeof GetEbsEncryptionByDefaultResult> {}

/**
 * AWS `EnableEbsEncryptionByDefaultRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const EnableEbsEncryptionByDefaultRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `EnableEbsEncryptionByDefaultRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface EnableEbsEncryptionByDefaultRequest extends TypeOf<typeof EnableEbsEncryptionByDefaultRequest> {}

/**
 * AWS `EnableEbsEncryptionByDefaultResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const EnableEbsEncryptionByDefaultResult = Schema.Struct({
  EbsEncryptionByDefault: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `EnableEbsEncryptionByDefaultResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface EnableEbsEncryptionByDefaultResult extends TypeOf<typeof EnableEbsEncryptionByDefaultResult> {}

/**
 * AWS `DisableEbsEncryptionByDefaultRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DisableEbsEncryptionByDefaultRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DisableEbsEncryptionByDefaultRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DisableEbsEncryptionByDefaultRequest extends TypeOf<typeof DisableEbsEncryptionByDefaultRequest> {}

/**
 * AWS `DisableEbsEncryptionByDefaultResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DisableEbsEncryptionByDefaultResult = Schema.Struct({
  EbsEncryptionByDefault: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DisableEbsEncryptionByDefaultResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DisableEbsEncryptionByDefaultResult extends TypeOf<typeof DisableEbsEncryptionByDefaultResult> {}

/**
 * AWS `DescribeSpotPriceHistoryRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeSpotPriceHistoryRequest = Schema.Struct({
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  StartTime: Schema.optionalKey(Schema.Date),
  EndTime: Schema.optionalKey(Schema.Date),
  InstanceTypes: Schema.optionalKey(Schema.Array(InstanceType.InstanceTypeName)),
  ProductDescriptions: Schema.optionalKey(Schema.Array(Schema.String)),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeSpotPriceHistoryRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeSpotPriceHistoryRequest extends TypeOf<typeof DescribeSpotPriceHistoryRequest> {}

/**
 * AWS `SpotPrice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SpotPrice = Schema.Struct({
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  ProductDescription: Schema.optionalKey(RIProductDescription),
  SpotPrice: Schema.optionalKey(Schema.String),
  Timestamp: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `SpotPrice`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SpotPrice extends TypeOf<typeof SpotPrice> {}

/**
 * AWS `DescribeSpotPriceHistoryResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeSpotPriceHistoryResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  SpotPriceHistory: Schema.optionalKey(Schema.Array(SpotPrice))
})
/**
 * AWS `DescribeSpotPriceHistoryResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeSpotPriceHistoryResult extends TypeOf<typeof DescribeSpotPriceHistoryResult> {}

/**
 * AWS `SpotPlacement`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const SpotPlacement = Schema.Struct({
  AvailabilityZone: Schema.optionalKey(Schema.String),
  GroupName: Schema.optionalKey(Schema.String),
  Tenancy: Schema.optionalKey(Tenancy),
  AvailabilityZoneId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SpotPlacement`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface SpotPlacement extends TypeOf<typeof SpotPlacement> {}

/**
 * AWS `RequestSpotLaunchSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const RequestSpotLaunchSpecificationInput = Schema.Struct({
  SecurityGroupIds: Schema.optionalKey(Schema.Array(Identifier.SecurityGroupId)),
  SecurityGroups: Schema.optionalKey(Schema.Array(Schema.String)),
  AddressingType: Schema.optionalKey(Schema.String),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(BlockDeviceMappingInput)),
  EbsOptimized: Schema.optionalKey(Schema.Boolean),
  IamInstanceProfile: Schema.optionalKey(IamInstanceProfileSpecification),
  ImageId: Schema.optionalKey(Identifier.ImageId),
  InstanceType: Schema.optionalKey(InstanceType.InstanceTypeName),
  KernelId: Schema.optionalKey(Schema.String),
  KeyName: Schema.optionalKey(Schema.String),
  Monitoring: Schema.optionalKey(RunInstancesMonitoringEnabled),
  NetworkInterfaces: Schema.optionalKey(Schema.Array(InstanceNetworkInterfaceSpecificationInput)),
  Placement: Schema.optionalKey(SpotPlacement),
  RamdiskId: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Identifier.SubnetId),
  UserData: Schema.optionalKey(Schema.String)
})
/**
 * AWS `RequestSpotLaunchSpecification` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface RequestSpotLaunchSpecificationInput extends TypeOf<typeof RequestSpotLaunchSpecificationInput> {}

/**
 * AWS `RequestSpotInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const RequestSpotInstancesRequest = Schema.Struct({
  LaunchSpecification: Schema.optionalKey(RequestSpotLaunchSpecificationInput),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  InstanceInterruptionBehavior: Schema.optionalKey(InstanceInterruptionBehavior),
  DryRun: Schema.optionalKey(Schema.Boolean),
  SpotPrice: Schema.optionalKey(Schema.String),
  ClientToken: Schema.optionalKey(Schema.String),
  InstanceCount: Schema.optionalKey(Schema.Number),
  Type: Schema.optionalKey(SpotInstanceType),
  ValidFrom: Schema.optionalKey(Schema.Date),
  ValidUntil: Schema.optionalKey(Schema.Date),
  LaunchGroup: Schema.optionalKey(Schema.String),
  AvailabilityZoneGroup: Schema.optionalKey(Schema.String),
  BlockDurationMinutes: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `RequestSpotInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface RequestSpotInstancesRequest extends TypeOf<typeof RequestSpotInstancesRequest> {}

/**
 * AWS `SpotInstanceStateFault`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SpotInstanceStateFault = Schema.Struct({
  Code: Schema.optionalKey(Schema.String),
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SpotInstanceStateFault`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SpotInstanceStateFault extends TypeOf<typeof SpotInstanceStateFault> {}

/**
 * AWS `InstanceNetworkInterfaceSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceNetworkInterfaceSpecification = Schema.Struct({
  AssociatePublicIpAddress: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Description: Schema.optionalKey(Schema.String),
  DeviceIndex: Schema.optionalKey(Schema.Number),
  Groups: Schema.optionalKey(Schema.Array(Schema.String)),
  Ipv6AddressCount: Schema.optionalKey(Schema.Number),
  Ipv6Addresses: Schema.optionalKey(Schema.Array(InstanceIpv6Address)),
  NetworkInterfaceId: Schema.optionalKey(Schema.String),
  PrivateIpAddress: Schema.optionalKey(Schema.String),
  PrivateIpAddresses: Schema.optionalKey(Schema.Array(PrivateIpAddressSpecification)),
  SecondaryPrivateIpAddressCount: Schema.optionalKey(Schema.Number),
  SubnetId: Schema.optionalKey(Schema.String),
  AssociateCarrierIpAddress: Schema.optionalKey(Schema.Boolean),
  InterfaceType: Schema.optionalKey(Schema.String),
  NetworkCardIndex: Schema.optionalKey(Schema.Number),
  Ipv4Prefixes: Schema.optionalKey(Schema.Array(Ipv4PrefixSpecificationRequest)),
  Ipv4PrefixCount: Schema.optionalKey(Schema.Number),
  Ipv6Prefixes: Schema.optionalKey(Schema.Array(Ipv6PrefixSpecificationRequest)),
  Ipv6PrefixCount: Schema.optionalKey(Schema.Number),
  PrimaryIpv6: Schema.optionalKey(Schema.Boolean),
  EnaSrdSpecification: Schema.optionalKey(EnaSrdSpecificationRequest),
  ConnectionTrackingSpecification: Schema.optionalKey(ConnectionTrackingSpecificationRequest),
  EnaQueueCount: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InstanceNetworkInterfaceSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceNetworkInterfaceSpecification extends TypeOf<typeof InstanceNetworkInterfaceSpecification> {}

/**
 * AWS `LaunchSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchSpecification = Schema.Struct({
  UserData: Schema.optionalKey(Schema.String),
  AddressingType: Schema.optionalKey(Schema.String),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(BlockDeviceMapping)),
  EbsOptimized: Schema.optionalKey(Schema.Boolean),
  IamInstanceProfile: Schema.optionalKey(IamInstanceProfileSpecification),
  ImageId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  KernelId: Schema.optionalKey(Schema.String),
  KeyName: Schema.optionalKey(Schema.String),
  NetworkInterfaces: Schema.optionalKey(Schema.Array(InstanceNetworkInterfaceSpecification)),
  Placement: Schema.optionalKey(SpotPlacement),
  RamdiskId: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Schema.String),
  SecurityGroups: Schema.optionalKey(Schema.Array(GroupIdentifier)),
  Monitoring: Schema.optionalKey(RunInstancesMonitoringEnabled)
})
/**
 * AWS `LaunchSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchSpecification extends TypeOf<typeof LaunchSpecification> {}

/**
 * AWS `SpotInstanceStatus`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SpotInstanceStatus = Schema.Struct({
  Code: Schema.optionalKey(Schema.String),
  Message: Schema.optionalKey(Schema.String),
  UpdateTime: Schema.optionalKey(Schema.Date)
})
/**
 * AWS `SpotInstanceStatus`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SpotInstanceStatus extends TypeOf<typeof SpotInstanceStatus> {}

/**
 * AWS `SpotInstanceRequest`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SpotInstanceRequest = Schema.Struct({
  ActualBlockHourlyPrice: Schema.optionalKey(Schema.String),
  AvailabilityZoneGroup: Schema.optionalKey(Schema.String),
  BlockDurationMinutes: Schema.optionalKey(Schema.Number),
  CreateTime: Schema.optionalKey(Schema.Date),
  Fault: Schema.optionalKey(SpotInstanceStateFault),
  InstanceId: Schema.optionalKey(Schema.String),
  LaunchGroup: Schema.optionalKey(Schema.String),
  LaunchSpecification: Schema.optionalKey(LaunchSpecification),
  LaunchedAvailabilityZone: Schema.optionalKey(Schema.String),
  LaunchedAvailabilityZoneId: Schema.optionalKey(Schema.String),
  ProductDescription: Schema.optionalKey(RIProductDescription),
  SpotInstanceRequestId: Schema.optionalKey(Schema.String),
  SpotPrice: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(SpotInstanceState),
  Status: Schema.optionalKey(SpotInstanceStatus),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  Type: Schema.optionalKey(SpotInstanceType),
  ValidFrom: Schema.optionalKey(Schema.Date),
  ValidUntil: Schema.optionalKey(Schema.Date),
  InstanceInterruptionBehavior: Schema.optionalKey(InstanceInterruptionBehavior)
})
/**
 * AWS `SpotInstanceRequest`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SpotInstanceRequest extends TypeOf<typeof SpotInstanceRequest> {}

/**
 * AWS `RequestSpotInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const RequestSpotInstancesResult = Schema.Struct({
  SpotInstanceRequests: Schema.optionalKey(Schema.Array(SpotInstanceRequest))
})
/**
 * AWS `RequestSpotInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface RequestSpotInstancesResult extends TypeOf<typeof RequestSpotInstancesResult> {}

/**
 * AWS `DescribeSpotInstanceRequestsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeSpotInstanceRequestsRequest = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  DryRun: Schema.optionalKey(Schema.Boolean),
  SpotInstanceRequestIds: Schema.optionalKey(Schema.Array(Schema.String)),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeSpotInstanceRequestsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeSpotInstanceRequestsRequest extends TypeOf<typeof DescribeSpotInstanceRequestsRequest> {}

/**
 * AWS `DescribeSpotInstanceRequestsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeSpotInstanceRequestsResult = Schema.Struct({
  SpotInstanceRequests: Schema.optionalKey(Schema.Array(SpotInstanceRequest)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeSpotInstanceRequestsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeSpotInstanceRequestsResult extends TypeOf<typeof DescribeSpotInstanceRequestsResult> {}

/**
 * AWS `CancelSpotInstanceRequestsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CancelSpotInstanceRequestsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  SpotInstanceRequestIds: Schema.Array(Schema.String)
})
/**
 * AWS `CancelSpotInstanceRequestsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CancelSpotInstanceRequestsRequest extends TypeOf<typeof CancelSpotInstanceRequestsRequest> {}

/**
 * AWS `CancelledSpotInstanceRequest`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CancelledSpotInstanceRequest = Schema.Struct({
  SpotInstanceRequestId: Schema.optionalKey(Schema.String),
  State: Schema.optionalKey(CancelSpotInstanceRequestState)
})
/**
 * AWS `CancelledSpotInstanceRequest`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CancelledSpotInstanceRequest extends TypeOf<typeof CancelledSpotInstanceRequest> {}

/**
 * AWS `CancelSpotInstanceRequestsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CancelSpotInstanceRequestsResult = Schema.Struct({
  CancelledSpotInstanceRequests: Schema.optionalKey(Schema.Array(CancelledSpotInstanceRequest))
})
/**
 * AWS `CancelSpotInstanceRequestsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CancelSpotInstanceRequestsResult extends TypeOf<typeof CancelSpotInstanceRequestsResult> {}

/**
 * AWS `FleetSpotCapacityRebalanceRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetSpotCapacityRebalanceRequest = Schema.Struct({
  ReplacementStrategy: Schema.optionalKey(FleetReplacementStrategy),
  TerminationDelay: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `FleetSpotCapacityRebalanceRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetSpotCapacityRebalanceRequest extends TypeOf<typeof FleetSpotCapacityRebalanceRequest> {}

/**
 * AWS `FleetSpotMaintenanceStrategiesRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetSpotMaintenanceStrategiesRequest = Schema.Struct({
  CapacityRebalance: Schema.optionalKey(FleetSpotCapacityRebalanceRequest)
})
/**
 * AWS `FleetSpotMaintenanceStrategiesRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetSpotMaintenanceStrategiesRequest extends TypeOf<typeof FleetSpotMaintenanceStrategiesRequest> {}

/**
 * AWS `SpotOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const SpotOptionsRequest = Schema.Struct({
  AllocationStrategy: Schema.optionalKey(SpotAllocationStrategy),
  MaintenanceStrategies: Schema.optionalKey(FleetSpotMaintenanceStrategiesRequest),
  InstanceInterruptionBehavior: Schema.optionalKey(SpotInstanceInterruptionBehavior),
  InstancePoolsToUseCount: Schema.optionalKey(Schema.Number),
  SingleInstanceType: Schema.optionalKey(Schema.Boolean),
  SingleAvailabilityZone: Schema.optionalKey(Schema.Boolean),
  MinTargetCapacity: Schema.optionalKey(Schema.Number),
  MaxTotalPrice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SpotOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface SpotOptionsRequest extends TypeOf<typeof SpotOptionsRequest> {}

/**
 * AWS `CapacityReservationOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const CapacityReservationOptionsRequest = Schema.Struct({
  UsageStrategy: Schema.optionalKey(FleetCapacityReservationUsageStrategy)
})
/**
 * AWS `CapacityReservationOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface CapacityReservationOptionsRequest extends TypeOf<typeof CapacityReservationOptionsRequest> {}

/**
 * AWS `OnDemandOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const OnDemandOptionsRequest = Schema.Struct({
  AllocationStrategy: Schema.optionalKey(FleetOnDemandAllocationStrategy),
  CapacityReservationOptions: Schema.optionalKey(CapacityReservationOptionsRequest),
  SingleInstanceType: Schema.optionalKey(Schema.Boolean),
  SingleAvailabilityZone: Schema.optionalKey(Schema.Boolean),
  MinTargetCapacity: Schema.optionalKey(Schema.Number),
  MaxTotalPrice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `OnDemandOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface OnDemandOptionsRequest extends TypeOf<typeof OnDemandOptionsRequest> {}

/**
 * AWS `FleetCapacityReservationTargetRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetCapacityReservationTargetRequest = Schema.Struct({
  CapacityReservationIds: Schema.optionalKey(Schema.Array(Schema.String)),
  CapacityReservationResourceGroupArns: Schema.optionalKey(Schema.Array(Schema.String))
})
/**
 * AWS `FleetCapacityReservationTargetRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetCapacityReservationTargetRequest extends TypeOf<typeof FleetCapacityReservationTargetRequest> {}

/**
 * AWS `ReservedCapacityFallbackOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const ReservedCapacityFallbackOptionsRequest = Schema.Struct({
  MarketTypes: Schema.optionalKey(Schema.Array(ReservedCapacityFallbackMarketType))
})
/**
 * AWS `ReservedCapacityFallbackOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface ReservedCapacityFallbackOptionsRequest extends TypeOf<typeof ReservedCapacityFallbackOptionsRequest> {}

/**
 * AWS `ReservedCapacityOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const ReservedCapacityOptionsRequest = Schema.Struct({
  AllocationStrategy: Schema.optionalKey(ReservedCapacityAllocationStrategy),
  ReservationTypes: Schema.optionalKey(Schema.Array(FleetReservationType)),
  CapacityReservationTarget: Schema.optionalKey(FleetCapacityReservationTargetRequest),
  ReservedCapacityFallbackOptions: Schema.optionalKey(ReservedCapacityFallbackOptionsRequest)
})
/**
 * AWS `ReservedCapacityOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface ReservedCapacityOptionsRequest extends TypeOf<typeof ReservedCapacityOptionsRequest> {}

/**
 * AWS `FleetLaunchTemplateSpecificationRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetLaunchTemplateSpecificationRequestInput = Schema.Struct({
  LaunchTemplateId: Schema.optionalKey(Identifier.LaunchTemplateId),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  Version: Schema.optionalKey(Schema.String),
  LaunchTemplateSpecificationUserData: Schema.optionalKey(Schema.String)
})
/**
 * AWS `FleetLaunchTemplateSpecificationRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetLaunchTemplateSpecificationRequestInput extends TypeOf<typeof FleetLaunchTemplateSpecificationRequestInput> {}

/**
 * AWS `FleetEbsBlockDeviceRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetEbsBlockDeviceRequestInput = Schema.Struct({
  Encrypted: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Iops: Schema.optionalKey(Schema.Number),
  Throughput: Schema.optionalKey(Schema.Number),
  KmsKeyId: Schema.optionalKey(Schema.String),
  SnapshotId: Schema.optionalKey(Identifier.SnapshotId),
  VolumeSize: Schema.optionalKey(Schema.Number),
  VolumeType: Schema.optionalKey(VolumeType)
})
/**
 * AWS `FleetEbsBlockDeviceRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetEbsBlockDeviceRequestInput extends TypeOf<typeof FleetEbsBlockDeviceRequestInput> {}

/**
 * AWS `FleetBlockDeviceMappingRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetBlockDeviceMappingRequestInput = Schema.Struct({
  DeviceName: Schema.optionalKey(Schema.String),
  VirtualName: Schema.optionalKey(Schema.String),
  Ebs: Schema.optionalKey(FleetEbsBlockDeviceRequestInput),
  NoDevice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `FleetBlockDeviceMappingRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetBlockDeviceMappingRequestInput extends TypeOf<typeof FleetBlockDeviceMappingRequestInput> {}

/**
 * AWS `FleetIamInstanceProfileSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetIamInstanceProfileSpecificationRequest = Schema.Struct({
  Arn: Schema.optionalKey(Schema.String),
  Name: Schema.optionalKey(Schema.String)
})
/**
 * AWS `FleetIamInstanceProfileSpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetIamInstanceProfileSpecificationRequest extends TypeOf<typeof FleetIamInstanceProfileSpecificationRequest> {}

/**
 * AWS `FleetInstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetInstanceMetadataOptionsRequest = Schema.Struct({
  HttpTokens: Schema.optionalKey(FleetHttpTokensState),
  HttpPutResponseHopLimit: Schema.optionalKey(Schema.Number),
  HttpEndpoint: Schema.optionalKey(FleetInstanceMetadataEndpointState)
})
/**
 * AWS `FleetInstanceMetadataOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetInstanceMetadataOptionsRequest extends TypeOf<typeof FleetInstanceMetadataOptionsRequest> {}

/**
 * AWS `FleetLaunchTemplateOverridesRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetLaunchTemplateOverridesRequestInput = Schema.Struct({
  InstanceType: Schema.optionalKey(InstanceType.InstanceTypeName),
  MaxPrice: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Identifier.SubnetId),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  WeightedCapacity: Schema.optionalKey(Schema.Number),
  Priority: Schema.optionalKey(Schema.Number),
  Placement: Schema.optionalKey(PlacementInput),
  KeyName: Schema.optionalKey(Schema.String),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(FleetBlockDeviceMappingRequestInput)),
  IamInstanceProfile: Schema.optionalKey(FleetIamInstanceProfileSpecificationRequest),
  MetadataOptions: Schema.optionalKey(FleetInstanceMetadataOptionsRequest),
  InstanceRequirements: Schema.optionalKey(InstanceRequirementsRequest),
  ImageId: Schema.optionalKey(Identifier.ImageId),
  AvailabilityZoneId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `FleetLaunchTemplateOverridesRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetLaunchTemplateOverridesRequestInput extends TypeOf<typeof FleetLaunchTemplateOverridesRequestInput> {}

/**
 * AWS `FleetLaunchTemplateConfigRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export const FleetLaunchTemplateConfigRequestInput = Schema.Struct({
  LaunchTemplateSpecification: Schema.optionalKey(FleetLaunchTemplateSpecificationRequestInput),
  Overrides: Schema.optionalKey(Schema.Array(FleetLaunchTemplateOverridesRequestInput))
})
/**
 * AWS `FleetLaunchTemplateConfigRequest` as a request member (ids are branded and checked).
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface FleetLaunchTemplateConfigRequestInput extends TypeOf<typeof FleetLaunchTemplateConfigRequestInput> {}

/**
 * AWS `TargetCapacitySpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const TargetCapacitySpecificationRequest = Schema.Struct({
  TotalTargetCapacity: Schema.Number,
  OnDemandTargetCapacity: Schema.optionalKey(Schema.Number),
  SpotTargetCapacity: Schema.optionalKey(Schema.Number),
  DefaultTargetCapacityType: Schema.optionalKey(DefaultTargetCapacityType),
  TargetCapacityUnitType: Schema.optionalKey(TargetCapacityUnitType)
})
/**
 * AWS `TargetCapacitySpecificationRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface TargetCapacitySpecificationRequest extends TypeOf<typeof TargetCapacitySpecificationRequest> {}

/**
 * AWS `CreateFleetRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateFleetRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  ClientToken: Schema.optionalKey(Schema.String),
  SpotOptions: Schema.optionalKey(SpotOptionsRequest),
  OnDemandOptions: Schema.optionalKey(OnDemandOptionsRequest),
  ReservedCapacityOptions: Schema.optionalKey(ReservedCapacityOptionsRequest),
  ExcessCapacityTerminationPolicy: Schema.optionalKey(FleetExcessCapacityTerminationPolicy),
  LaunchTemplateConfigs: Schema.Array(FleetLaunchTemplateConfigRequestInput),
  TargetCapacitySpecification: TargetCapacitySpecificationRequest,
  TerminateInstancesWithExpiration: Schema.optionalKey(Schema.Boolean),
  Type: Schema.optionalKey(FleetType),
  ValidFrom: Schema.optionalKey(Schema.Date),
  ValidUntil: Schema.optionalKey(Schema.Date),
  ReplaceUnhealthyInstances: Schema.optionalKey(Schema.Boolean),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  Context: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateFleetRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateFleetRequest extends TypeOf<typeof CreateFleetRequest> {}

/**
 * AWS `FleetLaunchTemplateSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FleetLaunchTemplateSpecification = Schema.Struct({
  LaunchTemplateId: Schema.optionalKey(Schema.String),
  LaunchTemplateName: Schema.optionalKey(Schema.String),
  Version: Schema.optionalKey(Schema.String)
})
/**
 * AWS `FleetLaunchTemplateSpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FleetLaunchTemplateSpecification extends TypeOf<typeof FleetLaunchTemplateSpecification> {}

/**
 * AWS `PlacementResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PlacementResponse = Schema.Struct({
  GroupName: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PlacementResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PlacementResponse extends TypeOf<typeof PlacementResponse> {}

/**
 * AWS `EbsBlockDeviceResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const EbsBlockDeviceResponse = Schema.Struct({
  Encrypted: Schema.optionalKey(Schema.Boolean),
  DeleteOnTermination: Schema.optionalKey(Schema.Boolean),
  Iops: Schema.optionalKey(Schema.Number),
  Throughput: Schema.optionalKey(Schema.Number),
  KmsKeyId: Schema.optionalKey(Schema.String),
  SnapshotId: Schema.optionalKey(Schema.String),
  VolumeSize: Schema.optionalKey(Schema.Number),
  VolumeType: Schema.optionalKey(VolumeType)
})
/**
 * AWS `EbsBlockDeviceResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface EbsBlockDeviceResponse extends TypeOf<typeof EbsBlockDeviceResponse> {}

/**
 * AWS `BlockDeviceMappingResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const BlockDeviceMappingResponse = Schema.Struct({
  DeviceName: Schema.optionalKey(Schema.String),
  VirtualName: Schema.optionalKey(Schema.String),
  Ebs: Schema.optionalKey(EbsBlockDeviceResponse),
  NoDevice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `BlockDeviceMappingResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface BlockDeviceMappingResponse extends TypeOf<typeof BlockDeviceMappingResponse> {}

/**
 * AWS `FleetLaunchTemplateOverrides`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FleetLaunchTemplateOverrides = Schema.Struct({
  InstanceType: Schema.optionalKey(Schema.String),
  MaxPrice: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  WeightedCapacity: Schema.optionalKey(Schema.Number),
  Priority: Schema.optionalKey(Schema.Number),
  Placement: Schema.optionalKey(PlacementResponse),
  InstanceRequirements: Schema.optionalKey(InstanceRequirements),
  ImageId: Schema.optionalKey(Schema.String),
  BlockDeviceMappings: Schema.optionalKey(Schema.Array(BlockDeviceMappingResponse)),
  AvailabilityZoneId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `FleetLaunchTemplateOverrides`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FleetLaunchTemplateOverrides extends TypeOf<typeof FleetLaunchTemplateOverrides> {}

/**
 * AWS `LaunchTemplateAndOverridesResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const LaunchTemplateAndOverridesResponse = Schema.Struct({
  LaunchTemplateSpecification: Schema.optionalKey(FleetLaunchTemplateSpecification),
  Overrides: Schema.optionalKey(FleetLaunchTemplateOverrides)
})
/**
 * AWS `LaunchTemplateAndOverridesResponse`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface LaunchTemplateAndOverridesResponse extends TypeOf<typeof LaunchTemplateAndOverridesResponse> {}

/**
 * AWS `CreateFleetError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CreateFleetError = Schema.Struct({
  LaunchTemplateAndOverrides: Schema.optionalKey(LaunchTemplateAndOverridesResponse),
  Lifecycle: Schema.optionalKey(InstanceLifecycle),
  ErrorCode: Schema.optionalKey(Schema.String),
  ErrorMessage: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateFleetError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CreateFleetError extends TypeOf<typeof CreateFleetError> {}

/**
 * AWS `CreateFleetInstance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CreateFleetInstance = Schema.Struct({
  LaunchTemplateAndOverrides: Schema.optionalKey(LaunchTemplateAndOverridesResponse),
  Lifecycle: Schema.optionalKey(InstanceLifecycle),
  InstanceIds: Schema.optionalKey(Schema.Array(Schema.String)),
  InstanceType: Schema.optionalKey(Schema.String),
  Platform: Schema.optionalKey(PlatformValues),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  SubnetId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CreateFleetInstance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CreateFleetInstance extends TypeOf<typeof CreateFleetInstance> {}

/**
 * AWS `CreateFleetResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateFleetResult = Schema.Struct({
  FleetId: Schema.optionalKey(Schema.String),
  Errors: Schema.optionalKey(Schema.Array(CreateFleetError)),
  Instances: Schema.optionalKey(Schema.Array(CreateFleetInstance))
})
/**
 * AWS `CreateFleetResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateFleetResult extends TypeOf<typeof CreateFleetResult> {}

/**
 * AWS `DescribeFleetsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeFleetsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String),
  FleetIds: Schema.optionalKey(Schema.Array(Schema.String)),
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeFleetsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeFleetsRequest extends TypeOf<typeof DescribeFleetsRequest> {}

/**
 * AWS `FleetLaunchTemplateConfig`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FleetLaunchTemplateConfig = Schema.Struct({
  LaunchTemplateSpecification: Schema.optionalKey(FleetLaunchTemplateSpecification),
  Overrides: Schema.optionalKey(Schema.Array(FleetLaunchTemplateOverrides))
})
/**
 * AWS `FleetLaunchTemplateConfig`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FleetLaunchTemplateConfig extends TypeOf<typeof FleetLaunchTemplateConfig> {}

/**
 * AWS `TargetCapacitySpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const TargetCapacitySpecification = Schema.Struct({
  TotalTargetCapacity: Schema.optionalKey(Schema.Number),
  OnDemandTargetCapacity: Schema.optionalKey(Schema.Number),
  SpotTargetCapacity: Schema.optionalKey(Schema.Number),
  DefaultTargetCapacityType: Schema.optionalKey(DefaultTargetCapacityType),
  TargetCapacityUnitType: Schema.optionalKey(TargetCapacityUnitType)
})
/**
 * AWS `TargetCapacitySpecification`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface TargetCapacitySpecification extends TypeOf<typeof TargetCapacitySpecification> {}

/**
 * AWS `FleetSpotCapacityRebalance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FleetSpotCapacityRebalance = Schema.Struct({
  ReplacementStrategy: Schema.optionalKey(FleetReplacementStrategy),
  TerminationDelay: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `FleetSpotCapacityRebalance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FleetSpotCapacityRebalance extends TypeOf<typeof FleetSpotCapacityRebalance> {}

/**
 * AWS `FleetSpotMaintenanceStrategies`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FleetSpotMaintenanceStrategies = Schema.Struct({
  CapacityRebalance: Schema.optionalKey(FleetSpotCapacityRebalance)
})
/**
 * AWS `FleetSpotMaintenanceStrategies`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FleetSpotMaintenanceStrategies extends TypeOf<typeof FleetSpotMaintenanceStrategies> {}

/**
 * AWS `SpotOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const SpotOptions = Schema.Struct({
  AllocationStrategy: Schema.optionalKey(SpotAllocationStrategy),
  MaintenanceStrategies: Schema.optionalKey(FleetSpotMaintenanceStrategies),
  InstanceInterruptionBehavior: Schema.optionalKey(SpotInstanceInterruptionBehavior),
  InstancePoolsToUseCount: Schema.optionalKey(Schema.Number),
  SingleInstanceType: Schema.optionalKey(Schema.Boolean),
  SingleAvailabilityZone: Schema.optionalKey(Schema.Boolean),
  MinTargetCapacity: Schema.optionalKey(Schema.Number),
  MaxTotalPrice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `SpotOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface SpotOptions extends TypeOf<typeof SpotOptions> {}

/**
 * AWS `CapacityReservationOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityReservationOptions = Schema.Struct({
  UsageStrategy: Schema.optionalKey(FleetCapacityReservationUsageStrategy)
})
/**
 * AWS `CapacityReservationOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityReservationOptions extends TypeOf<typeof CapacityReservationOptions> {}

/**
 * AWS `OnDemandOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const OnDemandOptions = Schema.Struct({
  AllocationStrategy: Schema.optionalKey(FleetOnDemandAllocationStrategy),
  CapacityReservationOptions: Schema.optionalKey(CapacityReservationOptions),
  SingleInstanceType: Schema.optionalKey(Schema.Boolean),
  SingleAvailabilityZone: Schema.optionalKey(Schema.Boolean),
  MinTargetCapacity: Schema.optionalKey(Schema.Number),
  MaxTotalPrice: Schema.optionalKey(Schema.String)
})
/**
 * AWS `OnDemandOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface OnDemandOptions extends TypeOf<typeof OnDemandOptions> {}

/**
 * AWS `ReservedCapacityFallbackOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ReservedCapacityFallbackOptions = Schema.Struct({
  MarketTypes: Schema.optionalKey(Schema.Array(ReservedCapacityFallbackMarketType))
})
/**
 * AWS `ReservedCapacityFallbackOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ReservedCapacityFallbackOptions extends TypeOf<typeof ReservedCapacityFallbackOptions> {}

/**
 * AWS `ReservedCapacityOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ReservedCapacityOptions = Schema.Struct({
  AllocationStrategy: Schema.optionalKey(ReservedCapacityAllocationStrategy),
  ReservationTypes: Schema.optionalKey(Schema.Array(FleetReservationType)),
  ReservedCapacityFallbackOptions: Schema.optionalKey(ReservedCapacityFallbackOptions)
})
/**
 * AWS `ReservedCapacityOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ReservedCapacityOptions extends TypeOf<typeof ReservedCapacityOptions> {}

/**
 * AWS `DescribeFleetError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DescribeFleetError = Schema.Struct({
  LaunchTemplateAndOverrides: Schema.optionalKey(LaunchTemplateAndOverridesResponse),
  Lifecycle: Schema.optionalKey(InstanceLifecycle),
  ErrorCode: Schema.optionalKey(Schema.String),
  ErrorMessage: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeFleetError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DescribeFleetError extends TypeOf<typeof DescribeFleetError> {}

/**
 * AWS `DescribeFleetsInstances`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DescribeFleetsInstances = Schema.Struct({
  LaunchTemplateAndOverrides: Schema.optionalKey(LaunchTemplateAndOverridesResponse),
  Lifecycle: Schema.optionalKey(InstanceLifecycle),
  InstanceIds: Schema.optionalKey(Schema.Array(Schema.String)),
  InstanceType: Schema.optionalKey(Schema.String),
  Platform: Schema.optionalKey(PlatformValues)
})
/**
 * AWS `DescribeFleetsInstances`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DescribeFleetsInstances extends TypeOf<typeof DescribeFleetsInstances> {}

/**
 * AWS `FleetData`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const FleetData = Schema.Struct({
  ActivityStatus: Schema.optionalKey(FleetActivityStatus),
  CreateTime: Schema.optionalKey(Schema.Date),
  FleetId: Schema.optionalKey(Schema.String),
  FleetState: Schema.optionalKey(FleetStateCode),
  ClientToken: Schema.optionalKey(Schema.String),
  ExcessCapacityTerminationPolicy: Schema.optionalKey(FleetExcessCapacityTerminationPolicy),
  FulfilledCapacity: Schema.optionalKey(Schema.Number),
  FulfilledOnDemandCapacity: Schema.optionalKey(Schema.Number),
  LaunchTemplateConfigs: Schema.optionalKey(Schema.Array(FleetLaunchTemplateConfig)),
  TargetCapacitySpecification: Schema.optionalKey(TargetCapacitySpecification),
  TerminateInstancesWithExpiration: Schema.optionalKey(Schema.Boolean),
  Type: Schema.optionalKey(FleetType),
  ValidFrom: Schema.optionalKey(Schema.Date),
  ValidUntil: Schema.optionalKey(Schema.Date),
  ReplaceUnhealthyInstances: Schema.optionalKey(Schema.Boolean),
  SpotOptions: Schema.optionalKey(SpotOptions),
  OnDemandOptions: Schema.optionalKey(OnDemandOptions),
  ReservedCapacityOptions: Schema.optionalKey(ReservedCapacityOptions),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  Errors: Schema.optionalKey(Schema.Array(DescribeFleetError)),
  Instances: Schema.optionalKey(Schema.Array(DescribeFleetsInstances)),
  Context: Schema.optionalKey(Schema.String)
})
/**
 * AWS `FleetData`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface FleetData extends TypeOf<typeof FleetData> {}

/**
 * AWS `DescribeFleetsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeFleetsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  Fleets: Schema.optionalKey(Schema.Array(FleetData))
})
/**
 * AWS `DescribeFleetsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeFleetsResult extends TypeOf<typeof DescribeFleetsResult> {}

/**
 * AWS `DescribeFleetInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeFleetInstancesRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  MaxResults: Schema.optionalKey(Schema.Number),
  NextToken: Schema.optionalKey(Schema.String),
  FleetId: Schema.String,
  Filters: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeFleetInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeFleetInstancesRequest extends TypeOf<typeof DescribeFleetInstancesRequest> {}

/**
 * AWS `ActiveInstance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ActiveInstance = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  SpotInstanceRequestId: Schema.optionalKey(Schema.String),
  InstanceHealth: Schema.optionalKey(InstanceHealthStatus)
})
/**
 * AWS `ActiveInstance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ActiveInstance extends TypeOf<typeof ActiveInstance> {}

/**
 * AWS `DescribeFleetInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeFleetInstancesResult = Schema.Struct({
  ActiveInstances: Schema.optionalKey(Schema.Array(ActiveInstance)),
  NextToken: Schema.optionalKey(Schema.String),
  FleetId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeFleetInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeFleetInstancesResult extends TypeOf<typeof DescribeFleetInstancesResult> {}

/**
 * AWS `DeleteFleetsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DeleteFleetsRequest = Schema.Struct({
  DryRun: Schema.optionalKey(Schema.Boolean),
  FleetIds: Schema.Array(Schema.String),
  TerminateInstances: Schema.Boolean
})
/**
 * AWS `DeleteFleetsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DeleteFleetsRequest extends TypeOf<typeof DeleteFleetsRequest> {}

/**
 * AWS `DeleteFleetSuccessItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DeleteFleetSuccessItem = Schema.Struct({
  CurrentFleetState: Schema.optionalKey(FleetStateCode),
  PreviousFleetState: Schema.optionalKey(FleetStateCode),
  FleetId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DeleteFleetSuccessItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DeleteFleetSuccessItem extends TypeOf<typeof DeleteFleetSuccessItem> {}

/**
 * AWS `DeleteFleetError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DeleteFleetError = Schema.Struct({
  Code: Schema.optionalKey(DeleteFleetErrorCode),
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DeleteFleetError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DeleteFleetError extends TypeOf<typeof DeleteFleetError> {}

/**
 * AWS `DeleteFleetErrorItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const DeleteFleetErrorItem = Schema.Struct({
  Error: Schema.optionalKey(DeleteFleetError),
  FleetId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DeleteFleetErrorItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface DeleteFleetErrorItem extends TypeOf<typeof DeleteFleetErrorItem> {}

/**
 * AWS `DeleteFleetsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteFleetsResult = Schema.Struct({
  SuccessfulFleetDeletions: Schema.optionalKey(Schema.Array(DeleteFleetSuccessItem)),
  UnsuccessfulFleetDeletions: Schema.optionalKey(Schema.Array(DeleteFleetErrorItem))
})
/**
 * AWS `DeleteFleetsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DeleteFleetsResult extends TypeOf<typeof DeleteFleetsResult> {}

/**
 * AWS `CreateCapacityReservationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CreateCapacityReservationRequest = Schema.Struct({
  ClientToken: Schema.optionalKey(Schema.String),
  InstanceType: Schema.String,
  InstancePlatform: CapacityReservationInstancePlatform,
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  Tenancy: Schema.optionalKey(CapacityReservationTenancy),
  InstanceCount: Schema.Number,
  EbsOptimized: Schema.optionalKey(Schema.Boolean),
  EphemeralStorage: Schema.optionalKey(Schema.Boolean),
  EndDate: Schema.optionalKey(Schema.Date),
  EndDateType: Schema.optionalKey(EndDateType),
  InstanceMatchCriteria: Schema.optionalKey(InstanceMatchCriteria),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  OutpostArn: Schema.optionalKey(Schema.String),
  PlacementGroupArn: Schema.optionalKey(Schema.String),
  StartDate: Schema.optionalKey(Schema.Date),
  CommitmentDuration: Schema.optionalKey(Schema.Number),
  DeliveryPreference: Schema.optionalKey(CapacityReservationDeliveryPreference)
})
/**
 * AWS `CreateCapacityReservationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CreateCapacityReservationRequest extends TypeOf<typeof CreateCapacityReservationRequest> {}

/**
 * AWS `CapacityAllocationMetadataEntry`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityAllocationMetadataEntry = Schema.Struct({
  Key: Schema.optionalKey(Schema.String),
  Value: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CapacityAllocationMetadataEntry`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityAllocationMetadataEntry extends TypeOf<typeof CapacityAllocationMetadataEntry> {}

/**
 * AWS `CapacityAllocation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityAllocation = Schema.Struct({
  AllocationType: Schema.optionalKey(AllocationType),
  Count: Schema.optionalKey(Schema.Number),
  AllocationMetadata: Schema.optionalKey(Schema.Array(CapacityAllocationMetadataEntry))
})
/**
 * AWS `CapacityAllocation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityAllocation extends TypeOf<typeof CapacityAllocation> {}

/**
 * AWS `CapacityReservationCommitmentInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityReservationCommitmentInfo = Schema.Struct({
  CommittedInstanceCount: Schema.optionalKey(Schema.Number),
  CommitmentEndDate: Schema.optionalKey(Schema.Date),
  CommitmentDuration: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `CapacityReservationCommitmentInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityReservationCommitmentInfo extends TypeOf<typeof CapacityReservationCommitmentInfo> {}

/**
 * AWS `InterruptibleCapacityAllocation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InterruptibleCapacityAllocation = Schema.Struct({
  InstanceCount: Schema.optionalKey(Schema.Number),
  TargetInstanceCount: Schema.optionalKey(Schema.Number),
  Status: Schema.optionalKey(InterruptibleCapacityReservationAllocationStatus),
  InterruptibleCapacityReservationId: Schema.optionalKey(Schema.String),
  InterruptionType: Schema.optionalKey(InterruptionType),
  ZeroSizePreference: Schema.optionalKey(ZeroSizePreference)
})
/**
 * AWS `InterruptibleCapacityAllocation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InterruptibleCapacityAllocation extends TypeOf<typeof InterruptibleCapacityAllocation> {}

/**
 * AWS `InterruptionInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InterruptionInfo = Schema.Struct({
  SourceCapacityReservationId: Schema.optionalKey(Schema.String),
  InterruptionType: Schema.optionalKey(InterruptionType)
})
/**
 * AWS `InterruptionInfo`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InterruptionInfo extends TypeOf<typeof InterruptionInfo> {}

/**
 * AWS `CapacityReservationAdjustmentDetails`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityReservationAdjustmentDetails = Schema.Struct({
  StartDate: Schema.optionalKey(Schema.Date),
  EndDate: Schema.optionalKey(Schema.Date),
  CommitmentEndDate: Schema.optionalKey(Schema.Date),
  EndDateType: Schema.optionalKey(Schema.String),
  CommitmentDuration: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `CapacityReservationAdjustmentDetails`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityReservationAdjustmentDetails extends TypeOf<typeof CapacityReservationAdjustmentDetails> {}

/**
 * AWS `CapacityReservation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const CapacityReservation = Schema.Struct({
  CapacityReservationId: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String),
  CapacityReservationArn: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  InstancePlatform: Schema.optionalKey(CapacityReservationInstancePlatform),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  Tenancy: Schema.optionalKey(CapacityReservationTenancy),
  TotalInstanceCount: Schema.optionalKey(Schema.Number),
  AvailableInstanceCount: Schema.optionalKey(Schema.Number),
  EbsOptimized: Schema.optionalKey(Schema.Boolean),
  EphemeralStorage: Schema.optionalKey(Schema.Boolean),
  State: Schema.optionalKey(CapacityReservationState),
  StartDate: Schema.optionalKey(Schema.Date),
  EndDate: Schema.optionalKey(Schema.Date),
  EndDateType: Schema.optionalKey(EndDateType),
  InstanceMatchCriteria: Schema.optionalKey(InstanceMatchCriteria),
  CreateDate: Schema.optionalKey(Schema.Date),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  OutpostArn: Schema.optionalKey(Schema.String),
  CapacityReservationFleetId: Schema.optionalKey(Schema.String),
  PlacementGroupArn: Schema.optionalKey(Schema.String),
  CapacityAllocations: Schema.optionalKey(Schema.Array(CapacityAllocation)),
  ReservationType: Schema.optionalKey(CapacityReservationType),
  UnusedReservationBillingOwnerId: Schema.optionalKey(Schema.String),
  CommitmentInfo: Schema.optionalKey(CapacityReservationCommitmentInfo),
  DeliveryPreference: Schema.optionalKey(CapacityReservationDeliveryPreference),
  CapacityBlockId: Schema.optionalKey(Schema.String),
  Interruptible: Schema.optionalKey(Schema.Boolean),
  InterruptibleCapacityAllocation: Schema.optionalKey(InterruptibleCapacityAllocation),
  InterruptionInfo: Schema.optionalKey(InterruptionInfo),
  AdjustmentStatus: Schema.optionalKey(CapacityReservationAdjustmentStatus),
  AdjustmentDetails: Schema.optionalKey(CapacityReservationAdjustmentDetails),
  OriginalStartDate: Schema.optionalKey(Schema.Date),
  ZeroSizePreference: Schema.optionalKey(ZeroSizePreference),
  LaunchStatus: Schema.optionalKey(CapacityReservationLaunchStatus)
})
/**
 * AWS `CapacityReservation`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface CapacityReservation extends TypeOf<typeof CapacityReservation> {}

/**
 * AWS `CreateCapacityReservationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateCapacityReservationResult = Schema.Struct({
  CapacityReservation: Schema.optionalKey(CapacityReservation)
})
/**
 * AWS `CreateCapacityReservationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CreateCapacityReservationResult extends TypeOf<typeof CreateCapacityReservationResult> {}

/**
 * AWS `DescribeCapacityReservationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeCapacityReservationsRequest = Schema.Struct({
  CapacityReservationIds: Schema.optionalKey(Schema.Array(Schema.String)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  DryRun: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `DescribeCapacityReservationsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeCapacityReservationsRequest extends TypeOf<typeof DescribeCapacityReservationsRequest> {}

/**
 * AWS `DescribeCapacityReservationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeCapacityReservationsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  CapacityReservations: Schema.optionalKey(Schema.Array(CapacityReservation))
})
/**
 * AWS `DescribeCapacityReservationsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeCapacityReservationsResult extends TypeOf<typeof DescribeCapacityReservationsResult> {}

/**
 * AWS `ModifyCapacityReservationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ModifyCapacityReservationRequest = Schema.Struct({
  CapacityReservationId: Schema.String,
  InstanceCount: Schema.optionalKey(Schema.Number),
  EndDate: Schema.optionalKey(Schema.Date),
  EndDateType: Schema.optionalKey(EndDateType),
  Accept: Schema.optionalKey(Schema.Boolean),
  DryRun: Schema.optionalKey(Schema.Boolean),
  AdditionalInfo: Schema.optionalKey(Schema.String),
  InstanceMatchCriteria: Schema.optionalKey(InstanceMatchCriteria),
  AcceptModificationTerms: Schema.optionalKey(Schema.Boolean),
  StartDate: Schema.optionalKey(Schema.Date),
  QuoteId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `ModifyCapacityReservationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ModifyCapacityReservationRequest extends TypeOf<typeof ModifyCapacityReservationRequest> {}

/**
 * AWS `ModifyCapacityReservationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyCapacityReservationResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean),
  AdjustmentStatus: Schema.optionalKey(CapacityReservationAdjustmentStatus),
  AdjustmentDetails: Schema.optionalKey(CapacityReservationAdjustmentDetails)
})
/**
 * AWS `ModifyCapacityReservationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ModifyCapacityReservationResult extends TypeOf<typeof ModifyCapacityReservationResult> {}

/**
 * AWS `CancelCapacityReservationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const CancelCapacityReservationRequest = Schema.Struct({
  CapacityReservationId: Schema.String,
  DryRun: Schema.optionalKey(Schema.Boolean),
  ApplyCancellationCharges: Schema.optionalKey(ApplyCancellationCharges),
  QuoteId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `CancelCapacityReservationRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface CancelCapacityReservationRequest extends TypeOf<typeof CancelCapacityReservationRequest> {}

/**
 * AWS `CancelCapacityReservationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const CancelCapacityReservationResult = Schema.Struct({
  Return: Schema.optionalKey(Schema.Boolean)
})
/**
 * AWS `CancelCapacityReservationResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface CancelCapacityReservationResult extends TypeOf<typeof CancelCapacityReservationResult> {}

/**
 * AWS `HostCpuOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const HostCpuOptionsRequest = Schema.Struct({
  AmdSevSnp: Schema.optionalKey(AmdSevSnp)
})
/**
 * AWS `HostCpuOptionsRequest`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface HostCpuOptionsRequest extends TypeOf<typeof HostCpuOptionsRequest> {}

/**
 * AWS `AllocateHostsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const AllocateHostsRequest = Schema.Struct({
  InstanceFamily: Schema.optionalKey(Schema.String),
  TagSpecifications: Schema.optionalKey(Schema.Array(TagSpecification)),
  HostRecovery: Schema.optionalKey(HostRecovery),
  OutpostArn: Schema.optionalKey(Schema.String),
  HostMaintenance: Schema.optionalKey(HostMaintenance),
  AssetIds: Schema.optionalKey(Schema.Array(Schema.String)),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  CpuOptions: Schema.optionalKey(HostCpuOptionsRequest),
  AutoPlacement: Schema.optionalKey(AutoPlacement),
  ClientToken: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  Quantity: Schema.optionalKey(Schema.Number),
  AvailabilityZone: Schema.optionalKey(Schema.String)
})
/**
 * AWS `AllocateHostsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface AllocateHostsRequest extends TypeOf<typeof AllocateHostsRequest> {}

/**
 * AWS `AllocateHostsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const AllocateHostsResult = Schema.Struct({
  HostIds: Schema.optionalKey(Schema.Array(Schema.String))
})
/**
 * AWS `AllocateHostsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface AllocateHostsResult extends TypeOf<typeof AllocateHostsResult> {}

/**
 * AWS `DescribeHostsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeHostsRequest = Schema.Struct({
  HostIds: Schema.optionalKey(Schema.Array(Schema.String)),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number),
  Filter: Schema.optionalKey(Schema.Array(Filter))
})
/**
 * AWS `DescribeHostsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeHostsRequest extends TypeOf<typeof DescribeHostsRequest> {}

/**
 * AWS `InstanceCapacity`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const InstanceCapacity = Schema.Struct({
  AvailableCapacity: Schema.optionalKey(Schema.Number),
  InstanceType: Schema.optionalKey(Schema.String),
  TotalCapacity: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `InstanceCapacity`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface InstanceCapacity extends TypeOf<typeof InstanceCapacity> {}

/**
 * AWS `AvailableCapacity`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const AvailableCapacity = Schema.Struct({
  AvailableInstanceCapacity: Schema.optionalKey(Schema.Array(InstanceCapacity)),
  AvailableVCpus: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `AvailableCapacity`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface AvailableCapacity extends TypeOf<typeof AvailableCapacity> {}

/**
 * AWS `HostProperties`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const HostProperties = Schema.Struct({
  Cores: Schema.optionalKey(Schema.Number),
  InstanceType: Schema.optionalKey(Schema.String),
  InstanceFamily: Schema.optionalKey(Schema.String),
  Sockets: Schema.optionalKey(Schema.Number),
  TotalVCpus: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `HostProperties`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface HostProperties extends TypeOf<typeof HostProperties> {}

/**
 * AWS `HostInstance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const HostInstance = Schema.Struct({
  InstanceId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  OwnerId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `HostInstance`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface HostInstance extends TypeOf<typeof HostInstance> {}

/**
 * AWS `HostCpuOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const HostCpuOptions = Schema.Struct({
  AmdSevSnp: Schema.optionalKey(AmdSevSnp)
})
/**
 * AWS `HostCpuOptions`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface HostCpuOptions extends TypeOf<typeof HostCpuOptions> {}

/**
 * AWS `Host`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const Host = Schema.Struct({
  AutoPlacement: Schema.optionalKey(AutoPlacement),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  AvailableCapacity: Schema.optionalKey(AvailableCapacity),
  ClientToken: Schema.optionalKey(Schema.String),
  HostId: Schema.optionalKey(Schema.String),
  HostProperties: Schema.optionalKey(HostProperties),
  HostReservationId: Schema.optionalKey(Schema.String),
  Instances: Schema.optionalKey(Schema.Array(HostInstance)),
  State: Schema.optionalKey(AllocationState),
  AllocationTime: Schema.optionalKey(Schema.Date),
  ReleaseTime: Schema.optionalKey(Schema.Date),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  HostRecovery: Schema.optionalKey(HostRecovery),
  AllowsMultipleInstanceTypes: Schema.optionalKey(AllowsMultipleInstanceTypes),
  OwnerId: Schema.optionalKey(Schema.String),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  MemberOfServiceLinkedResourceGroup: Schema.optionalKey(Schema.Boolean),
  OutpostArn: Schema.optionalKey(Schema.String),
  HostMaintenance: Schema.optionalKey(HostMaintenance),
  AssetId: Schema.optionalKey(Schema.String),
  CpuOptions: Schema.optionalKey(HostCpuOptions)
})
/**
 * AWS `Host`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface Host extends TypeOf<typeof Host> {}

/**
 * AWS `DescribeHostsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeHostsResult = Schema.Struct({
  Hosts: Schema.optionalKey(Schema.Array(Host)),
  NextToken: Schema.optionalKey(Schema.String)
})
/**
 * AWS `DescribeHostsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeHostsResult extends TypeOf<typeof DescribeHostsResult> {}

/**
 * AWS `ReleaseHostsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const ReleaseHostsRequest = Schema.Struct({
  HostIds: Schema.Array(Schema.String)
})
/**
 * AWS `ReleaseHostsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface ReleaseHostsRequest extends TypeOf<typeof ReleaseHostsRequest> {}

/**
 * AWS `UnsuccessfulItemError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const UnsuccessfulItemError = Schema.Struct({
  Code: Schema.optionalKey(Schema.String),
  Message: Schema.optionalKey(Schema.String)
})
/**
 * AWS `UnsuccessfulItemError`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface UnsuccessfulItemError extends TypeOf<typeof UnsuccessfulItemError> {}

/**
 * AWS `UnsuccessfulItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const UnsuccessfulItem = Schema.Struct({
  Error: Schema.optionalKey(UnsuccessfulItemError),
  ResourceId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `UnsuccessfulItem`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface UnsuccessfulItem extends TypeOf<typeof UnsuccessfulItem> {}

/**
 * AWS `ReleaseHostsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const ReleaseHostsResult = Schema.Struct({
  Successful: Schema.optionalKey(Schema.Array(Schema.String)),
  Unsuccessful: Schema.optionalKey(Schema.Array(UnsuccessfulItem))
})
/**
 * AWS `ReleaseHostsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface ReleaseHostsResult extends TypeOf<typeof ReleaseHostsResult> {}

/**
 * AWS `DescribeReservedInstancesOfferingsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeReservedInstancesOfferingsRequest = Schema.Struct({
  AvailabilityZone: Schema.optionalKey(Schema.String),
  IncludeMarketplace: Schema.optionalKey(Schema.Boolean),
  InstanceType: Schema.optionalKey(InstanceType.InstanceTypeName),
  MaxDuration: Schema.optionalKey(Schema.Number),
  MaxInstanceCount: Schema.optionalKey(Schema.Number),
  MinDuration: Schema.optionalKey(Schema.Number),
  OfferingClass: Schema.optionalKey(OfferingClassType),
  ProductDescription: Schema.optionalKey(RIProductDescription),
  ReservedInstancesOfferingIds: Schema.optionalKey(Schema.Array(Schema.String)),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  InstanceTenancy: Schema.optionalKey(Tenancy),
  OfferingType: Schema.optionalKey(OfferingTypeValues),
  NextToken: Schema.optionalKey(Schema.String),
  MaxResults: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `DescribeReservedInstancesOfferingsRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeReservedInstancesOfferingsRequest extends TypeOf<typeof DescribeReservedInstancesOfferingsRequest> {}

/**
 * AWS `PricingDetail`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const PricingDetail = Schema.Struct({
  Count: Schema.optionalKey(Schema.Number),
  Price: Schema.optionalKey(Schema.Number)
})
/**
 * AWS `PricingDetail`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface PricingDetail extends TypeOf<typeof PricingDetail> {}

/**
 * AWS `RecurringCharge`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const RecurringCharge = Schema.Struct({
  Amount: Schema.optionalKey(Schema.Number),
  Frequency: Schema.optionalKey(RecurringChargeFrequency)
})
/**
 * AWS `RecurringCharge`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface RecurringCharge extends TypeOf<typeof RecurringCharge> {}

/**
 * AWS `ReservedInstancesOffering`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ReservedInstancesOffering = Schema.Struct({
  CurrencyCode: Schema.optionalKey(CurrencyCodeValues),
  InstanceTenancy: Schema.optionalKey(Tenancy),
  Marketplace: Schema.optionalKey(Schema.Boolean),
  OfferingClass: Schema.optionalKey(OfferingClassType),
  OfferingType: Schema.optionalKey(OfferingTypeValues),
  PricingDetails: Schema.optionalKey(Schema.Array(PricingDetail)),
  RecurringCharges: Schema.optionalKey(Schema.Array(RecurringCharge)),
  Scope: Schema.optionalKey(Scope),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  ReservedInstancesOfferingId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  Duration: Schema.optionalKey(Schema.Number),
  UsagePrice: Schema.optionalKey(Schema.Number),
  FixedPrice: Schema.optionalKey(Schema.Number),
  ProductDescription: Schema.optionalKey(RIProductDescription)
})
/**
 * AWS `ReservedInstancesOffering`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ReservedInstancesOffering extends TypeOf<typeof ReservedInstancesOffering> {}

/**
 * AWS `DescribeReservedInstancesOfferingsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeReservedInstancesOfferingsResult = Schema.Struct({
  NextToken: Schema.optionalKey(Schema.String),
  ReservedInstancesOfferings: Schema.optionalKey(Schema.Array(ReservedInstancesOffering))
})
/**
 * AWS `DescribeReservedInstancesOfferingsResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeReservedInstancesOfferingsResult extends TypeOf<typeof DescribeReservedInstancesOfferingsResult> {}

/**
 * AWS `ReservedInstanceLimitPrice`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export const ReservedInstanceLimitPrice = Schema.Struct({
  Amount: Schema.optionalKey(Schema.Number),
  CurrencyCode: Schema.optionalKey(CurrencyCodeValues)
})
/**
 * AWS `ReservedInstanceLimitPrice`.
 *
 * @since 0.1.0
 * @category request shapes
 */
export interface ReservedInstanceLimitPrice extends TypeOf<typeof ReservedInstanceLimitPrice> {}

/**
 * AWS `PurchaseReservedInstancesOfferingRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const PurchaseReservedInstancesOfferingRequest = Schema.Struct({
  InstanceCount: Schema.Number,
  ReservedInstancesOfferingId: Schema.String,
  PurchaseTime: Schema.optionalKey(Schema.Date),
  DryRun: Schema.optionalKey(Schema.Boolean),
  LimitPrice: Schema.optionalKey(ReservedInstanceLimitPrice)
})
/**
 * AWS `PurchaseReservedInstancesOfferingRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface PurchaseReservedInstancesOfferingRequest extends TypeOf<typeof PurchaseReservedInstancesOfferingRequest> {}

/**
 * AWS `PurchaseReservedInstancesOfferingResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const PurchaseReservedInstancesOfferingResult = Schema.Struct({
  ReservedInstancesId: Schema.optionalKey(Schema.String)
})
/**
 * AWS `PurchaseReservedInstancesOfferingResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface PurchaseReservedInstancesOfferingResult extends TypeOf<typeof PurchaseReservedInstancesOfferingResult> {}

/**
 * AWS `DescribeReservedInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export const DescribeReservedInstancesRequest = Schema.Struct({
  OfferingClass: Schema.optionalKey(OfferingClassType),
  ReservedInstancesIds: Schema.optionalKey(Schema.Array(Schema.String)),
  DryRun: Schema.optionalKey(Schema.Boolean),
  Filters: Schema.optionalKey(Schema.Array(Filter)),
  OfferingType: Schema.optionalKey(OfferingTypeValues)
})
/**
 * AWS `DescribeReservedInstancesRequest`.
 *
 * @since 0.1.0
 * @category requests
 */
export interface DescribeReservedInstancesRequest extends TypeOf<typeof DescribeReservedInstancesRequest> {}

/**
 * AWS `ReservedInstances`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export const ReservedInstances = Schema.Struct({
  CurrencyCode: Schema.optionalKey(CurrencyCodeValues),
  InstanceTenancy: Schema.optionalKey(Tenancy),
  OfferingClass: Schema.optionalKey(OfferingClassType),
  OfferingType: Schema.optionalKey(OfferingTypeValues),
  RecurringCharges: Schema.optionalKey(Schema.Array(RecurringCharge)),
  Scope: Schema.optionalKey(Scope),
  Tags: Schema.optionalKey(Schema.Array(Tag)),
  AvailabilityZoneId: Schema.optionalKey(Schema.String),
  ReservedInstancesId: Schema.optionalKey(Schema.String),
  InstanceType: Schema.optionalKey(Schema.String),
  AvailabilityZone: Schema.optionalKey(Schema.String),
  Start: Schema.optionalKey(Schema.Date),
  End: Schema.optionalKey(Schema.Date),
  Duration: Schema.optionalKey(Schema.Number),
  UsagePrice: Schema.optionalKey(Schema.Number),
  FixedPrice: Schema.optionalKey(Schema.Number),
  InstanceCount: Schema.optionalKey(Schema.Number),
  ProductDescription: Schema.optionalKey(RIProductDescription),
  State: Schema.optionalKey(ReservedInstanceState)
})
/**
 * AWS `ReservedInstances`.
 *
 * @since 0.1.0
 * @category response shapes
 */
export interface ReservedInstances extends TypeOf<typeof ReservedInstances> {}

/**
 * AWS `DescribeReservedInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeReservedInstancesResult = Schema.Struct({
  ReservedInstances: Schema.optionalKey(Schema.Array(ReservedInstances))
})
/**
 * AWS `DescribeReservedInstancesResult`.
 *
 * @since 0.1.0
 * @category responses
 */
export interface DescribeReservedInstancesResult extends TypeOf<typeof DescribeReservedInstancesResult> {}

// ---------------------------------------------------------------------------- operation aliases

/**
 * Response of `RunInstances` (AWS `Reservation`).
 *
 * @since 0.1.0
 * @category responses
 */
export const RunInstancesResult = Reservation
/**
 * Response of `RunInstances`.
 *
 * @since 0.1.0
 * @category responses
 */
export type RunInstancesResult = Reservation

/**
 * Response of `RebootInstances` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const RebootInstancesResult = Schema.Struct({})
/**
 * Response of `RebootInstances`.
 *
 * @since 0.1.0
 * @category responses
 */
export type RebootInstancesResult = typeof RebootInstancesResult.Type

/**
 * Response of `DescribeInstanceAttribute` (AWS `InstanceAttribute`).
 *
 * @since 0.1.0
 * @category responses
 */
export const DescribeInstanceAttributeResult = InstanceAttribute
/**
 * Response of `DescribeInstanceAttribute`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DescribeInstanceAttributeResult = InstanceAttribute

/**
 * Response of `ModifyInstanceAttribute` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyInstanceAttributeResult = Schema.Struct({})
/**
 * Response of `ModifyInstanceAttribute`.
 *
 * @since 0.1.0
 * @category responses
 */
export type ModifyInstanceAttributeResult = typeof ModifyInstanceAttributeResult.Type

/**
 * Response of `CreateVolume` (AWS `Volume`).
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateVolumeResult = Volume
/**
 * Response of `CreateVolume`.
 *
 * @since 0.1.0
 * @category responses
 */
export type CreateVolumeResult = Volume

/**
 * Response of `AttachVolume` (AWS `VolumeAttachment`).
 *
 * @since 0.1.0
 * @category responses
 */
export const AttachVolumeResult = VolumeAttachment
/**
 * Response of `AttachVolume`.
 *
 * @since 0.1.0
 * @category responses
 */
export type AttachVolumeResult = VolumeAttachment

/**
 * Response of `DetachVolume` (AWS `VolumeAttachment`).
 *
 * @since 0.1.0
 * @category responses
 */
export const DetachVolumeResult = VolumeAttachment
/**
 * Response of `DetachVolume`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DetachVolumeResult = VolumeAttachment

/**
 * Response of `DeleteVolume` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteVolumeResult = Schema.Struct({})
/**
 * Response of `DeleteVolume`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteVolumeResult = typeof DeleteVolumeResult.Type

/**
 * Response of `CreateSnapshot` (AWS `Snapshot`).
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateSnapshotResult = Snapshot
/**
 * Response of `CreateSnapshot`.
 *
 * @since 0.1.0
 * @category responses
 */
export type CreateSnapshotResult = Snapshot

/**
 * Response of `DeleteSnapshot` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteSnapshotResult = Schema.Struct({})
/**
 * Response of `DeleteSnapshot`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteSnapshotResult = typeof DeleteSnapshotResult.Type

/**
 * Response of `DeletePlacementGroup` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeletePlacementGroupResult = Schema.Struct({})
/**
 * Response of `DeletePlacementGroup`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeletePlacementGroupResult = typeof DeletePlacementGroupResult.Type

/**
 * Response of `CreateKeyPair` (AWS `KeyPair`).
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateKeyPairResult = KeyPair
/**
 * Response of `CreateKeyPair`.
 *
 * @since 0.1.0
 * @category responses
 */
export type CreateKeyPairResult = KeyPair

/**
 * Response of `DisassociateAddress` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DisassociateAddressResult = Schema.Struct({})
/**
 * Response of `DisassociateAddress`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DisassociateAddressResult = typeof DisassociateAddressResult.Type

/**
 * Response of `ReleaseAddress` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const ReleaseAddressResult = Schema.Struct({})
/**
 * Response of `ReleaseAddress`.
 *
 * @since 0.1.0
 * @category responses
 */
export type ReleaseAddressResult = typeof ReleaseAddressResult.Type

/**
 * Response of `CreateTags` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const CreateTagsResult = Schema.Struct({})
/**
 * Response of `CreateTags`.
 *
 * @since 0.1.0
 * @category responses
 */
export type CreateTagsResult = typeof CreateTagsResult.Type

/**
 * Response of `DeleteTags` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteTagsResult = Schema.Struct({})
/**
 * Response of `DeleteTags`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteTagsResult = typeof DeleteTagsResult.Type

/**
 * Response of `DeleteVpc` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteVpcResult = Schema.Struct({})
/**
 * Response of `DeleteVpc`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteVpcResult = typeof DeleteVpcResult.Type

/**
 * Response of `ModifyVpcAttribute` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyVpcAttributeResult = Schema.Struct({})
/**
 * Response of `ModifyVpcAttribute`.
 *
 * @since 0.1.0
 * @category responses
 */
export type ModifyVpcAttributeResult = typeof ModifyVpcAttributeResult.Type

/**
 * Response of `DeleteSubnet` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteSubnetResult = Schema.Struct({})
/**
 * Response of `DeleteSubnet`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteSubnetResult = typeof DeleteSubnetResult.Type

/**
 * Response of `ModifySubnetAttribute` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifySubnetAttributeResult = Schema.Struct({})
/**
 * Response of `ModifySubnetAttribute`.
 *
 * @since 0.1.0
 * @category responses
 */
export type ModifySubnetAttributeResult = typeof ModifySubnetAttributeResult.Type

/**
 * Response of `AttachInternetGateway` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const AttachInternetGatewayResult = Schema.Struct({})
/**
 * Response of `AttachInternetGateway`.
 *
 * @since 0.1.0
 * @category responses
 */
export type AttachInternetGatewayResult = typeof AttachInternetGatewayResult.Type

/**
 * Response of `DetachInternetGateway` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DetachInternetGatewayResult = Schema.Struct({})
/**
 * Response of `DetachInternetGateway`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DetachInternetGatewayResult = typeof DetachInternetGatewayResult.Type

/**
 * Response of `DeleteInternetGateway` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteInternetGatewayResult = Schema.Struct({})
/**
 * Response of `DeleteInternetGateway`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteInternetGatewayResult = typeof DeleteInternetGatewayResult.Type

/**
 * Response of `DeleteRouteTable` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteRouteTableResult = Schema.Struct({})
/**
 * Response of `DeleteRouteTable`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteRouteTableResult = typeof DeleteRouteTableResult.Type

/**
 * Response of `DeleteRoute` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteRouteResult = Schema.Struct({})
/**
 * Response of `DeleteRoute`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteRouteResult = typeof DeleteRouteResult.Type

/**
 * Response of `ReplaceRoute` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const ReplaceRouteResult = Schema.Struct({})
/**
 * Response of `ReplaceRoute`.
 *
 * @since 0.1.0
 * @category responses
 */
export type ReplaceRouteResult = typeof ReplaceRouteResult.Type

/**
 * Response of `DisassociateRouteTable` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DisassociateRouteTableResult = Schema.Struct({})
/**
 * Response of `DisassociateRouteTable`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DisassociateRouteTableResult = typeof DisassociateRouteTableResult.Type

/**
 * Response of `DetachNetworkInterface` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DetachNetworkInterfaceResult = Schema.Struct({})
/**
 * Response of `DetachNetworkInterface`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DetachNetworkInterfaceResult = typeof DetachNetworkInterfaceResult.Type

/**
 * Response of `DeleteNetworkInterface` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const DeleteNetworkInterfaceResult = Schema.Struct({})
/**
 * Response of `DeleteNetworkInterface`.
 *
 * @since 0.1.0
 * @category responses
 */
export type DeleteNetworkInterfaceResult = typeof DeleteNetworkInterfaceResult.Type

/**
 * Response of `ModifyNetworkInterfaceAttribute` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const ModifyNetworkInterfaceAttributeResult = Schema.Struct({})
/**
 * Response of `ModifyNetworkInterfaceAttribute`.
 *
 * @since 0.1.0
 * @category responses
 */
export type ModifyNetworkInterfaceAttributeResult = typeof ModifyNetworkInterfaceAttributeResult.Type

/**
 * Response of `UnassignPrivateIpAddresses` (AWS answers with no members).
 *
 * @since 0.1.0
 * @category responses
 */
export const UnassignPrivateIpAddressesResult = Schema.Struct({})
/**
 * Response of `UnassignPrivateIpAddresses`.
 *
 * @since 0.1.0
 * @category responses
 */
export type UnassignPrivateIpAddressesResult = typeof UnassignPrivateIpAddressesResult.Type

/**
 * The operations of the `Ec2` service: AWS operation name and request/response schemas, keyed by method name.
 *
 * @since 0.1.0
 * @category operations
 */
export const operations = {
  runInstances: { name: "RunInstances", Request: RunInstancesRequest, Result: RunInstancesResult },
  describeInstances: { name: "DescribeInstances", Request: DescribeInstancesRequest, Result: DescribeInstancesResult },
  startInstances: { name: "StartInstances", Request: StartInstancesRequest, Result: StartInstancesResult },
  stopInstances: { name: "StopInstances", Request: StopInstancesRequest, Result: StopInstancesResult },
  rebootInstances: { name: "RebootInstances", Request: RebootInstancesRequest, Result: RebootInstancesResult },
  terminateInstances: { name: "TerminateInstances", Request: TerminateInstancesRequest, Result: TerminateInstancesResult },
  describeInstanceStatus: { name: "DescribeInstanceStatus", Request: DescribeInstanceStatusRequest, Result: DescribeInstanceStatusResult },
  describeInstanceAttribute: { name: "DescribeInstanceAttribute", Request: DescribeInstanceAttributeRequest, Result: DescribeInstanceAttributeResult },
  modifyInstanceAttribute: { name: "ModifyInstanceAttribute", Request: ModifyInstanceAttributeRequest, Result: ModifyInstanceAttributeResult },
  modifyInstanceMetadataOptions: { name: "ModifyInstanceMetadataOptions", Request: ModifyInstanceMetadataOptionsRequest, Result: ModifyInstanceMetadataOptionsResult },
  describeInstanceTypes: { name: "DescribeInstanceTypes", Request: DescribeInstanceTypesRequest, Result: DescribeInstanceTypesResult },
  describeInstanceTypeOfferings: { name: "DescribeInstanceTypeOfferings", Request: DescribeInstanceTypeOfferingsRequest, Result: DescribeInstanceTypeOfferingsResult },
  describeImages: { name: "DescribeImages", Request: DescribeImagesRequest, Result: DescribeImagesResult },
  createImage: { name: "CreateImage", Request: CreateImageRequest, Result: CreateImageResult },
  registerImage: { name: "RegisterImage", Request: RegisterImageRequest, Result: RegisterImageResult },
  deregisterImage: { name: "DeregisterImage", Request: DeregisterImageRequest, Result: DeregisterImageResult },
  createVolume: { name: "CreateVolume", Request: CreateVolumeRequest, Result: CreateVolumeResult },
  describeVolumes: { name: "DescribeVolumes", Request: DescribeVolumesRequest, Result: DescribeVolumesResult },
  attachVolume: { name: "AttachVolume", Request: AttachVolumeRequest, Result: AttachVolumeResult },
  detachVolume: { name: "DetachVolume", Request: DetachVolumeRequest, Result: DetachVolumeResult },
  modifyVolume: { name: "ModifyVolume", Request: ModifyVolumeRequest, Result: ModifyVolumeResult },
  deleteVolume: { name: "DeleteVolume", Request: DeleteVolumeRequest, Result: DeleteVolumeResult },
  describeVolumesModifications: { name: "DescribeVolumesModifications", Request: DescribeVolumesModificationsRequest, Result: DescribeVolumesModificationsResult },
  createSnapshot: { name: "CreateSnapshot", Request: CreateSnapshotRequest, Result: CreateSnapshotResult },
  describeSnapshots: { name: "DescribeSnapshots", Request: DescribeSnapshotsRequest, Result: DescribeSnapshotsResult },
  copySnapshot: { name: "CopySnapshot", Request: CopySnapshotRequest, Result: CopySnapshotResult },
  deleteSnapshot: { name: "DeleteSnapshot", Request: DeleteSnapshotRequest, Result: DeleteSnapshotResult },
  createPlacementGroup: { name: "CreatePlacementGroup", Request: CreatePlacementGroupRequest, Result: CreatePlacementGroupResult },
  describePlacementGroups: { name: "DescribePlacementGroups", Request: DescribePlacementGroupsRequest, Result: DescribePlacementGroupsResult },
  deletePlacementGroup: { name: "DeletePlacementGroup", Request: DeletePlacementGroupRequest, Result: DeletePlacementGroupResult },
  modifyInstancePlacement: { name: "ModifyInstancePlacement", Request: ModifyInstancePlacementRequest, Result: ModifyInstancePlacementResult },
  createKeyPair: { name: "CreateKeyPair", Request: CreateKeyPairRequest, Result: CreateKeyPairResult },
  importKeyPair: { name: "ImportKeyPair", Request: ImportKeyPairRequest, Result: ImportKeyPairResult },
  describeKeyPairs: { name: "DescribeKeyPairs", Request: DescribeKeyPairsRequest, Result: DescribeKeyPairsResult },
  deleteKeyPair: { name: "DeleteKeyPair", Request: DeleteKeyPairRequest, Result: DeleteKeyPairResult },
  createSecurityGroup: { name: "CreateSecurityGroup", Request: CreateSecurityGroupRequest, Result: CreateSecurityGroupResult },
  describeSecurityGroups: { name: "DescribeSecurityGroups", Request: DescribeSecurityGroupsRequest, Result: DescribeSecurityGroupsResult },
  deleteSecurityGroup: { name: "DeleteSecurityGroup", Request: DeleteSecurityGroupRequest, Result: DeleteSecurityGroupResult },
  authorizeSecurityGroupIngress: { name: "AuthorizeSecurityGroupIngress", Request: AuthorizeSecurityGroupIngressRequest, Result: AuthorizeSecurityGroupIngressResult },
  authorizeSecurityGroupEgress: { name: "AuthorizeSecurityGroupEgress", Request: AuthorizeSecurityGroupEgressRequest, Result: AuthorizeSecurityGroupEgressResult },
  revokeSecurityGroupIngress: { name: "RevokeSecurityGroupIngress", Request: RevokeSecurityGroupIngressRequest, Result: RevokeSecurityGroupIngressResult },
  revokeSecurityGroupEgress: { name: "RevokeSecurityGroupEgress", Request: RevokeSecurityGroupEgressRequest, Result: RevokeSecurityGroupEgressResult },
  allocateAddress: { name: "AllocateAddress", Request: AllocateAddressRequest, Result: AllocateAddressResult },
  associateAddress: { name: "AssociateAddress", Request: AssociateAddressRequest, Result: AssociateAddressResult },
  disassociateAddress: { name: "DisassociateAddress", Request: DisassociateAddressRequest, Result: DisassociateAddressResult },
  releaseAddress: { name: "ReleaseAddress", Request: ReleaseAddressRequest, Result: ReleaseAddressResult },
  describeAddresses: { name: "DescribeAddresses", Request: DescribeAddressesRequest, Result: DescribeAddressesResult },
  describeNetworkInterfaces: { name: "DescribeNetworkInterfaces", Request: DescribeNetworkInterfacesRequest, Result: DescribeNetworkInterfacesResult },
  createTags: { name: "CreateTags", Request: CreateTagsRequest, Result: CreateTagsResult },
  deleteTags: { name: "DeleteTags", Request: DeleteTagsRequest, Result: DeleteTagsResult },
  describeTags: { name: "DescribeTags", Request: DescribeTagsRequest, Result: DescribeTagsResult },
  describeAvailabilityZones: { name: "DescribeAvailabilityZones", Request: DescribeAvailabilityZonesRequest, Result: DescribeAvailabilityZonesResult },
  describeRegions: { name: "DescribeRegions", Request: DescribeRegionsRequest, Result: DescribeRegionsResult },
  associateIamInstanceProfile: { name: "AssociateIamInstanceProfile", Request: AssociateIamInstanceProfileRequest, Result: AssociateIamInstanceProfileResult },
  describeIamInstanceProfileAssociations: { name: "DescribeIamInstanceProfileAssociations", Request: DescribeIamInstanceProfileAssociationsRequest, Result: DescribeIamInstanceProfileAssociationsResult },
  replaceIamInstanceProfileAssociation: { name: "ReplaceIamInstanceProfileAssociation", Request: ReplaceIamInstanceProfileAssociationRequest, Result: ReplaceIamInstanceProfileAssociationResult },
  disassociateIamInstanceProfile: { name: "DisassociateIamInstanceProfile", Request: DisassociateIamInstanceProfileRequest, Result: DisassociateIamInstanceProfileResult },
  createVpc: { name: "CreateVpc", Request: CreateVpcRequest, Result: CreateVpcResult },
  describeVpcs: { name: "DescribeVpcs", Request: DescribeVpcsRequest, Result: DescribeVpcsResult },
  deleteVpc: { name: "DeleteVpc", Request: DeleteVpcRequest, Result: DeleteVpcResult },
  modifyVpcAttribute: { name: "ModifyVpcAttribute", Request: ModifyVpcAttributeRequest, Result: ModifyVpcAttributeResult },
  describeVpcAttribute: { name: "DescribeVpcAttribute", Request: DescribeVpcAttributeRequest, Result: DescribeVpcAttributeResult },
  createDefaultVpc: { name: "CreateDefaultVpc", Request: CreateDefaultVpcRequest, Result: CreateDefaultVpcResult },
  describeAccountAttributes: { name: "DescribeAccountAttributes", Request: DescribeAccountAttributesRequest, Result: DescribeAccountAttributesResult },
  createSubnet: { name: "CreateSubnet", Request: CreateSubnetRequest, Result: CreateSubnetResult },
  describeSubnets: { name: "DescribeSubnets", Request: DescribeSubnetsRequest, Result: DescribeSubnetsResult },
  deleteSubnet: { name: "DeleteSubnet", Request: DeleteSubnetRequest, Result: DeleteSubnetResult },
  modifySubnetAttribute: { name: "ModifySubnetAttribute", Request: ModifySubnetAttributeRequest, Result: ModifySubnetAttributeResult },
  createInternetGateway: { name: "CreateInternetGateway", Request: CreateInternetGatewayRequest, Result: CreateInternetGatewayResult },
  attachInternetGateway: { name: "AttachInternetGateway", Request: AttachInternetGatewayRequest, Result: AttachInternetGatewayResult },
  detachInternetGateway: { name: "DetachInternetGateway", Request: DetachInternetGatewayRequest, Result: DetachInternetGatewayResult },
  deleteInternetGateway: { name: "DeleteInternetGateway", Request: DeleteInternetGatewayRequest, Result: DeleteInternetGatewayResult },
  describeInternetGateways: { name: "DescribeInternetGateways", Request: DescribeInternetGatewaysRequest, Result: DescribeInternetGatewaysResult },
  createRouteTable: { name: "CreateRouteTable", Request: CreateRouteTableRequest, Result: CreateRouteTableResult },
  deleteRouteTable: { name: "DeleteRouteTable", Request: DeleteRouteTableRequest, Result: DeleteRouteTableResult },
  describeRouteTables: { name: "DescribeRouteTables", Request: DescribeRouteTablesRequest, Result: DescribeRouteTablesResult },
  createRoute: { name: "CreateRoute", Request: CreateRouteRequest, Result: CreateRouteResult },
  deleteRoute: { name: "DeleteRoute", Request: DeleteRouteRequest, Result: DeleteRouteResult },
  replaceRoute: { name: "ReplaceRoute", Request: ReplaceRouteRequest, Result: ReplaceRouteResult },
  associateRouteTable: { name: "AssociateRouteTable", Request: AssociateRouteTableRequest, Result: AssociateRouteTableResult },
  disassociateRouteTable: { name: "DisassociateRouteTable", Request: DisassociateRouteTableRequest, Result: DisassociateRouteTableResult },
  describeNetworkAcls: { name: "DescribeNetworkAcls", Request: DescribeNetworkAclsRequest, Result: DescribeNetworkAclsResult },
  createNetworkInterface: { name: "CreateNetworkInterface", Request: CreateNetworkInterfaceRequest, Result: CreateNetworkInterfaceResult },
  attachNetworkInterface: { name: "AttachNetworkInterface", Request: AttachNetworkInterfaceRequest, Result: AttachNetworkInterfaceResult },
  detachNetworkInterface: { name: "DetachNetworkInterface", Request: DetachNetworkInterfaceRequest, Result: DetachNetworkInterfaceResult },
  deleteNetworkInterface: { name: "DeleteNetworkInterface", Request: DeleteNetworkInterfaceRequest, Result: DeleteNetworkInterfaceResult },
  modifyNetworkInterfaceAttribute: { name: "ModifyNetworkInterfaceAttribute", Request: ModifyNetworkInterfaceAttributeRequest, Result: ModifyNetworkInterfaceAttributeResult },
  assignPrivateIpAddresses: { name: "AssignPrivateIpAddresses", Request: AssignPrivateIpAddressesRequest, Result: AssignPrivateIpAddressesResult },
  unassignPrivateIpAddresses: { name: "UnassignPrivateIpAddresses", Request: UnassignPrivateIpAddressesRequest, Result: UnassignPrivateIpAddressesResult },
  createLaunchTemplate: { name: "CreateLaunchTemplate", Request: CreateLaunchTemplateRequest, Result: CreateLaunchTemplateResult },
  createLaunchTemplateVersion: { name: "CreateLaunchTemplateVersion", Request: CreateLaunchTemplateVersionRequest, Result: CreateLaunchTemplateVersionResult },
  describeLaunchTemplates: { name: "DescribeLaunchTemplates", Request: DescribeLaunchTemplatesRequest, Result: DescribeLaunchTemplatesResult },
  describeLaunchTemplateVersions: { name: "DescribeLaunchTemplateVersions", Request: DescribeLaunchTemplateVersionsRequest, Result: DescribeLaunchTemplateVersionsResult },
  modifyLaunchTemplate: { name: "ModifyLaunchTemplate", Request: ModifyLaunchTemplateRequest, Result: ModifyLaunchTemplateResult },
  deleteLaunchTemplate: { name: "DeleteLaunchTemplate", Request: DeleteLaunchTemplateRequest, Result: DeleteLaunchTemplateResult },
  deleteLaunchTemplateVersions: { name: "DeleteLaunchTemplateVersions", Request: DeleteLaunchTemplateVersionsRequest, Result: DeleteLaunchTemplateVersionsResult },
  describeInstanceCreditSpecifications: { name: "DescribeInstanceCreditSpecifications", Request: DescribeInstanceCreditSpecificationsRequest, Result: DescribeInstanceCreditSpecificationsResult },
  modifyInstanceCreditSpecification: { name: "ModifyInstanceCreditSpecification", Request: ModifyInstanceCreditSpecificationRequest, Result: ModifyInstanceCreditSpecificationResult },
  getConsoleOutput: { name: "GetConsoleOutput", Request: GetConsoleOutputRequest, Result: GetConsoleOutputResult },
  getEbsEncryptionByDefault: { name: "GetEbsEncryptionByDefault", Request: GetEbsEncryptionByDefaultRequest, Result: GetEbsEncryptionByDefaultResult },
  enableEbsEncryptionByDefault: { name: "EnableEbsEncryptionByDefault", Request: EnableEbsEncryptionByDefaultRequest, Result: EnableEbsEncryptionByDefaultResult },
  disableEbsEncryptionByDefault: { name: "DisableEbsEncryptionByDefault", Request: DisableEbsEncryptionByDefaultRequest, Result: DisableEbsEncryptionByDefaultResult },
  describeSpotPriceHistory: { name: "DescribeSpotPriceHistory", Request: DescribeSpotPriceHistoryRequest, Result: DescribeSpotPriceHistoryResult },
  requestSpotInstances: { name: "RequestSpotInstances", Request: RequestSpotInstancesRequest, Result: RequestSpotInstancesResult },
  describeSpotInstanceRequests: { name: "DescribeSpotInstanceRequests", Request: DescribeSpotInstanceRequestsRequest, Result: DescribeSpotInstanceRequestsResult },
  cancelSpotInstanceRequests: { name: "CancelSpotInstanceRequests", Request: CancelSpotInstanceRequestsRequest, Result: CancelSpotInstanceRequestsResult },
  createFleet: { name: "CreateFleet", Request: CreateFleetRequest, Result: CreateFleetResult },
  describeFleets: { name: "DescribeFleets", Request: DescribeFleetsRequest, Result: DescribeFleetsResult },
  describeFleetInstances: { name: "DescribeFleetInstances", Request: DescribeFleetInstancesRequest, Result: DescribeFleetInstancesResult },
  deleteFleets: { name: "DeleteFleets", Request: DeleteFleetsRequest, Result: DeleteFleetsResult },
  createCapacityReservation: { name: "CreateCapacityReservation", Request: CreateCapacityReservationRequest, Result: CreateCapacityReservationResult },
  describeCapacityReservations: { name: "DescribeCapacityReservations", Request: DescribeCapacityReservationsRequest, Result: DescribeCapacityReservationsResult },
  modifyCapacityReservation: { name: "ModifyCapacityReservation", Request: ModifyCapacityReservationRequest, Result: ModifyCapacityReservationResult },
  cancelCapacityReservation: { name: "CancelCapacityReservation", Request: CancelCapacityReservationRequest, Result: CancelCapacityReservationResult },
  allocateHosts: { name: "AllocateHosts", Request: AllocateHostsRequest, Result: AllocateHostsResult },
  describeHosts: { name: "DescribeHosts", Request: DescribeHostsRequest, Result: DescribeHostsResult },
  releaseHosts: { name: "ReleaseHosts", Request: ReleaseHostsRequest, Result: ReleaseHostsResult },
  describeReservedInstancesOfferings: { name: "DescribeReservedInstancesOfferings", Request: DescribeReservedInstancesOfferingsRequest, Result: DescribeReservedInstancesOfferingsResult },
  purchaseReservedInstancesOffering: { name: "PurchaseReservedInstancesOffering", Request: PurchaseReservedInstancesOfferingRequest, Result: PurchaseReservedInstancesOfferingResult },
  describeReservedInstances: { name: "DescribeReservedInstances", Request: DescribeReservedInstancesRequest, Result: DescribeReservedInstancesResult }
} as const

/**
 * Method names of the `Ec2` service (camelCase AWS operation names).
 *
 * @since 0.1.0
 * @category operations
 */
export type OperationName = keyof typeof operations
