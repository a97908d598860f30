def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/handbook/docs/other/index.html').isFile()
assert new File(basedir, 'target/handbook/api/notes/index.html').isFile()
assert new File(basedir, 'target/handbook/assets').listFiles().any { it.name ==~ /handbook\.[0-9a-f]{10}\.css/ } : 'the built-in theme, under its hashed name'
assert log =~ /\[INFO\] built \d+ pages, 0 warnings, 0 errors in/
assert log =~ /\[INFO\] checked \d+ pages, 0 warnings, 0 errors in/
def build = log =~ /handbook-maven-plugin:[^:]+:build \(default\) @ builds-site/
assert build.find()
assert log.indexOf(':build (default)') < log.indexOf(':check (default)') : 'check runs in verify, after build in package'
return true
