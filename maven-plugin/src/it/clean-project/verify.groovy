import dev.lambdalint.fixtures.SarifValidation

def sarifIsValid(File sarif) {
    assert sarif.isFile() : "no SARIF at " + sarif
    def violations = SarifValidation.violations(sarif.text)
    assert violations.isEmpty() : "SARIF schema violations: " + violations
    return true
}

def log = new File(basedir, 'build.log').text
assert log.contains('lambdalint: ') : 'no lambdalint summary in the log'
assert !log.contains('[ERROR] template.yaml') && !log.contains('[WARNING] template.yaml')
def sarif = new File(basedir, 'target/lambdalint.sarif')
sarifIsValid(sarif)
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.runs[0].results.every { it.level == 'note' } : 'a clean project has no error or warning: ' + json.runs[0].results
return true
