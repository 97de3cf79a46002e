// Second stage of the real clients (issue 4 §4): botocore (pip's and Debian's), the AWS CLI v1
// and Debian's v2, and cloud-init's EC2 datasource from Debian's package, each run as a child
// process against a server on 127.0.0.1. Nothing is skipped: a missing tool fails its test with
// the command that installs it (see the report / .ci/run).
import { fromInstanceMetadata } from "@smithy/credential-provider-imds"
import { Effect, Layer } from "effect"
import { execFile, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import type * as Server from "../src/Server.js"
import * as ServerModule from "../src/Server.js"
import type * as Signing from "../src/Signing.js"
import { loopback, metadataLayer, request, sharedSigner } from "./helpers.js"

const clients = fileURLToPath(new URL("./clients/", import.meta.url))
const repo = fileURLToPath(new URL("../../../", import.meta.url))
const home = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-clients-"))

let signer: Signing.Signer
beforeAll(async () => {
  signer = await sharedSigner()
})

/** A clean environment: no credentials, no config files, the endpoint on loopback only. */
const env = (endpoint: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: home,
  LANG: "C.UTF-8",
  AWS_CONFIG_FILE: path.join(home, "no-config"),
  AWS_SHARED_CREDENTIALS_FILE: path.join(home, "no-credentials"),
  AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint,
  AWS_METADATA_SERVICE_TIMEOUT: "2",
  AWS_PAGER: "",
  ...(process.env.PYENV_ROOT !== undefined ? { PYENV_ROOT: process.env.PYENV_ROOT } : {})
})

const run = (file: string, args: ReadonlyArray<string>, endpoint: string, extra: NodeJS.ProcessEnv = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    expect(endpoint).toMatch(/^http:\/\/(127\.0\.0\.1|\[::1\]):\d+\/?$/)
    execFile(file, [...args], { env: { ...env(endpoint), ...extra }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr }))
  })

/** Runs `body` with a loopback server for `json`. */
const withServer = <A>(json: unknown, body: (address: Server.ServerAddress) => Promise<A>): Promise<A> =>
  Effect.runPromise(
    Effect.scoped(Effect.flatMap(loopback(), (address) => Effect.promise(() => body(address)))).pipe(
      Effect.provide(metadataLayer(json, signer).pipe(Layer.orDie))
    )
  )

/** Runs `body` with a loopback server for `json` whose clients are `clientHops` IP hops away. */
const withFarServer = <A>(json: unknown, clientHops: number, body: (address: Server.ServerAddress) => Promise<A>): Promise<A> =>
  Effect.runPromise(
    Effect.scoped(
      Effect.flatMap(ServerModule.serve({ host: "127.0.0.1", port: 0, clientHops }), (address) => Effect.promise(() => body(address)))
    ).pipe(Effect.provide(metadataLayer(json, signer).pipe(Layer.orDie)))
  )

/** Runs `f` with the SDKs' endpoint variable pointing at `url` (loopback only), then restores it. */
const withEndpoint = async <A>(url: string, f: () => Promise<A>, extra: Record<string, string> = {}): Promise<A> => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  const names = ["AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_EC2_METADATA_DISABLED", ...Object.keys(extra)]
  const saved = names.map((n) => [n, process.env[n]] as const)
  process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = url
  delete process.env.AWS_EC2_METADATA_DISABLED
  Object.assign(process.env, extra)
  try {
    return await f()
  } finally {
    for (const [n, v] of saved) {
      if (v === undefined) delete process.env[n]
      else process.env[n] = v
    }
  }
}

/** GET with an IMDSv2 token (works in both modes). */
const getV2 = async (url: string, p: string) => {
  const token = (await request(url, "PUT", "/latest/api/token", { "X-aws-ec2-metadata-token-ttl-seconds": "60" })).body
  return (await request(url, "GET", p, { "X-aws-ec2-metadata-token": token })).body
}

const which = (name: string): Array<string> =>
  (process.env.PATH ?? "").split(":").map((d) => path.join(d, name)).filter((p) => fs.existsSync(p))
