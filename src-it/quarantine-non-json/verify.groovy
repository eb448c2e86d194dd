import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

// 100 good records landed, the 4 bad messages (offsets 100..103) went to quarantine, none dropped
assert log =~ /ingest: batch 1 offsets \{"0":\[0,104\]\} landed 100 rows, quarantined 4/
assert log =~ /4 message\(s\) quarantined/
assert log.contains('not_json')
// verify failed the build naming the quarantine
def result = new JsonSlurper().parse(new File(work, 'verify.json'))
assert !result.passed
def quarantine = result.checks.find { it.name.toLowerCase().contains('quarantin') }
assert quarantine != null && !quarantine.passed
assert log =~ /(?s)BUILD FAILURE.*quarantin/
// the other figures still agree: the good records are all there
assert result.checks.findAll { !it.passed }.every { it.name.toLowerCase().contains('quarantin') } :
        "only the quarantine check should fail: ${result.checks.findAll { !it.passed }}"
assert !new File(work, 'cluster.json').exists()
return true
