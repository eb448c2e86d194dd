def log = new File(basedir, 'build.log').text
def work = new File(basedir, 'target/batch-layer')

assert log.contains('cluster ready in')
// the guard stopped the cluster in a JVM of its own, once Maven's had closed the plugin's class loader
assert log.contains('the build ended without cluster-down: stopped the cluster in') : 'the guard should stop the cluster'
assert !log.contains('NoClassDefFoundError') : 'the guard must not need the closed plugin class loader'
assert !new File(work, 'cluster.json').exists()
def pids = (log =~ /stopped \w+ \(pid (\d+)\)/).collect { it[1] as long }
assert pids.size() >= 3 : "expected the broker, NameNode and DataNode stopped, saw ${pids}"
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "pid ${pid} still runs" }
return true
