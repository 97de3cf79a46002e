import { createHash, createPrivateKey, generateKeyPairSync } from "node:crypto"
import { Effect, Scope } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Ec2Memory from "../src/Ec2Memory.js"
import * as KeyPairs from "../src/operations/keyPairs.js"
import * as SecurityGroups from "../src/operations/securityGroups.js"
import * as Instances from "../src/operations/instances.js"

const runs = (n: number) => (process.env["CI"] ? Math.max(n, 1000) : n)

/** A fresh world and its Ec2 service (requests decoded as in production). */
const world = Effect.gen(function*() {
  const { engine, ec2 } = yield* Ec2Memory.make({ seed: 7, delays: { instancePending: "immediate" } })
  const image = yield* engine.read((w) => [...w.all("images")][0]!.ImageId)
  const launch = (n = 1) =>
    engine.transact((w) => Instances.runInstances(w, { ImageId: image, InstanceType: "t3.micro", MinCount: n, MaxCount: n }))
  const tick = engine.read(() => undefined)
  return { engine, ec2, launch, tick }
})

const run = <A, E>(f: (x: Effect.Success<typeof world>) => Effect.Effect<A, E>) =>
  Effect.runPromise(
    Effect.scoped(Effect.flatMap(world, f)).pipe(Effect.provide(TestClock.layer())) as Effect.Effect<A, E, never>
  )

const fail = <A, E>(e: Effect.Effect<A, E>) => Effect.flip(e) as Effect.Effect<E & { code: string; message: string }>
const codeMsg = (e: { code: string; message: string }) => [e.code, e.message.replace(/^[^:]+: /, "")]

void Scope

describe("key pairs", () => {
  it("creates RSA and ed25519 keys with AWS's fingerprints", () =>
    run(({ ec2 }) =>
      Effect.gen(function*() {
        const rsa = yield* ec2.createKeyPair({ KeyName: "a" })
        const der = createPrivateKey(rsa.KeyMaterial!).export({ type: "pkcs8", format: "der" })
        expect(rsa.KeyFingerprint).toBe(createHash("sha1").update(der).digest("hex").match(/../g)!.join(":"))
        expect(rsa.KeyMaterial).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/)
        expect(rsa.KeyPairId).toMatch(/^key-[0-9a-f]{17}$/)
        const ed = yield* ec2.createKeyPair({ KeyName: "b", KeyType: "ed25519" })
        expect(ed.KeyMaterial).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/)
        const d = yield* ec2.describeKeyPairs({ KeyNames: ["b"], IncludePublicKey: true })
        const blob = Buffer.from(d.KeyPairs![0]!.PublicKey!.split(" ")[1]!, "base64")
        expect(ed.KeyFingerprint).toBe(createHash("sha256").update(blob).digest("base64"))
        expect(d.KeyPairs![0]!.KeyType).toBe("ed25519")
      })))

  it("errors: duplicate, not found, invalid material, DryRun", () =>
    run(({ ec2 }) =>
      Effect.gen(function*() {
        yield* ec2.createKeyPair({ KeyName: "dup" })
        expect(codeMsg(yield* fail(ec2.createKeyPair({ KeyName: "dup" })))).toEqual(["InvalidKeyPair.Duplicate", "The keypair 'dup' already exists."])
        expect(codeMsg(yield* fail(ec2.describeKeyPairs({ KeyNames: ["x"] })))).toEqual(["InvalidKeyPair.NotFound", "The key pair 'x' does not exist"])
        expect(codeMsg(yield* fail(ec2.importKeyPair({ KeyName: "i", PublicKeyMaterial: new TextEncoder().encode("ssh-rsa !!!") }))))
          .toEqual(["InvalidKey.Format", "Key is not in valid OpenSSH public key format"])
        expect((yield* fail(ec2.createKeyPair({ KeyName: "dry", DryRun: true }))).code).toBe("DryRunOperation")
        expect((yield* ec2.describeKeyPairs({ Filters: [{ Name: "key-name", Values: ["dry"] }] })).KeyPairs).toEqual([])
        expect((yield* ec2.deleteKeyPair({ KeyName: "nope" })).Return).toBe(true)
        yield* ec2.deleteKeyPair({ KeyName: "dup" })
        expect((yield* ec2.describeKeyPairs({})).KeyPairs).toEqual([])
      })))

  it("property: imported key fingerprints match node:crypto (RSA MD5 of SPKI DER, ed25519 SHA-256)", () =>
    fc.assert(fc.property(fc.boolean(), fc.integer({ min: 0, max: 1_000_000 }), (isRsa, n) => {
      const name = `k${n}`
      if (isRsa) {
        const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 1024 })
        const jwk = publicKey.export({ format: "jwk" })
        const blob = KeyPairs.rsaBlob(Buffer.from(jwk.n!, "base64url"), Buffer.from(jwk.e!, "base64url"))
        const r = KeyPairs.parsePublicKey(new TextEncoder().encode(`ssh-rsa ${blob.toString("base64")} ${name}`))
        const spki = publicKey.export({ type: "spki", format: "der" })
        expect(r._tag === "Success" && r.success.KeyFingerprint).toBe(createHash("md5").update(spki).digest("hex").match(/../g)!.join(":"))
      } else {
        const { publicKey } = generateKeyPairSync("ed25519")
        const blob = KeyPairs.ed25519Blob(Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url"))
        const r = KeyPairs.parsePublicKey(new TextEncoder().encode(`ssh-ed25519 ${blob.toString("base64")}`))
        expect(r._tag === "Success" && r.success.KeyFingerprint).toBe(createHash("sha256").update(blob).digest("base64"))
      }
    }), { numRuns: runs(100) }))
})

