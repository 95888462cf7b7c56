package vn.gialai.cds.jbake;

import vn.gialai.cds.vocabulary.SiteTime;


import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import vn.gialai.cds.content.Page;

import java.io.File;
import java.util.Date;
import java.util.Map;

/**
 * JBake's engine for .md files, replaced: the content stage has already read, checked and rendered every
 * file (once, strictly, with one shared flexmark parser), so JBake is handed that page instead of
 * parsing the file again by its own, more lenient rules.
 */
public final class PrebuiltMarkdownEngine extends MarkupEngine {
    private volatile Map<String, Page> pages = Map.of();

    /** The checked pages by absolute source path, for the bake about to run. */
    public void use(Map<String, Page> pagesByFile) { this.pages = pagesByFile; }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Page page = pages.get(file.getPath());
        if (page == null) return null; // not part of this build (it failed its checks)
        DocumentModel doc = new DocumentModel();
        doc.setTitle(page.title());
        doc.setType(page.type().id());
        doc.setStatus(page.status());
        if (page.date() != null) {
            doc.setDate(Date.from(page.date().atStartOfDay(SiteTime.ZONE).toInstant()));
        }
        doc.setTags(page.list("tags").toArray(String[]::new));
        // No template reads the body from JBake's document (the views hand it over from the page), so JBake's store does
        // not keep a second copy of every body: 379 instead of 400-438 MiB at the peak of a 2,000-article build.
        doc.setBody("");
        return doc;
    }
}
