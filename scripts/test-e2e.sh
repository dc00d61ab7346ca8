#!/usr/bin/env bash
# End-to-end tests: a production build of the app on a fresh embedded database (.e2e-data),
# driven by Playwright in Chromium (playwright.config.ts starts the server on port 3210).
# Extra arguments go to `playwright test`, e.g. `npm run test:e2e -- e2e/signin.spec.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."

# Embedded mode whatever the shell says: an empty DATABASE_URL counts as unset (lib/env.ts).
export DATABASE_URL=""
rm -rf .e2e-data
npx next build
bash scripts/check-client-bundle.sh
npx playwright test "$@"
