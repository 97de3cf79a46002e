// Every TypeScript/JavaScript example in docs/ must run as written (against the sources, through
// the same `@ec2kit/*` aliases a user's bundler resolves to the packages).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it, vi } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const outDir = fileURLToPath(new URL("./.docs-examples/", import.meta.url))

const markdownFiles = (dir: string): Array<string> =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "api" ? [] : markdownFiles(join(dir, e.name))) : e.name.endsWith(".md") ? [join(dir, e.name)] : []
  )

const examples = markdownFiles("docs").flatMap((file) => {
  const text = readFileSync(join(root, file), "utf8")
  return [...text.matchAll(/^```(ts|typescript|js)\n([\s\S]*?)^```$/gm)].map((m, i) => ({
    name: `${file}#${i + 1}`,
    code: m[2]!
  }))
})

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe("docs examples", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(20)
  })

  it.each(examples)("$name runs", async ({ code, name }) => {
    const path = join(outDir, `${name.replace(/[^a-zA-Z0-9]+/g, "_")}.ts`)
    writeFileSync(path, `${code}\nexport {}\n`)
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined)
    try {
      await expect(import(path)).resolves.toBeDefined()
    } finally {
      log.mockRestore()
    }
  })
})
