package vn.gialai.cds.bench;

import org.jsoup.Jsoup;
import vn.gialai.cds.checks.PageFacts;
import vn.gialai.cds.checks.PageScanner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the link check's page facts cost, on one core: every page of a built site read into memory, then its facts taken
 * by a full jsoup parse (PageFacts.of) and by the one-pass scan the build uses (PageScanner), three rounds, and the
 * pages whose facts differ counted. {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g -cp … FactsTimes SITE}
 */
public final class FactsTimes {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<Path> pages = new ArrayList<>();
        try (var files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        List<byte[]> bytes = new ArrayList<>();
        long total = 0;
        for (Path p : pages) {
            bytes.add(Files.readAllBytes(p));
            total += bytes.get(bytes.size() - 1).length;
        }
        System.out.println(pages.size() + " pages, " + total / 1_000_000 + " MB");
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            List<PageFacts> parsed = new ArrayList<>();
            for (byte[] b : bytes) parsed.add(PageFacts.of(Jsoup.parse(new String(b, StandardCharsets.UTF_8))));
            long t1 = System.nanoTime();
            List<PageFacts> scanned = new ArrayList<>();
            for (byte[] b : bytes) scanned.add(PageScanner.scan(b));
            long t2 = System.nanoTime();
            int differ = 0;
            for (int i = 0; i < pages.size(); i++) if (!parsed.get(i).equals(scanned.get(i))) differ++;
            System.out.println("round " + round + ": jsoup " + (t1 - t0) / 1_000_000 + " ms, scan " + (t2 - t1) / 1_000_000
                    + " ms, pages whose facts differ: " + differ);
        }
    }

    private FactsTimes() {}
}
