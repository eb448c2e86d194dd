import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

def slurper = new JsonSlurper()
def journal = new File(work, 'journal.jsonl').readLines().findAll { it.trim() }.collect { slurper.parseText(it) }
def ingests = journal.findAll { it.goal == 'ingest' && it.status == 'OK' }*.figures

// 100 good records landed, the 4 bad messages (offsets 100..103) went to quarantine, none dropped
assert ingests.size() == 1
def ingest = ingests[0]
assert ingest.batchId == 1 && ingest.offsets == ['0': [0, 104]] && ingest.rowsLanded == 100 && ingest.quarantined == 4
assert ingest.quarantineReasons.values().sum() == 4
assert ingest.quarantineReasons.containsKey('not_json') : ingest.quarantineReasons
assert slurper.parse(new File(work, 'results/ingest.json')).quarantineReasons == ingest.quarantineReasons
// verify failed the build naming the quarantine
def result = slurper.parse(new File(work, 'verify.json'))
assert !result.passed
def quarantine = result.checks.find { it.name.toLowerCase().contains('quarantin') }
assert quarantine != null && !quarantine.passed
assert log =~ /(?s)BUILD FAILURE.*quarantin/
// the other figures still agree: the good records are all there
assert result.checks.findAll { !it.passed }.every { it.name.toLowerCase().contains('quarantin') } :
        "only the quarantine check should fail: ${result.checks.findAll { !it.passed }}"
assert !new File(work, 'cluster.json').exists()
return true
