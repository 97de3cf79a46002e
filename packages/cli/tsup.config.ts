import { packageConfig } from "../../tsup.base.js"

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
    banner: { js: 'import { createRequire as __ec2kitRequire } from "node:module"; const require = __ec2kitRequire(import.meta.url);' }
  })
]
