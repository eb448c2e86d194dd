#!/usr/bin/env bash
# Builds the JRE base image for the cluster images without Docker Hub: a minimal Debian 12 (bookworm) root file
# system with openjdk-17-jre-headless from Debian's own mirror (debootstrap), imported as an image.
# Needs root, debootstrap and a running Docker engine. Takes about two minutes; skips the work when the image
# already exists (pass --force to rebuild).
#
#   cluster/build-base-image.sh [image-name] [--force]
#   env: DEBIAN_MIRROR (default http://deb.debian.org/debian), DEBIAN_SUITE (default bookworm)
set -euo pipefail

image="batch-layer/jre:17-bookworm"
force=no
for arg in "$@"; do
  case "$arg" in
    --force) force=yes ;;
    *) image="$arg" ;;
  esac
done
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite="${DEBIAN_SUITE:-bookworm}"

if [[ "$force" == no ]] && docker image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image exists (use --force to rebuild)"
  exit 0
fi

rootfs="$(mktemp -d /tmp/batch-layer-rootfs.XXXXXX)"
trap 'rm -rf "$rootfs"' EXIT

started=$(date +%s)
# minbase: only essential packages and apt; the JRE pulls in what it needs (no recommends, no docs worth keeping)
debootstrap --variant=minbase --include=openjdk-17-jre-headless "$suite" "$rootfs" "$mirror"

# Trim what a JRE container never needs: package lists, docs, man pages, locales.
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*

java_home="/usr/lib/jvm/java-17-openjdk-amd64"
if [[ ! -d "$rootfs$java_home" ]]; then
  java_home="/usr/lib/jvm/$(ls "$rootfs/usr/lib/jvm" | grep -m1 '^java-17')"
fi

tar -C "$rootfs" -c . | docker import \
  -c "ENV JAVA_HOME=$java_home" \
  -c "ENV PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  -c "ENV LANG=C.UTF-8" \
  -c "LABEL io.github.batchlayer.base=true" \
  -m "batch-layer JRE base: debootstrap $suite minbase + openjdk-17-jre-headless" \
  - "$image"

echo "built $image in $(( $(date +%s) - started )) s: $(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
