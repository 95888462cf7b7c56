package vn.gialai.cds.robustness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.files.AtomicFiles;
import vn.gialai.cds.files.Faults;
import vn.gialai.cds.files.SiteSwap;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.problems.BuildFailure;
import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;
import vn.gialai.cds.vocabulary.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A full disk or a read-only folder while writing (through the fault-injection point): the last good site stays whole, the message names the cause. */
class CrashSafetyTest {
    @AfterEach
    void noFault() {
        System.clearProperty(Faults.PROPERTY);
    }

    private static Path previousSite() throws IOException {
        Path out = Temp.dir("fault-").resolve("site");
        Projects.copyTree(BuiltSite.get().out, out);
        return out;
    }

    private static Problem failWith(String fault, Path out) {
        System.setProperty(Faults.PROPERTY, fault);
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuilder().build(
                new BuildOptions(Projects.fixture(), out, BuiltSite.SITE_URL).withNow(Projects.FIXTURE_NOW)));
        assertEquals(1, f.problems().size(), f.problems().sorted().toString());
        return f.problems().sorted().get(0);
    }

    @Test
    void aFullDiskLeavesTheLastGoodSiteWholeAndSaysTheDiskIsFull() throws Exception {
        Path out = previousSite();
        Map<String, String> before = Runs.fingerprint(out);
        Problem p = failWith("disk-full@outputs", out);
        assertEquals(before, Runs.fingerprint(out));
        assertFalse(Files.exists(SiteSwap.staging(out)), "the unfinished new site is removed");
        assertTrue(p.in(Language.EN).contains("the disk holding " + out.getParent() + " is full"), p.in(Language.EN));
        assertTrue(p.in(Language.EN).contains("the last good site was left whole"), p.in(Language.EN));
        assertTrue(p.in(Language.VI).contains("ổ đĩa chứa " + out.getParent() + " đã đầy"), p.in(Language.VI));
    }

    @Test
    void aReadOnlyFolderInTheMiddleOfTheSwapPutsThePreviousSiteBack() throws Exception {
        Path out = previousSite();
        Map<String, String> before = Runs.fingerprint(out);
        Problem p = failWith("read-only@swap-between", out);
        assertEquals(before, Runs.fingerprint(out), "the old site, moved aside, is renamed back");
        assertFalse(Files.exists(SiteSwap.aside(out)));
        assertTrue(p.in(Language.EN).contains("is on a read-only disk"), p.in(Language.EN));
        assertTrue(p.in(Language.VI).contains("nằm trên ổ đĩa chỉ đọc"), p.in(Language.VI));
    }

    @Test
    void runningOutOfMemoryLeavesTheLastGoodSiteWholeAndSaysWhereToGiveMore() throws Exception {
        Path out = previousSite();
        Map<String, String> before = Runs.fingerprint(out);
        Problem p = failWith("out-of-memory@outputs", out);
        assertEquals(before, Runs.fingerprint(out));
        assertFalse(Files.exists(SiteSwap.staging(out)), "the unfinished new site is removed");
        assertEquals("jvm.options", p.file());
        assertTrue(p.in(Language.EN).contains("ran out of memory") && p.in(Language.EN).contains("-Xmx"), p.in(Language.EN));
        assertTrue(p.in(Language.EN).contains("the last good site was left whole"), p.in(Language.EN));
        assertTrue(p.in(Language.VI).contains("hết bộ nhớ") && p.in(Language.VI).contains("-Xmx"), p.in(Language.VI));
    }

    @Test
    void aCacheFileIsNeverSeenHalfWritten() throws Exception {
        Path cache = Temp.dir("cache-").resolve("card.png");
        AtomicFiles.write(cache, new byte[]{1, 2, 3});
        assertThrows(IOException.class, () -> AtomicFiles.write(cache, tmp -> {
            Files.write(tmp, new byte[]{9, 9});
            throw new IOException("No space left on device");
        }));
        assertEquals(3, Files.size(cache), "the whole old file, not half the new one");
        try (var s = Files.list(cache.getParent())) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }
}
