#!/usr/bin/env node
/**
 * Entry point of the `ec2kit-serve` executable (and of `ec2kit serve`): the local EC2 emulator in
 * the foreground. Exit codes: 0 after `--help` or a clean stop (SIGINT or SIGTERM, also one that
 * arrives while the emulator starts); 2 for a bad flag; 1 when the emulator cannot start (e.g. the
 * port is in use).
 *
 * A small launcher, `node:` modules only: it installs the signal handlers before anything else is
 * loaded, then runs the program (`dist/serve.cjs`: serveMain with Effect, the AWS SDK's model and
 * the world bundled into one CommonJS file) with V8's code cache (see
 * metadata-server's `internal/codeCache`). Loading the program's ~600 ES modules one by one and
 * compiling them was most of a cold start (issue 10 §5). The container image runs the same two files.
 *
 * @since 0.1.0
 */
import { runBundle } from "@ec2kit/metadata-server/internal/codeCache"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Signals from "./Signals.js"

Signals.install()
runBundle(path.join(path.dirname(fileURLToPath(import.meta.url)), "serve.cjs"), "serve")
