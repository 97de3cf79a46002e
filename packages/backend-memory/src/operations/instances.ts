/**
 * Instance operations over the world, as core's `Ec2` methods: RunInstances, Start/Stop/Reboot/
 * TerminateInstances and ModifyInstanceMetadataOptions (DescribeInstances is `describeInstances.ts`).
 * The concepts live in their own modules, re-exported here: the request shapes and the `Instance` view
 * (`instanceShapes.ts`), what a launch may take (`launchCapacity.ts`), its block devices
 * (`launchDevices.ts`) and network interfaces and groups (`launchInterfaces.ts`), RunInstances itself
 * with its idempotency (`runInstances.ts`), the lifecycle operations (`instanceLifecycle.ts`) and the
 * instance timers (`instanceTimers.ts`).
 *
 * @internal
 */
import { Ec2Error, type Ec2, type Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import type { Engine } from "../internal/Engine.js"
import { hibernateInstances, modifyInstanceMetadataOptions, rebootInstances, type ShutdownOptions, stopInstances, terminateByZone, userStartInstances } from "./instanceLifecycle.js"
import type { RunInstancesRequest } from "./instanceShapes.js"
import { launchFromTemplate } from "./launchTemplateMerge.js"
import { runInstances } from "./runInstances.js"

// The modules of this area, re-exported: `Ec2Memory.Instances` and the tests reach them through this module.
export * from "./instanceLifecycle.js"
export * from "./instanceShapes.js"
export * from "./instanceTimers.js"
export * from "./launchCapacity.js"
export * from "./launchDevices.js"
export * from "./launchInterfaces.js"
export * from "./runInstances.js"

// ------------------------------------------------------------------------------------------------
// The Ec2 operations of this area
// ------------------------------------------------------------------------------------------------

/** Core's decoded RunInstances request → this module's request. */
export const fromRunInstancesRequest = (req: Ec2Shapes.RunInstancesRequest & { readonly ImageId: string }): RunInstancesRequest => {
  const { TagSpecifications, ...rest } = req
  return {
    ...rest,
    ...(TagSpecifications !== undefined
      ? {
        TagSpecifications: TagSpecifications.map((t) => ({
          ...(t.ResourceType !== undefined ? { ResourceType: t.ResourceType } : {}),
          Tags: (t.Tags ?? []).map((x) => ({ Key: x.Key ?? "", Value: x.Value ?? "" }))
        }))
      }
      : {})
  }
}

const shutdownOf = (req: { readonly Force?: boolean; readonly SkipOsShutdown?: boolean }): ShutdownOptions => ({
  ...(req.Force !== undefined ? { Force: req.Force } : {}),
  ...(req.SkipOsShutdown !== undefined ? { SkipOsShutdown: req.SkipOsShutdown } : {})
})

/**
 * RunInstances, Start/Stop/Reboot/TerminateInstances and ModifyInstanceMetadataOptions over an
 * engine, in AWS's shapes.
 */
export const operations = (engine: Engine): Pick<
  Ec2.Implementation,
  "runInstances" | "startInstances" | "stopInstances" | "rebootInstances" | "terminateInstances" | "modifyInstanceMetadataOptions"
> => ({
  runInstances: (req) =>
    engine.transact((w) => {
      const launch = (r: Ec2Shapes.RunInstancesRequest) =>
        r.ImageId === undefined
          ? Ec2Error.fail("MissingParameter", "The request must contain the parameter ImageId")
          : runInstances(w, fromRunInstancesRequest({ ...r, ImageId: r.ImageId }))
      // a launch template's data goes through the same RunInstances (launchTemplateMerge.ts)
      const template = req.LaunchTemplate
      return template === undefined ? launch(req) : launchFromTemplate(w, { ...req, LaunchTemplate: template }, launch)
    }),
  startInstances: (req) =>
    engine.transact((w) => Effect.map(userStartInstances(w, req.InstanceIds, req.DryRun === true), (c) => ({ StartingInstances: c }))),
  // `Force` / `SkipOsShutdown`: see `ShutdownOptions`
  stopInstances: (req) =>
    engine.transact((w) =>
      Effect.map(
        (req.Hibernate === true ? hibernateInstances : stopInstances)(w, req.InstanceIds, req.DryRun === true, shutdownOf(req)),
        (c) => ({ StoppingInstances: c })
      )
    ),
  rebootInstances: (req) => engine.transact((w) => Effect.as(rebootInstances(w, req.InstanceIds, req.DryRun === true), {})),
  terminateInstances: (req) =>
    engine.transact((w) => terminateByZone(w, req.InstanceIds, req.DryRun === true, shutdownOf(req))).pipe(
      Effect.flatMap((r) => r.refused === undefined ? Effect.succeed({ TerminatingInstances: r.changes }) : Effect.fail(r.refused))
    ),
  modifyInstanceMetadataOptions: (req) => engine.transact((w) => modifyInstanceMetadataOptions(w, req))
})

// the timer record type, as this module exported it before its split
export type { TimerRecord } from "../internal/Records.js"
