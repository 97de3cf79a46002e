// Run inside a container's network namespace (Image.probe): checks that the image's program answers
// on its ports as a client in the container network would see it, then prints what it found as
// JSON. Waits (bounded) for the program to start listening. Talks to 127.0.0.1 only.
//
//   node probe.mjs serve EC2_PORT METADATA_PORT   the emulator: health, the JS SDK launching an
//                                                 instance, its live metadata (IMDSv2)
//   node probe.mjs health EC2_PORT                the emulator's health, once it answers
//   node probe.mjs metadata PORT                  the metadata server: IMDSv2 token, instance-id
import { DescribeImagesCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2"

const [kind, ...ports] = process.argv.slice(2)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** fetch, retried while nothing listens yet (up to ~15 s), then once per answer as it comes. */
const request = async (url, init = {}, attempts = 150) => {
  for (let i = 1; ; i++) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) })
      return { status: response.status, body: await response.text() }
    } catch (e) {
      if (i >= attempts) throw new Error(`${init.method ?? "GET"} ${url}: ${e.cause?.code ?? e.message}`)
      await sleep(100)
    }
  }
}

/** IMDSv2: a token, then instance-id with it. */
const instanceId = async (base) => {
  const token = await request(`${base}/latest/api/token`, { method: "PUT", headers: { "x-aws-ec2-metadata-token-ttl-seconds": "60" } })
  if (token.status !== 200) return { tokenStatus: token.status, body: token.body }
  const id = await request(`${base}/latest/meta-data/instance-id`, { headers: { "x-aws-ec2-metadata-token": token.body } })
  return { tokenStatus: token.status, status: id.status, body: id.body }
}

if (kind === "serve") {
  const url = `http://127.0.0.1:${ports[0]}`
  const health = await request(`${url}/_ec2kit/health`)
  const ec2 = new EC2Client({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 })
  const image = (await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))).Images?.[0]?.ImageId
  const launched = (await ec2.send(new RunInstancesCommand({ ImageId: image, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })))
    .Instances?.[0]?.InstanceId
  ec2.destroy()
  // The instance's metadata answers once it runs (the emulator's short real-time pending delay).
  let metadata
  for (let i = 0; i < 50; i++) {
    metadata = await instanceId(`http://127.0.0.1:${ports[1]}`)
    if (metadata.status === 200) break
    await sleep(100)
  }
  console.log(JSON.stringify({ health: { status: health.status, body: JSON.parse(health.body) }, launched, metadata }))
} else if (kind === "health") {
  const health = await request(`http://127.0.0.1:${ports[0]}/_ec2kit/health`)
  if (health.status !== 200) throw new Error(`health: ${health.status} ${health.body}`)
  console.log(health.body)
} else if (kind === "metadata") {
  console.log(JSON.stringify({ metadata: await instanceId(`http://127.0.0.1:${ports[0]}`) }))
} else {
  throw new Error(`unknown probe ${kind}`)
}
