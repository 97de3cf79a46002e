// Benchmark of the emulator, `ec2kit serve`, against moto's server (issue 10 §5), on the BUILT dist
// (`pnpm build` first):
//   node bench/emulator.mjs [--rounds=R] [--iterations=N] [--warmup=W] [--cli-iterations=M] [--cold=K] [--only=sdk,cli,cold]
//
// Servers, each in its own process on 127.0.0.1, started once for the loops:
//   - ec2kit: `node packages/cli/dist/serveBin.js --port P --quiet --delays immediate,instanceVanish=1h`:
//     the same semantics as moto's server, whose RunInstances answers `pending`, DescribeInstances
//     then `running`, TerminateInstances `running → shutting-down`, and which keeps terminated
//     instances describable (AWS keeps them about an hour: hence instanceVanish=1h, so both worlds
//     grow alike over the run);
//   - moto: `python3 -m moto.server` (the interpreter's own path, not pyenv's shim);
//   - floor: a bare node:http server in its own node process replaying canned answers (recorded
//     from ec2kit serve, one per action) — what a client pays with no emulator at all, which bounds
//     the ratio any HTTP server in its own process can reach against moto with that client.
//
// 1. The JS SDK loop: RunInstances (1 instance) + DescribeInstances (its id) + TerminateInstances,
//    `EC2Client` with `maxAttempts: 1` and the SDK's default `NodeHttpHandler` (keep-alive), W loops
//    of warm-up per server (excluded), then R rounds of N loops, servers interleaved (the order
//    reversed every other round). Per server: latency per call (median and p99 over every measured
//    call, and per action), calls/s per round (median and min–max), the server's CPU ms per call
//    (/proc), and the ratio moto/ec2kit (the issue's target: ≥ 20× per SDK call).
// 2. The AWS CLI loop: the same three calls as `aws --endpoint-url URL ec2 …` processes (the CLI
//    found on PATH, called by its real path), M loops per server, interleaved. The CLI's own start
//    (Python, botocore's models) dominates each call; the canned floor shows how much.
// 3. Cold start: spawn → the first 200 answer to a real, signed DescribeInstances (the SDK, polling
//    every 5 ms on a port chosen beforehand), K runs each of bare node (a node:http server answering
//    canned XML: node's own start), ec2kit serve and moto's server, interleaved, after one unmeasured
//    start of ec2kit serve (it writes the code cache the later starts use). Target < 1 s.
//
// The machine's load average is printed with each round: the machine is shared, figures are noisy.
// Everything talks to 127.0.0.1 only; the CLI runs with AWS_EC2_METADATA_DISABLED and no config files.
import { execFile, spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"

// The SDK's notice that its 2027 releases need Node 22 would be printed in the middle of the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true"
const serveBin = fileURLToPath(new URL("../packages/cli/dist/serveBin.js", import.meta.url))
if (!fs.existsSync(serveBin)) throw new Error("packages/cli/dist/serveBin.js is missing: run `pnpm build` first")
const { EC2Client, RunInstancesCommand, DescribeInstancesCommand, TerminateInstancesCommand, DescribeImagesCommand } = await import("@aws-sdk/client-ec2")

const argv = process.argv.slice(2)
const arg = (name, d) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? d
const ROUNDS = Number(arg("rounds", 5))
const ITERATIONS = Number(arg("iterations", 200))
const WARMUP = Number(arg("warmup", 200))
const CLI_ITERATIONS = Number(arg("cli-iterations", 3))
const COLD = Number(arg("cold", 5))
const ONLY = new Set(String(arg("only", "sdk,cli,cold")).split(","))
const HOST = "127.0.0.1"
const region = "us-east-1"
const credentials = { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" }
const DELAYS = "immediate,instanceVanish=1h"
const serveArgs = (port) => [serveBin, "--port", String(port), "--quiet", "--delays", DELAYS]

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().listen(0, HOST, () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  }).on("error", reject)
})
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
}
const f = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3))
const spread = (xs) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`
const loads = []
const load = () => {
  const l = os.loadavg()[0]
  loads.push(l)
  return l.toFixed(1)
}

// CPU seconds of another process (utime + stime from /proc; Linux only, else 0).
const ticks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100
const cpuOf = (pid) => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return (Number(fields[11]) + Number(fields[12])) / ticks
  } catch {
    return 0
  }
}

// moto, by its interpreter's real path (pyenv's shim is a shell script that would add its own start).
const python = spawnSync("python3", ["-c", "import sys, moto.server, flask, moto; print(sys.executable); print(moto.__version__)"], { encoding: "utf8" })
const [pythonExe, motoVersion] = python.status === 0 ? python.stdout.trim().split("\n") : []
if (pythonExe === undefined) console.warn("moto is not installed (pip install 'moto[server]==5.2.1'): no moto figures")
const motoArgs = (port) => ["-m", "moto.server", "-H", HOST, "-p", String(port)]

/** A signed DescribeInstances through the SDK: the readiness probe of the cold starts. */
const answers = async (ec2) => {
  try {
    await ec2.send(new DescribeInstancesCommand({}))
    return true
  } catch {
    return false
  }
}
const client = (endpoint) => new EC2Client({ region, credentials, maxAttempts: 1, endpoint })

/**
 * Starts a server process and waits until it answers DescribeInstances; returns its url, the ms to
 * that answer and the CPU ms the process used until then (steadier than wall time on a loaded machine).
 */
const start = async (command, args) => {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawn(command, args(port), { stdio: ["ignore", "ignore", "pipe"] })
  let stderr = ""
  child.stderr.on("data", (d) => (stderr += d))
  let exited = false
  child.once("exit", () => (exited = true))
  const url = `http://${HOST}:${port}`
  const ec2 = client(url)
  for (;;) {
    if (await answers(ec2)) break
    if (exited) throw new Error(`${command} ${args(port).join(" ")} exited: ${stderr}`)
    if (performance.now() - t0 > 60_000) throw new Error(`${command} did not answer within 60 s`)
    await sleep(5)
  }
  const ms = performance.now() - t0
  const cpu = cpuOf(child.pid) * 1000
  ec2.destroy()
  return { child, url, ms, cpu, stop: () => new Promise((r) => (exited ? r() : (child.once("exit", r), child.kill("SIGTERM")))) }
}

