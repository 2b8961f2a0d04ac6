#!/usr/bin/env bash
# Writes (or with --check, verifies) what the real Go compiler prints for the starter code of
# every exercise in www/exercises/*.json: www/exercises/goldens/PACK.ID.m-l.goTAG.txt, from
# `go build -gcflags='-m -l' main.go` with the starter copied to main.go in a scratch directory,
# for the Go version the exercise names (1.27 -> go1.27.3, 1.23 -> go1.23.9). Normalised as
# scripts/web-examples-goldens.sh does (no `# command-line-arguments` header, no leading `./`).
# The web crate's native tests check that the analyzer prints exactly this output for each
# starter, so every verdict an exercise asks about is the real compiler's.
#   usage: scripts/exercise-goldens.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/goldens-lib.sh
. scripts/goldens-lib.sh
goldens_init "$@"
mkdir -p www/exercises/goldens
declare -A gobin
for pair in 1.27:1.27.3 1.23:1.23.9; do gobin[${pair%%:*}]=$(scripts/go-bin.sh "${pair#*:}"); done
for pack in www/exercises/*.json; do
  name=$(basename "$pack" .json)
  # One line per exercise: ID<TAB>GO-VERSION; the starters go to $tmp/NAME/ID/main.go.
  while IFS=$'\t' read -r id ver; do
    go=${gobin[$ver]:?"$pack: exercise $id: no toolchain for Go $ver"}
    dir="$tmp/$name/$id"
    out=$(cd "$dir" && GOTOOLCHAIN=local GO111MODULE=off GOFLAGS= "$go" build -o /dev/null \
      -gcflags='-m -l' main.go 2>&1 | grep -v '^# ' | sed 's#^\./##') || true
    golden "www/exercises/goldens/$name.$id.m-l.go${ver/./}.txt" "$out"
  done < <(python3 - "$pack" "$tmp/$name" <<'PY'
import json, os, sys
pack, root = sys.argv[1], sys.argv[2]
for i, e in enumerate(json.load(open(pack, encoding="utf-8"))["exercises"]):
    eid = e.get("id", str(i + 1))
    os.makedirs(os.path.join(root, eid), exist_ok=True)
    with open(os.path.join(root, eid, "main.go"), "w", encoding="utf-8") as f:
        f.write(e["starter"])
    print(f"{eid}\t{e.get('go', '1.27')}")
PY
)
done
goldens_done "exercise goldens match go1.27.3 / go1.23.9"
