// Shared by the docker ITs' selector.groovy: why this machine cannot run a docker IT, or null when it can (a Docker
// engine answers and the JRE base image exists). A selector prints the reason and skips: never a silent skip and
// never a failure, so machines without Docker still build.
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
        return "the Docker engine at ${host} did not answer /_ping with 200"
    }
} catch (Exception e) {
    return "no Docker engine at ${host} (${e.message}); install and start Docker to run it"
}
if (!request(host, "/images/${baseImage}/json").contains(' 200 ')) {
    return "base image ${baseImage} is missing; build it with cluster/build-base-image.sh (or set BATCH_LAYER_BASE_IMAGE)"
}
return null
