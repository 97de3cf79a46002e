import * as ImdsToken from "@ec2kit/core/ImdsToken"
import { Effect } from "effect"
import fc from "fast-check"
import * as crypto from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import * as Der from "../src/internal/der.js"
import * as MetadataSource from "../src/Metadata.js"
import * as Model from "../src/Model.js"
import * as Router from "../src/Router.js"
import type * as Signing from "../src/Signing.js"
import * as Tree from "../src/Tree.js"
import { config, sharedSigner } from "./helpers.js"

let signer: Signing.Signer
beforeAll(async () => {
  signer = await sharedSigner()
})

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0)

let boots = 0
/** A state for a config, booted at T0 (time is passed explicitly to the pure router). */
const stateFor = (json: unknown = {}) => {
  const model = Model.fromConfig(config(json), { seed: "test", bootMillis: T0, bootId: `boot-${++boots}` })
  const state = Effect.runSync(MetadataSource.stateOf(model, signer).pipe(Effect.provide(ImdsToken.ImdsTokens.layer)))
  return { model, state }
}

const get = (state: Router.State, url: string, headers: Record<string, string> = {}, now = T0, method = "GET") =>
  Router.handle({ method, url, headers }, state, now)
const body = (r: Router.Response) => new TextDecoder().decode(r.body)

