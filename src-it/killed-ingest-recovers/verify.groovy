import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

def slurper = new JsonSlurper()
def journal = new File(work, 'journal.jsonl').readLines().findAll { it.trim() }.collect { slurper.parseText(it) }
def figures = { goal -> journal.findAll { it.goal == goal && it.status == 'OK' }*.figures }

// run 1 published all but the last record, then died at the worst moment: data written, batch not committed
// (typed on the command line, it failed at once: only the log tells)
assert figures('publish')*.endOffsets == [['0': 3279], ['0': 3280]]
assert log =~ /ingest failed \(exit 137\)/
// it died on the cluster's warm driver (the kill hook is the run's own, so it ran there, not on a fresh driver), and
// the next mvn run's ingest started a new warm driver with the same owner before it ran; summarize ran on that one
def killed = log.find(/ingest: Spark [0-9.]+ driver \(master local\[\*\], the warm one: pid (\d+)\)/) { it[1] }
assert killed : 'run 1 ingested on the warm driver'
assert log.contains("ingest: the warm driver (pid ${killed}) ended during the job")
assert log.contains("ingest: the warm driver (pid ${killed}) is gone; starting a new warm driver")
def restarted = (log =~ /(ingest|summarize): Spark [0-9.]+ driver \(master local\[\*\], the warm one: pid (\d+)\)/)
        .collect { it[2] }.findAll { it != killed }.unique()
assert restarted.size() == 1 : "run 2's goals shared one new warm driver: ${restarted}"
assert log.contains("stopped spark-driver (pid ${restarted[0]})")
assert !ProcessHandle.of(restarted[0] as long).map { it.alive }.orElse(false)
// run 2 removed the uncommitted batch and landed every offset once
def ingests = figures('ingest')
assert ingests.size() == 1
def landed = ingests[0]
assert landed.removedUncommitted.any { it ==~ /hdfs:\/\/\S+\/tmp\/raw_assessments\/batch=000001/ } : landed
assert landed.batchId == 1 && landed.offsets == ['0': [0, 3280]] && landed.rowsLanded == 3280
assert landed.quarantined == 0 && landed.committedRows == 3280 && landed.committedBatches == 1
def summarize = slurper.parse(new File(work, 'results/summarize.json'))
assert summarize.rawRows == 3280 && summarize.distinctExams == 103
def result = slurper.parse(new File(work, 'verify.json'))
result.checks.each { assert it.passed : "check ${it.name}: expected ${it.expected}, actual ${it.actual}" }
assert result.passed
assert !new File(work, 'cluster.json').exists()
return true
