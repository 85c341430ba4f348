package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.yandu.library.LibraryStore;
import org.yandu.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yandu segment TEXT}: the words as the reader sees them, with the library's glossary terms whole. */
@Command(name = "segment", description = "Split Chinese text into words as the reader does.")
final class SegmentCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "TEXT", description = "The text to segment.")
    String text;

    @Option(names = "--json", description = "A JSON array of tokens with offsets and part of speech.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.out();
        try (LibraryStore store = context.open()) {
            List<Token> tokens = context.glossary(store).text().segment(text);
            if (json) {
                ArrayNode array = Json.MAPPER.createArrayNode();
                tokens.forEach(t -> array.addObject().put("text", t.text()).put("start", t.start()).put("end", t.end())
                        .put("pos", t.partOfSpeech()));
                out.println(Json.MAPPER.writeValueAsString(array));
            } else {
                out.println(tokens.stream().map(Token::text).filter(t -> !t.isBlank())
                        .collect(Collectors.joining(" / ")));
            }
        }
        out.flush();
        return 0;
    }
}
