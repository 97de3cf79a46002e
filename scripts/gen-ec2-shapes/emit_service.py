# Rewrites the members of `Service` and `Implementation` in packages/core/src/Ec2.ts (run by run.sh): two
# entries per operation in `ops`, between the GENERATED markers, so adding an operation to `ops` adds it to
# the service too (the backends' `Implementation` then fails to compile until they implement it).
import os,re
HERE=os.path.dirname(os.path.abspath(__file__))
ROOT=os.path.normpath(os.path.join(HERE,"..",".."))
ops=open(os.path.join(HERE,"ops")).read().strip().split(",")
path=os.path.join(ROOT,"packages","core","src","Ec2.ts")
src=open(path).read()
def camel(o): return o[0].lower()+o[1:]
blocks={
 "Service":"".join(f"  /** AWS `{o}`. */\n  readonly {camel(o)}: (input: Ec2Input.{o}Input) => Effect.Effect<Shapes.{o}Result, Ec2Error.Ec2Error>\n" for o in ops),
 "Implementation":"".join(f"  /** AWS `{o}`, receiving the decoded request. */\n  readonly {camel(o)}: (input: Shapes.{o}Request) => Effect.Effect<Shapes.{o}Result, Ec2Error.Ec2Error>\n" for o in ops),
}
for name,body in blocks.items():
    begin=f"  // BEGIN GENERATED {name} members (scripts/gen-ec2-shapes/emit_service.py from `ops`; do not edit by hand)\n"
    end=f"  // END GENERATED {name} members\n"
    if begin in src:
        i=src.index(begin)+len(begin); j=src.index(end)
        src=src[:i]+body+src[j:]
    else:
        head=f"export interface {name} {{\n"
        i=src.index(head)+len(head); j=src.index("\n}\n",i)+1
        src=src[:i]+begin+body+end+src[j:]
open(path,"w").write(src)
print(f"Ec2.ts: {len(ops)} operations in Service and Implementation")
