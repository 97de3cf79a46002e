"""cloud-init's EC2 datasource against the emulator.

Usage: python3 cloudinit_client.py http://127.0.0.1:PORT CLOUDINIT_DIST_PACKAGES aws|unknown
With "aws" the platform check is forced to AWS, so cloud-init uses IMDSv2 tokens; with "unknown" it
uses IMDSv1 only (as on a non-AWS platform). Prints one JSON object.
Refuses any endpoint that is not loopback.
"""
import json
import logging
import sys
import tempfile

endpoint, dist, platform = sys.argv[1], sys.argv[2], sys.argv[3]
if not (endpoint.startswith("http://127.0.0.1:") or endpoint.startswith("http://[::1]:")):
    sys.exit("refusing a non-loopback endpoint: " + endpoint)
sys.path.insert(0, dist)
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

from cloudinit import distros, helpers, settings  # noqa: E402
from cloudinit.sources import DataSourceEc2 as ds  # noqa: E402

if platform == "aws":
    ds.DataSourceEc2.cloud_platform = ds.CloudNames.AWS
    ds.identify_platform = lambda: ds.CloudNames.AWS
else:
    ds.identify_platform = lambda: ds.CloudNames.UNKNOWN
    ds.DataSourceEc2.cloud_platform = ds.CloudNames.UNKNOWN

tmp = tempfile.mkdtemp()
paths = helpers.Paths({"cloud_dir": tmp, "run_dir": tmp})
distro = distros.fetch("debian")("debian", {}, paths)
sys_cfg = {"datasource": {"Ec2": {"metadata_urls": [endpoint], "max_wait": 5, "timeout": 2, "strict_id": False}}}
source = ds.DataSourceEc2(sys_cfg, distro, paths)
ok = source._get_data()
md = source.metadata or {}
identity = (source.identity or {}) if hasattr(source, "identity") else {}
print(json.dumps({
    "ok": bool(ok),
    "instance_id": md.get("instance-id"),
    "api_version": source._crawled_metadata.get("_metadata_api_version") if getattr(source, "_crawled_metadata", None) else None,
    "public_keys": md.get("public-keys"),
    "userdata": (source.userdata_raw or b"").decode("utf-8", "replace") if isinstance(source.userdata_raw, bytes) else source.userdata_raw,
    "region": source.region,
    "availability_zone": source.availability_zone,
    "identity_instance_id": identity.get("instanceId"),
    "has_token": bool(getattr(source, "_api_token", None)),
}, default=str))
