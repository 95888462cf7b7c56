package vn.gialai.cds.outputs;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every page's photo in its sizes, written into the site; the resized files are cached by content. */
public final class NewsPhotos {
    /** The sizes of each page's photo, by the page's address; a photo that cannot be read is a problem of its page. */
    public static Map<String, List<NewsImages.Variant>> write(Path project, Path cacheDir, Path staging, List<Page> pages,
                                                              Problems problems) throws IOException {
        NewsImages images = new NewsImages(project, cacheDir);
        Map<String, List<NewsImages.Variant>> variants = new HashMap<>();
        for (Page p : pages) {
            String img = p.field("image");
            if (img == null || img.isBlank()) continue;
            try {
                variants.put(p.path(), images.variants(img, staging));
            } catch (IOException e) {
                problems.add(p.source(), Msg.of("image.unreadable", img, e.getMessage()));
            }
        }
        problems.throwIfAny();
        return variants;
    }

    private NewsPhotos() {}
}
