// -Dhandlekit.skip: the bad body is not looked at, nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] handlekit:lint skipped (handlekit.skip)')
assert !log.contains('guid.format')
assert !new File(basedir, 'target/handlekit').exists()
return true
