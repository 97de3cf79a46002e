"""boto3 (Debian's python3-boto3, under Debian's /usr/bin/python3) against ec2kit serve's purchasing side.

Usage: boto3_purchasing.py ENDPOINT_URL

Drives what boto3 adds to the AWS CLI there: the `spot_instance_request_fulfilled` waiter polling a
request that is scheduled two seconds ahead (so that it sees the request waiting before it sees it
fulfilled), and the `describe_spot_price_history` paginator with timezone-aware and naive datetimes.
Prints one JSON object of what it observed; RealClients.purchasing.clients.test.ts asserts on it.
It asserts nothing itself and never catches more than botocore's ClientError.
"""
import datetime
import json
import sys
import time

import boto3
import botocore
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
if not (endpoint.startswith("http://127.0.0.1:") or endpoint.startswith("http://[::1]:")):
    sys.exit(f"refusing to contact {endpoint}")

session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1")
client = session.client("ec2", endpoint_url=endpoint)
out = {"boto3": boto3.__version__, "botocore": botocore.__version__}


def error_of(call):
    """The ClientError a call raises, as code and message (None if it succeeds)."""
    try:
        call()
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"], "operation": e.operation_name}
    return None


def request_of(request_id):
    r = client.describe_spot_instance_requests(SpotInstanceRequestIds=[request_id])["SpotInstanceRequests"][0]
    return {"state": r["State"], "code": r["Status"]["Code"], "instance": r.get("InstanceId"), "zone": r.get("LaunchedAvailabilityZone"),
            "valid_from": r["ValidFrom"].isoformat() if "ValidFrom" in r else None}


ami = client.describe_images(Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}])["Images"][0]["ImageId"]

# The waiter: a request valid from two seconds ahead (a timezone-aware datetime), polled every second.
now = datetime.datetime.now(datetime.timezone.utc)
made = client.request_spot_instances(
    InstanceCount=1, Type="one-time", ValidFrom=now + datetime.timedelta(seconds=2),
    LaunchSpecification={"ImageId": ami, "InstanceType": "m5.large", "Placement": {"AvailabilityZone": "us-east-1b"}},
)["SpotInstanceRequests"][0]
request_id = made["SpotInstanceRequestId"]
out["requested"] = {"id": request_id, "state": made["State"], "code": made["Status"]["Code"], "valid_from_is_datetime": isinstance(made["ValidFrom"], datetime.datetime)}
out["before"] = request_of(request_id)
started = time.monotonic()
client.get_waiter("spot_instance_request_fulfilled").wait(SpotInstanceRequestIds=[request_id], WaiterConfig={"Delay": 1, "MaxAttempts": 20})
out["waited_seconds"] = time.monotonic() - started
out["after"] = request_of(request_id)
out["missing"] = error_of(lambda: client.cancel_spot_instance_requests(SpotInstanceRequestIds=[request_id, "sir-00000000"]))
out["kept"] = request_of(request_id)  # the refused cancel changed nothing (atomic)

# The paginator: two types over the last day, pages of 10, against one call asking for everything.
query = {"InstanceTypes": ["m5.large", "c5.large"], "ProductDescriptions": ["Linux/UNIX"], "StartTime": now - datetime.timedelta(days=1), "EndTime": now}
pages = list(client.get_paginator("describe_spot_price_history").paginate(**query, PaginationConfig={"PageSize": 10}))
one = client.describe_spot_price_history(**query, MaxResults=1000)


def rows(items):
    return [[h["AvailabilityZone"], h["InstanceType"], h["ProductDescription"], h["SpotPrice"], h["Timestamp"].isoformat()] for h in items]


out["pages"] = {
    "sizes": [len(p["SpotPriceHistory"]) for p in pages],
    "tokens": [bool(p.get("NextToken")) for p in pages],
    "rows": rows([h for p in pages for h in p["SpotPriceHistory"]]),
    "one_call": rows(one["SpotPriceHistory"]),
    "one_call_token": one.get("NextToken", ""),
    "aware": all(h["Timestamp"].tzinfo is not None for p in pages for h in p["SpotPriceHistory"]),
}
# A naive datetime with microseconds (botocore sends it as UTC with six fraction digits): the price in force now.
naive = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
out["now_price"] = rows(client.describe_spot_price_history(InstanceTypes=["m5.large"], AvailabilityZone="us-east-1b", StartTime=naive, EndTime=naive)["SpotPriceHistory"])

print(json.dumps(out))
