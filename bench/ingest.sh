#!/usr/bin/env bash
# Ingest time (Spark batch read of the topic -> parsed -> parquet on HDFS, committed) against the Spark job a user
# would write by hand for the same work (bench/SparkHandWrittenIngest.java: Kafka batch read -> from_json with
# ingest's schema -> write.parquet; no manifest, no quarantine, no observation), in the same run on the same topic
# and cluster, each in a fresh driver, rounds alternating; then the wall time of the example project's
# `mvn verify` with a warm local repository (median of 3, split by goal). As ceilings: a plain KafkaConsumer
# draining the topic (Kafka's ConsumerPerformance), Spark's Kafka source alone (bench/SparkKafkaRead.java), and
# DuckDB turning the same records from a local JSON file into parquet (bench/DuckDbJsonToParquet.java), this
# machine's practical limit for JSON -> parquet.
#   bench/ingest.sh [sizes="3280 100000 1000000"] [rounds=3]
#   env: MAVEN_OPTS=-Dmaven.repo.local=DIR to run on another local repository
source "$(dirname "$0")/bench-lib.sh"
SIZES="${1:-3280 100000 1000000}"
ROUNDS="${2:-3}"
DIR="$BENCH_DIR/ingest"
rm -rf "$DIR"
install_plugin
KAFKA_VERSION="$(sed -n 's|.*<kafka.version>\(.*\)</kafka.version>.*|\1|p' "$ROOT/pom.xml")"
DUCKDB_VERSION="$(sed -n 's|.*<bench.duckdb.version>\(.*\)</bench.duckdb.version>.*|\1|p' "$ROOT/pom.xml")"
scratch_project "$DIR" "<dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$KAFKA_VERSION</version></dependency>"
cd "$DIR"
cluster_down_on_exit "$DIR"
run_mvn "$DIR" cp.log -q dependency:build-classpath -Dmdep.outputFile=cp.txt
# DuckDB's JDBC driver, for the benchmark only: copied into the benchmark's own directory
run_mvn "$DIR" duckdb.log -q dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" \
  -DoutputDirectory="$DIR/duckdb"
run_mvn "$DIR" up.log "$PLUGIN:cluster-up"

