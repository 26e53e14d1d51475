#!/usr/bin/env bash
# Backups of the One Code Pass database with mariadb-backup (Debian package mariadb-backup):
# a physical full backup plus the binary logs written since, so a restore reaches the last
# committed transaction (point in time), not only the moment of the full backup.
#
#   ops/backup.sh full     --dir DIR [--host H] [--port P] [--user U] [--password PW] [--datadir D]
#       Full backup into DIR/full (hot: InnoDB keeps serving), prepared so it can be restored
#       as is; DIR/full/xtrabackup_binlog_info names the binlog position it is consistent at.
#       Must run on the database host (it copies the data files).
#   ops/backup.sh binlogs  --dir DIR [--host H] [--port P] [--user U] [--password PW]
#       Copies the binary logs from the full backup's position to now into DIR/binlogs (over the
#       replication protocol, so it can run anywhere; run it every few minutes, or keep
#       `mariadb-binlog --read-from-remote-server --raw --stop-never` running for continuous PITR).
#   ops/backup.sh restore  --dir DIR --datadir NEWDIR --port P [--until 'YYYY-MM-DD hh:mm:ss']
#       Rebuilds a database server in an EMPTY NEWDIR from DIR/full, starts it on 127.0.0.1:P
#       (pid file NEWDIR.pid, socket NEWDIR.sock) and replays DIR/binlogs up to the end (or --until).
#       Prints the time each step took. The server keeps running; stop it with
#       `mysqladmin -h127.0.0.1 -P P -uroot shutdown`, or point the application at it.
#
# The server must write binary logs (log_bin=ON, binlog_format=ROW); docs/OPERATIONS.md "Backup and
# restore" is the runbook.
set -euo pipefail

cmd=${1:-}
[[ $# -gt 0 ]] && shift
dir= host=127.0.0.1 port=3306 user=root password= datadir= until=
while [[ $# -gt 0 ]]; do
  case $1 in
    --dir) dir=$2; shift ;;
    --host) host=$2; shift ;;
    --port) port=$2; shift ;;
    --user) user=$2; shift ;;
    --password) password=$2; shift ;;
    --datadir) datadir=$2; shift ;;
    --until) until=$2; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
die() { printf 'backup.sh: %s\n' "$*" >&2; exit 1; }
say() { printf '==> %s\n' "$*"; }
[[ -n $dir ]] || die "--dir is required (see --help)"
need() { command -v "$1" >/dev/null || { [[ $(id -u) == 0 ]] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null 2>&1; } || die "needs $2 (apt-get install $2)"; }
need mariadb-backup mariadb-backup
need mariadb-binlog mariadb-client
creds=(--host="$host" --port="$port" --user="$user")
[[ -n $password ]] && creds+=(--password="$password")
now() { date +%s.%N; }
# Where the backup records the binlog position it is consistent at (the file name changed across
# MariaDB versions: 10.11 writes xtrabackup_binlog_info, later ones mariadb_backup_binlog_info).
binlog_info() {
  local f
  for f in "$dir/full/mariadb_backup_binlog_info" "$dir/full/xtrabackup_binlog_info"; do
    [[ -s $f ]] && { echo "$f"; return 0; }
  done
  return 1
}
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

full() {
  [[ ! -e $dir/full ]] || die "$dir/full exists; use a new --dir for a new backup"
  mkdir -p "$dir"
  local t0 extra=()
  [[ -n $datadir ]] && extra+=(--datadir="$datadir")
  t0=$(now)
  say "full backup of $host:$port into $dir/full"
  mariadb-backup --backup "${creds[@]}" "${extra[@]}" --target-dir="$dir/full" > "$dir/full-backup.log" 2>&1 ||
    die "mariadb-backup --backup failed; see $dir/full-backup.log"
  mariadb-backup --prepare --target-dir="$dir/full" > "$dir/full-prepare.log" 2>&1 ||
    die "mariadb-backup --prepare failed; see $dir/full-prepare.log"
  binlog_info > /dev/null || die "the backup has no binlog position: is log_bin on? (see docs/OPERATIONS.md)"
  echo "backup.full_seconds=$(took "$t0")"
  echo "backup.full_bytes=$(du -sb "$dir/full" | cut -f1)"
  echo "backup.binlog_position=$(tr '\t' ' ' < "$(binlog_info)")"
}

