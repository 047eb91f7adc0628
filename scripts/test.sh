#!/usr/bin/env bash
# Runs every test of the solution on a Debian/Ubuntu machine, installing what the tests start when it is
# missing. Prints a last line 'N passed, N failed' and exits with the test run's status.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

results_dir=TestResults

# shellcheck source=scripts/prerequisites.sh
source scripts/prerequisites.sh

install_missing() {
    asa_need_command git git
    asa_need_command redis-server redis-server
    asa_need_command bwrap bubblewrap
    asa_need_command setpriv util-linux
    # The sandbox runs the sample repositories' tests with Debian's python3 and pytest.
    asa_need_command pytest-3 python3-pytest
    asa_need_file /usr/lib/postgresql/15/bin/initdb postgresql-15
    asa_install_missing test.sh
}

# Sums one attribute of the <Counters> element over every trx file.
count() {
    local total=0 file value
    for file in "$results_dir"/*.trx; do
        [[ -e $file ]] || continue
        value=$(grep -o "<Counters [^>]*" "$file" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || true)
        total=$((total + ${value:-0}))
    done
    echo "$total"
}

install_missing
rm -rf "$results_dir"

status=0
dotnet test Asa.sln -c Release \
    --results-directory "$results_dir" \
    --logger "console;verbosity=normal" \
    --logger "trx" || status=$?

passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
echo "$passed passed, $failed failed"
exit "$status"
