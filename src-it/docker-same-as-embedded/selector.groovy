// Runs this IT only when a Docker engine answers and the JRE base image exists (see src-it/docker-engine.groovy).
String why = evaluate(new File(basedir, '../../../../src-it/docker-engine.groovy'))
if (why != null) {
    println "SKIPPED docker-same-as-embedded: ${why}"
    return false
}
return true
