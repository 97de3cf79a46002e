import { packageConfig } from "../../tsup.base.js"

// The executable is ESM only (it is run, never required); the library is ESM + CJS.
export default [
  packageConfig(["src/index.ts"]),
  packageConfig(["src/bin.ts", "src/serveBin.ts"], { format: ["esm"], dts: false, clean: false })
]
