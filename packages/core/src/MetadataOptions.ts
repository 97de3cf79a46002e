/**
 * The instance metadata options of an instance (`InstanceMetadataOptionsResponse` in
 * `@aws-sdk/client-ec2`): how they are set at launch (RunInstances), changed later
 * (ModifyInstanceMetadataOptions), and what they mean for one request to the metadata service.
 *
 * Sources (all read 2026-11-22):
 * - API reference: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html,
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceMetadataOptions.html,
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LaunchTemplateInstanceMetadataOptionsRequest.html
 * - Order of precedence (launch parameter > account default > AMI):
 *   https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html#instance-metadata-options-order-of-precedence
 * - AMI `ImdsSupport: v2.0` → HttpTokens `required`, hop limit 2: SDK `Image.ImdsSupport`
 *   (https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-image/imds-support.html)
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import * as Ec2Error from "./Ec2Error.js"

/**
 * `HttpTokens`: `optional` (IMDSv1 or IMDSv2) or `required` (IMDSv2 only). SDK `HttpTokensState`.
 *
 * @since 0.1.0
 * @category models
 */
export type HttpTokensState = "optional" | "required"

/**
 * `HttpEndpoint`: whether the metadata service answers at all. SDK `InstanceMetadataEndpointState`.
 *
 * @since 0.1.0
 * @category models
 */
export type EndpointState = "enabled" | "disabled"

/**
 * `HttpProtocolIpv6`: whether the IPv6 endpoint `[fd00:ec2::254]` is on. SDK `InstanceMetadataProtocolState`.
 *
 * @since 0.1.0
 * @category models
 */
export type ProtocolState = "enabled" | "disabled"

/**
 * `InstanceMetadataTags`: whether `tags/instance/` is served. SDK `InstanceMetadataTagsState`.
 *
 * @since 0.1.0
 * @category models
 */
export type TagsState = "enabled" | "disabled"

/**
 * `State`: `pending` while a change is being applied, `applied` once in force. SDK `InstanceMetadataOptionsState`.
 *
 * @since 0.1.0
 * @category models
 */
export type OptionsState = "pending" | "applied"

/**
 * An AMI's `ImdsSupport` attribute (SDK `ImdsSupportValues`); `v2.0` is the only value.
 *
 * @since 0.1.0
 * @category models
 */
export type ImdsSupport = "v2.0"

/**
 * The resolved metadata options of an instance, as DescribeInstances reports them
 * (`InstanceMetadataOptionsResponse` with every member present).
 *
 * @since 0.1.0
 * @category models
 */
export interface MetadataOptions {
  readonly State: OptionsState
  readonly HttpTokens: HttpTokensState
  readonly HttpPutResponseHopLimit: number
  readonly HttpEndpoint: EndpointState
  readonly HttpProtocolIpv6: ProtocolState
  readonly InstanceMetadataTags: TagsState
}

/**
 * RunInstances `MetadataOptions` (`InstanceMetadataOptionsRequest`). Members are typed loosely
 * (`string`) because the wire can carry anything; `fromRunInstances` validates them.
 *
 * @since 0.1.0
 * @category models
 */
export interface InstanceMetadataOptionsRequest {
  readonly HttpTokens?: HttpTokensState | (string & {}) | undefined
  readonly HttpPutResponseHopLimit?: number | undefined
  readonly HttpEndpoint?: EndpointState | (string & {}) | undefined
  readonly HttpProtocolIpv6?: ProtocolState | (string & {}) | undefined
  readonly InstanceMetadataTags?: TagsState | (string & {}) | undefined
}

/**
 * The option members of `ModifyInstanceMetadataOptionsRequest` (`InstanceId` and `DryRun` are the
 * backend's business and are ignored here). An absent member keeps its current value.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModifyInstanceMetadataOptionsRequest extends InstanceMetadataOptionsRequest {
  readonly InstanceId?: string | undefined
  readonly DryRun?: boolean | undefined
}

/**
 * The account-level defaults of the Region (GetInstanceMetadataDefaults `AccountLevel`, set with
 * ModifyInstanceMetadataDefaults). An absent member, `no-preference` or a hop limit of `-1` means
 * "no preference".
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountDefaults {
  readonly HttpTokens?: HttpTokensState | "no-preference" | undefined
  readonly HttpPutResponseHopLimit?: number | undefined
  readonly HttpEndpoint?: EndpointState | "no-preference" | undefined
  readonly InstanceMetadataTags?: TagsState | "no-preference" | undefined
}

/**
 * What the launch defaults depend on besides the request.
 *
 * @since 0.1.0
 * @category models
 */
