#!/usr/bin/env bash
# The crash and restart suite alone (integration-tests/src/test/java/dev/bazaar/it/crash): kill -9 of
# Liberty at random moments under checkout load, then in the middle of Stripe calls, and restarts of
# Artemis and PostgreSQL under load, each followed by the checks in docs/testing.md. Builds and starts
# everything as scripts/test.sh does (same settings, same local services) but runs no other test.
# Writes its figures to docs/results/crash-restart.md.
#
#   scripts/crash-test.sh                 20 kills (the full run; about 30 minutes on 2 cores)
#   scripts/crash-test.sh --kills 5       fewer (CI runs 3 inside scripts/test.sh)
#   scripts/crash-test.sh ... -pl integration-tests   extra arguments go to Maven (here: reuse the built EAR)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
kills=20
if [[ ${1:-} == --kills ]]; then
  kills=${2:?--kills takes a number}
  shift 2
fi

bash scripts/test.sh -Dbazaar.crash.only=true -Dbazaar.crash.kills="$kills" \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false "$@"
mkdir -p docs/results
cp integration-tests/target/crash-restart.md docs/results/crash-restart.md
printf '[crash-test] passed; figures in docs/results/crash-restart.md\n'
