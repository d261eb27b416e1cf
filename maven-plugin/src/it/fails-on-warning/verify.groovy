import dev.lambdalint.fixtures.SarifValidation

def sarifIsValid(File sarif) {
    assert sarif.isFile() : "no SARIF at " + sarif
    def violations = SarifValidation.violations(sarif.text)
    assert violations.isEmpty() : "SARIF schema violations: " + violations
    return true
}

def log = new File(basedir, 'build.log').text
assert log.contains('lambdalint found 1 finding at or above warning') : 'the failure says how many and the threshold'
assert log.contains('lambdalint.sarif') : 'the failure says where the SARIF is'
def sarif = new File(basedir, 'target/lambdalint.sarif')
sarifIsValid(sarif)
assert new groovy.json.JsonSlurper().parse(sarif).runs[0].results.any { it.ruleId == 'LL101' && it.level == 'warning' }
return true
