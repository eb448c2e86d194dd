// The docker cluster must give the seed's figures, exactly as the embedded one does, and leave nothing behind.
File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')

assert text.contains('starting the docker cluster') : 'the docker launcher did not run'
assert text =~ /cluster ready in [0-9.]+ s: Kafka 127\.0\.0\.1:\d+, HDFS hdfs:\/\/127\.0\.0\.1:\d+, Spark spark:\/\/127\.0\.0\.1:\d+/
// client mode: the driver talked to the containerised master, not local[*]
assert text =~ /ingest: Spark [0-9.]+ driver \(master spark:\/\/127\.0\.0\.1:\d+/

// the seed's figures: 3279 rows, then the held-back one, 3280 in all; 103 exams; Learning Git 394
assert text.contains('committed in all 3,279 rows') : 'first batch should land 3279 rows'
assert text.contains('committed in all 3,280 rows') : 'incremental batch should bring the total to 3280'
assert text =~ /summarize: 3,280 raw rows, 103 exams, 7 top exams/
assert text =~ /\s394\s+Learning Git/

// cluster-down removed every container of the run (5 services and the reaper)
assert text =~ /docker cluster [0-9a-f-]+: removed 6 container\(s\)/
return true
