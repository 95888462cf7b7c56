package vn.gialai.cds.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a rebuild that changed a few files publishes them without copying the site: the staging folder holds only what
 * this build wrote; every other file of the new site is one the last site already has, unchanged ("kept"). Publishing
 * moves each staging file over its old self and deletes each old file the new site no longer has.
 *
 * <p>Crash safety by a journal: the list of moves and deletions is written whole ({@link AtomicFiles}) beside the
 * output ("site.journal") before the first file moves, and deleted after the last. A build killed before the journal is
 * whole leaves the last site untouched (its staging folder is deleted by the next build, as with {@link SiteSwap}); a
 * build killed after it leaves a journal, and the next build's first step ({@link SiteSwap#recover}) carries it out to
 * the end, so the site in place is then the new one. Each move is a rename within one file system, so a visitor
 * never meets a half-written file; while the journal is carried out (milliseconds, for a few files) a visitor may get
 * some pages new and others old, as with any site updated file by file.
 */
public final class SiteOverlay {
    public static Path journal(Path out) { return out.resolveSibling(out.getFileName() + ".journal"); }

    /** What publishing will do: the files to move in from staging and the files of the last site to delete. */
    public record Plan(List<String> moves, List<String> deletions) {}

    /**
     * The plan: every file in staging moves in; every file in out that is neither in staging nor kept is deleted. Both
     * lists sorted, paths relative and with '/'.
     */
    public static Plan plan(Path staging, Path out, Collection<String> kept) throws IOException {
        return plan(staging, out, kept, null);
    }

    /**
     * The same, where last (when not null) lists the files of the site in out as the last build published it, so that
     * out is not listed (twelve thousand files and seven thousand folders at 2,000 articles per language).
     */
    public static Plan plan(Path staging, Path out, Collection<String> kept, Collection<String> last) throws IOException {
        List<String> moves = files(staging);
        Set<String> next = new HashSet<>(moves);
        next.addAll(kept);
        List<String> deletions = new ArrayList<>();
        for (String f : last != null ? last : files(out)) if (!next.contains(f)) deletions.add(f);
        deletions.sort(null); // the few deleted sorted, not the thousands listed
        return new Plan(moves, deletions);
    }

    /** Publishes staging over out (see the class comment); staging is left with empty folders only. */
    public static void apply(Path staging, Path out, Collection<String> kept) throws IOException {
        apply(staging, out, kept, null);
    }

    /**
     * The same, with the last site's files as the last build published them (null: out is listed); returns the files
     * of the site now in out (in no order).
     */
    public static Set<String> apply(Path staging, Path out, Collection<String> kept, Collection<String> last) throws IOException {
        Plan plan = plan(staging, out, kept, last);
        StringBuilder j = new StringBuilder("site-journal-1\n");
        for (String m : plan.moves()) j.append("M ").append(m).append('\n');
        for (String d : plan.deletions()) j.append("D ").append(d).append('\n');
        Path journal = journal(out);
        Faults.at("journal", out);
        AtomicFiles.write(journal, j.toString().getBytes(StandardCharsets.UTF_8));
        carryOut(staging, out, plan, true);
        Files.delete(journal);
        Set<String> now = new HashSet<>(plan.moves());
        now.addAll(kept);
        return now;
    }

    /**
     * Finishes what a stopped build's journal says, if there is one: moves what is still in staging, deletes what is
     * still in out, then deletes the journal. Returns whether there was a journal. A journal that is not whole (it
     * never is: it is written atomically) or of another format is removed without being carried out.
     */
    static boolean finish(Path staging, Path out) throws IOException {
        Path journal = journal(out);
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) return false;
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).equals("site-journal-1") && Files.isDirectory(out)) {
            List<String> moves = new ArrayList<>();
            List<String> deletions = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                if (l.startsWith("M ")) moves.add(l.substring(2));
                else if (l.startsWith("D ")) deletions.add(l.substring(2));
            }
            carryOut(staging, out, new Plan(moves, deletions), false);
        }
        Files.delete(journal);
        return true;
    }

    private static void carryOut(Path staging, Path out, Plan plan, boolean faults) throws IOException {
        Set<Path> folders = new HashSet<>();
        int half = plan.moves().size() / 2;
        for (int i = 0; i < plan.moves().size(); i++) {
            if (faults && i == half) Faults.at("journal-between", out);
            String m = plan.moves().get(i);
            Path from = staging.resolve(m);
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) continue; // moved before a stop
            Path to = out.resolve(m);
            if (folders.add(to.getParent())) {
                // a file where a folder is now needed (or the reverse) would stop the move: made way for
                for (Path p = to.getParent(); p != null && p.startsWith(out) && !p.equals(out); p = p.getParent()) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.delete(p);
                }
                Files.createDirectories(to.getParent());
            }
            if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) SiteSwap.deleteTree(to);
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        // deletions, deepest first, then the folders they leave empty
        TreeSet<Path> emptied = new TreeSet<>(java.util.Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(p -> p));
        for (String d : plan.deletions()) {
            Path f = out.resolve(d);
            if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) continue; // a file that became a folder of new files
            Files.deleteIfExists(f);
            for (Path p = f.getParent(); p != null && p.startsWith(out) && !p.equals(out); p = p.getParent()) emptied.add(p);
        }
        for (Path dir : emptied) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isEmpty()) Files.delete(dir);
            }
        }
    }

    /** Every regular file under dir (links inside it not followed), relative, with '/', sorted; none when dir does not exist. */
    public static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        // the output folder may be a link to the web server's folder: followed at the top only, as publishing does
        Path root = dir.toRealPath();
        try (Stream<Path> s = Files.find(root, Integer.MAX_VALUE, (f, attributes) -> attributes.isRegularFile())) {
            return s.map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private SiteOverlay() {}
}
