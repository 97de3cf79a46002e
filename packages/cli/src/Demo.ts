/**
 * `ec2kit serve --demo` and `--self-check`, the quick start's first screen (`pnpm start`):
 *
 * - `--demo` launches one instance through the EC2 endpoint, as any client would (the JS SDK over
 *   HTTP), and prints the commands that show it: the AWS CLI against the endpoint and curl against
 *   its live instance metadata. The emulator then runs until Ctrl-C as usual.
 * - `--self-check` does the same, then checks the emulator with a real client, the `aws` on PATH
 *   (`aws ec2 describe-instances` must list the demo instance, running) and the metadata listener
 *   (IMDSv2: a token, then `instance-id` must be the demo instance's), prints what they answered,
 *   and stops: exit 0 when both agree, 1 otherwise. CI runs the README's command this way, since
 *   a server waiting for Ctrl-C would never finish; `--demo` becomes `--self-check` when the
 *   environment says it runs in CI (`CI` set, as GitHub Actions, GitLab CI and this project's
 *   `.ci/run` do) or `EC2KIT_SELF_CHECK=1`.
 *
 * @since 0.1.0
 */
import type { Emulator } from "@ec2kit/api-server"
import { execFile } from "node:child_process"
import { Data, Effect } from "effect"

/**
 * The demo could not be launched, or the self-check found the emulator wrong; exit code 1.
 *
 * @since 0.1.0
 * @category errors
 */
export class DemoError extends Data.TaggedError("DemoError")<{ readonly message: string }> {}

/**
 * The instance the demo launched.
 *
 * @since 0.1.0
 * @category models
 */
export interface DemoInstance {
  readonly instanceId: string
  readonly instanceType: string
  readonly imageId: string
  readonly availabilityZone: string
  readonly privateIpAddress: string
  readonly state: string
}

/** The credentials every example uses: the emulator accepts any. */
const credentials = { accessKeyId: "test", secretAccessKey: "test" } as const

/** The demo instance's Name tag, so it is easy to find among others (e.g. with `--state`). */
export const demoName = "ec2kit-demo"

/**
 * Whether the environment asks `--demo` to check itself and stop: `EC2KIT_SELF_CHECK` or `CI`
 * set to anything but empty, `0` or `false`.
 *
 * @since 0.1.0
 * @category running
 */
export const selfCheckRequested = (env: Readonly<Record<string, string | undefined>>): boolean =>
  [env["EC2KIT_SELF_CHECK"], env["CI"]].some((v) => v !== undefined && !["", "0", "false"].includes(v.trim().toLowerCase()))

const failWith = (what: string) => (cause: unknown) =>
  new DemoError({ message: `${what}: ${cause instanceof Error ? cause.message : String(cause)}` })

/**
 * Launches the demo instance through the endpoint (an Amazon x86_64 image, `t3.micro`, tagged
 * `Name=ec2kit-demo`) and, in real time, waits until it runs.
 *
 * @since 0.1.0
 * @category running
 */
export const launch = (running: Emulator.Running): Effect.Effect<DemoInstance, DemoError> =>
  Effect.acquireUseRelease(
    Effect.tryPromise({
      // Loaded here, not at the top: `ec2kit serve` without --demo does not pay for a second
      // (ESM) load of the SDK's 2 MB module (api-server requires it; see its internal/clientEc2.ts).
      try: async () => {
        const sdk = await import("@aws-sdk/client-ec2")
        // On Node 20 (which ec2kit supports) the SDK warns that its releases after January 2027
        // will need Node 22; this pinned SDK runs, and the notice is not for the emulator's user.
        process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true"
        return { sdk, ec2: new sdk.EC2Client({ endpoint: running.url, region: running.region, credentials, maxAttempts: 1 }) }
      },
      catch: failWith("the AWS SDK could not be loaded")
    }),
    ({ ec2, sdk: { DescribeImagesCommand, RunInstancesCommand, waitUntilInstanceRunning } }) =>
      Effect.tryPromise({
        try: async () => {
          const images = await ec2.send(
            new DescribeImagesCommand({ Owners: ["amazon"], Filters: [{ Name: "architecture", Values: ["x86_64"] }] })
          )
          const imageId = images.Images?.[0]?.ImageId
          if (imageId === undefined) throw new Error("DescribeImages found no Amazon x86_64 image")
          const run = await ec2.send(
            new RunInstancesCommand({
              ImageId: imageId,
              InstanceType: "t3.micro",
              MinCount: 1,
              MaxCount: 1,
              TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: demoName }] }]
            })
          )
          const instanceId = run.Instances?.[0]?.InstanceId
          if (instanceId === undefined) throw new Error("RunInstances answered no instance")
          // In virtual time nothing moves until the clock is advanced: report it pending.
          const described = running.time === "virtual"
            ? run.Instances?.[0]
            : (await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 30, minDelay: 0.1, maxDelay: 1 }, { InstanceIds: [instanceId] }))
              .reason?.Reservations?.[0]?.Instances?.[0] ?? run.Instances?.[0]
          return {
            instanceId,
            imageId,
            instanceType: described?.InstanceType ?? "t3.micro",
            availabilityZone: described?.Placement?.AvailabilityZone ?? "",
            privateIpAddress: described?.PrivateIpAddress ?? "",
            state: described?.State?.Name ?? "pending"
          }
        },
        catch: failWith("the demo instance could not be launched")
      }),
    ({ ec2 }) => Effect.sync(() => ec2.destroy())
  )

