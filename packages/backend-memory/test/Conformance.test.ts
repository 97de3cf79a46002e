import { Ec2Memory, Hypervisor } from "@ec2kit/backend-memory"
import type { Ec2 } from "@ec2kit/core"
import { Conformance } from "@ec2kit/testkit"
import type { Layer } from "effect"

// `Ec2Memory.layer` provides `Ec2` and `Hypervisor`.
const memory = (options: Ec2Memory.Options): Layer.Layer<Ec2.Ec2 | Hypervisor.Hypervisor, unknown> => Ec2Memory.layer(options)

let seed = 0
const instanceProfile = "ec2kit-conformance"
Conformance.suite("memory", () => memory({ seed: `conformance-${++seed}`, instanceProfiles: [{ InstanceProfileName: instanceProfile, RoleName: "ec2kit-conformance-role" }] }), {
  instanceProfile,
  time: "virtual",
  // the seed AMI, read through the Hypervisor so instance tests do not depend on DescribeImages
  imageId: Hypervisor.Hypervisor.use((hv) =>
    hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64" && i.ImageOwnerAlias === "amazon")!.ImageId)
  ),
  control: {
    snapshot: Hypervisor.Hypervisor.use((hv) => hv.snapshot),
    layerFrom: (bytes) => memory({ snapshot: bytes })
  },
  properties: { operations: process.env.CI ? 100_000 : 10_000 },
  vcpuQuota: {
    makeLayer: (vCpus) => memory({ seed: `conformance-quota-${++seed}`, vcpuQuotas: { onDemand: { Standard: vCpus } } })
  }
})
