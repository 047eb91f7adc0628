#!/usr/bin/env bash
# Runs every test of the solution on a Debian/Ubuntu machine, installing what the tests start when it is
# missing. Prints a last line 'N passed, N failed' and exits with the test run's status.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

results_dir=TestResults

install_missing() {
    local missing=()
    command -v git >/dev/null || missing+=(git)
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v bwrap >/dev/null || missing+=(bubblewrap)
    command -v setpriv >/dev/null || missing+=(util-linux)
    [[ -x /usr/lib/postgresql/15/bin/initdb ]] || missing+=(postgresql-15)
    [[ ${#missing[@]} -eq 0 ]] && return
    if [[ $(id -u) -ne 0 ]]; then
        echo "test.sh: missing ${missing[*]}; install them or run as root" >&2
        exit 1
    fi
    echo "test.sh: installing ${missing[*]}"
    # The tests start their own servers on free ports; keep the packages from starting system-wide ones
    # that would outlive the run (and hold 5432/6379 for the local-mode AppHost).
    local policy=/usr/sbin/policy-rc.d created_policy=false
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod +x "$policy"
        created_policy=true
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
    if $created_policy; then rm -f "$policy"; fi
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
