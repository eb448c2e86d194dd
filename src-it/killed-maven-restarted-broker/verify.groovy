import groovy.json.JsonSlurper
import java.nio.file.Files
import java.util.concurrent.TimeUnit

def lib = evaluate(new File(basedir, '../../../../src-it/fault-injection.groovy'))
def json = new JsonSlurper()
def work = new File(basedir, 'target/batch-layer')
def topic = 'video-books-assessments'
def records = 3280

// Every JVM of this work directory (services, one-shot tools, Spark drivers) runs `java @<work>/logs/NAME.args`,
// the watchdog inside it: a process is ours when its command line names an argument file under the work dir.
def ours = {
    ProcessHandle.allProcesses().filter { it.alive && it.info().commandLine().orElse('').contains("@${work}/") }
            .toList()
}
def running = { String service ->
    ours().find { it.info().commandLine().orElse('').contains("@${work}/logs/${service}.args") }
}
def describe = { List<ProcessHandle> ps ->
    ps.collect { "${it.pid()}: ${it.info().commandLine().orElse('?')}" }.join('\n')
}
def awaitUntil = { String what, int seconds, Closure<Boolean> done ->
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
    while (!done()) {
        assert System.nanoTime() < deadline : "not within ${seconds} s: ${what}"
        sleep 200
    }
}
// After a kill -9 of Maven nothing it started may be left: the watchdogs stop every JVM within 45 s.
def awaitNothingLeft = { String afterWhat ->
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45)
    while (ours() && System.nanoTime() < deadline) {
        sleep 500
    }
    def left = ours()
    left.each { it.destroyForcibly() }   // a failed case must not leave them to the next build
    assert !left : "${afterWhat}: still running after 45 s:\n${describe(left)}"
}

// ---- case 1: kill -9 of a command-line cluster-up (a kept cluster) while its services boot
def upLog = new File(basedir, 'killed-cluster-up.log')
def up = lib.start(upLog, ['batch-layer:cluster-up'])
try {
    awaitUntil('cluster-up started kafka, namenode and datanode', 600) {
        assert up.alive : "cluster-up ended before its services ran; its log:\n${upLog.text}"
        running('kafka') && running('namenode') && running('datanode')
    }
    assert !new File(work, 'cluster.json').exists() : 'the kill must come while cluster-up waits for its services'
} catch (Throwable t) {
    up.destroyForcibly()
    awaitNothingLeft('case 1 failed')
    throw t
}
def booting = ours()
up.destroyForcibly()                 // mvn's launcher execs the JVM: this is kill -9 of Maven itself
assert up.waitFor(30, TimeUnit.SECONDS)
awaitNothingLeft('kill -9 of cluster-up while starting')
println "case 1: kill -9 of cluster-up while ${booting.size()} JVMs booted (${booting*.pid()}): none left"

// ---- case 2: kill -9 of a lifecycle build during its ingest; the driver holds the raw path's lease until
// `release` exists, which it never will: a sure moment inside ingest
def verifyLog = new File(basedir, 'killed-verify.log')
def release = new File(basedir, 'target/never-released')
def build = lib.start(verifyLog, ['verify', "-Dbatch-layer.jobJvmArgs=-Dbatchlayer.test.holdLeaseUntil=${release}"])
def inIngest
try {
    lib.awaitText(new File(work, 'logs/spark-ingest.log'), 'holding the lease until', build, verifyLog, 900)
    def services = json.parse(new File(work, 'cluster.json')).processes
    inIngest = ours()
    // the job runs on the cluster's warm driver (spark-driver), or on a fresh one (spark-ingest) when it is off
    assert running('spark-driver') || running('spark-ingest') : "the ingest driver runs:\n${describe(inIngest)}"
    services.each { s -> assert inIngest*.pid().contains(s.pid as long) : "service ${s.name} runs" }
} catch (Throwable t) {
    build.destroyForcibly()
    awaitNothingLeft('case 2 failed')
    throw t
}
build.destroyForcibly()
assert build.waitFor(30, TimeUnit.SECONDS)
awaitNothingLeft('kill -9 of mvn verify during ingest')
println "case 2: kill -9 of mvn verify during ingest, ${inIngest.size()} JVMs (${inIngest*.pid()}): none left"

