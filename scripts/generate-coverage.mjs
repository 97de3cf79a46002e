#!/usr/bin/env node
/**
 * Generates docs/coverage.md: every operation of `@aws-sdk/client-ec2`, grouped by area, marked
 * implemented or not, and for the implemented ones the conformance groups (testkit) that call them.
 *
 * - "Implemented" means: in core's `Ec2` (`Ec2Shapes.operations`) and answered by the memory backend
 *   (not left to `Ec2.unsupported("<Name>")` in packages/backend-memory/src, e.g. a `pending.ts`).
 * - Conformance groups are read from testkit's sources: the `describe("…")` blocks of
 *   `Conformance.ts`, `Properties.ts` (group "properties") and `conformance/*.ts`, and the `ec2.<op>(`
 *   calls inside them (the suite helpers `launch`/`tryLaunch` count as RunInstances and
 *   `running`/`stopped`/`terminated`/`describe`/`mine` as DescribeInstances).
 *
 * `node scripts/generate-coverage.mjs` writes the page; `--check` exits 1 when the page is stale.
 * packages/core/test/Coverage.test.ts regenerates it in CI and compares.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Sdk from "@aws-sdk/client-ec2"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const read = (p) => fs.readFileSync(path.join(root, p), "utf8")
const camel = (name) => name[0].toLowerCase() + name.slice(1)

/** Every operation of the SDK, by AWS name (its `<Name>Command` exports). */
export const sdkOperations = () =>
  Object.keys(Sdk).filter((k) => /^[A-Z]\w*Command$/.test(k) && typeof Sdk[k] === "function")
    .map((k) => k.slice(0, -"Command".length)).sort()

/** The SDK's version, from its package.json (the page names it: the list changes with it). */
const sdkVersion = () => JSON.parse(fs.readFileSync(path.join(root, "node_modules/@aws-sdk/client-ec2/package.json"), "utf8")).version

/** Core's operations (AWS names), from Ec2Shapes' `operations` table. */
export const coreOperations = () => {
  const src = read("packages/core/src/Ec2Shapes.ts")
  const table = src.slice(src.indexOf("export const operations = {"))
  return [...table.matchAll(/^\s+\w+: \{ name: "(\w+)"/gm)].map((m) => m[1])
}

/** Operations the memory backend answers with `Ec2.unsupported("<Name>")` (the whole operation). */
export const memoryUnsupported = () => {
  const dir = path.join(root, "packages/backend-memory/src")
  const out = new Set()
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith(".ts")) for (const m of fs.readFileSync(p, "utf8").matchAll(/unsupported\("(\w+)"\)/g)) out.add(m[1])
    }
  }
  walk(dir)
  return out
}

const helperOps = { launch: "RunInstances", tryLaunch: "RunInstances", running: "DescribeInstances", stopped: "DescribeInstances", terminated: "DescribeInstances", describe: "DescribeInstances", mine: "DescribeInstances" }

/** The span of the call whose `(` is at `open` (strings and comments are not special-cased: test sources only). */
const closing = (src, open) => {
  let depth = 0
  for (let i = open; i < src.length; i++) {
    const c = src[i]
    if (c === "(") depth++
    else if (c === ")" && --depth === 0) return i
  }
  return src.length
}

