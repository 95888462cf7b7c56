package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.PageType;

/** A content page (the programme, its tasks, resources…): its title, text and date; nothing of its own. */
public final class PageSlice implements Slice {
    PageSlice() {}

    @Override public PageType type() { return PageType.PAGE; }

    @Override public Object view(Page page) { return null; }
}
