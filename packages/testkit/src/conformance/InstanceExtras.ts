/**
 * Conformance groups "launch templates", "credit specifications", "console output" and "encryption by
 * default" (issue 11 §2–§3), registered by `Conformance.suite` so every backend (the memory backend, the
 * wire path, AWS) runs them. Templates a test creates are deleted at its end; the encryption test puts
 * the account's setting back as it found it.
 *
 * Expected codes and texts: /work/shared/docs/networking-facts.md §8 and the sources quoted in
 * backend-memory's launchTemplates.ts, creditSpecifications.ts, consoleOutput.ts, encryption.ts (read
 * 2026-12-06).
 *
 * @since 0.1.0
 */
import type { Ec2, Ec2Shapes } from "@ec2kit/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"

type Svc = Ec2.Service

/** What a test body gets from the suite. */
export interface Ctx {
  readonly ec2: Svc
  /** An x86_64 AMI the suite launches. */
  readonly ImageId: string
  /** The test's run id (unique per test: names of what it creates). */
  readonly runId: string
  /** RunInstances with the suite's tag (plus `extra`); fails the test on error. */
  readonly launch: (extra?: Partial<H.RequestOf<"runInstances">>) => Effect.Effect<ReadonlyArray<Ec2Shapes.Instance>>
  /** RunInstances with the suite's tag, the error kept. */
  readonly tryLaunch: (extra?: Partial<H.RequestOf<"runInstances">>) => Effect.Effect<Ec2Shapes.RunInstancesResult, import("@ec2kit/core").Ec2Error.Ec2Error>
  /** Waits until the instance is running. */
  readonly running: (id: string) => Effect.Effect<unknown, unknown, Ec2.Ec2>
}

/** Runs a test body against a fresh world (or the live account). */
export type Runner = <A>(body: (t: Ctx) => Effect.Effect<A, unknown, Ec2.Ec2>) => Promise<A>

const ok = H.orDieWithCode

/** A launch template for one test, deleted when the test ends. */
const withTemplate = <A, E, R>(
  t: Ctx,
  data: Readonly<Record<string, unknown>>,
  body: (lt: { readonly id: string; readonly name: string }) => Effect.Effect<A, E, R>
) =>
  Effect.gen(function*() {
    const name = `ec2kit-conformance-${t.runId}`
    const created = yield* ok(t.ec2.createLaunchTemplate({ LaunchTemplateName: name, LaunchTemplateData: data as never }))
    const id = created.LaunchTemplate!.LaunchTemplateId!
    return yield* body({ id, name }).pipe(Effect.ensuring(Effect.ignore(t.ec2.deleteLaunchTemplate({ LaunchTemplateId: id as never }))))
  })

/**
 * RunInstances of one instance from a launch template (no `ImageId` of the suite's own: the template's),
 * terminated when the test ends.
 */
const fromTemplate = (t: Ctx, extra: Readonly<Record<string, unknown>>) =>
  Effect.acquireRelease(
    Effect.map(ok(t.ec2.runInstances({ MinCount: 1, MaxCount: 1, ...extra } as never)), (r) => r.Instances ?? []),
    (xs) => Effect.ignore(t.ec2.terminateInstances({ InstanceIds: xs.map((i) => i.InstanceId!) as never }))
  )

/**
 * Registers the four groups (called inside `Conformance.suite`'s describe). `time` decides how the
 * console-output test waits for the log (AWS posts it "shortly after instance boot").
 */
