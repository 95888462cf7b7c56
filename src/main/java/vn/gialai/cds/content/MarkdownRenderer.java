package vn.gialai.cds.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;

import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * One flexmark parser and renderer for the whole build (JBake builds a new one per document).
 * Resolves and checks the links an editor writes: site-root addresses, `source:` citations, assets.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final DirectHtml direct;

    /** What the renderer needs to know about the site to resolve links. */
    public interface LinkContext {
        String basePath();
        boolean pageExists(String path);
        boolean assetExists(String path);
        boolean sourceExists(String id);
        /** Address from the site root of the page that lists the sources, in that language. */
        String sourcesPagePath(Language lang);
    }

    public MarkdownRenderer() {
        MutableDataSet options = options();
        this.direct = new DirectHtml(options);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** flexmark's options for the site's Markdown (DirectHtml writes what flexmark's renderer writes with these). */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.CLASS_NAME, "table");
        // Raw HTML passes through only after RawHtml has checked every piece of it against the allow-list.
        options.set(HtmlRenderer.ESCAPE_HTML, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options;
    }

    /**
     * @param firstLine the line of the file on which the body starts, so problems name the file's own line
     */
    public String render(String file, int firstLine, String markdown, Language lang, LinkContext ctx, Problems problems) {
        Document doc = parser.parse(markdown);
        visit(doc, node -> {
            // flexmark counts a node's line from the start of the document each time: asked only for a problem
            IntSupplier line = () -> firstLine + node.getStartLineNumber();
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                node.unlink();
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                RawHtml.firstDisallowed(node.getChars().toString()).ifPresent(bad ->
                        problems.add(file, line.getAsInt(), Msg.of("markdown.raw-html", bad, RawHtml.allowedTags())));
            } else if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(resolve(file, line, link.getUrl().toString(), lang, ctx, problems, false)));
            } else if (node instanceof Image image) {
                image.setUrl(BasedSequence.of(resolve(file, line, image.getUrl().toString(), lang, ctx, problems, true)));
            } else if (node instanceof Reference ref) {
                ref.setUrl(BasedSequence.of(resolve(file, line, ref.getUrl().toString(), lang, ctx, problems, false)));
            } else if (node instanceof AutoLink auto) {
                String url = auto.getText().toString();
                if (!isExternal(url)) problems.add(file, line.getAsInt(), Msg.of("markdown.autolink", url));
            }
            return true;
        });
        // The common kinds of node straight to HTML; the rest through flexmark's renderer (the same bytes either way)
        String html = direct.render(doc);
        return html != null ? html : renderer.render(doc);
    }

    private static String resolve(String file, IntSupplier line, String url, Language lang, LinkContext ctx,
                                  Problems problems, boolean image) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("source:")) {
            String id = url.substring("source:".length()).strip();
            if (!ctx.sourceExists(id)) {
                problems.add(file, line.getAsInt(), Msg.of("markdown.unknown-source", id));
            }
            return ctx.basePath() + ctx.sourcesPagePath(lang) + "#source-" + id;
        }
        if (lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
            problems.add(file, line.getAsInt(), Msg.of("markdown.bad-scheme", abbreviate(url)));
            return "#";
        }
        if (isExternal(url) || url.startsWith("#")) return url;
        if (url.startsWith("/") && !url.startsWith("//")) {
            String pathAndFragment = url.substring(1);
            int hash = pathAndFragment.indexOf('#');
            String path = hash >= 0 ? pathAndFragment.substring(0, hash) : pathAndFragment;
            String fragment = hash >= 0 ? pathAndFragment.substring(hash) : "";
            if (path.startsWith("assets/")) {
                if (!ctx.assetExists(path)) {
                    problems.add(file, line.getAsInt(), Msg.of(image ? "markdown.missing-image" : "markdown.missing-file", url));
                }
                return ctx.basePath() + path + fragment;
            }
            if (!path.isEmpty() && !path.endsWith("/") && !path.endsWith(".html")) path = path + "/";
            if (!ctx.pageExists(path)) {
                problems.add(file, line.getAsInt(), Msg.of("markdown.no-page", url));
            }
            return ctx.basePath() + path + fragment;
        }
        problems.add(file, line.getAsInt(), Msg.of("markdown.relative", abbreviate(url)));
        return url;
    }

    private static boolean isExternal(String url) {
        String l = url.toLowerCase(Locale.ROOT);
        return l.startsWith("https://") || l.startsWith("http://") || l.startsWith("mailto:") || l.startsWith("tel:");
    }

    private static void visit(Node node, Predicate<Node> action) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (action.test(child)) visit(child, action);
            child = next;
        }
    }

    private static String abbreviate(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 50 ? s.substring(0, 47) + "…" : s;
    }
}
