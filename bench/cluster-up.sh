#!/usr/bin/env bash
# cluster-up time of the docker launcher, cold (images built) and warm (images cached by content hash), next to
# the embedded launcher, in the same run on the same machine. Prints "name: value unit" lines, the ratio last.
#
#   bench/cluster-up.sh            (plugin installed in ~/.m2: mvn -B -q install -DskipTests -Dinvoker.skip)
#   bench/cluster-up.sh embedded [rounds=5] [baseline version]
#                                  the embedded launcher alone, rounds alternating with a baseline build of the
#                                  plugin installed under another version (e.g. 0.1.0-BASE-SNAPSHOT): medians of
#                                  both and their paired ratio
#   env: BATCH_LAYER_BASE_IMAGE (default batch-layer/jre:17-bookworm, see cluster/build-base-image.sh)
#        BENCH_MVN_FLAGS extra Maven flags, e.g. -Dmaven.repo.local=/tmp/m2 to measure a private install
#
# "up" is the plugin's own figure (cluster ready in N s: from the launcher's start to every service answering);
# "wall" adds Maven's start-up. The cold run removes only images this plugin built (label io.github.batchlayer.inputs).
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh" # median

here="$(cd "$(dirname "$0")/.." && pwd)"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$here/pom.xml" | head -1)"
plugin="io.github.batchlayer:batch-layer-maven-plugin:$version"
base="${BATCH_LAYER_BASE_IMAGE:-batch-layer/jre:17-bookworm}"
work="$(mktemp -d /tmp/batch-layer-bench.XXXXXX)"
# a failed or interrupted bench must not leave a cluster running
trap 'cd "$work" && mvn -B -q "$plugin:cluster-down" >/dev/null 2>&1; rm -rf "$work"' EXIT
cp "$here/example-project/pom.xml" "$work/pom.xml"
cd "$work"

read -r -a mvn_flags <<< "${BENCH_MVN_FLAGS:-}"
mvn() { command mvn "${mvn_flags[@]}" "$@"; }
now() { date +%s.%N; }

# run <name> <launcher> [extra maven args]: one cluster-up and cluster-down, printing their times
run() {
  local name="$1" launcher="$2"; shift 2
  local t0 t1 t2 out
  t0=$(now)
  out=$(mvn -B "${plugin_under_test:-$plugin}:cluster-up" -Dbatch-layer.launcher="$launcher" -Dbatch-layer.keepRunning=true "$@" 2>&1) || {
    echo "$out" | tail -30 >&2; echo "$name: cluster-up failed" >&2; exit 1; }
  t1=$(now)
  mvn -B -q "$plugin:cluster-down" >/dev/null 2>&1
  t2=$(now)
  local up
  up=$(echo "$out" | sed -n 's/.*cluster ready in \([0-9.]*\) s.*/\1/p' | tail -1)
  echo "$name.up: $up s"
  echo "$name.wall: $(echo "$t1 - $t0" | bc | xargs printf '%.1f') s"
  echo "$name.down: $(echo "$t2 - $t1" | bc | xargs printf '%.1f') s"
  eval "${name//-/_}_up=$up"
}

docker_args=(-Dbatch-layer.dockerBaseImage="$base")

# warm Maven's own caches (plugin and engine jars resolved) so the first measured run is not penalised
mvn -B -q "$plugin:help" >/dev/null 2>&1 || true

if [[ "${1:-}" == embedded ]]; then
  rounds="${2:-5}" baseline="${3:-}"
  base_plugin="${plugin%:*}:$baseline"
  # an untimed start of each first: it records the class-data sharing archives a new build's jars need
  run warm-up embedded >/dev/null
  [[ -n "$baseline" ]] && plugin_under_test="$base_plugin" run warm-up embedded >/dev/null
  : >"$work/up.txt"; : >"$work/base.txt"; : >"$work/ratio.txt"
  for r in $(seq 1 "$rounds"); do
    run embedded embedded >/dev/null
    echo "$embedded_up" >>"$work/up.txt"
    if [[ -n "$baseline" ]]; then
      plugin_under_test="$base_plugin" run embedded embedded >/dev/null
      echo "$embedded_up" >>"$work/base.txt"
      echo "$(tail -1 "$work/up.txt") / $embedded_up" | bc -l | xargs printf '%.2f\n' >>"$work/ratio.txt"
    fi
  done
  echo "embedded.up rounds: $(paste -sd' ' "$work/up.txt") s"
  echo "embedded.up (median of $rounds): $(median <"$work/up.txt") s"
  if [[ -n "$baseline" ]]; then
    echo "embedded.up $baseline rounds: $(paste -sd' ' "$work/base.txt") s"
    echo "embedded.up $baseline (median of $rounds): $(median <"$work/base.txt") s"
    echo "embedded.up this/$baseline (median of paired rounds): $(median <"$work/ratio.txt")"
  fi
  exit 0
fi

run embedded embedded
stale=$(docker images -q --filter label=io.github.batchlayer.inputs | sort -u)
if [[ -n "$stale" ]]; then
  docker rmi $stale >/dev/null
fi
run docker-cold docker "${docker_args[@]}"
run docker-warm docker "${docker_args[@]}"

for repo in kafka hadoop spark; do
  id=$(docker images --filter label=io.github.batchlayer.inputs --format '{{.Repository}} {{.ID}}' \
    | awk -v r="batch-layer/$repo" '$1 == r {print $2; exit}')
  echo "image.$repo.size: $(docker image inspect -f '{{.Size}}' "$id" | awk '{printf "%.0f MB", $1/1e6}')"
done
echo "base.size: $(docker image inspect -f '{{.Size}}' "$base" | awk '{printf "%.0f MB", $1/1e6}')"
echo "docker-warm/embedded: $(echo "$docker_warm_up / $embedded_up" | bc -l | xargs printf '%.2f') x"
