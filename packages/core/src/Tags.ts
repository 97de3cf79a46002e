/**
 * EC2's tag rules, one place for every path that takes tags: `CreateTags` and the
 * `TagSpecifications` of every `Create*`/`Run*`/`Allocate*`/`Copy*`/`Import*`/`Register*` operation.
 *
 * Limits — "Tag restrictions", https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions
 * (read 2026-11): "Maximum number of tags per resource – 50", "Maximum key length – 128 Unicode
 * characters", "Maximum value length – 256 Unicode characters", "The aws: prefix is reserved for AWS use".
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import * as Ec2Error from "./Ec2Error.js"

/**
 * At most this many user tags per resource.
 *
 * @since 0.1.0
 * @category constants
 */
export const MaxTagsPerResource = 50

/**
 * Longest tag key, in Unicode characters.
 *
 * @since 0.1.0
 * @category constants
 */
export const MaxKeyLength = 128

/**
 * Longest tag value, in Unicode characters.
 *
 * @since 0.1.0
 * @category constants
 */
export const MaxValueLength = 256

/**
 * A validated tag: `[key, value]`.
 *
 * @since 0.1.0
 * @category models
 */
export type Tag = readonly [key: string, value: string]

/**
 * A tag as a request gives it (SDK shape).
 *
 * @since 0.1.0
 * @category models
 */
export interface TagInput {
  readonly Key?: string | undefined
  readonly Value?: string | undefined
}

/**
 * One `TagSpecification` of a request (SDK shape).
 *
 * @since 0.1.0
 * @category models
 */
export interface TagSpecificationInput {
  readonly ResourceType?: string | undefined
  readonly Tags?: ReadonlyArray<TagInput> | undefined
}

/**
 * Where tags come from: AWS words the `aws:` refusal differently for `CreateTags` and for
 * `TagSpecifications` (see {@link validateKey}).
 *
 * @since 0.1.0
 * @category models
 */
export type Source = "CreateTags" | "TagSpecifications"

/**
 * Validates one tag key: not empty, no `aws:` prefix, at most {@link MaxKeyLength} characters.
 *
 * Texts: empty — "Value ( '' ) for parameter Tag key is invalid. Tag key cannot be null or empty."
 * (CreateTags; aws/aws-cli#3283, 2018, https://github.com/aws/aws-cli/issues/3283). `aws:` —
 * "Value ( aws:autoscaling:groupName ) for parameter key is invalid. Tag keys starting with 'aws:'
 * are reserved for internal use" (CreateTags; AndrewFarley/AWS-Automated-Daily-Instance-AMI-Snapshots#7,
 * 2018) and "Tag keys starting with 'aws:' are reserved for internal use" (RunInstances
 * TagSpecifications; jcjorel/ec2-spot-converter#13, 2022). Too long: by analogy with the value's
 * text (unverified). All read 2026-12.
 *
 * @example
 * ```ts
 * import { Tags } from "@ec2kit/core"
 * Tags.validateKey("Name", "CreateTags") // Success "Name"
 * ```
 * @since 0.1.0
 * @category rules
 */
export const validateKey = (key: string | undefined, source: Source): Result.Result<string, Ec2Error.Ec2Error> => {
  if (key === undefined || key.length === 0) {
    return Result.fail(Ec2Error.make("InvalidParameterValue", "Value ( '' ) for parameter Tag key is invalid. Tag key cannot be null or empty."))
  }
  if (key.toLowerCase().startsWith("aws:")) {
    const reserved = "Tag keys starting with 'aws:' are reserved for internal use"
    return Result.fail(Ec2Error.make(
      "InvalidParameterValue",
      source === "CreateTags" ? `Value ( ${key} ) for parameter key is invalid. ${reserved}` : reserved
    ))
  }
  if ([...key].length > MaxKeyLength) {
    return Result.fail(Ec2Error.make("InvalidParameterValue", `Tag key exceeds the maximum length of ${MaxKeyLength} characters`))
  }
  return Result.succeed(key)
}

/**
 * Validates one tag (key as {@link validateKey}; a missing value is `""`). A value over 256
 * characters: "Tag value exceeds the maximum length of 256 characters" (iriusrisk/GoCD-EC2-Elastic-Agent-Plugin#24,
 * 2024, launching an instance; read 2026-12).
 *
 * @since 0.1.0
 * @category rules
 */
