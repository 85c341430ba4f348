package org.yandu.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Fetches CC-CEDICT from MDBG's official download page into a temporary file, for
 * {@link GlossaryService#importCedict}. Offline or refused, it says so plainly; nothing is left behind.
 */
public final class CedictDownload {
    /** Where MDBG publishes the file; the page https://www.mdbg.net/chinese/dictionary?page=cc-cedict links it. */
    public static final URI OFFICIAL = URI.create(
            "https://www.mdbg.net/chinese/export/cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI source;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public CedictDownload(URI source) {
        this.source = source;
    }

    /** Downloads to a new temporary file and returns it; the caller imports and deletes it. */
    public Path download(LongConsumer bytesSoFar) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(source).timeout(TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new IOException("Could not reach " + source.getHost() + " to download CC-CEDICT (" + why + ")", e);
        }
        Path file = Files.createTempFile("cedict", ".txt.gz");
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
            if (response.statusCode() != 200) {
                throw new IOException(source + " answered " + response.statusCode() + " instead of the dictionary");
            }
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                total += n;
                bytesSoFar.accept(total);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
