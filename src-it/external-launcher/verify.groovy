import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def owner = new File(basedir, 'target/batch-layer')
def consumer = new File(basedir, 'target/consumer')

// build 1: a standalone master with an ALIVE worker, on the fixed ports
assert log =~ /cluster ready in [\d.]+ s: Kafka 127\.0\.0\.1:19192, HDFS hdfs:\/\/127\.0\.0\.1:19820, Spark spark:\/\/127\.0\.0\.1:17177/

// build 2: started nothing, checked each endpoint, ran the probe on executors
assert log.contains('external cluster answers: Kafka 127.0.0.1:19192')
assert log =~ /Spark master spark:\/\/127\.0\.0\.1:17177 is ALIVE with 1 worker\(s\)/
def slurper = new JsonSlurper()
def probe = slurper.parse(new File(consumer, 'results/probe.json'))
assert probe.failedStep == null && probe.error == null : probe
assert probe.filesystem == 'hdfs://127.0.0.1:19820' && probe.probePath == 'hdfs://127.0.0.1:19820/tmp/raw_assessments'
assert probe.master == 'spark://127.0.0.1:17177' && probe.executors in [1, 2]
def journal = new File(consumer, 'journal.jsonl').readLines().findAll { it.trim() }.collect { slurper.parseText(it) }
def ingests = journal.findAll { it.goal == 'ingest' && it.status == 'OK' }*.figures
assert ingests*.offsets == [['0': [0, 3279]], ['0': [3279, 3280]]]
assert ingests*.rowsLanded == [3279, 1] && ingests*.quarantined == [0, 0]
assert ingests[1].committedRows == 3280 && ingests[1].committedBatches == 2
def summarize = slurper.parse(new File(consumer, 'results/summarize.json'))
assert summarize.rawRows == 3280 && summarize.distinctExams == 103 && summarize.topExams.size() == 7
assert !new File(consumer, 'cluster.json').exists()

// the job ran on the worker's executors (separate JVMs), which got the job jar and the Kafka source shipped
def apps = new File(owner, 'spark-worker/work').listFiles()?.findAll { it.name.startsWith('app-') } ?: []
assert apps.size() >= 4 : "expected executor work dirs for probe, 2 ingests, summarize: $apps"
def fetched = apps.collectMany { app -> app.listFiles().collectMany { ex -> ex.list().toList() } }
assert fetched.any { it.startsWith('batch-layer-spark-job') } : "job jar not fetched by executors: $fetched"
assert fetched.any { it.startsWith('spark-sql-kafka') } : "Kafka source not shipped: $fetched"
assert !fetched.any { it.startsWith('spark-core') } : "Spark's own jars must not be shipped"

// build 3: verify judged the consumer's run: the seed's figures
def result = slurper.parse(new File(consumer, 'verify.json'))
result.checks.each { assert it.passed : "check ${it.name}: expected ${it.expected}, actual ${it.actual}" }
assert result.passed
def top = new File(consumer, 'top-exams.csv').readLines()
assert top[1] == 'Learning Git,394'

// secrets reached the driver through owner-only files, deleted after each run; never in logs or command lines
// (the work directory itself holds the journal, verify.json and report.html)
def written = ['.', 'logs', 'results'].collectMany { d -> new File(consumer, d).listFiles().findAll { it.isFile() } }
assert written.any { it.name == 'report.html' }
def texts = [log] + written.collect { it.text }
texts.each { t ->
    assert !t.contains('it-kafka-secret-value')
    assert !t.contains('it-spark-secret-value')
    assert !t.contains('it-azure-key-value')
}
assert log.contains('spark.hadoop.fs.azure.account.key.itaccount.dfs.core.windows.net=******')
def ingestArgs = new File(consumer, 'logs/spark-ingest.args').text
assert ingestArgs.contains('--kafka-properties-file')
assert ingestArgs.contains('-Dbatchlayer.sparkConfFile=')
assert !new File(consumer, 'secrets').list() : 'secret files left behind'

// build 3 stopped the five service JVMs of build 1; nothing is left
assert !new File(owner, 'cluster.json').exists()
def stopped = (log =~ /stopped ([\w-]+) \(pid (\d+)\)/).collect { [it[1], it[2] as long] }
assert stopped*.get(0).toSet() == ['spark-worker', 'spark-master', 'datanode', 'namenode', 'kafka'].toSet()
stopped.each { assert !ProcessHandle.of(it[1]).map { it.isAlive() }.orElse(false) : "${it[0]} still alive" }
return true
