// htmlOutput set: the HTML report is written beside the SARIF, before the build fails on the warning.
def log = new File(basedir, 'build.log').text
assert log.contains('lambdalint found 1 finding at or above warning')
def html = new File(basedir, 'target/lambdalint.html')
assert html.isFile() : 'no HTML report at ' + html
def text = html.getText('UTF-8')
assert text.startsWith('<!DOCTYPE html>') && text.endsWith('</html>\n')
assert log.contains('lambdalint.html') : 'the log says where the HTML report is'
// the two findings (LL101 on the handler, LL506 on the function), each once; LL101 with its source line
assert text.count('<article class="finding ') == 2
assert text.contains('data-rule="LL101"') && text.contains('client-in-handler')
assert text.contains('HttpClient is built on every invocation of Fetcher.handleRequest')
assert text.contains('<mark>HttpClient.newHttpClient()</mark>')
assert text.contains('src/main/java/com/example/Fetcher.java:11:')
assert !text.contains('<link') && !text.contains('src="http')
assert new File(basedir, 'target/lambdalint.sarif').isFile()
return true
