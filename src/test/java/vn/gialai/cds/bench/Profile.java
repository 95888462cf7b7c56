package vn.gialai.cds.bench;

import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** One build of a synthetic site, in this JVM, for profiling: java … Profile N */
public final class Profile {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path site = SyntheticSite.create(n);
        Path out = Files.createTempDirectory("profile-").resolve("site");
        long t = System.nanoTime();
        var r = new SiteBuilder().build(BuildOptions.defaults(site).withOut(out).withNow(LocalDate.of(2026, 11, 27)));
        System.out.println("build " + (System.nanoTime() - t) / 1_000_000 + " ms, " + r.pages() + " pages");
        r.notes().stream().filter(s -> s.startsWith("share") || s.startsWith("HTML") || s.startsWith("stages")).forEach(System.out::println);
    }

    private Profile() {}
}
