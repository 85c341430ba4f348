package org.yandu.glossary;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Reads a file {@link PackedOutput} wrote, straight into the arrays through one small buffer: reading the whole
 * file first touched twice the memory and took three times as long in a fresh JVM. Every length is checked
 * against what is left of the file and the checksum at its end against what was read, so a damaged file fails with
 * an {@link IOException}, never with an array as large as the heap or with wrong contents.
 */
final class PackedInput implements Closeable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(PackedOutput.BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C checksum = new CRC32C();
    /** The buffer's bytes before this position are in the checksum. */
    private int summed;

    PackedInput(Path file) throws IOException {
        channel = FileChannel.open(file);
        buffer.limit(0);
    }

    /** What a part of the file is given, without moving {@code from}'s position. */
    @FunctionalInterface
    private interface Part {
        void take(ByteBuffer from, int at, int count);
    }

    int readInt() throws IOException {
        fill(Integer.BYTES);
        return buffer.getInt();
    }

    long readLong() throws IOException {
        fill(Long.BYTES);
        return buffer.getLong();
    }

    /** A count of things of at least {@code bytesEach} bytes that follow, refused if the file is too short for them. */
    int readCount(int bytesEach) throws IOException {
        int count = readInt();
        if (count < 0 || (long) count * bytesEach > left()) {
            throw new IOException("a count of " + count + " beyond the end of the file");
        }
        return count;
    }

    byte[] readBytes() throws IOException {
        byte[] bytes = new byte[readCount(1)];
        read(bytes.length, 1, (from, at, count) -> from.get(from.position(), bytes, at, count));
        return bytes;
    }

    int[] readInts() throws IOException {
        int[] ints = new int[readCount(Integer.BYTES)];
        read(ints.length, Integer.BYTES, (from, at, count) -> from.asIntBuffer().get(ints, at, count));
        return ints;
    }

    char[] readChars() throws IOException {
        char[] chars = new char[readCount(Character.BYTES)];
        read(chars.length, Character.BYTES, (from, at, count) -> from.asCharBuffer().get(chars, at, count));
        return chars;
    }

    String readString() throws IOException {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    /** Reads the checksum that ends the file and refuses the file if it does not match or anything follows. */
    void readEnd() throws IOException {
        int expected = sum();
        if (readInt() != expected) {
            throw new IOException("its checksum does not match its contents");
        }
        if (left() != 0) {
            throw new IOException("it goes on after its checksum");
        }
    }

    private void read(int length, int unit, Part part) throws IOException {
        for (int at = 0; at < length; ) {
            fill(unit);
            int count = Math.min(buffer.remaining() / unit, length - at);
            part.take(buffer, at, count);
            buffer.position(buffer.position() + count * unit);
            at += count;
        }
    }

    /** Makes at least {@code bytes} bytes ready in the buffer. */
    private void fill(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        sum();
        buffer.compact();
        summed = 0;
        while (buffer.position() < bytes) {
            if (channel.read(buffer) < 0) {
                throw new IOException("it ends early");
            }
        }
        buffer.flip();
    }

    /** The checksum of everything read so far. */
    private int sum() {
        ByteBuffer read = buffer.duplicate();
        read.limit(buffer.position()).position(summed);
        checksum.update(read);
        summed = buffer.position();
        return (int) checksum.getValue();
    }

    private long left() throws IOException {
        return channel.size() - channel.position() + buffer.remaining();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
