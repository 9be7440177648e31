package io.agentbar.core.phone;

import io.agentbar.core.account.Account;

import java.util.regex.Pattern;

/**
 * Whether the far end of a call is a colleague (an extension of the account's own PBX) or someone
 * outside the company. It decides whether a recording may go on through an attended transfer. A
 * number dialled through the PBX still reaches the outside when it is a phone number, so the user
 * part counts as well as the host: an extension is a short number or a name.
 */
final class Colleagues {
    /** Contact-center extensions run to four or five digits; six leaves room, seven is a local phone number. */
    private static final int LONGEST_EXTENSION = 6;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Colleagues() {
    }

    /** @param uri a SIP URI ({@code sip:1002@pbx}) or what the agent dialled ({@code 1002}) */
    static boolean isColleague(String uri, Account account) {
        String rest = uri.replaceFirst("^<?(?i:sips?|tel):", "");
        int at = rest.indexOf('@');
        String user = (at < 0 ? rest : rest.substring(0, at)).replaceFirst("[;>].*$", "");
        if (at >= 0) {
            String host = rest.substring(at + 1).replaceFirst("[:;>].*$", "");
            if (!host.equalsIgnoreCase(account.domain()) && !host.equalsIgnoreCase(account.server())) {
                return false;
            }
        }
        if (user.isEmpty() || user.startsWith("+")) {
            return false;
        }
        return !DIGITS.matcher(user).matches() || user.length() <= LONGEST_EXTENSION;
    }
}
