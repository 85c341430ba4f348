package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The download against a real HTTP server on the loopback address. */
class CedictDownloadTest {
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        byte[] dictionary = gzip("# CC-CEDICT\n群眾 群众 [qun2 zhong4] /the masses/\n路線 路线 [lu4 xian4] /route/line/\n");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cedict.txt.gz", exchange -> {
            exchange.sendResponseHeaders(200, dictionary.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(dictionary);
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void downloadsTheFileThatThenReadsAsCedict() throws Exception {
        AtomicLong bytes = new AtomicLong();
        Path file = new CedictDownload(uri("/cedict.txt.gz")).download(bytes::set);
        try {
            assertEquals(Files.size(file), bytes.get());
            CedictFile cedict = CedictFile.read(file);
            assertEquals(2, cedict.entries().size());
            assertEquals("qún zhòng", cedict.entries().get(0).pinyin());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aRefusalOrNoNetworkIsSaidPlainly() {
        IOException refused = assertThrows(IOException.class,
                () -> new CedictDownload(uri("/missing")).download(n -> { }));
        assertTrue(refused.getMessage().contains("404"), refused.getMessage());
        server.stop(0);
        IOException offline = assertThrows(IOException.class,
                () -> new CedictDownload(uri("/cedict.txt.gz")).download(n -> { }));
        assertTrue(offline.getMessage().startsWith("Could not reach 127.0.0.1")
                && !offline.getMessage().contains("null"),
                offline.getMessage());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
