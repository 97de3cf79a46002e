// Benchmarks of @ec2kit/backend-memory (issue 3 §4), against the BUILT dist:
//   pnpm build   (or: cd packages/core && pnpm build && cd ../backend-memory && pnpm build)
//   node --expose-gc bench/backend-memory.mjs [instances] [--snapshot-only] [--rounds=N]
//   (--snapshot-only skips the DescribeInstances measurements (2.); --rounds sets the number of
//   snapshot/restore rounds of 4., default 3)
//
// The world: two extra VPCs with one /16 subnet each (layer option `vpcs`; AWS caps a subnet at
// /16, 65,531 usable addresses) and N (default 100,000) instances launched alternately into them,
// every transition `immediate`, so the world holds N running instances, each with its root volume
// and primary ENI.
//
// 1. RunInstances throughput in-process (MinCount = MaxCount = 1 per call, then 100 per call).
// 2. DescribeInstances with `tag:` filters over the N instances: p50/p99 of
//    (a) tag:Name = one instance's name AND tag:Shard = a value shared by 1 % of the instances,
//    (b) tag:Name exact (1 instance), (c) a wildcard (`web-12??`), (d) tag:Shard (1 %) with
//    instance-state-name, MaxResults 1000. Target p50 < 2 ms.
// 3. Heap for the N-instance world (`--expose-gc`, heapUsed after gc minus the empty world).
//    Target < 500 MiB.
// 4. Hypervisor snapshot and restore of that world (median of 3 rounds). Target < 1 s each.
import { Effect } from "effect"
import * as fs from "node:fs"
import { performance } from "node:perf_hooks"

const dist = new URL("../packages/backend-memory/dist/index.js", import.meta.url)
if (!fs.existsSync(dist)) throw new Error("packages/backend-memory/dist is missing: run `pnpm build` first")
const { Ec2Memory, Hypervisor } = await import(dist.href)
const { Ec2 } = await import(new URL("../packages/core/dist/index.js", import.meta.url).href)

const args = process.argv.slice(2)
const N = Number(args.find((a) => !a.startsWith("--")) ?? 100_000)
const snapshotOnly = args.includes("--snapshot-only")
const ROUNDS = Number(args.find((a) => a.startsWith("--rounds="))?.slice("--rounds=".length) ?? 3)
const BATCH = 100
const gc = globalThis.gc ?? (() => console.warn("run with --expose-gc for heap figures"))
const mib = (b) => (b / 2 ** 20).toFixed(1)
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]
const fmt = (ms) => `${ms.toFixed(3)} ms`

const immediate = Object.fromEntries(
  ["instancePending", "instanceStopping", "instanceShuttingDown", "metadataOptions", "volumeCreating", "volumeAttaching",
    "volumeDetaching", "snapshot", "volumeModification", "image"].map((k) => [k, "immediate"])
)
// AWS: "The allowed block size is between a /16 netmask (65,536 IP addresses) and /28 netmask" —
// https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html (read 2026-11)
const vpcs = [
  { CidrBlock: "10.0.0.0/16", Subnets: [{ AvailabilityZone: "us-east-1a", CidrBlock: "10.0.0.0/16" }] },
  { CidrBlock: "10.1.0.0/16", Subnets: [{ AvailabilityZone: "us-east-1b", CidrBlock: "10.1.0.0/16" }] }
]