const version = (file: string, args: Array<string>) => {
  const r = spawnSync(file, args, { encoding: "utf8", env: { ...process.env, AWS_PAGER: "" } })
  return `${r.stdout ?? ""}${r.stderr ?? ""}`.trim()
}
const pythonsWithBotocore = () =>
  [...new Set([...which("python3"), "/usr/bin/python3"])].filter((p) =>
    fs.existsSync(p) && spawnSync(p, ["-c", "import botocore"], { encoding: "utf8" }).status === 0
  )

const instance = {
  InstanceId: "i-0123456789abcdef0",
  Region: "eu-west-1",
  RoleName: "app-role",
  KeyName: "deploy",
  PublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGVjMmtpdA deploy",
  UserData: "#cloud-config\nhostname: web-1\n"
}

describe("botocore", () => {
  it("Debian's python3-botocore is installed (apt-get install -y python3-botocore)", () => {
    expect(spawnSync("/usr/bin/python3", ["-c", "import botocore"], { encoding: "utf8" }).status).toBe(0)
  })

  for (const mode of ["optional", "required"] as const) {
    it(`gets instance-role credentials and the IMDS region (HttpTokens=${mode}) with every botocore found`, () =>
      withServer({ ...instance, MetadataOptions: { HttpTokens: mode } }, async ({ url }) => {
        const pythons = pythonsWithBotocore()
        expect(pythons.length).toBeGreaterThan(0)
        const direct = JSON.parse(await getV2(url, "/latest/meta-data/iam/security-credentials/app-role"))
        for (const python of pythons) {
          const r = await run(python, [path.join(clients, "botocore_client.py"), url], url)
          expect(r.code, `${python}: ${r.stderr}`).toBe(0)
          const out = JSON.parse(r.stdout)
          expect(out.method).toBe("iam-role")
          expect(out.access_key).toBe(direct.AccessKeyId)
          expect(out.secret_key_length).toBe(40)
          expect(out.region).toBe("eu-west-1")
        }
      }))
  }
})

describe("AWS CLI", () => {
  const v1 = () => which("aws").find((p) => version(p, ["--version"]).startsWith("aws-cli/1."))
  const v2 = () => ["/usr/bin/aws", ...which("aws")].find((p) => fs.existsSync(p) && version(p, ["--version"]).startsWith("aws-cli/2."))

  it("v1 (preinstalled): aws configure list shows iam-role credentials", () =>
    withServer({ ...instance, MetadataOptions: { HttpTokens: "required" } }, async ({ url }) => {
      const aws = v1()
      expect(aws, "AWS CLI v1 not found on PATH").toBeDefined()
      const r = await run(aws!, ["configure", "list"], `${url}/`)
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout).toMatch(/access_key\s+\*+\w{4}\s+iam-role/)
      expect(r.stdout).toMatch(/secret_key\s+\*+\S{4}\s+iam-role/)
    }))

  it("v2 (Debian's awscli): configure list shows iam-role and the imds region; export-credentials prints them", () =>
    withServer({ ...instance, MetadataOptions: { HttpTokens: "required" } }, async ({ url }) => {
      const aws = v2()
      expect(aws, "AWS CLI v2 not found (apt-get install -y awscli)").toBeDefined()
      const list = await run(aws!, ["configure", "list"], `${url}/`)
      expect(list.code, list.stderr).toBe(0)
      expect(list.stdout).toMatch(/access_key\s+\*+\w{4}\s+iam-role/)
      expect(list.stdout).toMatch(/region\s+eu-west-1\s+imds/)
      const exported = await run(aws!, ["configure", "export-credentials"], `${url}/`)
      expect(exported.code, exported.stderr).toBe(0)
      const creds = JSON.parse(exported.stdout)
      const direct = JSON.parse(await getV2(url, "/latest/meta-data/iam/security-credentials/app-role"))
      expect(creds.AccessKeyId).toBe(direct.AccessKeyId)
      expect(creds.SecretAccessKey).toBe(direct.SecretAccessKey)
      expect(creds.SessionToken).toBe(direct.Token)
      expect(Date.parse(creds.Expiration)).toBe(Date.parse(direct.Expiration))
    }))
})

/** Where cloud-init's Python package is looked for, first match wins. */
const cloudInitDirs = () => [
  process.env.EC2KIT_CLOUDINIT_DIST,
  path.join(repo, ".ci/cloud-init/usr/lib/python3/dist-packages"),
  "/usr/lib/python3/dist-packages"
].filter((d): d is string => d !== undefined)