describe("paths and format", () => {
  it("lists the versions at /, dated ones first and latest last, no trailing newline", () => {
    const { state } = stateFor()
    const r = get(state, "/")
    expect(r.status).toBe(200)
    const lines = body(r).split("\n")
    expect(lines.at(-1)).toBe("latest")
    for (const v of ["2009-04-04", "2016-09-02", "2018-09-24", "2021-03-23"]) expect(lines).toContain(v)
    expect(body(r).endsWith("\n")).toBe(false)
  })

  it("serves every dated version and the version directory", () => {
    const { model, state } = stateFor()
    for (const v of Router.versions) {
      expect(body(get(state, `/${v}/meta-data/instance-id`))).toBe(model.instanceId)
    }
    expect(body(get(state, "/latest/"))).toBe("dynamic\nmeta-data")
    expect(body(get(stateFor({ UserData: "#!/bin/sh" }).state, "/latest"))).toBe("dynamic\nmeta-data\nuser-data")
  })

  it("lists meta-data with directories ending in / and serves every listed entry", () => {
    const { state } = stateFor({ KeyName: "my-key", PublicKey: "ssh-ed25519 AAAA my-key" })
    const listing = body(get(state, "/latest/meta-data/")).split("\n")
    for (
      const e of [
        "ami-id",
        "ami-launch-index",
        "ami-manifest-path",
        "block-device-mapping/",
        "events/",
        "hostname",
        "iam/",
        "identity-credentials/",
        "instance-action",
        "instance-id",
        "instance-life-cycle",
        "instance-type",
        "local-hostname",
        "local-ipv4",
        "mac",
        "network/",
        "placement/",
        "public-hostname",
        "public-ipv4",
        "public-keys/",
        "reservation-id",
        "security-groups",
        "services/"
      ]
    ) expect(listing).toContain(e)
    for (const absent of ["spot/", "tags/", "ipv6", "kernel-id", "ramdisk-id", "autoscaling/", "product-codes"]) {
      expect(listing).not.toContain(absent)
    }
    // Walk the whole tree: every listed entry answers 200, directories list, leaves have no trailing newline.
    const walk = (path: string, depth: number): number => {
      let n = 0
      for (const line of body(get(state, path)).split("\n")) {
        const name = line.includes("=") ? line.split("=")[0]! : line
        const r = get(state, `${path}${name}`)
        expect(r.status, `${path}${name}`).toBe(200)
        expect(body(r).endsWith("\n")).toBe(false)
        n++
        if (line.endsWith("/") || line.includes("=")) n += walk(`${path}${name.replace(/\/$/, "")}/`, depth + 1)
      }
      return n
    }
    expect(walk("/latest/meta-data/", 0)).toBeGreaterThan(40)
  })

  it("public-keys lists 0=keyname and serves 0/openssh-key", () => {
    const { state } = stateFor({ KeyName: "my-key", PublicKey: "ssh-ed25519 AAAAC3 me@host" })
    expect(body(get(state, "/latest/meta-data/public-keys/"))).toBe("0=my-key")
    expect(body(get(state, "/latest/meta-data/public-keys/0/"))).toBe("openssh-key")
    expect(body(get(state, "/latest/meta-data/public-keys/0/openssh-key"))).toBe("ssh-ed25519 AAAAC3 me@host")
  })

  it("serves repeated slashes and a trailing slash on a leaf directly, and ignores the query", () => {
    const { model, state } = stateFor()
    for (const url of ["//latest/meta-data/instance-id", "/latest//meta-data///instance-id/", "/latest/meta-data/instance-id?x=1"]) {
      const r = get(state, url)
      expect(r.status).toBe(200)
      expect(body(r)).toBe(model.instanceId)
    }
    expect(body(get(state, "/latest/meta-data/placement/availability-zone/"))).toBe(model.availabilityZone)
    // cloud-init asks for the identity listing without a trailing slash
    expect(body(get(state, "/2021-03-23/dynamic/instance-identity"))).toBe("rsa2048\npkcs7\ndocument\nsignature")
    // No dsa2048: it does not work on EC2 (taskcluster's notes; verify-iid.html documents three signatures).
    expect(get(state, "/latest/dynamic/instance-identity/dsa2048").status).toBe(404)
  })

  it("uses text/plain for metadata including JSON, octet-stream for user-data, XHTML for 404", () => {
    const { state } = stateFor({ UserDataBase64: Buffer.from([0, 1, 2, 255]).toString("base64") })
    expect(get(state, "/latest/dynamic/instance-identity/document").headers["Content-Type"]).toBe("text/plain")
    expect(get(state, "/latest/meta-data/iam/info").headers["Content-Type"]).toBe("text/plain")
    const ud = get(state, "/latest/user-data")
    expect(ud.headers["Content-Type"]).toBe("application/octet-stream")
    expect([...ud.body]).toEqual([0, 1, 2, 255])
    const nf = get(state, "/latest/meta-data/nope")
    expect(nf.status).toBe(404)
    expect(nf.headers["Content-Type"]).toBe("text/html")
    expect(body(nf)).toContain("<title>404 - Not Found</title>")
  })

  it("404s user-data when there is none, unknown versions and traversal attempts", () => {
    const { state } = stateFor()
    for (const url of ["/latest/user-data", "/2099-01-01/meta-data/", "/latest/meta-data/../../etc/passwd", "/latest/meta-data/%2e%2e/", "/latest/meta-data/instance-id/x", "*", "http://x/latest"]) {
      expect(get(state, url).status, url).toBe(404)
    }
  })

  it("answers GET and HEAD only on data (405 with Allow)", () => {
    const { state } = stateFor()
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const r = get(state, "/latest/meta-data/instance-id", {}, T0, method)
      expect(r.status).toBe(405)
      expect(r.headers["Allow"]).toBe("GET, HEAD")
    }
    expect(get(state, "/latest/meta-data/instance-id", {}, T0, "HEAD").status).toBe(200)
  })
})

