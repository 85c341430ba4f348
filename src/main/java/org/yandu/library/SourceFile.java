package org.yandu.library;

/** A file as it was read for import, identified by the SHA-256 of its bytes. */
public record SourceFile(String path, String fileName, String format, String encoding, long size,
                         String contentHash) {
}
