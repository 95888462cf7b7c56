package vn.gialai.cds.data;

/**
 * A related state portal (data/portals.json): its name in both languages, its https:// address and where that address
 * was found. An address nobody has confirmed stays empty, and the pages say so in its place.
 *
 * @param id     one of vocabulary/PortalKind
 * @param source where the name and address were read (null while the address is empty)
 */
public record Portal(String id, Localized name, String url, PortalSource source) {
    /** A public page that gives the portal's address. */
    public record PortalSource(String title, String publisher, String date, String url) {}

    public boolean empty() { return url == null || url.isBlank(); }
}
