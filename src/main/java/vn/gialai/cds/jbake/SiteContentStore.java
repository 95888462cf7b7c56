package vn.gialai.cds.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import vn.gialai.cds.content.Page;

import java.util.Map;

/**
 * JBake's document store, told by the content stage what each file is: drafts and files that failed
 * validation never enter it, and each document's output path comes from our address rules (pretty
 * URLs, the home page, 404) rather than JBake's file-name rules.
 */
public final class SiteContentStore extends ContentStore {
    static {
        // The store is a database in memory, made and dropped within one bake, that only JBake opens (as "admin", with
        // OrientDB's default password). Making it, OrientDB still creates its three default users, each password hashed
        // with PBKDF2 at 65,536 rounds: six hashes a build, most of the time JBake's store took (bench/NOTES.md, "the
        // store's passwords"). One round protects nothing less here: nothing outside this process can reach the store.
        // OrientDB reads its settings from the system properties once, when its first class that needs them loads: set
        // before any store is made (the store is OrientDB's only user in this program).
        System.setProperty("security.userPasswordSaltIterations", "1");
    }

    private final Map<String, Page> pagesByFile;
    private final java.util.function.Predicate<Page> visible;

    public SiteContentStore(String name, Map<String, Page> pagesByFile, java.util.function.Predicate<Page> visible) {
        super("memory", name);
        this.pagesByFile = pagesByFile;
        this.visible = visible;
    }

    /**
     * JBake asks, for every file it crawls, whether the store already holds it and with which hash: a query each. This
     * store is made for one crawl and holds nothing before it, so every file is new (the answer the query would give),
     * without thousands of queries for files most of which (the news) it then leaves out.
     */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return new DocumentList<>();
    }

    @Override
    public void addDocument(DocumentModel document) {
        Page page = pagesByFile.get(document.getFile());
        if (page == null || !visible.test(page)) return;
        document.setUri(page.outputFile());
        // Whether a page is shown was decided above; JBake would write a draft shown in the preview as
        // "index-draft.html", so to JBake every page it is given is published.
        document.setStatus("published");
        super.addDocument(document);
    }
}
