package vn.gialai.cds.files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rebuild publishing only what it wrote: the result is the new site exactly, and a stop half-way is finished later. */
class SiteOverlayTest {
    @AfterEach
    void noFault() {
        System.clearProperty(Faults.PROPERTY);
    }

    private static void put(Path root, String rel, String text) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    /** The last site: a kept page, a changed page, a removed article with its card, and a file that becomes a folder. */
    private static Path[] sites() throws IOException {
        Path dir = Temp.dir("overlay-");
        Path out = dir.resolve("site");
        put(out, "index.html", "home v1");
        put(out, "news/a/index.html", "a v1");
        put(out, "news/b/index.html", "b v1");
        put(out, "news/b/card.png", "b card");
        put(out, "data/x", "a file that becomes a folder");
        Path staging = SiteSwap.staging(out);
        put(staging, "index.html", "home v2");
        put(staging, "news/c/index.html", "c v1");
        put(staging, "data/x/index.json", "now a folder");
        return new Path[]{staging, out};
    }

    private static final Set<String> KEPT = Set.of("news/a/index.html");

    @Test
    void theSiteAfterwardsIsWhatWasWrittenPlusWhatWasKeptAndNothingElse() throws Exception {
        Path[] s = sites();
        Path staging = s[0], out = s[1];
        SiteOverlay.Plan plan = SiteOverlay.plan(staging, out, KEPT);
        assertEquals(List.of("data/x/index.json", "index.html", "news/c/index.html"), plan.moves());
        assertEquals(List.of("data/x", "news/b/card.png", "news/b/index.html"), plan.deletions());

        SiteOverlay.apply(staging, out, KEPT);
        assertEquals(Set.of("data/x/index.json", "index.html", "news/a/index.html", "news/c/index.html"),
                Runs.fingerprint(out).keySet());
        assertEquals("home v2", Files.readString(out.resolve("index.html")));
        assertEquals("a v1", Files.readString(out.resolve("news/a/index.html")));
        assertFalse(Files.exists(out.resolve("news/b")), "the folder a removed article leaves empty goes too");
        assertFalse(Files.exists(SiteOverlay.journal(out)));
    }

    @Test
    void aBuildStoppedBeforeItsJournalIsWrittenLeavesTheLastSiteAsItWas() throws Exception {
        Path[] s = sites();
        Path out = s[1];
        Map<String, String> before = Runs.fingerprint(out);
        System.setProperty(Faults.PROPERTY, "disk-full@journal");
        assertThrows(IOException.class, () -> SiteOverlay.apply(s[0], out, KEPT));
        System.clearProperty(Faults.PROPERTY);
        assertFalse(Files.exists(SiteOverlay.journal(out)));
        SiteSwap.recover(out);
        assertEquals(before, Runs.fingerprint(out));
        assertFalse(Files.exists(SiteSwap.staging(out)), "the unfinished staging folder is deleted");
    }

    @Test
    void aBuildStoppedHalfWayThroughItsJournalIsFinishedByTheNextOne() throws Exception {
        Path[] reference = sites();
        SiteOverlay.apply(reference[0], reference[1], KEPT);
        Map<String, String> next = Runs.fingerprint(reference[1]);

        Path[] s = sites();
        Path out = s[1];
        System.setProperty(Faults.PROPERTY, "read-only@journal-between");
        assertThrows(IOException.class, () -> SiteOverlay.apply(s[0], out, KEPT));
        System.clearProperty(Faults.PROPERTY);
        assertTrue(Files.exists(SiteOverlay.journal(out)));
        assertFalse(next.equals(Runs.fingerprint(out)), "stopped half-way");

        List<vn.gialai.cds.problems.Msg> said = SiteSwap.recover(out);
        assertEquals(next, Runs.fingerprint(out));
        assertEquals(1 + 1, said.size(), "the journal finished, then the staging folder deleted: " + said);
        assertFalse(Files.exists(SiteOverlay.journal(out)));
        assertFalse(Files.exists(SiteSwap.staging(out)));
    }

    @Test
    void anOutputFolderThatIsALinkToTheServersFolderLosesTheFilesTheNewSiteNoLongerHas() throws Exception {
        Path[] s = sites();
        Path real = s[1].resolveSibling("www");
        Files.move(s[1], real);
        Files.createSymbolicLink(s[1], real);
        SiteOverlay.apply(s[0], s[1], KEPT);
        assertEquals(Set.of("data/x/index.json", "index.html", "news/a/index.html", "news/c/index.html"),
                Runs.fingerprint(real).keySet());
        assertTrue(Files.isSymbolicLink(s[1]), "the link stays a link");
    }
}
