// Runs this IT only when a Docker engine answers, the JRE base image exists (see src-it/docker-engine.groovy) and
// the docker CLI is there (the IT looks at containers with it, as a user would).
String why = evaluate(new File(basedir, '../../../../src-it/docker-engine.groovy'))
if (why == null) {
    try {
        def cli = ['docker', 'version', '--format', '{{.Client.Version}}'].execute()
        cli.waitForProcessOutput(new StringBuilder(), new StringBuilder())
        if (cli.exitValue() != 0) {
            why = 'the docker CLI cannot reach the engine'
        }
    } catch (IOException e) {
        why = "no docker CLI on the PATH (${e.message})"
    }
}
if (why != null) {
    println "SKIPPED docker-owner-gone: ${why}"
    return false
}
return true
