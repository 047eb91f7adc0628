#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages a script needs when they are missing. Source it, name what is needed,
# then install:
#   asa_need_command COMMAND PACKAGE   PACKAGE is needed unless COMMAND is on PATH
#   asa_need_file FILE PACKAGE         PACKAGE is needed unless FILE is executable
#   asa_need_data FILE PACKAGE         PACKAGE is needed unless FILE is readable (a library such as a jar)
#   asa_install_missing NAME [--sudo]  installs them as root, or through sudo when allowed; NAME prefixes messages

asa_missing_packages=()

asa_need_command() {
    command -v "$1" >/dev/null || asa_missing_packages+=("$2")
}

asa_need_file() {
    [[ -x $1 ]] || asa_missing_packages+=("$2")
}

asa_need_data() {
    [[ -r $1 ]] || asa_missing_packages+=("$2")
}

asa_install_missing() {
    local name=$1 allow_sudo=${2:-}
    local as_root=()
    [[ ${#asa_missing_packages[@]} -eq 0 ]] && return
    if [[ $(id -u) -ne 0 ]]; then
        if [[ $allow_sudo == --sudo ]] && command -v sudo >/dev/null; then
            as_root=(sudo)
        else
            echo "$name: missing ${asa_missing_packages[*]}; install them or run as root" >&2
            exit 1
        fi
    fi
    echo "$name: installing ${asa_missing_packages[*]}"
    # ASA starts its own servers on its own ports; keep the packages from starting system-wide ones that
    # would outlive the run (and hold 5432/6379).
    local policy=/usr/sbin/policy-rc.d created_policy=false
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
        "${as_root[@]}" chmod +x "$policy"
        created_policy=true
    fi
    export DEBIAN_FRONTEND=noninteractive
    # env(1) because sudo does not pass the caller's environment on.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${asa_missing_packages[@]}"
    if $created_policy; then "${as_root[@]}" rm -f "$policy"; fi
    asa_missing_packages=()
}
