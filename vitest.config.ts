import { fileURLToPath } from "node:url"
import { configDefaults, defineConfig } from "vitest/config"

// The slow real-client suites (`*.clients.test.ts`: the AWS CLIs, boto3, Ansible, …) run once per CI
// run, on Node 20; .ci/run sets EC2KIT_CLIENT_SUITES=0 for the other Nodes, which leaves them out
// (excluded files, not skipped tests).
const clientSuites = process.env.EC2KIT_CLIENT_SUITES === "0" ? ["**/*.clients.test.ts"] : []

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@ec2kit\/core$/, replacement: `${src("core")}/index.ts` },
      { find: /^@ec2kit\/core\/(.*)$/, replacement: `${src("core")}/$1.ts` },
      { find: /^@ec2kit\/backend-memory$/, replacement: `${src("backend-memory")}/index.ts` },
      { find: /^@ec2kit\/backend-aws$/, replacement: `${src("backend-aws")}/index.ts` },
      { find: /^@ec2kit\/api-server$/, replacement: `${src("api-server")}/index.ts` },
      { find: /^@ec2kit\/testkit$/, replacement: `${src("testkit")}/index.ts` },
      { find: /^@ec2kit\/cli$/, replacement: `${src("cli")}/index.ts` },
      { find: /^@ec2kit\/metadata-server\/CliEnvironment$/, replacement: `${src("metadata-server")}/CliEnvironment.ts` },
      { find: /^@ec2kit\/metadata-server$/, replacement: `${src("metadata-server")}/index.ts` }
    ]
  },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...clientSuites],
    testTimeout: 120_000,
    reporters: ["default"]
  }
})
