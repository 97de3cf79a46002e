/**
 * Runs a bundled CommonJS program with V8's code cache: what the launchers of the node programs
 * (`ec2kit-metadata`: dist/bin → dist/server.cjs; `ec2kit serve` / `ec2kit-serve` of @ec2kit/cli:
 * dist/serveBin.js → dist/serve.cjs) do, so that a cold start deserializes the bundle's compiled
 * code instead of compiling it again. Compiling was the largest part of either cold start (issue 8
 * §4, issue 10 §5).
 *
 * - Node ≥ 22.1 has `module.enableCompileCache()` (Node's own cache, in `NODE_COMPILE_CACHE` or the
 *   OS temp directory): it is turned on and the bundle is required.
 * - Node 20 has no such API, so the bundle is compiled as a `vm.Script` with the cached data of an
 *   earlier start, and new cached data is written once the program's top level has run. The cache
 *   file is keyed by the bundle's size, times and inode (a `stat`, not a hash of the bundle:
 *   hashing 0.5 MB cost 2 ms of every start), the Node version and the architecture; V8 itself also
 *   rejects data from another V8 or another source length, and fresh data is then written. A cache
 *   that cannot be read or written only costs the compile; it never fails a start.
 *
 * Why here: both launchers need it and both are node programs of the repository; @ec2kit/cli
 * depends on this package already. Each launcher bundles this module at build time (cli through the
 * tsconfig path `@ec2kit/metadata-server/internal/codeCache`), so a launcher is still one file of
 * `node:` modules only, loaded before anything is cached, and the module is no export of the
 * package (no API to keep). Not in @ec2kit/core, which holds no node-only code, nor in scripts/,
 * which is no package: a launcher's source would reach outside every package for it.
 */
import * as fs from "node:fs"
import * as Module from "node:module"
import * as os from "node:os"
import * as path from "node:path"
import * as vm from "node:vm"

const enableCompileCache = (Module as { enableCompileCache?: () => unknown }).enableCompileCache

/** CommonJS's own function wrapper (what `require` compiles). */
type Wrapped = (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void

/** The bundle through `vm.Script`, with the code cache `<cacheDir>/<name>-<key>.bin`. */
const runWithVmCache = (bundle: string, name: string): void => {
  const stat = fs.statSync(bundle)
  // ctime and the inode change with any rewrite, copy or `touch`, even one that keeps size and mtime
  const key = `${process.version}-${process.arch}-${stat.size}-${stat.mtimeMs}-${stat.ctimeMs}-${stat.ino}`
  const source = fs.readFileSync(bundle, "utf8")
  const dir = process.env["EC2KIT_COMPILE_CACHE"] ?? path.join(os.tmpdir(), "ec2kit-compile-cache")
  const file = path.join(dir, `${name}-${key}.bin`)
  let cachedData: Buffer | undefined
  try {
    cachedData = fs.readFileSync(file)
  } catch {
    cachedData = undefined // first start, or an unreadable cache: compile
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`
  const script = new vm.Script(wrapped, { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) })
  const fn = script.runInThisContext() as Wrapped
  const module = { exports: {} }
  fn.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle))
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // once the bundle's top level has run (its compile is what the cache saves), before a short-lived
    // run such as a health check can exit
    setImmediate(() => {
      try {
        fs.mkdirSync(dir, { recursive: true })
        const tmp = `${file}.${process.pid}.tmp`
        fs.writeFileSync(tmp, script.createCachedData())
        fs.renameSync(tmp, file)
      } catch {
        // a read-only or full temp directory: the next start compiles again
      }
    }).unref()
  }
}

/**
 * Runs the CommonJS file `bundle` (an absolute path) as `require` would, with V8's code cache;
 * `name` tells its cache files from other programs' (Node 20 only; Node's own cache needs none).
 */
export const runBundle = (bundle: string, name: string): void => {
  if (enableCompileCache === undefined) return runWithVmCache(bundle, name)
  try {
    enableCompileCache()
  } catch {
    // no cache directory: start without it
  }
  Module.createRequire(bundle)(bundle)
}