describe("tokens", () => {
  const put = (state: Router.State, ttl: string | undefined, url = "/latest/api/token", extra: Record<string, string> = {}) =>
    get(state, url, ttl === undefined ? extra : { "x-aws-ec2-metadata-token-ttl-seconds": ttl, ...extra }, T0, "PUT")

  it("PUT /latest/api/token returns a token and echoes the TTL", () => {
    const { state } = stateFor()
    const r = put(state, "21600")
    expect(r.status).toBe(200)
    expect(r.headers["X-Aws-Ec2-Metadata-Token-Ttl-Seconds"]).toBe("21600")
    expect(body(r)).toHaveLength(ImdsToken.tokenLength)
  })

  it("missing or bad TTL is 400", () => {
    const { state } = stateFor()
    for (const ttl of [undefined, "", "0", "21601", "-1", "1.5", "abc", "060"]) {
      const r = put(state, ttl)
      expect(r.status, String(ttl)).toBe(400)
      expect(body(r)).toContain("400 - Missing or Invalid Parameters")
    }
  })

  it("any TTL 1..21600 is accepted (property)", () => {
    const { state } = stateFor()
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 21600 }), (n) => put(state, String(n)).status === 200),
      { numRuns: 1000 }
    )
  })

  it("other methods on the token path are 405 with Allow: OPTIONS, PUT", () => {
    const { state } = stateFor()
    for (const method of ["GET", "HEAD", "POST", "DELETE"]) {
      const r = get(state, "/latest/api/token", {}, T0, method)
      expect(r.status).toBe(405)
      expect(r.headers["Allow"]).toBe("OPTIONS, PUT")
    }
  })

  it("OPTIONS on the token path answers Allow: OPTIONS, PUT", () => {
    const { state } = stateFor()
    const r = get(state, "/latest/api/token", {}, T0, "OPTIONS")
    expect([r.status, r.headers["Allow"]]).toEqual([200, "OPTIONS, PUT"])
  })

  it("a GET with a token and X-Forwarded-For is 403; without a token it is served (v1)", () => {
    const { state } = stateFor()
    const token = body(put(state, "60"))
    expect(get(state, "/latest/meta-data/", { "x-aws-ec2-metadata-token": token, "x-forwarded-for": "10.0.0.9" }).status).toBe(403)
    expect(get(state, "/latest/meta-data/", { "x-forwarded-for": "10.0.0.9" }).status).toBe(200)
  })

  it("a PUT with X-Forwarded-For is 403; the token path under a dated version is 403", () => {
    const { state } = stateFor()
    expect(put(state, "60", "/latest/api/token", { "x-forwarded-for": "10.0.0.1" }).status).toBe(403)
    expect(put(state, "60", "/2021-03-23/api/token").status).toBe(403)
  })

  it("required mode: every request without a valid token is 401, listings and unknown paths included", () => {
    const { state } = stateFor({ MetadataOptions: { HttpTokens: "required" } })
    for (const url of ["/", "/latest/", "/latest/meta-data/", "/latest/meta-data/instance-id", "/nope", "/latest/meta-data/nope"]) {
      expect(get(state, url).status, url).toBe(401)
    }
    const token = body(put(state, "60"))
    expect(get(state, "/latest/meta-data/instance-id", { "x-aws-ec2-metadata-token": token }).status).toBe(200)
    expect(get(state, "/nope", { "x-aws-ec2-metadata-token": token }).status).toBe(404)
  })

  it("an invalid or expired token is 401 in every mode", () => {
    for (const mode of ["optional", "required"] as const) {
      const { state } = stateFor({ MetadataOptions: { HttpTokens: mode } })
      const token = body(put(state, "60"))
      expect(get(state, "/latest/meta-data/", { "x-aws-ec2-metadata-token": "forged" }).status).toBe(401)
      expect(get(state, "/latest/meta-data/", { "x-aws-ec2-metadata-token": token }, T0 + 59_999).status).toBe(200)
      expect(get(state, "/latest/meta-data/", { "x-aws-ec2-metadata-token": token }, T0 + 60_000).status).toBe(401)
    }
  })

  it("tokens die with the boot: another standalone start refuses them", () => {
    const a = stateFor().state
    const b = stateFor().state
    const token = body(put(a, "600"))
    expect(get(a, "/latest/meta-data/", { "x-aws-ec2-metadata-token": token }).status).toBe(200)
    expect(get(b, "/latest/meta-data/", { "x-aws-ec2-metadata-token": token }).status).toBe(401)
  })

  it("random tokens are never accepted (property)", () => {
    const { state } = stateFor()
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 80 }), (t) =>
        get(state, "/latest/meta-data/", { "x-aws-ec2-metadata-token": t }).status === 401),
      { numRuns: 1000 }
    )
  })

  it("HttpEndpoint=disabled is 403 for everything", () => {
    const { state } = stateFor({ MetadataOptions: { HttpEndpoint: "disabled" } })
    expect(put(state, "60").status).toBe(403)
    expect(get(state, "/latest/meta-data/").status).toBe(403)
    expect(get(state, "/").status).toBe(403)
  })
})

