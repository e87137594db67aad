// Secrets from the environment and from settings.xml appear nowhere: not in the debug log, not in any report.
def secrets = ['it-env-secret-51b0d3', 'it-server-secret-7c1e94']
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// -X did print the goal's parameters: the headers show where their values come from, the plain one its value
assert log.contains('[DEBUG]   (f) headers = [Authorization: ${env.HANDLEKIT_IT_TOKEN}, X-Api-Key: (the password of settings.xml server handlekit-it-mpsd), X-Tenant: tenant-in-plain-sight]')
def files = [new File(basedir, 'build.log')]
new File(basedir, 'target/handlekit/conformance').eachFile { files << it }
assert files.size() == 5
files.each { file ->
  def text = file.text
  secrets.each { secret -> assert !text.contains(secret) : "${secret} in ${file}" }
}
return true