describe("security groups", () => {
  it("create, duplicate rules, limits, delete rules", () =>
    run(({ ec2, engine, launch }) =>
      Effect.gen(function*() {
        const { GroupId } = yield* ec2.createSecurityGroup({ GroupName: "web", Description: "d" })
        const vpc = yield* engine.read((w) => w.meta.DefaultVpcId)
        expect(codeMsg(yield* fail(ec2.createSecurityGroup({ GroupName: "web", Description: "d" }))))
          .toEqual(["InvalidGroup.Duplicate", `The security group 'web' already exists for VPC '${vpc}'`])
        const ssh = { IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }
        const ok = yield* ec2.authorizeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: [ssh] })
        expect(ok.SecurityGroupRules![0]!.SecurityGroupRuleId).toMatch(/^sgr-/)
        expect(codeMsg(yield* fail(ec2.authorizeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: [ssh] }))))
          .toEqual(["InvalidPermission.Duplicate", `the specified rule "peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW" already exists`])
        const many = Array.from({ length: 60 }, (_, i) => ({ IpProtocol: "tcp", FromPort: 1000 + i, ToPort: 1000 + i, IpRanges: [{ CidrIp: "10.0.0.0/8" }] }))
        expect(codeMsg(yield* fail(ec2.authorizeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: many }))))
          .toEqual(["RulesPerSecurityGroupLimitExceeded", "The maximum number of rules per security group has been reached."])
        const d = yield* ec2.describeSecurityGroups({ GroupIds: [GroupId!] })
        expect(d.SecurityGroups![0]!.IpPermissions).toHaveLength(1)
        expect(d.SecurityGroups![0]!.IpPermissionsEgress![0]!.IpRanges).toEqual([{ CidrIp: "0.0.0.0/0" }])
        const rv = yield* ec2.revokeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: [ssh, { IpProtocol: "udp", FromPort: 1, ToPort: 1, IpRanges: [{ CidrIp: "1.2.3.4/32" }] }] })
        expect(rv.Return).toBe(true)
        expect(rv.UnknownIpPermissions).toHaveLength(1)
        // default group
        const def = yield* engine.read((w) => w.meta.DefaultSecurityGroupId)
        expect(codeMsg(yield* fail(ec2.deleteSecurityGroup({ GroupId: def as never }))))
          .toEqual(["CannotDelete", `the specified group: "${def}" name: "default" cannot be deleted by a user`])
        // in use
        const inst = yield* launch()
        yield* engine.transact((w) => Effect.sync(() => {
          const e = w.get("networkInterfaces", [...w.all("instances")][0]!.PrimaryNetworkInterfaceId)!
          w.put("networkInterfaces", { ...e, GroupIds: [...e.GroupIds, GroupId!] })
        }))
        void inst
        expect(codeMsg(yield* fail(ec2.deleteSecurityGroup({ GroupId: GroupId! }))))
          .toEqual(["DependencyViolation", `resource ${GroupId} has a dependent object`])
        const { GroupId: other } = yield* ec2.createSecurityGroup({ GroupName: "other", Description: "d" })
        yield* ec2.deleteSecurityGroup({ GroupName: "other" })
        expect(codeMsg(yield* fail(ec2.describeSecurityGroups({ GroupIds: [other!] }))))
          .toEqual(["InvalidGroup.NotFound", `The security group '${other}' does not exist`])
      })))

  it("malformed rules get AWS's codes and texts and change nothing", () =>
    run(({ ec2 }) =>
      Effect.gen(function*() {
        const { GroupId } = yield* ec2.createSecurityGroup({ GroupName: "strict", Description: "d" })
        const bad = (p: Record<string, unknown>) => fail(ec2.authorizeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: [p as never] }))
        const cidr = { IpRanges: [{ CidrIp: "10.0.0.0/8" }] }
        expect(codeMsg(yield* bad({ IpProtocol: "all", ...cidr }))).toEqual(["InvalidParameterValue", "Invalid value 'all' for IP protocol. Unknown protocol."])
        expect(codeMsg(yield* bad({ IpProtocol: "tcp", FromPort: 22, ...cidr })))
          .toEqual(["InvalidParameterValue", "Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange."])
        expect(codeMsg(yield* bad({ IpProtocol: "tcp", FromPort: -1, ToPort: -1, ...cidr }))).toEqual(["InvalidPermission.Malformed", "TCP/UDP port (-1) out of range"])
        expect(codeMsg(yield* bad({ IpProtocol: "udp", FromPort: 1, ToPort: 70000, ...cidr }))).toEqual(["InvalidPermission.Malformed", "TCP/UDP port (70000) out of range"])
        expect(codeMsg(yield* bad({ IpProtocol: "icmp", FromPort: 8, ToPort: 65535, ...cidr }))).toEqual(["InvalidParameterValue", "ICMP code (65535) out of range"])
        expect(codeMsg(yield* bad({ IpProtocol: "icmp", ...cidr })))
          .toEqual(["InvalidParameterValue", "Invalid value 'Must specify both from and to ports with ICMP.' for portRange."])
        expect(codeMsg(yield* bad({ IpProtocol: "1", FromPort: 8, ...cidr })))
          .toEqual(["InvalidParameterValue", "Invalid value 'Must specify both from and to ports with ICMP.' for portRange."])
        expect(codeMsg(yield* bad({ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "10.0.0.300/8" }] })))
          .toEqual(["InvalidParameterValue", "CIDR block 10.0.0.300/8 is malformed"])
        expect(codeMsg(yield* bad({ IpProtocol: "tcp", FromPort: 22, ToPort: 22 })))
          .toEqual(["MissingParameter", "Missing source specification: include source security group or CIDR information"])
        expect(codeMsg(yield* bad({ IpProtocol: "tcp", FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ UserId: "123456789012" }] })))
          .toEqual(["MissingParameter", "Source group ID missing."])
        expect(codeMsg(yield* fail(ec2.revokeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: [] }))))
          .toEqual(["MissingParameter", "Either 'ipPermissions' or 'securityGroupRuleIds' should be provided."])
        // -1 is the one spelling of "all protocols"; none of the failures above left a rule behind
        yield* ec2.authorizeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: [{ IpProtocol: "-1", ...cidr }] })
        const g = (yield* ec2.describeSecurityGroups({ GroupIds: [GroupId!] })).SecurityGroups![0]!
        expect(g.IpPermissions).toEqual([{ IpProtocol: "-1", IpRanges: [{ CidrIp: "10.0.0.0/8" }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }])
      })))

  it("property: rules never duplicate, a failed authorize changes nothing", () =>
    run(({ ec2, engine }) =>
      Effect.gen(function*() {
        const { GroupId } = yield* ec2.createSecurityGroup({ GroupName: "p", Description: "d" })
        const perm = fc.record({
          IpProtocol: fc.constantFrom("tcp", "udp", "-1", "6"),
          FromPort: fc.integer({ min: 0, max: 3 }),
          ToPort: fc.constant(3),
          IpRanges: fc.array(fc.record({ CidrIp: fc.constantFrom("0.0.0.0/0", "10.0.0.0/8", "1.2.3.4/32") }), { minLength: 1, maxLength: 2 })
        })
        yield* Effect.promise(() =>
          fc.assert(fc.asyncProperty(fc.array(perm, { minLength: 1, maxLength: 3 }), fc.boolean(), async (perms, revoke) => {
            const before = await Effect.runPromise(engine.read((w) => w.get("securityGroups", GroupId!)!))
            const exit = await Effect.runPromise(Effect.exit(
              revoke
                ? ec2.revokeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: perms })
                : ec2.authorizeSecurityGroupIngress({ GroupId: GroupId!, IpPermissions: perms })
            ))
            const after = await Effect.runPromise(engine.read((w) => w.get("securityGroups", GroupId!)!))
            if (exit._tag === "Failure") expect(after).toEqual(before)
            const keys = after.Rules.map(SecurityGroups.ruleKey)
            expect(new Set(keys).size).toBe(keys.length)
          }), { numRuns: runs(200) })
        )
      })))
})

