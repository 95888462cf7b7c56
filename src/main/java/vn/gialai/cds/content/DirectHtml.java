package vn.gialai.cds.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML that flexmark's HtmlRenderer writes for a Markdown body, byte for byte, written straight into one
 * StringBuilder, for the kinds of node news and pages use: paragraphs, headings, lists, tables, quotes, rules, links,
 * emphasis and line breaks. flexmark's renderer passes every piece through a line-formatting writer and three regular
 * expressions per run of text; in a build of news it took more time than parsing the Markdown did. A body holding any
 * other kind of node (an image, code, raw HTML, an entity, a reference…) gets {@code null}, and MarkdownRenderer
 * then renders it with flexmark's own renderer, so every body comes out as flexmark would write it
 * (DirectHtmlTest compares the two).
 *
 * The table's class and the line breaks are read from the options flexmark is given; with options it does not write
 * (heading ids, source positions, other formatting flags) every body is left to flexmark.
 */
final class DirectHtml {
    private final ListOptions listOptions;
    private final DataHolder options;
    /** Links flexmark writes without their a element (HtmlRenderer.SUPPRESSED_LINKS); null: none. */
    private final java.util.regex.Pattern suppressed;
    /** The table's opening tag, soft and hard breaks, as the options set them for flexmark. */
    private final String tableOpen, softBreak, hardBreak;
    /** False when the options ask flexmark for something this class does not write (heading ids, other formatting). */
    private final boolean supported;

