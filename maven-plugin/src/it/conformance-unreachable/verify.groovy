// The build failed with one clear line naming the target and why it could not be reached; no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal io.handlekit:handlekit-maven-plugin') }
assert failure != null : 'no goal failure line'
assert failure.contains('http://127.0.0.1:1/handles could not be reached, so no check ran: ')
assert failure.contains('Is the server running at that address?')
assert !log.contains('at io.handlekit.') : 'a stack trace in the log'
// The reports say so too: a run that checked nothing is never "conforms".
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handlekit/conformance/conformance.json'))
assert json.verdict == 'unreachable'
return true
