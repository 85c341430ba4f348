package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.bench.Figure;

/** results.json: a figure measured has its numbers; one not run says why, and has none, rather than NaN. */
class BenchResultsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFigureMeasuredHasItsNumbers() {
        ObjectNode measured = BenchCommand.figure(json, new Figure("group: sync of 1000 notes changed here", "ms",
                613, 700, "a sync with nothing to do", 47, 13, "median < 1,000 ms", true));
        assertEquals(List.of("name", "unit", "median", "p95", "limit", "limitMedian", "ratio", "target", "met"),
                fields(measured));
    }

    @Test
    void aFigureNotRunSaysWhyAndHasNoNumbers() {
        ObjectNode notRun = BenchCommand.figure(json, new Figure("group: sync of 1000 notes changed here", "ms",
                Double.NaN, Double.NaN, "", Double.NaN, Double.NaN, "median < 1,000 ms", false, "no --group-server"));
        assertEquals(List.of("name", "unit", "target", "met", "notRun"), fields(notRun));
        assertEquals("no --group-server", notRun.get("notRun").asText());
    }

    private static List<String> fields(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
