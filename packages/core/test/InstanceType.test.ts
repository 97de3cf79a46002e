import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Option, Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as InstanceType from "../src/InstanceType.js"

// The 1,437 names of @aws-sdk/client-ec2 3.1169.0 ∪ botocore 1.29.27 (fixtures/instance-type-names.txt, 2026-11).
const namesFile = fileURLToPath(new URL("./fixtures/instance-type-names.txt", import.meta.url))
const names: ReadonlyArray<string> = readFileSync(namesFile, "utf8").split("\n").filter((l) => l.length > 0)
// Seen in awslabs/amazon-eks-ami instance-info.jsonl (2026-07) but in no SDK enum.
const unlisted = ["bmn-sf1.metal", "c5a.metal", "c5ad.metal", "m9gd.4xlarge", "c10.large", "x9iedn.metal-96xl"]

const ok = (name: string): InstanceType.ParsedInstanceType => {
  const r = InstanceType.parse(name)
  if (Result.isFailure(r)) throw new Error(`expected ${name} to parse: ${r.failure.message}`)
  return r.success
}

const expectRejected = (name: string): void => {
  const r = InstanceType.parse(name)
  expect(Result.isFailure(r)).toBe(true)
  if (Result.isFailure(r)) {
    expect(r.failure.code).toBe("InvalidParameterValue")
    expect(r.failure.reason.message).toBe(`Invalid value '${name}' for InstanceType.`)
    expect(r.failure.reason._tag).toBe("InvalidRequest")
  }
  expect(InstanceType.isValid(name)).toBe(false)
}

// An independent oracle for the grammar in the module comment, written without the module's regex.
const oracle = (s: string): boolean => {
  const dot = s.indexOf(".")
  if (dot <= 0 || s.indexOf(".", dot + 1) !== -1) return false
  const fam = s.slice(0, dot)
  const size = s.slice(dot + 1)
  const hy = fam.split("-")
  if (hy.length > 2) return false
  const head = hy[0]!
  const suffix = hy[1]
  if (suffix !== undefined && !/^[a-z1-9][a-z0-9]{0,15}$/.test(suffix)) return false
  let i = 0
  while (i < head.length && head[i]! >= "a" && head[i]! <= "z") i++
  const series = head.slice(0, i)
  let j = i
  while (j < head.length && head[j]! >= "0" && head[j]! <= "9") j++
  const gen = head.slice(i, j)
  const opts = head.slice(j)
  if (series.length < 1 || series.length > 4) return false
  if (gen.length > 0 && (gen[0] === "0" || gen.length > 4)) return false
  if (!/^[a-z]*$/.test(opts)) return false
  if (new Set(opts).size !== opts.length) return false
  if (gen.length === 0 && (opts.length > 0 || suffix === undefined)) return false
  if (["nano", "micro", "small", "medium", "large", "xlarge", "metal"].includes(size)) return true
  const xl = /^(\d+)xlarge$/.exec(size) ?? /^metal-(\d+)xl$/.exec(size)
  if (xl === null) return false
  const n = xl[1]!
  return n[0] !== "0" && n.length <= 4 && Number(n) >= 2
}

const letter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz".split(""))
const sizeArb: fc.Arbitrary<InstanceType.Size> = fc.oneof(
  fc.constantFrom(...InstanceType.namedSizes).map((name) => ({ _tag: "Named", name }) as const),
  fc.integer({ min: 1, max: 9999 }).map((multiplier) => ({ _tag: "XLarge", multiplier }) as const),
  fc.constant({ _tag: "Metal" } as const),
  fc.integer({ min: 2, max: 9999 }).map((multiplier) => ({ _tag: "Metal", multiplier }) as const)
)
const sizeText = sizeArb.map(InstanceType.formatSize)

