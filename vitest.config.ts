import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

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
      { find: /^@ec2kit\/metadata-server\/CliEnvironment$/, replacement: `${src("metadata-server")}/CliEnvironment.ts` },
      { find: /^@ec2kit\/metadata-server$/, replacement: `${src("metadata-server")}/index.ts` }
    ]
  },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    testTimeout: 120_000,
    reporters: ["default"]
  }
})
