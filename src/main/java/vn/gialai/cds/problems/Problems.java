package vn.gialai.cds.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a stage, so an editor sees all of them at once, not only the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public void add(Problem p) { list.add(p); }
    public void add(String file, int line, String message) { list.add(Problem.at(file, line, message)); }
    public void add(String file, String message) { list.add(Problem.in(file, message)); }
    public void add(String file, int line, Msg message) { list.add(new Problem(file, line, message)); }
    public void add(String file, Msg message) { list.add(new Problem(file, 0, message)); }
    public void addAll(Problems other) { list.addAll(other.list); warnings.addAll(other.warnings); }
    public void warn(String message) { warnings.add(message); }

    public boolean isEmpty() { return list.isEmpty(); }
    public int size() { return list.size(); }

    /** In the order they were found (the report shows them {@link #sorted()}). */
    public List<Problem> found() { return List.copyOf(list); }

    /** Sorted, so the report does not depend on file-system order. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return copy;
    }

    public List<String> warnings() {
        List<String> copy = new ArrayList<>(warnings);
        Collections.sort(copy);
        return copy;
    }

    /** Stops the build when anything was found. */
    public void throwIfAny() {
        if (!list.isEmpty()) throw new BuildFailure(this);
    }
}
