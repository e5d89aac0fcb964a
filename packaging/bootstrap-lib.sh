# shellcheck shell=bash
# Helpers of bootstrap.sh, in their own file so the tests can run them alone
# (tests/test_bootstrap.py). Sourced, never run.

# Files apt and dpkg lock while they install; APT_LOCKS (space-separated) overrides them
# (the tests point it at a temporary file).
read -r -a apt_locks <<< "${APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock}"
apt_lock_wait="${APT_LOCK_WAIT:-600}"  # seconds to wait for another installation

# Print the first of the lock files that a process holds a lock on, or fail if none is.
# Read from /proc/locks, which lists apt's fcntl locks and flock(1) locks alike, with the
# file's device and inode, and which needs no root (taking the lock to test it would).
locked_apt_file() {
  local file dev ino id
  for file in "${apt_locks[@]}"; do
    [ -e "$file" ] || continue
    dev="$(stat -L -c %d "$file")" ino="$(stat -L -c %i "$file")"
    # /proc/locks writes the device as MAJOR:MINOR in hex, then the inode
    id="$(printf '%02x:%02x:%s' $(((dev >> 8) & 0xfff)) $(((dev & 0xff) | ((dev >> 12) & 0xfff00))) "$ino")"
    if grep -q " $id " /proc/locks 2>/dev/null; then
      echo "$file"
      return 0
    fi
  done
  return 1
}

# Wait (at most apt_lock_wait seconds) while another apt or dpkg holds its lock — an
# automatic update right after boot is common — instead of failing with apt's exit 100.
wait_for_apt() {
  local waited=0 file
  while file="$(locked_apt_file)"; do
    if ((waited == 0)); then
      echo "Another installation (apt, dpkg or an automatic update) is running ($file is locked): waiting for it to finish, at most ${apt_lock_wait} s..."
    fi
    if ((waited >= apt_lock_wait)); then
      echo "Gave up after ${apt_lock_wait} s: $file is still locked. Run this again once the other installation has finished (or set APT_LOCK_WAIT to wait longer)." >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# The command that runs what follows as root: nothing when root already, sudo otherwise.
root_prefix() {
  if [ "$(id -u)" -eq 0 ]; then
    return 0
  fi
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Installing system packages needs root, and sudo is not installed: run this as root (su -c 'bash packaging/bootstrap.sh ...')." >&2
    return 1
  fi
  echo sudo
}

# A window needs a screen: on Linux without DISPLAY or WAYLAND_DISPLAY (a server, ssh,
# a container) say so in one line, instead of Qt's abort that blames xcb-cursor0.
have_display() {
  case "$(uname -s)" in Linux) ;; *) return 0 ;; esac
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    return 0
  fi
  case "${QT_QPA_PLATFORM:-}" in offscreen* | minimal* | vnc* | eglfs* | linuxfb*) return 0 ;; esac
  echo "No display to open the window on (DISPLAY and WAYLAND_DISPLAY are empty): run it under a virtual screen, xvfb-run -a bash packaging/bootstrap.sh app (package xvfb), or from a desktop session." >&2
  return 1
}
