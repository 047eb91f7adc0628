#!/usr/bin/env bash
# Checks corpus cases on this machine, outside the sandbox: the tests fail on buggy/, pass with fixed/ laid over
# it, and the held-back tests pass on the fix and fail on the bug. Usage: bash scripts/corpus-check.sh [case...]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH=/usr/bin:/bin:$PATH PYTHONDONTWRITEBYTECODE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cases=("$@")
[[ ${#cases[@]} -gt 0 ]] || mapfile -t cases < <(find corpus -mindepth 2 -maxdepth 2 -name case.json -printf '%h\n' | xargs -n1 basename | sort)
failures=0
for name in "${cases[@]}"; do
    dir=corpus/$name
    test_command=$(jq -r .testCommand "$dir/case.json")
    held_back_command=$(jq -r .heldBackCommand "$dir/case.json")
    scratch=$(mktemp -d)
    run() { (cd "$scratch/$1" && timeout 120 bash -c "$2" >"$scratch/$1.$3.log" 2>&1); echo $?; }
    cp -r "$dir/buggy" "$scratch/bug"
    mkdir -p "$scratch/bug.held" && cp -r "$dir/buggy/." "$scratch/bug.held/" && cp -r "$dir/heldback/." "$scratch/bug.held/"
    mkdir -p "$scratch/fix" && cp -r "$dir/buggy/." "$scratch/fix/" && cp -r "$dir/fixed/." "$scratch/fix/"
    mkdir -p "$scratch/fix.held" && cp -r "$scratch/fix/." "$scratch/fix.held/" && cp -r "$dir/heldback/." "$scratch/fix.held/"
    bug=$(run bug "$test_command" tests)
    fix=$(run fix "$test_command" tests)
    bug_held=$(run bug.held "$held_back_command" heldback)
    fix_held=$(run fix.held "$held_back_command" heldback)
    if [[ $bug != 0 && $fix == 0 && $bug_held != 0 && $fix_held == 0 ]]; then
        echo "ok    $name"
        rm -rf "$scratch"
    else
        echo "FAIL  $name: tests on bug=$bug (want non-zero), on fix=$fix (want 0); held-back on bug=$bug_held (want non-zero), on fix=$fix_held (want 0); logs in $scratch"
        failures=$((failures + 1))
    fi
done
echo "$((${#cases[@]} - failures)) of ${#cases[@]} cases ok"
[[ $failures == 0 ]]
