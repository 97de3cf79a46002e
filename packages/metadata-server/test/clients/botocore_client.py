"""botocore against the emulator: instance-role credentials and the IMDS region.

Usage: python3 botocore_client.py http://127.0.0.1:PORT
Prints one JSON object: {"version", "method", "access_key", "secret_key_length", "token_length", "region"}.
Refuses any endpoint that is not loopback.
"""
import json
import os
import sys

endpoint = sys.argv[1]
if not (endpoint.startswith("http://127.0.0.1:") or endpoint.startswith("http://[::1]:")):
    sys.exit("refusing a non-loopback endpoint: " + endpoint)
os.environ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = endpoint
for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
             "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
             "AWS_EC2_METADATA_DISABLED", "AWS_REGION", "AWS_DEFAULT_REGION"):
    os.environ.pop(name, None)

import botocore  # noqa: E402
import botocore.session  # noqa: E402
from botocore.utils import InstanceMetadataRegionFetcher  # noqa: E402

session = botocore.session.get_session()
creds = session.get_credentials()
frozen = creds.get_frozen_credentials()
region = InstanceMetadataRegionFetcher(
    base_url=endpoint, config={"ec2_metadata_service_endpoint": endpoint}
).retrieve_region()
print(json.dumps({
    "version": botocore.__version__,
    "method": creds.method,
    "access_key": frozen.access_key,
    "secret_key_length": len(frozen.secret_key),
    "token_length": len(frozen.token or ""),
    "region": region,
}))
