# Shared by the golden-writing scripts (sourced, not run): `--check` handling, a scratch
# directory, and writing or verifying one golden file.
#
#   goldens_init "$@"          sets check=0|1, tmp (removed on exit) and status=0
#   golden FILE OUTPUT         writes OUTPUT (plus a newline) to FILE, or with --check reports
#                              "stale: FILE" and sets status=1 when FILE differs
#   goldens_done MESSAGE       with --check prints MESSAGE when every golden matched; exits
#                              with the status

goldens_init() {
  check=0
  [ "${1:-}" = "--check" ] && check=1
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  status=0
}

golden() {
  if [ "$check" = 1 ]; then
    if ! diff -u "$1" <(printf '%s\n' "$2") >/dev/null 2>&1; then
      echo "stale: $1" >&2
      status=1
    fi
  else
    printf '%s\n' "$2" >"$1"
  fi
}

goldens_done() {
  if [ "$status" = 0 ] && [ "$check" = 1 ]; then echo "$1"; fi
  exit "$status"
}
