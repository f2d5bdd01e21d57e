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
println "consumer check: ${expected.keySet().join(', ')} ${version} came from the staging repository"
return true
