package org.tsunagu.information;

/**
 * A respondent's answer link, shown once when it is made: only its hash is stored.
 *
 * @param path the address below the site, {@code /public/surveys/r/<token>}
 */
public record IssuedLink(String municipalityCode, String municipalityName, String regionName, String path) {
}
