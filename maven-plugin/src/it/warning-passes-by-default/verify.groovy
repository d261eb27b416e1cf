import dev.lambdalint.fixtures.SarifValidation

def sarifIsValid(File sarif) {
    assert sarif.isFile() : "no SARIF at " + sarif
    def violations = SarifValidation.violations(sarif.text)
    assert violations.isEmpty() : "SARIF schema violations: " + violations
    return true
}

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/java/com/example/Fetcher.java:11:') && log.contains('LL101') : 'the LL101 warning is logged with file:line:col'
assert log.contains('BUILD SUCCESS') : 'a warning does not fail the build at the default threshold (error)'
def sarif = new File(basedir, 'target/lambdalint.sarif')
sarifIsValid(sarif)
assert new groovy.json.JsonSlurper().parse(sarif).runs[0].results.any { it.ruleId == 'LL101' }
return true
