#!/usr/bin/env bash
# Publish throughput of the plugin against Kafka's own ProducerPerformance (same broker, same records, same
# acks/idempotence/batching/compression), cluster-up time to ready, and the Maven JVM's peak heap while
# publishing a ~1 GB generated file.
#   bench/publish.sh [records=100000] [bigRecords=380000] [rounds=9]
source "$(dirname "$0")/bench-lib.sh"
RECORDS="${1:-100000}"
BIG_RECORDS="${2:-380000}"
ROUNDS="${3:-9}"
DIR="$BENCH_DIR/publish"
rm -rf "$DIR"
install_plugin
scratch_project "$DIR" "<dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>\${kafka.version}</version></dependency>"
KAFKA_VERSION="$(sed -n 's|.*<kafka.version>\(.*\)</kafka.version>.*|\1|p' "$ROOT/pom.xml")"
sed -i "s|\${kafka.version}|$KAFKA_VERSION|" "$DIR/pom.xml"
cd "$DIR"
cluster_down_on_exit "$DIR"

run_mvn "$DIR" gen.log "$PLUGIN:generate" -Dbatch-layer.profile=scaled -Dbatch-layer.records="$RECORDS"
DATA="$DIR/target/batch-layer/data/assessments.json"
run_mvn "$DIR" up.log "$PLUGIN:cluster-up"
UP="$(json_number target/batch-layer/cluster.json readySeconds)"
BOOTSTRAP="$(sed -n 's/.*"kafkaBootstrapServers" : "\(.*\)".*/\1/p' target/batch-layer/cluster.json)"

# Kafka's tool, on the same records (one compact record per line as its payload file)
grep '^{' "$DATA" | sed 's/,$//' >payload.ndjson
run_mvn "$DIR" cp.log -q dependency:build-classpath -Dmdep.outputFile=cp.txt
producer_performance() { # topic records
  java -Xmx2g -cp "$(cat cp.txt)" org.apache.kafka.tools.ProducerPerformance --topic "$1" \
    --num-records "$2" --payload-file payload.ndjson --throughput -1 \
    --producer-props bootstrap.servers="$BOOTSTRAP" acks=all enable.idempotence=true linger.ms=20 \
    batch.size=524288 compression.type=lz4 max.request.size=5243136 >"perf-$1.log" 2>&1
  grep -o '[0-9.]* records/sec' "perf-$1.log" | tail -1 | cut -d' ' -f1
}

# A fresh broker is slower for its first few hundred MB (its JIT warms up): warm it with an untimed run of each
# side, then alternate the plugin and the tool for $ROUNDS rounds, so neither always gets the warmer broker.
run_mvn "$DIR" create-warm.log "$PLUGIN:create-topic" -Dbatch-layer.topic=warm-up
producer_performance warm-up "$RECORDS" >/dev/null
run_mvn "$DIR" publish-warm.log "$PLUGIN:publish" -Dbatch-layer.topic=warm-up
: >plugin-rps.txt; : >perf-rps.txt; : >validate-s.txt; : >goal-rps.txt
for round in $(seq 1 "$ROUNDS"); do
  # the plugin as a user runs it: validating pass, then the publishing pass (timed against the tool alone, and
  # with the validating pass, as the goal as a whole)
  run_mvn "$DIR" create-$round.log "$PLUGIN:create-topic" -Dbatch-layer.topic=plugin-$round
  run_mvn "$DIR" publish-$round.log "$PLUGIN:publish" -Dbatch-layer.topic=plugin-$round
  LINE="$(grep -o 'published .* records/s, [0-9.]* MB/s' publish-$round.log)"
  echo "$LINE" | sed -n 's/.*: \([0-9,]*\) records\/s.*/\1/p' | tr -d , >>plugin-rps.txt
  grep -o 'validated .* in [0-9.]* s' publish-$round.log | sed 's/.* in \([0-9.]*\) s/\1/' >>validate-s.txt
  awk -v n="$RECORDS" -v r="$(tail -1 plugin-rps.txt)" -v v="$(tail -1 validate-s.txt)" \
    'BEGIN { printf "%.0f\n", n / (v + n / r) }' >>goal-rps.txt
  BYTES="$(echo "$LINE" | sed -n 's/.*records (\([0-9,]*\) bytes).*/\1/p' | tr -d ,)"
  run_mvn "$DIR" create-perf-$round.log "$PLUGIN:create-topic" -Dbatch-layer.topic=perf-$round
  producer_performance perf-$round "$RECORDS" >>perf-rps.txt
