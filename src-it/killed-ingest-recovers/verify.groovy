import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

// run 1 died at the worst moment: data written, batch not committed
assert log.contains('end offsets {0=3279}')
assert log =~ /ingest failed \(exit 137\)/
// run 2 removed the uncommitted batch and landed every offset once
assert log =~ /removed hdfs:\/\/\S+\/tmp\/raw_assessments\/batch=000001: an earlier run wrote it but never committed it/
assert log =~ /ingest: batch 1 offsets \{"0":\[0,3280\]\} landed 3,280 rows, quarantined 0; committed in all 3,280 rows in 1 batches/
assert log =~ /summarize: 3,280 raw rows, 103 exams/
def result = new JsonSlurper().parse(new File(work, 'verify.json'))
result.checks.each { assert it.passed : "check ${it.name}: expected ${it.expected}, actual ${it.actual}" }
assert result.passed
assert !new File(work, 'cluster.json').exists()
return true
