import re,glob,sys,json,os
HERE=os.path.dirname(os.path.abspath(__file__))
ROOT=os.path.normpath(os.path.join(HERE,"..",".."))
SDK=os.path.join(ROOT,"node_modules/@aws-sdk/client-ec2/dist-types")
src="".join(open(f).read() for f in sorted(glob.glob(SDK+"/models/models_*.d.ts")))
src=re.sub(r"/\*\*.*?\*/","",src,flags=re.S)
ifaces={}
for m in re.finditer(r"export interface (\w+) \{(.*?)\n\}", src, re.S):
    mem=[]
    for l in m.group(2).split("\n"):
        l=l.strip().rstrip(";")
        if not l: continue
        mm=re.match(r"(\w+)(\??): (.*)$", l)
        if not mm: print("??",m.group(1),l,file=sys.stderr); continue
        t=mm.group(3).replace(" | undefined","")
        mem.append((mm.group(1), mm.group(2)=="?", t))
    ifaces[m.group(1)]=mem
esrc=open(SDK+"/models/enums.d.ts").read()
enums={}
for m in re.finditer(r"export declare const (\w+): \{(.*?)\};", esrc, re.S):
    enums[m.group(1)]=re.findall(r'readonly \w+: "([^"]*)"', m.group(2))
ops=sys.argv[1].split(",")
def cmd_types(op):
    t=open(f"{SDK}/commands/{op}Command.d.ts").read()
    i=re.search(rf"interface {op}CommandInput extends (\w+)",t)
    o=re.search(rf"interface {op}CommandOutput extends ([\w, ]+) \{{",t)
    outs=[x.strip() for x in o.group(1).split(",") if x.strip()!="__MetadataBearer"]
    return (i.group(1) if i else None), (outs[0] if outs else None)
# id kinds for request context
IDS={"InstanceId":"instance","InstanceIds":"instance","VolumeId":"volume","VolumeIds":"volume",
 "SnapshotId":"snapshot","SnapshotIds":"snapshot","SourceSnapshotId":"snapshot","ImageId":"image","ImageIds":"image",
 "NetworkInterfaceId":"networkInterface","NetworkInterfaceIds":"networkInterface","AllocationId":"allocation","AllocationIds":"allocation",
 "AssociationId":"association","KeyPairId":"keyPair","KeyPairIds":"keyPair","SubnetId":"subnet","VpcId":"vpc",
 "SecurityGroupIds":"securityGroup","SecurityGroupRuleIds":"securityGroupRule","GroupId":"securityGroup","GroupIds":"securityGroup",
 "SubnetIds":"subnet","VpcIds":"vpc","InternetGatewayId":"internetGateway","InternetGatewayIds":"internetGateway",
 "RouteTableId":"routeTable","RouteTableIds":"routeTable","NetworkAclIds":"networkAcl"}
OVERRIDE={("Placement","GroupId"):"placementGroup",("DescribePlacementGroupsRequest","GroupIds"):"placementGroup",
 ("ModifyInstancePlacementRequest","GroupId"):"placementGroup",("DeletePlacementGroupRequest","GroupId"):"placementGroup",
 ("InstanceNetworkInterfaceSpecification","Groups"):"securityGroup",("ModifyInstanceAttributeRequest","Groups"):"securityGroup",
 ("DescribeVolumesModificationsRequest","VolumeIds"):"volume",
 ("DisassociateRouteTableRequest","AssociationId"):"routeTableAssociation",
 ("DetachNetworkInterfaceRequest","AttachmentId"):"networkInterfaceAttachment",
 ("NetworkInterfaceAttachmentChanges","AttachmentId"):"networkInterfaceAttachment"}
# members to leave plain in requests (ids of other shapes / not branded)
PLAIN=set([("CreateTagsRequest","Resources"),("DeleteTagsRequest","Resources"),("AssociateAddressRequest","PrivateIpAddress"),
 # IAM instance profile association ids (iip-assoc-) are not Elastic IP association ids (eipassoc-): the backend checks them
 ("ReplaceIamInstanceProfileAssociationRequest","AssociationId"),("DisassociateIamInstanceProfileRequest","AssociationId")])
