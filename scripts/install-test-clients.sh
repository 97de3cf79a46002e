#!/usr/bin/env bash
# Installs, from Debian's packages, the real clients that the tests drive against ec2kit's servers:
#   - awscli (AWS CLI v2, /usr/bin/aws), python3-boto3 (boto3 and botocore for Debian's
#     /usr/bin/python3), ansible (Debian 12's ships the amazon.aws collection 5.5.1), openssl;
#   - cloud-init's Python dependencies, and cloud-init's own package only extracted (dpkg -x) into
#     .ci/cloud-init, so that nothing on the machine starts cloud-init.
# The AWS CLI v1 the tests also use is expected on PATH already (pyenv's, preinstalled on this
# project's machines). .ci/run runs this as root before the tests; contributors run it once
# (docs/contributing.md). It is not part of the README's quick start: a user's first command never
# apt-gets anything as root.
#
# Quiet: apt's output goes to a log that is shown only on failure. Exits 1, saying what to install,
# when it cannot install (no apt-get, not root, a package that does not install).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(awscli python3-boto3 python3-botocore ansible openssl python3-configobj python3-jinja2 python3-jsonpatch
  python3-jsonschema python3-netifaces python3-oauthlib python3-requests python3-serial python3-yaml)
cloud_init=.ci/cloud-init
manual="apt-get update && apt-get install -y ${packages[*]} && apt-get download cloud-init && dpkg -x cloud-init_*.deb $cloud_init"

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
need_cloud_init=0
[ -f "$cloud_init/usr/lib/python3/dist-packages/cloudinit/sources/DataSourceEc2.py" ] || need_cloud_init=1
wanted="${missing[*]:-}"
[ "$need_cloud_init" -eq 0 ] || wanted="${wanted:+$wanted and }cloud-init (extracted into $cloud_init)"
if [ -z "$wanted" ]; then
  echo "install-test-clients: all present (${#packages[@]} Debian packages, cloud-init in $cloud_init)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "install-test-clients: cannot install $wanted: needs Debian's apt-get, as root" >&2
  echo "install-test-clients: as root, run: $manual" >&2
  exit 1
fi

log=$(mktemp)
fail() {
  echo "install-test-clients: $1 failed; the last lines of its output ($log):" >&2
  tail -n 20 "$log" >&2
  exit 1
}
echo "install-test-clients: installing $wanted"
apt-get update -qq >"$log" 2>&1 || fail "apt-get update"
if [ "${#missing[@]}" -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1 ||
    fail "apt-get install ${missing[*]}"
fi
if [ "$need_cloud_init" -eq 1 ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download cloud-init) >>"$log" 2>&1 || fail "apt-get download cloud-init"
  mkdir -p "$cloud_init"
  dpkg -x "$tmp"/cloud-init_*.deb "$cloud_init" >>"$log" 2>&1 || fail "dpkg -x cloud-init"
  rm -rf "$tmp"
fi
rm -f "$log"
echo "install-test-clients: done"
