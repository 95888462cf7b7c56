package vn.gialai.cds.checks;

import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;

import java.util.Map;

/** Every internal href and src of every page leads to a file, and every #fragment to an id in it. */
public final class LinkCheck {

    public static void run(OutputSite site, Map<String, String> sourceOf, Problems problems) {
        site.checkEachPage((page, facts, found) -> check(site, page, facts, sourceOf.getOrDefault(page, page), found), problems);
    }

    private static void check(OutputSite site, String page, PageFacts facts, String where, Problems problems) {
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
            if (!site.isInternal(href)) continue;
            var target = site.resolve(href);
            if (target.isEmpty()) {
                problems.add(where, Msg.of("output.broken-link", href, link.description(), page));
                continue;
            }
            String fragment = OutputSite.fragment(href);
            if (!fragment.isEmpty()) {
                checkFragment(site.facts().get(target.get()), target.get(), fragment, where, link, problems);
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
