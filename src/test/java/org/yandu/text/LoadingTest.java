package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.bridge.SLF4JBridgeHandler;

class LoadingTest {

    @Test
    void loadsWithTheBuiltInTermsAndTheRarelyNeededDictionariesLater() {
        ChineseText text = ChineseText.load();
        assertTrue(text.terms().containsAll(List.of("群众路线", "四风", "从群众中来，到群众中去")));
        assertEquals(List.of("坚持", "群众路线"), text.segment("坚持群众路线").stream().map(Token::text).toList());
        ChineseText.loadRarelyNeededDictionaries();
        assertTrue(text.synonyms("群众").size() > 0, "the synonyms of 群众");
        assertEquals("為人民服務", text.toTraditional("为人民服务", TraditionalStandard.GENERAL));
    }

    @Test
    void hanlpLogsOnlyThroughSlf4j() {
        HanlpLogging.install();
        HanlpLogging.install();
        Logger hanlp = Logger.getLogger("HanLP");
        assertFalse(hanlp.getUseParentHandlers());
        Handler[] handlers = hanlp.getHandlers();
        assertEquals(1, handlers.length);
        assertTrue(handlers[0] instanceof SLF4JBridgeHandler);
    }

    /**
     * A fresh JVM (HanLP's dictionaries load once per JVM, so only a new one shows what loading prints) runs
     * every operation: nothing may reach stdout or stderr.
     */
    @Test
    void nothingOfHanlpReachesTheConsole(@TempDir Path logs) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dyandu.log.dir=" + logs,
                "-Dyandu.speeches.dir=" + Speeches.DIR.toAbsolutePath(), "-cp", classPath, QuietRun.class.getName()));
        Path out = logs.resolve("out.txt");
        Path err = logs.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM hung");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), stdout + stderr);
        assertEquals("", stdout);
        assertEquals("", stderr);
    }
}
