import groovy.json.JsonSlurper

def lib = evaluate(new File(basedir, '../../../../src-it/fault-injection.groovy'))
def work = new File(basedir, 'target/batch-layer')
def release = new File(basedir, 'target/release-ingest')
def firstLog = new File(basedir, 'first-build.log')
def secondLog = new File(basedir, 'second-build.log')

// build 1: the whole pipeline; its ingest holds the raw path's lease until `release` exists, so build 2 meets a
// live owner for sure
def first = lib.start(firstLog, ['verify', "-Dbatch-layer.jobJvmArgs=-Dbatchlayer.test.holdLeaseUntil=${release}"])
def services = []
try {
    lib.awaitText(new File(work, 'logs/spark-ingest.log'), 'holding the lease until', first, firstLog, 900)
    services = new JsonSlurper().parse(new File(work, 'cluster.json')).processes.collect { it.pid as long }
    assert services : 'build 1 runs its services'
    def owner = new JsonSlurper().parse(new File(work, 'owner.json'))
    assert owner.pid == first.pid() : "owner.json names build 1 (${first.pid()}): ${owner}"
    assert !owner.kept

    // build 2, same directory, while build 1 runs: refused at once, naming build 1
    assert lib.run(secondLog, ['verify']) != 0 : 'build 2 must be refused'
    def second = secondLog.text
    assert second.contains("cluster-up refused: the cluster in ${work}") : second
    assert second.contains("belongs to a build that is still running: pid ${first.pid()} ") : second
    assert second.contains('Wait until that build has finished, or give this one another -Dbatch-layer.workDir')
    assert !second.contains('starting the embedded cluster')
    assert first.alive : 'build 1 still runs'
    assert services.every { ProcessHandle.of(it).map { it.alive }.orElse(false) } : 'build 1 kept its services'
} finally {
    release.text = 'go'
    lib.await(first, firstLog, 1200)
}

// build 1 passed as if alone
def log = firstLog.text
assert first.exitValue() == 0 : log
assert log.contains('BUILD SUCCESS')
assert log =~ /ingest: batch 1 offsets \{"0":\[0,3280\]\} landed 3,280 rows, quarantined 0; committed in all 3,280 rows in 1 batches/
def result = new JsonSlurper().parse(new File(work, 'verify.json'))
result.checks.each { assert it.passed : "check ${it.name}: expected ${it.expected}, actual ${it.actual}" }
assert result.passed
def ingest = new JsonSlurper().parse(new File(work, 'results/ingest.json'))
assert ingest.committedRows == 3280
// and left nothing: no state, no claim, no service process
assert !new File(work, 'cluster.json').exists()
assert !new File(work, 'owner.json').exists()
services.each { pid -> assert !ProcessHandle.of(pid).map { it.alive }.orElse(false) : "service ${pid} still runs" }
return true
