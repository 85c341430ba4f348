package org.yandu.text;

import com.hankcs.hanlp.utility.Predefine;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends HanLP's java.util.logging output (all of it goes through {@code Predefine.logger}, named "HanLP")
 * to SLF4J instead of the JUL console handler on stderr.
 *
 * <p>HanLP logs at INFO for every dictionary it loads (including a long "no hanlp.properties, portable
 * mode" notice); those are only passed on when SLF4J's logger {@code HanLP} has INFO enabled <em>and</em>
 * it is configured more verbosely than the application default, i.e. when DEBUG is enabled for it. By
 * default only HanLP's warnings and errors arrive, as WARN and ERROR.
 */
public final class HanlpLogging {
    private static volatile boolean installed;

    private HanlpLogging() {
    }

    /** Idempotent; call before the first use of HanLP (the loaders of {@link ChineseText} do). */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (HanlpLogging.class) {
            if (installed) {
                return;
            }
            // Touching Predefine only runs its tiny static initializer, no dictionary is loaded here.
            Logger hanlp = Predefine.logger;
            for (Handler handler : hanlp.getHandlers()) {
                hanlp.removeHandler(handler);
            }
            hanlp.setUseParentHandlers(false);
            hanlp.addHandler(new SLF4JBridgeHandler());
            boolean verbose = LoggerFactory.getLogger(hanlp.getName()).isDebugEnabled();
            hanlp.setLevel(verbose ? Level.ALL : Level.WARNING);
            installed = true;
        }
    }
}