    DirectHtml(DataHolder options) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
        String pattern = HtmlRenderer.SUPPRESSED_LINKS.get(options);
        this.suppressed = pattern.isEmpty() ? null : java.util.regex.Pattern.compile(pattern);
        String tableClass = TablesExtension.CLASS_NAME.get(options);
        this.tableOpen = tableClass.isEmpty() ? "<table>" : "<table class=\"" + Escaping.escapeHtml(tableClass, false) + "\">";
        this.softBreak = HtmlRenderer.SOFT_BREAK.get(options);
        this.hardBreak = HtmlRenderer.HARD_BREAK.get(options);
        this.supported = !HtmlRenderer.RENDER_HEADER_ID.get(options) && !HtmlRenderer.GENERATE_HEADER_ID.get(options)
                && HtmlRenderer.FORMAT_FLAGS.get(options) == com.vladsch.flexmark.util.sequence.LineAppendable.F_TRIM_LEADING_WHITESPACE
                && HtmlRenderer.SOURCE_POSITION_ATTRIBUTE.get(options).isEmpty();
    }

    /** The body's HTML as flexmark writes it, or null when it holds a node this class leaves to flexmark. Thread-safe. */
    String render(Document doc) {
        if (!supported) return null;
        Writer w = new Writer();
        return w.blocks(doc) ? w.out.toString() : null;
    }

    /** One body's writing. */
    private final class Writer {
        private final StringBuilder out = new StringBuilder(4096);

        private boolean blocks(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (!block(n)) return false;
            }
            return true;
        }

        private boolean block(Node n) {
            if (n instanceof Paragraph p) {
                if (p.getParent() instanceof ParagraphItemContainer c && c.isParagraphWrappingDisabled(p, listOptions, options)) {
                    return inlines(p);
                }
                line();
                out.append("<p>");
                if (!inlines(p)) return false;
                out.append("</p>\n");
                return true;
            }
            if (n instanceof Heading h) {
                line();
                out.append("<h").append(h.getLevel()).append('>');
                if (!inlines(h)) return false;
                out.append("</h").append(h.getLevel()).append(">\n");
                return true;
            }
            if (n instanceof BulletList) return container(n, "<ul>", "</ul>");
            if (n instanceof OrderedList ol) {
                boolean start = listOptions.isOrderedListManualStart() && ol.getStartNumber() != 1;
                return container(n, start ? "<ol start=\"" + ol.getStartNumber() + "\">" : "<ol>", "</ol>");
            }
            if (n instanceof ListItem item) {
                line();
                if (listOptions.isTightListItem(item)) {
                    out.append("<li>");
                    if (!blocks(item)) return false;
                    out.append("</li>\n");
                    return true;
                }
                out.append("<li>\n");
                if (!blocks(item)) return false;
                line();
                out.append("</li>\n");
                return true;
            }
            if (n instanceof BlockQuote) return container(n, "<blockquote>", "</blockquote>");
            if (n instanceof ThematicBreak) {
                line();
                out.append("<hr />\n");
                return true;
            }
            if (n instanceof TableBlock) return container(n, tableOpen, "</table>");
            if (n instanceof TableHead) return container(n, "<thead>", "</thead>");
            if (n instanceof TableBody) return container(n, "<tbody>", "</tbody>");
            if (n instanceof TableSeparator) return true;
            if (n instanceof TableRow) {
                line();
                out.append("<tr>");
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof TableCell cell) || !cell(cell)) return false;
                }
                out.append("</tr>\n");
                return true;
            }
            return false;
        }

        private boolean container(Node n, String open, String close) {
            line();
            if (n.getFirstChild() == null) { // flexmark closes an empty element on the same line (a table without rows)
                out.append(open).append(close).append('\n');
                return true;
            }
            out.append(open).append('\n');
            if (!blocks(n)) return false;
            line();
            out.append(close).append('\n');
            return true;
        }

        private boolean cell(TableCell cell) {
            if (cell.getSpan() != 1) return false;
            String tag = cell.isHeader() ? "th" : "td";
            out.append('<').append(tag);
            if (cell.getAlignment() != null) {
                out.append(" align=\"").append(cell.getAlignment().cellAlignment().name().toLowerCase(java.util.Locale.ROOT)).append('"');
            }
            out.append('>');
            if (!inlines(cell)) return false;
            out.append("</").append(tag).append('>');
            return true;
        }

        private boolean inlines(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    text(t.getChars());
                } else if (n instanceof SoftLineBreak) {
                    out.append(softBreak);
                } else if (n instanceof HardLineBreak) {
                    out.append(hardBreak);
                } else if (n instanceof StrongEmphasis) {
                    out.append("<strong>");
                    if (!inlines(n)) return false;
                    out.append("</strong>");
                } else if (n instanceof Emphasis) {
                    out.append("<em>");
                    if (!inlines(n)) return false;
                    out.append("</em>");
                } else if (n instanceof Link link && link.getTitle().isNull() && !suppressed(link.getUrl())) {
                    out.append("<a href=\"");
                    escape(link.getUrl().unescape());
                    out.append("\">");
                    if (!inlines(n)) return false;
                    out.append("</a>");
                } else {
                    return false;
                }
            }
            return true;
        }

        /** A link flexmark would write without its a element: left to flexmark. */
        private boolean suppressed(BasedSequence url) {
            return suppressed != null && suppressed.matcher(url).matches();
        }

        /** A run of text: un-escaped and line ends normalised as flexmark does, then escaped for HTML. */
        private void text(BasedSequence chars) {
            String s = chars.toString();
            if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 || s.indexOf('\r') >= 0) {
                s = Escaping.normalizeEOL(chars.unescape());
            }
            // flexmark's writer drops the white space at the start of a line (its only formatting option set here)
            if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                int i = 0;
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
                s = s.substring(i);
            }
            escape(s);
        }

        /** What flexmark's Escaping.escapeHtml(s, false) writes: &amp; &lt; &gt; &quot; for the four characters. */
        private void escape(String s) {
            int from = 0;
            for (int i = 0, n = s.length(); i < n; i++) {
                String entity = switch (s.charAt(i)) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    default -> null;
                };
                if (entity != null) {
                    out.append(s, from, i).append(entity);
                    from = i + 1;
                }
            }
            out.append(s, from, s.length());
        }

        /** Starts a new line unless at the start of one. */
        private void line() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
        }
    }
}
