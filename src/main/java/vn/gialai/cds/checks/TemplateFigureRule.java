package vn.gialai.cds.checks;

import vn.gialai.cds.problems.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule that keeps every figure with its provenance: a template prints a figure only through
 * templates/components/figure/ (which writes its source, period, territory and confidence beside it). Checked on the
 * templates' text before anything is rendered; every other template is refused when it
 * <ol>
 *   <li>reads a member of a figure other than its note ({@code ${x.figure.value}}, {@code <#assign v = x.figure.period>}):
 *       it may only pass the figure whole to the component;</li>
 *   <li>writes a number into the page's text with a formatting built-in ({@code ?c}, {@code ?string}, {@code ?number},
 *       {@code ?round}…) or a {@code #{…}} interpolation (inside a tag's attributes, {@code width="${w?c}"}, is allowed);</li>
 *   <li>prints a member called {@code value} into the page's text ({@code ${o.value}}): the name of a figure's number.</li>
 * </ol>
 * One problem per offence, naming the template and its line.
 */
public final class TemplateFigureRule {
    /** The one component allowed to print a figure's parts. */
    public static final String FIGURE_COMPONENT = "components/figure/";

    private static final Pattern FIGURE_MEMBER = Pattern.compile("\\b(?:figure|[a-z]\\w*Figure)\\)?\\??\\.(\\w+)");
    private static final Pattern NUMBER_BUILTIN = Pattern.compile("\\?(c|cn|string|number|round|floor|ceiling|int|abs)\\b");
    private static final Pattern VALUE_MEMBER = Pattern.compile("\\.value\\s*(\\?|!|\\}|\\))");
    private static final Pattern FTL_COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern FTL_TAG = Pattern.compile("</?[#@][^>]*>", Pattern.DOTALL);

    public static void run(Path templates, String shownAs, Problems problems) throws IOException {
        if (!Files.isDirectory(templates)) return;
        List<Path> files;
        try (Stream<Path> s = Files.walk(templates)) {
            files = s.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
        for (Path f : files) {
            String rel = templates.relativize(f).toString().replace('\\', '/');
            if (rel.startsWith(FIGURE_COMPONENT)) continue;
            for (String problem : check(Files.readString(f, StandardCharsets.UTF_8))) {
                int colon = problem.indexOf(':');
                problems.add(shownAs + "/" + rel, Integer.parseInt(problem.substring(0, colon)), problem.substring(colon + 2));
            }
        }
    }

    /** The offences in one template's text, each as "line: message". */
    public static List<String> check(String template) {
        List<String> out = new ArrayList<>();
        String text = blank(template, FTL_COMMENT);
        Matcher m = FIGURE_MEMBER.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("note")) continue;
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            if (before == '"' || before == '\'' || before == '/' || before == '-') continue; // a message key t("figure.source"), a path
            out.add(line(text, m.start()) + ": reads '" + m.group() + "' outside the figure component. Pass the figure whole to "
                    + "<@f.figure figure=…/> (templates/components/figure/figure.ftl), which shows it with its source, period, "
                    + "territory and confidence.");
        }
        String markup = blank(text, FTL_TAG);
        for (int at = text.indexOf("${"); at >= 0; at = text.indexOf("${", at + 2)) {
            int end = closing(text, at + 2);
            String expr = text.substring(at, end);
            boolean inTag = markup.lastIndexOf('<', at) > markup.lastIndexOf('>', at);
            if (inTag) continue;
            Matcher b = NUMBER_BUILTIN.matcher(expr);
            if (b.find()) {
                out.add(line(text, at) + ": prints a number with '" + b.group() + "' (" + expr + ") outside the figure component. "
                        + "A figure is shown only by <@f.figure figure=…/> (templates/components/figure/figure.ftl), with its source, "
                        + "period, territory and confidence; Java writes every other number (i18n/Formats).");
            } else if (VALUE_MEMBER.matcher(expr).find() && !FIGURE_MEMBER.matcher(expr).find()) { // else said above
                out.add(line(text, at) + ": prints a raw value (" + expr + ") outside the figure component. A figure is shown only by "
                        + "<@f.figure figure=…/> (templates/components/figure/figure.ftl), with its source, period, territory and confidence.");
            }
        }
        for (int at = text.indexOf("#{"); at >= 0; at = text.indexOf("#{", at + 2)) {
            out.add(line(text, at) + ": a #{…} number interpolation outside the figure component. A figure is shown only by "
                    + "<@f.figure figure=…/> (templates/components/figure/figure.ftl).");
        }
        return out;
    }

    /** The same text with the matches replaced by spaces (newlines kept), so positions and lines stay. */
    private static String blank(String s, Pattern p) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder(s);
        while (m.find()) for (int i = m.start(); i < m.end(); i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
        return sb.toString();
    }

    private static int closing(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i + 1;
        }
        return s.length();
    }

    private static int line(String s, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    private TemplateFigureRule() {}
}
