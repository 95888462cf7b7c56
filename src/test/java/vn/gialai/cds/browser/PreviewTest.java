package vn.gialai.cds.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.preview.PreviewServer;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Projects;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editors' preview in a real browser: a saved mistake is shown in the page in the editor's language; a fix reloads it. */
class PreviewTest {
    /**
     * The preview's address (http://localhost:PORT/) is in every page and share card it builds, so a new port each run
     * means every card drawn and every page checked again: take the first free port of a fixed few, the same run after run.
     */
    static int steadyPort() throws java.io.IOException {
        for (int port = 18231; port < 18251; port++) {
            try (java.net.ServerSocket s = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                return port;
            } catch (java.io.IOException taken) {
                // another preview (another worktree's tests) has it: try the next
            }
        }
        return 0;
    }

    @Test
    void aBrokenSaveIsShownInVietnameseWithFileAndLineAndTheFixReloadsThePage() throws Exception {
        Path project = Projects.fixtureCopy();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        PreviewServer preview = PreviewServer.start(BuildOptions.defaults(project).withOut(project.resolve("target/preview")).withNow(Projects.FIXTURE_NOW).withPreview(true),
                steadyPort(), out, quiet);
        try {
            var driver = Browser.get().driver;
            driver.get(preview.url() + "linh-vuc/du-lich/");
            Path file = project.resolve("content/vi/linh-vuc/du-lich.md");
            String good = Files.readString(file);
            long before = preview.version();
            Edits.replace(project, "content/vi/linh-vuc/du-lich.md", "date=2026-01-12", "date=2026-02-30");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.id("preview-errors")).isEmpty());
            String shown = driver.findElement(By.id("preview-errors")).getText();
            assertTrue(shown.contains("Trang chưa được dựng lại"), shown);
            assertTrue(shown.contains("content/vi/linh-vuc/du-lich.md:6: ngày '2026-02-30' không phải là ngày có thật"), shown);
            assertTrue(preview.version() > before);

            assertTrue(good.contains("title=Du lịch\n"), good);
            Files.writeString(file, good.replace("title=Du lịch\n", "title=Du lịch (đã sửa)\n")); // the fix, in one save
            // the page reloads itself: the heading is read in one script, as finding it and then asking for its text can
            // fall either side of the reload (seen in CI: "Node with given id does not belong to the document"); a script
            // run while the page is being replaced may fail too, and is asked again
            wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> "Du lịch (đã sửa)".equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "var h = document.querySelector('h1'); return h ? h.textContent.trim() : null;")));
            assertTrue(driver.findElements(By.id("preview-errors")).isEmpty(), "the error is gone after the reload");
            // the page showed the quick render; let the full rebuild behind it finish (stop() does not wait for it), so it
            // does not run on into the next test's build in this JVM
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    said.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Built ")).count() >= 2);
        } finally {
            preview.stop();
        }
    }
}