describe("consistency", () => {
  it("several interfaces, IPv6, placement group and partition, kernel, product codes, from the configuration", () => {
    const { state } = stateFor({
      Region: "us-west-2",
      Placement: { AvailabilityZone: "us-west-2c", GroupName: "pg-1", PartitionNumber: 3 },
      KernelId: "aki-12345678",
      RamdiskId: "ari-12345678",
      ProductCodes: [{ ProductCodeId: "1abc2defghijklm3nopqrs4tu", ProductCodeType: "marketplace" }],
      NetworkInterfaces: [
        {
          MacAddress: "0e:00:00:00:00:01",
          PrivateIpAddress: "10.1.0.10",
          PrivateIpAddresses: [{ PrivateIpAddress: "10.1.0.10", Primary: true }, { PrivateIpAddress: "10.1.0.11", Association: { PublicIp: "198.51.100.11" } }],
          Association: { PublicIp: "198.51.100.10" },
          Ipv6Addresses: [{ Ipv6Address: "2001:db8::10" }],
          SubnetCidrBlock: "10.1.0.0/24"
        },
        { MacAddress: "0e:00:00:00:00:02", PrivateIpAddress: "10.1.1.20", Attachment: { DeviceIndex: 1 } }
      ]
    })
    const md = (p: string) => body(get(state, `/latest/meta-data/${p}`))
    expect(md("network/interfaces/macs/")).toBe("0e:00:00:00:00:01/\n0e:00:00:00:00:02/")
    expect(md("mac")).toBe("0e:00:00:00:00:01")
    expect(md("ipv6")).toBe("2001:db8::10")
    expect(md("public-ipv4")).toBe("198.51.100.10")
    expect(md("public-hostname")).toBe("ec2-198-51-100-10.us-west-2.compute.amazonaws.com")
    const eth0 = "network/interfaces/macs/0e:00:00:00:00:01/"
    expect(md(`${eth0}local-ipv4s`)).toBe("10.1.0.10\n10.1.0.11")
    expect(md(`${eth0}public-ipv4s`)).toBe("198.51.100.10\n198.51.100.11")
    expect(md(`${eth0}ipv4-associations/`)).toBe("198.51.100.10\n198.51.100.11")
    expect(md(`${eth0}ipv4-associations/198.51.100.11`)).toBe("10.1.0.11")
    expect(md(`${eth0}subnet-ipv4-cidr-block`)).toBe("10.1.0.0/24")
    expect(md(`${eth0}ipv6s`)).toBe("2001:db8::10")
    const eth1 = "network/interfaces/macs/0e:00:00:00:00:02/"
    expect(md(`${eth1}device-number`)).toBe("1")
    expect(get(state, `/latest/meta-data/${eth1}public-ipv4s`).status).toBe(404)
    expect(md(`${eth1}local-hostname`)).toBe("ip-10-1-1-20.us-west-2.compute.internal")
    expect(md("placement/group-name")).toBe("pg-1")
    expect(md("placement/partition-number")).toBe("3")
    expect(md("placement/availability-zone-id")).toMatch(/^usw2-az\d$/)
    expect(get(state, "/latest/meta-data/placement/host-id").status).toBe(404)
    expect(md("kernel-id")).toBe("aki-12345678")
    expect(md("ramdisk-id")).toBe("ari-12345678")
    expect(md("product-codes")).toBe("1abc2defghijklm3nopqrs4tu")
    const doc = JSON.parse(body(get(state, "/latest/dynamic/instance-identity/document")))
    expect([doc.kernelId, doc.ramdiskId, doc.marketplaceProductCodes]).toEqual(["aki-12345678", "ari-12345678", ["1abc2defghijklm3nopqrs4tu"]])
  })

  it("no public IPv4 when PublicIpAddress is null: public-ipv4 and public-hostname absent", () => {
    const { state } = stateFor({ PublicIpAddress: null })
    const listing = body(get(state, "/latest/meta-data/")).split("\n")
    expect(listing).not.toContain("public-ipv4")
    expect(listing).not.toContain("public-hostname")
    expect(get(state, "/latest/meta-data/public-ipv4").status).toBe(404)
  })

  it("HEAD answers the headers of GET without a body", () => {
    const { state } = stateFor()
    const g = get(state, "/latest/meta-data/")
    const h = get(state, "/latest/meta-data/", {}, T0, "HEAD")
    expect([h.status, h.headers["Content-Type"]]).toEqual([g.status, g.headers["Content-Type"]])
  })

  it("the same seed gives the same instance; another seed another one", () => {
    const a = Model.fromConfig(config({}), { seed: "s1", bootMillis: T0, bootId: "a" })
    const b = Model.fromConfig(config({}), { seed: "s1", bootMillis: T0, bootId: "b" })
    const c = Model.fromConfig(config({}), { seed: "s2", bootMillis: T0, bootId: "a" })
    expect(a.instanceId).toBe(b.instanceId)
    expect(a.enis[0]!.mac).toBe(b.enis[0]!.mac)
    expect(a.instanceId).not.toBe(c.instanceId)
  })

  it("identity document agrees with meta-data", () => {
    const { model, state } = stateFor({ InstanceType: "m7g.large", Region: "eu-west-1" })
    const doc = JSON.parse(body(get(state, "/latest/dynamic/instance-identity/document")))
    const md = (p: string) => body(get(state, `/latest/meta-data/${p}`))
    expect(doc.instanceId).toBe(md("instance-id"))
    expect(doc.instanceType).toBe(md("instance-type"))
    expect(doc.imageId).toBe(md("ami-id"))
    expect(doc.availabilityZone).toBe(md("placement/availability-zone"))
    expect(doc.region).toBe(md("placement/region"))
    expect(doc.privateIp).toBe(md("local-ipv4"))
    expect(doc.accountId).toBe(model.accountId)
    expect(doc.architecture).toBe("arm64")
    expect(doc.pendingTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(md("hostname")).toBe(`ip-${md("local-ipv4").replaceAll(".", "-")}.eu-west-1.compute.internal`)
    expect(md(`network/interfaces/macs/${md("mac")}/owner-id`)).toBe(model.accountId)
    expect(body(get(state, "/latest/dynamic/instance-identity/document"))).toContain(`"accountId" : "${model.accountId}"`)
  })

  it("generated values are realistic in us-east-1", () => {
    const { state } = stateFor({ Region: "us-east-1" })
    const md = (p: string) => body(get(state, `/latest/meta-data/${p}`))
    expect(md("instance-id")).toMatch(/^i-[0-9a-f]{17}$/)
    expect(md("ami-id")).toMatch(/^ami-[0-9a-f]{17}$/)
    expect(md("reservation-id")).toMatch(/^r-[0-9a-f]{17}$/)
    expect(md("mac")).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/)
    expect(md("local-hostname")).toMatch(/^ip-\d+-\d+-\d+-\d+\.ec2\.internal$/)
    expect(md("public-hostname")).toMatch(/^ec2-\d+-\d+-\d+-\d+\.compute-1\.amazonaws\.com$/)
    expect(md("placement/availability-zone")).toMatch(/^us-east-1[a-f]$/)
    expect(md("placement/availability-zone-id")).toMatch(/^use1-az\d$/)
    expect(md("services/domain")).toBe("amazonaws.com")
    expect(md("services/partition")).toBe("aws")
  })

  it("the three signatures verify with node:crypto against the printed certificates", () => {
    const { state } = stateFor()
    const document = body(get(state, "/latest/dynamic/instance-identity/document"))
    const rsaCert = new crypto.X509Certificate(signer.rsaCertificatePem)
    const dsaCert = new crypto.X509Certificate(signer.dsaCertificatePem)
    expect(rsaCert.verify(rsaCert.publicKey)).toBe(true)
    expect(dsaCert.verify(dsaCert.publicKey)).toBe(true)
    const signature = Buffer.from(body(get(state, "/latest/dynamic/instance-identity/signature")), "base64")
    expect(crypto.verify("sha256", Buffer.from(document), rsaCert.publicKey, signature)).toBe(true)
    const checkPkcs7 = (path: string, digest: string, cert: crypto.X509Certificate) => {
      const der = new Uint8Array(Buffer.from(body(get(state, path)), "base64"))
      const [, content] = Der.children(Der.read(der).node)
      const signedData = Der.children(content!)[0]!
      const [, , encap, signerInfos] = Der.children(signedData)
      const octets = Der.children(Der.children(encap!)[1]!)[0]!.contents
      expect(Buffer.from(octets).toString("utf8")).toBe(document)
      const signerInfo = Der.children(signerInfos!)[0]!
      const sig = Der.children(signerInfo).at(-1)!.contents
      expect(crypto.verify(digest, octets, cert.publicKey, sig)).toBe(true)
      expect(crypto.verify(digest, Buffer.from(document + " "), cert.publicKey, sig)).toBe(false)
    }
    checkPkcs7("/latest/dynamic/instance-identity/rsa2048", "sha256", rsaCert)
    checkPkcs7("/latest/dynamic/instance-identity/pkcs7", "sha1", dsaCert)
  })
})

