// Shared by the fault-injection ITs (second-build-refused, two-writers, recreated-topic,
// killed-maven-restarted-broker): the invoker runs its builds one after another, and these cases need a second mvn
// while the first runs, or a fault between builds.
// verify.groovy evaluates this file and gets a map of closures. Every wait has a deadline and names what it
// waited for; nothing asserts on how long anything took.
import java.util.concurrent.TimeUnit

def mvnExe = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def settings = new File(basedir.parentFile, 'interpolated-settings.xml')
assert settings.isFile() : "no ${settings}: the ITs run through the invoker's interpolated settings"

// Starts `mvn args` in this IT's directory, its whole output to log.
def start = { File log, List args ->
    def cmd = [mvnExe, '-B', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString()] + args
    new ProcessBuilder(cmd.collect { it.toString() }).directory(basedir).redirectErrorStream(true)
            .redirectOutput(log).start()
}

// Waits until the process ends; fails (and stops it) after the deadline.
def await = { Process p, File log, int seconds ->
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroy()
        assert false : "mvn did not end within ${seconds} s; its log ${log}:\n${log.text}"
    }
    p.exitValue()
}

// Runs `mvn args` to its end: the exit code.
def run = { File log, List args -> await(start(log, args), log, 1200) }

// Waits until file holds text, while the process p still runs.
def awaitText = { File file, String text, Process p, File log, int seconds ->
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
    while (!(file.isFile() && file.text.contains(text))) {
        assert p.alive : "mvn ended before ${file} said '${text}'; its log:\n${log.text}"
        assert System.nanoTime() < deadline : "${file} did not say '${text}' within ${seconds} s"
        sleep 250
    }
}

// An Admin client of the plugin's own kafka-clients, from the ITs' local repository (for faults no goal makes).
def kafkaAdmin = { String bootstrap ->
    def jar = { String dir, String prefix ->
        def found = new File(localRepositoryPath, dir).listFiles()?.findAll { it.isDirectory() }
                ?.collect { new File(it, "${prefix}-${it.name}.jar") }?.findAll { it.isFile() }?.sort()
        assert found : "no ${prefix} jar under ${localRepositoryPath}/${dir}"
        found.last().toURI().toURL()
    }
    def loader = new URLClassLoader([jar('org/apache/kafka/kafka-clients', 'kafka-clients'),
                                     jar('org/slf4j/slf4j-api', 'slf4j-api')] as URL[], this.class.classLoader)
    // the clients log through Maven's SLF4J: their INFO lines (a config dump per client, a reconnect line every
    // few hundred ms while a broker is down) would fill the invoker's output
    System.setProperty('org.slf4j.simpleLogger.log.org.apache.kafka', 'warn')
    def props = new Properties()
    props.put('bootstrap.servers', bootstrap)
    // Kafka loads its configured classes through the context class loader: ours while the client lives
    def thread = Thread.currentThread()
    def previous = thread.contextClassLoader
    thread.contextClassLoader = loader
    def admin = loader.loadClass('org.apache.kafka.clients.admin.Admin').create(props)
    [loader: loader, admin: admin, close: { admin.close(); thread.contextClassLoader = previous }]
}

[start: start, await: await, run: run, awaitText: awaitText, kafkaAdmin: kafkaAdmin]
