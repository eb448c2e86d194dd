import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def lib = evaluate(new File(basedir, '../../../../src-it/fault-injection.groovy'))
def json = new JsonSlurper()
def work = new File(basedir, 'target/batch-layer')
def topic = 'video-books-assessments'
def first = json.parse(new File(work, 'results/ingest.json'))
assert first.committedRows == 3280 && first.topicId : first

def logDown = new File(basedir, 'cluster-down.log')
try {
    // the fault: delete the topic and create it again (a new topic id), through the plugin's own kafka-clients
    def kafka = lib.kafkaAdmin(json.parse(new File(work, 'cluster.json')).endpoints.kafkaBootstrapServers)
    try {
        kafka.admin.deleteTopics([topic]).all().get(60, TimeUnit.SECONDS)
        def newTopic = kafka.loader.loadClass('org.apache.kafka.clients.admin.NewTopic')
                .newInstance(topic, 1, (short) 1).configs(['max.message.bytes': '5242880'])
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
        while (true) {            // deletion completes in the background: the name is free once it has
            try {
                kafka.admin.createTopics([newTopic]).all().get(60, TimeUnit.SECONDS)
                break
            } catch (java.util.concurrent.ExecutionException e) {
                assert e.cause.class.simpleName == 'TopicExistsException' && System.nanoTime() < deadline : e
                sleep 500
            }
        }
    } finally {
        kafka.close()
    }

    // the same records again, and an ingest: it must say what changed, not "nothing new"
    def logFail = new File(basedir, 'ingest-after-recreate.log')
    assert lib.run(logFail, ['batch-layer:publish', 'batch-layer:ingest']) != 0 : logFail.text
    def failed = json.parse(new File(work, 'results/ingest.json'))
    assert failed.refused : failed
    def error = failed.error
    assert error.contains("topic ${topic} is not the one its 1 committed batch(es) (up to batch 1) read: "
            + "it was deleted and created again (topic id ${first.topicId} then, ") : error
    assert error.contains('-Dbatch-layer.onTopicChange=restart-from-earliest') : error
    assert !logFail.text.contains('nothing new')
    assert logFail.text.contains('ingest refused: topic ') && !logFail.text.contains('last lines of') : logFail.text

    // with the option: the new topic from its earliest offset, into the same raw path
    def logRestart = new File(basedir, 'ingest-restart.log')
    assert lib.run(logRestart, ['batch-layer:ingest', '-Dbatch-layer.onTopicChange=restart-from-earliest']) == 0 : logRestart.text
    def restarted = json.parse(new File(work, 'results/ingest.json'))
    assert restarted.batchId == 2 && restarted.topicRestart : restarted
    assert restarted.offsets == ['0': [0, 3280]] : restarted
    assert restarted.rowsLanded == 3280 && restarted.committedRows == 6560 : restarted
    assert restarted.topicId != first.topicId && restarted.clusterId == first.clusterId

    // and the next ingest continues the new topic without the option
    def logNext = new File(basedir, 'ingest-next.log')
    assert lib.run(logNext, ['batch-layer:ingest']) == 0 : logNext.text
    def next = json.parse(new File(work, 'results/ingest.json'))
    assert next.batchId == null && next.rowsLanded == 0 && next.committedRows == 6560 : next
} finally {
    lib.run(logDown, ['batch-layer:cluster-down'])
}
assert !new File(work, 'cluster.json').exists()
return true
