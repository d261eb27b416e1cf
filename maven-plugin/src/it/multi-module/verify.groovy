import dev.lambdalint.fixtures.SarifValidation

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def ll303 = lines.findAll { it.contains(' LL303 ') }
assert ll303.size() == 1 : 'the root template is reported once, not once per module: ' + ll303
assert ll303[0].contains('template.yaml:18:') && ll303[0].endsWith('[OrdersFunction]') : 'the log names the resource as the CLI does: ' + ll303[0]
def ll101 = lines.findAll { it.contains(' LL101 ') }
assert ll101.size() == 1 && ll101[0].contains('billing/src/main/java/com/example/billing/BillingHandler.java:7:') : ll101
assert !log.contains(' LL104 ') : 'each module finds its own handler; none is reported missing'
assert log.contains('BUILD SUCCESS') : 'failOn: error in .lambdalint.yml: warnings do not fail this build'

// One SARIF for the whole build, at the execution root: every module's results, each once.
assert !new File(basedir, 'orders/target/lambdalint.sarif').exists()
assert !new File(basedir, 'billing/target/lambdalint.sarif').exists()
def sarif = new File(basedir, 'target/lambdalint.sarif')
assert sarif.isFile()
def violations = SarifValidation.violations(sarif.text)
assert violations.isEmpty() : 'SARIF schema violations: ' + violations
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.runs.size() == 1
def results = json.runs[0].results
def keys = results.collect { it.ruleId + ' ' + it.locations[0].physicalLocation.artifactLocation.uri + ':' + it.locations[0].physicalLocation.region.startLine }
assert keys.size() == keys.toSet().size() : 'a result twice: ' + keys
assert keys.count { it.startsWith('LL303 template.yaml:18') } == 1 : keys
assert keys.count { it.startsWith('LL101 billing/src/main/java/com/example/billing/BillingHandler.java:7') } == 1 : keys
results.each {
    def location = it.locations[0].physicalLocation.artifactLocation
    assert location.uriBaseId == '%SRCROOT%'
    assert !location.uri.startsWith('/') && !location.uri.startsWith('file:') && !location.uri.startsWith('..') : location.uri
}
assert json.runs[0].originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()
assert (java.nio.file.Files.getPosixFilePermissions(sarif.toPath()) as Set).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ) : 'readable like any new file (0644 under umask 022)'
return true
