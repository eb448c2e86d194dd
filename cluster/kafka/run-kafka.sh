#!/bin/sh
# Formats the KRaft log directory on the container's first start (Kafka 4 refuses an unformatted one), then
# runs the broker in the foreground so that the container lives exactly as long as the broker.
set -e
cp="/conf:/opt/kafka/jars/*"
opts="-Xms128m -Xmx${KAFKA_HEAP:-512m} -XX:+UseG1GC -Djava.awt.headless=true"
opts="$opts -Dlog4j2.configurationFile=/conf/log4j2.properties -Dkafka.logs.dir=/data/kafka-logs"
if [ ! -f /data/kafka/meta.properties ]; then
  # shellcheck disable=SC2086
  java $opts -cp "$cp" kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" -c /conf/server.properties
fi
# shellcheck disable=SC2086
exec java $opts -cp "$cp" kafka.Kafka /conf/server.properties
