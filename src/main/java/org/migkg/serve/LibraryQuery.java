package org.migkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query of the library: a {@code .rq} file and what its header comment says about it. The header is the block of
 * comment lines the file starts with:
 * <pre>
 * # title: A person's timeline
 * # description: The events one person took part in, in date order, ...
 * # param: person (required) a person's IRI, or a name as the graph records it
 * # example: person=Sijal Aziz
 * </pre>
 * A parameter is a plain variable of the query ({@code ?person}) that the caller binds before running it. A required
 * parameter must be given; an optional one is read through {@code COALESCE(?name, "")} so that the query still runs
 * (over all values) when it is left unbound, for example when the file is pasted into any SPARQL client as it is.
 * <p>
 * A query that can answer with much of the corpus is paged: {@code # page: 100} in its header gives the default page
 * size, and the caller may give {@code limit} and {@code offset} (see {@link Page}). The file itself reads the first
 * page, so it runs as it is anywhere: the line of the clause that cuts the page ends in {@code # page}
 * ({@code LIMIT 100 OFFSET 0 # page}), and lines that must reach as far as the page's end (a subquery that picks the
 * people whose rows can fall on the page) end in {@code # page end}, their last number being that end (offset + limit).
 *
 * @param example values of the parameters that show the query at work (the landing page and the tests use them)
 * @param pageSize the default number of rows of a page; 0 when the query is not paged and always gives every row
 */
public record LibraryQuery(String name, String title, String description, List<Parameter> parameters,
                           Map<String, String> example, String text, int pageSize) {

    public record Parameter(String name, boolean required, String description) {}

    /** The names of the paging values a paged query takes beside its own parameters. */
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";
    /** The largest page one request may ask for. */
    public static final int MAX_LIMIT = 10_000;

    /**
     * Which rows of a paged query's answer a run gives: {@code limit} rows after the first {@code offset}.
     */
    public record Page(int limit, int offset) {
        /** Page numbers count from 1; an offset that is not a multiple of the limit is on the page it starts in. */
        public int number() {
            return offset / limit + 1;
        }

        public Page next() {
            return new Page(limit, offset + limit);
        }

        /** The page before, or null on the first. */
        public Page previous() {
            return offset == 0 ? null : new Page(limit, Math.max(0, offset - limit));
        }

        /** "rows 51 to 100 (page 2, 50 a page)", given how many rows the run gave. */
        public String describe(int rows) {
            return rows == 0 ? String.format(java.util.Locale.ROOT, "no rows after row %d (page %d, %d a page)", offset, number(), limit)
                    : String.format(java.util.Locale.ROOT, "rows %d to %d (page %d, %d a page)", offset + 1, offset + rows, number(), limit);
        }

        /** A run that gave fewer rows than the page holds was the last page. */
        public boolean isLast(int rows) {
            return rows < limit;
        }
    }

    private static final Pattern HEADER_LINE = Pattern.compile("^#\\s*(title|description|param|example|page)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern PAGE_CLAUSE = Pattern.compile("LIMIT\\s+(\\d+)\\s+OFFSET\\s+(\\d+)(\\s*#\\s*page\\s*)$", Pattern.MULTILINE);
    private static final Pattern PAGE_END = Pattern.compile("(\\d+)(\\D*#\\s*page end\\s*)$", Pattern.MULTILINE);
    private static final Pattern PARAM = Pattern.compile("^([A-Za-z_]\\w*)\\s+\\((required|optional)\\)\\s+(\\S.*)$");
    private static final Pattern EXAMPLE = Pattern.compile("^([A-Za-z_]\\w*)=(.*)$");

    public LibraryQuery {
        parameters = List.copyOf(parameters);
        example = Map.copyOf(example);
        if (pageSize < 0) {
            throw new IllegalArgumentException("page size must not be negative");
        }
    }

    public boolean paged() {
        return pageSize > 0;
    }

    /**
     * Reads the header of a query file.
     *
     * @param name the file name without {@code .rq}, used in every error message
     * @throws IllegalArgumentException naming the file and the line when the header lacks a title or description,
     *     or a parameter or example line is malformed
     */
    public static LibraryQuery parse(String name, String text) {
        String title = null;
        String description = null;
        List<Parameter> parameters = new ArrayList<>();
        Map<String, String> example = new LinkedHashMap<>();
        int pageSize = 0;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
            Matcher line = HEADER_LINE.matcher(lines[i]);
            if (!line.matches()) {
                continue;
            }
            String where = name + ".rq line " + (i + 1);
            String value = line.group(2);
            switch (line.group(1)) {
                case "title" -> title = value;
                case "description" -> description = value;
                case "page" -> {
                    if (!value.matches("[1-9]\\d{0,4}")) {
                        throw new IllegalArgumentException(where + ": a page line reads '# page: ROWS', the default page size, not '" + lines[i] + "'");
                    }
                    pageSize = Integer.parseInt(value);
                }
                case "param" -> {
                    Matcher p = PARAM.matcher(value);
                    if (!p.matches()) {
                        throw new IllegalArgumentException(where + ": a parameter line reads '# param: NAME (required|optional) DESCRIPTION', not '" + lines[i] + "'");
                    }
                    parameters.add(new Parameter(p.group(1), p.group(2).equals("required"), p.group(3)));
                }
                default -> {
                    Matcher e = EXAMPLE.matcher(value);
                    if (!e.matches()) {
                        throw new IllegalArgumentException(where + ": an example line reads '# example: NAME=VALUE', not '" + lines[i] + "'");
                    }
                    example.put(e.group(1), e.group(2));
                }
            }
        }
        if (title == null || title.isEmpty()) {
            throw new IllegalArgumentException(name + ".rq: the header has no '# title:' line");
        }
        if (description == null || description.isEmpty()) {
            throw new IllegalArgumentException(name + ".rq: the header has no '# description:' line");
        }
        LibraryQuery query = new LibraryQuery(name, title, description, parameters, example, text, pageSize);
        if (pageSize > 0) {
            checkPaging(name, text, pageSize);
        } else if (PAGE_CLAUSE.matcher(text).find() || PAGE_END.matcher(text).find()) {
            throw new IllegalArgumentException(name + ".rq: it marks a page clause but its header has no '# page:' line");
        }
        for (Parameter p : parameters) {
            if (!Pattern.compile("[?$]" + p.name() + "\\b").matcher(query.body()).find()) {
                throw new IllegalArgumentException(name + ".rq: parameter '" + p.name() + "' is declared but ?" + p.name() + " is not used");
            }
        }
        for (String given : example.keySet()) {
            if (query.parameter(given).isEmpty() || isPaging(given)) {
                throw new IllegalArgumentException(name + ".rq: the example binds '" + given + "', which is not a declared parameter");
            }
        }
        return query;
    }

    /** The file must read the first page of the size its header gives, in exactly one clause marked {@code # page}. */
    private static void checkPaging(String name, String text, int pageSize) {
        Matcher page = PAGE_CLAUSE.matcher(text);
        if (!page.find()) {
            throw new IllegalArgumentException(name + ".rq: a paged query has one line ending 'LIMIT " + pageSize + " OFFSET 0 # page'");
        }
        if (Integer.parseInt(page.group(1)) != pageSize || Integer.parseInt(page.group(2)) != 0 || page.find()) {
            throw new IllegalArgumentException(name + ".rq: its one '# page' clause must read 'LIMIT " + pageSize
                    + " OFFSET 0', the first page of the size the header gives");
        }
        Matcher end = PAGE_END.matcher(text);
        while (end.find()) {
            if (Integer.parseInt(end.group(1)) != pageSize) {
                throw new IllegalArgumentException(name + ".rq: a '# page end' line must end in the first page's end, " + pageSize);
            }
        }
    }

    private static boolean isPaging(String valueName) {
        return valueName.equals(LIMIT) || valueName.equals(OFFSET);
    }

    /**
     * The page that {@code values} ask for: their {@code limit} and {@code offset}, or the first page of the default
     * size; null for a query that is not paged.
     *
     * @throws IllegalArgumentException when a paging value is not a whole number in range, or the query is not paged
     */
    public Page page(Map<String, String> values) {
        if (!paged()) {
            if (values.containsKey(LIMIT) || values.containsKey(OFFSET)) {
                throw new IllegalArgumentException("the query " + name + " is not paged: it always gives all its rows, so it takes no "
                        + (values.containsKey(LIMIT) ? LIMIT : OFFSET));
            }
            return null;
        }
        int limit = whole(values, LIMIT, pageSize, 1, MAX_LIMIT);
        int offset = whole(values, OFFSET, 0, 0, Integer.MAX_VALUE - MAX_LIMIT);
        return new Page(limit, offset);
    }

    private int whole(Map<String, String> values, String key, int fallback, int min, int max) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("the query " + name + " takes a " + key + " from " + min + " to "
                + String.format(java.util.Locale.ROOT, "%,d", max) + ", not '" + value + "'");
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The query without its comment lines. */
    String body() {
        return text.lines().filter(l -> !l.stripLeading().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    /**
     * The query text with the given parameters bound (see {@link QueryBinder}), ready to run on the store or send to
     * any SPARQL endpoint.
     *
     * @throws IllegalArgumentException naming the parameter when a required one is missing or a given one is unknown
     */
    public String bind(Map<String, String> values) {
        Page page = page(values);
        for (String given : values.keySet()) {
            if (parameter(given).isEmpty() && !(page != null && isPaging(given))) {
                throw new IllegalArgumentException("the query " + name + " has no parameter '" + given + "'; "
                        + (parameters.isEmpty() ? "it takes none" : "its parameters are: " + String.join(", ", parameters.stream().map(Parameter::name).toList())));
            }
        }
        for (Parameter p : parameters) {
            if (p.required() && !values.containsKey(p.name())) {
                throw new IllegalArgumentException("the query " + name + " needs the parameter '" + p.name() + "': " + p.description());
            }
        }
        Map<String, String> own = new LinkedHashMap<>(values);
        own.remove(LIMIT);
        own.remove(OFFSET);
        return QueryBinder.bind(page == null ? text : paged(page), own);
    }

    /** The text reading the given page: numbers only, so nothing a caller gives reaches the query but two integers. */
    private String paged(Page page) {
        String text = PAGE_CLAUSE.matcher(this.text).replaceAll(m -> "LIMIT " + page.limit() + " OFFSET " + page.offset()
                + Matcher.quoteReplacement(m.group(3)));
        return PAGE_END.matcher(text).replaceAll(m -> (page.offset() + page.limit()) + Matcher.quoteReplacement(m.group(2)));
    }
}