const installCloudInit = "bash scripts/install-test-clients.sh as root (Debian: it installs cloud-init's Python dependencies " +
  "and extracts cloud-init into .ci/cloud-init), or: apt-get install -y python3-yaml python3-jinja2 python3-jsonpatch " +
  "python3-jsonschema python3-configobj python3-netifaces python3-oauthlib python3-requests python3-serial && " +
  "apt-get download cloud-init && dpkg -x cloud-init_*.deb .ci/cloud-init (or set EC2KIT_CLOUDINIT_DIST to its dist-packages)"

/**
 * Finds a usable cloud-init: its package directory, and a python3 that imports its EC2 datasource
 * from there. Otherwise a message that says what is missing and how to install it (the test then
 * fails with it: nothing is skipped).
 */
const findCloudInit = (dirs: ReadonlyArray<string>, python = "/usr/bin/python3"): { readonly dist: string } | { readonly problem: string } => {
  if (!fs.existsSync(python)) return { problem: `cloud-init needs ${python}, which is missing. Install it and cloud-init: ${installCloudInit}` }
  const dist = dirs.find((d) => fs.existsSync(path.join(d, "cloudinit", "sources", "DataSourceEc2.py")))
  if (dist === undefined) {
    return { problem: `cloud-init is not installed (no cloudinit/sources/DataSourceEc2.py under ${dirs.join(", ")}). Install it: ${installCloudInit}` }
  }
  const check = spawnSync(python, ["-c", "import sys; sys.path.insert(0, sys.argv[1]); from cloudinit.sources import DataSourceEc2", dist], { encoding: "utf8" })
  if (check.status !== 0) {
    const last = (check.stderr ?? "").trim().split("\n").pop() ?? ""
    return { problem: `cloud-init in ${dist} does not load with ${python} (${last}). Install its dependencies: ${installCloudInit}` }
  }
  return { dist }
}

describe("cloud-init EC2 datasource (Debian's package, extracted with dpkg -x)", () => {
  it("a missing cloud-init is reported with what to install", () => {
    const missing = findCloudInit([path.join(home, "no-cloud-init")])
    expect("problem" in missing && missing.problem).toContain("cloud-init is not installed")
    expect("problem" in missing && missing.problem).toContain("scripts/install-test-clients.sh")
    expect("problem" in missing && missing.problem).toContain("dpkg -x cloud-init_*.deb .ci/cloud-init")
    const noPython = findCloudInit(cloudInitDirs(), path.join(home, "no-python3"))
    expect("problem" in noPython && noPython.problem).toContain("no-python3, which is missing")
    // A package directory whose datasource does not import (a dependency missing).
    const broken = path.join(home, "broken-cloud-init")
    fs.mkdirSync(path.join(broken, "cloudinit", "sources"), { recursive: true })
    fs.writeFileSync(path.join(broken, "cloudinit", "__init__.py"), "")
    fs.writeFileSync(path.join(broken, "cloudinit", "sources", "__init__.py"), "")
    fs.writeFileSync(path.join(broken, "cloudinit", "sources", "DataSourceEc2.py"), "import ec2kit_no_such_module\n")
    const unloadable = findCloudInit([broken])
    if (fs.existsSync("/usr/bin/python3")) {
      expect("problem" in unloadable && unloadable.problem).toContain("No module named 'ec2kit_no_such_module'")
      expect("problem" in unloadable && unloadable.problem).toContain("Install its dependencies")
    } else {
      expect("problem" in unloadable && unloadable.problem).toContain("/usr/bin/python3, which is missing")
    }
  })

  for (const [platform, mode] of [["aws", "required"], ["unknown", "optional"]] as const) {
    it(`crawls the dated version, public keys, user data and identity (platform ${platform}, HttpTokens=${mode})`, () =>
      withServer({ ...instance, MetadataOptions: { HttpTokens: mode } }, async ({ url }) => {
        const found = findCloudInit(cloudInitDirs())
        if ("problem" in found) expect.fail(found.problem)
        const r = await run("/usr/bin/python3", [path.join(clients, "cloudinit_client.py"), url, found.dist, platform], url)
        expect(r.code, r.stderr).toBe(0)
        const out = JSON.parse(r.stdout)
        expect(out.ok).toBe(true)
        expect(out.instance_id).toBe("i-0123456789abcdef0")
        expect(out.api_version).toBe("2021-03-23")
        expect(out.public_keys).toEqual({ deploy: instance.PublicKey })
        expect(out.userdata).toBe(instance.UserData)
        expect(out.region).toBe("eu-west-1")
        expect(out.has_token).toBe(platform === "aws")
        if (platform === "aws") expect(out.identity_instance_id).toBe("i-0123456789abcdef0")
      }))
  }
})

