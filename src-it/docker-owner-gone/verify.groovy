// Nothing outlives its owner on the docker launcher, and a cluster-up removes only runs no reaper watches.
// (b) kill -9 during a command-line cluster-up; (d) a simulated second checkout at the same path (its own live
// reaper) and an orphaned run; (a) kill -9 during a lifecycle build's ingest; (c) a kept cluster survives its mvn
// and cluster-down removes it; (e) a cluster-up elsewhere that needs its port names it. Containers are watched with the docker CLI by their labels, as a user would.
import java.util.concurrent.TimeUnit

def lib = evaluate(new File(basedir, '../../../../src-it/fault-injection.groovy'))
def work = new File(basedir, 'target/batch-layer')
String baseImage = System.getenv('BATCH_LAYER_BASE_IMAGE') ?: 'batch-layer/jre:17-bookworm'
String engine = System.getenv('DOCKER_HOST') ?: 'unix:///var/run/docker.sock'
String RUN = 'io.github.batchlayer.run'
String PROJECT = 'io.github.batchlayer.project'
String SERVICE = 'io.github.batchlayer.service'

def docker = { List args ->
    def p = (['docker'] + args).collect { it.toString() }.execute()
    def out = new StringBuilder()
    def err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "docker ${args.join(' ')} failed: ${err}"
    out.toString().trim()
}
def ids = { String text -> text.readLines().findAll { it.trim() } }
def containers = { String label -> ids(docker(['ps', '-aq', '--filter', "label=${label}"])) }
def running = { String label -> ids(docker(['ps', '-q', '--filter', "label=${label}", '--filter', 'status=running'])) }
// Polls until no container carries the label: the seconds that took, failing after `seconds`.
def awaitGone = { String label, int seconds ->
    long start = System.nanoTime()
    while (containers(label)) {
        assert System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds) :
                "containers with ${label} still there after ${seconds} s:\n" + docker(['ps', '-a', '--filter', "label=${label}"])
        sleep 1000
    }
    String.format('%.0f', (System.nanoTime() - start) / 1e9)
}
def awaitDead = { List<ProcessHandle> processes, int seconds ->
    long start = System.nanoTime()
    while (processes.any { it.alive }) {
        assert System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds) :
                "processes still running ${seconds} s after Maven was killed: ${processes.findAll { it.alive }*.pid()}"
        sleep 500
    }
}
def runOf = { File log ->
    def m = log.text =~ /it removes run ([0-9a-f-]+) /
    assert m.find() : "no reaper was started; ${log}:\n${log.text}"
    m.group(1)
}
def killHard = { Process p ->
    p.destroyForcibly() // SIGKILL: no shutdown hook, no finally
    p.waitFor()
}
def report = { String line -> println "docker-owner-gone: ${line}" }

