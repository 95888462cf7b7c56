package vn.gialai.cds.views;

import vn.gialai.cds.data.Organisation;
import vn.gialai.cds.data.Portal;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PortalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the site shows of its operator (data/organisation.json) and of the related state portals (data/portals.json),
 * in one language, ready for the footer, the about page, the statements and the "do procedures online" block. An
 * empty value is kept as empty: the template shows the notice in its place, never a made-up value.
 */
public final class OperatorViews {
    /**
     * One field: its label, its value in the page's language and, for a phone or e-mail, its tel:/mailto: address.
     *
         * @param key the field's path in data/organisation.json ("contactOfficer.email"), also its CSS and test name
     */
    public record FieldView(String key, String cssName, String label, String text, String href, boolean empty) {}

    /** The key as a CSS class part ("contactOfficer.email" → "contact-officer-email"). */
    static String cssName(String key) {
        return key.replace(".", "-").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** @param emptyCount how many fields are still empty (the build notes them, publishing refuses) */
    public record OrganisationView(List<FieldView> fields, int emptyCount) {
        /** The fields for reporting a barrier or an error: the contact officer's phone and e-mail, then the site's e-mail. */
        public List<FieldView> contact() {
            return fields.stream().filter(f -> List.of("contactOfficer.email", "contactOfficer.phone", "email").contains(f.key())).toList();
        }
    }

    /**
     * A related portal: what kind it is, its name and https:// address, or empty (the notice shows instead).
     *
     * @param publicServices whether citizens do procedures there (listed in the "do procedures online" block)
     */
    public record PortalView(String id, String kind, String name, String href, boolean empty, boolean publicServices) {}

    private final SiteData data;
    private final Map<Language, Messages> messages;

    public OperatorViews(SiteData data, Map<Language, Messages> messages) {
        this.data = data;
        this.messages = messages;
    }

    public OrganisationView organisation(Language lang) {
        Messages t = messages.get(lang);
        List<FieldView> out = new ArrayList<>();
        int empty = 0;
        for (Organisation.Field f : data.organisation().fields()) {
            boolean isEmpty = f.empty();
            if (isEmpty) empty++;
            String value = isEmpty ? "" : f.kind() == Organisation.Kind.TEXT ? f.text().in(lang).strip() : f.value().strip();
            String href = isEmpty ? "" : switch (f.kind()) {
                case TEXT -> "";
                case EMAIL -> "mailto:" + value;
                case PHONE -> "tel:" + value.replaceAll("[^+0-9]", "");
            };
            out.add(new FieldView(f.key(), cssName(f.key()), t.get("organisation.field." + f.key()), value, href, isEmpty));
        }
        return new OrganisationView(out, empty);
    }

    public List<PortalView> portals(Language lang) {
        Messages t = messages.get(lang);
        List<PortalView> out = new ArrayList<>();
        for (Portal p : data.portals()) {
            PortalKind kind = PortalKind.fromId(p.id()).orElseThrow();
            String kindLabel = t.get("portal.kind." + kind.id());
            String name = p.empty() || p.name() == null || p.name().in(lang).isBlank() ? kindLabel : p.name().in(lang);
            out.add(new PortalView(kind.id(), kindLabel, name, p.empty() ? "" : p.url().strip(), p.empty(), kind.publicServices()));
        }
        return out;
    }
}
