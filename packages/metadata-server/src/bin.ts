#!/usr/bin/env node
/**
 * Entry point of the `ec2kit-metadata` executable: a small launcher for the bundled program
 * (`dist/server.cjs`, built from `main.ts`) that gives it V8's code cache, so a cold start does not
 * compile the whole 0.6 MB bundle again. Compiling it was the largest part of the cold start (about
 * 85 ms of ~170 ms on the benchmark machine, Node 20; issue 8 §4 asks for < 100 ms to the first answer).
 *
 * - Node ≥ 22.1 has `module.enableCompileCache()` (Node's own cache, in `NODE_COMPILE_CACHE` or the
 *   OS temp directory): the launcher turns it on and requires the bundle.
 * - Node 20 has no such API, so the launcher does what it does with `node:vm`: compile the bundle as a
 *   `vm.Script` with the cached data of an earlier start, and write new cached data once the
 *   program is up. The cache file is keyed by the bundle's size, times and inode (a `stat`, not a
 *   hash of its 0.5 MB: hashing cost 2 ms of every start), the Node version and the
 *   architecture; V8 itself also rejects data from another V8 or another source length, and the
 *   launcher then writes fresh data. A cache that cannot be read or written only costs the
 *   compile; it never fails a start.
 *
 * No imports beyond `node:` modules: this file is loaded before anything is cached. It is built as
 * CommonJS (`dist/bin.cjs`), and so is the committed `bin/ec2kit-metadata.cjs` that requires it:
 * loading an ES module costs Node's ESM loader ≈ 8 ms of a start that CommonJS does not pay
 * (issue 8 §4).
 *
 * @since 0.1.0
 */
import * as fs from "node:fs"
import * as Module from "node:module"
import * as os from "node:os"
import * as path from "node:path"
import * as vm from "node:vm"

// CommonJS output (tsup.config.ts): `__dirname` and `require` are this file's own
const bundle = path.join(__dirname, "server.cjs")
const enableCompileCache = (Module as { enableCompileCache?: () => unknown }).enableCompileCache

/** Runs the CommonJS bundle through `vm.Script` with a code cache in the OS temp directory. */
const runWithVmCache = (): void => {
  const stat = fs.statSync(bundle)
  // ctime and the inode change with any rewrite, copy or `touch`, even one that keeps size and mtime
  const key = `${process.version}-${process.arch}-${stat.size}-${stat.mtimeMs}-${stat.ctimeMs}-${stat.ino}`
  const source = fs.readFileSync(bundle, "utf8")
  const dir = path.join(process.env.EC2KIT_COMPILE_CACHE ?? path.join(os.tmpdir(), "ec2kit-compile-cache"))
  const file = path.join(dir, `metadata-server-${key}.bin`)
  let cachedData: Buffer | undefined
  try {
    cachedData = fs.readFileSync(file)
  } catch {
    cachedData = undefined // first start, or an unreadable cache: compile
  }
  // CommonJS's own function wrapper (what `require` compiles)
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`
  const script = new vm.Script(wrapped, { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) })
  const fn = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void
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

if (enableCompileCache !== undefined) {
  try {
    enableCompileCache()
  } catch {
    // no cache directory: start without it
  }
  require(bundle)
} else {
  runWithVmCache()
}
