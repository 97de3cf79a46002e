import { packageConfig } from "../../tsup.base.js"

export default [
  // The library: `effect` is a peer dependency and `@ec2kit/core` a dependency, both external, so an
  // application sees one copy of core's classes (an Ec2Error from here is core's Ec2Error).
  packageConfig(["src/index.ts", "src/CliEnvironment.ts"], { clean: false }),
  // The program: one tree-shaken CommonJS file with everything bundled (loading the whole `effect`
  // barrel takes ~0.4 s), so the Docker image needs no node_modules, and CommonJS so the launcher can
  // give it V8's code cache on Node 20 too (`vm.Script`; see src/bin.ts).
  packageConfig({ server: "src/main.ts" }, {
    noExternal: [/.*/],
    format: ["cjs"],
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false,
    platform: "node",
    minify: true,
    outExtension: () => ({ js: ".cjs" })
  }),
  // The executable: the launcher, `node:` modules only.
  packageConfig(["src/bin.ts"], {
    format: ["esm"],
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false,
    platform: "node"
  })
]
