// Benchmark of @ec2kit/api-server (issue 9 §4), against the BUILT dist (`pnpm build` first):
//   node bench/api-server.mjs [--rounds=N] [--seconds=S]
//
// The JS SDK loop RunInstances (1 instance) + DescribeInstances (its id) + TerminateInstances, with a
// plain `EC2Client` (maxAttempts 1, the SDK's default `NodeHttpHandler`: keep-alive agent, as a user's
// client has it), through these transports in the same run:
//   - Ec2Server (same process): ec2kit's HTTP server on 127.0.0.1 over Ec2Memory (default delays), in
//     this process, so the client and the server share one thread;
//   - Ec2Server (own process): the same in a child node process, as moto runs (the like-for-like
//     comparison with moto's server);
//   - Ec2Handler: the same in-process (`requestHandler`, no socket);
//   - moto: `python3 -m moto.server` 5.x on 127.0.0.1 (the comparison; skipped with a message if absent).
// Two floors replay canned answers (recorded from Ec2Handler), with no emulator at all:
//   - "SDK alone": a `requestHandler` returning them: the SDK client's own cost per call (serialize,
//     sign, parse the XML), which bounds any transport under `EC2Client`;
//   - "node:http alone": a bare node:http server on 127.0.0.1 returning them through the SDK's
//     default `NodeHttpHandler`: the SDK client plus node's HTTP client and server, which bounds any
//     HTTP server in this process.
// Rounds alternate between the transports so the load of a shared machine falls on all of them; each
// round runs loops for at least S seconds (default 2) after a warm-up. Prints ms per call (median of
// the rounds and the min–max spread), CPU ms per call (this process plus the server's process for
// moto and the own-process Ec2Server: steadier than wall time on a loaded machine, and it counts the
// work the second core does), the ratios moto/ours, and the machine, load and date.
import { spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as http from "node:http"
import * as net from "node:net"
import * as os from "node:os"
import { performance } from "node:perf_hooks"

const need = (p) => {
  const url = new URL(`../packages/${p}/dist/index.js`, import.meta.url)
  if (!fs.existsSync(url)) throw new Error(`packages/${p}/dist is missing: run \`pnpm build\` first`)
  return import(url.href)
}
const { Ec2Server, Ec2Handler } = await need("api-server")
const { Ec2Memory } = await need("backend-memory")
const { EC2Client, RunInstancesCommand, DescribeInstancesCommand, TerminateInstancesCommand, DescribeImagesCommand } = await import("@aws-sdk/client-ec2")
const { Effect, Layer } = await import("effect")

const args = process.argv.slice(2)
const arg = (name, d) => Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? d)
const ROUNDS = arg("rounds", 5)
const SECONDS = arg("seconds", 2)
const region = "us-east-1"
const credentials = { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" }

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  }).on("error", reject)
})

// Ec2Server over Ec2Memory, kept open by a scope we close at the end.
const serverFiber = Effect.runFork(Effect.scoped(Effect.gen(function*() {
  const address = yield* Ec2Server.Ec2Server
  serverUrl.resolve(address.url)
  yield* Effect.never
}).pipe(Effect.provide(Ec2Server.layer({ port: 0 }).pipe(Layer.provide(Ec2Memory.layer({ seed: "bench-server" })))))))
const serverUrl = {}
serverUrl.promise = new Promise((resolve) => (serverUrl.resolve = resolve))

// Canned answers: the first answer Ec2Handler gave to each action of the loop, replayed by action.
// DescribeImages (the set-up call) is always answered live. No emulator at all behind them.
const recorder = Ec2Handler.fromLayer(Ec2Memory.layer({ seed: "bench-canned" }))
const canned = new Map()
const actionOf = (body) => /(?:^|&)Action=(\w+)/.exec(String(body))?.[1] ?? ""
const cannedAnswer = async (action, request, options) => {
  const known = canned.get(action)
  if (known !== undefined) return known
  const { response } = await recorder.handle(request, options)
  const answer = { HttpResponse: response.constructor, statusCode: response.statusCode, headers: response.headers, body: Buffer.from(response.body) }
  if (action !== "DescribeImages") canned.set(action, answer)
  return answer
}

