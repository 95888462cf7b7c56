package vn.gialai.cds.news;

import vn.gialai.cds.files.AtomicFiles;

import vn.gialai.cds.files.Hashes;

import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's photo in the sizes phones and desktops need, resized at build time with Thumbnailator.
 * Resized files are kept in a cache named by the source's content hash, so an unchanged photo is not
 * resized again when the preview rebuilds.
 */
public final class NewsImages {
    public static final int[] WIDTHS = {480, 800, 1200};

    /** One size written into the site: its address (from the site root) and its pixel size. */
    public record Variant(String path, int width, int height) {}

    private final Path projectDir;
    private final Path cacheDir;

    public NewsImages(Path projectDir, Path cacheDir) {
        this.projectDir = projectDir;
        this.cacheDir = cacheDir;
    }

    /**
     * @param image the address the editor wrote, "/assets/images/x.jpg"
     * @return the sizes written into out, smallest first (the original size when it is smaller than all)
     */
    public List<Variant> variants(String image, Path out) throws IOException {
        Path source = projectDir.resolve(image.substring(1));
        byte[] bytes = Files.readAllBytes(source);
        String hash = hash(bytes);
        BufferedImage original = null;
        String name = source.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT).equals("png") ? "png" : "jpg";
        String dir = image.substring(1, image.lastIndexOf('/') + 1);
        List<Variant> out2 = new ArrayList<>();
        int[] size = cachedSize(hash);
        if (size == null) {
            original = ImageIO.read(source.toFile());
            if (original == null) throw new IOException("cannot read " + image + " as an image");
            size = new int[]{original.getWidth(), original.getHeight()};
            Files.createDirectories(cacheDir);
            String wxh = size[0] + "x" + size[1];
            AtomicFiles.write(cacheDir.resolve(hash + ".size"), wxh.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (int w : WIDTHS) {
            if (w > size[0] && !out2.isEmpty()) break;
            int width = Math.min(w, size[0]);
            int height = (int) Math.round(size[1] * (width / (double) size[0]));
            String file = base + "-" + width + "." + ext;
            Path cached = cacheDir.resolve(hash + "-" + width + "." + ext);
            if (!Files.isRegularFile(cached)) {
                if (original == null) original = ImageIO.read(source.toFile());
                BufferedImage from = original;
                AtomicFiles.write(cached, tmp -> {
                    try (var stream = Files.newOutputStream(tmp)) {
                        Thumbnails.of(from).size(width, height).keepAspectRatio(true).outputFormat(ext).outputQuality(0.82)
                                .toOutputStream(stream);
                    }
                });
            }
            Path target = out.resolve(dir + file);
            Files.createDirectories(target.getParent());
            vn.gialai.cds.files.CachedCopies.put(cached, target);
            out2.add(new Variant(dir + file, width, height));
            if (width == size[0]) break;
        }
        return out2;
    }

    private int[] cachedSize(String hash) throws IOException {
        Path f = cacheDir.resolve(hash + ".size");
        if (!Files.isRegularFile(f)) return null;
        String[] p = Files.readString(f).strip().split("x");
        try {
            return new int[]{Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        } catch (RuntimeException e) {
            return null; // not a size this build wrote: measured again
        }
    }

    static String hash(byte[] bytes) {
        return Hashes.of(bytes).substring(0, 16);
    }
}
