import { packageConfig } from "../../tsup.base.js"

export default [
  // The library: `effect` is a peer dependency and `@ec2kit/core` a dependency, both external, so an
  // application sees one copy of core's classes (an Ec2Error from here is core's Ec2Error).
  packageConfig(["src/index.ts", "src/CliEnvironment.ts"], { clean: false }),
  // The executable: one tree-shaken ES module with everything bundled. Loading the whole `effect`
  // barrel takes ~0.4 s; the bundle keeps the cold start to the first 200 short, and the Docker
  // image needs no node_modules at all.
  packageConfig(["src/bin.ts"], {
    noExternal: [/.*/],
    format: ["esm"],
    dts: false,
    splitting: false,
    clean: false,
    platform: "node",
    minify: true,
    banner: { js: "import { createRequire as __ec2kitCreateRequire } from \"node:module\"; const require = __ec2kitCreateRequire(import.meta.url);" }
  })
]
