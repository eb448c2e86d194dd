# Shared helpers of the benchmarks (sourced). Each benchmark runs from the repository root, works under
# target/bench/, and prints "name: value unit" lines.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/target/bench"
VERSION="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$ROOT/pom.xml" | head -1)"
PLUGIN="io.github.batchlayer:batch-layer-maven-plugin:$VERSION"
mkdir -p "$BENCH_DIR"

# Install the plugin from this checkout (quietly; the local repository caches everything else).
install_plugin() {
  (cd "$ROOT" && mvn -B -q install -DskipTests -Dinvoker.skip >"$BENCH_DIR/install.log" 2>&1) \
    || { echo "plugin build failed, see $BENCH_DIR/install.log" >&2; exit 1; }
}

# A scratch consumer project at $1 that declares the plugin and, optionally, extra dependencies ($2, XML).
scratch_project() {
  local dir="$1" deps="${2:-}"
  mkdir -p "$dir"
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$(basename "$dir")</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>$deps</dependencies>
  <build><plugins><plugin>
    <groupId>io.github.batchlayer</groupId><artifactId>batch-layer-maven-plugin</artifactId><version>$VERSION</version>
  </plugin></plugins></build>
</project>
POM
}

# mvn in a scratch project; output to a log file; fails loudly with the log's tail.
run_mvn() {
  local dir="$1" log="$2"; shift 2
  (cd "$dir" && mvn -B "$@" >"$log" 2>&1) || { echo "mvn $* failed; last lines of $log:" >&2; tail -30 "$log" >&2; exit 1; }
}

# Stop a cluster a benchmark started, also when it fails half-way.
cluster_down_on_exit() {
  local dir="$1"
  trap "(cd '$dir' && mvn -B -q $PLUGIN:cluster-down >/dev/null 2>&1 || true)" EXIT
}

# The value of a JSON field in a flat file (numbers only), without jq.
json_number() {
  sed -n "s/.*\"$2\" *: *\([0-9.]*\).*/\1/p" "$1" | head -1
}

# The median of the numbers on standard input, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