export interface LaunchContext {
  /** The AMI's `ImdsSupport`; `v2.0` makes IMDSv2 required and the hop limit 2 unless overridden. */
  readonly imdsSupport?: ImdsSupport | undefined
  /** The account-level defaults of the Region. */
  readonly accountDefaults?: AccountDefaults | undefined
}

// Hop limit range "Integers from 1 to 64" — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html (read 2026-11-22)
/**
 * Smallest `HttpPutResponseHopLimit`.
 *
 * @since 0.1.0
 * @category constants
 */
export const minHopLimit = 1

/**
 * Largest `HttpPutResponseHopLimit`.
 *
 * @since 0.1.0
 * @category constants
 */
export const maxHopLimit = 64

const isSet = <A extends string>(v: A | "no-preference" | undefined): v is A => v !== undefined && v !== "no-preference"

/**
 * The options an instance gets at launch when RunInstances names none of them, following AWS's
 * order of precedence: account-level default first, then the AMI (HttpTokens and hop limit only),
 * then the service defaults.
 *
 * Service defaults (API_InstanceMetadataOptionsRequest / API_LaunchTemplateInstanceMetadataOptionsRequest,
 * read 2026-11-22): HttpTokens `optional`, hop limit 1, HttpEndpoint `enabled`, HttpProtocolIpv6
 * `disabled`, InstanceMetadataTags `disabled`. AMI `ImdsSupport: v2.0`: HttpTokens `required`, hop limit 2.
 *
 * @example
 * ```ts
 * import { MetadataOptions } from "@ec2kit/core"
 * MetadataOptions.defaults({ imdsSupport: "v2.0" }).HttpTokens // "required"
 * ```
 * @since 0.1.0
 * @category defaults
 */
export const defaults = (context: LaunchContext = {}): MetadataOptions => {
  const account = context.accountDefaults ?? {}
  const amiV2 = context.imdsSupport === "v2.0"
  // Precedence 2 (account) over precedence 3 (AMI) — configuring-instance-metadata-options.html#instance-metadata-options-order-of-precedence (read 2026-11-22)
  const HttpTokens: HttpTokensState = isSet(account.HttpTokens) ? account.HttpTokens : amiV2 ? "required" : "optional"
  const accountHop = account.HttpPutResponseHopLimit
  const HttpPutResponseHopLimit = accountHop !== undefined && accountHop !== -1 ? accountHop : amiV2 ? 2 : 1
  return {
    // At launch the options are applied asynchronously like a modification: reported `pending`
    // until the backend marks them `applied` (inferred, unverified against a real RunInstances answer).
    State: "pending",
    HttpTokens,
    HttpPutResponseHopLimit,
    // The AMI does not influence these ("This applies only to HttpTokens and HttpPutResponseHopLimit", same page)
    HttpEndpoint: isSet(account.HttpEndpoint) ? account.HttpEndpoint : "enabled",
    // HttpProtocolIpv6 has no account-level default (ModifyInstanceMetadataDefaults has no such member)
    HttpProtocolIpv6: "disabled",
    InstanceMetadataTags: isSet(account.InstanceMetadataTags) ? account.InstanceMetadataTags : "disabled"
  }
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

// Enum message observed from AWS for HttpEndpoint:
// "InvalidParameterValue: A value of '' is not valid for HttpEndpoint. Specify either 'enabled' or 'disabled' and try again."
// — https://github.com/hashicorp/terraform/issues/28332 (2021-04) and
//   https://github.com/hashicorp/terraform-provider-aws/issues/25547 (2022-06), read 2026-11-22.
// The same shape is assumed for HttpTokens, HttpProtocolIpv6 and InstanceMetadataTags (unverified).
const enumError = (parameter: string, value: string, a: string, b: string): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "InvalidParameterValue",
    `A value of '${value}' is not valid for ${parameter}. Specify either '${a}' or '${b}' and try again.`
  )

