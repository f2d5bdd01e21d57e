// Runs after the consumer build: checks that AssessmentKit's modules were taken from the staging
// repository into the consumer's own, fresh local repository, and from nowhere else.
def version = new File(basedir, 'pom.xml').text.find(/assessment-bom<\/artifactId>\s*<version>([^<]+)</) { all, v -> v }
assert version : 'no BOM version in the consumer POM'

def expected = [
    'assessment-parent'    : ['pom'],
    'assessment-bom'       : ['pom'],
    'assessment-core'      : ['pom', 'jar'],
    'assessment-json'      : ['pom', 'jar'],
    'assessment-rubric-cqa': ['pom', 'jar'],
    'assessment-report'    : ['pom', 'jar'],
]
expected.each { artifactId, extensions ->
  def dir = new File(localRepositoryPath, "io/github/assessmentkit/${artifactId}/${version}")
  assert dir.isDirectory() : "${artifactId} is not in the consumer's local repository ${localRepositoryPath}"
  def origins = new File(dir, '_remote.repositories')
  assert origins.isFile() : "${artifactId} was not downloaded from a remote repository"
  extensions.each { ext ->
    assert origins.readLines().any { it.endsWith(".${ext}>staging=") } :
        "${artifactId} ${ext} did not come from the staging repository:\n${origins.text}"
  }
}
def log = new File(basedir, 'build.log').text
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/ : 'the consumer ran no test'

// The tests ran inside the consumer's own module, with the published jars on the module path:
// each forked test JVM records its system properties in its report, and the launcher sets
// jdk.module.path only when it was given --module-path.
def reports = new File(basedir, 'target/surefire-reports').listFiles()
    .findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports : 'no surefire report'
assert reports.any { it.name == 'TEST-io.github.assessmentkit.consumer.ModulePathTest.xml' } :
    'the module-path tests did not run'
reports.each { report ->
  def text = report.text
  def property = { name -> text.find(/<property name="${name}" value="([^"]*)"/) { all, v -> v } ?: '' }
  def modulePath = property('jdk.module.path')
  def classPath = property('java.class.path')
  ['assessment-core', 'assessment-json', 'assessment-rubric-cqa', 'assessment-report'].each { artifactId ->
    def jar = ~/${artifactId}-[^\/\\${File.pathSeparator}]*\.jar/
    assert modulePath =~ jar : "${report.name}: ${artifactId} is not on the module path: ${modulePath}"
    assert !(classPath =~ jar) : "${report.name}: ${artifactId} is on the class path: ${classPath}"
  }
}
println "consumer check: ${expected.keySet().join(', ')} ${version} came from the staging repository" +
    " and ran on the module path (${reports.size()} test classes)"
return true
