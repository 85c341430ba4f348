package org.yandu.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Writes numbers and arrays for {@link PackedInput}: little-endian, the order of the machines Yandu runs on, so
 * that an array is read back by a copy, each array after its length, and a checksum of everything at the end.
 */
final class PackedOutput {
    static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C checksum = new CRC32C();

    PackedOutput(OutputStream out) {
        this.out = out;
    }

    /** What goes into a part of the buffer, without moving {@code to}'s position. */
    @FunctionalInterface
    private interface Part {
        void give(ByteBuffer to, int at, int count);
    }

    void writeInt(int value) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(Long.BYTES);
        buffer.putLong(value);
    }

    void writeBytes(byte[] bytes) throws IOException {
        write(bytes.length, 1, (to, at, count) -> to.put(to.position(), bytes, at, count));
    }

    void writeInts(int[] ints) throws IOException {
        write(ints.length, Integer.BYTES, (to, at, count) -> to.asIntBuffer().put(ints, at, count));
    }

    void writeChars(char[] chars) throws IOException {
        write(chars.length, Character.BYTES, (to, at, count) -> to.asCharBuffer().put(chars, at, count));
    }

    void writeString(String text) throws IOException {
        writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the file with the checksum of all written before; the stream is left open. */
    void finish() throws IOException {
        flush();
        writeInt((int) checksum.getValue());
        flush();
    }

    private void write(int length, int unit, Part part) throws IOException {
        writeInt(length);
        for (int at = 0; at < length; ) {
            room(unit);
            int count = Math.min(buffer.remaining() / unit, length - at);
            part.give(buffer, at, count);
            buffer.position(buffer.position() + count * unit);
            at += count;
        }
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        checksum.update(buffer.array(), 0, buffer.position());
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