describe("PUT response hop limit: clients 2 hops away (a container on a bridge network), HttpPutResponseHopLimit 1", () => {
  // @smithy/credential-provider-imds 4.5.2 (dist-cjs/index.js, getInstanceMetadataProvider): a token
  // request that fails other than with 400 (here: its own "TimeoutError from instance metadata
  // service") is followed by the IMDSv1 requests for that call.
  it("@smithy fromInstanceMetadata({ timeout: 1000 }) times out on the token, then gets the credentials by IMDSv1 (HttpTokens=optional)", () =>
    withFarServer({ RoleName: "app-role", MetadataOptions: { HttpTokens: "optional" } }, 2, ({ url }) =>
      withEndpoint(url, async () => {
        const creds = await fromInstanceMetadata({ timeout: 1000 })()
        expect(creds.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
        // The same credentials IMDSv1 serves (token-less GET).
        const direct = JSON.parse((await request(url, "GET", "/latest/meta-data/iam/security-credentials/app-role")).body)
        expect(creds.accessKeyId).toBe(direct.AccessKeyId)
      })))

  it("@smithy fromInstanceMetadata() fails when HttpTokens=required (the IMDSv1 fallback gets 401)", () =>
    withFarServer({ RoleName: "app-role", MetadataOptions: { HttpTokens: "required" } }, 2, ({ url }) =>
      withEndpoint(url, async () => {
        const error = await fromInstanceMetadata({ timeout: 1000 })().then(() => undefined, (e: Error & { statusCode?: number }) => e)
        expect(error).toBeDefined()
        expect(error?.statusCode).toBe(401)
      })))

  it("@smithy with AWS_EC2_METADATA_V1_DISABLED=true: InstanceMetadataV1FallbackError after the token timeout", () =>
    withFarServer({ RoleName: "app-role", MetadataOptions: { HttpTokens: "optional" } }, 2, ({ url }) =>
      withEndpoint(url, async () => {
        const error = await fromInstanceMetadata({ timeout: 1000 })().then(() => undefined, (e: Error) => e)
        expect(error?.name).toBe("InstanceMetadataV1FallbackError")
      }, { AWS_EC2_METADATA_V1_DISABLED: "true" })))

  it("HttpPutResponseHopLimit 2: @smithy gets IMDSv2 credentials even with AWS_EC2_METADATA_V1_DISABLED=true", () =>
    withFarServer({ RoleName: "app-role", MetadataOptions: { HttpTokens: "required", HttpPutResponseHopLimit: 2 } }, 2, ({ url }) =>
      withEndpoint(url, async () => {
        const creds = await fromInstanceMetadata({ timeout: 1000 })()
        expect(creds.accessKeyId).toMatch(/^ASIA/)
      }, { AWS_EC2_METADATA_V1_DISABLED: "true" })))

  it("botocore (Debian's) falls back to IMDSv1 after its read timeout (HttpTokens=optional)", () =>
    withFarServer({ ...instance, MetadataOptions: { HttpTokens: "optional" } }, 2, async ({ url }) => {
      const direct = JSON.parse((await request(url, "GET", "/latest/meta-data/iam/security-credentials/app-role")).body)
      const r = await run("/usr/bin/python3", [path.join(clients, "botocore_client.py"), url], url, { AWS_METADATA_SERVICE_TIMEOUT: "1" })
      expect(r.code, r.stderr).toBe(0)
      const out = JSON.parse(r.stdout)
      expect(out.method).toBe("iam-role")
      expect(out.access_key).toBe(direct.AccessKeyId)
      expect(out.region).toBe("eu-west-1")
    }))
})
