package vn.gialai.cds.data;

import java.util.List;

/**
 * A legal or planning text of the documents library (data/documents.json), with what Decree 42/2022/NĐ-CP asks a
 * document's entry to show.
 *
 * @param form          one of vocabulary/DocumentForm
 * @param date          the issue date (YYYY-MM-DD), null when not found
 * @param signer        who signed it, only where a source names them; null otherwise
 * @param effectiveDate the date it takes effect (YYYY-MM-DD), null when not found
 * @param status        in force / replaced / expired (with its date), or not known
 * @param file          the official text under assets/documents/ (e.g. "assets/documents/1331-kh-ubnd.pdf"), or null
 * @param officialUrl   a link to the official copy (https://), or null
 */
public record LegalDocument(
        String id,
        String form,
        String number,
        String date,
        Localized issuer,
        String signer,
        String effectiveDate,
        Localized title,
        Localized description,
        Status status,
        String file,
        String officialUrl,
        String territory,
        List<String> sources) {

    /** @param replacedBy the id of the document replacing this one (state "replaced" only) */
    public record Status(String state, String date, String replacedBy) {}
}
