import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

// the topic: created once, the second create-topic accepts it as it is
assert log.contains('created topic video-books-assessments')
assert log.contains('topic exists already: video-books-assessments')
assert log =~ /PartitionCount: 1\s+ReplicationFactor: 1\s+Configs: max\.message\.bytes=5242880/

// the seed's slices, and the end offsets after each
assert log.contains('end offsets {0=1000}')
assert log.contains('end offsets {0=2000}')
assert log.contains('end offsets {0=3000}')
assert log.contains('end offsets {0=3279}')
assert log.contains('end offsets {0=3280}')

// message i is record i, compact, byte for byte (the generator writes one compact record per line)
def source = new File(work, 'data/assessments.json').readLines()
        .findAll { it.startsWith('{') }
        .collect { it.endsWith(',') ? it[0..-2] : it }
def messages = new File(work, 'consumed.ndjson').readLines()
assert source.size() == 3280
assert messages.size() == 3280
def slurper = new JsonSlurper()
[0, 1, 999, 1000, 2999, 3278, 3279].each { i ->
    assert messages[i] == source[i] : "message $i differs from record $i"
    assert slurper.parseText(messages[i]) == slurper.parseText(source[i])
}
assert (0..<3280).every { messages[it] == source[it] }
assert slurper.parseText(messages[0]).keen_id == '5a6745820eb8ab00016be1f1'
assert slurper.parseText(messages[3279]).exam_name == 'Learning Linux System Administration'

// cluster-down stopped every JVM cluster-up started
assert !new File(work, 'cluster.json').exists()
def pids = (log =~ /stopped ([\w-]+) \(pid (\d+)\)/).collect { it[2] as long }
assert pids.size() == 3 : "expected kafka, namenode and datanode to be stopped: $pids"
// this build runs no Spark goal: cluster-up started no warm driver
assert !log.contains('warm Spark driver starting')
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "pid $pid still alive" }
return true
