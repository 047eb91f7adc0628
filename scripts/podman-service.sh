#!/usr/bin/env bash
# Makes a Docker API answer on this machine for the sandbox's docker backend: installs podman and runc
# when missing, writes a containers.conf, builds the sandbox image from a minimal root filesystem made
# of the host's own sh, coreutils and python3 (no registry is reachable here), and starts
# `podman system service` on a unix socket. Idempotent: a second run reuses what is there.
# Prints the two variables the docker test suite reads, as the last two lines:
#   ASA_DOCKER_ENDPOINT=unix:///...   ASA_DOCKER_IMAGE=...
# Usage: eval "$(scripts/podman-service.sh | tail -2 | sed 's/^/export /')"
set -euo pipefail
# The image is made of Debian's own programs, not ones a version manager put first on PATH.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

state_dir=${ASA_PODMAN_DIR:-/var/tmp/asa-podman}
socket=$state_dir/podman.sock
image=${ASA_DOCKER_IMAGE:-localhost/asa-sandbox:latest}
conf=$state_dir/containers.conf
log() { echo "podman-service: $*" >&2; }

mkdir -p "$state_dir"

missing=()
command -v podman > /dev/null || missing+=(podman)
command -v runc > /dev/null || missing+=(runc)
if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    # A fresh machine may have no package lists yet.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq > /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi

# crun (podman's default) does not start containers here; the default nofile/nproc limits are too
# high for this kernel's hard limits.
cat > "$conf" <<'EOF'
[engine]
runtime = "runc"

[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]
EOF
export CONTAINERS_CONF=$conf

# Programs the sandbox tests and ordinary test commands need; each is copied with the libraries ldd names.
programs=(sh bash dash env cat echo ls id stat touch mkdir rm cp mv ln head tail tr sort uniq wc grep sed
    du df yes sleep true false kill ps setsid nohup unshare mount umount python3 find xargs chmod timeout
    printf test dirname basename readlink realpath tee cut)

build_rootfs() {
    local root=$1 program path lib python
    mkdir -p "$root"/{usr/bin,usr/lib,usr/lib64,etc,tmp,workspace,proc,sys,dev,run,var/tmp}
    ln -s usr/bin "$root/bin"
    ln -s usr/bin "$root/sbin"
    ln -s usr/lib "$root/lib"
    ln -s usr/lib64 "$root/lib64"
    for program in "${programs[@]}"; do
        path=$(type -P "$program" || true)
        [[ -n $path && -x $path && $path == /* ]] || { log "no $program on the host, skipped"; continue; }
        cp -L "$path" "$root/usr/bin/$program"
        ldd "$path" 2> /dev/null | grep -o '/[^ ]*' | while read -r lib; do
            mkdir -p "$root/usr$(dirname "${lib#/usr}")"
            cp -Ln "$lib" "$root/usr${lib#/usr}" 2> /dev/null || true
        done || true
    done
    python=$(python3 -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")')
    cp -a "/usr/lib/$python" "$root/usr/lib/"
    rm -rf "$root/usr/lib/$python"/{test,idlelib,tkinter,turtledemo,ensurepip}
    find "$root/usr/lib/$python" -name __pycache__ -prune -exec rm -rf {} +
    # Libraries python's extension modules load (ssl, ctypes, ...).
    find "$root/usr/lib/$python/lib-dynload" -name '*.so' -print0 | xargs -0 ldd 2> /dev/null \
        | grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r lib; do
            mkdir -p "$root/usr$(dirname "${lib#/usr}")"
            cp -Ln "$lib" "$root/usr${lib#/usr}" 2> /dev/null || true
        done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' > "$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
    echo 'hosts: files dns' > "$root/etc/nsswitch.conf"
    chmod 1777 "$root/tmp" "$root/var/tmp"
}

if ! podman image exists "$image"; then
    started=$(date +%s.%N)
    rootfs=$(mktemp -d /var/tmp/asa-rootfs.XXXXXX)
    trap 'rm -rf "$rootfs"' EXIT
    build_rootfs "$rootfs"
    tar -C "$rootfs" -c . | podman import --quiet - "$image" > /dev/null
    rm -rf "$rootfs"
    log "image $image built in $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $started}") s"
fi

if ! curl -sf --unix-socket "$socket" http://d/_ping > /dev/null 2>&1; then
    started=$(date +%s.%N)
    rm -f "$socket"
    nohup podman system service --time=0 "unix://$socket" > "$state_dir/service.log" 2>&1 &
    echo $! > "$state_dir/service.pid"
    for _ in $(seq 100); do
        curl -sf --unix-socket "$socket" http://d/_ping > /dev/null 2>&1 && break
        sleep 0.1
    done
    curl -sf --unix-socket "$socket" http://d/_ping > /dev/null || { log "service did not answer; see $state_dir/service.log"; exit 1; }
    log "service answering in $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $started}") s (pid $(cat "$state_dir/service.pid"))"
fi

echo "ASA_DOCKER_ENDPOINT=unix://$socket"
echo "ASA_DOCKER_IMAGE=$image"
