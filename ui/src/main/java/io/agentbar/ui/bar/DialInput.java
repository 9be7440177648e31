package io.agentbar.ui.bar;

/**
 * The number field's keyboard filter. It admits what a number may hold (digits, {@code * # + - .
 * ( ) [ ] { }} and spaces, as the WebRTC Bar guide lists) plus what a contact name or SIP address
 * needs (ASCII letters, {@code @ : _}); whether the whole text can be dialled is then
 * {@link io.agentbar.core.phone.DialTarget}'s call. Letters stay ASCII because that is all
 * DialTarget accepts in a user part; a name with accents needs the directory, which comes later.
 */
public final class DialInput {
    private static final String NUMBER_SYMBOLS = "*#+-.()[]{} ";
    private static final String ADDRESS_SYMBOLS = "@:_";

    private DialInput() {
    }

    /**
     * Splits what was typed or pasted into what the field takes and what it refuses.
     *
     * @param kept    the admitted characters, in order
     * @param refused each refused character once, in order of appearance
     */
    public record Admitted(String kept, String refused) {
        public boolean refusedAny() {
            return !refused.isEmpty();
        }
    }

    public static Admitted admit(String inserted) {
        StringBuilder kept = new StringBuilder(inserted.length());
        StringBuilder refused = new StringBuilder();
        inserted.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                return; // a pasted line break or tab is an artefact of copying, not something typed
            }
            if (Character.isSpaceChar(c)) {
                kept.append(' '); // no-break and thin spaces from web pages and e-mail signatures
            } else if (isAdmitted(c)) {
                kept.appendCodePoint(c);
            } else if (refused.indexOf(Character.toString(c)) < 0) {
                refused.appendCodePoint(c);
            }
        });
        return new Admitted(kept.toString(), refused.toString());
    }

    public static boolean isAdmitted(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || NUMBER_SYMBOLS.indexOf(c) >= 0 || ADDRESS_SYMBOLS.indexOf(c) >= 0;
    }
}
