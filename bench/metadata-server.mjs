// Benchmark of @ec2kit/metadata-server (issue 4 §5, issue 8 §4), against the built dist
// (`pnpm build` first).
//
// 1. Throughput and latency: autocannon (64 keep-alive connections) drives
//    `GET /latest/meta-data/instance-id` with an IMDSv2 token against (a) a bare node:http server
//    answering the same bytes and (b) `ec2kit-metadata --quiet --http-tokens required`, each in its
//    own child process, interleaved (bare, ours, bare, ours, …) for ROUNDS rounds of DURATION
//    seconds after a warm-up, so that drift on a shared machine hits both. Per round: requests/s,
//    the server's CPU time per request (utime + stime from /proc/<pid>/stat over the measured
//    window), p50/p99 latency (autocannon's per-response durations, in µs; its own histogram
//    rounds to whole ms). Reported: the median and the spread (min–max) of every figure, and the
//    per-round ratio ours/bare.
// 2. Cold start: spawn → first 200 on instance-id, for the bare server and for `ec2kit-metadata`,
//    interleaved, RUNS each; median and spread of the wall time and of the server's main-thread
//    CPU time at that moment (Linux: /proc/<pid>/task/<pid>/schedstat).
//
// Targets (issue 8 §4): ≥ 90 % of bare throughput, p99 ≤ 3 × p50, cold start < 100 ms.
// The machine's load average is printed at the start and the end: figures from a loaded shared
// machine are noisy. Everything runs on 127.0.0.1.
//
// Usage: node bench/metadata-server.mjs [seconds per round] [rounds] [--json] [--compare=OTHER/bin.cjs]
//        [--cold-only] [--runs=N]
// `--compare` adds another build of the executable (e.g. the previous commit's, built elsewhere) to
// every round and to the cold starts, for a before/after in the same run. `--cold-only` skips the
// throughput rounds; `--runs` sets the cold starts per server (default 9).
import autocannon from "autocannon"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as http from "node:http"
import * as net from "node:net"
import * as os from "node:os"
import { fileURLToPath } from "node:url"

const bin = fileURLToPath(new URL("../packages/metadata-server/dist/bin.cjs", import.meta.url))
const args = process.argv.slice(2).filter((a) => !a.startsWith("--"))
const JSON_OUT = process.argv.includes("--json")
const OTHER = process.argv.find((a) => a.startsWith("--compare="))?.slice("--compare=".length)
const DURATION = Number(args[0] ?? 5)
const ROUNDS = Number(args[1] ?? 5)
const CONNECTIONS = 64
const WARMUP = 1
const RUNS = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 9)
const COLD_ONLY = process.argv.includes("--cold-only")
const HOST = "127.0.0.1"
const PATH = "/latest/meta-data/instance-id"

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, HOST, () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

// The bare server answers what ec2kit-metadata answers, with the same headers.
const bareSource = `
const http = require("node:http")
const body = Buffer.from("i-0123456789abcdef0")
http.createServer((req, res) => {
  res.writeHead(200, { "Server": "EC2ws", "Content-Type": "text/plain", "Content-Length": body.length })
  res.end(body)
}).listen(Number(process.argv[1]), "${HOST}")
`

const once = (port, method, path, headers) =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port, method, path, headers, agent: false }, (res) => {
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }))
    })
    req.on("error", reject)
    req.end()
  })

// Fails when the child exits first (e.g. another process took the port between freePort and its
// listen): waiting for it would hang the run.
const waitFor = async (port, ok = (status) => status === 200, child) => {
  for (;;) {
    if (child !== undefined && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering on port ${port}`)
    try {
      const r = await once(port, "GET", PATH, {})
      if (ok(r.status)) return
    } catch {}
    await new Promise((r) => setTimeout(r, 1))
  }
}

/** utime + stime of a process, in ms (Linux; undefined elsewhere). */
const cpuMs = (pid) => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // USER_HZ is 100 on Linux
  } catch {
    return undefined
  }
}

const cannon = (port, headers, seconds, latencies) =>
  new Promise((resolve, reject) => {
    const instance = autocannon({ url: `http://${HOST}:${port}${PATH}`, connections: CONNECTIONS, duration: seconds, headers }, (e, r) => e ? reject(e) : resolve(r))
    if (latencies !== undefined) instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms))
  })

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

