// A warning, not an error: the body is valid, yet <failOn>warning</failOn> fails the build, naming the rule.
def log = new File(basedir, 'build.log').text
def body = new File(basedir, 'src/test/resources/handles/activity-typo-sessionref.json')
assert log.readLines().any { it.startsWith("[WARNING] ${body}:7:13: warning [property.unknown] ") }
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal io.handlekit:handlekit-maven-plugin') }
assert failure != null : 'no goal failure line'
assert failure.contains('handlekit:lint found 0 errors and 1 warning in 1 file checked (<failOn>warning</failOn>): property.unknown (1)')
return true
