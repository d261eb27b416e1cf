import dev.lambdalint.fixtures.SarifValidation

def log = new File(basedir, 'build.log').text
// .lambdalint.yml says failOn: error; -Dlambdalint.failOnSeverity=warning on the command line wins.
assert log.contains('lambdalint found 1 finding at or above warning') : 'the failure says how many and the threshold'
assert log.contains('lambdalint.sarif') : 'the failure says where the SARIF is'
def sarif = new File(basedir, 'target/lambdalint.sarif')
assert sarif.isFile()
assert SarifValidation.violations(sarif.text).isEmpty()
assert new groovy.json.JsonSlurper().parse(sarif).runs[0].results.any { it.ruleId == 'LL101' && it.level == 'warning' }
return true