/** Conformance group → the AWS operations its tests call. Groups are the describes under the suite's top one. */
export const conformanceGroups = (awsByMethod) => {
  const dir = "packages/testkit/src"
  const files = ["Conformance.ts", "Properties.ts", ...(fs.existsSync(path.join(root, dir, "conformance")) ? fs.readdirSync(path.join(root, dir, "conformance")).filter((f) => f.endsWith(".ts")).map((f) => `conformance/${f}`) : [])]
  const groups = new Map()
  for (const file of files) {
    const src = read(`${dir}/${file}`)
    const describes = [...src.matchAll(/\bdescribe\((["`])([^"`]+)\1/g)]
      .map((m) => ({ name: m[2], start: m.index, end: closing(src, m.index + "describe".length) }))
      .filter((d) => !d.name.startsWith("Ec2 conformance"))
    const groupAt = (i) => {
      // the outermost describe (below the suite's) that contains i
      const containing = describes.filter((d) => d.start <= i && i <= d.end).sort((a, b) => a.start - b.start)
      return containing[0]?.name ?? (file === "Properties.ts" ? "properties" : undefined)
    }
    const calls = [
      ...[...src.matchAll(/\bec2\.(\w+)\(/g)].map((m) => [m.index, awsByMethod.get(m[1])]),
      ...[...src.matchAll(/\bt\.(\w+)\(/g)].map((m) => [m.index, helperOps[m[1]]])
    ]
    for (const [i, op] of calls) {
      const g = groupAt(i)
      if (op === undefined || g === undefined) continue
      if (!groups.has(g)) groups.set(g, new Set())
      groups.get(g).add(op)
    }
  }
  return groups
}

/** Areas by name pattern, first match wins (AWS's API reference groups actions much the same way). */
const areas = [
  ["Spot Instances", /Spot/],
  ["Reserved Instances", /ReservedInstance/],
  ["Capacity Reservations and Capacity Blocks", /CapacityReservation|CapacityBlock|CapacityManager/],
  ["EC2 Fleet", /Fleet/],
  ["Launch templates", /LaunchTemplate/],
  ["Dedicated Hosts", /Hosts?\b|HostReservation|HostPurchase|MacHost|HostMaintenance/],
  ["Client VPN", /ClientVpn/],
  ["Transit gateways", /TransitGateway/],
  ["Site-to-Site VPN", /Vpn|CustomerGateway/],
  ["IPAM", /Ipam/],
  ["Verified Access", /VerifiedAccess/],
  ["Network Access Analyzer and Reachability Analyzer", /NetworkInsights|NetworkAccessScope/],
  ["Traffic Mirroring", /TrafficMirror/],
  ["Outposts and Local Zones", /LocalGateway|Coip|Outpost/],
  ["AWS Marketplace and FPGA images", /Fpga|ProductInstance/],
  ["AMIs", /Image|Ami\b|Ami[A-Z]/],
  ["EBS volumes and snapshots", /Volume|Snapshot|Ebs|FastSnapshotRestore|LockedSnapshot|ReplaceRootVolume/],
  ["Security groups", /SecurityGroup/],
  ["Key pairs", /KeyPair/],
  ["Network interfaces", /NetworkInterface|PrivateIpAddresses|Ipv6Addresses|PrivateIpv6|TrunkInterface/],
  ["Elastic IP addresses and BYOIP", /Address|Byoip|PublicIpv4Pool|Ipv6Pool/],
  ["VPCs and subnets", /Vpc|Subnet|RouteTable|Route\b|Route[A-Z]|Routes|InternetGateway|NatGateway|NetworkAcl|DhcpOptions|PrefixList|FlowLogs|CarrierGateway|RouteServer|SecurityGroupVpc|ClassicLink/],
  ["Tags", /^(Create|Delete|Describe)Tags$|TagOption|InstanceEventNotificationAttributes/],
  ["Regions and zones", /Regions|AvailabilityZone|Zone/],
  ["Placement groups", /PlacementGroup/],
  ["Instances", /Instance|ConsoleOutput|ConsoleScreenshot|PasswordData|Monitor|IamInstanceProfile|SerialConsole|Hibernat/],
  ["Account and quotas", /AccountAttributes|Quota|IdFormat|IdentityIdFormat|DeclarativePolicies|AllowedImages/]
]
const areaOf = (op) => areas.find(([, re]) => re.test(op))?.[0] ?? "Other"

/** The page. */
export const generate = () => {
  const sdk = sdkOperations()
  const core = new Set(coreOperations())
  const unsupported = memoryUnsupported()
  const implemented = new Set([...core].filter((op) => !unsupported.has(op)))
  const awsByMethod = new Map([...core].map((op) => [camel(op), op]))
  const groups = conformanceGroups(awsByMethod)
  const groupsOf = (op) => [...groups].filter(([, ops]) => ops.has(op)).map(([g]) => g).sort()
  const byArea = new Map()
  for (const op of sdk) {
    const a = areaOf(op)
    if (!byArea.has(a)) byArea.set(a, [])
    byArea.get(a).push(op)
  }
  const order = [...areas.map(([a]) => a), "Other"].filter((a) => byArea.has(a))
  const count = (ops) => ops.filter((op) => implemented.has(op)).length
  const lines = [
    "<!-- GENERATED by scripts/generate-coverage.mjs: do not edit. Run `node scripts/generate-coverage.mjs`; packages/core/test/Coverage.test.ts checks it. -->",
    "# EC2 API coverage",
    "",
    `Every operation of \`@aws-sdk/client-ec2\` ${sdkVersion()} (${sdk.length} operations), grouped by area. **Implemented** means`,
    "the operation is in core's `Ec2` service and answered by the in-memory backend (the AWS backend and the",
    "wire endpoint serve every operation of `Ec2`); the conformance groups are the testkit groups whose tests",
    "call it, so they run against every backend.",
    "",
    `Implemented: **${implemented.size}** of ${sdk.length}.`,
    "",
    "| Area | Implemented |",
    "| --- | --- |",
    ...order.map((a) => `| [${a}](#${a.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-")}) | ${count(byArea.get(a))} / ${byArea.get(a).length} |`),
    ""
  ]
  for (const a of order) {
    const ops = byArea.get(a)
    lines.push(`## ${a}`, "")
    const done = ops.filter((op) => implemented.has(op))
    const missing = ops.filter((op) => !implemented.has(op))
    if (done.length > 0) {
      lines.push("| Operation | Conformance groups |", "| --- | --- |")
      for (const op of done) lines.push(`| ${op} | ${groupsOf(op).join(", ") || "—"} |`)
      lines.push("")
    }
    if (missing.length > 0) lines.push(`Not implemented (${missing.length}): ${missing.join(", ")}.`, "")
  }
  return lines.join("\n")
}

export const outputPath = path.join(root, "docs/coverage.md")

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const page = generate()
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(outputPath) ? fs.readFileSync(outputPath, "utf8") : ""
    if (current !== page) {
      console.error("docs/coverage.md is stale: run node scripts/generate-coverage.mjs")
      process.exit(1)
    }
  } else fs.writeFileSync(outputPath, page)
}