// The floor: a bare node:http server in its own process (as both emulators have theirs) replaying
// canned answers, one per action, recorded from ec2kit serve by forwarding the first request of each
// action (ec2kit serve checks the region of the signature, not its host). Run as
// `node -e floorSource PORT RECORD_FROM_URL`.
const floorSource = `
const http = require("node:http")
const [port, recordFrom] = [Number(process.argv[1]), process.argv[2]]
const canned = new Map()
const server = http.createServer((req, res) => {
  const chunks = []
  req.on("data", (c) => chunks.push(c))
  req.on("end", async () => {
    const body = Buffer.concat(chunks).toString()
    const action = /(?:^|&)Action=(\\w+)/.exec(body)?.[1] ?? ""
    let answer = canned.get(action)
    if (answer === undefined) {
      const { host: _, connection: __, ...headers } = req.headers
      const r = await fetch(recordFrom, { method: "POST", headers, body })
      answer = { status: r.status, type: r.headers.get("content-type") ?? "text/xml", body: Buffer.from(await r.arrayBuffer()) }
      // The loop's answers are kept; the set-up calls (DescribeImages, the readiness probe) are forwarded.
      if (action !== "DescribeImages" && (action !== "DescribeInstances" || body.includes("InstanceId"))) canned.set(action, answer)
    }
    res.writeHead(answer.status, { "Content-Type": answer.type, "Content-Length": answer.body.byteLength })
    res.end(answer.body)
  })
})
server.keepAliveTimeout = 60_000
server.listen(port, "${HOST}")
`

const machine = `Node ${process.version}; ${os.cpus().length} CPUs "${os.cpus()[0]?.model ?? "?"}"; load average (1 min) ${load()} at the start`
console.log(`date ${new Date().toISOString()}; ${machine}`)
console.log(`ec2kit serve --delays ${DELAYS}${pythonExe !== undefined ? `; moto ${motoVersion} (${pythonExe} -m moto.server)` : ""}`)

const servers = []
const ours = await start(process.execPath, serveArgs)
servers.push({ name: "ec2kit serve", ...ours })
servers.push({ name: "floor (canned)", ...(await start(process.execPath, (port) => ["-e", floorSource, String(port), ours.url])) })
if (pythonExe !== undefined) servers.push({ name: `moto ${motoVersion}`, ...(await start(pythonExe, motoArgs)) })
const OURS = "ec2kit serve", FLOOR = "floor (canned)", MOTO = `moto ${motoVersion}`
const hasMoto = pythonExe !== undefined
for (const s of servers) {
  s.ec2 = client(s.url)
  const { Images } = await s.ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))
  s.image = Images.find((i) => i.Architecture === "x86_64").ImageId
}
const byName = Object.fromEntries(servers.map((s) => [s.name, s]))
const order = (r) => (r % 2 === 0 ? servers : [...servers].reverse())

