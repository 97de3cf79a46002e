import * as fs from "node:fs"
import * as path from "node:path"
import { packageConfig } from "../../tsup.base.js"

// tsup writes to `dist` under the working directory (the package: `pnpm --filter … build`).
const dist = path.resolve("dist")

export default [
  // The library: `effect` is a peer dependency and `@ec2kit/core` a dependency, both external, so an
  // application sees one copy of core's classes (an Ec2Error from here is core's Ec2Error).
  packageConfig(["src/index.ts", "src/CliEnvironment.ts"], { clean: false }),
  // The program: one tree-shaken CommonJS file with everything bundled (loading the whole `effect`
  // barrel takes ~0.4 s), so the Docker image needs no node_modules, and CommonJS so the launcher can
  // give it V8's code cache on Node 20 too (`vm.Script`; see src/bin.ts). Two programs are built:
  // `main.ts` (flags read with `util.parseArgs`, no CLI library) and `mainCli.ts` (the `effect/cli`
  // command line, for `--help`, parse errors and anything `Argv.ts` declines); the second is then
  // embedded in `server.cjs` as the function `__ec2kitMainCli`, which V8 compiles lazily and the
  // program only calls when needed. A separate file would do too, but `server.cjs` stays the one
  // file to ship (Dockerfile). Issue 8 §4: a plain start evaluates a third less code.
  packageConfig({ server: "src/main.ts", mainCli: "src/mainCli.ts" }, {
    noExternal: [/.*/],
    format: ["cjs"],
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false,
    platform: "node",
    minify: true,
    outExtension: () => ({ js: ".cjs" }),
    onSuccess: async () => {
      const server = path.join(dist, "server.cjs")
      const cli = path.join(dist, "mainCli.cjs")
      const source = fs.readFileSync(cli, "utf8")
      // The bundle in CommonJS's own function wrapper, called with the server bundle's `require`,
      // `__filename` and `__dirname` (a function declaration: hoisted, so main.ts can call it).
      const embedded = `\nfunction __ec2kitMainCli(){const m={exports:{}};(function(exports,require,module,__filename,__dirname){${source}\n}).call(m.exports,m.exports,require,m,__filename,__dirname)}\n`
      fs.appendFileSync(server, embedded)
      fs.rmSync(cli)
    }
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