describe("addresses and network interfaces", () => {
  it("allocate, associate, survive stop/start, release rules", () =>
    run(({ ec2, engine, launch, tick }) =>
      Effect.gen(function*() {
        yield* launch()
        yield* tick
        const inst = yield* engine.read((w) => [...w.all("instances")][0]!)
        const a = yield* ec2.allocateAddress({ Domain: "vpc" })
        expect(a.AllocationId).toMatch(/^eipalloc-/)
        const { AssociationId } = yield* ec2.associateAddress({ AllocationId: a.AllocationId!, InstanceId: inst.InstanceId as never })
        expect(AssociationId).toMatch(/^eipassoc-/)
        // releasing it now would succeed (default VPC): Fidelity.test.ts pins both VPC kinds
        yield* engine.transact((w) => Instances.stopInstances(w, [inst.InstanceId]))
        yield* TestClock.adjust("1 minute")
        yield* engine.transact((w) => Instances.startInstances(w, [inst.InstanceId]))
        yield* TestClock.adjust("1 minute")
        expect((yield* engine.read((w) => w.get("instances", inst.InstanceId)!)).PublicIpAddress).toBe(a.PublicIp)
        const enis = yield* ec2.describeNetworkInterfaces({ Filters: [{ Name: "attachment.instance-id", Values: [inst.InstanceId] }] })
        const eni = enis.NetworkInterfaces![0]!
        expect(eni.Association?.PublicIp).toBe(a.PublicIp)
        expect(eni.Attachment?.DeleteOnTermination).toBe(true)
        expect(eni.PrivateIpAddress).toBe(inst.PrivateIpAddress)
        // reassociation is automatic; AllowReassociation: false refuses to move an associated EIP
        yield* launch()
        const other = yield* engine.read((w) => [...w.all("instances")].find((i) => i.InstanceId !== inst.InstanceId)!)
        yield* tick
        const r = yield* fail(ec2.associateAddress({ AllocationId: a.AllocationId!, InstanceId: other.InstanceId as never, AllowReassociation: false }))
        expect(codeMsg(r)).toEqual(["Resource.AlreadyAssociated", `resource ${a.AllocationId} is already associated with associate-id ${AssociationId}`])
        // every address is a VPC address: mapped by allocation id, unmapped by association id
        expect(codeMsg(yield* fail(ec2.associateAddress({ PublicIp: a.PublicIp!, InstanceId: other.InstanceId as never }))))
          .toEqual(["InvalidParameterCombination", "You must specify an allocation id when mapping an address to a VPC instance"])
        expect(codeMsg(yield* fail(ec2.disassociateAddress({ PublicIp: a.PublicIp! }))))
          .toEqual(["InvalidParameterValue", "You must specify an association id when unmapping an address from a VPC instance"])
        expect(codeMsg(yield* fail(ec2.describeAddresses({ PublicIps: ["10.0.0.300"] }))))
          .toEqual(["InvalidParameterValue", "Invalid value '10.0.0.300' for PublicIp. Not a valid IPv4 address."])
        expect((yield* ec2.describeAddresses({ AllocationIds: [a.AllocationId! as never] })).Addresses![0]!.InstanceId).toBe(inst.InstanceId)
        yield* ec2.associateAddress({ AllocationId: a.AllocationId!, InstanceId: other.InstanceId as never })
        const d = yield* ec2.describeAddresses({ AllocationIds: [a.AllocationId! as never] })
        expect(d.Addresses![0]!.InstanceId).toBe(other.InstanceId)
        expect((yield* engine.read((w) => w.get("instances", inst.InstanceId)!)).PublicIpAddress).not.toBe(a.PublicIp)
        // an instance that is no longer running cannot take an EIP (AWS's code and text, see addresses.ts)
        yield* launch()
        const gone = yield* engine.read((w) => [...w.all("instances")].find((i) => i.InstanceId !== inst.InstanceId && i.InstanceId !== other.InstanceId)!)
        yield* engine.transact((w) => Instances.terminateInstances(w, [gone.InstanceId]))
        const goneState = (yield* engine.read((w) => w.get("instances", gone.InstanceId)!)).Lifecycle.State
        expect(goneState).not.toBe("running")
        expect(codeMsg(yield* fail(ec2.associateAddress({ AllocationId: a.AllocationId!, InstanceId: gone.InstanceId as never, AllowReassociation: true }))))
          .toEqual(["InvalidInstanceID", `The ${goneState} instance '${gone.InstanceId}' is not in a valid state for this operation.`])
        yield* ec2.disassociateAddress({ AssociationId: d.Addresses![0]!.AssociationId! as never })
        // a VPC address is released by allocation id only
        expect(codeMsg(yield* fail(ec2.releaseAddress({ PublicIp: a.PublicIp! }))))
          .toEqual(["InvalidParameterValue", "You must specify an allocation id when releasing a VPC elastic IP address"])
        expect((yield* ec2.describeAddresses({ AllocationIds: [a.AllocationId! as never] })).Addresses).toHaveLength(1)
        yield* ec2.releaseAddress({ AllocationId: a.AllocationId! })
        expect((yield* fail(ec2.describeAddresses({ AllocationIds: [a.AllocationId! as never] }))).code).toBe("InvalidAllocationID.NotFound")
        for (let i = 0; i < 5; i++) yield* ec2.allocateAddress({})
        expect((yield* fail(ec2.allocateAddress({}))).code).toBe("AddressLimitExceeded")
      })))

  it("an EIP cannot go to the ENI of an instance that is still pending (AWS's code and text)", () =>
    Effect.runPromise(
      Effect.scoped(Effect.gen(function*() {
        const { engine, ec2 } = yield* Ec2Memory.make({ seed: 8 }) // default delays: a launch is pending for a while
        const image = yield* engine.read((w) => [...w.all("images")][0]!.ImageId)
        yield* engine.transact((w) => Instances.runInstances(w, { ImageId: image, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 }))
        const inst = yield* engine.read((w) => [...w.all("instances")][0]!)
        expect(inst.Lifecycle.State).toBe("pending")
        const a = yield* ec2.allocateAddress({ Domain: "vpc" })
        const eni = inst.PrimaryNetworkInterfaceId
        expect(codeMsg(yield* fail(ec2.associateAddress({ AllocationId: a.AllocationId!, NetworkInterfaceId: eni as never }))))
          .toEqual(["IncorrectInstanceState", `The pending-instance-creation instance to which '${eni}' is attached is not in a valid state for this operation`])
        expect((yield* ec2.describeAddresses({ AllocationIds: [a.AllocationId! as never] })).Addresses![0]!.AssociationId).toBeUndefined()
        yield* TestClock.adjust("1 minute")
        expect((yield* ec2.associateAddress({ AllocationId: a.AllocationId!, NetworkInterfaceId: eni as never })).AssociationId).toMatch(/^eipassoc-/)
      })).pipe(Effect.provide(TestClock.layer()))
    ))

  it("property: an EIP is associated with at most one ENI, and each ENI holds at most one EIP", () =>
    run(({ ec2, engine, launch, tick }) =>
      Effect.gen(function*() {
        yield* launch(3)
        yield* tick
        const ids = yield* engine.read((w) => [...w.all("instances")].map((i) => i.InstanceId))
        const allocs: Array<string> = []
        for (let i = 0; i < 3; i++) allocs.push((yield* ec2.allocateAddress({})).AllocationId!)
        const op = fc.record({ a: fc.integer({ min: 0, max: 2 }), i: fc.integer({ min: 0, max: 2 }), re: fc.boolean(), dis: fc.boolean() })
        yield* Effect.promise(() =>
          fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 6 }), async (ops) => {
            for (const o of ops) {
              const eff: Effect.Effect<unknown, unknown> = o.dis
                ? Effect.flatMap(ec2.describeAddresses({ AllocationIds: [allocs[o.a]! as never] }), (d) =>
                  d.Addresses![0]!.AssociationId === undefined ? Effect.succeed({}) : ec2.disassociateAddress({ AssociationId: d.Addresses![0]!.AssociationId as never }))
                : ec2.associateAddress({ AllocationId: allocs[o.a]! as never, InstanceId: ids[o.i]! as never, AllowReassociation: o.re })
              await Effect.runPromise(Effect.exit(eff))
              const [addrs, enis] = await Effect.runPromise(engine.read((w) => [[...w.all("addresses")], [...w.all("networkInterfaces")]] as const))
              for (const a of addrs) {
                const holders = enis.filter((e) => e.AllocationId === a.AllocationId)
                expect(holders.length).toBe(a.AssociationId === undefined ? 0 : 1)
                if (a.AssociationId !== undefined) expect(holders[0]!.NetworkInterfaceId).toBe(a.NetworkInterfaceId)
              }
            }
          }), { numRuns: runs(100) })
        )
      })))
})

