/**
 * EC2's rules for instance user data, one place for every path that takes it (RunInstances
 * `UserData`, ModifyInstanceAttribute `UserData` / `Attribute: "userData"`, the metadata server).
 *
 * "User data must be base64-encoded" and "User data is limited to 16 KB, in raw form, before it is
 * base64-encoded. The size of a string of length n after base64-encoding is ceil(n/3)*4." —
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html (read 2026-12).
 *
 * AWS's answers (read 2026-12):
 * - not base64: `InvalidParameterValue`, "Invalid BASE64 encoding of user data" (the error document
 *   quoted in aws/aws-cli#19, 2013, https://github.com/aws/aws-cli/issues/19; also
 *   ManageIQ/manageiq#7344, 2016, and hashicorp/packer#2616, 2015);
 * - too large: `InvalidParameterValue`, "User data is limited to 16384 bytes" (RunInstances via
 *   CloudFormation, "Error Code: InvalidParameterValue", FINRAOS/herd#393, 2018; also
 *   supergiant/capacity#148, 2018, and deckhouse/deckhouse#5949, 2023). One report shows the code
 *   `InvalidUserData.Malformed` with the same text for a launch template; RunInstances' code is
 *   kept as the several direct reports show it.
 *
 * What counts as base64: the standard alphabet with padding, line breaks ignored (Ruby's
 * `Base64.encode64` output, with a newline every 60 characters, is accepted by EC2, aws/aws-sdk-ruby#191).
 * Unpadded or URL-safe text is refused: EC2's rule is not published, so the strictest plausible.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { Base64 } from "effect/encoding"
import * as Ec2Error from "./Ec2Error.js"

/**
 * Most bytes of user data, before base64 encoding (16 KB).
 *
 * @since 0.1.0
 * @category constants
 */
export const MaxBytes = 16_384

/**
 * AWS's answer to user data that is not base64.
 *
 * @since 0.1.0
 * @category errors
 */
export const invalidEncoding = (): Ec2Error.Ec2Error => Ec2Error.make("InvalidParameterValue", "Invalid BASE64 encoding of user data")

/**
 * AWS's answer to user data over {@link MaxBytes}.
 *
 * @since 0.1.0
 * @category errors
 */
export const tooLarge = (): Ec2Error.Ec2Error => Ec2Error.make("InvalidParameterValue", `User data is limited to ${MaxBytes} bytes`)

/**
 * Checks raw user data (before encoding, e.g. ModifyInstanceAttribute's blob): at most {@link MaxBytes}.
 *
 * @since 0.1.0
 * @category rules
 */
export const checkRaw = (bytes: Uint8Array): Result.Result<Uint8Array, Ec2Error.Ec2Error> =>
  bytes.length > MaxBytes ? Result.fail(tooLarge()) : Result.succeed(bytes)

/**
 * Decodes base64 user data as RunInstances receives it: valid base64 (see the module comment) of at
 * most {@link MaxBytes} bytes once decoded; the bytes on success.
 *
 * @example
 * ```ts
 * import { UserData } from "@ec2kit/core"
 * UserData.decode("IyEvYmluL3NoCg==") // Success: the bytes of "#!/bin/sh\n"
 * UserData.decode("#!/bin/sh") // Failure: InvalidParameterValue "Invalid BASE64 encoding of user data"
 * ```
 * @since 0.1.0
 * @category rules
 */
export const decode = (base64: string): Result.Result<Uint8Array, Ec2Error.Ec2Error> => {
  const decoded = Base64.decode(base64)
  return Result.isFailure(decoded) ? Result.fail(invalidEncoding()) : checkRaw(decoded.success)
}