/** `'…'` for a POSIX shell. */
const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

/**
 * The demo's lines: the instance, then the commands to see it from the AWS CLI and from its live
 * instance metadata.
 *
 * @since 0.1.0
 * @category formatting
 */
export const text = (running: Emulator.Running, instance: DemoInstance): string => {
  const aws = `aws --endpoint-url ${running.url} ec2`
  const metadata = running.metadata
  return [
    `Demo instance ${instance.instanceId} (${instance.instanceType}, ${instance.imageId}, ${instance.availabilityZone}, ${instance.privateIpAddress}) is ${instance.state}${
      instance.state === "pending" && running.time === "virtual" ? " (virtual time: curl -X POST " + running.url + "/_ec2kit/advance?by=1m)" : ""
    }. See it:`,
    ``,
    `  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=${running.region}`,
    `  ${aws} describe-instances --query ${quote("Reservations[].Instances[].[InstanceId,State.Name,Tags[0].Value]")} --output text`,
    `  ${aws} stop-instances --instance-ids ${instance.instanceId}`,
    ...(metadata === undefined ? [] : [
      `  TOKEN=$(curl -s -X PUT ${metadata.url}/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')`,
      `  curl -s -H "X-aws-ec2-metadata-token: $TOKEN" ${metadata.url}/latest/meta-data/instance-id`
    ])
  ].join("\n")
}

const run = (file: string, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv) =>
  Effect.callback<string, DemoError>((resume) => {
    const child = execFile(file, args, { env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) return resume(Effect.succeed(stdout))
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT"
      resume(Effect.fail(
        new DemoError({
          message: missing
            ? `the self-check runs the AWS CLI, and no \`${file}\` is on PATH: install it (e.g. \`pip install awscli\`, or Debian's \`apt-get install awscli\`)`
            : `\`${file} ${args.join(" ")}\` failed (exit code ${String(error.code)}): ${stderr.trim() || error.message}`
        })
      ))
    })
    return Effect.sync(() => child.kill())
  })

/** The environment for the AWS CLI: the test credentials, and nothing of the user's profile that could refuse them. */
const awsEnv = (region: string): NodeJS.ProcessEnv => {
  const { AWS_DEFAULT_PROFILE: _d, AWS_PROFILE: _p, AWS_SESSION_TOKEN: _s, ...env } = process.env
  return {
    ...env,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_DEFAULT_REGION: region,
    AWS_PAGER: ""
  }
}

interface Described {
  readonly Reservations?: ReadonlyArray<{ readonly Instances?: ReadonlyArray<{ readonly InstanceId?: string; readonly State?: { readonly Name?: string }; readonly InstanceType?: string }> }>
}

const fetchText = (url: string, init: RequestInit) =>
  Effect.tryPromise({
    try: async () => {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) })
      const body = await response.text()
      if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${body.trim()}`)
      return body
    },
    catch: failWith("the instance metadata check failed")
  })

/**
 * Checks the running emulator with real clients and prints what they answered: the AWS CLI on
 * PATH lists the demo instance as running (in real time), and the metadata listener (if any)
 * answers the IMDSv2 token flow with the demo instance's id.
 *
 * @since 0.1.0
 * @category running
 */
export const selfCheck = (running: Emulator.Running, instance: DemoInstance): Effect.Effect<void, DemoError> =>
  Effect.gen(function*() {
    const env = awsEnv(running.region)
    const version = (yield* run("aws", ["--version"], env)).trim()
    const args = ["--endpoint-url", running.url, "--region", running.region, "--output", "json", "ec2", "describe-instances", "--instance-ids", instance.instanceId]
    process.stdout.write(`\nself-check: aws ${args.join(" ")}   (${version})\n`)
    const out = yield* run("aws", args, env)
    const found = yield* Effect.try({ try: () => JSON.parse(out) as Described, catch: failWith("aws printed no JSON") }).pipe(
      Effect.map((d) => (d.Reservations ?? []).flatMap((r) => r.Instances ?? []))
    )
    for (const i of found) process.stdout.write(`  ${i.InstanceId} ${i.InstanceType} ${i.State?.Name}\n`)
    const expected = running.time === "virtual" ? instance.state : "running"
    const mine = found.find((i) => i.InstanceId === instance.instanceId)
    if (mine?.State?.Name !== expected) {
      return yield* new DemoError({ message: `aws ec2 describe-instances did not list ${instance.instanceId} as ${expected}: ${out.trim()}` })
    }
    const metadata = running.metadata
    if (metadata !== undefined && expected === "running") {
      const token = yield* fetchText(`${metadata.url}/latest/api/token`, {
        method: "PUT",
        headers: { "x-aws-ec2-metadata-token-ttl-seconds": "60" }
      })
      const id = yield* fetchText(`${metadata.url}/latest/meta-data/instance-id`, { headers: { "x-aws-ec2-metadata-token": token } })
      process.stdout.write(`self-check: ${metadata.url}/latest/meta-data/instance-id (IMDSv2)\n  ${id}\n`)
      if (id !== instance.instanceId) {
        return yield* new DemoError({ message: `the metadata listener answered instance-id ${id}, not the demo instance ${instance.instanceId}` })
      }
    }
    process.stdout.write(`self-check passed: the emulator answered the AWS CLI${metadata !== undefined ? " and its live instance metadata" : ""}\n`)
  })