describe("tags", () => {
  it("errors: aws: prefix, unknown resource, limit (atomic)", () =>
    run(({ ec2, engine, launch }) =>
      Effect.gen(function*() {
        yield* launch()
        const id = yield* engine.read((w) => [...w.all("instances")][0]!.InstanceId)
        expect(codeMsg(yield* fail(ec2.createTags({ Resources: [id], Tags: [{ Key: "aws:x", Value: "1" }] }))))
          .toEqual(["InvalidParameterValue", "Value ( aws:x ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use"])
        expect(codeMsg(yield* fail(ec2.createTags({ Resources: [id, "i-0123456789abcdef0"], Tags: [{ Key: "a", Value: "1" }] }))))
          .toEqual(["InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist"])
        expect((yield* ec2.describeTags({})).Tags).toEqual([])
        expect(codeMsg(yield* fail(ec2.createTags({ Resources: [id], Tags: [{ Key: "k", Value: "v".repeat(257) }] }))))
          .toEqual(["InvalidParameterValue", "Tag value exceeds the maximum length of 256 characters"])
        expect(codeMsg(yield* fail(ec2.createTags({ Resources: [id], Tags: [{ Key: "k".repeat(129), Value: "v" }] }))))
          .toEqual(["InvalidParameterValue", "Tag key exceeds the maximum length of 128 characters"])
        yield* ec2.createTags({ Resources: [id], Tags: [{ Key: "k".repeat(128), Value: "v".repeat(256) }] })
        yield* ec2.deleteTags({ Resources: [id], Tags: [{ Key: "k".repeat(128) }] })
        const fifty = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" }))
        expect((yield* fail(ec2.createTags({ Resources: [id], Tags: fifty }))).code).toBe("TagLimitExceeded")
        yield* ec2.createTags({ Resources: [id], Tags: [{ Key: "Name", Value: "web" }] })
        const t = yield* ec2.describeTags({ Filters: [{ Name: "resource-type", Values: ["instance"] }] })
        expect(t.Tags).toEqual([{ ResourceId: id, ResourceType: "instance", Key: "Name", Value: "web" }])
        yield* ec2.deleteTags({ Resources: [id], Tags: [{ Key: "Name", Value: "other" }] })
        expect((yield* ec2.describeTags({})).Tags).toHaveLength(1)
        yield* ec2.deleteTags({ Resources: [id], Tags: [{ Key: "Name" }] })
        expect((yield* ec2.describeTags({})).Tags).toHaveLength(0)
        expect((yield* fail(ec2.describeTags({ Filters: [{ Name: "bogus", Values: ["x"] }] }))).code).toBe("InvalidParameterValue")
      })))

  it("property: never more than 50 tags per resource; a failed createTags changes nothing", () =>
    run(({ ec2, engine, launch }) =>
      Effect.gen(function*() {
        yield* launch(2)
        const ids = yield* engine.read((w) => [...w.all("instances")].map((i) => i.InstanceId))
        const tag = fc.record({ Key: fc.oneof(fc.integer({ min: 0, max: 70 }).map((n) => `k${n}`), fc.constant("aws:bad")), Value: fc.string({ maxLength: 3 }) })
        yield* Effect.promise(() =>
          fc.assert(fc.asyncProperty(fc.subarray(ids, { minLength: 1 }), fc.array(tag, { minLength: 1, maxLength: 20 }), async (res, tags) => {
            const before = await Effect.runPromise(engine.read((w) => ids.map((i) => w.tagsOf(i))))
            const exit = await Effect.runPromise(Effect.exit(ec2.createTags({ Resources: res, Tags: tags })))
            const after = await Effect.runPromise(engine.read((w) => ids.map((i) => w.tagsOf(i))))
            if (exit._tag === "Failure") expect(after).toEqual(before)
            for (const t of after) expect(t.length).toBeLessThanOrEqual(50)
          }), { numRuns: runs(200) })
        )
      })))
})

