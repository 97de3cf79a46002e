#!/usr/bin/env bash
# Installs the real instance-metadata clients that @ec2kit/metadata-server's tests drive, from
# Debian's packages: python3-botocore (instance-role credentials and region), awscli (AWS CLI v2),
# openssl, and cloud-init's Python package, which is only extracted (dpkg -x) into
# .ci/cloud-init so that nothing on the machine starts cloud-init. The AWS CLI v1 the tests also
# use is expected on PATH already (it is preinstalled on this project's machines).
# Without apt-get or root it says what to install and changes nothing; the client tests then
# fail and name the missing tool.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(python3-botocore awscli openssl python3-configobj python3-jinja2 python3-jsonpatch
  python3-jsonschema python3-netifaces python3-oauthlib python3-requests python3-serial python3-yaml)
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "install-test-clients: needs Debian's apt-get as root; install ${packages[*]} and extract cloud-init into .ci/cloud-init (apt-get download cloud-init && dpkg -x cloud-init_*.deb .ci/cloud-init)" >&2
  exit 0
fi
echo "install-test-clients: apt-get install ${packages[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
if [ ! -d .ci/cloud-init/usr/lib/python3/dist-packages/cloudinit ]; then
  echo "install-test-clients: extracting cloud-init into .ci/cloud-init"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download cloud-init >/dev/null 2>&1 && dpkg -x cloud-init_*.deb "$OLDPWD/.ci/cloud-init")
  rm -rf "$tmp"
fi
