package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a browser and a phone ask for on their own is there (no 404 in the browser's console, an icon on the home
 * screen): /favicon.ico, /apple-touch-icon.png, a web manifest per language whose icons exist, and every page's head
 * pointing at them.
 */
class IconsTest {
    private final BuiltSite built = BuiltSite.get();

    @Test
    void faviconIsAnIcoFileHoldingThe32PixelIcon() throws Exception {
        byte[] ico = Files.readAllBytes(built.out.resolve("favicon.ico"));
        assertArrayEquals(new byte[]{0, 0, 1, 0, 1, 0}, Arrays.copyOf(ico, 6), "ICO header, one image");
        var img = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(ico, 22, ico.length)));
        assertNotNull(img, "the image inside favicon.ico is a PNG");
        assertEquals(32, img.getWidth());
    }

    @Test
    void appleTouchIconAndManifestsExistAndNameRealIcons() throws Exception {
        var touch = ImageIO.read(built.out.resolve("apple-touch-icon.png").toFile());
        assertEquals(180, touch.getWidth());
        for (String manifest : new String[]{"manifest.webmanifest", "en/manifest.webmanifest"}) {
            JsonNode m = new ObjectMapper().readTree(built.out.resolve(manifest).toFile());
            assertFalse(m.path("name").asText().isBlank(), manifest + " names the site");
            assertEquals(manifest.startsWith("en/") ? "en" : "vi", m.path("lang").asText());
            assertTrue(m.path("icons").size() >= 2, manifest + " names its icons");
            for (JsonNode icon : m.path("icons")) {
                String src = icon.path("src").asText();
                assertTrue(src.startsWith("/"), src);
                Path file = built.out.resolve(src.substring(1));
                assertTrue(Files.isRegularFile(file), manifest + " names " + src + ", which exists");
            }
        }
    }

    @Test
    void everyPageLinksTheIconsAndItsLanguagesManifest() {
        built.sitePages.forEach((path, d) -> {
            assertNotNull(d.selectFirst("link[rel=icon][href$=favicon.ico]"), path + " links /favicon.ico");
            assertNotNull(d.selectFirst("link[rel=apple-touch-icon]"), path + " links the home-screen icon");
            var manifest = d.selectFirst("link[rel=manifest]");
            assertNotNull(manifest, path + " links a web manifest");
            assertEquals(path.startsWith("en/") ? "/en/manifest.webmanifest" : "/manifest.webmanifest", manifest.attr("href"), path);
        });
    }
}