// The SDK client's own cost (serialize, sign, parse our XML): a handler replaying the canned answers.
// The floor of any transport under EC2Client.
const replay = {
  metadata: { handlerProtocol: "http/1.1" },
  handle: async (request, options) => {
    const c = await cannedAnswer(actionOf(request.body), request, options)
    return { response: new c.HttpResponse({ statusCode: c.statusCode, headers: c.headers, body: c.body }) }
  },
  updateHttpClientConfig: () => {},
  httpHandlerConfigs: () => ({})
}

// The SDK client plus node's HTTP client and server: a bare node:http server replaying the canned
// answers (keep-alive as long as Ec2Server's, so no round starts on a socket the server is closing).
// The floor of any HTTP server in this process.
const bare = http.createServer((req, res) => {
  const chunks = []
  req.on("data", (c) => chunks.push(c))
  req.on("end", async () => {
    const body = Buffer.concat(chunks).toString()
    const c = await cannedAnswer(actionOf(body), { method: "POST", protocol: "http:", hostname: "127.0.0.1", path: "/", query: {}, headers: {}, body }, {})
    res.writeHead(c.statusCode, { ...c.headers, "content-length": String(c.body.byteLength) })
    res.end(c.body)
  })
})
bare.keepAliveTimeout = 60_000
await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve))

// Ec2Server over Ec2Memory in its own node process, as moto has its own.
const child = spawn(process.execPath, ["--no-warnings", "--input-type=module", "-e", `
  const { Ec2Server } = await import(${JSON.stringify(new URL("../packages/api-server/dist/index.js", import.meta.url).href)})
  const { Ec2Memory } = await import(${JSON.stringify(new URL("../packages/backend-memory/dist/index.js", import.meta.url).href)})
  const { Effect, Layer } = await import("effect")
  Effect.runFork(Effect.scoped(Effect.gen(function*() {
    const { url } = yield* Ec2Server.Ec2Server
    process.stdout.write(url + "\\n")
    yield* Effect.never
  }).pipe(Effect.provide(Ec2Server.layer({ port: 0 }).pipe(Layer.provide(Ec2Memory.layer({ seed: "bench-child" })))))))
`], { stdio: ["ignore", "pipe", "inherit"], cwd: new URL("../packages/api-server/", import.meta.url) })
const childUrl = await new Promise((resolve, reject) => {
  child.stdout.once("data", (d) => resolve(String(d).trim()))
  child.once("exit", (code) => reject(new Error(`the Ec2Server child exited (${code})`)))
})

const clients = {
  "Ec2Server (same process)": new EC2Client({ region, credentials, maxAttempts: 1, endpoint: await serverUrl.promise }),
  "Ec2Server (own process)": new EC2Client({ region, credentials, maxAttempts: 1, endpoint: childUrl }),
  "Ec2Handler (in-process)": new EC2Client({ region, credentials, maxAttempts: 1, requestHandler: Ec2Handler.fromLayer(Ec2Memory.layer({ seed: "bench-handler" })) }),
  "node:http alone (canned)": new EC2Client({ region, credentials, maxAttempts: 1, endpoint: `http://127.0.0.1:${bare.address().port}` }),
  "SDK alone (canned XML)": new EC2Client({ region, credentials, maxAttempts: 1, requestHandler: replay })
}
/** The other process whose CPU a transport's calls use. */
const serverPid = { "Ec2Server (own process)": child.pid }
const floors = new Set(["node:http alone (canned)", "SDK alone (canned XML)"])

let moto
const motoOk = spawnSync("python3", ["-c", "import moto.server, flask"], { stdio: "ignore" }).status === 0
if (motoOk) {
  const port = await freePort()
  moto = spawn("python3", ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300 && !(await fetch(`${url}/moto-api/`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100))
  const version = spawnSync("python3", ["-c", "import moto; print(moto.__version__)"], { encoding: "utf8" }).stdout.trim()
  clients[`moto ${version} (HTTP)`] = new EC2Client({ region, credentials, maxAttempts: 1, endpoint: url })
  serverPid[`moto ${version} (HTTP)`] = moto.pid
} else console.warn("moto is not installed (pip install 'moto[server]==5.2.1'): no moto figures")

const images = {}
for (const [name, ec2] of Object.entries(clients)) {
  const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))
  images[name] = Images.find((i) => i.Architecture === "x86_64").ImageId
}

