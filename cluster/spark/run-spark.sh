#!/bin/sh
# run-spark.sh master|worker: Spark's standalone daemons, bound to 127.0.0.1 (SPARK_LOCAL_IP, --host).
# The module flags are Spark's own list for Java 17 (what spark-class would pass).
set -e
cp="/opt/spark/jars/*"
opts="-Xms64m -Xmx${SPARK_DAEMON_HEAP:-256m} -XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opts="$opts --add-opens=java.base/$p=ALL-UNNAMED"
done
opts="$opts -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
case "$1" in
  master)
    # no REST submission server: it takes the fixed port 6066, which two clusters on one host would share
    # shellcheck disable=SC2086
    exec java $opts -Dspark.master.rest.enabled=false -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
      --port "${SPARK_MASTER_PORT:-7077}" --webui-port "${SPARK_MASTER_UI_PORT:-8080}" ;;
  worker)
    # shellcheck disable=SC2086
    exec java $opts -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
      --webui-port "${SPARK_WORKER_UI_PORT:-8081}" --cores "${SPARK_WORKER_CORES:-2}" \
      --memory "${SPARK_WORKER_MEMORY:-2g}" "${SPARK_MASTER_URL:-spark://127.0.0.1:7077}" ;;
  *)
    echo "usage: run-spark.sh master|worker" >&2
    exit 2 ;;
esac
