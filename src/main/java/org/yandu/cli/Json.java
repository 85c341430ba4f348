package org.yandu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The commands' JSON output. Its own class, loaded at the first JSON written: picocli creates every command
 * to parse any command line, and opening the window should not load Jackson.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
