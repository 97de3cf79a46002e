// The testkit conformance suite, unchanged, against Ec2Aws: through @ec2kit/api-server's Ec2Handler
// (in process, the SDK's real serialization both ways) and through Ec2Server over loopback HTTP, both
// to Ec2Memory. The Hypervisor of the same world drives virtual time and inspection, as in
// backend-memory's own conformance run.
import { EC2Client } from "@aws-sdk/client-ec2"
import { Ec2Handler, Ec2Server } from "@ec2kit/api-server"
import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import type { Ec2 } from "@ec2kit/core"
import { Conformance } from "@ec2kit/testkit"
import { Effect, Layer } from "effect"
import { Ec2Aws } from "@ec2kit/backend-aws"

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }

type Path = "handler" | "server"

const client = (config: { readonly requestHandler: Ec2Handler.Ec2Handler } | { readonly endpoint: string }) =>
  new EC2Client({ region: "us-east-1", credentials, maxAttempts: 1, ...config })

/** `Ec2` of Ec2Aws, reaching the `Ec2` below it by `path`. */
const aws: Record<Path, Layer.Layer<Ec2.Ec2, unknown, Ec2.Ec2>> = {
  handler: Layer.unwrap(Effect.map(Ec2Handler.make, (requestHandler) => Ec2Aws.fromClient(client({ requestHandler })))),
  server: Layer.unwrap(Effect.map(Ec2Server.Ec2Server.use(Effect.succeed), (address) => Ec2Aws.fromClient(client({ endpoint: address.url })))).pipe(
    Layer.provide(Ec2Server.layer({ host: "127.0.0.1", port: 0 }))
  )
}

/** Ec2Aws over one memory world, and that world's Hypervisor. */
const viaAws = (path: Path, options: Ec2Memory.Options): Layer.Layer<Ec2.Ec2 | Hypervisor.Hypervisor, unknown> =>
  Layer.merge(aws[path], Layer.effect(Hypervisor.Hypervisor, Hypervisor.Hypervisor.use(Effect.succeed))).pipe(
    Layer.provide(Ec2Memory.layer(options))
  )

const instanceProfile = "ec2kit-conformance"
for (const path of ["handler", "server"] as const) {
  let seed = 0
  Conformance.suite(`Ec2Aws → Ec2${path === "handler" ? "Handler" : "Server (loopback HTTP)"} → Ec2Memory`, () =>
    viaAws(path, { seed: `conformance-${++seed}`, instanceProfiles: [{ InstanceProfileName: instanceProfile, RoleName: "ec2kit-conformance-role" }] }), {
    instanceProfile,
    time: "virtual",
    imageId: Hypervisor.Hypervisor.use((hv) =>
      hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64" && i.ImageOwnerAlias === "amazon")!.ImageId)
    ),
    control: {
      snapshot: Hypervisor.Hypervisor.use((hv) => hv.snapshot),
      layerFrom: (bytes) => viaAws(path, { snapshot: bytes })
    },
    // as backend-memory's local budget: the suite's coverage checks (e.g. "AttachVolume answered
    // AttachmentLimitExceeded at least once") need enough random runs; with a few hundred operations they
    // miss now and then on Ec2Memory directly too
    properties: { operations: 10_000 }
  })
}
