/**
 * Instance-type names (`m7g.large`, `u7i-12tb.224xlarge`, `c7i.metal-24xl`, …): a strict parser, an exact
 * formatter, size and name orderings, and name-based helpers.
 *
 * ## Grammar
 *
 * Naming convention: https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html
 * (read 2026-11 via the copies listed in `shared/docs/ec2-facts.md` §1.1; "The instance family is everything
 * before the period (.)", SDK `PerformanceFactorReferenceRequest.InstanceFamily`, @aws-sdk/client-ec2 3.1169.0).
 * The grammar below accepts all 1,437 names of the SDK enum (`shared/data/instance-type-names.txt`, 2026-11-13)
 * plus `bmn-sf1.metal`, `c5a.metal`, `c5ad.metal` (awslabs/amazon-eks-ami instance-info.jsonl, 2026-07), and is
 * otherwise as strict as plausible (AWS's own validation is unknown; strictest choice, per contributing.md):
 *
 * ```text
 * name       = family "." size
 * family     = series [generation] options ["-" suffix]
 * series     = 1*4 lowercase letter            ; all letters before the first digit: "c", "is", "hpc", "bmn"
 * generation = digit1-9 *3digit                ; no leading zero: "7", "10"
 * options    = *lowercase letter               ; a set: no letter twice ("gen", "iedn"); unknown letters kept
 * suffix     = (lowercase / digit1-9) *15(lowercase / digit)   ; "flex", "6tb1", "32tb", "gb200", "m2pro", "sf1"
 * size       = "nano" / "micro" / "small" / "medium" / "large" / "xlarge"
 *            / N "xlarge" / "metal" / "metal-" N "xl"
 * N          = 2 .. 9999 without leading zero  ; "1xlarge" is spelled "xlarge"; "metal-1xl" is not a size
 * ```
 * with two more rules: without a generation the family has no options and must have a suffix
 * (`u-6tb1`, `mac-m4`, `bmn-sf1`; every generation-less name AWS uses has one), and nothing else
 * (no upper case, no spaces, a single `.`, a single `-` before it).
 *
 * Because the series is *every* letter before the first digit, a letter that is both a series and an option
 * is decided by its position: `i3` = series `i`, `c6i` = series `c` + option `i`; `is4gen` = series `is`,
 * generation 4, options `g`, `e`, `n`. Generation-less names keep all letters as the series (`u-6tb1`: the `1`
 * belongs to the suffix, not a generation).
 *
 * @since 0.1.0
 */
import { type Brand, Option, Order, Result, Schema } from "effect"
import * as Ec2Error from "./Ec2Error.js"
import type { KnownInstanceTypeName } from "./internal/instanceTypeNames.js"

// ---------------------------------------------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------------------------------------------

/**
 * The sizes below `xlarge`, smallest first (naming-convention page, see module comment; observed in
 * `shared/data/instance-type-names.txt`, 2026-11).
 *
 * @since 0.1.0
 * @category sizes
 */
export const namedSizes = ["nano", "micro", "small", "medium", "large"] as const

/**
 * A size below `xlarge`.
 *
 * @since 0.1.0
 * @category sizes
 */
export type NamedSize = (typeof namedSizes)[number]

/**
 * The size part of a name: a named size (`nano` … `large`), `Nxlarge` (`xlarge` has multiplier 1), or bare
 * metal, plain (`metal`) or sized (`metal-24xl` has multiplier 24).
 *
 * @since 0.1.0
 * @category sizes
 */
export type Size =
  | { readonly _tag: "Named"; readonly name: NamedSize }
  | { readonly _tag: "XLarge"; readonly multiplier: number }
  | { readonly _tag: "Metal"; readonly multiplier?: number }

/**
 * Largest `N` accepted in `Nxlarge` / `metal-Nxl`. AWS's largest today is 480 (`u7inh-32tb.480xlarge`,
 * SDK enum 2026-11); 4 digits leave room without accepting absurd numbers (our choice, AWS's limit is unknown).
 *
 * @since 0.1.0
 * @category sizes
 */
export const maxSizeMultiplier = 9999

