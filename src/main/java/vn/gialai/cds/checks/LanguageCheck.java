package vn.gialai.cds.checks;

import vn.gialai.cds.problems.Problems;

import java.util.Map;

/**
 * The two languages hold together: html lang matches the folder, every hreflang alternate exists and
 * links back, and x-default is there.
 */
public final class LanguageCheck {

    public static void run(OutputSite site, Map<String, String> sourceOf, Problems problems) {
        site.checkEachPage((page, f, found) -> check(site, page, f, sourceOf.getOrDefault(page, page), found), problems);
    }

    private static void check(OutputSite site, String page, PageFacts f, String where, Problems problems) {
        String expected = page.startsWith("en/") ? "en" : "vi";
        if (!expected.equals(f.htmlLang())) {
            problems.add(where, page + " has <html lang=\"" + f.htmlLang() + "\"> but sits in the " + expected + " part of the site.");
        }
        if (f.alternates().isEmpty()) return;
        if (!names(f.alternates(), "x-default", true)) {
            problems.add(where, page + " lists language versions but no hreflang=\"x-default\".");
        }
        for (PageFacts.Alternate alt : f.alternates()) {
            var target = site.resolve(alt.href());
            if (target.isEmpty()) {
                problems.add(where, page + " names '" + alt.href() + "' as its " + alt.hreflang() + " version, but there is no such page.");
                continue;
            }
            if (alt.hreflang().equals("x-default") || target.get().equals(page)) continue;
            PageFacts other = site.factsOf(target.get());
            boolean linksBack = other != null && names(other.alternates(), f.canonical(), false);
            if (!linksBack) {
                problems.add(where, page + " names " + target.get() + " as its translation, but that page does not name it back. "
                        + "Give both the same translationKey.");
            }
        }
    }

    /** Whether one of the alternates has this hreflang (byLanguage) or this address; a loop: it runs for every page. */
    private static boolean names(java.util.List<PageFacts.Alternate> alternates, String value, boolean byLanguage) {
        for (PageFacts.Alternate a : alternates) if ((byLanguage ? a.hreflang() : a.href()).equals(value)) return true;
        return false;
    }

    private LanguageCheck() {}
}
