#!/usr/bin/env bash
# I/O errors through the real binary: a full disk (a small tmpfs), a read-only store file and
# folder (run as user nobody, since root ignores permissions), a read-only mount (refuses even
# root), and a store folder deleted during an import. Each must exit 74 with a clear message and
# leave the store as it was (integrity ok, the same figures).
#
# Needs root (mount, setpriv); as another user the mount and nobody cases are skipped.
# usage: scripts/reliability/io-errors.sh
# The last run's output is kept in scripts/reliability/io-errors.last-run.txt.
source "$(dirname "$0")/common.sh"
echo "econ I/O error check ($(date -u +%FT%TZ), uid $(id -u))"
mounts=()
cleanup() { for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

new_store() {  # new_store DB: a store with one series and two figures
  "$ECON" series add rel.x --measure flow --unit USD --frequency annual --db "$1" >/dev/null
  "$ECON" append rel.x 2023 1 --db "$1" >/dev/null
  "$ECON" append rel.x 2024 2 --db "$1" >/dev/null
}
figures() { sql "$1" "SELECT count(*) FROM observation"; }
expect74() {  # expect74 NAME DB EXIT MESSAGE FIGURES-BEFORE
  local name=$1 db=$2 rc=$3 msg=$4 before=$5
  local after integrity
  after=$(figures "$db" 2>&1 || true)
  integrity=$(sql "$db" "PRAGMA integrity_check" 2>&1 || true)
  echo "  $name: exit $rc: ${msg//$'\n'/ | }"
  check "$name: exit 74, a clear message, store unchanged" \
    "$([[ $rc == 74 && $msg == "econ: error: "* && $after == "$before" && $integrity == ok ]]; echo $?)" \
    "figures $before -> $after, integrity $integrity"
}

python3 "$ROOT/scripts/bench/generate.py" "$WORK/big.csv" 2000 50  # 100,000 rows, 2.4 MB
import_args=(--measure flow --unit USD --frequency annual --quiet)

if [[ $(id -u) == 0 ]]; then
  # Full disk: a 1 MB tmpfs holds the store but not a 100,000-row import.
  mkdir -p "$WORK/small"
  mount -t tmpfs -o size=1m tmpfs "$WORK/small" && mounts+=("$WORK/small")
  DB="$WORK/small/econ.sqlite"; new_store "$DB"; before=$(figures "$DB")
  rc=0; msg=$("$ECON" import csv "$WORK/big.csv" "${import_args[@]}" --db "$DB" 2>&1) || rc=$?
  expect74 "import onto a full disk" "$DB" "$rc" "$msg" "$before"
  rc=0; "$ECON" append rel.x 2025 3 --db "$DB" >/dev/null 2>&1 || rc=$?
  echo "  afterwards a small append exits $rc (the failed import's space is free again)"
  # A disk with no byte left: even a one-figure append fails cleanly.
  before=$(figures "$DB")
  dd if=/dev/zero of="$WORK/small/filler" bs=4k 2>/dev/null || true
  rc=0; msg=$("$ECON" append rel.x 2026 4 --note "$(head -c 20000 /dev/zero | tr '\0' n)" --db "$DB" 2>&1) || rc=$?
  rm -f "$WORK/small/filler"  # so that the check below can read the store
  expect74 "append onto a disk with no space left" "$DB" "$rc" "$msg" "$before"

  # A backup onto a full disk: 74, and no partial copy or temporary file is left.
  DB="$WORK/big.sqlite"; new_store "$DB"
  "$ECON" import csv "$WORK/big.csv" "${import_args[@]}" --db "$DB"
  mkdir -p "$WORK/tiny"; mount -t tmpfs -o size=256k tmpfs "$WORK/tiny" && mounts+=("$WORK/tiny")
  rc=0; msg=$("$ECON" backup "$WORK/tiny/backup.sqlite" --db "$DB" 2>&1) || rc=$?
  echo "  backup of a $(du -h "$DB" | cut -f1) store onto a 256 KB disk: exit $rc: $msg; left there: $(ls -A "$WORK/tiny" | tr '\n' ' ')"
  check "backup onto a full disk: exit 74, nothing left behind" "$([[ $rc == 74 && -z $(ls -A "$WORK/tiny") ]]; echo $?)"

  # A read-only mount refuses writes even to root.
  mkdir -p "$WORK/rw" "$WORK/ro"
  DB="$WORK/rw/econ.sqlite"; new_store "$DB"; before=$(figures "$DB")
  sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  mount --bind "$WORK/rw" "$WORK/ro" && mount -o remount,bind,ro "$WORK/ro" && mounts+=("$WORK/ro")
  sum=$(sha256sum <"$DB")
  rc=0; msg=$("$ECON" append rel.x 2025 3 --db "$WORK/ro/econ.sqlite" 2>&1) || rc=$?
  expect74 "append to a store on a read-only mount" "$DB" "$rc" "$msg" "$before"
  check "the read-only store's bytes are unchanged" "$([[ $(sha256sum <"$DB") == "$sum" ]]; echo $?)"

  # Read-only file and folder, as an ordinary user; every check runs as that user too, so that no
  # root-owned -wal or -shm file appears beside the store.
  as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  sql() { "${as_nobody[@]}" sqlite3 -readonly -batch -noheader "$1" "$2"; }
  mkdir -p "$WORK/nobody"; chmod 755 "$WORK"; chown 65534:65534 "$WORK/nobody"
  DB="$WORK/nobody/econ.sqlite"; "${as_nobody[@]}" bash -c "$(declare -f new_store); ECON='$ECON' new_store '$DB'"
  before=$(figures "$DB"); chmod 444 "$DB"; sum=$(sha256sum <"$DB")
  rc=0; msg=$("${as_nobody[@]}" "$ECON" append rel.x 2025 3 --db "$DB" 2>&1) || rc=$?
  expect74 "append to a read-only store file (as nobody)" "$DB" "$rc" "$msg" "$before"
  check "the read-only store file's bytes are unchanged" "$([[ $(sha256sum <"$DB") == "$sum" ]]; echo $?)"
  chmod 644 "$DB" "$DB"-wal "$DB"-shm 2>/dev/null || true  # SQLite makes -wal/-shm with the store's mode
  "${as_nobody[@]}" sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  chmod 555 "$WORK/nobody"
  rc=0; msg=$("${as_nobody[@]}" "$ECON" append rel.x 2025 3 --db "$DB" 2>&1) || rc=$?
  chmod 755 "$WORK/nobody"  # so that the check can open the store
  expect74 "append to a store in a read-only folder (as nobody)" "$DB" "$rc" "$msg" "$before"
  chmod 555 "$WORK/nobody"
  rc=0; msg=$("${as_nobody[@]}" "$ECON" series add rel.y --measure flow --unit USD --frequency annual --db "$WORK/nobody/new/econ.sqlite" 2>&1) || rc=$?
  echo "  creating a store under a read-only folder (as nobody): exit $rc: $msg"
  check "creating a store under a read-only folder: exit 74" "$([[ $rc == 74 ]]; echo $?)"
  chmod 755 "$WORK/nobody"
  sql() { sqlite3 -readonly -batch -noheader "$1" "$2"; }

  # The library tests that swift test skips under root (StoreIOErrorTests' permission cases), as nobody.
  bundle="$(dirname "$ECON")/econPackageTests.xctest"
  if [[ -x "$bundle" ]]; then
    rc=0; out=$("${as_nobody[@]}" env HOME=/tmp NO_COLOR=1 "$bundle" --testing-library swift-testing \
      --filter 'aReadOnlyStoreFileIsAnIOErrorAndStaysUnchanged|aStoreInAReadOnlyFolderIsAnIOError' 2>&1) || rc=$?
    echo "$out" | grep -E "Test (a|run)" | sed 's/^/  /'
    check "StoreIOErrorTests' read-only file and folder tests pass as nobody" "$([[ $rc == 0 && $out == *"2 tests"* ]]; echo $?)"
  else
    echo "SKIP  StoreIOErrorTests as nobody: no test bundle beside $ECON (run swift build --build-tests)"
  fi
else
  echo "SKIP  full disk, read-only mount and read-only file/folder cases need root (mount, setpriv)"
fi

# A store folder deleted while an import runs: the import must not report success.
mkdir -p "$WORK/gone"
DB="$WORK/gone/econ.sqlite"; new_store "$DB"
"$ECON" import csv "$WORK/big.csv" "${import_args[@]}" --db "$DB" >"$WORK/gone.out" 2>&1 &
pid=$!
sleep 0.3
rm -rf "$WORK/gone"
rc=0; wait "$pid" || rc=$?
msg=$(cat "$WORK/gone.out")
echo "  import whose store folder was deleted after 0.3 s: exit $rc: $msg"
check "an import whose store was deleted meanwhile exits 74 instead of reporting success" "$([[ $rc == 74 && $msg == *"removed or replaced"* ]]; echo $?)"
exit $fail
