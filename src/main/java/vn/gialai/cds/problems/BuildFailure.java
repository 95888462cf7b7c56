package vn.gialai.cds.problems;

/** Thrown to stop the build; carries every problem found so far. Never shown as a stack trace. */
public final class BuildFailure extends RuntimeException {
    private final transient Problems problems;

    public BuildFailure(Problems problems) {
        super(problems.size() + " problem(s)", null, false, false);
        this.problems = problems;
    }

    public static BuildFailure of(String file, int line, String message) {
        Problems p = new Problems();
        p.add(file, line, message);
        return new BuildFailure(p);
    }

    public Problems problems() { return problems; }
}
