package vn.gialai.cds.data;

import java.util.List;

/** A legal or planning text listed on the documents page (data/documents.json). */
public record LegalDocument(
        String id,
        String number,
        String date,
        Localized issuer,
        Localized title,
        Localized description,
        String territory,
        List<String> sources) {}
