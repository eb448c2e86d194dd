def log = new File(basedir, 'build.log').text
def jdks = new File(basedir, 'target/jdks')
def work = new File(basedir, 'target/batch-layer')

// build 1 (the Java 11 toolchain): refused by cluster-up before anything started, naming the JDK found, the
// range and the two ways to choose another; its java was never run (the release file told the version)
def builds = log.split(/(?m)^\[INFO\] Building toolchain-jdk /)
assert builds.size() == 3 : 'two builds expected in build.log'
def refused = builds[1]
def java11 = new File(jdks, 'java-11/bin/java')
assert refused.contains("the JDK ${java11} (Java 11, from the maven-toolchains-plugin 'jdk' toolchain) cannot run the engines")
assert refused.contains('they need Java 17 to 21')
assert refused.contains('-Dbatch-layer.javaHome=') && refused.contains("maven-toolchains-plugin 'jdk' toolchain.")
assert !refused.contains('starting the embedded cluster') && refused.contains('BUILD FAILURE')
assert !new File(jdks, 'java-11/ran').exists()

// build 2 (the wrapped running JDK): every forked JVM started from the toolchain's bin/java, the broker, the
// NameNode, the DataNode and the Spark driver among them
def wrapped = new File(jdks, 'wrapped/bin/java')
def starts = new File(basedir, 'target/forks.log').readLines()
assert starts.every { it.startsWith("${wrapped} ") } : starts.join('\n')
def forks = starts.collect { (it =~ /@\S*\/([^\/\s]+)\.args/).with { m -> m.find() ? m.group(1) : it } } as Set
assert forks.containsAll(['kafka', 'namenode', 'datanode']) : forks
assert forks.any { it.startsWith('spark-') } : forks
assert builds[2].contains('starting the embedded cluster') && builds[2].contains('BUILD SUCCESS')
assert new File(work, 'inferred-schema.ddl').text.contains('exam_name')

// nothing left running
assert !new File(work, 'cluster.json').exists()
return true