# drop exotic members (not honourable in memory) to keep the graph small
DROP=set(sys.argv[2].split(",")) if len(sys.argv)>2 else set()
BRANDS={"instance":"InstanceId","volume":"VolumeId","snapshot":"SnapshotId","image":"ImageId","networkInterface":"NetworkInterfaceId",
 "allocation":"AllocationId","association":"AssociationId","keyPair":"KeyPairId","subnet":"SubnetId","vpc":"VpcId",
 "securityGroup":"SecurityGroupId","securityGroupRule":"SecurityGroupRuleId","placementGroup":"PlacementGroupId",
 "internetGateway":"InternetGatewayId","routeTable":"RouteTableId","routeTableAssociation":"RouteTableAssociationId",
 "networkAcl":"NetworkAclId","networkInterfaceAttachment":"NetworkInterfaceAttachmentId"}
# launch templates (issue 11 §2, helper "lt"); DeleteLaunchTemplateVersions reports a malformed id per version
# (UnsuccessfullyDeletedLaunchTemplateVersions[].ResponseError.Code `launchTemplateIdMalformed`, SDK), so it stays plain there
IDS.update({"LaunchTemplateId":"launchTemplate","LaunchTemplateIds":"launchTemplate"})
BRANDS["launchTemplate"]="LaunchTemplateId"
PLAIN.add(("DeleteLaunchTemplateVersionsRequest","LaunchTemplateId"))
# a launch template's Placement.GroupId is a placement group id (pg-), as RunInstances' Placement.GroupId
OVERRIDE[("LaunchTemplatePlacementRequest","GroupId")]="placementGroup"
def idkind(owner,name):
    if (owner,name) in PLAIN: return None
    if (owner,name) in OVERRIDE: return OVERRIDE[(owner,name)]
    return IDS.get(name)
def kept(owner):
    return [(n,o,t) for (n,o,t) in ifaces[owner] if n not in DROP and f"{owner}.{n}" not in DROP]
def base_type(t):
    t=t.strip()
    if t.endswith("[]"): return base_type(t[:-2])
    return t
# which interfaces need a request variant (contain ids transitively)
memo={}
def needs_in(name,stack=()):
    if name in memo: return memo[name]
    if name in stack: return False
    r=False
    for (n,o,t) in kept(name):
        b=base_type(t)
        if idkind(name,n) and b=="string": r=True
        if b=="_InstanceType": r=True
        if b in ifaces and needs_in(b,stack+(name,)): r=True
    memo[name]=r; return r
emitted={}; order=[]
ROOTS_IN=set()
def sname(name,ctx):
    if ctx=="in" and name in ROOTS_IN: return name
    return name+"Input" if (ctx=="in" and needs_in(name)) else name
def texpr(owner,n,t,ctx):
    t=t.strip()
    if t.endswith("[]"):
        return f"Schema.Array({texpr(owner,n,t[:-2],ctx)})"
    if t.startswith("Record<string, "):
        return f"Schema.Record(Schema.String, {texpr(owner,n,t[len('Record<string, '):-1],ctx)})"
    if t=="string":
        k=idkind(owner,n) if ctx=="in" else None
        return f"Identifier.{BRANDS[k]}" if k else "Schema.String"
    if t=="number": return "Schema.Number"
    if t=="boolean": return "Schema.Boolean"
    if t=="Date": return "Schema.Date"
    if t=="Uint8Array": return "Schema.Uint8Array"
    if t=="_InstanceType": return "InstanceType.InstanceTypeName" if ctx=="in" else "Schema.String"
    if t in enums:
        need_enum.add(t); return f"Enum{t}"
    if t=="InstanceState": return "Lifecycle.InstanceState"
    if t in ifaces:
        visit(t,ctx); return sname(t,ctx)
    raise Exception(f"unknown type {t} in {owner}.{n}")
need_enum=set()
def visit(name,ctx):
    key=sname(name,ctx)
    if key in emitted: return
    emitted[key]=None
    fields=[]
    for (n,o,t) in kept(name):
        e=texpr(name,n,t,ctx)
        fields.append((n,o,e))
    emitted[key]=(name,ctx,fields); order.append(key)
roots=[]
for op in ops:
    i,o=cmd_types(op)
    if i: ROOTS_IN.add(i)
for op in ops:
    i,o=cmd_types(op)
    ri=f"{op}Request"; ro=f"{op}Result"
    if i: visit(i,"in")
    if o: visit(o,"out")
    roots.append((op,i,o))
json.dump({"order":order,"emitted":emitted,"roots":roots,"enums":{k:enums[k] for k in sorted(need_enum)}},open(os.path.join(HERE,"model.json"),"w"))
print(len(order),"structs",len(need_enum),"enums",file=sys.stderr)
