package vn.gialai.cds.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A word of one of the site's vocabularies. Its id is the one name it has everywhere: the value in a header or a
 * data file, the message key (&lt;vocabulary&gt;.&lt;id&gt; in templates/i18n), the CSS modifier, the test's name.
 */
public interface Term {
    String id();

    /** The term with this id, if the vocabulary has it. */
    static <T extends Enum<T> & Term> Optional<T> byId(Class<T> vocabulary, String id) {
        for (T t : vocabulary.getEnumConstants()) if (t.id().equals(id)) return Optional.of(t);
        return Optional.empty();
    }

    /** Every id of a vocabulary, in its order (for messages that list what an editor may write). */
    static <T extends Enum<T> & Term> List<String> ids(Class<T> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Term::id).toList();
    }
}