// Hop limit out of range: no real AWS text found (searched 2026-11-22); the observed enum shape above
// is extended to it. Code InvalidParameterValue is the generic code for a bad value
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html). Text unverified.
const hopLimitError = (value: number): Ec2Error.Ec2Error =>
  Ec2Error.make(
    "InvalidParameterValue",
    `A value of '${String(value)}' is not valid for HttpPutResponseHopLimit. Specify a value between ${minHopLimit} and ${maxHopLimit} and try again.`
  )

const checkEnum = <A extends string>(
  parameter: string,
  value: string | undefined,
  a: A,
  b: A
): Result.Result<A | undefined, Ec2Error.Ec2Error> =>
  value === undefined
    ? Result.succeed(undefined)
    : value === a || value === b
    ? Result.succeed(value as A)
    : Result.fail(enumError(parameter, value, a, b))

/**
 * Whether a hop limit is valid: an integer from 1 to 64.
 *
 * @since 0.1.0
 * @category validation
 */
export const isValidHopLimit = (n: number): boolean =>
  Number.isInteger(n) && n >= minHopLimit && n <= maxHopLimit

interface Checked {
  readonly HttpTokens: HttpTokensState | undefined
  readonly HttpPutResponseHopLimit: number | undefined
  readonly HttpEndpoint: EndpointState | undefined
  readonly HttpProtocolIpv6: ProtocolState | undefined
  readonly InstanceMetadataTags: TagsState | undefined
}

// Members are checked in the order of the API reference; the first invalid one is reported
// (AWS reports one error per request).
const checkRequest = (request: InstanceMetadataOptionsRequest): Result.Result<Checked, Ec2Error.Ec2Error> => {
  const tokens = checkEnum<HttpTokensState>("HttpTokens", request.HttpTokens, "optional", "required")
  if (Result.isFailure(tokens)) return Result.fail(tokens.failure)
  const hop = request.HttpPutResponseHopLimit
  if (hop !== undefined && !isValidHopLimit(hop)) return Result.fail(hopLimitError(hop))
  const endpoint = checkEnum<EndpointState>("HttpEndpoint", request.HttpEndpoint, "enabled", "disabled")
  if (Result.isFailure(endpoint)) return Result.fail(endpoint.failure)
  const ipv6 = checkEnum<ProtocolState>("HttpProtocolIpv6", request.HttpProtocolIpv6, "enabled", "disabled")
  if (Result.isFailure(ipv6)) return Result.fail(ipv6.failure)
  const tags = checkEnum<TagsState>("InstanceMetadataTags", request.InstanceMetadataTags, "enabled", "disabled")
  if (Result.isFailure(tags)) return Result.fail(tags.failure)
  return Result.succeed({
    HttpTokens: tokens.success,
    HttpPutResponseHopLimit: hop,
    HttpEndpoint: endpoint.success,
    HttpProtocolIpv6: ipv6.success,
    InstanceMetadataTags: tags.success
  })
}

const overlay = (base: MetadataOptions, c: Checked): MetadataOptions => ({
  State: "pending",
  HttpTokens: c.HttpTokens ?? base.HttpTokens,
  HttpPutResponseHopLimit: c.HttpPutResponseHopLimit ?? base.HttpPutResponseHopLimit,
  HttpEndpoint: c.HttpEndpoint ?? base.HttpEndpoint,
  HttpProtocolIpv6: c.HttpProtocolIpv6 ?? base.HttpProtocolIpv6,
  InstanceMetadataTags: c.InstanceMetadataTags ?? base.InstanceMetadataTags
})

