import { Option, Result } from "effect"
import { spawn, spawnSync } from "node:child_process"
import * as crypto from "node:crypto"
import * as fs from "node:fs"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Cli from "../src/Cli.js"
import { request } from "./helpers.js"

const bin = fileURLToPath(new URL("../dist/bin.cjs", import.meta.url))
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-metadata-"))
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(tmp, name)
  fs.writeFileSync(p, content)
  return p
}

const flags = (over: Partial<Cli.Flags> = {}): Cli.Flags => ({
  host: "127.0.0.1",
  port: "1338",
  config: Option.none(),
  httpTokens: Option.none(),
  httpEndpoint: Option.none(),
  instanceMetadataTags: Option.none(),
  httpPutResponseHopLimit: Option.none(),
  clientHops: Option.none(),
  tag: [],
  userDataFile: Option.none(),
  spotInterruption: Option.none(),
  scheduledEvent: [],
  rebalanceRecommendation: Option.none(),
  maxConnections: Option.none(),
  idleTimeout: Option.none(),
  requestTimeout: Option.none(),
  printCertificate: false,
  quiet: false,
  ...over
})

const problem = (f: Cli.Flags) => {
  const r = Cli.settings(f)
  if (Result.isSuccess(r)) throw new Error("expected a usage error")
  return r.failure.message
}

