/**
 * Finds the Python that runs moto's server for Moto.test.ts, explicitly, as the real-client suites
 * find their clients (packages/cli/test/clients/harness.ts): not "the python3 on PATH", which
 * depends on how the tests were started. The README's `npx --yes pnpm@10 test` puts node's own
 * directory (/usr/bin) ahead of pyenv's shims, so there `python3` is Debian's, without moto, while
 * a plain `pnpm test` gets pyenv's 3.11.7, which has moto 5.2.1.
 *
 * A missing moto is never a skipped test: the test fails with what to install.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

/** What installs moto's server (the version whose gaps Moto.test.ts records). */
export const installMoto = "pip install 'moto[server]==5.2.1' with one of these Pythons (pyenv's 3.11.7 has it on the project's machines)"

/** A Python that imports moto's server, or why none does and how to install it. */
export type MotoPython = { readonly file: string; readonly version: string } | { readonly problem: string }

/** Every `name` on PATH, in PATH order. */
const onPath = (name: string): Array<string> =>
  (process.env.PATH ?? "").split(":").filter((d) => d !== "").map((d) => path.join(d, name))

/** What `pyenv which python3` answers (pyenv's selected Python), if pyenv is there. */
const pyenvWhich = (pyenvRoot: string): Array<string> =>
  ["pyenv", path.join(pyenvRoot, "bin", "pyenv")].flatMap((pyenv) => {
    const r = spawnSync(pyenv, ["which", "python3"], { encoding: "utf8", timeout: 10_000 })
    return r.status === 0 ? [r.stdout.trim()] : []
  })

/**
 * Where moto's Python is looked for, first match wins: every python3 on PATH, pyenv's shim and
 * selected Python, Debian's, then the versioned names on PATH.
 */
export const motoPythonCandidates = (): Array<string> => {
  const pyenvRoot = process.env.PYENV_ROOT ?? path.join(os.homedir(), ".pyenv")
  return [
    ...onPath("python3"),
    path.join(pyenvRoot, "shims", "python3"),
    ...pyenvWhich(pyenvRoot),
    "/usr/bin/python3",
    ...["python3.13", "python3.12", "python3.11", "python3.10"].flatMap(onPath)
  ]
}

/** The first of `candidates` that imports moto's server (and flask, which it runs on). */
export const findMotoPython = (candidates: ReadonlyArray<string> = motoPythonCandidates()): MotoPython => {
  const seen: Array<string> = []
  const real = new Set<string>() // a shim, a symlink and its target are tried once
  for (const file of new Set(candidates)) {
    if (!fs.existsSync(file) || real.has(fs.realpathSync(file))) continue
    real.add(fs.realpathSync(file))
    const r = spawnSync(file, ["-c", "import moto.server, flask, moto; print(moto.__version__)"], { encoding: "utf8", timeout: 60_000 })
    if (r.status === 0) return { file, version: r.stdout.trim() }
    seen.push(`${file}: ${(r.stderr ?? r.error?.message ?? "").trim().split("\n").pop()}`)
  }
  return { problem: `moto is not installed for any Python found (${seen.length === 0 ? "no python3 anywhere" : seen.join("; ")}). Install it: ${installMoto}` }
}
