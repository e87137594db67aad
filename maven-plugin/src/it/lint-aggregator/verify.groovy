// The aggregator said it lints nothing and did not fail on the default include; its module linted its one body.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] handlekit:lint: nothing to lint in an aggregator without <includes> or <ndjson>')
assert log.contains('[INFO] 1 file checked: 1 valid, 0 invalid; 0 errors, 0 warnings, 0 infos')
assert !new File(basedir, 'target/handlekit/lint.json').exists()
assert new File(basedir, 'bodies/target/handlekit/lint.json').isFile()
return true
