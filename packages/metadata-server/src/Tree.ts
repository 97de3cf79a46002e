/**
 * The metadata tree of one instance: `meta-data/`, `dynamic/` and `user-data`, built once from a
 * {@link Model.Model} with its signatures, with time-driven items (credentials, spot notices,
 * scheduled events, rebalance recommendation, Auto Scaling state) evaluated at the time of each
 * request. Everything follows the EC2 User Guide's "Instance metadata categories"
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-categories.html, read 2026-11)
 * and "Dynamic data categories" (instancedata-dynamic-data-categories.html); categories that do not
 * apply to the instance are absent (not listed, 404), as on EC2.
 *
 * @since 0.1.0
 */
import { createHmac } from "node:crypto"
import * as Model from "./Model.js"
import type * as Signing from "./Signing.js"

/**
 * A node of the tree: a directory, a leaf value, or an item evaluated at request time
 * (`undefined` when absent at that time).
 *
 * @since 0.1.0
 * @category models
 */
export type Node = Dir | Leaf | Timed

/**
 * A directory; `entries` in listing order.
 *
 * @since 0.1.0
 * @category models
 */
export interface Dir {
  readonly _tag: "Dir"
  readonly entries: ReadonlyArray<Entry>
  readonly index: ReadonlyMap<string, Entry>
}

/**
 * One directory entry: the path segment, the node, and an optional listing line (`0=my-key`).
 *
 * @since 0.1.0
 * @category models
 */
export interface Entry {
  readonly name: string
  readonly node: Node
  readonly label?: string | undefined
}

/**
 * A value, as served.
 *
 * @since 0.1.0
 * @category models
 */
export interface Leaf {
  readonly _tag: "Leaf"
  readonly body: Uint8Array
  readonly contentType: "text/plain" | "application/octet-stream"
}

/**
 * An item evaluated at request time (epoch ms).
 *
 * @since 0.1.0
 * @category models
 */
export interface Timed {
  readonly _tag: "Timed"
  readonly at: (now: number) => Node | undefined
}

const encoder = new TextEncoder()

/**
 * A `text/plain` leaf.
 *
 * @since 0.1.0
 * @category constructors
 */
export const text = (value: string): Leaf => ({ _tag: "Leaf", body: encoder.encode(value), contentType: "text/plain" })

/**
 * A directory from entries (in listing order).
 *
 * @since 0.1.0
 * @category constructors
 */
export const dir = (entries: ReadonlyArray<Entry | undefined>): Dir => {
  const present = entries.filter((e): e is Entry => e !== undefined)
  return { _tag: "Dir", entries: present, index: new Map(present.map((e) => [e.name, e])) }
}

const timed = (at: (now: number) => Node | undefined): Timed => ({ _tag: "Timed", at })
const entry = (name: string, node: Node | undefined, label?: string): Entry | undefined =>
  node === undefined ? undefined : { name, node, label }
const sorted = (entries: ReadonlyArray<Entry | undefined>): Dir =>
  dir(entries.filter((e): e is Entry => e !== undefined).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))

/**
 * Resolves time-driven nodes at `now`.
 *
 * @since 0.1.0
 * @category lookup
 */
export const resolve = (node: Node | undefined, now: number): Dir | Leaf | undefined => {
  let n = node
  while (n !== undefined && n._tag === "Timed") n = n.at(now)
  return n
}

/**
 * The listing of a directory at `now`: one entry per line, subdirectories with a trailing `/`,
 * no newline after the last line (UG "Retrieve instance metadata", Responses).
 *
 * @since 0.1.0
 * @category lookup
 */
export const listing = (d: Dir, now: number): string => {
  const lines: Array<string> = []
  for (const e of d.entries) {
    const n = resolve(e.node, now)
    if (n === undefined) continue
    lines.push(e.label ?? (n._tag === "Dir" ? `${e.name}/` : e.name))
  }
  return lines.join("\n")
}

/**
 * Walks `segments` from `root` at `now`; `undefined` when absent.
 *
 * @since 0.1.0
 * @category lookup
 */
export const lookup = (root: Node, segments: ReadonlyArray<string>, from: number, now: number): Dir | Leaf | undefined => {
  let node = resolve(root, now)
  for (let i = from; i < segments.length; i++) {
    if (node === undefined || node._tag !== "Dir") return undefined
    const e = node.index.get(segments[i]!)
    if (e === undefined) return undefined
    node = resolve(e.node, now)
  }
  return node
}