// Well-formed parts, straight from the grammar.
const partsArb: fc.Arbitrary<InstanceType.InstanceTypeParts> = fc
  .record({
    series: fc.array(letter, { minLength: 1, maxLength: 4 }).map((a) => a.join("")),
    generation: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
    options: fc.uniqueArray(letter, { maxLength: 6 }).map((a) => a.join("")),
    suffix: fc.option(fc.stringMatching(/^[a-z1-9][a-z0-9]{0,15}$/), { nil: undefined }),
    size: sizeArb
  })
  .map(({ generation, options, series, size, suffix }) => {
    const withSuffix = generation === undefined ? (suffix ?? "flex") : suffix
    const out: {
      series: string
      generation?: number
      options: string
      suffix?: string
      size: InstanceType.Size
    } = { series, options: generation === undefined ? "" : options, size }
    if (generation !== undefined) out.generation = generation
    if (withSuffix !== undefined) out.suffix = withSuffix
    return out
  })

// Always-malformed variants of a valid name.
const breakers: ReadonlyArray<(s: string) => string> = [
  (s) => s.toUpperCase(),
  (s) => ` ${s}`,
  (s) => `${s} `,
  (s) => `${s}\n`,
  (s) => `${s}.`,
  (s) => `.${s}`,
  (s) => s.replace(".", ".."),
  (s) => s.replace(".", ""),
  (s) => s.replace(".", "-."),
  (s) => s.split(".")[0]!,
  (s) => `.${s.split(".")[1]}`,
  (s) => `${s}x`,
  (s) => `${s}0`,
  (s) => s.replace(".", "--x."),
  (s) => `${s.split(".")[0]}.0xlarge`,
  (s) => `${s.split(".")[0]}.01xlarge`,
  (s) => `${s.split(".")[0]}.1xlarge`,
  (s) => `${s.split(".")[0]}.metal-0xl`,
  (s) => `${s.split(".")[0]}.metal-1xl`,
  (s) => `${s.split(".")[0]}.metal-`,
  (s) => `${s.split(".")[0]}.large.large`,
  (s) => `${s.split(".")[0]}.Large`,
  (s) => `${s.split(".")[0]}.xlarge2`,
  (s) => `${s.split(".")[0]}.12345xlarge`,
  (s) => `1${s}`,
  (s) => `abcde${s}`,
  (s) => s.replace(/^([a-z]+)/, "$1 ")
]

describe("InstanceType.parse", () => {
  it("accepts every name of the SDK list and formats it back exactly (all 1,437)", () => {
    expect(names.length).toBe(1437)
    for (const name of names) {
      const p = ok(name)
      expect(InstanceType.format(p)).toBe(name)
      expect(p.name).toBe(name)
      expect(p.family).toBe(name.slice(0, name.indexOf(".")))
      expect(InstanceType.isValid(name)).toBe(true)
    }
  })

  it("accepts well-formed names no list knows yet", () => {
    for (const name of unlisted) expect(InstanceType.format(ok(name))).toBe(name)
  })

  it("property: format(parse(s)) === s over the listed names", () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), (name) => {
        const r = InstanceType.parse(name)
        return Result.isSuccess(r) && InstanceType.format(r.success) === name
      }),
      { numRuns: 2000 }
    )
  })

  it("property: generated well-formed names parse back into the same parts", () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const name = InstanceType.format(parts)
        const p = ok(name)
        expect(InstanceType.format(p)).toBe(name)
        expect(p.series).toBe(parts.series)
        expect(p.generation).toBe(parts.generation)
        expect(p.options).toBe(parts.options)
        expect(p.suffix).toBe(parts.suffix)
        expect(p.size).toEqual(parts.size)
        expect(oracle(name)).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })

  it("property: malformed variants are rejected with InvalidParameterValue and AWS's message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...names), partsArb.map(InstanceType.format)), fc.constantFrom(...breakers), (name, breakIt) => {
        const bad = breakIt(name)
        expect(oracle(bad)).toBe(false)
        expectRejected(bad)
      }),
      { numRuns: 3000 }
    )
  })

  it("property: one-character edits are accepted exactly when the grammar allows them", () => {
    const chars = fc.constantFrom(..."abdegimnxz0129.-_ LX".split(""))
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), chars, fc.constantFrom("insert", "delete", "replace"), (name, at, c, op) => {
        const i = at % (name.length + 1)
        const edited = op === "insert"
          ? name.slice(0, i) + c + name.slice(i)
          : op === "delete"
          ? name.slice(0, i) + name.slice(i + 1)
          : name.slice(0, i) + c + name.slice(i + 1)
        const expected = oracle(edited)
        expect(InstanceType.isValid(edited)).toBe(expected)
        if (expected) expect(InstanceType.format(ok(edited))).toBe(edited)
        else expectRejected(edited)
      }),
      { numRuns: 5000 }
    )
  })

  it("property: parse never throws and agrees with the oracle on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[a-z0-9.-]{0,20}$/)), (s) => {
        const r = InstanceType.parse(s)
        expect(Result.isSuccess(r)).toBe(oracle(s))
        if (Result.isFailure(r)) expect(r.failure.reason.message).toBe(`Invalid value '${s}' for InstanceType.`)
      }),
      { numRuns: 5000 }
    )
  })

  it.each([
    "",
    "m5",
    "m5.",
    ".large",
    "m5.largex",
    "m5..large",
    "m5.0xlarge",
    "m5.01xlarge",
    "m5.1xlarge",
    "c7i.metal-0xl",
    "c7i.metal-01xl",
    "M5.large",
    "m5.Large",
    " m5.large",
    "m5.large ",
    "m5-.large",
    "-flex.large",
    "m5dd.large",
    "m05.large",
    "m0.large",
    "mac.metal",
    "u.metal",
    "u-.metal",
    "u-06tb1.metal",
    "abcde1.large",
    "c7i-flex-x.large",
    "m5.large\n",
    "m5.metal-24xlarge",
    "m5.metal24xl",
    "m5.xl",
    "m5.24xl"
  ])("rejects %j with the exact code and message", (bad) => {
    expectRejected(bad)
  })
})

