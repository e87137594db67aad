// The build failed with one line naming the MUST checks that failed and the seed that replays them.
def server = System.properties.remove('handlekit.it.acceptAllServer')
server?.stop(0)

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal io.handlekit:handlekit-maven-plugin') }
assert failure != null : 'no goal failure line'
assert failure =~ /http:\/\/127\.0\.0\.1:\d+\/handles does not conform to the POST \/handles contract: 2 MUST checks failed \(invalid\.rejected, method\.rejected\); replay with -Dhandlekit\.seed=7 -Dhandlekit\.tries=5/
// the summary shows the smallest failing request as curl
assert log.contains('curl ')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handlekit/conformance/conformance.json'))
assert json.verdict == 'does not conform'
return true
