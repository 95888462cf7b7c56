package vn.gialai.cds.views;

import java.util.List;

/** The small, ready-to-show values templates receive. Nothing here is computed in a template. */
public final class Views {
    /**
     * A link as a visitor sees it. ariaCurrent is "page" for the page itself, "true" for the section it is in,
     * "" otherwise (the value of aria-current).
     */
    public record LinkView(String label, String href, String ariaCurrent) {
        public boolean current() { return !ariaCurrent.isEmpty(); }
    }

    /** A page in a list (pillars on the home page, sectors in their section). */
    public record CardView(String title, String summary, String href) {}

    /** rel=alternate for one language; hreflang "x-default" points at the Vietnamese page. */
    public record Alternate(String hreflang, String href) {}

    /**
     * The language switcher: the other language's name, where it leads, and whether the page exists there
     * (when it does not, it leads to that language's home page and the page says so).
     */
    public record LanguageSwitcher(String currentName, String otherName, String otherLang, String href, boolean translated) {}

    private Views() {}
}
