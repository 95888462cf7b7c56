package vn.gialai.cds.checks;

/**
 * One thing wrong with the input or the output, said the way an editor can act on it:
 * the file (and line, when there is one), what is wrong and what to do.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, message);
    }

    public static Problem in(String file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
