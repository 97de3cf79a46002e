/**
 * The catalogue of EC2 operations the wire protocol knows: every operation schema that
 * `@aws-sdk/client-ec2` ships (its exported `…$` static schemas, the whole EC2 model), each paired
 * with the `Ec2` service method that implements it when core's `Ec2` has one.
 *
 * Nothing here is written per operation: the SDK's schemas drive parsing and rendering, and
 * `Ec2Shapes.operations` says which operations a backend implements, so an operation added to core's
 * `Ec2` later is served without new code.
 *
 * @since 0.1.0
 */
import { Ec2Shapes } from "@ec2kit/core"
import type { StaticOperationSchema } from "@smithy/types"
import { Sdk } from "./internal/clientEc2.js"

/**
 * The EC2 API version every current SDK sends (`Version=2016-11-15`), as configured in the SDK's
 * `runtimeConfig.shared` (`AwsEc2QueryProtocol({ version: "2016-11-15" })`, @aws-sdk/client-ec2 3.1169.0).
 *
 * @since 0.1.0
 * @category constants
 */
export const apiVersion = "2016-11-15"

/**
 * The XML namespace of EC2's responses, e.g. `<RunInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">`
 * (EC2 API reference examples, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html, read 2026-12).
 *
 * @since 0.1.0
 * @category constants
 */
export const xmlNamespace = `http://ec2.amazonaws.com/doc/${apiVersion}/`

/**
 * The Smithy namespace of EC2's shapes.
 *
 * @since 0.1.0
 * @category constants
 */
export const shapeNamespace = "com.amazonaws.ec2"

/**
 * One operation of the EC2 model.
 *
 * @since 0.1.0
 * @category models
 */
export interface Operation {
  /** The Query protocol action, e.g. `RunInstances`. */
  readonly action: string
  /** The SDK's static operation schema (`[9, namespace, name, traits, input, output]`). */
  readonly schema: StaticOperationSchema
  /** The `Ec2` service method implementing it, when core's `Ec2` has one. */
  readonly method: Ec2Shapes.OperationName | undefined
}

const isOperationSchema = (u: unknown): u is StaticOperationSchema =>
  Array.isArray(u) && u[0] === 9 && u[1] === shapeNamespace && typeof u[2] === "string"

const methodByAction: ReadonlyMap<string, Ec2Shapes.OperationName> = new Map(
  (Object.keys(Ec2Shapes.operations) as Array<Ec2Shapes.OperationName>).map((m) => [Ec2Shapes.operations[m].name, m])
)

const catalogue: ReadonlyMap<string, Operation> = (() => {
  const out = new Map<string, Operation>()
  for (const value of Object.values(Sdk as Record<string, unknown>)) {
    if (!isOperationSchema(value)) continue
    const action = value[2]
    out.set(action, { action, schema: value, method: methodByAction.get(action) })
  }
  return out
})()

/**
 * The operation a Query `Action` names, or `undefined` when EC2 has no such action. Lookup is exact
 * (case-sensitive), as EC2's is.
 *
 * @example
 * ```ts
 * import { Ec2Operations } from "@ec2kit/api-server"
 * Ec2Operations.byAction("RunInstances")?.method // "runInstances"
 * Ec2Operations.byAction("CreateVpc")?.method    // undefined: in the SDK, not in core's Ec2
 * ```
 * @since 0.1.0
 * @category lookups
 */
export const byAction = (action: string): Operation | undefined => catalogue.get(action)

/**
 * Every operation of the EC2 model, in the SDK's order.
 *
 * @since 0.1.0
 * @category lookups
 */
export const all: ReadonlyArray<Operation> = [...catalogue.values()]

/**
 * The operations core's `Ec2` implements, each with its method (one per `Ec2Shapes.operations` entry).
 *
 * @since 0.1.0
 * @category lookups
 */
export const implemented: ReadonlyArray<Operation & { readonly method: Ec2Shapes.OperationName }> = all.filter(
  (op): op is Operation & { readonly method: Ec2Shapes.OperationName } => op.method !== undefined
)
