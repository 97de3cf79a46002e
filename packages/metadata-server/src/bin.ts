#!/usr/bin/env node
/**
 * Entry point of the `ec2kit-metadata` executable: a small launcher for the bundled program
 * (`dist/server.cjs`, built from `main.ts`) that gives it V8's code cache, so a cold start does not
 * compile the whole 0.6 MB bundle again. Compiling it was the largest part of the cold start (about
 * 85 ms of ~170 ms on the benchmark machine, Node 20; issue 8 §4 asks for < 100 ms to the first answer).
 * How the cache works on each Node: internal/codeCache.ts (shared with `ec2kit serve`'s launcher).
 *
 * No imports beyond `node:` modules (and codeCache, which has only those): this file is loaded
 * before anything is cached. It is built as CommonJS (`dist/bin.cjs`), and so is the committed
 * `bin/ec2kit-metadata.cjs` that requires it: loading an ES module costs Node's ESM loader ≈ 8 ms of
 * a start that CommonJS does not pay (issue 8 §4).
 *
 * @since 0.1.0
 */
import * as path from "node:path"
import { runBundle } from "./internal/codeCache.js"

// CommonJS output (tsup.config.ts): `__dirname` is this file's own
runBundle(path.join(__dirname, "server.cjs"), "metadata-server")
