import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { Cli } from "../src/index.js"

// Runs the CLI in-process exactly as the executable does, capturing what it prints.
let out: Array<string> = []
let err: Array<string> = []
beforeEach(() => {
  out = []
  err = []
  vi.spyOn(console, "log").mockImplementation((...a: Array<unknown>) => void out.push(a.join(" ")))
  vi.spyOn(console, "error").mockImplementation((...a: Array<unknown>) => void err.push(a.join(" ")))
})
afterEach(() => vi.restoreAllMocks())

const runJson = async (...args: Array<string>) => {
  const code = await Cli.main([...args, "--json"])
  return { code, json: JSON.parse(out.join("\n")) }
}

describe("ec2kit instance-type", () => {
  it("prints the parsed name and the catalogue entry as JSON", async () => {
    const { code, json } = await runJson("instance-type", "m7g.large")
    expect(code).toBe(0)
    expect(json).toMatchObject({
      name: "m7g.large",
      family: "m7g",
      series: "m",
      generation: 7,
      options: ["g"],
      suffix: null,
      size: "large",
      processor: "graviton",
      instanceStore: false,
      flex: false,
      metal: false,
      specs: { vCpus: 2, memoryMiB: 8192, architectures: ["arm64"], hypervisor: "nitro" }
    })
  })

  it.each([
    ["u-6tb1.56xlarge", { series: "u", generation: null, suffix: "6tb1", size: "56xlarge" }],
    ["u7inh-32tb.480xlarge", { series: "u", generation: 7, options: ["i", "n", "h"], suffix: "32tb" }],
    ["c7i-flex.large", { family: "c7i-flex", options: ["i"], suffix: "flex", flex: true, processor: "intel" }],
    ["mac2-m2pro.metal", { series: "mac", generation: 2, suffix: "m2pro", metal: true, size: "metal" }],
    ["is4gen.xlarge", { series: "is", generation: 4, options: ["g", "e", "n"], processor: "graviton", instanceStore: true }],
    ["i3.large", { series: "i", options: [], instanceStore: true }],
    ["c6i.metal-32xl", { options: ["i"], size: "metal-32xl", metal: true }],
    ["p6e-gb200.36xlarge", { series: "p", generation: 6, options: ["e"], suffix: "gb200" }]
  ])("takes %s apart", async (name, expected) => {
    const { code, json } = await runJson("instance-type", name)
    expect(code).toBe(0)
    expect(json).toMatchObject({ name, ...expected })
  })

  it("shows GPUs and burst credits from the catalogue", async () => {
    const p5 = await runJson("instance-type", "p5.48xlarge")
    expect(p5.json.specs.gpus).toMatchObject({ count: 8 })
    out = []
    const t3 = await runJson("instance-type", "t3.micro")
    expect(t3.json.burstable).toBe(true)
    expect(t3.json.specs.burstable).toEqual({
      cpuCreditsEarnedPerHour: 12,
      maximumEarnedCreditsAccrued: 288,
      baselineUtilizationPerVcpuPercent: 10
    })
  })

  it("answers a well-formed name no data set knows with specs null", async () => {
    const { code, json } = await runJson("instance-type", "m99gd.4xlarge")
    expect(code).toBe(0)
    expect(json).toMatchObject({ series: "m", generation: 99, options: ["g", "d"], specs: null })
  })

  it("rejects a malformed name with AWS's code and message and exit code 1", async () => {
    const { code, json } = await runJson("instance-type", "m5.largex")
    expect(code).toBe(1)
    expect(json).toEqual({
      error: { code: "InvalidParameterValue", message: "Invalid value 'm5.largex' for InstanceType." }
    })
  })

  it("prints text without --json and errors on stderr", async () => {
    expect(await Cli.main(["instance-type", "c7gn.16xlarge"])).toBe(0)
    expect(out.join("\n")).toMatch(/^name\s+c7gn\.16xlarge$/m)
    expect(out.join("\n")).toMatch(/^processor\s+graviton$/m)
    out = []
    expect(await Cli.main(["instance-type", "C7gn.16xlarge"])).toBe(1)
    expect(out).toEqual([])
    expect(err.join("\n")).toBe("error: InvalidParameterValue: Invalid value 'C7gn.16xlarge' for InstanceType.")
  })
})

