// The finding is an [ERROR] line at the body's file:line:col; the build fails saying why; SARIF and JSON say the same.
def body = new File(basedir, 'src/test/resources/handles/activity-mock-scid.json')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("[ERROR] ${body}:5:13: error [guid.format] \"MockScid\" is the placeholder of the Xbox Services API unit tests")
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal io.handlekit:handlekit-maven-plugin') }
assert failure != null : 'no goal failure line'
assert failure.contains('handlekit:lint found 1 error and 0 warnings in 2 files checked (<failOn>error</failOn>): guid.format (1)')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handlekit/lint.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'guid.format'
assert results[0].level == 'error'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/test/resources/handles/activity-mock-scid.json'
assert results[0].locations[0].physicalLocation.region.startLine == 5
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handlekit/lint.json'))
assert json.summary.errors == 1
return true
