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
 *
 * @param example values of the parameters that show the query at work (the landing page and the tests use them)
 */
public record LibraryQuery(String name, String title, String description, List<Parameter> parameters,
                           Map<String, String> example, String text) {

    public record Parameter(String name, boolean required, String description) {}

    private static final Pattern HEADER_LINE = Pattern.compile("^#\\s*(title|description|param|example)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern PARAM = Pattern.compile("^([A-Za-z_]\\w*)\\s+\\((required|optional)\\)\\s+(\\S.*)$");
    private static final Pattern EXAMPLE = Pattern.compile("^([A-Za-z_]\\w*)=(.*)$");

    public LibraryQuery {
        parameters = List.copyOf(parameters);
        example = Map.copyOf(example);
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
        LibraryQuery query = new LibraryQuery(name, title, description, parameters, example, text);
        for (Parameter p : parameters) {
            if (!Pattern.compile("[?$]" + p.name() + "\\b").matcher(query.body()).find()) {
                throw new IllegalArgumentException(name + ".rq: parameter '" + p.name() + "' is declared but ?" + p.name() + " is not used");
            }
        }
        for (String given : example.keySet()) {
            if (query.parameter(given).isEmpty()) {
                throw new IllegalArgumentException(name + ".rq: the example binds '" + given + "', which is not a declared parameter");
            }
        }
        return query;
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
        for (String given : values.keySet()) {
            if (parameter(given).isEmpty()) {
                throw new IllegalArgumentException("the query " + name + " has no parameter '" + given + "'; "
                        + (parameters.isEmpty() ? "it takes none" : "its parameters are: " + String.join(", ", parameters.stream().map(Parameter::name).toList())));
            }
        }
        for (Parameter p : parameters) {
            if (p.required() && !values.containsKey(p.name())) {
                throw new IllegalArgumentException("the query " + name + " needs the parameter '" + p.name() + "': " + p.description());
            }
        }
        return QueryBinder.bind(text, values);
    }
}
