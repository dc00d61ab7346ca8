#!/usr/bin/env bash
# The whole suite, in order: lint, typecheck, unit, integration (Postgres and PGlite), e2e.
# Every step runs even when an earlier one failed, so one run shows everything that is wrong.
# The last line is "N passed, N failed" over all tests (vitest + Playwright); a step that failed
# without reporting a failed test (lint, typecheck, a runner that could not start) counts as one
# failure there, so "0 failed" always means that everything passed. Exit status: 0 only then.
set -uo pipefail
cd "$(dirname "$0")/.."

REPORTS=test-results/suite
rm -rf "$REPORTS"
mkdir -p "$REPORTS"

PG_ADMIN_URL="${TEST_POSTGRES_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if ! node -e '
  const { Client } = require("pg");
  const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
  c.connect().then(() => c.end()).catch((e) => { console.error(String(e.message || e)); process.exit(1); });
' "$PG_ADMIN_URL"; then
  echo "" >&2
  echo "Postgres is not reachable at $PG_ADMIN_URL." >&2
  echo "The integration tests need it (user postgres, trust auth), e.g.:" >&2
  echo "  pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

declare -a SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0

# counts <kind> <report.json> → "passed failed" (0 0 when the report is missing)
counts() {
  node -e '
    const fs = require("fs");
    const [kind, file] = process.argv.slice(1);
    if (!fs.existsSync(file)) { console.log("0 0"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    if (kind === "vitest") console.log(`${r.numPassedTests ?? 0} ${r.numFailedTests ?? 0}`);
    else {
      const s = r.stats ?? {};
      console.log(`${(s.expected ?? 0) + (s.flaky ?? 0)} ${s.unexpected ?? 0}`);
    }
  ' "$1" "$2"
}

# step <name> <kind: check|vitest|playwright> <report or -> <command...>
step() {
  local name=$1 kind=$2 report=$3
  shift 3
  echo ""
  echo "=== $name: $* ==="
  local start=$SECONDS rc=0
  "$@" || rc=$?
  local took=$((SECONDS - start)) passed=0 failed=0
  if [[ $kind != check ]]; then
    read -r passed failed < <(counts "$kind" "$report")
  fi
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then failed=1; fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  local verdict=ok
  [[ $rc -ne 0 ]] && verdict="FAILED (exit $rc)"
  if [[ $kind == check ]]; then
    SUMMARY+=("$(printf '%-13s %-16s %5ss' "$name" "$verdict" "$took")")
  else
    SUMMARY+=("$(printf '%-13s %-16s %5ss  %s passed, %s failed' "$name" "$verdict" "$took" "$passed" "$failed")")
  fi
}

step lint check - npm run -s lint
step typecheck check - npm run -s typecheck
step unit vitest "$REPORTS/unit.json" \
  npx vitest run --project unit --reporter=default --reporter=json --outputFile="$REPORTS/unit.json"
step integration vitest "$REPORTS/integration.json" \
  npx vitest run --project integration-pg --project integration-pglite \
  --reporter=default --reporter=json --outputFile="$REPORTS/integration.json"
PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e.json" \
  step e2e playwright "$REPORTS/e2e.json" bash scripts/test-e2e.sh --reporter=list,json

echo ""
echo "=== summary ==="
printf '%s\n' "${SUMMARY[@]}"
echo ""
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[[ $TOTAL_FAILED -eq 0 ]]