describe("placement groups, regions, instance types", () => {
  it("placement groups: create, describe, duplicate, in use, modify placement", () =>
    run(({ ec2, engine, launch, tick }) =>
      Effect.gen(function*() {
        const c = yield* ec2.createPlacementGroup({ GroupName: "pg", Strategy: "spread" })
        expect(c.PlacementGroup?.GroupId).toMatch(/^pg-/)
        expect((yield* fail(ec2.createPlacementGroup({ GroupName: "pg", Strategy: "cluster" }))).code).toBe("InvalidPlacementGroup.Duplicate")
        expect((yield* fail(ec2.describePlacementGroups({ GroupNames: ["nope"] }))).code).toBe("InvalidPlacementGroup.Unknown")
        yield* launch()
        yield* tick
        const id = yield* engine.read((w) => [...w.all("instances")][0]!.InstanceId)
        expect(codeMsg(yield* fail(ec2.modifyInstancePlacement({ InstanceId: id as never, GroupName: "pg" }))))
          .toEqual(["IncorrectInstanceState", `The instance '${id}' is not in the 'stopped' state.`])
        yield* engine.transact((w) => Instances.stopInstances(w, [id]))
        yield* TestClock.adjust("1 minute")
        expect((yield* ec2.modifyInstancePlacement({ InstanceId: id as never, GroupName: "pg" })).Return).toBe(true)
        expect((yield* fail(ec2.deletePlacementGroup({ GroupName: "pg" }))).code).toBe("InvalidPlacementGroup.InUse")
        yield* ec2.modifyInstancePlacement({ InstanceId: id as never, GroupName: "" })
        yield* ec2.deletePlacementGroup({ GroupName: "pg" })
        expect((yield* ec2.describePlacementGroups({})).PlacementGroups).toEqual([])
      })))

  it("regions and zones", () =>
    run(({ ec2 }) =>
      Effect.gen(function*() {
        const z = yield* ec2.describeAvailabilityZones({})
        expect(z.AvailabilityZones!.map((x) => x.ZoneName)).toEqual(["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"])
        expect(z.AvailabilityZones![0]).toMatchObject({ ZoneId: "use1-az1", State: "available", RegionName: "us-east-1", ZoneType: "availability-zone" })
        expect(codeMsg(yield* fail(ec2.describeAvailabilityZones({ ZoneNames: ["us-east-1z"] })))).toEqual(["InvalidParameterValue", "Invalid availability zone: [us-east-1z]"])
        const r = yield* ec2.describeRegions({ RegionNames: ["eu-west-1"] })
        expect(r.Regions).toEqual([{ RegionName: "eu-west-1", Endpoint: "ec2.eu-west-1.amazonaws.com", OptInStatus: "opt-in-not-required" }])
        const all = yield* ec2.describeRegions({ AllRegions: true })
        expect(all.Regions!.length).toBeGreaterThan((yield* ec2.describeRegions({})).Regions!.length)
      })))

  it("instance types and offerings", () =>
    run(({ ec2 }) =>
      Effect.gen(function*() {
        const t = yield* ec2.describeInstanceTypes({ InstanceTypes: ["t3.micro"] })
        expect(t.InstanceTypes![0]!.InstanceType).toBe("t3.micro")
        expect(codeMsg(yield* fail(ec2.describeInstanceTypes({ InstanceTypes: ["m5.3xlarge" as never] }))))
          .toEqual(["InvalidInstanceType", "The following supplied instance types do not exist: [m5.3xlarge]"])
        const p1 = yield* ec2.describeInstanceTypes({ MaxResults: 5 })
        expect(p1.InstanceTypes).toHaveLength(5)
        const p2 = yield* ec2.describeInstanceTypes({ MaxResults: 5, NextToken: p1.NextToken! })
        expect(p2.InstanceTypes![0]!.InstanceType).not.toBe(p1.InstanceTypes![0]!.InstanceType)
        expect((yield* fail(ec2.describeInstanceTypes({ MaxResults: 101 }))).code).toBe("InvalidParameterValue")
        const o = yield* ec2.describeInstanceTypeOfferings({ LocationType: "availability-zone", Filters: [{ Name: "instance-type", Values: ["t3.micro"] }] })
        expect(o.InstanceTypeOfferings).toHaveLength(6)
      })))
})
