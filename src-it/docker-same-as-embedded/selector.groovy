// Runs this IT only when a Docker engine answers and the JRE base image exists. Anything else is a skip with a
// message in the invoker output, never a silent one and never a failure: machines without Docker still build.
import java.nio.ByteBuffer
import java.nio.channels.SocketChannel
import java.nio.charset.StandardCharsets

String baseImage = System.getenv('BATCH_LAYER_BASE_IMAGE') ?: 'batch-layer/jre:17-bookworm'
String host = System.getenv('DOCKER_HOST') ?: 'unix:///var/run/docker.sock'

// One plain HTTP/1.0 request to the engine API (no version prefix: every engine answers it).
String request(String host, String path) {
    SocketChannel channel
    if (host.startsWith('unix://')) {
        channel = SocketChannel.open(java.net.UnixDomainSocketAddress.of(host.substring('unix://'.length())))
    } else if (host.startsWith('tcp://')) {
        URI uri = new URI(host.replace('tcp://', 'http://'))
        channel = SocketChannel.open(new InetSocketAddress(uri.host, uri.port))
    } else {
        throw new IOException("unsupported DOCKER_HOST " + host)
    }
    try {
        channel.write(ByteBuffer.wrap("GET ${path} HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        ByteBuffer buffer = ByteBuffer.allocate(8192)
        while (channel.read(buffer) > 0) {
            out.write(buffer.array(), 0, buffer.position())
            buffer.clear()
        }
        return out.toString('UTF-8')
    } finally {
        channel.close()
    }
}

try {
    if (!request(host, '/_ping').contains(' 200 ')) {
        println "SKIPPED docker-same-as-embedded: the Docker engine at ${host} did not answer /_ping with 200"
        return false
    }
} catch (Exception e) {
    println "SKIPPED docker-same-as-embedded: no Docker engine at ${host} (${e.message}); install and start Docker to run it"
    return false
}
if (!request(host, "/images/${baseImage}/json").contains(' 200 ')) {
    println "SKIPPED docker-same-as-embedded: base image ${baseImage} is missing; build it with cluster/build-base-image.sh (or set BATCH_LAYER_BASE_IMAGE)"
    return false
}
return true
