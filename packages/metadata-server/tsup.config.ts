import { packageConfig } from "../../tsup.base.js"

export default [
  // The library: `effect` is a peer dependency and `@ec2kit/core` a dependency, both external, so an
  // application sees one copy of core's classes (an Ec2Error from here is core's Ec2Error).
  packageConfig(["src/index.ts", "src/CliEnvironment.ts"], { clean: false }),
  // The program: tree-shaken CommonJS files with everything bundled (loading the whole `effect`
  // barrel takes ~0.4 s), so the Docker image needs no node_modules, and CommonJS so the launcher can
  // give it V8's code cache on Node 20 too (`vm.Script`; see src/bin.ts). Two programs: `server.cjs`
  // (main.ts: flags read with `util.parseArgs`, no CLI library: what a start loads) and
  // `mainCli.cjs` (mainCli.ts: the `effect/cli` command line, which main.ts requires only for
  // `--help`, parse errors and anything `Argv.ts` declines). Issue 8 §4: a plain start reads, compiles
  // and evaluates 0.42 MB instead of 0.66 MB.
  packageConfig({ server: "src/main.ts", mainCli: "src/mainCli.ts" }, {
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
  // The executable: the launcher, `node:` modules only, as CommonJS (`dist/bin.cjs`; the package is
  // "type": "module", so a `.js` would be an ES module, and Node's ESM loader costs ≈ 8 ms of a cold
  // start that CommonJS does not; issue 8 §4).
  packageConfig(["src/bin.ts"], {
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false,
    platform: "node"
  })
]
