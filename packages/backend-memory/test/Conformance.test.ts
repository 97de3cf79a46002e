import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import type { Ec2 } from "@ec2kit/core"
import { Conformance } from "@ec2kit/testkit"
import type { Layer } from "effect"

// `Ec2Memory.layer` provides `Ec2` and `Hypervisor`. The cast keeps this file compiling while the
// `Ec2` wiring lands (it is a no-op once the layer's type includes `Ec2`).
const memory = (options: Ec2Memory.Options) =>
  Ec2Memory.layer(options) as unknown as Layer.Layer<Ec2.Ec2 | Hypervisor.Hypervisor, unknown>

let seed = 0
Conformance.suite("memory", () => memory({ seed: `conformance-${++seed}` }), {
  time: "virtual",
  // the seed AMI, read through the Hypervisor so instance tests do not depend on DescribeImages
  imageId: Hypervisor.Hypervisor.use((hv) =>
    hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64" && i.ImageOwnerAlias === "amazon")!.ImageId)
  ),
  control: {
    snapshot: Hypervisor.Hypervisor.use((hv) => hv.snapshot),
    layerFrom: (bytes) => memory({ snapshot: bytes })
  },
  properties: { operations: process.env.CI ? 100_000 : 10_000 }
})
