def log = new File(basedir, 'build.log').text
assert log.contains('lambdalint: skipped') : 'skipping says so'
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/lambdalint.sarif').exists() : 'a skipped check writes nothing'
return true
