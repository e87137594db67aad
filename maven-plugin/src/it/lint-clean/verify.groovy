// The default includes found both bodies (one in a nested handles directory); nothing to report; both reports written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] 2 files checked: 2 valid, 0 invalid; 0 errors, 0 warnings, 0 infos')
assert !log.contains('[ERROR]') && !log.contains('[WARNING]')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handlekit/lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handlekit/lint.json'))
assert json.files*.path.collect { new File(it).name } == ['invite-valid.json', 'activity-valid.json']
assert json.summary.errors == 0
return true
