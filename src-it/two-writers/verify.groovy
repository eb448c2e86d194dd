import groovy.json.JsonSlurper

def lib = evaluate(new File(basedir, '../../../../src-it/fault-injection.groovy'))
def json = new JsonSlurper()
def work = new File(basedir, 'target/batch-layer')
def workB = new File(basedir, 'target/writer-b')
def release = new File(basedir, 'target/release-writer-a')
def endpoints = json.parse(new File(work, 'cluster.json')).endpoints
// writer B is another build on the same cluster: its own work directory, only the endpoints
def writerB = ['batch-layer:ingest', "-Dbatch-layer.workDir=${workB}",
               "-Dbatch-layer.kafkaBootstrapServers=${endpoints.kafkaBootstrapServers}",
               "-Dbatch-layer.hdfsUri=${endpoints.hdfsUri}", "-Dbatch-layer.sparkMaster=${endpoints.sparkMaster}"]
def logA = new File(basedir, 'writer-a.log')
def logB = new File(basedir, 'writer-b.log')
def logB2 = new File(basedir, 'writer-b-again.log')
def logEnd = new File(basedir, 'summarize-down-verify.log')
try {
    def a = lib.start(logA, ['batch-layer:ingest', "-Dbatch-layer.jobJvmArgs=-Dbatchlayer.test.holdLeaseUntil=${release}"])
    try {
        lib.awaitText(new File(work, 'logs/spark-ingest.log'), 'holding the lease until', a, logA, 900)
        // B starts while A holds the lease: refused before it reads, cleans or writes anything
        assert lib.run(logB, writerB) != 0 : 'writer B must fail'
        def resultRefused = json.parse(new File(workB, 'results/ingest.json'))
        assert resultRefused.refused : resultRefused
        def refused = resultRefused.error
        assert refused.contains('/tmp/raw_assessments is being written by another ingest (attempt ') : refused
        assert refused =~ /pid \d+ on host \S+ \(process started [^)]+\), build dir ${java.util.regex.Pattern.quote(work.absolutePath)}/
        assert refused.contains('writing since ')
        assert refused.contains('Wait until it has finished and run ingest again')
        // a known refusal is its message alone in Maven's output: no driver log tail, no Spark stack trace
        assert logB.text.contains('ingest refused: hdfs://') && logB.text.contains('is being written by another ingest')
        assert !logB.text.contains('last lines of') && !logB.text.contains('ConcurrentWriterException')
        assert !(logB.text =~ /(?m)^\s+at [a-z]+\.[a-z]/) : 'no stack frames'
        assert !logB.text.contains('PATH_ALREADY_EXISTS')
        assert a.alive : 'writer A is untouched'
    } finally {
        release.text = 'go'
        lib.await(a, logA, 1200)
    }
    assert a.exitValue() == 0 : logA.text
    def resultA = json.parse(new File(work, 'results/ingest.json'))
    assert resultA.batchId == 1 && resultA.rowsLanded == 3280 && resultA.committedRows == 3280 : resultA

    // B again, after A: nothing new, nothing twice
    assert lib.run(logB2, writerB) == 0 : logB2.text
    def resultB = json.parse(new File(workB, 'results/ingest.json'))
    assert resultB.batchId == null && resultB.rowsLanded == 0 : resultB
    assert resultB.committedRows == 3280 && resultB.committedBatches == 1 : resultB
} finally {
    lib.run(logEnd, ['batch-layer:summarize', 'batch-layer:cluster-down', 'batch-layer:verify', '-Dbatch-layer.failFast=false'])
}
// every published record landed once: verify reconciles raw against the source file (count, exams, per exam)
def result = json.parse(new File(work, 'verify.json'))
result.checks.each { assert it.passed : "check ${it.name}: expected ${it.expected}, actual ${it.actual}" }
assert result.passed
assert logEnd.text =~ /summarize: 3,280 raw rows, 103 exams/
assert !new File(work, 'cluster.json').exists()
assert !new File(work, 'owner.json').exists()
return true
