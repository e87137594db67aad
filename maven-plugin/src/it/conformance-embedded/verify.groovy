// The smoke run went to the embedded simulator, concluded "conforms", and wrote the four reports.
def log = new File(basedir, 'build.log').text
assert log.contains('No <baseUrl>: a smoke run against the embedded simulator at http://127.0.0.1:')
assert log.contains('conforms: every selected MUST check passed')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/handlekit/conformance')
['conformance-summary.txt', 'TEST-handlekit-conformance.xml', 'conformance.json', 'conformance.html'].each {
  assert new File(reports, it).isFile() : "missing report ${it}"
}
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'conformance.json'))
assert json.verdict == 'conforms'
assert json.seed == '42'
assert json.tries == 20
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-handlekit-conformance.xml'))
assert junit.@failures.toString() == '0'
assert junit.testcase.size() > 30
return true