describe("flags and configuration file", () => {
  it("flags override the configuration file", () => {
    const config = file("a.json", JSON.stringify({
      InstanceId: "i-0123456789abcdef0",
      MetadataOptions: { HttpTokens: "optional", InstanceMetadataTags: "disabled" },
      Tags: [{ Key: "Name", Value: "old" }, { Key: "team", Value: "a" }]
    }))
    const ud = file("ud.bin", new Uint8Array([1, 2, 3]))
    const r = Cli.settings(flags({
      config: Option.some(config),
      port: "0",
      httpTokens: Option.some("required"),
      instanceMetadataTags: Option.some("enabled"),
      tag: ["Name=new", "env=prod"],
      userDataFile: Option.some(ud),
      spotInterruption: Option.some("hibernate@90s"),
      scheduledEvent: ["system-reboot@2m", "instance-stop@1h"],
      rebalanceRecommendation: Option.some("30s")
    }))
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    const c = r.success.config
    expect(r.success.port).toBe(0)
    expect(c.InstanceId).toBe("i-0123456789abcdef0")
    expect(c.MetadataOptions).toEqual({ HttpTokens: "required", InstanceMetadataTags: "enabled" })
    expect(c.Tags).toEqual([{ Key: "Name", Value: "new" }, { Key: "team", Value: "a" }, { Key: "env", Value: "prod" }])
    expect(c.UserDataBase64).toBe(Buffer.from([1, 2, 3]).toString("base64"))
    expect(c.SpotInterruption).toEqual({ Action: "hibernate", Delay: "90s" })
    expect(c.ScheduledEvents).toEqual([{ Code: "system-reboot", Delay: "2m" }, { Code: "instance-stop", Delay: "1h" }])
    expect(c.RebalanceRecommendation).toEqual({ Delay: "30s" })
  })

  it("--client-hops and --http-put-response-hop-limit: config fields, flags win", () => {
    const config = file("hops.json", JSON.stringify({ ClientHops: 1, MetadataOptions: { HttpTokens: "optional", HttpPutResponseHopLimit: 1 } }))
    const fromFile = Cli.settings(flags({ config: Option.some(config) }))
    if (Result.isFailure(fromFile)) throw new Error(fromFile.failure.message)
    expect([fromFile.success.config.ClientHops, fromFile.success.config.MetadataOptions?.HttpPutResponseHopLimit]).toEqual([1, 1])
    const r = Cli.settings(flags({ config: Option.some(config), clientHops: Option.some("2"), httpPutResponseHopLimit: Option.some("64") }))
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    expect(r.success.config.ClientHops).toBe(2)
    expect(r.success.config.MetadataOptions).toEqual({ HttpTokens: "optional", HttpPutResponseHopLimit: 64 })
    const none = Cli.settings(flags())
    if (Result.isFailure(none)) throw new Error(none.failure.message)
    expect(none.success.config.ClientHops).toBeUndefined()
  })

  it("property: hop flags accept exactly the integers 1..64", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 100 }).map(String), fc.string({ maxLength: 4 })), (v) => {
        const valid = /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 64
        for (const [flag, name] of [["clientHops", "client-hops"], ["httpPutResponseHopLimit", "http-put-response-hop-limit"]] as const) {
          const r = Cli.settings(flags({ [flag]: Option.some(v) }))
          if (valid) expect(Result.isSuccess(r)).toBe(true)
          else expect(Result.isFailure(r) && r.failure.message).toBe(`--${name}: '${v}' is not an integer from 1 to 64`)
        }
      }),
      { numRuns: 1000 }
    )
  })

  it("bad flags name the problem", () => {
    expect(problem(flags({ clientHops: Option.some("0") }))).toBe("--client-hops: '0' is not an integer from 1 to 64")
    expect(problem(flags({ clientHops: Option.some("65") }))).toBe("--client-hops: '65' is not an integer from 1 to 64")
    expect(problem(flags({ httpPutResponseHopLimit: Option.some("two") }))).toBe("--http-put-response-hop-limit: 'two' is not an integer from 1 to 64")
    expect(problem(flags({ port: "x" }))).toBe("--port: 'x' is not a port number (0-65535)")
    expect(problem(flags({ port: "65536" }))).toBe("--port: '65536' is not a port number (0-65535)")
    expect(problem(flags({ httpTokens: Option.some("maybe") }))).toBe("--http-tokens: 'maybe' is not one of optional, required")
    expect(problem(flags({ httpEndpoint: Option.some("on") }))).toBe("--http-endpoint: 'on' is not one of enabled, disabled")
    expect(problem(flags({ instanceMetadataTags: Option.some("yes") }))).toBe("--instance-metadata-tags: 'yes' is not one of enabled, disabled")
    expect(problem(flags({ tag: ["=x"] }))).toBe("--tag: '=x' must be KEY=VALUE")
    expect(problem(flags({ spotInterruption: Option.some("reboot@1m") }))).toBe("--spot-interruption: 'reboot' is not one of stop, hibernate, terminate")
    expect(problem(flags({ spotInterruption: Option.some("stop@soon") }))).toBe("--spot-interruption: invalid delay 'soon' (expected e.g. 0s, 90s, 2m, 1h)")
    expect(problem(flags({ scheduledEvent: ["power-cycle@1m"] }))).toContain("--scheduled-event: 'power-cycle' is not one of")
    expect(problem(flags({ rebalanceRecommendation: Option.some("1d") }))).toBe("--rebalance-recommendation: invalid delay '1d' (expected e.g. 0s, 90s, 2m, 1h)")
    expect(problem(flags({ userDataFile: Option.some(path.join(tmp, "missing")) }))).toContain("--user-data-file: cannot read")
    expect(problem(flags({ userDataFile: Option.some(file("big", new Uint8Array(16_385))) })))
      .toBe(`--user-data-file: ${path.join(tmp, "big")} is 16385 bytes; EC2 allows 16384 (16 KB of raw user data)`)
    expect(problem(flags({ maxConnections: Option.some("0") }))).toBe("--max-connections: '0' is not an integer from 1 to 1000000")
    expect(problem(flags({ maxConnections: Option.some("1e3") }))).toBe("--max-connections: '1e3' is not an integer from 1 to 1000000")
    expect(problem(flags({ idleTimeout: Option.some("5") }))).toBe("--idle-timeout: invalid delay '5' (expected 1ms to 1h, e.g. 500ms, 5s, 1m)")
    expect(problem(flags({ requestTimeout: Option.some("0s") }))).toBe("--request-timeout: invalid delay '0s' (expected 1ms to 1h, e.g. 500ms, 5s, 1m)")
    expect(problem(flags({ requestTimeout: Option.some("61m") }))).toBe("--request-timeout: invalid delay '61m' (expected 1ms to 1h, e.g. 500ms, 5s, 1m)")
  })

  it("user data of exactly 16 KB is accepted; one byte more is refused", () => {
    const exact = Cli.settings(flags({ userDataFile: Option.some(file("exact", new Uint8Array(16_384).fill(7))) }))
    if (Result.isFailure(exact)) throw new Error(exact.failure.message)
    expect(Buffer.from(exact.success.config.UserDataBase64!, "base64")).toEqual(Buffer.alloc(16_384, 7))
  })

  it("--user-data-file and --config read a bounded prefix of a device or pipe that never ends, and refuse it", () => {
    const started = performance.now()
    expect(problem(flags({ userDataFile: Option.some("/dev/zero") })))
      .toBe("--user-data-file: /dev/zero is more than 16384 bytes; EC2 allows 16384 (16 KB of raw user data)")
    expect(problem(flags({ config: Option.some("/dev/zero") }))).toBe("--config: /dev/zero is more than 1048576 bytes")
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it("the limit flags reach the server settings", () => {
    const r = Cli.settings(flags({ maxConnections: Option.some("100"), idleTimeout: Option.some("500ms"), requestTimeout: Option.some("2s") }))
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    expect(r.success.limits).toEqual({ maxConnections: 100, idleTimeoutMs: 500, requestTimeoutMs: 2000 })
    const none = Cli.settings(flags())
    if (Result.isFailure(none)) throw new Error(none.failure.message)
    expect(none.success.limits).toEqual({})
  })

  it("a bad configuration file names the file and the member", () => {
    expect(problem(flags({ config: Option.some(path.join(tmp, "nope.json")) }))).toContain("--config: cannot read")
    expect(problem(flags({ config: Option.some(file("b.json", "{")) }))).toContain("not valid JSON")
    expect(problem(flags({ config: Option.some(file("c.json", "[]")) }))).toContain("must be a JSON object")
    expect(problem(flags({ config: Option.some(file("d.json", JSON.stringify({ InstanceId: "i-XYZ" }))) })))
      .toContain(`expected an instance id like i-0123456789abcdef0 at ["InstanceId"]`)
    expect(problem(flags({ config: Option.some(file("e.json", JSON.stringify({ Region: "moon" }))) })))
      .toContain(`at ["Region"]`)
    expect(problem(flags({ config: Option.some(file("f.json", JSON.stringify({ MetadataOptions: { HttpTokens: "always" } }))) })))
      .toContain(`["MetadataOptions"]["HttpTokens"]`)
    expect(problem(flags({ config: Option.some(file("j.json", JSON.stringify({ ClientHops: 0 }))) })))
      .toContain(`expected an integer from 1 to 64 at ["ClientHops"]`)
    expect(problem(flags({ config: Option.some(file("k.json", JSON.stringify({ MetadataOptions: { HttpPutResponseHopLimit: 65 } }))) })))
      .toContain(`expected an integer from 1 to 64 at ["MetadataOptions"]["HttpPutResponseHopLimit"]`)
    expect(problem(flags({ config: Option.some(file("i.json", JSON.stringify({ UserData: "x".repeat(16_385) }))) })))
      .toContain(`user data is 16385 bytes; EC2 allows 16384 at ["UserData"]`)
  })

  it("accepts the instance nested under Instance (describe-instances output)", () => {
    const config = file("g.json", JSON.stringify({ Instance: { InstanceId: "i-0123456789abcdef0", State: { Name: "running" } }, Region: "eu-west-1" }))
    const r = Cli.settings(flags({ config: Option.some(config) }))
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    expect([r.success.config.InstanceId, r.success.config.Region]).toEqual(["i-0123456789abcdef0", "eu-west-1"])
  })
})

