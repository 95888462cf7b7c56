package vn.gialai.cds.build;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.util.Map;

/**
 * JBake's engine for .md files, replaced: the body was already rendered (once, with one shared flexmark
 * parser, links checked) by the content stage, so JBake takes that HTML instead of parsing again.
 */
public final class PrebuiltMarkdownEngine extends MarkupEngine {
    private volatile Map<String, String> bodies = Map.of();

    /** Bodies by absolute source path, for the bake about to run. */
    public void use(Map<String, String> bodiesByFile) { this.bodies = bodiesByFile; }

    @Override
    public void processBody(ParserContext context) {
        String html = bodies.get(context.getFile().getAbsolutePath());
        context.setBody(html != null ? html : "");
    }
}