// ---------------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * `YYYY-MM-DDTHH:MM:SSZ`, the format of `Expiration`, `LastUpdated`, spot times and `noticeTime`.
 *
 * @since 0.1.0
 * @category formats
 */
export const isoSeconds = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z")

/**
 * `21 Jan 2019 09:00:43 GMT`, the date format of `events/maintenance/*`
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html, read 2026-11).
 *
 * @since 0.1.0
 * @category formats
 */
export const eventDate = (ms: number): string => {
  const d = new Date(ms)
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${
    pad(d.getUTCSeconds())
  } GMT`
}

type JsonValue = string | number | null | ReadonlyArray<string>

/**
 * JSON the way IMDS prints it: one member per line, two-space indent, `"key" : value`
 * (the identity document, `iam/info` and credentials in the User Guide).
 *
 * @since 0.1.0
 * @category formats
 */
export const awsJson = (members: ReadonlyArray<readonly [string, JsonValue]>, indent = ""): string => {
  const value = (v: JsonValue) =>
    v === null ? "null" : typeof v === "object" ? (v.length === 0 ? "[ ]" : `[ ${v.map((s) => JSON.stringify(s)).join(", ")} ]`) : JSON.stringify(v)
  return `${indent}{\n${members.map(([k, v]) => `${indent}  ${JSON.stringify(k)} : ${value(v)}`).join(",\n")}\n${indent}}`
}

// ---------------------------------------------------------------------------------------------
// Credentials
// ---------------------------------------------------------------------------------------------

// EC2 "make new credentials available at least five minutes before the expiration of the old
// credentials" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html#instance-metadata-security-credentials,
// read 2026-11). Ours: a new set every hour, each valid six hours, so the set served always has
// at least five hours left.
/**
 * How often credentials rotate (ms).
 *
 * @since 0.1.0
 * @category constants
 */
export const credentialRotationMillis = 3_600_000
/**
 * How long each set of credentials is valid (ms).
 *
 * @since 0.1.0
 * @category constants
 */
export const credentialLifetimeMillis = 6 * 3_600_000

/**
 * One set of temporary credentials.
 *
 * @since 0.1.0
 * @category models
 */
export interface Credentials {
  readonly AccessKeyId: string
  readonly SecretAccessKey: string
  readonly Token: string
  readonly LastUpdated: string
  readonly Expiration: string
}

const stream = (seed: string, label: string, n: number): Buffer => {
  const parts: Array<Buffer> = []
  for (let i = 0, len = 0; len < n; i++) {
    const b = createHmac("sha256", seed).update(`${label}/${i}`).digest()
    parts.push(b)
    len += b.length
  }
  return Buffer.concat(parts).subarray(0, n)
}

const secretChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

/**
 * The credentials in force at `now` for a seed and a purpose (role name or `ec2-instance`):
 * `ASIA` + 16 characters, a 40-character secret, a session token, `Expiration` six hours after
 * `LastUpdated`; a new set every hour from `bootMillis`.
 *
 * @since 0.1.0
 * @category credentials
 */
export const credentialsAt = (seed: string, purpose: string, bootMillis: number, now: number): Credentials => {
  const epoch = Math.max(0, Math.floor((now - bootMillis) / credentialRotationMillis))
  const issued = bootMillis + epoch * credentialRotationMillis
  const s = `${seed}/${purpose}/${epoch}`
  const secret = stream(s, "secret", 40)
  return {
    AccessKeyId: `ASIA${Model.iamChars(stream(s, "key", 16), 16)}`,
    SecretAccessKey: Array.from(secret, (b) => secretChars[b % 64]).join(""),
    // Real session tokens are ~1 KB of base64 starting "IQoJb3JpZ2luX2Vj" ("!\n\torigin_ec").
    Token: `IQoJb3JpZ2luX2VjE${stream(s, "token", 640).toString("base64")}`,
    LastUpdated: isoSeconds(issued),
    Expiration: isoSeconds(issued + credentialLifetimeMillis)
  }
}

const credentialsLeaf = (seed: string, purpose: string, bootMillis: number): Timed => {
  let cachedEpoch = -1
  let cached: Leaf | undefined
  return timed((now) => {
    const epoch = Math.floor((now - bootMillis) / credentialRotationMillis)
    if (epoch !== cachedEpoch || cached === undefined) {
      const c = credentialsAt(seed, purpose, bootMillis, now)
      cached = text(awsJson([
        ["Code", "Success"],
        ["LastUpdated", c.LastUpdated],
        ["Type", "AWS-HMAC"],
        ["AccessKeyId", c.AccessKeyId],
        ["SecretAccessKey", c.SecretAccessKey],
        ["Token", c.Token],
        ["Expiration", c.Expiration]
      ]))
      cachedEpoch = epoch
    }
    return cached
  })
}

// ---------------------------------------------------------------------------------------------
// Time-driven notices
// ---------------------------------------------------------------------------------------------

/**
 * Spot: the action happens two minutes after the notice
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html, read 2026-11).
 *
 * @since 0.1.0
 * @category constants
 */
export const spotNoticeMillis = 120_000

// Scheduled events (ec2kit's choice, documented in docs/metadata-server.md): an event appears at its
// due time with NotBefore ten minutes later; reboot and maintenance events have a two-hour window and
// move to history, `completed`, once NotAfter has passed.
const eventLeadMillis = 600_000
const eventWindowMillis = 7_200_000
const descriptions: Record<Model.ScheduledEvent["code"], string> = {
  "instance-reboot": "scheduled reboot",
  "system-reboot": "scheduled reboot",
  "system-maintenance": "scheduled maintenance",
  "instance-retirement": "The instance is running on degraded hardware",
  "instance-stop": "The instance is running on degraded hardware"
}
const hasWindow = (code: Model.ScheduledEvent["code"]) =>
  code === "instance-reboot" || code === "system-reboot" || code === "system-maintenance"

const notBeforeOf = (e: Model.ScheduledEvent) => e.notBeforeMillis ?? e.dueMillis + eventLeadMillis
const notAfterOf = (e: Model.ScheduledEvent) =>
  e.notBeforeMillis !== undefined
    ? e.notAfterMillis
    : hasWindow(e.code) ? notBeforeOf(e) + eventWindowMillis : undefined

const eventJson = (e: Model.ScheduledEvent, completed: boolean): string => {
  const notBefore = notBeforeOf(e)
  const notAfter = notAfterOf(e)
  const description = (e.description ?? descriptions[e.code]).replace(/^\[Completed\] /, "")
  const members: Array<readonly [string, JsonValue]> = [
    ["NotBefore", eventDate(notBefore)],
    ["Code", e.code],
    ["Description", completed ? `[Completed] ${description}` : description],
    ["EventId", e.eventId]
  ]
  if (notAfter !== undefined) members.push(["NotAfter", eventDate(notAfter)])
  members.push(["State", completed ? "completed" : "active"])
  return awsJson(members, "  ")
}

const eventsAt = (events: ReadonlyArray<Model.ScheduledEvent>, now: number, history: boolean): string => {
  const shown = events.filter((e) => {
    if (now < e.dueMillis) return false
    const notAfter = notAfterOf(e)
    // An event whose NotAfter has passed moves to history, `completed` (a live source's
    // "[Completed] …" description from DescribeInstanceStatus says the same).
    const done = (notAfter !== undefined && now >= notAfter) || e.description?.startsWith("[Completed]") === true
    return history ? done : !done
  })
  return shown.length === 0 ? "[]" : `[ \n${shown.map((e) => eventJson(e, history)).join(", \n")}\n]`
}

// ---------------------------------------------------------------------------------------------
// The tree
// ---------------------------------------------------------------------------------------------

const lines = (values: ReadonlyArray<string>) => text(values.join("\n"))
const optionalText = (v: string | undefined) => (v === undefined ? undefined : text(v))

const eniDir = (e: Model.Eni): Dir =>
  sorted([
    entry("device-number", text(String(e.deviceNumber))),
    entry("interface-id", text(e.interfaceId)),
    entry(
      "ipv4-associations",
      e.publicIps.length === 0 ? undefined : dir(e.publicIps.map((p) => entry(p.publicIp, text(p.privateIp))))
    ),
    entry("ipv6s", e.ipv6s.length === 0 ? undefined : lines(e.ipv6s)),
    entry("local-hostname", text(e.localHostname)),
    entry("local-ipv4s", lines(e.privateIps)),
    entry("mac", text(e.mac)),
    entry("network-card-index", text(String(e.networkCardIndex))),
    entry("owner-id", text(e.ownerId)),
    entry("public-hostname", optionalText(e.publicHostname)),
    entry("public-ipv4s", e.publicIps.length === 0 ? undefined : lines(e.publicIps.map((p) => p.publicIp))),
    entry("security-group-ids", lines(e.securityGroups.map((g) => g.id))),
    entry("security-groups", lines(e.securityGroups.map((g) => g.name))),
    entry("subnet-id", text(e.subnetId)),
    entry("subnet-ipv4-cidr-block", text(e.subnetCidr)),
    entry("subnet-ipv6-cidr-blocks", e.subnetIpv6Cidrs.length === 0 ? undefined : lines(e.subnetIpv6Cidrs)),
    entry("vpc-id", text(e.vpcId)),
    entry("vpc-ipv4-cidr-block", text(e.vpcCidr)),
    entry("vpc-ipv4-cidr-blocks", text(e.vpcCidr)),
    entry("vpc-ipv6-cidr-blocks", e.vpcIpv6Cidrs.length === 0 ? undefined : lines(e.vpcIpv6Cidrs))
  ])

/**
 * The identity document, formatted as EC2 serves it
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-identity-documents.html, read 2026-11).
 *
 * @since 0.1.0
 * @category identity
 */
export const identityDocument = (m: Model.Model): string =>
  awsJson([
    ["accountId", m.accountId],
    ["architecture", m.architecture],
    ["availabilityZone", m.availabilityZone],
    ["billingProducts", null],
    ["devpayProductCodes", null],
    ["marketplaceProductCodes", m.productCodes.length === 0 ? null : m.productCodes],
    ["imageId", m.imageId],
    ["instanceId", m.instanceId],
    ["instanceType", m.instanceType],
    ["kernelId", m.kernelId ?? null],
    ["pendingTime", isoSeconds(m.pendingMillis)],
    ["privateIp", m.enis[0]?.privateIps[0] ?? null],
    ["ramdiskId", m.ramdiskId ?? null],
    ["region", m.region],
    ["version", "2017-09-30"]
  ])

// Tag keys IMDS cannot serve: "/" or a space, or the reserved names ".", "..", "_index"
// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-tags-in-IMDS.html, read 2026-11).
const servableTagKey = (k: string) => k.length > 0 && !/[/ ]/.test(k) && k !== "." && k !== ".." && k !== "_index"

/**
 * The version directory (`/latest/`, `/2009-04-04/`, …): `dynamic`, `meta-data`, `user-data`.
 * Without a signer, `dynamic/instance-identity/` has the document only.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (m: Model.Model, signer: Signing.Signer | undefined): Dir => {
  const primary = m.enis[0]!
  const document = identityDocument(m)
  // Without a signer yet (keys still being generated at start), only the document is there; the
  // server holds requests under dynamic/ until the signatures are in (see Router.State.identityPending).
  const sigs = signer?.sign(document)
  const at = (due: number, node: Node) => timed((now) => (now >= due ? node : undefined))
  const spot = m.spot
  const role = m.role
  const tags = m.tags.filter(([k]) => servableTagKey(k))

  const metaData = sorted([
    entry("ami-id", text(m.imageId)),
    entry("ami-launch-index", text(String(m.amiLaunchIndex))),
    entry("ami-manifest-path", text("(unknown)")),
    entry(
      "autoscaling",
      m.autoscaling === undefined ? undefined : at(m.autoscaling.dueMillis, dir([entry("target-lifecycle-state", text(m.autoscaling.state))]))
    ),
    entry("block-device-mapping", dir(m.blockDevices.map(([k, v]) => entry(k, text(v))))),
    entry(
      "events",
      dir([
        entry(
          "maintenance",
          dir([
            entry("history", timed((now) => text(eventsAt(m.scheduledEvents, now, true)))),
            entry("scheduled", timed((now) => text(eventsAt(m.scheduledEvents, now, false))))
          ])
        ),
        entry(
          "recommendations",
          m.rebalanceDueMillis === undefined
            ? undefined
            : at(m.rebalanceDueMillis, dir([entry("rebalance", text(`{"noticeTime": "${isoSeconds(m.rebalanceDueMillis)}"}`))]))
        )
      ])
    ),
    entry("hostname", text(primary.localHostname)),
    entry(
      "iam",
      role === undefined ? undefined : dir([
        entry("info", timed((now) => text(awsJson([
          ["Code", "Success"],
          ["LastUpdated", credentialsAt(m.credentialSeed, role.name, m.bootMillis, now).LastUpdated],
          ["InstanceProfileArn", role.profileArn],
          ["InstanceProfileId", role.profileId]
        ])))),
        entry("security-credentials", dir([entry(role.name, credentialsLeaf(m.credentialSeed, role.name, m.bootMillis))]))
      ])
    ),
    entry(
      "identity-credentials",
      dir([entry("ec2", dir([
        entry("info", timed((now) => text(awsJson([
          ["Code", "Success"],
          ["LastUpdated", credentialsAt(m.credentialSeed, "ec2-instance", m.bootMillis, now).LastUpdated],
          ["AccountId", m.accountId]
        ])))),
        entry("security-credentials", dir([entry("ec2-instance", credentialsLeaf(m.credentialSeed, "ec2-instance", m.bootMillis))]))
      ]))])
    ),
    entry("instance-action", text("none")),
    entry("instance-id", text(m.instanceId)),
    entry("instance-life-cycle", text(m.lifeCycle)),
    entry("instance-type", text(m.instanceType)),
    entry("ipv6", optionalText(primary.ipv6s[0])),
    entry("kernel-id", optionalText(m.kernelId)),
    entry("local-hostname", text(primary.localHostname)),
    entry("local-ipv4", optionalText(primary.privateIps[0])),
    entry("mac", text(primary.mac)),
    entry(
      "network",
      dir([entry("interfaces", dir([entry("macs", dir(m.enis.map((e) => entry(e.mac, eniDir(e)))))]))])
    ),
    entry(
      "placement",
      sorted([
        entry("availability-zone", text(m.availabilityZone)),
        entry("availability-zone-id", text(m.availabilityZoneId)),
        entry("group-name", optionalText(m.placementGroupName)),
        entry("host-id", optionalText(m.hostId)),
        entry("partition-number", m.partitionNumber === undefined ? undefined : text(String(m.partitionNumber))),
        entry("region", text(m.region))
      ])
    ),
    entry("product-codes", m.productCodes.length === 0 ? undefined : lines(m.productCodes)),
    entry("profile", text("default-hvm")),
    entry("public-hostname", optionalText(primary.publicHostname)),
    entry("public-ipv4", optionalText(primary.publicIps[0]?.publicIp)),
    entry(
      "public-keys",
      m.keyName === undefined || m.publicKey === undefined
        ? undefined
        : dir([entry("0", dir([entry("openssh-key", text(m.publicKey))]), `0=${m.keyName}`)])
    ),
    entry("ramdisk-id", optionalText(m.ramdiskId)),
    entry("reservation-id", text(m.reservationId)),
    entry("security-groups", lines(primary.securityGroups.map((g) => g.name))),
    entry("services", dir([entry("domain", text(m.domain)), entry("partition", text(m.partition))])),
    entry(
      "spot",
      spot === undefined ? undefined : at(
        spot.dueMillis,
        dir([
          entry("instance-action", text(`{"action": "${spot.action}", "time": "${isoSeconds(spot.dueMillis + spotNoticeMillis)}"}`)),
          entry("termination-time", spot.action === "terminate" ? text(isoSeconds(spot.dueMillis + spotNoticeMillis)) : undefined)
        ])
      )
    ),
    entry(
      "tags",
      m.options.InstanceMetadataTags === "enabled"
        ? dir([entry("instance", dir(tags.map(([k, v]) => entry(k, text(v)))))])
        : undefined
    )
  ])

  const dynamic = dir([
    entry("fws", dir([entry("instance-monitoring", text(m.monitoring))])),
    entry(
      "instance-identity",
      // rsa2048, pkcs7, document, signature, in the order the UG lists them, and no `dsa2048`.
      // Some UG pages mention dsa2048 in this listing, but it does not work on real instances:
      // "dsa2048 … At the time of writing, doesn't work" (taskcluster's notes on the identity
      // endpoints, https://github.com/taskcluster/taskcluster/blob/v62.0.0/services/worker-manager/src/providers/aws-keys/README.md,
      // read 2026-12-03), and AWS's verification guide documents exactly three signatures,
      // `signature`, `pkcs7` and `rsa2048` ("The plaintext instance identity document is accompanied
      // by three hashed and encrypted signatures", https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/verify-iid.html,
      // read 2026-12-03). Serving it would give clients a signature no AWS certificate verifies.
      dir([
        entry("rsa2048", sigs && text(sigs.rsa2048)),
        entry("pkcs7", sigs && text(sigs.pkcs7)),
        entry("document", text(document)),
        entry("signature", sigs && text(sigs.signature))
      ])
    )
  ])

  return dir([
    entry("dynamic", dynamic, "dynamic"),
    entry("meta-data", metaData, "meta-data"),
    entry(
      "user-data",
      m.userData === undefined ? undefined : { _tag: "Leaf", body: m.userData, contentType: "application/octet-stream" }
    )
  ])
}