// ---- case 3: the next build in this directory works: a kept cluster, and its broker restarted mid-publish
def keptLog = new File(basedir, 'cluster-up-kept.log')
assert lib.run(keptLog, ['batch-layer:cluster-up', 'batch-layer:create-topic']) == 0 : keptLog.text
def state = json.parse(new File(work, 'cluster.json'))
def broker = state.processes.find { it.name == 'kafka' }
long brokerPid = broker.pid as long
// the broker's own command line, working directory and environment, to start it again exactly as it ran
def proc = "/proc/${brokerPid}"
def argv = new String(new File(proc, 'cmdline').bytes, 'UTF-8').split('\u0000') as List
def brokerDir = Files.readSymbolicLink(new File(proc, 'cwd').toPath()).toFile()
def brokerEnv = new String(new File(proc, 'environ').bytes, 'UTF-8').split('\u0000').findAll { it.contains('=') }
        .collectEntries { def i = it.indexOf('='); [(it.substring(0, i)): it.substring(i + 1)] }
assert argv == [argv[0], "@${broker.argFile}".toString()] : argv
def restarted = []
def relaunch = {
    def pb = new ProcessBuilder(argv).directory(brokerDir).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(broker.logFile as String)))
            .redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
    pb.environment().clear()
    pb.environment().putAll(brokerEnv)
    def p = pb.start()
    restarted << p
    brokerPid = p.pid()
}
def stopBroker = { boolean kill9 ->
    def handle = ProcessHandle.of(brokerPid).orElseThrow()
    kill9 ? handle.destroyForcibly() : handle.destroy()
    handle.onExit().get(120, TimeUnit.SECONDS)
}

