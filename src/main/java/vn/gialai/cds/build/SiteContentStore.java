package vn.gialai.cds.build;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import vn.gialai.cds.content.Page;

import java.util.Map;

/**
 * JBake's document store, told by the content stage what each file is: drafts and files that failed
 * validation never enter it, and each document's output path comes from our address rules (pretty
 * URLs, the home page, 404) rather than JBake's file-name rules.
 */
public final class SiteContentStore extends ContentStore {
    private final Map<String, Page> pagesByFile;

    public SiteContentStore(String name, Map<String, Page> pagesByFile) {
        super("memory", name);
        this.pagesByFile = pagesByFile;
    }

    @Override
    public void addDocument(DocumentModel document) {
        Page page = pagesByFile.get(document.getFile());
        if (page == null || !page.isPublished()) return;
        document.setUri(page.outputFile());
        super.addDocument(document);
    }
}
