import dev.lambdalint.fixtures.SarifValidation

def sarifIsValid(File sarif) {
    assert sarif.isFile() : "no SARIF at " + sarif
    def violations = SarifValidation.violations(sarif.text)
    assert violations.isEmpty() : "SARIF schema violations: " + violations
    return true
}

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] template.yaml:14:') && log.contains('LL104') : 'the join finding points at the Handler line'
assert log.contains('did you mean com.example.Hello') || log.contains('com.example.Helo')
assert log.contains('lambdalint found 1 finding at or above warning') : 'the default threshold, warning, includes errors'
sarifIsValid(new File(basedir, 'target/lambdalint.sarif'))
return true