export const register = (world: Runner, time: H.TimeMode): void => {
  const pass = H.pass(time)

  describe("launch templates", () => {
    it("create makes version 1 the default and latest; versions number on; the name is unique; AWS's errors for unknown ones", () =>
      world((t) =>
        withTemplate(t, { InstanceType: "t3.micro" }, (lt) =>
          Effect.gen(function*() {
            const d = yield* ok(t.ec2.describeLaunchTemplates({ LaunchTemplateIds: [lt.id as never] }))
            expect(d.LaunchTemplates?.[0]).toMatchObject({ LaunchTemplateName: lt.name, DefaultVersionNumber: 1, LatestVersionNumber: 1 })
            const v2 = yield* ok(t.ec2.createLaunchTemplateVersion({ LaunchTemplateId: lt.id as never, SourceVersion: "1", LaunchTemplateData: { InstanceType: "t3.small" } }))
            expect(v2.LaunchTemplateVersion).toMatchObject({ VersionNumber: 2, DefaultVersion: false, LaunchTemplateData: { InstanceType: "t3.small" } })
            const pick = (Versions: Array<string>) =>
              Effect.map(ok(t.ec2.describeLaunchTemplateVersions({ LaunchTemplateId: lt.id as never, Versions })), (r) => r.LaunchTemplateVersions?.map((v) => v.VersionNumber))
            expect(yield* pick(["$Latest"])).toEqual([2])
            expect(yield* pick(["$Default"])).toEqual([1])
            yield* ok(t.ec2.modifyLaunchTemplate({ LaunchTemplateId: lt.id as never, DefaultVersion: "2" }))
            expect(yield* pick(["$Default"])).toEqual([2])
            yield* H.expectError(
              t.ec2.createLaunchTemplate({ LaunchTemplateName: lt.name, LaunchTemplateData: { InstanceType: "t3.micro" } }),
              "InvalidLaunchTemplateName.AlreadyExistsException",
              "Launch template name already in use."
            )
            yield* H.expectError(
              t.ec2.describeLaunchTemplateVersions({ LaunchTemplateId: lt.id as never, Versions: ["9"] }),
              "InvalidLaunchTemplateId.VersionNotFound",
              `Could not find the specified version 9 for the launch template with ID ${lt.id}.`
            )
            yield* H.expectError(
              t.ec2.createLaunchTemplate({ LaunchTemplateName: `ec2kit-empty-${t.runId}`, LaunchTemplateData: {} }),
              "MissingParameter",
              "No launch template data was provided. Launch template data is required to create a launch template."
            )
            // the default version cannot be deleted; another can, once
            const del = yield* ok(t.ec2.deleteLaunchTemplateVersions({ LaunchTemplateId: lt.id, Versions: ["1", "2"] }))
            expect(del.SuccessfullyDeletedLaunchTemplateVersions?.map((x) => x.VersionNumber)).toEqual([1])
            expect(del.UnsuccessfullyDeletedLaunchTemplateVersions?.map((x) => x.VersionNumber)).toEqual([2])
          })
        )
      ))

    it("DescribeLaunchTemplates of an unknown id or name answers AWS's NotFound texts", () =>
      world((t) =>
        Effect.gen(function*() {
          yield* H.expectError(
            t.ec2.describeLaunchTemplates({ LaunchTemplateIds: ["lt-0123456789abcdef0" as never] }),
            "InvalidLaunchTemplateId.NotFound",
            "The specified launch template, with template ID lt-0123456789abcdef0, does not exist."
          )
          yield* H.expectError(
            t.ec2.describeLaunchTemplates({ LaunchTemplateNames: [`ec2kit-none-${t.runId}`] }),
            "InvalidLaunchTemplateName.NotFoundException",
            `The specified launch template, with template name ec2kit-none-${t.runId}, does not exist.`
          )
        })
      ))

    it("RunInstances from a template: the template's values, the request's overrides, the aws:ec2launchtemplate tags", () =>
      world((t) =>
        Effect.scoped(withTemplate(t, { ImageId: t.ImageId as never, InstanceType: "t3.small", TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "from", Value: "template" }] }] }, (lt) =>
          Effect.gen(function*() {
            const [a] = yield* fromTemplate(t, { LaunchTemplate: { LaunchTemplateName: lt.name } })
            expect(a!.InstanceType).toBe("t3.small")
            const tags = new Map((a!.Tags ?? []).map((x) => [x.Key, x.Value]))
            expect(tags.get("from")).toBe("template")
            expect(tags.get("aws:ec2launchtemplate:id")).toBe(lt.id)
            expect(tags.get("aws:ec2launchtemplate:version")).toBe("1")
            const [b] = yield* fromTemplate(t, { InstanceType: "t3.nano", LaunchTemplate: { LaunchTemplateId: lt.id, Version: "$Latest" } })
            expect(b!.InstanceType).toBe("t3.nano")
            yield* H.expectError(
              t.ec2.runInstances({ MinCount: 1, MaxCount: 1, LaunchTemplate: { LaunchTemplateId: lt.id as never, Version: "5" } }),
              "InvalidLaunchTemplateId.VersionNotFound",
              `Could not find the specified version 5 for the launch template with ID ${lt.id}.`
            )
          })
        ))
      ))
  })

  describe("credit specifications", () => {
    it("T3 launches unlimited, T2 standard; ModifyInstanceCreditSpecification switches; a non-burstable type is NotSupported", () =>
      world((t) =>
        Effect.gen(function*() {
          const [t3] = yield* t.launch({ InstanceType: "t3.micro" })
          const [t2] = yield* t.launch({ InstanceType: "t2.micro" })
          const ids = [t3!.InstanceId!, t2!.InstanceId!]
          const d = yield* ok(t.ec2.describeInstanceCreditSpecifications({ InstanceIds: ids as never }))
          expect(d.InstanceCreditSpecifications).toEqual([
            { InstanceId: ids[0], CpuCredits: "unlimited" },
            { InstanceId: ids[1], CpuCredits: "standard" }
          ])
          const m = yield* ok(t.ec2.modifyInstanceCreditSpecification({ InstanceCreditSpecifications: [{ InstanceId: ids[0] as never, CpuCredits: "standard" }] }))
          expect(m.SuccessfulInstanceCreditSpecifications).toEqual([{ InstanceId: ids[0] }])
          const again = yield* ok(t.ec2.describeInstanceCreditSpecifications({ InstanceIds: [ids[0]] as never }))
          expect(again.InstanceCreditSpecifications).toEqual([{ InstanceId: ids[0], CpuCredits: "standard" }])
          yield* H.expectError(
            t.tryLaunch({ InstanceType: "m5.large", CreditSpecification: { CpuCredits: "unlimited" } }),
            "InstanceCreditSpecification.NotSupported",
            "The m5.large instance type does not support T2 Unlimited."
          )
        })
      ))
  })

  describe("console output", () => {
    it("no output before the first boot; afterwards a base64 log with a timestamp", () =>
      world((t) =>
        Effect.gen(function*() {
          const [i] = yield* t.launch()
          const id = i!.InstanceId!
          const first = yield* ok(t.ec2.getConsoleOutput({ InstanceId: id as never }))
          expect(first.InstanceId).toBe(id)
          expect(first.Output).toBeUndefined()
          yield* t.running(id)
          let out = yield* ok(t.ec2.getConsoleOutput({ InstanceId: id as never }))
          // AWS posts the log "shortly after instance boot": poll (10 minutes at most)
          for (let k = 0; k < 60 && out.Output === undefined; k++) {
            yield* pass("10 seconds")
            out = yield* ok(t.ec2.getConsoleOutput({ InstanceId: id as never }))
          }
          expect(out.Output).toMatch(/^[A-Za-z0-9+/]+=*$/)
          expect(Buffer.from(out.Output!, "base64").length).toBeGreaterThan(0)
          expect(out.Timestamp).toBeInstanceOf(Date)
        })
      ))
  })

  describe("encryption by default", () => {
    it("Enable/Disable/Get agree; while enabled, a new volume is encrypted even when Encrypted is false", () =>
      world((t) =>
        Effect.gen(function*() {
          const initial = (yield* ok(t.ec2.getEbsEncryptionByDefault({}))).EbsEncryptionByDefault === true
          const restore = initial ? t.ec2.enableEbsEncryptionByDefault({}) : t.ec2.disableEbsEncryptionByDefault({})
          yield* Effect.gen(function*() {
            expect(yield* ok(t.ec2.enableEbsEncryptionByDefault({}))).toEqual({ EbsEncryptionByDefault: true })
            expect((yield* ok(t.ec2.getEbsEncryptionByDefault({}))).EbsEncryptionByDefault).toBe(true)
            const zone = (yield* ok(t.ec2.describeAvailabilityZones({}))).AvailabilityZones![0]!.ZoneName!
            const v = yield* ok(t.ec2.createVolume({ AvailabilityZone: zone, Size: 1, Encrypted: false }))
            yield* Effect.ensuring(
              Effect.sync(() => expect(v.Encrypted).toBe(true)),
              Effect.ignore(Effect.andThen(pass("5 seconds"), t.ec2.deleteVolume({ VolumeId: v.VolumeId! as never })))
            )
            expect(yield* ok(t.ec2.disableEbsEncryptionByDefault({}))).toEqual({ EbsEncryptionByDefault: false })
            expect((yield* ok(t.ec2.getEbsEncryptionByDefault({}))).EbsEncryptionByDefault).toBe(false)
          }).pipe(Effect.ensuring(Effect.ignore(restore)))
        })
      ))
  })
}
