import dev.lambdalint.fixtures.SarifValidation

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/java/com/example/Fetcher.java:11:') && log.contains('LL101') : 'the LL101 warning is logged with file:line:col'
assert log.contains('lambdalint found 1 finding at or above warning') : 'a warning fails the build at the default threshold (warning), as in the CLI'
def sarif = new File(basedir, 'target/lambdalint.sarif')
assert sarif.isFile()
assert SarifValidation.violations(sarif.text).isEmpty()
assert new groovy.json.JsonSlurper().parse(sarif).runs[0].results.any { it.ruleId == 'LL101' }
return true
