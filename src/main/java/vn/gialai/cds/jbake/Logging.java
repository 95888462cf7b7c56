package vn.gialai.cds.jbake;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * JBake and its database log a line per file and a stack trace per template error. The build reports
 * problems itself, one line each, so their own logging is switched off (see also simplelogger.properties).
 */
public final class Logging {
    public static void quiet() {
        // FreeMarker picks whichever logging library it finds first (log4j when the HTML checker is on the class path).
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        System.setProperty("log.console.level", "OFF");
        System.setProperty("log.file.level", "OFF");
    }

    private Logging() {}
}
