// One run over bodies and a log: the placeholder scid, lowered to a warning, is reported in Korean in the body
// and at line 3 of the log; the misspelt property is ignored; warnings do not fail the build (failOn error).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def body = new File(basedir, 'src/test/resources/handles/activity-mock-scid.json')
def requests = new File(basedir, 'logs/requests.ndjson')
def warnings = log.readLines().findAll { it.startsWith('[WARNING] ') && it.contains('[guid.format]') }
assert warnings.size() == 2 : warnings
assert warnings.any { it.startsWith("[WARNING] ${body}:5:13: warning [guid.format] ") }
assert warnings.any { it.startsWith("[WARNING] ${requests}:3:") }
// Korean: the message has Hangul in it
assert warnings.every { it =~ /[\uAC00-\uD7A3]/ } : warnings
assert !log.contains('property.unknown')
// a warning leaves a body valid: only errors make one invalid
assert log.contains('[INFO] 3 files, 5 bodies checked: 5 valid, 0 invalid; 0 errors, 2 warnings, 0 infos')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handlekit/lint.sarif'))
assert sarif.runs[0].results*.level == ['warning', 'warning']
return true
