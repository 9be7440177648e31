package io.agentbar.app.recording;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a multipart/form-data body (RFC 7578) back into its parts, independently of the code under test. */
final class MultipartParts {
    record Part(String name, String fileName, String contentType, byte[] body) {}

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("; name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("; filename=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("(?im)^Content-Type:\\s*(.+?)\\s*$");

    private MultipartParts() {
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!contentType.startsWith("multipart/form-data") || !b.find()) {
            throw new AssertionError("not multipart/form-data: " + contentType);
        }
        // ISO-8859-1 maps each byte to one char and back, so binary parts survive the string search
        String all = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + b.group(1);
        if (!all.startsWith(delimiter + "\r\n") || !all.endsWith("\r\n" + delimiter + "--\r\n")) {
            throw new AssertionError("body does not open and close with the boundary");
        }
        List<Part> parts = new ArrayList<>();
        String inner = all.substring(delimiter.length() + 2, all.length() - (delimiter.length() + 6));
        for (String raw : inner.split(Pattern.quote("\r\n" + delimiter + "\r\n"), -1)) {
            int split = raw.indexOf("\r\n\r\n");
            String headers = raw.substring(0, split);
            byte[] content = Arrays.copyOfRange(raw.getBytes(StandardCharsets.ISO_8859_1), split + 4, raw.length());
            parts.add(new Part(group(NAME, headers), group(FILE_NAME, headers), group(TYPE, headers), content));
        }
        return parts;
    }

    private static String group(Pattern pattern, String headers) {
        Matcher m = pattern.matcher(headers);
        return m.find() ? m.group(1) : "";
    }
}