describe("ec2kit volume", () => {
  it("reports gp2 baseline, burst and throughput", async () => {
    const { code, json } = await runJson("volume", "--type", "gp2", "--size", "100")
    expect(code).toBe(0)
    expect(json).toMatchObject({
      type: "gp2",
      size: 100,
      iops: 300,
      iopsKind: "baseline",
      throughput: 128,
      burstIops: 3000,
      burstDurationSeconds: 2000,
      multiAttach: false,
      bootable: true
    })
  })

  it("defaults to gp2 like CreateVolume", async () => {
    const { json } = await runJson("volume", "--size", "1000")
    expect(json).toMatchObject({ type: "gp2", iops: 3000, burstIops: null })
  })

  it("reports provisioned gp3 figures", async () => {
    const { code, json } = await runJson("volume", "--type", "gp3", "--size", "200", "--iops", "12000", "--throughput", "500")
    expect(code).toBe(0)
    expect(json).toMatchObject({ type: "gp3", size: 200, iops: 12000, iopsKind: "provisioned", throughput: 500, burstIops: null })
  })

  it("accepts Multi-Attach io2 and says it cannot boot", async () => {
    const { json } = await runJson("volume", "--type", "io2", "--size", "256", "--iops", "256000", "--multi-attach")
    expect(json).toMatchObject({ type: "io2", iops: 256000, multiAttach: true, bootable: false })
  })

  it.each([
    [["--type", "gp3", "--size", "10", "--iops", "6000"], "InvalidParameterValue", "Iops to volume size ratio of 600.000000 is too high; maximum is 500"],
    [["--type", "io1", "--size", "100"], "InvalidParameterCombination", "The parameter iops must be specified for io1 volumes."],
    [["--type", "gp2", "--size", "100", "--iops", "300"], "InvalidParameterCombination", "The parameter iops is not supported for gp2 volumes."],
    [["--type", "gp4", "--size", "100"], "UnknownVolumeType", "Unsupported volume type 'gp4' for volume creation."],
    [["--type", "gp3", "--size", "abc"], "InvalidParameterValue", "Invalid value 'abc' for Size."],
    [["--type", "gp3", "--size", "-5"], "InvalidParameterValue", "Invalid value '-5' for Size."]
  ])("rejects %j with AWS's error", async (args, errorCode, message) => {
    const { code, json } = await runJson("volume", ...args)
    expect(code).toBe(1)
    expect(json).toEqual({ error: { code: errorCode, message } })
  })

  it("rejects a missing size", async () => {
    const { code, json } = await runJson("volume", "--type", "gp3")
    expect(code).toBe(1)
    expect(json.error.code).toBe("MissingParameter")
  })
})

describe("usage", () => {
  it("answers unknown flags with exit code 1 and, with --json, a JSON error", async () => {
    const { code, json } = await runJson("volume", "--colour", "blue")
    expect(code).toBe(1)
    expect(json.error.code).toBe("UnrecognizedOption")
    expect(json.error.message).toContain("--colour")
  })

  it("lists every subcommand in ec2kit --help, including those the executable hands on (serve, metadata)", async () => {
    expect(await Cli.main(["--help"])).toBe(0)
    const subcommands = out.join("\n").split("SUBCOMMANDS")[1] ?? ""
    for (const name of ["instance-type", "volume", "serve", "metadata"]) {
      expect(subcommands).toMatch(new RegExp(`^  ${name} +\\S`, "m"))
    }
  })

  it("has --help on every command", async () => {
    for (const args of [["--help"], ["instance-type", "--help"], ["volume", "--help"]]) {
      out = []
      expect(await Cli.main(args)).toBe(0)
      expect(out.join("\n")).toContain("USAGE")
    }
  })
})
