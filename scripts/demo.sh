#!/usr/bin/env bash
# Starts ASA (the Aspire AppHost) and shows it working on a sample bug: installs what is missing, builds,
# starts the stack in the background, submits a small buggy Python repository over REST, prints the task's
# events as they happen and the task at the end, then stops the stack (unless --keep).
# Debian/Ubuntu, as root or a sudo user; the .NET SDK must be installed. Run with --help for the options.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root_dir=$PWD

usage() {
    cat <<'EOF'
Usage: bash scripts/demo.sh [options]

  --keep                 leave ASA running at the end (prints how to stop it)
  --infra MODE           auto (default), containers or local; passed to the AppHost
  --grpc-port N          API gRPC port (default 5180; env ASA_GRPC_PORT)
  --http-port N          API REST port (default 5181; env ASA_HTTP_PORT)
  --postgres-port N      local mode's PostgreSQL port (default 15432; env ASA_POSTGRES_PORT)
  --redis-port N         local mode's Redis port (default 16379; env ASA_REDIS_PORT)
  --dashboard-port N     Aspire dashboard port; N+1..N+3 go to OTLP and the resource service
                         (default 15080; env ASA_DASHBOARD_PORT)
  --free-ports           pick free ports for all of the above instead of the defaults
  --data-dir DIR         local mode's data directory (default: the AppHost's, /var/lib/asa as root;
                         env ASA_DATA_DIR)
  --start-timeout SECS   how long to wait for the API to become healthy (default 300)
  -h, --help             this text
EOF
}

keep=false
infra=${ASA_INFRA:-auto}
grpc_port=${ASA_GRPC_PORT:-5180}
http_port=${ASA_HTTP_PORT:-5181}
postgres_port=${ASA_POSTGRES_PORT:-15432}
redis_port=${ASA_REDIS_PORT:-16379}
dashboard_port=${ASA_DASHBOARD_PORT:-15080}
data_dir=${ASA_DATA_DIR:-}
free_ports=false
start_timeout=300
watch_timeout=300

fail() {
    echo "demo.sh: $*" >&2
    exit 1
}

while [[ $# -gt 0 ]]; do
    case $1 in
        --keep) keep=true ;;
        --infra) infra=${2:?--infra needs a value}; shift ;;
        --infra=*) infra=${1#*=} ;;
        --grpc-port) grpc_port=${2:?}; shift ;;
        --http-port) http_port=${2:?}; shift ;;
        --postgres-port) postgres_port=${2:?}; shift ;;
        --redis-port) redis_port=${2:?}; shift ;;
        --dashboard-port) dashboard_port=${2:?}; shift ;;
        --free-ports) free_ports=true ;;
        --data-dir) data_dir=${2:?}; shift ;;
        --start-timeout) start_timeout=${2:?}; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; fail "unknown option '$1'" ;;
    esac
    shift
done
case $infra in
    auto | containers | local) ;;
    *) fail "--infra must be auto, containers or local, not '$infra'" ;;
esac

step() { printf '\n==> %s\n' "$*"; }

# --- Prerequisites -----------------------------------------------------------------------------------

command -v dotnet >/dev/null || fail "the .NET SDK is not installed ('dotnet' is not on PATH). This script assumes it:
install the SDK that global.json names (10.0.x, see https://learn.microsoft.com/dotnet/core/install/linux), then run it again."
dotnet --version >/dev/null 2>&1 || fail "'dotnet --version' fails here: the installed SDK does not satisfy global.json (10.0.401 or a later 10.0 feature band).
$(dotnet --version 2>&1 | head -5)"

container_engine_answers() {
    local engine
    for engine in ${ASPIRE_CONTAINER_RUNTIME:-docker podman}; do
        command -v "$engine" >/dev/null && timeout 5 "$engine" info >/dev/null 2>&1 && return 0
    done
    return 1
}

# The AppHost's auto mode asks the same: an engine that cannot pull Postgres and Redis is no use.
registry_answers() {
    command -v curl >/dev/null || return 1
    curl -s -o /dev/null --max-time 3 https://registry-1.docker.io/v2/
}

local_infra=true
if [[ $infra == containers ]]; then
    # Without an engine the containers never start and the AppHost waits for them forever.
    container_engine_answers || fail "--infra containers needs a container engine that answers ('docker info' or 'podman info'); use --infra local"
    local_infra=false
elif [[ $infra == auto ]] && container_engine_answers && registry_answers; then
    local_infra=false
fi

postgres_binaries_present() {
    command -v initdb >/dev/null && return 0
    command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir 2>/dev/null)/initdb" ]] && return 0
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# shellcheck source=scripts/prerequisites.sh
source scripts/prerequisites.sh
asa_need_command git git
asa_need_command curl curl
asa_need_command jq jq
asa_need_command pgrep procps
asa_need_command setsid util-linux
# The sandbox isolates runs with bubblewrap and runs the sample's tests with Debian's python3 and pytest.
asa_need_command bwrap bubblewrap
asa_need_command setpriv util-linux
asa_need_command pytest-3 python3-pytest
if $local_infra; then
    asa_need_command redis-server redis-server
    # PostgreSQL refuses to run as root; the AppHost runs it as the postgres OS user, which the package creates.
    if ! postgres_binaries_present || { [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; }; then
        asa_missing_packages+=(postgresql)
    fi
fi
asa_install_missing demo.sh --sudo

# --- Ports and data directory -------------------------------------------------------------------------

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_free_port() {
    local port span=${1:-1} offset busy
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 30000))
        busy=false
        for offset in $(seq 0 $((span - 1))); do
            if port_in_use $((port + offset)); then busy=true; break; fi
        done
        $busy || { echo "$port"; return; }
    done
    fail "found no free port after 200 attempts"
}

