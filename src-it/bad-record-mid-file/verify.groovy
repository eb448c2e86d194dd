def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

// the error names the file, the record and the byte offset, and says nothing was sent
assert log =~ /bad-dataset\.json.*record 2 (at|near) byte \d+/ : 'publish error should name file, record 2 and its byte offset'
assert log.contains('nothing was sent')
// the failure was recorded, later pipeline goals skipped, and the build reached cluster-down
assert log.contains('recorded in')
assert log =~ /skipping ingest: an earlier goal failed/
assert log.contains('cluster stopped')
assert !new File(work, 'cluster.json').exists()
// the topic stayed empty
assert new File(work, 'consumed.ndjson').readLines().isEmpty()
// what the build wrote: the journal's publish entry failed, naming the record and its byte offset
def journal = new File(work, 'journal.jsonl').readLines().collect { new groovy.json.JsonSlurper().parseText(it) }
def publish = journal.find { it.goal == 'publish' }
assert publish.status == 'FAILED'
assert publish.message =~ /bad-dataset\.json.*record 2 (at|near) byte \d+/
// verify failed the build with the recorded error
assert log =~ /(?s)BUILD FAILURE.*publish/
return true
