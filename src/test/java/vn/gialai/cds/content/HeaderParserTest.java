package vn.gialai.cds.content;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.problems.Problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HeaderParserTest {
    @Test
    void readsFieldsWithTheirLinesAndTheBody() {
        Problems p = new Problems();
        var parsed = HeaderParser.parse("f.md", "title=Y tế\n\ntype = sector\n~~~~~~\n## Mở đầu\n", p);
        assertEquals("Y tế", parsed.header().get("title"));
        assertEquals("sector", parsed.header().get("type"));
        assertEquals(3, parsed.header().line("type"));
        assertEquals("## Mở đầu\n\n", parsed.body());
        assertEquals(5, parsed.bodyFirstLine());
        assertEquals(0, p.size());
    }

    @Test
    void aValueMayContainEqualsSigns() {
        var parsed = HeaderParser.parse("f.md", "summary=a=b\n~~~~~~\n", new Problems());
        assertEquals("a=b", parsed.header().get("summary"));
    }

    @Test
    void reportsAFieldGivenTwice() {
        Problems p = new Problems();
        assertNull(HeaderParser.parse("f.md", "title=A\ntitle=B\n~~~~~~\n", p));
        assertEquals("f.md:2: the field 'title' is given twice (first on line 1). Keep one.", p.sorted().get(0).toString());
    }
}