// ---- 1. The JS SDK loop ----
const ACTIONS = ["RunInstances", "DescribeInstances", "TerminateInstances"]
const timed = async (into, action, promise) => {
  const t0 = performance.now()
  const out = await promise
  into?.[action].push(performance.now() - t0)
  return out
}
const sdkLoop = async (s, into) => {
  const { Instances } = await timed(into, "RunInstances", s.ec2.send(new RunInstancesCommand({ ImageId: s.image, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })))
  const InstanceIds = [Instances[0].InstanceId]
  const { Reservations } = await timed(into, "DescribeInstances", s.ec2.send(new DescribeInstancesCommand({ InstanceIds })))
  if (Reservations[0].Instances[0].InstanceId !== InstanceIds[0]) throw new Error(`${s.name}: wrong instance`)
  await timed(into, "TerminateInstances", s.ec2.send(new TerminateInstancesCommand({ InstanceIds })))
}

const sdk = {}
if (ONLY.has("sdk")) {
  for (const s of servers) {
    for (let i = 0; i < WARMUP; i++) await sdkLoop(s)
    sdk[s.name] = { calls: Object.fromEntries(ACTIONS.map((a) => [a, []])), perSecond: [], cpu: [], roundMedian: [] }
  }
  const roundLoads = []
  for (let r = 0; r < ROUNDS; r++) {
    for (const s of order(r)) {
      const into = Object.fromEntries(ACTIONS.map((a) => [a, []]))
      const pid = s.child.pid
      const cpu0 = cpuOf(pid)
      const t0 = performance.now()
      for (let i = 0; i < ITERATIONS; i++) await sdkLoop(s, into)
      const wall = performance.now() - t0
      const cpu = cpuOf(pid) - cpu0
      const m = sdk[s.name]
      for (const a of ACTIONS) m.calls[a].push(...into[a])
      m.perSecond.push((3 * ITERATIONS) / (wall / 1000))
      m.roundMedian.push(median(ACTIONS.flatMap((a) => into[a])))
      m.cpu.push((cpu * 1000) / (3 * ITERATIONS))
    }
    roundLoads.push(load())
  }
  console.log(`\n1. JS SDK loop (RunInstances + DescribeInstances + TerminateInstances), ${WARMUP} loops warm-up, ${ROUNDS} rounds × ${ITERATIONS} loops, interleaved; load ${roundLoads.join(", ")}`)
  for (const s of servers) {
    const m = sdk[s.name]
    const all = ACTIONS.flatMap((a) => m.calls[a])
    m.median = median(all)
    m.p99 = quantile(all, 0.99)
    console.log(`${s.name.padEnd(16)} per call median ${f(m.median)} ms (round medians ${spread(m.roundMedian)}), p99 ${f(m.p99)} ms; ${f(median(m.perSecond))} calls/s (${spread(m.perSecond)}); server CPU ${f(median(m.cpu))} ms/call`)
    console.log(`${"".padEnd(16)} ${ACTIONS.map((a) => `${a} ${f(median(m.calls[a]))} / p99 ${f(quantile(m.calls[a], 0.99))}`).join("; ")}`)
  }
  if (hasMoto) {
    for (const name of [OURS, FLOOR]) {
      const o = sdk[name], mo = sdk[MOTO]
      const rounds = o.roundMedian.map((x, i) => mo.roundMedian[i] / x)
      console.log(`moto / ${name}: median per call ${f(mo.median / o.median)}× (per round ${spread(rounds)}), p99 ${f(mo.p99 / o.p99)}×, calls/s ${f(median(o.perSecond) / median(mo.perSecond))}×; ${ACTIONS.map((a) => `${a} ${f(median(mo.calls[a]) / median(o.calls[a]))}×`).join(", ")}${name === OURS ? " — target ≥ 20×" : " — the bound for any HTTP server with this client"}`)
    }
  }
}

