package vn.gialai.cds.views;

import vn.gialai.cds.views.Views.LinkView;

import java.util.List;

/** The parts every page shares: the header, menu and footer, in the page's language. */
public record SiteView(
        String lang,
        String homeHref,
        String stylesheetHref,
        List<LinkView> menu,
        List<LinkView> footerLinks,
        String feedHref,
        String feedTitle,
        String shareScriptHref,
        String searchHref,
        String searchScriptHref,
        String menuScriptHref,
        OperatorViews.OrganisationView organisation,
        java.util.List<OperatorViews.PortalView> portals,
        String printScriptHref,

        Icons icons) {

    /** The site's icons for the page's head: /favicon.ico, the phone's home-screen icon, the language's web manifest. */
    public record Icons(String faviconHref, String svgHref, String appleTouchHref, String manifestHref) {}
}
