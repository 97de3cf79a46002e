"""boto3 (Debian's python3-boto3, under Debian's /usr/bin/python3) against ec2kit serve.

Usage: boto3_flows.py ENDPOINT_URL

Runs the representative flows with boto3's own client, resource, waiters and paginators and prints
one JSON object of what it observed; RealClients.boto3.test.ts asserts on it. It asserts nothing
itself, so that every check is the test's, and never catches more than botocore's ClientError.
"""
import json
import sys

import boto3
import botocore
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
if not (endpoint.startswith("http://127.0.0.1:") or endpoint.startswith("http://[::1]:")):
    sys.exit(f"refusing to contact {endpoint}")

session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1")
client = session.client("ec2", endpoint_url=endpoint)
resource = session.resource("ec2", endpoint_url=endpoint)
fast = {"Delay": 1, "MaxAttempts": 30}  # boto3's waiters poll every 15 s by default
out = {"boto3": boto3.__version__, "botocore": botocore.__version__}


def error_of(call):
    """The ClientError a call raises, as code, message and HTTP status (None if it succeeds)."""
    try:
        call()
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                "status": e.response["ResponseMetadata"]["HTTPStatusCode"], "operation": e.operation_name}
    return None


def state_of(instance_id):
    return client.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]["State"]


ami = client.describe_images(Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}])["Images"][0]["ImageId"]
out["ami"] = ami

# The resource API: create_instances, wait_until_running, reload, create_tags.
(instance,) = resource.create_instances(ImageId=ami, InstanceType="t3.micro", MinCount=1, MaxCount=1)
out["launched"] = {"id": instance.id, "state": instance.state}
instance.wait_until_running(WaiterConfig=fast)
instance.reload()
out["running"] = {"state": instance.state, "az": instance.placement["AvailabilityZone"], "private_ip": instance.private_ip_address}
instance.create_tags(Tags=[{"Key": "suite", "Value": "boto3"}, {"Key": "Name", "Value": "web-1"}])
other = client.run_instances(ImageId=ami, MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
client.get_waiter("instance_running").wait(InstanceIds=[other], WaiterConfig=fast)
out["filtered"] = [
    i.id for i in resource.instances.filter(Filters=[{"Name": "tag:suite", "Values": ["boto3"]}, {"Name": "instance-state-name", "Values": ["running"]}])
]
out["tags"] = sorted([t["Key"], t["Value"]] for t in (client.describe_tags(Filters=[{"Name": "resource-id", "Values": [instance.id]}])["Tags"]))

# The client API and its waiters: stop, start.
stop = client.stop_instances(InstanceIds=[instance.id])["StoppingInstances"][0]
client.get_waiter("instance_stopped").wait(InstanceIds=[instance.id], WaiterConfig=fast)
out["stopped"] = {"answer": [stop["PreviousState"]["Name"], stop["CurrentState"]["Name"]], "state": state_of(instance.id)}
start = client.start_instances(InstanceIds=[instance.id])["StartingInstances"][0]
client.get_waiter("instance_running").wait(InstanceIds=[instance.id], WaiterConfig=fast)
out["started"] = {"answer": [start["PreviousState"]["Name"], start["CurrentState"]["Name"]], "state": state_of(instance.id)}

# Volumes: create, attach, detach, delete, each with its waiter.
az = out["running"]["az"]
vol = client.create_volume(AvailabilityZone=az, Size=8, VolumeType="gp3")
client.get_waiter("volume_available").wait(VolumeIds=[vol["VolumeId"]], WaiterConfig=fast)
attach = client.attach_volume(VolumeId=vol["VolumeId"], InstanceId=instance.id, Device="/dev/sdf")
client.get_waiter("volume_in_use").wait(VolumeIds=[vol["VolumeId"]], WaiterConfig=fast)
in_use = client.describe_volumes(Filters=[{"Name": "attachment.instance-id", "Values": [instance.id]}, {"Name": "attachment.device", "Values": ["/dev/sdf"]}])["Volumes"]
busy = error_of(lambda: client.delete_volume(VolumeId=vol["VolumeId"]))
detach = client.detach_volume(VolumeId=vol["VolumeId"])
client.get_waiter("volume_available").wait(VolumeIds=[vol["VolumeId"]], WaiterConfig=fast)
client.delete_volume(VolumeId=vol["VolumeId"])
client.get_waiter("volume_deleted").wait(VolumeIds=[vol["VolumeId"]], WaiterConfig=fast)
out["volume"] = {
    "id": vol["VolumeId"], "created": [vol["State"], vol["Size"], vol["VolumeType"], vol["Iops"], vol["Throughput"]],
    "attach": [attach["State"], attach["InstanceId"], attach["Device"]],
    "in_use": [[v["VolumeId"], v["State"], v["Attachments"][0]["InstanceId"]] for v in in_use],
    "busy": busy, "detach": detach["State"],
    "gone": error_of(lambda: client.describe_volumes(VolumeIds=[vol["VolumeId"]])),
}

# Terminate, wait, and the lifecycle error of starting a terminated instance.
term = client.terminate_instances(InstanceIds=[instance.id, other])["TerminatingInstances"]
client.get_waiter("instance_terminated").wait(InstanceIds=[instance.id, other], WaiterConfig=fast)
out["terminated"] = {"answer": sorted(t["CurrentState"]["Name"] for t in term), "state": state_of(instance.id)}
out["start_terminated"] = error_of(lambda: client.start_instances(InstanceIds=[instance.id]))
out["missing"] = error_of(lambda: client.stop_instances(InstanceIds=["i-0123456789abcdef0"]))

# Pagination: boto3's paginator over MaxResults/NextToken, and one page by hand.
batch = [i["InstanceId"] for i in client.run_instances(
    ImageId=ami, MinCount=12, MaxCount=12, TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "batch", "Value": "pages"}]}]
)["Instances"]]
pages = client.get_paginator("describe_instances").paginate(
    Filters=[{"Name": "tag:batch", "Values": ["pages"]}], PaginationConfig={"PageSize": 5})
page_ids = [[i["InstanceId"] for r in page["Reservations"] for i in r["Instances"]] for page in pages]
first = client.describe_instances(Filters=[{"Name": "tag:batch", "Values": ["pages"]}], MaxResults=5)
out["pages"] = {
    "launched": batch, "sizes": [len(p) for p in page_ids], "seen": [i for p in page_ids for i in p],
    "first_has_token": isinstance(first.get("NextToken"), str) and first["NextToken"] != "",
    "too_small": error_of(lambda: client.describe_instances(MaxResults=3)),
}

print(json.dumps(out))
