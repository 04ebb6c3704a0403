package dev.rustgo.report;

/**
 * Text from descriptors and messages made safe for Markdown that GitHub, GitLab and the like
 * render: every ASCII punctuation character Markdown gives a meaning is backslash-escaped
 * (CommonMark's rule), the three HTML-special characters become entities, and line breaks become
 * spaces, so no descriptor can inject a link, a table cell, an image or HTML.
 */
public final class Markdown {

    /** Markdown's own punctuation, plus ':' and '@', which would let GitHub autolink a URL or address. */
    private static final String SPECIAL = "\\`*_{}[]()#+-.!|~:@";

    private Markdown() {}

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> {
                    if (SPECIAL.indexOf(c) >= 0) {
                        b.append('\\');
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Inline code: backticks that are longer than any run inside, as CommonMark allows. */
    public static String code(String text) {
        String clean = text.replace('\n', ' ').replace('\r', ' ');
        int longest = 0;
        int run = 0;
        for (char c : clean.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
        return fence + pad + clean + pad + fence;
    }
}
