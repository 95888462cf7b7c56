package vn.gialai.cds.bench;

import vn.gialai.cds.pipeline.BuildMemory;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.preview.QuickRender;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The preview's times, in a process of its own started with the JVM options `./site serve` runs with (the benchmark
 * starts it: Benchmark#rebuild). As the preview does, with its memory of the last build (pipeline/BuildMemory): a full
 * build, then one article saved seven times: its page rendered alone (the quick path), then everything rebuilt. The
 * first two saves warm the JVM up (the rebuild's code, as against the first build's, compiled; the first build's
 * garbage collected) and are printed but not counted; the times are medians of the five after. The caches the preview
 * writes after each build for the next process are on the disk before the next save (an editor's pause), outside the
 * times. Prints "FIRST quick-seconds rebuild-seconds" for each warm-up save, then "PREVIEW quick-seconds rebuild-seconds".
 *
 * <p>java … vn.gialai.cds.bench.PreviewTimes SITE WORK (WORK: a folder for the output and caches)
 */
public final class PreviewTimes {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path work = Path.of(args[1]);
        System.setProperty("site.cache", work.resolve("cache").toString());
        BuildOptions options = BuildOptions.defaults(site).withOut(work.resolve("site")).withNow(LocalDate.of(2026, 11, 27)).withPreview(true);
        BuildMemory memory = BuildMemory.kept();
        SiteBuilder builder = new SiteBuilder(memory);
        var state = builder.build(options).state();
        memory.settle(600_000);
        Path article = site.resolve("content/vi/tin-tuc/tin-tong-hop-0.md");
        String original = Files.readString(article);
        List<Double> quick = new ArrayList<>(), full = new ArrayList<>();
        try {
            for (int i = 0; i < WARM_UP + COUNTED; i++) {
                Files.writeString(article, Files.readString(article) + "\nMột câu mới số " + i + ".\n");
                long t = System.nanoTime();
                var o = QuickRender.page(state, article, work.resolve("site"));
                if (o.rendered() == null) throw new IllegalStateException("the quick path did not render " + article);
                quick.add((System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                state = builder.build(options).state();
                full.add((System.nanoTime() - t) / 1e9);
                memory.settle(600_000);
                if (i < WARM_UP) {
                    System.out.println(String.format(Locale.ROOT, "FIRST %.4f %.4f", quick.remove(0), full.remove(0)));
                }
            }
        } finally {
            Files.writeString(article, original);
        }
        quick.sort(null);
        full.sort(null);
        System.out.println(String.format(Locale.ROOT, "PREVIEW %.4f %.4f", quick.get(COUNTED / 2), full.get(COUNTED / 2)));
    }

    private static final int WARM_UP = 2;
    private static final int COUNTED = 5;

    private PreviewTimes() {}
}