/**
 * The options of a new instance from RunInstances' `MetadataOptions`: each member given in the
 * request wins (precedence 1), the others come from `defaults(context)`. The result is `pending`.
 *
 * Errors: `InvalidParameterValue` for an unknown enum value (AWS's observed text for HttpEndpoint,
 * same shape assumed for the others) or a hop limit outside 1–64 (text unverified).
 *
 * @example
 * ```ts
 * import { MetadataOptions } from "@ec2kit/core"
 * MetadataOptions.fromRunInstances({ HttpTokens: "optional" }, { imdsSupport: "v2.0" })
 * // Result.succeed({ HttpTokens: "optional", HttpPutResponseHopLimit: 2, ... })
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const fromRunInstances = (
  request?: InstanceMetadataOptionsRequest | undefined,
  context: LaunchContext = {}
): Result.Result<MetadataOptions, Ec2Error.Ec2Error> =>
  Result.map(checkRequest(request ?? {}), (c) => overlay(defaults(context), c))

/**
 * ModifyInstanceMetadataOptions: the members given replace the current ones, the others are kept
 * ("If no parameter is specified, the existing state is maintained", API_ModifyInstanceMetadataOptions,
 * read 2026-11-22). The result is `pending`; the backend later sets `applied` (`applied(...)`).
 *
 * Decisions: a request naming no member is accepted and only sets `pending` (AWS behaviour
 * unverified). Setting `HttpTokens: optional` on an instance launched from an `ImdsSupport: v2.0`
 * AMI is allowed — "You can change the value of any metadata option after launch" (User Guide,
 * order of precedence). The account-level `HttpTokensEnforced` setting, IAM condition keys and
 * the Nitro-only rule for `HttpProtocolIpv6` are not modelled here.
 *
 * @since 0.1.0
 * @category transitions
 */
export const modify = (
  current: MetadataOptions,
  request: ModifyInstanceMetadataOptionsRequest
): Result.Result<MetadataOptions, Ec2Error.Ec2Error> =>
  Result.map(checkRequest(request), (c) => overlay(current, c))

/**
 * The options once the change is in force (`State: applied`).
 *
 * @since 0.1.0
 * @category transitions
 */
export const applied = (options: MetadataOptions): MetadataOptions => ({ ...options, State: "applied" })

// ---------------------------------------------------------------------------------------------
// Authorization of one metadata request
// ---------------------------------------------------------------------------------------------

/**
 * The decision for one metadata request. The metadata server maps `Allowed` to serving the
 * request, `Unauthorized` to 401 and `EndpointDisabled` to 403
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html, read 2026-11-22;
 * see imds-reference.md §4.3).
 *
 * `Allowed.version` says which IMDS version the request counts as: `v2` with a valid token,
 * `v1` without one (it selects IMDSv1 vs IMDSv2 role credentials).
 *
 * @since 0.1.0
 * @category models
 */
export type Authorization =
  | { readonly _tag: "Allowed"; readonly version: "v1" | "v2" }
  | { readonly _tag: "Unauthorized"; readonly reason: "MissingToken" | "InvalidToken" }
  | { readonly _tag: "EndpointDisabled" }

/**
 * What the metadata server knows about one request.
 *
 * @since 0.1.0
 * @category models
 */
export interface AuthorizeInput {
  /** The options in force (the last `applied` ones). */
  readonly options: Pick<MetadataOptions, "HttpEndpoint" | "HttpTokens">
  /** Whether the request carries an `X-aws-ec2-metadata-token` header. */
  readonly hasToken: boolean
  /** Whether that token verified (ignored when `hasToken` is false). */
  readonly tokenValid: boolean
}

/**
 * Decides one metadata request:
 * 1. `HttpEndpoint: disabled` → `EndpointDisabled`, whatever else ("HttpEndpoint=disabled → 403").
 * 2. A token that is present but invalid or expired → `Unauthorized` in every mode
 *    ("GET request uses an invalid token" → 401 even with HttpTokens optional).
 * 3. A valid token → `Allowed` (v2).
 * 4. No token: `required` → `Unauthorized`; `optional` → `Allowed` (v1).
 *
 * Sources: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html and
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html (read 2026-11-22).
 *
 * @since 0.1.0
 * @category authorization
 */
export const authorize = (input: AuthorizeInput): Authorization => {
  if (input.options.HttpEndpoint === "disabled") return { _tag: "EndpointDisabled" }
  if (input.hasToken) {
    return input.tokenValid ? { _tag: "Allowed", version: "v2" } : { _tag: "Unauthorized", reason: "InvalidToken" }
  }
  return input.options.HttpTokens === "required"
    ? { _tag: "Unauthorized", reason: "MissingToken" }
    : { _tag: "Allowed", version: "v1" }
}
