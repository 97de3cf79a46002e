/**
 * Conformance group: IAM instance profiles (when the suite is given a profile). Registered by
 * `Conformance.suite`, whose body held it before it had a module of its own.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as H from "../Harness.js"
import { idOf, type Suite, type Svc } from "./Suite.js"

/**
 * Registers the group (inside the suite's `describe`).
 *
 * @since 0.1.0
 * @category suites
 */
export const register = <R>(s: Suite<R>): void => {
  const { world, pass, options } = s
  const profileName = options.instanceProfile
  if (profileName !== undefined) {
    describe("IAM instance profiles", () => {
      /** Polls `check` once per second (virtual or real) until it holds; fails after 10 minutes. */
      const until = (what: string, check: Effect.Effect<boolean>) =>
        Effect.gen(function*() {
          for (let i = 0; i < 600; i++) {
            if (yield* check) return
            yield* pass("1 second")
          }
          expect.fail(`timed out waiting until ${what}`)
        })
      const associationsOf = (ec2: Svc, id: string) =>
        H.orDieWithCode(ec2.describeIamInstanceProfileAssociations({ Filters: [{ Name: "instance-id", Values: [id] }] })).pipe(
          Effect.map((r) => r.IamInstanceProfileAssociations ?? [])
        )

      it("RunInstances with an unknown profile is InvalidParameterValue and launches nothing", () =>
        world((t) => Effect.gen(function*() {
          const Name = `ec2kit-missing-${t.runId}`
          yield* H.expectError(
            t.tryLaunch({ IamInstanceProfile: { Name } }),
            "InvalidParameterValue",
            `Value (${Name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`
          )
          expect(yield* t.mine()).toEqual([])
        })))

      it("a launch with a profile carries it through one association; disassociating removes it", () =>
        world((t) => Effect.gen(function*() {
          const id = idOf(yield* t.launch({ IamInstanceProfile: { Name: profileName } }))
          const inst = yield* t.running(id)
          const escaped = profileName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
          expect(inst.IamInstanceProfile?.Arn).toMatch(new RegExp(`^arn:aws[a-z-]*:iam::\\d{12}:instance-profile/(.*/)?${escaped}$`))
          expect(inst.IamInstanceProfile?.Id).toMatch(/^AIPA[A-Z0-9]{17}$/)
          const [a, ...more] = yield* associationsOf(t.ec2, id)
          expect(more).toEqual([])
          expect(a?.AssociationId).toMatch(/^iip-assoc-[0-9a-f]{17}$/)
          expect(a?.IamInstanceProfile).toEqual(inst.IamInstanceProfile)
          expect(["associating", "associated"]).toContain(a?.State)
          // "You cannot associate more than one IAM instance profile with an instance" (API reference)
          yield* H.expectError(
            t.ec2.associateIamInstanceProfile({ InstanceId: id, IamInstanceProfile: { Name: profileName } }),
            "IncorrectState",
            `There is an existing association for instance ${id}`
          )
          yield* until("associated", Effect.map(associationsOf(t.ec2, id), (xs) => xs.some((x) => x.State === "associated")))
          const d = yield* H.orDieWithCode(t.ec2.disassociateIamInstanceProfile({ AssociationId: a!.AssociationId! }))
          expect(d.IamInstanceProfileAssociation?.State).toBe("disassociating")
          yield* until("the instance has no profile", Effect.map(t.describe(id), (i) => i.IamInstanceProfile === undefined))
          expect((yield* associationsOf(t.ec2, id)).filter((x) => x.State !== "disassociated")).toEqual([])
        })))
    })
  }
}
