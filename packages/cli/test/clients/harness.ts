/**
 * Shared by the real-client suites (`RealClients.*.test.ts`): `ec2kit-serve` started as users run
 * it (the built executable, a child process on a free loopback port), the real clients found
 * explicitly on this machine, and child processes run with a clean environment that can reach
 * nothing but that endpoint.
 *
 * A missing client is never a skipped or vacuous test: `requireTool` fails the test with a message
 * naming the tool and the command that installs it.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { expect } from "vitest"

/** The directory of these helpers, the playbooks and the client scripts. */
export const clientsDir = fileURLToPath(new URL("./", import.meta.url))
const serveBin = fileURLToPath(new URL("../../dist/serveBin.js", import.meta.url))

/** The emulator's region in every suite. */
export const region = "us-east-1"

/** The one command that installs every Debian package these suites drive (as root). */
export const installAll = "bash scripts/install-test-clients.sh (as root; .ci/run runs it)"

/** A running `ec2kit-serve`. */
export interface Served {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  /** Everything it printed on stdout so far (the request log unless `--quiet`). */
  readonly stdout: () => string
  /**
   * The request log's EC2 actions (`RunInstances`, …), in order, up to now: it asks for the health
   * endpoint and waits for that request's own line, since each line is written after its answer.
   */
  readonly actions: () => Promise<ReadonlyArray<string>>
  /** SIGTERM, then its exit code. */
  readonly stop: () => Promise<number | null>
}

const children = new Set<ChildProcess>()
process.once("exit", () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL")
})

/**
 * Starts the built `ec2kit-serve` on 127.0.0.1 with `--port 0` and `args`, and resolves once it has
 * printed its endpoint (its first line). Needs `pnpm build` first (the README's test command does it).
 */
export const serve = (args: ReadonlyArray<string> = []): Promise<Served> =>
  new Promise((resolve, reject) => {
    if (!fs.existsSync(serveBin)) {
      reject(new Error(`${serveBin} is missing: run pnpm build first`))
      return
    }
    const child = spawn(process.execPath, [serveBin, "--host", "127.0.0.1", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] })
    children.add(child)
    let out = ""
    let err = ""
    const exit = new Promise<number | null>((r) => child.on("exit", (code) => {
      children.delete(child)
      r(code)
    }))
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString()
      const url = /^ec2kit serve[^\n]*?(http:\/\/127\.0\.0\.1:\d+)/m.exec(out)?.[1] ??
        /^EC2 endpoint: (http:\/\/127\.0\.0\.1:\d+)/m.exec(out)?.[1]
      if (url !== undefined) {
        resolve({
          url,
          stdout: () => out,
          actions: async () => {
            const marks = () => out.split("\n").filter((l) => l.startsWith("GET /_ec2kit/health ")).length
            const before = marks()
            await fetch(`${url}/_ec2kit/health`).then((r) => r.text())
            for (let i = 0; i < 200 && marks() === before; i++) await new Promise((r) => setTimeout(r, 10))
            if (marks() === before) throw new Error(`ec2kit-serve logged no request (started with --quiet?): ${out}`)
            return [...out.matchAll(/^([A-Z][A-Za-z0-9]+) \d{3} [\d.]+ms /gm)].map((m) => m[1]!)
          },
          stop: () => {
            child.kill("SIGTERM")
            return exit
          }
        })
      }
    })
    child.stderr!.on("data", (d: Buffer) => void (err += d.toString()))
    void exit.then((code) => reject(new Error(`ec2kit-serve exited ${code} before serving: ${out}${err}`)))
  })

/** A client program found on this machine, or why not and how to install it. */
export type Found = { readonly file: string; readonly version: string } | { readonly problem: string }

/**
 * The test's tool, or a failure naming it and its install command (never a skip: CI installs
 * every client, so a missing one is a broken setup).
 */
export const requireTool = (found: Found): { readonly file: string; readonly version: string } => {
  if ("problem" in found) throw new Error(found.problem)
  return found
}

/** Every `name` on PATH, in PATH order. */
export const onPath = (name: string): Array<string> =>
  [...new Set((process.env.PATH ?? "").split(":").filter((d) => d !== "").map((d) => path.join(d, name)))]
    .filter((p) => fs.existsSync(p))

const versionOf = (file: string, args: ReadonlyArray<string>): string => {
  const r = spawnSync(file, [...args], { encoding: "utf8", env: { ...process.env, AWS_PAGER: "" }, timeout: 30_000 })
  return `${r.stdout ?? ""}${r.stderr ?? ""}`.trim()
}