done
PLUGIN_RPS="$(median <plugin-rps.txt)"
PERF_RPS="$(median <perf-rps.txt)"
VALIDATE_S="$(median <validate-s.txt)"
GOAL_RPS="$(median <goal-rps.txt)"
mbs() { awk -v r="$1" -v b="$BYTES" -v n="$RECORDS" 'BEGIN { printf "%.1f", r * b / n / 1e6 }'; }

# memory: publish a ~1 GB file with the Maven JVM capped at 256 MB, sampling its heap
run_mvn "$DIR" gen-big.log "$PLUGIN:generate" -Dbatch-layer.profile=scaled -Dbatch-layer.records="$BIG_RECORDS" \
  -Dbatch-layer.generatedDataset="$DIR/target/big.json"
BIG_BYTES="$(stat -c %s "$DIR/target/big.json")"
run_mvn "$DIR" create3.log "$PLUGIN:create-topic" -Dbatch-layer.topic=big-topic
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx256m" mvn -B "$PLUGIN:publish" -Dbatch-layer.topic=big-topic -Dbatch-layer.dataset="$DIR/target/big.json" \
  >publish-big.log 2>&1 &
MVN_PID=$!
PEAK=0
while kill -0 "$MVN_PID" 2>/dev/null; do
  # (|| true: Maven may exit between the check above and jstat)
  USED="$(jstat -gc "$MVN_PID" 2>/dev/null | awk 'NR==2 { printf "%d", ($3+$4+$6+$8)/1024 }' || true)"
  [ -n "$USED" ] && [ "$USED" -gt "$PEAK" ] && PEAK="$USED"
  sleep 0.5
done
wait "$MVN_PID" || { echo "publishing the big file failed (heap capped at 256 MB?):" >&2; tail -20 publish-big.log >&2; exit 1; }

echo "cluster-up time to ready: $UP s"
echo "records: $RECORDS"
echo "record bytes (avg): $((BYTES / RECORDS)) B"
echo "rounds (medians below): $ROUNDS"
echo "plugin publish rounds: $(paste -sd' ' plugin-rps.txt) records/s"
echo "ProducerPerformance rounds: $(paste -sd' ' perf-rps.txt) records/s"
echo "plugin validating pass rounds: $(paste -sd' ' validate-s.txt) s"
echo "plugin validating pass (before publishing): $VALIDATE_S s"
echo "plugin publish goal (validation included): $GOAL_RPS records/s"
echo "plugin publish: $PLUGIN_RPS records/s"
echo "plugin publish: $(mbs "$PLUGIN_RPS") MB/s"
echo "ProducerPerformance: $PERF_RPS records/s"
echo "ProducerPerformance: $(mbs "$PERF_RPS") MB/s"
echo "big file: $((BIG_BYTES / 1000000)) MB"
echo "maven heap peak while publishing big file (-Xmx256m): $PEAK MB"
awk -v a="$PLUGIN_RPS" -v b="$PERF_RPS" 'BEGIN { printf "ratio plugin/ProducerPerformance: %.2f\n", a / b }'
awk -v a="$GOAL_RPS" -v b="$PERF_RPS" \
  'BEGIN { printf "ratio publish goal (validation included)/ProducerPerformance: %.2f\n", a / b }'
echo "validating pass progress lines (big file): $(grep -c 'validating .* MB (' publish-big.log || true)"
