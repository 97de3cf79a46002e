import * as fs from "node:fs"
import * as path from "node:path"
import type { Options } from "tsup"
import { packageConfig } from "../../tsup.base.js"

type Plugin = NonNullable<Options["esbuildPlugins"]>[number]

/**
 * api-server loads `@aws-sdk/client-ec2` with `createRequire(import.meta.url)(…)` (its
 * src/internal/clientEc2.ts: Node parses the SDK once that way instead of three times), a call
 * esbuild cannot follow: left alone, the container bundle would `require` an SDK the image does not
 * have. For the bundle only, that call becomes an import, so the SDK is bundled. The container test
 * (test/Containers.test.ts) starts the bundle without node_modules, so a new such call fails there.
 */
const bundleClientEc2: Plugin = {
  name: "ec2kit-bundle-client-ec2",
  setup(build) {
    const call = 'createRequire(import.meta.url)("@aws-sdk/client-ec2")'
    // The sources when tsconfig's paths map the workspace packages to them (as here), else dist.
    build.onLoad({ filter: /[\\/]api-server[\\/](src|dist)[\\/].+\.[jt]s$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, "utf8")
      if (!text.includes(call)) return undefined
      return {
        contents: `import * as __ec2kitClientEc2 from "@aws-sdk/client-ec2";\n${text.replaceAll(call, "__ec2kitClientEc2")}`,
        loader: args.path.endsWith(".ts") ? "ts" : "js",
        resolveDir: path.dirname(args.path)
      }
    })
  }
}

// The executable is ESM only (it is run, never required); the library is ESM + CJS.
export default [
  packageConfig(["src/index.ts"]),
  packageConfig(["src/bin.ts", "src/serveBin.ts"], { format: ["esm"], dts: false, clean: false }),
  // The container image's program (Dockerfile): `ec2kit-serve` as one minified ES module with every
  // dependency bundled, so the image needs no node_modules. The CommonJS parts of the bundle (the
  // AWS SDK's) `require` node's modules, which an ES module has no `require` for: the banner gives
  // it one.
  packageConfig({ "container/ec2kit-serve": "src/serveBin.ts" }, {
    format: ["esm"],
    noExternal: [/.*/],
    platform: "node",
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false,
    minify: true,
    outExtension: () => ({ js: ".mjs" }),
    esbuildPlugins: [bundleClientEc2],
    banner: { js: 'import { createRequire as __ec2kitRequire } from "node:module"; const require = __ec2kitRequire(import.meta.url);' }
  })
]
