def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

// publish names the missing topic and the goal that makes it, at once (not after a metadata timeout)
assert log.contains('topic never-created does not exist; run create-topic first') : 'publish should name the missing topic'
assert log.contains('recorded in')
// the failure was recorded, the build reached cluster-down, and verify failed it
assert log.contains('cluster stopped')
assert !new File(work, 'cluster.json').exists()
assert log =~ /(?s)BUILD FAILURE.*publish/
return true
