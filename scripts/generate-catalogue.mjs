#!/usr/bin/env node
// Generates packages/core/src/internal/catalogueData.ts from the public data files in ../shared/data
// (see ../shared/data/README.md and packages/core/DATA-LICENSES.md for origins and licences).
//
// Usage: node scripts/generate-catalogue.mjs [dataDir] [outFile]
//   dataDir defaults to <repo root>/../shared/data, outFile to packages/core/src/internal/catalogueData.ts.
//
// The output is deterministic: rows sorted by instance-type name (UTF-16 code-unit order), fixed column
// order, no timestamps. The values are copied per source without merging; the merge rules live in
// packages/core/src/InstanceTypeCatalogue.ts where they are documented and tested.
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = resolve(process.argv[2] ?? join(repoRoot, "..", "shared", "data"))
const outFile = resolve(process.argv[3] ?? join(repoRoot, "packages", "core", "src", "internal", "catalogueData.ts"))

const read = (file) => readFileSync(join(dataDir, file), "utf8")

/** Minimal CSV reader: the data files have no quoted fields (checked: no `"` in any of them). */
const readCsv = (file) => {
  const [header, ...lines] = read(file).split(/\r?\n/).filter((l) => l.length > 0)
  const cols = header.split(",")
  return lines.map((line) => {
    const cells = line.split(",")
    if (cells.length !== cols.length) throw new Error(`${file}: bad row ${line}`)
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]]))
  })
}
const num = (s) => {
  if (s === undefined || s === null || s === "") return null
  const n = Number(s)
  if (!Number.isFinite(n)) throw new Error(`not a number: ${s}`)
  return n
}
const bool = (s) => (s === "True" || s === "true" || s === true ? 1 : s === "False" || s === "false" || s === false ? 0 : null)
const str = (s) => (s === undefined || s === null ? null : String(s))

// Column order of a row. Must match `Column` in packages/core/src/InstanceTypeCatalogue.ts.
export const COLUMNS = [
  "name", // 0
  "sources", // 1 bit set: 1 karpenter, 2 eks-ami, 4 eni-limits-2023, 8 ebs-optimized-2023, 16 burstable-baseline-2023
  "k.vcpus", // 2 karpenter instance-cpu
  "k.memoryMiB", // 3 karpenter instance-memory
  "k.arch", // 4 kubernetes.io/arch (amd64|arm64)
  "k.hypervisor", // 5 nitro|xen|"" (bare metal)
  "k.ebsBandwidthMbps", // 6 EBS maximum bandwidth
  "k.networkBandwidthMbps", // 7 baseline network bandwidth
  "k.localNvmeGiB", // 8
  "k.gpuCount", // 9
  "k.gpuName", // 10
  "k.gpuManufacturer", // 11
  "k.gpuMemoryMiB", // 12 per GPU
  "k.acceleratorCount", // 13
  "k.acceleratorName", // 14
  "k.acceleratorManufacturer", // 15
  "k.cpuManufacturer", // 16
  "k.clockMHz", // 17 sustained clock speed
  "k.efa", // 18 vpc.amazonaws.com/efa resource
  "k.flex", // 19 1|0
  "e.defaultMaxENIs", // 20
  "e.ipv4PerEni", // 21
  "n.maxEnis", // 22
  "n.ipv4PerEni", // 23
  "n.ipv6PerEni", // 24
  "n.networkCards", // 25
  "b.support", // 26 default|supported
  "b.baselineBandwidthMbps", // 27
  "b.maximumBandwidthMbps", // 28
  "b.baselineThroughputMBps", // 29
  "b.maximumThroughputMBps", // 30
  "b.baselineIops", // 31
  "b.maximumIops", // 32
  "b.burst30min", // 33 1|0
  "t.creditsPerHour", // 34
  "t.maxCredits", // 35
  "t.baselinePct" // 36 baseline utilisation per vCPU, %
]

const rows = new Map()
const row = (name) => {
  if (typeof name !== "string" || name.length === 0) throw new Error(`bad name ${name}`)
  let r = rows.get(name)
  if (r === undefined) {
    r = new Array(COLUMNS.length).fill(null)
    r[0] = name
    r[1] = 0
    rows.set(name, r)
  }
  return r
}

// karpenter-instance-types.json (aws/karpenter-provider-aws docs, 2026-07, Apache-2.0)
const karpenter = JSON.parse(read("karpenter-instance-types.json"))
for (const [name, { labels, resources }] of Object.entries(karpenter)) {
  const r = row(name)
  const L = (k) => labels[`karpenter.k8s.aws/instance-${k}`]
  r[1] |= 1
  r[2] = num(L("cpu"))
  r[3] = num(L("memory"))
  r[4] = str(labels["kubernetes.io/arch"])
  r[5] = str(L("hypervisor"))
  r[6] = num(L("ebs-bandwidth"))
  r[7] = num(L("network-bandwidth"))
  r[8] = num(L("local-nvme"))
  r[9] = num(L("gpu-count"))
  r[10] = str(L("gpu-name"))
  r[11] = str(L("gpu-manufacturer"))
  r[12] = num(L("gpu-memory"))
  r[13] = num(L("accelerator-count"))
  r[14] = str(L("accelerator-name"))
  r[15] = str(L("accelerator-manufacturer"))
  r[16] = str(L("cpu-manufacturer"))
  r[17] = num(L("cpu-sustained-clock-speed-mhz"))
  r[18] = num(resources["vpc.amazonaws.com/efa"])
  r[19] = bool(L("capability-flex"))
}

