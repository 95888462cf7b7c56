package vn.gialai.cds.outputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.problems.BuildFailure;
import vn.gialai.cds.views.Urls;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.SiteIcons;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What browsers and phones ask for on their own, so none of them meets a 404: /favicon.ico (the 32 px icon inside an
 * ICO file), /apple-touch-icon.png, and a web manifest per language naming the 192 px and 512 px icons. The icons
 * themselves are drawn from assets/icons/icon.svg and copied with the other assets.
 */
public final class Icons implements SiteOutput {
    /** The brand blue of the stylesheet and the share cards. */
    static final String THEME = "#0b4f8a";

    private final Path projectDir;
    private final Urls urls;
    private final Map<Language, Messages> messages;

    public Icons(Path projectDir, Urls urls, Map<Language, Messages> messages) {
        this.projectDir = projectDir;
        this.urls = urls;
        this.messages = messages;
    }

    @Override
    public String name() { return "icons"; }

    @Override
    public void write(Path out) throws IOException {
        Files.write(out.resolve(SiteIcons.FAVICON), ico(source(SiteIcons.SOURCE_32), 32));
        Files.write(out.resolve(SiteIcons.APPLE_TOUCH), source(SiteIcons.SOURCE_180));
        source(SiteIcons.ICON_192);
        source(SiteIcons.ICON_512);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (Language lang : Language.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", messages.get(lang).get("site.name"));
            m.put("short_name", messages.get(lang).get("site.name"));
            m.put("lang", lang.code());
            m.put("start_url", urls.href(lang.urlPrefix()));
            m.put("scope", urls.href(""));
            m.put("display", "browser");
            m.put("background_color", "#ffffff");
            m.put("theme_color", THEME);
            m.put("icons", List.of(icon(SiteIcons.ICON_192, 192), icon(SiteIcons.ICON_512, 512), icon(SiteIcons.SVG, 0)));
            Path file = out.resolve(SiteIcons.manifest(lang));
            Files.createDirectories(file.getParent());
            Files.write(file, (json.writeValueAsString(m) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private Map<String, String> icon(String path, int size) {
        Map<String, String> i = new LinkedHashMap<>();
        i.put("src", urls.href(path));
        i.put("sizes", size == 0 ? "any" : size + "x" + size);
        i.put("type", size == 0 ? "image/svg+xml" : "image/png");
        return i;
    }

    private byte[] source(String path) throws IOException {
        Path f = projectDir.resolve(path);
        if (!Files.isRegularFile(f)) {
            throw BuildFailure.of(path, 0, "is missing: browsers and phones ask for the site's icon. Restore it from git"
                    + " (assets/icons/icon.svg is its source).");
        }
        return Files.readAllBytes(f);
    }

    /** An ICO file holding one PNG image (the form every browser since 2007 reads). */
    static byte[] ico(byte[] png, int size) {
        ByteBuffer head = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) 1);          // reserved, type icon, one image
        head.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);        // width, height, no palette, reserved
        head.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(22); // planes, bits, size, offset
        ByteArrayOutputStream out = new ByteArrayOutputStream(22 + png.length);
        out.writeBytes(head.array());
        out.writeBytes(png);
        return out.toByteArray();
    }
}
