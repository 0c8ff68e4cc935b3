#!/usr/bin/env bash
# Fuzzes Panther's parsers and YAML loaders with AFL++ through SharpFuzz.
#   fuzz/run.sh [SECONDS] [TARGET...]     default: 20 seconds for each target
# Installs afl++ (Debian) and the sharpfuzz tool when missing, builds the targets in Release, instruments the Panther
# assemblies, seeds each target from ../shared/corpus (when present) and samples/, and runs afl-fuzz for SECONDS per
# target. Crashing inputs are copied to fuzz/findings/TARGET/; the script then replays them in-process to print the
# exceptions and exits with 1. Exits with 0 when no target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(classify cloudtrail okta osquery suricata stream rule-yaml schema-yaml)
fi

if ! command -v afl-fuzz > /dev/null; then
  apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ > /dev/null
fi
dotnet tool restore > /dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish fuzz/Panther.Fuzz -c Release -o "$work/bin" -v q > /dev/null
for assembly in Panther.Parsing Panther.Schemas Panther.Rules; do
  dotnet tool run sharpfuzz "$work/bin/$assembly.dll" > /dev/null
done
dotnet publish fuzz/Panther.Fuzz -c Release -o "$work/replay" -v q > /dev/null

corpus="../shared/corpus"
seed() { # seed TARGET FILE...: one seed per line of each JSON lines file (first 20 lines), or the file itself
  local dir="$work/seeds/$1"; shift
  mkdir -p "$dir"
  for file in "$@"; do
    [ -f "$file" ] || continue
    case "$file" in
      *.jsonl) head -n 20 "$file" | split -l 1 -a 3 - "$dir/$(basename "$file" .jsonl)-" ;;
      *) cp "$file" "$dir/" ;;
    esac
  done
  if [ -z "$(ls -A "$dir")" ]; then echo '{}' > "$dir/empty-object"; fi
}
seed classify "$corpus"/cloudtrail/aws-docs-examples.jsonl "$corpus"/okta/okta-developer-docs-examples.jsonl \
  "$corpus"/osquery/osquery-docs-examples.jsonl "$corpus"/suricata/dcso-fever-testdata.jsonl
seed cloudtrail "$corpus"/cloudtrail/aws-docs-examples.jsonl samples/logs/cloudtrail/forwarder-2026-12-03.jsonl
seed okta "$corpus"/okta/okta-developer-docs-examples.jsonl samples/logs/okta/system-log-2026-12-03.jsonl
seed osquery "$corpus"/osquery/osquery-docs-examples.jsonl
seed suricata "$corpus"/suricata/dcso-fever-testdata.jsonl
seed stream samples/logs/cloudtrail/*.json.gz samples/logs/cloudtrail/123456789012_CloudTrail-Digest_*.json
seed rule-yaml samples/rules/aws/*.yml
seed schema-yaml fuzz/seeds/schema-yaml/*.yml

export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
crashed=0
mkdir -p "$work/out"
for target in "${targets[@]}"; do
  afl-fuzz -V "$seconds" -i "$work/seeds/$target" -o "$work/out/$target" -t 5000 -m none \
    -- dotnet "$work/bin/Panther.Fuzz.dll" "$target" > "$work/$target.log" 2>&1 || {
      echo "$target: afl-fuzz failed to run:" >&2; tail -5 "$work/$target.log" >&2; exit 2; }
  stats="$work/out/$target/default/fuzzer_stats"
  execs=$(awk '/^execs_done/ {print $3}' "$stats")
  crashes=$(awk '/^saved_crashes/ {print $3}' "$stats")
  echo "$target: $execs runs in ${seconds}s, $crashes crashes"
  if [ "$crashes" != "0" ]; then
    crashed=1
    mkdir -p "fuzz/findings/$target"
    cp "$work/out/$target/default/crashes/"id:* "fuzz/findings/$target/"
    dotnet "$work/replay/Panther.Fuzz.dll" "$target" --replay "fuzz/findings/$target" || true
  fi
done
exit "$crashed"
