/**
 * Paginated describes as `Stream`s, for exactly the operations AWS paginates (the SDK's
 * `dist-types/pagination/*Paginator.d.ts`, `@aws-sdk/client-ec2` 3.1169.0, read 2026-11):
 * `NextToken` in, `NextToken` out, stopping when a page carries no (or an empty) `NextToken`, as the
 * SDK's paginators do. `*Pages` streams the responses; the plain name streams the items of each page
 * in order (for `describeInstances` the items are reservations; `instances` flattens them).
 *
 * @since 0.1.0
 */
import { Effect, Option, Stream } from "effect"
import { Ec2, type Service } from "./Ec2.js"
import type * as Ec2Error from "./Ec2Error.js"
import type * as Shapes from "./Ec2Shapes.js"

type PagedOperation =
  | "describeImages"
  | "describeInstanceStatus"
  | "describeInstanceTypeOfferings"
  | "describeInstanceTypes"
  | "describeInstances"
  | "describeNetworkInterfaces"
  | "describeSecurityGroups"
  | "describeSnapshots"
  | "describeTags"
  | "describeVolumesModifications"
  | "describeVolumes"

type RequestOf<K extends PagedOperation> = Parameters<Service[K]>[0]
type ResponseOf<K extends PagedOperation> = Effect.Success<ReturnType<Service[K]>>

const pagesOf = <K extends PagedOperation>(operation: K) =>
(request: RequestOf<K> = {} as RequestOf<K>): Stream.Stream<ResponseOf<K>, Ec2Error.Ec2Error, Ec2> =>
  Stream.paginate(
    (request as { readonly NextToken?: string }).NextToken,
    (token: string | undefined) =>
      Ec2.use((ec2) => {
        const call = ec2[operation] as unknown as (r: unknown) => Effect.Effect<ResponseOf<K>, Ec2Error.Ec2Error>
        const { NextToken: _, ...rest } = request as { readonly NextToken?: string }
        return call(token === undefined ? rest : { ...rest, NextToken: token })
      }).pipe(
        Effect.map((page) => {
          const next = (page as { readonly NextToken?: string }).NextToken
          return [[page], next === undefined || next === "" ? Option.none() : Option.some<string | undefined>(next)] as const
        })
      )
  )

const itemsOf = <K extends PagedOperation, A>(pages: (r?: RequestOf<K>) => Stream.Stream<ResponseOf<K>, Ec2Error.Ec2Error, Ec2>, items: (page: ResponseOf<K>) => ReadonlyArray<A> | undefined) =>
(request?: RequestOf<K>): Stream.Stream<A, Ec2Error.Ec2Error, Ec2> =>
  pages(request).pipe(Stream.flatMap((page) => Stream.fromIterable(items(page) ?? [])))

/** Pages of `DescribeInstances`. @since 0.1.0 @category pages */
export const describeInstancesPages = pagesOf("describeInstances")
/** Reservations of `DescribeInstances`, every page. @since 0.1.0 @category items */
export const describeInstances = itemsOf<"describeInstances", Shapes.Reservation>(describeInstancesPages, (p) => p.Reservations)
/**
 * Instances of every reservation of every page of `DescribeInstances`, in order.
 *
 * @since 0.1.0
 * @category items
 */
export const instances = (request?: RequestOf<"describeInstances">): Stream.Stream<Shapes.Instance, Ec2Error.Ec2Error, Ec2> =>
  describeInstances(request).pipe(Stream.flatMap((r) => Stream.fromIterable(r.Instances ?? [])))
/** Pages of `DescribeInstanceStatus`. @since 0.1.0 @category pages */
export const describeInstanceStatusPages = pagesOf("describeInstanceStatus")
/** Statuses of `DescribeInstanceStatus`, every page. @since 0.1.0 @category items */
export const describeInstanceStatus = itemsOf<"describeInstanceStatus", Shapes.InstanceStatus>(describeInstanceStatusPages, (p) => p.InstanceStatuses)
/** Pages of `DescribeInstanceTypes`. @since 0.1.0 @category pages */
export const describeInstanceTypesPages = pagesOf("describeInstanceTypes")
/** Instance types of `DescribeInstanceTypes`, every page. @since 0.1.0 @category items */
export const describeInstanceTypes = itemsOf<"describeInstanceTypes", Shapes.InstanceTypeInfo>(describeInstanceTypesPages, (p) => p.InstanceTypes)
/** Pages of `DescribeInstanceTypeOfferings`. @since 0.1.0 @category pages */
export const describeInstanceTypeOfferingsPages = pagesOf("describeInstanceTypeOfferings")
/** Offerings of `DescribeInstanceTypeOfferings`, every page. @since 0.1.0 @category items */
export const describeInstanceTypeOfferings = itemsOf<"describeInstanceTypeOfferings", Shapes.InstanceTypeOffering>(describeInstanceTypeOfferingsPages, (p) => p.InstanceTypeOfferings)
/** Pages of `DescribeImages`. @since 0.1.0 @category pages */
export const describeImagesPages = pagesOf("describeImages")
/** Images of `DescribeImages`, every page. @since 0.1.0 @category items */
export const describeImages = itemsOf<"describeImages", Shapes.Image>(describeImagesPages, (p) => p.Images)
/** Pages of `DescribeVolumes`. @since 0.1.0 @category pages */
export const describeVolumesPages = pagesOf("describeVolumes")
/** Volumes of `DescribeVolumes`, every page. @since 0.1.0 @category items */
export const describeVolumes = itemsOf<"describeVolumes", Shapes.Volume>(describeVolumesPages, (p) => p.Volumes)
/** Pages of `DescribeVolumesModifications`. @since 0.1.0 @category pages */
export const describeVolumesModificationsPages = pagesOf("describeVolumesModifications")
/** Modifications of `DescribeVolumesModifications`, every page. @since 0.1.0 @category items */
export const describeVolumesModifications = itemsOf<"describeVolumesModifications", Shapes.VolumeModification>(describeVolumesModificationsPages, (p) => p.VolumesModifications)
/** Pages of `DescribeSnapshots`. @since 0.1.0 @category pages */
export const describeSnapshotsPages = pagesOf("describeSnapshots")
/** Snapshots of `DescribeSnapshots`, every page. @since 0.1.0 @category items */
export const describeSnapshots = itemsOf<"describeSnapshots", Shapes.Snapshot>(describeSnapshotsPages, (p) => p.Snapshots)
/** Pages of `DescribeSecurityGroups`. @since 0.1.0 @category pages */
export const describeSecurityGroupsPages = pagesOf("describeSecurityGroups")
/** Security groups of `DescribeSecurityGroups`, every page. @since 0.1.0 @category items */
export const describeSecurityGroups = itemsOf<"describeSecurityGroups", Shapes.SecurityGroup>(describeSecurityGroupsPages, (p) => p.SecurityGroups)
/** Pages of `DescribeNetworkInterfaces`. @since 0.1.0 @category pages */
export const describeNetworkInterfacesPages = pagesOf("describeNetworkInterfaces")
/** Network interfaces of `DescribeNetworkInterfaces`, every page. @since 0.1.0 @category items */
export const describeNetworkInterfaces = itemsOf<"describeNetworkInterfaces", Shapes.NetworkInterface>(describeNetworkInterfacesPages, (p) => p.NetworkInterfaces)
/** Pages of `DescribeTags`. @since 0.1.0 @category pages */
export const describeTagsPages = pagesOf("describeTags")
/** Tags of `DescribeTags`, every page. @since 0.1.0 @category items */
export const describeTags = itemsOf<"describeTags", Shapes.TagDescription>(describeTagsPages, (p) => p.Tags)
