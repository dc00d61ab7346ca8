#!/usr/bin/env bash
# After `next build`: no Drizzle code in the browser's chunks. Forms take enum codes from plain
# arrays (db/schema/enum-values.ts via @/lib/enums); a client component that imports a pgEnum or
# a table would pull Drizzle's builders in, and these names (kept as strings by the minifier:
# Drizzle's entity kinds and symbols) would show up here.
set -euo pipefail
cd "$(dirname "$0")/.."

chunks=.next/static/chunks
if [ ! -d "$chunks" ]; then
  echo "check-client-bundle: $chunks not found; run next build first" >&2
  exit 2
fi
markers='"PgEnumColumnBuilder"|"PgColumnBuilder"|"PgTable"|"PgDialect"|drizzle:Name|drizzle:Columns'
if hits=$(grep -rlE "$markers" "$chunks"); then
  echo "check-client-bundle: Drizzle code in client chunks:" >&2
  echo "$hits" >&2
  exit 1
fi
echo "check-client-bundle: no Drizzle code in $(find "$chunks" -name '*.js' | wc -l) client chunks"