def kafka = lib.kafkaAdmin(state.endpoints.kafkaBootstrapServers)
def logDown = new File(basedir, 'cluster-down.log')
try {
    def cls = { String name -> kafka.loader.loadClass(name) }
    def endOffset = { String t ->
        def tp = cls('org.apache.kafka.common.TopicPartition').newInstance(t, 0)
        kafka.admin.listOffsets([(tp): cls('org.apache.kafka.clients.admin.OffsetSpec').latest()]).all()
                .get(20, TimeUnit.SECONDS).get(tp).offset()
    }
    def awaitBroker = { String t ->
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300)
        while (true) {
            try {
                return endOffset(t)
            } catch (Exception e) {
                assert System.nanoTime() < deadline : "the restarted broker did not answer within 300 s: ${e}"
                sleep 500
            }
        }
    }
    // a producer quota on the broker (kept in its metadata log, so across restarts) makes each publish last
    // seconds instead of a fraction of one: the restart lands mid-send. Kafka lets a burst of about 11 s of the
    // quota through at once; the rest of a half of the file (~1.2 MB compressed) waits for the restarted broker.
    def entity = cls('org.apache.kafka.common.quota.ClientQuotaEntity')
            .newInstance([[(cls('org.apache.kafka.common.quota.ClientQuotaEntity').CLIENT_ID): null]] as Object[])
    def op = cls('org.apache.kafka.common.quota.ClientQuotaAlteration$Op').newInstance('producer_byte_rate', 80_000d)
    kafka.admin.alterClientQuotas([cls('org.apache.kafka.common.quota.ClientQuotaAlteration')
            .newInstance(entity, [op])]).all().get(60, TimeUnit.SECONDS)

    // Publishes args while the broker is stopped (kill -9 or SIGTERM) once it acknowledged some of them, and
    // started again with its own command line; returns the mvn process, its log and the end offset at the stop.
    def publishThroughRestart = { String name, String t, long from, long to, boolean kill9, List extra ->
        def log = new File(basedir, "publish-${name}.log")
        def p = lib.start(log, ['batch-layer:publish', "-Dbatch-layer.topic=${t}", "-Dbatch-layer.from=${from}",
                                "-Dbatch-layer.to=${to}", '-Dbatch-layer.progressSeconds=1'] + extra)
        awaitUntil("publish ${name} got its first acknowledgement", 300) {
            assert p.alive : "publish ${name} ended before the broker was stopped; its log:\n${log.text}"
            endOffset(t) > from
        }
        long atStop = endOffset(t)
        stopBroker(kill9)
        // what the stopped broker held: a clean shutdown writes its high watermarks, and a SIGTERM'd broker
        // serves requests for a while as it shuts down; kill -9 stops it at once, at about the offset just read
        if (!kill9) {
            def mark = new File(work, 'kafka/data/replication-offset-checkpoint').readLines()
                    .find { it.startsWith("${t} 0 ") }
            assert mark : 'the stopped broker wrote its high watermark'
            atStop = mark.split(' ')[2] as long
        }
        assert p.alive : "publish ${name} ended before the broker stopped (at offset ${atStop}): ${log.text}"
        assert atStop < to : "the broker stopped after publish ${name} had sent everything (offset ${atStop})"
        [process: p, log: log, atStop: atStop]
    }

    // 3a and 3b: SIGTERM, then kill -9, each mid-publish of half the file; both publishes complete
    def halves = [[name: 'sigterm', from: 0, to: 1640, kill9: false],
                  [name: 'kill9', from: 1640, to: records, kill9: true]]
    halves.each { c ->
        def run = publishThroughRestart(c.name, topic, c.from, c.to, c.kill9, [])
        relaunch()
        assert lib.await(run.process, run.log, 600) == 0 : run.log.text
        def text = run.log.text
        assert text =~ /published ${String.format('%,d', c.to - c.from)} records \(.*end offsets \{0=${c.to}\}/ : text
        println "case 3 (${c.name}): broker stopped at end offset ${run.atStop} of [${c.from}, ${c.to}), started " +
                "again as pid ${brokerPid}; publish completed: " + (text =~ /published [^\n]*/)[0]
    }
    assert endOffset(topic) == records

    // 3c: a delivery timeout shorter than the broker's absence: publish fails naming what was acknowledged
    def failing = 'restart-fails'
    kafka.admin.createTopics([cls('org.apache.kafka.clients.admin.NewTopic').newInstance(failing, 1, (short) 1)
            .configs(['max.message.bytes': '5242880'])]).all().get(60, TimeUnit.SECONDS)
    def run = publishThroughRestart('fails', failing, 0, records, false, ['-Dkafka.delivery.timeout.ms=10000',
            '-Dkafka.request.timeout.ms=3000', '-Dkafka.max.block.ms=10000'])
    lib.awaitText(run.log, 'nothing more is sent, waiting for the records in flight', run.process, run.log, 300)
    relaunch()
    assert lib.await(run.process, run.log, 600) != 0 : 'the publish must fail'
    def failure = run.log.text
    def acked = (failure =~ /([\d,]+) of ([\d,]+) records sent were acknowledged/)
    assert acked : failure
    long acknowledged = acked[0][1].replace(',', '') as long
    long inTopic = awaitBroker(failing)
    assert failure.contains("publish to ${failing} failed at record ") : failure
    assert acknowledged == inTopic : "the failure names ${acknowledged} acknowledged, the topic holds ${inTopic}"
    if (failure.contains('The topic holds exactly the acknowledged records')) {
        assert failure.contains("to publish the rest, run the publish again with -Dbatch-layer.from=${inTopic}")
    } else {
        assert failure.contains("The topic's end offsets could not be read now") : failure
    }
    println "case 3 (fails): broker down past the delivery timeout, stopped at end offset ${run.atStop}; " +
            "${acknowledged} acknowledged, ${inTopic} in the topic: " +
            (failure =~ /publish to restart-fails failed[^\n]*/)[0]

    // 3d: kill -9 of Maven during a publish (to a topic of its own): no process left, none of the cluster's stopped
    def killedTopic = 'killed-publish'
    kafka.admin.createTopics([cls('org.apache.kafka.clients.admin.NewTopic').newInstance(killedTopic, 1, (short) 1)
            .configs(['max.message.bytes': '5242880'])]).all().get(60, TimeUnit.SECONDS)
    def clusterPids = ours()*.pid() as Set
    def killedLog = new File(basedir, 'publish-killed.log')
    def killedPublish = lib.start(killedLog, ['batch-layer:publish', "-Dbatch-layer.topic=${killedTopic}"])
    awaitUntil('the publish to be killed got its first acknowledgement', 300) {
        assert killedPublish.alive : "the publish ended before it was killed; its log:\n${killedLog.text}"
        endOffset(killedTopic) > 0
    }
    killedPublish.destroyForcibly()
    assert killedPublish.waitFor(30, TimeUnit.SECONDS)
    assert (ours()*.pid() as Set) == clusterPids : "after kill -9 of publish:\n${describe(ours())}"
    // produce requests the killed client had already written to its socket may still be appended by the broker
    // after the kill: the topic's end is the offset that stays put for 3 s
    long killedAt = endOffset(killedTopic)
    long steadySince = System.nanoTime()
    awaitUntil('the killed publish\'s topic to stop growing', 60) {
        long now = endOffset(killedTopic)
        if (now != killedAt) {
            killedAt = now
            steadySince = System.nanoTime()
        }
        System.nanoTime() - steadySince > TimeUnit.SECONDS.toNanos(3)
    }
    assert killedAt < records : 'the kill must land mid-send'

    // every record of the file in the topic exactly once and in order, and ingest lands them all; the killed
    // publish left records [0, killedAt) of the file, each once, in order
    def ingestLog = new File(basedir, 'ingest-consume.log')
    assert lib.run(ingestLog, ['batch-layer:ingest', 'batch-layer:consume']) == 0 : ingestLog.text
    def killedOut = new File(work, 'killed-publish.ndjson')
    def consumeLog = new File(basedir, 'consume-killed.log')
    assert lib.run(consumeLog, ['batch-layer:consume', "-Dbatch-layer.topic=${killedTopic}",
                                "-Dbatch-layer.consumeOutput=${killedOut}"]) == 0 : consumeLog.text
    def source = json.parse(new File(work, 'data/assessments.json'))
    def messages = { File f -> f.readLines().findAll { it.trim() }.collect { json.parseText(it) } }
    def consumed = messages(new File(work, 'consumed.ndjson'))
    assert consumed.size() == records
    consumed.eachWithIndex { message, i -> assert message == source[i] : "offset ${i} is not record ${i}" }
    def leftByKill = messages(killedOut)
    assert leftByKill.size() == killedAt
    leftByKill.eachWithIndex { message, i ->
        assert message == source[i] : "${killedTopic} offset ${i} is not record ${i}"
    }
    println "case 3 (publish killed): kill -9 of mvn publish at end offset ${killedAt}: no process left, the " +
            "cluster's ${clusterPids.size()} JVMs untouched, records [0, ${killedAt}) in ${killedTopic} once, in order"
    def ingest = json.parse(new File(work, 'results/ingest.json'))
    assert ingest.rowsLanded == records && ingest.committedRows == records && ingest.offsets == ['0': [0, records]]
    println "case 3: ${consumed.size()} messages, record i at offset i; ingest landed ${ingest.rowsLanded} rows"
} finally {
    kafka.close()
    lib.run(logDown, ['batch-layer:cluster-down'])
    restarted.findAll { it.alive }.each { it.destroyForcibly() }  // only if cluster-down failed to
}
// cluster-down found the restarted broker by its argument file, and nothing is left
assert logDown.text =~ /stopped kafka \(pid ${broker.pid}, restarted since cluster-up as pid ${brokerPid}\)/ :
        logDown.text
assert !new File(work, 'cluster.json').exists()
def left = ours()
left.each { it.destroyForcibly() }
assert !left : describe(left)
return true
