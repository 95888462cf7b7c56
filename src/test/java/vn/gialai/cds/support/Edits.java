package vn.gialai.cds.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Editing a file of a throw-away project, failing at once when the text to change is not there (not later, for a wrong reason). */
public final class Edits {
    private Edits() {}

    /** Replaces the first occurrence of {@code from} in {@code project/file}. */
    public static void replace(Path project, String file, String from, String to) throws IOException {
        Path f = project.resolve(file);
        String s = Files.readString(f);
        if (!s.contains(from)) throw new AssertionError(file + " does not contain " + from);
        Files.writeString(f, s.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /** Removes the line that starts with {@code start} (e.g. a message key "skip-link="). */
    public static void removeLine(Path project, String file, String start) throws IOException {
        Path f = project.resolve(file);
        String s = Files.readString(f);
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(start) + ".*\\n").matcher(s);
        if (!m.find()) throw new AssertionError(file + " has no line starting with " + start);
        Files.writeString(f, s.substring(0, m.start()) + s.substring(m.end()));
    }

    /** The 1-based number of the first line containing {@code text}. */
    public static int lineOf(Path project, String file, String text) throws IOException {
        String[] lines = Files.readString(project.resolve(file)).split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
        throw new AssertionError(file + " does not contain " + text);
    }
}