describe("IAM credentials", () => {
  it("look real and Expiration is always in the future, rotating hourly (property)", () => {
    const { model, state } = stateFor({ RoleName: "app-role" })
    expect(body(get(state, "/latest/meta-data/iam/security-credentials/"))).toBe("app-role")
    const seen = new Set<string>()
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 86_400_000 }), (dt) => {
        const now = model.bootMillis + dt
        const c = JSON.parse(body(get(state, "/latest/meta-data/iam/security-credentials/app-role", {}, now)))
        seen.add(c.AccessKeyId)
        return c.Code === "Success" && c.Type === "AWS-HMAC" && /^ASIA[A-Z2-7]{16}$/.test(c.AccessKeyId) &&
          c.SecretAccessKey.length === 40 && c.Token.length > 100 &&
          /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(c.Expiration) && Date.parse(c.Expiration) - now >= 5 * 60_000 &&
          Date.parse(c.LastUpdated) <= now
      }),
      { numRuns: 1000 }
    )
    expect(seen.size).toBeGreaterThan(100)
  })

  it("iam/ is absent without a role; identity-credentials are always there", () => {
    const { state } = stateFor({ RoleName: null })
    expect(get(state, "/latest/meta-data/iam/").status).toBe(404)
    expect(body(get(state, "/latest/meta-data/")).split("\n")).not.toContain("iam/")
    const c = JSON.parse(body(get(state, "/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance")))
    expect(c.AccessKeyId).toMatch(/^ASIA/)
  })
})

