/**
 * GetConsoleOutput: a plausible Linux boot log for an instance that has booted, base64-encoded as AWS
 * returns it ("Output: The console output, base64-encoded" — SDK `GetConsoleOutputResult`, read
 * 2026-12-06), with the time of the last boot as `Timestamp`.
 *
 * Rules ("By default, the console output returns buffered information that was posted shortly after an
 * instance transition state (start, stop, reboot, or terminate). This information is available for at least
 * one hour after the most recent post. Only the most recent 64 KB of console output is available. You can
 * optionally retrieve the latest serial console output at any time during the instance lifecycle. This option
 * is supported on instance types that use the Nitro hypervisor." — SDK GetConsoleOutput, read 2026-12-06):
 * - an instance that never reached `running` has no output yet: the answer has `InstanceId` and no
 *   `Output` or `Timestamp` (nothing posted yet);
 * - the log is the one of the last boot (`LaunchTime` moves on every start, see instances.ts), the same
 *   bytes on every call (deterministic: instance id, boot number, type, addresses); it stays while the
 *   terminated instance is visible (about an hour);
 * - `Latest` answers the same log here; on a Xen type it is refused with `UnsupportedOperation` (text
 *   unverified);
 * - at most 64 KB (the tail).
 *
 * @internal
 */
import { Effect, Option } from "effect"
import { type Ec2, Ec2Error, type Ec2Shapes, Identifier, InstanceTypeCatalogue } from "@ec2kit/core"
import type { Engine } from "../internal/Engine.js"
import type { InstanceRecord } from "../internal/Records.js"
import type { World } from "../internal/World.js"

/** Most console output returned, in bytes ("Only the most recent 64 KB of console output is available"). */
export const MaxOutputBytes = 64 * 1024

/** `[   12.345678]` kernel time stamps. */
const stamp = (seconds: number) => `[${seconds.toFixed(6).padStart(12, " ")}]`

/** The boot log of an instance's last boot (plain text, CRLF as the serial console writes it). */
export const bootLog = (r: InstanceRecord, region: string): string => {
  const host = `ip-${r.PrivateIpAddress.replace(/\./g, "-")}`
  const boot = new Date(r.LaunchTime).toISOString().replace("T", " ").replace(/\.\d{3}Z$/, "")
  const lines = [
    `${stamp(0)} Linux version 6.1.0-amazon (mockbuild@ec2kit) #1 SMP boot ${r.BootCount}`,
    `${stamp(0)} Command line: BOOT_IMAGE=/boot/vmlinuz root=UUID=ec2kit ro console=tty0 console=ttyS0,115200n8 nvme_core.io_timeout=4294967295`,
    `${stamp(0.000001)} DMI: Amazon EC2 ${r.InstanceType}/, BIOS 1.0 10/16/2017`,
    `${stamp(0.412)} Hypervisor detected: KVM`,
    `${stamp(1.201)} nvme nvme0: 2/0/0 default/read/poll queues`,
    `${stamp(1.874)} EXT4-fs (nvme0n1p1): mounted filesystem with ordered data mode.`,
    `${stamp(2.5)} systemd[1]: Detected virtualization amazon.`,
    `${stamp(2.9)} systemd[1]: Set hostname to <${host}.${region === "us-east-1" ? "ec2.internal" : `${region}.compute.internal`}>.`,
    `Cloud-init v. 22.2.2 running 'init-local' at ${boot}. Up 4.10 seconds.`,
    `Cloud-init v. 22.2.2 running 'init' at ${boot}. Up 5.02 seconds.`,
    `ci-info: ++++++++++++++++++++++++Net device info++++++++++++++++++++++++`,
    `ci-info: | Device |  Up  |   Address   |    Mask   | Scope  |`,
    `ci-info: |  ens5  | True | ${r.PrivateIpAddress.padEnd(11)} | 255.255.240.0 | global |`,
    `Cloud-init v. 22.2.2 running 'modules:config' at ${boot}. Up 7.35 seconds.`,
    `Cloud-init v. 22.2.2 running 'modules:final' at ${boot}. Up 8.11 seconds.`,
    `Cloud-init v. 22.2.2 finished at ${boot}. Datasource DataSourceEc2Local.  Up 8.40 seconds`,
    ``,
    `Amazon Linux 2023`,
    `Kernel 6.1.0-amazon on an x86_64`,
    ``,
    `${host} login: `
  ]
  return lines.join("\r\n")
}

/** GetConsoleOutput (see the module comment). */
export const getConsoleOutput = (w: World, req: Ec2Shapes.GetConsoleOutputRequest) =>
  Effect.gen(function*() {
    const r = w.get("instances", req.InstanceId)
    if (r === undefined) return yield* Effect.fail(Identifier.notFound("instance", req.InstanceId))
    if (req.Latest === true) {
      const info = InstanceTypeCatalogue.lookup(r.InstanceType)
      if (Option.isSome(info) && info.value.hypervisor === "xen") {
        return yield* Ec2Error.fail("UnsupportedOperation", `The instance type ${r.InstanceType} does not support retrieving the latest console output.`)
      }
    }
    if (req.DryRun === true) return yield* Effect.fail(Ec2Error.dryRunOperation())
    if (r.BootCount === 0) return { InstanceId: r.InstanceId }
    const bytes = Buffer.from(bootLog(r, w.meta.Region), "utf8")
    const tail = bytes.length > MaxOutputBytes ? bytes.subarray(bytes.length - MaxOutputBytes) : bytes
    // posted "shortly after instance boot": a few seconds after the last (re)launch
    return { InstanceId: r.InstanceId, Timestamp: new Date(r.LaunchTime + 8_400), Output: tail.toString("base64") }
  })

/** GetConsoleOutput over an engine. */
export const operations = (engine: Engine): Pick<Ec2.Implementation, "getConsoleOutput"> => ({
  getConsoleOutput: (req) => engine.transact((w) => getConsoleOutput(w, req))
})
