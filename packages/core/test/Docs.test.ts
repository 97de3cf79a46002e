// Every TypeScript/JavaScript example in docs/ must run as written (against the sources, through
// the same `@ec2kit/*` aliases a user's bundler resolves to the packages), and print or return what
// its comments say. A stated result is a `//` comment after a `console.log(…)` or after a bare
// expression statement: on the same line, or (when there is none there) on the comment lines that
// follow it directly. Each such claim is checked against the value actually printed or computed; see
// `matches` for how the informal notation of the docs (`…`, shorthand keys, prose after the value)
// is read.
import { Option, Result } from "effect"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { inspect } from "node:util"
import ts from "typescript"
import { afterAll, describe, expect, it, vi } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const outDir = fileURLToPath(new URL("./.docs-examples/", import.meta.url))

const markdownFiles = (dir: string): Array<string> =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "api" ? [] : markdownFiles(join(dir, e.name))) : e.name.endsWith(".md") ? [join(dir, e.name)] : []
  )

/** One stated result: where it is, what it says, and the edit that reports the actual value. */
interface Claim {
  readonly line: number
  readonly expected: string
  readonly kind: "log" | "value"
  readonly start: number
  readonly end: number
}

/**
 * The claims of one example: `console.log(…)` calls and bare expression statements (not `yield*`,
 * `await` or assignments, whose comments describe an effect) followed by a `//` comment.
 */
const claimsOf = (code: string): Array<Claim> => {
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const lines = code.split("\n")
  const comment = (end: number): string | undefined => {
    const trailing = ts.getTrailingCommentRanges(code, end)?.find((r) => r.kind === ts.SyntaxKind.SingleLineCommentTrivia)
    if (trailing !== undefined) return code.slice(trailing.pos + 2, trailing.end).trim()
    const following: Array<string> = []
    for (let l = sf.getLineAndCharacterOfPosition(end).line + 1; l < lines.length; l++) {
      const text = lines[l]!.trim()
      if (!text.startsWith("//")) break
      following.push(text.slice(2).trim())
    }
    return following.length > 0 ? following.join(" ") : undefined
  }
  const isConsoleLog = (n: ts.Node): n is ts.CallExpression =>
    ts.isCallExpression(n) && n.expression.getText(sf) === "console.log"
  const isEffectful = (e: ts.Expression): boolean =>
    ts.isYieldExpression(e) || ts.isAwaitExpression(e) ||
    (ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment)
  const out: Array<Claim> = []
  const visit = (n: ts.Node): void => {
    if (isConsoleLog(n)) {
      const expected = comment(n.getEnd())
      if (expected !== undefined) {
        out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, expected, kind: "log", start: n.expression.getStart(sf), end: n.expression.getEnd() })
      }
    } else if (ts.isExpressionStatement(n) && !isConsoleLog(n.expression) && !isEffectful(n.expression)) {
      const expected = comment(n.getEnd())
      if (expected !== undefined) {
        out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, expected, kind: "value", start: n.expression.getStart(sf), end: n.expression.getEnd() })
      }
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return out
}

/**
 * The example with each claim's call or expression rewritten to report to `__docsClaims[key]`: one
 * recorder per example, so an example that prints after its import resolved (an unawaited
 * `Effect.runPromise`) cannot have its prints counted against the next example's claims — its own
 * claims are then "never reached", and the failure names the right example.
 */
const instrument = (code: string, claims: ReadonlyArray<Claim>, key: string): string => {
  let out = code
  const byStart = claims.map((c, i) => ({ c, i })).sort((a, b) => b.c.start - a.c.start)
  for (const { c, i } of byStart) {
    const replacement = c.kind === "log"
      ? `globalThis.__docsClaims[${JSON.stringify(key)}].log(${i})`
      : `globalThis.__docsClaims[${JSON.stringify(key)}].value(${i}, (${code.slice(c.start, c.end)}))`
    out = out.slice(0, c.start) + replacement + out.slice(c.end)
  }
  return out
}

const render = (u: unknown): string => (typeof u === "string" ? u : inspect(u, { depth: null, breakLength: Infinity }))

/** Every way the docs write a value down (a Result as `success 1` / `Failure: <code or text>`, an Option as `Option.none()`, a transition as `a -> b`). */
const renderings = (args: ReadonlyArray<unknown>): Array<string> => {
  if (args.length !== 1) return [args.map(render).join(" ")]
  const v = args[0]
  if (Result.isResult(v)) {
    if (Result.isSuccess(v)) {
      const s = v.success as { readonly PreviousState?: { readonly Name?: string }; readonly CurrentState?: { readonly Name?: string } }
      const transition = s?.PreviousState?.Name !== undefined && s.CurrentState?.Name !== undefined
        ? [`${s.PreviousState.Name} -> ${s.CurrentState.Name}`]
        : []
      return [`success ${render(v.success)}`, `Success: ${render(v.success)}`, ...transition]
    }
    const f = v.failure as { readonly code?: string; readonly message?: string; readonly reason?: { readonly message?: string } }
    return [`Failure: ${f.code}`, `Failure: ${f.reason?.message}`, `Failure: ${f.code}: ${f.reason?.message}`, `Failure: ${f.message}`]
  }
  if (Option.isOption(v)) return [Option.isNone(v) ? "Option.none()" : `Option.some(${render(v.value)})`]
  return [render(v)]
}

