import { packageConfig } from "../../tsup.base.js"

// shims: the CommonJS build gets `import.meta.url` (src/internal/clientEc2.ts requires the SDK from it).
export default packageConfig(["src/index.ts"], { shims: true })
