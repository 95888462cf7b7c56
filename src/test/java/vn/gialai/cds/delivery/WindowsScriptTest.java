package vn.gialai.cds.delivery;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * site.cmd cannot run here (no Windows): this checks that it runs what ./site runs (the same Maven goals, JVM options
 * and main class, every argument passed on) and that it has the line endings cmd.exe needs.
 */
class WindowsScriptTest {
    private static final Pattern JAVA = Pattern.compile("(?m)^(?:exec )?java ((?:(?:-|\"?@)\\S+ )+).*?(vn\\.gialai\\.cds\\.cli\\.Main) (\\S+)\\s*$");

    @Test
    void runsTheSameProgramWithTheSameOptionsAsTheShellScript() throws Exception {
        String sh = Files.readString(Path.of("site"));
        String cmd = Files.readString(Path.of("site.cmd"), StandardCharsets.US_ASCII);
        Matcher a = JAVA.matcher(sh);
        Matcher b = JAVA.matcher(cmd.replace("\r\n", "\n"));
        assertTrue(a.find(), "./site runs java … Main");
        assertTrue(b.find(), "site.cmd runs java … Main");
        assertEquals(options(a.group(1)), options(b.group(1)), "the same JVM options");
        assertEquals(a.group(2), b.group(2), "the same main class");
        assertEquals("\"$@\"", a.group(3));
        assertEquals("%*", b.group(3), "every argument passed on");
        for (String goal : new String[] {"compile jar:jar dependency:build-classpath", "-DincludeScope=runtime"}) {
            assertTrue(sh.contains(goal), "./site runs " + goal);
        }
        assertTrue(cmd.contains("compile jar:jar dependency:build-classpath") && cmd.contains("-DincludeScope=runtime"), "the same Maven goals");
        assertTrue(sh.contains("\"target/site.jar:") && cmd.contains("'target/site.jar;'"), "the program's jar first on the class path");
        assertTrue(cmd.contains("pom.xml") && cmd.contains("src\\main") && cmd.contains("target\\.compiled"),
                "compiles again when pom.xml or src\\main is newer than the stamp, as ./site does");
        assertTrue(cmd.contains("exit /b %ERRORLEVEL%"), "the program's exit code is the script's");
    }

    @Test
    void hasWindowsLineEndings() throws Exception {
        String cmd = Files.readString(Path.of("site.cmd"), StandardCharsets.US_ASCII);
        assertEquals(cmd.split("\n", -1).length - 1, cmd.split("\r\n", -1).length - 1, "every line of site.cmd ends in CRLF");
    }

    /**
     * The options without the class path, which each script writes its own way, and without ./site's class data
     * sharing (its archive, and its log kept quiet): site.cmd keeps no archive.
     */
    private static String options(String s) {
        // the options themselves, or the file that holds them (java @jvm.options); not site.cmd's own file of its class path
        return java.util.Arrays.stream(s.strip().split(" ")).map(o -> o.replace("\"", ""))
                .filter(o -> !o.equals("-cp") && !o.equals("@%ARGS_FILE%"))
                .filter(o -> !o.startsWith("-XX:SharedArchiveFile=") && !o.startsWith("-XX:ArchiveClassesAtExit=") && !o.startsWith("-Xlog:cds"))
                .toList().toString();
    }
}
