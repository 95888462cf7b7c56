package vn.gialai.cds.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.LocalCms;

import java.time.Duration;

/** The editors' CMS at /admin/, in Chromium, against a local checkout (decap-server), as an editor would use it. */
class AdminCmsTest {
    private static LocalCms cms;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        cms = LocalCms.start();
        driver = Browser.driver();
    }

    @AfterAll
    static void stop() {
        if (cms != null) cms.close();
    }

    @Test
    void explore() throws Exception {
        driver.get(cms.baseUrl + "admin/#/collections/tin-tuc/new");
        Thread.sleep(8000);
        driver.manage().logs().get(LogType.BROWSER).forEach(e -> System.out.println("CONSOLE " + e.getMessage()));
        String src = driver.getPageSource();
        System.out.println("PAGE " + src.length());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/admin-page.html"), src);
    }
}
