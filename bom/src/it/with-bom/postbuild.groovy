// The client ran and validated (its exit code alone already failed the build otherwise), on the BOM's Jackson.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('VALID: the invite WireMock received passes HandlesValidator')

// The BOM agrees with the build it belongs to. It has no parent (so that importing it brings none of the build's
// own dependencyManagement), hence names its version and Jackson itself: both must be the parent pom's, and every
// library module of the reactor must be managed by it. Read as text: the poms are the build's own, in one format.
File root = new File(rootDirectory)
String parent = new File(root, 'pom.xml').getText('UTF-8')
String bom = new File(root, 'bom/pom.xml').getText('UTF-8')
def first = { String xml, String tag -> def m = (xml =~ "<${tag}>([^<]+)</${tag}>"); assert m.find(): tag; m.group(1).trim() }
def withoutParent = { String xml -> xml.replaceFirst('(?s)<parent>.*?</parent>', '') }

String version = first(withoutParent(parent), 'version')
assert first(bom, 'version') == version
String jackson = first(parent, 'jackson.version')
assert first(bom, 'jackson.version') == jackson
assert log.contains("jackson-databind-${jackson}.jar"): "the client did not run on the BOM's jackson-databind ${jackson}"

Set<String> managed = (bom =~ /<artifactId>(handlekit-[^<]+)<\/artifactId>/).collect { it[1] } as Set
Set<String> applications = ['handlekit-cli', 'handlekit-benchmarks'] as Set   // run, never depended on
List<String> missing = []
(parent =~ /<module>([^<]+)<\/module>/).each { m ->
  String pom = withoutParent(new File(root, "${m[1].trim()}/pom.xml").getText('UTF-8'))
  def packaging = (pom =~ /<packaging>([^<]+)<\/packaging>/)
  String kind = packaging.find() ? packaging.group(1) : 'jar'
  String artifact = first(pom, 'artifactId')
  boolean published = !pom.contains('<maven.deploy.skip>true</maven.deploy.skip>')   // docs-tests is not
  if (kind == 'jar' && published && !applications.contains(artifact) && !managed.contains(artifact)) {
    missing << artifact
  }
}
assert missing.isEmpty(): "library modules that bom/pom.xml does not manage: ${missing}"
Set<String> libraries = [] as Set
(parent =~ /<module>([^<]+)<\/module>/).each { m ->
  String pom = withoutParent(new File(root, "${m[1].trim()}/pom.xml").getText('UTF-8'))
  def packaging = (pom =~ /<packaging>([^<]+)<\/packaging>/)
  if ((packaging.find() ? packaging.group(1) : 'jar') == 'jar') {
    libraries << first(pom, 'artifactId')
  }
}
Set<String> unknown = managed.findAll { it != 'handlekit-bom' && !libraries.contains(it) } as Set
assert unknown.isEmpty(): "bom/pom.xml manages artifacts that no module of the reactor builds: ${unknown}"
return true