const loop = async (ec2, ImageId) => {
  const { Instances } = await ec2.send(new RunInstancesCommand({ ImageId, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
  const InstanceIds = [Instances[0].InstanceId]
  const { Reservations } = await ec2.send(new DescribeInstancesCommand({ InstanceIds }))
  if (Reservations[0].Instances[0].InstanceId !== InstanceIds[0]) throw new Error("wrong instance")
  await ec2.send(new TerminateInstancesCommand({ InstanceIds }))
}

// CPU seconds of another process (utime + stime from /proc; Linux only, else not counted).
const ticks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100
const cpuOf = (pid) => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return (Number(fields[11]) + Number(fields[12])) / ticks
  } catch {
    return 0
  }
}

/** ms per call (wall, and CPU of this process plus the server's) over loops run for at least `seconds`. */
const round = async (name, seconds) => {
  const ec2 = clients[name]
  const pid = serverPid[name]
  const cpu0 = process.cpuUsage()
  const other0 = pid === undefined ? 0 : cpuOf(pid)
  const start = performance.now()
  let loops = 0
  while (performance.now() - start < seconds * 1000) {
    await loop(ec2, images[name])
    loops++
  }
  const wall = performance.now() - start
  const cpu = process.cpuUsage(cpu0)
  const other = pid === undefined ? 0 : cpuOf(pid) - other0
  return { wall: wall / (loops * 3), cpu: ((cpu.user + cpu.system) / 1000 + other * 1000) / (loops * 3) }
}

const load = [os.loadavg()[0]]
for (const name of Object.keys(clients)) await round(name, name.startsWith("moto") ? 1 : 3) // warm-up (JIT)
const samples = Object.fromEntries(Object.keys(clients).map((n) => [n, []]))
const cpuSamples = Object.fromEntries(Object.keys(clients).map((n) => [n, []]))
for (let r = 0; r < ROUNDS; r++) {
  for (const name of Object.keys(clients)) {
    const { wall, cpu } = await round(name, SECONDS)
    samples[name].push(wall)
    cpuSamples[name].push(cpu)
  }
  load.push(os.loadavg()[0])
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const f = (x) => (x >= 1 ? x.toFixed(2) : x.toFixed(3))
console.log(`date ${new Date().toISOString()}; Node ${process.version}; ${os.cpus().length} CPUs "${os.cpus()[0]?.model ?? "?"}"; load average (1 min) ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} during the run`)
console.log(`loop RunInstances + DescribeInstances + TerminateInstances, ${ROUNDS} rounds of ≥ ${SECONDS} s per transport, alternating`)
const medians = {}
for (const [name, xs] of Object.entries(samples)) {
  medians[name] = median(xs)
  const cs = cpuSamples[name]
  console.log(`${name.padEnd(26)} ${f(medians[name])} ms/call median (rounds ${f(Math.min(...xs))}–${f(Math.max(...xs))}), ${Math.round(1000 / medians[name])} calls/s; CPU ${f(median(cs))} ms/call (${f(Math.min(...cs))}–${f(Math.max(...cs))})`)
}
const motoName = Object.keys(clients).find((n) => n.startsWith("moto"))
if (motoName !== undefined) {
  for (const name of Object.keys(clients).filter((n) => n !== motoName)) {
    const xs = samples[name], ms = samples[motoName]
    const what = floors.has(name) ? "bound" : "fewer ms per call"
    console.log(`moto / ${name}: ${(medians[motoName] / medians[name]).toFixed(1)}× ${what} (spread ${(Math.min(...ms) / Math.max(...xs)).toFixed(1)}–${(Math.max(...ms) / Math.min(...xs)).toFixed(1)}×); CPU ${(median(cpuSamples[motoName]) / median(cpuSamples[name])).toFixed(1)}×`)
  }
}

for (const ec2 of Object.values(clients)) ec2.destroy()
moto?.kill()
child.kill()
const sdk = medians["SDK alone (canned XML)"]
for (const name of Object.keys(clients).filter((n) => !floors.has(n) && n !== motoName)) {
  console.log(`${name}: the SDK client's own work is ${(100 * sdk / medians[name]).toFixed(0)} % of its ms per call`)
}
process.exit(0)