describe("tricky names (shared/docs/ec2-facts.md §1.3)", () => {
  const cases: ReadonlyArray<
    readonly [string, { series: string; generation?: number; options: string; suffix?: string; size: string; family: string }]
  > = [
    // no generation digit
    ["u-3tb1.56xlarge", { series: "u", options: "", suffix: "3tb1", size: "56xlarge", family: "u-3tb1" }],
    ["u-6tb1.metal", { series: "u", options: "", suffix: "6tb1", size: "metal", family: "u-6tb1" }],
    ["u-24tb1.112xlarge", { series: "u", options: "", suffix: "24tb1", size: "112xlarge", family: "u-24tb1" }],
    ["mac-m4.metal", { series: "mac", options: "", suffix: "m4", size: "metal", family: "mac-m4" }],
    ["mac-m4pro.metal", { series: "mac", options: "", suffix: "m4pro", size: "metal", family: "mac-m4pro" }],
    ["mac-m4max.metal", { series: "mac", options: "", suffix: "m4max", size: "metal", family: "mac-m4max" }],
    ["mac-m3ultra.metal", { series: "mac", options: "", suffix: "m3ultra", size: "metal", family: "mac-m3ultra" }],
    ["bmn-sf1.metal", { series: "bmn", options: "", suffix: "sf1", size: "metal", family: "bmn-sf1" }],
    // memory-size suffix after generation
    ["u7i-6tb.112xlarge", { series: "u", generation: 7, options: "i", suffix: "6tb", size: "112xlarge", family: "u7i-6tb" }],
    ["u7i-12tb.224xlarge", { series: "u", generation: 7, options: "i", suffix: "12tb", size: "224xlarge", family: "u7i-12tb" }],
    ["u7ib-12tb.224xlarge", { series: "u", generation: 7, options: "ib", suffix: "12tb", size: "224xlarge", family: "u7ib-12tb" }],
    ["u7in-32tb.224xlarge", { series: "u", generation: 7, options: "in", suffix: "32tb", size: "224xlarge", family: "u7in-32tb" }],
    ["u7inh-32tb.480xlarge", { series: "u", generation: 7, options: "inh", suffix: "32tb", size: "480xlarge", family: "u7inh-32tb" }],
    // flex
    ["c7i-flex.large", { series: "c", generation: 7, options: "i", suffix: "flex", size: "large", family: "c7i-flex" }],
    ["m7i-flex.2xlarge", { series: "m", generation: 7, options: "i", suffix: "flex", size: "2xlarge", family: "m7i-flex" }],
    // Apple chips
    ["mac1.metal", { series: "mac", generation: 1, options: "", size: "metal", family: "mac1" }],
    ["mac2-m1ultra.metal", { series: "mac", generation: 2, options: "", suffix: "m1ultra", size: "metal", family: "mac2-m1ultra" }],
    ["mac2-m2pro.metal", { series: "mac", generation: 2, options: "", suffix: "m2pro", size: "metal", family: "mac2-m2pro" }],
    // GPU models
    ["p6-b200.48xlarge", { series: "p", generation: 6, options: "", suffix: "b200", size: "48xlarge", family: "p6-b200" }],
    ["p6-b300.48xlarge", { series: "p", generation: 6, options: "", suffix: "b300", size: "48xlarge", family: "p6-b300" }],
    ["p6e-gb200.36xlarge", { series: "p", generation: 6, options: "e", suffix: "gb200", size: "36xlarge", family: "p6e-gb200" }],
    // sized bare metal
    ["c7i.metal-24xl", { series: "c", generation: 7, options: "i", size: "metal-24xl", family: "c7i" }],
    ["r7iz.metal-32xl", { series: "r", generation: 7, options: "iz", size: "metal-32xl", family: "r7iz" }],
    ["m8azn.metal-12xl", { series: "m", generation: 8, options: "azn", size: "metal-12xl", family: "m8azn" }],
    ["x8aedz.metal-12xl", { series: "x", generation: 8, options: "aedz", size: "metal-12xl", family: "x8aedz" }],
    ["c8i.metal-96xl", { series: "c", generation: 8, options: "i", size: "metal-96xl", family: "c8i" }],
    // multi-letter series
    ["hpc6a.48xlarge", { series: "hpc", generation: 6, options: "a", size: "48xlarge", family: "hpc6a" }],
    ["hpc6id.32xlarge", { series: "hpc", generation: 6, options: "id", size: "32xlarge", family: "hpc6id" }],
    ["hpc7g.16xlarge", { series: "hpc", generation: 7, options: "g", size: "16xlarge", family: "hpc7g" }],
    ["inf2.xlarge", { series: "inf", generation: 2, options: "", size: "xlarge", family: "inf2" }],
    ["trn1n.32xlarge", { series: "trn", generation: 1, options: "n", size: "32xlarge", family: "trn1n" }],
    ["trn2u.48xlarge", { series: "trn", generation: 2, options: "u", size: "48xlarge", family: "trn2u" }],
    ["dl1.24xlarge", { series: "dl", generation: 1, options: "", size: "24xlarge", family: "dl1" }],
    ["dl2q.24xlarge", { series: "dl", generation: 2, options: "q", size: "24xlarge", family: "dl2q" }],
    ["vt1.3xlarge", { series: "vt", generation: 1, options: "", size: "3xlarge", family: "vt1" }],
    ["im4gn.large", { series: "im", generation: 4, options: "gn", size: "large", family: "im4gn" }],
    ["is4gen.2xlarge", { series: "is", generation: 4, options: "gen", size: "2xlarge", family: "is4gen" }],
    ["gr6.4xlarge", { series: "gr", generation: 6, options: "", size: "4xlarge", family: "gr6" }],
    ["gr6f.4xlarge", { series: "gr", generation: 6, options: "f", size: "4xlarge", family: "gr6f" }],
    ["cc2.8xlarge", { series: "cc", generation: 2, options: "", size: "8xlarge", family: "cc2" }],
    ["cg1.4xlarge", { series: "cg", generation: 1, options: "", size: "4xlarge", family: "cg1" }],
    ["cr1.8xlarge", { series: "cr", generation: 1, options: "", size: "8xlarge", family: "cr1" }],
    ["hi1.4xlarge", { series: "hi", generation: 1, options: "", size: "4xlarge", family: "hi1" }],
    ["hs1.8xlarge", { series: "hs", generation: 1, options: "", size: "8xlarge", family: "hs1" }],
    // long option strings
    ["x2iedn.32xlarge", { series: "x", generation: 2, options: "iedn", size: "32xlarge", family: "x2iedn" }],
    ["x2iezn.12xlarge", { series: "x", generation: 2, options: "iezn", size: "12xlarge", family: "x2iezn" }],
    ["m5zn.large", { series: "m", generation: 5, options: "zn", size: "large", family: "m5zn" }],
    ["m8idb.large", { series: "m", generation: 8, options: "idb", size: "large", family: "m8idb" }],
    ["c8ine.large", { series: "c", generation: 8, options: "ine", size: "large", family: "c8ine" }],
    ["i7ie.large", { series: "i", generation: 7, options: "ie", size: "large", family: "i7ie" }],
    ["d3en.xlarge", { series: "d", generation: 3, options: "en", size: "xlarge", family: "d3en" }],
    ["p4de.24xlarge", { series: "p", generation: 4, options: "de", size: "24xlarge", family: "p4de" }],
    ["g4ad.xlarge", { series: "g", generation: 4, options: "ad", size: "xlarge", family: "g4ad" }],
    // a letter that is both series and option
    ["i3.large", { series: "i", generation: 3, options: "", size: "large", family: "i3" }],
    ["i4i.large", { series: "i", generation: 4, options: "i", size: "large", family: "i4i" }],
    ["g5.xlarge", { series: "g", generation: 5, options: "", size: "xlarge", family: "g5" }],
    ["c7g.large", { series: "c", generation: 7, options: "g", size: "large", family: "c7g" }],
    ["d3.xlarge", { series: "d", generation: 3, options: "", size: "xlarge", family: "d3" }],
    ["m5d.large", { series: "m", generation: 5, options: "d", size: "large", family: "m5d" }],
    ["z1d.large", { series: "z", generation: 1, options: "d", size: "large", family: "z1d" }],
    ["a1.large", { series: "a", generation: 1, options: "", size: "large", family: "a1" }],
    ["c5a.large", { series: "c", generation: 5, options: "a", size: "large", family: "c5a" }],
    ["f2.12xlarge", { series: "f", generation: 2, options: "", size: "12xlarge", family: "f2" }],
    ["g6f.large", { series: "g", generation: 6, options: "f", size: "large", family: "g6f" }],
    // undocumented letters, big sizes, names outside the enum
    ["g3s.xlarge", { series: "g", generation: 3, options: "s", size: "xlarge", family: "g3s" }],
    ["x8i.64xlarge", { series: "x", generation: 8, options: "i", size: "64xlarge", family: "x8i" }],
    ["c5a.metal", { series: "c", generation: 5, options: "a", size: "metal", family: "c5a" }],
    ["c5ad.metal", { series: "c", generation: 5, options: "ad", size: "metal", family: "c5ad" }]
  ]
  it.each(cases)("%s", (name, want) => {
    const p = ok(name)
    expect(p.series).toBe(want.series)
    expect(p.generation).toBe(want.generation)
    expect(p.options).toBe(want.options)
    expect(p.suffix).toBe(want.suffix)
    expect(InstanceType.formatSize(p.size)).toBe(want.size)
    expect(p.family).toBe(want.family)
    expect(InstanceType.format(p)).toBe(name)
  })

  it("is4gen is series is + options g, e, n (not a series 'gen')", () => {
    const p = ok("is4gen.large")
    expect(InstanceType.optionLetters(p)).toEqual(["g", "e", "n"])
    expect(InstanceType.hasOption(p, "e")).toBe(true)
    expect(InstanceType.processorOf(p)).toBe("graviton")
  })
})

