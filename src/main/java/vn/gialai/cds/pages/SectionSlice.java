package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.Views.CardView;
import vn.gialai.cds.vocabulary.PageType;

import java.util.List;

/** A section's front page (pillars, sectors): its introduction, then a card for each page in it. */
public final class SectionSlice implements Slice {
    public record SectionView(List<CardView> children) {}

    private final PageContext c;

    SectionSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.SECTION; }

    @Override
    public SectionView view(Page page) { return new SectionView(c.cards(c.index().childrenOf(page))); }
}
