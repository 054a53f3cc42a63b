package org.tsunagu.training;

/** What an applicant is told after applying: the reference number to quote in any contact. */
public record ApplicationReceipt(String referenceNumber, String offeringTitle) implements java.io.Serializable {
}