describe("sizes", () => {
  it("follows AWS's order, metal-Nxl right after Nxlarge and plain metal last", () => {
    const texts = ["metal", "24xlarge", "metal-24xl", "xlarge", "nano", "2xlarge", "large", "metal-12xl", "12xlarge", "micro", "480xlarge", "medium", "small", "metal-96xl"]
    const sorted = texts
      .map((t) => Option.getOrThrow(InstanceType.parseSize(t)))
      .sort(InstanceType.SizeOrder)
      .map(InstanceType.formatSize)
    expect(sorted).toEqual(["nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "12xlarge", "metal-12xl", "24xlarge", "metal-24xl", "metal-96xl", "480xlarge", "metal"])
  })

  it("parseSize rejects what is not a size", () => {
    for (const bad of ["", "1xlarge", "0xlarge", "metal-1xl", "metal-", "Large", "xlarge ", "huge", "10000xlarge"]) {
      expect(Option.isNone(InstanceType.parseSize(bad))).toBe(true)
    }
  })

  it("property: formatSize/parseSize round trip", () => {
    fc.assert(
      fc.property(sizeText, (t) => InstanceType.formatSize(Option.getOrThrow(InstanceType.parseSize(t))) === t),
      { numRuns: 2000 }
    )
  })

  it("property: the size order is a total order", () => {
    fc.assert(
      fc.property(sizeArb, sizeArb, sizeArb, (a, b, c) => {
        const ab = InstanceType.compareSize(a, b)
        const ba = InstanceType.compareSize(b, a)
        expect(ab).toBe(-ba || 0) // antisymmetry (and totality: always -1, 0 or 1)
        expect(InstanceType.compareSize(a, a)).toBe(0) // reflexivity
        if (ab === 0) expect(a).toEqual(b) // distinct sizes never tie
        if (ab <= 0 && InstanceType.compareSize(b, c) <= 0) expect(InstanceType.compareSize(a, c)).toBeLessThanOrEqual(0) // transitivity
      }),
      { numRuns: 5000 }
    )
  })

  it("property: the order agrees with the xlarge multiplier", () => {
    fc.assert(
      fc.property(sizeArb, sizeArb, (a, b) => {
        const x = InstanceType.xlargeMultiplier(a)
        const y = InstanceType.xlargeMultiplier(b)
        if (x !== undefined && y !== undefined && x !== y) {
          expect(InstanceType.compareSize(a, b)).toBe(x < y ? -1 : 1)
        }
        if (a._tag === "Named" && b._tag !== "Named") expect(InstanceType.compareSize(a, b)).toBe(-1)
        if (a._tag === "Metal" && a.multiplier === undefined && !(b._tag === "Metal" && b.multiplier === undefined)) {
          expect(InstanceType.compareSize(a, b)).toBe(1)
        }
      }),
      { numRuns: 5000 }
    )
  })
})

describe("name order", () => {
  it("sorts by family then size, generations numerically", () => {
    const input = ["c7i.metal-24xl", "c10.large", "c7i.24xlarge", "c7i.large", "c7.large", "c7i-flex.large", "bad name", "a1.metal", "c7i.metal"]
    expect([...input].sort(InstanceType.NameOrder)).toEqual([
      "a1.metal",
      "c7.large",
      "c7i.large",
      "c7i.24xlarge",
      "c7i.metal-24xl",
      "c7i.metal",
      "c7i-flex.large",
      "c10.large",
      "bad name"
    ])
  })

  it("property: the name order is total and antisymmetric over listed names", () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...names), (a, b) => {
        const ab = InstanceType.NameOrder(a, b)
        expect(ab).toBe(-InstanceType.NameOrder(b, a) || 0)
        expect(ab === 0).toBe(a === b)
      }),
      { numRuns: 3000 }
    )
  })
})

