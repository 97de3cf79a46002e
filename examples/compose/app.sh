#!/bin/sh
# The application of compose.yaml: it launches an instance through the emulator's EC2 endpoint,
# waits until it runs, then reads its own instance metadata from the emulator's live metadata
# listener (which serves the newest instance: the one just launched) with IMDSv2, as an SDK on
# EC2 would. Needs the AWS CLI (v1 or v2) and curl: the amazon/aws-cli image has both.
set -eu
# --endpoint-url is given explicitly so any AWS CLI honours it (AWS_ENDPOINT_URL_EC2, which the
# SDKs and recent CLIs read by themselves, is where it comes from).
ec2() { aws --endpoint-url "$AWS_ENDPOINT_URL_EC2" ec2 "$@"; }

ami=$(ec2 describe-images --owners amazon --filters Name=architecture,Values=x86_64 --query 'Images[0].ImageId' --output text)
id=$(ec2 run-instances --image-id "$ami" --instance-type t3.micro --count 1 \
  --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=app}]' --query 'Instances[0].InstanceId' --output text)
ec2 wait instance-running --instance-ids "$id"
echo "app: launched $id, running"

imds=${AWS_EC2_METADATA_SERVICE_ENDPOINT%/}
token=$(curl -sSf -X PUT "$imds/latest/api/token" -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')
meta() { curl -sSf -H "X-aws-ec2-metadata-token: $token" "$imds/latest/meta-data/$1"; }
me=$(meta instance-id)
echo "app: my instance metadata says instance-id $me, $(meta instance-type) in $(meta placement/availability-zone), local-ipv4 $(meta local-ipv4)"
[ "$me" = "$id" ] || { echo "app: expected $id" >&2; exit 1; }

# Live: stopping the instance ends its metadata (EC2 has no IMDS for a stopped instance), and the
# token of that boot dies with it.
ec2 stop-instances --instance-ids "$id" --query 'StoppingInstances[0].CurrentState.Name' --output text
ec2 wait instance-stopped --instance-ids "$id"
if curl -sf -o /dev/null -H "X-aws-ec2-metadata-token: $token" "$imds/latest/meta-data/instance-id"; then
  echo "app: the stopped instance's metadata still answered" >&2
  exit 1
fi
echo "app: stopped; its metadata no longer answers"
