package org.migkg.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a saved page, text or HTML, into lines; refuses empty and binary files with the page named. */
public final class PageLoader {
    private PageLoader() {}

    private static final Pattern SOURCE_LINE = Pattern.compile("^source:\\s*(https?://\\S+)\\s*$");
    private static final Pattern HTML_START = Pattern.compile("^\\s*(<!doctype html|<html|<head|<body|<div|<p[ >])", Pattern.CASE_INSENSITIVE);

    public static SavedPage load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadablePageException(file, "cannot be read (" + e.getMessage() + ")");
        }
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw new UnreadablePageException(file, "is empty");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String url = null;
        Matcher source = SOURCE_LINE.matcher(text.lines().findFirst().orElse(""));
        if (source.matches()) {
            url = source.group(1);
            int nl = text.indexOf('\n');
            text = nl < 0 ? "" : text.substring(nl + 1);
        }
        StructuredEvent structured = null;
        if (isHtml(file, text)) {
            HtmlText.Result html = HtmlText.of(text);
            text = html.text();
            structured = html.structured();
            if (url == null) {
                url = html.canonicalUrl();
            }
        }
        return toPage(file, url, text).withStructured(structured);
    }

    static boolean isHtml(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || HTML_START.matcher(text).find();
    }

    private static String decode(Path file, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadablePageException(file, "is binary, not a saved page (it holds NUL bytes)");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadablePageException(file, "is not UTF-8 text (binary, or saved in another encoding)");
        }
    }

    private static SavedPage toPage(Path file, String url, String text) {
        List<SavedPage.Line> lines = new ArrayList<>();
        int blanks = 0;
        String last = null;
        for (String raw : text.split("\n", -1)) {
            String line = collapseSpaces(raw);
            if (line.isEmpty()) {
                blanks++;
            } else {
                lines.add(new SavedPage.Line(line, blanks));
                blanks = 0;
                last = line;
            }
        }
        if (lines.isEmpty()) {
            throw new UnreadablePageException(file, "is empty");
        }
        return new SavedPage(file, url, lines, last);
    }

    private static String collapseSpaces(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
    }
}
