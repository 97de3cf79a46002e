/**
 * The container images (packages/cli/Dockerfile: the emulator; packages/metadata-server/Dockerfile:
 * the metadata server), checked without a container runtime: each Dockerfile is read and its image
 * run as a runtime would (test/containers/Image.ts: the COPYed files at their image paths, the
 * image's ENV, WORKDIR and USER, ENTRYPOINT + CMD as PID 1 in its own PID, network and mount
 * namespaces). The program must answer on the ports the image EXPOSEs, from inside its network
 * namespace, and stop with exit code 0 on the image's STOPSIGNAL (as PID 1 a process gets no
 * default signal handlers: without its own it would ignore `docker stop`'s SIGTERM).
 *
 * Needs root (unshare, nsenter: CI and the developers' machines run as root) and the packages built
 * (`pnpm build`: the images copy dist/ files).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { execFile } from "node:child_process"
import { afterAll, describe, expect, it } from "vitest"
import { parse as parseYaml } from "yaml"
import * as Image from "./containers/Image.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const probeScript = fileURLToPath(new URL("./containers/probe.mjs", import.meta.url))

const images = {
  serve: path.join(root, "packages/cli"),
  metadata: path.join(root, "packages/metadata-server")
} as const

const read = (context: string) => Image.parse(fs.readFileSync(path.join(context, "Dockerfile"), "utf8"))

const started: Array<Image.Running> = []
afterAll(() => {
  // A test that failed before stopping its container: SIGKILL its PID 1 (from outside its PID
  // namespace SIGKILL is always delivered; unshare's --kill-child would not survive setpriv's
  // change of uid), then unshare.
  for (const r of started) {
    if (r.child.exitCode !== null) continue
    try {
      process.kill(r.pid, "SIGKILL")
    } catch {
      // Already gone.
    }
    r.child.kill("SIGKILL")
  }
})

/** What /proc says of the container's PID 1: its pid inside its namespace, and its real uid. */
const identity = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  const nspid = /^NSpid:\s+(.*)$/m.exec(status)?.[1]?.trim().split(/\s+/).map(Number) ?? []
  const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1])
  return { pidInNamespace: nspid[nspid.length - 1], uid, command: fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] }
}

/** Sends the image's stop signal to its PID 1 from outside (as `docker stop` does) and waits for the exit. */
const stop = async (running: Image.Running, signal: string) => {
  const ms = Date.now()
  process.kill(running.pid, signal as NodeJS.Signals)
  const timeout = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 10_000))
  const exit = await Promise.race([running.exit, timeout])
  return { exit, ms: Date.now() - ms }
}

describe.each(Object.entries(images))("the %s image", (name, context) => {
  const dockerfile = read(context)

  it("runs as an unprivileged user on ports >= 1024, stops on SIGTERM, and sends only what it copies", () => {
    expect(dockerfile.user).not.toBe("root")
    expect(dockerfile.expose.length).toBeGreaterThan(0)
    for (const port of dockerfile.expose) expect(port).toBeGreaterThanOrEqual(1024)
    expect(dockerfile.stopSignal).toBe("SIGTERM")
    expect(dockerfile.entrypoint[0]).toBe("node")
    const sent = Image.dockerignoreIncludes(fs.readFileSync(path.join(context, ".dockerignore"), "utf8"))
    expect([...sent].sort()).toEqual([...new Set(dockerfile.copies.map((c) => path.posix.normalize(c.source)))].sort())
  })

  it(`answers on its ports as PID 1 of its own namespaces, as ${"`"}node${"`"} (uid 1000), and exits 0 on SIGTERM`, async () => {
    const running = await Image.run(context, dockerfile)
    started.push(running)
    const probe = name === "serve"
      ? await Image.probe(running, probeScript, ["serve", ...dockerfile.expose.map(String)])
      : await Image.probe(running, probeScript, ["metadata", String(dockerfile.expose[0])])
    expect(probe.code, `probe failed: ${probe.stderr}\nthe program said: ${running.stdout()}${running.stderr()}`).toBe(0)
    const found = JSON.parse(probe.stdout)
    if (name === "serve") {
      expect(found.health).toMatchObject({ status: 200, body: { status: "ok", region: "us-east-1" } })
      expect(found.launched).toMatch(/^i-[0-9a-f]{17}$/)
      // The live metadata listener serves the newest instance: the one just launched.
      expect(found.metadata).toEqual({ tokenStatus: 200, status: 200, body: found.launched })
      // The banner names the address every interface listens on, inside the container.
      expect(running.stdout()).toContain(`http://0.0.0.0:${dockerfile.expose[0]}`)
    } else {
      expect(found.metadata).toMatchObject({ tokenStatus: 200, status: 200 })
      expect(found.metadata.body).toMatch(/^i-[0-9a-f]+$/)
    }
    expect(identity(running.pid)).toEqual({ pidInNamespace: 1, uid: 1000, command: "node" })
    const { exit, ms } = await stop(running, dockerfile.stopSignal)
    expect(exit, `the program said: ${running.stdout()}${running.stderr()}`).toEqual({ code: 0, signal: null })
    expect(ms).toBeLessThan(5_000)
  }, 60_000)
})

