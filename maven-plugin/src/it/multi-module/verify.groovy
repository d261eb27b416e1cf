import dev.lambdalint.fixtures.SarifValidation

def sarifIsValid(File sarif) {
    assert sarif.isFile() : "no SARIF at " + sarif
    def violations = SarifValidation.violations(sarif.text)
    assert violations.isEmpty() : "SARIF schema violations: " + violations
    return true
}

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def ll303 = lines.findAll { it.contains(' LL303 ') }
assert ll303.size() == 1 : 'the root template is reported once, not once per module: ' + ll303
assert ll303[0].contains('template.yaml:18:')
def ll101 = lines.findAll { it.contains(' LL101 ') }
assert ll101.size() == 1 && ll101[0].contains('billing/src/main/java/com/example/billing/BillingHandler.java:7:') : ll101
assert !log.contains(' LL104 ') : 'each module finds its own handler; none is reported missing'
assert log.contains('BUILD SUCCESS')
['target', 'orders/target', 'billing/target'].each { sarifIsValid(new File(basedir, it + '/lambdalint.sarif')) }
return true
