// A typo in a check id stops the build before the simulator starts or a request goes out.
def log = new File(basedir, 'build.log').text
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal io.handlekit:handlekit-maven-plugin') }
assert failure != null : 'no goal failure line'
assert failure.contains('handlekit:conformance: no check has the id "invite.acepted"; the checks are: activity.accepted, ')
assert !log.contains('embedded simulator at')
assert !new File(basedir, 'target/handlekit').exists()
return true
