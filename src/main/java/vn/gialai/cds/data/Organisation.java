package vn.gialai.cds.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Who runs the site (data/organisation.json): what Decree 42/2022/NĐ-CP asks a state agency's website to show about its
 * operator, each text in Vietnamese and English. Only the operator can give these values; an empty one stays empty and
 * the pages show a notice in its place (never an invented value).
 */
public record Organisation(
        Localized managingAgency,
        Localized unitInCharge,
        Localized personResponsible,
        Localized address,
        String phone,
        String fax,
        String email,
        ContactOfficer contactOfficer) {

    /** The officer readers and other agencies contact. */
    public record ContactOfficer(Localized name, Localized position, Localized unit, String phone, String email) {}

    /** The kind of value a field holds, which decides how it is shown (a mailto: or tel: link, or text). */
    public enum Kind { TEXT, PHONE, EMAIL }

    /** One field of the file, in the order the pages show them; key is its JSON path ("contactOfficer.email"). */
    public record Field(String key, Kind kind, Localized text, String value) {
        /** Empty when either language is missing (a text) or the value is blank. */
        public boolean empty() {
            if (kind == Kind.TEXT) return text == null || isBlank(text.vi()) || isBlank(text.en());
            return isBlank(value);
        }
    }

    public static final Organisation EMPTY = new Organisation(null, null, null, null, null, null, null, null);

    /** Every field, in the order the footer and the about page show them. */
    public List<Field> fields() {
        ContactOfficer o = contactOfficer == null ? new ContactOfficer(null, null, null, null, null) : contactOfficer;
        List<Field> out = new ArrayList<>();
        out.add(new Field("managingAgency", Kind.TEXT, managingAgency, null));
        out.add(new Field("unitInCharge", Kind.TEXT, unitInCharge, null));
        out.add(new Field("personResponsible", Kind.TEXT, personResponsible, null));
        out.add(new Field("address", Kind.TEXT, address, null));
        out.add(new Field("phone", Kind.PHONE, null, phone));
        out.add(new Field("fax", Kind.PHONE, null, fax));
        out.add(new Field("email", Kind.EMAIL, null, email));
        out.add(new Field("contactOfficer.name", Kind.TEXT, o.name(), null));
        out.add(new Field("contactOfficer.position", Kind.TEXT, o.position(), null));
        out.add(new Field("contactOfficer.unit", Kind.TEXT, o.unit(), null));
        out.add(new Field("contactOfficer.phone", Kind.PHONE, null, o.phone()));
        out.add(new Field("contactOfficer.email", Kind.EMAIL, null, o.email()));
        return out;
    }

    /** The keys of the fields still empty, in order. */
    public List<String> emptyFields() {
        return fields().stream().filter(Field::empty).map(Field::key).toList();
    }

    static boolean isBlank(String s) { return s == null || s.isBlank(); }
}
