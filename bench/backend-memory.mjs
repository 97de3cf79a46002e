// Benchmarks of @ec2kit/backend-memory (issue 3 §4), against the BUILT dist:
//   cd packages/core && pnpm build && cd ../backend-memory && pnpm build
//   node --expose-gc bench/backend-memory.mjs [instances]
//
// 1. RunInstances throughput in-process (MinCount = MaxCount = 1 per call, and 100 per call).
// 2. DescribeInstances with a `tag:` filter over N (default 100,000) instances: p50/p99 latency of
//    a selective filter (1 instance) and of a wildcard filter (≈ 1 % of instances). Target p50 < 2 ms.
// 3. Heap for N running instances with their root volumes and primary ENIs (`--expose-gc`,
//    process.memoryUsage().heapUsed after gc, minus the empty world). Target < 500 MiB.
// 4. Hypervisor snapshot and restore of that world (median of 3). Target < 1 s each.
//
// Every instance transition is immediate (`delays: "immediate"`) so the world holds running instances.
import { Effect } from "effect"
import { performance } from "node:perf_hooks"

const { Ec2Memory, Hypervisor } = await import("../packages/backend-memory/dist/index.js")
const { Ec2 } = await import("../packages/core/dist/index.js")

const N = Number(process.argv[2] ?? 100_000)
const BATCH = 100
const gc = globalThis.gc ?? (() => console.warn("run with --expose-gc for heap figures"))
const mib = (b) => (b / 2 ** 20).toFixed(1)
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]
const fmt = (ms) => `${ms.toFixed(3)} ms`

const immediate = Object.fromEntries(
  ["instancePending", "instanceStopping", "instanceShuttingDown", "metadataOptions", "volumeCreating", "volumeAttaching",
    "volumeDetaching", "snapshot", "volumeModification", "image"].map((k) => [k, "immediate"])
)

const program = Effect.gen(function*() {
  const ec2 = yield* Ec2.Ec2
  const hv = yield* Hypervisor.Hypervisor
  const ImageId = yield* hv.inspect((w) => w.all("images").find((i) => i.Architecture === "x86_64").ImageId)
  const zones = yield* hv.inspect((w) => w.get("meta", "world").Zones.map((z) => z.ZoneName))
  yield* hv.setCapacity({ AvailabilityZone: zones[0], Count: undefined }) // no capacity limit
  const run = (i, count) =>
    ec2.runInstances({
      ImageId,
      InstanceType: "t3.micro",
      MinCount: count,
      MaxCount: count,
      Placement: { AvailabilityZone: zones[i % zones.length] },
      TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: `web-${i}` }, { Key: "Shard", Value: `s${i % 100}` }] }]
    })

  // 1. throughput, one instance per call (first 5,000), then batches of 100 until N
  gc()
  const heap0 = process.memoryUsage().heapUsed
  const single = Math.min(5_000, N)
  let t0 = performance.now()
  for (let i = 0; i < single; i++) yield* run(i, 1)
  const singleRate = single / ((performance.now() - t0) / 1000)
  t0 = performance.now()
  let launched = single
  let stop = ""
  for (let i = single; launched < N && stop === ""; i++) {
    const count = Math.min(BATCH, N - launched)
    // the default VPC has one /20 per AZ (4,091 usable addresses each): stop when every subnet is full
    const r = yield* Effect.result(run(i, count))
    if (r._tag === "Failure") {
      if (r.failure.code !== "InsufficientFreeAddressesInSubnet") return yield* Effect.fail(r.failure)
      const anyRoom = yield* Effect.result(run(i + 1, 1))
      if (anyRoom._tag === "Failure") stop = r.failure.code
      else launched += 1
      continue
    }
    launched += count
  }
  if (stop !== "") console.log(`stopped at ${launched} instances: ${stop} in every default subnet`)
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
    for (let i = 0; i < reps; i++) {
      const req = makeReq(i)
      const t = performance.now()
      const r = yield* ec2.describeInstances(req)
      xs.push(performance.now() - t)
      if (i === 0) {
        const n = (r.Reservations ?? []).reduce((a, x) => a + (x.Instances ?? []).length, 0)
        label += ` (${n} instances per answer)`
      }
    }
    console.log(`DescribeInstances ${label}: p50 ${fmt(pct(xs, 50))}, p99 ${fmt(pct(xs, 99))} over ${reps} calls`)
  }
  yield* measure("tag:Name=web-<i>", (i) => ({ Filters: [{ Name: "tag:Name", Values: [`web-${(i * 7919) % launched}`] }] }), 2_000)
  yield* measure("tag:Name=web-12?? (wildcard)", () => ({ Filters: [{ Name: "tag:Name", Values: ["web-12??"] }] }), 200)
  yield* measure("tag:Shard=s<k> + instance-state-name=running, MaxResults 1000", (i) => ({
    Filters: [{ Name: "tag:Shard", Values: [`s${i % 100}`] }, { Name: "instance-state-name", Values: ["running"] }],
    MaxResults: 1000
  }), 200)

  // 4. snapshot and restore
  const snaps = []
  const restores = []
  let bytes
  for (let i = 0; i < 3; i++) {
    let t = performance.now()
    bytes = yield* hv.snapshot
    snaps.push(performance.now() - t)
    t = performance.now()
    yield* hv.restore(bytes)
    restores.push(performance.now() - t)
  }
  console.log(`snapshot: median ${fmt(pct(snaps, 50))} (${mib(bytes.byteLength)} MiB); restore: median ${fmt(pct(restores, 50))}`)
})

await Effect.runPromise(program.pipe(Effect.provide(Ec2Memory.layer({ seed: "bench", delays: immediate }))))
