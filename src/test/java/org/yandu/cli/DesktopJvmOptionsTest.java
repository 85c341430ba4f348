package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bench measures the windows with the JVM options users get: the pom's jvm.* properties, which mvn javafx:run
 * and the app image's launcher both pass.
 */
class DesktopJvmOptionsTest {
    @Test
    void theBenchsWindowsStartWithTheLaunchersOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher property = Pattern.compile("<(jvm\\.[A-Za-z0-9]+)>([^<]+)</\\1>").matcher(pom);
        List<String> values = new ArrayList<>();
        while (property.find()) {
            values.add(property.group(2));
            String used = "<option>${" + property.group(1) + "}</option>";
            assertEquals(2, pom.split(Pattern.quote(used), -1).length - 1,
                    property.group(1) + " is passed by mvn javafx:run and by the app image's launcher");
        }
        assertTrue(values.size() >= 2, "the pom names its desktop JVM options: " + values);
        assertEquals(String.join(" ", values), BenchCommand.DESKTOP_JVM_OPTIONS);
    }
}
