#!/bin/sh
# run-hdfs.sh namenode|datanode: Hadoop's own daemon main classes, as the embedded launcher runs them.
# The NameNode formats its storage on the container's first start.
set -e
cp="/conf:/opt/hadoop/jars/*"
opts="-Xms64m -Xmx${HADOOP_HEAP:-512m} -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true"
opts="$opts -Dhadoop.home.dir=/data/hdfs -Dhadoop.log.dir=/data/hdfs/logs"
opts="$opts -Dlog4j.configuration=file:/conf/log4j.properties"
opts="$opts --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED"
case "$1" in
  namenode)
    if [ ! -d /data/hdfs/name/current ]; then
      # shellcheck disable=SC2086
      java $opts -cp "$cp" org.apache.hadoop.hdfs.server.namenode.NameNode -format -force -nonInteractive
    fi
    # shellcheck disable=SC2086
    exec java $opts -cp "$cp" org.apache.hadoop.hdfs.server.namenode.NameNode ;;
  datanode)
    # shellcheck disable=SC2086
    exec java $opts -cp "$cp" org.apache.hadoop.hdfs.server.datanode.DataNode ;;
  *)
    echo "usage: run-hdfs.sh namenode|datanode" >&2
    exit 2 ;;
esac
