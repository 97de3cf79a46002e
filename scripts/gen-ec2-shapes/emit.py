import json,re
import os
HERE=os.path.dirname(os.path.abspath(__file__))
ROOT=os.path.normpath(os.path.join(HERE,"..",".."))
m=json.load(open(os.path.join(HERE,"model.json")))
out=[]
W=out.append
W('''/**
 * AWS's request and response shapes for the EC2 operations ec2kit implements, as Effect Schemas with
 * the member names of the AWS SDK for JavaScript v3 (`@aws-sdk/client-ec2` 3.1169.0, read 2026-11), so
 * values move between the SDK and ec2kit unchanged.
 *
 * GENERATED from the SDK's `dist-types/models/models_*.d.ts` and `dist-types/commands/*Command.d.ts`
 * (every member of every shape reachable from the operations in `scripts/gen-ec2-shapes/ops`, minus the retired Elastic GPU /
 * Elastic Inference members); do not edit by hand.
 *
 * - Optional members are `Schema.optionalKey`; members the SDK marks required (`MinCount`, `MaxCount`,
 *   `InstanceId`, …) are required, so decoding a request without them fails with `MissingParameter`.
 * - In **requests**, id members are core's branded ids (`Identifier.InstanceId`, …) and `InstanceType` is
 *   `InstanceType.InstanceTypeName`, so decoding rejects malformed values. Shared shapes that contain ids
 *   have a request variant suffixed `Input` (e.g. `BlockDeviceMappingInput`), the plain name being the
 *   response shape (`BlockDeviceMapping`, as `DescribeImages` returns it).
 * - In **responses**, every member is optional as in the SDK, except `State` of an instance, which is
 *   core's `Lifecycle.InstanceState` (both `Code` and `Name` always present, as AWS always sends them).
 * - Enumerations are `Schema.Literals` of the SDK's values.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Identifier from "./Identifier.js"
import * as InstanceType from "./InstanceType.js"
import * as Lifecycle from "./Lifecycle.js"

type TypeOf<S extends { readonly Type: unknown }> = S["Type"]
''')
structnames=set(m["order"])
enumname={}
for e in m["enums"]:
    enumname[e]=e if e not in structnames else e+"Value"
W("// ---------------------------------------------------------------------------- enumerations\n")
for e,vals in m["enums"].items():
    n=enumname[e]
    W(f"/**\n * AWS enumeration `{e}`.\n *\n * @since 0.1.0\n * @category enumerations\n */")
    W(f"export const {n} = Schema.Literals({json.dumps(vals)})")
    W(f"/**\n * AWS enumeration `{e}`.\n *\n * @since 0.1.0\n * @category enumerations\n */")
    W(f"export type {n} = typeof {n}.Type\n")
roots_in={r[1] for r in m["roots"] if r[1]}
roots_out={r[2] for r in m["roots"] if r[2]}
def cat(key,name,ctx):
    if ctx=="in": return "requests" if name in roots_in else "request shapes"
    return "responses" if name in roots_out else "response shapes"
W("// ---------------------------------------------------------------------------- shapes\n")
for key in m["order"]:
    name,ctx,fields=m["emitted"][key]
    lines=[]
    for (n,opt,e) in fields:
        e=re.sub(r"\bEnum(\w+)",lambda mm: enumname[mm.group(1)],e)
        lines.append(f"  {n}: Schema.optionalKey({e})" if opt else f"  {n}: {e}")
    desc=f"AWS `{name}`" + (" as a request member (ids are branded and checked)" if key.endswith("Input") and key!=name else "")
    c=cat(key,name,ctx)
    W(f"/**\n * {desc}.\n *\n * @since 0.1.0\n * @category {c}\n */")
    if lines: W(f"export const {key} = Schema.Struct({{\n"+",\n".join(lines)+"\n})")
    else: W(f"export const {key} = Schema.Struct({{}})")
    W(f"/**\n * {desc}.\n *\n * @since 0.1.0\n * @category {c}\n */")
    W(f"export interface {key} extends TypeOf<typeof {key}> {{}}\n")
W("// ---------------------------------------------------------------------------- operation aliases\n")
ops=[]
for (op,i,o) in m["roots"]:
    req=f"{op}Request"; res=f"{op}Result"
    if i and i!=req:
        W(f"/**\n * Request of `{op}` (AWS `{i}`).\n *\n * @since 0.1.0\n * @category requests\n */\nexport const {req} = {i}\n/**\n * Request of `{op}`.\n *\n * @since 0.1.0\n * @category requests\n */\nexport type {req} = {i}\n")
    if not i:
        W(f"/**\n * Request of `{op}` (no members).\n *\n * @since 0.1.0\n * @category requests\n */\nexport const {req} = Schema.Struct({{}})\n/**\n * Request of `{op}`.\n *\n * @since 0.1.0\n * @category requests\n */\nexport type {req} = typeof {req}.Type\n")
    if o and o!=res:
        W(f"/**\n * Response of `{op}` (AWS `{o}`).\n *\n * @since 0.1.0\n * @category responses\n */\nexport const {res} = {o}\n/**\n * Response of `{op}`.\n *\n * @since 0.1.0\n * @category responses\n */\nexport type {res} = {o}\n")
    if not o:
        W(f"/**\n * Response of `{op}` (AWS answers with no members).\n *\n * @since 0.1.0\n * @category responses\n */\nexport const {res} = Schema.Struct({{}})\n/**\n * Response of `{op}`.\n *\n * @since 0.1.0\n * @category responses\n */\nexport type {res} = typeof {res}.Type\n")
    ops.append(op)
W("/**\n * The operations of the `Ec2` service: AWS operation name and request/response schemas, keyed by method name.\n *\n * @since 0.1.0\n * @category operations\n */")
W("export const operations = {")
W(",\n".join(f"  {op[0].lower()+op[1:]}: {{ name: \"{op}\", Request: {op}Request, Result: {op}Result }}" for op in ops))
W("} as const\n")
W("/**\n * Method names of the `Ec2` service (camelCase AWS operation names).\n *\n * @since 0.1.0\n * @category operations\n */")
W("export type OperationName = keyof typeof operations\n")
open(os.path.join(ROOT,"packages/core/src/Ec2Shapes.ts"),"w").write("\n".join(out))