const namedSizeIndex: Record<string, number> = { nano: 0, micro: 1, small: 2, medium: 3, large: 4 }

const SIZE_RE = /^(?:(nano|micro|small|medium|large)|([1-9]\d{0,3})?xlarge|metal(?:-([1-9]\d{0,3})xl)?)$/

const sizeFromMatch = (named: string | undefined, xl: string | undefined, metalN: string | undefined, text: string): Size | undefined => {
  if (named !== undefined) return { _tag: "Named", name: named as NamedSize }
  if (text.charCodeAt(0) === 109 /* m */) {
    if (metalN === undefined) return { _tag: "Metal" }
    const n = +metalN
    return n >= 2 ? { _tag: "Metal", multiplier: n } : undefined
  }
  if (xl === undefined) return { _tag: "XLarge", multiplier: 1 }
  const n = +xl
  return n >= 2 ? { _tag: "XLarge", multiplier: n } : undefined
}

/**
 * Parses a size (`large`, `24xlarge`, `metal`, `metal-48xl`); `None` if it is not one.
 *
 * @since 0.1.0
 * @category sizes
 */
export const parseSize = (text: string): Option.Option<Size> => {
  const m = SIZE_RE.exec(text)
  if (m === null) return Option.none()
  return Option.fromNullishOr(sizeFromMatch(m[1], m[2], m[3], text))
}

/**
 * Writes a size back as AWS spells it.
 *
 * @since 0.1.0
 * @category sizes
 */
export const formatSize = (size: Size): string => {
  switch (size._tag) {
    case "Named":
      return size.name
    case "XLarge":
      return size.multiplier === 1 ? "xlarge" : `${size.multiplier}xlarge`
    case "Metal":
      return size.multiplier === undefined ? "metal" : `metal-${size.multiplier}xl`
  }
}

/**
 * How many `xlarge`s the size is, where the name says so: `xlarge` 1, `24xlarge` 24, `metal-24xl` 24;
 * `undefined` for named sizes and plain `metal` (no fixed ratio: e.g. `t3.nano`…`t3.medium` all have 2 vCPUs,
 * catalogue data; plain `metal` is "the whole host", whose size differs by family).
 *
 * @since 0.1.0
 * @category sizes
 */
export const xlargeMultiplier = (size: Size): number | undefined => (size._tag === "Named" ? undefined : size.multiplier)

// Sort key: tier (0 named, 1 xlarge/metal-N, 2 plain metal), then rank within the tier.
const sizeRank = (size: Size): number => {
  switch (size._tag) {
    case "Named":
      return namedSizeIndex[size.name]!
    case "XLarge":
      return 10 + size.multiplier * 2
    case "Metal":
      return size.multiplier === undefined ? Number.MAX_SAFE_INTEGER : 10 + size.multiplier * 2 + 1
  }
}

/**
 * Compares two sizes: `nano < micro < small < medium < large < xlarge < 2xlarge < … < Nxlarge` by `N`, with
 * `metal-Nxl` right after `Nxlarge` (same `N`) and plain `metal` after every other size.
 *
 * AWS documents no ordering (DescribeInstanceTypes returns types unordered; the console sorts names as
 * text). Our choice, following the resources: `c7i.metal-24xl` has the vCPUs and memory of `c7i.24xlarge`
 * (96 vCPU, 196,608 MiB, Karpenter data 2026-07), so it sorts beside it, bare metal after the virtualised
 * size; plain `metal` is the whole host and never smaller than the family's largest virtualised size
 * (e.g. `m5.metal` = `m5.24xlarge` = 96 vCPU, `c7i.metal-48xl` = `c7i.48xlarge`, Karpenter data 2026-07).
 *
 * @since 0.1.0
 * @category ordering
 */
