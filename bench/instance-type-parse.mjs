// InstanceType.parse throughput: parses every name of packages/core/test/fixtures/instance-type-names.txt many times.
// Needs the built package: `cd packages/core && pnpm build`, then `node bench/instance-type-parse.mjs`.
// Target (issue): >= 500,000 names/s.
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as InstanceType from "../packages/core/dist/InstanceType.js"

const here = dirname(fileURLToPath(import.meta.url))
const file = process.argv[2] ?? join(here, "..", "packages", "core", "test", "fixtures", "instance-type-names.txt")
const names = readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0)

const run = (rounds) => {
  let ok = 0
  const t0 = process.hrtime.bigint()
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < names.length; i++) {
      if (InstanceType.parse(names[i])._tag === "Success") ok++
    }
  }
  const ns = Number(process.hrtime.bigint() - t0)
  return { ok, parsed: rounds * names.length, seconds: ns / 1e9 }
}

run(50) // warm-up
const results = []
for (let i = 0; i < 5; i++) results.push(run(500))
const rates = results.map((r) => r.parsed / r.seconds).sort((a, b) => a - b)
const median = rates[Math.floor(rates.length / 2)]
if (results.some((r) => r.ok !== r.parsed)) throw new Error("some names did not parse")
console.log(`InstanceType.parse: ${names.length} names × 500 rounds × 5 runs`)
console.log(`median ${Math.round(median).toLocaleString("en-US")} names/s (min ${Math.round(rates[0]).toLocaleString("en-US")}, max ${Math.round(rates[rates.length - 1]).toLocaleString("en-US")})`)
