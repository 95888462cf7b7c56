package vn.gialai.cds.problems;

import vn.gialai.cds.vocabulary.Language;

/**
 * One thing wrong with the input or the output, said the way an editor can act on it:
 * the file (and line, when there is one), what is wrong and what to do.
 */
public record Problem(String file, int line, Msg text) implements Comparable<Problem> {

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, Msg.literal(message));
    }

    public static Problem in(String file, String message) {
        return new Problem(file, 0, Msg.literal(message));
    }

    /** The sentence in English (the command line's language). */
    public String message() { return text.in(Language.EN); }

    /** "file:line: sentence" in the given language. */
    public String in(Language lang) {
        String m = text.in(lang);
        return line > 0 ? file + ":" + line + ": " + m : file + ": " + m;
    }

    @Override
    public String toString() { return in(Language.EN); }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message().compareTo(o.message());
    }
}