export const validateTag = (t: TagInput, source: Source): Result.Result<Tag, Ec2Error.Ec2Error> =>
  Result.flatMap(validateKey(t.Key, source), (key) => {
    const value = t.Value ?? ""
    return [...value].length > MaxValueLength
      ? Result.fail(Ec2Error.make("InvalidParameterValue", `Tag value exceeds the maximum length of ${MaxValueLength} characters`))
      : Result.succeed([key, value] as const)
  })

/**
 * AWS's answer when a resource would carry more than {@link MaxTagsPerResource} tags:
 * "TagLimitExceeded: The resultant tag set must not have more than 50 user tags." (CreateTags,
 * quoted in openshift/hive#2679, 2025, https://github.com/openshift/hive/pull/2679, read 2026-12;
 * the same answer is assumed for `TagSpecifications`, unverified).
 *
 * @since 0.1.0
 * @category errors
 */
export const limitExceeded = (): Ec2Error.Ec2Error =>
  Ec2Error.make("TagLimitExceeded", `The resultant tag set must not have more than ${MaxTagsPerResource} user tags.`)

/**
 * Adds tags to a resource's tags (a key already there gets the new value), validating each and the
 * limit on the result (every tag is validated first, then the count).
 *
 * @example
 * ```ts
 * import { Tags } from "@ec2kit/core"
 * Tags.merge([["Name", "a"]], [{ Key: "Name", Value: "b" }, { Key: "env", Value: "prod" }], "CreateTags")
 * // Success [["Name", "b"], ["env", "prod"]]
 * ```
 * @since 0.1.0
 * @category rules
 */
export const merge = (
  current: ReadonlyArray<Tag>,
  add: ReadonlyArray<TagInput>,
  source: Source
): Result.Result<ReadonlyArray<Tag>, Ec2Error.Ec2Error> => {
  const out = new Map<string, string>(current)
  for (const t of add) {
    const r = validateTag(t, source)
    if (Result.isFailure(r)) return Result.fail(r.failure)
    out.set(r.success[0], r.success[1])
  }
  return out.size > MaxTagsPerResource ? Result.fail(limitExceeded()) : Result.succeed([...out])
}

/**
 * AWS's answer to a `TagSpecification` whose resource type the operation does not create:
 * "'network-interface' is not a valid taggable resource type for this operation." (RunInstances;
 * aws/aws-cli#2865, 2017, https://github.com/aws/aws-cli/issues/2865; same for CreateSnapshot,
 * boto/boto3#1806, 2018; read 2026-12). CreateVpcEndpoint answers the same text with code
 * `InvalidParameter` (jonrau1/SyntheticSun#13, 2020); `InvalidParameterValue` as for RunInstances.
 *
 * @since 0.1.0
 * @category errors
 */
export const invalidResourceType = (resourceType: string): Ec2Error.Ec2Error =>
  Ec2Error.make("InvalidParameterValue", `'${resourceType}' is not a valid taggable resource type for this operation.`)

/**
 * The tags of a request's `TagSpecifications`, by resource type: each type one of `allowed` (else
 * {@link invalidResourceType}), each tag valid, at most {@link MaxTagsPerResource} per resource
 * type (several specifications of one type add up; a repeated key keeps its last value).
 *
 * @example
 * ```ts
 * import { Tags } from "@ec2kit/core"
 * Tags.fromSpecifications([{ ResourceType: "instance", Tags: [{ Key: "Name", Value: "web" }] }], ["instance", "volume"])
 * // Success Map { "instance" => [["Name", "web"]] }
 * ```
 * @since 0.1.0
 * @category rules
 */
export const fromSpecifications = (
  specs: ReadonlyArray<TagSpecificationInput> | undefined,
  allowed: ReadonlyArray<string>
): Result.Result<ReadonlyMap<string, ReadonlyArray<Tag>>, Ec2Error.Ec2Error> => {
  const out = new Map<string, ReadonlyArray<Tag>>()
  for (const spec of specs ?? []) {
    const type = spec.ResourceType ?? ""
    if (!allowed.includes(type)) return Result.fail(invalidResourceType(type))
    const r = merge(out.get(type) ?? [], spec.Tags ?? [], "TagSpecifications")
    if (Result.isFailure(r)) return Result.fail(r.failure)
    out.set(type, r.success)
  }
  return Result.succeed(out)
}