const measure = async (pid, port, headers) => {
  await cannon(port, headers, WARMUP)
  const latencies = []
  const cpu0 = cpuMs(pid)
  const r = await cannon(port, headers, DURATION, latencies)
  const cpu1 = cpuMs(pid)
  const sorted = Float64Array.from(latencies).sort()
  const total = r.requests.total
  return {
    rps: total / DURATION,
    cpuUsPerRequest: cpu0 === undefined ? undefined : ((cpu1 - cpu0) * 1000) / total,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors: r.errors + r.timeouts + r.non2xx
  }
}

const start = async (args) => {
  const port = await freePort()
  const child = spawn(process.execPath, args(port), { stdio: ["ignore", "ignore", "ignore"] })
  await waitFor(port, () => true, child)
  return { port, child }
}
const stop = (child) => new Promise((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) return resolve()
  child.once("exit", resolve)
  child.kill("SIGTERM")
})

const bareArgs = (port) => ["-e", bareSource, String(port)]
const metadataArgs = (file) => (port) => [file, "--quiet", "--port", String(port), "--http-tokens", "required"]
const oursArgs = metadataArgs(bin)
// Cold start: the first answer to a plain GET (IMDSv1), as the previous benchmark measured it.
const coldArgs = (file) => (port) => [file, "--quiet", "--port", String(port)]

/** On-CPU time of a process's main thread so far, in ms (Linux's schedstat; undefined elsewhere). */
const mainThreadMs = (pid) => {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6
  } catch {
    return undefined
  }
}

