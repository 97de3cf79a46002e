import * as fs from "node:fs"
import * as path from "node:path"
import type { Options } from "tsup"
import { packageConfig } from "../../tsup.base.js"

type Plugin = NonNullable<Options["esbuildPlugins"]>[number]

/**
 * api-server loads `@aws-sdk/client-ec2` with `createRequire(import.meta.url)(…)` (its
 * src/internal/clientEc2.ts: Node parses the SDK once that way instead of three times), a call
 * esbuild cannot follow: left alone, the program's bundle (dist/serve.cjs) would `require` an SDK the
 * container image does not have. For the bundle only, that call becomes an import, so the SDK is
 * bundled. The container test (test/Containers.test.ts) starts the bundle without node_modules, so a
 * new such call fails there.
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

export default [
  packageConfig(["src/index.ts"]),
  // `ec2kit`: ESM (it is run, never required). `ec2kit serve` hands over to the serve launcher,
  // built below as a file of its own.
  packageConfig(["src/bin.ts"], { format: ["esm"], dts: false, clean: false, external: ["./serveBin.js"] }),
  // `ec2kit-serve` (and `ec2kit serve`) is a launcher and a program, both run by the container image
  // too (Dockerfile), so neither needs node_modules:
  // - dist/serveBin.js, the launcher: `node:` modules only (its Signals and metadata-server's
  //   CodeCache bundled in), ESM like the rest of the package;
  // - dist/serve.cjs, the program (serveMain): one minified CommonJS file with every dependency
  //   bundled, CommonJS so the launcher can give it V8's code cache on Node 20 too (`vm.Script`).
  //   Loading ~600 ES modules from node_modules and compiling them was most of a cold start
  //   (issue 10 §5). msgpackr's optional native string extractor stays outside (a `.node` file
  //   cannot be bundled): msgpackr uses its JavaScript decoder when it is not found.
  packageConfig(["src/serveBin.ts"], {
    format: ["esm"],
    noExternal: ["@ec2kit/metadata-server/internal/codeCache"],
    platform: "node",
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false
  }),
  packageConfig({ serve: "src/serveMain.ts" }, {
    format: ["cjs"],
    noExternal: [/.*/],
    external: ["msgpackr-extract"],
    platform: "node",
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false,
    minify: true,
    outExtension: () => ({ js: ".cjs" }),
    esbuildPlugins: [bundleClientEc2],
    // The SDK loads `http` and `async_hooks` lazily with `import()`, which esbuild keeps for node's
    // built-in modules. On Node 20 the launcher runs this bundle as a `vm.Script` (for V8's code cache),
    // where `import()` fails ("A dynamic import callback was not specified": `serve --demo`'s SDK
    // client died on its first request); vm's main-context loader would work but prints an
    // ExperimentalWarning. Lowered, each becomes `Promise.resolve().then(() => require(…))`.
    esbuildOptions: (options) => {
      options.supported = { ...options.supported, "dynamic-import": false }
    }
  })
]