// eks-ami-instance-info.jsonl (awslabs/amazon-eks-ami, 2026-07, MIT-0)
for (const line of read("eks-ami-instance-info.jsonl").split(/\r?\n/)) {
  if (line.trim() === "") continue
  const o = JSON.parse(line)
  const r = row(o.instanceType)
  r[1] |= 2
  r[20] = num(o.defaultMaxENIs)
  r[21] = num(o.ipv4AddressesPerInterface)
}

// eni-limits-2023.csv (Amazon EC2 User Guide using-eni.md, 2023-05, CC BY-SA 4.0)
for (const o of readCsv("eni-limits-2023.csv")) {
  const r = row(o.instance_type)
  r[1] |= 4
  r[22] = num(o.maximum_network_interfaces)
  r[23] = num(o.ipv4_addresses_per_interface)
  // The doc writes "IPv6 not supported" for 19 previous-generation types; DescribeInstanceTypes reports
  // Ipv6AddressesPerInterface 0 and Ipv6Supported false for those (e.g. g2.2xlarge in
  // shared/data/describe-instance-types-samples/g2_2xlarge_group.json), so it is stored as 0.
  r[24] = o.ipv6_addresses_per_interface === "IPv6 not supported" ? 0 : num(o.ipv6_addresses_per_interface)
  r[25] = num(o.network_cards)
}

// ebs-optimized-2023.csv (Amazon EC2 User Guide ebs-optimized.md, 2023-05, CC BY-SA 4.0)
for (const o of readCsv("ebs-optimized-2023.csv")) {
  const r = row(o.instance_type)
  r[1] |= 8
  r[26] = str(o.ebs_optimized_support)
  r[27] = num(o.baseline_bandwidth_mbps)
  r[28] = num(o.maximum_bandwidth_mbps)
  r[29] = num(o.baseline_throughput_mb_s)
  r[30] = num(o.maximum_throughput_mb_s)
  r[31] = num(o.baseline_iops)
  r[32] = num(o.maximum_iops)
  r[33] = bool(o.burst_up_to_30min)
}

// burstable-baseline-2023.csv (Amazon EC2 User Guide burstable-credits-baseline-concepts.md, 2023-01, CC BY-SA 4.0)
for (const o of readCsv("burstable-baseline-2023.csv")) {
  const r = row(o.instance_type)
  r[1] |= 16
  r[34] = num(o.cpu_credits_earned_per_hour)
  r[35] = num(o.max_earned_credits_accrued)
  r[36] = num(o.baseline_utilization_per_vcpu_pct)
}

const sorted = [...rows.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => {
  const r = rows.get(name)
  let end = r.length
  while (end > 0 && r[end - 1] === null) end--
  return r.slice(0, end)
})

const json = JSON.stringify(sorted)
const out = `/**
 * GENERATED by scripts/generate-catalogue.mjs — do not edit by hand; run \`pnpm generate:catalogue\`.
 *
 * One row per instance type, sorted by name; columns in the order of \`columns\` (trailing nulls dropped).
 * Sources (joined on the instance-type name; origins and licences in packages/core/DATA-LICENSES.md):
 * - karpenter-instance-types.json — aws/karpenter-provider-aws website/content/en/docs/reference/instance-types.md
 *   @ 692ccdd0629e488300821443f0fa0bc3c3e08047 (2026-07), Apache-2.0
 * - eks-ami-instance-info.jsonl — awslabs/amazon-eks-ami nodeadm/internal/kubelet/instance-info.jsonl
 *   @ 4d63a3bc2d86958490e0e0e2a04eba69da4c45db (2026-07), MIT-0
 * - eni-limits-2023.csv, ebs-optimized-2023.csv, burstable-baseline-2023.csv — Amazon EC2 User Guide,
 *   © Amazon.com, Inc. or its affiliates, via github.com/awsdocs/amazon-ec2-user-guide (2023), CC BY-SA 4.0
 *
 * ${sorted.length} rows.
 *
 * @internal
 */

/** Column names, in row order. @internal */
export const columns = ${JSON.stringify(COLUMNS)} as const

/** The rows as a JSON string, parsed once on first use. @internal */
export const rowsJson: string = ${JSON.stringify(json)}
`
writeFileSync(outFile, out)
console.log(`wrote ${sorted.length} rows (${out.length} bytes) to ${outFile}`)
