/**
 * Ansible (Debian's `ansible`, the amazon.aws collection 5.5.1, modules run by Debian's
 * /usr/bin/python3 with its boto3) against `ec2kit-serve` as users run it: clients/ansible/flow.yml
 * with `endpoint_url` for every amazon.aws module, on localhost, run with the JSON callback so each
 * task's result is asserted here: ec2_instance launches (finding the default VPC's subnet as on a
 * fresh AWS account) and waits, ec2_instance_info filters by tag and state, ec2_instance stops,
 * starts and terminates, ec2_vol creates, attaches, detaches and deletes a volume, and a lifecycle
 * error (a volume attached to a terminated instance) fails the play with Ansible's exit code 2 and
 * AWS's code and message.
 *
 * A `*.clients.test.ts` file: slow (~10 s of CPU, Ansible's module start-up), so CI runs it once, on
 * Node 20. Ansible has no page-size knob (its modules page through everything), so pagination is
 * the other clients' part.
 */
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { clientsDir, debianPython, findAnsible, loopbackOnly, requireTool, run, type Served, serve } from "./clients/harness.js"

let s: Served
beforeAll(async () => {
  // ec2_instance polls every 15 s (hard-coded in amazon.aws 5.5.1), so transitions are immediate
  // here; terminated instances stay visible (instanceVanish) as on AWS, for the last steps.
  s = await serve(["--quiet", "--seed", "ansible", "--delays", "immediate,instanceVanish=1h"])
})
afterAll(async () => {
  expect(await s?.stop()).toBe(0)
})

interface TaskResult {
  readonly failed?: boolean
  readonly changed?: boolean
  readonly msg?: string
  readonly [key: string]: any
}

describe("Ansible amazon.aws against ec2kit-serve", () => {
  it("launches, filters, stops, starts, attaches a volume and terminates; a lifecycle error fails the play with exit 2 and AWS's message", async () => {
    const ansible = requireTool(findAnsible())
    const r = await run(ansible.file, ["-i", "localhost,", path.join(clientsDir, "ansible", "flow.yml"), "-e", `endpoint=${loopbackOnly(s.url)}`], {
      ANSIBLE_PYTHON_INTERPRETER: debianPython,
      ANSIBLE_STDOUT_CALLBACK: "ansible.posix.json",
      ANSIBLE_LOCALHOST_WARNING: "false",
      ANSIBLE_INVENTORY_UNPARSED_WARNING: "false",
      ANSIBLE_NOCOLOR: "1",
      ANSIBLE_RETRY_FILES_ENABLED: "false",
      ANSIBLE_GATHERING: "explicit"
    })
    expect(r.stderr).toBe("")
    const out = JSON.parse(r.stdout)
    const tasks = new Map<string, TaskResult>(
      out.plays[0].tasks.map((t: { task: { name: string }; hosts: { localhost: TaskResult } }) => [t.task.name, t.hosts.localhost])
    )
    const task = (name: string): TaskResult => {
      const result = tasks.get(name)
      expect(result, `task '${name}' did not run`).toBeDefined()
      return result!
    }
    // Every task but the last succeeds; the last fails, and that gives the play's exit code.
    expect(out.stats.localhost).toMatchObject({ failures: 1, unreachable: 0, ok: 13 })
    expect(r.code).toBe(2)

    const launched = task("launch an instance and wait until it runs")
    expect(launched.changed).toBe(true)
    const id: string = launched.instance_ids[0]
    expect(id).toMatch(/^i-[0-9a-f]{17}$/)
    expect(launched.instances[0]).toMatchObject({
      instance_id: id,
      state: { code: 16, name: "running" },
      instance_type: "t3.micro",
      tags: { Name: "web-1", suite: "ansible" },
      subnet_id: expect.stringMatching(/^subnet-[0-9a-f]{17}$/)
    })
    const other: string = task("launch a second one, not tagged suite=ansible, which the filter must leave out").instance_ids[0]
    expect(other).toMatch(/^i-[0-9a-f]{17}$/)
    expect(other).not.toBe(id)

    const found = task("find running instances tagged suite=ansible")
    expect(found.instances.map((i: { instance_id: string; state: unknown }) => [i.instance_id, i.state])).toEqual([[id, { code: 16, name: "running" }]])

    expect(task("stop it and wait")).toMatchObject({ changed: true, msg: "Instances stopped", stop_success: [id], stop_failed: [] })
    expect(task("start it again and wait")).toMatchObject({ changed: true, msg: "Instances started", start_success: [id], start_failed: [] })

    const volume = task("create a gp3 volume attached to it as /dev/sdf")
    const vol: string = volume.volume_id
    expect(vol).toMatch(/^vol-[0-9a-f]{17}$/)
    expect(volume.volume).toMatchObject({ id: vol, size: 8, type: "gp3", iops: 3000, throughput: 125, status: "in-use", tags: { suite: "ansible" } })
    expect(volume.volume.attachment_set).toEqual([expect.objectContaining({ instance_id: id, device: "/dev/sdf", status: "attached" })])
    expect(task("read the volume's attachment").volumes).toEqual([
      expect.objectContaining({ id: vol, status: "in-use", attachment_set: [expect.objectContaining({ instance_id: id, device: "/dev/sdf" })] })
    ])
    expect(task("detach it")).toMatchObject({ changed: true, volume: { id: vol, status: "available", attachment_set: [] } })
    expect(task("delete it").changed).toBe(true)
    // ec2_instance tags the root volumes too; the deleted volume is gone
    const remaining = task("volumes tagged suite=ansible after the delete").volumes as Array<{ id: string; attachment_set: Array<{ device: string; instance_id: string }> }>
    expect(remaining.map((v) => v.id)).not.toContain(vol)
    expect(remaining.map((v) => v.attachment_set.map((a) => [a.instance_id, a.device]))).toEqual([[[id, "/dev/xvda"]]])

    const terminated = task("terminate both and wait")
    expect(terminated).toMatchObject({ changed: true, msg: "Instances terminated" })
    expect([...terminated.terminate_success].sort()).toEqual([id, other].sort())
    expect(terminated.instances.map((i: { state: unknown }) => i.state)).toEqual([{ code: 48, name: "terminated" }, { code: 48, name: "terminated" }])

    // AWS's text for attaching to an instance that is not running, as amazon.aws reports it
    const refused = task("attach a new volume to the terminated instance (fails as on AWS)")
    expect(refused.failed).toBe(true)
    expect(refused.error).toEqual({ code: "IncorrectState", message: `Instance '${id}' is not 'running'.` })
    expect(refused.msg).toBe(
      `Error while attaching EBS volume: An error occurred (IncorrectState) when calling the AttachVolume operation: Instance '${id}' is not 'running'.`
    )
  })
})