// ---- 2. The AWS CLI loop ----
const awsOnPath = spawnSync("sh", ["-c", "command -v aws"], { encoding: "utf8" }).stdout.trim()
// Follow pyenv's shim to the real script (the shim is a shell script around `pyenv exec`).
const aws = awsOnPath === "" ? "" : spawnSync("sh", ["-c", "pyenv which aws 2>/dev/null || command -v aws"], { encoding: "utf8" }).stdout.trim()
const awsEnv = {
  PATH: process.env.PATH,
  HOME: os.tmpdir(),
  AWS_ACCESS_KEY_ID: credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  AWS_DEFAULT_REGION: region,
  AWS_CONFIG_FILE: path.join(os.tmpdir(), "ec2kit-bench-no-aws-config"),
  AWS_SHARED_CREDENTIALS_FILE: path.join(os.tmpdir(), "ec2kit-bench-no-aws-credentials"),
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_PAGER: ""
}
const cli = (s, args) => new Promise((resolve, reject) => {
  const t0 = performance.now()
  execFile(aws, ["--endpoint-url", s.url, "--output", "json", "ec2", ...args], { env: awsEnv }, (error, stdout, stderr) => {
    if (error) reject(new Error(`${s.name}: aws ${args.join(" ")}: ${stderr}`))
    else resolve({ ms: performance.now() - t0, out: stdout })
  })
})
const cliLoop = async (s, into) => {
  const run = await cli(s, ["run-instances", "--image-id", s.image, "--instance-type", "t3.micro", "--count", "1"])
  const id = JSON.parse(run.out).Instances[0].InstanceId
  const describe = await cli(s, ["describe-instances", "--instance-ids", id])
  const terminate = await cli(s, ["terminate-instances", "--instance-ids", id])
  into.push(run.ms, describe.ms, terminate.ms)
}
const cliTimes = {}
if (ONLY.has("cli") && aws !== "" && CLI_ITERATIONS > 0) {
  const version = spawnSync(aws, ["--version"], { encoding: "utf8", env: awsEnv })
  for (const s of servers) {
    cliTimes[s.name] = []
    await cliLoop(s, []) // warm-up: the OS's file cache, Python's bytecode cache
  }
  for (let r = 0; r < CLI_ITERATIONS; r++) for (const s of order(r)) await cliLoop(s, cliTimes[s.name])
  console.log(`\n2. AWS CLI loop (${(version.stdout + version.stderr).trim().split(" ")[0]}, ${aws}), 1 loop warm-up, ${CLI_ITERATIONS} loops per server, interleaved; load ${load()}`)
  for (const s of servers) {
    const xs = cliTimes[s.name]
    console.log(`${s.name.padEnd(16)} per call median ${f(median(xs))} ms (${spread(xs)})`)
  }
  if (hasMoto) {
    console.log(`moto / ec2kit serve: ${f(median(cliTimes[MOTO]) / median(cliTimes[OURS]))}× per CLI call; the CLI's own cost (floor) is ${f((100 * median(cliTimes[FLOOR])) / median(cliTimes[OURS]))} % of ec2kit's and ${f((100 * median(cliTimes[FLOOR])) / median(cliTimes[MOTO]))} % of moto's`)
  }
}

for (const s of servers) s.ec2.destroy()
await Promise.all(servers.map((s) => s.stop()))

// ---- 3. Cold start ----
if (ONLY.has("cold") && COLD > 0) {
  const xml = (action, inner) => `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>00000000-0000-0000-0000-000000000000</requestId>${inner}</${action}Response>`
  const bareSource = `require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => { const b = Buffer.from(${JSON.stringify(xml("DescribeInstances", "<reservationSet/>"))}); s.writeHead(200, { "Content-Type": "text/xml;charset=UTF-8", "Content-Length": b.length }); s.end(b) }) }).listen(Number(process.argv[1]), "${HOST}")`
  const targets = [
    { name: "bare node:http", command: process.execPath, args: (port) => ["-e", bareSource, String(port)] },
    { name: OURS, command: process.execPath, args: serveArgs },
    ...(hasMoto ? [{ name: MOTO, command: pythonExe, args: motoArgs }] : [])
  ]
  const cold = Object.fromEntries(targets.map((t) => [t.name, []]))
  const coldCpu = Object.fromEntries(targets.map((t) => [t.name, []]))
  // One unmeasured start first: ec2kit serve's launcher writes V8's code cache of its bundle after
  // the first start of each build (packages/cli/src/serveBin.ts), which every later start uses (as
  // Python's .pyc files serve moto's); the first start after a build compiles (≈ +0.2 s of CPU here).
  await (await start(process.execPath, serveArgs)).stop()
  for (let r = 0; r < COLD; r++) {
    for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
      const s = await start(t.command, t.args)
      cold[t.name].push(s.ms)
      coldCpu[t.name].push(s.cpu)
      await s.stop()
    }
  }
  console.log(`\n3. Cold start, spawn → first 200 of a signed DescribeInstances (SDK, polling every 5 ms), ${COLD} runs each, interleaved; load ${load()}`)
  for (const t of targets) {
    console.log(`${t.name.padEnd(16)} median ${f(median(cold[t.name]))} ms (${spread(cold[t.name])})${t.name === OURS ? " — target < 1,000 ms" : ""}; its CPU until then ${f(median(coldCpu[t.name]))} ms (${spread(coldCpu[t.name])})`)
  }
  if (hasMoto) console.log(`moto / ec2kit serve: ${f(median(cold[MOTO]) / median(cold[OURS]))}× (CPU ${f(median(coldCpu[MOTO]) / median(coldCpu[OURS]))}×)`)
}
console.log(`\nload average (1 min) over the run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ended ${new Date().toISOString()}`)
process.exit(0)
