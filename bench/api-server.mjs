// Benchmark of @ec2kit/api-server (issue 9 §4), against the BUILT dist (`pnpm build` first):
//   node bench/api-server.mjs [--rounds=N] [--seconds=S]
//
// The JS SDK loop RunInstances (1 instance) + DescribeInstances (its id) + TerminateInstances, with a
// plain `EC2Client` (maxAttempts 1), through three transports in the same run:
//   - Ec2Server: ec2kit's HTTP server on 127.0.0.1 over Ec2Memory (default delays);
//   - Ec2Handler: the same in-process (`requestHandler`, no socket);
//   - moto: `python3 -m moto.server` 5.x on 127.0.0.1 (the comparison; skipped with a message if absent).
// Rounds alternate between the transports so the load of a shared machine falls on all of them; each
// round runs loops for at least S seconds (default 2) after a warm-up. Prints ms per call (median of
// the rounds and the min–max spread), the ratios moto/ours, and the machine, load and date.
// A fourth client, "SDK alone", replays canned answers: the SDK client's own cost per call, which
// bounds what any transport under it can reach.
import { spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
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

// The SDK client's own cost (serialize, sign, parse our XML): a handler replaying, in turn, the three
// answers Ec2Handler gave to one loop; no emulator at all. The floor of any in-process transport.
const recorder = Ec2Handler.fromLayer(Ec2Memory.layer({ seed: "bench-canned" }))
const canned = []
const replay = {
  metadata: { handlerProtocol: "http/1.1" },
  handle: async (request, options) => {
    if (canned.length < 4) {
      const { response } = await recorder.handle(request, options)
      const body = response.body
      canned.push({ HttpResponse: response.constructor, statusCode: response.statusCode, headers: response.headers, body })
      return { response }
    }
    const c = canned[1 + (replay.i++ % 3)]
    return { response: new c.HttpResponse({ statusCode: c.statusCode, headers: c.headers, body: c.body }) }
  },
  i: 0,
  updateHttpClientConfig: () => {},
  httpHandlerConfigs: () => ({})
}

const clients = {
  "Ec2Server (HTTP)": new EC2Client({ region, credentials, maxAttempts: 1, endpoint: await serverUrl.promise }),
  "Ec2Handler (in-process)": new EC2Client({ region, credentials, maxAttempts: 1, requestHandler: Ec2Handler.fromLayer(Ec2Memory.layer({ seed: "bench-handler" })) }),
  "SDK alone (canned XML)": new EC2Client({ region, credentials, maxAttempts: 1, requestHandler: replay })
}

let moto
const motoOk = spawnSync("python3", ["-c", "import moto.server, flask"], { stdio: "ignore" }).status === 0
if (motoOk) {
  const port = await freePort()
  moto = spawn("python3", ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300 && !(await fetch(`${url}/moto-api/`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100))
  const version = spawnSync("python3", ["-c", "import moto; print(moto.__version__)"], { encoding: "utf8" }).stdout.trim()
  clients[`moto ${version} (HTTP)`] = new EC2Client({ region, credentials, maxAttempts: 1, endpoint: url })
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

/** ms per call over loops run for at least `seconds`. */
const round = async (name, seconds) => {
  const ec2 = clients[name]
  const start = performance.now()
  let loops = 0
  while (performance.now() - start < seconds * 1000) {
    await loop(ec2, images[name])
    loops++
  }
  return (performance.now() - start) / (loops * 3)
}

const load = [os.loadavg()[0]]
for (const name of Object.keys(clients)) await round(name, name.startsWith("moto") ? 1 : 3) // warm-up (JIT)
const samples = Object.fromEntries(Object.keys(clients).map((n) => [n, []]))
for (let r = 0; r < ROUNDS; r++) {
  for (const name of Object.keys(clients)) samples[name].push(await round(name, SECONDS))
  load.push(os.loadavg()[0])
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const f = (x) => (x >= 1 ? x.toFixed(2) : x.toFixed(3))
console.log(`date ${new Date().toISOString()}; Node ${process.version}; ${os.cpus().length} CPUs "${os.cpus()[0]?.model ?? "?"}"; load average (1 min) ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} during the run`)
console.log(`loop RunInstances + DescribeInstances + TerminateInstances, ${ROUNDS} rounds of ≥ ${SECONDS} s per transport, alternating`)
const medians = {}
for (const [name, xs] of Object.entries(samples)) {
  medians[name] = median(xs)
  console.log(`${name.padEnd(26)} ${f(medians[name])} ms/call median (rounds ${f(Math.min(...xs))}–${f(Math.max(...xs))}), ${Math.round(1000 / medians[name])} calls/s`)
}
const motoName = Object.keys(clients).find((n) => n.startsWith("moto"))
if (motoName !== undefined) {
  for (const name of Object.keys(clients).filter((n) => n !== motoName && !n.startsWith("SDK"))) {
    const xs = samples[name], ms = samples[motoName]
    console.log(`moto / ${name}: ${(medians[motoName] / medians[name]).toFixed(1)}× fewer ms per call (spread ${(Math.min(...ms) / Math.max(...xs)).toFixed(1)}–${(Math.max(...ms) / Math.min(...xs)).toFixed(1)}×)`)
  }
}

for (const ec2 of Object.values(clients)) ec2.destroy()
moto?.kill()
const sdk = medians["SDK alone (canned XML)"]
for (const name of ["Ec2Server (HTTP)", "Ec2Handler (in-process)"]) {
  console.log(`${name}: the SDK client's own work is ${(100 * sdk / medians[name]).toFixed(0)} % of its ms per call`)
}
process.exit(0)
