package io.github.batchlayer.cluster.docker.compose;

import java.util.Map;

/**
 * Compose's variable interpolation for the subset the cluster file uses: {@code ${VAR}}, {@code $VAR},
 * {@code ${VAR:-default}} (unset or empty), {@code ${VAR-default}} (unset), {@code ${VAR:?message}} (required) and
 * {@code $$} for a literal dollar (so a container's shell still sees its own {@code $VARS}).
 * The variables come from the plugin (ports, versions, paths), not from Maven's environment, so a build is
 * reproducible whatever happens to be exported in the shell.
 */
public final class Interpolation {

    private Interpolation() {
    }

    public static String apply(String text, Map<String, String> variables) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 == text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    throw new ComposeException("unterminated ${ in: " + text);
                }
                out.append(braced(text.substring(i + 2, close), variables));
                i = close + 1;
            } else if (isNameStart(next)) {
                int end = i + 1;
                while (end < text.length() && isNamePart(text.charAt(end))) {
                    end++;
                }
                out.append(variables.getOrDefault(text.substring(i + 1, end), ""));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String braced(String expression, Map<String, String> variables) {
        int nameEnd = 0;
        while (nameEnd < expression.length() && isNamePart(expression.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = expression.substring(0, nameEnd);
        if (name.isEmpty()) {
            throw new ComposeException("bad variable reference ${" + expression + "}");
        }
        String rest = expression.substring(nameEnd);
        String value = variables.get(name);
        if (rest.isEmpty()) {
            return value == null ? "" : value;
        }
        if (rest.startsWith(":-")) {
            return value == null || value.isEmpty() ? rest.substring(2) : value;
        }
        if (rest.startsWith("-")) {
            return value == null ? rest.substring(1) : value;
        }
        if (rest.startsWith(":?") || rest.startsWith("?")) {
            boolean missing = rest.startsWith(":") ? value == null || value.isEmpty() : value == null;
            if (missing) {
                String message = rest.substring(rest.indexOf('?') + 1);
                throw new ComposeException("variable " + name + " is required"
                        + (message.isEmpty() ? "" : ": " + message));
            }
            return value;
        }
        throw new ComposeException("unsupported interpolation ${" + expression + "}");
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
