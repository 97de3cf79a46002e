#!/usr/bin/env node
/**
 * Entry point of the `ec2kit-serve` executable (and of `ec2kit serve`): the local EC2 emulator in
 * the foreground. Exit codes: 0 after `--help` or a clean stop (SIGINT or SIGTERM, also one that
 * arrives while the emulator starts); 2 for a bad flag; 1 when the emulator cannot start (e.g. the
 * port is in use).
 *
 * The signal handlers go in before anything else is loaded: ES module imports are evaluated before
 * the module's own code, so the emulator (Effect, the AWS SDK's model, the world) is loaded by a
 * dynamic import afterwards.
 *
 * @since 0.1.0
 */
import * as Signals from "./Signals.js"

Signals.install()
await import("./serveMain.js")
