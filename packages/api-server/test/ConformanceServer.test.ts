// testkit's conformance suite, unchanged, on Ec2Aws → Ec2Server (loopback HTTP) → Ec2Memory: it must pass exactly
// as it does on Ec2Memory directly (packages/backend-memory/test/Conformance.test.ts).
import { Conformance } from "@ec2kit/testkit"
import { suiteOptions } from "./wirePaths.js"

const { makeLayer, options } = suiteOptions("server", process.env.CI ? 1_000 : 500)
Conformance.suite("Ec2Aws → Ec2Server → Ec2Memory", makeLayer, options)
