#!/usr/bin/env node
/**
 * Entry point of the `ec2kit` executable. `ec2kit metadata …` is the instance metadata server
 * (`ec2kit-metadata …` of `@ec2kit/metadata-server`): it runs in the foreground with its own flags,
 * exit codes and signal handling, so it is handed the rest of the command line as it is; so is
 * `ec2kit serve …`, the EC2 emulator (`ec2kit-serve …`).
 *
 * @since 0.1.0
 */
// Each branch loads only what it runs (dynamic imports), so that `ec2kit serve` installs its signal
// handlers (serveBin) before anything heavy is loaded, as `ec2kit-serve` does.
const args = process.argv.slice(2)
if (args[0] === "metadata") {
  process.argv.splice(2, 1)
  await import("@ec2kit/metadata-server/bin")
} else if (args[0] === "serve") {
  process.argv.splice(2, 1)
  process.env["EC2KIT_SERVE_NAME"] = "ec2kit serve"
  await import("./serveBin.js")
} else {
  const { main } = await import("./Cli.js")
  process.exitCode = await main(args)
}
