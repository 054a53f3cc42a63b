package org.tsunagu.council.internal;

import java.util.List;

/**
 * What a 開催通知 says, already formatted for print.
 *
 * @param date the letter's date (和暦)
 * @param addressee to whom (構成員 各位)
 * @param sender who sends it (the council's holder)
 * @param title the subject line
 * @param when the meeting day and time
 * @param where the place or the online link
 * @param agenda the agenda lines
 */
record NoticeLetter(String date, String addressee, String sender, String title, String when, String where,
		List<String> agenda) {
}
