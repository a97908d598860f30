def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/docs/index.md:4:25: error[link.unresolved]: no page `bakup.md`') : 'the diagnostic with file:line:col'
assert log.contains('[ERROR]  4 | Read the [backup guide](bakup.md) first.') : 'the source line'
assert log.contains("[ERROR]    = hint: did you mean `backup.md`?") : 'the hint'
assert log.contains('[ERROR] failed: 1 error, 0 warnings')
assert log =~ /handbook-maven-plugin:[^:]+:check \(default\) @ broken-link-fails-verify/ : 'check runs in verify without a phase in the pom'
assert log.contains('BUILD FAILURE')
return true
