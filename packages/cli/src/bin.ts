#!/usr/bin/env node
/**
 * Entry point of the `ec2kit` executable.
 *
 * @since 0.1.0
 */
import { main } from "./Cli.js"

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