/** Quotes dropped, spaces collapsed and dropped around brackets and separators: `{ a: 'x' }` = `{a:x}`. */
const normalize = (s: string) => s.replace(/["'“”‘’]/g, "").replace(/\s+/g, " ").trim().replace(/\s*([[\]{}(),:])\s*/g, "$1")

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Whether `actual` is what `expected` states. `…` (or `...`) stands for anything; a bare key in an
 * object (`{ InstanceId, State: … }`) for that key with any value; and the value may be followed by
 * prose: after ` = `, ` -> ` or ` — ` anything; after `(`, `:` or `,` text holding a space (or a
 * single word after `:`, as in `stopping: stuck`), so that `pending true` never reads as `pending`.
 */
const matches = (expected: string, actual: string): boolean => {
  const shorthand = expected.replace(/([{,]\s*)([A-Za-z_$][\w$]*)(?=\s*[,}])/g, "$1$2: …")
  const e = normalize(shorthand)
  const a = normalize(actual)
  const full = (x: string) => new RegExp(`^${escape(x).replace(/…|\\\.\\\.\\\./g, "[\\s\\S]*?")}$`).test(a)
  if (full(e)) return true
  for (let i = 1; i < e.length; i++) {
    const rest = e.slice(i)
    const arrow = /^ ?(=|->|→|—) /.exec(rest)
    const sep = arrow?.[0] ?? ["(", ":", ","].find((s) => rest.startsWith(s))
    if (sep === undefined) continue
    const prose = rest.slice(sep.length)
    const isProse = arrow !== null || / /.test(prose) || (sep === ":" && /^[a-z]+$/.test(prose))
    if (isProse && full(e.slice(0, i))) return true
  }
  return false
}

const examples = markdownFiles("docs").flatMap((file) => {
  const text = readFileSync(join(root, file), "utf8")
  return [...text.matchAll(/^```(ts|typescript|js)\n([\s\S]*?)^```$/gm)].map((m, i) => {
    const code = m[2]!
    return { name: `${file}#${i + 1}`, code, claims: claimsOf(code) }
  })
})

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe("docs examples", () => {
  it("finds the examples and their stated results", () => {
    expect(examples.length).toBeGreaterThanOrEqual(20)
    expect(examples.reduce((n, e) => n + e.claims.length, 0)).toBeGreaterThanOrEqual(60)
  })

  it("reads the docs' notation", () => {
    expect(matches(`[{ InstanceId, CurrentState: { Code: 64, Name: "stopping" }, PreviousState: … }]`,
      `[ { InstanceId: 'i-0abc', CurrentState: { Code: 64, Name: 'stopping' }, PreviousState: { Code: 16, Name: 'running' } } ]`)).toBe(true)
    expect(matches(`[{ InstanceId, CurrentState: { Code: 64, Name: "stopping" } }]`, `[ { CurrentState: { Code: 65, Name: 'stopping' } } ]`)).toBe(false)
    expect(matches("IncorrectInstanceState (the instance type changes only when stopped)", "IncorrectInstanceState")).toBe(true)
    expect(matches("stopping: stuck", "stopping")).toBe(true)
    expect(matches("pending true", "pending")).toBe(false)
    expect(matches("pending true", "pending false")).toBe(false)
    expect(matches("us-east-1a (use1-az1), …, us-east-1f (use1-az6)", "us-east-1a (use1-az1), us-east-1b (use1-az2), us-east-1f (use1-az6)")).toBe(true)
    expect(matches("us-east-1a (use1-az1), …, us-east-1f (use1-az6)", "us-east-1a")).toBe(false)
    expect(matches(`"required" 1`, "required 1")).toBe(true)
    expect(matches("300 = clamp(3 × GiB, 100, 16000)", "301")).toBe(false)
    expect(matches("300 = clamp(3 × GiB, 100, 16000)", "300")).toBe(true)
    expect(matches(`{ _tag: "Unauthorized" }   -> 401`, "{ _tag: 'Unauthorized' }")).toBe(true)
    expect(matches("success 21600", "success 21601")).toBe(false)
  })

  it.each(examples)("$name runs and prints what it says", async ({ code, name, claims }) => {
    const path = join(outDir, `${name.replace(/[^a-zA-Z0-9]+/g, "_")}.ts`)
    writeFileSync(path, `${instrument(code, claims, name)}\nexport {}\n`)
    const seen = new Map<number, Array<ReadonlyArray<string>>>()
    const record = (i: number, args: ReadonlyArray<unknown>) => seen.set(i, [...(seen.get(i) ?? []), renderings(args)])
    const g = globalThis as { __docsClaims?: Record<string, unknown> }
    g.__docsClaims = {
      ...g.__docsClaims,
      [name]: {
        log: (i: number) => (...args: Array<unknown>) => record(i, args),
        value: <A>(i: number, v: A): A => (record(i, [v]), v)
      }
    }
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined)
    try {
      await expect(import(path)).resolves.toBeDefined()
    } finally {
      log.mockRestore()
    }
    const report = claims.map((c, i) => {
      const got = seen.get(i)
      const ok = got !== undefined && got.every((alternatives) => alternatives.some((a) => matches(c.expected, a)))
      return { line: c.line, states: c.expected, printed: got === undefined ? "(never reached)" : got.map((a) => a[0]).join(" | "), ok }
    })
    expect(report.filter((r) => !r.ok), `${name}: stated results that differ from what the example printed`).toEqual([])
  })
})
