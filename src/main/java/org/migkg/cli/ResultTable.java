package org.migkg.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;
import org.migkg.rdf.Prefixes;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;

/**
 * A SELECT result as a plain-text table for people: literals as their text (no quotes, datatypes or language tags),
 * IRIs shortened with the known prefixes, and long text wrapped at spaces instead of stretching the table.
 * CSV, TSV and JSON give the exact terms.
 */
final class ResultTable {
    static final int MAX_CELL_WIDTH = 60;

    private final List<String> columns;
    private final List<List<String>> rows;

    private ResultTable(List<String> columns, List<List<String>> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * The project's prefixes, the query's own, and short prefixes for the instance IRIs under the store's base.
     * Display only: a shortened IRI need not be a valid prefixed name (an event id may start with a digit).
     */
    static Map<String, String> displayPrefixes(Iris iris, Map<String, String> queryPrefixes) {
        Map<String, String> prefixes = new LinkedHashMap<>(Prefixes.MAP);
        prefixes.putAll(queryPrefixes);
        for (String kind : List.of("event", "person", "post", "series")) {
            prefixes.put(kind, iris.base() + "id/" + kind + "/");
        }
        prefixes.put("organization", iris.organization(""));
        prefixes.put("event-type", MK.VOCAB + "event-type/");
        return prefixes;
    }

    static ResultTable of(ResultSet rs, Map<String, String> prefixes) {
        List<String> columns = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            rows.add(columns.stream().map(c -> display(b.get(Var.alloc(c)), prefixes)).toList());
        }
        return new ResultTable(columns, rows);
    }

    static String display(Node node, Map<String, String> prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isURI()) {
            String iri = node.getURI();
            return prefixes.entrySet().stream()
                    .filter(p -> iri.startsWith(p.getValue()) && iri.length() > p.getValue().length()
                            && iri.substring(p.getValue().length()).chars().noneMatch(Character::isWhitespace))
                    .max(Comparator.comparingInt(p -> p.getValue().length()))
                    .map(p -> p.getKey() + ":" + iri.substring(p.getValue().length()))
                    .orElse("<" + iri + ">");
        }
        return node.toString();
    }

    String render() {
        List<List<List<String>>> wrapped = rows.stream().map(r -> r.stream().map(ResultTable::wrap).toList()).toList();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<List<String>> row : wrapped) {
                for (String line : row.get(c)) {
                    widths[c] = Math.max(widths[c], line.length());
                }
            }
        }
        boolean multiLine = wrapped.stream().anyMatch(r -> r.stream().anyMatch(cell -> cell.size() > 1));
        String rule = rule(widths);
        StringBuilder out = new StringBuilder();
        out.append(rule);
        line(out, columns, widths);
        out.append(rule.replace('-', '='));
        for (int r = 0; r < wrapped.size(); r++) {
            List<List<String>> row = wrapped.get(r);
            int height = row.stream().mapToInt(List::size).max().orElse(1);
            for (int l = 0; l < height; l++) {
                final int lineNo = l;
                line(out, row.stream().map(cell -> lineNo < cell.size() ? cell.get(lineNo) : "").toList(), widths);
            }
            if (multiLine && r < wrapped.size() - 1) {
                out.append(rule);
            }
        }
        out.append(rule);
        out.append(rows.size()).append(rows.size() == 1 ? " row\n" : " rows\n");
        return out.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder sb = new StringBuilder("+");
        for (int w : widths) {
            sb.append("-".repeat(w + 2)).append('+');
        }
        return sb.append('\n').toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            out.append(' ').append(cell).append(" ".repeat(widths[c] - cell.length() + 1)).append('|');
        }
        out.append('\n');
    }

    /** Splits a cell at spaces into lines of at most {@link #MAX_CELL_WIDTH} characters; a longer word (an IRI) stays whole. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String rest = paragraph;
            while (rest.length() > MAX_CELL_WIDTH) {
                int cut = rest.lastIndexOf(' ', MAX_CELL_WIDTH);
                if (cut <= 0) {
                    cut = rest.indexOf(' ', MAX_CELL_WIDTH);
                }
                if (cut <= 0) {
                    break;
                }
                lines.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }
}
