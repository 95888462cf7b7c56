package vn.gialai.cds.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.gialai.cds.support.BuiltSite;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Nu HTML Checker (vnu, as validator.w3.org/nu) on every generated page: zero errors. */
class ValidHtmlTest {
    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        BuiltSite built = BuiltSite.get();
        int checked = 0;
        for (String page : built.site.pages().keySet()) {
            current[0] = page;
            validator.checkHtmlFile(built.out.resolve(page).toFile(), true);
            checked++;
        }
        assertTrue(checked >= 42, "checked " + checked + " pages");
        assertTrue(errors.isEmpty(), () -> errors.size() + " HTML error(s):\n" + String.join("\n", errors));
    }
}
