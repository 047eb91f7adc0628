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
    asa_need_command curl curl
    asa_need_command redis-server redis-server
    asa_need_command bwrap bubblewrap
    asa_need_command setpriv util-linux
    # The sandbox runs the sample repositories' tests with Debian's python3 and pytest.
    asa_need_command pytest-3 python3-pytest
    # ... and the JavaScript sample's with Node's built-in test runner.
    asa_need_command node nodejs
    # Setup commands of the repository-shape tests: npm ci, and pip install into the sandbox's workspace home.
    asa_need_command npm npm
    asa_need_file /usr/bin/pip python3-pip
    # The Java corpus cases compile and run their JUnit 4 tests with Debian's JDK (tests in Asa.Tests/Corpus).
    asa_need_command javac default-jdk-headless
    asa_need_data /usr/share/java/junit4.jar junit4
    # A Maven project is tested offline against Debian's plugins, copied into the sandbox's home as a local repository.
    asa_need_command mvn maven
    asa_need_data /usr/share/maven-repo/org/apache/maven/plugins/maven-compiler-plugin/3.10.1 libmaven-compiler-plugin-java
    asa_need_data /usr/share/maven-repo/org/apache/maven/plugins/maven-surefire-plugin/2.22.3 libsurefire-java
    asa_need_data /usr/share/maven-repo/org/apache/maven/plugins/maven-resources-plugin/3.3.0 libmaven-resources-plugin-java
    # The web page tests drive Debian's Chromium headless (nothing is downloaded at test time).
    asa_need_command chromium chromium
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

# The docker backend's suite runs against podman's Docker API (scripts/podman-service.sh installs podman and
# builds the image). When that cannot be set up here, the docker tests report themselves skipped, loudly,
# and the bubblewrap suite still runs. The service is stopped again at the end if this script started it.
start_docker_api() {
    local setup_log=$results_dir/podman-service.log answered_before=false
    curl -sf --unix-socket /var/tmp/asa-podman/podman.sock http://d/_ping >/dev/null 2>&1 && answered_before=true
    if ! bash scripts/podman-service.sh >"$setup_log.out" 2>"$setup_log"; then
        echo "test.sh: WARNING: no Docker API for the docker backend's suite (see $setup_log); its tests will be skipped" >&2
        return
    fi
    $answered_before || started_podman=true
    eval "export $(tail -2 "$setup_log.out" | tr '\n' ' ')"
    echo "test.sh: docker backend suite against $ASA_DOCKER_ENDPOINT ($ASA_DOCKER_IMAGE)"
}

stop_docker_api() {
    if $started_podman && [[ -f /var/tmp/asa-podman/service.pid ]]; then
        kill "$(cat /var/tmp/asa-podman/service.pid)" 2>/dev/null || true
    fi
}

install_missing
rm -rf "$results_dir"
mkdir -p "$results_dir"
started_podman=false
start_docker_api
trap stop_docker_api EXIT

status=0
dotnet test Asa.sln -c Release \
    --results-directory "$results_dir" \
    --logger "console;verbosity=normal" \
    --logger "trx" || status=$?

passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
echo "$passed passed, $failed failed"
exit "$status"
