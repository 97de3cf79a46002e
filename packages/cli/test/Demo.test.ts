/**
 * `ec2kit serve --demo` and `--self-check`, the README's quick start (`pnpm start` runs
 * `ec2kit serve --demo`): the built executable (dist/, `pnpm build` first) as users run it, on free
 * ports, checked with the JS SDK, fetch and the real AWS CLI on PATH.
 */
import { DescribeInstancesCommand, EC2Client } from "@aws-sdk/client-ec2"
import { type ChildProcess, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { Demo } from "../src/index.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const bin = path.join(root, "packages/cli/dist/bin.js")

const children: Array<ChildProcess> = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL")
})

/** The environment without CI markers (vitest runs with CI=true in CI). */
const plainEnv = (): NodeJS.ProcessEnv => {
  const { CI: _ci, EC2KIT_SELF_CHECK: _sc, ...env } = process.env
  return env
}

const start = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, [bin, ...args], { env, stdio: ["ignore", "pipe", "pipe"] })
  children.push(child)
  let out = ""
  let err = ""
  child.stdout!.on("data", (d: Buffer) => void (out += d.toString()))
  child.stderr!.on("data", (d: Buffer) => void (err += d.toString()))
  const exit = new Promise<number | null>((r) => child.on("exit", (code) => r(code)))
  return { child, exit, stdout: () => out, stderr: () => err }
}

const until = async (what: string, check: () => boolean, ms = 30_000) => {
  for (const end = Date.now() + ms; !check();) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe("ec2kit serve --demo", () => {
  it("launches a running demo instance, prints how to see it (AWS CLI, live metadata), keeps serving, exits 0 on SIGTERM, warns of nothing", async () => {
    const run = start(["serve", "--demo", "--port", "0"], plainEnv())
    await until("the demo's lines", () => run.stdout().includes("Ctrl-C stops it."))
    const out = run.stdout()
    const url = /EC2 endpoint: (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!
    const metadata = /AWS_EC2_METADATA_SERVICE_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!
    const id = /Demo instance (i-[0-9a-f]{17}) \(t3\.micro, ami-[0-9a-f]+, us-east-1[a-z], [\d.]+\) is running/.exec(out)?.[1]
    expect(id, out).toBeDefined()
    expect(out).toContain(`aws --endpoint-url ${url} ec2 stop-instances --instance-ids ${id}`)
    expect(out).toContain(`curl -s -X PUT ${metadata}/latest/api/token`)
    // What the lines promise: the endpoint lists it, running and tagged; the metadata is its.
    const ec2 = new EC2Client({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } })
    const instance = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id!] }))).Reservations?.[0]?.Instances?.[0]
    ec2.destroy()
    expect(instance?.State?.Name).toBe("running")
    expect(instance?.Tags).toContainEqual({ Key: "Name", Value: Demo.demoName })
    const token = await (await fetch(`${metadata}/latest/api/token`, { method: "PUT", headers: { "x-aws-ec2-metadata-token-ttl-seconds": "60" } })).text()
    expect(await (await fetch(`${metadata}/latest/meta-data/instance-id`, { headers: { "x-aws-ec2-metadata-token": token } })).text()).toBe(id)
    // Still serving after the demo: SIGTERM stops it cleanly.
    run.child.kill("SIGTERM")
    expect(await run.exit).toBe(0)
    // No warnings on the first screen (e.g. the AWS SDK's Node-version notice on Node 20).
    expect(run.stderr()).toBe("ec2kit serve: SIGTERM, stopping\n")
  }, 60_000)

  it("is --self-check under CI=true: the AWS CLI on PATH and the live metadata see the demo instance, then exit 0", async () => {
    const run = start(["serve", "--demo", "--port", "0"], { ...plainEnv(), CI: "true" })
    expect(await run.exit, `${run.stdout()}${run.stderr()}`).toBe(0)
    const out = run.stdout()
    const id = /Demo instance (i-[0-9a-f]{17})/.exec(out)![1]
    expect(out).toMatch(/self-check: aws --endpoint-url http:\/\/127\.0\.0\.1:\d+ --region us-east-1 --output json ec2 describe-instances --instance-ids i-[0-9a-f]{17} {3}\(aws-cli\//)
    expect(out).toContain(`\n  ${id} t3.micro running\n`)
    expect(out).toContain(`/latest/meta-data/instance-id (IMDSv2)\n  ${id}\n`)
    expect(out).toContain("self-check passed")
    expect(out).not.toContain("Ctrl-C")
  }, 90_000)

  it("fails the self-check with exit 1 and what to install when no AWS CLI is on PATH", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-noaws-"))
    fs.symlinkSync(process.execPath, path.join(dir, "node"))
    const run = start(["serve", "--self-check", "--port", "0"], { ...plainEnv(), PATH: dir })
    expect(await run.exit).toBe(1)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(run.stderr()).toContain("the self-check runs the AWS CLI, and no `aws` is on PATH: install it")
    expect(run.stdout()).not.toContain("self-check passed")
  }, 60_000)
})

describe("Demo.selfCheckRequested", () => {
  it("reads CI and EC2KIT_SELF_CHECK as CI systems set them", () => {
    for (const env of [{ CI: "true" }, { CI: "1" }, { CI: "TRUE" }, { EC2KIT_SELF_CHECK: "1" }, { CI: "false", EC2KIT_SELF_CHECK: "yes" }]) {
      expect(Demo.selfCheckRequested(env), JSON.stringify(env)).toBe(true)
    }
    for (const env of [{}, { CI: "" }, { CI: "0" }, { CI: "false" }, { EC2KIT_SELF_CHECK: "0" }]) {
      expect(Demo.selfCheckRequested(env), JSON.stringify(env)).toBe(false)
    }
  })
})
