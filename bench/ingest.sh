#!/usr/bin/env bash
# Ingest throughput (Spark batch read of the topic -> parsed -> parquet on HDFS, committed) against a plain
# KafkaConsumer draining the same topic (Kafka's ConsumerPerformance), at several sizes, in one run on one
# cluster; then the wall time of the example project's `mvn verify` with a warm local repository. As a reference
# for what Spark itself can do here, the same range is also read by Spark's Kafka source with nothing after it.
#   bench/ingest.sh [sizes="3280 100000 1000000"]
source "$(dirname "$0")/bench-lib.sh"
SIZES="${1:-3280 100000 1000000}"
DIR="$BENCH_DIR/ingest"
rm -rf "$DIR"
install_plugin
KAFKA_VERSION="$(sed -n 's|.*<kafka.version>\(.*\)</kafka.version>.*|\1|p' "$ROOT/pom.xml")"
scratch_project "$DIR" "<dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$KAFKA_VERSION</version></dependency>"
cd "$DIR"
cluster_down_on_exit "$DIR"
run_mvn "$DIR" cp.log -q dependency:build-classpath -Dmdep.outputFile=cp.txt
run_mvn "$DIR" up.log "$PLUGIN:cluster-up"

# Spark's Kafka source alone (bench/SparkKafkaRead.java), in a fresh driver like ingest's: same JVM flags and
# driver settings, the Spark job module's classpath
(cd "$ROOT/batch-layer-spark-job" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$DIR/spark-cp.txt") \
  >"$DIR/spark-cp.log" 2>&1 || { tail -20 "$DIR/spark-cp.log" >&2; exit 1; }
mkdir -p "$DIR/reference"
javac -d "$DIR/reference" -cp "$(cat "$DIR/spark-cp.txt")" "$ROOT/bench/SparkKafkaRead.java"
SPARK_FLAGS="$(grep -o '"-[-X][^"]*"' "$ROOT/batch-layer-core/src/main/java/io/github/batchlayer/job/SparkJvmFlags.java" | tr -d '"' | tr '\n' ' ')"
spark_kafka_read() { # topic -> seconds
  # shellcheck disable=SC2086
  java -Xmx2g $SPARK_FLAGS -Dspark.master='local[*]' -Dspark.driver.host=127.0.0.1 \
    -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false -cp "$DIR/reference:$(cat "$DIR/spark-cp.txt")" \
    SparkKafkaRead "$BOOTSTRAP" "$1" >"spark-read-$1.log" 2>&1 || { tail -20 "spark-read-$1.log" >&2; exit 1; }
  sed -n 's/^seconds: //p' "spark-read-$1.log"
}
BOOTSTRAP="$(sed -n 's/.*"kafkaBootstrapServers" : "\(.*\)".*/\1/p' target/batch-layer/cluster.json)"

declare -A INGEST_RPS CONSUMER_RPS INGEST_S SPARK_READ_RPS
for N in $SIZES; do
  PROFILE=scaled; [ "$N" = 3280 ] && PROFILE=seed
  DATA="$DIR/target/data-$N.json"
  run_mvn "$DIR" "gen-$N.log" "$PLUGIN:generate" -Dbatch-layer.profile="$PROFILE" -Dbatch-layer.records="$N" \
    -Dbatch-layer.generatedDataset="$DATA"
  run_mvn "$DIR" "topic-$N.log" "$PLUGIN:create-topic" -Dbatch-layer.topic="t$N"
  run_mvn "$DIR" "publish-$N.log" "$PLUGIN:publish" -Dbatch-layer.topic="t$N" -Dbatch-layer.dataset="$DATA"
  START=$(date +%s.%N)
  run_mvn "$DIR" "ingest-$N.log" "$PLUGIN:ingest" -Dbatch-layer.topic="t$N" -Dbatch-layer.driverMemory=2g \
    -Dbatch-layer.rawPath="/bench/raw-$N" -Dbatch-layer.quarantinePath="/bench/quarantine-$N"
  END=$(date +%s.%N)
  JOB_S="$(json_number target/batch-layer/results/ingest.json seconds)"
  ROWS="$(json_number target/batch-layer/results/ingest.json rowsLanded)"
  [ "$ROWS" = "$N" ] || { echo "ingest of t$N landed $ROWS rows, expected $N" >&2; exit 1; }
  java -Xmx1g -cp "$(cat cp.txt)" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$BOOTSTRAP" \
    --topic "t$N" --messages "$N" --timeout 120000 --consumer.config /dev/null >"consumer-$N.log" 2>&1 \
    || { tail -20 "consumer-$N.log" >&2; exit 1; }
  # columns: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
  CONSUMER_RPS[$N]="$(grep -E '^[0-9]{4}-' "consumer-$N.log" | tail -1 | awk -F', *' '{ print $6 }')"
  READ_S="$(spark_kafka_read "t$N")"
  SPARK_READ_RPS[$N]="$(awk -v n="$N" -v s="$READ_S" 'BEGIN { printf "%.0f", n / s }')"
  INGEST_S[$N]="$JOB_S"
  INGEST_RPS[$N]="$(awk -v n="$N" -v s="$JOB_S" 'BEGIN { printf "%.0f", n / s }')"
  WALL="$(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.1f", b - a }')"
  echo "ingest $N records: ${JOB_S} s in the job, $WALL s wall (driver start included)"
  echo "ingest $N records: ${INGEST_RPS[$N]} records/s"
  echo "KafkaConsumer $N records: ${CONSUMER_RPS[$N]} records/s"
  echo "Spark Kafka source alone $N records: ${SPARK_READ_RPS[$N]} records/s ($READ_S s, no parse, no write)"
done
(cd "$DIR" && mvn -B -q "$PLUGIN:cluster-down" >/dev/null 2>&1) || true
trap - EXIT

# the example project end to end, warm local repository
START=$(date +%s.%N)
(cd "$ROOT/example-project" && mvn -B verify >"$DIR/example.log" 2>&1) || { tail -30 "$DIR/example.log" >&2; exit 1; }
END=$(date +%s.%N)
echo "example-project mvn verify: $(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.1f", b - a }') s"

PREV_N=""; PREV_S=""
for N in $SIZES; do
  if [ -n "$PREV_N" ]; then
    awk -v n="$N" -v p="$PREV_N" -v s="${INGEST_S[$N]}" -v q="$PREV_S" \
      'BEGIN { printf "time growth %s -> %s records: %.2f (records grew %.1fx, time %.1fx)\n", p, n, (s/q)/(n/p), n/p, s/q }'
  fi
  PREV_N="$N"; PREV_S="${INGEST_S[$N]}"
done
for N in $SIZES; do
  awk -v n="$N" -v a="${INGEST_RPS[$N]}" -v b="${CONSUMER_RPS[$N]}" \
    'BEGIN { printf "ratio ingest/KafkaConsumer at %s records: %.2f\n", n, a / b }'
  awk -v n="$N" -v a="${SPARK_READ_RPS[$N]}" -v b="${CONSUMER_RPS[$N]}" -v c="${INGEST_RPS[$N]}" \
    'BEGIN { printf "ceiling: Spark Kafka source alone/KafkaConsumer at %s records: %.2f (ingest/it: %.2f)\n", n, a / b, c / a }'
done
