// The two wire paths the testkit conformance suite runs on (issue 9 §3): Ec2Aws → Ec2Handler →
// Ec2Memory (the SDK's real serialization both ways, in-process) and Ec2Aws → Ec2Server over
// loopback HTTP → Ec2Memory. Each world is built inside the suite's environment, so in virtual time
// the memory backend, the handler's or server's calls and Ec2Aws's retry schedule all run on the
// suite's TestClock, exactly as the suite drives Ec2Memory directly.
import { EC2Client } from "@aws-sdk/client-ec2"
import { Ec2Handler, Ec2Server } from "@ec2kit/api-server"
import { Ec2Aws } from "@ec2kit/backend-aws"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import type { Ec2 } from "@ec2kit/core"
import type { Harness } from "@ec2kit/testkit"
import { Effect, Layer } from "effect"

/** A path from an SDK client setting to `Ec2` + the memory world's `Hypervisor`. */
export type Path = "handler" | "server"

const credentials = { accessKeyId: "AKIDCONFORMANCE", secretAccessKey: "conformance-secret" }

/** `Ec2Aws` over an `EC2Client` whose transport is the in-process handler on the world in context. */
const viaHandler: Layer.Layer<Ec2.Ec2, never, Ec2.Ec2> = Layer.unwrap(Effect.gen(function*() {
  const requestHandler = yield* Ec2Handler.make
  return Ec2Aws.fromClient(new EC2Client({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 }))
}))

/** `Ec2Aws` over an `EC2Client` talking HTTP to an `Ec2Server` (127.0.0.1, free port) on the world in context. */
const viaServer: Layer.Layer<Ec2.Ec2, Ec2Server.Ec2ServerError, Ec2.Ec2> = Layer.unwrap(Effect.gen(function*() {
  const { url } = yield* Ec2Server.Ec2Server
  const client = yield* Effect.acquireRelease(
    Effect.sync(() => new EC2Client({ region: "us-east-1", credentials, endpoint: url, maxAttempts: 1 })),
    (c) => Effect.sync(() => c.destroy())
  )
  return Ec2Aws.fromClient(client)
})).pipe(Layer.provide(Ec2Server.layer({ region: "us-east-1" })))

/**
 * The world `options` describes, seen through `path`: `Ec2` is the wire client, `Hypervisor` the
 * memory backend's own (for the suite's world control only).
 */
export const world = (path: Path, options: Ec2Memory.Options): Layer.Layer<Ec2.Ec2 | Hypervisor.Hypervisor, unknown> => {
  const memory = Ec2Memory.layer(options)
  const wire = path === "handler" ? viaHandler : viaServer
  return Layer.merge(wire, Layer.effect(Hypervisor.Hypervisor, Hypervisor.Hypervisor.use(Effect.succeed))).pipe(Layer.provide(memory))
}

/**
 * The conformance suite's options for a wire path: those of backend-memory's own run
 * (packages/backend-memory/test/Conformance.test.ts), with the world control going through the same
 * path; `operations` sized for the wire (each call serialized by the SDK and parsed back both ways).
 */
export const suiteOptions = (
  path: Path,
  operations: number
): { readonly makeLayer: () => Layer.Layer<Ec2.Ec2 | Hypervisor.Hypervisor, unknown>; readonly options: Harness.Options<Hypervisor.Hypervisor> } => {
  let seed = 0
  const instanceProfile = "ec2kit-conformance"
  return {
    makeLayer: () =>
      world(path, { seed: `conformance-${path}-${++seed}`, instanceProfiles: [{ InstanceProfileName: instanceProfile, RoleName: "ec2kit-conformance-role" }] }),
    options: {
      instanceProfile,
      time: "virtual",
      imageId: Hypervisor.Hypervisor.use((hv) =>
        hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64" && i.ImageOwnerAlias === "amazon")!.ImageId)
      ),
      control: {
        snapshot: Hypervisor.Hypervisor.use((hv) => hv.snapshot),
        layerFrom: (bytes) => world(path, { snapshot: bytes })
      },
      properties: { operations }
    }
  }
}