export const compareSize = (a: Size, b: Size): -1 | 0 | 1 => {
  const x = sizeRank(a)
  const y = sizeRank(b)
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * `Order` over sizes, see {@link compareSize}.
 *
 * @since 0.1.0
 * @category ordering
 */
export const SizeOrder: Order.Order<Size> = Order.make(compareSize)

// ---------------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------------

/**
 * The parts a name is made of; {@link format} writes them back.
 *
 * @since 0.1.0
 * @category models
 */
export interface InstanceTypeParts {
  /** Every letter before the generation: `c`, `is`, `hpc`, `u`, `mac`. */
  readonly series: string
  /** The generation digit(s); absent for `u-6tb1.*`, `mac-m4.*`, `bmn-sf1.*`. */
  readonly generation?: number
  /** The option letters as written, possibly empty: `gd`, `iedn`, `gen`. */
  readonly options: string
  /** The text after the hyphen: `flex`, `6tb1`, `12tb`, `gb200`, `m2pro`, `sf1`. */
  readonly suffix?: string
  /** The size after the dot. */
  readonly size: Size
}

/**
 * A parsed name: its parts, the name itself and its family (everything before the dot).
 *
 * @since 0.1.0
 * @category models
 */
export interface ParsedInstanceType extends InstanceTypeParts {
  /** The whole name, validated. */
  readonly name: InstanceTypeName
  /** Everything before the dot: `c7i-flex`, `u7i-12tb`, `is4gen`. */
  readonly family: string
}

// series: 1-4 letters; generation: no leading zero; options: letters; suffix: 1-16 chars, no leading zero;
// size: checked by sizeFromMatch for N >= 2.
const NAME_RE =
  /^([a-z]{1,4})([1-9]\d{0,3})?([a-z]*)(?:-([a-z1-9][a-z0-9]{0,15}))?\.(?:(nano|micro|small|medium|large)|([1-9]\d{0,3})?xlarge|metal(?:-([1-9]\d{0,3})xl)?)$/

const hasRepeatedLetter = (s: string): boolean => {
  if (s.length < 2) return false
  let seen = 0
  for (let i = 0; i < s.length; i++) {
    const bit = 1 << (s.charCodeAt(i) - 97)
    if ((seen & bit) !== 0) return true
    seen |= bit
  }
  return false
}

const parseUnsafe = (name: string): ParsedInstanceType | undefined => {
  const m = NAME_RE.exec(name)
  if (m === null) return undefined
  const series = m[1]!
  const gen = m[2]
  const options = m[3]!
  const suffix = m[4]
  if (gen === undefined) {
    // Without a generation the greedy series took every letter; options would mean a series longer than 4
    // letters, and a bare series ("mac.metal") is not a name AWS uses.
    if (options.length > 0 || suffix === undefined) return undefined
  } else if (hasRepeatedLetter(options)) {
    return undefined
  }
  const dot = name.indexOf(".")
  const size = sizeFromMatch(m[5], m[6], m[7], name.slice(dot + 1))
  if (size === undefined) return undefined
  const out: {
    name: InstanceTypeName
    family: string
    series: string
    generation?: number
    options: string
    suffix?: string
    size: Size
  } = { name: name as InstanceTypeName, family: name.slice(0, dot), series, options, size }
  if (gen !== undefined) out.generation = +gen
  if (suffix !== undefined) out.suffix = suffix
  return out
}

/**
 * Whether a string is a well-formed instance-type name (see the grammar in the module comment).
 *
 * @since 0.1.0
 * @category validation
 */
export const isValid = (name: string): boolean => parseUnsafe(name) !== undefined

/**
 * An instance-type name that {@link parse} accepts, as an Effect Schema (branded string).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { InstanceType } from "@ec2kit/core"
 * Schema.decodeUnknownSync(InstanceType.InstanceTypeName)("m7g.large") // "m7g.large"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const InstanceTypeName: Schema.Codec<string & Brand.Brand<"InstanceTypeName">, Name> = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => isValid(s) || `Invalid value '${s}' for InstanceType.`, {
      expected: "an EC2 instance-type name such as m7g.large"
    })
  ),
  Schema.brand("InstanceTypeName")
) as unknown as Schema.Codec<string & Brand.Brand<"InstanceTypeName">, Name> // encoded side typed as Name (any string at runtime)

/**
 * The instance-type names `@aws-sdk/client-ec2` knows (its `_InstanceType` enumeration, generated into
 * `internal/instanceTypeNames.ts` by scripts/generate-instance-type-names.mjs).
 *
 * @since 0.1.0
 * @category models
 */
export type Known = KnownInstanceTypeName

/**
 * An instance-type name as callers write it: a name the SDK knows (autocompleted) or any other string
 * (a newer or well-formed unknown type; decoding checks the form, `isValid`). What request members
 * typed with {@link InstanceTypeName} accept.
 *
 * @since 0.1.0
 * @category models
 */
export type Name = Known | (string & {})

/**
 * A well-formed instance-type name.
 *
 * @since 0.1.0
 * @category schemas
 */
export type InstanceTypeName = typeof InstanceTypeName.Type

/**
 * Parses an instance-type name; fails with `InvalidParameterValue` "Invalid value '<name>' for InstanceType."
 * (AWS's message shape for a bad `InstanceType` parameter, see `Ec2Error.invalidValue`).
 *
 * @example
 * ```ts
 * import { InstanceType } from "@ec2kit/core"
 * const r = InstanceType.parse("is4gen.2xlarge")
 * // Result.succeed({ series: "is", generation: 4, options: "gen", size: { _tag: "XLarge", multiplier: 2 }, … })
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parse = (name: string): Result.Result<ParsedInstanceType, Ec2Error.Ec2Error> => {
  const p = parseUnsafe(name)
  return p === undefined ? Result.fail(Ec2Error.invalidValue(name, "InstanceType")) : Result.succeed(p)
}

/**
 * Parses a name, `None` if it is malformed.
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseOption = (name: string): Option.Option<ParsedInstanceType> => Option.fromNullishOr(parseUnsafe(name))

/**
 * Writes parts back as a name; `format(parse(s)) === s` for every valid `s`.
 *
 * @since 0.1.0
 * @category formatting
 */
export const format = (parts: InstanceTypeParts): string =>
  parts.series + (parts.generation === undefined ? "" : String(parts.generation)) + parts.options +
  (parts.suffix === undefined ? "" : "-" + parts.suffix) + "." + formatSize(parts.size)

/**
 * The family of a name, everything before the dot (`c6i` for `c6i.large`, `u7i-12tb` for
 * `u7i-12tb.224xlarge`); `None` for a malformed name.
 *
 * @since 0.1.0
 * @category getters
 */
export const family = (name: string): Option.Option<string> => Option.map(parseOption(name), (p) => p.family)

// ---------------------------------------------------------------------------------------------------------------
// Meanings
// ---------------------------------------------------------------------------------------------------------------

/**
 * Documented series and what AWS calls them (naming-convention page, 2026-11 copies, and UG23
 * `instance-types.md` 2023-05 for the older ones; `bmn` is undocumented, seen in awslabs/amazon-eks-ami).
 * Unknown series still parse; this table only describes.
 *
 * @since 0.1.0
 * @category meanings
 */
export const seriesMeaning: Readonly<Record<string, string>> = {
  a: "Arm (AWS Graviton, a1 only)",
  bmn: "Undocumented (bmn-sf1)",
  c: "Compute optimized",
  cc: "Cluster compute (previous generation)",
  cg: "Cluster GPU (previous generation)",
  cr: "Memory optimized cluster (previous generation)",
  d: "Dense storage",
  dl: "Deep learning",
  f: "FPGA",
  g: "Graphics intensive",
  gr: "Graphics intensive, 1:8 vCPU:memory",
  h: "HDD storage optimized",
  hi: "High I/O (previous generation)",
  hpc: "High performance computing",
  hs: "High storage (previous generation)",
  i: "Storage optimized",
  im: "Storage optimized, 1:4 vCPU:memory",
  inf: "AWS Inferentia",
  is: "Storage optimized, 1:6 vCPU:memory",
  m: "General purpose",
  mac: "macOS",
  p: "GPU accelerated",
  r: "Memory optimized",
  t: "Burstable performance",
  trn: "AWS Trainium",
  u: "High memory",
  vt: "Video transcoding",
  x: "Memory intensive",
  z: "High memory and high CPU frequency"
}

/**
 * Documented option letters and their meaning (naming-convention page, 2026-11 copies; UG23 2023-05).
 * Undocumented letters seen in names (`f` in `g6f`, `s` in `g3s`, `u` in `trn2u`, `h` in `u7inh`) are kept by
 * the parser and absent here.
 *
 * @since 0.1.0
 * @category meanings
 */
export const optionMeaning: Readonly<Record<string, string>> = {
  a: "AMD processors",
  b: "Block storage optimization",
  d: "Instance store volumes",
  e: "Extra storage or memory",
  g: "AWS Graviton processors",
  i: "Intel processors",
  n: "Network and EBS optimized",
  q: "Qualcomm inference accelerators",
  z: "High CPU frequency"
}

/**
 * Whether the option letters contain `letter` (`hasOption(parse("is4gen.large"), "e")` is true).
 *
 * @since 0.1.0
 * @category getters
 */
export const hasOption = (parts: InstanceTypeParts, letter: string): boolean =>
  letter.length === 1 && parts.options.includes(letter)

/**
 * The option letters, in the order AWS writes them.
 *
 * @since 0.1.0
 * @category getters
 */
export const optionLetters = (parts: InstanceTypeParts): ReadonlyArray<string> => parts.options.split("")

/**
 * What a hyphen suffix is: `flex`; a `memory` size (`6tb1`, `32tb`, high-memory types); a `gpu` model
 * (`b200`, `b300`, `gb200`); an `apple-chip` (`m2pro`, `m4max`, `m3ultra`); anything else is `other` (`sf1`).
 * Categories from the naming-convention page's options table (2026-11 copies, `shared/docs/ec2-facts.md` §1.1).
 *
 * @since 0.1.0
 * @category models
 */
export type SuffixKind = "flex" | "memory" | "gpu" | "apple-chip" | "other"

/**
 * The kind of a name's hyphen suffix, `undefined` if it has none.
 *
 * @since 0.1.0
 * @category getters
 */
export const suffixKind = (parts: InstanceTypeParts): SuffixKind | undefined => {
  const s = parts.suffix
  if (s === undefined) return undefined
  if (s === "flex") return "flex"
  if (/^[1-9]\d*tb\d*$/.test(s)) return "memory"
  if (/^g?b[1-9]\d{2}$/.test(s)) return "gpu"
  if (/^m[1-9](?:pro|max|ultra)?$/.test(s)) return "apple-chip"
  return "other"
}

/**
 * Processor maker as the name tells it.
 *
 * @since 0.1.0
 * @category models
 */
export type Processor = "amd" | "graviton" | "intel" | "apple"

/**
 * The processor maker the name tells: option `a` AMD, `g` Graviton, `i` Intel (first such letter wins;
 * naming-convention page); series `a` (a1) Graviton (https://aws.amazon.com/ec2/instance-types/a1/);
 * `mac1` Intel (Coffee Lake, `x86_64_mac`) and every later `mac*` Apple silicon
 * (https://aws.amazon.com/ec2/instance-types/mac/, read 2026-11). `undefined` when the name does not say
 * (`m5`, `c5`, `t3`, `p5` — ask the catalogue).
 *
 * @since 0.1.0
 * @category getters
 */
export const processorOf = (parts: InstanceTypeParts): Processor | undefined => {
  if (parts.series === "mac") return parts.generation === 1 && parts.suffix === undefined ? "intel" : "apple"
  if (parts.series === "a") return "graviton"
  const o = parts.options
  for (let i = 0; i < o.length; i++) {
    const c = o[i]
    if (c === "a") return "amd"
    if (c === "g") return "graviton"
    if (c === "i") return "intel"
  }
  return undefined
}

// Series whose every type carries instance store: i, d, h (h1), im, is; previous generation hi, hs
// (UG23 instance-types.md "Storage optimized", 2023-05, and naming-convention page).
const storeSeries = new Set(["i", "d", "h", "im", "is", "hi", "hs"])
// Families without the `d` option that have local NVMe in every size: Karpenter data 2026-07
// (`karpenter.k8s.aws/instance-local-nvme` present on all sizes of: f2 g5 g6 g6e g6f g7 g7e gr6 gr6f p5 p5e
// p5en p6-b200 p6-b300 trn1 trn1n trn2), plus previous-generation families with (non-NVMe) instance store:
// c1 c3 m1 m2 m3 r3 x1 x1e g2 cc2 cg1 cr1 f1 (UG23 instance-store-volumes.md, 2023-05 — not re-checked against
// a current page; g2.2xlarge confirmed by shared/data/describe-instance-types-samples/g2_2xlarge_group.json).
const storeFamilies = new Set([
  "f2", "g5", "g6", "g6e", "g6f", "g7", "g7e", "gr6", "gr6f", "p5", "p5e", "p5en", "p6-b200", "p6-b300",
  "trn1", "trn1n", "trn2", "c1", "c3", "m1", "m2", "m3", "r3", "x1", "x1e", "g2", "cc2", "cg1", "cr1", "f1"
])

/**
 * Whether the name says the type has instance-store volumes: option `d`, a storage series (`i*`, `d*`, `h1`,
 * `im*`, `is*`, `hi1`, `hs1`), or a family known to carry it without saying so (`g5`, `p5`, `trn1`, `m3`, …,
 * see the source comment). A heuristic for names the catalogue lacks: prefer
 * `InstanceTypeCatalogue.hasInstanceStore`, which uses the data first.
 *
 * @since 0.1.0
 * @category getters
 */
export const hasInstanceStore = (parsed: ParsedInstanceType): boolean =>
  parsed.options.includes("d") || storeSeries.has(parsed.series) || storeFamilies.has(parsed.family)

/**
 * Whether the type is a Flex instance (`c7i-flex`, `m7i-flex`, …).
 *
 * @since 0.1.0
 * @category getters
 */
export const isFlex = (parts: InstanceTypeParts): boolean => parts.suffix === "flex"

/**
 * Whether the type is bare metal (`metal` or `metal-Nxl`).
 *
 * @since 0.1.0
 * @category getters
 */
export const isMetal = (parts: InstanceTypeParts): boolean => parts.size._tag === "Metal"

/**
 * Whether the type has burstable CPU credits: the `t` series from generation 2 on (T2, T3, T3a, T4g, …;
 * naming-convention page "T – Burstable performance"). `t1.micro` predates CPU credits and
 * DescribeInstanceTypes answers `BurstablePerformanceSupported: false` for it
 * (shared/data/describe-instance-types-samples/pv_instances.json, aws/amazon-ec2-instance-selector, 2020).
 *
 * @since 0.1.0
 * @category getters
 */
export const isBurstable = (parts: InstanceTypeParts): boolean =>
  parts.series === "t" && parts.generation !== undefined && parts.generation >= 2

// ---------------------------------------------------------------------------------------------------------------
// Ordering of names
// ---------------------------------------------------------------------------------------------------------------

const cmpStr = (a: string, b: string): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)
const cmpNum = (a: number, b: number): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Compares parsed names by family, then size. Families compare by series (text), generation (numerically,
 * absent first, so `c7` < `c10`), options (text), suffix (absent first, then text). Our choice; AWS documents
 * no order.
 *
 * @since 0.1.0
 * @category ordering
 */
export const compare = (a: InstanceTypeParts, b: InstanceTypeParts): -1 | 0 | 1 =>
  cmpStr(a.series, b.series) ||
  cmpNum(a.generation ?? 0, b.generation ?? 0) ||
  cmpStr(a.options, b.options) ||
  (a.suffix === b.suffix ? 0 : a.suffix === undefined ? -1 : b.suffix === undefined ? 1 : cmpStr(a.suffix, b.suffix)) ||
  compareSize(a.size, b.size)

/**
 * `Order` over parsed names, see {@link compare}.
 *
 * @since 0.1.0
 * @category ordering
 */
export const InstanceTypeOrder: Order.Order<InstanceTypeParts> = Order.make(compare)

/**
 * `Order` over name strings: well-formed names by {@link compare}, malformed ones after them, as text.
 *
 * @since 0.1.0
 * @category ordering
 */
export const NameOrder: Order.Order<string> = Order.make((a, b) => {
  const x = parseUnsafe(a)
  const y = parseUnsafe(b)
  if (x !== undefined && y !== undefined) return compare(x, y)
  if (x !== undefined) return -1
  if (y !== undefined) return 1
  return cmpStr(a, b)
})
