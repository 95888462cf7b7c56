package vn.gialai.cds.content;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.content.Loads.Loaded;
import vn.gialai.cds.support.Projects;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory of each Markdown file (content/SourceMemo): a load that takes unchanged files from it gives the same pages
 * and problems as a load that reads every file, after an edit that keeps the file's size, a file just saved, a header
 * made wrong, a deleted file (and a link to it in an unchanged file), an indicator removed, a photo removed; the memo
 * written to its file is the memo read back, and a damaged file is not used.
 */
class SourceMemoTest {
    private static final String ARTICLE = "content/en/news/sample-workshop.md";

    private static Loaded load(Path project, SourceMemo memo, ContentCache cache) {
        return Loads.load(project, 2, memo, cache);
    }

    /** With the memory, then reading every file: the same problems in the same order, then the same pages. */
    private static Loaded assertSameAsReadingEveryFile(Path project, SourceMemo memo, ContentCache cache, String what) {
        Loaded remembered = load(project, memo, cache);
        Loaded read = load(project, null, ContentCache.none());
        Loads.assertSameLoad(read, remembered, what);
        return remembered;
    }

    private static void touch(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    @Test
    void unchangedFilesAreTakenFromMemoryAndEveryChangeIsSeen() throws Exception {
        Path project = Projects.fixtureCopy();
        Loads.savedLongAgo(project);
        SourceMemo memo = new SourceMemo();
        Loaded first = assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "first load");
        long kept = first.pages().size();
        assertEquals(kept, memo.size(), "every file kept (a photo's file is checked every load all the same)");
        // the bodies come from the Markdown cache, as in the preview; a body not in it is read again from its file
        assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "second load, from memory, bodies read again");

