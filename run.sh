#!/usr/bin/env bash
# Sets everything up and runs GiveBack with demo data:
#   installs PostgreSQL from Debian's packages if missing, keeps a project-local cluster on 127.0.0.1 under
#   $GIVEBACK_DATA_DIR (default .giveback/), seeds demo data (unless --no-demo-data) and serves on
#   http://127.0.0.1:${GIVEBACK_HTTP_PORT:-5080}. Run it again: the data is kept.
#   GIVEBACK_DB (a connection string) uses that database instead of the local cluster. Without STRIPE_SECRET_KEY a local
#   Stripe emulator, and without Plugins__Email__Host a local mail sink (e-mails kept under .giveback/mail/), run beside it.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/scripts/postgres.sh

seed=true
for argument in "$@"; do
  case "$argument" in
    --no-demo-data) seed=false ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "Unknown option: $argument (try --help)" >&2; exit 2 ;;
  esac
done

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
data_dir=$(mkdir -p "${GIVEBACK_DATA_DIR:-.giveback}" && cd "${GIVEBACK_DATA_DIR:-.giveback}" && pwd)
chmod 755 "$data_dir"
http_port=${GIVEBACK_HTTP_PORT:-5080}

started_pg=""
if [ -z "${GIVEBACK_DB:-}" ]; then
  giveback_ensure_packages postgresql
  pg_port=${GIVEBACK_PG_PORT:-55400}
  if [ -f "$data_dir/pg-port" ]; then pg_port=$(cat "$data_dir/pg-port"); fi
  giveback_pg_start "$data_dir/pg" "$pg_port"
  echo "$pg_port" >"$data_dir/pg-port"
  started_pg="$data_dir/pg"
  giveback_pg_run psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'giveback'" | grep -q 1 \
    || giveback_pg_run psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE giveback" >/dev/null
  export GIVEBACK_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=giveback"
fi
emulator_pid=""
sink_pid=""
stop() {
  [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null
  [ -n "$started_pg" ] && giveback_pg_stop "$started_pg"
  return 0
}
trap stop EXIT

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
export GIVEBACK_ADMIN_API_KEY GIVEBACK_HTTP_PORT=$http_port
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
  dotnet build src/GiveBack.StripeEmulator -c Release -nologo -clp:ErrorsOnly -v q
  emulator_port=$(giveback_free_port "${GIVEBACK_STRIPE_EMULATOR_PORT:-12111}")
  STRIPE_EMULATOR_WEBHOOK_URL="http://127.0.0.1:$http_port/webhooks/stripe" \
    dotnet src/GiveBack.StripeEmulator/bin/Release/net10.0/GiveBack.StripeEmulator.dll --urls "http://127.0.0.1:$emulator_port" \
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
  /usr/bin/python3 tools/mail-sink/mail_sink.py "$mail_dir" --port "$sink_port" --serve >"$data_dir/mail-sink.log" 2>&1 &
  sink_pid=$!
  for _ in $(seq 100); do [ -s "$data_dir/mail-sink.log" ] && break; sleep 0.1; done
  kill -0 "$sink_pid" 2>/dev/null || { echo "The mail sink did not start (see $data_dir/mail-sink.log)." >&2; exit 1; }
  export Plugins__Email__Host=127.0.0.1 Plugins__Email__Port="$sink_port" Plugins__Email__Security=None
  export Plugins__Email__From="${Plugins__Email__From:-giving@example.org}"
  mail_mode="local mail sink on 127.0.0.1:$sink_port: every e-mail is kept in $mail_dir/ as an .eml file"
fi
fy=$(( $(date +%Y) + ( $(date +%-m) >= 7 ? 1 : 0 ) ))

cat <<INFO

  GiveBack      http://127.0.0.1:$http_port
  API reference http://127.0.0.1:$http_port/scalar/v1
  Admin API key $key_banner
  Giving page   http://127.0.0.1:$http_port/give/annual-fund-$fy  (any campaign: /give/<slug>)
  Payments      $stripe_mode
  E-mail        $mail_mode
  Try:          curl -H "Authorization: Bearer $key_ref" http://127.0.0.1:$http_port/api/v1/campaigns

INFO
dotnet run --project src/GiveBack.Server -c Release --no-build -- --Demo:SeedData="$seed"
