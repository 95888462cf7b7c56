package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A news photo replaced under the same name (the commonest way to correct a photo) changes the article's share card on
 * the next build, with the caches of the last build on disk: the card is not taken from the last site or its cache.
 */
class PhotoChangeTest {
    private static final String CARD = "tin-tuc/bai-mau-ha-tang-so/card.png";

    @Test
    void aPhotoReplacedUnderTheSameNameChangesTheCard() throws Exception {
        Path project = Projects.fixtureCopy();
        Path dir = Temp.dir("photo-change-");
        Path out = dir.resolve("site");
        Runs.withCaches(dir.resolve("cache"), () -> {
            Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW));
            byte[] before = Files.readAllBytes(out.resolve(CARD));

            Path photo = project.resolve("assets/images/anh-mau-ha-tang.jpg");
            BufferedImage image = ImageIO.read(photo.toFile());
            BufferedImage other = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = other.createGraphics();
            g.setColor(new Color(180, 40, 40));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.dispose();
            assertTrue(ImageIO.write(other, "jpg", photo.toFile()));

            Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW));
            assertFalse(Arrays.equals(before, Files.readAllBytes(out.resolve(CARD))), "the card shows the new photo");
        });
    }
}
