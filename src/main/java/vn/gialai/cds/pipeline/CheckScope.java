package vn.gialai.cds.pipeline;

import vn.gialai.cds.checks.OutputSite;

/**
 * Which pages the link and language checks must look at after a change. The last site passed every check (a build
 * publishes nothing that fails one). A page's checks read its own links and what other pages show of themselves: their
 * language, canonical address, ids, language versions (checks/PageFacts#outward) and whether an address leads to a
 * file. So when the site has the same files as the last one and every page written by this build shows the others
 * what it showed before, an unchanged page's checks come out as they did: only the written pages' links need checking,
 * the languages need no check at all, and the provenance report (which counts the same figures on the same pages) is
 * the last one's. Otherwise every page is checked, as in a full build.
 */
final class CheckScope {

    /**
     * True when only the written pages need their links checked: changed is the site read with only those pages' facts
     * (checks/OutputSite#changedPages), previous the last site's render map, sameInputs whether every model input
     * besides the bodies is the last build's (the page types, cards and search results the report counts).
     */
    static boolean changedOnly(RenderMap previous, boolean sameInputs, OutputSite changed) {
        if (previous == null || !sameInputs || !changed.filesDigest().equals(previous.checkedFiles())) return false;
        for (var e : changed.facts().entrySet()) {
            String before = previous.outward(e.getKey());
            if (before == null || !before.equals(e.getValue().outward())) return false;
        }
        return true;
    }

    private CheckScope() {}
}
