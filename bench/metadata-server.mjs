// Benchmark of @ec2kit/metadata-server (issue 4 §5), against the built dist (`pnpm build` first).
//
// 1. Throughput: `GET /latest/meta-data/instance-id` with an IMDSv2 token, 64 keep-alive
//    connections, for DURATION seconds, against (a) a bare node:http server answering a constant
//    and (b) `ec2kit-metadata --quiet`, each in its own child process, one after the other in the
//    same run, alternating for ROUNDS rounds. Reports the median round's requests/s, p50/p99
//    latency and the ratio (target ≥ 70 %).
// 2. Cold start: spawn `ec2kit-metadata` → first 200 on instance-id (target < 300 ms), median of RUNS.
//
// Everything runs on 127.0.0.1. Usage: node bench/metadata-server.mjs [durationSeconds]
import { spawn } from "node:child_process"
import * as http from "node:http"
import * as net from "node:net"
import { fileURLToPath } from "node:url"

const bin = fileURLToPath(new URL("../packages/metadata-server/dist/bin.js", import.meta.url))
const DURATION = Number(process.argv[2] ?? 5) * 1000
const CONNECTIONS = 64
const RUNS = 7
const ROUNDS = 3
const HOST = "127.0.0.1"

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, HOST, () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

const bareSource = `
const http = require("node:http")
const body = Buffer.from("i-0123456789abcdef0")
http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": body.length })
  res.end(body)
}).listen(Number(process.argv[1]), "${HOST}")
`

const once = (agent, port, method, path, headers) =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port, method, path, headers, agent }, (res) => {
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }))
    })
    req.on("error", reject)
    req.end()
  })

const waitFor = async (port, path, ok = (status) => status === 200) => {
  const agent = new http.Agent({ keepAlive: false })
  for (;;) {
    try {
      const r = await once(agent, port, "GET", path, {})
      if (ok(r.status)) return
    } catch {}
    await new Promise((r) => setTimeout(r, 1))
  }
}

const load = async (port, headers) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const latencies = []
  let count = 0
  let errors = 0
  const end = performance.now() + DURATION
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now()
      try {
        const r = await once(agent, port, "GET", "/latest/meta-data/instance-id", headers)
        if (r.status !== 200) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - t)
      count++
    }
  }
  // warm-up
  const warm = performance.now() + 1000
  while (performance.now() < warm) await Promise.all(Array.from({ length: CONNECTIONS }, () => once(agent, port, "GET", "/latest/meta-data/instance-id", headers)))
  const started = performance.now()
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]
  return { rps: count / elapsed, p50: pct(0.5), p99: pct(0.99), errors }
}

const start = async (args) => {
  const port = await freePort()
  const child = spawn(process.execPath, [...args(port)], { stdio: ["ignore", "ignore", "inherit"] })
  await waitFor(port, "/latest/meta-data/instance-id", () => true)
  return { port, child }
}
const stop = (child) => new Promise((resolve) => { child.once("exit", resolve); child.kill("SIGTERM") })

const main = async () => {
  console.log(`node ${process.version}, ${CONNECTIONS} connections, ${DURATION / 1000} s per server per round, ${ROUNDS} rounds`)
  // Alternate the two servers (bare, ours, bare, ours, …) so drift on a shared machine hits both.
  const bares = []
  const ourss = []
  for (let round = 0; round < ROUNDS; round++) {
    const bare = await start((port) => ["-e", bareSource, String(port)])
    bares.push(await load(bare.port, { "X-aws-ec2-metadata-token": "unused" }))
    await stop(bare.child)
    const ours = await start((port) => [bin, "--quiet", "--port", String(port), "--http-tokens", "required"])
    const token = (await once(new http.Agent({ keepAlive: false }), ours.port, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "21600" })).body
    ourss.push(await load(ours.port, { "X-aws-ec2-metadata-token": token }))
    await stop(ours.child)
  }
  const median = (rs) => {
    const sorted = [...rs].sort((a, b) => a.rps - b.rps)
    return sorted[Math.floor(sorted.length / 2)]
  }
  const b = median(bares)
  const o = median(ourss)
  console.log(`per round, req/s: bare ${bares.map((r) => r.rps.toFixed(0)).join(" ")}; ours ${ourss.map((r) => r.rps.toFixed(0)).join(" ")}`)
  const row = (name, r) =>
    console.log(`${name.padEnd(28)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   errors ${r.errors}`)
  console.log("median round:")
  row("bare node:http constant", b)
  row("ec2kit-metadata (v2 token)", o)
  console.log(`ratio: ${((o.rps / b.rps) * 100).toFixed(1)} % of bare (target >= 70 %)`)

  const colds = []
  for (let i = 0; i < RUNS; i++) {
    const port = await freePort()
    const t = performance.now()
    const child = spawn(process.execPath, [bin, "--quiet", "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"] })
    await waitFor(port, "/latest/meta-data/instance-id")
    colds.push(performance.now() - t)
    await stop(child)
  }
  colds.sort((a, b) => a - b)
  console.log(`cold start to first 200: median ${colds[Math.floor(RUNS / 2)].toFixed(0)} ms (min ${colds[0].toFixed(0)}, max ${colds[RUNS - 1].toFixed(0)}; target < 300 ms)`)
  if ([...bares, ...ourss].some((r) => r.errors > 0)) process.exitCode = 1
}
main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
