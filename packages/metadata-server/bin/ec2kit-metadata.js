#!/usr/bin/env node
// The `ec2kit-metadata` executable as package managers link it. It exists before the build, so
// `pnpm install` in this repository can link it into dependents (packages/cli) without warning that
// dist/bin.js (built afterwards, by the root `prepare`) is missing; the program is dist/bin.js.
import "../dist/bin.js"
