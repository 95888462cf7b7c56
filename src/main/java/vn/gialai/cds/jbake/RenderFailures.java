package vn.gialai.cds.jbake;

import freemarker.template.TemplateException;
import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.problems.Problems;

import java.io.File;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * What went wrong while rendering pages (from JBake's thread and from both cores), kept as facts until every page has
 * been tried, then said with one line per mistake: the same template line failing with the same sentence on many pages
 * (a list template breaks every page of every list) is one line naming the first page in order and how many others it
 * broke. A failure that is not a template's (a page's model could not be made) is said for its page.
 */
public final class RenderFailures {
    /** A template's mistake: the template ("templates/…"), its line and FreeMarker's first sentence. */
    record TemplateMistake(String template, int line, String sentence) implements Comparable<TemplateMistake> {
        private static final Comparator<TemplateMistake> ORDER = Comparator.comparing(TemplateMistake::template)
                .thenComparingInt(TemplateMistake::line).thenComparing(TemplateMistake::sentence);

        @Override
        public int compareTo(TemplateMistake o) { return ORDER.compare(this, o); }
    }

    private final Path project;
    /** Each mistake and the pages it broke, in order. */
    private final Map<TemplateMistake, NavigableSet<String>> mistakes = new ConcurrentHashMap<>();
    private final Queue<Problem> others = new ConcurrentLinkedQueue<>();

    public RenderFailures(Path project) { this.project = project; }

    /**
     * A page that could not be rendered: sourceFile is the page's Markdown file, or "generated:" and the address of a page
     * made from data.
     */
    public void add(Throwable e, String sourceFile) {
        String page = sourceFile == null ? ""
                : sourceFile.startsWith("generated:") ? sourceFile.substring("generated:".length())
                : project.toAbsolutePath().relativize(new File(sourceFile).toPath().toAbsolutePath()).toString();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof freemarker.core.ParseException pe) {
                // a template that does not parse breaks every page of its type: one mistake, like any other
                String template = pe.getTemplateName() != null ? "templates/" + pe.getTemplateName() : "templates";
                String sentence = firstSentence(pe.getEditorMessage());
                // "Encountered "}", but was expecting one of these patterns:" and a list on the next lines: what was found
                int expecting = sentence.indexOf(", but was expecting");
                if (sentence.endsWith(":")) sentence = expecting > 0 ? sentence.substring(0, expecting) : sentence.substring(0, sentence.length() - 1);
                broke(new TemplateMistake(template, pe.getLineNumber(), "syntax error at column " + pe.getColumnNumber() + ": "
                        + sentence), page);
                return;
            }
            if (c instanceof TemplateException te) {
                String template = te.getTemplateSourceName() != null ? "templates/" + te.getTemplateSourceName() : "templates";
                int line = te.getLineNumber() != null ? te.getLineNumber() : 0;
                String sentence = firstSentence(te.getMessageWithoutStackTop());
                if (te.getBlamedExpressionString() != null) {
                    // FreeMarker's sentence for a missing value only introduces the expression on its next line
                    // ("The following has evaluated to null or missing:"): the expression named says it all
                    String blamed = "'" + te.getBlamedExpressionString() + "' is missing or null";
                    sentence = sentence.endsWith(":") ? blamed : blamed + "; FreeMarker says: " + sentence;
                }
                broke(new TemplateMistake(template, line, sentence), page);
                return;
            }
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        others.add(Problem.in(page, "could not be rendered: " + firstSentence(String.valueOf(root.getMessage()))
                + ". Check the template of its type."));
    }

    /** Says every failure into problems: one line per template mistake, one per other failure. */
    public void reportTo(Problems problems) {
        others.stream().sorted().forEach(problems::add);
        new TreeMap<>(mistakes).forEach((mistake, pages) -> {
            int others = pages.size() - 1;
            String where = others == 0 ? pages.first()
                    : pages.first() + " and " + others + (others == 1 ? " other page" : " other pages");
            problems.add(Problem.at(mistake.template(), mistake.line(), mistake.sentence() + " (while rendering " + where
                    + "). Fix the template."));
        });
    }

    private void broke(TemplateMistake mistake, String page) {
        mistakes.computeIfAbsent(mistake, k -> new ConcurrentSkipListSet<>()).add(page);
    }

    private static String firstSentence(String s) {
        if (s == null) return "";
        String oneLine = s.strip();
        int nl = oneLine.indexOf('\n');
        if (nl > 0) oneLine = oneLine.substring(0, nl);
        return oneLine.replaceAll("\\s+", " ");
    }
}