String project = null
Socket otherOwner = null
List<Process> builds = []
try {
    // (b) kill -9 during a command-line cluster-up (a kept cluster, but not yet a successful one)
    def bLog = new File(basedir, 'b-cluster-up-killed.log')
    def b = lib.start(bLog, ['batch-layer:cluster-up'])
    builds << b
    lib.awaitText(bLog, 'started namenode', b, bLog, 900)
    killHard(b)
    assert !bLog.text.contains('cluster ready in') : 'the kill came before cluster-up succeeded'
    String runB = runOf(bLog)
    int leftB = containers("${RUN}=${runB}").size()
    assert leftB >= 3 : 'the reaper, kafka and namenode were there at the kill'
    String goneB = awaitGone("${RUN}=${runB}", 60)
    report "(b) kill -9 during cluster-up: ${leftB} container(s) of run ${runB} at the kill, none ${goneB} s later"

    // (d) a second checkout at the same path: the same project label, a live run owned through its own reaper
    // (owned from here); and an orphaned run of that path, whose reaper is gone
    def m = bLog.text =~ /\(project ([0-9a-f]{12}), base image/
    assert m.find()
    project = m.group(1)
    def im = bLog.text =~ /(batch-layer\/reaper:[0-9a-f]{16})/
    assert im.find()
    String reaperImage = im.group(1)
    String other = "other-checkout-${UUID.randomUUID()}"
    String orphan = "orphan-${UUID.randomUUID()}"
    def labels = { String run, String service ->
        ['--label', "${PROJECT}=${project}", '--label', "${RUN}=${run}", '--label', "${SERVICE}=${service}"]
    }
    def engineAccess = engine.startsWith('unix://')
            ? ['-v', "${engine.substring(7)}:${engine.substring(7)}", '-e', "DOCKER_HOST=${engine}"]
            : ['-e', "DOCKER_HOST=${engine}"]
    String otherReaper = "batch-layer-${project}-other-reaper"
    docker(['run', '-d', '--network', 'host', '--name', otherReaper] + labels(other, 'reaper') + engineAccess
            + [reaperImage, "${RUN}=${other}", '10', '300'])
    docker(['run', '-d', '--network', 'none', '--name', "batch-layer-${project}-other-kafka"] + labels(other, 'kafka')
            + [baseImage, 'sleep', '900'])
    docker(['run', '-d', '--network', 'none', '--name', "batch-layer-${project}-orphan-kafka"]
            + labels(orphan, 'kafka') + [baseImage, 'sleep', '900'])
    int port = -1
    long waitedFrom = System.nanoTime()
    while (port < 0) {
        def pm = docker(['logs', otherReaper]) =~ /reaper listening on 127\.0\.0\.1:(\d+)/
        if (pm.find()) {
            port = pm.group(1) as int
        } else {
            assert System.nanoTime() - waitedFrom < TimeUnit.SECONDS.toNanos(120) : docker(['logs', otherReaper])
            sleep 250
        }
    }
    otherOwner = new Socket(InetAddress.getLoopbackAddress(), port)
    def otherIn = new BufferedReader(new InputStreamReader(otherOwner.inputStream, 'UTF-8'))
    otherOwner.outputStream.write("OWN ${RUN}=${other}\n".getBytes('UTF-8'))
    otherOwner.outputStream.flush()
    assert otherIn.readLine() == 'OWNED'

    // (a) kill -9 during a lifecycle build's ingest (its driver holds the raw path's lease until told)
    def release = new File(basedir, 'target/release-ingest')
    def aLog = new File(basedir, 'a-verify-killed-in-ingest.log')
    def a = lib.start(aLog, ['verify', "-Dbatch-layer.jobJvmArgs=-Dbatchlayer.test.holdLeaseUntil=${release}"])
    builds << a
    lib.awaitText(new File(work, 'logs/spark-ingest.log'), 'holding the lease until', a, aLog, 900)
    String runA = runOf(aLog)
    String aText = aLog.text
    assert aText.contains("removed 1 container(s) of ${orphan} that no reaper watches any more") : aText
    assert aText.contains("left alone: run ${other} (project ${project})") : aText
    assert !containers("${RUN}=${orphan}") : 'the orphaned run was removed'
    assert running("${RUN}=${other}").size() == 2 : "the other checkout's live run was left alone"
    List<ProcessHandle> forks = a.toHandle().descendants().toList()
    assert forks : 'the ingest runs in a forked driver'
    int leftA = containers("${RUN}=${runA}").size()
    assert leftA == 6 : 'five services and the reaper'
    killHard(a)
    String goneA = awaitGone("${RUN}=${runA}", 60)
    awaitDead(forks, 60)
    report "(a) kill -9 during ingest: ${leftA} container(s) of run ${runA} at the kill, none ${goneA} s later; " +
            "${forks.size()} forked JVM(s) gone"
    report "(d) that cluster-up removed the orphaned run ${orphan} (1 container) and left the same-path run ${other} alone"

    // (d, continued) the other checkout's run is still there; its owner goes, and so does it
    assert running("${RUN}=${other}").size() == 2 : "the other checkout's run outlived our killed build"
    otherOwner.close()
    String goneOther = awaitGone("${RUN}=${other}", 60)
    report "(d) the other checkout's run (2 containers) stayed through our builds; gone ${goneOther} s after its owner"

    // (c) a kept cluster: cluster-up typed on the command line outlives its mvn; cluster-down removes it
    def cLog = new File(basedir, 'c-kept-cluster-up.log')
    assert lib.run(cLog, ['batch-layer:cluster-up']) == 0 : cLog.text
    assert cLog.text.contains('(kept running: stop it with mvn batch-layer:cluster-down)')
    String runC = runOf(cLog)
    long cEnded = System.nanoTime()

    // (e) meanwhile, a build elsewhere that needs the kept cluster's Kafka port is told who holds it
    def km = cLog.text =~ /cluster ready in [0-9.]+ s: Kafka 127\.0\.0\.1:(\d+)/
    assert km.find()
    def eLog = new File(basedir, 'e-port-taken.log')
    def elsewhere = new File(basedir, 'target/elsewhere')
    assert lib.run(eLog, ['batch-layer:cluster-up', "-Dbatch-layer.workDir=${elsewhere}",
                          "-Dbatch-layer.kafkaPort=${km.group(1)}"]) != 0 : 'the port is taken'
    String eText = eLog.text
    assert eText.contains("port ${km.group(1)} on 127.0.0.1 is already in use") : eText
    assert eText.contains("other batch-layer clusters run on this engine and may hold it: run ${runC} (project ${project})")
    // the project label: as ClusterLabels.projectId computes it from the work directory
    String elsewhereProject = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance('SHA-256')
            .digest(elsewhere.toPath().toAbsolutePath().normalize().toString().getBytes('UTF-8')), 0, 6)
    assert !containers("${PROJECT}=${elsewhereProject}") : 'the refused cluster-up started nothing'
    report "(e) a cluster-up elsewhere needing the kept cluster's Kafka port ${km.group(1)} was refused naming run " +
            "${runC}, starting nothing"

    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cEnded)
    // past the reaper's 10 s grace period: a reaper that would remove the kept cluster has done so by now
    sleep(Math.max(0L, TimeUnit.SECONDS.toMillis(20) - waited))
    int keptC = running("${RUN}=${runC}").size()
    assert keptC == 6 : 'the kept cluster survived its mvn: ' + docker(['ps', '-a', '--filter', "label=${RUN}=${runC}"])
    def reaperC = ids(docker(['ps', '-q', '--filter', "label=${RUN}=${runC}", '--filter', "label=${SERVICE}=reaper"]))
    assert reaperC.size() == 1
    assert docker(['logs', reaperC[0]]).contains('kept: ')
    def dLog = new File(basedir, 'c-cluster-down.log')
    assert lib.run(dLog, ['batch-layer:cluster-down']) == 0 : dLog.text
    assert dLog.text =~ /docker cluster ${runC}: removed 6 container\(s\)/
    assert !containers("${RUN}=${runC}")
    report "(c) kept cluster: ${keptC} container(s) of run ${runC} running ${Math.max(20L, waited.intdiv(1000))} s after its mvn ended; " +
            "cluster-down removed them all"

    assert !containers("${PROJECT}=${project}") : 'nothing of this project is left'
} finally {
    otherOwner?.close()
    builds.findAll { it.alive }.each { killHard(it) }
    if (project != null) {
        def left = containers("${PROJECT}=${project}")
        if (left) {
            docker(['rm', '-f'] + left)
        }
    }
}
return true