// Wall time from spawn to the first 200, and the server's main-thread CPU time by then: on a
// shared machine the wall time mostly measures the neighbours (waiting for a core), the CPU time
// much less so.
const coldStart = async (args) => {
  const port = await freePort()
  const t = performance.now()
  const child = spawn(process.execPath, args(port), { stdio: ["ignore", "ignore", "ignore"] })
  await waitFor(port, undefined, child)
  const ms = performance.now() - t
  const cpu = mainThreadMs(child.pid)
  await stop(child)
  return { ms, cpu }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const spread = (xs, digits = 0) => {
  const s = [...xs].sort((a, b) => a - b)
  return `${median(s).toFixed(digits)} (${s[0].toFixed(digits)}–${s[s.length - 1].toFixed(digits)})`
}

const main = async () => {
  const load0 = os.loadavg()
  console.log(`node ${process.version}, ${os.cpus().length} CPUs "${os.cpus()[0]?.model ?? "?"}", load average ${load0.map((l) => l.toFixed(2)).join(" ")}`)
  console.log(`autocannon, ${CONNECTIONS} keep-alive connections, ${DURATION} s per server per round after ${WARMUP} s of warm-up, ${ROUNDS} interleaved rounds`)
  const bares = []
  const ourss = []
  const others = []
  const token = async (port) => (await once(port, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "21600" })).body
  const metadata = async (args) => {
    const server = await start(args)
    const r = await measure(server.child.pid, server.port, { "X-aws-ec2-metadata-token": await token(server.port) })
    await stop(server.child)
    return r
  }
  for (let round = 0; round < (COLD_ONLY ? 0 : ROUNDS); round++) {
    const bare = await start(bareArgs)
    bares.push(await measure(bare.child.pid, bare.port, { "X-aws-ec2-metadata-token": "unused" }))
    await stop(bare.child)
    ourss.push(await metadata(oursArgs))
    if (OTHER !== undefined) others.push(await metadata(metadataArgs(OTHER)))
    const b = bares[round]
    const o = ourss[round]
    const x = others[round]
    console.log(`round ${round + 1}: bare ${b.rps.toFixed(0)} req/s, ours ${o.rps.toFixed(0)} req/s (${((o.rps / b.rps) * 100).toFixed(1)} %)${x === undefined ? "" : `, other build ${x.rps.toFixed(0)} req/s (${((x.rps / b.rps) * 100).toFixed(1)} %)`}`)
  }
  const row = (name, rs) => {
    if (rs.length === 0) return
    const cpu = rs.every((r) => r.cpuUsPerRequest !== undefined) ? spread(rs.map((r) => r.cpuUsPerRequest), 1) : "n/a"
    console.log(`${name.padEnd(28)} ${spread(rs.map((r) => r.rps))} req/s   CPU ${cpu} µs/req   p50 ${spread(rs.map((r) => r.p50), 2)} ms   p99 ${spread(rs.map((r) => r.p99), 2)} ms   p99/p50 ${spread(rs.map((r) => r.p99 / r.p50), 1)}   errors ${rs.reduce((n, r) => n + r.errors, 0)}`)
  }
  console.log("median (min–max) over the rounds:")
  row("bare node:http", bares)
  row("ec2kit-metadata (v2 token)", ourss)
  if (OTHER !== undefined) row("other build (--compare)", others)
  if (COLD_ONLY) console.log("(--cold-only: no throughput rounds)")
  const ratios = ourss.map((o, i) => (o.rps / bares[i].rps) * 100)
  if (!COLD_ONLY) console.log(`throughput ratio per round: ${spread(ratios, 1)} % of bare (target >= 90 %)`)
  const cpuRatio = (rs) => rs.every((o) => o.cpuUsPerRequest !== undefined) ? rs.map((o, i) => o.cpuUsPerRequest / bares[i].cpuUsPerRequest) : undefined
  const cpuRatios = cpuRatio(ourss)
  if (cpuRatios !== undefined && !COLD_ONLY) console.log(`CPU per request, ours / bare per round: ${spread(cpuRatios, 2)}×`)
  if (OTHER !== undefined && !COLD_ONLY) {
    console.log(`other build: throughput ${spread(others.map((o, i) => (o.rps / bares[i].rps) * 100), 1)} % of bare; CPU per request ${spread(cpuRatio(others) ?? [NaN], 2)}× bare`)
  }

  const coldBare = []
  const coldOurs = []
  const coldOther = []
  for (let i = 0; i < RUNS; i++) {
    coldBare.push(await coldStart(bareArgs))
    coldOurs.push(await coldStart(coldArgs(bin)))
    if (OTHER !== undefined) coldOther.push(await coldStart(coldArgs(OTHER)))
  }
  const wall = (rs) => spread(rs.map((r) => r.ms))
  const cpu = (rs) => rs.every((r) => r.cpu !== undefined) ? `, main thread on CPU ${spread(rs.map((r) => r.cpu))} ms` : ""
  console.log(`cold start to first 200 (${RUNS} runs each, interleaved; target < 100 ms):`)
  console.log(`  bare node        ${wall(coldBare)} ms${cpu(coldBare)}`)
  console.log(`  ec2kit-metadata  ${wall(coldOurs)} ms${cpu(coldOurs)}`)
  if (OTHER !== undefined) console.log(`  other build      ${wall(coldOther)} ms${cpu(coldOther)}`)
  const load1 = os.loadavg()
  console.log(`load average at the end: ${load1.map((l) => l.toFixed(2)).join(" ")}`)
  if (JSON_OUT) console.log(JSON.stringify({ bares, ourss, others, ratios, cpuRatios, coldBare, coldOurs, coldOther, load0, load1 }))
  if ([...bares, ...ourss, ...others].some((r) => r.errors > 0)) process.exitCode = 1
}
main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
