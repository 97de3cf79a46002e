/**
 * `@aws-sdk/client-ec2`, loaded with `require` rather than `import`.
 *
 * Why: the package is CommonJS in one 2 MB file (`dist-cjs/index.js`) with no `"type"` in its
 * package.json. Imported from ESM, Node 20.19+ parses that file three times: once to detect whether
 * it is an ES module (`detectModuleFormat`), once with cjs-module-lexer to find its named exports,
 * and once to run it. `require` parses it once. Measured on `ec2kit serve`'s start (spawn → first
 * answer, 4 interleaved starts each, 2026-12-06): ≈ 1,245 → 1,015 ms of CPU, ≈ 18 % less. The module
 * object is the same one an `import` elsewhere gets (Node shares `module.exports`), and it holds the
 * same 823 operation schemas.
 *
 * @internal
 */
import type * as ClientEc2 from "@aws-sdk/client-ec2"
import { createRequire } from "node:module"

/**
 * The `@aws-sdk/client-ec2` module (its `module.exports`).
 *
 * @internal
 */
export const Sdk: typeof ClientEc2 = createRequire(import.meta.url)("@aws-sdk/client-ec2") as typeof ClientEc2
