package org.yandu.library.group;

import java.security.SecureRandom;

/**
 * What a new member needs to join, given to them once by the organiser: the group's address, their user name and a
 * temporary password, which joining replaces with their own. Yandu keeps no copy.
 */
public record Invitation(String url, String user, String temporaryPassword) {
    /** Letters and digits that are not read one for another (no 0/O, 1/l/I). */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 20;

    static String newPassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** The password is left out, so an invitation in a log or a stack trace gives nothing away. */
    @Override
    public String toString() {
        return "Invitation[url=" + url + ", user=" + user + "]";
    }
}
