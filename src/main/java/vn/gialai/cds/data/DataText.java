package vn.gialai.cds.data;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gialai.cds.i18n.DateSpelling;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;

import java.util.Iterator;
import java.util.Map;

/**
 * Checks of the texts a visitor reads in data files ({@code {"vi": …, "en": …}}): each language's text writes its dates
 * as that language does ({@link DateSpelling}). One finding per wrong date, naming the file, the field and the spelling
 * to write instead. Fields that hold a date for the program (period, date, updated) are plain strings, not texts, and
 * stay ISO.
 */
public final class DataText {
    /** Every {vi, en} text under node (its path is at), each language checked against its own date spelling. */
    public static void checkDates(String file, JsonNode node, String at, Problems problems) {
        if (node == null) return;
        if (node.isObject()) {
            if (isText(node)) {
                for (Language lang : Language.values()) {
                    String field = at + "." + lang.code();
                    for (DateSpelling.Finding f : DateSpelling.check(node.get(lang.code()).asText(), lang)) {
                        problems.add(file, Msg.of("data.date-spelling", field, f.written(), f.write()));
                    }
                }
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                checkDates(file, e.getValue(), at + "." + e.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkDates(file, node.get(i), at + "[" + i + "]", problems);
        }
    }

    /** A text given in both languages: an object with exactly the fields vi and en, both text. */
    public static boolean isText(JsonNode node) {
        return node.isObject() && node.size() == 2 && node.path("vi").isTextual() && node.path("en").isTextual();
    }

    private DataText() {}
}