interface ComposeService {
  readonly build?: string
  readonly command?: Array<string>
  readonly ports?: Array<string>
  readonly entrypoint?: Array<string>
  readonly volumes?: Array<string>
  readonly environment?: Record<string, string>
}

describe("compose.yaml", () => {
  const compose = parseYaml(fs.readFileSync(path.join(root, "compose.yaml"), "utf8")) as { services: Record<string, ComposeService> }
  const { app, ec2 } = compose.services as { app: ComposeService; ec2: ComposeService }
  const dockerfile = read(images.serve)

  it("builds the emulator's image and points the app at the ports that image exposes", () => {
    expect(path.join(root, ec2.build!)).toBe(images.serve)
    expect(ec2.ports?.map((p) => Number(p.split(":").pop()))).toEqual(dockerfile.expose)
    expect(app.environment?.["AWS_ENDPOINT_URL_EC2"]).toBe(`http://ec2:${dockerfile.expose[0]}`)
    expect(app.environment?.["AWS_EC2_METADATA_SERVICE_ENDPOINT"]).toBe(`http://ec2:${dockerfile.expose[1]}/`)
    expect(app.entrypoint).toEqual(["sh", "/app/app.sh"])
    expect(app.volumes).toEqual(["./examples/compose/app.sh:/app/app.sh:ro"])
  })

  it("runs: the app launches an instance through the emulator's image and reads its live metadata", async () => {
    // The ec2 service: the image with compose's command; the app: its script, with its environment
    // (the service name `ec2` is the emulator's address in the compose network: here 127.0.0.1 of
    // the emulator's own network namespace), the AWS CLI and curl of this machine.
    const running = await Image.run(images.serve, dockerfile, ec2.command)
    started.push(running)
    const env = Object.fromEntries(Object.entries(app.environment!).map(([k, v]) => [k, v.replace("//ec2:", "//127.0.0.1:")]))
    const health = await Image.probe(running, probeScript, ["health", String(dockerfile.expose[0])])
    expect(health.code, health.stderr).toBe(0)
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        "nsenter",
        ["--target", String(running.pid), "--net", "sh", path.join(root, "examples/compose/app.sh")],
        { env: { PATH: process.env["PATH"], HOME: process.env["HOME"], ...env }, timeout: 90_000 },
        (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr })
      )
    )
    expect(result.code, `${result.stdout}${result.stderr}\nthe emulator said: ${running.stdout()}${running.stderr()}`).toBe(0)
    const id = /app: launched (i-[0-9a-f]{17}), running/.exec(result.stdout)?.[1]
    expect(id).toBeDefined()
    expect(result.stdout).toMatch(new RegExp(`my instance metadata says instance-id ${id}, t3\\.micro in us-east-1[a-z], local-ipv4 \\d+\\.\\d+\\.\\d+\\.\\d+`))
    expect(result.stdout).toContain("app: stopped; its metadata no longer answers")
    const { exit } = await stop(running, dockerfile.stopSignal)
    expect(exit).toEqual({ code: 0, signal: null })
  }, 120_000)
})

describe("the image runner", () => {
  it("rejects what it cannot run faithfully", () => {
    expect(() => Image.parse("FROM node:22-slim\nRUN apt-get update")).toThrow(/RUN: not supported/)
    expect(() => Image.parse("FROM a AS b\nFROM c")).toThrow(/multi-stage/)
    expect(() => Image.parse("FROM a\nCMD node x.js")).toThrow(/exec \(JSON array\) form/)
    expect(() => Image.parse("FROM a\nCMD [\"x\"]")).toThrow(/no ENTRYPOINT/)
    expect(() => Image.dockerignoreIncludes("node_modules\n")).toThrow(/start with `\*`/)
  })

  it("reads ENV, WORKDIR, COPY targets and ENTRYPOINT/CMD as Docker does", () => {
    const d = Image.parse([
      "FROM node:22-slim",
      "ENV A=1 B=\"two words\"",
      "WORKDIR /opt/x",
      "COPY dist/a.js ./b.js",
      "COPY package.json README.md ./",
      "CMD [\"--old\"]",
      "ENTRYPOINT [\"node\", \"/opt/x/b.js\"]",
      "USER node",
      "EXPOSE 4590 4591/tcp"
    ].join("\n"))
    expect(d.env).toEqual([["A", "1"], ["B", "two words"]])
    expect(d.copies).toEqual([
      { source: "dist/a.js", target: "/opt/x/b.js" },
      { source: "package.json", target: "/opt/x/package.json" },
      { source: "README.md", target: "/opt/x/README.md" }
    ])
    // ENTRYPOINT resets only the base image's CMD, not one set before it in the same Dockerfile.
    expect(d.cmd).toEqual(["--old"])
    expect(Image.parse("FROM node:22-slim\nENTRYPOINT [\"node\", \"x.js\"]").cmd).toEqual([])
    expect(d.expose).toEqual([4590, 4591])
  })
})
