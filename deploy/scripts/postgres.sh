# Shell functions shared by ./run.sh and ./test.sh: PostgreSQL from Debian's packages, in a project-local cluster
# that listens on 127.0.0.1 only. Sourced, not run.

giveback_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs Debian packages that are missing (one apt-get update, only when something is missing).
giveback_ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages…"
    giveback_as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive giveback_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# The fonts the receipt PDF embeds (Receipts:FontDirectories defaults to where these put them): DejaVu Sans for Latin,
# Greek and Cyrillic, Droid Sans Fallback for the CJK DejaVu lacks. The server refuses to start without them.
giveback_ensure_receipt_fonts() {
  giveback_ensure_packages fonts-dejavu-core fonts-droid-fallback
}

giveback_pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
    giveback_ensure_packages postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

# Runs a PostgreSQL server program as the postgres user when we are root (PostgreSQL refuses to run as root).
giveback_pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# giveback_pg_start DIR PORT [extra server options]: creates the cluster on first use, then starts it.
giveback_pg_start() {
  local dir=$1 port=$2 options=${3:-}
  local bin
  bin=$(giveback_pg_bin)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir" && chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    giveback_pg_run "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if giveback_pg_running "$dir"; then
    return 0
  fi
  # In its own session: a Ctrl+C in the terminal must not stop PostgreSQL under a server that is still draining.
  giveback_pg_run setsid -w "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 $options" start >/dev/null
}

# Whether the cluster in DIR is running.
giveback_pg_running() {
  local dir=$1
  [ -f "$dir/PG_VERSION" ] && giveback_pg_run "$(giveback_pg_bin)/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

giveback_pg_stop() {
  local dir=$1
  local bin
  bin=$(giveback_pg_bin)
  giveback_pg_run "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

# The first port from $1 upwards that nothing listens on.
giveback_free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
