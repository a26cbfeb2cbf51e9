#!/usr/bin/env bash
# Sets everything up and runs GiveBack with demo data:
#   installs PostgreSQL and the receipt fonts from Debian's packages if missing, keeps a project-local cluster on 127.0.0.1 under
#   $GIVEBACK_DATA_DIR (default .giveback/), seeds demo data (unless --no-demo-data) and serves on
#   http://127.0.0.1:${GIVEBACK_HTTP_PORT:-5080} (the next free port if 5080 is taken). Run it again: the data is kept.
#   GIVEBACK_DB (a connection string) uses that database instead of the local cluster. Without STRIPE_SECRET_KEY a local
#   Stripe emulator, and without Plugins__Email__Host a local mail sink (e-mails kept under .giveback/mail/), run beside it.
#   Ctrl+C or SIGTERM stops the server first, then the emulator, the mail sink and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/scripts/postgres.sh

seed=true
for argument in "$@"; do
  case "$argument" in
    --no-demo-data) seed=false ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "Unknown option: $argument (try --help)" >&2; exit 2 ;;
  esac
done
giveback_ensure_receipt_fonts

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
data_dir=$(mkdir -p "${GIVEBACK_DATA_DIR:-.giveback}" && cd "${GIVEBACK_DATA_DIR:-.giveback}" && pwd)
chmod 755 "$data_dir"
# A port given by the operator is used as given; a default that is taken (another ./run.sh, another program) moves to
# the next free one, so two clones can run side by side.
http_port=${GIVEBACK_HTTP_PORT:-$(giveback_free_port 5080)}
silo_port=${Cluster__SiloPort:-$(giveback_free_port 11111)}