        // an edit that keeps the size: seen by its time
        Path article = project.resolve(ARTICLE);
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String sameSize = text.replace("## Sample section", "## Sample sectiom");
        assertEquals(text.length(), sameSize.length());
        Files.writeString(article, sameSize, StandardCharsets.UTF_8);
        touch(article, Loads.LONG_AGO.plusSeconds(60));
        Loaded edited = assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "an edit of the same size");
        assertTrue(edited.pages().stream().anyMatch(p -> p.bodyHtml().contains("Sample sectiom")), "the edit is shown");

        // a file saved just now is read again at every load until it has settled
        Files.writeString(article, text + "\nA sentence added just now.\n", StandardCharsets.UTF_8);
        assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "a file saved just now");
        assertEquals(kept - 1, memo.size(), "a file saved just now is not kept");

        // a header made wrong: the problem is found, named as without the memory
        Files.writeString(article, text.replace("type=news", "type=newz"), StandardCharsets.UTF_8);
        touch(article, Loads.LONG_AGO.plusSeconds(120));
        Loaded wrong = assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "a header made wrong");
        assertTrue(wrong.problems().stream().anyMatch(p -> p.file().equals(ARTICLE)), wrong.problems().toString());
        Files.writeString(article, text, StandardCharsets.UTF_8);
        touch(article, Loads.LONG_AGO.plusSeconds(180));

        // a page another page links to, deleted: the link is found broken though the linking file is unchanged
        Path cacheFile = Files.createTempDirectory("source-memo-").resolve("content.txt");
        ContentCache cache = ContentCache.read(cacheFile);
        load(project, memo, cache);
        cache.write(cacheFile);
        Files.writeString(project.resolve("content/en/news/sample-visitor-services.md"),
                Files.readString(project.resolve("content/en/news/sample-visitor-services.md"), StandardCharsets.UTF_8)
                        + "\nSee [tourism](/en/sectors/tourism/).\n", StandardCharsets.UTF_8);
        touch(project.resolve("content/en/news/sample-visitor-services.md"), Loads.LONG_AGO.plusSeconds(240));
        cache = ContentCache.read(cacheFile);
        load(project, memo, cache);
        cache.write(cacheFile);
        Files.delete(project.resolve("content/en/sectors/tourism.md"));
        Loaded gone = assertSameAsReadingEveryFile(project, memo, ContentCache.read(cacheFile), "a linked page deleted");
        assertTrue(gone.problems().stream().anyMatch(p -> p.file().equals("content/en/news/sample-visitor-services.md")),
                gone.problems().toString());
        assertEquals(kept - 1, memo.size(), "the deleted file forgotten");
    }

    @Test
    void theMemoWrittenToItsFileIsTheMemoReadBackAndAPhotoRemovedIsSeen() throws Exception {
        Path project = Projects.fixtureCopy();
        Loads.savedLongAgo(project);
        Path file = Files.createTempDirectory("source-memo-").resolve("memo.txt");
        SourceMemo memo = new SourceMemo();
        Loaded first = assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "first load");
        assertTrue(memo.worthWriting(), "a memo begun afresh is written");
        memo.write(file);

        // a new process: the memo from its file takes every file, and gives what reading every file gives
        SourceMemo read = SourceMemo.read(file);
        assertEquals(memo.size(), read.size(), "every file read back");
        assertSameAsReadingEveryFile(project, read, ContentCache.none(), "memo read from its file");
        assertFalse(read.worthWriting(), "nothing to write when no file changed");

        // one article edited: the file is not written again for it, and the memo as the file still holds it (the
        // article's old size and time) gives what reading every file gives, build after build
        Page edited = first.pages().stream().filter(p -> p.type() == vn.gialai.cds.vocabulary.PageType.NEWS).findFirst().orElseThrow();
        Path editedFile = project.resolve(edited.source());
        Files.writeString(editedFile, Files.readString(editedFile, StandardCharsets.UTF_8).replace("title=", "title=Sửa "),
                StandardCharsets.UTF_8);
        touch(editedFile, Loads.LONG_AGO.plusSeconds(600));
        SourceMemo afterEdit = SourceMemo.read(file);
        Loaded editedLoad = assertSameAsReadingEveryFile(project, afterEdit, ContentCache.none(), "one article edited");
        assertTrue(editedLoad.pages().stream().anyMatch(p -> p.title().startsWith("Sửa ")), "the edit is seen");
        assertFalse(afterEdit.worthWriting(), "one file read again is not worth rewriting the memo for");
        assertSameAsReadingEveryFile(project, SourceMemo.read(file), ContentCache.none(), "the next build, same memo file");

        // a photo an unchanged article shows, deleted: its header is checked again, and the problem named
        Page withPhoto = first.pages().stream().filter(p -> p.fields().containsKey("image")).findFirst().orElseThrow();
        Files.delete(project.resolve(withPhoto.field("image").substring(1)));
        Loaded photoGone = assertSameAsReadingEveryFile(project, SourceMemo.read(file), ContentCache.none(), "a photo deleted");
        assertTrue(photoGone.problems().stream().anyMatch(p -> p.file().equals(withPhoto.source())), photoGone.problems().toString());

        // a damaged file is not used: every file is read
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 1));
        assertEquals(0, SourceMemo.read(file).size(), "half-written");
        Files.write(file, whole);
        assertEquals(memo.size(), SourceMemo.read(file).size(), "whole again");
    }

    @Test
    void anIndicatorRemovedIsSeenInTheUnchangedArticlesThatNameIt() throws Exception {
        Path project = Projects.fixtureCopy();
        Loads.savedLongAgo(project);
        SourceMemo memo = new SourceMemo();
        Loaded before = assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "first load");
        assertTrue(before.problems().isEmpty(), before.problems().toString());
        // the article names this indicator; its file is unchanged, its check is not
        Files.delete(project.resolve("data/indicators/mau-ty-le-truc-tuyen.json"));
        Loaded after = assertSameAsReadingEveryFile(project, memo, ContentCache.none(), "an indicator removed");
        assertTrue(after.problems().stream().anyMatch(p -> p.file().equals(ARTICLE)), after.problems().toString());
    }
}