binlogs() {
  binlog_info > /dev/null || die "no full backup in $dir (run: backup.sh full)"
  local first t0
  read -r first _ < "$(binlog_info)"
  mkdir -p "$dir/binlogs"
  t0=$(now)
  # Closes the current binlog so everything committed until now is in a complete file.
  mariadb "${creds[@]}" -e "FLUSH BINARY LOGS"
  (cd "$dir/binlogs" && mariadb-binlog "${creds[@]}" --read-from-remote-server --raw --to-last-log "$first") ||
    die "copying the binary logs failed"
  echo "backup.binlogs_seconds=$(took "$t0")"
  echo "backup.binlog_files=$(find "$dir/binlogs" -type f | wc -l)"
}

restore() {
  [[ -n $datadir ]] || die "--datadir NEWDIR is required"
  [[ ! -e $datadir ]] || [[ -z $(ls -A "$datadir") ]] || die "$datadir is not empty"
  binlog_info > /dev/null || die "no full backup in $dir"
  local t0 t1 first pos files=()
  t0=$(now)
  say "copy back $dir/full into $datadir"
  # --copy-back leaves the backup itself untouched, so the same backup can be restored again.
  mariadb-backup --copy-back --target-dir="$dir/full" --datadir="$datadir" > "$dir/restore-copy.log" 2>&1 ||
    die "mariadb-backup --copy-back failed; see $dir/restore-copy.log"
  echo "restore.copy_seconds=$(took "$t0")"
  say "start a server on 127.0.0.1:$port from $datadir"
  setsid /usr/sbin/mariadbd --no-defaults --user=root --datadir="$datadir" --port="$port" \
    --bind-address=127.0.0.1 --socket="$datadir.sock" --pid-file="$datadir.pid" \
    --innodb-buffer-pool-size=128M --skip-log-bin --log-error="$datadir.err" > /dev/null 2>&1 < /dev/null &
  for _ in $(seq 1 120); do mysqladmin -h127.0.0.1 -P"$port" -uroot ping >/dev/null 2>&1 && break; sleep 0.5; done
  mysqladmin -h127.0.0.1 -P"$port" -uroot ping >/dev/null 2>&1 || die "the restored server did not start; see $datadir.err"
  read -r first pos _ < "$(binlog_info)"
  mapfile -t files < <(find "$dir/binlogs" -maxdepth 1 -type f -name '*.[0-9]*' 2>/dev/null | sort)
  t1=$(now)
  if [[ ${#files[@]} -gt 0 ]]; then
    say "replay ${#files[@]} binlog file(s) from $first:$pos${until:+ until $until}"
    local opts=(--start-position="$pos")
    [[ -n $until ]] && opts+=(--stop-datetime="$until")
    # The start position belongs to the first file only; the backup's own file is always first.
    [[ $(basename "${files[0]}") == "$first" ]] || die "the binlogs in $dir/binlogs do not start with $first"
    mariadb-binlog "${opts[@]}" "${files[@]}" | mariadb -h127.0.0.1 -P"$port" -uroot ||
      die "replaying the binary logs failed"
  else
    say "no binlogs to replay: the database is as it was at the full backup"
  fi
  echo "restore.replay_seconds=$(took "$t1")"
  echo "restore.total_seconds=$(took "$t0")"
}

case $cmd in
  full) full ;;
  binlogs) binlogs ;;
  restore) restore ;;
  *) die "usage: backup.sh full|binlogs|restore --dir DIR ... (see --help)" ;;
esac