server_pid=""
emulator_pid=""
sink_pid=""
started_pg=""
# Stops what this script started, the server first: it still needs PostgreSQL (and the emulator) while it drains, so
# those go only once it has exited. Every child runs in its own session (setsid), out of reach of the terminal's Ctrl+C,
# so this order is the only one that happens.
stop_process() {
  local pid=$1 name=$2 seconds=$3
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq $((seconds * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$name did not stop within ${seconds}s; killing it." >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
stopping=false
stop() {
  $stopping && return 0
  stopping=true
  trap '' INT TERM
  [ -n "$server_pid" ] && echo "Stopping GiveBack…"
  stop_process "$server_pid" "GiveBack" "${GIVEBACK_STOP_SECONDS:-20}"
  stop_process "$emulator_pid" "The Stripe emulator" 5
  stop_process "$sink_pid" "The mail sink" 5
  [ -n "$started_pg" ] && giveback_pg_stop "$started_pg"
  return 0
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "${GIVEBACK_DB:-}" ]; then
  giveback_ensure_packages postgresql
  # The port this clone's cluster used last time, unless something else has taken it since (another clone's cluster).
  pg_port=${GIVEBACK_PG_PORT:-55400}
  if [ -f "$data_dir/pg-port" ]; then pg_port=$(cat "$data_dir/pg-port"); fi
  if ! giveback_pg_running "$data_dir/pg"; then pg_port=$(giveback_free_port "$pg_port"); fi
  started_pg="$data_dir/pg"
  giveback_pg_start "$data_dir/pg" "$pg_port"
  echo "$pg_port" >"$data_dir/pg-port"
  giveback_pg_run psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'giveback'" | grep -q 1 \
    || giveback_pg_run psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE giveback" >/dev/null
  export GIVEBACK_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=giveback"
fi
# The admin key: the operator's, or one made on the first run and kept (readable by this user only) for the next. It
# is printed only by the run that made it; later runs say where it is kept (terminal logs outlive a session).
key_banner="from GIVEBACK_ADMIN_API_KEY"
key_ref='$GIVEBACK_ADMIN_API_KEY'
if [ -z "${GIVEBACK_ADMIN_API_KEY:-}" ]; then
  key_file="$data_dir/admin-api-key"
  key_ref="\$(cat $key_file)"
  key_banner="kept in $key_file (cat it; made on the first run and printed then only)"
  if [ ! -s "$key_file" ]; then
    (umask 077 && echo "gbk_$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" >"$key_file")
    key_banner="$(cat "$key_file")  (made now and kept in $key_file: it is not printed again)"
  fi
  GIVEBACK_ADMIN_API_KEY=$(cat "$key_file")
fi
export GIVEBACK_ADMIN_API_KEY GIVEBACK_HTTP_PORT=$http_port Cluster__SiloPort=$silo_port
# The first staff account for the workspace (the pages at /): the operator's, or one made on the first run and kept
# beside the admin key (e-mail on the first line, password on the second). Printed only by the run that made it.
staff_banner=""
staff_where="from GIVEBACK_STAFF_EMAIL and GIVEBACK_STAFF_PASSWORD"
if [ -z "${GIVEBACK_STAFF_EMAIL:-}" ] || [ -z "${GIVEBACK_STAFF_PASSWORD:-}" ]; then
  staff_file="$data_dir/staff-account"
  staff_where="account kept in $staff_file, e-mail then password"
  if [ ! -s "$staff_file" ]; then
    (umask 077 && printf 'director@giveback.local\n%s\n' "$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" >"$staff_file")
    staff_banner="new"
  fi
  GIVEBACK_STAFF_EMAIL=$(sed -n 1p "$staff_file")
  GIVEBACK_STAFF_PASSWORD=$(sed -n 2p "$staff_file")
fi
export GIVEBACK_STAFF_EMAIL GIVEBACK_STAFF_PASSWORD
# The server runs as in production, where the address donors reach it at is required (Checkout return addresses and
# links in e-mails are built from it, never from a request's Host header). Behind a proxy, set it to the public address.
export GivingPage__PublicBaseUrl="${GivingPage__PublicBaseUrl:-http://127.0.0.1:$http_port}"

dotnet build src/GiveBack.Server -c Release -nologo -clp:ErrorsOnly -v q

# Online giving. With STRIPE_SECRET_KEY set, GiveBack talks to Stripe itself (test or live mode). Without it, the keyless
# demo: the local Stripe emulator runs beside GiveBack, serves its checkout page and signs webhooks with the same
# STRIPE_WEBHOOK_SECRET the product verifies (one is made on the first run and kept in the data directory).
if [ -z "${STRIPE_WEBHOOK_SECRET:-}" ]; then
  secret_file="$data_dir/stripe-webhook-secret"
  if [ ! -s "$secret_file" ]; then
    (umask 077 && echo "whsec_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" >"$secret_file")
  fi
  STRIPE_WEBHOOK_SECRET=$(cat "$secret_file")
fi
export STRIPE_WEBHOOK_SECRET
stripe_mode="Stripe (STRIPE_SECRET_KEY)"
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  dotnet build tools/GiveBack.StripeEmulator -c Release -nologo -clp:ErrorsOnly -v q
  emulator_port=$(giveback_free_port "${GIVEBACK_STRIPE_EMULATOR_PORT:-12111}")
  STRIPE_EMULATOR_WEBHOOK_URL="http://127.0.0.1:$http_port/webhooks/stripe" \
    setsid dotnet tools/GiveBack.StripeEmulator/bin/Release/net10.0/GiveBack.StripeEmulator.dll --urls "http://127.0.0.1:$emulator_port" \
    >"$data_dir/stripe-emulator.log" 2>&1 &
  emulator_pid=$!
  export STRIPE_SECRET_KEY=sk_test_emulator Stripe__ApiBase="http://127.0.0.1:$emulator_port"
  stripe_mode="local Stripe emulator on http://127.0.0.1:$emulator_port (log: $data_dir/stripe-emulator.log)"
fi

# Messages to donors (thank-yous with their receipt, reminders, appeals) go out through the Email plugin. With
# Plugins__Email__Host set, to that SMTP server. Without it, the keyless demo: a local mail sink (Debian's
# python3-aiosmtpd) accepts every message and keeps it as an .eml file under $data_dir/mail/.
if [ -n "${Plugins__Email__Host:-}" ]; then
  mail_mode="SMTP server $Plugins__Email__Host:${Plugins__Email__Port:-25} (Plugins__Email__*)"
else
  giveback_ensure_packages python3-aiosmtpd
  mail_dir="$data_dir/mail"
  mkdir -p "$mail_dir"
  sink_port=$(giveback_free_port "${GIVEBACK_MAIL_SINK_PORT:-2525}")
  setsid /usr/bin/python3 tools/mail-sink/mail_sink.py "$mail_dir" --port "$sink_port" --serve >"$data_dir/mail-sink.log" 2>&1 &
  sink_pid=$!
  for _ in $(seq 100); do [ -s "$data_dir/mail-sink.log" ] && break; sleep 0.1; done
  kill -0 "$sink_pid" 2>/dev/null || { echo "The mail sink did not start (see $data_dir/mail-sink.log)." >&2; exit 1; }
  export Plugins__Email__Host=127.0.0.1 Plugins__Email__Port="$sink_port" Plugins__Email__Security=None
  export Plugins__Email__From="${Plugins__Email__From:-giving@example.org}"
  mail_mode="local mail sink on 127.0.0.1:$sink_port: every e-mail is kept in $mail_dir/ as an .eml file"
fi
fy=$(( $(date +%Y) + ( $(date +%-m) >= 7 ? 1 : 0 ) ))
# The demo's giving day: its public page is known now; its big screen carries a token and its staff page the campaign's
# id, both made by the seeder, which logs them in its "Demo giving day is live" line (again on every start).
giving_day=""
if $seed; then
  giving_day="
  Giving day    http://127.0.0.1:$http_port/giving-days/giving-day  (running now; big screen and staff page /campaigns/<id>/giving-day:
                see the log line \"Demo giving day is live\" below, or GET /api/v1/campaigns/<id>/giving-day for its screenUrl)"
fi

cat <<INFO

  GiveBack      http://127.0.0.1:$http_port  (Orleans silo on 127.0.0.1:$silo_port${pg_port:+, PostgreSQL on 127.0.0.1:$pg_port})
  Workspace     http://127.0.0.1:$http_port/  (staff sign in; $staff_where)
  API reference http://127.0.0.1:$http_port/scalar/v1
  Admin API key $key_banner
  Giving page   http://127.0.0.1:$http_port/give/annual-fund-$fy  (any campaign: /give/<slug>)$giving_day
  Payments      $stripe_mode
  E-mail        $mail_mode
  Try:          curl -H "Authorization: Bearer $key_ref" http://127.0.0.1:$http_port/api/v1/campaigns

INFO
if [ "$staff_banner" = "new" ]; then
  # Two lines of their own, made now and not printed again (the file keeps them for the next runs).
  echo "Staff e-mail: $GIVEBACK_STAFF_EMAIL"
  echo "Staff password: $GIVEBACK_STAFF_PASSWORD"
  echo
fi
# In the background, in its own session, so that the traps above decide when and in which order things stop; `wait`
# returns as soon as a signal arrives. Run from the project folder, as `dotnet run` does (its appsettings.json).
(cd src/GiveBack.Server && exec setsid dotnet bin/Release/net10.0/GiveBack.Server.dll --Demo:SeedData="$seed") &
server_pid=$!
status=0
wait "$server_pid" || status=$?
server_pid=""
exit "$status"
