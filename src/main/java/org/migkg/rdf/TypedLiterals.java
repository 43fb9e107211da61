package org.migkg.rdf;

import java.math.BigDecimal;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.migkg.records.EventTime;

/** Literals of the XSD type their value has: scores and weights as decimals, times as the precision they are stated in. */
final class TypedLiterals {
    private TypedLiterals() {}

    static Literal decimal(Model m, BigDecimal value) {
        return m.createTypedLiteral(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Literal temporal(Model m, String text) {
        EventTime t = EventTime.parse(text);
        return m.createTypedLiteral(t.lexical(), TypeMapper.getInstance().getSafeTypeByName(XSDDatatype.XSD + "#" + t.xsdDatatype()));
    }

    static Literal integer(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
    }
}