const program = Effect.gen(function*() {
  const ec2 = yield* Ec2.Ec2
  const hv = yield* Hypervisor.Hypervisor
  const ImageId = yield* hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64").ImageId)
  const subnets = yield* hv.inspect((w) => w.all("subnets").filter((s) => !s.DefaultForAz).map((s) => s.SubnetId))
  if (subnets.length !== 2) throw new Error(`expected 2 extra subnets, got ${subnets.length}`)
  const run = (i, count) =>
    ec2.runInstances({
      ImageId,
      InstanceType: "t3.micro",
      MinCount: count,
      MaxCount: count,
      SubnetId: subnets[i % 2],
      TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: `web-${i}` }, { Key: "Shard", Value: `s${i % 100}` }] }]
    })

  // 1. throughput: one instance per call (first 5,000), then calls of 100 until N
  gc()
  const heap0 = process.memoryUsage().heapUsed
  const single = Math.min(5_000, N)
  let t0 = performance.now()
  for (let i = 0; i < single; i++) yield* run(i, 1)
  const singleRate = single / ((performance.now() - t0) / 1000)
  t0 = performance.now()
  let launched = single
  // names: calls of 100 share one Name (web-<call>), so the Name index still has ≈ 1 instance per
  // value for the single calls; tag:Shard keeps 1 % per value
  for (let i = single; launched < N; i++) {
    const count = Math.min(BATCH, N - launched)
    yield* run(i, count)
    launched += count
  }
  const batchRate = (launched - single) / ((performance.now() - t0) / 1000)
  yield* hv.tick
  const running = yield* hv.inspect((w) => w.all("instances").filter((r) => r.Lifecycle.State === "running").length)
  const volumes = yield* hv.inspect((w) => w.all("volumes").length)
  const enis = yield* hv.inspect((w) => w.all("networkInterfaces").length)
  console.log(`RunInstances: ${singleRate.toFixed(0)} calls/s (1 instance per call, ${single} calls); ` +
    `${batchRate.toFixed(0)} instances/s in calls of ${BATCH}`)
  console.log(`world: ${launched} instances (${running} running), ${volumes} volumes, ${enis} ENIs`)

  // 3. heap
  gc()
  const heap1 = process.memoryUsage().heapUsed
  console.log(`heap: ${mib(heap1 - heap0)} MiB for ${launched} instances (heapUsed ${mib(heap1)} MiB, rss ${mib(process.memoryUsage().rss)} MiB)`)

  // 2. DescribeInstances with tag filters
  const measure = function*(label, makeReq, reps) {
    const xs = []
    let n = 0
    for (let i = 0; i < reps; i++) {
      const req = makeReq(i)
      const t = performance.now()
      const r = yield* ec2.describeInstances(req)
      xs.push(performance.now() - t)
      if (i === 0) n = (r.Reservations ?? []).reduce((a, x) => a + (x.Instances ?? []).length, 0)
    }
    console.log(`DescribeInstances ${label} (${n} instances in the first answer): p50 ${fmt(pct(xs, 50))}, p99 ${fmt(pct(xs, 99))} over ${reps} calls`)
  }
  const pick = (i) => (i * 7919) % single // a name carried by exactly one instance
  if (!snapshotOnly) {
    yield* measure("tag:Name=web-<i> AND tag:Shard=s<i%100> (1 % share)", (i) => ({
      Filters: [{ Name: "tag:Name", Values: [`web-${pick(i)}`] }, { Name: "tag:Shard", Values: [`s${pick(i) % 100}`] }]
    }), 2_000)
    yield* measure("tag:Name=web-<i>", (i) => ({ Filters: [{ Name: "tag:Name", Values: [`web-${pick(i)}`] }] }), 2_000)
    yield* measure("tag:Name=web-12?? (wildcard)", () => ({ Filters: [{ Name: "tag:Name", Values: ["web-12??"] }] }), 200)
    yield* measure("tag:Shard=s<k> + instance-state-name=running, MaxResults 1000", (i) => ({
      Filters: [{ Name: "tag:Shard", Values: [`s${i % 100}`] }, { Name: "instance-state-name", Values: ["running"] }],
      MaxResults: 1000
    }), 200)
  }

  // 4. snapshot and restore
  const snaps = []
  const restores = []
  let bytes
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now()
    bytes = yield* hv.snapshot
    snaps.push(performance.now() - t)
    t = performance.now()
    yield* hv.restore(bytes)
    restores.push(performance.now() - t)
  }
  console.log(`snapshot: median ${fmt(pct(snaps, 50))} (${mib(bytes.byteLength)} MiB); restore: median ${fmt(pct(restores, 50))}` +
    ` (all: ${snaps.map((x) => x.toFixed(0)).join("/")} ms, ${restores.map((x) => x.toFixed(0)).join("/")} ms)`)
  gc()
  console.log(`heap after restores: heapUsed ${mib(process.memoryUsage().heapUsed)} MiB`)
})

await Effect.runPromise(program.pipe(Effect.provide(Ec2Memory.layer({ seed: "bench", delays: immediate, vpcs }))))
