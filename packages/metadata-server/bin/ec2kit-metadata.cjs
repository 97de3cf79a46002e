#!/usr/bin/env node
// The `ec2kit-metadata` executable as package managers link it. It exists before the build, so
// `pnpm install` in this repository can link it into dependents (packages/cli) without warning that
// dist/bin.cjs (built afterwards, by the root `prepare`) is missing; the program is dist/bin.cjs.
// CommonJS end to end (`.cjs`, although the package is "type": "module"): an ES module here would
// cost Node's ESM loader ≈ 8 ms of every cold start (issue 8 §4).
"use strict"
require("../dist/bin.cjs")