if $free_ports; then
    grpc_port=$(pick_free_port)
    http_port=$(pick_free_port)
    postgres_port=$(pick_free_port)
    redis_port=$(pick_free_port)
    dashboard_port=$(pick_free_port 4)
fi

check_port() {
    local port=$1 what=$2 option=$3 holder=""
    if ! [[ $port =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
        fail "$option must be a port number, not '$port'"
    fi
    if port_in_use "$port"; then
        if command -v ss >/dev/null; then
            holder=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'users:(("[^"]*",pid=[0-9]*' | head -1 | sed 's/users:(("\([^"]*\)",pid=\([0-9]*\)/ by \1 (pid \2)/')
        fi
        fail "port $port ($what) is already in use$holder.
Stop whatever holds it, or choose another port with $option N (or --free-ports)."
    fi
}

check_port "$grpc_port" "API gRPC" --grpc-port
check_port "$http_port" "API REST" --http-port
for offset in 0 1 2 3; do
    check_port $((dashboard_port + offset)) "Aspire dashboard" --dashboard-port
done
if $local_infra; then
    check_port "$postgres_port" "PostgreSQL" --postgres-port
    check_port "$redis_port" "Redis" --redis-port
fi

if [[ -n $data_dir ]]; then
    data_dir=$(realpath -m "$data_dir")
    if $local_infra && [[ $(id -u) -eq 0 ]]; then
        # As root, PostgreSQL runs as the postgres OS user, which must reach the directory.
        existing=$data_dir
        while [[ ! -e $existing ]]; do existing=$(dirname "$existing"); done
        setpriv --reuid=postgres --regid=postgres --init-groups -- test -x "$existing" \
            || fail "the postgres OS user cannot reach $existing, so it could not use $data_dir: choose a directory it can reach (e.g. under /tmp or /var/lib)"
    fi
fi

# --- Build and start ----------------------------------------------------------------------------------

log_dir=$root_dir/artifacts/demo
mkdir -p "$log_dir"
stamp=$(date +%Y%m%d-%H%M%S)
build_log=$log_dir/build-$stamp.log
apphost_log=$log_dir/apphost-$stamp.log

step "Building ASA (log: ${build_log#"$root_dir"/}; the first build restores packages and takes a few minutes)"
# Release: the repair engine's search is CPU-bound, and a Debug build's unoptimised code makes every task slower.
if ! dotnet build Asa.AppHost -c Release >"$build_log" 2>&1; then
    tail -30 "$build_log" >&2
    fail "the build failed; the whole log is in $build_log"
fi

apphost_pid=""
sample_dir=""
interrupted=false
finished=false

# Aspire's orchestrator (dcp) runs in a session of its own and stops the resources once the AppHost has gone;
# these are its processes, found by the AppHost process they watch.
find_dcp() {
    local pid apiserver
    for pid in $(pgrep -g "$apphost_pid" || true); do
        for apiserver in $(pgrep -f -- "dcp start-apiserver --monitor $pid " || true); do
            echo "$apiserver"
            pgrep -f -- "dcp run-controllers .*--monitor $apiserver " || true
        done
    done
}

# A zombie has finished: its parent, the AppHost, is gone and nobody may be left to reap it.
running() {
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}

stop_stack() {
    [[ -n $apphost_pid ]] || return 0
    echo "==> Stopping ASA"
    local stopping=$SECONDS dcp_pids
    dcp_pids=$(find_dcp)
    # The AppHost stops every resource when asked; DCP, its orchestrator, finishes the job once it is gone.
    kill -TERM -- "-$apphost_pid" 2>/dev/null || true
    local waited=0
    while kill -0 -- "-$apphost_pid" 2>/dev/null; do
        if ((waited >= 60)); then
            echo "demo.sh: the AppHost did not stop within 30 s; killing it" >&2
            kill -KILL -- "-$apphost_pid" 2>/dev/null || true
            break
        fi
        sleep 0.5
        waited=$((waited + 1))
    done
    waited=0
    local left
    while left=$(for pid in $dcp_pids; do running "$pid" && echo "$pid"; done) && [[ -n $left ]]; do
        if ((waited >= 120)); then
            echo "demo.sh: Aspire's orchestrator (dcp, pid $(echo "$left" | tr '\n' ' ')) is still stopping resources after 60 s; it exits by itself" >&2
            break
        fi
        sleep 0.5
        waited=$((waited + 1))
    done
    apphost_pid=""
    echo "    stopped after $((SECONDS - stopping)) s"
}

on_exit() {
    local status=$?
    # A second Ctrl+C must not cut the cleanup short; it ends within a minute and a half.
    trap '' INT TERM
    if [[ -n $apphost_pid ]]; then
        if $keep && $finished && ! $interrupted; then
            echo
            echo "ASA is still running (log: $apphost_log)."
            echo "Stop it with:  kill -TERM -- -$apphost_pid"
        else
            stop_stack
        fi
    fi
    [[ -z $sample_dir ]] || rm -rf "$sample_dir"
    exit "$status"
}
trap on_exit EXIT
trap 'interrupted=true; echo; echo "demo.sh: interrupted" >&2; exit 130' INT TERM

apphost_args=(--infra "$infra"
    "--Api:GrpcPort=$grpc_port" "--Api:HttpPort=$http_port"
    "--Infra:PostgresPort=$postgres_port" "--Infra:RedisPort=$redis_port"
    # The sample repository is a local path; the AppHost allows those in local mode only by default.
    "--Repositories:AllowLocal=true"
    # The demo is one person on this machine: no API keys, whatever the infrastructure mode.
    "--Auth:Mode=local"
    "--ASPNETCORE_URLS=http://localhost:$dashboard_port"
    "--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:$((dashboard_port + 1))"
    "--ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://localhost:$((dashboard_port + 2))"
    "--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:$((dashboard_port + 3))")
[[ -z $data_dir ]] || apphost_args+=("--Infra:DataDirectory=$data_dir")
# With containers the sandbox would run the sample in a docker image of the user's choosing; without one
# named (Sandbox__Docker__Image), the demo isolates it with bubblewrap, which it has just installed.
if ! $local_infra && [[ -z ${Sandbox__Docker__Image:-} ]]; then
    apphost_args+=("--Sandbox:Backend=bubblewrap")
fi

step "Starting ASA: dotnet run --project Asa.AppHost -c Release --launch-profile http -- --infra $infra (log: ${apphost_log#"$root_dir"/})"
# Its own session and process group: Ctrl+C here reaches only this script, whose trap stops the whole group.
setsid dotnet run --project Asa.AppHost -c Release --no-build --launch-profile http -- "${apphost_args[@]}" \
    </dev/null >"$apphost_log" 2>&1 &
apphost_pid=$!
[[ $(ps -o pgid= -p "$apphost_pid" | tr -d ' ') == "$apphost_pid" ]] || fail "the AppHost did not get a process group of its own"

started=$SECONDS
until curl -sf -m 2 -o /dev/null "http://localhost:$http_port/health"; do
    if ! kill -0 "$apphost_pid" 2>/dev/null; then
        tail -30 "$apphost_log" >&2
        apphost_pid=""
        fail "the AppHost exited before the API became healthy; the whole log is in $apphost_log"
    fi
    if ((SECONDS - started >= start_timeout)); then
        tail -30 "$apphost_log" >&2
        fail "the API was not healthy within $start_timeout s; the whole log is in $apphost_log"
    fi
    sleep 0.5
done
echo "    asa-api is healthy after $((SECONDS - started)) s"

infra_line=$(grep -m1 -o 'ASA infrastructure: .*' "$apphost_log" || true)
login_url=$(grep -m1 -o 'Login to the dashboard at .*' "$apphost_log" | sed 's/Login to the dashboard at //' || true)
echo "    ${infra_line:-ASA infrastructure: see the log}"
echo "    API:       gRPC http://localhost:$grpc_port, REST http://localhost:$http_port"
if [[ -n $login_url ]]; then
    echo "    Dashboard: $login_url"
else
    echo "    Dashboard: http://localhost:$dashboard_port (no login URL in the log)"
fi

# --- A sample bug -------------------------------------------------------------------------------------

step "Creating a sample Python repository with a bug"
sample_dir=$(mktemp -d "${TMPDIR:-/tmp}/asa-demo-repo-XXXXXX")
chmod 755 "$sample_dir"
cat >"$sample_dir/calculator.py" <<'EOF'
def add(a, b):
    return a - b


def multiply(a, b):
    return a * b
EOF
cat >"$sample_dir/test_calculator.py" <<'EOF'
from calculator import add, multiply


def test_add():
    assert add(2, 3) == 5


def test_multiply():
    assert multiply(3, 4) == 12
EOF
printf '# calculator\n\nA tiny calculator.\n' >"$sample_dir/README.md"
git_quiet() {
    git -C "$sample_dir" -c user.name="ASA demo" -c user.email=demo@asa.invalid -c init.defaultBranch=main "$@" >/dev/null
}
git_quiet init
git_quiet add --all
git_quiet commit --message "Add calculator"
bug="add(2, 3) returns -1 instead of 5: add() subtracts its second argument instead of adding it."
echo "    $sample_dir (calculator.py: add() returns a - b; test_add shows it)"
echo "    bug: $bug"

# --- Submit, watch, show ------------------------------------------------------------------------------

api=http://localhost:$http_port/api/v1/task
step "Submitting: POST $api/submit"
body=$(jq -n --arg repo "$sample_dir" --arg bug "$bug" '{repoUrl: $repo, bugDescription: $bug}')
response=$(curl -sS -m 30 -X POST -H 'Content-Type: application/json' -d "$body" -w '\n%{http_code}' "$api/submit")
code=${response##*$'\n'}
response=${response%$'\n'*}
[[ $code == 200 ]] || fail "the API answered HTTP $code: $response"
task_id=$(jq -r .taskId <<<"$response")
echo "    task $task_id: $(jq -r .status <<<"$response")"

step "Watching: GET $api/$task_id/watch"
# One JSON object per line: a status change (with how long the previous stage took) or a log line.
# shellcheck disable=SC2016
format_event='
def ms: rtrimstr("s") | tonumber * 1000 | round | tostring + " ms";
def at: .time[11:23];
if .statusChange then
    .statusChange as $s
    | "\(at)  \(if $s.from == "TASK_STATE_UNSPECIFIED" then "" else $s.from + " -> " end)\($s.to)"
      + (if $s.previousStageDuration then "   (\($s.from) took \($s.previousStageDuration | ms))" else "" end)
      + (if $s.error then "\n              \($s.to) at \($s.error.stage), \($s.error.errorClass): \($s.error.message)" else "" end)
elif .log then "\(at)      \(.log.level) \(.log.message)"
elif .message then "error \(.code // ""): \(.message)"
else tostring end'
if ! curl -sS -N -m "$watch_timeout" "$api/$task_id/watch" | jq -r --unbuffered "$format_event"; then
    fail "watching the task failed or took more than $watch_timeout s"
fi

step "The task now: GET $api/$task_id"
task=$(curl -sS -m 30 "$api/$task_id")
jq . <<<"$task"
status=$(jq -r .status <<<"$task")
echo
case $status in
    COMPLETED)
        echo "ASA fixed the bug: task $task_id COMPLETED."
        branch=$(jq -r '.pullRequest.branch // empty' <<<"$task")
        if [[ -n $branch ]]; then
            echo "$(jq -r .pullRequest.note <<<"$task")"
            echo
            git -C "$sample_dir" log -1 --stat --format='commit %H on '"$branch"'%nAuthor: %an <%ae>%n%n    %s%n' "refs/heads/$branch"
        fi
        ;;
    FAILED) echo "Task $task_id ended FAILED at $(jq -r .error.stage <<<"$task") ($(jq -r .error.errorClass <<<"$task")): $(jq -r .error.message <<<"$task")" ;;
    *) echo "Task $task_id ended $status." ;;
esac
finished=true