describe("ec2kit-metadata executable (dist/bin.cjs; built by `pnpm build`)", () => {
  it("is built", () => {
    expect(fs.existsSync(bin), `${bin} missing: run pnpm build`).toBe(true)
  })

  it("--help exits 0 and lists every flag", () => {
    const r = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" })
    expect(r.status).toBe(0)
    for (
      const f of ["--host", "--port", "--config", "--http-tokens", "--http-endpoint", "--instance-metadata-tags", "--http-put-response-hop-limit", "--client-hops", "--tag", "--user-data-file", "--spot-interruption", "--scheduled-event", "--rebalance-recommendation", "--max-connections", "--idle-timeout", "--request-timeout", "--print-certificate", "--quiet"]
    ) expect(r.stdout).toContain(f)
  })

  it("bad flags and bad config files exit 2 with a message naming the problem", () => {
    const cases: Array<[Array<string>, string]> = [
      [["--http-tokens", "maybe"], "--http-tokens: 'maybe' is not one of optional, required"],
      [["--port", "99999"], "--port: '99999' is not a port number"],
      [["--client-hops", "0"], "--client-hops: '0' is not an integer from 1 to 64"],
      [["--config", file("h.json", "{\"InstanceType\": 5}")], "--config"],
      [["--no-such-flag"], "--no-such-flag"],
      // Refused after reading 16 KB + 1 byte, not after reading gigabytes (the timeout below).
      [["--user-data-file", "/dev/zero"], "--user-data-file: /dev/zero is more than 16384 bytes; EC2 allows 16384"],
      [["--config", "/dev/zero"], "--config: /dev/zero is more than 1048576 bytes"],
      [["--max-connections", "none"], "--max-connections: 'none' is not an integer"]
    ]
    for (const [args, message] of cases) {
      const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 10_000 })
      expect(r.status, args.join(" ")).toBe(2)
      expect(r.stderr, args.join(" ")).toContain(message)
    }
  })

  it("serves on 127.0.0.1, logs one line per request, prints certificates, stops cleanly on SIGTERM and SIGINT", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const child = spawn(process.execPath, [bin, "--port", "0", "--print-certificate", "--tag", "Name=web", "--instance-metadata-tags", "enabled"], {
        stdio: ["ignore", "pipe", "pipe"]
      })
      let out = ""
      let err = ""
      child.stdout.on("data", (c) => (out += c))
      const url = await new Promise<string>((resolve) =>
        child.stderr.on("data", (c) => {
          err += c
          const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(err)
          if (m) resolve(m[1]!)
        })
      )
      expect(url.startsWith("http://127.0.0.1:")).toBe(true)
      expect((await request(url, "GET", "/latest/meta-data/tags/instance/Name")).body).toBe("web")
      const document = (await request(url, "GET", "/latest/dynamic/instance-identity/document")).body
      const signature = (await request(url, "GET", "/latest/dynamic/instance-identity/signature")).body
      const pems = out.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n/g) ?? []
      expect(pems).toHaveLength(2)
      const cert = new crypto.X509Certificate(pems[0]!)
      expect(crypto.verify("sha256", Buffer.from(document), cert.publicKey, Buffer.from(signature, "base64"))).toBe(true)
      const lines = () => out.split("\n").filter((l) => / (GET|PUT|HEAD) /.test(l))
      for (let i = 0; i < 200 && lines().length < 3; i++) await new Promise((r) => setTimeout(r, 10))
      const logLines = lines()
      expect(logLines).toHaveLength(3)
      expect(logLines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ 127\.0\.0\.1 GET \/latest\/meta-data\/tags\/instance\/Name 200 3$/)
      const code = await new Promise<number | null>((resolve) => {
        child.once("exit", (c) => resolve(c))
        child.kill(signal)
      })
      expect(code).toBe(0)
    }
  })

  it("--client-hops 2: a token PUT gets no answer (logged as dropped), GET works, SIGTERM still stops at once", async () => {
    const child = spawn(process.execPath, [bin, "--port", "0", "--client-hops", "2"], { stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    let err = ""
    child.stdout.on("data", (c) => (out += c))
    const url = await new Promise<string>((resolve) =>
      child.stderr.on("data", (c) => {
        err += c
        const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(err)
        if (m) resolve(m[1]!)
      })
    )
    expect(err).toContain("HttpPutResponseHopLimit=1, clients 2 hops away: token requests will get no answer")
    // The client's own timeout (300 ms), as an SDK's: no bytes at all arrive before it.
    const put = await new Promise<string>((resolve) => {
      const u = new URL(url)
      const socket = net.connect({ host: "127.0.0.1", port: Number(u.port) })
      let received = ""
      socket.on("data", (c) => (received += c.toString("latin1")))
      socket.setTimeout(300, () => {
        socket.destroy()
        resolve(received)
      })
      socket.write("PUT /latest/api/token HTTP/1.1\r\nHost: x\r\nX-aws-ec2-metadata-token-ttl-seconds: 60\r\nContent-Length: 0\r\n\r\n")
    })
    expect(put).toBe("")
    expect((await request(url, "GET", "/latest/meta-data/instance-id")).status).toBe(200)
    for (let i = 0; i < 200 && !/ GET /.test(out); i++) await new Promise((r) => setTimeout(r, 10))
    expect(out).toMatch(/ 127\.0\.0\.1 PUT \/latest\/api\/token - 0 dropped: hop limit \(200 not delivered: client 2 hops away, HttpPutResponseHopLimit 1\)\n/)
    // A withheld request still pending does not delay the stop.
    const u = new URL(url)
    const pending = net.connect({ host: "127.0.0.1", port: Number(u.port) })
    pending.on("error", () => {})
    pending.write("PUT /latest/api/token HTTP/1.1\r\nHost: x\r\nX-aws-ec2-metadata-token-ttl-seconds: 60\r\n\r\n")
    for (let i = 0; i < 200 && (out.match(/dropped/g) ?? []).length < 2; i++) await new Promise((r) => setTimeout(r, 10))
    const code = await new Promise<number | null>((resolve) => {
      child.once("exit", (c) => resolve(c))
      child.kill("SIGTERM")
    })
    pending.destroy()
    expect(code).toBe(0)
  })

  it("--quiet logs nothing per request; the port in use exits 1", async () => {
    const child = spawn(process.execPath, [bin, "--port", "0", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    let err = ""
    child.stdout.on("data", (c) => (out += c))
    const url = await new Promise<string>((resolve) =>
      child.stderr.on("data", (c) => {
        err += c
        const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(err)
        if (m) resolve(m[1]!)
      })
    )
    expect((await request(url, "GET", "/latest/meta-data/instance-id")).status).toBe(200)
    const busy = spawnSync(process.execPath, [bin, "--port", new URL(url).port], { encoding: "utf8" })
    expect(busy.status).toBe(1)
    expect(busy.stderr).toContain("cannot listen on 127.0.0.1")
    await new Promise((resolve) => {
      child.once("exit", resolve)
      child.kill("SIGTERM")
    })
    expect(out).toBe("")
  })
})
