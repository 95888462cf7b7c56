package vn.gialai.cds.views;



import vn.gialai.cds.views.Views.Alternate;
import vn.gialai.cds.views.Views.LanguageSwitcher;
import vn.gialai.cds.views.Views.LinkView;

import java.util.List;

/**
 * The parts every page shows, whatever its type: templates and layouts read it as `page`. What only one type shows is
 * in that type's own view (`view`, made by pages/&lt;Type&gt;Page).
 *
 * @param documentTitle the HTML title ("Y tế – Chuyển đổi số Gia Lai")
 * @param previewNotice in the preview only: why a draft or scheduled page is shown; "" on the public site
 */
public record PageView(
        String lang,
        String title,
        String documentTitle,
        String summary,
        String bodyHtml,
        String href,
        String canonical,
        String updated,
        String updatedIso,
        List<LinkView> breadcrumbs,
        List<Alternate> alternates,
        LanguageSwitcher languageSwitcher,
        String previewNotice,
        vn.gialai.cds.sharing.SocialView social) {}
