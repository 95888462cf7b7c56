package vn.gialai.cds.data;

/**
 * One entry of the sources registry (data/sources.json): where a figure comes from.
 * Dates are kept as the sources give them ("2022", "2022-11", "2022-11-25"), since many are only a month.
 */
public record Source(String id, String title, String publisher, String date, String url, String note) {}