describe("helpers", () => {
  it("processorOf reads the option letters and the series", () => {
    const proc = (n: string) => InstanceType.processorOf(ok(n))
    expect(proc("c6a.large")).toBe("amd")
    expect(proc("c7g.large")).toBe("graviton")
    expect(proc("c6i.large")).toBe("intel")
    expect(proc("x2iedn.xlarge")).toBe("intel")
    expect(proc("a1.large")).toBe("graviton")
    expect(proc("mac1.metal")).toBe("intel")
    expect(proc("mac2.metal")).toBe("apple")
    expect(proc("mac-m4pro.metal")).toBe("apple")
    expect(proc("m5.large")).toBeUndefined()
    expect(proc("i3.large")).toBeUndefined() // series i is storage, not Intel
    expect(proc("g5.xlarge")).toBeUndefined() // series g is graphics, not Graviton
    expect(proc("p6e-gb200.36xlarge")).toBeUndefined() // gb200 is a GPU, not an option
  })

  it("hasInstanceStore from the name", () => {
    const store = (n: string) => InstanceType.hasInstanceStore(ok(n))
    for (const n of ["m5d.large", "i3.large", "i4i.large", "d3.xlarge", "h1.2xlarge", "im4gn.large", "is4gen.large", "x2iedn.xlarge", "z1d.large", "g5.xlarge", "p5.48xlarge", "p6-b200.48xlarge", "m3.medium"]) {
      expect(store(n)).toBe(true)
    }
    for (const n of ["m5.large", "c7g.large", "t3.micro", "p6e-gb200.36xlarge", "mac2.metal", "u7i-12tb.224xlarge"]) expect(store(n)).toBe(false)
  })

  it("isFlex, isMetal, isBurstable, suffixKind", () => {
    expect(InstanceType.isFlex(ok("c7i-flex.large"))).toBe(true)
    expect(InstanceType.isFlex(ok("c7i.large"))).toBe(false)
    expect(InstanceType.isMetal(ok("c7i.metal-24xl"))).toBe(true)
    expect(InstanceType.isMetal(ok("mac-m4.metal"))).toBe(true)
    expect(InstanceType.isMetal(ok("m5.large"))).toBe(false)
    expect(InstanceType.isBurstable(ok("t3.micro"))).toBe(true)
    expect(InstanceType.isBurstable(ok("t1.micro"))).toBe(false)
    expect(InstanceType.suffixKind(ok("c7i-flex.large"))).toBe("flex")
    expect(InstanceType.suffixKind(ok("u-6tb1.metal"))).toBe("memory")
    expect(InstanceType.suffixKind(ok("u7in-32tb.224xlarge"))).toBe("memory")
    expect(InstanceType.suffixKind(ok("p6e-gb200.36xlarge"))).toBe("gpu")
    expect(InstanceType.suffixKind(ok("mac2-m2pro.metal"))).toBe("apple-chip")
    expect(InstanceType.suffixKind(ok("bmn-sf1.metal"))).toBe("other")
    expect(InstanceType.suffixKind(ok("m5.large"))).toBeUndefined()
  })

  it("family and parseOption", () => {
    expect(InstanceType.family("u7i-12tb.224xlarge")).toEqual(Option.some("u7i-12tb"))
    expect(InstanceType.family("c6i.large")).toEqual(Option.some("c6i"))
    expect(InstanceType.family("c6i")).toEqual(Option.none())
    expect(Option.isNone(InstanceType.parseOption("m5.largex"))).toBe(true)
  })

  it("every observed option letter of the list is documented or one of the known undocumented ones", () => {
    const letters = new Set(names.flatMap((n) => InstanceType.optionLetters(ok(n))))
    const undocumented = [...letters].filter((l) => InstanceType.optionMeaning[l] === undefined).sort()
    expect(undocumented).toEqual(["f", "h", "s", "u"])
    const series = new Set(names.map((n) => ok(n).series))
    expect([...series].filter((s) => InstanceType.seriesMeaning[s] === undefined)).toEqual([])
  })
})

describe("InstanceTypeName schema", () => {
  it("decodes valid names and rejects malformed ones with AWS's message", () => {
    expect(Schema.decodeUnknownSync(InstanceType.InstanceTypeName)("m7g.large")).toBe("m7g.large")
    const bad = Schema.decodeUnknownResult(InstanceType.InstanceTypeName)("m5.largex")
    expect(Result.isFailure(bad)).toBe(true)
    if (Result.isFailure(bad)) expect(bad.failure.message).toContain("Invalid value 'm5.largex' for InstanceType.")
    expect(Schema.is(InstanceType.InstanceTypeName)(42)).toBe(false)
  })

  it("property: the schema agrees with isValid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...names), fc.string(), partsArb.map(InstanceType.format)), (s) => {
        expect(Schema.is(InstanceType.InstanceTypeName)(s)).toBe(InstanceType.isValid(s))
      }),
      { numRuns: 2000 }
    )
  })
})
