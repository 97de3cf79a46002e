/**
 * `ec2kit serve --demo` stopped while it starts: the signal is answered by stopping, and no demo instance is
 * launched (the banner is already skipped). In its own file: it marks this process's `Signals` state as
 * stopped (through the shared slot, without installing handlers), which no other test of a file may see.
 */
import { Effect, Option, Result } from "effect"
import { afterEach, describe, expect, it, vi } from "vitest"
import { Serve } from "../src/index.js"

const slot = Symbol.for("@ec2kit/cli/Signals")

afterEach(() => vi.restoreAllMocks())

describe("Serve.serve --demo", () => {
  it("launches no demo instance when a signal arrived during startup", async () => {
    const settings = Serve.settings({
      host: "127.0.0.1",
      port: "0",
      region: "us-east-1",
      accountId: Option.none(),
      seed: Option.some("demo-signal"),
      delays: ["immediate"],
      time: "real",
      state: Option.none(),
      quiet: false,
      logFormat: "text",
      metadataPort: "auto",
      metadataInstance: Option.none(),
      metadata: false
    })
    if (Result.isFailure(settings)) throw new Error(settings.failure.message)
    const out: Array<string> = []
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true))
    vi.spyOn(process.stderr, "write").mockImplementation(() => true)
    // a SIGTERM received while the emulator started (what Signals' handler records), no handler installed
    const state = ((globalThis as { [slot]?: { first: string | undefined; waiting: Set<unknown>; installed: boolean } })[slot] ??= {
      first: undefined,
      waiting: new Set(),
      installed: true
    })
    state.first = "SIGTERM"
    state.installed = true // Serve's wait would install real handlers in this test worker otherwise
    await Effect.runPromise(Serve.serve(settings.success, "demo"))
    expect(out.join("")).not.toContain("Demo instance")
    expect(out.join("")).not.toContain("is running")
  }, 30_000)
})
