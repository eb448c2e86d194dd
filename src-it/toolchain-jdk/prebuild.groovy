// Two 'jdk' toolchains, made here so the IT runs on any machine with one JDK (CI has only OpenJDK 17):
//  - target/jdks/wrapped: the JDK running this build behind a bin/java that appends each start to
//    target/forks.log, then execs the real java (same pid, same arguments); its release file is the real one's
//  - target/jdks/java-11: a release file saying 11 and a bin/java that only records that it ran
def jdks = new File(basedir, 'target/jdks')
def realHome = new File(System.getProperty('java.home'))

def fakeJdk = { String name, String release, String javaScript ->
    def home = new File(jdks, name)
    new File(home, 'bin').mkdirs()
    new File(home, 'release').text = release
    def java = new File(home, 'bin/java')
    java.text = javaScript
    java.setExecutable(true)
    return home
}
def forksLog = new File(basedir, 'target/forks.log')
def wrapped = fakeJdk('wrapped', new File(realHome, 'release').text,
        "#!/bin/sh\nprintf '%s\\n' \"\$0 \$*\" >> '${forksLog}'\nexec '${new File(realHome, 'bin/java')}' \"\$@\"\n")
def java11 = fakeJdk('java-11', 'JAVA_VERSION="11.0.25"\n',
        "#!/bin/sh\ntouch '${new File(jdks, 'java-11/ran')}'\nexit 1\n")

def toolchain = { String vendor, File home -> """
  <toolchain>
    <type>jdk</type>
    <provides><vendor>${vendor}</vendor></provides>
    <configuration><jdkHome>${home}</jdkHome></configuration>
  </toolchain>""" }
new File(basedir, 'target/toolchains.xml').text = '<?xml version="1.0" encoding="UTF-8"?>\n<toolchains>' +
        toolchain('batch-layer-it-wrapped', wrapped) + toolchain('batch-layer-it-java-11', java11) + '\n</toolchains>\n'
return true
