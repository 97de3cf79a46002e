import { defineConfig, type Options } from "tsup"

/** Shared build: every public module of a package as ESM + CJS with declarations. */
export const packageConfig = (entry: NonNullable<Options["entry"]>, extra: Partial<Options> = {}) =>
  defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: true,
    treeshake: true,
    outDir: "dist",
    ...extra
  })
