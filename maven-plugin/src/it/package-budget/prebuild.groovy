// The project is a repository of its own, and its jar holds 1.2 MB that does not compress.
new File(basedir, ".git").mkdirs()
def resources = new File(basedir, "src/main/resources")
resources.mkdirs()
byte[] blob = new byte[1_200_000]
new Random(19).nextBytes(blob)
new File(resources, "blob.bin").bytes = blob
return true
