package org.yandu.glossary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.files.AtomicFiles;

/**
 * CC-CEDICT ready for lookup: its packed index, its header and the summary of reading it. Kept as a file beside the
 * copy of the dictionary it was made from, and read from there at start in a tenth of the time parsing the copy
 * takes (issue #18, ADR 0024). The file names that copy by length and checksum: a file made from another copy (the
 * dictionary imported again, or an import killed between the two files), of another format, or damaged is not
 * used, and the caller parses the copy again.
 *
 * @param summary {@link ParseReport#summary()} of the parse that made the index
 */
record PackedCedict(CedictIndex index, CedictHeader header, String summary) {
    /**
     * The format of the file. Raise it whenever what is written changes, or what {@link CedictParser} makes of a
     * line (the file keeps its entries as parsed): files of another format are made again from the copy.
     */
    static final int FORMAT = 1;
    /** "YDCX", first in the file, which tells a packed CC-CEDICT from any other file. */
    private static final int MAGIC = 0x59444358;
    private static final Logger log = LoggerFactory.getLogger(PackedCedict.class);

    /** Packs what was parsed. */
    static PackedCedict of(CedictFile cedict) {
        return new PackedCedict(new CedictIndex(cedict.entries()), cedict.header(), cedict.report().summary());
    }

    /** The dictionary packed in {@code file} from {@code source} as it is now; empty, and logged why, if not usable. */
    static Optional<PackedCedict> read(Path file, Path source) {
        try (PackedInput in = new PackedInput(file)) {
            if (in.readInt() != MAGIC) {
                throw new IOException("it is not a packed CC-CEDICT");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                log.info("The packed CC-CEDICT {} is of format {}, not {}; it is made again", file, format, FORMAT);
                return Optional.empty();
            }
            if (in.readLong() != Files.size(source) || in.readInt() != checksum(source)) {
                log.info("The packed CC-CEDICT {} was made from another copy than {}; it is made again", file, source);
                return Optional.empty();
            }
            CedictHeader header = readHeader(in);
            String summary = in.readString();
            CedictIndex index = CedictIndex.readFrom(in);
            in.readEnd();
            return Optional.of(new PackedCedict(index, header, summary));
        } catch (NoSuchFileException e) {
            log.info("{} is not there: CC-CEDICT is packed from {}", e.getFile(), source);
        } catch (IOException e) {
            // Not a warning: nothing is lost and nothing is for the user to do (a warning reaches the terminal).
            log.info("The packed CC-CEDICT {} cannot be used ({}); it is made again", file, e.getMessage());
        }
        return Optional.empty();
    }

    /** Writes the packed dictionary to {@code file} (atomically), naming {@code source} as what it was made from. */
    void write(Path file, Path source) throws IOException {
        long length = Files.size(source);
        int checksum = checksum(source);
        AtomicFiles.replace(file, stream -> {
            PackedOutput out = new PackedOutput(stream);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(length);
            out.writeInt(checksum);
            writeHeader(out);
            out.writeString(summary);
            index.writeTo(out);
            out.finish();
        });
    }

    private void writeHeader(PackedOutput out) throws IOException {
        out.writeInt(header.fields().size());
        for (Map.Entry<String, String> field : header.fields().entrySet()) {
            out.writeString(field.getKey());
            out.writeString(field.getValue());
        }
        out.writeInt(header.notice().size());
        for (String line : header.notice()) {
            out.writeString(line);
        }
    }

    private static CedictHeader readHeader(PackedInput in) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int n = in.readCount(2 * Integer.BYTES); n > 0; n--) {
            fields.put(in.readString(), in.readString());
        }
        List<String> notice = new ArrayList<>();
        for (int n = in.readCount(Integer.BYTES); n > 0; n--) {
            notice.add(in.readString());
        }
        return new CedictHeader(fields, notice);
    }

    /** CRC32C of the whole file: a few milliseconds for the 4 MB of CC-CEDICT gzipped. */
    private static int checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(PackedOutput.BUFFER);
            while (channel.read(buffer) >= 0) {
                crc.update(buffer.flip());
                buffer.clear();
            }
        }
        return (int) crc.getValue();
    }
}
