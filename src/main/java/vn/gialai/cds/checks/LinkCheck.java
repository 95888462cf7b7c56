package vn.gialai.cds.checks;

import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;

import java.util.Map;

/** Every internal href and src of every page leads to a file, and every #fragment to an id in it. */
public final class LinkCheck {

    public static void run(OutputSite site, Map<String, String> sourceOf, Problems problems) {
        // most links are on every page (menus, footer, lists): each distinct address is judged once
        Map<String, Verdict> verdicts = new java.util.concurrent.ConcurrentHashMap<>();
        site.checkEachPage((page, facts, found) -> check(site, page, facts, sourceOf.getOrDefault(page, page), verdicts, found), problems);
    }

    /** What an address that is not a fragment of its own page leads to; target is the page of a missing fragment. */
    private record Verdict(boolean broken, String missingFragmentIn) {
        static final Verdict FINE = new Verdict(false, null);
    }

    private static Verdict verdict(OutputSite site, String href) {
        if (!site.isInternal(href)) return Verdict.FINE;
        var target = site.resolve(href);
        if (target.isEmpty()) return new Verdict(true, null);
        String fragment = OutputSite.fragment(href);
        if (fragment.isEmpty()) return Verdict.FINE; // the target's facts asked for only when there is an id to find
        PageFacts facts = site.factsOf(target.get());
        if (facts == null || facts.ids().contains(fragment)) return Verdict.FINE;
        return new Verdict(false, target.get());
    }

    private static void check(OutputSite site, String page, PageFacts facts, String where, Map<String, Verdict> verdicts, Problems problems) {
        for (PageFacts.Link link : facts.links()) {
            String href = link.value();
            if (href.isEmpty()) {
                problems.add(where, Msg.of("output.empty-link", link.tag(), link.attribute(), page));
                continue;
            }
            if (href.startsWith("#")) {
                checkFragment(facts, page, href.substring(1), where, link, problems);
                continue;
            }
            Verdict v = verdicts.get(href);
            if (v == null) v = verdicts.computeIfAbsent(href, h -> verdict(site, h));
            if (v.broken()) {
                problems.add(where, Msg.of("output.broken-link", href, link.description(), page));
            } else if (v.missingFragmentIn() != null) {
                problems.add(where, Msg.of("output.broken-fragment", OutputSite.fragment(href), link.description(), v.missingFragmentIn()));
            }
        }
    }

    private static void checkFragment(PageFacts target, String page, String id, String where, PageFacts.Link link, Problems problems) {
        if (target == null || id.isEmpty()) return;
        if (!target.ids().contains(id)) {
            problems.add(where, Msg.of("output.broken-fragment", id, link.description(), page));
        }
    }

    private LinkCheck() {}
}
