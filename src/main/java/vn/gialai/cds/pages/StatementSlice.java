package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.OperatorViews;
import vn.gialai.cds.views.OperatorViews.OrganisationView;
import vn.gialai.cds.vocabulary.PageType;

/**
 * The accessibility statement and the privacy statement: the editor's text, then whom to contact to report a barrier
 * or ask about data (the contact officer's email and phone and the site's email, from data/organisation.json; a
 * notice for each one not given yet).
 */
public final class StatementSlice implements Slice {
    public record StatementView(OrganisationView contact) {}

    private final PageContext c;

    StatementSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.STATEMENT; }

    @Override
    public StatementView view(Page page) {
        OrganisationView all = new OperatorViews(c.data(), c.messages()).organisation(page.lang());
        var contact = all.contact();
        return new StatementView(new OrganisationView(contact, (int) contact.stream().filter(OperatorViews.FieldView::empty).count()));
    }
}
