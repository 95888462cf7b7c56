package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.PageType;

/** The "page not found" page of each language (404.html): its text and the way back; it uses its home page's card. */
public final class Error404Slice implements Slice {
    Error404Slice() {}

    @Override public PageType type() { return PageType.ERROR404; }

    @Override public Object view(Page page) { return null; }
}
