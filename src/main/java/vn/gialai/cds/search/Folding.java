package vn.gialai.cds.search;

import vn.gialai.cds.content.Slugs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How search compares words: without case or diacritics, and with đ/Đ read as d (they have no Unicode
 * decomposition, so accent-folding alone misses them: "doi" must find "đổi"). templates/components/search-results/search.js folds
 * the same way; both are tested against src/test/resources/search/folding-cases.json.
 */
public final class Folding {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower case, without diacritics, đ read as d: the diacritics rule is content/Slugs.fold, the one the addresses use. */
    public static String fold(String s) {
        return Slugs.fold(s).toLowerCase(Locale.ROOT);
    }

    /** Words of a text, lower-cased (diacritics kept), in order. */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    private Folding() {}
}