/**
 * The AWS CLI of major version `major` among `candidates` (by default: Debian's /usr/bin/aws, then
 * every `aws` on PATH), told apart by what `aws --version` says (`aws-cli/1.…` or `aws-cli/2.…`).
 */
export const findAwsCli = (major: 1 | 2, candidates: ReadonlyArray<string> = ["/usr/bin/aws", ...onPath("aws")]): Found => {
  const seen: Array<string> = []
  const real = new Set<string>() // /bin/aws and /usr/bin/aws are one file on merged-/usr systems
  for (const file of new Set(candidates)) {
    if (!fs.existsSync(file) || real.has(fs.realpathSync(file))) continue
    real.add(fs.realpathSync(file))
    const version = versionOf(file, ["--version"])
    seen.push(`${file}: ${version.split("\n")[0]}`)
    if (version.startsWith(`aws-cli/${major}.`)) return { file, version }
  }
  const install = major === 2
    ? `apt-get install -y awscli (Debian's is v2), or ${installAll}`
    : "pip install awscli (v1; preinstalled on this project's machines with pyenv's Python)"
  return { problem: `AWS CLI v${major} not found (looked at ${seen.length === 0 ? "no aws anywhere" : seen.join("; ")}). Install it: ${install}` }
}

/** Debian's Python (never pyenv's), which Debian's python3-boto3 and Ansible use. */
export const debianPython = "/usr/bin/python3"

/** `python` if it imports boto3 (and botocore), with their versions. */
export const findBoto3 = (python: string = debianPython): Found => {
  const install = `apt-get install -y python3-boto3, or ${installAll}`
  if (!fs.existsSync(python)) return { problem: `boto3 needs ${python}, which is missing. Install Debian's python3 and boto3: ${install}` }
  const r = spawnSync(python, ["-c", "import boto3, botocore; print(boto3.__version__, botocore.__version__)"], { encoding: "utf8" })
  if (r.status !== 0) {
    const last = (r.stderr ?? "").trim().split("\n").pop() ?? ""
    return { problem: `boto3 is not importable by ${python} (${last}). Install Debian's python3-boto3: ${install}` }
  }
  return { file: python, version: `boto3 ${r.stdout.trim().replace(" ", ", botocore ")}` }
}

/** The amazon.aws collection version these playbooks are written for (Debian 12's ansible 7.7.0). */
export const amazonAwsVersion = "5.5.1"

/**
 * `ansible-playbook` (Debian's `ansible`) with the amazon.aws collection at `amazonAwsVersion`,
 * and boto3 for its modules under Debian's Python.
 */
export const findAnsible = (candidates: ReadonlyArray<string> = ["/usr/bin/ansible-playbook", ...onPath("ansible-playbook")]): Found => {
  const install = `apt-get install -y ansible python3-boto3 (Debian 12's ansible ships amazon.aws ${amazonAwsVersion}), or ${installAll}`
  const file = candidates.find((f) => fs.existsSync(f))
  if (file === undefined) return { problem: `ansible-playbook not found (looked at ${[...new Set(candidates)].join(", ")}). Install it: ${install}` }
  const collection = spawnSync(path.join(path.dirname(file), "ansible-galaxy"), ["collection", "list", "amazon.aws"], { encoding: "utf8", timeout: 60_000 })
  const version = /^amazon\.aws\s+(\S+)/m.exec(collection.stdout ?? "")?.[1]
  if (version !== amazonAwsVersion) {
    return { problem: `the amazon.aws collection ${amazonAwsVersion} is not installed for ${file} (found ${version ?? "none"}). Install it: ${install}` }
  }
  const boto3 = findBoto3()
  if ("problem" in boto3) return boto3
  return { file, version: `${versionOf(file, ["--version"]).split("\n")[0]}, amazon.aws ${version}, ${boto3.version}` }
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), "ec2kit-real-clients-"))

/**
 * The environment of a client process: test credentials and the region, no config or credential
 * files, instance metadata disabled (no client may look for 169.254.169.254), no pager, and
 * nothing else of this process's environment but PATH, the locale and pyenv's root. `extra` adds
 * or overrides variables; one given as `undefined` is left out.
 */
export const clientEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(baseEnv(extra)).filter(([, v]) => v !== undefined))

const baseEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: home,
  LANG: "C.UTF-8",
  ...(process.env.PYENV_ROOT !== undefined ? { PYENV_ROOT: process.env.PYENV_ROOT } : {}),
  AWS_ACCESS_KEY_ID: "test",
  AWS_SECRET_ACCESS_KEY: "test",
  AWS_DEFAULT_REGION: region,
  AWS_REGION: region,
  AWS_CONFIG_FILE: path.join(home, "no-config"),
  AWS_SHARED_CREDENTIALS_FILE: path.join(home, "no-credentials"),
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_PAGER: "",
  ...extra
})

/** What a finished child process said. */
export interface Ran {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `file` to completion with `clientEnv(extra)`. */
export const run = (file: string, args: ReadonlyArray<string>, extra: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<Ran> =>
  new Promise((resolve) => {
    execFile(file, [...args], { env: clientEnv(extra), timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr }))
  })

/** Refuses any endpoint but the loopback one the suites start. */
export const loopbackOnly = (url: string): string => {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`refusing to point a client at ${url}`)
  return url
}

const repo = fileURLToPath(new URL("../../../../", import.meta.url))

/** metadata-server's client scripts (botocore, cloud-init), which the live-metadata suite reuses. */
export const metadataClientsDir = path.join(repo, "packages/metadata-server/test/clients")

/**
 * cloud-init's Python package (Debian's, extracted into .ci/cloud-init by
 * scripts/install-test-clients.sh, or EC2KIT_CLOUDINIT_DIST, or installed) whose EC2 datasource
 * Debian's Python imports: `file` is its dist-packages directory.
 */
export const findCloudInit = (
  dirs: ReadonlyArray<string> = [
    process.env.EC2KIT_CLOUDINIT_DIST,
    path.join(repo, ".ci/cloud-init/usr/lib/python3/dist-packages"),
    "/usr/lib/python3/dist-packages"
  ].filter((d): d is string => d !== undefined)
): Found => {
  const install = `${installAll}, or apt-get download cloud-init && dpkg -x cloud-init_*.deb .ci/cloud-init with its Python dependencies`
  const dist = dirs.find((d) => fs.existsSync(path.join(d, "cloudinit", "sources", "DataSourceEc2.py")))
  if (dist === undefined) return { problem: `cloud-init is not installed (no cloudinit/sources/DataSourceEc2.py under ${dirs.join(", ")}). Install it: ${install}` }
  const check = spawnSync(debianPython, ["-c", "import sys; sys.path.insert(0, sys.argv[1]); from cloudinit.sources import DataSourceEc2", dist], { encoding: "utf8" })
  if (check.status !== 0) {
    const last = (check.stderr ?? check.error?.message ?? "").trim().split("\n").pop() ?? ""
    return { problem: `cloud-init in ${dist} does not load with ${debianPython} (${last}). Install its dependencies: ${install}` }
  }
  return { file: dist, version: "cloud-init" }
}

/** Every python3 (on PATH, and Debian's) that imports botocore. */
export const pythonsWithBotocore = (): Array<string> =>
  [...new Set([...onPath("python3"), debianPython])].filter((p) =>
    fs.existsSync(p) && spawnSync(p, ["-c", "import botocore"], { encoding: "utf8" }).status === 0
  )

/**
 * One AWS CLI (v1: pyenv's, v2: Debian's) pointed at a served endpoint, as the CLI suites drive it:
 * `aws` runs it with `--endpoint-url` and JSON output; `ec2` runs `aws ec2 …`, expects exit 0 and no
 * stderr, and parses the JSON ("" when it prints nothing); `serviceErrorExit` is the CLI's exit code for
 * a service error (v1: 255, v2: 254, AWS's return-code docs), checked by the suites rather than assumed.
 */
export const awsCliDriver = (major: 1 | 2, url: () => string) => {
  let found: Found | undefined
  const cli = () => requireTool(found ??= findAwsCli(major))
  const aws = (args: ReadonlyArray<string>): Promise<Ran> =>
    run(cli().file, ["--endpoint-url", loopbackOnly(url()), "--output", "json", ...args])
  const ec2 = async (...args: ReadonlyArray<string>): Promise<any> => {
    const r = await aws(["ec2", ...args])
    expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: "" })
    return r.stdout.trim() === "" ? "" : JSON.parse(r.stdout)
  }
  return { cli, aws, ec2, serviceErrorExit: major === 1 ? 255 : 254 }
}
