/**
 * boto3 (Debian's `python3-boto3`, run by Debian's /usr/bin/python3, not pyenv's) against
 * `ec2kit-serve` as users run it: clients/boto3_flows.py drives the resource API
 * (create_instances, wait_until_running, filters), the client's waiters (instance and volume),
 * a volume attached and detached, ClientError for lifecycle errors, and the describe_instances
 * paginator; this test asserts on what it printed. ~10 s, mostly the waiters' 1 s polls: it runs
 * on every Node CI tests.
 */
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { clientsDir, findBoto3, loopbackOnly, requireTool, run, type Served, serve } from "./clients/harness.js"

let s: Served
beforeAll(async () => {
  // Long enough that boto3's waiters (polling every second here) see the transitional states.
  s = await serve(["--quiet", "--seed", "boto3", "--delays",
    "instancePending=400ms,instanceStopping=400ms,instanceShuttingDown=400ms,volumeCreating=300ms,volumeAttaching=300ms,volumeDetaching=300ms"])
})
afterAll(async () => {
  expect(await s?.stop()).toBe(0)
})

describe("boto3 against ec2kit-serve", () => {
  it("launches, waits, tags, filters, stops, starts, attaches a volume, terminates, pages; errors as ClientError with AWS's code and message", async () => {
    const python = requireTool(findBoto3())
    const r = await run(python.file, [path.join(clientsDir, "boto3_flows.py"), loopbackOnly(s.url)])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.boto3).toMatch(/^1\.\d+\.\d+$/)
    const id: string = out.launched.id
    expect(id).toMatch(/^i-[0-9a-f]{17}$/)
    expect(out.launched.state).toEqual({ Code: 0, Name: "pending" })
    expect(out.running).toMatchObject({ state: { Code: 16, Name: "running" }, az: expect.stringMatching(/^us-east-1[a-f]$/) })
    expect(out.running.private_ip).toMatch(/^172\.31\.\d+\.\d+$/)
    expect(out.filtered).toEqual([id])
    expect(out.tags).toEqual([["Name", "web-1"], ["suite", "boto3"]])
    expect(out.stopped).toEqual({ answer: ["running", "stopping"], state: { Code: 80, Name: "stopped" } })
    expect(out.started).toEqual({ answer: ["stopped", "pending"], state: { Code: 16, Name: "running" } })

    const vol: string = out.volume.id
    expect(out.volume).toEqual({
      id: expect.stringMatching(/^vol-[0-9a-f]{17}$/),
      created: ["creating", 8, "gp3", 3000, 125],
      attach: ["attaching", id, "/dev/sdf"],
      in_use: [[vol, "in-use", id]],
      busy: { code: "VolumeInUse", message: `Volume ${vol} is currently attached to ${id}`, status: 400, operation: "DeleteVolume" },
      detach: "detaching",
      gone: { code: "InvalidVolume.NotFound", message: `The volume '${vol}' does not exist.`, status: 400, operation: "DescribeVolumes" }
    })

    expect(out.terminated).toEqual({ answer: ["shutting-down", "shutting-down"], state: { Code: 48, Name: "terminated" } })
    expect(out.start_terminated).toEqual({
      code: "IncorrectInstanceState",
      message: `The instance '${id}' is not in a state from which it can be started.`,
      status: 400,
      operation: "StartInstances"
    })
    expect(out.missing).toEqual({
      code: "InvalidInstanceID.NotFound",
      message: "The instance ID 'i-0123456789abcdef0' does not exist",
      status: 400,
      operation: "StopInstances"
    })

    expect(out.pages.sizes).toEqual([5, 5, 2])
    expect(out.pages.launched).toHaveLength(12)
    expect([...out.pages.seen].sort()).toEqual([...out.pages.launched].sort())
    expect(out.pages.first_has_token).toBe(true)
    expect(out.pages.too_small).toEqual({
      code: "InvalidParameterValue",
      message: "Value ( 3 ) for parameter maxResults is invalid. Expecting a value greater than 5.",
      status: 400,
      operation: "DescribeInstances"
    })
  })
})
