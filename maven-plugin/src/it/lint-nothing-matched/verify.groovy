// Nothing matched the includes: not a pass, and the message says which patterns matched nothing where.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal io.handlekit:handlekit-maven-plugin') }
assert failure != null : 'no goal failure line'
assert failure =~ /handlekit:lint did not check everything it was given: src\/test\/resources\/\*\*\/handles\/\*\.json: no file under \S*lint-nothing-matched matches/
return true
