package org.yandu.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The parts of a ZIP package (an .odt, an .epub), each inflated only when read and never past a limit: the sizes a
 * ZIP states are the packer's word, so a part that inflates beyond its limit (a zip bomb) is stopped while reading.
 */
final class ZipPackage implements AutoCloseable {
    private final Path file;
    private final SourceFormat format;
    private final ZipFile zip;

    private ZipPackage(Path file, SourceFormat format, ZipFile zip) {
        this.file = file;
        this.format = format;
        this.zip = zip;
    }

    /** Opens the package of a file whose bytes were checked (a regular file, within its size limit). */
    static ZipPackage open(Path file, SourceFormat format) throws UnreadableSourceException {
        if (!BinarySniffer.isZip(SourceBytes.head(file, 4))) {
            throw DocumentRefusals.misnamed(file, format, "it is not a ZIP package");
        }
        try {
            return new ZipPackage(file, format, new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        } catch (ZipException e) {
            throw DocumentRefusals.damaged(file, format, e);
        } catch (IOException e) {
            throw SourceBytes.unreadable(file, e);
        }
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The refusal of a package that lacks what its format must hold, saying what is missing. */
    UnreadableSourceException misnamed(String missing) {
        return DocumentRefusals.misnamed(file, format, "it is a ZIP package without " + missing);
    }

    /**
     * The inflated bytes of a part; a part over {@code limit} is refused, naming it and the limit.
     *
     * @throws UnreadableSourceException also when the part is missing, as {@link #misnamed} says
     */
    byte[] read(String name, long limit) throws UnreadableSourceException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw misnamed(name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limit) {
                throw new UnreadableSourceException(file, Refusal.TOO_LARGE, "holds more than "
                        + SourceBytes.megabytes(limit) + " of text markup in " + name + ", over the limit for "
                        + format.kind(), List.of("> " + SourceBytes.megabytes(limit),
                        SourceBytes.megabytes(limit)), null);
            }
            return bytes;
        } catch (IOException e) {
            // A ZipException, or the EOFException of a part cut short: the file was read, and is damaged.
            throw DocumentRefusals.damaged(file, format, e);
        }
    }

    @Override
    public void close() throws UnreadableSourceException {
        try {
            zip.close();
        } catch (IOException e) {
            throw SourceBytes.unreadable(file, e);
        }
    }
}
