#!/usr/bin/env bash
# Set up Mainstream Desktop on a fresh Debian/Ubuntu machine and either open the
# window on the sample workshop (`app`) or run the tests (`test`).
#   bash packaging/bootstrap.sh app     # installs, writes sample.mainstream, opens it
#   bash packaging/bootstrap.sh test    # installs with test extras, runs the test suite
# Extra arguments after `test` go to pytest. VENV=path chooses the virtual environment.
set -euo pipefail
mode="${1:-app}"; shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="${VENV:-$here/.venv}"
python="${PYTHON:-python3}"

# shellcheck source=packaging/bootstrap-lib.sh
source "$here/packaging/bootstrap-lib.sh"

# 1. System libraries Qt needs (only those missing; as root, or through sudo). Another
#    apt or dpkg running (an automatic update) is waited for, not failed on.
mapfile -t wanted < <(grep -vE '^\s*(#|$)' packaging/system-packages.txt)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  asroot="$(root_prefix)"
  echo "Installing system packages: ${missing[*]}"
  wait_for_apt
  # apt waits for the dpkg lock itself too, should another installation start meanwhile
  $asroot apt-get -o DPkg::Lock::Timeout="$apt_lock_wait" update -qq
  wait_for_apt
  DEBIAN_FRONTEND=noninteractive $asroot apt-get -o DPkg::Lock::Timeout="$apt_lock_wait" \
    install -y -qq --no-install-recommends "${missing[@]}"
fi

# 2. A virtual environment with the project.
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
export LANG="${LANG:-C.UTF-8}"
case "$mode" in
  app)
    "$venv/bin/python" -m pip install -q "$here"
    sample="${SAMPLE:-$here/sample.mainstream}"
    [ -e "$sample" ] || "$venv/bin/mainstream-desktop" demo "$sample"
    have_display || exit 1
    exec "$venv/bin/mainstream-desktop" "$sample"
    ;;
  test)
    "$venv/bin/python" -m pip install -q -e "${here}[test]"
    export QT_QPA_PLATFORM=offscreen
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: bash packaging/bootstrap.sh app|test [pytest args]" >&2
    exit 2
    ;;
esac