describe("time-driven items", () => {
  it("spot notice appears after the delay, action two minutes later", () => {
    const { model, state } = stateFor({ SpotInterruption: { Action: "terminate", Delay: "90s" } })
    const boot = model.bootMillis
    expect(body(get(state, "/latest/meta-data/instance-life-cycle"))).toBe("spot")
    expect(get(state, "/latest/meta-data/spot/instance-action", {}, boot + 89_999).status).toBe(404)
    expect(body(get(state, "/latest/meta-data/", {}, boot + 89_999)).split("\n")).not.toContain("spot/")
    const r = get(state, "/latest/meta-data/spot/instance-action", {}, boot + 90_000)
    expect(r.status).toBe(200)
    expect(JSON.parse(body(r))).toEqual({ action: "terminate", time: Tree.isoSeconds(boot + 210_000) })
    expect(body(get(state, "/latest/meta-data/spot/termination-time", {}, boot + 90_000))).toBe(Tree.isoSeconds(boot + 210_000))
  })

  it("scheduled events appear when due with AWS's date format, then move to history", () => {
    const { model, state } = stateFor({ ScheduledEvents: [{ Code: "system-reboot", Delay: "2m" }] })
    const boot = model.bootMillis
    expect(body(get(state, "/latest/meta-data/events/maintenance/scheduled", {}, boot + 119_999))).toBe("[]")
    const events = JSON.parse(body(get(state, "/latest/meta-data/events/maintenance/scheduled", {}, boot + 120_000)))
    expect(events).toHaveLength(1)
    expect(events[0].Code).toBe("system-reboot")
    expect(events[0].State).toBe("active")
    expect(events[0].EventId).toMatch(/^instance-event-[0-9a-f]{17}$/)
    expect(events[0].NotBefore).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/)
    const later = boot + 120_000 + 600_000 + 7_200_000
    expect(body(get(state, "/latest/meta-data/events/maintenance/scheduled", {}, later))).toBe("[]")
    expect(JSON.parse(body(get(state, "/latest/meta-data/events/maintenance/history", {}, later)))[0].State).toBe("completed")
  })

  it("event date format matches 21 Jan 2019 09:00:43 GMT", () => {
    expect(Tree.eventDate(Date.UTC(2019, 0, 21, 9, 0, 43))).toBe("21 Jan 2019 09:00:43 GMT")
  })

  it("rebalance recommendation appears when due with noticeTime", () => {
    const { model, state } = stateFor({ RebalanceRecommendation: { Delay: "30s" } })
    const boot = model.bootMillis
    expect(get(state, "/latest/meta-data/events/recommendations/rebalance", {}, boot + 29_000).status).toBe(404)
    expect(JSON.parse(body(get(state, "/latest/meta-data/events/recommendations/rebalance", {}, boot + 30_000)))).toEqual({
      noticeTime: Tree.isoSeconds(boot + 30_000)
    })
  })

  it("tags/instance only when instance metadata tags are enabled", () => {
    const tags = [{ Key: "Name", Value: "web" }, { Key: "env", Value: "prod" }, { Key: "bad key", Value: "x" }]
    expect(get(stateFor({ Tags: tags }).state, "/latest/meta-data/tags/instance/").status).toBe(404)
    const { state } = stateFor({ Tags: tags, MetadataOptions: { InstanceMetadataTags: "enabled" } })
    expect(body(get(state, "/latest/meta-data/tags/instance/"))).toBe("Name\nenv")
    expect(body(get(state, "/latest/meta-data/tags/instance/Name"))).toBe("web")
  })

  it("autoscaling target-lifecycle-state when configured", () => {
    const { state } = stateFor({ AutoscalingTargetLifecycleState: "InService" })
    expect(body(get(state, "/latest/meta-data/autoscaling/target-lifecycle-state"))).toBe("InService")
  })
})

describe("never a crash (property)", () => {
  it("any method, path and headers give a 2xx/4xx answer", () => {
    const { state } = stateFor({ MetadataOptions: { HttpTokens: "optional" } })
    const segment = fc.oneof(fc.constantFrom("latest", "meta-data", "..", "%2e%2e", ".", "", "api", "token", "iam", "2009-04-04"), fc.string())
    fc.assert(
      fc.property(
        fc.constantFrom("GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "TRACE", "X"),
        fc.array(segment, { maxLength: 8 }),
        fc.dictionary(fc.constantFrom("x-aws-ec2-metadata-token", "x-aws-ec2-metadata-token-ttl-seconds", "x-forwarded-for"), fc.string()),
        (method, segs, headers) => {
          const r = Router.handle({ method, url: `/${segs.join("/")}`, headers }, state, T0)
          return r.status >= 200 && r.status < 500
        }
      ),
      { numRuns: 2000 }
    )
  })
})