# The reference applications, in a fresh driver like ingest's: same JVM flags and driver settings, the Spark job
# module's classpath (its classes too: the hand-written job uses ingest's schema)
(cd "$ROOT/batch-layer-spark-job" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$DIR/spark-cp.txt") \
  >"$DIR/spark-cp.log" 2>&1 || { tail -20 "$DIR/spark-cp.log" >&2; exit 1; }
SPARK_CP="$ROOT/batch-layer-spark-job/target/classes:$(cat "$DIR/spark-cp.txt")"
mkdir -p "$DIR/reference"
javac -d "$DIR/reference" -cp "$SPARK_CP" "$ROOT/bench/BenchKafkaSource.java" \
  "$ROOT/bench/SparkKafkaRead.java" "$ROOT/bench/SparkHandWrittenIngest.java"
javac -d "$DIR/reference" "$ROOT/bench/DuckDbJsonToParquet.java"
SPARK_FLAGS="$(grep -o '"-[-X][^"]*"' "$ROOT/batch-layer-core/src/main/java/io/github/batchlayer/job/SparkJvmFlags.java" | tr -d '"' | tr '\n' ' ')"
spark_app() { # log main-class args... -> the app's "seconds: S"
  local log="$1"; shift
  # shellcheck disable=SC2086
  java -Xmx2g $SPARK_FLAGS -Dspark.master='local[*]' -Dspark.driver.host=127.0.0.1 \
    -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false -cp "$DIR/reference:$SPARK_CP" \
    "$@" >"$log" 2>&1 || { tail -20 "$log" >&2; exit 1; }
  sed -n 's/^seconds: //p' "$log"
}
BOOTSTRAP="$(sed -n 's/.*"kafkaBootstrapServers" : "\(.*\)".*/\1/p' target/batch-layer/cluster.json)"
HDFS="$(sed -n 's/.*"hdfsUri" : "\(.*\)".*/\1/p' target/batch-layer/cluster.json)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

declare -A INGEST_RPS CONSUMER_RPS INGEST_S SPARK_READ_RPS HAND_S RATIO DUCK_S
for N in $SIZES; do
  PROFILE=scaled; [ "$N" = 3280 ] && PROFILE=seed
  DATA="$DIR/target/data-$N.json"
  run_mvn "$DIR" "gen-$N.log" "$PLUGIN:generate" -Dbatch-layer.profile="$PROFILE" -Dbatch-layer.records="$N" \
    -Dbatch-layer.generatedDataset="$DATA"
  run_mvn "$DIR" "topic-$N.log" "$PLUGIN:create-topic" -Dbatch-layer.topic="t$N"
  run_mvn "$DIR" "publish-$N.log" "$PLUGIN:publish" -Dbatch-layer.topic="t$N" -Dbatch-layer.dataset="$DATA"
  : >"ingest-$N.s"; : >"hand-$N.s"; : >"ratio-$N.txt"; : >"wall-$N.s"
  for R in $(seq 1 "$ROUNDS"); do
    # every round lands the whole topic anew (its own raw path): ingest and the hand-written job, alternating
    START=$(date +%s.%N)
    run_mvn "$DIR" "ingest-$N-$R.log" "$PLUGIN:ingest" -Dbatch-layer.topic="t$N" -Dbatch-layer.driverMemory=2g \
      -Dbatch-layer.rawPath="/bench/raw-$N-$R" -Dbatch-layer.quarantinePath="/bench/quarantine-$N-$R"
    END=$(date +%s.%N)
    JOB_S="$(json_number target/batch-layer/results/ingest.json seconds)"
    ROWS="$(json_number target/batch-layer/results/ingest.json rowsLanded)"
    [ "$ROWS" = "$N" ] || { echo "ingest of t$N landed $ROWS rows, expected $N" >&2; exit 1; }
    HAND="$(spark_app "hand-$N-$R.log" SparkHandWrittenIngest "$BOOTSTRAP" "t$N" "$HDFS/bench/hand-$N-$R")"
    HAND_ROWS="$(sed -n 's/^rows: //p' "hand-$N-$R.log")"
    [ "$HAND_ROWS" = "$N" ] || { echo "the hand-written job wrote $HAND_ROWS rows of t$N, expected $N" >&2; exit 1; }
    echo "$JOB_S" >>"ingest-$N.s"; echo "$HAND" >>"hand-$N.s"
    awk -v a="$START" -v b="$END" 'BEGIN { printf "%.1f\n", b - a }' >>"wall-$N.s"
    ratio "$HAND" "$JOB_S" >>"ratio-$N.txt"; echo >>"ratio-$N.txt"
  done
  INGEST_S[$N]="$(median <"ingest-$N.s")"
  HAND_S[$N]="$(median <"hand-$N.s")"
  RATIO[$N]="$(median <"ratio-$N.txt")"
  java -Xmx1g -cp "$(cat cp.txt)" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$BOOTSTRAP" \
    --topic "t$N" --messages "$N" --timeout 120000 --consumer.config /dev/null >"consumer-$N.log" 2>&1 \
    || { tail -20 "consumer-$N.log" >&2; exit 1; }
  # columns: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
  CONSUMER_RPS[$N]="$(grep -E '^[0-9]{4}-' "consumer-$N.log" | tail -1 | awk -F', *' '{ print $6 }')"
  READ_S="$(spark_app "spark-read-$N.log" SparkKafkaRead "$BOOTSTRAP" "t$N")"
  SPARK_READ_RPS[$N]="$(awk -v n="$N" -v s="$READ_S" 'BEGIN { printf "%.0f", n / s }')"
  # DuckDB: the same records as one JSON object per line, from a local file to a local parquet file
  grep '^{' "$DATA" | sed 's/,$//' >"data-$N.ndjson"
  : >"duck-$N.s"
  for R in $(seq 1 "$ROUNDS"); do
    rm -f "duck-$N.parquet"
    java -Xmx1g -cp "$DIR/reference:$(ls "$DIR"/duckdb/*.jar)" DuckDbJsonToParquet "data-$N.ndjson" \
      "duck-$N.parquet" >"duck-$N-$R.log" 2>&1 || { tail -20 "duck-$N-$R.log" >&2; exit 1; }
    [ "$(sed -n 's/^rows: //p' "duck-$N-$R.log")" = "$N" ] || { echo "DuckDB wrote the wrong row count" >&2; exit 1; }
    sed -n 's/^seconds: //p' "duck-$N-$R.log" >>"duck-$N.s"
  done
  DUCK_S[$N]="$(median <"duck-$N.s")"
  INGEST_RPS[$N]="$(awk -v n="$N" -v s="${INGEST_S[$N]}" 'BEGIN { printf "%.0f", n / s }')"
  echo "ingest $N records: ${INGEST_S[$N]} s in the job (median; rounds $(paste -sd' ' "ingest-$N.s")), $(median <"wall-$N.s") s wall (driver start included)"
  echo "ingest $N records: ${INGEST_RPS[$N]} records/s"
  echo "hand-written Spark ingest $N records: ${HAND_S[$N]} s (median; rounds $(paste -sd' ' "hand-$N.s"))"
  echo "KafkaConsumer $N records: ${CONSUMER_RPS[$N]} records/s"
  echo "Spark Kafka source alone $N records: ${SPARK_READ_RPS[$N]} records/s ($READ_S s, no parse, no write)"
  echo "DuckDB JSON->parquet $N records (local file): ${DUCK_S[$N]} s (median; rounds $(paste -sd' ' "duck-$N.s"))"
done
(cd "$DIR" && mvn -B -q "$PLUGIN:cluster-down" >/dev/null 2>&1) || true
trap - EXIT

# the example project end to end, warm local repository; the split from its build log (cluster-up's own figure)
# and its run journal (each goal's wall time). The rounds above wrote gigabytes: flush them first, so their disk
# writes are not in the example's figure.
sync
: >"$DIR/example.s"
for R in $(seq 1 3); do
  START=$(date +%s.%N)
  (cd "$ROOT/example-project" && mvn -B verify >"$DIR/example-$R.log" 2>&1) || { tail -30 "$DIR/example-$R.log" >&2; exit 1; }
  END=$(date +%s.%N)
  awk -v a="$START" -v b="$END" 'BEGIN { printf "%.1f\n", b - a }' >>"$DIR/example.s"
  UP_S="$(sed -n 's/.*cluster ready in \([0-9.]*\) s.*/\1/p' "$DIR/example-$R.log" | tail -1)"
  # journal lines start {"goal":"publish","execution":"...","status":"OK","seconds":2.59,...}: summed per goal;
  # the rest is Maven itself and the goals that keep no journal entry (create-topic, cluster-down, verify)
  SPLIT="$(sed -n 's/^{"goal":"\([^"]*\)","execution":"[^"]*","status":"[^"]*","seconds":\([0-9.]*\).*/\1 \2/p' \
    "$ROOT/example-project/target/batch-layer/journal.jsonl" | awk -v up="$UP_S" -v wall="$(tail -1 "$DIR/example.s")" '
      !($1 in s) { order[++n] = $1 } { s[$1] += $2; c[$1]++; sum += $2 }
      END { printf "cluster-up %.1f s", up
            for (i = 1; i <= n; i++) printf ", %s%s %.1f s", order[i], (c[order[i]] > 1 ? " (" c[order[i]] "x)" : ""), s[order[i]]
            printf ", the rest %.1f s", wall - up - sum }')"
  echo "$SPLIT" >"$DIR/example-$R.split"
done
EXAMPLE_S="$(median <"$DIR/example.s")"
MEDIAN_ROUND="$(grep -n -x "$EXAMPLE_S" "$DIR/example.s" | head -1 | cut -d: -f1)"
echo "example-project mvn verify (median of 3): $EXAMPLE_S s (rounds $(paste -sd' ' "$DIR/example.s"))"
echo "example-project mvn verify split (median round): $(cat "$DIR/example-${MEDIAN_ROUND:-1}.split")"

PREV_N=""; PREV_S=""
for N in $SIZES; do
  if [ -n "$PREV_N" ]; then
    awk -v n="$N" -v p="$PREV_N" -v s="${INGEST_S[$N]}" -v q="$PREV_S" \
      'BEGIN { printf "time growth %s -> %s records: %.2f (records grew %.1fx, time %.1fx)\n", p, n, (s/q)/(n/p), n/p, s/q }'
  fi
  PREV_N="$N"; PREV_S="${INGEST_S[$N]}"
done
for N in $SIZES; do
  echo "ratio ingest/hand-written Spark ingest at $N records: ${RATIO[$N]} (median of $ROUNDS paired rounds: $(paste -sd' ' "ratio-$N.txt"))"
  echo "practical limit: ingest/DuckDB JSON->parquet at $N records: $(ratio "${DUCK_S[$N]}" "${INGEST_S[$N]}")"
  awk -v n="$N" -v a="${INGEST_RPS[$N]}" -v b="${CONSUMER_RPS[$N]}" \
    'BEGIN { printf "ratio ingest/KafkaConsumer at %s records: %.2f\n", n, a / b }'
  awk -v n="$N" -v a="${SPARK_READ_RPS[$N]}" -v b="${CONSUMER_RPS[$N]}" -v c="${INGEST_RPS[$N]}" \
    'BEGIN { printf "ceiling: Spark Kafka source alone/KafkaConsumer at %s records: %.2f (ingest/it: %.2f)\n", n, a / b, c / a }'
done
