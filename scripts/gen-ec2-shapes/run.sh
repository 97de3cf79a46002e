#!/usr/bin/env bash
# Regenerates packages/core/src/Ec2Shapes.ts from the EC2 model shipped with the installed
# @aws-sdk/client-ec2 (its dist-types): every shape reachable from the operations in `ops`.
# Also packages/core/src/Ec2Input.ts (one named request type per operation) and the members of
# Ec2.Service and Ec2.Implementation in packages/core/src/Ec2.ts.
# The retired Elastic GPU / Elastic Inference members are dropped.
set -euo pipefail
cd "$(dirname "$0")"
python3 gen.py "$(cat ops)" "ElasticGpuSpecification,ElasticInferenceAccelerators,ElasticGpuAssociations,ElasticInferenceAcceleratorAssociations"
python3 emit.py
python3 emit_inputs.py
python3 emit_service.py
rm -f model.json
